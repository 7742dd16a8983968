"""Attack 6 of issue #18: a temporary password (a new account's, or one an administrator reset)
opens nothing but its own change, on every path — the command line, a script calling the
services, the double check at the chair — not only in the window. The administrator who set it
knows it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from hai_desktop.core.errors import PermissionDenied
from hai_desktop.core.i18n import message_in
from hai_desktop.core.roles import Role
from hai_desktop.services import users
from hai_desktop.services.backup import backup_database, restore_database
from hai_desktop.services.demo import DEMO_ACCOUNTS
from hai_desktop.services.patients import list_patients
from hai_desktop.services.permissions import Action
from hai_desktop.services.workspace import sign_in
from hai_desktop.settings import Settings
from tests.helpers import refusal_in_korean, run_cli

PASSWORDS = {a.username: a.password for a in DEMO_ACCOUNTS}
TEMPORARY = "temporary-pass-2026"
ARCHIVE = "stat-archive-2026!"
REFUSED = "temporary one"
HANGUL = re.compile(r"[\uac00-\ud7a3]")


def _add(demo_db: Path, settings: Settings, username: str, role: Role, *, reset: bool) -> str:
    """An account whose password the administrator set: new, or new and then reset."""
    admin = sign_in(demo_db, "admin", PASSWORDS["admin"], settings)
    try:
        users.add_user(admin, username=username, full_name="Seo-yun Han", role=role,
                       temporary_password=TEMPORARY if not reset else "first-temporary-2026")
        if reset:
            users.reset_password(admin, username, TEMPORARY, "forgot the password")
    finally:
        admin.sign_out()
    return username


@pytest.fixture(params=["new account", "after a reset"])
def newcoord(request: pytest.FixtureRequest, demo_db: Path, settings: Settings) -> str:
    return _add(demo_db, settings, "newcoord", Role.COORDINATOR,
                reset=request.param == "after a reset")


def export_args(db: Path, user: str, to: Path, *extra: str) -> list[str]:
    return ["--db", str(db), "export", "--as", user, "--password-stdin", "--to", str(to),
            "--reason", "interim analysis", *extra]


def test_the_command_line_refuses_an_identified_export_with_a_temporary_password(
        newcoord: str, demo_db: Path, tmp_path: Path) -> None:
    target = tmp_path / "stolen"
    code, out, err = run_cli(export_args(demo_db, newcoord, target, "--identified"),
                             f"{TEMPORARY}\n{ARCHIVE}\n{TEMPORARY}\n")
    assert code != 0 and REFUSED in err, (out, err)
    assert "Traceback" not in err and "Exported" not in out
    assert not any(p.name.startswith("stolen") for p in tmp_path.iterdir())  # nor a .zip


def test_the_command_line_changes_the_password_then_the_export_is_allowed(
        newcoord: str, demo_db: Path, tmp_path: Path) -> None:
    mine = "my-own-coordinator-pw"
    code, out, err = run_cli(["--db", str(demo_db), "password", "--as", newcoord,
                              "--password-stdin"], f"{TEMPORARY}\n{mine}\n")
    assert (code, err) == (0, ""), err
    assert "changed" in out
    # The temporary password is gone; the new one opens the role's rights.
    code, _out, err = run_cli(export_args(demo_db, newcoord, tmp_path / "a"),
                              f"{TEMPORARY}\n{ARCHIVE}\n")
    assert code != 0 and "Traceback" not in err
    code, out, err = run_cli(export_args(demo_db, newcoord, tmp_path / "b"), f"{mine}\n{ARCHIVE}\n")
    assert code == 0, err
    assert (tmp_path / "b.zip").exists()


def test_verify_on_the_command_line_is_refused_with_a_temporary_password(
        demo_db: Path, settings: Settings) -> None:
    """verify signs in on its own (not through a Workspace): the same rule."""
    _add(demo_db, settings, "newdoctor", Role.INVESTIGATOR, reset=False)
    code, out, err = run_cli(["--db", str(demo_db), "verify", "--as", "newdoctor",
                              "--password-stdin"], f"{TEMPORARY}\n")
    assert code != 0 and REFUSED in err and "hai-desktop password --as newdoctor" in err, (
        out, err)


def test_a_restore_is_refused_to_an_administrator_with_a_temporary_password(
        demo_db: Path, settings: Settings, tmp_path: Path) -> None:
    """restore checks the backup's administrator on its own: the same rule."""
    _add(demo_db, settings, "newadmin", Role.ADMIN, reset=False)
    admin = sign_in(demo_db, "admin", PASSWORDS["admin"], settings)
    try:
        backup = backup_database(admin, tmp_path / "backup.db").path
    finally:
        admin.sign_out()
    target = tmp_path / "restored" / "hai.db"
    with pytest.raises(PermissionDenied, match=REFUSED):
        restore_database(backup, target, "newadmin", TEMPORARY, settings)
    assert not target.exists()


def test_the_services_refuse_everything_but_the_change_until_it_is_made(
        newcoord: str, demo_db: Path, settings: Settings) -> None:
    ws = sign_in(demo_db, newcoord, TEMPORARY, settings)
    try:
        assert ws.user.must_change_password
        with pytest.raises(PermissionDenied, match=REFUSED) as refused:
            list_patients(ws)
        assert f"hai-desktop password --as {newcoord}" in str(refused.value.hint)
        assert not ws.may(Action.VIEW_RECORDS) and ws.may(Action.CHANGE_OWN_PASSWORD)
        # Lock, unlock and sign out are not actions: they still work.
        ws.lock()
        ws.unlock(TEMPORARY)
        ws.change_own_password(TEMPORARY, "a-new-password-of-mine")
        assert not ws.user.must_change_password
        assert list_patients(ws)  # now the role's rights apply
    finally:
        ws.sign_out()
    again = sign_in(demo_db, newcoord, "a-new-password-of-mine", settings)
    try:
        assert not again.user.must_change_password and list_patients(again)
    finally:
        again.sign_out()


def test_the_refusal_and_its_hint_in_korean(newcoord: str, demo_db: Path,
                                            settings: Settings) -> None:
    ws = sign_in(demo_db, newcoord, TEMPORARY, settings)
    try:
        english, korean = refusal_in_korean(PermissionDenied, lambda: list_patients(ws))
        assert REFUSED in english
        assert korean != english and HANGUL.search(korean), korean
        with pytest.raises(PermissionDenied) as refused:
            list_patients(ws)
        assert refused.value.hint is not None
        hint = message_in("ko", refused.value.hint)
        assert HANGUL.search(hint) and f"hai-desktop password --as {newcoord}" in hint, hint
    finally:
        ws.sign_out()
