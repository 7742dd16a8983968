"""Signing in: each user with their own password only; lockout; deactivation; recovery."""

from __future__ import annotations

import json
import shutil
import time
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import select

from hai_desktop.core.errors import (
    AuthenticationError,
    DatabaseFileError,
    LockedOutError,
    PermissionDenied,
)
from hai_desktop.services import users
from hai_desktop.services.audit_trail import audit_page
from hai_desktop.services.demo import DEMO_ACCOUNTS, DemoAccount
from hai_desktop.services.patients import list_patients
from hai_desktop.services.workspace import (
    Workspace,
    create_database,
    recover_with_code,
    sign_in,
)
from hai_desktop.settings import Settings
from hai_desktop.store.keyslots import key_slot_path
from hai_desktop.store.models import Role, User
from tests.helpers import file_digest


@pytest.mark.parametrize("account", DEMO_ACCOUNTS, ids=lambda a: a.username)
def test_each_role_signs_in_with_its_own_password_only(demo_db: Path, settings: Settings,
                                                       account: DemoAccount) -> None:
    ws = sign_in(demo_db, account.username, account.password, settings)
    assert (ws.user.username, ws.user.role) == (account.username, account.role)
    ws.sign_out()
    others = [a.password for a in DEMO_ACCOUNTS if a.password != account.password]
    with pytest.raises(AuthenticationError, match="User name or password is wrong"):
        sign_in(demo_db, account.username, others[0], settings)


def test_wrong_password_and_unknown_user_say_the_same_and_change_no_data(
        demo_db: Path, settings: Settings) -> None:
    before = file_digest(demo_db)
    messages = []
    for username, password in (("nurse", "not-her-password"), ("nobody", "navy-training")):
        with pytest.raises(AuthenticationError) as info:
            sign_in(demo_db, username, password, settings)
        messages.append(str(info.value))
    assert messages == ["User name or password is wrong."] * 2
    assert file_digest(demo_db) == before


def test_user_names_are_not_case_sensitive(demo_db: Path, settings: Settings) -> None:
    sign_in(demo_db, "  Nurse ", "navy-training", settings).sign_out()


def test_sign_in_and_out_are_audited(demo_db: Path, settings: Settings) -> None:
    sign_in(demo_db, "nurse", "navy-training", settings).sign_out()
    ws = sign_in(demo_db, "monitor", "mint-training", settings)
    rows = audit_page(ws, limit=3)
    ws.sign_out()
    assert [(r.action, r.username) for r in rows] == [
        ("sign_in", "monitor"), ("sign_out", "nurse"), ("sign_in", "nurse")]


def test_changing_a_password_keeps_the_data(demo_db: Path, settings: Settings) -> None:
    ws = sign_in(demo_db, "nurse", "navy-training", settings)
    patients_before = list_patients(ws)
    ws.change_own_password("navy-training", "a-new-long-secret")
    ws.sign_out()
    with pytest.raises(AuthenticationError):
        sign_in(demo_db, "nurse", "navy-training", settings)
    ws = sign_in(demo_db, "nurse", "a-new-long-secret", settings)
    assert list_patients(ws) == patients_before
    ws.sign_out()
    # Other users are unaffected.
    sign_in(demo_db, "admin", "amber-training", settings).sign_out()


def test_change_password_needs_the_current_one_and_the_policy(demo_db: Path,
                                                               settings: Settings) -> None:
    ws = sign_in(demo_db, "nurse", "navy-training", settings)
    with pytest.raises(AuthenticationError, match="password is wrong"):
        ws.change_own_password("guess", "a-new-long-secret")
    with pytest.raises(Exception, match="at least 10 characters"):
        ws.change_own_password("navy-training", "short")
    with pytest.raises(Exception, match="must not contain the user name"):
        ws.change_own_password("navy-training", "my-nurse-password")
    ws.sign_out()
    sign_in(demo_db, "nurse", "navy-training", settings).sign_out()


def test_deactivated_user_cannot_sign_in_even_with_an_old_key_slot(
        demo_db: Path, settings: Settings, tmp_path: Path) -> None:
    saved_slots = tmp_path / "slots-before.json"
    shutil.copy(key_slot_path(demo_db), saved_slots)
    ws = sign_in(demo_db, "admin", "amber-training", settings)
    users.deactivate_user(ws, "pharmacist", "left the unit")
    assert "pharmacist" not in ws.slots.usernames()
    ws.sign_out()
    with pytest.raises(AuthenticationError, match="User name or password is wrong"):
        sign_in(demo_db, "pharmacist", "pine-training", settings)
    # Someone restores the old key file: the slot opens the old key, which the deactivation
    # replaced (issue #18, attack 4: tests/security/test_revocation.py).
    shutil.copy(saved_slots, key_slot_path(demo_db))
    with pytest.raises(DatabaseFileError, match="older copy"):
        sign_in(demo_db, "pharmacist", "pine-training", settings)


def test_reset_password_forces_a_change(demo_db: Path, settings: Settings) -> None:
    ws = sign_in(demo_db, "admin", "amber-training", settings)
    users.reset_password(ws, "nurse2", "temporary-pass-1", "forgot password")
    ws.sign_out()
    ws = sign_in(demo_db, "nurse2", "temporary-pass-1", settings)
    assert ws.user.must_change_password
    ws.change_own_password("temporary-pass-1", "my-own-secret-2")
    assert not ws.user.must_change_password
    ws.sign_out()


def test_admin_actions_refused_for_other_roles(demo_db: Path, settings: Settings) -> None:
    ws = sign_in(demo_db, "nurse", "navy-training", settings)
    with pytest.raises(PermissionDenied, match="Infusion nurse"):
        users.add_user(ws, username="x1", full_name="X", role=Role.NURSE,
                       temporary_password="long-enough-1")
    with pytest.raises(PermissionDenied):
        users.deactivate_user(ws, "nurse2", "reason")
    with pytest.raises(PermissionDenied):
        users.reset_password(ws, "nurse2", "long-enough-1", "reason")
    ws.sign_out()


def test_add_user_validates_and_refuses_duplicates(admin_ws: Workspace) -> None:
    with pytest.raises(Exception, match="User names are 2–32 characters"):
        users.add_user(admin_ws, username="bad name!", full_name="X", role=Role.NURSE,
                       temporary_password="long-enough-1")
    with pytest.raises(Exception, match="full name"):
        users.add_user(admin_ws, username="newnurse", full_name="  ", role=Role.NURSE,
                       temporary_password="long-enough-1")
    with pytest.raises(Exception, match="already taken"):
        users.add_user(admin_ws, username="nurse", full_name="Other", role=Role.NURSE,
                       temporary_password="long-enough-1")
    row = users.add_user(admin_ws, username="newnurse", full_name="New Nurse",
                         role=Role.NURSE, temporary_password="long-enough-1")
    assert row.must_change_password and row.has_password and row.role is Role.NURSE


def test_last_admin_and_self_cannot_be_deactivated(admin_ws: Workspace) -> None:
    with pytest.raises(Exception, match="your own account"):
        users.deactivate_user(admin_ws, "admin", "test")
    with pytest.raises(Exception, match="reason"):
        users.deactivate_user(admin_ws, "nurse", "   ")


def test_five_wrong_passwords_lock_out_with_a_growing_delay_and_are_audited(
        demo_db: Path, settings: Settings) -> None:
    fast = replace(settings, lockout_base_delay_s=0.6)
    for _ in range(5):
        with pytest.raises(AuthenticationError):
            sign_in(demo_db, "nurse", "wrong-password", fast)
    # Now even the right password has to wait.
    with pytest.raises(LockedOutError) as first:
        sign_in(demo_db, "nurse", "navy-training", fast)
    assert "Try again in 1 seconds" in str(first.value)
    time.sleep(0.7)
    with pytest.raises(AuthenticationError):
        sign_in(demo_db, "nurse", "wrong-again", fast)  # sixth failure: delay doubles
    with pytest.raises(LockedOutError) as second:
        sign_in(demo_db, "nurse", "navy-training", fast)
    assert second.value.retry_after_s > first.value.retry_after_s
    time.sleep(1.3)
    sign_in(demo_db, "nurse", "navy-training", fast).sign_out()
    ws = sign_in(demo_db, "monitor", "mint-training", fast)
    rows = audit_page(ws, limit=20)
    actions = [(r.action, r.entity_id) for r in rows]
    assert actions.count(("sign_in_failed", "nurse")) == 6
    assert ("lockout", "nurse") in actions
    assert ws.slots.failure_count("nurse") == 0
    ws.sign_out()


def test_failed_unlock_while_signed_in_is_audited_and_locks_out(
        admin_ws: Workspace) -> None:
    admin_ws.lock("idle")
    for _ in range(5):
        with pytest.raises(AuthenticationError):
            admin_ws.unlock("wrong")
    with pytest.raises(LockedOutError):
        admin_ws.unlock("amber-training")
    assert admin_ws.locked
    with pytest.raises(PermissionDenied, match="locked"):
        audit_page(admin_ws, limit=8)  # a locked workspace serves nothing
    monitor = sign_in(admin_ws.path, "monitor", "mint-training", admin_ws.settings)
    actions = [r.action for r in audit_page(monitor, limit=9)]
    monitor.sign_out()
    assert actions.count("password_failed") == 5 and "lockout" in actions and "lock" in actions


def test_new_database_has_admin_and_working_recovery_code(tmp_path: Path,
                                                          settings: Settings) -> None:
    path = tmp_path / "prod" / "hai.db"
    ws, code = create_database(path, admin_username="Chief", admin_full_name="Dr Chief",
                               admin_password="first-password-1", settings=settings)
    assert not ws.is_training and ws.user.role is Role.ADMIN
    ws.sign_out()
    with pytest.raises(AuthenticationError):
        recover_with_code(path, "AAAA-BBBB", "chief", "recovered-pass-2", settings)
    recover_with_code(path, code.lower().replace("-", " "), "chief", "recovered-pass-2",
                      settings).sign_out()
    ws = sign_in(path, "chief", "recovered-pass-2", settings)
    with ws.db.read_session() as session:
        assert session.scalar(select(User.full_name)) == "Dr Chief"
    assert "password_recovered" in [r.action for r in audit_page(ws, limit=5)]
    ws.sign_out()


def test_create_refuses_to_overwrite(tmp_path: Path, settings: Settings, demo_db: Path) -> None:
    before = file_digest(demo_db)
    with pytest.raises(Exception, match="already exists"):
        create_database(demo_db, admin_username="xavier", admin_full_name="Xavier",
                        admin_password="long-enough-1", settings=settings)
    assert file_digest(demo_db) == before


def test_pending_failures_survive_in_the_key_file_only_as_names(demo_db: Path,
                                                                 settings: Settings) -> None:
    with pytest.raises(AuthenticationError):
        sign_in(demo_db, "nurse", "typo-password", settings)
    raw = json.loads(key_slot_path(demo_db).read_text())
    assert raw["pending_events"][-1]["action"] == "sign_in_failed"
    assert "typo-password" not in key_slot_path(demo_db).read_text()


def test_a_password_typed_as_the_user_name_is_not_kept_in_the_key_file(
        demo_db: Path, settings: Settings) -> None:
    # The key file is not encrypted: a name without a key slot is counted, never written.
    for _ in range(settings.lockout_threshold):
        with pytest.raises(AuthenticationError):
            sign_in(demo_db, "Navy-Training-Secret-7", "navy-training", settings)
    text = key_slot_path(demo_db).read_text()
    assert "navy-training-secret-7" not in text.lower()
    raw = json.loads(text)
    assert raw["failures"]["(unknown user name)"]["count"] == settings.lockout_threshold
    with pytest.raises(LockedOutError):  # unknown names are slowed down together …
        sign_in(demo_db, "someone-else", "whatever-1", settings)
    sign_in(demo_db, "nurse", "navy-training", settings).sign_out()  # … real accounts are not
    ws = sign_in(demo_db, "admin", "amber-training", settings)
    try:
        failed = [r for r in audit_page(ws, limit=20) if r.action == "sign_in_failed"]
        assert failed and {r.entity_id for r in failed} == {"(unknown user name)"}
    finally:
        ws.sign_out()
