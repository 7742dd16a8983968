"""Record an allergy or infusion reaction of a patient, or correct one (with the reason).

Kind and severity are chosen from the lists in core.allergies (nothing pre-filled); the source
is chosen or typed. Each refusal is shown at its field and everything typed stays.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from hai_desktop.core.allergies import CATEGORIES, SEVERITIES, SOURCES
from hai_desktop.core.errors import ValidationError
from hai_desktop.records import AllergyRecord
from hai_desktop.services.allergies import AllergyInput, correct_allergy, record_allergy
from hai_desktop.services.patients import PatientSummary
from hai_desktop.services.workspace import Workspace
from hai_desktop.ui.dialogs.base import FormDialog
from hai_desktop.ui.i18n import translate
from hai_desktop.ui.run_service import Outcome
from hai_desktop.ui.widgets.common import choice_box, select_data
from hai_desktop.ui.widgets.date_field import DateField


def _source_box() -> QComboBox:
    """The usual sources to pick, or the person's own words (e.g. 'GP letter 2026-10-02')."""
    box = QComboBox()
    box.setEditable(True)
    for source in SOURCES:  # shown translated; stored in English (see source_value)
        box.addItem(QCoreApplication.translate("AllergySource", source), source)
    box.setCurrentIndex(-1)
    edit = box.lineEdit()  # an editable box has one
    assert edit is not None
    edit.setPlaceholderText(QCoreApplication.translate(
        "AllergyEntryDialog", "choose or type who told you / which record"))
    return box


def source_value(box: QComboBox) -> str:
    """The source to store: one of SOURCES in English when one was picked (its translation
    shown), else the words typed."""
    text = box.currentText()
    for source in SOURCES:
        if text.strip() == QCoreApplication.translate("AllergySource", source):
            return source
    return text


class AllergyEntryDialog(FormDialog):
    def __init__(self, ws: Workspace, patient: PatientSummary, parent: QWidget | None = None,
                 *, correcting: AllergyRecord | None = None) -> None:
        who = f"<b>{html.escape(patient.display_id)}</b> · {html.escape(patient.name)}"
        if correcting is None:
            title = self.tr("Record an allergy — {id}").format(id=patient.display_id)
            ok = self.tr("Record allergy")
            intro = self.tr("An allergy or infusion reaction of {who}: the drug, agent or "
                            "substance, what happened and how severe it was. It is shown in the "
                            "patient header and printed on every order sheet; a standing “no "
                            "known allergies” is replaced by it.").format(who=who)
        else:
            title = self.tr("Correct an allergy — {id}").format(id=patient.display_id)
            ok = self.tr("Save correction")
            intro = self.tr("Correct the entry “{allergen}” of {who}. The old values and the "
                            "reason stay in the audit trail.").format(
                allergen=html.escape(correcting.allergen), who=who)
        super().__init__(title, intro, ok, parent)
        self.ws, self.patient, self.correcting = ws, patient, correcting
        self.saved_id: int | None = None
        self.allergen = QLineEdit()
        self.allergen.setPlaceholderText(
            self.tr("e.g. penicillin, iodinated contrast, cetuximab"))
        self.allergen.setMinimumWidth(360)
        # Shown translated; the English code is the item's data and what is stored.
        self.category = choice_box([(translate("AllergyCategory", c), c) for c in CATEGORIES])
        self.reaction = QLineEdit()
        self.reaction.setPlaceholderText(
            self.tr("e.g. urticaria, anaphylaxis, flushing and chills"))
        self.severity = choice_box([(translate("AllergySeverity", s), s) for s in SEVERITIES])
        self.source = _source_box()
        self.noted_on = DateField(self.tr("yyyy-mm-dd (optional)"))
        self.noted_on.edit.setToolTip(self.tr("When it happened or was first noted; leave empty "
                                              "if nobody knows"))
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("kept in the audit trail"))
        rows: list[tuple[str, str, QWidget, QWidget | None]] = [
            ("allergen", self.tr("Allergen"), self.allergen, None),
            ("category", self.tr("Kind"), self.category, None),
            ("reaction", self.tr("Reaction"), self.reaction, None),
            ("severity", self.tr("Severity"), self.severity, None),
            ("source", self.tr("Source"), self.source, None),
            ("noted_on", self.tr("Date"), self.noted_on, self.noted_on.edit)]
        if correcting is not None:
            rows.append(("reason", self.tr("Reason for the correction"), self.reason, None))
        for name, caption, widget, focus in rows:
            self.add_field(name, caption, widget, focus)
        if correcting is not None:
            self._fill_from(correcting)
        self.allergen.setFocus()

    def _fill_from(self, row: AllergyRecord) -> None:
        self.allergen.setText(row.allergen)
        select_data(self.category, row.category)
        self.reaction.setText(row.reaction)
        select_data(self.severity, row.severity)
        self.source.setCurrentText(translate("AllergySource", row.source))
        self.noted_on.set_date(row.noted_on)

    def entry(self) -> AllergyInput:
        problem = self.noted_on.error()
        if problem:
            raise ValidationError(problem, field="noted_on")
        return AllergyInput(
            patient_id=self.patient.id, allergen=self.allergen.text(),
            category=self.category.currentData() or "", reaction=self.reaction.text(),
            severity=self.severity.currentData() or "", source=source_value(self.source),
            noted_on=self.noted_on.date())

    def submit(self) -> bool:
        try:
            entry = self.entry()
        except ValidationError as error:
            self.show_error(error)
            return False
        outcome: Outcome[int] | Outcome[None]
        if self.correcting is None:
            outcome = self.attempt(record_allergy, self.ws, entry)
        else:
            outcome = self.attempt(correct_allergy, self.ws, self.correcting.id, entry,
                                   self.reason.text())
        if outcome.error is not None:
            self.show_error(outcome.error)
            return False
        self.saved_id = outcome.value if self.correcting is None else self.correcting.id
        return True
