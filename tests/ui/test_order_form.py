"""The order form (New order…) on the demo database, driven through its widgets: the neuropathy
grade required before oxaliplatin (S-0006, HAI arm), grade 2 making a dose decision due that
"continue at the same level" answers with a reason; premedication left out or changed only with
a reason, and on the created order; the site's BSA range on the checkbox; the cumulative
oxaliplatin, each line's volume and rate and the allergy status in the calculation (a loud
notice while not yet asked: drafted, not signed); and the whole form usable on a 1366×768
screen with errors shown."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from hai_desktop.core import ctcae
from hai_desktop.services import orders as svc
from hai_desktop.services.allergies import allergies_for_patient, void_allergy
from hai_desktop.services.site_rules import BSA_PLAUSIBLE_MIN, set_site_rule
from hai_desktop.store.models import DoseDecision
from hai_desktop.ui.dialogs.order_new import NewOrderDialog
from hai_desktop.ui.main_window import MainWindow
from tests.ui.conftest import OpenMain, answer_next_dialog
from tests.ui.test_orders import open_orders, shot
from tests.ui.test_screening import type_into

SCREEN_1366 = QSize(1366, 768)


def fill_measurements(qtbot: QtBot, dialog: NewOrderDialog, weight: str) -> None:
    qtbot.keyClicks(dialog.height_field.edit, "171 cm")
    qtbot.keyClicks(dialog.weight.edit, weight)
    qtbot.keyClicks(dialog.anc.edit, "2.1")
    qtbot.keyClicks(dialog.platelets.edit, "180")
    qtbot.keyClicks(dialog.creatinine.edit, "0.9")


def new_order(qtbot: QtBot, main: MainWindow, number: str, work: object) -> int | None:
    """Open New order… for `number`, let `work(dialog)` fill it; the id of what it created."""
    screen = open_orders(main, number)
    created: list[int | None] = []

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, NewOrderDialog)
        try:
            work(dialog)  # type: ignore[operator]
        finally:
            created.append(dialog.order_id)
            if dialog.isVisible():
                dialog.reject()

    answer_next_dialog(qtbot, fill)
    screen.new_button.click()
    qtbot.waitUntil(lambda: bool(created))
    return created[0]


def row_shown(dialog: NewOrderDialog, name: str) -> bool:
    return dialog.is_row_visible(dialog.checked[name])


def test_neuropathy_before_oxaliplatin_and_continuing_after_grade_2(
        qtbot: QtBot, open_main: OpenMain, tmp_path: Path) -> None:
    main = open_main("investigator")
    seen: dict[str, object] = {}

    def work(dialog: NewOrderDialog) -> None:
        dialog.targeted.setCurrentText("cetuximab")
        fill_measurements(qtbot, dialog, "72 kg")
        assert row_shown(dialog, "neuropathy")
        assert dialog.neuropathy.value() is None  # nothing is pre-filled
        assert dialog.neuropathy.assessed_on() == dialog.day1.date()  # default: day 1
        assert dialog.plan is None
        seen["missing"] = dialog.problem_at("neuropathy")
        hai = dialog.reductions[svc.OXALIPLATIN]
        assert hai.level.findData(hai.CONTINUE) < 0  # nothing due yet
        dialog.neuropathy.set_value(1)
        assert dialog.plan is not None, dialog.calculation.text()
        assert dialog.neuropathy.definition.text() == ctcae.term(
            svc.NEUROPATHY_TERM).grade_text(1)
        dialog.neuropathy.set_value(2)
        assert dialog.plan is None
        assert "grade 2 or more [site rule]" in dialog.neuropathy.definition.text()
        assert hai.due.isVisibleTo(dialog) and "dose decision due" in hai.due.text()
        seen["due"] = dialog.problem_at(svc.OXALIPLATIN)
        hai.choose(hai.CONTINUE)
        seen["no reason"] = dialog.problem_at(svc.OXALIPLATIN)
        qtbot.keyClicks(hai.reason, "grade 2 stable for two cycles, function preserved")
        assert dialog.plan is not None, dialog.calculation.text()
        seen["calculation"] = dialog.calculation.text()
        seen["notices"] = dialog.amber.text()
        # Back below the site's grade: nothing is due, "continue" is no longer offered.
        dialog.neuropathy.set_value(0)
        assert hai.level.findData(hai.CONTINUE) < 0 and not hai.due.isVisibleTo(dialog)
        dialog.neuropathy.set_value(2)
        hai.choose(hai.CONTINUE)
        assert hai.reason.text(), "the reason typed before is kept"
        dialog.ok_button.click()

    order_id = new_order(qtbot, main, "S-0006", work)
    assert "Grade the peripheral sensory neuropathy" in str(seen["missing"])
    assert "a dose decision is due" in str(seen["due"])
    assert "continue at the same level with the reason" in str(seen["no reason"])
    calculation = str(seen["calculation"])
    assert "Cumulative oxaliplatin</b>: before this cycle" in calculation
    assert "with this dose" in calculation and "mg/m²" in calculation
    assert "250 mL · 125 mL/h over 2 h" in calculation  # oxaliplatin's bag and pump rate
    assert "Peripheral sensory neuropathy: grade 2" in calculation
    assert "continue at level 0 — grade 2 stable for two cycles" in str(seen["notices"])
    assert order_id is not None
    view = svc.load_order(main.ws, order_id)
    assert (view.order.neuropathy_grade, view.order.neuropathy_assessed_on) == (2, date.today())
    assert view.oxaliplatin_with_this is not None and view.oxaliplatin_before is not None
    assert view.oxaliplatin_with_this.mg > view.oxaliplatin_before.mg
    with main.ws.db.read_session() as session:
        reasons = [d.reason for d in session.scalars(select(DoseDecision).where(
            DoseDecision.patient_id == view.patient.id, DoseDecision.cycle == view.order.cycle))]
    assert reasons == ["continued after grade 2 peripheral sensory neuropathy: grade 2 stable "
                       "for two cycles, function preserved"]


def test_a_premedication_left_out_or_changed_needs_a_reason(qtbot: QtBot,
                                                           open_main: OpenMain) -> None:
    main = open_main("investigator")
    seen: dict[str, object] = {}

    def work(dialog: NewOrderDialog) -> None:
        fill_measurements(qtbot, dialog, "55 kg")
        assert not row_shown(dialog, "neuropathy")  # control arm: no oxaliplatin
        assert dialog.plan is not None, dialog.calculation.text()
        # Only what the drugs given bring: diphenhydramine comes with cetuximab only.
        assert row_shown(dialog, "supportive:dexamethasone")
        assert not row_shown(dialog, "supportive:diphenhydramine")
        dialog.targeted.setCurrentText("cetuximab")
        assert row_shown(dialog, "supportive:diphenhydramine")
        dialog.targeted.setCurrentText("bevacizumab")
        dexamethasone = dialog.supportive["dexamethasone"]
        assert not dexamethasone.reason.isVisibleTo(dialog)
        dexamethasone.omit.click()
        assert dexamethasone.reason.isVisibleTo(dialog)
        assert dialog.plan is None
        seen["omit"] = dialog.problem_at("supportive:dexamethasone")
        qtbot.keyClicks(dexamethasone.reason, "steroid-induced hyperglycaemia after cycle 3")
        assert dialog.plan is not None
        ondansetron = dialog.supportive["ondansetron"]
        type_into(qtbot, ondansetron.dose, "16.0 mg")
        seen["ismp"] = dialog.problem_at("supportive:ondansetron")
        type_into(qtbot, ondansetron.dose, "16 mg")
        seen["dose"] = dialog.problem_at("supportive:ondansetron")
        qtbot.keyClicks(ondansetron.reason, "nausea grade 2 despite 8 mg in cycle 3")
        assert dialog.plan is not None, dialog.calculation.text()
        seen["calculation"] = dialog.calculation.text()
        dialog.ok_button.click()

    order_id = new_order(qtbot, main, "S-0005", work)
    assert "reason for leaving out dexamethasone" in str(seen["omit"])
    assert "trailing zero" in str(seen["ismp"])
    assert "reason for changing the dose of ondansetron" in str(seen["dose"])
    assert "left out: dexamethasone" in str(seen["calculation"])
    assert "changed: ondansetron 16 mg" in str(seen["calculation"])
    assert order_id is not None
    rows = {r.item_id: r for r in svc.load_order(main.ws, order_id).supportive}
    assert "diphenhydramine" not in rows
    assert (rows["dexamethasone"].omitted, rows["dexamethasone"].change_reason) == (
        True, "steroid-induced hyperglycaemia after cycle 3")
    assert (rows["ondansetron"].omitted, rows["ondansetron"].dose,
            rows["ondansetron"].change_reason) == (False, "16 mg",
                                                   "nausea grade 2 despite 8 mg in cycle 3")
    assert (rows["atropine"].omitted, rows["atropine"].change_reason) == (False, None)


def test_site_rules_and_allergy_status_on_the_form(qtbot: QtBot, open_main: OpenMain) -> None:
    main = open_main("investigator")
    set_site_rule(main.ws, BSA_PLAUSIBLE_MIN, "0.8", "adult unit: smaller BSA is a typo")
    patient_id = open_orders(main, "S-0004").patient.id  # type: ignore[union-attr]
    (penicillin,) = allergies_for_patient(main.ws, patient_id)
    void_allergy(main.ws, penicillin.id, "recorded for the wrong patient")
    seen: dict[str, object] = {}

    def work(dialog: NewOrderDialog) -> None:
        seen["bsa"] = dialog.unusual_bsa.text()
        seen["allergy"] = (dialog.allergy_label.text(), dialog.allergy_label.objectName())
        fill_measurements(qtbot, dialog, "70 kg")
        dialog.neuropathy.set_value(0)
        assert dialog.plan is not None, dialog.calculation.text()
        seen["notice"] = dialog.allergy_label.text()
        dialog.ok_button.click()

    order_id = new_order(qtbot, main, "S-0004", work)
    assert seen["bsa"] == "Confirm an unusual BSA (outside 0.8–3 m² [site rule])"
    text, style = seen["allergy"]  # type: ignore[misc]
    assert "ALLERGIES NOT YET ASKED" in text and "drafted but not signed" in text
    assert style == "Reminder"
    assert order_id is not None  # drafted …
    assert svc.load_order(main.ws, order_id).order.status == svc.DRAFT


def test_the_form_fits_a_1366_by_768_screen_with_errors_shown(
        qtbot: QtBot, open_main: OpenMain, tmp_path: Path) -> None:
    main = open_main("investigator")
    seen: dict[str, object] = {}

    def work(dialog: NewOrderDialog) -> None:
        dialog.targeted.setCurrentText("cetuximab")
        fill_measurements(qtbot, dialog, "72 kg")
        dialog.supportive["dexamethasone"].omit.click()
        dialog.ok_button.click()  # refused: the neuropathy grade is missing
        assert dialog.isVisible() and dialog.problem_at("neuropathy")
        dialog.fit_to(QSize(SCREEN_1366.width(), SCREEN_1366.height() - 40))  # a task bar
        qtbot.wait(20)
        seen["size"] = dialog.size()
        inside = QRect(QPoint(0, 0), dialog.size())
        seen["buttons"] = [inside.contains(b.geometry().translated(b.parentWidget().mapTo(
            dialog, QPoint(0, 0)))) and b.isVisible()
            for b in (dialog.ok_button, dialog.cancel_button)]
        # No field is squeezed by the error lines: each row has the height it asks for.
        seen["squeezed"] = [name for name, row in dialog.checked.items()
                            if row.isVisibleTo(dialog)
                            and row.height() < row.minimumSizeHint().height()]
        shot(dialog, "order_form_1366.png", tmp_path)
        seen["tab order"] = tab_stops(dialog, dialog.height_field.edit, [
            dialog.weight.edit, dialog.anc.edit, dialog.neuropathy.grade,
            dialog.neuropathy.assessed.edit, dialog.reductions[svc.OXALIPLATIN].level,
            dialog.supportive["ondansetron"].dose, dialog.supportive["ondansetron"].omit,
            dialog.ok_button])
        dialog.form_scroll.ensureWidgetVisible(dialog.checked["supportive:dexamethasone"])
        dialog.neuropathy.set_value(1)
        assert dialog.problem_at("supportive:dexamethasone")
        qtbot.wait(20)
        shot(dialog, "order_form_1366_premedication.png", tmp_path)

    new_order(qtbot, main, "S-0006", work)
    size = seen["size"]
    assert isinstance(size, QSize)
    assert size.width() <= SCREEN_1366.width() and size.height() <= SCREEN_1366.height() - 90
    assert seen["buttons"] == [True, True]
    assert seen["squeezed"] == []
    assert seen["tab order"] == list(range(8)), "Tab goes down the form, then to Create"


def tab_stops(dialog: QWidget, start: QWidget, wanted: list[QWidget]) -> list[int]:
    """Where each of `wanted` comes when tabbing from `start` (stops that take Tab only)."""
    order: list[int] = []
    widget = start
    for _ in range(400):
        widget = widget.nextInFocusChain()
        if not (widget.focusPolicy() & Qt.FocusPolicy.TabFocus) or not widget.isVisibleTo(
                dialog) or not widget.isEnabled():
            continue
        if widget in wanted:
            order.append(wanted.index(widget))
        if widget is start:
            break
    return order
