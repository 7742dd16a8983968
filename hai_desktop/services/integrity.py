"""`verify`: SQLCipher page check, SQLite structure check, the audit chain and its anchor, the
allocation list's fingerprint and the TRAINING flag against its creation row."""

from __future__ import annotations

import contextlib
import json
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import Connection, inspect, select
from sqlalchemy.exc import DatabaseError as SADatabaseError
from sqlalchemy.orm import Session

from hai_desktop.core.errors import HaiError, IntegrityFailure
from hai_desktop.core.i18n import msg
from hai_desktop.core.roles import Role
from hai_desktop.services import signing
from hai_desktop.services.access import Access, KeyFileAccess
from hai_desktop.services.permissions import Action
from hai_desktop.services.randomization import allocation_list_problem
from hai_desktop.services.workspace import (
    Workspace,
    require_of,
    unlock_database,
    unlock_server,
)
from hai_desktop.settings import Settings
from hai_desktop.store import audit
from hai_desktop.store.database import Database
from hai_desktop.store.keyfile import key_slot_path
from hai_desktop.store.keyslots import KeySlotFile
from hai_desktop.store.models import AuditEntry, DatabaseInfo, Signature, User, UserKey
from hai_desktop.store.userkeys import fingerprint, unb64


@dataclass
class IntegrityReport:
    file_problems: list[str] = field(default_factory=list)
    chain: audit.ChainReport | None = None
    anchor_problem: str | None = None
    chain_unreadable: str | None = None
    allocation_list_problem: str | None = None
    training_flag_problem: str | None = None
    # Records whose values are not what their audit rows replay to: changed outside the app.
    records_unlike_history: list[str] = field(default_factory=list)
    anchor_held: bool = True  # False: this workstation holds no anchor for the chain yet
    # A key slot whose key the database does not record, or a person's tail not in the trail.
    key_slot_problem: str | None = None
    # Electronic signatures whose signer's own signature does not hold (moved or altered).
    signature_problems: list[str] = field(default_factory=list)
    # A row the automatic backups' key files witnessed, no longer as it was.
    witness_problem: str | None = None

    @property
    def ok(self) -> bool:
        return (not self.file_problems and self.anchor_problem is None
                and self.key_slot_problem is None and not self.signature_problems
                and self.witness_problem is None
                and self.chain_unreadable is None and self.allocation_list_problem is None
                and self.training_flag_problem is None
                and not self.records_unlike_history and bool(self.chain and self.chain.ok))

    def first_problem(self) -> str | None:
        if self.file_problems:
            return msg("database file: {problem}", problem=self.file_problems[0])
        if self.chain_unreadable:
            return msg("audit trail unreadable: {problem}", problem=self.chain_unreadable)
        if self.anchor_problem:
            return self.anchor_problem
        if self.chain and self.chain.problem:
            return self.chain.problem.message
        if self.key_slot_problem:
            return self.key_slot_problem
        if self.signature_problems:
            return self.signature_problems[0]
        if self.witness_problem:
            return self.witness_problem
        if self.allocation_list_problem:
            return msg("allocation list: {problem}", problem=self.allocation_list_problem)
        if self.training_flag_problem:
            return self.training_flag_problem
        if self.records_unlike_history:
            shown = ", ".join(self.records_unlike_history[:5])
            more = len(self.records_unlike_history) - 5
            if more > 0:
                return msg("records not as the audit trail says (changed outside the "
                           "application): {records} and {more} more", records=shown, more=more)
            return msg("records not as the audit trail says (changed outside the application): "
                       "{records}", records=shown)
        return None

    def summary(self) -> str:
        if self.ok and self.chain is not None:
            seq, head = self.chain.head
            values = {"rows": self.chain.rows_checked, "seq": seq, "head": head[:12]}
            if not self.anchor_held:
                return msg("OK: file integrity checked; audit chain of {rows} rows verified up "
                           "to #{seq} ({head}…), matching its anchor (this workstation holds no "
                           "anchor for it yet); every record matches its audit history; "
                           "allocation list matches its fingerprint.", **values)
            return msg("OK: file integrity checked; audit chain of {rows} rows verified up to "
                       "#{seq} ({head}…), matching its anchor; every record matches its audit "
                       "history; allocation list matches its fingerprint.", **values)
        return msg("FAILED: {problem}", problem=self.first_problem())


def check_database(db: Database, access: Access | KeySlotFile) -> IntegrityReport:
    """Every check, each one reported even when another fails; writes nothing."""
    if isinstance(access, KeySlotFile):
        access = KeyFileAccess(access, db)
    report = IntegrityReport()
    try:
        report.file_problems = db.cipher_integrity_problems()
    except SADatabaseError as exc:
        report.file_problems = [str(getattr(exc, "orig", exc))]
    try:
        anchor = access.anchor()
        if anchor is None and db.on_server:
            # A workstation that never signed in to the server has seen no rows to vouch for;
            # the chain itself is still walked from row 1.
            report.anchor_held = False
        elif anchor is None:
            report.anchor_problem = "the key file holds no audit anchor"
    except IntegrityFailure as exc:
        report.anchor_problem = exc.message
        anchor = None
    try:
        with db.turn(), db.read_engine.connect() as conn:
            keys = audit.registered_keys(conn)
            # On the server the rows are the server's: no key slots sign them there.
            walk = audit.SignatureWalk(administrators(conn), required=not db.on_server)
            report.chain = audit.verify_rows(audit.iter_rows(conn), anchor, walk)
            if isinstance(access, KeyFileAccess) and report.chain.ok:
                report.key_slot_problem = key_slot_problem(conn, access.slots, keys)
            conn.rollback()
    except SADatabaseError as exc:
        report.chain_unreadable = str(getattr(exc, "orig", exc))
    if report.chain is not None and report.chain.ok:  # a broken chain cannot be replayed
        try:
            with db.read_session() as session:
                report.records_unlike_history = audit.records_unlike_their_history(session)
                report.signature_problems = electronic_signature_problems(
                    session, keys, required=not db.on_server)
        except HaiError as exc:
            report.chain_unreadable = exc.message
    try:
        report.allocation_list_problem = allocation_list_problem(db)
    except SADatabaseError as exc:
        report.allocation_list_problem = str(getattr(exc, "orig", exc))
    except HaiError:  # the session turned a damaged page into the user's message
        report.allocation_list_problem = msg("the allocation list cannot be read (damaged pages)")
    try:
        report.training_flag_problem = training_flag_problem(db)
    except SADatabaseError as exc:
        report.training_flag_problem = str(getattr(exc, "orig", exc))
    except HaiError as exc:
        report.training_flag_problem = exc.message
    return report


def administrators(conn: Connection) -> set[str]:
    """Who may register another person's key (add, reset, reactivate an account)."""
    return set(conn.execute(select(User.username).where(User.role == Role.ADMIN.value)
                            ).scalars())


def key_slot_problem(conn: Connection, slots: KeySlotFile,
                     keys: dict[str, audit.RegisteredKey]) -> str | None:
    """Each person's public key in the key file is one the database registered for them, and
    the newest row the key file says they signed, signed by them, is still in the trail. A
    key holder cannot make a key slot for somebody else's registered key without their
    password, nor sign their tail."""
    if not keys:
        return None  # a database from before each person had keys
    for slot in slots.slots:
        if slot.legacy:
            continue
        found = keys.get(fingerprint(unb64(slot.signing_public)))
        if found is None or found.username != slot.username:
            return msg("the key slot of {user} holds a key the database does not record for "
                       "them", user=slot.username)
        try:
            tail = slots.tail_of(slot.username)
        except IntegrityFailure as exc:
            return exc.message
        if tail is not None and audit.hash_at(conn, tail[0]) != tail[1]:
            return msg("audit row #{seq}, the newest {user} signed, is no longer in the trail "
                       "as they signed it: rows were rewritten or removed", seq=tail[0],
                       user=slot.username)
    return None


def training_flag_problem(db: Database) -> str | None:
    """The TRAINING flag decides whether envelope cards can be read on screen and whether
    documents are marked TRAINING, so it must be the one the database was created with. The
    program writes it once, at creation, and never changes it: any other value, a missing or
    second creation row, or any row recording a change of it, means it was set outside the
    application (raw SQL with the key), even when the change was dressed up as an audit row."""
    with db.read_session() as session:
        flag = session.get(DatabaseInfo, "training")
        rows = session.execute(
            select(AuditEntry.seq, AuditEntry.action, AuditEntry.new_values)
            .where(AuditEntry.entity == DatabaseInfo.__tablename__,
                   AuditEntry.entity_id == "training")
            .order_by(AuditEntry.seq)).all()
    if flag is None:
        return msg("the database's TRAINING flag is missing")
    created = [r for r in rows if r.action == "create"]
    changed = [r for r in rows if r.action != "create"]
    if len(created) != 1:
        return msg("the database's TRAINING flag has no single creation row in the audit trail "
                   "({count} found): it was set outside the application", count=len(created))
    if changed:
        return msg("the database's TRAINING flag was changed after the database was created "
                   "(audit row #{seq}); the program never changes it", seq=changed[0].seq)
    try:
        recorded = json.loads(created[0].new_values or "{}").get("value")
    except (ValueError, AttributeError):
        recorded = None
    if recorded != flag.value:
        return msg("the database's TRAINING flag is not the one recorded when it was created "
                   "(audit row #{seq}): it was changed outside the application",
                   seq=created[0].seq)
    return None


def electronic_signature_problems(session: Session, keys: dict[str, audit.RegisteredKey], *,
                                  required: bool) -> list[str]:
    """Each electronic signature carries its signer's own signature over the record it signs;
    on the file, one made after its signer had a key must carry it."""
    schema = inspect(session.connection())
    if "signature" not in {c["name"] for c in schema.get_columns(Signature.__tablename__)}:
        return []  # a file from before signatures were signed (schema 0013), read as it is
    first_key: dict[str, datetime] = {}
    for name, created in session.execute(select(UserKey.username, UserKey.created_at)):
        first_key[name] = min(created, first_key.get(name, created))
    problems = []
    for signature in session.scalars(select(Signature).order_by(Signature.id)):
        problem = signing.signature_problem(signature, keys)
        if problem is None and signature.signature is None and required \
                and signature.username in first_key \
                and signature.signed_at >= first_key[signature.username]:
            problem = msg("signature #{id} ({meaning}, {user}) on {entity} #{entity_id} carries "
                          "no signature by {user}'s key: it was added outside the application",
                          id=signature.id, meaning=signature.meaning, user=signature.username,
                          entity=signature.entity, entity_id=signature.entity_id)
        if problem is not None:
            problems.append(problem)
    return problems


def witness_problem(db: Database, settings: Settings, access: Access | KeySlotFile
                    ) -> str | None:
    """The automatic backups as witnesses: each copy's key file holds every person's tail as
    it was then, signed by them. A row of the live trail that differs from one of those was
    rewritten after the copy was made — even by someone who re-signed everything they could."""
    if db.on_server or db.path is None:
        return None  # each workstation's own anchor is the server's witness
    from hai_desktop.services.backup import automatic_backups  # backup imports this module

    live = access.slots if isinstance(access, KeyFileAccess) else access
    if not isinstance(live, KeySlotFile):
        return None
    with db.turn(), db.read_engine.connect() as conn:
        try:
            for when, copy in automatic_backups(settings.backup_folder(db.path), db.path):
                problem = _witnessed(conn, copy, when, live)
                if problem is not None:
                    return problem
        finally:
            conn.rollback()
    return None


def _witnessed(conn: Connection, copy: Path, when: datetime, live: KeySlotFile
               ) -> str | None:
    try:
        slots = KeySlotFile.load(key_slot_path(copy))
    except HaiError:
        return None  # a damaged or foreign copy witnesses nothing (restore reports it)
    if slots.db_id != db_id_of(conn):
        return None
    for slot in slots.slots:
        try:
            tail = slots.tail_of(slot.username)
        except IntegrityFailure:
            continue  # not signed by its owner: a tampered copy proves nothing
        if tail is None:
            continue
        now = live.slot_of(slot.username)
        if now is not None and now.signing_public == slot.signing_public:
            # The same key still: its tail only moves forward.
            try:
                newest = live.tail_of(slot.username)
            except IntegrityFailure:
                newest = None  # key_slot_problem names it
            if newest is None or newest[0] < tail[0]:
                return msg("the key file records an older newest row for {user} than the "
                           "automatic backup of {when} did: their newest rows or their record "
                           "were removed", user=slot.username,
                           when=when.strftime("%Y-%m-%d %H:%M"))
        if audit.hash_at(conn, tail[0]) != tail[1]:
            return msg("audit row #{seq}, signed by {user}, is not what the automatic backup of "
                       "{when} recorded: the trail was rewritten after that backup, or the "
                       "database was restored from a copy older than it (then move the automatic "
                       "backups made after that copy out of the backup folder)",
                       seq=tail[0], user=slot.username, when=when.strftime("%Y-%m-%d %H:%M"))
    return None


def db_id_of(conn: Connection) -> str | None:
    return conn.execute(select(DatabaseInfo.value).where(DatabaseInfo.key == "db_id")
                        ).scalar_one_or_none()


def verify_database(ws: Workspace) -> IntegrityReport:
    """From the application: the signed-in user runs every check; the run is audited."""
    ws.require(Action.VERIFY_INTEGRITY)
    report = check_database(ws.db, ws.access)
    report.witness_problem = witness_problem(ws.db, ws.settings, ws.access)
    ws.record("verify", "database", None, {"ok": report.ok, "summary": report.summary()})
    return report


def verify_file(path: Path, username: str, password: str, settings: Settings
                ) -> IntegrityReport:
    """From the command line: checks run before anything is written, so a damaged file is
    examined as it is; the run is audited afterwards if the file still accepts writes."""
    access: Access
    if settings.uses_server:
        access, db, user = unlock_server(settings, username, password, migrate=False)
    else:
        access, db, user = unlock_database(path, username, password, settings, migrate=False)
    try:
        require_of(user, Action.VERIFY_INTEGRITY)  # a temporary password included
        report = check_database(db, access)
        report.witness_problem = witness_problem(db, settings, access)
        ws = Workspace(db, access, user, settings)
        # A damaged file may refuse the audit row; the report is what matters here.
        with contextlib.suppress(HaiError):
            ws.record("verify", "database", None, {"ok": report.ok, "summary": report.summary()})
        return report
    finally:
        db.close()
