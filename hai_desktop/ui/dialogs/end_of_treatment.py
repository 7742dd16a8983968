"""The end of protocol treatment for the current patient, or of HAI alone (experimental arm:
5-FU and leucovorin continue), with the protocol's reason. Recording it again for the same
scope is a correction that needs a reason (audited with the old and new values).
"""

from __future__ import annotations

import html

from PySide6.QtWidgets import QLineEdit, QWidget

from hai_desktop.core.arms import Arm
from hai_desktop.core.errors import HaiError, ValidationError
from hai_desktop.core.follow_up import EndReason, EndScope
from hai_desktop.services import follow_up
from hai_desktop.services.follow_up import EndInput, EndView
from hai_desktop.services.patients import PatientSummary
from hai_desktop.services.workspace import Workspace
from hai_desktop.ui.dialogs.base import FormDialog
from hai_desktop.ui.i18n import translate
from hai_desktop.ui.widgets.common import choice_box, select_data
from hai_desktop.ui.widgets.date_field import DateField


class EndOfTreatmentDialog(FormDialog):

    def __init__(self, ws: Workspace, patient: PatientSummary, ends: list[EndView],
                 parent: QWidget | None = None) -> None:
        intro = self.tr("<b>{id}</b> · {name}. Protocol: treatment continues until the disease "
                        "is resectable, progresses, toxicity occurs or the patient refuses; "
                        "after 12 cycles the investigator decides. The tumour assessments go on "
                        "until all protocol treatment has ended.").format(
            id=html.escape(patient.display_id), name=html.escape(patient.name))
        super().__init__(self.tr("End of treatment"), intro, self.tr("Save"), parent)
        self.ws, self.patient, self.ends = ws, patient, ends
        scopes = [EndScope.ALL] + ([EndScope.HAI_ONLY] if patient.arm == Arm.HAI else [])
        self.scope = choice_box([(translate("EndScope", s.value), s.value) for s in scopes],
                                blank=False)
        self.ended_on = DateField()
        self.reason = choice_box([(translate("EndReason", r.value), r.value)
                                  for r in EndReason])
        self.detail = QLineEdit()
        self.detail.setPlaceholderText(self.tr("what happened, e.g. MDT decision (no names)"))
        self.correction = QLineEdit()
        self.correction.setPlaceholderText(self.tr("why it changes (kept in the audit trail)"))
        self.add_field("scope", self.tr("What ended"), self.scope)
        self.add_field("ended_on", self.tr("Last treatment date"), self.ended_on)
        self.add_field("reason", self.tr("Reason"), self.reason)
        self.add_field("detail", self.tr("Details"), self.detail)
        self.add_field("correction", self.tr("Reason for correction"), self.correction)
        self.scope.currentIndexChanged.connect(lambda _i: self._load())
        self._load()
        self.ended_on.setFocus()

    def current(self) -> EndView | None:
        return next((e for e in self.ends if e.scope == self.scope.currentData()), None)

    def _load(self) -> None:
        """The end recorded for the chosen scope, to correct; what was typed stays when there
        is none."""
        current = self.current()
        if current is not None:
            self.ended_on.set_date(current.ended_on)
            select_data(self.reason, current.reason)
            self.detail.setText(current.detail)
        self.set_row_visible(self.correction, current is not None)
        self.ok_button.setText(self.tr("Save correction") if current else self.tr("Save"))
        self.fit()

    def end_input(self) -> EndInput:
        if self.ended_on.error():
            raise ValidationError(self.ended_on.error() or self.tr("Not a date."),
                                  field="ended_on")
        return EndInput(self.patient.id, self.ended_on.date(), self.scope.currentData(),
                        self.reason.currentData() or None, self.detail.text())

    def submit(self) -> bool:
        try:
            entry, why = self.end_input(), self.correction.text()
            if self.current() is None:
                self.save(lambda: follow_up.record_end_of_treatment(self.ws, entry))
            else:
                self.save(lambda: follow_up.correct_end_of_treatment(self.ws, entry, why))
        except HaiError as error:
            self.show_error(error)
            return False
        return True
