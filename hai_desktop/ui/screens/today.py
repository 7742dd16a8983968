"""Today: the first screen after sign-in — what waits for this person, most urgent first.

Enter or a double click on a row opens the screen that handles it, on that patient (the main
window listens to `open_requested`). The list comes from services.today, which decides what is
due and for whom; this screen only shows it. `reload()` is public so the workspace's change
event can refresh it; the list is asked for on the workspace's worker (every open patient's
orders, catheter, labs and decisions take a moment), the newest request winning.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QStackedWidget,
    QTableView,
    QWidget,
)

from hai_desktop.core.errors import HaiError
from hai_desktop.core.i18n import QT_TRANSLATE_NOOP
from hai_desktop.services.today import OVERVIEW_ROLES, TodayItem, today_items
from hai_desktop.services.workspace import Workspace
from hai_desktop.ui.background import Operation, run_in_background
from hai_desktop.ui.models.today import TodayColumn, TodayModel
from hai_desktop.ui.screens.base import Screen
from hai_desktop.ui.widgets.common import ALIGN_CENTER, InlineMessage, label
from hai_desktop.ui.widgets.tables import data_table, open_rows_with, sorting_proxy

LIST_PAGE, EMPTY_PAGE = 0, 1
ROW_MIN_HEIGHT = 46
WHO_WIDTH = 170  # "Done by" (overview roles): role names, one or two a line


class TodayScreen(Screen):
    title = QT_TRANSLATE_NOOP("TodayScreen", "Today")
    description = QT_TRANSLATE_NOOP(
        "TodayScreen",
        "What waits for you, overdue first. Enter or a double click opens it on that patient.")
    overview_description = QT_TRANSLATE_NOOP(
        "TodayScreen",
        "Everything due in the unit, overdue first, and who does it (read only for your role). "
        "Enter or a double click opens it on that patient.")
    open_requested = Signal(object)  # TodayItem
    count_changed = Signal(int)

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        self.overview = ws.user.role in OVERVIEW_ROLES
        super().__init__(ws, parent)
        self.items: list[TodayItem] = []
        self.today = ws.today()
        self.loading: Operation[list[TodayItem]] | None = None
        self.model = TodayModel(self)
        self.proxy = sorting_proxy(self.model, self)
        self.count_label = label("", "Muted")
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.refresh_button.setToolTip(self.tr("Ask again what is due (F5)"))
        self.refresh_button.clicked.connect(self.reload)
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, self.reload,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        row = QHBoxLayout()
        row.addWidget(self.count_label, 1)
        row.addWidget(self.refresh_button)
        self.layout_.addLayout(row)
        self.message = InlineMessage()
        self.layout_.addWidget(self.message)
        self.table = self._build_table()
        self.empty_label = label(self.tr("Nothing due today."), "EmptyState", wrap=True)
        self.empty_label.setProperty("alignment", ALIGN_CENTER)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.table)
        self.pages.addWidget(self.empty_label)
        self.layout_.addWidget(self.pages, 1)
        self.setFocusProxy(self.table)
        # The first load comes with on_shown (the main window opens on this screen).

    def class_text(self, text: str) -> str:
        if text == self.description and self.overview:
            text = self.overview_description
        return super().class_text(text)

    def _build_table(self) -> QTableView:
        table = data_table(self.proxy, stretch=TodayColumn.DETAILS, row_height=34,
                           sort_column=TodayColumn.WHEN)
        table.setColumnHidden(TodayColumn.WHO, not self.overview)
        # Whole sentences, wrapped: a row grows rather than cut what is due.
        header = table.horizontalHeader()
        header.setSectionResizeMode(TodayColumn.WHO, QHeaderView.ResizeMode.Fixed)
        table.setColumnWidth(TodayColumn.WHO, WHO_WIDTH)
        rows = table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        rows.setMinimumSectionSize(ROW_MIN_HEIGHT)  # two lines (ID, name) with room to breathe
        table.setTabKeyNavigation(False)  # Tab leaves the list; arrows move within it
        open_rows_with(table, self._open_index)  # Enter or a double click; one click selects
        return table

    # ---- loading -----------------------------------------------------------------------------
    def reload(self) -> None:
        """Ask again what is due, on the worker; the list keeps its selected row where it
        can. An older request not yet answered is dropped."""
        if self.loading is not None and not self.loading.done:
            self.loading.cancel()
        ws, today = self.ws, self.ws.today()
        self.loading = run_in_background(
            self, ws, self.tr("Looking for what is due…"),
            lambda: today_items(ws, today=today),
            on_success=lambda items: self._show(items, today),
            on_failure=self._show_failure, read_only=True, keep_enabled=True)

    def _show(self, items: list[TodayItem], today: date) -> None:
        keep = self.selected_item()
        self.today = today
        self.message.clear_message()
        self.items = items
        self.model.set_items(items, today)
        self._show_count(len(items))
        self.pages.setCurrentIndex(EMPTY_PAGE if not items else LIST_PAGE)
        self._select(keep)
        self.count_changed.emit(len(items))

    def _show_failure(self, error: HaiError) -> None:
        """Said above an empty list: "nothing due" would not be true."""
        self.message.show_error(error)
        self.items = []
        self.model.set_items([], self.today)
        self._show_count(0, failed=True)
        self.pages.setCurrentIndex(LIST_PAGE)
        self.count_changed.emit(0)

    def _show_count(self, n: int, *, failed: bool = False) -> None:
        if failed:  # the message says why; "nothing due" would not be true
            self.count_label.setText("")
            return
        overdue = sum(1 for item in self.items if item.overdue)
        text = (self.tr("Nothing due today.") if n == 0 else
                self.tr("1 item") if n == 1 else self.tr("{n} items").format(n=n))
        if overdue:
            text += " · " + (self.tr("1 overdue") if overdue == 1 else
                             self.tr("{n} overdue").format(n=overdue))
        self.count_label.setText(text)

    # ---- choosing ----------------------------------------------------------------------------
    def visible_items(self) -> list[TodayItem]:
        """The rows as shown (sort applied)."""
        return [self.model.row_at(self.proxy.mapToSource(self.proxy.index(r, 0)).row())
                for r in range(self.proxy.rowCount())]

    def selected_item(self) -> TodayItem | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.row_at(self.proxy.mapToSource(rows[0]).row())

    def _select(self, keep: TodayItem | None) -> None:
        if not self.items:
            return
        shown = self.visible_items()
        row = next((i for i, item in enumerate(shown) if keep is not None and _same(item, keep)),
                   0)
        self.table.setCurrentIndex(self.proxy.index(row, TodayColumn.WHEN))
        self.table.selectRow(row)

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_requested.emit(self.model.row_at(self.proxy.mapToSource(index).row()))

    def on_shown(self) -> None:
        self.reload()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)


def _same(a: TodayItem, b: TodayItem) -> bool:
    return (a.patient.id, a.kind, a.order_id) == (b.patient.id, b.kind, b.order_id)
