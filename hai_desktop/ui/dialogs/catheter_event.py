"""Record what happened to the HAI catheter: the implantation (operator, access route, port
location, tip position, notes), or later a revision, repositioning, removal, reinsertion or
complication (date, operator, reason, complication type).

Only the events the catheter's present state allows are offered; the fields follow the event
chosen. A refusal stays in the dialog and keeps everything typed.
"""

from __future__ import annotations

import html

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from hai_desktop.core.catheter import (
    COMPLICATION,
    IMPLANTED,
    IN_PLACE,
    REINSERTED,
    REMOVED,
    catheter_rules,
)
from hai_desktop.core.errors import HaiError, ValidationError
from hai_desktop.core.roles import Role
from hai_desktop.services import catheter
from hai_desktop.services.patients import PatientSummary
from hai_desktop.services.workspace import Workspace
from hai_desktop.ui.dialogs.base import FormDialog
from hai_desktop.ui.i18n import current_language, message_text
from hai_desktop.ui.widgets.common import choice_box
from hai_desktop.ui.widgets.date_field import DateField

_INSERTIONS = (IMPLANTED, REINSERTED)
_PLACEMENT_CHANGES = ("revised", "repositioned")
_NEEDS_REASON = ("revised", "repositioned", "removed", "reinserted")


def possible_kinds(status: str) -> list[str]:
    """The events the catheter's state allows: implant a new one, reinsert a removed one,
    otherwise what can happen to a catheter in place."""
    kinds = [k.id for k in catheter_rules().event_kinds]
    if status == IN_PLACE:
        return [k for k in kinds if k not in _INSERTIONS]
    if status == REMOVED:
        return [REINSERTED]
    return [IMPLANTED]


class CatheterEventDialog(FormDialog):

    def __init__(self, ws: Workspace, patient: PatientSummary,
                 record: catheter.CatheterRecord, parent: QWidget | None = None) -> None:
        intro = self.tr("<b>{id}</b> · {name} — catheter: {state}.").format(
            id=html.escape(patient.display_id), name=html.escape(patient.name),
            state=html.escape(message_text(record.state.describe())))
        super().__init__(self.tr("Record a catheter event"), intro, self.tr("Save event"),
                         parent)
        self.ws, self.patient, self.record = ws, patient, record
        self.event_id: int | None = None
        rules = catheter_rules()
        language = current_language()  # shown translated; the id is what is stored
        labels = {k.id: k.label_in(language) for k in rules.event_kinds}
        self.kinds = possible_kinds(record.state.status)
        self.kind = QComboBox()
        for kind in self.kinds:
            self.kind.addItem(labels[kind], kind)
        self.occurred_on = DateField()
        self.occurred_on.set_date(ws.today())
        self.operator = QLineEdit()
        self.operator.setPlaceholderText(self.tr("interventional radiologist, surgeon or "
                                                 "investigator"))
        if ws.user.role is Role.INTERVENTIONAL_RADIOLOGIST:
            self.operator.setText(ws.user.full_name)
        self.complication = choice_box([(t.label_in(language), t.id)
                                        for t in rules.complications])
        self.access_route = choice_box([(t.label_in(language), t.id)
                                        for t in rules.access_routes])
        self.port_location = QLineEdit()
        self.port_location.setPlaceholderText(self.tr("e.g. right lower chest, subcutaneous "
                                                      "pocket"))
        self.tip_position = QLineEdit()
        self.tip_position.setPlaceholderText(self.tr("e.g. common hepatic artery, GDA coiled"))
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("why it was done"))
        self.notes = QLineEdit()
        self.notes.setPlaceholderText(self.tr("optional"))
        self.add_field("kind", self.tr("Event"), self.kind)
        self.add_field("occurred_on", self.tr("Date"), self.occurred_on)
        self.add_field("complication", self.tr("Complication"), self.complication)
        self.add_field("operator", self.tr("Operator"), self.operator)
        self.add_field("access_route", self.tr("Access route"), self.access_route)
        self.add_field("port_location", self.tr("Port location"), self.port_location)
        self.add_field("tip_position", self.tr("Tip position"), self.tip_position)
        self.add_field("reason", self.tr("Reason"), self.reason)
        self.add_field("notes", self.tr("Notes"), self.notes)
        self.kind.currentIndexChanged.connect(lambda _i: self._show_fields())
        self._show_fields()
        self.kind.setFocus()

    def set_kind(self, kind: str) -> None:
        self.kind.setCurrentIndex(self.kind.findData(kind))

    def _show_fields(self) -> None:
        kind = self.kind.currentData()
        insertion = kind in _INSERTIONS
        self.set_row_visible(self.complication, kind == COMPLICATION)
        self.set_row_visible(self.access_route, insertion)
        self.set_row_visible(self.port_location, insertion or kind in _PLACEMENT_CHANGES)
        self.set_row_visible(self.tip_position, insertion or kind in _PLACEMENT_CHANGES)
        self.set_row_visible(self.reason, kind in _NEEDS_REASON or kind == COMPLICATION)
        optional = kind in _PLACEMENT_CHANGES
        self.port_location.setPlaceholderText(
            self.tr("only if changed") if optional else
            self.tr("e.g. right lower chest, subcutaneous pocket"))
        self.tip_position.setPlaceholderText(
            self.tr("only if changed") if optional else
            self.tr("e.g. common hepatic artery, GDA coiled"))
        self.reason.setPlaceholderText(self.tr("what was found (optional)")
                                       if kind == COMPLICATION else self.tr("why it was done"))
        self.operator.setPlaceholderText(
            self.tr("who found it (optional)") if kind == COMPLICATION
            else self.tr("interventional radiologist, surgeon or investigator"))
        self.fit()

    def event_input(self) -> catheter.CatheterEventInput:
        if self.occurred_on.error():
            raise ValidationError(self.occurred_on.error() or self.tr("Not a date."),
                                  field="occurred_on")
        kind = self.kind.currentData()

        def shown(widget: QWidget, value: str) -> str:
            return value if self.is_row_visible(widget) else ""

        return catheter.CatheterEventInput(
            patient_id=self.patient.id, kind=kind, occurred_on=self.occurred_on.date(),
            operator=self.operator.text(), reason=shown(self.reason, self.reason.text()),
            complication=shown(self.complication, self.complication.currentData()) or None,
            access_route=shown(self.access_route, self.access_route.currentData()) or None,
            port_location=shown(self.port_location, self.port_location.text()),
            tip_position=shown(self.tip_position, self.tip_position.text()),
            notes=self.notes.text())

    def submit(self) -> bool:
        try:
            event = self.event_input()
            self.event_id = self.save(lambda: catheter.record_catheter_event(self.ws, event))
        except HaiError as error:
            self.show_error(error)
            widgets: dict[str, QWidget] = {
                "kind": self.kind, "occurred_on": self.occurred_on,
                "operator": self.operator, "reason": self.reason,
                "complication": self.complication, "access_route": self.access_route,
                "port_location": self.port_location, "tip_position": self.tip_position}
            widget = widgets.get(getattr(error, "field", None) or "")
            if widget is not None:
                widget.setFocus()
            return False
        return True
