"""Dosing & Orders screen on the demo database: an investigator drafts an order through the
dialog (a wrong unit first) and signs it (a wrong password first), the pharmacist verifies, a
nurse prints it to a file that reads back, two nurses double-check it at the chair, the first
records it as given and the second confirms it; buttons follow the role; a screenshot of
S-0006. (The chair itself, refusal by refusal, is in test_order_chair.py.)"""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from hai_desktop.ui.dialogs.administration_confirm import ConfirmAdministrationDialog
from hai_desktop.ui.dialogs.double_check import DoubleCheckDialog
from hai_desktop.ui.dialogs.order_administration import AdministrationDialog
from hai_desktop.ui.dialogs.order_new import NewOrderDialog
from hai_desktop.ui.dialogs.order_sign import OrderSignDialog
from hai_desktop.ui.main_window import MainWindow
from hai_desktop.ui.models.orders import OrderColumn
from hai_desktop.ui.screens.orders import OrdersScreen
from tests.ui.conftest import PASSWORDS, OpenMain, fill_through_dialog, wait_for_background
from tests.ui.test_order_chair import check_fully, times_as_ordered
from tests.ui.test_screening import answer_next_dialog, patient, type_into
from tests.ui.test_screenshots import save_and_check

SHOTS = Path("/tmp/ui-shots")


def open_orders(main: MainWindow, number: str) -> OrdersScreen:
    main.set_current_patient(patient(main, number))
    main.show_screen("orders")
    screen = main.screens["orders"]
    assert isinstance(screen, OrdersScreen)
    return screen


def shot(widget: QWidget, name: str, tmp_path: Path) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    # The layout passes a resize or a new patient asked for, as a person would see them.
    for _ in range(3):
        QApplication.processEvents()
    save_and_check(widget, tmp_path / name, (400, 300))
    widget.grab().save(str(SHOTS / name))


def sign_through_dialog(qtbot: QtBot, button: QWidget, username: str,
                        wrong_first: bool = False) -> list[str]:
    seen: list[str] = []

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, OrderSignDialog)
        if wrong_first:
            dialog.password.setText("not-my-password")
            dialog.ok_button.click()
            assert dialog.isVisible()
            seen.append(dialog.refusal_text())
            assert dialog.password.text() == ""
        dialog.password.setText(PASSWORDS[username])
        dialog.ok_button.click()

    answer_next_dialog(qtbot, fill)
    button.click()  # type: ignore[attr-defined]
    return seen


def test_order_from_draft_to_printed_sheet(qtbot: QtBot, open_main: OpenMain, tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    main = open_main("investigator")
    main.resize(1280, 860)
    screen = open_orders(main, "S-0004")
    assert screen.rows == [] and screen.new_button.isVisible()
    created: list[int] = []

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, NewOrderDialog)
        qtbot.keyClicks(dialog.height_field.edit, "172 cm")
        qtbot.keyClicks(dialog.weight.edit, "70 cm")
        assert dialog.problem_at("weight"), "a length in the weight field is refused inline"
        assert dialog.plan is None
        type_into(qtbot, dialog.weight.edit, "70 kg")
        assert not dialog.problem_at("weight")
        qtbot.keyClicks(dialog.anc.edit, "2.1")
        qtbot.keyClicks(dialog.platelets.edit, "180")
        qtbot.keyClicks(dialog.creatinine.edit, "0.9")
        assert dialog.plan is None  # issue #16: the neuropathy is graded before oxaliplatin
        dialog.neuropathy.set_value(0)  # (the row itself: tests/ui/test_order_form.py)
        assert dialog.plan is not None, dialog.calculation.text()
        assert "BSA" in dialog.calculation.text() and "mg" in dialog.calculation.text()
        qtbot.wait(10)
        shot(dialog, "orders_new_dialog.png", tmp_path)
        dialog.ok_button.click()
        created.append(dialog.order_id or 0)

    answer_next_dialog(qtbot, fill)
    screen.new_button.click()
    assert created and created[0]
    assert [r.order.status for r in screen.rows] == ["draft"]
    assert screen.selected_id() == created[0]
    # The list names the person who wrote it, not the account.
    assert screen.model.cell(screen.rows[0], OrderColumn.CREATED_BY) == "Dr Joon-ho Lee"
    detail = screen.detail
    assert detail.lines_model.rowCount() >= 3
    assert "Dose levels not confirmed" in detail.notices.text()
    assert detail.sign_button.isVisible() and not detail.verify_button.isVisible()
    errors = sign_through_dialog(qtbot, detail.sign_button, "investigator", wrong_first=True)
    assert errors and "password" in errors[0].lower()
    assert screen.rows[0].order.status == "signed"
    assert "✓" in detail.signatures.text() and "prescribed" in detail.signatures.text()
    shot(main, "orders_signed.png", tmp_path)

    pharmacist = open_main("pharmacist")
    screen = open_orders(pharmacist, "S-0004")
    detail = screen.detail
    assert detail.verify_button.isVisible() and detail.reject_button.isVisible()
    assert not detail.sign_button.isVisible() and not screen.new_button.isVisible()
    sign_through_dialog(qtbot, detail.verify_button, "pharmacist")
    assert screen.rows[0].order.status == "verified"

    nurse = open_main("nurse")
    screen = open_orders(nurse, "S-0004")
    detail = screen.detail
    assert not detail.sign_button.isVisible() and not detail.verify_button.isVisible()
    assert not screen.new_button.isVisible()
    assert detail.print_button.isVisible()
    target = tmp_path / "sheet.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *_a, **_k: (str(target), "PDF (*.pdf)")))
    detail.print_button.click()
    wait_for_background(qtbot, nurse.ws)
    text = "".join(page.extract_text() for page in PdfReader(str(target)).pages)
    assert "Chemotherapy order" in text and "HAI-001" in text
    assert screen.rows[0].order.status == "printed"
    # Issue #16: nothing is recorded as given before two nurses' double check at the chair.
    assert detail.check_button.isVisible() and not detail.administer_button.isVisible()
    oid = screen.rows[0].order.id
    fill_through_dialog(qtbot, DoubleCheckDialog, detail.check_button,
                        lambda dialog: check_fully(qtbot, dialog, oid))
    fill_through_dialog(qtbot, DoubleCheckDialog, detail.check_button,
                        lambda dialog: check_fully(qtbot, dialog, oid, "nurse2"))
    assert detail.administer_button.isVisible() and not detail.check_button.isVisible()

    def record(dialog: AdministrationDialog) -> None:
        times_as_ordered(dialog)
        dialog.password.setText(PASSWORDS["nurse"])
        dialog.ok_button.click()

    fill_through_dialog(qtbot, AdministrationDialog, detail.administer_button, record)
    assert screen.rows[0].order.status == "given"
    second = open_main("nurse2")
    screen = open_orders(second, "S-0004")

    def confirm(dialog: ConfirmAdministrationDialog) -> None:
        dialog.password.setText(PASSWORDS["nurse2"])
        dialog.ok_button.click()

    fill_through_dialog(qtbot, ConfirmAdministrationDialog, screen.detail.confirm_button,
                        confirm)
    assert screen.rows[0].order.status == "administered"


def test_nurse_sees_no_sign_or_verify_and_screenshot_of_s0006(
        qtbot: QtBot, open_main: OpenMain, tmp_path: Path) -> None:
    main = open_main("nurse")
    main.resize(1280, 800)
    screen = open_orders(main, "S-0006")
    assert screen.rows and screen.rows[0].order.cycle == 5
    detail = screen.detail
    assert screen.rows[0].order.status == "verified"
    assert not detail.sign_button.isVisible() and not detail.verify_button.isVisible()
    assert not detail.reject_button.isVisible() and detail.print_button.isVisible()
    qtbot.wait(10)
    shot(main, "orders_s0006.png", tmp_path)
    screen.table.selectRow(len(screen.rows) - 1)
    assert "✓" in detail.signatures.text()


def test_nurse_prints_through_the_qt_printer(qtbot: QtBot, open_main: OpenMain,
                                             tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtPrintSupport import QPrinter

    main = open_main("nurse")
    screen = open_orders(main, "S-0006")
    assert screen.rows[0].order.status == "verified"
    target = tmp_path / "printed.pdf"

    def file_printer() -> QPrinter:  # stands in for the person choosing a printer
        printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        return printer

    monkeypatch.setattr(screen, "choose_printer", file_printer)
    assert screen.detail.printer_button.isVisible()
    screen.detail.printer_button.click()
    qtbot.waitUntil(lambda: screen.rows[0].order.status == "printed")
    printed = PdfReader(str(target))
    # Issue #16 added premedication and identifiers on every page: the sheet may take two.
    pages = len(printed.pages)
    assert pages in (1, 2)
    assert target.stat().st_size > 20_000  # a rendered page, not an empty one
    assert f"sent to the printer ({pages} page{'s' if pages > 1 else ''})" \
        in screen.message.text()


def test_investigator_records_the_mutation_status(qtbot: QtBot, open_main: OpenMain) -> None:
    from hai_desktop.services.orders import mutation_status
    from hai_desktop.ui.dialogs.mutation_status import MutationStatusDialog

    main = open_main("investigator")
    screen = open_orders(main, "S-0004")
    assert screen.mutation_button.isVisible()
    patient_id = screen.patient.id  # type: ignore[union-attr]
    seen: list[str] = []

    def fill_in() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets()
                      if isinstance(w, MutationStatusDialog) and w.isVisible())
        dialog.ras.setCurrentIndex(1)  # mutant
        dialog.ok_button.click()  # no source yet: refused inline, nothing saved
        seen.append(dialog.refusal_text())
        dialog.source.setText("pathology report 2026-10-02")
        dialog.ok_button.click()

    QTimer.singleShot(0, fill_in)
    screen.mutation_button.click()
    assert "source" in seen[0].lower()
    assert mutation_status(main.ws, patient_id) == ("mutant", "unknown")
    assert "RAS mutant" in screen.message.text()
    nurse_view = open_main("nurse")
    assert not open_orders(nurse_view, "S-0004").mutation_button.isVisible()
