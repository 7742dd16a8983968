"""`migrate-to-server`: the unit's encrypted file copied into an empty server database.

The copy is exact: every record with its id, and the audit trail row for row, so the chain on
the server continues the file's (its hashes are unchanged and `verify` walks it from row 1).
Nothing is trusted: the file must pass `verify` first, the copy is one transaction, and every
record is then read back from both sides and compared value by value. Afterwards the file is
marked as moved (an audited fact), so nobody keeps writing to it by mistake.

Passwords cannot move: a key slot opens only with its owner's password. The administrator who
runs the move keeps theirs; every other account waits for a temporary password from an
administrator (the report names them).
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Table, func, insert, select, text
from sqlalchemy.exc import DatabaseError as SADatabaseError

from hai_desktop.core.errors import ConflictError, HaiError, IntegrityFailure
from hai_desktop.core.i18n import msg
from hai_desktop.services.access import ServerAccess
from hai_desktop.services.allocation_keys import SEALED, arm_of, list_key
from hai_desktop.services.integrity import administrators, check_database
from hai_desktop.services.permissions import Action
from hai_desktop.services.workspace import Workspace, sign_in
from hai_desktop.settings import Settings
from hai_desktop.store import audit, migrations
from hai_desktop.store.database import Database
from hai_desktop.store.models import AllocationList, Base, DatabaseInfo, EnvelopeRecord, User
from hai_desktop.store.server import (
    ServerAddress,
    build_server_engine,
    refuse_unless_empty,
    unreachable_error,
)

log = logging.getLogger(__name__)

MOVED_TO = "moved_to_server"  # database_info key in the file once its data live on a server
BATCH = 2000
# Counted per workstation, never moved: each server database keeps its own.
NOT_COPIED = frozenset({"sign_in_failures", "alembic_version"})


@dataclass
class MoveReport:
    source: str
    target: str
    rows: dict[str, int] = field(default_factory=dict)
    audit_head: tuple[int, str] = (0, "")
    awaiting_password: list[str] = field(default_factory=list)

    @property
    def total(self) -> int:
        return sum(self.rows.values())

    def text(self) -> str:
        lines = [f"Copied {self.total} records from {self.source} to {self.target} and "
                 "verified each one against the file:"]
        lines += [f"  {name:<24} {count:>8}" for name, count in self.rows.items()]
        seq, head = self.audit_head
        lines.append(f"The audit trail continues on the server from row #{seq} "
                     f"({head[:12]}…).")
        if self.awaiting_password:
            lines.append("These accounts need a temporary password from an administrator "
                         "before they can sign in on the server: "
                         + ", ".join(self.awaiting_password) + ".")
        return "\n".join(lines)


def copied_tables() -> list[Table]:
    """Every table of the schema, parents before children."""
    return [t for t in Base.metadata.sorted_tables if t.name not in NOT_COPIED]


def _rows(connection: Connection, table: Table) -> Iterator[dict[str, Any]]:
    order = list(table.primary_key.columns)
    result = connection.execute(select(table).order_by(*order)).mappings()
    for row in result:
        yield dict(row)


def _as_on_server(table: Table, row: dict[str, Any], list_keys: dict[int, bytes]
                  ) -> dict[str, Any]:
    """A row as the server keeps it: a sealed envelope's arm opened (the server has no key
    slots to hold the list's key; its access control guards it instead)."""
    if table.name != EnvelopeRecord.__tablename__ or row["arm"] != SEALED:
        return row
    record = EnvelopeRecord(**row)
    return {**row, "arm": arm_of(record, list_keys.get(row["list_id"])).value}


def _copy(source: Connection, target: Connection, list_keys: dict[int, bytes]
          ) -> dict[str, int]:
    counts: dict[str, int] = {}
    for table in copied_tables():
        batch: list[dict[str, Any]] = []
        counts[table.name] = 0
        for row in _rows(source, table):
            batch.append(_as_on_server(table, row, list_keys))
            if len(batch) >= BATCH:
                target.execute(insert(table), batch)
                counts[table.name] += len(batch)
                batch = []
        if batch:
            target.execute(insert(table), batch)
            counts[table.name] += len(batch)
    _advance_id_sequences(target)
    return counts


def _advance_id_sequences(target: Connection) -> None:
    # Ids were copied as they were: each serial sequence must continue after the highest one
    # (pg_get_serial_sequence is NULL for keys without one, and setval(NULL) does nothing).
    for table in copied_tables():
        keys = list(table.primary_key.columns)
        if len(keys) == 1 and keys[0].type.python_type is int:
            name = keys[0].name
            target.execute(text(
                f"SELECT setval(pg_get_serial_sequence('{table.name}', '{name}'), "
                f"coalesce((SELECT max({name}) FROM {table.name}), 0) + 1, false)"))


def _differences(source: Connection, target: Connection, *, until_seq: int,
                 list_keys: dict[int, bytes]) -> list[str]:
    """Every table read back from both sides, row by row, value by value."""
    problems: list[str] = []
    for table in copied_tables():
        left = (_as_on_server(table, row, list_keys) for row in _rows(source, table))
        right = _rows(target, table)
        if table.name == "audit_trail":
            right = (r for r in right if int(r["seq"]) <= until_seq)
        for a, b in _pairs(left, right):
            if a != b:
                key = "/".join(str((a or b or {}).get(c.name)) for c in table.primary_key)
                problems.append(f"{table.name} #{key}")
                if len(problems) > 20:
                    return problems
    return problems


def _pairs(left: Iterator[dict[str, Any]], right: Iterator[dict[str, Any]]
           ) -> Iterator[tuple[dict[str, Any] | None, dict[str, Any] | None]]:
    sentinel: dict[str, Any] = {}
    while True:
        a, b = next(left, sentinel), next(right, sentinel)
        if a is sentinel and b is sentinel:
            return
        yield (None if a is sentinel else a), (None if b is sentinel else b)


def move_to_server(ws: Workspace, password: str, target: Settings) -> MoveReport:
    """Copy the signed-in file into the empty server database of `target`; verify it."""
    ws.require(Action.MOVE_TO_SERVER)
    if ws.on_server:
        raise ConflictError(msg("These data are on the server already."))
    if not target.uses_server:
        raise HaiError(msg("No server is set: add server_url (and its TLS settings) to the "
                           "settings file first."))
    moved = ws.db.info_value(MOVED_TO)
    if moved:
        raise ConflictError(msg("{db} was already moved to a server ({moved}).",
                                db=ws.db.label, moved=moved))
    ws.confirm_password(password, purpose="move to the server")
    report = check_database(ws.db, ws.access)
    if not report.ok:
        raise IntegrityFailure(msg("{db} fails its integrity check, so it is not copied: {report}",
                                   db=ws.db.label, report=report.first_problem()),
                               hint=msg("Restore the latest good backup, then move that."))
    address = ServerAddress.from_settings(target)
    # One read transaction on the file for the copy and its check: what is compared is
    # exactly what was copied, even if another workstation writes to the file meanwhile.
    list_keys = _list_keys(ws)
    with ws.db.turn(), ws.db.read_engine.connect() as source:
        file_head = audit.last_row(source)
        server_db = _copy_into_server(source, address, list_keys)
        try:
            result = _check_and_finish(server_db, source, file_head, ws, password, target,
                                       list_keys)
        finally:
            server_db.close()
        source.rollback()
    with ws.session(reason="data moved to the shared server") as session:
        when = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
        session.add(DatabaseInfo(key=MOVED_TO, value=f"{address.label}, {when}"))
    return result


def move_file_to_server(path: Path, username: str, password: str, settings: Settings
                        ) -> MoveReport:
    """From the command line: sign in to the file, move it to the server in the settings."""
    ws = sign_in(path, username, password, settings)
    try:
        return move_to_server(ws, password, settings)
    finally:
        ws.sign_out()


def _list_keys(ws: Workspace) -> dict[int, bytes]:
    """The keys of the sealed allocation lists: whoever moves the data must hold them, as the
    server keeps the arms open."""
    with ws.db.read_session() as session:
        keys = {}
        for allocation in session.scalars(select(AllocationList).where(
                AllocationList.sealed_sha256.is_not(None))):
            key = list_key(ws, session, allocation)
            if key is None:
                raise ConflictError(msg("You hold no key to the sealed envelopes, so the data "
                                        "cannot move to the server (which keeps the arms open)."),
                                    hint=msg("An administrator who has signed in since the list "
                                             "was imported moves the data."))
            keys[allocation.id] = key
    return keys


def _copy_into_server(source: Connection, address: ServerAddress,
                      list_keys: dict[int, bytes]) -> Database:
    engine = build_server_engine(address)
    try:
        with engine.begin() as target:
            refuse_unless_empty(target, address.label, nothing_done=msg("nothing was copied"))
            migrations.upgrade(target)
            if migrations.current_revision(source) != migrations.current_revision(target):
                raise HaiError(msg("The file's schema and the server's differ in version; update "
                                   "hai-desktop on this workstation first."))
            counts = _copy(source, target, list_keys)
        log.info("copied %d records to %s", sum(counts.values()), address.label)
    except SADatabaseError as exc:
        engine.dispose()
        detail = str(getattr(exc, "orig", exc)).splitlines()[0]
        if "value too long" in detail or "violates" in detail:
            raise HaiError(msg("The server refused a record of the file ({detail}); nothing was "
                               "copied.",
                               detail=detail),
                           hint=msg("Send this message to the hai-desktop support.")) from exc
        raise unreachable_error(address.label, exc, saving=True) from exc
    except BaseException:
        engine.dispose()
        raise
    return Database(None, b"", engine, server=address)


def _check_and_finish(server_db: Database, source: Connection, file_head: tuple[int, str],
                      ws: Workspace, password: str, settings: Settings,
                      list_keys: dict[int, bytes]) -> MoveReport:
    with server_db.read_engine.connect() as target:
        problems = _differences(source, target, until_seq=file_head[0], list_keys=list_keys)
        counts = {t.name: int(target.execute(
            select(func.count()).select_from(t)).scalar() or 0) for t in copied_tables()}
        target.rollback()
    if problems:
        raise IntegrityFailure(msg("The server's copy differs from the file at {differences}. "
                                   "The file is unchanged; do not use the server database.",
                                   differences=", ".join(problems[:5])),
                               hint=msg("Ask IT to drop the server database, then try again."))
    db_id = server_db.info_value("db_id") or ""
    access = ServerAccess(server_db, settings, db_id, server_db.is_training)
    with server_db.session(actor=ws.user.username,
                           reason="data moved from a workstation's file") as session:
        access.set_password(session, ws.user.username, password, settings.kdf)
        audit.record_event(session, "moved_from_file", "database", None, {
            "file": ws.db.name, "records": sum(counts.values()),
            "file_audit_head": file_head[0]})
    with server_db.read_engine.connect() as target:
        # The file's signed rows keep their signatures; the server's own rows are unsigned.
        chain = audit.verify_rows(audit.iter_rows(target), file_head,
                                  audit.SignatureWalk(administrators(target), required=False))
        target.rollback()
    if not chain.ok:
        assert chain.problem is not None
        raise IntegrityFailure(msg("The audit chain on the server does not verify: {message}.",
                                   message=chain.problem.message))
    access.move_anchor(*chain.head)
    with server_db.read_session() as session:
        waiting = sorted(session.scalars(select(User.username).where(
            User.active.is_(True), User.password_hash.is_(None))))
    return MoveReport(source=ws.db.label, target=server_db.label, rows=counts,
                      audit_head=chain.head, awaiting_password=waiting)
