"""Attack 1 of issue #18, its second half: every signed-in person holds the database key, so
a nurse could read the arms of unopened envelopes with raw SQL. On the encrypted file the arms
are sealed under the allocation list's own key, wrapped only to administrators, coordinators
and investigators; the nurse's raw SQL finds ciphertext, and her own keys open no wrap."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from hai_desktop.core.arms import Arm
from hai_desktop.core.errors import ConflictError, IntegrityFailure
from hai_desktop.core.roles import Role
from hai_desktop.services import randomization as rnd
from hai_desktop.services import users
from hai_desktop.services.demo import DEMO_ACCOUNTS
from hai_desktop.services.integrity import verify_file
from hai_desktop.services.workspace import sign_in
from hai_desktop.settings import Settings
from hai_desktop.store.keyslots import KeySlotFile, key_slot_path
from tests.helpers import database_key, first_sign_in, raw_connection

PASSWORDS = {a.username: a.password for a in DEMO_ACCOUNTS}


def _unopened(demo_db: Path) -> list[tuple[str, str, str | None]]:
    key = database_key(demo_db, "nurse", PASSWORDS["nurse"])
    with raw_connection(demo_db, key) as conn:
        return conn.execute("SELECT number, arm, sealed_card FROM envelopes "
                            "WHERE status = 'unused'").fetchall()


def test_a_nurse_with_the_database_key_reads_no_unopened_arm(demo_db: Path) -> None:
    rows = _unopened(demo_db)
    assert len(rows) > 10
    assert {arm for _n, arm, _s in rows} == {"sealed"}
    assert all(sealed and len(sealed) >= 40 for _n, _a, sealed in rows)  # nonce + ciphertext
    # Her own keys (from her password) open none of the list's wraps.
    nurse_keys = KeySlotFile.load(key_slot_path(demo_db)).open_slot(
        "nurse", PASSWORDS["nurse"]).keys
    assert nurse_keys is not None
    key = database_key(demo_db, "nurse", PASSWORDS["nurse"])
    with raw_connection(demo_db, key) as conn:
        wraps = conn.execute("SELECT username, wrap, list_id FROM allocation_key_wraps"
                             ).fetchall()
    assert wraps and "nurse" not in {w[0] for w in wraps}
    for _user, wrap, list_id in wraps:
        with pytest.raises(Exception):  # noqa: B017 (InvalidTag: not hers)
            nurse_keys.unwrap(json.loads(wrap),
                              f"hai-desktop allocation list key|{list_id}".encode())


def test_the_randomizing_roles_open_them_and_a_new_coordinator_at_once(
        demo_db: Path, settings: Settings) -> None:
    coordinator = sign_in(demo_db, "coordinator", PASSWORDS["coordinator"], settings)
    number = _unopened(demo_db)[0][0]
    assert rnd.peek_card_for_training(coordinator, number) in (Arm.HAI, Arm.CONTROL)
    coordinator.sign_out()
    admin = sign_in(demo_db, "admin", PASSWORDS["admin"], settings)
    users.add_user(admin, username="coord2", full_name="Second Coordinator",
                   role=Role.COORDINATOR, temporary_password="coral-temporary-2")
    admin.sign_out()
    new = first_sign_in(demo_db, "coord2", "coral-temporary-2", "second-coral-22", settings)
    assert rnd.peek_card_for_training(new, number) in (Arm.HAI, Arm.CONTROL)
    new.sign_out()


def test_a_sealed_card_moved_to_another_envelope_stops_randomization(
        demo_db: Path, settings: Settings) -> None:
    rows = _unopened(demo_db)
    first, second = rows[0], rows[1]
    key = database_key(demo_db, "nurse", PASSWORDS["nurse"])
    with raw_connection(demo_db, key) as conn:
        conn.execute("DROP TRIGGER envelopes_sealed")
        conn.execute("UPDATE envelopes SET sealed_card = ? WHERE number = ?",
                     (second[2], first[0]))
    report = verify_file(demo_db, "admin", PASSWORDS["admin"], settings)
    assert not report.ok and report.allocation_list_problem is not None
    coordinator = sign_in(demo_db, "coordinator", PASSWORDS["coordinator"], settings)
    with pytest.raises((IntegrityFailure, ConflictError)):
        rnd.peek_card_for_training(coordinator, first[0])
    coordinator.sign_out()
