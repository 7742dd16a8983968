"""Pain or discomfort during HAI (protocol: the catheter must then be inspected).

Where the pain is, whether the infusion was stopped or continued (no default), what was done.
Saving it makes the next inspection mandatory and flags the catheter for IR review.
"""

from __future__ import annotations

import html

from PySide6.QtWidgets import QButtonGroup, QComboBox, QHBoxLayout, QLineEdit, QRadioButton, QWidget

from hai_desktop.core.errors import HaiError
from hai_desktop.core.i18n import QT_TRANSLATE_NOOP
from hai_desktop.services import catheter
from hai_desktop.services.patients import PatientSummary
from hai_desktop.services.workspace import Workspace
from hai_desktop.ui.dialogs.base import FormDialog
from hai_desktop.ui.i18n import date_text, translate
from hai_desktop.ui.run_service import attempt
from hai_desktop.ui.widgets.common import choose_text, label

# The infusion choices as the buttons name them (stored: the English code).
_INFUSION_TEXT = {catheter.INFUSION_STOPPED: QT_TRANSLATE_NOOP("HaiPainDialog", "&Stopped"),
                  catheter.INFUSION_CONTINUED: QT_TRANSLATE_NOOP("HaiPainDialog", "&Continued")}


class HaiPainDialog(FormDialog):

    def __init__(self, ws: Workspace, patient: PatientSummary,
                 parent: QWidget | None = None) -> None:
        intro = self.tr("<b>{id}</b> · {name} — pain or discomfort during the HAI infusion, "
                        "now. The protocol asks for the catheter to be inspected: the next "
                        "inspection becomes mandatory and the catheter is flagged for "
                        "interventional radiology review.").format(
            id=html.escape(patient.display_id), name=html.escape(patient.name))
        super().__init__(self.tr("Pain during HAI"), intro, self.tr("Save report"), parent)
        self.ws, self.patient = ws, patient
        self.report_id: int | None = None
        self.location = QComboBox()
        self.location.addItem(choose_text(), "")
        for place in catheter.PAIN_LOCATIONS:
            self.location.addItem(translate("PainLocation", place), place)  # stored: English
        self.infusion_group = QButtonGroup(self)
        infusion = QWidget()
        row = QHBoxLayout(infusion)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(18)
        self.infusion: dict[str, QRadioButton] = {}
        for index, choice in enumerate(catheter.INFUSION_CHOICES):
            button = QRadioButton(translate("HaiPainDialog", _INFUSION_TEXT[choice]))
            self.infusion_group.addButton(button, index)
            self.infusion[choice] = button
            row.addWidget(button)
        row.addStretch(1)
        self.action = QLineEdit()
        self.action.setPlaceholderText(self.tr("e.g. infusion stopped, analgesia, IR called"))
        self.add_field("location", self.tr("Where"), self.location)
        self.add_field("infusion", self.tr("Infusion"), infusion,
                       self.infusion[catheter.INFUSION_CHOICES[0]])
        self.add_field("action", self.tr("Action"), self.action)
        # The report belongs to the infusion under way, when there is one.
        self.order = attempt(catheter.order_being_given, ws, patient.id).value
        self.order_label = label(
            self.tr("order #{id}, cycle {cycle} (day 1 {day1})").format(
                id=self.order.id, cycle=self.order.cycle, day1=date_text(self.order.day1))
            if self.order else self.tr("no order is being given: the report stands on its own"),
            "Muted", wrap=True)
        self.add_row(self.tr("Infusion"), self.order_label)
        self.location.setFocus()

    def infusion_choice(self) -> str:
        return next((c for c, b in self.infusion.items() if b.isChecked()), "")

    def submit(self) -> bool:
        try:
            order_id = self.order.id if self.order else None
            location, infusion = self.location.currentData(), self.infusion_choice()
            action = self.action.text()
            self.report_id = self.save(lambda: catheter.record_hai_pain(
                self.ws, self.patient.id, order_id, location=location, infusion=infusion,
                action=action))
        except HaiError as error:
            self.show_error(error)
            field = getattr(error, "field", None)
            widget: QWidget = {"infusion": self.infusion[catheter.INFUSION_CHOICES[0]],
                               "action": self.action}.get(field or "", self.location)
            widget.setFocus()
            return False
        return True
