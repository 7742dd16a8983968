"""Incidents for the investigator (e.g. an envelope card that disagrees with the list)."""

from __future__ import annotations

import enum
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor

from hai_desktop.core.i18n import QT_TRANSLATE_NOOP
from hai_desktop.services.randomization import (
    INCIDENT_CARD_MISMATCH,
    MEDICATION_ERROR,
    IncidentView,
)
from hai_desktop.ui.i18n import date_time_text
from hai_desktop.ui.models.base import ColumnTableModel, bold_font
from hai_desktop.ui.style import ERROR_RED, MUTED

MAX_SUMMARY_CHARS = 140


class IncidentColumn(enum.IntEnum):
    ID = 0
    REPORTED_AT = 1
    REPORTED_BY = 2
    PATIENT = 3
    KIND = 4
    STATE = 5
    SUMMARY = 6

    @property
    def heading(self) -> str:
        return QCoreApplication.translate("IncidentColumn", _HEADINGS[self])


_HEADINGS = {
    IncidentColumn.ID: "#",
    IncidentColumn.REPORTED_AT: QT_TRANSLATE_NOOP("IncidentColumn", "Raised (UTC)"),
    IncidentColumn.REPORTED_BY: QT_TRANSLATE_NOOP("IncidentColumn", "By"),
    IncidentColumn.PATIENT: QT_TRANSLATE_NOOP("IncidentColumn", "Patient"),
    IncidentColumn.KIND: QT_TRANSLATE_NOOP("IncidentColumn", "Kind"),
    IncidentColumn.STATE: QT_TRANSLATE_NOOP("IncidentColumn", "State"),
    IncidentColumn.SUMMARY: QT_TRANSLATE_NOOP("IncidentColumn", "Summary"),
}


# The stored kinds as the column shows them (the English is the kind capitalised, as before).
_KIND_TEXT = {INCIDENT_CARD_MISMATCH: QT_TRANSLATE_NOOP("IncidentKind", "Envelope card mismatch"),
              MEDICATION_ERROR: QT_TRANSLATE_NOOP("IncidentKind", "Medication_error")}


def incident_cell(incident: IncidentView, column: IncidentColumn) -> str:
    match column:
        case IncidentColumn.ID:
            return str(incident.id)
        case IncidentColumn.REPORTED_AT:
            return date_time_text(incident.reported_at)
        case IncidentColumn.REPORTED_BY:
            return incident.reported_by
        case IncidentColumn.PATIENT:
            return incident.patient or "—"
        case IncidentColumn.KIND:
            shown = _KIND_TEXT.get(incident.kind)
            return (QCoreApplication.translate("IncidentKind", shown) if shown
                    else incident.kind.capitalize())
        case IncidentColumn.STATE:
            if incident.resolved and incident.resolved_by:
                return QCoreApplication.translate("IncidentColumn", "Resolved by {name}").format(
                    name=incident.resolved_by)
            return (QCoreApplication.translate("IncidentColumn", "Resolved") if incident.resolved
                    else QCoreApplication.translate("IncidentColumn", "Open"))
        case IncidentColumn.SUMMARY:
            text = incident.summary
            return text if len(text) <= MAX_SUMMARY_CHARS else text[:MAX_SUMMARY_CHARS] + "…"


class IncidentsModel(ColumnTableModel[IncidentView, IncidentColumn]):
    columns = IncidentColumn

    def cell(self, row: IncidentView, column: IncidentColumn) -> str:
        return incident_cell(row, column)

    def sort_key(self, row: IncidentView, column: IncidentColumn) -> Any:
        if column is IncidentColumn.ID:
            return row.id
        if column is IncidentColumn.REPORTED_AT:
            return row.reported_at.isoformat()
        return incident_cell(row, column)

    def style(self, row: IncidentView, column: IncidentColumn, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and column is IncidentColumn.STATE:
            return QColor(MUTED if row.resolved else ERROR_RED)
        if role == Qt.ItemDataRole.FontRole and column is IncidentColumn.STATE and \
                not row.resolved:
            return bold_font()
        if role == Qt.ItemDataRole.ToolTipRole and column is IncidentColumn.SUMMARY:
            if row.resolution:
                return self.tr("{summary}\n\nResolution: {resolution}").format(
                    summary=row.summary, resolution=row.resolution)
            return row.summary
        return None
