"""Draft the next cycle's order: the measurements and labs as typed (any usual unit), the
choices the investigator makes (dose levels, neuropathy before oxaliplatin, premedication), and
the calculation beside them, redone on every edit.

Every problem the calculation finds is shown at its field; Create drafts the order, which the
investigator then signs from the screen. The form scrolls and the buttons stay put, so it fits a
1366×768 screen however many rows the patient's regimen needs.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from hai_desktop.core.administration import Cumulative, minutes_text
from hai_desktop.core.allergies import AllergyState, AllergyStatus
from hai_desktop.core.dosing import BsaFormula
from hai_desktop.core.errors import HaiError, ValidationError
from hai_desktop.core.numbers import ismp
from hai_desktop.core.regimens import protocol_regimens
from hai_desktop.core.supportive import SupportiveItem, items_for
from hai_desktop.records import OrderRecord
from hai_desktop.services.allergies import allergy_status_of
from hai_desktop.services.dose_levels import dose_level_table
from hai_desktop.services.orders import (
    OXALIPLATIN,
    LinePlan,
    OrderInput,
    OrderPlan,
    create_order,
    load_order,
    patient_dose_levels,
    plan_order,
)
from hai_desktop.services.patients import PatientSummary
from hai_desktop.services.site_rules import (
    BSA_PLAUSIBLE_MAX,
    BSA_PLAUSIBLE_MIN,
    NEUROPATHY_GRADE,
    site_rule_in_force,
    site_rule_specs,
)
from hai_desktop.services.supportive_care import SupportiveChange, supportive_table
from hai_desktop.services.toxicity import pending_decisions
from hai_desktop.services.workspace import Workspace
from hai_desktop.ui.dialogs.base import FittedScroll, FormDialog, room_for_dialogs
from hai_desktop.ui.dialogs.order_form_rows import (
    Checked,
    NeuropathyRow,
    Reduction,
    SupportiveRow,
)
from hai_desktop.ui.i18n import arm_short_text, date_text
from hai_desktop.ui.models.orders import order_status_text
from hai_desktop.ui.models.supportive import category_title
from hai_desktop.ui.run_service import attempt, error_text
from hai_desktop.ui.widgets.common import card, label, restyle, section_title
from hai_desktop.ui.widgets.date_field import DateField
from hai_desktop.ui.widgets.quantity_field import QuantityField

TARGETED = ("bevacizumab", "cetuximab")
# Room the window frame and a task bar take from the screen.
SCREEN_MARGIN = QSize(40, 60)
PREFERRED = QSize(1280, 1000)


@dataclass(frozen=True)
class FormRules:
    """The site rules the form shows before any calculation exists."""

    bsa_low: float
    bsa_high: float
    neuropathy_grade: int


def _rule(ws: Workspace, key: str) -> str:
    outcome = attempt(site_rule_in_force, ws, key)
    return outcome.value if outcome.value is not None else site_rule_specs()[key].default


def form_rules(ws: Workspace) -> FormRules:
    return FormRules(float(_rule(ws, BSA_PLAUSIBLE_MIN)), float(_rule(ws, BSA_PLAUSIBLE_MAX)),
                     int(float(_rule(ws, NEUROPATHY_GRADE))))


def _intro(patient: PatientSummary, replacing: OrderRecord | None) -> str:
    who = (f"<b>{html.escape(patient.display_id)}</b> · {html.escape(patient.name)}")
    if replacing is None:
        return QCoreApplication.translate(
            "NewOrderDialog", "Cycle order for {patient}. Height, weight and labs in any usual "
            "unit; the calculation on the right follows every edit.").format(patient=who)
    return QCoreApplication.translate(
        "NewOrderDialog", "A new order for {patient} that replaces order #{id} (cycle {cycle}, "
        "{status}), filled in from it. The old order is voided as superseded when this one is "
        "created; reductions and stops already decided stay.").format(
            patient=who, id=replacing.id, cycle=replacing.cycle,
            status=html.escape(order_status_text(replacing.status)))


def delivery_text(line: LinePlan) -> str:
    """'250 mL · 125 mL/h over 2 h': what the nurse sets on the pump."""
    given_by = line.delivery
    if given_by is None:
        return ""
    over = minutes_text(given_by.minutes)
    parts = [f"{ismp(given_by.volume_ml, 1)} mL"] if given_by.volume_ml is not None else []
    parts.append(QCoreApplication.translate("NewOrderDialog", "{rate} mL/h over {time}").format(
        rate=ismp(given_by.rate_ml_h, 0), time=over) if given_by.rate_ml_h is not None else
        QCoreApplication.translate("NewOrderDialog", "over {time}").format(time=over))
    return " · ".join(parts)


def cumulative_text(before: Cumulative, with_this: Cumulative | None) -> str:
    doses = (QCoreApplication.translate("NewOrderDialog", "1 dose") if before.doses == 1 else
             QCoreApplication.translate("NewOrderDialog", "{n} doses").format(n=before.doses))
    if with_this is None:
        text = QCoreApplication.translate(
            "NewOrderDialog", "before this cycle {mg} mg ({mg_m2} mg/m², {doses})")
    else:
        text = QCoreApplication.translate(
            "NewOrderDialog", "before this cycle {mg} mg ({mg_m2} mg/m², {doses}); with this "
            "dose <b>{with_mg} mg ({with_mg_m2} mg/m²)</b>")
    return text.format(
        mg=ismp(before.mg, 0), mg_m2=ismp(before.mg_per_m2, 0), doses=doses,
        with_mg=ismp(with_this.mg, 0) if with_this else "",
        with_mg_m2=ismp(with_this.mg_per_m2, 0) if with_this else "")


def allergy_html(status: AllergyStatus | None) -> tuple[str, str]:
    """The allergy line of the panel and its style: loud while nobody asked the patient."""
    if status is None:
        return QCoreApplication.translate("NewOrderDialog",
                                          "Allergies: could not be read."), "InlineError"
    if status.state is AllergyState.NOT_ASKED:
        return (QCoreApplication.translate(
            "NewOrderDialog", "⚠ <b>ALLERGIES NOT YET ASKED.</b> This order can be drafted but "
            "not signed until the patient's allergies (or “no known allergies”) are recorded: "
            "Patients → Allergies…"), "Reminder")
    if status.state is AllergyState.NONE_KNOWN:
        return html.escape(status.summary), "InlineOk"
    return QCoreApplication.translate("NewOrderDialog", "<b>Allergies:</b> {summary}").format(
        summary=html.escape(status.summary)), "InlineError"


class NewOrderDialog(FormDialog):
    def __init__(self, ws: Workspace, patient: PatientSummary,
                 parent: QWidget | None = None, *, replacing: OrderRecord | None = None) -> None:
        super().__init__(
            self.tr("New order — {patient}").format(patient=patient.display_id)
            if replacing is None else
            self.tr("Replace order #{id} — {patient}").format(id=replacing.id,
                                                               patient=patient.display_id),
            _intro(patient, replacing),
            self.tr("Create draft order") if replacing is None else
            self.tr("Create replacement order"), parent, pinned=True)
        self.ws = ws
        self.replacing = replacing
        self.patient = patient
        self.order_id: int | None = None
        self.plan: OrderPlan | None = None
        self.rules = form_rules(ws)
        self.allergy = attempt(allergy_status_of, ws, patient.id).value
        today = ws.today()
        self.day1 = DateField()
        self.day1.set_date(today)
        self.targeted = QComboBox()
        self.targeted.addItems(TARGETED)
        # Not `height`: that is QWidget.height(), which the dialog's own sizing calls.
        self.height_field = QuantityField("height", placeholder=self.tr("e.g. 172 cm"),
                                    edit_width=150)
        self.weight = QuantityField("weight", placeholder=self.tr("e.g. 70 kg"), edit_width=150)
        self.measured_on = DateField()
        self.measured_on.set_date(today)
        self.creatinine = QuantityField("serum_creatinine", placeholder=self.tr("optional"),
                                        edit_width=150)
        self.anc = QuantityField("anc", edit_width=150)
        self.platelets = QuantityField("platelets", edit_width=150)
        self.labs_date = DateField()
        self.labs_date.set_date(today)
        self.formula = QComboBox()
        for formula in BsaFormula:
            self.formula.addItem(formula.value, formula)
        self.unusual_bsa = QCheckBox(
            self.tr("Confirm an unusual BSA (outside {low}–{high} m² [site rule])").format(
                low=f"{self.rules.bsa_low:g}", high=f"{self.rules.bsa_high:g}"))
        self.hold_override = QLineEdit()
        self.hold_override.setPlaceholderText(self.tr("only to proceed despite a hold: the "
                                                      "reason"))
        self.targeted_override = QLineEdit()
        self.targeted_override.setPlaceholderText(self.tr("only for cetuximab when not RAS "
                                                          "wild type"))
        self.checked: dict[str, Checked] = {}
        self.quantities = {"height": self.height_field, "weight": self.weight,
                           "creatinine": self.creatinine, "anc": self.anc,
                           "platelets": self.platelets}
        self._add_entry_rows()
        self.neuropathy = NeuropathyRow(self.rules.neuropathy_grade)
        self.neuropathy.assessed.set_date(today)
        self._assessed_follows_day1 = True
        self.form.addRow(QLabel(self.tr("Peripheral sensory<br>neuropathy")),
                         self._checked("neuropathy", self.neuropathy))
        self.reductions: dict[str, Reduction] = {}
        self._add_level_rows()
        self.supportive: dict[str, SupportiveRow] = {}
        self.category_titles: dict[str, QLabel] = {}
        self._add_supportive_rows()
        self._build_panel()
        self._watch_fields()
        self._connect()
        self._show_agent_rows()
        if replacing is not None:
            self._fill_from(replacing)
        self.height_field.setFocus()
        self.recalculate()
        self.fit()

    def _checked(self, name: str, widget: QWidget) -> Checked:
        self.checked[name] = Checked(widget)
        return self.checked[name]

    # ---- building -----------------------------------------------------------------------------
    def _add_entry_rows(self) -> None:
        """The measurements, labs and overrides, in the order they are read off the chart."""
        self.add_row(self.tr("Day 1"), self._checked("day1", self.day1))
        self.add_row(self.tr("Targeted agent"), self._checked("targeted_override_agent",
                                                              self.targeted))
        self.add_row(self.tr("Height"), self.height_field)
        self.add_row(self.tr("Weight"), self.weight)
        self.add_row(self.tr("Measured on"), self._checked("measured_on", self.measured_on))
        self.add_row(self.tr("BSA formula"), self._checked("bsa", self.formula))
        self.form.addRow("", self.unusual_bsa)
        self.add_row(self.tr("Serum creatinine"), self.creatinine)
        self.add_row(self.tr("ANC"), self.anc)
        self.add_row(self.tr("Platelets"), self.platelets)
        self.add_row(self.tr("Labs taken on"), self._checked("labs_date", self.labs_date))
        self.add_row(self.tr("Hold override"), self._checked("hold_override",
                                                             self.hold_override))
        self.add_row(self.tr("Targeted override"), self._checked("targeted_override",
                                                                 self.targeted_override))

    def _add_level_rows(self) -> None:
        """One dose-level row per drug of the arm (both targeted agents; one is shown)."""
        patient = self.patient
        table = attempt(dose_level_table, self.ws).value
        current = attempt(patient_dose_levels, self.ws, patient.id).value or {}
        due: dict[str, list[str]] = {}
        for item in attempt(pending_decisions, self.ws, patient.id).value or []:
            # Reduction shows what comes before the first comma: the grade and the term.
            due.setdefault(item.drug_id, []).append((
                self.tr("Grade {grade} {term} (cycle {cycle}), {attribution}: a dose decision "
                        "is due") if item.cycle else
                self.tr("Grade {grade} {term}, {attribution}: a dose decision is due")).format(
                    grade=item.grade, term=item.term, cycle=item.cycle,
                    attribution=item.attribution))
        if patient.arm is None or table is None:
            return
        regimens = protocol_regimens()
        for agent in TARGETED:
            for drug in regimens.drugs_for(patient.arm, agent):
                if drug.id in self.reductions or drug.id not in table.levels:
                    continue
                widget = Reduction(drug.id, table.levels[drug.id].levels, drug.basis,
                                   current.get(drug.id, (0, False)), due.get(drug.id))
                self.reductions[drug.id] = widget
                self.add_row(self.tr("{drug} level").format(drug=drug.label),
                             self._checked(drug.id, widget))

    def _possible_items(self) -> list[SupportiveItem]:
        """The items in use that any drug of the patient's arm brings (either agent)."""
        table = attempt(supportive_table, self.ws).value
        if table is None or self.patient.arm is None:
            return []
        regimens = protocol_regimens()
        drugs = {d.id for agent in TARGETED for d in regimens.drugs_for(self.patient.arm, agent)}
        return items_for(table.items, drugs)

    def _add_supportive_rows(self) -> None:
        items = self._possible_items()
        if not items:
            return
        self.form.addRow(section_title(self.tr("Premedication and supportive care")))
        self.form.addRow(label(self.tr("From the site's table [site rule]. Leaving an item out "
                                       "or changing its dose needs the reason, printed on the "
                                       "sheet."), "Muted", wrap=True))
        for item in items:
            if item.category not in self.category_titles:
                caption = label(html.escape(category_title(item.category)), "StepCaption",
                                rich=True)
                self.category_titles[item.category] = caption
                self.form.addRow(caption)
            row = SupportiveRow(item)
            self.supportive[item.id] = row
            self.form.addRow(self._checked(f"supportive:{item.id}", row))

    def _build_panel(self) -> None:
        """The form scrolls on the left, the live calculation on its right (each its own
        scroll: the calculation stays in view while the form scrolls); the intro, the message
        line and the buttons stay in view."""
        outer = self.outer
        outer.removeItem(self.form)
        self.scroll_area.hide()  # the base form's single scroll is replaced by the two columns
        self.form_box = QWidget()
        self.form_box.setLayout(self.form)
        self.form_scroll = FittedScroll(self.form_box)
        frame, body = card()
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        body.addWidget(section_title(self.tr("Calculation")))
        self.allergy_label = label("", wrap=True)
        body.addWidget(self.allergy_label)
        self.calculation = label("", wrap=True)
        self.calculation.setMinimumWidth(340)
        body.addWidget(self.calculation)
        self.amber = label("", "Reminder", wrap=True)
        body.addWidget(self.amber)
        body.addStretch(1)
        self.panel_scroll = FittedScroll(frame)
        self.panel_scroll.setMinimumWidth(400)
        row = QHBoxLayout()
        row.setSpacing(16)
        row.addWidget(self.form_scroll, 3)
        row.addWidget(self.panel_scroll, 2)
        outer.insertLayout(1, row, 1)
        self._show_allergy(self.allergy)

    def _watch_fields(self) -> None:
        """The base form's field map: each field keeps its own (live) problem line."""
        for name, field in self.quantities.items():
            self.watch(name, field, field.error_label)
        for name, checked in self.checked.items():
            self.watch(name, checked, checked.error_label)
        self.watch("targeted", self.checked["targeted_override_agent"],
                   self.checked["targeted_override_agent"].error_label)

    def _connect(self) -> None:
        for field in self.quantities.values():
            field.changed.connect(self.recalculate)
        for date_field in (self.day1, self.measured_on, self.labs_date):
            date_field.changed.connect(self.recalculate)
        self.day1.changed.connect(self._day1_changed)
        self.neuropathy.assessed.edit.textEdited.connect(self._assessed_edited)
        self.neuropathy.changed.connect(self.recalculate)
        for combo in (self.targeted, self.formula):
            combo.currentIndexChanged.connect(self.recalculate)
        self.unusual_bsa.toggled.connect(self.recalculate)
        for line in (self.hold_override, self.targeted_override):
            line.textChanged.connect(self.recalculate)
        self.targeted.currentIndexChanged.connect(self._show_agent_rows)
        for reduction in self.reductions.values():
            reduction.level.currentIndexChanged.connect(self._show_agent_rows)
            reduction.level.currentIndexChanged.connect(self.recalculate)
            reduction.reason.textChanged.connect(self.recalculate)
        for item in self.supportive.values():
            item.changed.connect(self.recalculate)

    def fit(self, available: QSize | None = None) -> None:
        """As large as the content wants, within the screen and the 1366×728 workstation
        (`available`: a screen's available area): the form scrolls, the buttons stay visible."""
        room = (available - SCREEN_MARGIN) if available is not None else room_for_dialogs()
        minimum = self.minimumSizeHint()
        width = min(PREFERRED.width(), room.width())
        height = min(self._natural_height(), room.height())
        self._fitted = True
        self.resize(max(width, minimum.width()), max(height, minimum.height()))

    def _natural_height(self) -> int:
        """The height with nothing to scroll, up to PREFERRED."""
        outer, panel = self.outer, self.panel_scroll.widget()
        assert panel is not None
        scrolled = max(self.form_box.sizeHint().height(), panel.sizeHint().height())
        rest = outer.sizeHint().height() - max(self.form_scroll.sizeHint().height(),
                                               self.panel_scroll.sizeHint().height())
        return min(PREFERRED.height(), rest + scrolled + 8)

    def _fill_from(self, order: OrderRecord) -> None:
        """Start a replacement from what the old order said."""
        self.day1.set_date(order.day1)
        self.targeted.setCurrentText(order.targeted_agent)
        self.height_field.set_text(order.height_text)
        self.weight.set_text(order.weight_text)
        self.measured_on.set_date(order.measured_on)
        self.creatinine.set_text(order.creatinine_text or "")
        self.anc.set_text(order.anc_text or "")
        self.platelets.set_text(order.platelets_text or "")
        if order.labs_date is not None:
            self.labs_date.set_date(order.labs_date)
        self.formula.setCurrentIndex(self.formula.findText(order.bsa_formula))
        self.hold_override.setText(order.hold_override or "")
        self.targeted_override.setText(order.targeted_override or "")
        self.unusual_bsa.setChecked(not self.rules.bsa_low <= order.bsa_m2 <= self.rules.bsa_high)
        if order.neuropathy_grade is not None:
            self.neuropathy.set_value(order.neuropathy_grade)
        if order.neuropathy_assessed_on is not None:
            self.neuropathy.assessed.set_date(order.neuropathy_assessed_on)
            self._assessed_follows_day1 = False
        old = attempt(load_order, self.ws, order.id).value
        for row in old.supportive if old is not None else []:
            if row.item_id in self.supportive and (row.omitted or row.change_reason):
                self.supportive[row.item_id].set_change(omitted=row.omitted, dose=row.dose,
                                                        reason=row.change_reason)

    # ---- what is shown ------------------------------------------------------------------------
    def _drugs_given(self) -> list[str]:
        """The drugs this order gives as the form stands (chosen agent, none stopped)."""
        if self.patient.arm is None:
            return []
        drugs = protocol_regimens().drugs_for(self.patient.arm, self.targeted.currentText())
        return [d.id for d in drugs if d.id not in self.reductions or self.reductions[d.id].given]

    def gives_oxaliplatin(self) -> bool:
        """Oxaliplatin is on the order unless stopped earlier: the neuropathy grade is needed
        even for the order that stops it now (the stop may answer the neuropathy)."""
        hai = self.reductions.get(OXALIPLATIN)
        return hai is not None and not hai.stopped

    def _show_agent_rows(self) -> None:
        """Only the chosen targeted agent's level row, the neuropathy row while oxaliplatin is
        given, and the premedication the drugs given bring are shown."""
        chosen = self.targeted.currentText()
        for agent in TARGETED:
            if agent in self.checked:
                self.form.setRowVisible(self.checked[agent], agent == chosen)
        self.form.setRowVisible(self.checked["neuropathy"], self.gives_oxaliplatin())
        shown = self._items_shown()
        for item_id in self.supportive:
            self.form.setRowVisible(self.checked[f"supportive:{item_id}"], item_id in shown)
        categories = {self.supportive[i].item.category for i in shown}
        for category, caption in self.category_titles.items():
            self.form.setRowVisible(caption, category in categories)
        self._fit()

    def _items_shown(self) -> set[str]:
        """The premedication the drugs given bring (the service's own rule: items_for)."""
        return {i.id for i in items_for((r.item for r in self.supportive.values()),
                                        self._drugs_given())}

    def _day1_changed(self) -> None:
        # The assessment defaults to day 1 until someone types its own date.
        if self._assessed_follows_day1 and self.day1.date() is not None:
            self.neuropathy.assessed.set_date(self.day1.date())

    def _assessed_edited(self, _text: str) -> None:
        self._assessed_follows_day1 = False

    def _show_neuropathy_due(self) -> None:
        hai = self.reductions.get(OXALIPLATIN)
        if hai is None:
            return
        grade = self.neuropathy.value()
        due = None
        if self.gives_oxaliplatin() and self.neuropathy.decision_due():
            # Reduction shows what comes before the first comma.
            due = self.tr("Grade {grade} peripheral sensory neuropathy, at grade {site_grade} "
                          "or more [site rule]: a dose decision is due before this oxaliplatin "
                          "dose").format(grade=grade, site_grade=self.rules.neuropathy_grade)
        hai.set_neuropathy_due(due)

    @property
    def _supersedes(self) -> int | None:
        return self.replacing.id if self.replacing is not None else None

    # ---- the input ----------------------------------------------------------------------------
    def order_input(self) -> OrderInput:
        """What is typed, as the service takes it; raises ValidationError for missing dates."""
        for name, field in (("day1", self.day1), ("measured_on", self.measured_on)):
            if field.date() is None:
                raise ValidationError(self.tr("Enter the date (yyyy-mm-dd)."), field=name)
        day1, measured = self.day1.date(), self.measured_on.date()
        assert day1 is not None and measured is not None
        if self.labs_date.text().strip() and self.labs_date.date() is None:
            raise ValidationError(self.labs_date.error() or self.tr("Not a date."),
                                  field="labs_date")
        for name, missing in (("height", self.tr("Enter the height.")),
                              ("weight", self.tr("Enter the weight."))):
            if self.quantities[name].is_empty():
                raise ValidationError(missing, field=name)
        grade, assessed = self._neuropathy()
        reductions = {drug: value for drug, r in self.reductions.items()
                      if (value := r.reduction()) is not None}
        stops = {drug: why for drug, r in self.reductions.items()
                 if (why := r.stop_reason()) is not None}
        continues = {drug: reason for drug, r in self.reductions.items()
                     if (reason := r.continue_reason()) is not None}
        return OrderInput(
            patient_id=self.patient.id, day1=day1, targeted_agent=self.targeted.currentText(),
            height=self.height_field.text(), weight=self.weight.text(), measured_on=measured,
            anc=self.anc.text(), platelets=self.platelets.text(),
            labs_date=self.labs_date.date(), creatinine=self.creatinine.text(),
            bsa_formula=self.formula.currentData(),
            targeted_override=self.targeted_override.text(),
            hold_override=self.hold_override.text(),
            confirm_unusual_bsa=self.unusual_bsa.isChecked(), reductions=reductions,
            stops=stops, continues=continues, neuropathy_grade=grade,
            neuropathy_assessed_on=assessed, supportive=self._supportive_changes())

    def _neuropathy(self) -> tuple[int | None, date | None]:
        if not self.gives_oxaliplatin():
            return None, None
        problem = self.neuropathy.assessed.error()
        if problem:
            raise ValidationError(problem, field="neuropathy")
        return self.neuropathy.value(), self.neuropathy.assessed_on()

    def _supportive_changes(self) -> dict[str, SupportiveChange]:
        """Changes to the items this order carries (hidden rows are not on it)."""
        shown = self._items_shown()
        return {item_id: change for item_id, row in self.supportive.items()
                if item_id in shown and (change := row.change()) is not None}

    def clear_problems(self) -> None:
        """Before a submit: the refusals of the last one go; what is wrong with a field's own
        text stays shown (the fields check themselves as they are typed)."""
        self.message.clear_message()
        self._clear_problems()

    def _clear_problems(self) -> None:
        for field in self.quantities.values():
            field.set_problem(None)
        for checked in self.checked.values():
            checked.set_problem(None)

    def _show_problem(self, error: HaiError) -> None:
        name = getattr(error, "field", None)
        if name in self.quantities:
            self.quantities[name].set_problem(error.message)
        elif name in self.checked:
            self.checked[name].set_problem(error_text(error))
        elif name == "targeted":
            self.checked["targeted_override_agent"].set_problem(error.message)

    def problem_at(self, name: str) -> str:
        if name in self.quantities:
            return self.quantities[name].error_text()
        return self.checked[name].error_text()

    # ---- the calculation ----------------------------------------------------------------------
    def recalculate(self) -> None:
        self._show_neuropathy_due()
        self._clear_problems()
        self.message.clear_message()  # a refusal of Create is answered by this edit
        self.plan = None
        try:
            order = self.order_input()
        except ValidationError as error:
            self._show_problem(error)
            self._show_plan(None, error)
            return
        outcome = attempt(plan_order, self.ws, order, supersedes=self._supersedes)
        if outcome.error is not None:
            self._show_problem(outcome.error)
        self.plan = outcome.value
        self._show_plan(outcome.value, outcome.error)

    def _show_allergy(self, status: AllergyStatus | None) -> None:
        text, style = allergy_html(status)
        self.allergy_label.setText(text)
        restyle(self.allergy_label, style)

    def _show_plan(self, plan: OrderPlan | None, error: HaiError | None) -> None:
        if plan is None:
            text = self.tr("Waiting for a complete, valid entry.")
            if error is not None:
                text += f"<br><span style='color:#b3261e'>{html.escape(error_text(error))}</span>"
            self.calculation.setText(text)
            self.amber.hide()
            self._fit()
            return
        if plan.allergy is not None:
            self._show_allergy(plan.allergy)
        self.calculation.setText("<br>".join(self._plan_lines(plan)))
        amber = [f"⚠ {html.escape(n)}" for n in plan.notices]
        amber += [self.tr("⚠ Hold: {hold}").format(hold=html.escape(h)) for h in plan.holds]
        self.amber.setText("<br>".join(amber))
        self.amber.setVisible(bool(amber))
        self._fit()

    def _plan_lines(self, plan: OrderPlan) -> list[str]:
        bsa = (self.tr("BSA <b>{bsa} m²</b> ({formula}), cap {cap} m²") if plan.bsa_cap_m2
               else self.tr("BSA <b>{bsa} m²</b> ({formula})"))
        parts = [self.tr("<b>Cycle {cycle}</b> · {arm} arm").format(
                     cycle=plan.cycle, arm=html.escape(arm_short_text(plan.arm))),
                 bsa.format(bsa=f"{plan.bsa.magnitude:.2f}",
                            formula=html.escape(self.formula.currentText()),
                            cap=f"{plan.bsa_cap_m2:g}" if plan.bsa_cap_m2 else ""),
                 self.tr("CrCl {working}").format(working=html.escape(plan.crcl_working))
                 if plan.crcl_working else self.tr("CrCl — (no creatinine entered)")]
        for line in plan.lines:
            if line.stopped or line.calculation is None:
                parts.append(self.tr("<b>{drug}</b>: stopped ({reason})").format(
                    drug=html.escape(line.drug.label), reason=html.escape(line.reason or "")))
                continue
            parts.append(self.tr("<b>{drug}</b> (level {level}): {working}").format(
                drug=html.escape(line.drug.label), level=line.level,
                working=html.escape(line.calculation.working)))
            given_by = delivery_text(line)
            if given_by:
                parts.append(f"<span style='color:#5b6878'>&nbsp;&nbsp;&nbsp;"
                             f"{html.escape(given_by)}</span>")
        if plan.oxaliplatin_before is not None:
            parts.append(self.tr("<b>Cumulative oxaliplatin</b>: {text}").format(
                text=cumulative_text(plan.oxaliplatin_before, plan.oxaliplatin_with_this)))
        if plan.neuropathy_grade is not None:
            parts.append((self.tr("Peripheral sensory neuropathy: grade {grade} on {day}")
                          if plan.neuropathy_assessed_on else
                          self.tr("Peripheral sensory neuropathy: grade {grade}")).format(
                grade=plan.neuropathy_grade, day=date_text(plan.neuropathy_assessed_on)))
        parts.extend(self._supportive_lines(plan))
        return parts

    def _supportive_lines(self, plan: OrderPlan) -> list[str]:
        if not plan.supportive:
            return []
        left_out = [s.item.name for s in plan.supportive if s.omitted]
        changed = [f"{s.item.name} {s.dose}" for s in plan.supportive
                   if s.reason and not s.omitted]
        if left_out and changed:
            text = self.tr("<b>Premedication and supportive care</b>: {n} items; left out: "
                           "{left_out}; changed: {changed}")
        elif left_out:
            text = self.tr("<b>Premedication and supportive care</b>: {n} items; left out: "
                           "{left_out}")
        elif changed:
            text = self.tr("<b>Premedication and supportive care</b>: {n} items; changed: "
                           "{changed}")
        else:
            text = self.tr("<b>Premedication and supportive care</b>: {n} items")
        return [text.format(n=len(plan.supportive), left_out=html.escape(", ".join(left_out)),
                            changed=html.escape(", ".join(changed)))]

    def _fit(self) -> None:
        """Rows and error lines come and go: the scrolled content takes the height they need."""
        self.form_scroll.fit_content()
        self.panel_scroll.fit_content()

    # ---- create -------------------------------------------------------------------------------
    def submit(self) -> bool:
        try:
            order = self.order_input()
        except ValidationError as error:
            self._show_problem(error)
            self.show_error(error)
            self._scroll_to_problem(error)
            return False
        outcome = self.attempt(create_order, self.ws, order, supersedes=self._supersedes)
        if outcome.error is not None:
            self._show_problem(outcome.error)
            self.show_error(outcome.error)
            self._scroll_to_problem(outcome.error)
            return False
        self.order_id = outcome.value
        return True

    def _scroll_to_problem(self, error: HaiError) -> None:
        self._fit()  # the error line is in the layout before the row is scrolled to
        name = getattr(error, "field", None)
        widget = self.quantities.get(name or "") or self.checked.get(name or "")
        if widget is not None:
            self.form_scroll.ensureWidgetVisible(widget)
            widget.setFocus()
