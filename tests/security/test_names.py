"""Attack 8 of issue #18, the names half: a staff name of 5,000 characters or with control
characters (an escape sequence, a line break that forges a second line on a signature) is
refused wherever an account is made, and `init` applies the same rules as `users add`."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from hai_desktop.core.errors import ValidationError
from hai_desktop.core.roles import Role
from hai_desktop.services import users
from hai_desktop.services.demo import DEMO_ACCOUNTS
from hai_desktop.services.workspace import Workspace, create_database, sign_in
from hai_desktop.settings import Settings

PASSWORDS = {a.username: a.password for a in DEMO_ACCOUNTS}
BAD_NAMES = ["A" * 5000, "Eve\x1b[31m Admin", "Dr Lee\nSigned: Dr Kim", "Tab\there"]


@pytest.fixture
def admin(demo_db: Path, settings: Settings) -> Iterator[Workspace]:
    ws = sign_in(demo_db, "admin", PASSWORDS["admin"], settings)
    yield ws
    ws.sign_out()


@pytest.mark.parametrize("full_name", BAD_NAMES)
def test_users_add_refuses_a_name_too_long_or_with_control_characters(
        admin: Workspace, full_name: str) -> None:
    with pytest.raises(ValidationError) as refused:
        users.add_user(admin, username="eve", full_name=full_name, role=Role.NURSE,
                       temporary_password="temporary-pass-2026")
    assert refused.value.field == "full_name"
    assert "eve" not in users.list_users(admin).__repr__()


@pytest.mark.parametrize("full_name", BAD_NAMES)
def test_init_refuses_the_same_names(tmp_path: Path, settings: Settings, full_name: str) -> None:
    with pytest.raises(ValidationError):
        create_database(tmp_path / "hai.db", admin_username="admin", admin_full_name=full_name,
                        admin_password="a-long-admin-password", settings=settings)
    assert not (tmp_path / "hai.db").exists()


@pytest.mark.parametrize("username", ["A", "has space", "x" * 40, "-dash-first", "élan"])
def test_init_refuses_the_user_names_users_add_refuses(
        admin: Workspace, tmp_path: Path, settings: Settings, username: str) -> None:
    with pytest.raises(ValidationError) as by_add:
        users.add_user(admin, username=username, full_name="Someone", role=Role.NURSE,
                       temporary_password="temporary-pass-2026")
    with pytest.raises(ValidationError) as by_init:
        create_database(tmp_path / "hai.db", admin_username=username, admin_full_name="Someone",
                        admin_password="a-long-admin-password", settings=settings)
    assert by_init.value.message == by_add.value.message
    assert not (tmp_path / "hai.db").exists()
