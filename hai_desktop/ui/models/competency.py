"""Every user's HAI competency (Administration): each training recorded, valid today, expired
or (expired but followed by a later training) renewed, voided ones struck through, and staff
who access the catheter with none recorded at all."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor

from hai_desktop.core.i18n import QT_TRANSLATE_NOOP
from hai_desktop.services.competency import CompetencyView
from hai_desktop.ui.i18n import date_text
from hai_desktop.ui.models.allergies import struck_font
from hai_desktop.ui.models.base import ColumnTableModel
from hai_desktop.ui.style import ERROR_RED, MUTED, OK_GREEN

# The states in English (what tests and code compare); shown through state_text().
VALID = QT_TRANSLATE_NOOP("CompetencyTableModel", "valid today")
EXPIRED = QT_TRANSLATE_NOOP("CompetencyTableModel", "expired")
RENEWED = QT_TRANSLATE_NOOP("CompetencyTableModel", "expired, renewed")
VOIDED = QT_TRANSLATE_NOOP("CompetencyTableModel", "voided")
NONE = QT_TRANSLATE_NOOP("CompetencyTableModel", "none recorded")


def state_text(state: str) -> str:
    return QCoreApplication.translate("CompetencyTableModel", state)


@dataclass(frozen=True)
class CompetencyRow:
    username: str
    full_name: str
    role: str
    record: CompetencyView | None  # None: nothing recorded for this user
    renewed: bool = False  # a later training of the same person is recorded

    def state(self, today: date) -> str:
        if self.record is None:
            return NONE
        if self.record.voided:
            return VOIDED
        if self.record.valid_on(today):
            return VALID
        # An old training is history, not an alarm, once a later one is recorded.
        return RENEWED if self.renewed else EXPIRED


class CompetencyColumn(enum.IntEnum):
    USER = 0
    ROLE = 1
    TRAINED_ON = 2
    TRAINER = 3
    VALID_UNTIL = 4
    STATE = 5
    NOTE = 6

    @property
    def heading(self) -> str:
        return QCoreApplication.translate("CompetencyColumn", _HEADINGS[self])


_HEADINGS = {
    CompetencyColumn.USER: QT_TRANSLATE_NOOP("CompetencyColumn", "User"),
    CompetencyColumn.ROLE: QT_TRANSLATE_NOOP("CompetencyColumn", "Role"),
    CompetencyColumn.TRAINED_ON: QT_TRANSLATE_NOOP("CompetencyColumn", "Trained on"),
    CompetencyColumn.TRAINER: QT_TRANSLATE_NOOP("CompetencyColumn", "Trainer"),
    CompetencyColumn.VALID_UNTIL: QT_TRANSLATE_NOOP("CompetencyColumn", "Valid until"),
    CompetencyColumn.STATE: QT_TRANSLATE_NOOP("CompetencyColumn", "Today"),
    CompetencyColumn.NOTE: QT_TRANSLATE_NOOP("CompetencyColumn", "Note"),
}


def _day(value: date) -> str:
    return date_text(value)


class CompetencyTableModel(ColumnTableModel[CompetencyRow, CompetencyColumn]):
    columns = CompetencyColumn

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.today = date.today()

    def set_competencies(self, rows: list[CompetencyRow], today: date) -> None:
        self.today = today
        self.set_rows(rows)

    def cell(self, row: CompetencyRow, column: CompetencyColumn) -> str:
        record = row.record
        match column:
            case CompetencyColumn.USER:
                return f"{row.full_name} ({row.username})"
            case CompetencyColumn.ROLE:
                return row.role
            case CompetencyColumn.STATE:
                return state_text(row.state(self.today))
        if record is None:
            return "—"
        match column:
            case CompetencyColumn.TRAINED_ON:
                return _day(record.trained_on)
            case CompetencyColumn.TRAINER:
                return record.trainer
            case CompetencyColumn.VALID_UNTIL:
                return _day(record.valid_until)
            case _:
                return (self.tr("voided: {reason}").format(reason=record.void_reason)
                        if record.voided else record.note or "")

    def sort_key(self, row: CompetencyRow, column: CompetencyColumn) -> Any:
        if row.record is not None and column is CompetencyColumn.TRAINED_ON:
            return row.record.trained_on.isoformat()
        if row.record is not None and column is CompetencyColumn.VALID_UNTIL:
            return row.record.valid_until.isoformat()
        return self.cell(row, column)

    def style(self, row: CompetencyRow, column: CompetencyColumn, role: int) -> Any:
        state = row.state(self.today)
        if role == Qt.ItemDataRole.FontRole and state == VOIDED:
            return struck_font()
        if role == Qt.ItemDataRole.ForegroundRole:
            if state in (VOIDED, RENEWED):
                return QColor(MUTED)
            if column is CompetencyColumn.STATE:
                return QColor(OK_GREEN if state == VALID else ERROR_RED)
        if role == Qt.ItemDataRole.ToolTipRole and row.record is not None:
            return self.tr("Recorded by {user}. {cell}").format(
                user=row.record.recorded_by, cell=self.cell(row, column))
        return None
