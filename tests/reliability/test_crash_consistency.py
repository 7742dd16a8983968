"""Crash consistency: a worker process writes orders (drafted, signed, voided), lab results with
the adverse events graded from them, and catheter inspections through the real services on a
copy of the demo database. It is killed with SIGKILL at a random moment — while signing in
(key file and audit anchor being rewritten) or while writing — and the file is reopened after
every kill: every write the worker reported is there whole, nothing half-written is visible,
SQLCipher's and SQLite's integrity checks pass, and the audit chain verifies against its anchor.
The kills accumulate on the same file.

Runs:
    default (10 kills, ~30 s):
        .venv/bin/python -m pytest tests/reliability/test_crash_consistency.py -q
    extended (200 kills, several minutes):
        HAI_EXTENDED=1 .venv/bin/python -m pytest tests/reliability/test_crash_consistency.py -q
        .venv/bin/python -m pytest tests/reliability --extended -q
    replay a failure: HAI_CRASH_SEED=<the seed printed> (HAI_CRASH_KILLS=<n> sets the count);
    add -s to see the seed and the summary of a passing run.
"""

from __future__ import annotations

import os
import random
import sys
import time
from pathlib import Path

import pytest

from hai_desktop.services.demo import DEMO_ACCOUNTS
from hai_desktop.services.integrity import check_database
from hai_desktop.services.workspace import sign_in
from hai_desktop.settings import Settings
from hai_desktop.store.keyslots import KeySlotFile, key_slot_path
from tests.helpers import database_key, raw_connection
from tests.reliability.checks import Reported, consistency_problems
from tests.reliability.processes import Worker

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")

DEFAULT_KILLS, EXTENDED_KILLS = 10, 200
SIGN_IN_KILL_SHARE = 0.25  # this share of kills aims at the sign-in (key file rewrite)
MAX_WRITING_S = 1.0  # a kill comes up to this long after the worker started writing
PASSWORDS = {a.username: a.password for a in DEMO_ACCOUNTS}


def kill_count(extended: bool) -> int:
    return int(os.environ.get("HAI_CRASH_KILLS") or (EXTENDED_KILLS if extended
                                                     else DEFAULT_KILLS))


def run_seed() -> int:
    return int(os.environ.get("HAI_CRASH_SEED") or random.SystemRandom().randrange(2**32))


def stray_key_files(db: Path) -> list[Path]:
    """Temporary key files a kill left behind between writing and renaming them (each a copy
    of every key slot, a removed user's included)."""
    return sorted(db.parent.glob(key_slot_path(db).name + ".*.tmp"))


def test_the_checks_see_half_written_records_and_lost_reported_writes(
        demo_db: Path, settings: Settings) -> None:
    """The checks themselves can fail: an order without one of its lines, a lab result stored
    without its audit row, an order that stayed a draft although reported signed, and an
    inspection reported but missing are each found."""
    ws = sign_in(demo_db, "investigator", PASSWORDS["investigator"], settings)
    try:
        assert consistency_problems(ws, Reported()) == []
    finally:
        ws.sign_out()
    with raw_connection(demo_db, database_key(demo_db, "investigator",
                                              PASSWORDS["investigator"])) as conn:
        order_id, line_id = conn.execute(
            "SELECT order_id, id FROM order_lines ORDER BY id LIMIT 1").fetchone()
        conn.execute("DELETE FROM order_lines WHERE id = ?", (line_id,))
        conn.execute("INSERT INTO lab_results (patient_id, term, value_text, value, unit, "
                     "grade, taken_on, recorded_by, recorded_at, voided) SELECT patient_id, "
                     "term, value_text, value, unit, grade, taken_on, recorded_by, recorded_at, "
                     "0 FROM lab_results LIMIT 1")
        (draft,) = conn.execute("SELECT max(id) FROM orders").fetchone()
        conn.execute("UPDATE orders SET status = 'draft' WHERE id = ?", (draft,))
    reported = Reported()
    for line in (f"committed order-signed {draft}", "committed inspection 999999"):
        assert reported.take(line)
    ws = sign_in(demo_db, "investigator", PASSWORDS["investigator"], settings)
    try:
        problems = "\n".join(consistency_problems(ws, reported))
    finally:
        ws.sign_out()
    assert f"order #{order_id} has lines" in problems
    assert f"('order_lines', '{line_id}') is in the audit trail but not stored" in problems
    assert "('lab_results'" in problems and "stored without its audit trail" in problems
    assert f"order #{draft} is draft, reported signed" in problems
    assert "inspection #999999 reported but missing" in problems


@pytest.mark.slow
def test_every_reported_write_survives_sigkill_whole_and_the_file_verifies(
        demo_db: Path, settings: Settings, tmp_path: Path, extended: bool) -> None:
    seed, kills = run_seed(), kill_count(extended)
    print(f"crash consistency: seed {seed}, {kills} kills (replay: HAI_CRASH_SEED={seed})")
    rng = random.Random(seed)
    reported = Reported()
    killed_in_sign_in = killed_writing = 0
    started = time.monotonic()
    for kill in range(kills):
        where = f"seed {seed}, kill {kill + 1}/{kills}"
        worker = Worker(["crash", str(demo_db), str(rng.randrange(2**32))],
                        tmp_path / f"worker-{kill}.log")
        try:
            worker.wait_for("signing-in")
            if rng.random() < SIGN_IN_KILL_SHARE:
                time.sleep(rng.uniform(0.0, 0.15))
                killed_in_sign_in += 1
            else:
                worker.wait_for("ready")
                time.sleep(rng.uniform(0.0, MAX_WRITING_S))
                killed_writing += 1
        finally:
            was_running = worker.kill()
        worker.finish()
        assert was_running, f"{where}: the worker stopped by itself:\n{worker.stderr()}"
        for line in worker.lines:
            reported.take(line)

        KeySlotFile.load(key_slot_path(demo_db))  # whole JSON, or this raises
        ws = sign_in(demo_db, "investigator", PASSWORDS["investigator"], settings)
        try:
            problems = consistency_problems(ws, reported)
        finally:
            ws.sign_out()
        assert not problems, f"{where}: " + "\n".join(problems[:20])

        # A temporary key file left by the kill is a stale copy of every key slot: the
        # next rewrite (the sign-in above) must have removed it.
        assert stray_key_files(demo_db) == [], f"{where}: temporary key files left behind"

    elapsed = time.monotonic() - started
    print(f"crash consistency: {kills} kills ({killed_in_sign_in} aimed at sign-in, "
          f"{killed_writing} while writing) in {elapsed:.1f} s; {reported.count} reported "
          f"writes ({len(reported.orders)} orders, {len(reported.labs)} labs, "
          f"{len(reported.events)} events, {len(reported.inspections)} inspections) all "
          f"verified")
    # The run must have written something worth checking, or it proved nothing.
    assert reported.orders and reported.labs and reported.events and reported.inspections, (
        f"seed {seed}: the workers reported too little to check: {reported}")


KEY_FILE_KILLS, EXTENDED_KEY_FILE_KILLS = 20, 200


@pytest.mark.slow
def test_the_key_file_is_whole_after_a_kill_while_it_is_rewritten(
        demo_db: Path, settings: Settings, tmp_path: Path, extended: bool) -> None:
    """The key file (every user's key slot, the audit anchor) is rewritten on each commit and
    sign-in; a kill in the middle must leave the old file or the new one, never a mix. The
    worker rewrites it back to back, at its largest (a full queue of sign-in failures)."""
    seed = run_seed()
    print(f"key file: seed {seed} (replay: HAI_CRASH_SEED={seed})")
    rng = random.Random(seed)
    keys = key_slot_path(demo_db)
    before = KeySlotFile.load(keys)
    db_key = before.unwrap("investigator", PASSWORDS["investigator"])
    anchor = before.verified_anchor(db_key)
    saves = 0
    kills = EXTENDED_KEY_FILE_KILLS if extended else KEY_FILE_KILLS
    for kill in range(kills):
        worker = Worker([str(demo_db)], tmp_path / f"key-worker-{kill}.log",
                        module="key_file_worker")
        try:
            worker.wait_for("ready")
            time.sleep(rng.uniform(0.0, 0.5))
        finally:
            was_running = worker.kill()
        worker.finish()
        assert was_running, f"seed {seed}: the worker stopped by itself:\n{worker.stderr()}"
        saves += sum(line.startswith("saved") for line in worker.lines)
        after = KeySlotFile.load(keys)  # damaged JSON raises DatabaseFileError
        where = f"seed {seed}, kill {kill + 1}"
        assert after.slots == before.slots, f"{where}: key slots changed"
        assert after.verified_anchor(db_key) == anchor, f"{where}: anchor changed"
        assert after.failure_count("intruder") >= saves, f"{where}: a reported save was lost"
    print(f"key file: {kills} kills during {saves} rewrites")
    assert saves > kills, "the worker hardly rewrote the key file: nothing was tested"
    ws = sign_in(demo_db, "investigator", PASSWORDS["investigator"], settings)
    try:
        assert check_database(ws.db, ws.slots).ok
    finally:
        ws.sign_out()
    assert stray_key_files(demo_db) == [], "a rewrite left stale copies of the key slots"
