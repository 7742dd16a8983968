"""Idle lock, Ctrl+L, unlock and switch user; locking and unlocking are audited."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from hai_desktop.core.errors import LockedOutError
from hai_desktop.services.audit_trail import audit_page
from hai_desktop.settings import Settings
from hai_desktop.store.models import AuditEntry
from tests.ui.conftest import OpenMain


def test_idle_lock_then_unlock(qtbot: QtBot, open_main: OpenMain, settings: Settings) -> None:
    # The coordinator may read the audit trail, so the test checks it as that same user.
    main = open_main("coordinator", use_settings=replace(settings, idle_lock_minutes=0.002))
    qtbot.waitUntil(lambda: main.is_locked, timeout=5000)
    lock = main.lock_screen
    assert lock.isVisible()
    assert not main.header.isVisible() and not main.stack.isVisible()  # no data shown
    assert "Eun-ji Yoon" in lock.who_label.text()
    qtbot.keyClicks(lock.password, "wrong-password")
    qtbot.keyClick(lock.password, Qt.Key.Key_Return)
    assert main.is_locked
    assert lock.message.isVisible() and lock.message.text() == "The password is wrong."
    main.show_screen("audit")  # navigation is refused while locked
    assert main.current_screen_key() == "today"
    qtbot.keyClicks(lock.password, "coral-training")
    qtbot.keyClick(lock.password, Qt.Key.Key_Return)
    assert not main.is_locked
    main.idle.pause()  # the tiny timeout would lock again during the checks below
    assert main.header.isVisible()
    rows = audit_page(main.ws, limit=10)
    actions = [r.action for r in rows]
    assert actions[:3] == ["unlock", "password_failed", "lock"]
    lock_row = rows[2]
    assert lock_row.username == "coordinator" and '"why":"idle"' in (lock_row.new_values or "")


def test_activity_postpones_the_idle_lock(qtbot: QtBot, open_main: OpenMain,
                                          settings: Settings) -> None:
    main = open_main("nurse", use_settings=replace(settings, idle_lock_minutes=0.01))  # 0.6 s
    screen = main.screens["patients"]
    for _ in range(8):  # 0.8 s of typing keeps it open
        qtbot.wait(100)
        qtbot.keyClick(screen.search, Qt.Key.Key_Shift)  # type: ignore[attr-defined]
    assert not main.is_locked
    qtbot.waitUntil(lambda: main.is_locked, timeout=3000)


def test_ctrl_l_locks_at_once(qtbot: QtBot, open_main: OpenMain) -> None:
    main = open_main("admin")
    main.activateWindow()
    qtbot.waitUntil(main.isActiveWindow)
    qtbot.keyClick(main, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert main.is_locked
    # The locked workspace serves nothing, so read the trail straight from the database.
    with main.ws.db.read_session() as session:
        last = session.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc())).first()
    assert last is not None and last.action == "lock"
    assert '"why":"manual"' in (last.new_values or "")


def test_lock_now_button_on_administration(qtbot: QtBot, open_main: OpenMain) -> None:
    main = open_main("pharmacist")
    main.show_screen("administration")
    qtbot.mouseClick(main.screens["administration"].lock_button,  # type: ignore[attr-defined]
                     Qt.MouseButton.LeftButton)
    assert main.is_locked


def test_repeated_wrong_passwords_show_the_wait(qtbot: QtBot, open_main: OpenMain,
                                                settings: Settings) -> None:
    main = open_main("nurse", use_settings=replace(settings, lockout_threshold=2))
    main.lock("manual")
    lock = main.lock_screen
    for _ in range(3):
        lock.password.setText("wrong-password")
        lock.try_unlock()
    assert "Try again in" in lock.message.text()
    assert LockedOutError.title == "Too many wrong passwords"


def test_switch_user_signs_out(qtbot: QtBot, open_main: OpenMain) -> None:
    main = open_main("nurse")
    main.lock("manual")
    with qtbot.waitSignal(main.signed_out):
        qtbot.mouseClick(main.lock_screen.switch_button, Qt.MouseButton.LeftButton)


def test_locking_closes_open_dialogs(qtbot: QtBot, open_main: OpenMain) -> None:
    from hai_desktop.ui.dialogs.add_user import AddUserDialog

    main = open_main("admin")
    dialog = AddUserDialog(main.ws, main)
    dialog.show()
    qtbot.waitExposed(dialog)
    main.lock("idle")
    assert not dialog.isVisible()
