"""Idle lock, Ctrl+L, unlock and switch user; locking and unlocking are audited."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from hai_desktop.core.errors import LockedOutError
from hai_desktop.services.allergies import allergy_status_of
from hai_desktop.services.audit_trail import audit_page
from hai_desktop.services.patients import list_patients
from hai_desktop.settings import Settings
from hai_desktop.store.models import AuditEntry
from hai_desktop.ui.dialogs.allergy_entry import AllergyEntryDialog
from hai_desktop.ui.main_window import MainWindow
from hai_desktop.ui.widgets.common import select_data
from tests.ui.conftest import (
    OpenMain,
    answer_next_dialog,
    patients_screen,
    type_through_input_method,
)

SHOTS = Path("/tmp/h/keys-png")


def test_idle_lock_then_unlock(qtbot: QtBot, open_main: OpenMain, settings: Settings) -> None:
    # The coordinator may read the audit trail, so the test checks it as that same user.
    # Idle for 1.8 s: long enough for Today's list to arrive first (a result arriving while
    # locked waits for the unlock, and open_main waits for it).
    main = open_main("coordinator", use_settings=replace(settings, idle_lock_minutes=0.03))
    qtbot.waitUntil(lambda: main.is_locked, timeout=10_000)
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
    screen = patients_screen(main)
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


# ---- open dialogs: covered while locked, given back to the same user --------------------------

def visible_texts_anywhere() -> list[str]:
    """Every text a person could read on screen: each visible window's title and the visible
    labels, fields and buttons in it."""
    texts = []
    for window in QApplication.topLevelWidgets():
        if not window.isVisible():
            continue
        texts.append(window.windowTitle())
        for widget in window.findChildren(QWidget):
            if not widget.isVisible():
                continue
            if isinstance(widget, (QLabel, QLineEdit, QAbstractButton)):
                texts.append(widget.text())
            elif isinstance(widget, QComboBox):
                texts.append(widget.currentText())
    return texts


def start_typing_an_allergy(qtbot: QtBot, main: MainWindow,
                            work: Callable[[AllergyEntryDialog], None]) -> int:
    """The allergy dialog for S-0001 (황보라), run as the screen runs it (exec()), with `work`
    done inside it; returns what exec() returned."""
    patient = next(p for p in list_patients(main.ws) if p.screening_number == "S-0001")
    main.set_current_patient(patient)
    dialog = AllergyEntryDialog(main.ws, patient, patients_screen(main))

    def inside(shown: QWidget) -> None:
        assert shown is dialog
        type_through_input_method(dialog.allergen, "세툭시맙")
        qtbot.keyClicks(dialog.reaction, "flushing")
        work(dialog)

    answer_next_dialog(qtbot, inside)
    return dialog.exec()


def assert_covered(main: MainWindow, dialog: AllergyEntryDialog) -> None:
    assert main.is_locked
    assert dialog.isVisible(), "covered, not closed: its exec() goes on"
    assert not dialog.allergen.isVisible() and not dialog.intro.isVisible()
    texts = "\n".join(visible_texts_anywhere())
    for private in ("황보라", "HWANG", "S-0001", "세툭시맙", "flushing"):
        assert private not in texts, f"{private!r} is visible while locked"
    assert main.lock_screen.isVisible() and main.lock_screen.window() is not main
    assert QApplication.activeModalWidget() is main.lock_screen.window(), \
        "the lock screen is above the dialog, which cannot be typed into"


def unlock(qtbot: QtBot, main: MainWindow, password: str) -> None:
    qtbot.keyClicks(main.lock_screen.password, password)
    qtbot.keyClick(main.lock_screen.password, Qt.Key.Key_Return)
    assert not main.is_locked
    assert main.lock_screen.window() is main  # back home for the next lock


def assert_given_back(dialog: AllergyEntryDialog, title: str) -> None:
    assert dialog.isVisible() and dialog.allergen.isVisible() and dialog.intro.isVisible()
    assert dialog.allergen.text() == "세툭시맙" and dialog.reaction.text() == "flushing"
    assert dialog.windowTitle() == title and "황보라" in dialog.intro.text()
    assert not [label for label in dialog.findChildren(QLabel)
                if label.isVisible() and "locked" in label.text()], "the notice is gone"


def save_the_allergy(dialog: AllergyEntryDialog) -> None:
    select_data(dialog.category, "drug")
    select_data(dialog.severity, "moderate")
    dialog.source.lineEdit().setText("patient's account")
    dialog.ok_button.click()
    assert not dialog.isVisible(), "the dialog still works: saved and closed"


def test_ctrl_l_in_a_dialog_covers_it_and_the_unlock_gives_it_back(
        qtbot: QtBot, open_main: OpenMain) -> None:
    main = open_main("nurse")

    def work(dialog: AllergyEntryDialog) -> None:
        title = dialog.windowTitle()
        dialog.activateWindow()
        qtbot.keyClick(dialog.reaction, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
        assert_covered(main, dialog)
        main.grab().save(str(SHOTS / "locked-main-over-dialog.png"))
        main.lock_screen.window().grab().save(str(SHOTS / "locked-window-over-dialog.png"))
        dialog.grab().save(str(SHOTS / "locked-dialog-covered.png"))
        unlock(qtbot, main, "navy-training")
        assert_given_back(dialog, title)
        dialog.grab().save(str(SHOTS / "unlocked-dialog-given-back.png"))
        save_the_allergy(dialog)

    assert start_typing_an_allergy(qtbot, main, work) == QDialog.DialogCode.Accepted
    status = allergy_status_of(main.ws, main.current_patient.id)  # type: ignore[union-attr]
    assert "세툭시맙" in [a.allergen for a in status.entries]


def test_the_idle_lock_covers_an_open_dialog(qtbot: QtBot, open_main: OpenMain,
                                             settings: Settings) -> None:
    main = open_main("nurse", use_settings=replace(settings, idle_lock_minutes=0.005))  # 0.3 s
    main.idle.pause()  # armed once the dialog is open
    if main.is_locked:  # a slow start took longer than the 0.3 s
        unlock(qtbot, main, "navy-training")

    def work(dialog: AllergyEntryDialog) -> None:
        title = dialog.windowTitle()
        main.idle.start()
        qtbot.waitUntil(lambda: main.is_locked, timeout=5000)
        assert_covered(main, dialog)
        qtbot.keyClicks(main.lock_screen.password, "wrong-password")
        qtbot.keyClick(main.lock_screen.password, Qt.Key.Key_Return)
        assert main.is_locked and not dialog.allergen.isVisible()
        unlock(qtbot, main, "navy-training")
        main.idle.pause()  # the tiny timeout would lock again during the checks below
        assert_given_back(dialog, title)
        save_the_allergy(dialog)

    assert start_typing_an_allergy(qtbot, main, work) == QDialog.DialogCode.Accepted


def test_switch_user_closes_the_covered_dialogs(qtbot: QtBot, open_main: OpenMain) -> None:
    main = open_main("nurse")
    seen: list[AllergyEntryDialog] = []

    def work(dialog: AllergyEntryDialog) -> None:
        seen.append(dialog)
        main.lock("manual")
        assert_covered(main, dialog)
        with qtbot.waitSignal(main.signed_out):
            qtbot.mouseClick(main.lock_screen.switch_button, Qt.MouseButton.LeftButton)
        assert not dialog.isVisible(), "another person's typing is not kept"

    assert start_typing_an_allergy(qtbot, main, work) == QDialog.DialogCode.Rejected
    assert seen and seen[0].saved_id is None


def test_locking_with_no_dialog_open_keeps_the_lock_screen_in_the_window(
        qtbot: QtBot, open_main: OpenMain) -> None:
    main = open_main("nurse")
    main.lock("manual")
    assert main.lock_screen.window() is main and main.lock_screen.isVisible()
    unlock(qtbot, main, "navy-training")
