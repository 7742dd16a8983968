"""The Catheter screen driven through its dialogs on a demo copy: an interventional radiologist
records the implantation (a missing access route refused first), a nurse inspects by keyboard
(blanks refused naming the unanswered items, then fit; fit with a finding and no explanation
refused), a pain report flags IR review and closes the gate, the pharmacist sees no buttons,
a control-arm patient gets a sentence, the log exports to CSV. Each test sets up the catheter
it needs through the services, so it does not depend on the demo's catheter content."""

from __future__ import annotations

import csv
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from hai_desktop.core.catheter import ItemKind, catheter_rules
from hai_desktop.services import catheter
from hai_desktop.services.patients import list_patients
from hai_desktop.services.workspace import Workspace
from hai_desktop.ui.dialogs.catheter_event import CatheterEventDialog
from hai_desktop.ui.dialogs.catheter_inspection import InspectionDialog
from hai_desktop.ui.dialogs.hai_pain import HaiPainDialog
from hai_desktop.ui.main_window import MainWindow
from hai_desktop.ui.models.catheter import LogColumn
from hai_desktop.ui.screens.catheter import COUNTS_TAB, CatheterScreen
from tests.ui.conftest import OpenMain, wait_for_background
from tests.ui.conftest import answer_next_dialog as _answer_next_dialog
from tests.ui.test_orders import SHOTS, patient, shot
from tests.ui.test_screenshots import save_and_check

HAI_PATIENT = "S-0004"


def answer_next_dialog(qtbot: QtBot, fill: Callable[[QWidget], None]) -> None:
    """As conftest's, but a failing check closes the dialog so the test fails, not hangs."""

    def guarded(dialog: QWidget) -> None:
        try:
            fill(dialog)
        except BaseException:
            if dialog.isVisible():
                dialog.close()
            raise

    _answer_next_dialog(qtbot, guarded)


def small_shot(widget: QWidget, name: str, tmp_path: Path) -> None:
    """shot() for a short dialog (the pain report is a three-field form)."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    save_and_check(widget, tmp_path / name, (400, 200))
    widget.grab().save(str(SHOTS / name))


def open_catheter(main: MainWindow, number: str) -> CatheterScreen:
    main.set_current_patient(patient(main, number))
    main.show_screen("catheter")
    screen = main.screens["catheter"]
    assert isinstance(screen, CatheterScreen)
    return screen


def status_text(screen: CatheterScreen) -> str:
    return screen.status.text() + screen.gate_line.text()


def without_catheter(ws: Workspace, number: str) -> int:
    """Void whatever catheter events the demo gave the patient (latest first): no catheter."""
    patient_id = next(p.id for p in list_patients(ws) if p.screening_number == number)
    for event in reversed(catheter.catheter_record(ws, patient_id).events):
        catheter.void_catheter_event(ws, event.id, "test starts without a catheter")
    return patient_id


def implant(ws: Workspace, patient_id: int) -> None:
    catheter.record_catheter_event(ws, catheter.CatheterEventInput(
        patient_id=patient_id, kind="implanted", occurred_on=date.today(),
        operator="Dr Tae-hyun Kang", access_route="femoral", port_location="right chest",
        tip_position="common hepatic artery"))


def clean_answers() -> dict[str, bool | str]:
    """Every item answered with the answer that is not a finding."""
    answers: dict[str, bool | str] = {}
    for item in catheter_rules().items:
        answers[item.id] = (not item.finding_when if item.kind is ItemKind.YES_NO
                            else item.choices[0])
    return answers


def type_answers(qtbot: QtBot, dialog: InspectionDialog,
                 answers: dict[str, bool | str]) -> None:
    """Answer row by row from the keyboard: Y/N or the choice's number moves to the next row."""
    items = catheter_rules().items
    dialog.answers[items[0].id].setFocus()
    for item in items:
        row = dialog.answers[item.id]
        assert dialog.focusWidget() is row, f"focus is not on {item.id}"
        answer = answers[item.id]
        key = ("y" if answer else "n") if isinstance(answer, bool) else str(
            item.choices.index(answer) + 1)
        qtbot.keyClicks(row, key)
        assert row.value() == answer


@pytest.fixture
def radiologist(open_main: OpenMain) -> MainWindow:
    main = open_main("radiologist")
    main.resize(1280, 860)
    without_catheter(main.ws, HAI_PATIENT)
    return main


def test_radiologist_records_the_implantation(qtbot: QtBot, radiologist: MainWindow,
                                              tmp_path: Path) -> None:
    screen = open_catheter(radiologist, HAI_PATIENT)
    assert "No catheter recorded" in status_text(screen)
    assert screen.event_button.isVisible() and screen.inspect_button.isVisible()
    assert not screen.inspect_button.isEnabled(), "nothing to inspect yet"
    seen: dict[str, str] = {}

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, CatheterEventDialog)
        assert dialog.kinds == ["implanted"]
        assert dialog.operator.text() == "Dr Tae-hyun Kang"
        assert not dialog.is_row_visible(dialog.complication)
        qtbot.keyClicks(dialog.port_location, "right lower chest")
        qtbot.keyClicks(dialog.tip_position, "common hepatic artery, GDA coiled")
        dialog.ok_button.click()  # no access route: refused, nothing lost
        seen["error"] = dialog.refusal_text()
        assert dialog.isVisible() and dialog.port_location.text() == "right lower chest"
        dialog.access_route.setCurrentIndex(dialog.access_route.findData("femoral"))
        qtbot.keyClicks(dialog.notes, "4F catheter, port sutured")
        shot(dialog, "catheter-event-dialog.png", tmp_path)
        dialog.ok_button.click()

    answer_next_dialog(qtbot, fill)
    screen.event_button.click()
    qtbot.waitUntil(lambda: screen.record is not None and screen.record.state.in_place)
    assert "access route" in seen["error"].lower()
    text = status_text(screen)
    assert "Catheter in place" in text and "Femoral artery" in text
    assert "right lower chest" in text and "perfusion check due" in text
    assert "HAI withheld" in text, "no inspection yet: the gate is closed"
    assert screen.inspect_button.isEnabled()
    whats = [screen.log_model.cell(r, LogColumn.WHAT) for r in screen.log_model.rows()
             if not r.voided]
    assert whats == ["implanted"]


def test_complication_then_removal(qtbot: QtBot, radiologist: MainWindow) -> None:
    implant(radiologist.ws, patient(radiologist, HAI_PATIENT).id)
    screen = open_catheter(radiologist, HAI_PATIENT)
    seen: dict[str, object] = {}

    def complication(dialog: QWidget) -> None:
        assert isinstance(dialog, CatheterEventDialog)
        assert "implanted" not in dialog.kinds and "removed" in dialog.kinds
        dialog.set_kind("complication")
        assert dialog.is_row_visible(dialog.complication)
        assert not dialog.is_row_visible(dialog.access_route)
        dialog.ok_button.click()  # no complication type chosen
        seen["error"] = dialog.refusal_text()
        dialog.complication.setCurrentIndex(dialog.complication.findData("occlusion"))
        qtbot.keyClicks(dialog.reason, "resistance on flush, angiography: occluded")
        dialog.ok_button.click()

    answer_next_dialog(qtbot, complication)
    screen.event_button.click()
    qtbot.waitUntil(lambda: any(r.complication == "occlusion" for r in screen.log_model.rows()))
    assert "Choose the complication" in str(seen["error"])
    counts = {(r.group, r.item): r.count for r in screen.counts_model.rows()}
    assert counts[("Complications", "Occlusion")] >= 1

    def removal(dialog: QWidget) -> None:
        assert isinstance(dialog, CatheterEventDialog)
        dialog.set_kind("removed")
        assert not dialog.is_row_visible(dialog.tip_position)
        dialog.ok_button.click()  # no reason
        seen["reason"] = dialog.refusal_text()
        qtbot.keyClicks(dialog.reason, "occluded catheter")
        dialog.ok_button.click()

    answer_next_dialog(qtbot, removal)
    screen.event_button.click()
    qtbot.waitUntil(lambda: screen.record is not None
                    and screen.record.state.status == "removed")
    assert "reason" in str(seen["reason"]).lower()
    assert "Catheter removed" in status_text(screen) and "HAI stopped" in status_text(screen)
    assert not screen.inspect_button.isEnabled() and not screen.pain_button.isEnabled()


def test_nurse_inspects_by_keyboard(qtbot: QtBot, radiologist: MainWindow, open_main: OpenMain,
                                    tmp_path: Path) -> None:
    patient_id = patient(radiologist, HAI_PATIENT).id
    implant(radiologist.ws, patient_id)
    main = open_main("nurse")
    main.resize(1280, 860)
    screen = open_catheter(main, HAI_PATIENT)
    assert screen.inspect_button.isVisible() and screen.pain_button.isVisible()
    assert not screen.event_button.isVisible(), "a nurse does not record catheter events"
    items = catheter_rules().items
    seen: dict[str, str] = {}

    def first(dialog: QWidget) -> None:
        assert isinstance(dialog, InspectionDialog)
        assert all(row.value() is None for row in dialog.answers.values()), "never pre-ticked"
        assert dialog.outcome.value() is None
        assert "not aspirated" in dialog.reminder.text() and dialog.reminder.isVisible()
        shot(dialog, "catheter-inspection-blank.png", tmp_path)
        # Two answers, then Save: refused, naming the rest; the two answers stay.
        dialog.answers[items[0].id].setFocus()
        qtbot.keyClicks(dialog.answers[items[0].id], "n")
        qtbot.keyClicks(dialog.answers[items[1].id], "n")
        dialog.ok_button.click()
        seen["blank"] = dialog.refusal_text()
        assert dialog.isVisible()
        assert dialog.answers[items[0].id].value() is False
        assert dialog.answers[items[2].id].property("missing") is True
        assert not dialog.answers[items[0].id].property("missing")
        shot(dialog, "catheter-inspection-refused.png", tmp_path)
        type_answers(qtbot, dialog, clean_answers())
        assert dialog.focusWidget() is dialog.last_check.edit
        dialog.outcome.setFocus()
        qtbot.keyClicks(dialog.outcome, "f")
        assert dialog.outcome.value() == "fit"
        assert not dialog.is_row_visible(dialog.explanation)
        assert not dialog.is_row_visible(dialog.outcome_reason)
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)  # Enter saves

    answer_next_dialog(qtbot, first)
    screen.inspect_button.click()
    qtbot.waitUntil(lambda: screen.record is not None and screen.record.today.allowed)
    unanswered = seen["blank"]
    assert "not yet answered" in unanswered
    assert items[2].text in unanswered and items[-1].text in unanswered
    assert items[0].text not in unanswered
    assert "Catheter fit for HAI" in status_text(screen)
    assert "Inspection saved" in screen.message.text()
    shot(main, "catheter-screen.png", tmp_path)

    def with_finding(dialog: QWidget) -> None:
        assert isinstance(dialog, InspectionDialog)
        answers = clean_answers()
        answers["site_redness"] = True
        type_answers(qtbot, dialog, answers)
        dialog.outcome.choose(0)
        assert dialog.is_row_visible(dialog.explanation), "a finding asks for it"
        dialog.ok_button.click()
        seen["finding"] = dialog.refusal_text()
        assert dialog.isVisible()
        shot(dialog, "catheter-inspection-finding.png", tmp_path)
        qtbot.keyClicks(dialog.explanation, "faint erythema unchanged since yesterday, "
                                            "reviewed by IR")
        dialog.ok_button.click()

    answer_next_dialog(qtbot, with_finding)
    screen.inspect_button.click()
    qtbot.waitUntil(lambda: len([r for r in screen.log_model.rows()
                                 if r.record == "inspection"]) == 2)
    assert "needs an explanation" in seen["finding"] and "Redness" in seen["finding"]
    latest = catheter.inspections_for_patient(main.ws, patient_id)[0]
    assert latest.outcome == "fit" and catheter.findings_of(latest) == [
        catheter_rules().item("site_redness").text]


def test_pain_during_hai_flags_ir_review(qtbot: QtBot, radiologist: MainWindow,
                                         open_main: OpenMain, tmp_path: Path) -> None:
    patient_id = patient(radiologist, HAI_PATIENT).id
    implant(radiologist.ws, patient_id)
    main = open_main("nurse")
    main.resize(1280, 860)
    catheter.record_inspection(main.ws, catheter.InspectionInput(
        patient_id=patient_id, answers=clean_answers(), outcome="fit"))
    screen = open_catheter(main, HAI_PATIENT)
    assert screen.record is not None and screen.record.today.allowed
    assert "Needs IR review" not in status_text(screen)
    errors: list[str] = []

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, HaiPainDialog)
        assert dialog.infusion_choice() == "", "no default"
        dialog.location.setCurrentIndex(dialog.location.findData("epigastric"))
        dialog.ok_button.click()
        errors.append(dialog.refusal_text())
        dialog.infusion["stopped"].click()
        qtbot.keyClicks(dialog.action, "infusion stopped, IR called")
        small_shot(dialog, "catheter-pain-dialog.png", tmp_path)
        dialog.ok_button.click()

    answer_next_dialog(qtbot, fill)
    screen.pain_button.click()
    qtbot.waitUntil(lambda: screen.record is not None and bool(screen.record.open_pain))
    assert "stopped or continued" in errors[0]
    text = status_text(screen)
    assert "Needs IR review" in text and "epigastric" in text
    assert "HAI withheld" in text
    rows = [r for r in screen.log_model.rows() if r.record == "pain during HAI"]
    assert rows and screen.log_model.cell(rows[0], LogColumn.WHAT) == "epigastric pain"
    screen.tabs.setCurrentIndex(COUNTS_TAB)
    counts = {(r.group, r.item): r.count for r in screen.counts_model.rows()}
    assert counts[("Pain during HAI", "reports")] >= 1
    assert counts[("Inspections", "Fit for HAI today")] >= 1
    assert ("Complications", "Occlusion") in counts
    shot(main, "catheter-counts.png", tmp_path)
    screen.tabs.setCurrentIndex(0)

    # The next inspection must answer the pain; "fit" needs the IR review's explanation.
    seen: list[str] = []

    def inspect(dialog: QWidget) -> None:
        assert isinstance(dialog, InspectionDialog)
        assert dialog.pain_note.isVisible()
        dialog.outcome.choose(0)
        type_answers(qtbot, dialog, clean_answers())
        dialog.ok_button.click()
        seen.append(dialog.refusal_text())
        assert dialog.answers["pain_previous_hai"].property("missing") is True
        dialog.answers["pain_previous_hai"].set_value(True)
        dialog.outcome.choose(2)
        dialog.ok_button.click()

    answer_next_dialog(qtbot, inspect)
    screen.inspect_button.click()
    qtbot.waitUntil(lambda: screen.record is not None and bool(screen.record.inspections)
                    and screen.record.inspections[-1].outcome == "needs IR review")
    assert "answer yes" in seen[0]
    assert "Needs IR review" in status_text(screen)
    shot(main, "catheter-ir-review.png", tmp_path)


def test_demo_patient_renders(qtbot: QtBot, open_main: OpenMain, tmp_path: Path) -> None:
    """S-0006 with whatever catheter history the demo gives it: a screenshot to look at."""
    main = open_main("nurse")
    main.resize(1280, 860)
    screen = open_catheter(main, "S-0006")
    assert screen.status_card.isVisible() and "HAI gate" in screen.gate_line.text()
    qtbot.wait(20)
    shot(main, "catheter-s0006.png", tmp_path)
    # HAI-006 stopped treatment with her port in place: no red alarm for a check not needed.
    screen = open_catheter(main, "S-0009")
    text = status_text(screen)
    assert "Catheter in place" in text and "HAI ended" in text and "no check due" in text
    assert "perfusion check due" not in text and "HAI withheld" not in text
    assert "Today's HAI gate: none — HAI ended on" in screen.gate_line.text()
    qtbot.wait(20)
    shot(main, "catheter-s0009-hai-ended.png", tmp_path)


def test_pharmacist_sees_no_buttons(radiologist: MainWindow, open_main: OpenMain) -> None:
    implant(radiologist.ws, patient(radiologist, HAI_PATIENT).id)
    screen = open_catheter(open_main("pharmacist"), HAI_PATIENT)
    buttons = (screen.inspect_button, screen.event_button, screen.pain_button,
               screen.export_button)
    assert not any(b.isVisible() for b in buttons)
    assert "Catheter in place" in status_text(screen)


def test_control_arm_and_unrandomized_patients_get_a_sentence(
        qtbot: QtBot, open_main: OpenMain, tmp_path: Path) -> None:
    main = open_main("radiologist")
    main.resize(1280, 860)
    screen = open_catheter(main, "S-0005")
    assert "control arm" in screen.patient_line.text()
    assert not screen.status_card.isVisible()
    assert not any(b.isVisible() for b in (screen.inspect_button, screen.event_button,
                                           screen.pain_button, screen.pdf_button))
    assert not screen.tabs.isTabVisible(0) and screen.tabs.isTabVisible(COUNTS_TAB)
    qtbot.wait(20)
    shot(main, "catheter-control-arm.png", tmp_path)
    screen = open_catheter(main, "S-0003")
    assert "not randomized" in screen.patient_line.text()
    assert not screen.event_button.isVisible()


def test_investigator_exports_the_log(radiologist: MainWindow, open_main: OpenMain,
                                      tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    implant(radiologist.ws, patient(radiologist, HAI_PATIENT).id)
    main = open_main("investigator")
    screen = open_catheter(main, HAI_PATIENT)
    assert screen.export_button.isVisible() and screen.event_button.isVisible()
    assert not screen.inspect_button.isVisible(), "the investigator does not inspect"
    target = tmp_path / "log.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *_a, **_k: (str(target), "CSV (*.csv)")))
    screen.export_button.click()
    rows = list(csv.DictReader(target.open(encoding="utf-8")))
    assert any(r["what"] == "implanted" and not r["voided"] for r in rows)
    assert "exported" in screen.message.text()


def test_the_log_pdf_is_saved_from_the_screen(qtbot: QtBot, open_main: OpenMain,
                                              tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """S-0006 with the demo's catheter: the nurse saves the log as PDF and it reads back."""
    main = open_main("nurse")
    screen = open_catheter(main, "S-0006")
    assert screen.pdf_button.isVisible() and screen.pdf_button.isEnabled()
    target = tmp_path / "catheter-log.pdf"
    asked: list[str] = []

    def save_as(*args: object, **_kwargs: object) -> tuple[str, str]:
        asked.append(str(args[2]))  # the suggested file name
        return str(target), "PDF (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_as))
    screen.pdf_button.click()
    wait_for_background(qtbot, main.ws)
    assert asked and asked[0].endswith(".pdf")
    text = " ".join(" ".join((page.extract_text() or "").split())
                    for page in PdfReader(target).pages)
    assert "HAI catheter log" in text and "(S-0006)" in text
    assert "epigastric pain" in text and "Page 1 of" in text
    assert "saved to" in screen.message.text() and str(target) in screen.message.text()

    # Cancelled: nothing written, nothing said.
    target.unlink()
    screen.message.clear_message()
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *_a, **_k: ("", "")))
    screen.pdf_button.click()
    wait_for_background(qtbot, main.ws)
    assert not target.exists() and not screen.message.text()


def test_pain_is_linked_to_the_order_being_given(qtbot: QtBot, open_main: OpenMain) -> None:
    from hai_desktop.services import orders

    main = open_main("nurse")
    patient_id = patient(main, "S-0006").id
    today = orders.orders_for_patient(main.ws, patient_id)[0]
    assert today.status == "verified"  # the demo's order of today, not printed yet
    assert catheter.order_being_given(main.ws, patient_id) is None
    orders.order_sheet_pdf(main.ws, today.id)  # printed: the infusion is under way
    screen = open_catheter(main, "S-0006")
    seen: list[str] = []

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, HaiPainDialog)
        seen.append(dialog.order_label.text())
        dialog.location.setCurrentIndex(dialog.location.findData("abdominal"))
        dialog.infusion["continued"].click()
        qtbot.keyClicks(dialog.action, "rate halved, pain settled")
        dialog.ok_button.click()

    answer_next_dialog(qtbot, fill)
    report_id = screen.report_pain()
    assert report_id is not None
    assert f"order #{today.id}, cycle {today.cycle}" in seen[0]
    rows = [r for r in catheter.catheter_log(main.ws, patient_id)
            if r.record == "pain during HAI" and r.what == "abdominal"]
    assert rows and f"order #{today.id};" in rows[0].details


def test_a_nurse_voids_an_inspection_but_not_a_pain_report(qtbot: QtBot,
                                                           open_main: OpenMain) -> None:
    from hai_desktop.ui.dialogs.reason import ReasonDialog

    main = open_main("nurse")
    screen = open_catheter(main, "S-0006")
    rows = screen.log_model.rows()
    pain = next(i for i, r in enumerate(rows) if r.record == "pain during HAI")
    screen.log_table.selectRow(pain)
    assert screen.void_button.isVisible() and not screen.void_button.isEnabled()
    event = next(i for i, r in enumerate(rows) if r.record == "event")
    screen.log_table.selectRow(event)
    assert not screen.void_button.isEnabled(), "catheter events are IR's and the investigator's"
    last = max(i for i, r in enumerate(rows) if r.record == "inspection")
    target = rows[last]
    screen.log_table.selectRow(last)
    assert screen.void_button.isEnabled()

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, ReasonDialog)
        qtbot.keyClicks(dialog.reason, "entered for the wrong day")
        dialog.ok_button.click()

    answer_next_dialog(qtbot, fill)
    screen.void_button.click()
    voided = next(r for r in screen.log_model.rows() if r.record_id == target.record_id
                  and r.record == "inspection")
    assert voided.voided and voided.void_reason == "entered for the wrong day"
    assert "voided" in screen.message.text()
