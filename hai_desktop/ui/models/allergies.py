"""A patient's allergies and infusion reactions; voided entries struck through (shown only when
asked for), corrections named in the tooltip."""

from __future__ import annotations

import enum
from datetime import tzinfo
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont

from hai_desktop.core.clock import local, stamp
from hai_desktop.store.models import Allergy
from hai_desktop.ui.models.base import ColumnTableModel
from hai_desktop.ui.style import ERROR_RED, MUTED

# What a nurse must see first: reactions that can kill are red.
SERIOUS = ("severe", "life-threatening")


class AllergyColumn(enum.IntEnum):
    ALLERGEN = 0
    KIND = 1
    REACTION = 2
    SEVERITY = 3
    SOURCE = 4
    NOTED_ON = 5
    RECORDED = 6

    @property
    def heading(self) -> str:
        return _HEADINGS[self]


_HEADINGS = {
    AllergyColumn.ALLERGEN: "Allergen",
    AllergyColumn.KIND: "Kind",
    AllergyColumn.REACTION: "Reaction",
    AllergyColumn.SEVERITY: "Severity",
    AllergyColumn.SOURCE: "Source",
    AllergyColumn.NOTED_ON: "Date",
    AllergyColumn.RECORDED: "Recorded",
}


def struck_font() -> QFont:
    font = QFont()
    font.setStrikeOut(True)
    return font


class AllergiesTableModel(ColumnTableModel[Allergy, AllergyColumn]):
    columns = AllergyColumn

    def __init__(self, zone: tzinfo, parent: Any = None) -> None:
        super().__init__(parent)
        self.zone = zone
        self.names: dict[str, str] = {}

    def set_allergies(self, rows: list[Allergy], names: dict[str, str]) -> None:
        self.names = names
        self.set_rows(rows)

    def _who(self, username: str | None) -> str:
        return self.names.get(username or "", username or "—")

    def cell(self, row: Allergy, column: AllergyColumn) -> str:
        match column:
            case AllergyColumn.ALLERGEN:
                return row.allergen + (" (voided)" if row.voided else "")
            case AllergyColumn.KIND:
                return row.category
            case AllergyColumn.REACTION:
                return row.reaction or "—"
            case AllergyColumn.SEVERITY:
                return row.severity
            case AllergyColumn.SOURCE:
                return row.source
            case AllergyColumn.NOTED_ON:
                return f"{row.noted_on:%d %b %Y}" if row.noted_on else "—"
            case AllergyColumn.RECORDED:
                # The day and who; the time is in the tooltip.
                day = local(row.recorded_at, self.zone)
                text = f"{day:%d %b %Y} · {self._who(row.recorded_by)}"
                return text + (" (corrected)" if row.updated_at is not None else "")

    def sort_key(self, row: Allergy, column: AllergyColumn) -> Any:
        if column is AllergyColumn.NOTED_ON:
            return row.noted_on.isoformat() if row.noted_on else ""
        if column is AllergyColumn.RECORDED:
            return row.recorded_at.isoformat()
        return self.cell(row, column)

    def tooltip(self, row: Allergy) -> str:
        lines = [f"Recorded by {self._who(row.recorded_by)} on "
                 f"{stamp(row.recorded_at, self.zone)}"]
        if row.updated_at is not None:
            lines.append(f"Corrected by {self._who(row.updated_by)} on "
                         f"{stamp(row.updated_at, self.zone)} (reason in the audit trail)")
        if row.voided:
            lines.append(f"Voided: {row.void_reason}")
        return "\n".join(lines)

    def style(self, row: Allergy, column: AllergyColumn, role: int) -> Any:
        if role == Qt.ItemDataRole.FontRole and row.voided:
            return struck_font()
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.voided:
                return QColor(MUTED)
            if column is AllergyColumn.SEVERITY and row.severity in SERIOUS:
                return QColor(ERROR_RED)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row)
        return None
