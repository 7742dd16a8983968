"""Who may access the HAI catheter, on the Administration screen: every training recorded (valid
today, expired or voided, struck through) and the staff whose role accesses the catheter with
none recorded; administrators record a training and void one with a reason (audited)."""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QPushButton, QWidget

from hai_desktop.core.roles import Role
from hai_desktop.services import competency, users
from hai_desktop.services.permissions import Action, allowed
from hai_desktop.services.site_rules import COMPETENCY_MONTHS, site_rule_in_force
from hai_desktop.services.users import UserRow
from hai_desktop.services.workspace import Workspace
from hai_desktop.ui.dialogs.hai_competency import CompetencyDialog
from hai_desktop.ui.dialogs.reason import ReasonDialog
from hai_desktop.ui.i18n import date_text, role_text
from hai_desktop.ui.models.competency import (
    VALID,
    VOIDED,
    CompetencyColumn,
    CompetencyRow,
    CompetencyTableModel,
)
from hai_desktop.ui.run_service import attempt, run_service
from hai_desktop.ui.widgets.common import card, label, primary_button, section_title
from hai_desktop.ui.widgets.tables import data_table

# Columns whose text wraps at this width (the note takes the rest).
WRAPPED_WIDTHS = {CompetencyColumn.USER: 170, CompetencyColumn.ROLE: 130,
                  CompetencyColumn.TRAINER: 170}


def accesses_catheter(role: Role) -> bool:
    """Roles whose work needs the competency: the inspection and the HAI line."""
    return allowed(role, Action.INSPECT_CATHETER) or allowed(role, Action.ADMINISTER)


def competency_rows(people: list[UserRow], records: list[competency.CompetencyView]
                    ) -> list[CompetencyRow]:
    """Each record under its person; a person who needs one and has none live: one row."""
    by_user = {p.username: p for p in people}
    live = {r.username for r in records if not r.voided}
    latest: dict[str, date] = {}
    for r in records:
        if not r.voided and r.trained_on > latest.get(r.username, date.min):
            latest[r.username] = r.trained_on
    rows = [CompetencyRow(r.username, r.full_name, role_text(by_user[r.username].role)
                          if r.username in by_user else "—", r,
                          renewed=r.trained_on < latest.get(r.username, date.min))
            for r in records]
    rows += [CompetencyRow(p.username, p.full_name, role_text(p.role), None) for p in people
             if p.active and accesses_catheter(p.role) and p.username not in live]
    # By person; their trainings in the order recorded, then "none recorded" if none is live.
    return sorted(rows, key=lambda r: (r.full_name, r.record is None,
                                       r.record.id if r.record else 0))


class CompetencyPanel(QWidget):
    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.people: list[UserRow] = []
        self.months = int(attempt(site_rule_in_force, ws, COMPETENCY_MONTHS).value or 12)
        frame, body = card()
        body.setSpacing(6)
        head = QHBoxLayout()
        head.addWidget(section_title(self.tr("HAI competency")))
        self.rule_note = label(self.tr(
            "Only staff trained in HAI inspect the catheter and give the HAI line (protocol). "
            "A training is valid for <b>{months} months</b> [site rule].").format(
                months=self.months), "Muted", wrap=True)
        self.rule_note.setToolTip(self.tr("Site rule hai_competency_valid_months "
                                          "(Administration → Site rules)"))
        head.addWidget(self.rule_note, 1)
        self.record_button: QPushButton | None = None
        self.void_button: QPushButton | None = None
        if ws.may(Action.MANAGE_HAI_COMPETENCY):
            self.record_button = primary_button(self.tr("Record training…"))
            self.record_button.clicked.connect(self.record_training)
            self.void_button = QPushButton(self.tr("Void…"))
            self.void_button.setToolTip(self.tr("Withdraw a training recorded in error (with a "
                                                "reason)"))
            self.void_button.clicked.connect(self.void_selected)
            head.addWidget(self.record_button)
            head.addWidget(self.void_button)
        body.addLayout(head)
        self.model = CompetencyTableModel(self)
        self.table = data_table(self.model, stretch=CompetencyColumn.NOTE, row_height=28)
        header = self.table.horizontalHeader()
        for column, width in WRAPPED_WIDTHS.items():
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        # Long names and notes wrap: the row grows, no column is cut off at the right.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        body.addWidget(self.table, 1)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame)
        self.reload()

    def reload(self) -> None:
        records = run_service(self, competency.competencies, self.ws)
        people = attempt(users.list_users, self.ws)
        if records.value is None:
            return
        self.people = people.value or []
        self.model.set_competencies(competency_rows(self.people, records.value),
                                    self.ws.today())
        self._update_buttons()

    def selected(self) -> CompetencyRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def rows_of(self, username: str) -> list[int]:
        return [i for i, r in enumerate(self.model.rows()) if r.username == username]

    def select_row(self, row: int) -> None:
        self.table.selectRow(row)

    def state_of(self, username: str) -> list[str]:
        """What the 'Today' column says for each row of the person (for tests and reading)."""
        return [self.model.rows()[i].state(self.model.today) for i in self.rows_of(username)]

    def _update_buttons(self) -> None:
        if self.void_button is None:
            return
        row = self.selected()
        self.void_button.setEnabled(row is not None and row.record is not None
                                    and row.state(self.model.today) != VOIDED)

    def record_training(self) -> None:
        row = self.selected()
        dialog = CompetencyDialog(self.ws, self.people, self.months, self,
                                  username=row.username if row is not None else None)
        if dialog.exec():
            self.reload()

    def void_selected(self) -> None:
        row = self.selected()
        if row is None or row.record is None or row.record.voided:
            return
        record = row.record
        valid = row.state(self.model.today) == VALID
        values = {"name": html.escape(row.full_name), "day": date_text(record.trained_on),
                  "trainer": html.escape(record.trainer)}
        dialog = ReasonDialog(
            self.tr("Void HAI competency — {name}").format(name=row.full_name),
            self.tr("The training of <b>{name}</b> on {day} (trainer: {trainer}) is voided: "
                    "from now on they may not inspect the catheter or give the HAI line. It "
                    "stays in the record, struck through. Why is it voided?").format(**values)
            if valid else
            self.tr("The training of <b>{name}</b> on {day} (trainer: {trainer}) is voided: It "
                    "stays in the record, struck through. Why is it voided?").format(**values),
            self.tr("Void competency"),
            lambda reason: competency.void_competency(self.ws, record.id, reason), self)
        if dialog.exec():
            self.reload()
