"""The screening log as a table model (services.screening.screening_log rows)."""

from __future__ import annotations

import enum
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor

from hai_desktop.core.eligibility import Status
from hai_desktop.core.i18n import QT_TRANSLATE_NOOP
from hai_desktop.services.screening import ScreeningLogRow
from hai_desktop.ui.i18n import date_text, message_text, status_text
from hai_desktop.ui.models.base import SORT_ROLE, ColumnTableModel, bold_font
from hai_desktop.ui.style import ERROR_RED, MUTED, OK_GREEN, STATUS_COLOURS

__all__ = ["SORT_ROLE", "LogColumn", "ScreeningLogModel", "eligibility_status_text",
           "eligibility_text", "log_cell"]


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
        return QCoreApplication.translate("ScreeningLogModel", _HEADINGS[self])


_HEADINGS = {
    LogColumn.SCREENING_NUMBER: QT_TRANSLATE_NOOP("ScreeningLogModel", "Screening no."),
    LogColumn.STUDY_ID: QT_TRANSLATE_NOOP("ScreeningLogModel", "Study ID"),
    LogColumn.INITIALS: QT_TRANSLATE_NOOP("ScreeningLogModel", "Initials"),
    LogColumn.SEX: QT_TRANSLATE_NOOP("ScreeningLogModel", "Sex"),
    LogColumn.CONSENT: QT_TRANSLATE_NOOP("ScreeningLogModel", "Consent"),
    LogColumn.STATUS: QT_TRANSLATE_NOOP("ScreeningLogModel", "Status"),
    LogColumn.ELIGIBILITY: QT_TRANSLATE_NOOP("ScreeningLogModel", "Eligibility"),
    LogColumn.ASSESSED: QT_TRANSLATE_NOOP("ScreeningLogModel", "Assessed"),
    LogColumn.REASONS: QT_TRANSLATE_NOOP("ScreeningLogModel", "Reasons for ineligibility"),
}

# core.eligibility.Status.label, marked here (core does not mark it).
_STATUS_LABELS = {
    Status.ELIGIBLE: QT_TRANSLATE_NOOP("ScreeningLogModel", "Eligible"),
    Status.INELIGIBLE: QT_TRANSLATE_NOOP("ScreeningLogModel", "Ineligible"),
    Status.UNDETERMINED: QT_TRANSLATE_NOOP("ScreeningLogModel", "Not yet determined"),
}


def eligibility_status_text(status: Status) -> str:
    """Status.label in the interface's language."""
    return QCoreApplication.translate("ScreeningLogModel", _STATUS_LABELS[status])


def eligibility_text(row: ScreeningLogRow) -> str:
    if row.confirmed:
        return eligibility_status_text(row.result)
    if row.result is Status.ELIGIBLE:
        return QCoreApplication.translate("ScreeningLogModel", "Not confirmed (eligible so far)")
    if row.result is Status.INELIGIBLE:
        return QCoreApplication.translate("ScreeningLogModel",
                                          "Not confirmed (ineligible so far)")
    return QCoreApplication.translate("ScreeningLogModel", "Not confirmed")


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
            return date_text(row.consent_date) if row.consent_date else "—"
        case LogColumn.STATUS:
            return status_text(row.patient_status)
        case LogColumn.ELIGIBILITY:
            return eligibility_text(row)
        case LogColumn.ASSESSED:
            return date_text(row.assessed_on) if row.assessed_on else "—"
        case LogColumn.REASONS:
            return "; ".join(message_text(c) for c in row.failed_criteria)


def _sort_key(row: ScreeningLogRow, column: LogColumn) -> Any:
    if column is LogColumn.CONSENT:
        return row.consent_date.isoformat() if row.consent_date else ""
    if column is LogColumn.ASSESSED:
        return row.assessed_on.isoformat() if row.assessed_on else ""
    return log_cell(row, column)


class ScreeningLogModel(ColumnTableModel[ScreeningLogRow, LogColumn]):
    columns = LogColumn

    def cell(self, row: ScreeningLogRow, column: LogColumn) -> str:
        return log_cell(row, column)

    def sort_key(self, row: ScreeningLogRow, column: LogColumn) -> Any:
        return _sort_key(row, column)

    def style(self, row: ScreeningLogRow, column: LogColumn, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and column is LogColumn.REASONS and row.reasons:
            return "\n".join(message_text(r) for r in row.reasons)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column is LogColumn.STATUS:
                return QColor(STATUS_COLOURS.get(row.patient_status.value, "#1d2733"))
            if column is LogColumn.ELIGIBILITY:
                if not row.confirmed:
                    return QColor(MUTED)
                return QColor(OK_GREEN if row.result is Status.ELIGIBLE else ERROR_RED)
        if role == Qt.ItemDataRole.FontRole and column in (LogColumn.SCREENING_NUMBER,
                                                           LogColumn.ELIGIBILITY):
            return bold_font()
        return None
