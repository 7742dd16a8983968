"""The patient's chemotherapy orders and one order's drug lines, as tables."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import UTC, tzinfo
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QColor

from hai_desktop.core.clock import clock_time, local
from hai_desktop.core.i18n import QT_TRANSLATE_NOOP
from hai_desktop.core.numbers import ismp, mg
from hai_desktop.core.regimens import ROUTE_TEXT, protocol_regimens
from hai_desktop.records import OrderLineRecord, OrderRecord
from hai_desktop.services.catheter import HAI_ROUTE
from hai_desktop.services.orders import OrderView
from hai_desktop.ui.i18n import date_text, day_time_text, message_text, translate
from hai_desktop.ui.models.base import ColumnTableModel, bold_font
from hai_desktop.ui.style import ERROR_RED

STATUS_COLOURS = {"draft": "#5b6573", "signed": "#1f5fa8", "verified": "#0f7280",
                  "printed": "#0f7280", "given": "#1e7b3a", "administered": "#1e7b3a",
                  "rejected": "#b3261e", "voided": "#b3261e"}
# An order's status (services.orders: DRAFT, SIGNED …) as the screen shows it.
_STATUS_TEXT = {
    "draft": QT_TRANSLATE_NOOP("OrderStatus", "draft"),
    "signed": QT_TRANSLATE_NOOP("OrderStatus", "signed"),
    "verified": QT_TRANSLATE_NOOP("OrderStatus", "verified"),
    "printed": QT_TRANSLATE_NOOP("OrderStatus", "printed"),
    "given": QT_TRANSLATE_NOOP("OrderStatus", "given"),
    "administered": QT_TRANSLATE_NOOP("OrderStatus", "administered"),
    "rejected": QT_TRANSLATE_NOOP("OrderStatus", "rejected"),
    "voided": QT_TRANSLATE_NOOP("OrderStatus", "voided"),
}


def order_status_text(status: str) -> str:
    """'draft', 'signed' … in the interface's language (the stored value stays English)."""
    return QCoreApplication.translate("OrderStatus", _STATUS_TEXT.get(status, status))


@dataclass(frozen=True)
class OrderRow:
    order: OrderRecord
    signatures: int
    signatures_valid: bool
    author: str = ""  # the full name of who wrote it (the order keeps the username)


class OrderColumn(enum.IntEnum):
    CYCLE = 0
    DAY1 = 1
    STATUS = 2
    CREATED_BY = 3
    SIGNATURES = 4

    @property
    def heading(self) -> str:
        return QCoreApplication.translate("OrderColumn", _ORDER_HEADINGS[self])


_ORDER_HEADINGS = {
    OrderColumn.CYCLE: QT_TRANSLATE_NOOP("OrderColumn", "Cycle"),
    OrderColumn.DAY1: QT_TRANSLATE_NOOP("OrderColumn", "Day 1"),
    OrderColumn.STATUS: QT_TRANSLATE_NOOP("OrderColumn", "Status"),
    OrderColumn.CREATED_BY: QT_TRANSLATE_NOOP("OrderColumn", "Created by"),
    OrderColumn.SIGNATURES: QT_TRANSLATE_NOOP("OrderColumn", "Signatures"),
}


class OrdersModel(ColumnTableModel[OrderRow, OrderColumn]):
    columns = OrderColumn

    def cell(self, row: OrderRow, column: OrderColumn) -> str:
        order = row.order
        if column is OrderColumn.CYCLE:
            return str(order.cycle)
        if column is OrderColumn.DAY1:
            return date_text(order.day1)
        if column is OrderColumn.STATUS:
            return order_status_text(order.status)
        if column is OrderColumn.CREATED_BY:
            return row.author or order.created_by
        mark = "" if not row.signatures else (" ✓" if row.signatures_valid else " ✗")
        return f"{row.signatures}{mark}"

    def sort_key(self, row: OrderRow, column: OrderColumn) -> Any:
        if column is OrderColumn.CYCLE:
            return row.order.cycle
        if column is OrderColumn.DAY1:
            return row.order.day1.isoformat()
        return self.cell(row, column)

    def style(self, row: OrderRow, column: OrderColumn, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and column is OrderColumn.STATUS:
            return QColor(STATUS_COLOURS.get(row.order.status, "#1c2430"))
        return None


class LineColumn(enum.IntEnum):
    NUMBER = 0
    DRUG = 1
    BASIS = 2
    CALCULATED = 3
    FINAL = 4
    ROUTE = 5
    DURATION = 6
    GIVEN = 7

    @property
    def heading(self) -> str:
        return QCoreApplication.translate("LineColumn", _LINE_HEADINGS[self])


_LINE_HEADINGS = {
    LineColumn.NUMBER: "#",
    LineColumn.DRUG: QT_TRANSLATE_NOOP("LineColumn", "Drug"),
    LineColumn.BASIS: QT_TRANSLATE_NOOP("LineColumn", "Basis · level"),
    LineColumn.CALCULATED: QT_TRANSLATE_NOOP("LineColumn", "Calculated"),
    LineColumn.FINAL: QT_TRANSLATE_NOOP("LineColumn", "Final dose"),
    LineColumn.ROUTE: QT_TRANSLATE_NOOP("LineColumn", "Route"),
    LineColumn.DURATION: QT_TRANSLATE_NOOP("LineColumn", "Over"),
    LineColumn.GIVEN: QT_TRANSLATE_NOOP("LineColumn", "Given"),
}


def given_text(line: OrderLineRecord, zone: tzinfo) -> str:
    """What was given, as the screen reads it: '730 mg · 09:00–11:00'; on two lines
    '3,700 mg' / 'running since 01 Dec 14:09' and '0 mg — not given' / '(HAI withheld)' (the
    reasons are in the tooltip)."""
    if line.given_mg is None:
        return "—"
    amount = f"{ismp(line.given_mg)} mg"
    if line.given_mg == 0 or line.started_at is None:
        text = (QCoreApplication.translate("OrderLinesModel",
                                           "{amount} — not given\n(HAI withheld)")
                if line.route == HAI_ROUTE else
                QCoreApplication.translate("OrderLinesModel", "{amount} — not given"))
        return text.format(amount=amount)
    if line.ended_at is None:
        return QCoreApplication.translate("OrderLinesModel",
                                          "{amount}\nrunning since {when}").format(
            amount=amount, when=day_time_text(local(line.started_at, zone)))
    return f"{amount} · {times_text(line, zone)}"


def times_text(line: OrderLineRecord, zone: tzinfo) -> str:
    """'09:00–11:00', or with the end's date when it ended on another day."""
    if line.started_at is None:
        return "—"
    if line.ended_at is None:
        return QCoreApplication.translate("OrderLinesModel", "{time} – pump running").format(
            time=clock_time(line.started_at, zone))
    start, end = local(line.started_at, zone), local(line.ended_at, zone)
    if start.date() == end.date():
        return f"{start:%H:%M}–{end:%H:%M}"
    return f"{start:%H:%M} – {day_time_text(end)}"


def running(line: OrderLineRecord) -> bool:
    return line.started_at is not None and line.ended_at is None and (line.given_mg or 0) > 0


class OrderLinesModel(ColumnTableModel[OrderLineRecord, LineColumn]):
    """One order's drug lines as the sheet numbers and shows them: the HAI line withheld today
    reads "HAI withheld — …" instead of its dose, as on the sheet."""

    columns = LineColumn

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.numbers: dict[str, int] = {}
        self.withheld: str | None = None  # the HAI gate's reason while it is closed today
        self.level_reasons: dict[str, str] = {}
        self.zone: tzinfo = UTC

    def set_order(self, view: OrderView | None, zone: tzinfo) -> None:
        self.zone = zone
        if view is None:
            self.numbers, self.withheld, self.level_reasons = {}, None, {}
            self.set_rows([])
            return
        self.numbers = view.numbers
        self.withheld = view.hai_gate.reason if view.hai_withheld and view.hai_gate else None
        self.level_reasons = view.level_reasons
        self.set_rows(sorted(view.lines, key=lambda x: x.sequence))

    def is_withheld(self, row: OrderLineRecord) -> bool:
        return self.withheld is not None and row.route == HAI_ROUTE and not row.stopped

    def cell(self, row: OrderLineRecord, column: LineColumn) -> str:
        if column is LineColumn.NUMBER:
            return str(self.numbers.get(row.drug_id, ""))
        if column is LineColumn.DRUG:
            return protocol_regimens().drug(row.drug_id).name
        if column is LineColumn.BASIS:
            per = "m²" if row.basis == "mg/m2" else "kg"
            return self.tr("{dose} mg/{per} · level {level}").format(
                dose=ismp(row.dose_per_unit), per=per, level=row.level)
        if self.is_withheld(row) and column in (LineColumn.CALCULATED, LineColumn.FINAL):
            # The screen spans this cell over the row, like the sheet.
            return message_text(self.withheld or "") if column is LineColumn.CALCULATED else ""
        if row.stopped and column in (LineColumn.CALCULATED, LineColumn.FINAL):
            return (self.tr("stopped ({reason})").format(reason=row.reduction_reason)
                    if row.reduction_reason else self.tr("stopped"))
        if column is LineColumn.CALCULATED:
            return mg(row.calculated_mg, 1)
        if column is LineColumn.FINAL:
            return mg(row.final_mg)
        if column is LineColumn.ROUTE:
            return translate("Route", ROUTE_TEXT[row.route])
        if column is LineColumn.DURATION:
            return row.duration
        return given_text(row, self.zone)

    def style(self, row: OrderLineRecord, column: LineColumn, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            tips = [message_text(self.withheld or "")] if self.is_withheld(row) else []
            if row.reduction_reason:
                tips.append(self.tr("Reduced: {reason}").format(reason=row.reduction_reason))
            if row.drug_id in self.level_reasons:
                tips.append(self.tr("Dose level: {reason}").format(
                    reason=self.level_reasons[row.drug_id]))
            if column is LineColumn.GIVEN:
                tips += ([self.tr("Reason for the dose: {reason}").format(
                    reason=row.given_reason)] if row.given_reason else [])
                tips += ([self.tr("Reason for the time: {reason}").format(
                    reason=row.duration_reason)] if row.duration_reason else [])
            return "\n".join(t for t in tips if t) or None
        if role == Qt.ItemDataRole.SizeHintRole and self.is_withheld(row) \
                and column is LineColumn.CALCULATED:
            return QSize(120, 30)  # spanned over the row: not the width of its column
        if role == Qt.ItemDataRole.ForegroundRole:
            if self.is_withheld(row) and column is LineColumn.CALCULATED:
                return QColor(ERROR_RED)
            if column is LineColumn.GIVEN and row.given_mg is not None \
                    and row.given_mg > row.final_mg:
                return QColor(ERROR_RED)  # more than ordered: a medication error
        if role == Qt.ItemDataRole.FontRole and column in (LineColumn.NUMBER, LineColumn.FINAL):
            return bold_font()
        if role == Qt.ItemDataRole.FontRole and self.is_withheld(row) \
                and column is LineColumn.CALCULATED:
            return bold_font()
        return None
