"""The audit trail as a lazily paged table: the view asks for more rows as it scrolls.

The model takes a page-fetching function rather than a Workspace, so it is tested without a
window and the screen decides which service supplies the rows.
"""

from __future__ import annotations

import enum
import json
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt

from hai_desktop.core.i18n import QT_TRANSLATE_NOOP
from hai_desktop.services.audit_trail import AuditRow
from hai_desktop.ui.models.base import ColumnTableModel, Index

PageFetcher = Callable[[int, int], list[AuditRow]]  # (offset, limit) -> rows, newest first
DEFAULT_PAGE_SIZE = 200
MAX_CHANGES_CHARS = 160


class AuditColumn(enum.IntEnum):
    SEQ = 0
    TIME = 1
    USER = 2
    ACTION = 3
    ENTITY = 4
    ENTITY_ID = 5
    REASON = 6
    CHANGES = 7

    @property
    def heading(self) -> str:
        return QCoreApplication.translate("AuditColumn", _HEADINGS[self])


_HEADINGS = {
    AuditColumn.SEQ: "#",
    AuditColumn.TIME: QT_TRANSLATE_NOOP("AuditColumn", "Time (UTC)"),
    AuditColumn.USER: QT_TRANSLATE_NOOP("AuditColumn", "User"),
    AuditColumn.ACTION: QT_TRANSLATE_NOOP("AuditColumn", "Action"),
    AuditColumn.ENTITY: QT_TRANSLATE_NOOP("AuditColumn", "Entity"),
    AuditColumn.ENTITY_ID: QT_TRANSLATE_NOOP("AuditColumn", "ID"),
    AuditColumn.REASON: QT_TRANSLATE_NOOP("AuditColumn", "Reason"),
    AuditColumn.CHANGES: QT_TRANSLATE_NOOP("AuditColumn", "Changes"),
}


def _values(text: str | None) -> dict[str, Any]:
    if not text:
        return {}
    try:
        loaded = json.loads(text)
    except ValueError:
        return {"value": text}
    return loaded if isinstance(loaded, dict) else {"value": loaded}


def describe_changes(row: AuditRow) -> str:
    """'field: old → new' for changes, 'field=value' for new records and events."""
    old, new = _values(row.old_values), _values(row.new_values)
    parts: list[str] = []
    for name in sorted(set(old) | set(new)):
        if name in old and name in new:
            parts.append(f"{name}: {old[name]} → {new[name]}")
        elif name in new:
            parts.append(f"{name}={new[name]}")
        else:
            parts.append(QCoreApplication.translate("AuditTableModel",
                                                    "{field}: {old} → (removed)").format(
                field=name, old=old[name]))
    return "; ".join(parts)


def audit_cell(row: AuditRow, column: AuditColumn) -> str:
    match column:
        case AuditColumn.SEQ:
            return str(row.seq)
        case AuditColumn.TIME:
            return row.at_utc.replace("T", " ")[:19]
        case AuditColumn.USER:
            return row.username
        case AuditColumn.ACTION:
            return row.action
        case AuditColumn.ENTITY:
            return row.entity
        case AuditColumn.ENTITY_ID:
            return row.entity_id or ""
        case AuditColumn.REASON:
            return row.reason or ""
        case AuditColumn.CHANGES:
            text = describe_changes(row)
            return text if len(text) <= MAX_CHANGES_CHARS else text[:MAX_CHANGES_CHARS] + "…"


class AuditTableModel(ColumnTableModel[AuditRow, AuditColumn]):
    columns = AuditColumn

    def __init__(self, fetch_page: PageFetcher, page_size: int = DEFAULT_PAGE_SIZE,
                 parent: Any = None) -> None:
        super().__init__(parent)
        self._fetch_page = fetch_page
        self._page_size = page_size
        self._exhausted = False

    def reload(self) -> None:
        """Forget loaded rows; the view fetches the newest page again."""
        self.beginResetModel()
        self._rows = []
        self._exhausted = False
        self.endResetModel()
        if self.canFetchMore(QModelIndex()):
            self.fetchMore(QModelIndex())

    def show_first_page(self, page: list[AuditRow]) -> None:
        """Start again from `page`, the newest rows fetched elsewhere (on the worker); the
        view asks for older pages as it scrolls."""
        self.beginResetModel()
        self._rows = list(page)
        self._exhausted = len(page) < self._page_size
        self.endResetModel()

    @property
    def page_size(self) -> int:
        return self._page_size

    def loaded_rows(self) -> list[AuditRow]:
        return self.rows()

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index) -> None:
        if parent.isValid() or self._exhausted:
            return
        page = self._fetch_page(len(self._rows), self._page_size)
        if len(page) < self._page_size:
            self._exhausted = True
        if not page:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    def cell(self, row: AuditRow, column: AuditColumn) -> str:
        return audit_cell(row, column)

    def style(self, row: AuditRow, column: AuditColumn, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and column is AuditColumn.CHANGES:
            return describe_changes(row) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column is AuditColumn.SEQ:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
