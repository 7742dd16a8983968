"""The password policy (services/passwords.py): long enough, not the user name, not an obvious
choice, no outer spaces — and every way a password is set applies it before anything is written."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from hai_desktop.core.errors import ValidationError
from hai_desktop.services import users
from hai_desktop.services.passwords import check_new_password
from hai_desktop.services.workspace import Workspace, create_database, recover_with_code
from hai_desktop.settings import Settings
from hai_desktop.store.keyslots import key_slot_path
from hai_desktop.store.models import Role
from tests.conftest import make_settings
from tests.helpers import file_digest

TOO_SHORT = "at least 10 characters"
HAS_NAME = "must not contain the user name"
TOO_EASY = "too easy to guess"
SPACES = "start or end with a space"


@pytest.mark.parametrize("password, message", [
    ("", TOO_SHORT),
    ("nine-char", TOO_SHORT),
    ("my-nurse-secret", HAS_NAME),
    ("MyNURSEsecret", HAS_NAME),  # the user name in any case
    ("1234567890", TOO_EASY),
    ("QwertyUiop", TOO_EASY),  # the list is compared without case
    ("Hai-Desktop", TOO_EASY),
    ("administrator", TOO_EASY),
    ("aaaaaaaaaaaaaa", TOO_EASY),  # fewer than four different characters
    ("abcabcabcabc", TOO_EASY),
    (" long-enough-secret", SPACES),
    ("long-enough-secret ", SPACES),
])
def test_a_weak_password_is_refused_with_the_reason(password: str, message: str) -> None:
    with pytest.raises(ValidationError, match=message) as info:
        check_new_password(password, username="nurse", min_length=10)
    assert info.value.field == "password"


@pytest.mark.parametrize("password", ["abcd-12345", "correct horse battery", "Ünïcödé-Paß-1"])
def test_a_long_enough_uncommon_password_is_accepted(password: str) -> None:
    check_new_password(password, username="nurse", min_length=10)


def test_the_minimum_length_is_the_workstation_setting() -> None:
    check_new_password("abcd-12345", username="nurse", min_length=10)
    with pytest.raises(ValidationError, match="at least 14 characters"):
        check_new_password("abcd-12345", username="nurse", min_length=14)
    check_new_password("abcd-12345-xyz", username="nurse", min_length=14)


# ---- every way a password is set --------------------------------------------------------------

def _reactivate(ws: Workspace, password: str) -> None:
    users.reactivate_user(ws, "nurse2", password, "back from leave")


SETTERS: dict[str, Callable[[Workspace, str], object]] = {
    "add a user": lambda ws, pw: users.add_user(ws, username="newnurse", full_name="New Nurse",
                                                role=Role.NURSE, temporary_password=pw),
    "reset a password": lambda ws, pw: users.reset_password(ws, "nurse", pw, "forgotten"),
    "reactivate a user": _reactivate,
    "change one's own password": lambda ws, pw: ws.change_own_password("amber-training", pw),
}


@pytest.mark.parametrize("setter", SETTERS.values(), ids=SETTERS.keys())
@pytest.mark.parametrize("password, message", [("short-1", TOO_SHORT),
                                               ("newnurse2-admin", HAS_NAME),
                                               ("1234567890", TOO_EASY)])
def test_each_way_to_set_a_password_applies_the_policy_before_writing(
        admin_ws: Workspace, setter: Callable[[Workspace, str], object], password: str,
        message: str) -> None:
    users.deactivate_user(admin_ws, "nurse2", "on leave")  # for the reactivation
    keys, db = key_slot_path(admin_ws.path), admin_ws.path
    before = file_digest(keys), [u.username for u in users.list_users(admin_ws)]
    with pytest.raises(ValidationError, match=message):
        setter(admin_ws, password)
    assert (file_digest(keys), [u.username for u in users.list_users(admin_ws)]) == before
    assert db.exists()


def test_a_new_database_and_the_recovery_code_apply_the_policy(tmp_path: Path) -> None:
    settings: Settings = make_settings(tmp_path)
    path = tmp_path / "site" / "hai.db"
    with pytest.raises(ValidationError, match=TOO_SHORT):
        create_database(path, admin_username="chief", admin_full_name="Dr Chief",
                        admin_password="short", settings=settings)
    with pytest.raises(ValidationError, match=HAS_NAME):
        create_database(path, admin_username="chief", admin_full_name="Dr Chief",
                        admin_password="i-am-the-chief", settings=settings)
    assert not path.exists() and not key_slot_path(path).exists()
    ws, code = create_database(path, admin_username="chief", admin_full_name="Dr Chief",
                               admin_password="first-password-1", settings=settings)
    ws.sign_out()
    before = file_digest(key_slot_path(path))
    with pytest.raises(ValidationError, match=TOO_EASY):
        recover_with_code(path, code, "chief", "qwertyuiop", settings)
    assert file_digest(key_slot_path(path)) == before
    recover_with_code(path, code, "chief", "recovered-pass-2", settings).sign_out()
