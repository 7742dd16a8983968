"""Draft the next cycle's order: the measurements and labs as typed (any usual unit), the
choices the investigator makes, and the calculation beside them, redone on every edit.

Every problem the calculation finds is shown at its field; Create drafts the order, which the
investigator then signs from the screen.
"""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from hai_desktop.core.dosing import BsaFormula
from hai_desktop.core.errors import HaiError, ValidationError
from hai_desktop.core.regimens import protocol_regimens
from hai_desktop.services.dose_levels import dose_level_table
from hai_desktop.services.orders import (
    BSA_PLAUSIBLE,
    OrderInput,
    OrderPlan,
    create_order,
    patient_dose_levels,
    plan_order,
)
from hai_desktop.services.patients import PatientSummary
from hai_desktop.services.toxicity import pending_decisions
from hai_desktop.services.workspace import Workspace
from hai_desktop.store.models import Order
from hai_desktop.ui.dialogs.base import FormDialog
from hai_desktop.ui.run_service import attempt, error_text
from hai_desktop.ui.widgets.common import card, label, section_title
from hai_desktop.ui.widgets.date_field import DateField
from hai_desktop.ui.widgets.quantity_field import QuantityField

TARGETED = ("bevacizumab", "cetuximab")


class _Checked(QWidget):
    """A widget with its own inline error line under it."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__()
        self.widget = widget
        self.error_label = QLabel()
        self.error_label.setObjectName("InlineError")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget)
        layout.addWidget(self.error_label)
        self.setFocusProxy(widget)

    def set_problem(self, message: str | None) -> None:
        self.error_label.setText(message or "")
        self.error_label.setVisible(bool(message))

    def error_text(self) -> str:
        return self.error_label.text() if not self.error_label.isHidden() else ""


class _Reduction(QWidget):
    """A drug's dose level for this cycle: unchanged, a lower level, or stopped — a change
    with its reason. Levels above the patient's current one are not offered (they only go
    down); a stopped drug shows as stopped and cannot be restarted."""

    STOP, CONTINUE = "stop", "continue"

    def __init__(self, drug: str, levels: tuple[float, ...], basis: str,
                 current: tuple[int, bool] = (0, False), due: list[str] | None = None) -> None:
        super().__init__()
        self.drug = drug
        self.current_level, self.stopped = current
        # One short line per due decision; the whole sentence is in the tooltip.
        self.due = label("" if not due else "<br>".join(
            f"⚠ {html.escape(d.split(' (cycle')[0].split(',')[0])}: dose decision due"
            for d in due), "InlineError", wrap=True)
        self.due.setToolTip("\n".join(due or []))
        self.due.setVisible(bool(due))
        per = "m²" if basis == "mg/m2" else "kg"
        self.level = QComboBox()
        self.level.setMinimumWidth(300)
        self.reason = QLineEdit()
        if self.stopped:
            self.level.addItem("stopped earlier", None)
            self.level.setEnabled(False)
            self.reason.setPlaceholderText("a stopped drug is not given again")
            self.reason.setEnabled(False)
        else:
            now = levels[-self.current_level] if -self.current_level < len(levels) else 0
            self.level.addItem(f"unchanged · level {self.current_level} · {now:g} mg/{per}",
                               None)
            for index in range(-self.current_level + 1, len(levels)):
                self.level.addItem(f"reduce to level {-index} · {levels[index]:g} mg/{per}",
                                   -index)
            if due:
                self.level.addItem("continue at the same level (give the reason)", self.CONTINUE)
            self.level.addItem("stop this drug", self.STOP)
            self.reason.setPlaceholderText("reason for a reduction or stop (e.g. the toxicity)")
        # The reason appears under the choice once there is a change to explain.
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        column.addWidget(self.due)
        column.addWidget(self.level)
        column.addWidget(self.reason)
        self.level.currentIndexChanged.connect(self._show_reason)
        self._show_reason()

    def _show_reason(self) -> None:
        self.reason.setVisible(self.level.currentData() is not None)

    def choose(self, data: int | str | None) -> None:
        self.level.setCurrentIndex(self.level.findData(data))

    def reduction(self) -> tuple[int, str] | None:
        level = self.level.currentData()
        return (int(level), self.reason.text()) if isinstance(level, int) else None

    def stop_reason(self) -> str | None:
        return self.reason.text() if self.level.currentData() == self.STOP else None

    def continue_reason(self) -> str | None:
        return self.reason.text() if self.level.currentData() == self.CONTINUE else None


def _intro(patient: PatientSummary, replacing: Order | None) -> str:
    who = (f"<b>{html.escape(patient.display_id)}</b> · {html.escape(patient.full_name)}")
    if replacing is None:
        return (f"Cycle order for {who}. Height, weight and labs in any usual unit; the "
                "calculation on the right follows every edit.")
    return (f"A new order for {who} that replaces order #{replacing.id} (cycle "
            f"{replacing.cycle}, {html.escape(replacing.status)}), filled in from it. The old "
            "order is voided as superseded when this one is created; reductions and stops "
            "already decided stay.")


class NewOrderDialog(FormDialog):
    def __init__(self, ws: Workspace, patient: PatientSummary,
                 parent: QWidget | None = None, *, replacing: Order | None = None) -> None:
        super().__init__(
            f"New order — {patient.display_id}" if replacing is None else
            f"Replace order #{replacing.id} — {patient.display_id}",
            _intro(patient, replacing),
            "Create draft order" if replacing is None else "Create replacement order", parent)
        self.ws = ws
        self.replacing = replacing
        self.patient = patient
        self.order_id: int | None = None
        self.plan: OrderPlan | None = None
        today = date.today()
        self.day1 = DateField()
        self.day1.set_date(today)
        self.targeted = QComboBox()
        self.targeted.addItems(TARGETED)
        self.height = QuantityField("height", placeholder="e.g. 172 cm", edit_width=150)
        self.weight = QuantityField("weight", placeholder="e.g. 70 kg", edit_width=150)
        self.measured_on = DateField()
        self.measured_on.set_date(today)
        self.creatinine = QuantityField("serum_creatinine", placeholder="optional", edit_width=150)
        self.anc = QuantityField("anc", edit_width=150)
        self.platelets = QuantityField("platelets", edit_width=150)
        self.labs_date = DateField()
        self.labs_date.set_date(today)
        self.formula = QComboBox()
        for formula in BsaFormula:
            self.formula.addItem(formula.value, formula)
        self.unusual_bsa = QCheckBox("Confirm an unusual BSA (outside 0.5–3 m²)")
        self.hold_override = QLineEdit()
        self.hold_override.setPlaceholderText("only to proceed despite a hold: the reason")
        self.targeted_override = QLineEdit()
        self.targeted_override.setPlaceholderText("only for cetuximab when not RAS wild type")
        self.checked: dict[str, _Checked] = {}
        self.quantities = {"height": self.height, "weight": self.weight,
                           "creatinine": self.creatinine, "anc": self.anc,
                           "platelets": self.platelets}

        def checked(name: str, widget: QWidget) -> _Checked:
            self.checked[name] = _Checked(widget)
            return self.checked[name]

        self.add_row("Day 1", checked("day1", self.day1))
        self.add_row("Targeted agent", checked("targeted_override_agent", self.targeted))
        self.add_row("Height", self.height)
        self.add_row("Weight", self.weight)
        self.add_row("Measured on", checked("measured_on", self.measured_on))
        self.add_row("BSA formula", checked("bsa", self.formula))
        self.form.addRow("", self.unusual_bsa)
        self.add_row("Serum creatinine", self.creatinine)
        self.add_row("ANC", self.anc)
        self.add_row("Platelets", self.platelets)
        self.add_row("Labs taken on", checked("labs_date", self.labs_date))
        self.add_row("Hold override", checked("hold_override", self.hold_override))
        self.add_row("Targeted override", checked("targeted_override", self.targeted_override))
        self.reductions: dict[str, _Reduction] = {}
        table = attempt(dose_level_table, ws).value
        current = attempt(patient_dose_levels, ws, patient.id).value or {}
        due: dict[str, list[str]] = {}
        for item in attempt(pending_decisions, ws, patient.id).value or []:
            due.setdefault(item.drug_id, []).append(
                f"Grade {item.grade} {item.term}"
                + (f" (cycle {item.cycle})" if item.cycle else "")
                + f", {item.attribution}: a dose decision is due")
        if patient.arm is not None and table is not None:
            regimens = protocol_regimens()
            seen: set[str] = set()
            for agent in TARGETED:
                for drug in regimens.drugs_for(patient.arm, agent):
                    if drug.id in seen or drug.id not in table.levels:
                        continue
                    seen.add(drug.id)
                    widget = _Reduction(drug.id, table.levels[drug.id].levels, drug.basis,
                                        current.get(drug.id, (0, False)), due.get(drug.id))
                    self.reductions[drug.id] = widget
                    self.add_row(f"{drug.label} level", checked(drug.id, widget))
        self._build_panel()
        for field in self.quantities.values():
            field.changed.connect(self.recalculate)
        for date_field in (self.day1, self.measured_on, self.labs_date):
            date_field.changed.connect(self.recalculate)
        for combo in (self.targeted, self.formula):
            combo.currentIndexChanged.connect(self.recalculate)
        self.unusual_bsa.toggled.connect(self.recalculate)
        for line in (self.hold_override, self.targeted_override):
            line.textChanged.connect(self.recalculate)
        self.targeted.currentIndexChanged.connect(self._show_agent_rows)
        self._show_agent_rows()
        for reduction in self.reductions.values():
            reduction.level.currentIndexChanged.connect(self.recalculate)
            reduction.reason.textChanged.connect(self.recalculate)
        if replacing is not None:
            self._fill_from(replacing)
        self.height.setFocus()
        self.recalculate()

    def _fill_from(self, order: Order) -> None:
        """Start a replacement from what the old order said."""
        self.day1.set_date(order.day1)
        self.targeted.setCurrentText(order.targeted_agent)
        self.height.set_text(order.height_text)
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
        self.unusual_bsa.setChecked(not BSA_PLAUSIBLE[0] <= order.bsa_m2 <= BSA_PLAUSIBLE[1])

    def _show_agent_rows(self) -> None:
        """Only the chosen targeted agent's level row is shown."""
        chosen = self.targeted.currentText()
        for agent in TARGETED:
            if agent in self.checked:
                self.form.setRowVisible(self.checked[agent], agent == chosen)

    def _build_panel(self) -> None:
        """Move the form to the left and put the live calculation on its right."""
        outer = self.layout()
        assert isinstance(outer, QVBoxLayout)
        outer.removeItem(self.form)
        row = QHBoxLayout()
        row.setSpacing(20)
        form_box = QWidget()
        form_box.setLayout(self.form)
        form_box.setMinimumWidth(520)
        row.addWidget(form_box, 1)
        frame, body = card()
        frame.setMinimumWidth(400)
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        body.addWidget(section_title("Calculation"))
        self.calculation = label("", wrap=True)
        self.calculation.setMinimumWidth(360)
        body.addWidget(self.calculation)
        self.amber = label("", "Reminder", wrap=True)
        body.addWidget(self.amber)
        body.addStretch(1)
        row.addWidget(frame, 1)
        outer.insertLayout(1, row)

    @property
    def _supersedes(self) -> int | None:
        return self.replacing.id if self.replacing is not None else None

    # ---- the input --------------------------------------------------------------------------
    def order_input(self) -> OrderInput:
        """What is typed, as the service takes it; raises ValidationError for missing dates."""
        for name, field in (("day1", self.day1), ("measured_on", self.measured_on)):
            if field.date() is None:
                raise ValidationError("Enter the date (yyyy-mm-dd).", field=name)
        day1, measured = self.day1.date(), self.measured_on.date()
        assert day1 is not None and measured is not None
        if self.labs_date.text().strip() and self.labs_date.date() is None:
            raise ValidationError(self.labs_date.error() or "Not a date.", field="labs_date")
        for name in ("height", "weight"):
            if self.quantities[name].is_empty():
                raise ValidationError(f"Enter the {name}.", field=name)
        reductions = {drug: value for drug, r in self.reductions.items()
                      if (value := r.reduction()) is not None}
        stops = {drug: value for drug, r in self.reductions.items()
                 if (value := r.stop_reason()) is not None}
        continues = {drug: value for drug, r in self.reductions.items()
                     if (value := r.continue_reason()) is not None}
        return OrderInput(
            patient_id=self.patient.id, day1=day1, targeted_agent=self.targeted.currentText(),
            height=self.height.text(), weight=self.weight.text(), measured_on=measured,
            anc=self.anc.text(), platelets=self.platelets.text(),
            labs_date=self.labs_date.date(), creatinine=self.creatinine.text(),
            bsa_formula=self.formula.currentData(),
            targeted_override=self.targeted_override.text(),
            hold_override=self.hold_override.text(),
            confirm_unusual_bsa=self.unusual_bsa.isChecked(), reductions=reductions,
            stops=stops, continues=continues)

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
            self.checked[name].set_problem(error.message)
        elif name == "targeted":
            self.checked["targeted_override_agent"].set_problem(error.message)

    def problem_at(self, name: str) -> str:
        if name in self.quantities:
            return self.quantities[name].error_text()
        return self.checked[name].error_text()

    # ---- the calculation --------------------------------------------------------------------
    def recalculate(self) -> None:
        self._clear_problems()
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

    def _show_plan(self, plan: OrderPlan | None, error: HaiError | None) -> None:
        if plan is None:
            text = "Waiting for a complete, valid entry."
            if error is not None:
                text += f"<br><span style='color:#b3261e'>{html.escape(error_text(error))}</span>"
            self.calculation.setText(text)
            self.amber.hide()
            self._fit()
            return
        parts = [f"<b>Cycle {plan.cycle}</b> · {html.escape(plan.arm.short)} arm",
                 f"BSA <b>{plan.bsa.magnitude:.2f} m²</b> "
                 f"({html.escape(self.formula.currentText())})"
                 + (f", cap {plan.bsa_cap_m2:g} m²" if plan.bsa_cap_m2 else ""),
                 "CrCl " + (html.escape(plan.crcl_working) if plan.crcl_working
                            else "— (no creatinine entered)")]
        for line in plan.lines:
            if line.stopped or line.calculation is None:
                parts.append(f"<b>{html.escape(line.drug.label)}</b>: stopped "
                             f"({html.escape(line.reason or '')})")
            else:
                parts.append(f"<b>{html.escape(line.drug.label)}</b> (level {line.level}): "
                             f"{html.escape(line.calculation.working)}")
        self.calculation.setText("<br>".join(parts))
        amber = [f"⚠ {html.escape(n)}" for n in plan.notices]
        amber += [f"⚠ Hold: {html.escape(h)}" for h in plan.holds]
        self.amber.setText("<br>".join(amber))
        self.amber.setVisible(bool(amber))
        self._fit()

    def _fit(self) -> None:
        layout = self.layout()
        if layout is not None:
            layout.activate()

    # ---- create -----------------------------------------------------------------------------
    def submit(self) -> bool:
        try:
            order = self.order_input()
        except ValidationError as error:
            self._show_problem(error)
            self.show_error(error)
            return False
        outcome = attempt(create_order, self.ws, order, supersedes=self._supersedes)
        if outcome.error is not None:
            self._show_problem(outcome.error)
            self.show_error(outcome.error)
            return False
        self.order_id = outcome.value
        return True
