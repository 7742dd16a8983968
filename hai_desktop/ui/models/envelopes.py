"""The sealed envelopes and the balance report as table models.

Concealment lives here too: an arm is shown only for an envelope that was opened for a patient
(status "used"), whatever the row object carries.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from hai_desktop.core.arms import Arm
from hai_desktop.services.randomization import (
    USED,
    VOIDED,
    EnvelopeView,
    ListSummary,
    balance_rows,
)
from hai_desktop.ui.models.base import ColumnTableModel, bold_font
from hai_desktop.ui.style import MUTED, STATUS_COLOURS

STATUS_LABELS = {"unused": "Unused (sealed)", USED: "Used", VOIDED: "Voided"}


class EnvelopeColumn(enum.IntEnum):
    NUMBER = 0
    STRATUM = 1
    STATUS = 2
    ARM = 3
    STUDY_ID = 4
    USED_AT = 5
    VOID_REASON = 6

    @property
    def heading(self) -> str:
        return _HEADINGS[self]


_HEADINGS = {
    EnvelopeColumn.NUMBER: "Envelope",
    EnvelopeColumn.STRATUM: "Stratum",
    EnvelopeColumn.STATUS: "Status",
    EnvelopeColumn.ARM: "Arm",
    EnvelopeColumn.STUDY_ID: "Study ID",
    EnvelopeColumn.USED_AT: "Used (UTC)",
    EnvelopeColumn.VOID_REASON: "Void reason",
}


def shown_arm(envelope: EnvelopeView) -> Arm | None:
    """The arm, only for an opened envelope: a sealed or voided one never shows it."""
    return envelope.arm if envelope.status == USED else None


def envelope_cell(envelope: EnvelopeView, column: EnvelopeColumn) -> str:
    match column:
        case EnvelopeColumn.NUMBER:
            return envelope.number
        case EnvelopeColumn.STRATUM:
            return f"{envelope.stratum.code} · {envelope.stratum.label}"
        case EnvelopeColumn.STATUS:
            return STATUS_LABELS.get(envelope.status, envelope.status)
        case EnvelopeColumn.ARM:
            arm = shown_arm(envelope)
            return arm.short if arm else ""
        case EnvelopeColumn.STUDY_ID:
            return envelope.study_id or ""
        case EnvelopeColumn.USED_AT:
            return f"{envelope.used_at:%d %b %Y %H:%M}" if envelope.used_at else ""
        case EnvelopeColumn.VOID_REASON:
            return envelope.void_reason or ""


class EnvelopesModel(ColumnTableModel[EnvelopeView, EnvelopeColumn]):
    columns = EnvelopeColumn

    def cell(self, row: EnvelopeView, column: EnvelopeColumn) -> str:
        return envelope_cell(row, column)

    def row_of(self, number: str) -> int | None:
        return next((i for i, e in enumerate(self._rows) if e.number == number), None)

    def style(self, row: EnvelopeView, column: EnvelopeColumn, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.status == VOIDED:
                return QColor(MUTED)
            if row.status == USED and column in (EnvelopeColumn.STATUS, EnvelopeColumn.ARM):
                return QColor(STATUS_COLOURS["randomized"])
        if role == Qt.ItemDataRole.FontRole and column is EnvelopeColumn.NUMBER:
            return bold_font()
        if role == Qt.ItemDataRole.ToolTipRole and column is EnvelopeColumn.VOID_REASON:
            return row.void_reason or None
        return None


# ---- balance report ----------------------------------------------------------------------------

@dataclass(frozen=True)
class BalanceRow:
    stratum: str
    hai: int
    control: int
    unused: int
    voided: int
    overall: bool = False

    @property
    def allocated(self) -> int:
        return self.hai + self.control


def balance_table(summary: ListSummary) -> list[BalanceRow]:
    """services.randomization.balance_rows: per stratum, then the overall line."""
    rows = balance_rows(summary)
    return [BalanceRow(*row, overall=i == len(rows) - 1) for i, row in enumerate(rows)]


class BalanceColumn(enum.IntEnum):
    STRATUM = 0
    HAI = 1
    CONTROL = 2
    ALLOCATED = 3
    UNUSED = 4
    VOIDED = 5

    @property
    def heading(self) -> str:
        return {BalanceColumn.STRATUM: "Stratum", BalanceColumn.HAI: "Experimental (HAI)",
                BalanceColumn.CONTROL: "Control", BalanceColumn.ALLOCATED: "Randomized",
                BalanceColumn.UNUSED: "Envelopes left", BalanceColumn.VOIDED: "Voided"}[self]


class BalanceModel(ColumnTableModel[BalanceRow, BalanceColumn]):
    columns = BalanceColumn

    def cell(self, row: BalanceRow, column: BalanceColumn) -> str:
        match column:
            case BalanceColumn.STRATUM:
                return row.stratum
            case BalanceColumn.HAI:
                return str(row.hai)
            case BalanceColumn.CONTROL:
                return str(row.control)
            case BalanceColumn.ALLOCATED:
                return str(row.allocated)
            case BalanceColumn.UNUSED:
                return str(row.unused)
            case BalanceColumn.VOIDED:
                return str(row.voided)

    def style(self, row: BalanceRow, column: BalanceColumn, role: int) -> Any:
        if role == Qt.ItemDataRole.FontRole and row.overall:
            return bold_font()
        if role == Qt.ItemDataRole.TextAlignmentRole and column is not BalanceColumn.STRATUM:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
