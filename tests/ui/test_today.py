"""The Today screen: first after sign-in, its count in the sidebar, Enter and a double click
opening the right screen on the right patient, the empty state, and how it looks at 1366×768
for every role."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QHeaderView
from pytestqt.qtbot import QtBot

from hai_desktop.services import labs
from hai_desktop.services import orders as o
from hai_desktop.services.patients import list_patients
from hai_desktop.services.today import ItemKind
from hai_desktop.ui.main_window import SCREENS, MainWindow
from hai_desktop.ui.models.today import TodayColumn
from hai_desktop.ui.screens.catheter import CatheterScreen
from hai_desktop.ui.screens.orders import OrdersScreen
from hai_desktop.ui.screens.today import TodayScreen
from tests.ui.conftest import OpenMain, wait_for_background
from tests.ui.test_screenshots import save_and_check

ROLES = ("nurse", "pharmacist", "investigator", "radiologist", "coordinator", "admin",
         "monitor")


def today_of(main: MainWindow) -> TodayScreen:
    screen = main.screens["today"]
    assert isinstance(screen, TodayScreen)
    return screen


def row_of(screen: TodayScreen, kind: ItemKind) -> int:
    return next(i for i, item in enumerate(screen.visible_items()) if item.kind is kind)


def test_today_is_the_first_screen_with_focus_in_the_list(qtbot: QtBot,
                                                          open_main: OpenMain) -> None:
    main = open_main("nurse")
    assert SCREENS[0].key == "today"
    assert main.current_screen_key() == "today"
    screen = today_of(main)
    assert main.sidebar.item(0).text() == "Today (2)"
    assert main.sidebar.item(1).text() == "Patients"
    assert screen.count_label.text() == "2 items · 2 overdue"
    qtbot.waitUntil(lambda: screen.table.hasFocus())
    assert screen.selected_item() is screen.visible_items()[0]  # the most urgent, selected
    assert [i.kind for i in screen.visible_items()] == [ItemKind.PRINT_ORDER,
                                                        ItemKind.INSPECT_CATHETER]
    model = screen.model
    first = screen.proxy.index(0, TodayColumn.WHEN)
    assert first.data() == "⚠ Overdue 1 day"
    patient = screen.proxy.index(0, TodayColumn.PATIENT).data()
    assert patient == "HAI-003\n남재원 · NAM, Jae-won"
    assert screen.proxy.index(0, TodayColumn.OPENS).data() == "Dosing & Orders"
    assert screen.table.isColumnHidden(TodayColumn.WHO)  # the nurse does her own work
    assert model.rowCount() == 2


def test_enter_opens_the_catheter_on_that_patient(qtbot: QtBot, open_main: OpenMain) -> None:
    main = open_main("nurse")
    screen = today_of(main)
    qtbot.waitUntil(lambda: screen.table.hasFocus())
    assert main.current_patient is None
    qtbot.keyClick(screen.table, Qt.Key.Key_Down)  # arrows move within the list
    assert screen.selected_item() is not None
    assert screen.selected_item().kind is ItemKind.INSPECT_CATHETER  # type: ignore[union-attr]
    qtbot.keyClick(screen.table, Qt.Key.Key_Return)
    assert main.current_screen_key() == "catheter"
    assert main.current_patient is not None and main.current_patient.display_id == "HAI-003"
    assert main.header.summary_text().startswith("HAI-003")
    catheter = main.screens["catheter"]
    assert isinstance(catheter, CatheterScreen) and catheter.patient == main.current_patient


@pytest.mark.parametrize(("kind", "screen_key", "display_id"), [
    (ItemKind.RANDOMIZE, "randomization", "S-0003"), (ItemKind.SCREENING, "screening", "S-0001"),
    (ItemKind.LABS, "toxicity", "HAI-001")])
def test_the_coordinator_s_items_open_their_screens(qtbot: QtBot, open_main: OpenMain,
                                                    kind: ItemKind, screen_key: str,
                                                    display_id: str) -> None:
    main = open_main("coordinator")
    screen = today_of(main)
    qtbot.waitUntil(lambda: screen.table.hasFocus())
    for _ in range(row_of(screen, kind)):
        qtbot.keyClick(screen.table, Qt.Key.Key_Down)
    qtbot.keyClick(screen.table, Qt.Key.Key_Enter)  # the keypad's Enter too
    assert main.current_screen_key() == screen_key
    assert main.current_patient is not None and main.current_patient.display_id == display_id
    assert main.screens[screen_key].patient == main.current_patient


def test_a_double_click_opens_the_order_to_print(qtbot: QtBot, open_main: OpenMain) -> None:
    main = open_main("pharmacist")
    screen = today_of(main)
    item = screen.visible_items()[row_of(screen, ItemKind.PRINT_ORDER)]
    rect = screen.table.visualRect(screen.proxy.index(0, TodayColumn.DETAILS))
    # QTest's double click needs the press before it, as a real double click has.
    qtbot.mouseClick(screen.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert main.current_screen_key() == "today"  # one click selects, opens nothing
    qtbot.mouseDClick(screen.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert main.current_screen_key() == "orders"
    assert main.current_patient is not None and main.current_patient.display_id == "HAI-003"
    orders = main.screens["orders"]
    assert isinstance(orders, OrdersScreen)
    assert orders.selected_id() == item.order_id  # the order the row is about
    assert orders.detail.print_button.isVisible()
    # Back on Today, the order printed here is gone and the count follows.
    o.order_sheet_pdf(main.ws, item.order_id)  # type: ignore[arg-type]
    main.show_screen("today")
    wait_for_background(qtbot, main.ws)  # Today asks on the worker
    assert screen.items == [] and main.sidebar.item(0).text() == "Today"


def test_nothing_due_shows_an_empty_state(qtbot: QtBot, open_main: OpenMain) -> None:
    main = open_main("pharmacist")
    screen = today_of(main)
    order_id = screen.visible_items()[0].order_id
    assert order_id is not None
    o.order_sheet_pdf(main.ws, order_id)
    screen.refresh_button.click()
    wait_for_background(qtbot, main.ws)
    assert screen.empty_label.isVisible() and not screen.table.isVisible()
    assert screen.empty_label.text() == "Nothing due today."
    assert screen.count_label.text() == "Nothing due today."
    assert main.sidebar.item(0).text() == "Today"


def test_the_sidebar_count_follows_work_done_elsewhere(qtbot: QtBot,
                                                       open_main: OpenMain) -> None:
    main = open_main("coordinator")
    assert main.sidebar.item(0).text() == "Today (3)"
    hai_001 = list_patients(main.ws, "HAI-001")[0]
    for term, value in (("Neutrophil count decreased", "2.2 ×10⁹/L"),
                        ("Platelet count decreased", "205 ×10⁹/L")):
        labs.record_lab(main.ws, labs.LabInput(hai_001.id, term, value, main.ws.today()))
    main.show_screen("toxicity")  # any screen shown refreshes Today's count after it
    qtbot.waitUntil(lambda: main.sidebar.item(0).text() == "Today (2)")
    assert main.current_screen_key() == "toxicity"


def test_ctrl_1_comes_back_to_today(qtbot: QtBot, open_main: OpenMain) -> None:
    main = open_main("investigator")
    main.activateWindow()
    qtbot.waitUntil(main.isActiveWindow)
    qtbot.keyClick(main, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert main.current_screen_key() == "patients"
    qtbot.keyClick(main, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert main.current_screen_key() == "today"
    qtbot.waitUntil(lambda: today_of(main).table.hasFocus())


@pytest.mark.parametrize("username", ROLES)
def test_today_for_each_role_at_1366x768(qtbot: QtBot, open_main: OpenMain, tmp_path: Path,
                                         username: str) -> None:
    main = open_main(username)
    main.resize(1366, 768)
    QApplication.processEvents()
    screen = today_of(main)
    save_and_check(main, tmp_path / f"today-{username}.png", (1300, 700))
    assert main.width() == 1366
    assert screen.items, f"the demo gives {username} something to do today"
    table = screen.table
    # Every sentence is shown whole: the details column has room and rows grow to fit.
    details = table.columnWidth(TodayColumn.DETAILS)
    assert details >= 260, details
    assert table.horizontalHeader().sectionResizeMode(TodayColumn.DETAILS) \
        is QHeaderView.ResizeMode.Stretch
    assert table.horizontalScrollBar().maximum() == 0  # nothing off to the right
    for row in range(screen.proxy.rowCount()):
        index = screen.proxy.index(row, TodayColumn.DETAILS)
        needed = table.sizeHintForIndex(index).height()
        assert table.rowHeight(row) >= needed - 2, (username, row)
    assert table.isColumnHidden(TodayColumn.WHO) == (username not in ("admin", "monitor"))
