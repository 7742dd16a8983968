"""The Today worklist as a table model: most urgent first; sorting goes through a proxy."""

from __future__ import annotations

import enum
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor

from hai_desktop.core.i18n import QT_TRANSLATE_NOOP
from hai_desktop.core.roles import Role
from hai_desktop.services.today import Place, TodayItem, urgency
from hai_desktop.ui.i18n import message_text, role_text, short_day_text
from hai_desktop.ui.models.base import ColumnTableModel, bold_font
from hai_desktop.ui.style import ERROR_RED, WARNING_BG


class TodayColumn(enum.IntEnum):
    WHEN = 0
    PATIENT = 1  # the ID and, below it, the name (Hangul · Latin letters)
    TASK = 2
    DETAILS = 3
    OPENS = 4
    WHO = 5

    @property
    def heading(self) -> str:
        return QCoreApplication.translate("TodayColumn", _HEADINGS[self])


_HEADINGS = {
    TodayColumn.WHEN: QT_TRANSLATE_NOOP("TodayColumn", "When"),
    TodayColumn.PATIENT: QT_TRANSLATE_NOOP("TodayColumn", "Patient"),
    TodayColumn.TASK: QT_TRANSLATE_NOOP("TodayColumn", "Task"),
    TodayColumn.DETAILS: QT_TRANSLATE_NOOP("TodayColumn", "What exactly"),
    TodayColumn.OPENS: QT_TRANSLATE_NOOP("TodayColumn", "Opens"),
    TodayColumn.WHO: QT_TRANSLATE_NOOP("TodayColumn", "Done by"),
}

# The sidebar's names of the screens (the main window's SCREENS: same context and text).
_PLACE_SCREENS = {
    Place.ORDERS: QT_TRANSLATE_NOOP("Screens", "Dosing & Orders"),
    Place.CATHETER: QT_TRANSLATE_NOOP("Screens", "Catheter"),
    Place.TOXICITY: QT_TRANSLATE_NOOP("Screens", "Toxicity"),
    Place.SCREENING: QT_TRANSLATE_NOOP("Screens", "Screening"),
    Place.RANDOMIZATION: QT_TRANSLATE_NOOP("Screens", "Randomization"),
    Place.RESPONSE: QT_TRANSLATE_NOOP("Screens", "Response"),
}


def place_text(place: Place) -> str:
    return QCoreApplication.translate("Screens", _PLACE_SCREENS[place])


def when_text(item: TodayItem, today: date) -> str:
    """"Overdue 2 days", "Due today", "Due 18 Dec" or "Since 2 Dec"."""
    if item.overdue:
        days = item.days_overdue(today)
        # The sign, not only the red: it stays when the row is selected, and without colour.
        return (QCoreApplication.translate("TodayModel", "⚠ Overdue 1 day") if days == 1 else
                QCoreApplication.translate("TodayModel", "⚠ Overdue {n} days").format(n=days))
    if item.due:
        return (QCoreApplication.translate("TodayModel", "Due today") if item.day == today else
                QCoreApplication.translate("TodayModel", "Due {day}").format(
                    day=short_day_text(item.day)))
    if item.day >= today:
        return QCoreApplication.translate("TodayModel", "Since today")
    return QCoreApplication.translate("TodayModel", "Since {day}").format(
        day=short_day_text(item.day))


def who_text(roles: frozenset[Role]) -> str:
    return ", ".join(role_text(role) for role in Role if role in roles)


class TodayModel(ColumnTableModel[TodayItem, TodayColumn]):
    columns = TodayColumn

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.today = date.today()

    def set_items(self, items: list[TodayItem], today: date) -> None:
        self.today = today
        self.set_rows(items)

    def cell(self, row: TodayItem, column: TodayColumn) -> str:
        match column:
            case TodayColumn.WHEN:
                return when_text(row, self.today)
            case TodayColumn.PATIENT:
                return f"{row.patient.display_id}\n{row.patient.name}"
            case TodayColumn.TASK:
                return QCoreApplication.translate("TodayKind", row.kind.value)
            case TodayColumn.DETAILS:
                return message_text(row.what)
            case TodayColumn.OPENS:
                return place_text(row.place)
            case TodayColumn.WHO:
                return who_text(row.acted_on_by)

    def sort_key(self, row: TodayItem, column: TodayColumn) -> Any:
        if column is TodayColumn.WHEN:
            rank, day, kind, patient = urgency(row, self.today)
            return f"{rank}|{day.isoformat()}|{kind:03d}|{patient}"
        return self.cell(row, column)

    def style(self, row: TodayItem, column: TodayColumn, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and column is TodayColumn.WHEN and row.overdue:
            return QColor(ERROR_RED)
        if role == Qt.ItemDataRole.BackgroundRole and row.overdue:
            return QColor(WARNING_BG)
        if role == Qt.ItemDataRole.FontRole and (
                column is TodayColumn.TASK or (column is TodayColumn.WHEN and row.overdue)):
            return bold_font()
        if role == Qt.ItemDataRole.ToolTipRole and column is TodayColumn.DETAILS:
            detail = message_text(row.detail) if row.detail else ""
            what = message_text(row.what)
            return f"{what}\n\n{detail}" if detail else what
        return None
