"""The order at the chair, driven through the widgets on the demo copy (site time: Seoul).

S-0006's cycle 5 order is printed with its HAI gate closed. The signed-in nurse makes the first
independent double check with the sheet's code SCANNED (a keyboard-wedge scanner types the code
and Enter — that Enter must not sign), a wrong code and a wrong record number refused at their
fields; a second check by the same nurse is refused; nurse2 makes the second check with her own
user name and password at the same workstation. Administration is refused before both checks;
after them the nurse records more irinotecan than ordered (confirmation and reason asked for at
their fields), which raises a medication-error incident shown on the screen; the 46-h pump is
left running. The second nurse sees what was given before she signs; the pump is disconnected
later; the investigator resolves the incident. Each dialog and the screen are rendered at
1366×768 to /tmp/ui-shots.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from hai_desktop.core.order_code import order_code
from hai_desktop.services import orders as o
from hai_desktop.services.administration import (
    CONTINUOUS,
    CheckView,
    DoubleCheckState,
    double_check_state,
    ordered_minutes,
    running_lines,
)
from hai_desktop.settings import Settings
from hai_desktop.ui.dialogs.administration_confirm import ConfirmAdministrationDialog
from hai_desktop.ui.dialogs.double_check import DoubleCheckDialog
from hai_desktop.ui.dialogs.order_administration import AdministrationDialog
from hai_desktop.ui.dialogs.pump_disconnection import PumpDisconnectionDialog
from hai_desktop.ui.dialogs.resolve_incident import ResolveIncidentDialog
from hai_desktop.ui.main_window import MainWindow
from hai_desktop.ui.models.orders import LineColumn
from hai_desktop.ui.screens.orders import OrderDetail, OrdersScreen
from hai_desktop.ui.widgets.scan_field import ScanField
from tests.ui.conftest import PASSWORDS, OpenMain, answer_next_dialog, fill_through_dialog
from tests.ui.test_screening import patient, type_into
from tests.ui.test_screenshots import save_and_check

SHOTS = Path("/tmp/ui-shots")
WORKSTATION = QSize(1366, 768)
IRINOTECAN = "irinotecan"
PUMP = "fluorouracil_infusion"


# ---- helpers -------------------------------------------------------------------------------

def open_orders(main: MainWindow, number: str) -> OrdersScreen:
    main.set_current_patient(patient(main, number))
    main.show_screen("orders")
    screen = main.screens["orders"]
    assert isinstance(screen, OrdersScreen)
    return screen


def shot(widget: QWidget, name: str, tmp_path: Path) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    save_and_check(widget, tmp_path / name, (400, 300))
    widget.grab().save(str(SHOTS / name))


def scan(qtbot: QtBot, field: QLineEdit, code: str) -> None:
    """What a keyboard-wedge scanner sends: the code's characters, then Enter."""
    qtbot.keyClicks(field, code)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def tick_every_line(qtbot: QtBot, dialog: DoubleCheckDialog) -> None:
    for box in dialog.line_boxes.values():
        box.setFocus()
        qtbot.keyClick(box, Qt.Key.Key_Space)
        assert box.isChecked()


def sign_check(qtbot: QtBot, dialog: DoubleCheckDialog, username: str | None = None) -> None:
    """The checking nurse's user name (when given) and password, then Enter."""
    if username is not None:
        type_into(qtbot, dialog.username, username)
    qtbot.keyClicks(dialog.password, PASSWORDS[username or dialog.username.text()])
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)


def check_fully(qtbot: QtBot, dialog: DoubleCheckDialog, oid: int,
                username: str | None = None) -> None:
    """A check with everything right (the order's own code scanned)."""
    who = dialog.state.identity
    scan(qtbot, dialog.code, order_code(oid))
    qtbot.keyClicks(dialog.record_number, who.record_number)
    qtbot.keyClicks(dialog.date_of_birth.edit, who.date_of_birth.isoformat())
    tick_every_line(qtbot, dialog)
    sign_check(qtbot, dialog, username)


def minute_ago() -> datetime:
    return datetime.now(UTC).replace(second=0, microsecond=0) - timedelta(minutes=1)


def times_as_ordered(dialog: AdministrationDialog) -> None:
    """Every line ran as long as ordered, ending a minute ago; the pump started 10 min ago."""
    end = minute_ago()
    for row in dialog.rows.values():
        low, high = ordered_minutes(row.line)
        if row.line.route == CONTINUOUS:
            row.start.set_moment(end - timedelta(minutes=10))
            continue
        row.start.set_moment(end - timedelta(minutes=(low + high) / 2))
        row.end.set_moment(end)


def printed_order(main: MainWindow, number: str = "S-0006") -> tuple[OrdersScreen, int]:
    """Today's order of `number`, printed by the signed-in nurse, selected on the screen."""
    screen = open_orders(main, number)
    oid = screen.rows[0].order.id
    o.order_sheet_pdf(main.ws, oid)
    screen.reload(select_id=oid)
    assert screen.rows[0].order.status == "printed"
    return screen, oid


def seoul(settings: Settings) -> Settings:
    return replace(settings, time_zone="Asia/Seoul")


def mnemonic_letters(widget: QWidget) -> list[str]:
    """The Alt+letter of every button shown in `widget` (the menu bar's as well)."""
    letters = []
    for button in widget.findChildren(QAbstractButton):
        if button.isVisibleTo(widget) and button.text():
            key = QKeySequence.mnemonic(button.text()).toString()
            if key:
                letters.append(key)
    if isinstance(widget, MainWindow):
        for action in widget.menuBar().actions():
            key = QKeySequence.mnemonic(action.text()).toString()
            if key:
                letters.append(key)
    return letters


# ---- the scan field on its own -------------------------------------------------------------

def test_a_scanned_code_and_its_enter_stay_in_the_scan_field(qtbot: QtBot) -> None:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    field, after = ScanField(), QLineEdit()
    layout = QVBoxLayout(dialog)
    layout.addWidget(field)
    layout.addWidget(after)
    accepted: list[bool] = []
    dialog.accepted.connect(lambda: accepted.append(True))
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
    buttons.button(QDialogButtonBox.StandardButton.Ok).setDefault(True)
    buttons.accepted.connect(dialog.accept)
    layout.addWidget(buttons)
    dialog.show()
    qtbot.waitExposed(dialog)
    field.setFocus()
    with qtbot.waitSignal(field.scanned) as blocker:
        scan(qtbot, field, "HAI-ORDER-000008")
    assert blocker.args == ["HAI-ORDER-000008"]
    assert not accepted and dialog.isVisible(), "the scanner's Enter must not press OK"
    assert dialog.focusWidget() is after, "the scan moves on to the next field"
    qtbot.keyClick(after, Qt.Key.Key_Return)
    assert accepted, "Enter elsewhere still presses the default button"
    # The keypad's Enter (some scanners send it) ends a scan the same way.
    dialog.show()
    field.setFocus()
    qtbot.wait(10)  # the focus selects the old code: the next scan replaces it
    with qtbot.waitSignal(field.scanned) as blocker:
        qtbot.keyClicks(field, "HAI-ORDER-000009")
        qtbot.keyClick(field, Qt.Key.Key_Enter)
    assert blocker.args == ["HAI-ORDER-000009"] and len(accepted) == 1


# ---- the whole chair flow ------------------------------------------------------------------

def test_the_order_at_the_chair(qtbot: QtBot, open_main: OpenMain, settings: Settings,
                                tmp_path: Path) -> None:
    nurse = open_main("nurse", use_settings=seoul(settings))
    nurse.resize(WORKSTATION)
    screen, oid = printed_order(nurse)
    detail = screen.detail
    assert detail.check_button.isVisible() and not detail.administer_button.isVisible()
    assert "none yet" in detail.chair.text()
    withheld_row = next(r for r in range(detail.lines_model.rowCount())
                        if detail.lines_model.row_at(r).route == "HAI")
    assert detail.lines_model.index(withheld_row, LineColumn.CALCULATED).data().startswith(
        "HAI withheld — no valid catheter inspection")
    assert detail.lines_table.columnSpan(withheld_row, LineColumn.CALCULATED) > 1
    assert [detail.lines_model.index(r, LineColumn.NUMBER).data()
            for r in range(detail.lines_model.rowCount())] == ["1", "2", "3", "4", "5"]

    def first_check(dialog: DoubleCheckDialog) -> None:
        assert "Check 1 of 2" in dialog.intro.text()
        assert dialog.username.text() == "nurse"
        assert dialog.focusWidget() is dialog.code
        scan(qtbot, dialog.code, "HAI-ORDER-000003")  # another patient's sheet
        assert dialog.isVisible()
        assert "another patient's sheet" in dialog.problem_at("order_code")
        assert dialog.focusWidget() is dialog.code, "the cursor goes back to the code to scan again"
        assert dialog.code.selectedText() == "HAI-ORDER-000003"  # replaced by the next scan
        scan(qtbot, dialog.code, order_code(oid))
        assert dialog.isVisible(), "the scanner's Enter must not sign the check"
        assert dialog.code.text() == order_code(oid)
        assert dialog.code_ok.text().startswith("✓") and not dialog.problem_at("order_code")
        assert dialog.focusWidget() is dialog.record_number
        qtbot.keyClicks(dialog.record_number, "TR-0000000")  # not this patient's wristband
        born = dialog.state.identity.date_of_birth.isoformat()
        qtbot.keyClicks(dialog.date_of_birth.edit, born)
        tick_every_line(qtbot, dialog)
        sign_check(qtbot, dialog)
        assert dialog.isVisible()
        assert "does not match" in dialog.problem_at("record_number")
        assert dialog.focusWidget() is dialog.record_number
        # Nothing typed is lost but the password.
        assert dialog.password.text() == "" and dialog.code.text() == order_code(oid)
        assert dialog.date_of_birth.text() == born
        assert all(box.isChecked() for box in dialog.line_boxes.values())
        dialog.fit_to(WORKSTATION)
        qtbot.wait(10)
        shot(dialog, "chair_double_check_error.png", tmp_path)
        assert dialog.width() <= 1366 and dialog.height() <= 768
        type_into(qtbot, dialog.record_number, dialog.state.identity.record_number)
        sign_check(qtbot, dialog)

    fill_through_dialog(qtbot, DoubleCheckDialog, detail.check_button, first_check)
    assert "Double check 1 of 2 done by Ha-na Choi" in detail.chair.text()
    assert "KST" in detail.chair.text()
    assert detail.check_button.isVisible() and not detail.administer_button.isVisible()

    # Administration is refused before both checks (the service's refusal, inline).
    early = AdministrationDialog(nurse.ws, detail.view, screen)  # type: ignore[arg-type]
    early.show()
    qtbot.keyClicks(early.password, PASSWORDS["nurse"])
    qtbot.keyClick(early.password, Qt.Key.Key_Return)
    assert early.isVisible() and "not complete (1 of 2)" in early.refusal_text()
    early.close()

    def second_check(dialog: DoubleCheckDialog) -> None:
        assert "Check 2 of 2 — check 1 by Ha-na Choi" in dialog.intro.text()
        assert dialog.username.text() == "", "the second nurse types her own user name"
        check_fully(qtbot, dialog, oid, "nurse")  # the same nurse again
        assert dialog.isVisible()
        assert "has checked this order already" in dialog.problem_at("username")
        assert dialog.focusWidget() is dialog.username
        type_into(qtbot, dialog.username, "nurse2")
        qtbot.keyClicks(dialog.password, "not-her-password")
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
        assert dialog.isVisible() and dialog.problem_at("password")
        sign_check(qtbot, dialog)  # nurse2, her own password

    fill_through_dialog(qtbot, DoubleCheckDialog, detail.check_button, second_check)
    assert "Double check complete" in detail.chair.text()
    assert "Ji-woo Jung" in detail.chair.text()
    assert not detail.check_button.isVisible() and detail.administer_button.isVisible()

    def administer(dialog: AdministrationDialog) -> None:
        hai = next(r for r in dialog.rows.values() if r.line.route == "HAI")
        assert hai.dose.text() == "0" and hai.dose.isReadOnly()
        pump = dialog.rows[PUMP]
        assert pump.running.isChecked() and not pump.end.isEnabled()
        times_as_ordered(dialog)
        irinotecan = dialog.rows[IRINOTECAN]
        assert irinotecan.dose.text() == f"{irinotecan.line.final_mg:g}"
        assert not irinotecan.dose_reason.isVisibleTo(dialog)
        type_into(qtbot, irinotecan.dose, "340")
        assert irinotecan.more_warning.isVisibleTo(dialog)
        assert "medication error" in irinotecan.more_warning.text()
        assert irinotecan.dose_reason.isVisibleTo(dialog)
        assert not irinotecan.time_reason.isVisibleTo(dialog)
        qtbot.keyClicks(dialog.password, PASSWORDS["nurse"])
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
        assert dialog.isVisible()
        assert "more than ordered is a medication error" in dialog.problem_at(
            f"{IRINOTECAN}:more")
        assert dialog.focusWidget() is irinotecan.more_confirmed and dialog.password.text() == ""
        qtbot.keyClick(irinotecan.more_confirmed, Qt.Key.Key_Space)
        qtbot.keyClicks(dialog.password, PASSWORDS["nurse"])
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
        assert "Give the reason for the difference" in dialog.problem_at(
            f"{IRINOTECAN}:reason")
        assert irinotecan.dose.text() == "340" and irinotecan.more_confirmed.isChecked()
        qtbot.keyClicks(irinotecan.dose_reason, "TRAINING: a second bag hung by mistake")
        dialog.fit_to(WORKSTATION)
        qtbot.wait(10)
        shot(dialog, "chair_administration.png", tmp_path)
        qtbot.keyClicks(dialog.password, PASSWORDS["nurse"])
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)

    fill_through_dialog(qtbot, AdministrationDialog, detail.administer_button, administer)
    assert screen.rows[0].order.status == "given"
    given = {detail.lines_model.row_at(r).drug_id:
             detail.lines_model.index(r, LineColumn.GIVEN).data()
             for r in range(detail.lines_model.rowCount())}
    assert given[IRINOTECAN].startswith("340 mg · ")
    assert given[PUMP].startswith("4,400 mg\nrunning since ")
    assert given["oxaliplatin_hai"] == "0 mg — not given\n(HAI withheld)"
    assert "Medication error" in detail.incidents.text()
    assert "irinotecan 340 mg given, 330 mg ordered" in detail.incidents.text()
    assert "Pump running" in detail.chair.text()
    assert detail.confirm_button.isVisible() and detail.disconnect_button.isVisible()
    assert not detail.incident_buttons, "only investigators resolve incidents"
    nurse.show_screen("orders")
    qtbot.wait(10)
    shot(nurse, "chair_orders_given.png", tmp_path)

    # The nurse who gave cannot confirm her own administration.
    def own_confirmation(dialog: ConfirmAdministrationDialog) -> None:
        qtbot.keyClicks(dialog.password, PASSWORDS["nurse"])
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
        assert dialog.isVisible() and "another nurse" in dialog.refusal_text()
        dialog.reject()

    answer_next_dialog(qtbot, own_confirmation)
    detail.confirm_button.click()
    assert screen.rows[0].order.status == "given"

    second = open_main("nurse2", use_settings=seoul(settings))
    second.resize(WORKSTATION)
    screen2 = open_orders(second, "S-0006")
    detail2 = screen2.detail

    def confirm(dialog: ConfirmAdministrationDialog) -> None:
        assert "Ha-na Choi" in dialog.intro.text()
        shown = dialog.given_cells[IRINOTECAN].text()
        assert "340 mg" in shown and "more than ordered" in shown
        body = " ".join(w.text() for w in dialog.content.findChildren(type(dialog.intro)))
        assert "a second bag hung by mistake" in body
        assert "Pump running" in body and "Medication error" in body
        assert "not given" in dialog.given_cells["oxaliplatin_hai"].text()
        qtbot.keyClicks(dialog.password, "wrong-password")
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
        assert dialog.isVisible() and dialog.problem_at("password")
        dialog.fit_to(WORKSTATION)
        qtbot.wait(10)
        shot(dialog, "chair_confirmation.png", tmp_path)
        qtbot.keyClicks(dialog.password, PASSWORDS["nurse2"])
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)

    fill_through_dialog(qtbot, ConfirmAdministrationDialog, detail2.confirm_button, confirm)
    assert screen2.rows[0].order.status == "administered"
    assert detail2.disconnect_button.isVisible(), "the pump still runs after the confirmation"

    def disconnect(dialog: PumpDisconnectionDialog) -> None:
        assert dialog.selected() is not None and dialog.selected().drug_id == PUMP
        assert "shorter than ordered" in dialog.hint.text()
        qtbot.keyClicks(dialog.password, PASSWORDS["nurse2"])
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
        assert dialog.isVisible() and "give the reason" in dialog.problem_at("reason")
        dialog.fit_to(WORKSTATION)
        qtbot.wait(10)
        shot(dialog, "chair_disconnection.png", tmp_path)
        qtbot.keyClicks(dialog.reason, "TRAINING: pump alarm, occlusion; disconnected early")
        qtbot.keyClicks(dialog.password, PASSWORDS["nurse2"])
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)

    fill_through_dialog(qtbot, PumpDisconnectionDialog, detail2.disconnect_button, disconnect)
    assert not detail2.disconnect_button.isVisible()
    pump_row = next(r for r in range(detail2.lines_model.rowCount())
                    if detail2.lines_model.row_at(r).drug_id == PUMP)
    assert "running" not in detail2.lines_model.index(pump_row, LineColumn.GIVEN).data()

    investigator = open_main("investigator", use_settings=seoul(settings))
    screen3 = open_orders(investigator, "S-0006")
    buttons = screen3.detail.incident_buttons
    assert len(buttons) == 1 and buttons[0].isVisible()

    def resolve(dialog: ResolveIncidentDialog) -> None:
        qtbot.keyClicks(dialog.resolution, "TRAINING: patient reviewed, no harm; bag labels "
                                           "changed")
        dialog.ok_button.click()

    fill_through_dialog(qtbot, ResolveIncidentDialog, buttons[0], resolve)
    assert "resolved by investigator" in screen3.detail.incidents.text()
    assert not screen3.detail.incident_buttons


def test_the_printed_order_on_the_screen_and_its_shortcuts(
        qtbot: QtBot, open_main: OpenMain, settings: Settings, tmp_path: Path) -> None:
    nurse = open_main("nurse", use_settings=seoul(settings))
    nurse.resize(WORKSTATION)
    screen, _oid = printed_order(nurse)
    detail = screen.detail
    assert "Allergies: iodinated contrast medium" in detail.allergies.text()
    assert "Cumulative oxaliplatin" in detail.oxaliplatin.text()
    assert "grade 2" in detail.oxaliplatin.text()
    assert "diphenhydramine" in detail.supportive.text()
    assert "KST" in detail.signatures.text() and "UTC" not in detail.signatures.text()
    qtbot.wait(10)
    shot(nurse, "chair_orders_printed.png", tmp_path)
    letters = mnemonic_letters(nurse)
    assert len(letters) == len(set(letters)), letters
    # Alt+C opens the double check from anywhere on the screen.
    nurse.activateWindow()
    qtbot.waitUntil(nurse.isActiveWindow)
    seen = answer_next_dialog(qtbot, lambda dialog: dialog.reject())  # type: ignore[attr-defined]
    qtbot.keyClick(detail.lines_table, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: bool(seen))
    assert isinstance(seen[0], DoubleCheckDialog)


@pytest.mark.parametrize("role", ["investigator", "pharmacist", "nurse"])
def test_no_two_buttons_shown_together_share_a_mnemonic(
        qtbot: QtBot, open_main: OpenMain, role: str) -> None:
    """Every status of an order, as each role sees it, with the HAI gate closed (S-0006) or a
    pump running (S-0005), the double check incomplete or complete (Alt+V was both Verify and
    Preview; Alt+S both Sign and the Session menu)."""
    main = open_main(role)
    detail: OrderDetail = open_orders(main, "S-0006").detail
    withheld = detail.view
    assert withheld is not None and withheld.hai_withheld
    pumping = o.load_order(main.ws, open_orders(main, "S-0005").rows[0].order.id)
    assert running_lines(pumping.lines)
    identity = double_check_state(main.ws, withheld.order.id).identity
    now = datetime.now(UTC)
    both = DoubleCheckState([], identity, [CheckView(1, "nurse", "Ha-na Choi", now, True),
                                           CheckView(2, "nurse2", "Ji-woo Jung", now, True)])
    shown: set[str] = set()
    for view in (withheld, pumping):
        for checks in (None, both):
            for status in ("draft", "signed", "verified", "printed", "given", "administered",
                           "rejected", "voided"):
                detail.view, detail.checks = view, checks
                detail._buttons(status, main.ws)
                letters = mnemonic_letters(main)
                assert len(letters) == len(set(letters)), (role, status, letters)
                shown |= {b.text() for b in detail.findChildren(QAbstractButton)
                          if b.isVisibleTo(main)}
    chair = {"Double &check…", "Record &administration…", "Pump &disconnected…",
             "Con&firm administration…"}
    assert chair <= shown if role == "nurse" else not chair & shown
    if role == "pharmacist":
        assert {"&Verify…", "Pr&eview"} <= shown
