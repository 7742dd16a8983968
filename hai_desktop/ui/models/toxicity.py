"""The patient's adverse events, lab results and per-cycle worst grades, as tables."""

from __future__ import annotations

import enum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from hai_desktop.core.i18n import QT_TRANSLATE_NOOP
from hai_desktop.core.numbers import ismp
from hai_desktop.core.regimens import protocol_regimens
from hai_desktop.records import AdverseEventRecord, LabResultRecord
from hai_desktop.services.toxicity import RELATED, HistoryRow, attributions_of
from hai_desktop.ui.i18n import date_text, short_day_text, translate
from hai_desktop.ui.models.base import SORT_ROLE, ColumnTableModel, bold_font

# Grade colours: the darker the worse, readable on white and on the alternating row colour.
GRADE_COLOURS = {0: "#5b6573", 1: "#1e7b3a", 2: "#8a5a00", 3: "#b3261e", 4: "#7a1a14",
                 5: "#000000"}


def grade_colour(grade: int) -> QColor:
    return QColor(GRADE_COLOURS.get(grade, "#000000"))


def related_drugs(event: AdverseEventRecord) -> str:
    """The drugs an event is attributed to (possible or more), with the attribution."""
    drugs = protocol_regimens()
    strength = {"definite": 0, "probable": 1, "possible": 2}  # the strongest first
    found = sorted(((a, d) for d, a in attributions_of(event).items() if a in RELATED),
                   key=lambda pair: strength.get(pair[0], 3))
    related = [f"{drugs.drug(drug).label} ({translate('Attribution', attribution)})"
               for attribution, drug in found]
    return ", ".join(related) or QCoreApplication.translate("EventsModel",
                                                            "unrelated to the regimen")


class EventColumn(enum.IntEnum):
    ONSET = 0
    CYCLE = 1
    TERM = 2
    GRADE = 3
    RELATED = 4
    SERIOUS = 5
    ACTION = 6
    OUTCOME = 7

    @property
    def heading(self) -> str:
        return QCoreApplication.translate("EventColumn", _EVENT_HEADINGS[self])


_EVENT_HEADINGS = {
    EventColumn.ONSET: QT_TRANSLATE_NOOP("EventColumn", "Onset"),
    EventColumn.CYCLE: QT_TRANSLATE_NOOP("EventColumn", "Cycle"),
    EventColumn.TERM: QT_TRANSLATE_NOOP("EventColumn", "CTCAE term"),
    EventColumn.GRADE: QT_TRANSLATE_NOOP("EventColumn", "Grade"),
    EventColumn.RELATED: QT_TRANSLATE_NOOP("EventColumn", "Related to"),
    EventColumn.SERIOUS: QT_TRANSLATE_NOOP("EventColumn", "SAE"),
    EventColumn.ACTION: QT_TRANSLATE_NOOP("EventColumn", "Action"),
    EventColumn.OUTCOME: QT_TRANSLATE_NOOP("EventColumn", "Outcome"),
}


class EventsModel(ColumnTableModel[AdverseEventRecord, EventColumn]):
    columns = EventColumn

    def cell(self, row: AdverseEventRecord, column: EventColumn) -> str:
        if column is EventColumn.ONSET:
            resolved = f" – {short_day_text(row.resolved)}" if row.resolved else ""
            return f"{date_text(row.onset)}{resolved}"
        if column is EventColumn.CYCLE:
            return str(row.cycle or "—")
        if column is EventColumn.TERM:
            return row.term + (f": {row.specify}" if row.specify else "")
        if column is EventColumn.GRADE:
            if row.computed_grade is not None and row.computed_grade != row.grade:
                return self.tr("{grade} (lab {computed})").format(grade=row.grade,
                                                                  computed=row.computed_grade)
            return str(row.grade)
        if column is EventColumn.RELATED:
            return related_drugs(row)
        if column is EventColumn.SERIOUS:
            criterion = row.serious_criterion  # a stored code, shown translated
            return (self.tr("yes: {criterion}").format(
                criterion=translate("SeriousCriterion", criterion) if criterion else criterion)
                if row.serious else self.tr("no"))
        if column is EventColumn.ACTION:  # stored codes, shown in the interface's language
            return translate("AdverseEventAction", row.action)
        return translate("AdverseEventOutcome", row.outcome)

    def sort_key(self, row: AdverseEventRecord, column: EventColumn) -> Any:
        if column is EventColumn.ONSET:
            return row.onset.isoformat()
        if column is EventColumn.CYCLE:
            return row.cycle or 0
        if column is EventColumn.GRADE:
            return row.grade
        return self.cell(row, column)

    def style(self, row: AdverseEventRecord, column: EventColumn, role: int) -> Any:
        if column is EventColumn.GRADE:
            if role == Qt.ItemDataRole.ForegroundRole:
                return grade_colour(row.grade)
            if role == Qt.ItemDataRole.FontRole and row.grade >= 3:
                return bold_font()
        if (column is EventColumn.SERIOUS and row.serious
                and role == Qt.ItemDataRole.ForegroundRole):
            return grade_colour(3)
        if role == Qt.ItemDataRole.ToolTipRole and row.note:
            return row.note
        return None


class LabColumn(enum.IntEnum):
    TAKEN = 0
    CYCLE = 1
    TEST = 2
    VALUE = 3
    LIMITS = 4
    ULN_MULTIPLE = 5
    GRADE = 6

    @property
    def heading(self) -> str:
        return QCoreApplication.translate("LabColumn", _LAB_HEADINGS[self])


_LAB_HEADINGS = {
    LabColumn.TAKEN: QT_TRANSLATE_NOOP("LabColumn", "Taken"),
    LabColumn.CYCLE: QT_TRANSLATE_NOOP("LabColumn", "Cycle"),
    LabColumn.TEST: QT_TRANSLATE_NOOP("LabColumn", "Graded as (CTCAE term)"),
    LabColumn.VALUE: QT_TRANSLATE_NOOP("LabColumn", "Value"),
    LabColumn.LIMITS: QT_TRANSLATE_NOOP("LabColumn", "Normal limits used"),
    LabColumn.ULN_MULTIPLE: QT_TRANSLATE_NOOP("LabColumn", "× ULN"),
    LabColumn.GRADE: QT_TRANSLATE_NOOP("LabColumn", "Grade"),
}


class LabsModel(ColumnTableModel[LabResultRecord, LabColumn]):
    columns = LabColumn

    def cell(self, row: LabResultRecord, column: LabColumn) -> str:
        if column is LabColumn.TAKEN:
            return date_text(row.taken_on)
        if column is LabColumn.CYCLE:
            return str(row.cycle or "—")
        if column is LabColumn.TEST:
            return row.term
        if column is LabColumn.VALUE:
            return f"{row.value_text}  ({ismp(row.value)} {row.unit})"
        if column is LabColumn.LIMITS:
            limits = [f"LLN {row.lln_text}" if row.lln_text else "",
                      f"ULN {row.uln_text}" if row.uln_text else ""]
            return " · ".join(x for x in limits if x) or "—"
        if column is LabColumn.ULN_MULTIPLE:
            return "—" if row.uln_multiple is None else f"{row.uln_multiple:.2f}"
        return str(row.grade)

    def sort_key(self, row: LabResultRecord, column: LabColumn) -> Any:
        if column is LabColumn.TAKEN:
            return row.taken_on.isoformat()
        if column is LabColumn.GRADE:
            return row.grade
        return self.cell(row, column)

    def style(self, row: LabResultRecord, column: LabColumn, role: int) -> Any:
        if column is LabColumn.GRADE and role == Qt.ItemDataRole.ForegroundRole:
            return grade_colour(row.grade)
        if column is LabColumn.GRADE and role == Qt.ItemDataRole.FontRole and row.grade >= 3:
            return bold_font()
        return None


Index = QModelIndex | QPersistentModelIndex


class HistoryModel(QAbstractTableModel):
    """Terms down, cycles across, the worst grade in each cell (blank: not recorded)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.cycles: list[int] = []
        self.rows: list[HistoryRow] = []

    def set_history(self, cycles: list[int], rows: list[HistoryRow]) -> None:
        self.beginResetModel()
        self.cycles, self.rows = cycles, rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 1 + len(self.cycles)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if section == 0:
                return self.tr("CTCAE term")
            cycle = self.cycles[section - 1]
            return self.tr("Cycle {cycle}").format(cycle=cycle) if cycle else self.tr("No cycle")
        return None

    def grade_at(self, row: int, column: int) -> int | None:
        if column == 0:
            return None
        return self.rows[row].worst.get(self.cycles[column - 1])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        grade = self.grade_at(row, column)
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            if column == 0:
                return self.rows[row].term
            return "" if grade is None else str(grade)
        if role == Qt.ItemDataRole.TextAlignmentRole and column:
            return int(Qt.AlignmentFlag.AlignCenter)
        if grade is not None and role == Qt.ItemDataRole.ForegroundRole:
            return grade_colour(grade)
        if grade is not None and grade >= 3 and role == Qt.ItemDataRole.BackgroundRole:
            return QColor("#fbe9e7")
        if grade is not None and grade >= 3 and role == Qt.ItemDataRole.FontRole:
            return bold_font()
        return None
