"""The primary endpoint for the selected randomized patient: was the liver resected (yes, no,
not yet), when, with which margin. The first entry records it; any later change is a
correction that needs a reason (kept with the old and new values in the audit trail).

Date and margin appear only for a resection; nothing is pre-chosen. A refusal stays in the
dialog and keeps everything typed.
"""

from __future__ import annotations

import html

from PySide6.QtWidgets import QLineEdit, QWidget

from hai_desktop.core.errors import HaiError, ValidationError
from hai_desktop.core.outcome import (
    MARGIN_LABELS,
    MARGIN_SOURCE,
    MARGINS,
    RESECTED,
    RESECTION_CHOICES,
    RESECTION_LABELS,
)
from hai_desktop.services import outcomes
from hai_desktop.services.outcomes import OutcomeInput, OutcomeRecord
from hai_desktop.services.patients import PatientSummary
from hai_desktop.services.workspace import Workspace
from hai_desktop.ui.dialogs.base import FormDialog
from hai_desktop.ui.i18n import arm_short_text, date_text, translate
from hai_desktop.ui.widgets.common import choice_box, select_data
from hai_desktop.ui.widgets.date_field import DateField


class ResectionOutcomeDialog(FormDialog):

    def __init__(self, ws: Workspace, patient: PatientSummary, record: OutcomeRecord,
                 parent: QWidget | None = None) -> None:
        current = record.outcome
        arm = arm_short_text(patient.arm) if patient.arm else ""
        intro = self.tr("<b>{id}</b> · {name} · {arm} arm, randomized {date}.<br>Primary "
                        "endpoint: conversion to liver resection. Record the resection and its "
                        "margin from the operation and pathology reports.").format(
            id=html.escape(patient.display_id), name=html.escape(patient.name),
            arm=html.escape(arm), date=date_text(record.randomized_on))
        if current is not None and current.updated_by and current.updated_at:
            intro += self.tr("<br><br>Recorded by {recorder} on {recorded}, last corrected by "
                             "{corrector} on {corrected}. A change is a correction: give the "
                             "reason.").format(
                recorder=html.escape(current.recorded_by),
                recorded=date_text(current.recorded_at.astimezone().date()),
                corrector=html.escape(current.updated_by),
                corrected=date_text(current.updated_at.astimezone().date()))
        elif current is not None:
            intro += self.tr("<br><br>Recorded by {recorder} on {recorded}. A change is a "
                             "correction: give the reason.").format(
                recorder=html.escape(current.recorded_by),
                recorded=date_text(current.recorded_at.astimezone().date()))
        title = self.tr("Correct the outcome") if current else self.tr("Record the outcome")
        super().__init__(title, intro,
                         self.tr("Save correction") if current else self.tr("Save outcome"),
                         parent)
        self.ws, self.patient, self.current = ws, patient, current
        # Shown translated; the code (item data) is what is stored.
        self.resection = choice_box([(translate("ResectionOutcome", RESECTION_LABELS[c]), c)
                                     for c in RESECTION_CHOICES])
        self.surgery_date = DateField()
        self.margin = choice_box([(translate("ResectionOutcome", MARGIN_LABELS[m]), m)
                                  for m in MARGINS])
        self.margin.setToolTip(MARGIN_SOURCE)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("optional, e.g. the operation (no names)"))
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("why it changes (kept in the audit trail)"))
        self.add_field("liver_resection", self.tr("Liver resection"), self.resection)
        self.add_field("surgery_date", self.tr("Date of surgery"), self.surgery_date)
        self.add_field("margin", self.tr("Margin"), self.margin)
        self.add_field("note", self.tr("Note"), self.note)
        self.add_field("reason", self.tr("Reason for correction"), self.reason)
        if current is not None:
            select_data(self.resection, current.liver_resection)
            self.surgery_date.set_date(current.surgery_date)
            select_data(self.margin, current.margin)
            self.note.setText(current.note)
            self.note.setCursorPosition(0)  # a long note shows from its beginning
        self.set_row_visible(self.reason, current is not None)
        self.resection.currentIndexChanged.connect(lambda _i: self._show_fields())
        self._show_fields()
        self.resection.setFocus()

    def _show_fields(self) -> None:
        resected = self.resection.currentData() == RESECTED
        self.set_row_visible(self.surgery_date, resected)
        self.set_row_visible(self.margin, resected)
        self.fit()

    def outcome_input(self) -> OutcomeInput:
        resected = self.resection.currentData() == RESECTED
        if resected and self.surgery_date.error():
            raise ValidationError(self.surgery_date.error() or self.tr("Not a date."),
                                  field="surgery_date")
        # Hidden rows are not part of the answer: "no" with a date typed before stays "no".
        return OutcomeInput(
            patient_id=self.patient.id, liver_resection=self.resection.currentData() or "",
            surgery_date=self.surgery_date.date() if resected else None,
            margin=(self.margin.currentData() or None) if resected else None,
            note=self.note.text())

    def submit(self) -> bool:
        try:
            outcome, reason = self.outcome_input(), self.reason.text()
            if self.current is None:
                self.save(lambda: outcomes.record_outcome(self.ws, outcome))
            else:
                self.save(lambda: outcomes.correct_outcome(self.ws, outcome, reason))
        except HaiError as error:
            self.show_error(error)
            widgets: dict[str, QWidget] = {
                "liver_resection": self.resection, "surgery_date": self.surgery_date,
                "margin": self.margin, "reason": self.reason}
            widget = widgets.get(getattr(error, "field", None) or "")
            if widget is not None:
                widget.setFocus()
            return False
        return True
