"""Enter a lab value with its unit; the program grades it with CTCAE v4.03 as it is typed.

The site's normal limits are shown in the limit fields' placeholders; a value typed there (the
limits printed on the patient's own report) is used instead and kept with the result.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QSpinBox, QWidget

from hai_desktop.core import ctcae
from hai_desktop.core.errors import HaiError, ValidationError
from hai_desktop.core.i18n import QT_TRANSLATE_NOOP
from hai_desktop.services import labs
from hai_desktop.services.patients import PatientSummary
from hai_desktop.services.workspace import Workspace
from hai_desktop.ui.dialogs.base import FormDialog
from hai_desktop.ui.i18n import current_language, message_text
from hai_desktop.ui.widgets.common import label, restyle
from hai_desktop.ui.widgets.date_field import DateField

BASIS_TEXT = {"uln": QT_TRANSLATE_NOOP("LabResultDialog", " (as a multiple of ULN)"),
              "baseline": QT_TRANSLATE_NOOP("LabResultDialog", " (against the baseline)")}


class LabResultDialog(FormDialog):
    def __init__(self, ws: Workspace, patient: PatientSummary,
                 parent: QWidget | None = None) -> None:
        intro = self.tr("<b>{id}</b> · {name} — type the value with its unit; the grade is "
                        "worked out from CTCAE v4.03's cut-offs and the normal limits below."
                        ).format(id=html.escape(patient.display_id),
                                 name=html.escape(patient.name))
        super().__init__(self.tr("Lab result"), intro, self.tr("Save result"), parent)
        self.ws, self.patient = ws, patient
        self.result_id: int | None = None
        self.term = QComboBox()
        for lab in ctcae.gradable_lab_terms():
            self.term.addItem(f"{lab.kind.label_in(current_language())} — {lab.term}", lab.term)
        self.value = QLineEdit()
        self.value.setMinimumWidth(220)
        self.taken_on = DateField()
        self.taken_on.set_date(ws.today())
        self.cycle = QSpinBox()
        self.cycle.setRange(0, 99)
        self.cycle.setSpecialValueText("—")
        self.cycle.setValue(patient.current_cycle or 0)
        self.uln = QLineEdit()
        self.lln = QLineEdit()
        self.preview = label("", wrap=True, rich=True)
        self.preview.setMinimumHeight(60)
        self.record_event = QCheckBox(self.tr("Then record it as an adverse event (grade ≥ 1)"))
        self.record_event.setChecked(True)
        self.add_row(self.tr("Test"), self.term)
        self.add_field("value", self.tr("Value"), self.value)
        self.add_field("taken_on", self.tr("Sample taken"), self.taken_on)
        self.add_field("cycle", self.tr("Cycle"), self.cycle)
        self.add_field("uln", self.tr("ULN"), self.uln)
        self.add_field("lln", self.tr("LLN"), self.lln)
        self.add_row(self.tr("CTCAE v4.03"), self.preview)
        self.add_row("", self.record_event)
        # Grading parses units with pint: wait for a pause in typing rather than every key.
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.update_preview)
        for edit in (self.value, self.uln, self.lln):
            edit.textChanged.connect(lambda _t: self._timer.start())
        self.taken_on.changed.connect(self._timer.start)
        self.term.currentIndexChanged.connect(lambda _i: self._term_changed())
        self._term_changed()
        self.value.setFocus()

    def select_term(self, name: str) -> None:
        self.term.setCurrentIndex(max(0, self.term.findData(name)))

    def _term_changed(self) -> None:
        lab = ctcae.lab_term(self.term.currentData())
        self.value.setPlaceholderText(self.tr("e.g. a number in {unit}, or with a unit: {units}")
                                      .format(unit=lab.unit, units=", ".join(lab.accepts[:3])))
        limits = self._site_limits()
        for edit, name in ((self.uln, "ULN"), (self.lln, "LLN")):
            site = limits.uln if name == "ULN" else limits.lln
            needed = name in limits.needed
            self.set_row_visible(edit, needed)
            edit.setPlaceholderText(
                self.tr("site: {limit} (type the report's own to override)").format(limit=site)
                if site else self.tr("not set as a site rule: type it"))
        self.update_preview()

    def _site_limits(self) -> labs.NormalLimits:
        with self.ws.db.read_session() as session:
            return labs.site_normal_limits(session, self.term.currentData(), self.patient.sex)

    def lab_input(self) -> labs.LabInput:
        if self.taken_on.error():
            raise ValidationError(self.taken_on.error() or self.tr("Not a date."),
                                  field="taken_on")
        return labs.LabInput(patient_id=self.patient.id, term=self.term.currentData(),
                             value=self.value.text(), taken_on=self.taken_on.date(),
                             cycle=self.cycle.value() or None, uln=self.uln.text(),
                             lln=self.lln.text())

    def update_preview(self) -> None:
        self._timer.stop()
        if not self.value.text().strip():
            restyle(self.preview, "Muted")
            self.preview.setText(self.tr("The grade appears here as you type the value."))
            return
        try:
            shown = labs.preview_lab(self.ws, self.lab_input())
        except HaiError as error:
            restyle(self.preview, "InlineError")
            self.preview.setText(html.escape(message_text(error.message)))
            return
        grade = shown.grade
        where = self.tr("the report's limits") if shown.own_limits else self.tr("site limits")
        ratio = (f" = {grade.uln_multiple:.2f} × ULN" if grade.uln_multiple is not None
                 else "")
        basis = BASIS_TEXT.get(grade.basis)
        text = (self.tr("<b>Grade {grade}</b> — “{rule}”{basis}").format(
                    grade=grade.grade, rule=html.escape(grade.rule_text),
                    basis=QCoreApplication.translate("LabResultDialog", basis) if basis else "")
                if grade.grade else
                self.tr("<b>Grade {grade}</b> — within normal limits or below the first "
                        "cut-off").format(grade=grade.grade))
        text += f"<br>{grade.magnitude:g} {html.escape(grade.unit)}{ratio} ({where})"
        if shown.baseline:
            text += "<br>" + self.tr("Baseline (first creatinine): {baseline}").format(
                baseline=html.escape(shown.baseline))
        for note in grade.notes:
            text += f"<br><i>{html.escape(note)}</i>"
        restyle(self.preview, "InlineError" if grade.grade >= 3 else "")
        self.preview.setText(text)

    def submit(self) -> bool:
        try:
            entry = self.lab_input()
            self.result_id = self.save(lambda: labs.record_lab(self.ws, entry))
        except HaiError as error:
            self.show_error(error, None if getattr(error, "field", None) in self.errors.focus
                            else "value")  # at its field; the value's when none
            return False
        return True
