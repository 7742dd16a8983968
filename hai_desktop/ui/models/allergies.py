"""A patient's allergies and infusion reactions; voided entries struck through (shown only when
asked for), corrections named in the tooltip."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from datetime import tzinfo
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont

from hai_desktop.core.clock import local
from hai_desktop.core.i18n import QT_TRANSLATE_NOOP
from hai_desktop.records import AllergyRecord
from hai_desktop.ui.i18n import date_text, stamp_text, translate
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
        return QCoreApplication.translate("AllergyColumn", _HEADINGS[self])


_HEADINGS = {
    AllergyColumn.ALLERGEN: QT_TRANSLATE_NOOP("AllergyColumn", "Allergen"),
    AllergyColumn.KIND: QT_TRANSLATE_NOOP("AllergyColumn", "Kind"),
    AllergyColumn.REACTION: QT_TRANSLATE_NOOP("AllergyColumn", "Reaction"),
    AllergyColumn.SEVERITY: QT_TRANSLATE_NOOP("AllergyColumn", "Severity"),
    AllergyColumn.SOURCE: QT_TRANSLATE_NOOP("AllergyColumn", "Source"),
    AllergyColumn.NOTED_ON: QT_TRANSLATE_NOOP("AllergyColumn", "Date"),
    AllergyColumn.RECORDED: QT_TRANSLATE_NOOP("AllergyColumn", "Recorded"),
}


def struck_font() -> QFont:
    font = QFont()
    font.setStrikeOut(True)
    return font


class AllergiesTableModel(ColumnTableModel[AllergyRecord, AllergyColumn]):
    columns = AllergyColumn

    def __init__(self, zone: tzinfo, parent: Any = None) -> None:
        super().__init__(parent)
        self.zone = zone
        self.names: dict[str, str] = {}

    def set_allergies(self, rows: Sequence[AllergyRecord], names: dict[str, str]) -> None:
        self.names = names
        self.set_rows(rows)

    def _who(self, username: str | None) -> str:
        return self.names.get(username or "", username or "—")

    def cell(self, row: AllergyRecord, column: AllergyColumn) -> str:
        match column:
            case AllergyColumn.ALLERGEN:
                return (self.tr("{allergen} (voided)").format(allergen=row.allergen)
                        if row.voided else row.allergen)
            case AllergyColumn.KIND:
                return translate("AllergyCategory", row.category)
            case AllergyColumn.REACTION:
                return row.reaction or "—"
            case AllergyColumn.SEVERITY:
                return translate("AllergySeverity", row.severity)
            case AllergyColumn.SOURCE:
                return translate("AllergySource", row.source)  # typed words stay as typed
            case AllergyColumn.NOTED_ON:
                return date_text(row.noted_on)
            case AllergyColumn.RECORDED:
                # The day and who; the time is in the tooltip.
                day = date_text(local(row.recorded_at, self.zone).date())
                who = self._who(row.recorded_by)
                return (self.tr("{day} · {who} (corrected)") if row.updated_at is not None
                        else self.tr("{day} · {who}")).format(day=day, who=who)

    def sort_key(self, row: AllergyRecord, column: AllergyColumn) -> Any:
        if column is AllergyColumn.NOTED_ON:
            return row.noted_on.isoformat() if row.noted_on else ""
        if column is AllergyColumn.RECORDED:
            return row.recorded_at.isoformat()
        return self.cell(row, column)

    def tooltip(self, row: AllergyRecord) -> str:
        lines = [self.tr("Recorded by {who} on {time}").format(
            who=self._who(row.recorded_by), time=stamp_text(row.recorded_at, self.zone))]
        if row.updated_at is not None:
            lines.append(self.tr("Corrected by {who} on {time} (reason in the audit trail)")
                         .format(who=self._who(row.updated_by),
                                 time=stamp_text(row.updated_at, self.zone)))
        if row.voided:
            lines.append(self.tr("Voided: {reason}").format(reason=row.void_reason))
        return "\n".join(lines)

    def style(self, row: AllergyRecord, column: AllergyColumn, role: int) -> Any:
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
