"""Administration: admins manage users through dialogs; other roles see only their account."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from hai_desktop.services import users
from hai_desktop.services.supportive_care import supportive_table
from hai_desktop.settings import Settings
from hai_desktop.store.models import Role
from hai_desktop.ui.dialogs.add_user import AddUserDialog
from hai_desktop.ui.dialogs.reason import ReasonDialog
from hai_desktop.ui.dialogs.recovery_code import RecoveryCodeDialog
from hai_desktop.ui.dialogs.reset_password import ResetPasswordDialog
from hai_desktop.ui.dialogs.supportive_item import SupportiveItemDialog
from hai_desktop.ui.models.supportive import SupportiveColumn
from hai_desktop.ui.screens.administration import AdministrationScreen
from hai_desktop.ui.screens.administration_supportive import SupportivePanel
from tests.ui.conftest import (
    OpenMain,
    answer_next_dialog,
    fill_through_dialog,
    wait_for_background,
)
from tests.ui.test_orders import shot, sign_through_dialog
from tests.ui.test_screening import type_into


def admin_screen(main: object) -> AdministrationScreen:
    screen = main.screens["administration"]  # type: ignore[attr-defined]
    assert isinstance(screen, AdministrationScreen)
    main.show_screen("administration")  # type: ignore[attr-defined]
    return screen


def button_texts(widget: QWidget) -> list[str]:
    return [b.text() for b in widget.findChildren(QPushButton) if b.isVisibleTo(widget)]


def test_admin_adds_a_user_through_the_dialog(qtbot: QtBot, open_main: OpenMain) -> None:
    screen = admin_screen(open_main("admin"))
    assert screen.users_model is not None and screen.add_user_button is not None

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, AddUserDialog)
        qtbot.keyClicks(dialog.username, "pharm2")
        qtbot.keyClicks(dialog.full_name, "Da-eun Lim")
        dialog.role.setCurrentIndex(list(Role).index(Role.PHARMACIST))
        dialog.password.setText("short")
        dialog.repeat.setText("short")
        dialog.ok_button.click()
        assert dialog.isVisible() and dialog.refusal_text()  # too short: stays open
        dialog.password.setText("temporary-pass-9")
        dialog.repeat.setText("temporary-pass-9")
        dialog.ok_button.click()

    seen = answer_next_dialog(qtbot, fill)
    qtbot.mouseClick(screen.add_user_button, Qt.MouseButton.LeftButton)
    assert seen
    assert "pharm2" in screen.users_model.usernames()
    added = next(u for u in users.list_users(screen.ws) if u.username == "pharm2")
    assert added.role is Role.PHARMACIST and added.must_change_password
    assert screen.selected_user() == added


def test_admin_deactivates_with_a_reason(qtbot: QtBot, open_main: OpenMain) -> None:
    screen = admin_screen(open_main("admin"))
    assert screen.deactivate_button is not None
    screen.select_user("nurse2")
    assert screen.deactivate_button.isEnabled()

    def give_reason(dialog: QWidget) -> None:
        assert isinstance(dialog, ReasonDialog)
        dialog.ok_button.click()  # no reason: refused inline
        assert "reason" in dialog.refusal_text().lower()
        qtbot.keyClicks(dialog.reason, "left the unit")
        dialog.ok_button.click()

    answer_next_dialog(qtbot, give_reason)
    qtbot.mouseClick(screen.deactivate_button, Qt.MouseButton.LeftButton)
    row = next(u for u in users.list_users(screen.ws) if u.username == "nurse2")
    assert not row.active
    screen.select_user("admin")
    assert not screen.deactivate_button.isEnabled()  # never your own account


def test_admin_resets_a_password(qtbot: QtBot, open_main: OpenMain) -> None:
    screen = admin_screen(open_main("admin"))
    assert screen.reset_button is not None
    screen.select_user("nurse")

    def reset(dialog: QWidget) -> None:
        if isinstance(dialog, ResetPasswordDialog):
            dialog.password.setText("temporary-pass-7")
            dialog.repeat.setText("temporary-pass-7")
            dialog.reason.setText("forgotten, identity checked")
            dialog.ok_button.click()
            answer_next_dialog(qtbot, lambda box: box.close())  # the confirmation

    answer_next_dialog(qtbot, reset)
    qtbot.mouseClick(screen.reset_button, Qt.MouseButton.LeftButton)
    row = next(u for u in users.list_users(screen.ws) if u.username == "nurse")
    assert row.must_change_password


def test_admin_replaces_the_recovery_code(qtbot: QtBot, open_main: OpenMain) -> None:
    screen = admin_screen(open_main("admin"))
    assert screen.recovery_button is not None
    codes: list[str] = []

    def show_code(dialog: QWidget) -> None:
        assert isinstance(dialog, RecoveryCodeDialog)
        codes.append(dialog.code_label.text())
        dialog.accept()

    def give_reason(dialog: QWidget) -> None:
        assert isinstance(dialog, ReasonDialog)
        dialog.reason.setText("old code seen by a visitor")
        answer_next_dialog(qtbot, show_code)
        dialog.ok_button.click()

    answer_next_dialog(qtbot, give_reason)
    qtbot.mouseClick(screen.recovery_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(codes))
    assert len(codes[0].split("-")) == 8


def test_admin_backs_up_from_the_screen(qtbot: QtBot, open_main: OpenMain, tmp_path: Path,
                                       monkeypatch: pytest.MonkeyPatch,
                                       settings: Settings) -> None:
    from hai_desktop.services.backup import restore_database

    screen = admin_screen(open_main("admin"))
    assert screen.backup_button is not None
    target = tmp_path / "copies" / "hai-backup.db"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *_a, **_k: (str(target), "")))
    screen.backup_button.click()
    wait_for_background(qtbot, screen.ws)  # the copy is made on the worker
    assert target.is_file() and "Backup written" in screen.backup_note.text()
    restored = restore_database(target, tmp_path / "restored.db", "admin", "amber-training",
                                settings)
    assert restored.report.ok


def test_monitor_sees_only_own_account_actions(open_main: OpenMain) -> None:
    screen = admin_screen(open_main("monitor"))
    assert screen.add_user_button is None and screen.users_table is None
    assert screen.recovery_button is None
    assert sorted(button_texts(screen)) == ["Change my password…", "Lock now  (Ctrl+L)"]


def test_nurse_changes_own_password(qtbot: QtBot, open_main: OpenMain) -> None:
    screen = admin_screen(open_main("nurse"))

    def change(dialog: QWidget) -> None:
        dialog.current.setText("navy-training")  # type: ignore[attr-defined]
        dialog.new.setText("a-new-secret-77")  # type: ignore[attr-defined]
        dialog.repeat.setText("a-new-secret-70")  # type: ignore[attr-defined]
        dialog.ok_button.click()  # type: ignore[attr-defined]
        assert "differ" in dialog.refusal_text()  # type: ignore[attr-defined]
        dialog.repeat.setText("a-new-secret-77")  # type: ignore[attr-defined]
        dialog.ok_button.click()  # type: ignore[attr-defined]
        answer_next_dialog(qtbot, lambda box: box.close())

    answer_next_dialog(qtbot, change)
    qtbot.mouseClick(screen.change_password_button, Qt.MouseButton.LeftButton)
    screen.ws.confirm_password("a-new-secret-77", purpose="test")


def test_the_automatic_backup_schedule_and_a_failure_are_shown(open_main: OpenMain,
                                                               tmp_path: Path,
                                                               settings: Settings) -> None:
    from dataclasses import replace

    from hai_desktop.services.backup import run_automatic_backup

    blocker = tmp_path / "a-file"
    blocker.write_text("in the way")
    window = open_main("admin", use_settings=replace(settings, backup_dir=blocker / "b"))
    screen = admin_screen(window)
    assert screen.automatic_backup_note is not None
    screen.on_shown()
    note = screen.automatic_backup_note.text()
    assert "at every sign-out" in note and "newest 14 kept" in note and "FAILED" not in note
    assert run_automatic_backup(window.ws, "sign-out").failed
    screen.on_shown()
    assert "The last automatic backup FAILED" in screen.automatic_backup_note.text()
    assert screen.automatic_backup_note.objectName() == "InlineError"


def premedication_tab(main: object) -> SupportivePanel:
    screen = admin_screen(main)
    screen.show_tab(screen.supportive)
    return screen.supportive


def test_premedication_changed_then_signed_off(qtbot: QtBot, open_main: OpenMain,
                                              settings: Settings, tmp_path: Path) -> None:
    seoul = replace(settings, time_zone="Asia/Seoul")
    admin = open_main("admin", use_settings=seoul)
    panel = premedication_tab(admin)
    assert panel.change_button is not None and panel.sign_off_button is None
    assert "Not confirmed" in panel.status.text()
    panel.select_item("dexamethasone")
    row = panel.model.item_ids().index("dexamethasone")
    assert panel.model.data(panel.model.index(row, SupportiveColumn.ORIGIN)) == "default"
    assert "Hesketh" in panel.source.text()  # the selected item's source, in full
    seen: list[str] = []

    def change(dialog: SupportiveItemDialog) -> None:
        type_into(qtbot, dialog.dose, "12.0 mg")
        dialog.ok_button.click()
        assert dialog.isVisible()
        seen.append(dialog.errors.text("dose"))
        type_into(qtbot, dialog.dose, "12 mg")
        dialog.ok_button.click()
        seen.append(dialog.errors.text("reason"))
        type_into(qtbot, dialog.source, "Unit antiemetic protocol v3, 2026")
        qtbot.keyClicks(dialog.reason, "unit protocol adopted")
        dialog.ok_button.click()

    fill_through_dialog(qtbot, SupportiveItemDialog, panel.change_button, change)
    assert "trailing zero" in seen[0]
    assert "reason" in seen[1].lower()
    row = panel.model.item_ids().index("dexamethasone")
    assert panel.model.data(panel.model.index(row, SupportiveColumn.DOSE)) == "12 mg"
    assert panel.model.data(panel.model.index(row, SupportiveColumn.ORIGIN)) == "changed"
    assert supportive_table(admin.ws).items[row].source == "Unit antiemetic protocol v3, 2026"

    investigator = open_main("investigator", use_settings=seoul)
    investigator.resize(1366, 768)
    panel = premedication_tab(investigator)
    assert panel.sign_off_button is not None and panel.change_button is not None
    errors = sign_through_dialog(qtbot, panel.sign_off_button, "investigator", wrong_first=True)
    assert errors and "password" in errors[0].lower()
    assert panel.status.text().startswith("✓ Confirmed by <b>Dr Joon-ho Lee</b> on ")
    assert panel.status.text().endswith(" KST.")  # the site's time, never UTC
    assert supportive_table(investigator.ws).confirmed
    qtbot.wait(10)
    shot(investigator, "administration_premedication.png", tmp_path)

    nurse = premedication_tab(open_main("nurse"))
    assert nurse.change_button is None and nurse.sign_off_button is None
    assert nurse.status.text().startswith("✓ Confirmed by")
