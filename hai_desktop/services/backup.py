"""Backups: an online, consistent, still encrypted copy of the database with its key file, and a
restore into a new path that is verified before it is put in place.

The copy is made with SQLCipher's `sqlcipher_export` inside one read transaction, so writes from
other workstations during the backup are either wholly in it or wholly not. The key file is
copied first: its audit anchor may then trail the copied chain (allowed) but never lead it
(which `verify` would rightly report as a rollback).
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import re
import shutil
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Literal

from sqlalchemy import func, select
from sqlalchemy.exc import DatabaseError as SADatabaseError

from hai_desktop.core.errors import ConflictError, DatabaseFileError, HaiError, ValidationError
from hai_desktop.core.i18n import msg
from hai_desktop.services.integrity import IntegrityReport, check_database
from hai_desktop.services.permissions import Action
from hai_desktop.services.workspace import Workspace, require_of, unlock_database
from hai_desktop.settings import Settings
from hai_desktop.store.database import restrict_to_owner, storage_error
from hai_desktop.store.keyfile import key_slot_path
from hai_desktop.store.models import AuditEntry

STAGING_SUFFIX = ".restoring"
AUTO_STAMP = "%Y-%m-%d-%H%M%S"

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class BackupResult:
    path: Path
    audit_rows: int  # the audit chain's length in the copy
    size_bytes: int


def _refuse_existing(target: Path) -> None:
    for path in (target, key_slot_path(target)):
        if path.exists():
            raise ConflictError(msg("{path} already exists; nothing was written. Choose a new file "
                                    "name (a backup never overwrites).", path=path))


def _remove(*paths: Path) -> None:
    for path in paths:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()


def backup_database(ws: Workspace, target: Path) -> BackupResult:
    """Copy the open database (encrypted with the same key) and its key file to `target`."""
    ws.require(Action.BACKUP)
    return _write_backup(ws, target, "backup")


def _write_backup(ws: Workspace, target: Path, action: str) -> BackupResult:
    target = target.expanduser().resolve()
    if target == ws.db.file.resolve():  # on the server: refused, its backups are IT's
        raise ValidationError(msg("The backup cannot be the database itself."), field="target")
    _refuse_existing(target)
    target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    try:
        shutil.copyfile(key_slot_path(ws.db.file), key_slot_path(target))
        restrict_to_owner(key_slot_path(target))
        _export(ws, target)
        restrict_to_owner(target)
    except OSError as exc:
        _remove(target, key_slot_path(target))
        raise DatabaseFileError(msg("The backup to {target} failed: {strerror}. Nothing was "
                                    "changed in the database.",
                                    target=target, strerror=exc.strerror),
                                hint=msg("Check the folder exists, is writable and has space.")
                                ) from exc
    except BaseException:
        _remove(target, key_slot_path(target))
        raise
    rows = _audit_rows(ws)
    ws.record(action, "database", None, {"file": target.name, "audit_rows": rows})
    return BackupResult(target, rows, target.stat().st_size)


def _export(ws: Workspace, target: Path) -> None:
    with ws.db.turn():  # the GUI thread waits for the copy, not interleaves with it
        _export_on_connection(ws, target)


def _export_on_connection(ws: Workspace, target: Path) -> None:
    raw = ws.db.engine.raw_connection()
    try:
        cursor = raw.cursor()
        key = f"x'{ws.db.key.hex()}'"
        # The path is bound as a parameter; the key is hex from our own key, never typed.
        cursor.execute(f"ATTACH DATABASE ? AS backup KEY \"{key}\"", (str(target),))
        try:
            cursor.execute("BEGIN")
            cursor.execute("SELECT sqlcipher_export('backup')")
            cursor.execute("COMMIT")
        except BaseException:
            with contextlib.suppress(Exception):
                cursor.execute("ROLLBACK")
            raise
        finally:
            cursor.execute("DETACH DATABASE backup")
    except HaiError:
        raise
    except Exception as exc:
        raise DatabaseFileError(msg("The backup to {target} failed: {exc}. Nothing was changed in "
                                    "the database.", target=target, exc=exc),
                                hint=msg("Check the folder exists, is writable and has space.")
                                ) from exc
    finally:
        raw.close()


def _audit_rows(ws: Workspace) -> int:
    with ws.db.read_session() as session:
        return int(session.scalar(select(func.count()).select_from(AuditEntry)) or 0)


@dataclass(frozen=True)
class RestoreResult:
    path: Path
    report: IntegrityReport


def restore_database(backup: Path, target: Path, username: str, password: str,
                     settings: Settings) -> RestoreResult:
    """Put a verified copy of `backup` at `target` (a new path). The backup itself is never
    opened for writing: a staging copy beside the target is unlocked and checked (file
    integrity, audit chain and anchor, randomization list fingerprint) and only then renamed."""
    backup, target = backup.expanduser().resolve(), target.expanduser().resolve()
    for path in (backup, key_slot_path(backup)):
        if not path.is_file():
            raise DatabaseFileError(msg("{path} is not there; a backup is the database file and "
                                        "its key file side by side.", path=path))
    _refuse_existing(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = target.with_name(target.name + STAGING_SUFFIX)
    _remove(staging, key_slot_path(staging))
    shutil.copyfile(backup, staging)
    shutil.copyfile(key_slot_path(backup), key_slot_path(staging))
    try:
        report = _verify_staging(staging, username, password, settings)
        os.replace(key_slot_path(staging), key_slot_path(target))
        os.replace(staging, target)
        restrict_to_owner(target)
        restrict_to_owner(key_slot_path(target))
    except BaseException:
        _remove(staging, key_slot_path(staging))
        raise
    return RestoreResult(target, report)


def _verify_staging(staging: Path, username: str, password: str,
                    settings: Settings) -> IntegrityReport:
    try:
        slots, db, user = unlock_database(staging, username, password, settings, migrate=False)
    except DatabaseFileError as exc:
        raise DatabaseFileError(msg("The backup cannot be opened: {message} Nothing was restored.",
                                    message=exc.message), hint=exc.hint) from exc
    try:
        require_of(user, Action.BACKUP)  # a temporary password included
        report = check_database(db, slots)
    finally:
        db.close()
    if not report.ok:
        raise DatabaseFileError(msg("The backup failed verification: {first_problem}. Nothing was "
                                    "restored.", first_problem=report.first_problem),
                                hint=msg("Use an earlier backup; keep this one for inspection."))
    return report


# ---- automatic backups ------------------------------------------------------------------------
# Made for the unit, not by a user's choice: any role's sign-out triggers one (the schedule is
# the administrator's setting), and it is audited under the user who was signed in.

Moment = Literal["sign-in", "sign-out"]


@dataclass(frozen=True)
class AutomaticBackup:
    path: Path | None  # None: not due, or it failed
    error: str | None = None
    removed: tuple[Path, ...] = ()  # older automatic copies beyond the number to keep

    @property
    def failed(self) -> bool:
        return self.error is not None


def automatic_backup_name(db_path: Path, when: datetime) -> str:
    return f"{db_path.stem}-auto-{when.strftime(AUTO_STAMP)}.db"


def automatic_backups(folder: Path, db_path: Path) -> list[tuple[datetime, Path]]:
    """This database's automatic copies in `folder`, newest first (by the time in the name,
    which a copy or a clock on another workstation does not change)."""
    pattern = re.compile(re.escape(db_path.stem) + r"-auto-(\d{4}-\d\d-\d\d-\d{6})\.db")
    found = []
    for path in folder.glob(f"{db_path.stem}-auto-*.db") if folder.is_dir() else ():
        match = pattern.fullmatch(path.name)
        if match:
            found.append((datetime.strptime(match.group(1), AUTO_STAMP), path))
    return sorted(found, reverse=True)


def automatic_backup_due(settings: Settings, db_path: Path, moment: Moment,
                         now: datetime) -> bool:
    schedule = settings.backup_schedule
    if schedule == "sign-out":
        return moment == "sign-out"
    if schedule == "daily":
        latest = automatic_backups(settings.backup_folder(db_path), db_path)
        return not latest or latest[0][0].date() < now.date()
    return False


def run_automatic_backup(ws: Workspace, moment: Moment, now: datetime | None = None,
                         ) -> AutomaticBackup:
    """The scheduled backup, if due. Never raises for a backup problem: signing out must still
    work. A failure is logged, audited and returned so that the screen can say so."""
    now = now or datetime.now()
    db_path = ws.db.path
    if db_path is None:  # the server's backups are IT's (pg_dump), not a workstation's
        return AutomaticBackup(None)
    if not automatic_backup_due(ws.settings, db_path, moment, now):
        return AutomaticBackup(None)
    folder = ws.settings.backup_folder(db_path)
    target = folder / automatic_backup_name(db_path, now)
    if target.exists():  # made within this same second already
        return AutomaticBackup(None)
    try:
        result = _write_backup(ws, target, "automatic_backup")
    except HaiError as exc:
        return _automatic_backup_failed(ws, exc.message)
    except OSError as exc:  # the folder itself could not be made
        return _automatic_backup_failed(ws, f"{folder} cannot be written: {exc.strerror}.")
    except SADatabaseError as exc:
        return _automatic_backup_failed(ws, storage_error(db_path, exc).message)
    removed = prune_automatic_backups(folder, db_path, ws.settings.backup_keep)
    return AutomaticBackup(result.path, removed=removed)


def _automatic_backup_failed(ws: Workspace, message: str) -> AutomaticBackup:
    log.error("automatic backup failed: %s", message)
    with contextlib.suppress(HaiError):
        ws.record("automatic_backup_failed", "database", None, {"error": message})
    return AutomaticBackup(None, error=message)


def prune_automatic_backups(folder: Path, db_path: Path, keep: int) -> tuple[Path, ...]:
    """Remove automatic copies beyond the newest `keep` (never a backup made by hand)."""
    removed = []
    for _when, path in automatic_backups(folder, db_path)[max(keep, 1):]:
        _remove(path, key_slot_path(path))
        removed.append(path)
    return tuple(removed)


def latest_automatic_backup(settings: Settings, db_path: Path) -> tuple[datetime, Path] | None:
    found = automatic_backups(settings.backup_folder(db_path), db_path)
    return found[0] if found else None


@dataclass(frozen=True)
class AutomaticBackupStatus:
    schedule: str
    keep: int
    folder: Path
    latest: tuple[datetime, Path] | None
    last_failure: str | None  # the error, when the most recent attempt failed


def automatic_backup_status(ws: Workspace) -> AutomaticBackupStatus:
    """What the administrator needs to know: the schedule, where, the newest copy, and
    whether the last attempt failed."""
    with ws.db.read_session() as session:
        last = session.scalars(
            select(AuditEntry)
            .where(AuditEntry.action.in_(("automatic_backup", "automatic_backup_failed")))
            .order_by(AuditEntry.seq.desc()).limit(1)).first()
    failure = None
    if last is not None and last.action == "automatic_backup_failed":
        failure = str(json.loads(last.new_values or "{}").get("error", "unknown error"))
    settings = ws.settings
    return AutomaticBackupStatus(settings.backup_schedule, settings.backup_keep,
                                 settings.backup_folder(ws.db.file),
                                 latest_automatic_backup(settings, ws.db.file), failure)
