"""Every user's HAI competency (Administration): each training recorded, valid today or expired,
voided ones struck through, and staff who access the catheter with none recorded at all."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from hai_desktop.services.competency import CompetencyView
from hai_desktop.ui.models.allergies import struck_font
from hai_desktop.ui.models.base import ColumnTableModel
from hai_desktop.ui.style import ERROR_RED, MUTED, OK_GREEN

VALID, EXPIRED, VOIDED, NONE = "valid today", "expired", "voided", "none recorded"


@dataclass(frozen=True)
class CompetencyRow:
    username: str
    full_name: str
    role: str
    record: CompetencyView | None  # None: nothing recorded for this user

    def state(self, today: date) -> str:
        if self.record is None:
            return NONE
        if self.record.voided:
            return VOIDED
        return VALID if self.record.valid_on(today) else EXPIRED


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
        return _HEADINGS[self]


_HEADINGS = {
    CompetencyColumn.USER: "User",
    CompetencyColumn.ROLE: "Role",
    CompetencyColumn.TRAINED_ON: "Trained on",
    CompetencyColumn.TRAINER: "Trainer",
    CompetencyColumn.VALID_UNTIL: "Valid until",
    CompetencyColumn.STATE: "Today",
    CompetencyColumn.NOTE: "Note",
}


def _day(value: date) -> str:
    return f"{value:%d %b %Y}"


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
                return row.state(self.today)
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
                return (f"voided: {record.void_reason}" if record.voided
                        else record.note or "")

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
            if state == VOIDED:
                return QColor(MUTED)
            if column is CompetencyColumn.STATE:
                return QColor(OK_GREEN if state == VALID else ERROR_RED)
        if role == Qt.ItemDataRole.ToolTipRole and row.record is not None:
            return f"Recorded by {row.record.recorded_by}. {self.cell(row, column)}"
        return None
