"""Two application instances on one file: two processes signed in at the same time, each
recording lab results and the adverse events graded from them for its own patient. SQLite's
locking with the busy timeout lets both through; every reported write is kept, the counts add
up, and the file and the audit chain verify afterwards. A save blocked for longer than the busy
timeout is refused with the project's own error saying the file is in use on another
workstation — never SQLite's "database is locked" — and nothing of it is saved."""

from __future__ import annotations

import itertools
import time
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from hai_desktop.core.errors import DatabaseInUse
from hai_desktop.services import labs
from hai_desktop.services.demo import DEMO_ACCOUNTS
from hai_desktop.services.patients import list_patients
from hai_desktop.services.workspace import Workspace, sign_in
from hai_desktop.settings import Settings
from hai_desktop.store.models import AdverseEvent, AuditEntry, LabResult
from tests.conftest import make_settings
from tests.reliability.checks import Reported, consistency_problems
from tests.reliability.processes import Worker

PASSWORDS = {a.username: a.password for a in DEMO_ACCOUNTS}
WRITING_S = 3.0
INSTANCES = (("nurse", "S-0005"), ("coordinator", "S-0006"))


def counts(ws: Workspace) -> tuple[int, int]:
    with ws.db.read_session() as session:
        return (session.scalar(select(func.count(LabResult.id))) or 0,
                session.scalar(select(func.count(AdverseEvent.id))) or 0)


def lab_writers_in_order(ws: Workspace, since_seq: int) -> list[str]:
    """Who created each lab result after `since_seq`, in the order of the audit chain."""
    with ws.db.read_session() as session:
        return list(session.scalars(select(AuditEntry.username).where(
            AuditEntry.seq > since_seq, AuditEntry.entity == "lab_results",
            AuditEntry.action == "create").order_by(AuditEntry.seq)))


@pytest.mark.slow
def test_two_workstations_writing_at_once_both_succeed_and_every_write_is_kept(
        demo_db: Path, settings: Settings, tmp_path: Path) -> None:
    checker = sign_in(demo_db, "investigator", PASSWORDS["investigator"], settings)
    try:
        labs_before, events_before = counts(checker)
        seq_before = checker.db.audit_head()[0]
    finally:
        checker.sign_out()
    workers = [Worker(["instance", str(demo_db), user, number, str(WRITING_S)],
                      tmp_path / f"{user}.log") for user, number in INSTANCES]
    for worker in workers:
        worker.wait_for("ready")
    for worker in workers:
        worker.send("go")
    codes = [worker.finish(timeout=WRITING_S + 60) for worker in workers]

    for worker, code in zip(workers, codes, strict=True):
        # Any exception but our own error would end the worker with a traceback.
        assert code == 0 and worker.lines[-1] == "done", worker.stderr()
        # The busy timeout (5 s) is far longer than one save: nobody should be turned away.
        assert not [line for line in worker.lines if line.startswith("refused")], worker.lines
    reports = [Reported() for _ in workers]
    for worker, reported in zip(workers, reports, strict=True):
        for line in worker.lines:
            reported.take(line)
        assert len(reported.labs) >= 10 and len(reported.events) == len(reported.labs)
    everything = Reported()
    for reported in reports:
        everything.labs |= reported.labs
        everything.events |= reported.events

    checker = sign_in(demo_db, "investigator", PASSWORDS["investigator"], settings)
    try:
        assert consistency_problems(checker, everything) == []
        labs_after, events_after = counts(checker)
        writers = lab_writers_in_order(checker, seq_before)
    finally:
        checker.sign_out()
    assert labs_after - labs_before == sum(len(r.labs) for r in reports)
    assert events_after - events_before == sum(len(r.events) for r in reports)
    # They really wrote at the same time: the chain alternates between the two many times.
    switches = sum(a != b for a, b in itertools.pairwise(writers))
    assert switches >= 5, f"the two instances hardly overlapped: {writers}"


@pytest.fixture
def impatient(tmp_path: Path) -> Settings:
    """A busy timeout short enough for a test to outlast it."""
    return make_settings(tmp_path, busy_timeout_ms=300)


def _alt(ws: Workspace) -> labs.LabInput:
    return labs.LabInput(patient_id=list_patients(ws, "S-0005")[0].id,
                         term="Alanine aminotransferase increased", value="52 U/L",
                         taken_on=date.today())


@pytest.mark.slow
def test_a_save_blocked_longer_than_the_busy_timeout_is_refused_with_our_message(
        demo_db: Path, impatient: Settings, tmp_path: Path) -> None:
    nurse = sign_in(demo_db, "nurse", PASSWORDS["nurse"], impatient)
    try:
        lab = _alt(nurse)
        labs_before = counts(nurse)[0]
        other = Worker(["hold", str(demo_db), "coordinator"], tmp_path / "hold.log")
        try:
            other.wait_for("holding")
            started = time.monotonic()
            with pytest.raises(DatabaseInUse) as refused:
                labs.record_lab(nurse, lab)
            waited = time.monotonic() - started
        finally:
            other.send("release")
            assert other.finish() == 0, other.stderr()
        text = str(refused.value)
        assert text.startswith("Nothing was saved: ") and "is locked" not in text, text
        assert "in use on another workstation" in text and "try again" in text, text
        assert refused.value.title == "Database in use"
        assert waited >= 0.3  # it waited the busy timeout before giving up
        assert counts(nurse)[0] == labs_before
        # The same save goes through once the other workstation has finished.
        labs.record_lab(nurse, lab)
        assert counts(nurse)[0] == labs_before + 1
        assert nurse.anchor_problem is None
    finally:
        nurse.sign_out()


@pytest.mark.slow
def test_screens_still_read_and_the_anchor_check_passes_while_another_workstation_saves(
        demo_db: Path, impatient: Settings, tmp_path: Path) -> None:
    """Reading needs no write lock (each read sees the last committed state), so a long save
    elsewhere neither blocks a screen nor passes for a damaged audit trail."""
    nurse = sign_in(demo_db, "nurse", PASSWORDS["nurse"], impatient)
    try:
        patient = list_patients(nurse, "S-0005")[0].id
        shown = len(labs.labs_for_patient(nurse, patient))
        other = Worker(["hold", str(demo_db), "coordinator"], tmp_path / "hold.log")
        try:
            other.wait_for("holding")
            assert len(labs.labs_for_patient(nurse, patient)) == shown
            assert nurse.check_anchor() is None
            assert nurse.db.audit_head()[0] > 0
        finally:
            other.send("release")
            assert other.finish() == 0, other.stderr()
        assert nurse.anchor_problem is None
        labs.record_lab(nurse, _alt(nurse))  # and the anchor moves on with the next save
        assert nurse.slots.verified_anchor(nurse.db.key) == nurse.db.audit_head()
    finally:
        nurse.sign_out()
