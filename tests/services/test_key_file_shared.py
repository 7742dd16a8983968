"""The key file beside the database is shared by every session open on it (several
workstations): a session that saves it (each commit moves the audit anchor) must not write back
the stale copy it read at sign-in over what others wrote since — lockout counters, changed and
reset passwords."""

from __future__ import annotations

from pathlib import Path

import pytest

from hai_desktop.core.errors import AuthenticationError, LockedOutError
from hai_desktop.services.users import reset_password
from hai_desktop.services.workspace import sign_in
from hai_desktop.settings import Settings
from tests.conftest import make_settings
from tests.services.conftest import PASSWORDS, People

pytestmark = pytest.mark.file_only  # the key file beside the database

THRESHOLD = 3
WRONG = "not-my-password"


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return make_settings(tmp_path, lockout_threshold=THRESHOLD, lockout_base_delay_s=600.0)


def test_a_sign_in_lockout_survives_other_sessions_saving_the_key_file(
        people: People, settings: Settings) -> None:
    admin = people["admin"]  # a session open on the same file (another workstation)
    for _ in range(THRESHOLD):
        with pytest.raises(AuthenticationError):
            sign_in(people.path, "nurse", WRONG, settings)
    admin.record("noop", "session")  # any commit moves the audit anchor in the key file
    with pytest.raises(LockedOutError):
        sign_in(people.path, "nurse", PASSWORDS["nurse"], settings)


def test_a_changed_password_stays_changed_while_others_are_signed_in(
        people: People, settings: Settings) -> None:
    admin, nurse = people["admin"], people["nurse"]
    nurse.change_own_password(PASSWORDS["nurse"], "a-brand-new-secret")
    admin.record("noop", "session")
    with pytest.raises(AuthenticationError):
        sign_in(people.path, "nurse", PASSWORDS["nurse"], settings)
    sign_in(people.path, "nurse", "a-brand-new-secret", settings).sign_out()


def test_a_password_reset_by_the_administrator_is_not_undone_by_the_users_open_session(
        people: People, settings: Settings) -> None:
    nurse2 = people["nurse2"]  # still signed in at another workstation
    reset_password(people["admin"], "nurse2", "temporary-pass-7", "password written down")
    # The reset gave the database a new key; the open session's slot is gone, so it ends.
    with pytest.raises(AuthenticationError, match="changed by an administrator"):
        nurse2.record("noop", "session")
    with pytest.raises(AuthenticationError):
        sign_in(people.path, "nurse2", PASSWORDS["nurse2"], settings)
    sign_in(people.path, "nurse2", "temporary-pass-7", settings).sign_out()


def test_a_deactivated_users_key_slot_is_not_written_back_by_another_session(
        people: People) -> None:
    from hai_desktop.services.users import deactivate_user
    from hai_desktop.store.keyslots import KeySlotFile, key_slot_path

    nurse = people["nurse"]
    deactivate_user(people["admin"], "pharmacist", "left the unit")
    nurse.record("noop", "session")
    assert "pharmacist" not in KeySlotFile.load(key_slot_path(people.path)).usernames()


def test_failures_noted_for_the_next_sign_in_are_audited_once_whatever_others_save(
        people: People, settings: Settings) -> None:
    from hai_desktop.services.audit_trail import audit_page

    admin = people["admin"]
    with pytest.raises(AuthenticationError):
        sign_in(people.path, "nurse", WRONG, settings)  # noted in the key file, database closed
    with pytest.raises(AuthenticationError):
        admin.confirm_password(WRONG, purpose="sign")  # audited at once, in the database
    admin.record("noop", "session")
    for _ in range(2):
        sign_in(people.path, "monitor", PASSWORDS["monitor"], settings).sign_out()
    rows = audit_page(admin, limit=30)
    assert [(r.action, r.entity_id) for r in rows].count(("sign_in_failed", "nurse")) == 1
    assert [(r.action, r.entity_id) for r in rows].count(("password_failed", "admin")) == 1
