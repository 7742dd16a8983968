"""Automatic backups on the schedule set for the workstation: made at sign-out (or once a day),
by whichever role signs out, the newest N kept, a failure audited without stopping sign-out."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from hai_desktop.core.errors import HaiError
from hai_desktop.services.backup import (
    automatic_backup_name,
    automatic_backups,
    backup_database,
    restore_database,
    run_automatic_backup,
)
from hai_desktop.services.workspace import Workspace, sign_in
from hai_desktop.settings import Settings, load_settings
from hai_desktop.store.keyslots import key_slot_path
from hai_desktop.store.models import AuditEntry
from tests.services.conftest import PASSWORDS

NOON = datetime(2026, 11, 27, 12, 0, 0)


def signed_in(db: Path, settings: Settings, username: str = "nurse") -> Workspace:
    return sign_in(db, username, PASSWORDS[username], settings)


def audit_actions(ws: Workspace, action: str) -> list[AuditEntry]:
    with ws.db.read_session() as session:
        return list(session.scalars(select(AuditEntry).where(AuditEntry.action == action)))


def test_a_nurse_signing_out_leaves_a_verified_encrypted_copy(demo_db: Path, tmp_path: Path,
                                                              settings: Settings) -> None:
    # The schedule is the administrator's; the nurse may not back up by hand, yet sign-out does.
    ws = signed_in(demo_db, settings)
    outcome = run_automatic_backup(ws, "sign-out", NOON)
    assert not outcome.failed and outcome.path is not None
    assert outcome.path == demo_db.parent / "backups" / "hai-demo-auto-2026-11-27-120000.db"
    assert key_slot_path(outcome.path).is_file()
    assert oct(outcome.path.parent.stat().st_mode & 0o777) == oct(0o700)
    [row] = audit_actions(ws, "automatic_backup")
    assert row.username == "nurse" and outcome.path.name in (row.new_values or "")
    ws.sign_out()
    restored = restore_database(outcome.path, tmp_path / "restored.db", "admin",
                                PASSWORDS["admin"], settings)
    assert restored.report.ok


def test_nothing_is_made_at_sign_in_on_the_sign_out_schedule(demo_db: Path,
                                                             settings: Settings) -> None:
    ws = signed_in(demo_db, settings)
    try:
        assert run_automatic_backup(ws, "sign-in", NOON).path is None
        assert not (demo_db.parent / "backups").exists()
    finally:
        ws.sign_out()


def test_off_means_no_automatic_backup(demo_db: Path, settings: Settings) -> None:
    ws = signed_in(demo_db, replace(settings, backup_schedule="off"))
    try:
        assert run_automatic_backup(ws, "sign-out", NOON).path is None
        assert not audit_actions(ws, "automatic_backup")
    finally:
        ws.sign_out()


def test_daily_makes_one_copy_per_day_at_the_first_sign_in_or_out(demo_db: Path,
                                                                  settings: Settings) -> None:
    ws = signed_in(demo_db, replace(settings, backup_schedule="daily"))
    try:
        first = run_automatic_backup(ws, "sign-in", NOON)
        assert first.path is not None
        assert run_automatic_backup(ws, "sign-out", NOON + timedelta(hours=5)).path is None
        next_day = run_automatic_backup(ws, "sign-out", NOON + timedelta(hours=13))
        assert next_day.path is not None and "2026-11-28" in next_day.path.name
    finally:
        ws.sign_out()


def test_only_the_newest_n_automatic_copies_are_kept_and_hand_made_ones_never_removed(
        demo_db: Path, tmp_path: Path, settings: Settings) -> None:
    folder = tmp_path / "elsewhere"
    ws = signed_in(demo_db, replace(settings, backup_keep=3, backup_dir=folder), "admin")
    try:
        by_hand = backup_database(ws, folder / "hai-demo-before-upgrade.db").path
        made = []
        for hour in range(5):
            outcome = run_automatic_backup(ws, "sign-out", NOON + timedelta(hours=hour))
            assert outcome.path is not None
            made.append(outcome.path)
        assert [path for _when, path in automatic_backups(folder, demo_db)] == made[:1:-1]
        assert outcome.removed == (made[1],)
        for old in made[:2]:
            assert not old.exists() and not key_slot_path(old).exists()
        assert by_hand.exists() and key_slot_path(by_hand).exists()
    finally:
        ws.sign_out()


def test_a_failed_backup_is_audited_and_reported_and_sign_out_still_works(
        demo_db: Path, tmp_path: Path, settings: Settings) -> None:
    # A folder that cannot be made (a file is in the way) fails whoever runs the test, root too.
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("in the way")
    folder = blocker / "backups"
    ws = signed_in(demo_db, replace(settings, backup_dir=folder))
    outcome = run_automatic_backup(ws, "sign-out", NOON)
    assert outcome.failed and outcome.path is None
    assert str(folder) in (outcome.error or "")
    [row] = audit_actions(ws, "automatic_backup_failed")
    assert row.username == "nurse"
    ws.sign_out()
    signed_in(demo_db, settings).sign_out()  # the database itself is unharmed


def test_a_second_sign_out_in_the_same_second_does_not_fail(demo_db: Path,
                                                            settings: Settings) -> None:
    ws = signed_in(demo_db, settings)
    try:
        assert run_automatic_backup(ws, "sign-out", NOON).path is not None
        again = run_automatic_backup(ws, "sign-out", NOON)
        assert again.path is None and not again.failed
    finally:
        ws.sign_out()


def test_the_name_sorts_by_time() -> None:
    assert automatic_backup_name(Path("/x/hai.db"), NOON) == "hai-auto-2026-11-27-120000.db"


@pytest.mark.parametrize(("text", "message"), [
    ('backup_schedule = "weekly"', "Use one of: sign-out, daily, off"),
    ("backup_keep = 0", "keep at least 1"),
    ('backup_keep = "ten"', "must be a int"),
])
def test_bad_backup_settings_are_refused_with_what_to_write(tmp_path: Path, text: str,
                                                            message: str) -> None:
    config = tmp_path / "settings.toml"
    config.write_text(text + "\n")
    with pytest.raises(HaiError) as caught:
        load_settings(config)
    assert message in f"{caught.value.message} {caught.value.hint or ''}"


def test_backup_settings_are_read_from_the_file(tmp_path: Path) -> None:
    config = tmp_path / "settings.toml"
    config.write_text('backup_schedule = "daily"\nbackup_keep = 30\n'
                      f'backup_dir = "{tmp_path / "nas"}"\n')
    settings = load_settings(config)
    assert (settings.backup_schedule, settings.backup_keep) == ("daily", 30)
    assert settings.backup_folder(tmp_path / "hai.db") == tmp_path / "nas"
