"""The screening log as a table model (services.screening.screening_log rows)."""

from __future__ import annotations

import enum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from hai_desktop.core.eligibility import Status
from hai_desktop.services.screening import ScreeningLogRow
from hai_desktop.ui.style import ERROR_RED, MUTED, OK_GREEN, STATUS_COLOURS

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


class LogColumn(enum.IntEnum):
    SCREENING_NUMBER = 0
    STUDY_ID = 1
    INITIALS = 2
    SEX = 3
    CONSENT = 4
    STATUS = 5
    ELIGIBILITY = 6
    ASSESSED = 7
    REASONS = 8

    @property
    def heading(self) -> str:
        return _HEADINGS[self]


_HEADINGS = {
    LogColumn.SCREENING_NUMBER: "Screening no.",
    LogColumn.STUDY_ID: "Study ID",
    LogColumn.INITIALS: "Initials",
    LogColumn.SEX: "Sex",
    LogColumn.CONSENT: "Consent",
    LogColumn.STATUS: "Status",
    LogColumn.ELIGIBILITY: "Eligibility",
    LogColumn.ASSESSED: "Assessed",
    LogColumn.REASONS: "Reasons for ineligibility",
}


def eligibility_text(row: ScreeningLogRow) -> str:
    if row.confirmed:
        return row.result.label
    return "Not confirmed" if row.result is Status.UNDETERMINED else \
        f"Not confirmed ({row.result.label.lower()} so far)"


def log_cell(row: ScreeningLogRow, column: LogColumn) -> str:
    match column:
        case LogColumn.SCREENING_NUMBER:
            return row.screening_number
        case LogColumn.STUDY_ID:
            return row.study_id or "—"
        case LogColumn.INITIALS:
            return row.initials
        case LogColumn.SEX:
            return row.sex
        case LogColumn.CONSENT:
            return f"{row.consent_date:%d %b %Y}" if row.consent_date else "—"
        case LogColumn.STATUS:
            return row.patient_status.label
        case LogColumn.ELIGIBILITY:
            return eligibility_text(row)
        case LogColumn.ASSESSED:
            return f"{row.assessed_on:%d %b %Y}" if row.assessed_on else "—"
        case LogColumn.REASONS:
            return "; ".join(row.failed_criteria) if row.failed_criteria else ""


def _sort_key(row: ScreeningLogRow, column: LogColumn) -> Any:
    if column is LogColumn.CONSENT:
        return row.consent_date.isoformat() if row.consent_date else ""
    if column is LogColumn.ASSESSED:
        return row.assessed_on.isoformat() if row.assessed_on else ""
    return log_cell(row, column)


class ScreeningLogModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ScreeningLogRow] = []

    def set_rows(self, rows: list[ScreeningLogRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> ScreeningLogRow:
        return self._rows[row]

    def rows(self) -> list[ScreeningLogRow]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(LogColumn)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return LogColumn(section).heading
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = LogColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return log_cell(row, column)
        if role == SORT_ROLE:
            return _sort_key(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column is LogColumn.REASONS and row.reasons:
            return "\n".join(row.reasons)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column is LogColumn.STATUS:
                return QColor(STATUS_COLOURS.get(row.patient_status.value, "#1d2733"))
            if column is LogColumn.ELIGIBILITY:
                if not row.confirmed:
                    return QColor(MUTED)
                return QColor(OK_GREEN if row.result is Status.ELIGIBLE else ERROR_RED)
        if role == Qt.ItemDataRole.FontRole and column in (LogColumn.SCREENING_NUMBER,
                                                           LogColumn.ELIGIBILITY):
            font = QFont()
            font.setBold(True)
            return font
        return None
