"""Keyboard paths: Ctrl+F finds a patient from any screen, Enter in the search chooses the first
match, Enter opens a list's selected row, Enter in a password field submits, and the Go menu
shows "Dosing & Orders" as text (no mnemonic made of its '&')."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from hai_desktop.ui.dialogs.adverse_event import AdverseEventDialog
from hai_desktop.ui.dialogs.base import FormDialog
from hai_desktop.ui.main_window import SCREENS, MainWindow
from hai_desktop.ui.screens.patients import PatientsScreen
from hai_desktop.ui.screens.screening import CHECKLIST_TAB, LOG_TAB
from tests.ui.conftest import (
    OpenMain,
    answer_next_dialog,
    patients_screen,
    type_through_input_method,
    wait_for_background,
)
from tests.ui.test_screening import screening_screen
from tests.ui.test_toxicity import open_toxicity


def active(qtbot: QtBot, main: MainWindow) -> None:
    main.activateWindow()
    qtbot.waitUntil(main.isActiveWindow)


def patients_of(main: MainWindow) -> PatientsScreen:
    screen = patients_screen(main)
    assert isinstance(screen, PatientsScreen)
    return screen


def test_the_go_menu_shows_the_ampersand_as_text(qtbot: QtBot, open_main: OpenMain) -> None:
    main = open_main("nurse")
    orders = [entry.key for entry in SCREENS].index("orders")
    action = main.screen_actions[orders]
    assert action.text() == "Dosing && Orders"  # drawn "Dosing & Orders"
    assert QKeySequence.mnemonic(action.text()).isEmpty()
    assert main.sidebar.item(orders).text() == "Dosing & Orders"
    for action in main.screen_actions:
        assert QKeySequence.mnemonic(action.text()).isEmpty(), action.text()


def test_ctrl_f_finds_a_patient_from_any_screen(qtbot: QtBot, open_main: OpenMain) -> None:
    main = open_main("nurse")
    main.show_screen("patients")  # where the person types (Today is the first screen)
    patients = patients_of(main)
    patients.focus_search()
    type_through_input_method(patients.search, "신예진")  # a Hangul name
    qtbot.keyClick(patients.search, Qt.Key.Key_Return)
    wait_for_background(qtbot, main.ws)  # the search's rows arrive from the worker
    assert main.current_patient is not None and main.current_patient.screening_number == \
        "S-0003", "Enter chose the only match"
    assert main.focusWidget() is patients.table, "Up / Down then choose another"
    for key in ("toxicity", "catheter", "orders"):
        main.show_screen(key)
        active(qtbot, main)
        qtbot.keyClick(main.current_screen(), Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
        assert main.current_screen_key() == "patients"
        assert main.focusWidget() is patients.search
        assert patients.search.selectedText() == "신예진", "typing replaces the last search"
    patients.search.clear()
    qtbot.keyClicks(patients.search, "S-000")
    qtbot.keyClick(patients.search, Qt.Key.Key_Return)
    wait_for_background(qtbot, main.ws)
    first = patients.visible_patients()[0]
    assert main.current_patient == first, "several matches: the first is chosen"
    main.lock("manual")
    qtbot.keyClick(main.lock_screen.password, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert main.is_locked and not patients.isVisible(), "nothing is found while locked"


def test_enter_opens_the_selected_row(qtbot: QtBot, open_main: OpenMain) -> None:
    main = open_main("nurse")
    screen = open_toxicity(main, "S-0005")
    row = next(i for i, e in enumerate(screen.events_model.rows()) if e.grade < 3)
    screen.events_table.selectRow(row)
    active(qtbot, main)
    screen.events_table.setFocus()
    seen = answer_next_dialog(qtbot, lambda dialog: dialog.reject())  # type: ignore[attr-defined]
    qtbot.keyClick(screen.events_table, Qt.Key.Key_Return)
    assert len(seen) == 1 and isinstance(seen[0], AdverseEventDialog), "Enter opened the event"
    assert seen[0].windowTitle() == "Correct the adverse event"
    # The screening log: Enter opens the patient on the row, as a double click does.
    main = open_main("coordinator")
    main.show_screen("screening")
    screening = screening_screen(main)
    screening.tabs.setCurrentIndex(LOG_TAB)
    log = screening.log_panel
    qtbot.waitUntil(log.table.isVisible)
    row = [log.model.row_at(r).screening_number for r in range(7)].index("S-0002")
    log.table.selectRow(log.proxy.mapFromSource(log.model.index(row, 0)).row())
    active(qtbot, main)
    log.table.setFocus()
    qtbot.keyClick(log.table, Qt.Key.Key_Enter)  # the keypad's Enter as well
    assert main.current_patient is not None and main.current_patient.screening_number == \
        "S-0002"
    assert screening.tabs.currentIndex() == CHECKLIST_TAB


def password_fields(dialog: QWidget) -> list[QLineEdit]:
    return [edit for edit in dialog.findChildren(QLineEdit)
            if edit.echoMode() is QLineEdit.EchoMode.Password and edit.isVisibleTo(dialog)]


def test_enter_in_a_password_field_submits(qtbot: QtBot, open_main: OpenMain) -> None:
    from hai_desktop.ui.dialogs.add_user import AddUserDialog
    from hai_desktop.ui.dialogs.change_password import ChangePasswordDialog
    from hai_desktop.ui.dialogs.export_trial_data import ExportTrialDataDialog
    from hai_desktop.ui.dialogs.reset_password import ResetPasswordDialog

    main = open_main("admin")
    ws = main.ws
    for dialog in (ChangePasswordDialog(ws, parent=main), AddUserDialog(ws, main),
                   ResetPasswordDialog(ws, "nurse", main), ExportTrialDataDialog(ws, main)):
        assert isinstance(dialog, FormDialog)
        submitted: list[bool] = []
        dialog.ok_button.clicked.connect(lambda _=False, seen=submitted: seen.append(True))
        dialog.show()
        for field in password_fields(dialog):
            qtbot.keyClicks(field, "x")
            qtbot.keyClick(field, Qt.Key.Key_Return)
        assert password_fields(dialog), type(dialog).__name__
        assert len(submitted) == len(password_fields(dialog)), type(dialog).__name__
        dialog.reject()  # hidden and no longer modal, whatever its closeEvent does
    assert QApplication.activeModalWidget() is None
