"""The patient's chemotherapy orders and one order's drug lines, as tables."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from hai_desktop.core.numbers import ismp, mg
from hai_desktop.core.regimens import ROUTE_TEXT, protocol_regimens
from hai_desktop.store.models import Order, OrderLine
from hai_desktop.ui.models.base import ColumnTableModel

STATUS_COLOURS = {"draft": "#5b6573", "signed": "#1f5fa8", "verified": "#0f7280",
                  "printed": "#0f7280", "given": "#1e7b3a", "administered": "#1e7b3a",
                  "rejected": "#b3261e", "voided": "#b3261e"}


@dataclass(frozen=True)
class OrderRow:
    order: Order
    signatures: int
    signatures_valid: bool


class OrderColumn(enum.IntEnum):
    CYCLE = 0
    DAY1 = 1
    STATUS = 2
    CREATED_BY = 3
    SIGNATURES = 4

    @property
    def heading(self) -> str:
        return ("Cycle", "Day 1", "Status", "Created by", "Signatures")[self]


class OrdersModel(ColumnTableModel[OrderRow, OrderColumn]):
    columns = OrderColumn

    def cell(self, row: OrderRow, column: OrderColumn) -> str:
        order = row.order
        if column is OrderColumn.CYCLE:
            return str(order.cycle)
        if column is OrderColumn.DAY1:
            return f"{order.day1:%d %b %Y}"
        if column is OrderColumn.STATUS:
            return order.status
        if column is OrderColumn.CREATED_BY:
            return order.created_by
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
    DRUG = 0
    BASIS = 1
    CALCULATED = 2
    FINAL = 3
    ROUTE = 4
    DURATION = 5

    @property
    def heading(self) -> str:
        return ("Drug", "Basis · level", "Calculated", "Final dose", "Route", "Duration")[self]


class OrderLinesModel(ColumnTableModel[OrderLine, LineColumn]):
    columns = LineColumn

    def cell(self, row: OrderLine, column: LineColumn) -> str:
        if column is LineColumn.DRUG:
            return protocol_regimens().drug(row.drug_id).name
        if column is LineColumn.BASIS:
            per = "m²" if row.basis == "mg/m2" else "kg"
            return f"{ismp(row.dose_per_unit)} mg/{per} · level {row.level}"
        if row.stopped and column in (LineColumn.CALCULATED, LineColumn.FINAL):
            return f"stopped ({row.reduction_reason or ''})".replace(" ()", "")
        if column is LineColumn.CALCULATED:
            return mg(row.calculated_mg, 1)
        if column is LineColumn.FINAL:
            return mg(row.final_mg)
        if column is LineColumn.ROUTE:
            return ROUTE_TEXT[row.route]
        return row.duration

    def style(self, row: OrderLine, column: LineColumn, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and row.reduction_reason:
            return f"Reduced: {row.reduction_reason}"
        return None
