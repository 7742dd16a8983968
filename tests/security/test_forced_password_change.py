"""Attack 6 of issue #18: after an administrator's reset, the temporary password opens nothing
but the password change, on every path (the command line, a script calling the services), not
only in the window."""

from __future__ import annotations

from pathlib import Path

import pytest

from hai_desktop.core.errors import PermissionDenied
from hai_desktop.core.roles import Role
from hai_desktop.services import users
from hai_desktop.services.demo import DEMO_ACCOUNTS
from hai_desktop.services.patients import list_patients
from hai_desktop.services.workspace import sign_in
from hai_desktop.settings import Settings
from tests.helpers import run_cli

PASSWORDS = {a.username: a.password for a in DEMO_ACCOUNTS}
TEMPORARY = "temporary-pass-2026"
ARCHIVE = "stat-archive-2026!"


@pytest.fixture
def newcoord(demo_db: Path, settings: Settings) -> str:
    """A coordinator whose password the administrator set (a new account, then a reset)."""
    admin = sign_in(demo_db, "admin", PASSWORDS["admin"], settings)
    try:
        users.add_user(admin, username="newcoord", full_name="Seo-yun Han", role=Role.COORDINATOR,
                       temporary_password="first-temporary-2026")
        users.reset_password(admin, "newcoord", TEMPORARY, "forgot the password")
    finally:
        admin.sign_out()
    return "newcoord"


def test_the_command_line_refuses_an_export_with_a_temporary_password(
        newcoord: str, demo_db: Path, tmp_path: Path) -> None:
    target = tmp_path / "stolen"
    code, out, err = run_cli(["--db", str(demo_db), "export", "--as", newcoord,
                              "--password-stdin", "--to", str(target), "--reason", "x",
                              "--identified"], f"{TEMPORARY}\n{ARCHIVE}\n{TEMPORARY}\n")
    assert code != 0 and "password was reset" in err, (out, err)
    assert "Traceback" not in err
    assert not target.exists() and not target.with_name("stolen.zip").exists()


def test_the_services_refuse_everything_but_the_change_until_it_is_made(
        newcoord: str, demo_db: Path, settings: Settings) -> None:
    ws = sign_in(demo_db, newcoord, TEMPORARY, settings)
    try:
        assert ws.user.must_change_password
        with pytest.raises(PermissionDenied, match="password was reset"):
            list_patients(ws)
        ws.change_own_password(TEMPORARY, "a-new-password-of-mine")
        assert not ws.user.must_change_password
        assert list_patients(ws)  # now the role's rights apply
    finally:
        ws.sign_out()
