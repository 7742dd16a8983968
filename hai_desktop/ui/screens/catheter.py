"""The HAI catheter of the current patient: its state and placement, the perfusion check, the
"needs IR review" flag, today's HAI gate; the inspection before use, catheter events and pain
during HAI by role; the patient's log and the trial-wide counts.

Control-arm and unrandomized patients have no catheter: the screen says so instead of offering
buttons.
"""

from __future__ import annotations

import html
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from hai_desktop.core.arms import Arm
from hai_desktop.core.catheter import IN_PLACE, REMOVED, catheter_rules
from hai_desktop.core.i18n import QT_TRANSLATE_NOOP
from hai_desktop.services import catheter
from hai_desktop.services.permissions import Action
from hai_desktop.services.users import list_users
from hai_desktop.services.workspace import Workspace
from hai_desktop.ui.dialogs.reason import ReasonDialog
from hai_desktop.ui.i18n import current_language, date_text, message_text
from hai_desktop.ui.models.catheter import (
    CountColumn,
    CountsModel,
    LogColumn,
    LogModel,
    count_rows,
)
from hai_desktop.ui.run_service import attempt, run_service
from hai_desktop.ui.screens.base import PatientScreen
from hai_desktop.ui.style import ERROR_RED, OK_GREEN
from hai_desktop.ui.widgets.common import InlineMessage, card, label, primary_button
from hai_desktop.ui.widgets.save_pdf import save_pdf
from hai_desktop.ui.widgets.tables import data_table

LOG_TAB, COUNTS_TAB = range(2)


def _button(text: str, tip: str) -> QPushButton:
    button = QPushButton(text)
    button.setToolTip(tip)
    return button


def _day(value: date | None) -> str:
    return date_text(value)


def _coloured(text: str, colour: str) -> str:
    return f"<span style='color:{colour}; font-weight:600'>{text}</span>"


# The log's kinds of record as a sentence names them ("Void the inspection of …").
_RECORD_NAMES = {"event": QT_TRANSLATE_NOOP("CatheterScreen", "event"),
                 "inspection": QT_TRANSLATE_NOOP("CatheterScreen", "inspection"),
                 "pain during HAI": QT_TRANSLATE_NOOP("CatheterScreen", "pain during HAI")}


def _record_name(record: str) -> str:
    return QCoreApplication.translate("CatheterScreen", _RECORD_NAMES[record]) if (
        record in _RECORD_NAMES) else record


def status_lines(record: catheter.CatheterRecord) -> list[str]:
    """The status card's lines, as rich text."""
    rules = catheter_rules()
    routes = {t.id: t.label_in(current_language()) for t in rules.access_routes}
    state = record.state
    if state.status == IN_PLACE:
        placement = [QCoreApplication.translate(
            "CatheterScreen", "<b>Catheter in place</b> since {date}").format(
            date=_day(state.since))]
        if record.access_route:
            placement.append(html.escape(routes.get(record.access_route,
                                                    record.access_route)))
        if record.port_location:
            placement.append(QCoreApplication.translate(
                "CatheterScreen", "port: {location}").format(
                location=html.escape(record.port_location)))
        if record.tip_position:
            placement.append(QCoreApplication.translate(
                "CatheterScreen", "tip: {position}").format(
                position=html.escape(record.tip_position)))
        if record.operator:
            placement.append(QCoreApplication.translate(
                "CatheterScreen", "by {operator}").format(
                operator=html.escape(record.operator)))
        lines = [" · ".join(placement)]
        if record.last_check_on is not None and record.last_check_result:
            check = QCoreApplication.translate(
                "CatheterScreen", "Last angiographic / perfusion check {date} ({result})").format(
                date=_day(record.last_check_on), result=html.escape(record.last_check_result))
        elif record.last_check_on is not None:
            check = QCoreApplication.translate(
                "CatheterScreen", "Last angiographic / perfusion check {date}").format(
                date=_day(record.last_check_on))
        else:
            check = QCoreApplication.translate(
                "CatheterScreen", "No angiographic or perfusion check recorded")
        if record.hai_ended_on is not None:
            check += " · " + QCoreApplication.translate(
                "CatheterScreen", "HAI ended {date}: no check due").format(
                date=_day(record.hai_ended_on))
        elif record.perfusion_check_due:
            check += " · " + _coloured(QCoreApplication.translate(
                "CatheterScreen", "perfusion check due"), ERROR_RED)
        elif record.last_check_on is not None:
            due = record.last_check_on + timedelta(days=record.perfusion_interval_days)
            check += " · " + QCoreApplication.translate(
                "CatheterScreen", "next due by {date}").format(date=_day(due))
        lines.append(check + " " + QCoreApplication.translate(
            "CatheterScreen", "(every {days} days, site rule)").format(
            days=record.perfusion_interval_days))
    elif state.status == REMOVED:
        lines = [QCoreApplication.translate(
            "CatheterScreen", "<b>Catheter removed</b> on {date}: no HAI until it is reinserted "
            "(a catheter event) and inspected fit.").format(date=_day(state.since))]
    else:
        lines = [QCoreApplication.translate(
            "CatheterScreen", "<b>No catheter recorded.</b> Interventional radiology records "
            "the implantation (Catheter event…); then it is inspected before each use.")]
    if record.needs_ir_review:
        reasons = "; ".join(message_text(r) for r in record.needs_ir_review)
        lines.append(_coloured(QCoreApplication.translate(
            "CatheterScreen", "⚑ Needs IR review: {reasons} — the next inspection is "
            "mandatory").format(reasons=html.escape(reasons)), ERROR_RED))
    gate = record.today
    if record.hai_ended_on is not None:  # no HAI to come: nothing for the gate to decide
        lines.append(QCoreApplication.translate(
            "CatheterScreen", "Today's HAI gate: none — HAI ended on {date} (end of "
            "treatment).").format(date=_day(record.hai_ended_on)))
        return lines
    lines.append(QCoreApplication.translate("CatheterScreen", "Today's HAI gate: {gate}").format(
        gate=_coloured(html.escape(message_text(gate.reason)),
                       OK_GREEN if gate.allowed else ERROR_RED)))
    return lines


class CatheterScreen(PatientScreen):
    title = QT_TRANSLATE_NOOP("CatheterScreen", "Catheter")
    description = QT_TRANSLATE_NOOP(
        "CatheterScreen",
        "The HAI port and catheter: inspected before each use; its record decides whether"
        " the HAI oxaliplatin line of today's order may run.")

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(ws, parent)
        top = QHBoxLayout()
        self.patient_line = label("", wrap=True)
        top.addWidget(self.patient_line, 1)
        self.export_button = _button(self.tr("Export &CSV…"),
                                     self.tr("The patient's catheter log as a CSV file "
                                             "(pseudonymised)"))
        self.pdf_button = _button(self.tr("&Log PDF…"),
                                  self.tr("The patient's catheter log with the trial-wide "
                                          "counts, as a PDF to print or file"))
        self.pain_button = _button(self.tr("&Pain during HAI…"),
                                   self.tr("Pain or discomfort during the HAI infusion: flags "
                                           "the catheter for IR review"))
        self.event_button = _button(self.tr("Catheter &event…"),
                                    self.tr("Implantation, revision, repositioning, removal, "
                                            "reinsertion or complication"))
        self.inspect_button = primary_button(self.tr("&Inspect before use…"))
        self.inspect_button.setToolTip(self.tr("The inspection before each HAI use"))
        self.void_button = _button(self.tr("&Void entry…"),
                                   self.tr("Void the selected event or inspection recorded in "
                                           "error (with the reason; it stays in the log)"))
        for button in (self.pdf_button, self.export_button, self.pain_button,
                       self.event_button, self.inspect_button):
            top.addWidget(button)
        self.layout_.addLayout(top)
        self.status_card, status_layout = card()
        status_layout.setContentsMargins(18, 12, 18, 12)
        status_layout.setSpacing(6)
        self.status = label("", wrap=True)
        self.status.setStyleSheet("QLabel { line-height: 140%; }")
        self.gate_line = label("", wrap=True)
        self.gate_line.setStyleSheet("font-size: 12pt;")
        status_layout.addWidget(self.status)
        status_layout.addWidget(self.gate_line)
        self.layout_.addWidget(self.status_card)
        self.message = InlineMessage()
        self.layout_.addWidget(self.message)

        self.tabs = QTabWidget()
        self.log_model = LogModel(self)
        self.log_table = data_table(self.log_model, stretch=LogColumn.DETAILS)
        # The details wrap: keep every row as tall as its text when the width changes.
        self.log_table.horizontalHeader().sectionResized.connect(lambda *_a: self._fit_rows())
        self.counts_model = CountsModel(self)
        self.counts_table = data_table(self.counts_model, stretch=CountColumn.ITEM)
        counts_page = QWidget()
        counts_column = QVBoxLayout(counts_page)
        counts_column.setContentsMargins(0, 8, 0, 0)
        counts_column.addWidget(label(self.tr("Live records across the trial (voided entries "
                                              "not counted)."), "Muted", wrap=True))
        counts_column.addWidget(self.counts_table, 1)
        self.tabs.addTab(self.log_table, self.tr("Patient log"))
        # Voiding acts on the selected log row: the button sits with the log.
        self.tabs.setCornerWidget(self.void_button, Qt.Corner.TopRightCorner)
        self.tabs.addTab(counts_page, self.tr("Trial counts"))
        self.layout_.addWidget(self.tabs, 1)

        self.inspect_button.clicked.connect(self.inspect)
        self.event_button.clicked.connect(self.new_event)
        self.pain_button.clicked.connect(self.report_pain)
        self.export_button.clicked.connect(self.export_csv)
        self.pdf_button.clicked.connect(self.save_pdf)
        self.void_button.clicked.connect(self.void_selected)
        self.log_table.selectionModel().selectionChanged.connect(
            lambda *_a: self._enable_void())
        self.record: catheter.CatheterRecord | None = None
        self.reload()

    # ---- loading -----------------------------------------------------------------------------
    def has_catheter_arm(self) -> bool:
        return self.patient is not None and self.patient.arm is Arm.HAI

    def reload(self) -> None:
        patient = self.patient
        self.message.clear_message()
        self.record = None
        rows: list[catheter.LogRow] = []
        if patient is None:
            self.patient_line.setText(self.tr("Choose a patient first (Patients, or Ctrl+F)."))
        elif patient.arm is None:
            self.patient_line.setText(self.patient_sentence(
                self.tr("is not randomized: the HAI catheter is recorded for experimental-arm "
                        "patients on study.")))
        elif patient.arm is not Arm.HAI:
            self.patient_line.setText(self.patient_sentence(
                self.tr("is in the control arm (FOLFIRI + targeted therapy): no HAI, so there "
                        "is no catheter to record or inspect.")))
        else:
            self.patient_line.setText(self.patient_heading(self.tr("HAI catheter")))
            outcome = attempt(catheter.catheter_record, self.ws, patient.id)
            if outcome.error is not None:
                self.message.show_error(outcome.error)
            self.record = outcome.value
            rows = attempt(catheter.catheter_log, self.ws, patient.id).value or []
        lines = status_lines(self.record) if self.record else ["", ""]
        # One paragraph per line, a little apart; the gate on its own, larger.
        self.status.setText("".join(f"<p style='margin:0 0 4px 0'>{line}</p>"
                                    for line in lines[:-1]))
        self.gate_line.setText(lines[-1])
        self.status_card.setVisible(self.record is not None)
        if rows and not self.log_model.names:
            users = attempt(list_users, self.ws).value or []
            self.log_model.names = {u.username: u.full_name for u in users}
        self.log_model.set_rows(rows)
        self._fit_rows()
        counts = attempt(catheter.catheter_log_counts, self.ws).value
        self.counts_model.set_rows(count_rows(counts) if counts else [])
        # No catheter log outside the HAI arm: the sentence above says why.
        hidden = not self.tabs.isTabVisible(LOG_TAB)
        self.tabs.setTabVisible(LOG_TAB, self.has_catheter_arm())
        if hidden and self.has_catheter_arm():
            self.tabs.setCurrentIndex(LOG_TAB)
        self._show_buttons()

    def _fit_rows(self) -> None:
        """Rows as tall as their wrapped details, with a little air, never below the usual."""
        self.log_table.resizeRowsToContents()
        for row in range(self.log_model.rowCount()):
            self.log_table.setRowHeight(row, max(32, self.log_table.rowHeight(row) + 10))

    def _show_buttons(self) -> None:
        hai = self.has_catheter_arm()
        in_place = self.record is not None and self.record.state.in_place
        shown = {self.inspect_button: Action.INSPECT_CATHETER,
                 self.event_button: Action.RECORD_CATHETER_EVENT,
                 self.pain_button: Action.RECORD_HAI_PAIN,
                 self.export_button: Action.EXPORT_DATA,
                 self.pdf_button: Action.PRINT_REPORTS}
        for button, action in shown.items():
            button.setVisible(hai and self.ws.may(action))
        self.inspect_button.setEnabled(in_place)
        self.pain_button.setEnabled(in_place)
        self.event_button.setEnabled(self.record is not None)
        self.export_button.setEnabled(self.record is not None)
        self.pdf_button.setEnabled(self.record is not None)
        self.void_button.setVisible(hai and (self.ws.may(Action.RECORD_CATHETER_EVENT)
                                             or self.ws.may(Action.INSPECT_CATHETER)))
        self._enable_void()
        self.inspect_button.setToolTip(
            self.tr("The inspection before each HAI use") if in_place else
            self.tr("The inspection before each HAI use — no catheter in place"))
        self.pain_button.setToolTip(
            self.tr("Pain or discomfort during the HAI infusion: flags the catheter for IR "
                    "review") if in_place else
            self.tr("Pain or discomfort during the HAI infusion: flags the catheter for IR "
                    "review — no catheter in place"))

    # ---- actions -----------------------------------------------------------------------------
    def inspect(self) -> int | None:
        from hai_desktop.ui.dialogs.catheter_inspection import InspectionDialog

        if self.patient is None or self.record is None or not self.ws.may(
                Action.INSPECT_CATHETER):
            return None
        dialog = InspectionDialog(self.ws, self.patient, self.record, self)
        if not dialog.exec() or dialog.inspection_id is None:
            return None
        outcome = dialog.outcome.value()
        self.reload()
        self.message.show_ok(self.tr("Inspection saved: {outcome}.").format(outcome=outcome))
        return dialog.inspection_id

    def new_event(self) -> int | None:
        from hai_desktop.ui.dialogs.catheter_event import CatheterEventDialog

        if self.patient is None or self.record is None or not self.ws.may(
                Action.RECORD_CATHETER_EVENT):
            return None
        dialog = CatheterEventDialog(self.ws, self.patient, self.record, self)
        if not dialog.exec() or dialog.event_id is None:
            return None
        kind = dialog.kind.currentText().lower()
        self.reload()
        self.message.show_ok(self.tr("Catheter event saved: {kind}.").format(kind=kind))
        return dialog.event_id

    def report_pain(self) -> int | None:
        from hai_desktop.ui.dialogs.hai_pain import HaiPainDialog

        if self.patient is None or self.record is None or not self.ws.may(
                Action.RECORD_HAI_PAIN):
            return None
        dialog = HaiPainDialog(self.ws, self.patient, self)
        if not dialog.exec() or dialog.report_id is None:
            return None
        self.reload()
        self.message.show_ok(self.tr("Pain during HAI recorded: the catheter needs IR review "
                                     "and an inspection before the next use."))
        return dialog.report_id

    def selected_row(self) -> catheter.LogRow | None:
        indexes = self.log_table.selectionModel().selectedRows()
        return self.log_model.row_at(indexes[0].row()) if indexes else None

    def _enable_void(self) -> None:
        row = self.selected_row()
        action = row.voidable_with if row is not None else None
        self.void_button.setEnabled(action is not None and self.ws.may(action))

    def void_selected(self) -> None:
        row = self.selected_row()
        if row is None or row.voidable_with is None:
            return
        dialog = ReasonDialog(
            self.tr("Void the log entry"),
            self.tr("Void the {record} of {date} ({what}). It stays in the log, struck through, "
                    "with the reason; the HAI gate is worked out again without it.").format(
                record=_record_name(row.record), date=_day(row.on), what=row.what),
            self.tr("Void"), lambda reason: catheter.void_log_entry(self.ws, row, reason), self)
        if dialog.exec():
            self.reload()
            self.message.show_ok(self.tr("The {record} of {date} was voided.").format(
                record=_record_name(row.record), date=_day(row.on)))

    def export_csv(self) -> None:
        patient = self.patient
        if patient is None or self.record is None:
            return
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export the catheter log"), f"catheter-{patient.display_id}.csv",
            "CSV (*.csv)")
        if not path:
            return
        outcome = run_service(self, catheter.export_catheter_log_csv, self.ws, patient.id,
                              Path(path))
        if outcome.value is not None:
            self.message.show_ok(self.tr("Catheter log exported to {path} ({rows} rows).").format(
                path=path, rows=outcome.value))

    def save_pdf(self) -> None:
        from hai_desktop.services.catheter_report import catheter_log_report

        patient = self.patient
        if patient is None or self.record is None:
            return
        ws, patient_id = self.ws, patient.id
        save_pdf(self, ws, title=self.tr("Save the catheter log"),
                 default_name=f"catheter-log-{patient.display_id}.pdf",
                 working=self.tr("Making the catheter log…"),
                 make=lambda: catheter_log_report(ws, patient_id),
                 on_saved=lambda path: self.message.show_ok(
                     self.tr("Catheter log saved to {path}.").format(path=path)),
                 on_failure=self.message.show_error)
