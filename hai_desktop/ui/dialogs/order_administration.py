"""The nurse records the administration as it really happened, after the double check: per
line (numbered as on the sheet) the dose given — prefilled with the final ordered dose — and its
start and end in the site's local time; the 46-h pump may be left running, its end recorded when
it is disconnected.

What a difference needs appears as it is typed: a dose other than the ordered one asks for the
reason, more than ordered is shown as the medication error it is (confirmed, with the reason;
the investigator is told), a duration outside the ordered one widened by the site's tolerance
asks for the reason for the time. These are hints computed here; the service decides.
"""

from __future__ import annotations

import html
from datetime import UTC, datetime, tzinfo

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    Qt,
    QTime,
    QTimeZone,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QDateTimeEdit,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from hai_desktop.core.administration import (
    DoseDeviation,
    DurationCheck,
    check_duration,
    dose_deviation,
    minutes_text,
    percent_of,
)
from hai_desktop.core.clock import utc_now, zone_label
from hai_desktop.core.errors import AuthenticationError, ValidationError
from hai_desktop.core.i18n import QT_TRANSLATE_NOOP
from hai_desktop.core.numbers import ismp
from hai_desktop.core.regimens import ROUTE_TEXT, protocol_regimens
from hai_desktop.records import OrderLineRecord
from hai_desktop.services import site_rules
from hai_desktop.services.administration import (
    CONTINUOUS,
    AdministrationEntry,
    ordered_minutes,
    rate_text,
    record_administration,
)
from hai_desktop.services.orders import OrderView
from hai_desktop.services.workspace import Workspace
from hai_desktop.ui.dialogs.base import password_field, problem_label, with_problem
from hai_desktop.ui.dialogs.order_sign import (
    ChairDialog,
    patient_line,
)
from hai_desktop.ui.i18n import message_text, translate
from hai_desktop.ui.run_service import attempt
from hai_desktop.ui.style import ERROR_RED
from hai_desktop.ui.widgets.common import label, restyle

# English, shown translated (context "AdministrationDialog", as the module's functions).
PUMP_RUNNING = QT_TRANSLATE_NOOP("AdministrationDialog",
                                 "pump running — record the disconnection later")
MORE_WARNING = QT_TRANSLATE_NOOP(
    "AdministrationDialog", "⚠ More than ordered is a medication error — the investigator is told.")
MORE_CONFIRM = QT_TRANSLATE_NOOP("AdministrationDialog", "It was really given: record it")


def _tr(text: str) -> str:
    return QCoreApplication.translate("AdministrationDialog", text)


def tolerance_in_force(ws: Workspace) -> float | None:
    """The site's duration tolerance (%), for the hints; None: no hint, the service decides."""
    outcome = attempt(site_rules.site_rule_in_force, ws, site_rules.DURATION_TOLERANCE)
    try:
        return float(outcome.value) if outcome.value is not None else None
    except ValueError:
        return None


def dose_typed(text: str) -> float | None:
    """The mg typed ("730", "730 mg", "4,400"), None when it is not a number."""
    cleaned = text.strip().removesuffix("mg").strip().replace(",", "")
    try:
        amount = float(cleaned)
    except ValueError:
        return None
    return amount if amount >= 0 else None


def duration_hint(line: OrderLineRecord, started: datetime, ended: datetime,
                  tolerance: float) -> tuple[str, bool]:
    """What the recorded times say against the order, and whether a reason is needed."""
    ordered = ordered_minutes(line)
    result = check_duration(ordered, started, ended, tolerance)
    if result.check is DurationCheck.INVALID:
        return QCoreApplication.translate("AdministrationDialog",
                                          "The end must be after the start."), False
    took = minutes_text((round(result.minutes),) * 2)
    if result.needs_reason:
        low, high = (minutes_text((round(m),) * 2) for m in result.allowed)
        text = (QCoreApplication.translate(
            "AdministrationDialog", "{took} recorded: shorter than ordered ({ordered} ordered; "
            "{low}–{high} needs no reason [site rule ±{tolerance} %]). Check the times, or give "
            "the reason.") if result.check is DurationCheck.SHORTER else
            QCoreApplication.translate(
            "AdministrationDialog", "{took} recorded: longer than ordered ({ordered} ordered; "
            "{low}–{high} needs no reason [site rule ±{tolerance} %]). Check the times, or give "
            "the reason."))
        return text.format(took=took, ordered=minutes_text(ordered), low=low, high=high,
                           tolerance=f"{tolerance:g}"), True
    return QCoreApplication.translate(
        "AdministrationDialog", "{took} recorded: as ordered ({ordered} ±{tolerance} %).").format(
        took=took, ordered=minutes_text(ordered), tolerance=f"{tolerance:g}"), False


class LocalTimeEdit(QDateTimeEdit):
    """A date and time on the site's clock (`ws.zone`), whatever the computer's own zone: the
    edit holds the site's wall-clock time as it is read and typed, converted only on reading."""

    def __init__(self, zone: tzinfo, moment: datetime | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.zone = zone
        self.setTimeZone(QTimeZone.utc())  # no conversion by Qt: the wall clock as typed
        self.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.setCalendarPopup(True)
        self.set_moment(moment or utc_now())

    def set_moment(self, moment: datetime) -> None:
        wall = moment.astimezone(self.zone)
        self.setDateTime(QDateTime(QDate(wall.year, wall.month, wall.day),
                                   QTime(wall.hour, wall.minute), QTimeZone.utc()))

    def moment(self) -> datetime:
        day, time = self.date(), self.time()
        wall = datetime(day.year(), day.month(), day.day(), time.hour(), time.minute())
        return wall.replace(tzinfo=self.zone).astimezone(UTC)


def _caption(text: str) -> QLabel:
    return label(text, "Muted")


class GivenLine(QFrame):
    """One line of the order as given: the dose, the times, and what a difference needs."""

    def __init__(self, line: OrderLineRecord, number: int, zone: tzinfo, tolerance: float | None,
                 withheld: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Card")
        self.line = line
        self.number = number
        self.tolerance = tolerance
        self.withheld = withheld
        self.spec = protocol_regimens().drug(line.drug_id)
        self.revealed: set[str] = set()  # what the service asked for, shown whatever the hint
        self.dose = QLineEdit(f"{line.final_mg:g}")
        self.dose.setFixedWidth(110)
        self.dose.setToolTip(self.tr("Ordered: {dose} mg").format(dose=ismp(line.final_mg)))
        self.start = LocalTimeEdit(zone)
        self.end = LocalTimeEdit(zone)
        self.running = QCheckBox(_tr(PUMP_RUNNING))
        self.running.setVisible(line.route == CONTINUOUS)
        self.running.setChecked(line.route == CONTINUOUS)  # the 46-h pump goes home running
        self.dose_hint = label("", "Muted")  # short: it keeps its line, the time wraps
        self.time_hint = label("", "Muted", wrap=True)
        self.dose_reason = QLineEdit()
        self.dose_reason.setPlaceholderText(
            self.tr("e.g. infusion stopped early: rigors at 40 min"))
        self.more_warning = label(_tr(MORE_WARNING), "InlineError", wrap=True)
        self.more_confirmed = QCheckBox(_tr(MORE_CONFIRM))
        self.more_confirmed.setStyleSheet(f"color: {ERROR_RED}; font-weight: 600;")
        self.time_reason = QLineEdit()
        self.time_reason.setPlaceholderText(self.tr("e.g. rate halved for an infusion reaction"))
        self.problem = problem_label()
        self.reason_problem = problem_label()
        self.more_problem = problem_label()
        self.time_problem = problem_label()
        self._lay_out()
        if withheld is not None:
            # The gate is closed today: the HAI line is recorded as not given.
            self.dose.setText("0")
            self.dose.setReadOnly(True)
            self.dose.setToolTip(withheld)
        for signal in (self.dose.textChanged, self.start.dateTimeChanged,
                       self.end.dateTimeChanged, self.running.toggled,
                       self.more_confirmed.toggled):
            signal.connect(self.refresh)
        self.refresh()

    def _lay_out(self) -> None:
        line = self.line
        column = QVBoxLayout(self)
        column.setContentsMargins(14, 8, 14, 8)
        column.setSpacing(4)
        ordered = self.tr("<b>{dose} mg</b> ordered · {route} · {rate}").format(
            dose=ismp(line.final_mg), route=translate("Route", ROUTE_TEXT[line.route]),
            rate=html.escape(message_text(rate_text(line))))
        # Markup and values only: nothing in it to translate.
        heading = (f"<span style='font-size:13pt'><b>{self.number}&nbsp;&nbsp;"
                   f"{html.escape(self.spec.label)}</b></span>&nbsp;&nbsp;&nbsp;{ordered}")
        column.addWidget(label(heading, wrap=True))
        if self.withheld is not None:
            column.addWidget(label(self.tr("⚠ {reason}. Recorded as not given (0 mg); the "
                                           "systemic drugs go ahead.").format(
                reason=html.escape(self.withheld)), "InlineError", wrap=True))
        self.start_caption = _caption(self.tr("Start"))
        self.end_caption = _caption(self.tr("End"))
        row = QHBoxLayout()
        row.setSpacing(8)
        for widget in (_caption(self.tr("Dose given")), self.dose, _caption("mg"),
                       self.start_caption,
                       self.start, self.end_caption, self.end, self.running):
            row.addWidget(widget)
        row.addStretch(1)
        column.addLayout(row)
        hints = QHBoxLayout()
        hints.setSpacing(12)
        hints.addWidget(self.dose_hint)
        hints.addWidget(self.time_hint, 1)
        column.addLayout(hints)
        column.addWidget(self.problem)
        # What a difference needs, in the order the eye meets it: the error first.
        self.more_row = QWidget()
        stacked = QVBoxLayout(self.more_row)
        stacked.setContentsMargins(0, 0, 0, 0)
        stacked.setSpacing(2)
        more = QHBoxLayout()
        more.addWidget(self.more_warning, 1)
        more.addWidget(self.more_confirmed)
        stacked.addLayout(more)
        stacked.addWidget(self.more_problem)
        column.addWidget(self.more_row)
        self.reason_caption = _caption(self.tr("Reason for the difference"))
        self.time_caption = _caption(self.tr("Reason for the time"))
        self.reason_row = self._reason_row(self.reason_caption, self.dose_reason,
                                           self.reason_problem)
        self.time_row = self._reason_row(self.time_caption, self.time_reason,
                                         self.time_problem)
        column.addWidget(self.reason_row)
        column.addWidget(self.time_row)
        # Tab follows the order the fields were laid out in: dose, start, end, pump, the
        # confirmation, the reasons (no setTabOrder here: this frame is not in its dialog yet).

    @staticmethod
    def _reason_row(caption: QLabel, field: QLineEdit, problem: QLabel) -> QWidget:
        caption.setMinimumWidth(190)
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(caption, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(with_problem(field, problem), 1)
        return box

    # ---- the live hints ------------------------------------------------------------------
    def amount(self) -> float | None:
        return dose_typed(self.dose.text())

    def refresh(self) -> None:
        amount = self.amount()
        deviation = (dose_deviation(self.line.final_mg, amount) if amount is not None
                     else DoseDeviation.AS_ORDERED)
        not_given = amount == 0 or self.withheld is not None
        for widget in (self.start_caption, self.start, self.end_caption, self.end):
            widget.setVisible(not not_given)
        self.running.setVisible(self.line.route == CONTINUOUS and not not_given)
        self.end.setEnabled(not self.running.isChecked())
        dose_note = self._dose_note(amount, deviation)
        self.dose_hint.setText(dose_note)
        self.dose_hint.setVisible(bool(dose_note))
        restyle(self.dose_hint, "InlineError" if amount is None
                or deviation is DoseDeviation.MORE else "Muted")
        time_note, needs_time = ("", False) if not_given else self._time_note()
        self.time_hint.setText(time_note)
        self.time_hint.setVisible(bool(time_note))
        restyle(self.time_hint, "InlineError" if needs_time else "Muted")
        differs = deviation is not DoseDeviation.AS_ORDERED and self.withheld is None
        self.reason_row.setVisible(differs or "reason" in self.revealed)
        self.more_row.setVisible(deviation is DoseDeviation.MORE or "more" in self.revealed)
        self.time_row.setVisible(needs_time or "duration" in self.revealed)

    def _time_note(self) -> tuple[str, bool]:
        """What the times say; True when they need a reason."""
        ended = self.ended()
        if ended is None:
            return self.tr("Pump running: its end is recorded when it is disconnected "
                           "({ordered} ordered).").format(
                ordered=minutes_text(ordered_minutes(self.line))), False
        if ended == self.start.moment():
            return self.tr("Enter the start and the end as they were."), False
        if self.tolerance is None:
            return "", False
        return duration_hint(self.line, self.start.moment(), ended, self.tolerance)

    def _dose_note(self, amount: float | None, deviation: DoseDeviation) -> str:
        if self.withheld is not None:
            return ""
        if amount is None:
            return self.tr("The dose given must be a number of mg (0 if it was not given).")
        if deviation is DoseDeviation.AS_ORDERED:
            return self.tr("Dose as ordered.")
        change = self.tr("{given} mg given, {ordered} mg ordered ({percent} %)").format(
            given=ismp(amount), ordered=ismp(self.line.final_mg),
            percent=ismp(percent_of(self.line.final_mg, amount), 1))
        if amount == 0:
            return self.tr("Not given ({change}): give the reason.").format(change=change)
        if deviation is DoseDeviation.LESS:
            return self.tr("Less than ordered: {change}.").format(change=change)
        return self.tr("More than ordered: {change}.").format(change=change)

    def ended(self) -> datetime | None:
        return None if self.running.isChecked() else self.end.moment()

    def reveal(self, what: str) -> None:
        """The service asked for `what` ("reason", "more", "duration"): show it."""
        self.revealed.add(what)
        self.refresh()

    def entry(self) -> AdministrationEntry:
        if self.withheld is not None:
            return AdministrationEntry("0")
        return AdministrationEntry(
            self.dose.text(), self.start.moment(), self.ended(),
            dose_reason=self.dose_reason.text(), duration_reason=self.time_reason.text(),
            more_than_ordered_confirmed=self.more_confirmed.isChecked())


class AdministrationDialog(ChairDialog):
    def __init__(self, ws: Workspace, view: OrderView, parent: QWidget | None = None) -> None:
        order = view.order
        zone = zone_label(datetime.now(ws.zone))  # the site's, e.g. KST
        super().__init__(
            self.tr("Record administration — order #{id}").format(id=order.id),
            self.tr("Cycle {cycle} of {patient}: for each line the dose given and its times as "
                    "they really were (site time, {zone}). Signature meaning: "
                    "<i>“administered”</i>; a second nurse confirms what you record.").format(
                cycle=order.cycle, patient=patient_line(view.patient), zone=html.escape(zone)),
            self.tr("Record and sign"), parent)
        self.ws = ws
        self.view = view
        self.rows: dict[str, GivenLine] = {}
        tolerance = tolerance_in_force(ws)
        gate = view.hai_gate
        numbers = view.numbers
        for line in sorted(view.lines, key=lambda x: x.sequence):
            if line.stopped:
                continue
            withheld = (message_text(gate.reason) if line.route == "HAI" and gate is not None
                        and gate.withheld else None)
            row = GivenLine(line, numbers[line.drug_id], ws.zone, tolerance, withheld)
            self.rows[line.drug_id] = row
            self.body.addWidget(row)
            self.watch(line.drug_id, row.dose, row.problem)
            self.watch(f"{line.drug_id}:reason", row.dose_reason, row.reason_problem)
            self.watch(f"{line.drug_id}:more", row.more_confirmed, row.more_problem)
            self.watch(f"{line.drug_id}:duration", row.time_reason, row.time_problem)
        self.body.addStretch(1)
        self.password = password_field()
        self.password_problem = problem_label()
        self.add_row(self.tr("Your password"),
                     with_problem(self.password, self.password_problem))
        self.watch("password", self.password, self.password_problem)
        first = next((r.dose for r in self.rows.values() if r.withheld is None), self.password)
        first.setFocus()
        self.fit_to()

    def entries(self) -> dict[str, AdministrationEntry]:
        return {drug: row.entry() for drug, row in self.rows.items()}

    def submit(self) -> bool:
        self.clear_problems()
        if not self.password.text():
            self.show_problem(ValidationError(self.tr("Enter your password to sign."),
                                              field="password"))
            return False
        outcome = self.attempt(record_administration, self.ws, self.view.order.id, self.entries(),
                               self.password.text())
        if outcome.error is None:
            return True
        self.password.clear()
        error = outcome.error
        if isinstance(error, AuthenticationError):
            self.show_problem(error, "password")
            return False
        name = getattr(error, "field", None) or ""
        drug, _, what = name.partition(":")
        if drug in self.rows and what:
            self.rows[drug].reveal(what)
        self.show_problem(error)
        return False
