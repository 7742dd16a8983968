"""One patient's catheter log (events, inspections, pain during HAI) and the trial-wide counts,
as tables."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont

from hai_desktop.core.catheter import FIT, NEEDS_IR_REVIEW, NOT_FIT, Term, catheter_rules
from hai_desktop.core.i18n import QT_TRANSLATE_NOOP, data_text
from hai_desktop.core.roles import Role
from hai_desktop.services.catheter import CatheterLogCounts, LogRow
from hai_desktop.ui.i18n import current_language, date_text, message_text, role_text, translate
from hai_desktop.ui.models.base import ColumnTableModel, bold_font
from hai_desktop.ui.style import ERROR_RED, MUTED, OK_GREEN

RECORD_LABELS = {"event": QT_TRANSLATE_NOOP("LogModel", "Catheter event"),
                 "inspection": QT_TRANSLATE_NOOP("LogModel", "Inspection"),
                 "pain during HAI": QT_TRANSLATE_NOOP("LogModel", "Pain during HAI")}
OUTCOME_COLOURS = {FIT: OK_GREEN, NOT_FIT: ERROR_RED, NEEDS_IR_REVIEW: "#9a4a00"}


def _term(terms: tuple[Term, ...], key: str) -> str:
    """A logged id (event kind, complication, outcome) as the log shows it: the id itself in
    English (as it always has), the term's Korean label in Korean."""
    term = next((t for t in terms if t.id == key), None)
    return data_text(current_language(), key, term.label_ko if term else "")


def _what(row: LogRow) -> str:
    rules = catheter_rules()
    if row.record == "event":
        what = _term(rules.event_kinds, row.what)
        return what + (f": {_term(rules.complications, row.complication)}"
                       if row.complication else "")
    if row.record == "pain during HAI":
        return QCoreApplication.translate("LogModel", "{location} pain").format(
            location=translate("PainLocation", row.what))
    if row.record == "inspection":
        return _term(rules.outcomes, row.what)
    return row.what


class LogColumn(enum.IntEnum):
    DATE = 0
    RECORD = 1
    WHAT = 2
    DETAILS = 3
    BY = 4

    @property
    def heading(self) -> str:
        return QCoreApplication.translate("LogColumn", _LOG_HEADINGS[self])


_LOG_HEADINGS = {
    LogColumn.DATE: QT_TRANSLATE_NOOP("LogColumn", "Date"),
    LogColumn.RECORD: QT_TRANSLATE_NOOP("LogColumn", "Record"),
    LogColumn.WHAT: QT_TRANSLATE_NOOP("LogColumn", "What / outcome"),
    LogColumn.DETAILS: QT_TRANSLATE_NOOP("LogColumn", "Findings and details"),
    LogColumn.BY: QT_TRANSLATE_NOOP("LogColumn", "By"),
}


class LogModel(ColumnTableModel[LogRow, LogColumn]):
    """Oldest first, as the service gives them; voided entries grey, struck through.
    `names` (username -> full name) turns the usernames of the log into people."""

    columns = LogColumn

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.names: dict[str, str] = {}

    def who(self, row: LogRow, *, with_role: bool = False) -> str:
        """The person's full name (with the role recorded for an inspection: `with_role`)."""
        username, _sep, role = row.by.partition(" (")
        name = self.names.get(username, username)
        role = role.removesuffix(")")
        if role in {r.value for r in Role}:
            role = role_text(Role(role))
        return f"{name} ({role})" if role and with_role else name

    def cell(self, row: LogRow, column: LogColumn) -> str:
        if column is LogColumn.DATE:
            return date_text(row.on) + (f" {row.at.astimezone():%H:%M}" if row.at else "")
        if column is LogColumn.RECORD:
            return (QCoreApplication.translate("LogModel", RECORD_LABELS[row.record])
                    if row.record in RECORD_LABELS else row.record)
        if column is LogColumn.WHAT:
            return _what(row)
        if column is LogColumn.DETAILS:
            if row.voided:
                return self.tr("VOIDED ({reason}) — {details}").format(
                    reason=row.void_reason, details=message_text(row.details))
            return message_text(row.details)
        return self.who(row)

    def sort_key(self, row: LogRow, column: LogColumn) -> Any:
        if column is LogColumn.DATE:
            return row.on.isoformat() + (row.at.isoformat() if row.at else "")
        return self.cell(row, column)

    def style(self, row: LogRow, column: LogColumn, role: int) -> Any:
        if row.voided:
            if role == Qt.ItemDataRole.ForegroundRole:
                return QColor(MUTED)
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setStrikeOut(column is not LogColumn.DETAILS)
                return font
            return None
        if column is LogColumn.WHAT:
            colour = (OUTCOME_COLOURS.get(row.what) if row.record == "inspection" else
                      ERROR_RED if row.record == "pain during HAI" or row.complication else None)
            if colour and role == Qt.ItemDataRole.ForegroundRole:
                return QColor(colour)
            if colour and role == Qt.ItemDataRole.FontRole:
                return bold_font()
        if role == Qt.ItemDataRole.ToolTipRole and column is LogColumn.BY:
            return self.who(row, with_role=True)
        return None


@dataclass(frozen=True)
class CountRow:
    group: str
    item: str
    count: int


def count_rows(counts: CatheterLogCounts) -> list[CountRow]:
    """Every known kind listed, zero or not, labelled as the protocol file names them."""
    rules = catheter_rules()
    patients = QCoreApplication.translate("LogModel", "Patients")
    rows = [CountRow(patients, QCoreApplication.translate("LogModel", "with a catheter recorded"),
                     counts.patients_with_catheter),
            CountRow(patients, QCoreApplication.translate("LogModel", "catheter in place now"),
                     counts.catheters_in_place)]
    language = current_language()
    labels = {t.id: t.label_in(language) for t in rules.complications}
    group = QCoreApplication.translate("LogModel", "Complications")
    rows += [CountRow(group, labels.get(k, k), n) for k, n in counts.complications.items()]
    labels = {o.id: o.label_in(language) for o in rules.outcomes}
    group = QCoreApplication.translate("LogModel", "Inspections")
    rows += [CountRow(group, labels.get(k, k), n)
             for k, n in counts.inspections_by_outcome.items()]
    labels = {k.id: k.label_in(language) for k in rules.event_kinds}
    group = QCoreApplication.translate("LogModel", "Catheter events")
    rows += [CountRow(group, labels.get(k, k), n) for k, n in counts.events_by_kind.items()]
    rows.append(CountRow(QCoreApplication.translate("LogModel", "Pain during HAI"),
                         QCoreApplication.translate("LogModel", "reports"), counts.pain_reports))
    return rows


class CountColumn(enum.IntEnum):
    GROUP = 0
    ITEM = 1
    COUNT = 2

    @property
    def heading(self) -> str:
        return QCoreApplication.translate("CountColumn", _COUNT_HEADINGS[self])


_COUNT_HEADINGS = {
    CountColumn.GROUP: QT_TRANSLATE_NOOP("CountColumn", "Counted"),
    CountColumn.ITEM: QT_TRANSLATE_NOOP("CountColumn", "Kind"),
    CountColumn.COUNT: QT_TRANSLATE_NOOP("CountColumn", "Number"),
}


class CountsModel(ColumnTableModel[CountRow, CountColumn]):
    columns = CountColumn

    def cell(self, row: CountRow, column: CountColumn) -> str:
        if column is CountColumn.GROUP:
            return row.group
        if column is CountColumn.ITEM:
            return row.item
        return str(row.count)

    def sort_key(self, row: CountRow, column: CountColumn) -> Any:
        return row.count if column is CountColumn.COUNT else self.cell(row, column)

    def style(self, row: CountRow, column: CountColumn, role: int) -> Any:
        if column is CountColumn.COUNT:
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if role == Qt.ItemDataRole.FontRole and row.count:
                return bold_font()
        if role == Qt.ItemDataRole.ForegroundRole and not row.count:
            return QColor(MUTED)
        return None
