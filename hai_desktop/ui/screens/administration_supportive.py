"""The premedication and supportive-care table in force, on the Administration screen: each item,
the drugs it comes with, whether it is in use, its origin, and the selected item's source under
the table; changed by an
administrator or investigator (audited) and signed off by an investigator, without which every
order says the premedication is not confirmed."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QPushButton, QWidget

from hai_desktop.core.supportive import SupportiveItem
from hai_desktop.services.permissions import Action
from hai_desktop.services.supportive_care import (
    SIGN_OFF_MEANING,
    SupportiveTable,
    sign_off_table,
    supportive_table,
)
from hai_desktop.services.workspace import Workspace
from hai_desktop.ui.dialogs.order_sign import OrderSignDialog
from hai_desktop.ui.dialogs.supportive_item import SupportiveItemDialog
from hai_desktop.ui.i18n import current_language, stamp_text
from hai_desktop.ui.models.supportive import SupportiveColumn, SupportiveTableModel, origin
from hai_desktop.ui.run_service import run_service
from hai_desktop.ui.widgets.common import (
    SELECTABLE_BY_MOUSE,
    card,
    label,
    primary_button,
    section_title,
)
from hai_desktop.ui.widgets.status_line import OK, REMINDER, StatusLine
from hai_desktop.ui.widgets.tables import data_table, open_rows_with

# Columns whose text wraps at this width (the "When" column takes the rest).
WRAPPED_WIDTHS = {SupportiveColumn.ITEM: 170, SupportiveColumn.DOSE: 120,
                  SupportiveColumn.ROUTE: 100, SupportiveColumn.WITH: 140}


class SupportivePanel(QWidget):
    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.table_in_force: SupportiveTable | None = None
        frame, body = card()
        body.setSpacing(6)
        head = QHBoxLayout()
        head.addWidget(section_title(self.tr("Premedication")))
        head.addWidget(label(self.tr(
            "Put on every order that gives the drugs listed [site rule]. A change is audited "
            "and needs the investigator's sign-off again."), "Muted", wrap=True), 1)
        self.change_button: QPushButton | None = None
        self.sign_off_button: QPushButton | None = None
        if ws.may(Action.EDIT_SUPPORTIVE_CARE):
            self.change_button = QPushButton(self.tr("Change…"))
            self.change_button.clicked.connect(self.change_selected)
            head.addWidget(self.change_button)
        if ws.may(Action.SIGN_OFF_SUPPORTIVE_CARE):
            self.sign_off_button = primary_button(self.tr("Sign off the table…"))
            self.sign_off_button.setToolTip(self.tr("Confirm the whole table as the "
                                                    "investigator (password re-entry)"))
            self.sign_off_button.clicked.connect(self.sign_off)
            head.addWidget(self.sign_off_button)
        body.addLayout(head)
        self.status = StatusLine()
        body.addWidget(self.status)
        self.model = SupportiveTableModel(self)
        self.table = data_table(self.model, stretch=SupportiveColumn.TIMING, row_height=28)
        header = self.table.horizontalHeader()
        for column, width in WRAPPED_WIDTHS.items():
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        # A long instruction wraps in its column; the row grows to show it whole.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        if self.change_button is not None:
            open_rows_with(self.table, lambda _index: self.change_selected())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        body.addWidget(self.table, 1)
        self.source = label(self.tr("Select an item to read its source."), "Muted", wrap=True)
        self.source.setProperty("textInteractionFlags", SELECTABLE_BY_MOUSE)
        body.addWidget(self.source)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame)
        self.reload()

    def reload(self) -> None:
        outcome = run_service(self, supportive_table, self.ws)
        if outcome.value is None:
            return
        current = self.table_in_force = outcome.value
        if current.confirmed and current.confirmed_at is not None:
            self.status.show_state(self.tr("✓ Confirmed by <b>{name}</b> on {when}.").format(
                name=html.escape(current.confirmed_by or ""),
                when=stamp_text(current.confirmed_at, self.ws.zone)), OK)
        else:
            self.status.show_state(self.tr("⚠ Not confirmed: every order says “premedication "
                                           "not confirmed by the investigator” until an "
                                           "investigator signs the table off."), REMINDER)
        self.model.set_rows(current.items)
        self._update_buttons()

    def selected(self) -> SupportiveItem | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select_item(self, item_id: str) -> None:
        self.table.selectRow(self.model.item_ids().index(item_id))

    def _update_buttons(self) -> None:
        item = self.selected()
        if self.change_button is not None:
            self.change_button.setEnabled(item is not None)
        self.source.setText(
            self.tr("<b>Source of {item}</b> ({origin}): {source}").format(
                item=html.escape(item.name_in(current_language())), origin=origin(item),
                source=html.escape(item.source)) if item is not None else
            self.tr("Select an item to read its source."))

    def change_selected(self) -> None:
        item = self.selected()
        if item is not None and self.ws.may(Action.EDIT_SUPPORTIVE_CARE) and \
                SupportiveItemDialog(self.ws, item, self).exec():
            self.reload()
            self.select_item(item.id)

    def sign_off(self) -> None:
        dialog = OrderSignDialog(
            self.tr("Sign off the premedication table"),
            self.tr("Confirm every premedication, hydration, monitoring and take-home item as "
                    "shown, as the trial's investigator. Orders written from now on no longer "
                    "show “premedication not confirmed”; any later change to the table voids "
                    "this confirmation."), SIGN_OFF_MEANING, self.tr("Sign off"),
            lambda password: sign_off_table(self.ws, password), self, bound_to="table")
        if dialog.exec():
            self.reload()
