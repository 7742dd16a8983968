"""The Toxicity screen driven through its real dialogs on the demo database: search a CTCAE
term, grade against the texts shown (dash grades disabled), attribute, save, correct with a
reason; a lab value graded as it is typed and carried into an event, where a different grade
needs a reason; the history grid, the liver chart and the dose-decision banner."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from hai_desktop.core import ctcae
from hai_desktop.services import toxicity
from hai_desktop.ui.dialogs.adverse_event import AdverseEventDialog
from hai_desktop.ui.dialogs.lab_result import LabResultDialog
from hai_desktop.ui.dialogs.order_new import NewOrderDialog
from hai_desktop.ui.dialogs.reason import ReasonDialog
from hai_desktop.ui.main_window import MainWindow
from hai_desktop.ui.screens.toxicity import LABS_TAB, LIVER_TAB, ToxicityScreen
from tests.ui.conftest import OpenMain, answer_next_dialog, wait_for_background
from tests.ui.test_orders import open_orders, patient, shot


def open_toxicity(main: MainWindow, number: str) -> ToxicityScreen:
    main.set_current_patient(patient(main, number))
    main.show_screen("toxicity")
    screen = main.screens["toxicity"]
    assert isinstance(screen, ToxicityScreen)
    return screen


def attribute_all(dialog: AdverseEventDialog, related: dict[str, str]) -> None:
    for drug, box in dialog.attribution.items():
        box.setCurrentIndex(box.findData(related.get(drug, "unrelated")))


def test_record_an_event_by_searching_and_reading_the_grades(
        qtbot: QtBot, open_main: OpenMain, tmp_path: Path) -> None:
    main = open_main("nurse")
    main.resize(1280, 860)
    screen = open_toxicity(main, "S-0005")
    before = screen.events_model.rowCount()
    seen: dict[str, object] = {}

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, AdverseEventDialog)
        # Nothing typed: the regimen's common terms first.
        first = dialog.results.item(0).data(Qt.ItemDataRole.UserRole)
        seen["first"] = first
        qtbot.keyClicks(dialog.search, "nause")
        qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
        assert dialog.term is not None and dialog.term.term == "Nausea"
        nausea = ctcae.term("Nausea")
        assert dialog.grades.texts[2].text() == nausea.grade_text(2)
        # CTCAE has no grade 4 or 5 for nausea: they cannot be chosen.
        assert not dialog.grades.buttons[4].isEnabled()
        assert "no grade 4" in dialog.grades.texts[4].text()
        dialog.grades.buttons[2].click()
        dialog.onset.set_date(None)
        dialog.ok_button.click()  # nothing attributed, no onset: refused, nothing lost
        seen["error"] = dialog.refusal_text()
        assert dialog.isVisible() and dialog.grades.grade() == 2
        dialog.onset.edit.setText("t")
        attribute_all(dialog, {"irinotecan": "probable"})
        dialog.ok_button.click()  # the outcome is never pre-chosen
        seen["error2"] = dialog.refusal_text()
        assert dialog.isVisible()
        dialog.outcome.setCurrentIndex(dialog.outcome.findData("recovering/resolving"))
        shot(dialog, "toxicity-event-dialog.png", tmp_path)
        dialog.ok_button.click()

    answer_next_dialog(qtbot, fill)
    screen.new_button.click()
    qtbot.waitUntil(lambda: screen.events_model.rowCount() == before + 1)
    assert seen["first"] == ctcae.REGIMEN_COMMON[0]
    assert "onset" in str(seen["error"]).lower()
    assert "outcome" in str(seen.get("error2", "")).lower()
    saved = next(e for e in screen.events_model.rows() if e.term == "Nausea" and e.grade == 2)
    assert toxicity.attributions_of(saved)["irinotecan"] == "probable"
    assert "Nausea" in [screen.history_model.rows[i].term
                        for i in range(screen.history_model.rowCount())]
    shot(screen, "toxicity-screen.png", tmp_path)


def test_a_correction_needs_a_reason(qtbot: QtBot, open_main: OpenMain,
                                     tmp_path: Path) -> None:
    main = open_main("nurse")
    screen = open_toxicity(main, "S-0005")
    row = next(i for i, e in enumerate(screen.events_model.rows()) if e.grade < 3)
    event = screen.events_model.row_at(row)
    screen.events_table.selectRow(row)
    errors: list[str] = []
    new_grade = 2 if event.grade != 2 else 1

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, AdverseEventDialog)
        assert dialog.term is not None and dialog.term.term == event.term
        assert dialog.grades.grade() == event.grade
        dialog.grades.buttons[new_grade].click()
        dialog.ok_button.click()
        errors.append(dialog.refusal_text())
        qtbot.keyClicks(dialog.correction_reason, "grade re-assessed at the visit")
        dialog.ok_button.click()

    answer_next_dialog(qtbot, fill)
    screen.correct_button.click()
    qtbot.waitUntil(lambda: any(e.id == event.id and e.grade == new_grade
                                for e in screen.events_model.rows()))
    assert "reason for the correction" in errors[0]


def test_a_lab_value_graded_as_typed_becomes_an_event(qtbot: QtBot, open_main: OpenMain,
                                                      tmp_path: Path) -> None:
    main = open_main("nurse")
    main.resize(1280, 860)
    screen = open_toxicity(main, "S-0004")
    seen: dict[str, str] = {}

    def fill_lab(dialog: QWidget) -> None:
        assert isinstance(dialog, LabResultDialog)
        dialog.select_term("Alanine aminotransferase increased")
        assert "site: 40 U/L" in dialog.uln.placeholderText()
        qtbot.keyClicks(dialog.value, "130 g/dL")
        dialog.update_preview()
        seen["unit"] = dialog.preview.text()
        dialog.value.clear()
        qtbot.keyClicks(dialog.value, "120 U/L")  # exactly 3.0 × ULN: still grade 1
        dialog.update_preview()
        seen["on_cut_off"] = dialog.preview.text()
        dialog.value.clear()
        qtbot.keyClicks(dialog.value, "130 U/L")
        dialog.update_preview()
        seen["grade"] = dialog.preview.text()
        shot(dialog, "toxicity-lab-dialog.png", tmp_path)
        answer_next_dialog(qtbot, fill_event)
        dialog.ok_button.click()

    def fill_event(dialog: QWidget) -> None:
        assert isinstance(dialog, AdverseEventDialog)
        assert dialog.term is not None and dialog.term.term == "Alanine aminotransferase increased"
        assert dialog.grades.grade() == 2
        assert not dialog.is_row_visible(dialog.grade_reason)
        dialog.grades.buttons[3].click()
        assert dialog.is_row_visible(dialog.grade_reason)
        attribute_all(dialog, {"oxaliplatin_hai": "probable"})
        dialog.outcome.setCurrentIndex(dialog.outcome.findData("not recovered/not resolved"))
        dialog.ok_button.click()
        seen["reason_error"] = dialog.refusal_text()
        qtbot.keyClicks(dialog.grade_reason, "repeat sample 6 × ULN the same evening")
        dialog.ok_button.click()

    answer_next_dialog(qtbot, fill_lab)
    screen.lab_button.click()
    qtbot.waitUntil(lambda: any(e.term == "Alanine aminotransferase increased"
                                for e in screen.events_model.rows()))
    assert "not a unit for ALT" in seen["unit"]
    assert "Grade 1" in seen["on_cut_off"]
    assert "Grade 2" in seen["grade"] and "“&gt;3.0 - 5.0 x ULN”" in seen["grade"]
    assert "130 U/L = 3.25 × ULN (site limits)" in seen["grade"]
    assert "gives grade 2; you chose grade 3" in seen["reason_error"]
    event = next(e for e in screen.events_model.rows()
                 if e.term == "Alanine aminotransferase increased")
    assert (event.grade, event.computed_grade) == (3, 2)
    # Grade 3 probable for HAI oxaliplatin: a dose decision is due on the next order.
    assert screen.decisions.isVisible()
    assert "oxaliplatin HAI" in screen.decisions.text()
    assert [p.uln_multiple for p in screen.liver_chart.series["ALT"]] == [3.25]
    screen.tabs.setCurrentIndex(LIVER_TAB)
    shot(screen, "toxicity-liver.png", tmp_path)


def test_roles_see_only_their_actions(open_main: OpenMain) -> None:
    pharmacist = open_toxicity(open_main("pharmacist"), "S-0005")
    assert not pharmacist.new_button.isVisible() and not pharmacist.void_button.isVisible()
    assert pharmacist.summary_button.isVisible()
    screening = open_toxicity(open_main("investigator"), "S-0003")
    assert not screening.new_button.isEnabled()
    assert "not randomized" in screening.patient_line.text()


def test_the_summary_pdf_is_saved_from_the_screen(qtbot: QtBot, open_main: OpenMain,
                                                  tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    screen = open_toxicity(open_main("pharmacist"), "S-0006")
    target = tmp_path / "summary.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *_a, **_k: (str(target), "PDF (*.pdf)")))
    screen.summary_button.click()
    wait_for_background(qtbot, screen.ws)
    text = "".join(page.extract_text() for page in PdfReader(str(target)).pages)
    assert "Toxicity summary" in text and "HAI-003" in text
    assert "Rash acneiform" in text  # the demo's grade 3 rash of cycle 3
    assert "saved to" in screen.message.text()


def test_the_next_order_asks_for_the_dose_decision(qtbot: QtBot, open_main: OpenMain,
                                                   tmp_path: Path) -> None:
    main = open_main("investigator")
    main.resize(1280, 900)
    pid = patient(main, "S-0005").id
    event_id = toxicity.record_event(main.ws, toxicity.EventInput(
        patient_id=pid, term="Diarrhea", grade=3, onset=date.today(),
        attributions={d.id: "probable" if d.id == "irinotecan" else "unrelated"
                      for d in toxicity.regimen_drugs(main.ws, pid)},
        outcome="recovering/resolving", cycle=3))
    screen = open_toxicity(main, "S-0005")
    assert "Dose decision due" in screen.decisions.text()
    seen: dict[str, object] = {}

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, NewOrderDialog)
        row = dialog.reductions["irinotecan"]
        seen["due"] = row.due.text()
        for field, text in ((dialog.height_field, "158 cm"), (dialog.weight, "54 kg"),
                            (dialog.anc, "2.1"), (dialog.platelets, "180")):
            field.set_text(text)
        dialog.recalculate()
        seen["problem"] = dialog.problem_at("irinotecan")
        row.choose(row.CONTINUE)
        qtbot.keyClicks(row.reason, "settled in 48 h with loperamide")
        dialog.recalculate()
        seen["plan"] = dialog.plan
        qtbot.wait(50)  # let the layout take the reason line in
        shot(dialog, "order-with-dose-decision.png", tmp_path)
        dialog.ok_button.click()

    orders = open_orders(main, "S-0005")
    answer_next_dialog(qtbot, fill)
    orders.new_button.click()
    assert "Grade 3 Diarrhea" in str(seen["due"])
    assert "dose decision is due" in str(seen["problem"])
    assert seen["plan"] is not None
    (decision,) = [d for d in toxicity.decisions_for_patient(main.ws, pid)
                   if d.adverse_event_id == event_id]
    assert (decision.decision, decision.reason) == ("continue",
                                                    "settled in 48 h with loperamide")


def test_an_investigator_voids_a_lab_result_with_a_reason(qtbot: QtBot,
                                                          open_main: OpenMain) -> None:
    screen = open_toxicity(open_main("investigator"), "S-0006")
    before = screen.labs_model.rowCount()
    alt = [i for i, r in enumerate(screen.labs_model.rows())
           if r.term == "Alanine aminotransferase increased"]
    screen.tabs.setCurrentIndex(LABS_TAB)
    screen.labs_table.selectRow(alt[0])
    removed = screen.labs_model.row_at(alt[0])

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, ReasonDialog)
        qtbot.keyClicks(dialog.reason, "haemolysed sample")
        dialog.ok_button.click()

    answer_next_dialog(qtbot, fill)
    screen.void_lab_button.click()
    assert screen.labs_model.rowCount() == before - 1
    assert removed.id not in [r.id for r in screen.labs_model.rows()]
    assert len(screen.liver_chart.series["ALT"]) == len(alt) - 1
