"""Two application instances on one file: two processes signed in at the same time, each
recording lab results and the adverse events graded from them for its own patient. SQLite's
locking with the busy timeout lets both through; every reported write is kept, the counts add
up, and the file and the audit chain verify afterwards."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from sqlalchemy import func, select

from hai_desktop.services.demo import DEMO_ACCOUNTS
from hai_desktop.services.workspace import Workspace, sign_in
from hai_desktop.settings import Settings
from hai_desktop.store.models import AdverseEvent, AuditEntry, LabResult
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
