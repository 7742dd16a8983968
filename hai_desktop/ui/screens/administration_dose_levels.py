"""The dose-level table in force, on the Administration screen: every drug's levels, rounding
rule and source; changed by an administrator or investigator (audited) and signed off by an
investigator, without which every order says the levels are not confirmed."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from hai_desktop.core.i18n import QT_TRANSLATE_NOOP
from hai_desktop.core.numbers import ismp
from hai_desktop.core.regimens import DoseLevels, protocol_regimens
from hai_desktop.services.dose_levels import (
    SIGN_OFF_MEANING,
    DoseLevelTable,
    dose_level_table,
    sign_off_table,
)
from hai_desktop.services.permissions import Action
from hai_desktop.services.workspace import Workspace
from hai_desktop.ui.dialogs.dose_level import DoseLevelDialog
from hai_desktop.ui.dialogs.order_sign import OrderSignDialog
from hai_desktop.ui.i18n import stamp_text, translate
from hai_desktop.ui.run_service import run_service
from hai_desktop.ui.widgets.common import (
    card,
    label,
    primary_button,
    repolish,
    section_title,
)
from hai_desktop.ui.widgets.tables import open_rows_with

HEADINGS = [QT_TRANSLATE_NOOP("DoseLevelsPanel", "Drug"),
            QT_TRANSLATE_NOOP("DoseLevelsPanel", "Route"),
            QT_TRANSLATE_NOOP("DoseLevelsPanel", "Levels 0 / −1 / −2"),
            QT_TRANSLATE_NOOP("DoseLevelsPanel", "Round to"),
            QT_TRANSLATE_NOOP("DoseLevelsPanel", "Limit"),
            QT_TRANSLATE_NOOP("DoseLevelsPanel", "Origin"),
            QT_TRANSLATE_NOOP("DoseLevelsPanel", "Source")]


def _levels_text(levels: DoseLevels) -> str:
    per = "m²" if protocol_regimens().drug(levels.drug).basis == "mg/m2" else "kg"
    return " / ".join(ismp(x) for x in levels.levels) + f" mg/{per}"


class DoseLevelsPanel(QWidget):
    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.table_in_force: DoseLevelTable | None = None
        self.drugs: list[str] = []
        frame, body = card()
        body.setSpacing(6)
        head = QHBoxLayout()
        head.addWidget(section_title(self.tr("Dose levels")))
        head.addWidget(label(self.tr(
            "The reductions the protocol leaves to the site [site rule]. Levels only go down. "
            "A change is audited and needs the investigator's sign-off again."), "Muted",
            wrap=True), 1)
        self.change_button: QPushButton | None = None
        self.sign_off_button: QPushButton | None = None
        if ws.may(Action.EDIT_DOSE_LEVELS):
            self.change_button = QPushButton(self.tr("Change…"))
            self.change_button.clicked.connect(self.change_selected)
            head.addWidget(self.change_button)
        if ws.may(Action.SIGN_OFF_DOSE_LEVELS):
            self.sign_off_button = primary_button(self.tr("Sign off the table…"))
            self.sign_off_button.setToolTip(self.tr("Confirm the whole table as the "
                                                    "investigator (password re-entry)"))
            self.sign_off_button.clicked.connect(self.sign_off)
            head.addWidget(self.sign_off_button)
        body.addLayout(head)
        self.status = label("", wrap=True)
        body.addWidget(self.status)
        table = QTableWidget(0, len(HEADINGS))
        table.setHorizontalHeaderLabels(
            [QCoreApplication.translate("DoseLevelsPanel", h) for h in HEADINGS])
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(28)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(HEADINGS) - 1, QHeaderView.ResizeMode.Stretch)
        if self.change_button is not None:
            open_rows_with(table, lambda _index: self.change_selected())
            table.itemSelectionChanged.connect(self._update_buttons)
        self.table = table
        body.addWidget(table, 1)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame)
        self.reload()

    def reload(self) -> None:
        outcome = run_service(self, dose_level_table, self.ws)
        if outcome.value is None:
            return
        current = self.table_in_force = outcome.value
        if current.confirmed and current.confirmed_at is not None:
            self.status.setObjectName("InlineOk")
            self.status.setText(self.tr("✓ Confirmed by <b>{name}</b> on {when}.").format(
                name=html.escape(current.confirmed_by or ""),
                when=stamp_text(current.confirmed_at, self.ws.zone)))
        else:
            self.status.setObjectName("Reminder")
            self.status.setText(self.tr("⚠ Not confirmed by the investigator: every order "
                                        "shows “dose levels not confirmed by the investigator” "
                                        "until an investigator signs the table off."))
        repolish(self.status)
        regimens = protocol_regimens()
        self.drugs = [d.id for d in sorted(regimens.drugs, key=lambda d: d.sequence)
                      if d.id in current.levels]
        self.table.setRowCount(len(self.drugs))
        for row, drug_id in enumerate(self.drugs):
            levels, drug = current.levels[drug_id], regimens.drug(drug_id)
            cells = (drug.name, translate("Route", drug.route_text), _levels_text(levels),
                     f"{levels.rounding_increment_mg:g} mg",
                     f"±{levels.max_deviation_percent:g} %", levels.status, levels.source)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(levels.source)
                if column == 5 and levels.status != "default":
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(row, column, item)
        self.table.setMinimumHeight(36 + 28 * len(self.drugs))
        self._update_buttons()

    def selected(self) -> DoseLevels | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or self.table_in_force is None:
            return None
        return self.table_in_force.levels[self.drugs[rows[0].row()]]

    def select_drug(self, drug_id: str) -> None:
        self.table.selectRow(self.drugs.index(drug_id))

    def _update_buttons(self) -> None:
        if self.change_button is not None:
            self.change_button.setEnabled(self.selected() is not None)

    def change_selected(self) -> None:
        levels = self.selected()
        if levels is not None and self.ws.may(Action.EDIT_DOSE_LEVELS) and \
                DoseLevelDialog(self.ws, levels, self).exec():
            self.reload()
            self.select_drug(levels.drug)

    def sign_off(self) -> None:
        dialog = OrderSignDialog(
            self.tr("Sign off the dose-level table"),
            self.tr("Confirm every drug's dose levels, rounding and limit as shown, as the "
                    "trial's investigator. Orders written from now on no longer show “dose "
                    "levels not confirmed”; any later change to the table voids this "
                    "confirmation."),
            SIGN_OFF_MEANING, self.tr("Sign off"),
            lambda password: sign_off_table(self.ws, password), self, bound_to="table")
        if dialog.exec():
            self.reload()


