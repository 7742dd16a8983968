"""The audit trail: one hash-chained row for every change, written by a session hook.

Services never write audit rows for record changes themselves: the `after_flush` hook sees every
insert and update of an audited model and records who, when, old and new values and the reason
from `session.info`. Events that change no record (sign-in, lock, print, export) go through
`record_event`.
"""

from __future__ import annotations

import base64
import enum
import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any, Protocol

from sqlalchemy import Connection, String, Table, Text, event, insert, inspect, select
from sqlalchemy.orm import Session

from hai_desktop.core.errors import ConflictError, HaiError
from hai_desktop.core.i18n import msg
from hai_desktop.core.text import TEXT_LIMIT, checked_text
from hai_desktop.store.changes import note_change, patient_of
from hai_desktop.store.models import AuditEntry, Base, UserKey
from hai_desktop.store.userkeys import fingerprint, signature_holds

GENESIS_HASH = "0" * 64
ACTOR_KEY = "actor"
REASON_KEY = "reason"
HEAD_KEY = "audit_head"
SIGNER_KEY = "signer"


class Signer(Protocol):
    """Whoever is signed in: signs each audit row their unit of work writes."""

    @property
    def username(self) -> str: ...

    @property
    def fingerprint(self) -> str: ...

    def sign(self, data: bytes) -> bytes: ...


def signed_content(row_hash: str) -> bytes:
    """What a row's signature covers: its hash, which covers its content and the chain."""
    return f"hai-desktop audit row|{row_hash}".encode("ascii")


class AuditActions(enum.StrEnum):
    CREATE = "create"
    UPDATE = "update"
    VOID = "void"


def _jsonable(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat() if value.tzinfo else value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, bytes):
        return f"<{len(value)} bytes>"
    return value


def _dumps(values: dict[str, Any] | None) -> str | None:
    if values is None:
        return None
    return json.dumps({k: _jsonable(v) for k, v in values.items()}, sort_keys=True,
                      ensure_ascii=False, separators=(",", ":"))


def row_content(seq: int, at_utc: str, username: str, action: str, entity: str,
                entity_id: str | None, old_values: str | None, new_values: str | None,
                reason: str | None) -> str:
    """The exact text a row's hash covers; field order is fixed forever."""
    return json.dumps([seq, at_utc, username, action, entity, entity_id, old_values, new_values,
                       reason], ensure_ascii=False, separators=(",", ":"))


def chain_hash(prev_hash: str, content: str) -> str:
    return hashlib.sha256((prev_hash + content).encode("utf-8")).hexdigest()


def utc_timestamp() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


def last_row(connection: Connection) -> tuple[int, str]:
    row = connection.execute(
        select(AuditEntry.seq, AuditEntry.row_hash).order_by(AuditEntry.seq.desc()).limit(1)
    ).first()
    return (0, GENESIS_HASH) if row is None else (int(row[0]), str(row[1]))


def hash_at(connection: Connection, seq: int) -> str | None:
    return connection.execute(
        select(AuditEntry.row_hash).where(AuditEntry.seq == seq)).scalar_one_or_none()


def anchor_mismatch(connection: Connection, anchor: tuple[int, str] | None) -> str | None:
    """Cheap check that the chain still contains the anchored row (full check: verify_rows)."""
    if anchor is None:
        return None
    seq, row_hash = anchor
    found = hash_at(connection, seq)
    if found is None:
        return msg("the audit trail no longer contains row #{seq} recorded in the anchor: "
                   "rows were removed", seq=seq)
    if found != row_hash:
        return _differs_from_anchor(seq)
    return None


def append(connection: Connection, *, username: str, action: str, entity: str,
           entity_id: str | None = None, old_values: dict[str, Any] | None = None,
           new_values: dict[str, Any] | None = None, reason: str | None = None,
           at_utc: str | None = None, signer: Signer | None = None) -> tuple[int, str]:
    """Append one row to the chain inside the caller's transaction; returns (seq, hash)."""
    prev_seq, prev_hash = last_row(connection)
    seq = prev_seq + 1
    at = at_utc or utc_timestamp()
    old_text, new_text = _dumps(old_values), _dumps(new_values)
    own = chain_hash(prev_hash, row_content(seq, at, username, action, entity, entity_id,
                                            old_text, new_text, reason))
    signature = {} if signer is None else {
        "signed_by": signer.username, "key_fingerprint": signer.fingerprint,
        "signature": base64.b64encode(signer.sign(signed_content(own))).decode("ascii")}
    connection.execute(insert(AuditEntry).values(
        seq=seq, at_utc=at, username=username, action=action, entity=entity,
        entity_id=entity_id, old_values=old_text, new_values=new_text, reason=reason,
        prev_hash=prev_hash, row_hash=own, **signature,
    ))
    return seq, own


def record_event(session: Session, action: str, entity: str, entity_id: str | None = None,
                 details: dict[str, Any] | None = None, reason: str | None = None,
                 username: str | None = None) -> None:
    """Audit something that is not a record change (sign-in, lock, print, export); the reason
    defaults to the unit of work's own."""
    actor = username or _actor(session)
    reason = reason if reason is not None else session.info.get(REASON_KEY)
    head = append(session.connection(), username=actor, action=action, entity=entity,
                  entity_id=entity_id, new_values=details, reason=reason,
                  signer=session.info.get(SIGNER_KEY))
    session.info[HEAD_KEY] = head
    # Not a change for live refresh: what an event changes in a record has its own row.


def _actor(session: Session) -> str:
    actor = session.info.get(ACTOR_KEY)
    if not actor:
        raise HaiError(msg("A change was attempted without a signed-in user; nothing was saved."))
    return str(actor)


def _column_values(obj: Base) -> dict[str, Any]:
    mapper = inspect(obj).mapper
    return {c.key: getattr(obj, c.key) for c in mapper.column_attrs
            if c.key not in obj.audit_exclude}


def _changes(obj: Base) -> tuple[dict[str, Any], dict[str, Any]]:
    state = inspect(obj)
    old: dict[str, Any] = {}
    new: dict[str, Any] = {}
    for attr in state.mapper.column_attrs:
        if attr.key in obj.audit_exclude:
            continue
        history = state.attrs[attr.key].history
        if history.has_changes():
            old[attr.key] = history.deleted[0] if history.deleted else None
            new[attr.key] = history.added[0] if history.added else None
    return old, new


def _entity_id(obj: Base) -> str:
    key = inspect(obj).mapper.primary_key_from_instance(obj)
    return "/".join(str(part) for part in key)


def _before_flush(session: Session, _ctx: Any, _instances: Any) -> None:
    for obj in session.deleted:
        if isinstance(obj, Base) and obj.audited:
            raise ConflictError(
                msg("{obj} records are never deleted: void it with a reason instead.",
                    obj=type(obj).__name__))
    for obj in (*session.new, *session.dirty):
        if isinstance(obj, Base):
            _check_texts(obj, new=obj in session.new)


def _check_texts(obj: Base, *, new: bool) -> None:
    """Every text column of a record being written, whichever service wrote it: within its
    width (or TEXT_LIMIT for free text) and without control characters (line breaks only in
    free text)."""
    state = inspect(obj)
    for attr in state.mapper.column_attrs:
        column = attr.columns[0]
        if not isinstance(column.type, String):
            continue
        if not new and not state.attrs[attr.key].history.has_changes():
            continue
        value = getattr(obj, attr.key)
        if isinstance(value, str):
            free_text = isinstance(column.type, Text) or column.type.length is None
            checked_text(value, field=attr.key, multiline=free_text,
                         limit=TEXT_LIMIT if free_text else int(column.type.length or 0))


def _after_flush(session: Session, _ctx: Any) -> None:
    audited_new = [o for o in session.new if isinstance(o, Base) and o.audited]
    audited_dirty = [o for o in session.dirty if isinstance(o, Base) and o.audited
                     and session.is_modified(o, include_collections=False)]
    if not audited_new and not audited_dirty:
        return
    actor = _actor(session)
    reason = session.info.get(REASON_KEY)
    connection = session.connection()
    signer = session.info.get(SIGNER_KEY)
    head = None
    for obj in audited_new:
        head = append(connection, username=actor, action=AuditActions.CREATE,
                      entity=obj.__tablename__, entity_id=_entity_id(obj),
                      new_values=_column_values(obj), reason=reason, signer=signer)
        note_change(session, obj.__tablename__, patient_of(obj), head[0])
    for obj in audited_dirty:
        old, new = _changes(obj)
        if not new:
            continue
        action = AuditActions.VOID if new.get("voided") is True else AuditActions.UPDATE
        head = append(connection, username=actor, action=action, entity=obj.__tablename__,
                      entity_id=_entity_id(obj), old_values=old, new_values=new, reason=reason,
                      signer=signer)
        note_change(session, obj.__tablename__, patient_of(obj), head[0])
    if head is not None:
        session.info[HEAD_KEY] = head


def install_audit_hooks(session_class: type[Session]) -> None:
    if not event.contains(session_class, "after_flush", _after_flush):
        event.listen(session_class, "before_flush", _before_flush)
        event.listen(session_class, "after_flush", _after_flush)


# ---- verification --------------------------------------------------------------------------

@dataclass(frozen=True)
class ChainProblem:
    seq: int | None
    message: str


@dataclass(frozen=True)
class ChainReport:
    rows_checked: int
    head: tuple[int, str]
    problem: ChainProblem | None

    @property
    def ok(self) -> bool:
        return self.problem is None


_SIGNATURE_COLUMNS = ("signed_by", "key_fingerprint", "signature")


def iter_rows(connection: Connection, batch: int = 2000) -> Iterator[Any]:
    """Every row in order. A file older than signed rows (schema 0013) is read without them:
    `verify` examines a file as it is, before any migration."""
    present = {c["name"] for c in inspect(connection).get_columns(AuditEntry.__tablename__)}
    columns = [c for c in AuditEntry.__table__.columns
               if c.name not in _SIGNATURE_COLUMNS or c.name in present]
    result = connection.execute(select(*columns).order_by(AuditEntry.seq)).yield_per(batch)
    yield from result


@dataclass(frozen=True)
class RegisteredKey:
    username: str
    signing_public: bytes


def registered_keys(connection: Connection) -> dict[str, RegisteredKey]:
    """Every public key ever registered, by fingerprint (none in a file older than 0013)."""
    if not inspect(connection).has_table(UserKey.__tablename__):
        return {}
    return {fp: RegisteredKey(name, base64.b64decode(public))
            for fp, name, public in connection.execute(
                select(UserKey.fingerprint, UserKey.username, UserKey.signing_public))}


RECOVERY_SIGNER = "(recovery)"  # the recovery code's key: signs for the administrator it restores


class SignatureWalk:
    """Each row's signature, checked along the chain with the keys registered before it: a
    key counts only from its registration row on, that row must be signed by an
    administrator's key (or be the first administrator's own, or a person registering their
    first key themselves), and a row is signed by the person it names ("system" rows by whoever
    was signed in; the administrator's rows after a recovery by the recovery code's key)."""

    def __init__(self, admins: set[str], *, required: bool) -> None:
        self.admins = admins
        self.required = required  # on the server no key slots sign: unsigned rows are fine
        self.keys: dict[str, RegisteredKey] = {}
        self.holders: set[str] = set()

    def problem(self, row: Any) -> str | None:
        if not hasattr(row, "signature"):
            return None  # a file from before signed rows (schema 0013), read as it is
        registering = _registration(row)
        signature = row.signature
        if signature is None:
            if self.required and self.keys and (row.username in self.holders
                                                or registering is not None):
                return msg("audit row #{seq} (by {user}) carries no signature: it was added or "
                           "rewritten outside the application", seq=row.seq, user=row.username)
            return None
        key = self.keys.get(row.key_fingerprint or "")
        self_signed = registering is not None and registering[0] == row.key_fingerprint \
            and registering[1] == row.signed_by
        if key is None and self_signed and registering is not None:
            key = RegisteredKey(registering[1], registering[2])
        if key is None or key.username != row.signed_by:
            return msg("audit row #{seq} is signed with a key that is not {signer}'s: it was added "
                       "or rewritten outside the application", seq=row.seq, signer=row.signed_by)
        if row.signed_by not in (row.username, RECOVERY_SIGNER) and row.username != "system":
            return msg("audit row #{seq} names {user} but is signed by {signer}: it was rewritten "
                       "outside the application", seq=row.seq, user=row.username,
                       signer=row.signed_by)
        try:
            raw = base64.b64decode(signature, validate=True)
        except ValueError:
            raw = b""
        if not signature_holds(key.signing_public, signed_content(row.row_hash), raw):
            return msg("audit row #{seq} (by {user}) no longer carries {signer}'s signature: it, "
                       "or a row before it, was rewritten or removed after it was signed",
                       seq=row.seq, user=row.username, signer=row.signed_by)
        if registering is not None:
            fp, name, public = registering
            authorised = fingerprint(public) == fp and (
                not self.keys or (row.signed_by in self.admins and not self_signed)
                or (self_signed and name not in self.holders)
                or (row.signed_by == RECOVERY_SIGNER and name in self.admins))
            if not authorised:
                return msg("audit row #{seq} registers a key for {user} that no administrator "
                           "signed: it was added outside the application", seq=row.seq,
                           user=name)
            self.keys[fp] = RegisteredKey(name, public)
            self.holders.add(name)
        return None


def _registration(row: Any) -> tuple[str, str, bytes] | None:
    """(fingerprint, user name, signing key) of a row that registers a key."""
    if row.entity != UserKey.__tablename__ or row.action != AuditActions.CREATE.value:
        return None
    try:
        values = json.loads(row.new_values or "{}")
        return (str(values["fingerprint"]), str(values["username"]),
                base64.b64decode(values["signing_public"], validate=True))
    except (ValueError, KeyError, TypeError):
        return None


def _differs_from_anchor(seq: int) -> str:
    return msg("audit row #{seq} differs from the anchored hash: the trail was rewritten or its "
               "newest rows were removed", seq=seq)


def verify_rows(rows: Iterable[Any], anchor: tuple[int, str] | None,
                signatures: SignatureWalk | None = None) -> ChainReport:
    """Walk the chain from the start: numbering, links, each row's own hash and signature,
    then the anchor. A key holder can re-hash the chain, not sign as somebody else."""
    prev_seq, prev_hash = 0, GENESIS_HASH
    hashes_at_anchor: str | None = None
    count = 0
    for row in rows:
        count += 1
        if row.seq != prev_seq + 1:
            why = (msg("audit row #{seq} follows #{previous}: rows missing or reordered",
                       seq=row.seq, previous=prev_seq) if row.seq > prev_seq else
                   msg("audit row #{seq} follows #{previous}: rows out of order", seq=row.seq,
                       previous=prev_seq))
            return ChainReport(count, (prev_seq, prev_hash), ChainProblem(row.seq, why))
        if row.prev_hash != prev_hash:
            return ChainReport(count, (prev_seq, prev_hash), ChainProblem(
                row.seq, msg("audit row #{seq} does not link to row #{previous}", seq=row.seq,
                             previous=prev_seq)))
        expected = chain_hash(prev_hash, row_content(
            row.seq, row.at_utc, row.username, row.action, row.entity, row.entity_id,
            row.old_values, row.new_values, row.reason))
        if row.row_hash != expected:
            return ChainReport(count, (prev_seq, prev_hash), ChainProblem(
                row.seq, msg("audit row #{seq} has been altered (its hash does not match)",
                             seq=row.seq)))
        unsigned = signatures.problem(row) if signatures is not None else None
        if unsigned is not None:
            return ChainReport(count, (prev_seq, prev_hash), ChainProblem(row.seq, unsigned))
        prev_seq, prev_hash = row.seq, row.row_hash
        if anchor is not None and row.seq == anchor[0]:
            hashes_at_anchor = row.row_hash
    head = (prev_seq, prev_hash)
    if anchor is not None:
        anchor_seq, anchor_hash = anchor
        if prev_seq < anchor_seq:
            return ChainReport(count, head, ChainProblem(
                None, msg("audit trail ends at row #{last} but the anchor records row "
                          "#{anchor}: newest rows were removed", last=prev_seq,
                          anchor=anchor_seq)))
        if hashes_at_anchor != anchor_hash:
            return ChainReport(count, head, ChainProblem(anchor_seq,
                                                         _differs_from_anchor(anchor_seq)))
    return ChainReport(count, head, None)


# ---- records against their history ----------------------------------------------------------
# Every record is written through the flush hook, so replaying its create, update and void rows
# gives its values exactly. A record that differs was changed below the application (raw SQL
# with the key); one with no create row was added that way. Data migrations must therefore
# write their records' audit rows too.

REPLAYED_ACTIONS = ("create", "update", "void")


def audited_models() -> list[type[Base]]:
    return sorted((m.class_ for m in Base.registry.mappers if m.class_.audited),
                  key=lambda c: c.__tablename__)


def record_values(obj: Base) -> dict[str, Any]:
    """A record's values as the trail writes them (dates as text …), excluded columns left out."""
    return dict(json.loads(_dumps(_column_values(obj)) or "{}"))


def records_unlike_their_history(session: Session) -> list[str]:
    """'table #id' of each record whose values are not what its audit rows replay to."""
    replayed: dict[tuple[str, str], dict[str, Any]] = {}
    created: set[tuple[str, str]] = set()
    for entity, entity_id, action, new_values in session.execute(
            select(AuditEntry.entity, AuditEntry.entity_id, AuditEntry.action,
                   AuditEntry.new_values)
            .where(AuditEntry.action.in_(REPLAYED_ACTIONS)).order_by(AuditEntry.seq)):
        key = (entity, entity_id or "")
        if action == "create":
            created.add(key)
        replayed.setdefault(key, {}).update(json.loads(new_values or "{}"))
    problems = []
    for table, entity_id, values in _stored_records(session):
        key = (table, entity_id)
        if key not in created or not _replays_to(replayed.get(key, {}), values):
            problems.append(f"{key[0]} #{key[1]}")
    return problems


def _stored_records(session: Session) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(table, id, values as the trail writes them) of every audited record, reading only the
    tables and columns the file has: `verify` examines a file of an older schema as it is."""
    schema = inspect(session.connection())
    for model in audited_models():
        table = model.__table__
        assert isinstance(table, Table)  # a declarative model's, never a join or a select
        if not schema.has_table(table.name):
            continue
        present = {c["name"] for c in schema.get_columns(table.name)}
        columns = [c for c in table.columns if c.name in present]
        keys = [c.name for c in table.primary_key.columns]
        for row in session.execute(select(*columns)).mappings():
            values = {c.name: row[c.name] for c in columns if c.name not in model.audit_exclude}
            yield (table.name, "/".join(str(row[k]) for k in keys),
                   dict(json.loads(_dumps(values) or "{}")))


def _replays_to(history: dict[str, Any], values: dict[str, Any]) -> bool:
    """A column a later migration added is missing from older records' rows: it started
    empty, so missing reads as NULL (a create row names every column the table had then)."""
    return all(history.get(column) == value if column in history else value is None
               for column, value in values.items()) and set(history) <= set(values)
