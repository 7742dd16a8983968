"""Backups: an online, consistent, still encrypted copy of the database with its key file, and a
restore into a new path that is verified before it is put in place.

The copy is made with SQLCipher's `sqlcipher_export` inside one read transaction, so writes from
other workstations during the backup are either wholly in it or wholly not. The key file is
copied first: its audit anchor may then trail the copied chain (allowed) but never lead it
(which `verify` would rightly report as a rollback).
"""

from __future__ import annotations

import contextlib
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from hai_desktop.core.errors import ConflictError, DatabaseFileError, HaiError, ValidationError
from hai_desktop.services.integrity import IntegrityReport, check_database
from hai_desktop.services.permissions import Action, require
from hai_desktop.services.workspace import Workspace, unlock_database
from hai_desktop.settings import Settings
from hai_desktop.store.database import restrict_to_owner
from hai_desktop.store.keyslots import key_slot_path
from hai_desktop.store.models import AuditEntry

STAGING_SUFFIX = ".restoring"


@dataclass(frozen=True)
class BackupResult:
    path: Path
    audit_rows: int  # the audit chain's length in the copy
    size_bytes: int


def _refuse_existing(target: Path) -> None:
    for path in (target, key_slot_path(target)):
        if path.exists():
            raise ConflictError(f"{path} already exists; nothing was written. Choose a new "
                                "file name (a backup never overwrites).")


def _remove(*paths: Path) -> None:
    for path in paths:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()


def backup_database(ws: Workspace, target: Path) -> BackupResult:
    """Copy the open database (encrypted with the same key) and its key file to `target`."""
    ws.require(Action.BACKUP)
    target = target.expanduser().resolve()
    if target == ws.db.path.resolve():
        raise ValidationError("The backup cannot be the database itself.", field="target")
    _refuse_existing(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(key_slot_path(ws.db.path), key_slot_path(target))
    restrict_to_owner(key_slot_path(target))
    try:
        _export(ws, target)
        restrict_to_owner(target)
    except BaseException:
        _remove(target, key_slot_path(target))
        raise
    rows = _audit_rows(ws)
    ws.record("backup", "database", None, {"file": target.name, "audit_rows": rows})
    return BackupResult(target, rows, target.stat().st_size)


def _export(ws: Workspace, target: Path) -> None:
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
        raise DatabaseFileError(f"The backup to {target} failed: {exc}. Nothing was "
                                "changed in the database.",
                                hint="Check the folder exists, is writable and has space."
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
            raise DatabaseFileError(f"{path} is not there; a backup is the database file and "
                                    "its key file side by side.")
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
        raise DatabaseFileError(f"The backup cannot be opened: {exc.message} Nothing was "
                                "restored.", hint=exc.hint) from exc
    try:
        require(user.role, Action.BACKUP)
        report = check_database(db, slots)
    finally:
        db.close()
    if not report.ok:
        raise DatabaseFileError(f"The backup failed verification: {report.first_problem}. "
                                "Nothing was restored.",
                                hint="Use an earlier backup; keep this one for inspection.")
    return report
