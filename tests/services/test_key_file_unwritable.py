"""The key file cannot be written (its disk is full) just after a record was committed: the
save is reported as saved, because it is; the anchor trails and catches up at the next commit
that can write it, and `verify` accepts the trailing anchor."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from hai_desktop.services import labs
from hai_desktop.services.integrity import check_database
from hai_desktop.store.keyslots import KeySlotFile, key_slot_path
from tests.services.conftest import People, pid


def anchored_seq(db: Path) -> int:
    anchor = KeySlotFile.load(key_slot_path(db)).anchor
    assert anchor is not None
    return int(anchor["seq"])


def test_a_committed_save_stays_saved_when_the_anchor_cannot_be_written(
        people: People, demo_db: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    nurse = people["nurse"]
    patient_id = pid(nurse, "S-0006")
    before = anchored_seq(demo_db)
    blocker = tmp_path / "a-file"
    blocker.write_text("the key file's folder cannot be made here")
    real_path = nurse.slots.path
    nurse.slots.path = blocker / "hai-demo.db.keys"
    try:
        saved = labs.record_lab(nurse, labs.LabInput(
            patient_id, "Platelet count decreased", "140 x10^9/L", date.today()))
    finally:
        nurse.slots.path = real_path
    assert saved
    assert any("anchor not written" in r.getMessage() for r in caplog.records)
    assert anchored_seq(demo_db) == before, "the anchor trails the committed row"
    report = check_database(nurse.db, KeySlotFile.load(key_slot_path(demo_db)))
    assert report.ok, report.first_problem
    labs.record_lab(nurse, labs.LabInput(patient_id, "Platelet count decreased",
                                         "141 x10^9/L", date.today()))
    assert anchored_seq(demo_db) > before, "the next commit moves the anchor on"
    assert any(r.id == saved for r in labs.labs_for_patient(nurse, patient_id))
