"""Sign-in through the real widgets on a real encrypted demo database."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from hai_desktop.services import users
from hai_desktop.services.workspace import Workspace
from hai_desktop.settings import Settings
from hai_desktop.store.keyslots import key_slot_path
from hai_desktop.ui.app import SessionFlow
from hai_desktop.ui.dialogs.change_password import ChangePasswordDialog
from hai_desktop.ui.sign_in import SignInWindow
from tests.ui.conftest import answer_next_dialog


def start_flow(qtbot: QtBot, settings: Settings, db: Path) -> SessionFlow:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    flow = SessionFlow(settings, db, app)
    qtbot.addWidget(flow.sign_in_window)
    flow.start()
    qtbot.waitExposed(flow.sign_in_window)
    return flow


def type_credentials(qtbot: QtBot, window: SignInWindow, username: str, password: str) -> None:
    qtbot.keyClicks(window.username, username)
    qtbot.keyClick(window.username, Qt.Key.Key_Tab)
    qtbot.keyClicks(window.password, password)
    qtbot.keyClick(window.password, Qt.Key.Key_Return)
    # The password is checked (and the backup at sign-in made) on a worker thread.
    qtbot.waitUntil(lambda: not window.busy, timeout=30_000)


def sign_in_and_out(qtbot: QtBot, flow: SessionFlow, username: str, password: str) -> None:
    type_credentials(qtbot, flow.sign_in_window, username, password)
    main = flow.main_window
    assert main is not None
    with qtbot.waitSignal(main.signed_out):
        main.sign_out_action.trigger()


def test_sign_in_with_keyboard_opens_main_window(qtbot: QtBot, demo_db: Path,
                                                 settings: Settings) -> None:
    flow = start_flow(qtbot, settings, demo_db)
    window = flow.sign_in_window
    assert window.focusWidget() is window.username
    assert window.training_banner.isVisible()
    type_credentials(qtbot, window, "nurse", "navy-training")
    main = flow.main_window
    assert main is not None
    qtbot.addWidget(main)
    assert main.isVisible() and not window.isVisible()
    assert "Ha-na Choi" in main.user_status.text()
    assert "Infusion nurse" in main.user_status.text()
    assert main.training_status.isVisible() and main.training_status.text() == "TRAINING"
    assert "Encrypted (SQLCipher)" in main.encryption_status.text()
    assert demo_db.name in main.db_status.text()


def test_tab_order_user_password_button(qtbot: QtBot, demo_db: Path, settings: Settings) -> None:
    window = SignInWindow(settings, demo_db)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert QApplication.focusWidget() is window.username
    qtbot.keyClick(window.username, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.password
    qtbot.keyClick(window.password, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.sign_in_button


def test_wrong_password_is_shown_inline(qtbot: QtBot, demo_db: Path, settings: Settings) -> None:
    flow = start_flow(qtbot, settings, demo_db)
    type_credentials(qtbot, flow.sign_in_window, "nurse", "not-the-password")
    assert flow.main_window is None
    assert flow.sign_in_window.isVisible()
    assert flow.sign_in_window.message.isVisible()
    assert flow.sign_in_window.message.text() == "User name or password is wrong."
    assert flow.sign_in_window.password.text() == ""


def test_missing_database_says_how_to_create_one(qtbot: QtBot, tmp_path: Path,
                                                 settings: Settings) -> None:
    missing = tmp_path / "nowhere" / "hai.db"
    window = SignInWindow(settings, missing)
    qtbot.addWidget(window)
    window.show()
    text = window.message.text()
    assert window.message.isVisible()
    assert f"No database at {missing}." in text
    assert f"hai-desktop init --db {missing}" in text and "hai-desktop demo" in text
    assert not window.sign_in_button.isEnabled()
    assert not window.username.isEnabled()


def test_plain_sqlite_file_is_refused_inline(qtbot: QtBot, demo_db: Path, tmp_path: Path,
                                             settings: Settings) -> None:
    plain = tmp_path / "plain.db"
    with sqlite3.connect(plain) as conn:
        conn.execute("create table t (x)")
        conn.execute("insert into t values (1)")
    key_slot_path(plain).write_bytes(key_slot_path(demo_db).read_bytes())
    window = SignInWindow(settings, plain)
    qtbot.addWidget(window)
    window.username.setText("admin")
    window.password.setText("amber-training")
    window.submit()
    qtbot.waitUntil(lambda: not window.busy)
    assert "unencrypted SQLite" in window.message.text()


def test_missing_key_file_disables_sign_in(qtbot: QtBot, demo_db: Path,
                                           settings: Settings) -> None:
    key_slot_path(demo_db).unlink()
    window = SignInWindow(settings, demo_db)
    qtbot.addWidget(window)
    assert "key file" in window.message.text()
    assert not window.sign_in_button.isEnabled()


def test_sign_out_returns_to_an_empty_sign_in(qtbot: QtBot, demo_db: Path,
                                              settings: Settings) -> None:
    flow = start_flow(qtbot, settings, demo_db)
    sign_in_and_out(qtbot, flow, "admin", "amber-training")
    assert flow.main_window is None
    assert flow.sign_in_window.isVisible()
    assert flow.sign_in_window.username.text() == ""


def test_signing_out_leaves_an_automatic_backup(qtbot: QtBot, demo_db: Path,
                                                settings: Settings) -> None:
    flow = start_flow(qtbot, settings, demo_db)
    sign_in_and_out(qtbot, flow, "nurse", "navy-training")
    [made] = (demo_db.parent / "backups").glob("hai-demo-auto-*.db")
    assert key_slot_path(made).is_file()
    assert not flow.sign_in_window.message.isVisible()


def test_a_failed_automatic_backup_is_shown_on_the_sign_in_window(
        qtbot: QtBot, demo_db: Path, settings: Settings, tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("in the way of the backup folder")
    flow = start_flow(qtbot, replace(settings, backup_dir=blocker / "backups"), demo_db)
    sign_in_and_out(qtbot, flow, "nurse", "navy-training")
    message = flow.sign_in_window.message
    assert message.isVisible()
    assert "automatic backup at sign-out failed" in message.text()
    assert "tell the administrator" in message.text()
    type_credentials(qtbot, flow.sign_in_window, "nurse", "navy-training")  # still signs in
    assert flow.main_window is not None
    qtbot.addWidget(flow.main_window)


def test_temporary_password_must_be_changed_first(qtbot: QtBot, demo_db: Path,
                                                  settings: Settings,
                                                  admin_ws: Workspace) -> None:
    users.reset_password(admin_ws, "nurse", "temporary-pass-1", "forgotten")
    flow = start_flow(qtbot, settings, demo_db)

    def change(dialog: QWidget) -> None:
        assert isinstance(dialog, ChangePasswordDialog)
        dialog.current.setText("temporary-pass-1")
        dialog.new.setText("my-own-password-2")
        dialog.repeat.setText("my-own-password-2")
        dialog.ok_button.click()

    seen = answer_next_dialog(qtbot, change)
    type_credentials(qtbot, flow.sign_in_window, "nurse", "temporary-pass-1")
    assert seen, "the change-password dialog was not shown"
    main = flow.main_window
    assert main is not None
    qtbot.addWidget(main)
    assert not main.ws.user.must_change_password


def test_refusing_the_forced_change_signs_out(qtbot: QtBot, demo_db: Path, settings: Settings,
                                              admin_ws: Workspace) -> None:
    users.reset_password(admin_ws, "nurse", "temporary-pass-1", "forgotten")
    flow = start_flow(qtbot, settings, demo_db)

    def refuse(dialog: QWidget) -> None:
        assert isinstance(dialog, ChangePasswordDialog)
        assert dialog.cancel_button.text() == "Sign out"
        dialog.cancel_button.click()

    seen = answer_next_dialog(qtbot, refuse)
    type_credentials(qtbot, flow.sign_in_window, "nurse", "temporary-pass-1")
    assert seen
    assert flow.main_window is None
    assert flow.sign_in_window.isVisible()


def test_the_flags_given_by_value_are_the_ones_named(qtbot: QtBot, demo_db: Path,
                                                      settings: Settings) -> None:
    from PySide6.QtWidgets import QFormLayout

    from hai_desktop.ui.widgets import common

    by_value = (common.ALIGN_CENTER, common.ALIGN_RIGHT_VCENTER, common.SELECTABLE_BY_MOUSE,
                common.PLAIN_TEXT, common.RICH_TEXT)
    named = (Qt.AlignmentFlag.AlignCenter,
             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
             Qt.TextInteractionFlag.TextSelectableByMouse, Qt.TextFormat.PlainText,
             Qt.TextFormat.RichText)
    assert by_value == tuple(flag.value for flag in named)
    window = SignInWindow(settings, demo_db)
    qtbot.addWidget(window)
    assert window.training_banner.alignment() == Qt.AlignmentFlag.AlignCenter
    assert window.path_label.textInteractionFlags() == \
        Qt.TextInteractionFlag.TextSelectableByMouse
    assert window.message.textFormat() == Qt.TextFormat.PlainText
    [form] = window.findChildren(QFormLayout)
    assert form.labelAlignment() == Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def test_the_sign_in_window_paints_before_the_qt_namespace_is_imported(
        demo_db: Path, tmp_path: Path) -> None:
    """Start-up speed depends on it (see ui/widgets/common.py); a fresh interpreter shows it."""
    import subprocess
    import sys

    script = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from hai_desktop.settings import Settings\n"
        "from hai_desktop.ui.app import create_application\n"
        "from hai_desktop.ui.sign_in import SignInWindow\n"
        "from pathlib import Path\n"
        "app = create_application(sys.argv[:1])\n"
        "window = SignInWindow(Settings(), Path(sys.argv[1])); window.show()\n"
        "app.processEvents()\n"
        "import PySide6.QtCore as core\n"
        "print('Qt' in vars(core))\n")
    result = subprocess.run([sys.executable, "-c", script, str(demo_db)], capture_output=True,
                            text=True, timeout=120, check=True)
    assert result.stdout.strip() == "False", result.stdout + result.stderr
