"""The 46-h pump's end, recorded when it is disconnected (often days after the order was given):
the end time (now unless changed), a reason when the time it ran is outside the ordered one
widened by the site's tolerance, and the nurse's password."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from hai_desktop.core.errors import AuthenticationError, ValidationError
from hai_desktop.core.numbers import ismp
from hai_desktop.core.regimens import protocol_regimens
from hai_desktop.records import OrderLineRecord
from hai_desktop.services.administration import (
    ordered_minutes,
    record_disconnection,
    running_lines,
)
from hai_desktop.services.orders import OrderView
from hai_desktop.services.workspace import Workspace
from hai_desktop.ui.dialogs.base import password_field, problem_label, with_problem
from hai_desktop.ui.dialogs.order_administration import (
    LocalTimeEdit,
    duration_hint,
    tolerance_in_force,
)
from hai_desktop.ui.dialogs.order_sign import (
    ChairDialog,
    patient_line,
)
from hai_desktop.ui.i18n import stamp_text
from hai_desktop.ui.widgets.common import label, restyle


def _line_text(line: OrderLineRecord, number: int | None, ws: Workspace) -> str:
    spec = protocol_regimens().drug(line.drug_id)
    text = (QCoreApplication.translate("PumpDisconnectionDialog",
                                       "{number} · {drug} · {dose} mg · started {time}")
            if number else
            QCoreApplication.translate("PumpDisconnectionDialog",
                                       "{drug} · {dose} mg · started {time}"))
    return text.format(number=number, drug=spec.label, dose=ismp(line.given_mg or 0),
                       time=stamp_text(line.started_at, ws.zone))


class PumpDisconnectionDialog(ChairDialog):
    def __init__(self, ws: Workspace, view: OrderView, parent: QWidget | None = None) -> None:
        order = view.order
        super().__init__(
            self.tr("Pump disconnected — order #{id}").format(id=order.id),
            self.tr("Cycle {cycle} of {patient}: record when the pump was disconnected (site "
                    "time). Signature meaning: <i>“pump disconnected”</i>.").format(
                cycle=order.cycle, patient=patient_line(view.patient)),
            self.tr("Record and sign"), parent)
        self.ws = ws
        self.view = view
        self.tolerance = tolerance_in_force(ws)
        self.lines = running_lines(view.lines)
        numbers = view.numbers
        self.line = QComboBox()
        for line in self.lines:
            self.line.addItem(_line_text(line, numbers.get(line.drug_id), ws), line.drug_id)
        self.line.setEnabled(len(self.lines) > 1)
        self.ended = LocalTimeEdit(ws.zone)
        self.ended.setMinimumWidth(200)
        self.end_problem = problem_label()
        self.hint = label("", "Muted", wrap=True, rich=True)
        self.hint.setMinimumWidth(520)
        self.reason = QLineEdit()
        self.reason.setMinimumWidth(520)
        self.reason.setPlaceholderText(self.tr("e.g. pump alarm: occlusion, disconnected early"))
        self.reason_problem = problem_label()
        self.reason_box = with_problem(self.reason, self.reason_problem)
        self.password = password_field()
        self.password_problem = problem_label()
        self.add_row(self.tr("Line"), self.line)
        self.add_row(self.tr("Disconnected at"), with_problem(self.ended, self.end_problem))
        self.form.addRow("", self.hint)
        self.add_row(self.tr("Reason for the time"), self.reason_box)
        self.add_row(self.tr("Your password"),
                     with_problem(self.password, self.password_problem))
        self.watch("ended", self.ended, self.end_problem)
        self.watch("reason", self.reason, self.reason_problem)
        self.watch("password", self.password, self.password_problem)
        self.scroll_area.hide()  # one line to record: the form is all there is
        self.line.currentIndexChanged.connect(self.refresh)
        self.ended.dateTimeChanged.connect(self.refresh)
        self.refresh()
        self.ended.setFocus()
        self.fit_to()

    def selected(self) -> OrderLineRecord | None:
        drug = self.line.currentData()
        return next((x for x in self.lines if x.drug_id == drug), None)

    def refresh(self) -> None:
        line = self.selected()
        needs = False
        if line is not None and line.started_at is not None and self.tolerance is not None:
            text, needs = duration_hint(line, line.started_at, self.ended.moment(),
                                        self.tolerance)
            self.hint.setText(html.escape(text))
        elif line is not None:
            self.hint.setText(self.tr("Ordered: {hours} h.").format(
                hours=ismp(ordered_minutes(line)[1] / 60)))
        restyle(self.hint, "InlineError" if needs else "Muted")
        self.hint.show()
        show = needs or bool(self.reason.text())
        self.form.setRowVisible(self.reason_box, show)

    def submit(self) -> bool:
        self.clear_problems()
        line = self.selected()
        if line is None:
            self.show_error(self.tr("No pump is running on this order."))
            return False
        if not self.password.text():
            self.show_problem(ValidationError(self.tr("Enter your password to sign.")),
                              "password")
            return False
        outcome = self.attempt(record_disconnection, self.ws, self.view.order.id, line.drug_id,
                               self.ended.moment(), self.password.text(),
                               duration_reason=self.reason.text())
        if outcome.error is None:
            return True
        self.password.clear()
        error = outcome.error
        if isinstance(error, AuthenticationError):
            self.show_problem(error, "password")
            return False
        name = getattr(error, "field", None)
        if name == f"{line.drug_id}:duration":
            self.form.setRowVisible(self.reason_box, True)
            self.hint.hide()  # the refusal says the same, at the reason
            self.show_problem(error, "reason")
        elif name == line.drug_id:
            self.show_problem(error, "ended")
        else:
            self.show_problem(error)
        return False
