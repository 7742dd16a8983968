"""Backup and restore on real encrypted files: an online copy while another workstation writes,
restored into a new path and verified; a damaged backup refused; nothing in plaintext."""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from hai_desktop.core.errors import ConflictError, DatabaseFileError, PermissionDenied
from hai_desktop.services import labs
from hai_desktop.services.backup import STAGING_SUFFIX, backup_database, restore_database
from hai_desktop.services.patients import list_patients
from hai_desktop.services.workspace import Workspace, sign_in
from hai_desktop.settings import Settings
from hai_desktop.store.keyslots import key_slot_path
from hai_desktop.store.models import AuditEntry, LabResult, Order, Patient

ADMIN = ("admin", "amber-training")


def counts(ws: Workspace) -> dict[str, int]:
    with ws.db.read_session() as session:
        return {model.__tablename__: int(session.scalar(
            select(func.count()).select_from(model)) or 0)
            for model in (Patient, Order, LabResult, AuditEntry)}


def test_backup_and_restore_give_the_same_records(admin_ws: Workspace, tmp_path: Path,
                                                  settings: Settings) -> None:
    before = counts(admin_ws)
    result = backup_database(admin_ws, tmp_path / "backups" / "hai-1.db")
    assert result.path.is_file() and key_slot_path(result.path).is_file()
    assert result.audit_rows == before[AuditEntry.__tablename__]  # the chain as copied
    assert result.path.stat().st_mode & 0o077 == 0, "owner-only, like the database"
    restored = restore_database(result.path, tmp_path / "restored" / "hai.db", *ADMIN, settings)
    assert restored.report.ok
    copy = sign_in(restored.path, *ADMIN, settings)
    try:
        assert counts(copy)[Patient.__tablename__] == before[Patient.__tablename__]
        assert counts(copy)[Order.__tablename__] == before[Order.__tablename__]
        assert counts(copy)[LabResult.__tablename__] == before[LabResult.__tablename__]
    finally:
        copy.db.close()
    assert not (tmp_path / "restored" / f"hai.db{STAGING_SUFFIX}").exists()


def test_a_backup_is_consistent_while_another_workstation_writes(
        admin_ws: Workspace, demo_db: Path, tmp_path: Path, settings: Settings) -> None:
    nurse = sign_in(demo_db, "nurse", "navy-training", settings)
    patient_id = list_patients(nurse, "S-0006")[0].id
    written: list[int] = []
    stop = threading.Event()

    def write() -> None:
        while not stop.is_set() and len(written) < 40:
            written.append(labs.record_lab(nurse, labs.LabInput(
                patient_id=patient_id, term="Platelet count decreased",
                value=f"{150 + len(written)} ×10⁹/L", taken_on=date.today())))

    worker = threading.Thread(target=write)
    worker.start()
    try:
        backups = [backup_database(admin_ws, tmp_path / f"during-{i}.db") for i in range(3)]
    finally:
        stop.set()
        worker.join()
        nurse.db.close()
    assert written, "the other workstation wrote during the backups"
    for i, backup in enumerate(backups):
        restored = restore_database(backup.path, tmp_path / f"restored-{i}.db", *ADMIN,
                                    settings)
        # Integrity, the audit chain against the anchor and the list fingerprint all hold.
        assert restored.report.ok, restored.report.summary()


def test_a_damaged_backup_is_refused_and_nothing_is_restored(
        admin_ws: Workspace, tmp_path: Path, settings: Settings) -> None:
    backup = backup_database(admin_ws, tmp_path / "hai-1.db").path
    data = bytearray(backup.read_bytes())
    middle = len(data) // 2
    data[middle:middle + 64] = bytes(64)  # a torn page
    backup.write_bytes(bytes(data))
    target = tmp_path / "restored.db"
    with pytest.raises(DatabaseFileError, match="Nothing was restored"):
        restore_database(backup, target, *ADMIN, settings)
    assert not target.exists() and not key_slot_path(target).exists()
    assert not (tmp_path / f"restored.db{STAGING_SUFFIX}").exists()


def test_refusals(admin_ws: Workspace, demo_db: Path, tmp_path: Path,
                  settings: Settings) -> None:
    existing = tmp_path / "taken.db"
    existing.write_bytes(b"something else")
    with pytest.raises(ConflictError, match="already exists"):
        backup_database(admin_ws, existing)
    assert existing.read_bytes() == b"something else"
    nurse = sign_in(demo_db, "nurse", "navy-training", settings)
    try:
        with pytest.raises(PermissionDenied):
            backup_database(nurse, tmp_path / "nurse.db")
    finally:
        nurse.db.close()
    backup = backup_database(admin_ws, tmp_path / "ok.db").path
    with pytest.raises(ConflictError, match="already exists"):
        restore_database(backup, existing, *ADMIN, settings)
    with pytest.raises(PermissionDenied):
        restore_database(backup, tmp_path / "by-nurse.db", "nurse", "navy-training", settings)
    assert not (tmp_path / "by-nurse.db").exists()


def test_the_backup_holds_no_plaintext(admin_ws: Workspace, tmp_path: Path) -> None:
    backup = backup_database(admin_ws, tmp_path / "hai-1.db").path
    raw = backup.read_bytes() + key_slot_path(backup).read_bytes()
    for secret in ("Baek", "TR-7729561", "amber-training", "HAI-001", "SQLite format 3"):
        assert secret.encode() not in raw, secret
