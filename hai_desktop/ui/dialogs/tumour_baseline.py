"""The baseline tumour assessment of the current patient (RECIST 1.1 section 3): the scan's date
and method, up to five target lesions (at most two per organ; with liver-only disease, at most
two liver targets) with their diameters, the non-target lesions, and CEA.

Rows left empty are not lesions. The program numbers the lesions T1… and NT1… in the order
typed, and refuses what RECIST would not accept at the row it is about.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QWidget

from hai_desktop.core import recist
from hai_desktop.core.errors import HaiError, ValidationError
from hai_desktop.core.tumour_assessment import (
    LesionEntry,
    Method,
    Organ,
    diameter_mm,
    lesion_keys,
)
from hai_desktop.services import tumour_response
from hai_desktop.services.patients import PatientSummary
from hai_desktop.services.tumour_response import BaselineInput
from hai_desktop.services.workspace import Workspace
from hai_desktop.ui.dialogs.base import FormDialog, problem_label
from hai_desktop.ui.i18n import translate
from hai_desktop.ui.widgets.common import choice_box, label, section_title
from hai_desktop.ui.widgets.date_field import DateField
from hai_desktop.ui.widgets.quantity_field import QuantityField

NON_TARGET_ROWS = 3


class LesionRow:
    """The widgets of one lesion row: organ, site, diameter (a target's is required)."""

    def __init__(self, target: bool) -> None:
        self.target = target
        self.organ = choice_box([(translate("Organ", o.value), o.value) for o in Organ])
        self.organ.setMaximumWidth(240)  # the site takes the width
        self.site = QLineEdit()
        self.site.setPlaceholderText(
            QCoreApplication.translate("TumourBaselineDialog", "e.g. segment VIII") if target
            else QCoreApplication.translate("TumourBaselineDialog", "e.g. hepatoduodenal"))
        optional = QCoreApplication.translate("TumourBaselineDialog", "optional")
        self.diameter = QuantityField("lesion_diameter", placeholder="" if target else optional)
        self.problem = problem_label()

    def is_empty(self) -> bool:
        return not (self.organ.currentData() or self.site.text().strip()
                    or self.diameter.text().strip())

    def entry(self) -> LesionEntry:
        organ = self.organ.currentData() or ""
        return LesionEntry(organ, self.target, organ == Organ.LYMPH_NODE, self.site.text(),
                           self.diameter.text())


class TumourBaselineDialog(FormDialog):

    def __init__(self, ws: Workspace, patient: PatientSummary, randomized_on_text: str,
                 parent: QWidget | None = None) -> None:
        rules = recist.protocol_recist()
        intro = self.tr(
            "<b>{id}</b> · {name}, randomized {randomized}. RECIST 1.1: at most {most} target "
            "lesions, {per_organ} per organ; a target is at least {least} mm in longest "
            "diameter (a lymph node at least {node} mm in short axis). Record other lesions as "
            "non-target.").format(
            id=html.escape(patient.display_id), name=html.escape(patient.name),
            randomized=randomized_on_text, most=rules.max_targets,
            per_organ=rules.max_targets_per_organ, least=f"{rules.measurable_min_mm:g}",
            node=f"{rules.node_measurable_min_mm:g}")
        super().__init__(self.tr("Baseline tumour assessment"), intro,
                         self.tr("Save baseline"), parent)
        self.ws, self.patient = ws, patient
        self.baseline_id: int | None = None
        self.assessed_on = DateField()
        self.method = choice_box([(translate("Method", m.value), m.value) for m in Method])
        self.cea = QuantityField("cea", placeholder=self.tr("if measured"))
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("optional (no names)"))
        self.add_field("assessed_on", self.tr("Scan date"), self.assessed_on)
        self.add_field("method", self.tr("Method"), self.method)
        self.add_field("cea", self.tr("CEA"), self.cea, self.cea.edit)
        self.add_field("note", self.tr("Note"), self.note)
        self.targets = [LesionRow(True) for _ in range(rules.max_targets)]
        self.non_targets = [LesionRow(False) for _ in range(NON_TARGET_ROWS)]
        self.lesions_problem = problem_label()
        self.sum_line = label("", "Muted")
        self.body.addLayout(self._grid())
        self.body.addWidget(self.lesions_problem)
        self.watch("lesions", self.targets[0].organ, self.lesions_problem)
        for index, row in enumerate(self.targets + self.non_targets):
            self.watch(f"row{index}", row.organ, row.problem)
            row.diameter.changed.connect(self._show_sum)
        self._show_sum()
        self.assessed_on.setFocus()

    def _grid(self) -> QGridLayout:
        """Targets, their sum, then non-targets, in one grid so the columns line up."""
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(2)
        line = 0
        for title, rows, prefix, size_heading in (
                (self.tr("Target lesions"), self.targets, "T", self.tr("Diameter")),
                (self.tr("Non-target lesions"), self.non_targets, "NT",
                 self.tr("Size (optional)"))):
            grid.addWidget(section_title(title), line, 0, 1, 4)
            line += 1
            for column, heading in enumerate((self.tr("Organ"), self.tr("Site"), size_heading)):
                grid.addWidget(QLabel(f"<b>{heading}</b>"), line, column + 1)
            line += 1
            for number, row in enumerate(rows, start=1):
                grid.addWidget(QLabel(f"{prefix}{number}"), line, 0)
                grid.addWidget(row.organ, line, 1)
                grid.addWidget(row.site, line, 2)
                grid.addWidget(row.diameter, line, 3)
                grid.addWidget(row.problem, line + 1, 1, 1, 3)
                line += 2
            if prefix == "T":
                grid.addWidget(self.sum_line, line, 1, 1, 3)
                line += 1
        grid.setColumnStretch(2, 1)
        return grid

    def _show_sum(self) -> None:
        total = 0.0
        for row in self.targets:
            if row.diameter.text().strip():
                try:
                    total += diameter_mm(row.diameter.text(), "sum")
                except HaiError:
                    self.sum_line.setText(self.tr("Sum of target diameters: —"))
                    return
        self.sum_line.setText(self.tr("Sum of target diameters: {sum:g} mm").format(sum=total))

    def filled(self) -> list[tuple[int, LesionRow]]:
        """The rows with anything typed, targets first, with their index among all rows."""
        rows = self.targets + self.non_targets
        return [(index, row) for index, row in enumerate(rows) if not row.is_empty()]

    def baseline_input(self) -> BaselineInput:
        if self.assessed_on.error():
            raise ValidationError(self.assessed_on.error() or self.tr("Not a date."),
                                  field="assessed_on")
        return BaselineInput(self.patient.id, self.assessed_on.date(),
                             self.method.currentData() or "",
                             [row.entry() for _index, row in self.filled()], self.cea.text(),
                             self.note.text())

    def submit(self) -> bool:
        try:
            entry = self.baseline_input()
            self.baseline_id = self.save(lambda: tumour_response.record_baseline(self.ws, entry))
        except HaiError as error:
            self.show_error(error, self._row_named(error))
            return False
        return True

    def _row_named(self, error: HaiError) -> str | None:
        """A refusal about lesion T2 belongs to the row the program numbered T2."""
        field = error.field if isinstance(error, ValidationError) else None
        filled = self.filled()
        keys = lesion_keys([row.entry() for _index, row in filled])
        for key, (index, _row) in zip(keys, filled, strict=True):
            if key == field:
                return f"row{index}"
        return None
