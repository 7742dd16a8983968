"""The patient list as a table model; sorting goes through a proxy on SORT_ROLE."""

from __future__ import annotations

import enum
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor

from hai_desktop.core.i18n import QT_TRANSLATE_NOOP
from hai_desktop.services.patients import PatientSummary
from hai_desktop.ui.i18n import arm_short_text, date_text, patient_status_text
from hai_desktop.ui.models.base import SORT_ROLE, ColumnTableModel, bold_font
from hai_desktop.ui.style import STATUS_COLOURS

__all__ = ["SORT_ROLE", "PatientColumn", "PatientsTableModel", "patient_cell"]


class PatientColumn(enum.IntEnum):
    STUDY_ID = 0
    SCREENING_NUMBER = 1
    INITIALS = 2
    SEX = 3
    DATE_OF_BIRTH = 4
    STATUS = 5
    ARM = 6
    CYCLE = 7

    @property
    def heading(self) -> str:
        return QCoreApplication.translate("PatientColumn", _HEADINGS[self])


_HEADINGS = {
    PatientColumn.STUDY_ID: QT_TRANSLATE_NOOP("PatientColumn", "Study ID"),
    PatientColumn.SCREENING_NUMBER: QT_TRANSLATE_NOOP("PatientColumn", "Screening no."),
    PatientColumn.INITIALS: QT_TRANSLATE_NOOP("PatientColumn", "Initials"),
    PatientColumn.SEX: QT_TRANSLATE_NOOP("PatientColumn", "Sex"),
    PatientColumn.DATE_OF_BIRTH: QT_TRANSLATE_NOOP("PatientColumn", "Date of birth"),
    PatientColumn.STATUS: QT_TRANSLATE_NOOP("PatientColumn", "Status"),
    PatientColumn.ARM: QT_TRANSLATE_NOOP("PatientColumn", "Arm"),
    PatientColumn.CYCLE: QT_TRANSLATE_NOOP("PatientColumn", "Cycle"),
}


def patient_cell(patient: PatientSummary, column: PatientColumn) -> str:
    match column:
        case PatientColumn.STUDY_ID:
            return patient.study_id or "—"
        case PatientColumn.SCREENING_NUMBER:
            return patient.screening_number
        case PatientColumn.INITIALS:
            return patient.initials
        case PatientColumn.SEX:
            return patient.sex
        case PatientColumn.DATE_OF_BIRTH:
            return date_text(patient.date_of_birth)
        case PatientColumn.STATUS:
            return patient_status_text(patient)
        case PatientColumn.ARM:
            return arm_short_text(patient.arm) if patient.arm else "—"
        case PatientColumn.CYCLE:
            return str(patient.current_cycle) if patient.current_cycle else "—"


def _sort_key(patient: PatientSummary, column: PatientColumn) -> Any:
    if column is PatientColumn.DATE_OF_BIRTH:
        return patient.date_of_birth.isoformat()
    if column is PatientColumn.CYCLE:
        return patient.current_cycle or 0
    return patient_cell(patient, column)


class PatientsTableModel(ColumnTableModel[PatientSummary, PatientColumn]):
    columns = PatientColumn

    def set_patients(self, patients: list[PatientSummary]) -> None:
        self.set_rows(patients)

    def patient_at(self, row: int) -> PatientSummary:
        return self.row_at(row)

    def row_of(self, patient_id: int) -> int | None:
        return next((i for i, p in enumerate(self._rows) if p.id == patient_id), None)

    def cell(self, row: PatientSummary, column: PatientColumn) -> str:
        return patient_cell(row, column)

    def sort_key(self, row: PatientSummary, column: PatientColumn) -> Any:
        return _sort_key(row, column)

    def style(self, row: PatientSummary, column: PatientColumn, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and column is PatientColumn.STATUS:
            return QColor(STATUS_COLOURS.get(row.status.value, "#1d2733"))
        if role == Qt.ItemDataRole.FontRole and column in (PatientColumn.STUDY_ID,
                                                           PatientColumn.STATUS):
            return bold_font()
        return None
