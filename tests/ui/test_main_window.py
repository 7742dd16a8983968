"""Navigation, the patient header and the status bar of the main window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from hai_desktop.ui.dialogs.about import about_text
from hai_desktop.ui.main_window import SCREENS
from hai_desktop.ui.screens.audit import NOT_ALLOWED, AuditScreen
from hai_desktop.ui.screens.orders import OrdersScreen
from hai_desktop.ui.screens.patients import PatientsScreen
from hai_desktop.ui.screens.placeholder import PlaceholderScreen
from hai_desktop.ui.screens.today import TodayScreen
from hai_desktop.ui.widgets.patient_header import NO_PATIENT
from tests.ui.conftest import OpenMain, patients_screen, wait_for_background

DIGIT_KEYS = [Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4, Qt.Key.Key_5,
              Qt.Key.Key_6, Qt.Key.Key_7, Qt.Key.Key_8, Qt.Key.Key_9, Qt.Key.Key_0]


def test_sidebar_click_shows_each_screen(qtbot: QtBot, open_main: OpenMain) -> None:
    main = open_main("admin")
    assert main.sidebar.count() == len(SCREENS) == 11
    for row, entry in enumerate(SCREENS):
        item = main.sidebar.item(row)
        # Today carries its count: "Today (9)" (the administrator follows the whole unit).
        assert item.text() == (f"{entry.label} (9)" if entry.key == "today" else entry.label)
        qtbot.mouseClick(main.sidebar.viewport(), Qt.MouseButton.LeftButton,
                         pos=main.sidebar.visualItemRect(item).center())
        assert main.stack.currentWidget() is main.screens[entry.key]
        assert main.current_screen_key() == entry.key


def test_ctrl_digits_show_each_screen(qtbot: QtBot, open_main: OpenMain) -> None:
    main = open_main("admin")
    main.activateWindow()
    qtbot.waitUntil(main.isActiveWindow)
    for key, entry in reversed(list(zip(DIGIT_KEYS, SCREENS[:10], strict=True))):
        qtbot.keyClick(main, key, Qt.KeyboardModifier.ControlModifier)
        assert main.stack.currentWidget() is main.screens[entry.key], entry.key
        assert main.sidebar.currentRow() == SCREENS.index(entry)


def test_header_says_no_patient_until_one_is_chosen(open_main: OpenMain) -> None:
    main = open_main("nurse")
    assert main.header.summary_text() == NO_PATIENT
    assert main.header.empty_label.isVisible()
    assert not main.header.allergy_value.isVisible()  # no patient, no allergies to show
    for entry in SCREENS:
        screen = main.screens[entry.key]
        if isinstance(screen, PlaceholderScreen):
            assert "No patient selected" in screen.patient_label.text()


def test_status_bar_and_title(open_main: OpenMain) -> None:
    main = open_main("monitor")
    assert main.user_status.text() == "Signed in: Sofia Martins — Monitor (read-only)"
    assert main.training_status.isVisible()
    assert not main.anchor_status.isVisible()
    assert "TRAINING" in main.windowTitle()
    assert "SQLCipher 4." in about_text(main.ws)


def test_nurse_cannot_see_the_audit_trail(open_main: OpenMain) -> None:
    main = open_main("nurse")
    main.show_screen("audit")
    screen = main.screens["audit"]
    assert isinstance(screen, AuditScreen)
    assert screen.table is None and screen.verify_button is None
    texts = [w.text() for w in screen.findChildren(type(main.user_status))]
    assert NOT_ALLOWED in texts


def test_monitor_reads_the_trail_and_verifies_integrity(qtbot: QtBot,
                                                        open_main: OpenMain) -> None:
    main = open_main("monitor")
    main.show_screen("audit")
    screen = main.screens["audit"]
    assert isinstance(screen, AuditScreen) and screen.model is not None
    wait_for_background(qtbot, main.ws)  # the newest page, read on the worker
    actions = [r.action for r in screen.model.loaded_rows()]
    assert actions[0] == "sign_in"  # newest first
    assert isinstance(screen.verify_button, QPushButton)
    qtbot.mouseClick(screen.verify_button, Qt.MouseButton.LeftButton)
    wait_for_background(qtbot, main.ws)  # the check, then the trail again
    assert screen.verify_result.text().startswith("OK:")
    assert screen.model.loaded_rows()[0].action == "verify"


def test_today_is_first_and_patients_second(open_main: OpenMain) -> None:
    main = open_main("nurse")
    assert isinstance(main.current_screen(), TodayScreen)
    assert [entry.key for entry in SCREENS[:2]] == ["today", "patients"]
    assert isinstance(patients_screen(main), PatientsScreen)


def test_screens_are_built_when_first_needed_on_the_current_patient(
        qtbot: QtBot, open_main: OpenMain) -> None:
    """The window opens on Today with no other screen built (the time from sign-in to the
    first paint); a screen opened later is built in its place, on the patient chosen
    meanwhile, and connected like the rest (its patient changes reach the header)."""
    main = open_main("investigator")
    assert [type(s) for s in main.screens.built()] == [TodayScreen]
    assert main.stack.count() == len(SCREENS)
    patients = patients_screen(main)
    hai_003 = next(p for p in patients.visible_patients() if p.display_id == "HAI-003")
    main.set_current_patient(hai_003)
    main.show_screen("orders")
    orders = main.current_screen()
    assert isinstance(orders, OrdersScreen) and orders is main.screens["orders"]
    assert main.stack.indexOf(orders) == [e.key for e in SCREENS].index("orders")
    assert orders.patient == hai_003
    assert main.current_screen_key() == "orders"
    assert len(main.screens.built()) == 3
    assert len(list(main.screens.values())) == len(SCREENS)  # asking for all builds all
    for key, screen in main.screens.items():
        assert main.stack.widget([e.key for e in SCREENS].index(key)) is screen
