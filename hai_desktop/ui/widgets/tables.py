"""One look for read-only tables: whole-row single selection, alternating rows, no row numbers,
columns sized to their content with one column taking the remaining width."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from hai_desktop.ui.models.base import SORT_ROLE

VISIBLE_ROWS_ONLY = 0  # QHeaderView's resize-contents precision: the visible area


def sorting_proxy(model: QAbstractItemModel, parent: QWidget) -> QSortFilterProxyModel:
    """A proxy that sorts on the models' SORT_ROLE (dates as ISO text, numbers as numbers)."""
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    return proxy


def data_table(model: QAbstractItemModel, *, stretch: int | None = None, row_height: int = 32,
               sort_column: int | None = None, word_wrap: bool = True) -> QTableView:
    """A read-only table over `model`; `sort_column` turns on sorting (give a sorting proxy)."""
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(word_wrap)
    if sort_column is not None:
        table.setSortingEnabled(True)
        table.sortByColumn(sort_column, Qt.SortOrder.AscendingOrder)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(row_height)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    # Size columns from the rows on screen, not from every row: ten years of records would
    # otherwise ask the model for every cell before the first paint.
    header.setResizeContentsPrecision(VISIBLE_ROWS_ONLY)
    if stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


def open_rows_with(table: QTableView, open_row: Callable[[QModelIndex], object]) -> None:
    """Enter on the selected row opens it, as a double click does (not `activated`: some
    styles emit that on a single click)."""
    table.doubleClicked.connect(open_row)

    def open_current() -> None:
        index = table.currentIndex()
        if index.isValid() and table.selectionModel().isRowSelected(index.row()):
            open_row(index)

    for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
        QShortcut(QKeySequence(key), table, open_current,
                  context=Qt.ShortcutContext.WidgetShortcut)
