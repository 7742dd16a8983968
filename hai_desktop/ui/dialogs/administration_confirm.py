"""The second nurse confirms the administration the first recorded — after seeing it: per line
the dose ordered and given, the times, the reasons for any difference, a pump still running,
and any medication error raised; then her own password (never the nurse who gave it)."""

from __future__ import annotations

import html
from datetime import tzinfo

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from hai_desktop.core.administration import DoseDeviation, dose_deviation, percent_of
from hai_desktop.core.errors import AuthenticationError, ValidationError
from hai_desktop.core.i18n import QT_TRANSLATE_NOOP
from hai_desktop.core.numbers import ismp
from hai_desktop.core.regimens import protocol_regimens
from hai_desktop.records import OrderLineRecord
from hai_desktop.services.administration import DoubleCheckState, confirm_administration
from hai_desktop.services.orders import GIVEN, MEANINGS, OrderView
from hai_desktop.services.workspace import Workspace
from hai_desktop.ui.dialogs.base import password_field, problem_label, with_problem
from hai_desktop.ui.dialogs.order_sign import (
    ChairDialog,
    patient_line,
)
from hai_desktop.ui.i18n import stamp_text
from hai_desktop.ui.models.orders import running, times_text
from hai_desktop.ui.widgets.common import card, label, section_title

# English, shown translated (context "ConfirmAdministrationDialog").
HEADINGS = ("#", QT_TRANSLATE_NOOP("ConfirmAdministrationDialog", "Drug"),
            QT_TRANSLATE_NOOP("ConfirmAdministrationDialog", "Ordered"),
            QT_TRANSLATE_NOOP("ConfirmAdministrationDialog", "Given"),
            QT_TRANSLATE_NOOP("ConfirmAdministrationDialog", "Times"),
            QT_TRANSLATE_NOOP("ConfirmAdministrationDialog", "Reasons and notes"))


def _tr(text: str) -> str:
    return QCoreApplication.translate("ConfirmAdministrationDialog", text)


def _cell(text: str, name: str | None = None) -> QLabel:
    cell = label(text, name, wrap=True)
    cell.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    return cell


def line_notes(line: OrderLineRecord, zone: tzinfo) -> list[str]:
    """The reasons the first nurse gave, and what is still to be done."""
    notes = []
    if line.given_reason:
        notes.append(QCoreApplication.translate(
            "ConfirmAdministrationDialog", "Dose: {reason}").format(
            reason=html.escape(line.given_reason)))
    if line.duration_reason:
        notes.append(QCoreApplication.translate(
            "ConfirmAdministrationDialog", "Time: {reason}").format(
            reason=html.escape(line.duration_reason)))
    if running(line):
        notes.append(QCoreApplication.translate(
            "ConfirmAdministrationDialog", "<b>Pump running</b> since {time}: its disconnection "
            "is recorded later").format(time=stamp_text(line.started_at, zone)))
    return notes


class ConfirmAdministrationDialog(ChairDialog):
    def __init__(self, ws: Workspace, view: OrderView, checks: DoubleCheckState | None = None,
                 parent: QWidget | None = None) -> None:
        order = view.order
        given = next((s for s in view.signatures if s.meaning == MEANINGS[GIVEN]), None)
        intro = (self.tr(
            "Cycle {cycle} of {patient}: what was recorded as given by <b>{name}</b> ({time}). "
            "Check it against the bags, the pumps and the chart before you sign; the "
            "confirmation is made by another nurse than the one who gave it.") if given else
            self.tr("Cycle {cycle} of {patient}: what was recorded as given. Check it against "
                    "the bags, the pumps and the chart before you sign; the confirmation is made "
                    "by another nurse than the one who gave it."))
        super().__init__(
            self.tr("Confirm administration — order #{id}").format(id=order.id),
            intro.format(cycle=order.cycle, patient=patient_line(view.patient),
                         name=html.escape(given.full_name) if given else "",
                         time=stamp_text(given.signed_at, ws.zone) if given else ""),
            self.tr("Confirm and sign"), parent)
        self.ws = ws
        self.view = view
        self._add_lines()
        self._add_incidents()
        if checks is not None and checks.checks:
            self.body.addWidget(label(self.tr("Double checked before giving by {checks}.").format(
                checks=", ".join(f"{html.escape(c.full_name)} ({stamp_text(c.checked_at, ws.zone)})"
                                 for c in checks.checks)), "Muted", wrap=True))
        self.body.addStretch(1)
        self.password = password_field()
        self.password_problem = problem_label()
        self.add_row(self.tr("Your password"),
                     with_problem(self.password, self.password_problem))
        self.form.addRow(label(self.tr("Signature meaning: <i>“second-nurse check”</i>."),
                               "Muted", wrap=True))
        self.watch("password", self.password, self.password_problem)
        self.password.setFocus()
        self.fit_to()

    def _add_lines(self) -> None:
        frame, box = card()
        box.addWidget(section_title(self.tr("What was given")))
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(8)
        for column, heading in enumerate(HEADINGS):
            grid.addWidget(label(f"<b>{_tr(heading)}</b>", "Muted"), 0, column)
        numbers = self.view.numbers
        self.given_cells: dict[str, QLabel] = {}
        for row, line in enumerate(sorted(self.view.lines, key=lambda x: x.sequence), start=1):
            spec = protocol_regimens().drug(line.drug_id)
            grid.addWidget(_cell(f"<b>{numbers.get(line.drug_id, '')}</b>"), row, 0)
            grid.addWidget(_cell(f"<b>{html.escape(spec.label)}</b>"), row, 1)
            if line.stopped:
                grid.addWidget(_cell(self.tr("stopped — not part of this order"), "Muted"),
                               row, 2, 1, 4)
                continue
            grid.addWidget(_cell(f"{ismp(line.final_mg)} mg"), row, 2)
            given = self._given_cell(line)
            self.given_cells[line.drug_id] = given
            grid.addWidget(given, row, 3)
            grid.addWidget(_cell(html.escape(times_text(line, self.ws.zone))), row, 4)
            notes = _cell("<br>".join(line_notes(line, self.ws.zone)) or "—")
            notes.setMinimumWidth(420)  # the reasons are what the second nurse reads
            grid.addWidget(notes, row, 5)
        grid.setColumnStretch(5, 1)
        box.addLayout(grid)
        self.body.addWidget(frame)

    def _given_cell(self, line: OrderLineRecord) -> QLabel:
        if line.given_mg is None:
            return _cell(self.tr("not recorded"), "InlineError")
        text = f"<b>{ismp(line.given_mg)} mg</b>"
        deviation = dose_deviation(line.final_mg, line.given_mg)
        if line.given_mg == 0:
            return _cell(self.tr("{dose} — not given").format(dose=text), "InlineError")
        if deviation is not DoseDeviation.AS_ORDERED:
            shown = (self.tr("{dose} ({percent} %, less than ordered)")
                     if deviation is DoseDeviation.LESS else
                     self.tr("{dose} ({percent} %, more than ordered)"))
            return _cell(shown.format(dose=text, percent=ismp(
                percent_of(line.final_mg, line.given_mg), 1)), "InlineError")
        return _cell(text)

    def _add_incidents(self) -> None:
        errors = [i for i in self.view.incidents if i.resolved_at is None]
        if not errors:
            return
        frame, box = card()
        box.addWidget(label(self.tr("⚠ Medication error — the investigator is told"),
                            "InlineError"))
        for incident in errors:
            box.addWidget(label(self.tr("Incident #{id}: {summary}").format(
                id=incident.id, summary=html.escape(incident.summary)), "InlineError",
                wrap=True))
        self.body.addWidget(frame)

    def submit(self) -> bool:
        self.clear_problems()
        if not self.password.text():
            self.show_problem(ValidationError(self.tr("Enter your password to sign."),
                                              field="password"))
            return False
        outcome = self.attempt(confirm_administration, self.ws, self.view.order.id,
                               self.password.text())
        if outcome.error is None:
            return True
        self.password.clear()
        error = outcome.error
        self.show_problem(error, "password" if isinstance(error, AuthenticationError) else None)
        self.password.setFocus()
        return False
