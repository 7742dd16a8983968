"""The table-model boilerplate once: rows of one type, columns from an IntEnum with headings.

A subclass names its column enum (each member has a `heading`) and says what a cell shows;
rowCount, columnCount, headerData, the row list and the sort role live here.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1  # proxies sort on this: dates as ISO text, numbers

R = TypeVar("R")
C = TypeVar("C", bound=enum.IntEnum)


def bold_font() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


class ColumnTableModel(QAbstractTableModel, Generic[R, C]):
    """Rows of type R shown in the columns of the IntEnum C.

    Subclasses set `columns` and implement `cell`; `sort_key` and `style` are optional.
    """

    columns: type[C]

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[R] = []

    # ---- rows ----------------------------------------------------------------------------------
    def set_rows(self, rows: Iterable[R]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> R:
        return self._rows[row]

    def rows(self) -> list[R]:
        return list(self._rows)

    # ---- what subclasses say -------------------------------------------------------------------
    def cell(self, row: R, column: C) -> str:
        raise NotImplementedError

    def sort_key(self, row: R, column: C) -> Any:
        return self.cell(row, column)

    def style(self, row: R, column: C, role: int) -> Any:
        """Any other role (colour, font, tooltip, alignment); None for the default."""
        return None

    # ---- Qt ------------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns(section).heading  # type: ignore[attr-defined]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = self.columns(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell(row, column)
        if role == SORT_ROLE:
            return self.sort_key(row, column)
        return self.style(row, column, role)
