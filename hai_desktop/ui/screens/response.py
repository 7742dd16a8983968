"""Tumour response and follow-up for the current randomized patient: the RECIST 1.1 assessments
(each time point's sum, change and response, and the best overall response), each lesion across
the scans, the schedule of assessments and follow-up visits with what is due, overdue or out of
window, the follow-up contacts, the end of treatment, and the patient's OS and PFS so far.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from hai_desktop.core.i18n import QT_TRANSLATE_NOOP
from hai_desktop.core.schedule import VisitStatus
from hai_desktop.services import follow_up, tumour_response
from hai_desktop.services.follow_up import PatientCourse
from hai_desktop.services.permissions import Action
from hai_desktop.services.workspace import Workspace
from hai_desktop.ui.dialogs.reason import ReasonDialog
from hai_desktop.ui.i18n import date_text, translate
from hai_desktop.ui.models.response import (
    AssessmentColumn,
    AssessmentsModel,
    ContactColumn,
    ContactsModel,
    LesionGridModel,
    VisitColumn,
    VisitsModel,
    response_text,
    visit_name,
)
from hai_desktop.ui.run_service import attempt
from hai_desktop.ui.screens.base import PatientScreen
from hai_desktop.ui.widgets.common import InlineMessage, label, primary_button
from hai_desktop.ui.widgets.tables import data_table

ASSESSMENTS_TAB, SCHEDULE_TAB, FOLLOW_UP_TAB = range(3)


def _button(text: str, tip: str) -> QPushButton:
    button = QPushButton(text)
    button.setToolTip(tip)
    return button


def _page(*parts: QWidget | QHBoxLayout) -> QWidget:
    page = QWidget()
    column = QVBoxLayout(page)
    column.setContentsMargins(0, 8, 0, 0)
    for part in parts:
        if isinstance(part, QHBoxLayout):
            column.addLayout(part)
        else:
            column.addWidget(part, 1 if isinstance(part, QTableView | QSplitter) else 0)
    return page


def _row(*buttons: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    return row


class ResponseScreen(PatientScreen):
    title = QT_TRANSLATE_NOOP("ResponseScreen", "Response & follow-up")
    description = QT_TRANSLATE_NOOP(
        "ResponseScreen",
        "Tumour response by RECIST 1.1 every 8 weeks, follow-up every 6 months for 4 years, "
        "the end of treatment, and survival so far.")

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(ws, parent)
        top = QHBoxLayout()
        self.patient_line = label("", wrap=True)
        top.addWidget(self.patient_line, 1)
        self.baseline_button = _button(self.tr("&Baseline…"),
                                       self.tr("Record the baseline lesions (RECIST 1.1)"))
        self.contact_button = _button(self.tr("&Contact…"),
                                      self.tr("Record a follow-up contact"))
        self.end_button = _button(self.tr("&End of treatment…"),
                                  self.tr("Record or correct the end of treatment "
                                          "(investigator)"))
        self.assess_button = primary_button(self.tr("&New assessment…"))
        self.assess_button.setToolTip(self.tr("Record a CT/MRI tumour assessment (Ctrl+N)"))
        self._tips = {b: b.toolTip() for b in (self.baseline_button, self.assess_button,
                                                 self.contact_button)}
        may_assess = ws.may(Action.RECORD_TUMOUR_ASSESSMENT)
        self.baseline_button.setVisible(may_assess)
        self.assess_button.setVisible(may_assess)
        self.contact_button.setVisible(ws.may(Action.RECORD_FOLLOW_UP))
        self.end_button.setVisible(ws.may(Action.RECORD_END_OF_TREATMENT))
        for button in (self.end_button, self.contact_button, self.baseline_button,
                       self.assess_button):
            top.addWidget(button)
        self.layout_.addLayout(top)
        self.summary = label("", "Reminder", wrap=True)
        self.attention = label("", "InlineError", wrap=True)
        self.message = InlineMessage()
        for widget in (self.summary, self.attention, self.message):
            self.layout_.addWidget(widget)

        self.tabs = QTabWidget()
        self.assessments_model = AssessmentsModel(self)
        self.assessments_table = data_table(self.assessments_model,
                                            stretch=AssessmentColumn.NEW)
        self.grid_model = LesionGridModel(self)
        self.grid_table = data_table(self.grid_model, stretch=0)
        self.void_button = _button(self.tr("&Void…"),
                                   self.tr("Void the selected assessment (investigator)"))
        self.grid_table.setToolTip(self.tr("Each lesion at each scan, in mm (a node's short "
                                           "axis); non-target lesions by their status."))
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.assessments_table)
        split.addWidget(self.grid_table)
        split.setChildrenCollapsible(False)
        split.setSizes([220, 200])
        self.tabs.addTab(_page(split), self.tr("Assessments"))
        self.visits_model = VisitsModel(self)
        self.visits_table = data_table(self.visits_model, stretch=VisitColumn.WINDOW)
        self.schedule_note = label(self.tr(
            "Assessments every 8 weeks from randomization until treatment ends; follow-up "
            "every 6 months for 4 years. Windows are site rules. Out of window is a protocol "
            "deviation."), "Muted", wrap=True)
        self.tabs.addTab(_page(self.schedule_note, self.visits_table), self.tr("Schedule"))
        self.contacts_model = ContactsModel(self)
        self.contacts_table = data_table(self.contacts_model, stretch=ContactColumn.DETAILS)
        self.void_contact_button = _button(self.tr("Void contact…"),
                                           self.tr("Void the selected contact, recorded in "
                                                   "error"))
        self.ends_line = label("", wrap=True)
        self.tabs.addTab(_page(self.ends_line, self.contacts_table), self.tr("Follow-up"))
        # Voiding acts on the selected row of the tab shown: its button sits with the tabs.
        corner = QWidget()
        corner_row = _row(self.void_button, self.void_contact_button)
        corner_row.setContentsMargins(0, 0, 0, 4)
        corner.setLayout(corner_row)
        self.tabs.setCornerWidget(corner, Qt.Corner.TopRightCorner)
        self.tabs.currentChanged.connect(lambda _i: self._show_void_buttons())
        self.layout_.addWidget(self.tabs, 1)

        self.baseline_button.clicked.connect(self.record_baseline)
        self.assess_button.clicked.connect(self.new_assessment)
        self.contact_button.clicked.connect(self.new_contact)
        self.end_button.clicked.connect(self.end_of_treatment)
        self.void_button.clicked.connect(self.void_selected)
        self.void_contact_button.clicked.connect(self.void_selected_contact)
        QShortcut(QKeySequence("Ctrl+N"), self, self.new_assessment)
        self._show_void_buttons()
        self.course: PatientCourse | None = None
        self.reload()

    def _show_void_buttons(self) -> None:
        tab = self.tabs.currentIndex()
        self.void_button.setVisible(tab == ASSESSMENTS_TAB
                                    and self.ws.may(Action.VOID_TUMOUR_ASSESSMENT))
        self.void_contact_button.setVisible(tab == FOLLOW_UP_TAB
                                            and self.ws.may(Action.RECORD_FOLLOW_UP))

    # ---- loading -----------------------------------------------------------------------------
    def reload(self) -> None:
        patient = self.patient
        self.message.clear_message()
        self.course = None
        if patient is None:
            self.patient_line.setText(self.tr("Choose a patient first (Patients, or Ctrl+F)."))
        elif patient.arm is None:
            self.patient_line.setText(self.patient_sentence(self.tr(
                "is not randomized: response and follow-up are recorded for patients on "
                "study.")))
        else:
            self.patient_line.setText(self.patient_heading(self.tr("Response & follow-up")))
            outcome = attempt(follow_up.course_of, self.ws, patient.id)
            if outcome.error is not None:
                self.message.show_error(outcome.error)
            self.course = outcome.value
        self._show(self.course)

    def _show(self, course: PatientCourse | None) -> None:
        response = course.response if course else None
        scans = response.scans if response else []
        self.assessments_model.baseline_sum = response.baseline_sum_mm if response else None
        self.assessments_model.set_rows(scans)
        self.grid_model.set_record(response.lesions if response else [], scans)
        self.visits_model.set_rows(course.visits if course else [])
        self.contacts_model.set_rows(course.contacts if course else [])
        self.summary.setText(self._summary(course))
        self.summary.setVisible(course is not None)
        attention = self._attention(course)
        self.attention.setText(attention)
        self.attention.setVisible(bool(attention))
        self.ends_line.setText(self._ends(course))
        has_baseline = bool(response and response.baseline)
        on_study = course is not None
        self.baseline_button.setEnabled(on_study and not has_baseline)
        self.assess_button.setEnabled(on_study and has_baseline)
        for button in (self.contact_button, self.end_button):
            button.setEnabled(on_study)
        # What arrives late is still entered after a death, dated before it.
        died = course.os.on if course is not None and course.os.event else None
        why = self.tr("Recorded as dead on {date}: only what happened before can be "
                      "entered.").format(date=date_text(died)) if died else ""
        for button, tip in self._tips.items():
            button.setToolTip(why or tip)
        self.void_button.setEnabled(bool(scans))
        self.void_contact_button.setEnabled(bool(course and course.contacts))
        if scans:
            self.assessments_table.selectRow(len(scans) - 1)

    def _summary(self, course: PatientCourse | None) -> str:
        if course is None:
            return ""
        response = course.response
        best = response_text(response.best) if response.best else self.tr("not yet assessed")
        if response.baseline is None:
            best = self.tr("no baseline recorded")
        parts = [self.tr("Best overall response: <b>{best}</b>").format(best=best)]
        if response.first_progression_on:
            parts.append(self.tr("progression {date}").format(
                date=date_text(response.first_progression_on)))
        parts.append(self.tr("PFS {months:.1f} months ({state})").format(
            months=course.pfs.months,
            state=self.tr("event") if course.pfs.event else self.tr("censored")))
        parts.append(self.tr("OS {months:.1f} months ({state})").format(
            months=course.os.months,
            state=self.tr("died") if course.os.event else self.tr("censored")))
        parts.append(self.tr("status: {status}").format(
            status=translate("VitalStatus", course.vital_status)))
        if len(response.cea_series) >= 2:
            (_d0, first), (_d1, last) = response.cea_series[0], response.cea_series[-1]
            parts.append(self.tr("CEA {first:g} → {last:g} ng/mL").format(first=first,
                                                                          last=last))
        return " · ".join(parts)

    def _attention(self, course: PatientCourse | None) -> str:
        """What needs doing: visits overdue or due, and a progression with treatment going on."""
        if course is None:
            return ""
        lines = [self.tr("⚠ {visit} overdue (expected {date}).").format(
            visit=html.escape(visit_name(v)), date=date_text(v.visit.expected))
            for v in course.visits if v.status is VisitStatus.OVERDUE]
        lines += [self.tr("{visit} due now (window until {date}).").format(
            visit=html.escape(visit_name(v)), date=date_text(v.visit.closes))
            for v in course.visits if v.status is VisitStatus.DUE]
        if course.response.first_progression_on and course.treatment_ended is None:
            lines.append(self.tr("⚠ Progression on {date} and treatment is not recorded as "
                                 "ended: the investigator decides (End of treatment).").format(
                date=date_text(course.response.first_progression_on)))
        return "<br>".join(lines)

    def _ends(self, course: PatientCourse | None) -> str:
        if course is None:
            return ""
        if not course.ends:
            return self.tr("Treatment is ongoing (no end of treatment recorded).")
        return "<br>".join(self.tr("<b>{scope}</b> ended {date}: {reason}{detail}").format(
            scope=html.escape(translate("EndScope", end.scope)), date=date_text(end.ended_on),
            reason=html.escape(translate("EndReason", end.reason)),
            detail=html.escape(f" — {end.detail}") if end.detail else "")
            for end in course.ends)

    # ---- actions -----------------------------------------------------------------------------
    def record_baseline(self) -> None:
        from hai_desktop.ui.dialogs.tumour_baseline import TumourBaselineDialog

        if self.patient is None or self.course is None:
            return
        dialog = TumourBaselineDialog(self.ws, self.patient,
                                      date_text(self.course.randomized_on), self)
        if dialog.exec():
            self.reload()
            self.message.show_ok(self.tr("Baseline saved: {count} lesions.").format(
                count=len(self.course.response.lesions) if self.course else 0))

    def new_assessment(self) -> None:
        from hai_desktop.ui.dialogs.tumour_assessment import TumourAssessmentDialog

        course = self.course
        if self.patient is None or course is None or course.response.baseline is None or \
                not self.ws.may(Action.RECORD_TUMOUR_ASSESSMENT):
            return
        dialog = TumourAssessmentDialog(self.ws, self.patient, course.response, self)
        if dialog.exec():
            self.reload()
            last = self.course.response.assessments if self.course else []
            saved = next((a for a in last if a.id == dialog.assessment_id), None)
            self.message.show_ok(self.tr("Assessment saved: {response}.").format(
                response=response_text(saved.point.overall) if saved and saved.point else "?"))

    def new_contact(self) -> None:
        from hai_desktop.ui.dialogs.follow_up_contact import FollowUpContactDialog

        if self.patient is None or self.course is None:
            return
        dialog = FollowUpContactDialog(self.ws, self.patient, self.course.randomized_on, self)
        if dialog.exec():
            self.reload()
            self.tabs.setCurrentIndex(FOLLOW_UP_TAB)
            self.message.show_ok(self.tr("Follow-up contact saved."))

    def end_of_treatment(self) -> None:
        from hai_desktop.ui.dialogs.end_of_treatment import EndOfTreatmentDialog

        if self.patient is None or self.course is None:
            return
        dialog = EndOfTreatmentDialog(self.ws, self.patient, self.course.ends, self)
        if dialog.exec():
            self.reload()
            self.tabs.setCurrentIndex(FOLLOW_UP_TAB)
            self.message.show_ok(self.tr("End of treatment saved."))

    def void_selected(self) -> None:
        indexes = self.assessments_table.selectionModel().selectedRows()
        if not indexes:
            self.message.show_error(self.tr("Select the assessment to void."))
            return
        scan = self.assessments_model.row_at(indexes[0].row())
        dialog = ReasonDialog(
            self.tr("Void the assessment"),
            self.tr("Void the {method} of {date}. The responses are computed again without "
                    "it; it stays in the record with the reason.").format(
                method=translate("Method", scan.method), date=date_text(scan.assessed_on)),
            self.tr("Void"),
            lambda reason: tumour_response.void_assessment(self.ws, scan.id, reason), self)
        if dialog.exec():
            self.reload()
            self.message.show_ok(self.tr("Assessment of {date} voided.").format(
                date=date_text(scan.assessed_on)))

    def void_selected_contact(self) -> None:
        indexes = self.contacts_table.selectionModel().selectedRows()
        if not indexes:
            self.message.show_error(self.tr("Select the contact to void."))
            return
        contact = self.contacts_model.row_at(indexes[0].row())
        dialog = ReasonDialog(
            self.tr("Void the contact"),
            self.tr("Void the contact of {date}. It stays in the record with the "
                    "reason.").format(date=date_text(contact.contacted_on)),
            self.tr("Void"),
            lambda reason: follow_up.void_contact(self.ws, contact.id, reason), self)
        if dialog.exec():
            self.reload()
            self.message.show_ok(self.tr("Contact of {date} voided.").format(
                date=date_text(contact.contacted_on)))
