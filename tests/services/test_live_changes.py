"""Each commit tells the workspace what it changed; another workstation's commits are found in
the audit trail (real encrypted demo database, two workspaces on one file)."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from hai_desktop.core.changes import Change
from hai_desktop.core.errors import ValidationError
from hai_desktop.services import allergies, screening
from hai_desktop.services.demo import DEMO_ACCOUNTS
from hai_desktop.services.patients import list_patients
from hai_desktop.services.workspace import Workspace, sign_in
from hai_desktop.settings import Settings

PASSWORDS = {account.username: account.password for account in DEMO_ACCOUNTS}


def patient_id(ws: Workspace, number: str) -> int:
    return next(p.id for p in list_patients(ws) if p.screening_number == number)


def amoxicillin(patient: int) -> allergies.AllergyInput:
    return allergies.AllergyInput(patient, "amoxicillin", "drug", "hives", "moderate", "patient",
                                  date.today() - timedelta(days=400))


def test_a_commit_tells_its_tables_and_patient(demo_db: Path, settings: Settings) -> None:
    nurse = sign_in(demo_db, "nurse", PASSWORDS["nurse"], settings)
    heard: list[Change] = []
    nurse.on_change(heard.append)
    target = patient_id(nurse, "S-0005")
    allergies.record_allergy(nurse, amoxicillin(target))
    assert len(heard) == 1, heard
    change = heard[0]
    assert "allergies" in change.tables and target in change.patient_ids
    assert not change.foreign and change.audit_seqs
    assert change.touches(target)
    nurse.sign_out()


def test_a_refused_or_read_only_unit_of_work_tells_nothing(demo_db: Path,
                                                           settings: Settings) -> None:
    nurse = sign_in(demo_db, "nurse", PASSWORDS["nurse"], settings)
    heard: list[Change] = []
    nurse.on_change(heard.append)
    target = patient_id(nurse, "S-0005")
    with pytest.raises(ValidationError):
        allergies.record_allergy(nurse, amoxicillin(target).__class__(
            target, "", "drug", "hives", "moderate", "patient", date.today()))
    allergies.allergy_status_of(nurse, target)
    nurse.lock("manual")  # an audit row about the session: nothing shown depends on it
    nurse.unlock(PASSWORDS["nurse"])
    assert heard == []
    nurse.sign_out()


def test_another_workstations_commit_is_found_once_and_not_our_own(
        demo_db: Path, settings: Settings) -> None:
    here = sign_in(demo_db, "nurse", PASSWORDS["nurse"], settings)
    there = sign_in(demo_db, "nurse2", PASSWORDS["nurse2"], settings)
    heard: list[Change] = []
    here.on_change(heard.append)
    allergies.record_allergy(here, amoxicillin(patient_id(here, "S-0005")))
    assert here.poll_changes() is None, "our own commit is not another workstation's"
    heard.clear()
    allergies.record_allergy(there, amoxicillin(patient_id(there, "S-0001")))
    change = here.poll_changes()
    assert change is not None and change.foreign and "allergies" in change.tables
    assert change.touches(patient_id(here, "S-0001"))
    assert heard == [change]
    assert here.poll_changes() is None, "found once"
    here.lock("idle")
    allergies.record_allergy(there, amoxicillin(patient_id(there, "S-0006")).__class__(
        patient_id(there, "S-0006"), "penicillin", "drug", "rash", "mild", "patient",
        date.today()))
    assert here.poll_changes() is None, "nothing is polled while locked"
    here.unlock(PASSWORDS["nurse"])
    assert here.poll_changes() is not None, "and it is found after the unlock"
    there.sign_out()
    here.sign_out()


def test_events_tell_nothing_here_or_elsewhere(demo_db: Path, settings: Settings) -> None:
    """A printed screening log (an audit event, no record written) reloads no screen: neither
    at the workstation that printed it nor at another one; a failed listener does not keep
    the next one from hearing of a real change."""
    here = sign_in(demo_db, "investigator", PASSWORDS["investigator"], settings)
    there = sign_in(demo_db, "nurse2", PASSWORDS["nurse2"], settings)
    heard: list[Change] = []

    def gone(_change: Change) -> None:
        raise RuntimeError("Signal source has been deleted")

    here.on_change(gone)
    here.on_change(heard.append)
    there.poll_changes()
    assert screening.screening_log_pdf(here).startswith(b"%PDF")
    assert heard == []
    assert there.poll_changes() is None, "a print elsewhere is not a change"
    allergies.record_allergy(here, amoxicillin(patient_id(here, "S-0005")))
    assert len(heard) == 1 and "allergies" in heard[0].tables
    here.remove_change_listener(heard.append)
    allergies.record_allergy(here, amoxicillin(patient_id(here, "S-0001")))
    assert len(heard) == 1, "a removed listener hears nothing more"
    here.sign_out()
    there.sign_out()


def test_a_poll_overlapping_our_own_commit_on_the_server_waits_for_it(
        server_demo: Settings) -> None:
    """On the shared server a commit is visible to the poll before this workstation has
    noted its rows as its own (the listeners run after the commit, on the committing thread):
    a poll in that moment must not report our own change as another workstation's."""
    import threading

    from hai_desktop.services.workspace import sign_in_server

    nurse = sign_in_server(server_demo, "nurse", PASSWORDS["nurse"])
    committed, release = threading.Event(), threading.Event()

    def hold_after_commit(_change: Change) -> None:
        committed.set()
        release.wait(10)

    # Held between the commit and the workspace's noting it as its own: the moment of the race.
    nurse.db.remove_change_listener(nurse._on_own_change)
    nurse.db.add_change_listener(hold_after_commit)
    nurse.db.add_change_listener(nurse._on_own_change)
    target = patient_id(nurse, "S-0005")
    writer = threading.Thread(target=allergies.record_allergy,
                              args=(nurse, amoxicillin(target)))
    writer.start()
    try:
        assert committed.wait(10)
        assert nurse.poll_changes() is None, "our own rows, not yet known as ours"
    finally:
        release.set()
        writer.join(10)
    assert nurse.poll_changes() is None, "and known as ours once the commit is through"
    nurse.sign_out()
