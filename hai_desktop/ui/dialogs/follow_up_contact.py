"""A follow-up contact for the current patient: alive, dead (date and cause) or lost to
follow-up (the last date known alive), and a progression learnt of with how it was established.
Only the fields of the chosen status show; a refusal stays at its field with all typed kept.
"""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtWidgets import QCheckBox, QLineEdit, QWidget

from hai_desktop.core.errors import HaiError, ValidationError
from hai_desktop.core.follow_up import (
    ContactMethod,
    DeathCause,
    ProgressionBasis,
    VitalStatus,
)
from hai_desktop.services import follow_up
from hai_desktop.services.follow_up import ContactInput
from hai_desktop.services.patients import PatientSummary
from hai_desktop.services.workspace import Workspace
from hai_desktop.ui.dialogs.base import FormDialog
from hai_desktop.ui.i18n import date_text, translate
from hai_desktop.ui.widgets.common import choice_box
from hai_desktop.ui.widgets.date_field import DateField


def _choices(context: str, kind: type[ContactMethod] | type[VitalStatus] | type[DeathCause]
             | type[ProgressionBasis]) -> list[tuple[str, str]]:
    return [(translate(context, member.value), member.value) for member in kind]


class FollowUpContactDialog(FormDialog):

    def __init__(self, ws: Workspace, patient: PatientSummary, randomized_on: date,
                 parent: QWidget | None = None) -> None:
        intro = self.tr("<b>{id}</b> · {name}, randomized {date}. Follow-up every 6 months "
                        "for 4 years (protocol).").format(
            id=html.escape(patient.display_id), name=html.escape(patient.name),
            date=date_text(randomized_on))
        super().__init__(self.tr("Follow-up contact"), intro, self.tr("Save contact"), parent)
        self.ws, self.patient = ws, patient
        self.contact_id: int | None = None
        self.contacted_on = DateField()
        self.method = choice_box(_choices("ContactMethod", ContactMethod))
        self.status = choice_box(_choices("VitalStatus", VitalStatus))
        self.death_on = DateField()
        self.death_cause = choice_box(_choices("DeathCause", DeathCause))
        self.last_alive_on = DateField()
        self.progressed = QCheckBox(self.tr("Progression since the last contact"))
        self.progression_on = DateField()
        self.progression_basis = choice_box(_choices("ProgressionBasis", ProgressionBasis))
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("optional (no names)"))
        self.add_field("contacted_on", self.tr("Contact date"), self.contacted_on)
        self.add_field("method", self.tr("How"), self.method)
        self.add_field("status", self.tr("Status"), self.status)
        self.add_field("death_on", self.tr("Date of death"), self.death_on)
        self.add_field("death_cause", self.tr("Cause of death"), self.death_cause)
        self.add_field("last_alive_on", self.tr("Last known alive"), self.last_alive_on)
        self.add_field("progressed", "", self.progressed)
        self.add_field("progression_on", self.tr("Progression date"), self.progression_on)
        self.add_field("progression_basis", self.tr("Established by"), self.progression_basis)
        self.add_field("note", self.tr("Note"), self.note)
        self.status.currentIndexChanged.connect(lambda _i: self._show_fields())
        self.progressed.toggled.connect(lambda _on: self._show_fields())
        self._show_fields()
        self.contacted_on.setFocus()

    def _show_fields(self) -> None:
        status = self.status.currentData()
        dead, lost = status == VitalStatus.DEAD, status == VitalStatus.LOST
        self.set_row_visible(self.death_on, dead)
        self.set_row_visible(self.death_cause, dead)
        self.set_row_visible(self.last_alive_on, lost)
        self.set_row_visible(self.progression_on, self.progressed.isChecked())
        self.set_row_visible(self.progression_basis, self.progressed.isChecked())
        self.fit()

    def _day(self, field: DateField, name: str, shown: bool) -> date | None:
        if not shown:
            return None
        if field.error():
            raise ValidationError(field.error() or self.tr("Not a date."), field=name)
        return field.date()

    def contact_input(self) -> ContactInput:
        status = self.status.currentData() or None
        dead, lost = status == VitalStatus.DEAD, status == VitalStatus.LOST
        progressed = self.progressed.isChecked()
        return ContactInput(
            self.patient.id, self._day(self.contacted_on, "contacted_on", True),
            self.method.currentData() or None, status,
            death_on=self._day(self.death_on, "death_on", dead),
            death_cause=(self.death_cause.currentData() or None) if dead else None,
            last_alive_on=self._day(self.last_alive_on, "last_alive_on", lost),
            progression_on=self._day(self.progression_on, "progression_on", progressed),
            progression_basis=(self.progression_basis.currentData() or None) if progressed
            else None,
            note=self.note.text())

    def submit(self) -> bool:
        try:
            entry = self.contact_input()
            self.contact_id = self.save(lambda: follow_up.record_contact(self.ws, entry))
        except HaiError as error:
            self.show_error(error)
            return False
        return True
