"""'No known allergies': the patient was asked and has none — who asked and when. It is a
statement in its own right, never the same as nobody having asked."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QLineEdit, QWidget

from hai_desktop.core.errors import ValidationError
from hai_desktop.services.allergies import record_no_known_allergies
from hai_desktop.services.patients import PatientSummary
from hai_desktop.services.workspace import Workspace
from hai_desktop.ui.dialogs.base import FormDialog
from hai_desktop.ui.widgets.date_field import DateField


class NoKnownAllergiesDialog(FormDialog):
    def __init__(self, ws: Workspace, patient: PatientSummary,
                 parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("No known allergies — {id}").format(id=patient.display_id),
            self.tr("<b>{id}</b> · {name} was asked about allergies and infusion reactions "
                    "(drugs, contrast media, latex, food) and has none. Orders can be signed "
                    "once this is recorded.").format(id=html.escape(patient.display_id),
                                                     name=html.escape(patient.name)),
            self.tr("Record “no known allergies”"), parent)
        self.ws, self.patient = ws, patient
        self.asked_by = QLineEdit(ws.user.full_name)
        self.asked_by.setMinimumWidth(320)
        self.asked_by.setToolTip(self.tr("The person who asked the patient (you, unless a "
                                         "colleague did)"))
        self.asked_on = DateField()
        self.asked_on.set_date(ws.today())
        self.add_field(name="asked_by", caption=self.tr("Asked by"), widget=self.asked_by)
        self.add_field(name="asked_on", caption=self.tr("Asked on"), widget=self.asked_on,
                       focus=self.asked_on.edit)
        self.asked_by.selectAll()
        self.asked_by.setFocus()

    def submit(self) -> bool:
        asked_on = self.asked_on.date()
        if asked_on is None:
            self.show_error(ValidationError(
                self.asked_on.error() or self.tr("Enter the date the patient was asked."),
                field="asked_on"))
            return False
        outcome = self.attempt(record_no_known_allergies, self.ws, self.patient.id,
                               asked_by=self.asked_by.text(), asked_on=asked_on)
        if outcome.error is not None:
            self.show_error(outcome.error)
            return False
        return True
