"""The sealed envelopes and the balance report as table models.

Concealment lives here too: an arm is shown only for an envelope that was opened for a patient
(status "used"), whatever the row object carries.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor

from hai_desktop.core.arms import Arm
from hai_desktop.core.i18n import QT_TRANSLATE_NOOP
from hai_desktop.core.randomization import Stratum
from hai_desktop.services.randomization import (
    USED,
    VOIDED,
    EnvelopeView,
    ListSummary,
    balance_rows,
)
from hai_desktop.ui.i18n import arm_short_text, date_time_text
from hai_desktop.ui.models.base import ColumnTableModel, bold_font
from hai_desktop.ui.style import MUTED, STATUS_COLOURS

# English, marked for translation: shown through status_label().
STATUS_LABELS = {"unused": QT_TRANSLATE_NOOP("EnvelopesModel", "Unused (sealed)"),
                 USED: QT_TRANSLATE_NOOP("EnvelopesModel", "Used"),
                 VOIDED: QT_TRANSLATE_NOOP("EnvelopesModel", "Voided")}


def status_label(status: str) -> str:
    return QCoreApplication.translate("EnvelopesModel", STATUS_LABELS[status]) \
        if status in STATUS_LABELS else status


def stratum_text(stratum: Stratum) -> str:
    """core.randomization.Stratum.label ("ECOG 1 / adjuvant no") in the interface's language."""
    text = (QCoreApplication.translate("EnvelopesModel", "ECOG {ecog} / adjuvant yes")
            if stratum.prior_adjuvant else
            QCoreApplication.translate("EnvelopesModel", "ECOG {ecog} / adjuvant no"))
    return text.format(ecog=stratum.ecog)


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
        return QCoreApplication.translate("EnvelopesModel", _HEADINGS[self])


_HEADINGS = {
    EnvelopeColumn.NUMBER: QT_TRANSLATE_NOOP("EnvelopesModel", "Envelope"),
    EnvelopeColumn.STRATUM: QT_TRANSLATE_NOOP("EnvelopesModel", "Stratum"),
    EnvelopeColumn.STATUS: QT_TRANSLATE_NOOP("EnvelopesModel", "Status"),
    EnvelopeColumn.ARM: QT_TRANSLATE_NOOP("EnvelopesModel", "Arm"),
    EnvelopeColumn.STUDY_ID: QT_TRANSLATE_NOOP("EnvelopesModel", "Study ID"),
    EnvelopeColumn.USED_AT: QT_TRANSLATE_NOOP("EnvelopesModel", "Used (UTC)"),
    EnvelopeColumn.VOID_REASON: QT_TRANSLATE_NOOP("EnvelopesModel", "Void reason"),
}


def shown_arm(envelope: EnvelopeView) -> Arm | None:
    """The arm, only for an opened envelope: a sealed or voided one never shows it."""
    return envelope.arm if envelope.status == USED else None


def envelope_cell(envelope: EnvelopeView, column: EnvelopeColumn) -> str:
    match column:
        case EnvelopeColumn.NUMBER:
            return envelope.number
        case EnvelopeColumn.STRATUM:
            return f"{envelope.stratum.code} · {stratum_text(envelope.stratum)}"
        case EnvelopeColumn.STATUS:
            return status_label(envelope.status)
        case EnvelopeColumn.ARM:
            arm = shown_arm(envelope)
            return arm_short_text(arm) if arm else ""
        case EnvelopeColumn.STUDY_ID:
            return envelope.study_id or ""
        case EnvelopeColumn.USED_AT:
            return (date_time_text(envelope.used_at) if envelope.used_at
                    else "")
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
    """services.randomization.balance_rows: per stratum, then the overall line (the captions
    as that function writes them, in the interface's language)."""
    rows = balance_rows(summary)
    captions = [f"{s.stratum.code}: {stratum_text(s.stratum)}" for s in summary.strata]
    captions.append(QCoreApplication.translate("EnvelopesModel", "All strata"))
    if len(captions) != len(rows):  # the service's rows changed shape: show them as given
        captions = [row[0] for row in rows]
    return [BalanceRow(caption, *row[1:], overall=i == len(rows) - 1)
            for i, (caption, row) in enumerate(zip(captions, rows, strict=True))]


class BalanceColumn(enum.IntEnum):
    STRATUM = 0
    HAI = 1
    CONTROL = 2
    ALLOCATED = 3
    UNUSED = 4
    VOIDED = 5

    @property
    def heading(self) -> str:
        return QCoreApplication.translate("EnvelopesModel", _BALANCE_HEADINGS[self])


_BALANCE_HEADINGS = {
    BalanceColumn.STRATUM: QT_TRANSLATE_NOOP("EnvelopesModel", "Stratum"),
    BalanceColumn.HAI: QT_TRANSLATE_NOOP("EnvelopesModel", "Experimental (HAI)"),
    BalanceColumn.CONTROL: QT_TRANSLATE_NOOP("EnvelopesModel", "Control"),
    BalanceColumn.ALLOCATED: QT_TRANSLATE_NOOP("EnvelopesModel", "Randomized"),
    BalanceColumn.UNUSED: QT_TRANSLATE_NOOP("EnvelopesModel", "Envelopes left"),
    BalanceColumn.VOIDED: QT_TRANSLATE_NOOP("EnvelopesModel", "Voided"),
}


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
