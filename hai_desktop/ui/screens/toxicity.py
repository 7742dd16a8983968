"""CTCAE v4.03 toxicity for the current patient: adverse events, lab results graded by the
program, the worst grade per term per cycle, and the liver tests over time.

Above the tabs: the dose decisions due on the next order (grade ≥ 3 events attributed to a
drug) and G-CSF secondary-prevention eligibility, when they apply.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from hai_desktop.core.i18n import QT_TRANSLATE_NOOP
from hai_desktop.records import AdverseEventRecord, LabResultRecord
from hai_desktop.services import labs, toxicity
from hai_desktop.services.permissions import Action
from hai_desktop.services.workspace import Workspace
from hai_desktop.ui.dialogs.reason import ReasonDialog
from hai_desktop.ui.i18n import date_text
from hai_desktop.ui.models.toxicity import (
    EventColumn,
    EventsModel,
    HistoryModel,
    LabColumn,
    LabsModel,
)
from hai_desktop.ui.run_service import attempt
from hai_desktop.ui.screens.base import PatientScreen
from hai_desktop.ui.widgets.common import InlineMessage, label, primary_button
from hai_desktop.ui.widgets.liver_chart import LiverChart
from hai_desktop.ui.widgets.save_pdf import save_pdf
from hai_desktop.ui.widgets.tables import data_table, open_rows_with

EVENTS_TAB, HISTORY_TAB, LABS_TAB, LIVER_TAB = range(4)


def _button(text: str, tip: str) -> QPushButton:
    button = QPushButton(text)
    button.setToolTip(tip)
    return button


class ToxicityScreen(PatientScreen):
    title = QT_TRANSLATE_NOOP("ToxicityScreen", "Toxicity")
    description = QT_TRANSLATE_NOOP(
        "ToxicityScreen",
        "Adverse events graded with CTCAE v4.03, lab values graded by the program, the "
        "worst grade per cycle and the liver tests the protocol watches.")

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(ws, parent)
        may_record = ws.may(Action.RECORD_TOXICITY)
        top = QHBoxLayout()
        self.patient_line = label("", wrap=True)
        top.addWidget(self.patient_line, 1)
        self.summary_button = _button(self.tr("Summary &PDF…"),
                                      self.tr("The toxicity summary to print or file"))
        self.lab_button = _button(self.tr("&Lab result…"),
                                  self.tr("Enter a lab value: it is graded as you type (Alt+L)"))
        self.new_button = primary_button(self.tr("&New event…"))
        self.new_button.setToolTip(self.tr("Record an adverse event (Ctrl+N)"))
        self.lab_button.setVisible(may_record)
        self.new_button.setVisible(may_record)
        for button in (self.summary_button, self.lab_button, self.new_button):
            top.addWidget(button)
        self.layout_.addLayout(top)
        self.decisions = label("", "InlineError", wrap=True)
        self.gcsf = label("", "Reminder", wrap=True)
        self.message = InlineMessage()
        for widget in (self.decisions, self.gcsf, self.message):
            self.layout_.addWidget(widget)

        self.tabs = QTabWidget()
        self.events_model = EventsModel(self)
        self.events_table = data_table(self.events_model, stretch=EventColumn.RELATED)
        self.correct_button = _button(self.tr("&Correct…"),
                                      self.tr("Change the selected event (with a reason)"))
        self.void_button = _button(self.tr("&Void…"),
                                   self.tr("Void the selected event (investigator)"))
        self.delay_button = _button(self.tr("Record &delay…"),
                                    self.tr("Delay the drugs this event makes a dose decision "
                                            "due for (investigator)"))
        self.correct_button.setVisible(may_record)
        self.void_button.setVisible(ws.may(Action.VOID_TOXICITY))
        self.delay_button.setVisible(ws.may(Action.PRESCRIBE))
        events_page = QWidget()
        events_column = QVBoxLayout(events_page)
        events_column.setContentsMargins(0, 8, 0, 0)
        buttons = QHBoxLayout()
        for button in (self.correct_button, self.delay_button, self.void_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        events_column.addLayout(buttons)
        events_column.addWidget(self.events_table, 1)
        self.history_model = HistoryModel(self)
        self.history_table = data_table(self.history_model, stretch=0)
        self.labs_model = LabsModel(self)
        self.labs_table = data_table(self.labs_model, stretch=LabColumn.TEST)
        self.void_lab_button = _button(self.tr("Void result…"),
                                       self.tr("Void the selected lab result (investigator), "
                                               "e.g. a haemolysed sample"))
        self.void_lab_button.setVisible(ws.may(Action.VOID_TOXICITY))
        labs_page = QWidget()
        labs_column = QVBoxLayout(labs_page)
        labs_column.setContentsMargins(0, 8, 0, 0)
        labs_buttons = QHBoxLayout()
        labs_buttons.addWidget(self.void_lab_button)
        labs_buttons.addStretch(1)
        labs_column.addLayout(labs_buttons)
        labs_column.addWidget(self.labs_table, 1)
        self.liver_chart = LiverChart()
        liver_page = QWidget()
        liver_column = QVBoxLayout(liver_page)
        liver_column.setContentsMargins(0, 8, 0, 0)
        liver_column.addWidget(label(self.tr("ALT, AST, ALP and total bilirubin as multiples "
                                             "of the upper limit of normal used for each "
                                             "result. Dashed: 1, 3 and 5 × ULN (CTCAE v4.03 "
                                             "grade boundaries)."),
                                     "Muted", wrap=True))
        liver_column.addWidget(self.liver_chart, 1)
        self.tabs.addTab(events_page, self.tr("Adverse events"))
        self.tabs.addTab(self.history_table, self.tr("Worst grade by cycle"))
        self.tabs.addTab(labs_page, self.tr("Lab results"))
        self.tabs.addTab(liver_page, self.tr("Liver tests"))
        self.layout_.addWidget(self.tabs, 1)

        self.new_button.clicked.connect(lambda _checked=False: self.new_event())
        self.lab_button.clicked.connect(self.new_lab_result)
        self.summary_button.clicked.connect(self.save_summary)
        self.correct_button.clicked.connect(self.correct_selected)
        self.void_button.clicked.connect(self.void_selected)
        self.delay_button.clicked.connect(self.delay_selected)
        self.void_lab_button.clicked.connect(self.void_selected_lab)
        open_rows_with(self.events_table, lambda _i: self.correct_selected())
        self.events_table.selectionModel().selectionChanged.connect(
            lambda *_a: self._enable_buttons())
        QShortcut(QKeySequence("Ctrl+N"), self, lambda: self.new_event())
        self.due: list[toxicity.DecisionDue] = []
        self.reload()

    # ---- loading -----------------------------------------------------------------------------
    def on_study(self) -> bool:
        return self.patient is not None and self.patient.arm is not None

    def reload(self) -> None:
        patient = self.patient
        self.message.clear_message()
        events: Sequence[AdverseEventRecord] = []
        results: Sequence[LabResultRecord] = []
        cycles_rows: tuple[list[int], list[toxicity.HistoryRow]] = ([], [])
        self.due, advice = [], []
        if patient is None:
            self.patient_line.setText(self.tr("Choose a patient first (Patients, or Ctrl+F)."))
        elif patient.arm is None:
            self.patient_line.setText(self.patient_sentence(
                self.tr("is not randomized: toxicity is recorded for patients on study.")))
        else:
            self.patient_line.setText(self.patient_heading(self.tr("Toxicity")))
            outcome = attempt(toxicity.events_for_patient, self.ws, patient.id)
            if outcome.error is not None:
                self.message.show_error(outcome.error)
            events = outcome.value or []
            results = attempt(labs.labs_for_patient, self.ws, patient.id).value or []
            cycles_rows = toxicity.history_rows(events)
            self.due = attempt(toxicity.pending_decisions, self.ws, patient.id).value or []
            advice = attempt(toxicity.gcsf_advice, self.ws, patient.id).value or []
        self.events_model.set_rows(events)
        self.labs_model.set_rows(results)
        self.history_model.set_history(*cycles_rows)
        self.liver_chart.set_series(labs.liver_series_of(results))
        self._show_banners(advice)
        for button in (self.new_button, self.lab_button, self.summary_button):
            button.setEnabled(self.on_study())
        if events:
            self.events_table.selectRow(0)
        self._enable_buttons()

    def _show_banners(self, advice: list[str]) -> None:
        due = [self.tr("⚠ Dose decision due on the next order: {decision}.").format(
            decision=html.escape(d.text)) for d in self.due]
        self.decisions.setText("<br>".join(due))
        self.decisions.setVisible(bool(due))
        if advice:
            self.gcsf.setText(self.tr("G-CSF secondary prevention may be given (protocol): "
                                      "{advice}. The investigator decides.").format(
                advice=html.escape("; ".join(advice))))
        self.gcsf.setVisible(bool(advice))

    def selected_event(self) -> AdverseEventRecord | None:
        indexes = self.events_table.selectionModel().selectedRows()
        return self.events_model.row_at(indexes[0].row()) if indexes else None

    def _enable_buttons(self) -> None:
        event = self.selected_event()
        self.correct_button.setEnabled(event is not None)
        self.void_button.setEnabled(event is not None)
        self.delay_button.setEnabled(event is not None and any(
            d.event_id == event.id for d in self.due))

    # ---- actions -----------------------------------------------------------------------------
    def new_event(self, lab_result: LabResultRecord | None = None) -> int | None:
        from hai_desktop.ui.dialogs.adverse_event import AdverseEventDialog

        if self.patient is None or not self.on_study() or not self.ws.may(
                Action.RECORD_TOXICITY):
            return None
        dialog = AdverseEventDialog(self.ws, self.patient, self,
                                    lab_result=lab_result)
        if dialog.exec() and dialog.event_id is not None:
            self.reload()
            self.message.show_ok(self.tr("Adverse event #{id} saved.").format(
                id=dialog.event_id))
            return dialog.event_id
        return None

    def new_lab_result(self) -> None:
        from hai_desktop.ui.dialogs.lab_result import LabResultDialog

        if self.patient is None or not self.on_study() or not self.ws.may(
                Action.RECORD_TOXICITY):
            return
        dialog = LabResultDialog(self.ws, self.patient, self)
        if not dialog.exec() or dialog.result_id is None:
            return
        self.reload()
        saved = next((r for r in self.labs_model.rows() if r.id == dialog.result_id), None)
        self.message.show_ok(self.tr("Lab result saved: grade {grade}.").format(
            grade=saved.grade if saved else "?"))
        if saved is not None and saved.grade >= 1 and dialog.record_event.isChecked():
            self.new_event(saved)

    def correct_selected(self) -> None:
        from hai_desktop.ui.dialogs.adverse_event import AdverseEventDialog

        event = self.selected_event()
        if event is None or self.patient is None or not self.ws.may(Action.RECORD_TOXICITY):
            return
        dialog = AdverseEventDialog(self.ws, self.patient, self, editing=event)
        if dialog.exec():
            self.reload()
            self.message.show_ok(self.tr("Adverse event #{id} corrected.").format(id=event.id))

    def void_selected(self) -> None:
        event = self.selected_event()
        if event is None:
            return
        dialog = ReasonDialog(
            self.tr("Void the adverse event"),
            self.tr("Void “{term}” (grade {grade}). A voided event stays in the record with the "
                    "reason.").format(term=event.term, grade=event.grade), self.tr("Void"),
            lambda reason: toxicity.void_event(self.ws, event.id, reason), self)
        if dialog.exec():
            self.reload()
            self.message.show_ok(self.tr("Adverse event #{id} voided.").format(id=event.id))

    def void_selected_lab(self) -> None:
        indexes = self.labs_table.selectionModel().selectedRows()
        if not indexes:
            self.message.show_error(self.tr("Select the lab result to void."))
            return
        result = self.labs_model.row_at(indexes[0].row())
        dialog = ReasonDialog(
            self.tr("Void the lab result"),
            self.tr("Void {term} {value} of {date}. It leaves the chart and the table but stays "
                    "in the record with the reason.").format(
                term=result.term, value=result.value_text, date=date_text(result.taken_on)),
            self.tr("Void"), lambda reason: labs.void_lab(self.ws, result.id, reason), self)
        if dialog.exec():
            self.reload()
            self.message.show_ok(self.tr("Lab result voided."))

    def delay_selected(self) -> None:
        event = self.selected_event()
        if event is None:
            return
        drugs = [d.drug_id for d in self.due if d.event_id == event.id]

        def delay(reason: str) -> None:
            for drug in drugs:
                toxicity.record_delay(self.ws, event.id, drug, reason)

        dialog = ReasonDialog(
            self.tr("Delay the dose"),
            self.tr("Delay {drugs} for grade {grade} {term}. The next order still asks to "
                    "reduce, stop or continue.").format(
                drugs=", ".join(drugs), grade=event.grade, term=event.term),
            self.tr("Record delay"), delay, self)
        if dialog.exec():
            self.reload()
            self.message.show_ok(self.tr("Delay recorded."))

    def save_summary(self) -> None:
        from hai_desktop.services.toxicity_report import toxicity_summary

        patient = self.patient
        if patient is None or not self.on_study():
            return
        ws, patient_id = self.ws, patient.id
        save_pdf(self, ws, title=self.tr("Save the toxicity summary"),
                 default_name=f"toxicity-{patient.display_id}.pdf",
                 working=self.tr("Making the toxicity summary…"),
                 make=lambda: toxicity_summary(ws, patient_id),
                 on_saved=lambda path: self.message.show_ok(
                     self.tr("Toxicity summary saved to {path}.").format(path=path)))
