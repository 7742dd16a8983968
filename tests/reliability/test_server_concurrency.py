"""Eight workstations on one PostgreSQL server at once (eight processes), each randomizing new
candidates in the same stratum and signing their first orders. Afterwards: no envelope given
twice, envelopes used in their order with no gap, every write a worker was told was saved is
there (no lost write), study IDs unique, and the audit chain and every record verify."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from hai_desktop.services import randomization
from hai_desktop.services.integrity import verify_file
from hai_desktop.services.workspace import sign_in_server
from hai_desktop.settings import Settings
from hai_desktop.store.server import ServerAddress
from tests.server import run_sql
from tests.services.conftest import PASSWORDS

WORKERS = 8
ROUNDS = 3
REPO = Path(__file__).resolve().parents[2]


def _start(settings: Settings, index: int, folder: Path) -> subprocess.Popen[str]:
    data = folder / f"workstation-{index}"
    data.mkdir(parents=True)
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.Popen(
        [sys.executable, "-m", "tests.reliability.server_worker", settings.server_url,
         str(settings.server_sslrootcert), str(data), str(index), str(ROUNDS)],
        cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


@pytest.mark.slow
def test_eight_workstations_randomize_and_order_at_once_without_a_lost_write(
        server_demo: Settings, tmp_path: Path) -> None:
    coordinator = sign_in_server(server_demo, "coordinator", PASSWORDS["coordinator"])
    try:  # enough envelopes in the stratum for everyone: the same seed, a longer list
        randomization.generate_list(coordinator, 60,
                                    reason="TRAINING: longer list for the concurrency test")
    finally:
        coordinator.sign_out()
    address = ServerAddress.from_settings(server_demo)
    used_before = {str(r[0]) for r in run_sql(address, "SELECT number FROM envelopes "
                                                       "WHERE status <> 'unused'")}
    events_before = _randomize_events(address)

    workers = [_start(server_demo, i, tmp_path) for i in range(WORKERS)]
    deadline = time.monotonic() + 120
    while len(list(tmp_path.glob("workstation-*"))) < WORKERS and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(2.0)  # every worker signed in (argon2) before the start signal
    (tmp_path / "go").touch()
    outputs = [w.communicate(timeout=600) for w in workers]
    for worker, (_out, err) in zip(workers, outputs, strict=True):
        assert worker.returncode == 0, err[-3000:]
    reported = [json.loads(line) for out, _ in outputs for line in out.splitlines()]
    randomized = [r for r in reported if r["kind"] == "randomized"]
    ordered = [r for r in reported if r["kind"] == "order"]
    assert len(randomized) == len(ordered) == WORKERS * ROUNDS

    # No envelope twice, no study ID twice; each on the patient it was reported for.
    envelopes = Counter(r["envelope"] for r in randomized)
    assert max(envelopes.values()) == 1 and not set(envelopes) & used_before
    assert len({r["study_id"] for r in randomized}) == len(randomized)
    on_server = {int(p): (str(n), str(s)) for p, n, s in run_sql(
        address, "SELECT e.patient_id, e.number, p.study_id FROM envelopes e "
                 "JOIN patients p ON p.id = e.patient_id")}
    for r in randomized:
        assert on_server[r["patient_id"]] == (r["envelope"], r["study_id"])
    # Envelopes were opened in their order: nothing unused before the last one used.
    rows = run_sql(address, "SELECT stratum, sequence, status FROM envelopes e JOIN "
                            "allocation_lists l ON l.id = e.list_id WHERE l.active "
                            "ORDER BY stratum, sequence")
    for stratum in {str(r[0]) for r in rows}:
        statuses = [str(r[2]) for r in rows if r[0] == stratum]
        last_taken = max((i for i, s in enumerate(statuses) if s != "unused"), default=-1)
        assert "unused" not in statuses[:last_taken + 1], stratum
    # Every reported order is there, signed, with its lines.
    for r in ordered:
        status, lines = run_sql(address, f"SELECT o.status, (SELECT count(*) FROM order_lines l "
                                         f"WHERE l.order_id = o.id) FROM orders o "
                                         f"WHERE o.id = {int(r['order_id'])}")[0]
        assert status == "signed" and int(lines) > 0  # type: ignore[call-overload]
    print(f"{WORKERS} workstations: {len(randomized)} randomizations, "
          f"{sum(r['races'] for r in randomized)} envelopes taken by another between offer "
          "and click (retried)")
    # The chain (walked from row 1, with this workstation's anchor) and every record verify.
    report = verify_file(Path("unused"), "admin", PASSWORDS["admin"], server_demo)
    assert report.ok, report.first_problem()
    assert report.chain is not None
    assert _randomize_events(address) == events_before + len(randomized)


def _randomize_events(address: ServerAddress) -> int:
    rows = run_sql(address, "SELECT count(*) FROM audit_trail WHERE action = 'randomize'")
    return int(rows[0][0])  # type: ignore[call-overload]
