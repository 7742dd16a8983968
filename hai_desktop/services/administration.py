"""At the chair: the independent double check by two nurses, then the administration as it
really happened, and the 46-h pump's disconnection later.

Double check (ASCO/ONS 2016; ISMP): before anything is given, two different nurses each check
on their own, each with their own password — the sheet's order code scanned (a keyboard-wedge
scanner types it and Enter), the patient's record number and date of birth as the patient and
wristband give them, and every line to give as it is shown: drug, dose, route, volume, rate and
duration, pump. What was shown is kept with the check. A check stays current while what it showed
is still what is to be given (the HAI gate may change that); administration needs two current
checks by two different nurses, and the nurse who records it must be one of them.

Administration: per drug the dose given and its start and end (the 46-h pump's end is recorded
when it is disconnected). Any dose other than the final ordered one needs a reason; more than
ordered is a medication error that raises an incident for the investigator, never silently. A
recorded duration outside the ordered one widened by the site's tolerance needs a reason; an end
at or before its start is refused. The HAI line is given only through its gate and only by a
nurse with a valid HAI competency.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Mapping, Sequence
from dataclasses import asdict, dataclass
from datetime import date, datetime
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from hai_desktop.core.administration import (
    DoseDeviation,
    DurationCheck,
    check_duration,
    dose_deviation,
    minutes_text,
    percent_of,
)
from hai_desktop.core.errors import ConflictError, PermissionDenied, ValidationError
from hai_desktop.core.i18n import QT_TRANSLATE_NOOP, msg
from hai_desktop.core.numbers import ismp
from hai_desktop.core.order_code import order_code, order_id_from_code
from hai_desktop.core.regimens import ROUTE_TEXT, protocol_regimens
from hai_desktop.records import OrderLineRecord
from hai_desktop.services import catheter, competency, randomization, signing, site_rules
from hai_desktop.services.access import KeySigner
from hai_desktop.services.orders import (
    ADMINISTERED,
    GIVEN,
    PRINTED,
    _order,
    _require_status,
    _sign_step,
    order_content,
)
from hai_desktop.services.permissions import Action, allowed
from hai_desktop.services.workspace import Workspace
from hai_desktop.store import audit
from hai_desktop.store.models import (
    CatheterInspection,
    DoubleCheck,
    Incident,
    Order,
    OrderLine,
    Patient,
    utc_now,
)

CHECK_MEANING = "independent double check"
MEDICATION_ERROR = randomization.MEDICATION_ERROR
CONTINUOUS = "IV continuous"


# ---- what the nurses check ---------------------------------------------------------------

def line_numbers(lines: list[OrderLine]) -> dict[str, int]:
    """Drug → its number on the sheet and the screen: 1, 2, 3 … in order of administration."""
    return {line.drug_id: n for n, line in enumerate(sorted(lines, key=lambda x: x.sequence),
                                                        start=1)}


LineT = TypeVar("LineT", bound=OrderLineRecord)


def volume_text(line: OrderLineRecord) -> str:
    diluent = protocol_regimens().drug(line.drug_id).diluent_text(line.diluent)
    if line.volume_ml is None:
        return msg("{diluent}", diluent=diluent)
    return msg("{volume} mL · {diluent}", volume=ismp(line.volume_ml, 1), diluent=diluent)


def ordered_minutes(line: OrderLineRecord) -> tuple[float, float]:
    """What the order says (older orders: the regimen's numbers)."""
    if line.minutes_low is not None and line.minutes_high is not None:
        return line.minutes_low, line.minutes_high
    return protocol_regimens().drug(line.drug_id).minutes


def rate_text(line: OrderLineRecord) -> str:
    over = minutes_text(ordered_minutes(line))
    if line.rate_ml_h is not None:
        return msg("{rate} mL/h over {over}", rate=ismp(line.rate_ml_h, 0), over=over)
    return msg("over {over}", over=over)


@dataclass(frozen=True)
class CheckItem:
    """One line as both nurses see it on screen and confirm against the bag and the pump."""

    number: int
    drug_id: str
    drug: str
    dose: str
    route: str
    volume: str
    rate: str
    pump: str
    give: bool  # False: a line not to be given today (the HAI gate is closed)


def check_items(order: Order, lines: list[OrderLine], gate: catheter.OrderGate | None
                ) -> list[CheckItem]:
    numbers = line_numbers(lines)
    items = []
    for line in sorted(lines, key=lambda x: x.sequence):
        if line.stopped:
            continue
        spec = protocol_regimens().drug(line.drug_id)
        withheld = spec.is_hai and gate is not None and gate.withheld
        dose = (f"NOT TO BE GIVEN — {gate.reason}" if withheld and gate is not None
                else f"{ismp(line.final_mg)} mg")
        items.append(CheckItem(numbers[line.drug_id], line.drug_id, spec.label, dose,
                               ROUTE_TEXT[line.route], volume_text(line), rate_text(line),
                               line.pump or spec.pump, not withheld))
    return items


@dataclass(frozen=True)
class PatientIdentity:
    """What the nurses compare with the wristband and what the patient says."""

    name: str
    study_id: str | None
    screening_number: str
    record_number: str
    date_of_birth: date
    order_code: str


@dataclass(frozen=True)
class CheckView:
    number: int
    username: str
    full_name: str
    checked_at: datetime
    current: bool


@dataclass(frozen=True)
class DoubleCheckState:
    items: list[CheckItem]
    identity: PatientIdentity
    checks: list[CheckView]

    @property
    def current(self) -> list[CheckView]:
        return [c for c in self.checks if c.current]

    @property
    def complete(self) -> bool:
        return len({c.username for c in self.current}) >= 2

    @property
    def next_number(self) -> int:
        return len(self.current) + 1


def _items_json(items: list[CheckItem]) -> str:
    return json.dumps([asdict(i) for i in items], ensure_ascii=False, sort_keys=True)


def _checks(session: Session, order_id: int) -> list[DoubleCheck]:
    return list(session.scalars(select(DoubleCheck).where(DoubleCheck.order_id == order_id)
                                .order_by(DoubleCheck.id)))


def _state(session: Session, order: Order, lines: list[OrderLine], today: date
           ) -> DoubleCheckState:
    gate = catheter.order_gate_in(session, order, today)
    items = check_items(order, lines, gate if gate.applies else None)
    shown = _items_json(items)
    content = signing.content_hash(order_content(session, order, lines))
    views, current = [], 0
    for check in _checks(session, order.id):
        is_current = check.items == shown and check.content_hash == content
        current += is_current
        views.append(CheckView(current if is_current else 0, check.username, check.full_name,
                               check.checked_at, is_current))
    patient = session.get(Patient, order.patient_id)
    assert patient is not None
    identity = PatientIdentity(patient.name,
                               patient.study_id, patient.screening_number,
                               patient.hospital_record_number, patient.date_of_birth,
                               order_code(order.id))
    return DoubleCheckState(items, identity, views)


def double_check_state_in(session: Session, order: Order, today: date) -> DoubleCheckState:
    """The double check of `order` as it stands on `today` (inside the caller's session)."""
    _order_row, lines = _order(session, order.id)
    return _state(session, order, lines, today)


def double_check_state(ws: Workspace, order_id: int, *, today: date | None = None
                       ) -> DoubleCheckState:
    ws.require(Action.VIEW_RECORDS)
    with ws.db.read_session() as session:
        order, lines = _order(session, order_id)
        return _state(session, order, lines, today or ws.today())


def _same_text(a: str, b: str) -> bool:
    return "".join(a.split()).casefold() == "".join(b.split()).casefold()


def check_scanned_code(ws: Workspace, order_id: int, scanned: str) -> None:
    """The sheet in the nurse's hand, checked the moment it is scanned (nothing is written):
    a refusal says whose sheet it is instead."""
    ws.require(Action.VIEW_RECORDS)
    with ws.db.read_session() as session:
        order, _lines = _order(session, order_id)
        _check_code(session, order, scanned)


def _check_code(session: Session, order: Order, scanned: str) -> None:
    scanned_id = order_id_from_code(scanned)
    if scanned_id is None:
        raise ValidationError(msg("That is not an order code: scan the code at the top right of "
                                  "the sheet (HAI-ORDER-…), or type it."), field="order_code")
    if scanned_id != order.id:
        other = session.get(Order, scanned_id)
        if other is None:
            raise ValidationError(msg("{scanned} is not an order of this database: check that the "
                                      "sheet is this patient's.",
                                      scanned=scanned.strip()), field="order_code")
        if other.patient_id != order.patient_id:
            refusal = msg("The scanned sheet is order #{id}: another patient's sheet — stop and "
                          "find this patient's order.", id=other.id)
        elif other.status == "voided":
            refusal = msg("The scanned sheet is order #{id}: voided, not to be given — take the "
                          "sheet of order #{order_id}.", id=other.id, order_id=order.id)
        elif other.status == "rejected":
            refusal = msg("The scanned sheet is order #{id}: rejected, not to be given — take "
                          "the sheet of order #{order_id}.", id=other.id, order_id=order.id)
        else:
            refusal = msg("The scanned sheet is order #{id}: this patient's cycle {other_cycle} "
                          "order, not the cycle {cycle} order #{order_id}.", id=other.id,
                          other_cycle=other.cycle, cycle=order.cycle, order_id=order.id)
        raise ValidationError(refusal, field="order_code")


def _check_identity(session: Session, order: Order, state: DoubleCheckState, *,
                    scanned: str, record_number: str, date_of_birth: date | None) -> None:
    _check_code(session, order, scanned)
    if not record_number.strip():
        raise ValidationError(msg("Enter the record number from the patient's wristband."),
                              field="record_number")
    if not _same_text(record_number, state.identity.record_number):
        raise ValidationError(msg("The record number does not match this patient: check the "
                                  "wristband against the sheet. Do not give."),
                              field="record_number")
    if date_of_birth is None:
        raise ValidationError(msg("Enter the date of birth as the patient states it."),
                              field="date_of_birth")
    if date_of_birth != state.identity.date_of_birth:
        raise ValidationError(msg("The date of birth does not match this patient: ask again and "
                                  "check the sheet. Do not give."), field="date_of_birth")


def _check_lines(state: DoubleCheckState, confirmed: Collection[int]) -> None:
    for item in state.items:
        if item.number not in confirmed:
            raise ValidationError(
                msg("Confirm line {number} ({drug}) against the bag and the pump.",
                    number=item.number, drug=item.drug) if item.give
                else msg("Confirm line {number} ({drug}) that it is not given.",
                         number=item.number, drug=item.drug), field=f"line:{item.number}")


def record_double_check(ws: Workspace, order_id: int, *, username: str, password: str,
                        scanned_code: str, record_number: str, date_of_birth: date | None,
                        confirmed: Collection[int], today: date | None = None) -> int:
    """One nurse's check (the signed-in nurse, or a colleague beside them with their own user
    name and password). Returns the number of current checks after it (1 or 2)."""
    ws.require(Action.DOUBLE_CHECK)
    today = today or ws.today()
    with ws.db.read_session() as session:
        order, lines = _order(session, order_id)
        _require_status(order, PRINTED, doing=QT_TRANSLATE_NOOP("OrderStep", "double-checked"))
        state = _state(session, order, lines, today)
        _check_identity(session, order, state, scanned=scanned_code,
                        record_number=record_number, date_of_birth=date_of_birth)
        _check_lines(state, confirmed)
    checker = ws.confirm_colleague(username, password,
                                   purpose=f"order #{order_id}: {CHECK_MEANING}")
    if checker.must_change_password:
        # Whoever set the temporary password knows it: it must not stand for a second nurse.
        raise PermissionDenied(msg("{full_name} still has a temporary password: they choose "
                                   "their own before they can check an order.",
                                   full_name=checker.full_name),
                               hint=msg("They sign in once (the window asks for a new password "
                                        "at once), then check the order."))
    if not allowed(checker.role, Action.DOUBLE_CHECK):
        raise PermissionDenied(msg("{full_name} is a {role}: the double check is made by two "
                                   "infusion nurses.",
                                   full_name=checker.full_name, role=checker.role.label.lower()))
    # The checking nurse's own key (opened by her password just now) signs her rows and
    # her signature; on the server there is none.
    keys = ws.signing_keys(checker.username)
    signer = KeySigner(checker.username, keys) if keys is not None else None
    with ws.db.session(actor=checker.username, reason=CHECK_MEANING,
                       signer=signer) as session:
        order, lines = _order(session, order_id)
        _require_status(order, PRINTED, doing=QT_TRANSLATE_NOOP("OrderStep", "double-checked"))
        state = _state(session, order, lines, today)
        _check_identity(session, order, state, scanned=scanned_code,
                        record_number=record_number, date_of_birth=date_of_birth)
        _check_lines(state, confirmed)
        if state.complete:
            raise ConflictError(msg("Both checks are done: the order can be given."))
        if any(c.username == checker.username for c in state.current):
            raise ConflictError(msg("{full_name} has checked this order already: the other check "
                                    "is made by another nurse, on their own.",
                                    full_name=checker.full_name))
        content = order_content(session, order, lines)
        signature = signing.sign(ws, session, entity="orders", entity_id=str(order_id),
                                 meaning=CHECK_MEANING, content=content, signer=checker,
                                 keys=keys)
        session.add(DoubleCheck(
            order_id=order.id, username=checker.username, full_name=checker.full_name,
            order_code=" ".join(scanned_code.split()), record_number=record_number.strip(),
            date_of_birth=date_of_birth, items=_items_json(state.items),
            content_hash=signing.content_hash(content), signature_id=signature.id))
        return len(state.current) + 1


# ---- what was given ----------------------------------------------------------------------

@dataclass(frozen=True)
class AdministrationEntry:
    """One drug as the nurse records it: the dose given as typed, start and end (end None: the
    pump still runs), and the reasons a difference needs."""

    given: str
    started: datetime | None = None
    ended: datetime | None = None
    dose_reason: str = ""
    duration_reason: str = ""
    more_than_ordered_confirmed: bool = False


@dataclass(frozen=True)
class _LineRecord:
    line: OrderLine
    amount: float
    started: datetime | None
    ended: datetime | None
    dose_reason: str | None
    duration_reason: str | None
    incident: str | None
    gate_event: dict[str, object] | None


def _amount(text: str, drug: str) -> float:
    cleaned = text.strip().removesuffix("mg").strip().replace(",", "")
    try:
        amount = float(cleaned)
    except ValueError:
        raise ValidationError(msg("{drug}: the dose given must be a number of mg.", drug=drug),
                              field=drug) from None
    if amount < 0 or amount != amount:
        raise ValidationError(msg("{drug}: the dose given cannot be negative.",
                                  drug=drug), field=drug)
    return amount


def _check_times(line: OrderLine, entry: AdministrationEntry, label: str, tolerance: float,
                 now: datetime) -> str | None:
    """The duration's reason when one is needed; refusals for impossible times."""
    if entry.started is None:
        raise ValidationError(msg("{label}: enter the start time.",
                                  label=label), field=line.drug_id)
    if entry.started > now:
        raise ValidationError(msg("{label}: the start time is in the future.",
                                  label=label), field=line.drug_id)
    if entry.ended is None:
        if line.route == CONTINUOUS:
            return None  # the pump runs on; its end is recorded at disconnection
        raise ValidationError(msg("{label}: enter the end time.", label=label), field=line.drug_id)
    if entry.ended > now:
        raise ValidationError(
            msg("{label}: the end time is in the future; record the pump's end when it is "
                "disconnected.", label=label) if line.route == CONTINUOUS
            else msg("{label}: the end time is in the future.", label=label), field=line.drug_id)
    return _duration_reason(line, entry.started, entry.ended, entry.duration_reason, label,
                            tolerance)


def _duration_reason(line: OrderLine, started: datetime, ended: datetime, reason: str,
                     label: str, tolerance: float) -> str | None:
    ordered = ordered_minutes(line)
    result = check_duration(ordered, started, ended, tolerance)
    if result.check is DurationCheck.INVALID:
        raise ValidationError(msg("{label}: the end must be after the start.",
                                  label=label), field=line.drug_id)
    if not result.needs_reason:
        return None
    if not reason.strip():
        raise ValidationError(
            msg("{label}: {minutes} is {check} ({ordered} ordered; within ±{tolerance:g} % [site "
                "rule] needs no reason). Check the times, or give the reason.",
                label=label,
                minutes=minutes_text((round(result.minutes),) * 2),
                check=result.check.value,
                ordered=minutes_text(ordered),
                tolerance=tolerance), field=f"{line.drug_id}:duration")
    return reason.strip()


def _plan_line(session: Session, ws: Workspace, order: Order, line: OrderLine,
               entry: AdministrationEntry, state: DoubleCheckState, tolerance: float,
               now: datetime, today: date) -> _LineRecord:
    spec = protocol_regimens().drug(line.drug_id)
    label = spec.label
    text = entry.given.strip()
    if spec.is_hai:
        gate = catheter.order_gate_in(session, order, today)
        if gate.withheld and text in ("", "0", "0 mg"):
            return _LineRecord(line, 0.0, None, None, gate.reason, None, None,
                               {"drug": line.drug_id, "hai_gate": gate.reason})
    if not text:
        raise ValidationError(msg("Enter the dose of {label} actually given (mg; 0 if it was not "
                                  "given).", label=label), field=line.drug_id)
    amount = _amount(text, line.drug_id)
    deviation = dose_deviation(line.final_mg, amount)
    dose_reason = None
    incident = None
    if deviation is not DoseDeviation.AS_ORDERED:
        change = f"{ismp(amount)} mg given, {ismp(line.final_mg)} mg ordered " \
                 f"({ismp(percent_of(line.final_mg, amount), 1)} %)"
        if deviation is DoseDeviation.MORE and not entry.more_than_ordered_confirmed:
            raise ValidationError(
                msg("{label}: {change} — more than ordered is a medication error. Check the "
                    "amount; if it was really given, confirm it and give the reason: the "
                    "investigator is told.",
                    label=label, change=change), field=f"{line.drug_id}:more")
        if not entry.dose_reason.strip():
            raise ValidationError(msg("{label}: {change}. Give the reason for the difference.",
                                      label=label, change=change),
                                  field=f"{line.drug_id}:reason")
        dose_reason = entry.dose_reason.strip()
        if deviation is DoseDeviation.MORE:
            incident = (f"Order #{order.id}, cycle {order.cycle}: {label} {change}, recorded by "
                        f"{ws.user.full_name}. Reason given: {dose_reason}")
    if amount == 0:
        return _LineRecord(line, 0.0, None, None, dose_reason, None, None, None)
    gate_event = None
    if spec.is_hai:
        gate_event = _pass_hai_gate(session, ws, order, line, entry, state, today)
    duration_reason = _check_times(line, entry, label, tolerance, now)
    return _LineRecord(line, amount, entry.started, entry.ended, dose_reason, duration_reason,
                       incident, gate_event)


def _pass_hai_gate(session: Session, ws: Workspace, order: Order, line: OrderLine,
                   entry: AdministrationEntry, state: DoubleCheckState, today: date
                   ) -> dict[str, object]:
    """A dose of the HAI line only through its gate, checked at the chair, by trained staff."""
    start = entry.started
    if start is None:
        raise ValidationError(msg("oxaliplatin HAI: enter the start time."), field=line.drug_id)
    day = start.astimezone(ws.zone).date()
    if day > today:
        raise ValidationError(msg("oxaliplatin HAI: the start time is in the future."),
                              field=line.drug_id)
    gate = catheter.order_gate_in(session, order, day)
    if not gate.allowed:
        raise ValidationError(
            msg("{reason}. The HAI line cannot be recorded as given: record it as not given (0 mg) "
                "and give the systemic drugs, or inspect the catheter (or ask the investigator for "
                "an override for today) first.", reason=gate.reason), field=line.drug_id)
    if not any(i.drug_id == line.drug_id and i.give for i in state.items):
        raise ConflictError(msg("The HAI line was not part of the double check (it was withheld "
                                "then): both nurses check the order again before it is given."))
    competency.require_competency(
        session, ws.user.username, day,
        doing=QT_TRANSLATE_NOOP("HaiTask", "give chemotherapy through the HAI catheter"))
    if gate.inspection_id is not None:
        inspection = session.get(CatheterInspection, gate.inspection_id)
        assert inspection is not None
        if inspection.inspected_at > start:
            raise ValidationError(
                msg("{drug_id}: the catheter was inspected at {inspected_at:%H:%M}, after the HAI "
                    "infusion started at {start:%H:%M}; the catheter is inspected before each use.",
                    drug_id=line.drug_id,
                    inspected_at=inspection.inspected_at.astimezone(ws.zone),
                    start=start.astimezone(ws.zone)),
                field=line.drug_id)
    return {"day": gate.day.isoformat(), "reason": gate.reason,
            "inspection_id": gate.inspection_id, "overridden": gate.overridden}


def _plan_administration(session: Session, ws: Workspace, order_id: int,
                         entries: Mapping[str, AdministrationEntry], now: datetime,
                         today: date) -> list[_LineRecord]:
    order, lines = _order(session, order_id)
    _require_status(order, PRINTED, doing=QT_TRANSLATE_NOOP("OrderStep", "given"))
    state = _state(session, order, lines, today)
    if not state.complete:
        done = len(state.current)
        raise ConflictError(msg("The independent double check is not complete ({done} of 2): two "
                                "nurses check the order at the chair before it is given.",
                                done=done))
    if ws.user.username not in {c.username for c in state.current}:
        raise PermissionDenied(msg("The nurse who gives the order is one of the two who checked it "
                                   "at the chair."))
    tolerance = site_rules.duration_tolerance_percent(session)
    records = []
    for line in lines:
        if line.stopped:
            continue
        entry = entries.get(line.drug_id, AdministrationEntry(""))
        records.append(_plan_line(session, ws, order, line, entry, state, tolerance, now,
                                  today))
    return records


def record_administration(ws: Workspace, order_id: int,
                          entries: Mapping[str, AdministrationEntry], password: str, *,
                          today: date | None = None) -> None:
    """The nurse records what was given; checked in full before the password is asked, and
    again in the unit of work that writes it."""
    ws.require(Action.ADMINISTER)
    today = today or ws.today()
    with ws.db.read_session() as session:
        _plan_administration(session, ws, order_id, entries, utc_now(), today)

    def record(session: Session, order: Order, lines: list[OrderLine]) -> None:
        for item in _plan_administration(session, ws, order_id, entries, utc_now(), today):
            line = item.line
            line.given_mg, line.started_at, line.ended_at = item.amount, item.started, \
                item.ended
            line.given_reason, line.duration_reason = item.dose_reason, item.duration_reason
            line.ended_by = ws.user.username if item.ended is not None else None
            if item.gate_event is not None and item.amount == 0:
                audit.record_event(session, "HAI not given", "orders", str(order.id),
                                   item.gate_event)
            elif item.gate_event is not None:
                audit.record_event(session, "HAI gate passed", "orders", str(order.id),
                                   item.gate_event)
            if item.incident is not None:
                session.add(Incident(kind=MEDICATION_ERROR, patient_id=order.patient_id,
                                     order_id=order.id, summary=item.incident,
                                     reported_by=ws.user.username))

    _sign_step(ws, order_id, password, action=Action.ADMINISTER, before=PRINTED, after=GIVEN,
               doing=QT_TRANSLATE_NOOP("OrderStep", "given"), record=record)


def running_lines(lines: Sequence[LineT]) -> list[LineT]:
    """Lines started and not yet ended: the 46-h pump until it is disconnected."""
    return [line for line in lines if line.started_at is not None and line.ended_at is None
            and (line.given_mg or 0) > 0]


def record_disconnection(ws: Workspace, order_id: int, drug_id: str, ended: datetime,
                         password: str, *, duration_reason: str = "") -> None:
    """The pump's end, recorded when it is disconnected (days after the order was given)."""
    ws.require(Action.ADMINISTER)

    def check(session: Session) -> tuple[Order, OrderLine, str | None]:
        order, lines = _order(session, order_id)
        _require_status(order, GIVEN, ADMINISTERED,
                        doing=QT_TRANSLATE_NOOP("OrderStep", "disconnected"))
        line = next((x for x in running_lines(lines) if x.drug_id == drug_id), None)
        if line is None or line.started_at is None:
            raise ConflictError(msg("Order #{order_id} has no running {drug_id} to disconnect.",
                                    order_id=order_id, drug_id=drug_id))
        label = protocol_regimens().drug(drug_id).label
        if ended > utc_now():
            raise ValidationError(msg("{label}: the end time is in the future.",
                                      label=label), field=drug_id)
        reason = _duration_reason(line, line.started_at, ended, duration_reason, label,
                                  site_rules.duration_tolerance_percent(session))
        return order, line, reason

    with ws.db.read_session() as session:
        check(session)
    ws.confirm_password(password, purpose=f"order #{order_id}: pump disconnected")
    with ws.session(reason="pump disconnected") as session:
        order, line, reason = check(session)
        line.ended_at, line.ended_by, line.duration_reason = ended, ws.user.username, reason
        audit.record_event(session, "pump disconnected", "orders", str(order.id),
                           {"drug": drug_id, "ended_at": ended.isoformat()})


def confirm_administration(ws: Workspace, order_id: int, password: str) -> None:
    """The second nurse confirms what the first recorded (never the nurse who gave it)."""
    ws.require(Action.ADMINISTER)
    _sign_step(ws, order_id, password, action=Action.ADMINISTER, before=GIVEN,
               after=ADMINISTERED, doing=QT_TRANSLATE_NOOP("OrderStep", "confirmed"))

