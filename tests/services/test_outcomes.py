"""The primary endpoint on a real encrypted file: the demo's outcomes, recording for a newly
randomized patient, every refusal with its field (and nothing written), correction with a reason
audited with old and new values."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from hai_desktop.core.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from hai_desktop.services import outcomes
from hai_desktop.services.outcomes import OutcomeInput
from hai_desktop.services.workspace import Workspace
from hai_desktop.store.models import AuditEntry
from tests.helpers import audit_head_seq, audit_rows_after, database_key, record_snapshot
from tests.services.conftest import PASSWORDS, People, pid, randomize_waiting_patient

TODAY = date.today()


def test_the_demo_has_one_r0_resection_and_the_others_not_yet(people: People) -> None:
    monitor = people["monitor"]
    found = {number: outcomes.outcome_of(monitor, pid(monitor, number))
             for number in ("S-0004", "S-0005", "S-0006", "S-0007")}
    resected = found["S-0007"]
    assert resected is not None
    assert (resected.liver_resection, resected.surgery_date, resected.margin,
            resected.recorded_by) == ("yes", TODAY, "R0", "investigator")
    assert "hemihepatectomy" in resected.note
    for number in ("S-0004", "S-0005", "S-0006"):
        view = found[number]
        assert view is not None
        assert (view.liver_resection, view.surgery_date, view.margin) == ("not yet", None, None)
    with pytest.raises(ConflictError, match="S-0003 is not randomized"):
        outcomes.outcome_of(monitor, pid(monitor, "S-0003"))


def test_the_investigator_records_a_resection_and_it_is_audited(
        people: People, demo_db: Path) -> None:
    patient_id = randomize_waiting_patient(people)
    investigator = people["investigator"]
    assert outcomes.outcome_of(investigator, patient_id) is None
    key = database_key(demo_db, "admin", PASSWORDS["admin"])
    seq = audit_head_seq(demo_db, key)
    outcomes.record_outcome(investigator, OutcomeInput(
        patient_id, "Yes", TODAY, "r1", "  left lateral sectionectomy  "))
    view = outcomes.outcome_of(investigator, patient_id)
    assert view is not None
    assert (view.liver_resection, view.surgery_date, view.margin, view.note, view.updated_by
            ) == ("yes", TODAY, "R1", "left lateral sectionectomy", None)
    ((action, entity, _id, new),) = audit_rows_after(demo_db, key, seq)
    assert (action, entity) == ("create", "resection_outcomes")
    assert json.loads(new)["margin"] == "R1" and json.loads(new)["recorded_by"] == "investigator"
    with pytest.raises(ConflictError, match="already recorded"):
        outcomes.record_outcome(investigator, OutcomeInput(patient_id, "not yet"))


@pytest.mark.parametrize("given, field, message", [
    (("maybe", None, None), "liver_resection", "yes, no or not yet"),
    (("yes", None, "R0"), "surgery_date", "Enter the date"),
    (("yes", TODAY + timedelta(days=1), "R0"), "surgery_date", "in the future"),
    (("yes", TODAY - timedelta(days=1), "R0"), "surgery_date", "before randomization"),
    (("yes", TODAY, None), "margin", "R0, R1 or R2"),
    (("yes", TODAY, "R3"), "margin", "R0, R1 or R2"),
    (("no", TODAY, None), "surgery_date", "only for a resection"),
    (("not yet", None, "R0"), "margin", "only for a resection"),
])
def test_a_wrong_outcome_is_refused_with_its_field_and_nothing_is_written(
        people: People, demo_db: Path, given: tuple[str, date | None, str | None], field: str,
        message: str) -> None:
    patient_id = randomize_waiting_patient(people)
    investigator = people["investigator"]  # signed in (an audited event) before the snapshot
    key = database_key(demo_db, "admin", PASSWORDS["admin"])
    before = audit_head_seq(demo_db, key), record_snapshot(demo_db, key)
    with pytest.raises(ValidationError, match=message) as info:
        outcomes.record_outcome(investigator, OutcomeInput(patient_id, *given))
    assert info.value.field == field
    assert (audit_head_seq(demo_db, key), record_snapshot(demo_db, key)) == before


def test_only_randomized_patients_and_only_the_investigator(people: People) -> None:
    investigator = people["investigator"]
    with pytest.raises(ConflictError, match="not randomized"):
        outcomes.record_outcome(investigator, OutcomeInput(pid(investigator, "S-0003"),
                                                           "not yet"))
    with pytest.raises(NotFound):
        outcomes.record_outcome(investigator, OutcomeInput(99999, "not yet"))
    for username in ("coordinator", "nurse", "admin", "monitor"):
        ws: Workspace = people[username]
        with pytest.raises(PermissionDenied, match="may not record the liver resection"):
            outcomes.correct_outcome(ws, OutcomeInput(pid(ws, "S-0005"), "no"), "reviewed")


def test_a_correction_needs_a_reason_and_keeps_old_and_new_values(
        people: People, demo_db: Path) -> None:
    investigator = people["investigator"]
    patient_id = pid(investigator, "S-0005")
    resected = OutcomeInput(patient_id, "yes", TODAY, "R2", "debulking only")
    with pytest.raises(ValidationError, match="reason") as info:
        outcomes.correct_outcome(investigator, resected, "  ")
    assert info.value.field == "reason"
    key = database_key(demo_db, "admin", PASSWORDS["admin"])
    seq = audit_head_seq(demo_db, key)
    outcomes.correct_outcome(investigator, resected, "operation report arrived")
    view = outcomes.outcome_of(investigator, patient_id)
    assert view is not None and (view.liver_resection, view.margin, view.updated_by) == (
        "yes", "R2", "investigator")
    with investigator.db.read_session() as session:
        (row,) = session.scalars(select(AuditEntry).where(AuditEntry.seq > seq))
    assert (row.action, row.entity, row.reason) == ("update", "resection_outcomes",
                                                     "operation report arrived")
    old, new = json.loads(row.old_values or "{}"), json.loads(row.new_values or "{}")
    assert (old["liver_resection"], old["margin"], old["surgery_date"]) == ("not yet", None,
                                                                            None)
    assert (new["liver_resection"], new["margin"], new["surgery_date"]) == (
        "yes", "R2", TODAY.isoformat())
    with pytest.raises(ValidationError, match="Nothing was changed"):
        outcomes.correct_outcome(investigator, resected, "again")
    waiting = randomize_waiting_patient(people)
    with pytest.raises(NotFound, match="record it first"):
        outcomes.correct_outcome(investigator, OutcomeInput(waiting, "no"), "typo")
