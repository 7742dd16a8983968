"""A later CT/MRI tumour assessment for the current patient: each target lesion's diameter (mm
or cm) or "not assessed", the non-target lesions' status, a new lesion, and CEA. As it is
typed, the dialog shows what RECIST 1.1 makes of it (the sum, its change from baseline and from
the nadir, the response), computed by core.recist exactly as the record will be.

A refusal stays in the dialog at its field and keeps everything typed.
"""

from __future__ import annotations

import html
from datetime import timedelta

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLineEdit, QWidget

from hai_desktop.core import recist
from hai_desktop.core.errors import HaiError, ValidationError
from hai_desktop.core.recist import Measurements, NonTarget
from hai_desktop.core.tumour_assessment import NON_TARGET_LABELS, Method, diameter_mm
from hai_desktop.services import tumour_response
from hai_desktop.services.patients import PatientSummary
from hai_desktop.services.tumour_response import AssessmentInput, ResponseRecord
from hai_desktop.services.workspace import Workspace
from hai_desktop.ui.dialogs.base import FormDialog
from hai_desktop.ui.i18n import date_text, translate
from hai_desktop.ui.models.response import lesion_name, mm_text, percent_text, response_text
from hai_desktop.ui.widgets.common import choice_box, label, select_data
from hai_desktop.ui.widgets.date_field import DateField
from hai_desktop.ui.widgets.quantity_field import QuantityField


class TargetRow(QWidget):
    """One target's diameter, or 'not assessed' (which makes the response NE)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.diameter = QuantityField("lesion_diameter", placeholder=self.tr("e.g. 23"))
        self.not_assessed = QCheckBox(self.tr("not assessed"))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.diameter)
        row.addWidget(self.not_assessed)
        row.addStretch(1)
        self.setFocusProxy(self.diameter)
        self.not_assessed.toggled.connect(lambda on: self.diameter.setEnabled(not on))

    def typed(self) -> str | None:
        return None if self.not_assessed.isChecked() else self.diameter.text()


class TumourAssessmentDialog(FormDialog):

    def __init__(self, ws: Workspace, patient: PatientSummary, record: ResponseRecord,
                 parent: QWidget | None = None) -> None:
        baseline = record.baseline
        assert baseline is not None  # the screen offers a new assessment only after one
        last = record.assessments[-1] if record.assessments else None
        intro = self.tr("<b>{id}</b> · {name}. Baseline {method} of {date}: sum of target "
                        "diameters {sum} mm.").format(
            id=html.escape(patient.display_id), name=html.escape(patient.name),
            method=translate("Method", baseline.method), date=date_text(baseline.assessed_on),
            sum=mm_text(record.baseline_sum_mm))
        if last is not None and last.point is not None:
            intro += self.tr("<br>Last assessment {date}: {response}; nadir so far {nadir} "
                             "mm.").format(date=date_text(last.assessed_on),
                                           response=response_text(last.point.overall),
                                           nadir=mm_text(record.nadir_mm))
        intro += self.tr("<br>Type each target's diameter from the report (a node's short "
                         "axis): mm, or cm with its unit; 0 when it has disappeared.")
        super().__init__(self.tr("New tumour assessment"), intro, self.tr("Save assessment"),
                         parent)
        self.ws, self.patient, self.record = ws, patient, record
        self.assessment_id: int | None = None
        self.lesions = record.core_lesions()
        self.assessed_on = DateField()
        self.method = choice_box([(translate("Method", m.value), m.value) for m in Method],
                                 blank=False)
        select_data(self.method, baseline.method)
        self.method.setToolTip(self.tr("RECIST 1.1: use the same method as at baseline."))
        self.add_field("assessed_on", self.tr("Scan date"), self.assessed_on)
        self.add_field("method", self.tr("Method"), self.method)
        self.targets: dict[str, TargetRow] = {}
        for view in record.lesions:
            if view.target:
                row = TargetRow()
                row.diameter.setToolTip(self.tr("Baseline {size} mm").format(
                    size=mm_text(view.baseline_mm)))
                self.targets[view.key] = row
                self.add_field(view.key, lesion_name(view), row, row.diameter.edit)
                row.diameter.changed.connect(self._preview)
                row.not_assessed.toggled.connect(lambda _on: self._preview())
        self.non_target = choice_box([(translate("NonTarget", NON_TARGET_LABELS[s]), s.value)
                                      for s in NonTarget])
        has_non_targets = any(not v.target for v in record.lesions)
        if has_non_targets:
            names = ", ".join(lesion_name(v) for v in record.lesions if not v.target)
            self.add_field("non_target", self.tr("Non-target lesions"), self.non_target)
            self.non_target.setToolTip(names)
            self.non_target.currentIndexChanged.connect(lambda _i: self._preview())
        self.new_lesion = QCheckBox(self.tr("A new lesion (unequivocal): progression"))
        self.new_lesion_site = QLineEdit()
        self.new_lesion_site.setPlaceholderText(self.tr("organ, site and size, e.g. segment "
                                                        "III, 14 mm"))
        self.add_field("new_lesion", self.tr("New lesion"), self.new_lesion)
        self.add_field("new_lesion_site", self.tr("Where"), self.new_lesion_site)
        self.cea = QuantityField("cea", placeholder=self.tr("if measured"))
        self.add_field("cea", self.tr("CEA"), self.cea, self.cea.edit)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("optional, e.g. why the scan was early"))
        self.add_field("note", self.tr("Note"), self.note)
        self.preview = label("", "Reminder", wrap=True)
        self.add_row(self.tr("RECIST 1.1"), self.preview)
        self.new_lesion.toggled.connect(lambda _on: self._show_site())
        self._show_site()
        self._preview()
        self.assessed_on.setFocus()

    def _show_site(self) -> None:
        self.set_row_visible(self.new_lesion_site, self.new_lesion.isChecked())
        self._preview()
        self.fit()

    def _sizes(self) -> dict[str, float | None] | None:
        """The diameters typed so far in mm (None: not assessed), or None while one is
        missing or not yet a diameter."""
        sizes: dict[str, float | None] = {}
        for key, row in self.targets.items():
            typed = row.typed()
            if typed is None:
                sizes[key] = None
                continue
            try:
                sizes[key] = diameter_mm(typed, key)
            except HaiError:
                return None
        return sizes

    def _preview(self) -> None:
        """What RECIST makes of the assessment as typed (nothing is saved)."""
        sizes = self._sizes()
        status = self.non_target.currentData() or NonTarget.NOT_EVALUATED.value
        if sizes is None:
            self.preview.setText(self.tr("The response shows once every target is typed."))
            return
        earlier = [Measurements(a.assessed_on, a.diameters,
                                NonTarget(a.non_target or NonTarget.NOT_EVALUATED),
                                a.new_lesion) for a in self.record.assessments]
        day = self.assessed_on.date()
        last_day = max([a.assessed_on for a in self.record.assessments], default=None)
        if day is None or (last_day is not None and day <= last_day):
            day = (last_day or self.record.randomized_on) + timedelta(days=1)  # order only
        rules = recist.protocol_recist()
        point = recist.assess(self.lesions, [*earlier, Measurements(
            day, sizes, NonTarget(status), self.new_lesion.isChecked())], rules)[-1]
        if point.sum_mm is None:
            text = self.tr("A target not assessed: response {response}.").format(
                response=response_text(point.overall))
        else:
            text = self.tr("Sum {sum} mm · {baseline} from baseline · {nadir} from the nadir "
                           "({nadir_mm} mm) → <b>{response}</b>").format(
                sum=mm_text(point.sum_mm), baseline=percent_text(point.from_baseline_percent),
                nadir=percent_text(point.from_nadir_percent), nadir_mm=mm_text(point.nadir_mm),
                response=response_text(point.overall))
        self.preview.setText(text)

    def assessment_input(self) -> AssessmentInput:
        if self.assessed_on.error():
            raise ValidationError(self.assessed_on.error() or self.tr("Not a date."),
                                  field="assessed_on")
        has_non_targets = any(not v.target for v in self.record.lesions)
        return AssessmentInput(
            patient_id=self.patient.id, assessed_on=self.assessed_on.date(),
            method=self.method.currentData() or "",
            diameters={key: row.typed() for key, row in self.targets.items()},
            non_target=(self.non_target.currentData() or None) if has_non_targets else None,
            new_lesion=self.new_lesion.isChecked(),
            new_lesion_site=self.new_lesion_site.text() if self.new_lesion.isChecked() else "",
            cea_text=self.cea.text(), note=self.note.text(),
            baseline_id=self.record.baseline.id if self.record.baseline else None)

    def submit(self) -> bool:
        try:
            entry = self.assessment_input()
            self.assessment_id = self.save(
                lambda: tumour_response.record_assessment(self.ws, entry))
        except HaiError as error:
            self.show_error(error)
            return False
        return True
