"""The first nurse records what was given: each drug's actual dose (prefilled with the ordered
dose) with its start and end times, signed with the password; a second nurse confirms later."""

from __future__ import annotations

import html
from datetime import UTC, datetime

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import QDateTimeEdit, QHBoxLayout, QLineEdit, QWidget

from hai_desktop.core.errors import HaiError
from hai_desktop.core.numbers import mg
from hai_desktop.services.orders import OrderView, record_administration
from hai_desktop.services.workspace import Workspace
from hai_desktop.ui.dialogs.base import FormDialog, password_field
from hai_desktop.ui.run_service import busy_cursor
from hai_desktop.ui.widgets.common import label


def _when() -> QDateTimeEdit:
    edit = QDateTimeEdit(QDateTime.currentDateTime())
    edit.setDisplayFormat("yyyy-MM-dd HH:mm")
    edit.setCalendarPopup(True)
    return edit


class AdministrationDialog(FormDialog):
    def __init__(self, ws: Workspace, view: OrderView, parent: QWidget | None = None) -> None:
        number = html.escape(view.patient.screening_number)
        super().__init__(f"Record administration — order #{view.order.id}",
                         f"Cycle {view.order.cycle} of <b>{number}</b>: the dose given of each "
                         "drug (mg) and its times. "
                         "Signature meaning: <i>“administered”</i>.", "Record and sign", parent)
        self.ws = ws
        self.view = view
        self.rows: dict[str, tuple[QLineEdit, QDateTimeEdit, QDateTimeEdit]] = {}
        self.withheld: QWidget | None = None
        for line in view.lines:
            if line.stopped:
                continue
            given = QLineEdit(f"{line.final_mg:g}")
            given.setFixedWidth(90)
            given.setToolTip(f"Ordered: {mg(line.final_mg)}")
            gate = view.hai_gate
            if line.route == "HAI" and gate is not None and gate.withheld:
                # The gate is closed today: the HAI line is recorded as not given.
                given.setText("0")
                given.setReadOnly(True)
                given.setToolTip(gate.reason)
                self.withheld = label(f"⚠ {html.escape(gate.reason)}. Recorded as not given "
                                      "(0 mg); the systemic drugs go ahead.", "InlineError",
                                      wrap=True)
                self.form.addRow(self.withheld)
            start, end = _when(), _when()
            row = QWidget()
            layout = QHBoxLayout(row)
            layout.setContentsMargins(0, 0, 0, 0)
            layout.addWidget(given)
            layout.addWidget(self._caption("mg   start"))
            layout.addWidget(start)
            layout.addWidget(self._caption("end"))
            layout.addWidget(end)
            layout.addStretch(1)
            self.rows[line.drug_id] = (given, start, end)
            self.add_row(line.drug_id, row)
        self.password = password_field()
        self.add_row("Your password", self.password)

    @staticmethod
    def _caption(text: str) -> QWidget:
        return label(text, "Muted")

    def submit(self) -> bool:
        def utc(edit: QDateTimeEdit) -> datetime:
            return edit.dateTime().toPython().astimezone(UTC)  # type: ignore[no-any-return]

        given = {drug: g.text() for drug, (g, _s, _e) in self.rows.items()}
        started = {drug: utc(s) for drug, (_g, s, _e) in self.rows.items()}
        ended = {drug: utc(e) for drug, (_g, _s, e) in self.rows.items()}
        with busy_cursor():
            try:
                record_administration(self.ws, self.view.order.id, given, started, ended,
                                      self.password.text())
            except HaiError as error:
                self.password.clear()
                self.show_error(error)
                return False
        return True
