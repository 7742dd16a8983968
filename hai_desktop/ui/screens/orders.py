"""Dosing calculator and chemotherapy orders for the current patient.

Above: the patient's orders, newest cycle first. Below: the selected order — its drug lines
numbered and shown as the sheet shows them (the HAI line withheld today reads so), what was
given, where the double check at the chair stands, medication errors (red), the notices and
holds (amber), allergies, premedication, cumulative oxaliplatin, the signatures with their
validity against the order's content, and the buttons the signed-in role may use in the order's
status: printed → double check (two nurses) → record administration → second nurse confirms;
a pump left running is disconnected later.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from datetime import tzinfo
from functools import reduce
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from hai_desktop.core.allergies import AllergyState
from hai_desktop.core.arms import Arm
from hai_desktop.core.errors import HaiError
from hai_desktop.core.i18n import QT_TRANSLATE_NOOP
from hai_desktop.core.numbers import ismp
from hai_desktop.core.patient_status import PatientStatus
from hai_desktop.core.regimens import protocol_regimens
from hai_desktop.records import IncidentRecord, SupportiveRecord
from hai_desktop.services import orders as svc
from hai_desktop.services.administration import (
    DoubleCheckState,
    double_check_state,
    running_lines,
)
from hai_desktop.services.orders import OrderView, load_order, orders_for_patient
from hai_desktop.services.permissions import Action
from hai_desktop.services.randomization import IncidentView
from hai_desktop.services.users import list_users
from hai_desktop.services.workspace import Workspace
from hai_desktop.ui.background import run_in_background
from hai_desktop.ui.dialogs.order_preview import OrderPreviewDialog
from hai_desktop.ui.dialogs.order_sign import OrderSignDialog
from hai_desktop.ui.dialogs.reason import ReasonDialog
from hai_desktop.ui.i18n import arm_short_text, date_text, message_text, stamp_text
from hai_desktop.ui.models.orders import (
    LineColumn,
    OrderColumn,
    OrderLinesModel,
    OrderRow,
    OrdersModel,
    order_status_text,
)
from hai_desktop.ui.models.supportive import category_name, order_line_texts
from hai_desktop.ui.run_service import attempt, run_service
from hai_desktop.ui.screens.base import PatientScreen
from hai_desktop.ui.style import ERROR_RED, MUTED
from hai_desktop.ui.widgets.common import (
    InlineMessage,
    card,
    label,
    primary_button,
    section_title,
)
from hai_desktop.ui.widgets.pdf_preview import print_pdf
from hai_desktop.ui.widgets.save_pdf import save_pdf
from hai_desktop.ui.widgets.tables import data_table

PRINTABLE = (svc.VERIFIED, svc.PRINTED, svc.GIVEN, svc.ADMINISTERED)
VOIDABLE = (svc.DRAFT, svc.SIGNED, svc.VERIFIED, svc.PRINTED, svc.REJECTED)
REPLACEABLE = VOIDABLE
AT_THE_CHAIR = (svc.PRINTED, svc.GIVEN, svc.ADMINISTERED)  # statuses with double checks
# The tumour's RAS/BRAF result as the saved-message names it (services.orders.MUTATION_STATES).
_MUTATION_TEXT = {"wild_type": QT_TRANSLATE_NOOP("OrdersScreen", "wild type"),
                  "mutant": QT_TRANSLATE_NOOP("OrdersScreen", "mutant"),
                  "unknown": QT_TRANSLATE_NOOP("OrdersScreen", "unknown")}


def _button(text: str, tip: str) -> QPushButton:
    button = QPushButton(text)
    button.setToolTip(tip)
    return button


def _and(names: list[str]) -> str:
    """'A and B and C' (the nurses who checked)."""
    return reduce(lambda first, second: QCoreApplication.translate(
        "OrderDetail", "{first} and {second}").format(first=first, second=second),
        names) if names else ""


def _checks_text(checks: DoubleCheckState, status: str, zone: tzinfo) -> str:
    """Where the double check stands, as the nurse at the chair needs to know it."""
    done = [f"{html.escape(c.full_name)} ({stamp_text(c.checked_at, zone)})"
            for c in checks.current]
    stale = [f"{html.escape(c.full_name)} ({stamp_text(c.checked_at, zone)})"
             for c in checks.checks if not c.current]
    if status != svc.PRINTED:  # given since: every check made, as it was made
        everyone = [f"{html.escape(c.full_name)} ({stamp_text(c.checked_at, zone)})"
                    for c in checks.checks]
        text = (QCoreApplication.translate(
            "OrderDetail", "Double checked at the chair by {names}.").format(
                names=_and(everyone)) if everyone else "")
    elif checks.complete:
        text = QCoreApplication.translate(
            "OrderDetail", "✓ Double check complete: {names}. The order can be given.").format(
                names=_and(done))
    elif done:
        text = QCoreApplication.translate(
            "OrderDetail", "<b>Double check 1 of 2 done by {name}</b>. The second check is "
            "made by another nurse, on her own, before anything is given.").format(name=done[0])
    else:
        text = QCoreApplication.translate(
            "OrderDetail", "<b>Double check: none yet.</b> Two nurses check at the chair, each "
            "on her own, before anything is given.")
    if stale and status == svc.PRINTED:
        text += QCoreApplication.translate(
            "OrderDetail", "<br>No longer current (the order or the HAI gate changed since): "
            "{names}.").format(names=", ".join(stale))
    return text


def _supportive_text(rows: Sequence[SupportiveRecord]) -> str:
    """The premedication, hydration, monitoring and take-home lines; those left out with the
    investigator's reason."""
    cells = []
    for row in sorted(rows, key=lambda r: r.position):
        name, timing = order_line_texts(row.item_id, row.name, row.timing)
        what = (QCoreApplication.translate("OrderDetail", "<b>{name}</b> {dose} {route} "
                                           "(as needed)") if row.as_needed
                else "<b>{name}</b> {dose} {route}").format(
            name=html.escape(name), dose=html.escape(row.dose),
            route=html.escape(row.route))
        when = html.escape(timing)
        if row.omitted:
            what = f"<s>{what}</s>"
            reason = row.change_reason or QCoreApplication.translate("OrderDetail",
                                                                     "no reason given")
            when = (f"<span style='color:{ERROR_RED}'>"
                    + QCoreApplication.translate("OrderDetail", "left out: {reason}").format(
                        reason=html.escape(reason)) + "</span>")
        elif row.change_reason:
            when += " " + QCoreApplication.translate(
                "OrderDetail", "<i>(changed: {reason})</i>").format(
                    reason=html.escape(row.change_reason))
        category = html.escape(category_name(row.category))
        cells.append(f"<tr><td style='color:{MUTED}; padding-right:10px'>{category}</td>"
                     f"<td style='padding-right:10px'>{what}</td><td>{when}</td></tr>")
    return "<table cellspacing='2'>" + "".join(cells) + "</table>"


def _oxaliplatin_text(view: OrderView) -> str:
    order, before, after = view.order, view.oxaliplatin_before, view.oxaliplatin_with_this
    if before is None or after is None:
        return ""
    text = QCoreApplication.translate(
        "OrderDetail", "Cumulative oxaliplatin: <b>{mg} mg</b> ({mg_m2} mg/m², {doses} doses) "
        "before this order; <b>{after_mg} mg</b> ({after_mg_m2} mg/m²) with it").format(
            mg=ismp(before.mg), mg_m2=ismp(before.mg_per_m2, 0), doses=before.doses,
            after_mg=ismp(after.mg), after_mg_m2=ismp(after.mg_per_m2, 0))
    if order.neuropathy_grade is not None:
        text += " · " + (QCoreApplication.translate(
            "OrderDetail", "peripheral sensory neuropathy <b>grade {grade}</b> on {day}")
            if order.neuropathy_assessed_on else QCoreApplication.translate(
                "OrderDetail", "peripheral sensory neuropathy <b>grade {grade}</b>")).format(
            grade=order.neuropathy_grade, day=date_text(order.neuropathy_assessed_on))
    return text


def _incident_view(view: OrderView, incident: IncidentRecord) -> IncidentView:
    return IncidentView(incident.id, incident.kind, incident.summary, incident.reported_by,
                        incident.reported_at, incident.resolved_at is not None,
                        incident.resolution, view.patient.screening_number,
                        incident.resolved_by)


class OrderDetail(QWidget):
    """One order as the pharmacist checks it and the nurses give it."""

    resolve_requested = Signal(object)  # IncidentView

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view: OrderView | None = None
        self.checks: DoubleCheckState | None = None
        frame, body = card()
        self.heading = section_title(self.tr("No order selected"))
        self.facts = label("", wrap=True)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.allergies = label("", wrap=True)
        self.lines_model = OrderLinesModel(self)
        self.lines_table = data_table(self.lines_model, stretch=LineColumn.GIVEN,
                                      row_height=30)
        self.lines_table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.chair = label("", wrap=True)
        self.incidents = label("", "InlineError", wrap=True)
        self.incident_row = QHBoxLayout()
        self.incident_row.addStretch(1)  # the buttons go before it
        self.incident_buttons: list[QPushButton] = []
        self.notices = label("", "Reminder", wrap=True)
        self.oxaliplatin = label("", wrap=True)
        self.supportive_title = label(self.tr("<b>Premedication and supportive care</b>"))
        self.supportive = label("", wrap=True)
        self.signatures = label("", wrap=True)
        self.status_note = label("", "Muted", wrap=True)
        # What the nurse at the chair acts on first; the calculation's facts under it.
        body.addWidget(self.heading)
        body.addWidget(self.allergies)
        self.button_row = QHBoxLayout()
        body.addLayout(self.button_row)
        body.addWidget(self.lines_table)
        body.addWidget(self.chair)
        body.addWidget(self.incidents)
        body.addLayout(self.incident_row)
        body.addWidget(self.facts)
        body.addWidget(self.notices)
        body.addWidget(self.oxaliplatin)
        body.addWidget(self.supportive_title)
        body.addWidget(self.supportive)
        body.addWidget(label(self.tr("<b>Signatures</b>")))
        body.addWidget(self.signatures)
        body.addWidget(self.status_note)
        self._make_buttons()
        body.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(frame)

    def _make_buttons(self) -> None:
        # Mnemonics: none of S, G, H (the menu bar) nor N (New order); each letter once.
        self.sign_button = primary_button(self.tr("S&ign…"))
        self.sign_button.setToolTip(self.tr("Prescribe: sign the order with your password"))
        self.verify_button = primary_button(self.tr("&Verify…"))
        self.verify_button.setToolTip(self.tr("Pharmacist check of the calculation, signed"))
        self.reject_button = _button(self.tr("Re&ject…"),
                                     self.tr("Send the order back with a reason"))
        self.printer_button = primary_button(self.tr("P&rint…"))
        self.printer_button.setToolTip(self.tr("Print the order sheet to give from (each print "
                                               "is audited)"))
        self.print_button = _button(self.tr("Save &PDF…"), self.tr(
            "Save the order sheet as a PDF file (each copy is audited like a print)"))
        self.check_button = primary_button(self.tr("Double &check…"))
        self.check_button.setToolTip(self.tr(
            "The independent check at the chair: the patient, the sheet's code and every "
            "line, by two nurses on their own"))
        self.administer_button = primary_button(self.tr("Record &administration…"))
        self.administer_button.setToolTip(self.tr(
            "What was given, with its times, after both checks"))
        self.disconnect_button = _button(self.tr("Pump &disconnected…"),
                                         self.tr("Record the end of the pump still running"))
        self.confirm_button = primary_button(self.tr("Con&firm administration…"))
        self.confirm_button.setToolTip(self.tr(
            "The second nurse confirms what was recorded as given"))
        self.preview_button = _button(self.tr("Pr&eview"), self.tr("The order sheet on screen"))
        self.replace_button = _button(self.tr("Replace…"), self.tr(
            "Write a corrected order that supersedes this one (a signed order never changes)"))
        self.void_button = _button(self.tr("V&oid…"), self.tr("Void the order with a reason"))
        self.override_button = _button(self.tr("Override HAI gate…"), self.tr(
            "Let today's HAI line go ahead without a valid catheter inspection (investigator, "
            "with a reason)"))
        self.button_row.setSpacing(8)
        for button in (self.sign_button, self.verify_button, self.reject_button,
                       self.printer_button, self.print_button, self.check_button,
                       self.administer_button, self.disconnect_button, self.confirm_button,
                       self.preview_button, self.replace_button, self.override_button,
                       self.void_button):
            self.button_row.addWidget(button)
        self.button_row.addStretch(1)

    def show_order(self, view: OrderView | None, ws: Workspace,
                   checks: DoubleCheckState | None = None) -> None:
        self.view, self.checks = view, checks
        self.lines_table.clearSpans()  # spans name rows: never over another order's rows
        self.lines_model.set_order(view, ws.zone)
        if view is None:
            self.heading.setText(self.tr("No order selected"))
            self.facts.setText(self.tr(
                "Choose an order on the left, or write the next cycle's order."))
            for widget in (self.allergies, self.lines_table, self.chair, self.incidents,
                           self.notices, self.oxaliplatin, self.supportive_title,
                           self.supportive, self.signatures, self.status_note):
                widget.hide()
            self._incident_buttons(None, ws)
            self._buttons(None, ws)
            return
        order = view.order
        self.heading.setText(self.tr("Cycle {cycle} · order #{id} · {status}").format(
            cycle=order.cycle, id=order.id, status=order_status_text(order.status)))
        self.facts.setText(self._facts(view))
        self._show_allergies(view)
        self.lines_table.show()
        self._fit_lines()
        self._show_chair(view, ws)
        self._show_incidents(view, ws)
        self._show_notices(view)
        self._show_text(self.oxaliplatin, _oxaliplatin_text(view))
        self.supportive.setText(_supportive_text(view.supportive))
        self.supportive.setVisible(bool(view.supportive))
        self.supportive_title.setVisible(bool(view.supportive))
        # The meaning is the signature's own, as recorded ("prescribed" …).
        sigs = [("✓ <b>{meaning}</b> — {name}, {when}" if s.valid else self.tr(
                    "✗ <b>{meaning}</b> — {name}, {when} — <b>no longer matches the "
                    "order</b>")).format(meaning=html.escape(s.meaning),
                                         name=html.escape(s.full_name),
                                         when=stamp_text(s.signed_at, ws.zone))
                for s in view.signatures]
        self.signatures.setText("<br>".join(sigs) or self.tr("None yet."))
        self.signatures.show()
        self._show_text(self.status_note, html.escape(self._status_note(view)))
        self._buttons(order.status, ws)

    @staticmethod
    def _facts(view: OrderView) -> str:
        order = view.order
        crcl = (f"{order.crcl_ml_min:.0f} mL/min" if order.crcl_ml_min is not None
                else QCoreApplication.translate("OrderDetail", "not calculated"))
        bsa = (QCoreApplication.translate(
            "OrderDetail", "BSA <b>{bsa} m²</b> ({formula}) (cap {cap} m²) · CrCl {crcl} "
            "(Cockcroft–Gault)") if order.bsa_cap_m2 else QCoreApplication.translate(
            "OrderDetail", "BSA <b>{bsa} m²</b> ({formula}) · CrCl {crcl} (Cockcroft–Gault)"))
        labs = (QCoreApplication.translate("OrderDetail", "ANC {anc} · platelets {platelets} "
                                                          "on {day}")
                if order.labs_date else
                QCoreApplication.translate("OrderDetail", "ANC {anc} · platelets {platelets}"))
        facts = [
            QCoreApplication.translate(
                "OrderDetail", "Day 1 <b>{day1}</b> · {arm} arm · targeted agent "
                "<b>{agent}</b>").format(
                    day1=date_text(order.day1), arm=html.escape(arm_short_text(Arm(order.arm))),
                    agent=html.escape(order.targeted_agent)),
            QCoreApplication.translate(
                "OrderDetail", "Height {height} ({cm} cm) · weight {weight} ({kg} kg), measured "
                "{day}").format(
                    height=html.escape(order.height_text), cm=ismp(order.height_cm, 1),
                    weight=html.escape(order.weight_text), kg=ismp(order.weight_kg, 1),
                    day=date_text(order.measured_on)),
            bsa.format(bsa=ismp(order.bsa_m2), formula=html.escape(order.bsa_formula),
                       cap=f"{order.bsa_cap_m2:g}" if order.bsa_cap_m2 else "", crcl=crcl),
            labs.format(anc=html.escape(order.anc_text or "—"),
                        platelets=html.escape(order.platelets_text or "—"),
                        day=date_text(order.labs_date)),
        ]
        facts += [QCoreApplication.translate("OrderDetail", "Dose level: {drug} {reason}").format(
                      drug=html.escape(protocol_regimens().drug(drug).label),
                      reason=html.escape(reason))
                  for drug, reason in view.level_reasons.items()]
        return "<br>".join(facts)

    def _show_allergies(self, view: OrderView) -> None:
        status = view.allergy
        if status is None:
            self.allergies.hide()
            return
        recorded = status.state is AllergyState.RECORDED
        text = html.escape(status.summary)
        self.allergies.setText(
            f"<span style='color:{ERROR_RED}'>"
            + self.tr("<b>⚠ Allergies: {text}</b>").format(text=text) + "</span>" if recorded
            else self.tr("Allergies: {text}").format(text=text) if status.recorded
            else f"<span style='color:{ERROR_RED}'>" + self.tr(
                "<b>Allergies: {text}</b> — ask the patient before the order is "
                "signed").format(text=text) + "</span>")
        self.allergies.show()

    def _fit_lines(self) -> None:
        """Every line in view without a scroll bar of its own (the detail scrolls); the HAI
        line withheld today reads across the dose columns, as on the sheet; what was given
        takes two lines where it says more than the dose and the times."""
        table, model = self.lines_table, self.lines_model
        table.resizeColumnsToContents()
        for row in range(model.rowCount()):
            line = model.row_at(row)
            if model.is_withheld(line):
                table.setSpan(row, LineColumn.CALCULATED, 1,
                              LineColumn.GIVEN - LineColumn.CALCULATED + 1)
                table.setRowHeight(row, 52)  # the gate's reason on two lines
            elif "\n" in model.cell(line, LineColumn.GIVEN):
                table.setRowHeight(row, 48)
            else:
                table.setRowHeight(row, 30)
        height = table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth() + sum(
            table.rowHeight(row) for row in range(model.rowCount()))
        table.setFixedHeight(max(height, 80))

    def _show_chair(self, view: OrderView, ws: Workspace) -> None:
        parts = []
        if self.checks is not None:
            parts.append(_checks_text(self.checks, view.order.status, ws.zone))
        for line in running_lines(view.lines):
            name = protocol_regimens().drug(line.drug_id).label
            parts.append(self.tr("<b>Pump running:</b> {drug} since {when} — record its "
                                 "disconnection (Pump disconnected…).").format(
                drug=html.escape(name), when=stamp_text(line.started_at, ws.zone)))
        self._show_text(self.chair, "<br>".join(p for p in parts if p))

    def _show_incidents(self, view: OrderView, ws: Workspace) -> None:
        open_ = [i for i in view.incidents if i.resolved_at is None]
        closed = [i for i in view.incidents if i.resolved_at is not None]
        text = [self.tr("⚠ Medication error — incident #{id}, open, for the investigator: "
                        "{summary}").format(id=i.id, summary=html.escape(i.summary))
                for i in open_]
        text += [f"<span style='color:{MUTED}; font-weight:400'>"
                 + self.tr("Incident #{id} resolved by {name} ({when}): {resolution}").format(
                     id=i.id, name=html.escape(i.resolved_by or ""),
                     when=stamp_text(i.resolved_at, ws.zone),
                     resolution=html.escape(i.resolution or "")) + "</span>" for i in closed]
        self._show_text(self.incidents, "<br>".join(text))
        self._incident_buttons(view, ws)

    def _incident_buttons(self, view: OrderView | None, ws: Workspace) -> None:
        for button in self.incident_buttons:
            self.incident_row.removeWidget(button)
            button.hide()  # out of sight now, deleted once the event loop runs
            button.deleteLater()
        self.incident_buttons = []
        if view is None or not ws.may(Action.RESOLVE_INCIDENTS):
            return
        for n, incident in enumerate(i for i in view.incidents if i.resolved_at is None):
            # One mnemonic for the first; the others by Tab or the mouse.
            text = (self.tr("Reso&lve incident #{id}…") if n == 0 else
                    self.tr("Resolve incident #{id}…")).format(id=incident.id)
            button = _button(text, self.tr("Record what was found and done (investigator)"))
            item = _incident_view(view, incident)
            button.clicked.connect(lambda _=False, item=item: self.resolve_requested.emit(item))
            self.incident_row.insertWidget(n, button)
            button.show()  # a layout shows a new child only later, on a queued call
            self.incident_buttons.append(button)

    def _show_notices(self, view: OrderView) -> None:
        order = view.order
        amber = [f"⚠ {html.escape(message_text(n))}" for n in view.notices]
        gate = view.hai_gate
        if gate is not None and gate.applies:
            amber.insert(0, f"⚠ <b>{html.escape(message_text(gate.reason))}</b>" if gate.withheld
                         else self.tr("HAI today: {text}").format(
                             text=html.escape(message_text(gate.sheet_text))))
        amber += [self.tr("⚠ Hold: {hold}").format(hold=html.escape(message_text(h)))
                  for h in view.holds]
        if order.hold_override:
            amber.append(self.tr("Hold overridden by the investigator: {reason}").format(
                reason=html.escape(order.hold_override)))
        if order.targeted_override:
            amber.append(self.tr("Targeted agent override: {reason}").format(
                reason=html.escape(order.targeted_override)))
        self._show_text(self.notices, "<br>".join(amber))

    @staticmethod
    def _status_note(view: OrderView) -> str:
        order = view.order
        if order.status == svc.VOIDED:
            if order.rejection_reason:
                return QCoreApplication.translate(
                    "OrderDetail", "Voided: {reason} (rejected before: {rejection})").format(
                        reason=order.void_reason, rejection=order.rejection_reason)
            return QCoreApplication.translate("OrderDetail", "Voided: {reason}").format(
                reason=order.void_reason)
        if order.rejection_reason:
            return QCoreApplication.translate("OrderDetail", "Rejected: {reason}").format(
                reason=order.rejection_reason)
        if order.print_count:
            return (QCoreApplication.translate("OrderDetail", "Printed 1 time.")
                    if order.print_count == 1 else QCoreApplication.translate(
                        "OrderDetail", "Printed {n} times.").format(n=order.print_count))
        return ""

    @staticmethod
    def _show_text(widget: QLabel, text: str) -> None:
        widget.setText(text)
        widget.setVisible(bool(text))

    def _buttons(self, status: str | None, ws: Workspace) -> None:
        view = self.view
        checked = self.checks is not None and self.checks.complete
        pumps = view is not None and bool(running_lines(view.lines))
        step = svc.next_step(status, checked) if status is not None else None
        shown = {
            self.sign_button: step is svc.NextStep.SIGN and ws.may(Action.PRESCRIBE),
            self.verify_button: step is svc.NextStep.VERIFY and ws.may(Action.VERIFY_ORDER),
            self.reject_button: step is svc.NextStep.VERIFY and ws.may(Action.VERIFY_ORDER),
            self.printer_button: status in PRINTABLE and ws.may(Action.PRINT_ORDER),
            self.print_button: status in PRINTABLE and ws.may(Action.PRINT_ORDER),
            self.check_button: step is svc.NextStep.DOUBLE_CHECK
            and ws.may(Action.DOUBLE_CHECK),
            self.administer_button: step is svc.NextStep.ADMINISTER
            and ws.may(Action.ADMINISTER),
            self.disconnect_button: status in (svc.GIVEN, svc.ADMINISTERED) and pumps
            and ws.may(Action.ADMINISTER),
            self.confirm_button: step is svc.NextStep.CONFIRM and ws.may(Action.ADMINISTER),
            self.preview_button: status is not None,
            self.replace_button: status in REPLACEABLE and ws.may(Action.PRESCRIBE),
            self.void_button: status in VOIDABLE and ws.may(Action.VOID_ORDER),
            self.override_button: bool(
                view is not None and view.hai_gate is not None
                and view.hai_gate.withheld and status in (*PRINTABLE, svc.SIGNED)
                and ws.may(Action.OVERRIDE_HAI_GATE)),
        }
        for button, visible in shown.items():
            button.setVisible(visible)


class OrdersScreen(PatientScreen):
    title = QT_TRANSLATE_NOOP("OrdersScreen", "Dosing & Orders")
    description = QT_TRANSLATE_NOOP(
        "OrdersScreen",
        "Each cycle's order: signed by the investigator, verified by the pharmacist, "
        "printed, double-checked and given at the chair by two nurses.")

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(ws, parent)
        self.rows: list[OrderRow] = []
        self._names: dict[str, str] = {}
        top = QHBoxLayout()
        self.patient_line = label("", wrap=True)
        top.addWidget(self.patient_line, 1)
        self.new_button = primary_button(self.tr("&New order…"))
        self.new_button.setToolTip(self.tr("Calculate and draft the next cycle's order"))
        self.new_button.setVisible(ws.may(Action.PRESCRIBE))
        self.mutation_button = _button(self.tr("RAS / BRAF…"), self.tr(
            "The tumour's mutation status (decides whether cetuximab may be ordered)"))
        self.mutation_button.setVisible(ws.may(Action.PRESCRIBE))
        top.addWidget(self.mutation_button)
        top.addWidget(self.new_button)
        self.layout_.addLayout(top)
        self.message = InlineMessage()
        self.layout_.addWidget(self.message)
        self.model = OrdersModel(self)
        self.table = data_table(self.model, stretch=OrderColumn.CREATED_BY)
        self.table.setMinimumHeight(120)
        self.detail = OrderDetail()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.detail)
        # Orders above, the selected order below at full width (its drug lines need it).
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(scroll)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 4)
        self.splitter.setSizes([150, 600])
        self.layout_.addWidget(self.splitter, 1)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._show_selected())
        self.new_button.clicked.connect(self.new_order)
        self.mutation_button.clicked.connect(self.edit_mutation_status)
        d = self.detail
        d.sign_button.clicked.connect(self.sign_selected)
        d.verify_button.clicked.connect(self.verify_selected)
        d.reject_button.clicked.connect(self.reject_selected)
        d.print_button.clicked.connect(self.print_selected)
        d.printer_button.clicked.connect(self.send_to_printer)
        d.preview_button.clicked.connect(self.preview_selected)
        d.void_button.clicked.connect(self.void_selected)
        d.replace_button.clicked.connect(self.replace_selected)
        d.override_button.clicked.connect(self.override_gate)
        d.check_button.clicked.connect(self.double_check_selected)
        d.administer_button.clicked.connect(self.administer_selected)
        d.disconnect_button.clicked.connect(self.disconnect_selected)
        d.confirm_button.clicked.connect(self.confirm_selected)
        d.resolve_requested.connect(self.resolve_incident)
        self.detail.show_order(None, ws)

    # ---- loading -----------------------------------------------------------------------------
    def reload(self, select_id: int | None = None) -> None:
        patient = self.patient
        keep = select_id if select_id is not None else self.selected_id()
        self.message.clear_message()
        if patient is None:
            self.patient_line.setText(self.tr("Choose a patient first (Patients, or Ctrl+F)."))
            self.rows = []
        else:
            self.patient_line.setText(
                (self.tr("Orders of <b>{id}</b> · {name} · {arm} arm") if patient.arm else
                 self.tr("Orders of <b>{id}</b> · {name}")).format(
                    id=html.escape(patient.display_id), name=html.escape(patient.name),
                    arm=html.escape(arm_short_text(patient.arm)) if patient.arm else ""))
            outcome = attempt(orders_for_patient, self.ws, patient.id)
            rows = []
            names = self._staff_names() if outcome.value else {}
            for order in outcome.value or []:
                view = attempt(load_order, self.ws, order.id).value
                sigs = view.signatures if view else []
                rows.append(OrderRow(order, len(sigs), all(s.valid for s in sigs),
                                     names.get(order.created_by, "")))
            self.rows = rows
            if outcome.error is not None:
                self.message.show_error(outcome.error)
        self.model.set_rows(self.rows)
        self.new_button.setEnabled(self._may_order())
        if not self.rows:
            self.detail.show_order(None, self.ws)
            if patient is not None and not self.message.text():
                self.detail.facts.setText(
                    self.tr("No orders yet for this patient.") if self._may_order() else
                    self.tr("Orders are written for randomized patients only."))
            return
        row = next((i for i, r in enumerate(self.rows) if r.order.id == keep), 0)
        self.table.selectRow(row)
        self._show_selected()

    def _staff_names(self) -> dict[str, str]:
        """username → full name, for the list (people, not accounts)."""
        if not self._names:
            users = attempt(list_users, self.ws).value or []
            self._names = {u.username: u.full_name for u in users}
        return self._names

    def _may_order(self) -> bool:
        patient = self.patient
        return patient is not None and patient.arm is not None and patient.status in (
            PatientStatus.RANDOMIZED, PatientStatus.ON_TREATMENT)

    def selected_id(self) -> int | None:
        indexes = self.table.selectionModel().selectedRows()
        if not indexes:
            return None
        return self.model.row_at(indexes[0].row()).order.id

    def select_order(self, order_id: int) -> bool:
        for i, row in enumerate(self.rows):
            if row.order.id == order_id:
                self.table.selectRow(i)
                return True
        return False

    def _show_selected(self) -> None:
        order_id = self.selected_id()
        view = attempt(load_order, self.ws, order_id).value if order_id is not None else None
        checks = None
        if view is not None and view.order.status in AT_THE_CHAIR:
            checks = attempt(double_check_state, self.ws, view.order.id).value
        self.detail.show_order(view, self.ws, checks)

    def _patient_status_changed(self) -> None:
        from hai_desktop.services.patients import get_patient

        patient = self.patient
        if patient is None:
            return
        fresh = attempt(get_patient, self.ws, patient.id).value
        if fresh is not None and fresh != patient:
            self.patient = fresh
            self.patient_changed.emit(fresh)  # e.g. on treatment, current cycle

    # ---- actions -----------------------------------------------------------------------------
    def new_order(self) -> None:
        from hai_desktop.ui.dialogs.order_new import NewOrderDialog

        patient = self.patient
        if patient is None or not self._may_order():
            return
        dialog = NewOrderDialog(self.ws, patient, self)
        if dialog.exec() and dialog.order_id is not None:
            self._patient_status_changed()
            self.reload(select_id=dialog.order_id)

    def replace_selected(self) -> None:
        from hai_desktop.ui.dialogs.order_new import NewOrderDialog

        patient, view = self.patient, self.detail.view
        if patient is None or view is None:
            return
        dialog = NewOrderDialog(self.ws, patient, self, replacing=view.order)
        if dialog.exec() and dialog.order_id is not None:
            self.reload(select_id=dialog.order_id)
            self.message.show_ok(self.tr("Order #{new} replaces order #{old} (voided as "
                                         "superseded).").format(new=dialog.order_id,
                                                                old=view.order.id))

    def edit_mutation_status(self) -> None:
        from hai_desktop.ui.dialogs.mutation_status import MutationStatusDialog

        if self.patient is None:
            return
        dialog = MutationStatusDialog(self.ws, self.patient.id, self)
        if dialog.exec():
            ras, braf = svc.mutation_status(self.ws, self.patient.id)
            self.message.show_ok(self.tr("Mutation status saved: RAS {ras}, BRAF {braf}.").format(
                ras=self._mutation_text(ras), braf=self._mutation_text(braf)))

    @staticmethod
    def _mutation_text(value: str) -> str:
        if value not in _MUTATION_TEXT:
            return value.replace("_", " ")
        return QCoreApplication.translate("OrdersScreen", _MUTATION_TEXT[value])

    def _sign(self, title: str, intro: str, meaning: str, ok: str,
              service: Callable[[Workspace, int, str], object]) -> None:
        order_id = self.selected_id()
        if order_id is None:
            return
        dialog = OrderSignDialog(title, intro, meaning, ok,
                                 lambda password: service(self.ws, order_id, password),
                                 self)
        if dialog.exec():
            self.reload(select_id=order_id)

    def sign_selected(self) -> None:
        # The meaning stays as the signature records it (services.orders.MEANINGS).
        self._sign(self.tr("Sign the order"), self.tr(
            "Sign this order as the prescribing investigator. A signed order cannot change: a "
            "change is a new order that supersedes it."),
            "prescribed", self.tr("Sign"), svc.sign_order)

    def verify_selected(self) -> None:
        self._sign(self.tr("Verify the order"), self.tr(
            "Verify the calculation, the dose levels and the pre-cycle labs against the "
            "protocol before this order is printed."),
            "pharmacist verified", self.tr("Verify"), svc.verify_order)

    def _reason(self, title: str, intro: str, ok: str,
                service: Callable[[Workspace, int, str], object]) -> None:
        order_id = self.selected_id()
        if order_id is None:
            return
        dialog = ReasonDialog(title, intro, ok,
                              lambda reason: service(self.ws, order_id, reason),
                              self)
        if dialog.exec():
            self.reload(select_id=order_id)

    def reject_selected(self) -> None:
        self._reason(self.tr("Reject the order"), self.tr(
            "Send the order back to the investigator; say what must change."),
            self.tr("Reject"), svc.reject_order)

    def void_selected(self) -> None:
        self._reason(self.tr("Void the order"), self.tr(
            "A voided order is never given; it stays in the record with the reason."),
            self.tr("Void"), svc.void_order)

    def override_gate(self) -> None:
        from hai_desktop.services.catheter import override_hai_gate

        self._reason(self.tr("Override the HAI gate"), self.tr(
            "Let today's HAI line of this order go ahead without a valid catheter inspection. "
            "The override is printed on the sheet and kept in the audit trail."),
            self.tr("Override"), override_hai_gate)

    def print_selected(self) -> None:
        order_id = self.selected_id()
        view = self.detail.view
        if order_id is None or view is None:
            return
        ws = self.ws

        def saved(path: Path) -> None:
            self.reload(select_id=order_id)
            self.message.show_ok(self.tr("Order sheet saved to {path}.").format(path=path))

        def not_saved(error: HaiError) -> None:
            # Making the sheet may have recorded the print before the disk refused the file:
            # the order's status and print count are shown as they now are.
            self.reload(select_id=order_id)
            self.message.show_error(error)

        save_pdf(self, ws, title=self.tr("Save the order sheet"),
                 default_name=f"order-{view.patient.screening_number}-cycle{view.order.cycle}.pdf",
                 working=self.tr("Making the order sheet…"),
                 make=lambda: svc.order_sheet_pdf(ws, order_id), on_saved=saved,
                 on_failure=not_saved)

    def choose_printer(self) -> QPrinter | None:
        """The Qt print dialog; None when the person cancels."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print the order sheet"))
        return printer if dialog.exec() == QDialog.DialogCode.Accepted else None

    def send_to_printer(self) -> None:
        order_id = self.selected_id()
        if order_id is None:
            return
        printer = self.choose_printer()
        if printer is None:
            return
        ws = self.ws

        def printed(pdf: bytes) -> None:
            pages = print_pdf(pdf, printer)  # Qt's printer: on the GUI thread
            self.reload(select_id=order_id)
            self.message.show_ok(
                self.tr("Order sheet sent to the printer (1 page).") if pages == 1 else
                self.tr("Order sheet sent to the printer ({n} pages).").format(n=pages))

        run_in_background(self, ws, self.tr("Making the order sheet…"),
                          lambda: svc.order_sheet_pdf(ws, order_id), on_success=printed)

    def preview_selected(self) -> None:
        order_id = self.selected_id()
        if order_id is None:
            return
        ws = self.ws

        def show(pdf: bytes) -> None:
            # In memory only: the preview never writes the sheet to disk.
            self.preview = OrderPreviewDialog(
                self.tr("Order #{id} — preview").format(id=order_id), pdf, self)
            self.preview.exec()

        run_in_background(self, ws, self.tr("Making the preview…"),
                          lambda: svc.order_preview_pdf(ws, order_id), on_success=show,
                          read_only=True)

    # ---- at the chair ------------------------------------------------------------------------
    def double_check_selected(self) -> None:
        from hai_desktop.ui.dialogs.double_check import DoubleCheckDialog

        view = self.detail.view
        if view is None:
            return
        outcome = run_service(self, double_check_state, self.ws, view.order.id)
        if outcome.value is None:
            return
        dialog = DoubleCheckDialog(self.ws, view.order.id, outcome.value, self)
        if dialog.exec():
            self.reload(select_id=view.order.id)
            done = dialog.checks_done or 0
            self.message.show_ok((
                self.tr("Double check {done} of 2 signed. The order can be given.")
                if done >= 2 else
                self.tr("Double check {done} of 2 signed. The second nurse checks on her own "
                        "before anything is given.")).format(done=done))

    def administer_selected(self) -> None:
        from hai_desktop.ui.dialogs.order_administration import AdministrationDialog

        view = self.detail.view
        if view is None:
            return
        dialog = AdministrationDialog(self.ws, view, self)
        if dialog.exec():
            self.reload(select_id=view.order.id)
            self.message.show_ok(self.tr("Administration recorded. A second nurse confirms it "
                                         "(Confirm administration…)."))

    def disconnect_selected(self) -> None:
        from hai_desktop.ui.dialogs.pump_disconnection import PumpDisconnectionDialog

        view = self.detail.view
        if view is None:
            return
        dialog = PumpDisconnectionDialog(self.ws, view, self)
        if dialog.exec():
            self.reload(select_id=view.order.id)
            self.message.show_ok(self.tr("Pump disconnection recorded."))

    def confirm_selected(self) -> None:
        from hai_desktop.ui.dialogs.administration_confirm import ConfirmAdministrationDialog

        view = self.detail.view
        if view is None:
            return
        dialog = ConfirmAdministrationDialog(self.ws, view, self.detail.checks, self)
        if dialog.exec():
            self.reload(select_id=view.order.id)
            self.message.show_ok(self.tr("Administration confirmed by the second nurse."))

    def resolve_incident(self, incident: IncidentView) -> None:
        from hai_desktop.ui.dialogs.resolve_incident import ResolveIncidentDialog

        order_id = self.selected_id()
        dialog = ResolveIncidentDialog(self.ws, incident, self)
        if dialog.exec():
            self.reload(select_id=order_id)
            self.message.show_ok(self.tr("Incident #{id} resolved.").format(id=incident.id))
