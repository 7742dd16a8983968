"""The HAI catheter log and the HAI gate on orders.

Interventional radiology (or the investigator) records the catheter's life as events:
implantation with operator, access route, port location and tip position; revisions,
repositionings, removal, reinsertion and complications with date, operator and reason. The nurse
or interventional radiologist inspects the catheter before each use (the protocol: "its
condition and function will be examined before each use"); pain during HAI is recorded and makes
the next inspection mandatory. The gate decides, on the day an order is printed or given,
whether its HAI oxaliplatin line may run; the investigator may override it for that day with a
reason.

The rules are in hai_desktop.core.catheter; the two numbers the protocol leaves to the site (the
inspection window, the perfusion check interval) are site rules. Every record is an audited
model; events and inspections are voided with a reason, never deleted.
"""

from __future__ import annotations

import csv
import io
import json
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, tzinfo
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hai_desktop.core.arms import Arm
from hai_desktop.core.catheter import (
    IMPLANTED,
    IN_PLACE,
    NEEDS_IR_REVIEW,
    NO_CATHETER,
    REINSERTED,
    CatheterEventData,
    CatheterRules,
    CatheterState,
    GateResult,
    InspectionData,
    OverrideData,
    PainReportData,
    Term,
    catheter_rules,
    catheter_state,
    check_catheter_event,
    check_inspection,
    hai_gate,
    open_pain_reports,
    perfusion_check_due,
)
from hai_desktop.core.errors import ConflictError, NotFound, ValidationError
from hai_desktop.core.follow_up import EndScope
from hai_desktop.core.i18n import (
    QT_TRANSLATE_NOOP,
    DataText,
    Day,
    Label,
    Message,
    joined,
    msg,
)
from hai_desktop.core.spreadsheet import inert_cell
from hai_desktop.services import competency, patients, site_rules
from hai_desktop.services.permissions import Action
from hai_desktop.services.voiding import reason_for_voiding, row_to_void
from hai_desktop.services.workspace import Workspace
from hai_desktop.store import audit
from hai_desktop.store.models import (
    CatheterEvent,
    CatheterInspection,
    HaiGateOverride,
    HaiPainReport,
    Order,
    OrderLine,
    Patient,
    TreatmentEnd,
    User,
    utc_now,
)

# Re-exported: the gate is the catheter service's answer (hai_desktop.views holds the record).
from hai_desktop.views import OrderGate as OrderGate

WINDOW_RULE = "hai_inspection_window_days"
PERFUSION_RULE = "perfusion_check_interval_days"
HAI_ROUTE = "HAI"
# Protocol (lines 242-252): abdominal pain or catheter-related discomfort during HAI.
# Shown through translate("PainLocation", …); the English word is what is stored.
PAIN_LOCATIONS = (QT_TRANSLATE_NOOP("PainLocation", "epigastric"),
                  QT_TRANSLATE_NOOP("PainLocation", "abdominal"),
                  QT_TRANSLATE_NOOP("PainLocation", "catheter or port site"))
INFUSION_STOPPED, INFUSION_CONTINUED = (QT_TRANSLATE_NOOP("HaiInfusion", "stopped"),
                                        QT_TRANSLATE_NOOP("HaiInfusion", "continued"))
INFUSION_CHOICES = (INFUSION_STOPPED, INFUSION_CONTINUED)
# Orders whose HAI line can still be given (the order statuses of services.orders).
_OPEN_ORDER_STATUSES = ("draft", "signed", "verified", "printed")
_INSERTIONS = (IMPLANTED, REINSERTED)
_NEEDS_REASON = {"revised": "revision", "repositioned": "repositioning", "removed": "removal",
                 "reinserted": "reinsertion"}


def _day(value: date) -> Day:
    return Day(value)


def _blank(text: str | None) -> str | None:
    return (text or "").strip() or None


# ---- the site's numbers ----------------------------------------------------------------------

def _site_days(session: Session, key: str, fallback: int) -> int:
    """The site rule in force; the catheter file's default only where the rule is not defined."""
    if key not in site_rules.site_rule_specs():
        return fallback
    return int(site_rules.rule_value(session, key))


def window_days(session: Session) -> int:
    return _site_days(session, WINDOW_RULE, catheter_rules().inspection_window_days)


def perfusion_interval_days(session: Session) -> int:
    return _site_days(session, PERFUSION_RULE, catheter_rules().perfusion_check_interval_days)


# ---- what the rules see ----------------------------------------------------------------------

def _patient(session: Session, patient_id: int) -> Patient:
    return patients.patient_on_study(session, patient_id, what=msg(
        "the HAI catheter is recorded for experimental-arm patients on study"))


def _is_hai(patient: Patient) -> bool:
    return patient.arm == Arm.HAI.value


def _live_events(session: Session, patient_id: int) -> list[CatheterEvent]:
    return list(session.scalars(select(CatheterEvent).where(
        CatheterEvent.patient_id == patient_id, CatheterEvent.voided.is_(False))
        .order_by(CatheterEvent.occurred_on, CatheterEvent.id)))


def _live_inspections(session: Session, patient_id: int) -> list[CatheterInspection]:
    return list(session.scalars(select(CatheterInspection).where(
        CatheterInspection.patient_id == patient_id, CatheterInspection.voided.is_(False))
        .order_by(CatheterInspection.inspected_on, CatheterInspection.inspected_at,
                  CatheterInspection.id)))


def _pain_reports(session: Session, patient_id: int) -> list[HaiPainReport]:
    return list(session.scalars(select(HaiPainReport).where(
        HaiPainReport.patient_id == patient_id).order_by(HaiPainReport.reported_at,
                                                         HaiPainReport.id)))


def _event_data(rows: Sequence[CatheterEvent]) -> list[CatheterEventData]:
    return [CatheterEventData(r.kind, r.occurred_on, r.complication, r.id, r.recorded_at)
            for r in rows]


def _inspection_data(rows: Sequence[CatheterInspection]) -> list[InspectionData]:
    # Local times: the rules print them in their messages; comparisons are unaffected.
    return [InspectionData(r.id, r.inspected_on, r.inspected_at.astimezone(), r.outcome,
                           tuple(json.loads(r.findings or "[]"))) for r in rows]


def _pain_data(rows: Sequence[HaiPainReport]) -> list[PainReportData]:
    return [PainReportData(r.id, r.reported_at.astimezone()) for r in rows]


@dataclass(frozen=True)
class _Facts:
    patient: Patient
    state: CatheterState
    inspections: list[InspectionData]
    pain: list[PainReportData]


def _facts(session: Session, patient: Patient) -> _Facts:
    return _Facts(patient, catheter_state(_event_data(_live_events(session, patient.id))),
                  _inspection_data(_live_inspections(session, patient.id)),
                  _pain_data(_pain_reports(session, patient.id)))


def _full_name(session: Session, username: str) -> str:
    user = session.scalars(select(User).where(User.username == username)).first()
    return user.full_name if user is not None else username


# ---- catheter events -------------------------------------------------------------------------

@dataclass(frozen=True)
class CatheterEventInput:
    """Implantation (operator, access route, port location, tip position, notes), or a later
    revision, repositioning, removal, reinsertion or complication (date, operator, reason)."""

    patient_id: int
    kind: str
    occurred_on: date | None
    operator: str = ""
    reason: str = ""
    complication: str | None = None
    access_route: str | None = None
    port_location: str = ""
    tip_position: str = ""
    notes: str = ""


def _check_event(session: Session, event: CatheterEventInput, today: date) -> Patient:
    patient = _patient(session, event.patient_id)
    if not _is_hai(patient):
        raise ValidationError(msg("{screening_number} is in the control arm: there is no HAI "
                                  "catheter to record.",
                                  screening_number=patient.screening_number), field="arm")
    if event.occurred_on is None:
        raise ValidationError(msg("Enter the date of the event."), field="occurred_on")
    state = catheter_state(_event_data(_live_events(session, patient.id)))
    check_catheter_event(event.kind, occurred_on=event.occurred_on, today=today,
                         complication=_blank(event.complication),
                         access_route=_blank(event.access_route), state=state)
    if event.kind != "complication" and not _blank(event.operator):
        raise ValidationError(msg("Name the operator who did it (the interventional radiologist, "
                                  "surgeon or investigator)."), field="operator")
    if event.kind in _NEEDS_REASON and not _blank(event.reason):
        raise ValidationError(msg("Give the reason for the {NEEDS_REASON} of the catheter.",
                                  NEEDS_REASON=_NEEDS_REASON[event.kind]), field="reason")
    if event.kind in _INSERTIONS:
        if not _blank(event.port_location):
            raise ValidationError(msg("Enter where the port is (port location)."),
                                  field="port_location")
        if not _blank(event.tip_position):
            raise ValidationError(msg("Enter the catheter tip position."), field="tip_position")
    elif _blank(event.access_route):
        raise ValidationError(msg("The access route is recorded at implantation or reinsertion."),
                              field="access_route")
    return patient


def record_catheter_event(ws: Workspace, event: CatheterEventInput, *,
                          today: date | None = None) -> int:
    """Interventional radiology or the investigator records what happened to the catheter."""
    ws.require(Action.RECORD_CATHETER_EVENT)
    with ws.session(reason=f"catheter {event.kind} recorded") as session:
        patient = _check_event(session, event, today or ws.today())
        assert event.occurred_on is not None
        row = CatheterEvent(
            patient_id=patient.id, kind=event.kind, occurred_on=event.occurred_on,
            operator=_blank(event.operator), reason=_blank(event.reason),
            complication=_blank(event.complication), access_route=_blank(event.access_route),
            port_location=_blank(event.port_location), tip_position=_blank(event.tip_position),
            notes=_blank(event.notes), recorded_by=ws.user.username)
        session.add(row)
        session.flush()
        return row.id


def void_catheter_event(ws: Workspace, event_id: int, reason: str, *,
                        today: date | None = None) -> None:
    """An event recorded in error is voided with the reason; the remaining events must still
    tell a possible story (e.g. an implantation is not voided under a later removal)."""
    ws.require(Action.RECORD_CATHETER_EVENT)
    reason = reason_for_voiding(reason, msg("catheter event"))
    with ws.session(reason=reason) as session:
        row = row_to_void(session, CatheterEvent, event_id, msg("catheter event"))
        remaining = [e for e in _live_events(session, row.patient_id) if e.id != row.id]
        _replay(remaining, today or ws.today())
        row.voided, row.void_reason = True, reason


def _replay(events: Sequence[CatheterEvent], today: date) -> None:
    done: list[CatheterEventData] = []
    for event in sorted(events, key=lambda e: (e.occurred_on, e.id)):
        try:
            check_catheter_event(event.kind, occurred_on=event.occurred_on, today=today,
                                 complication=event.complication,
                                 access_route=event.access_route,
                                 state=catheter_state(done))
        except ValidationError as exc:
            raise ConflictError(msg("Without this event the catheter record no longer holds "
                                    "together: the {kind} of {occurred_on} — {message} Void the "
                                    "later events first.",
                                    kind=event.kind,
                                    occurred_on=_day(event.occurred_on),
                                    message=exc.message)) from None
        done.append(CatheterEventData(event.kind, event.occurred_on, event.complication,
                                      event.id))


# ---- the inspection --------------------------------------------------------------------------

@dataclass(frozen=True)
class InspectionInput:
    """The inspection form. `answers`: checklist item id -> True (yes) / False (no) / the
    choice; None or absent = not answered (the form starts blank). `inspected_on` defaults to
    today; `inspected_at` (when it was done) to now, and must be given for an earlier day."""

    patient_id: int
    answers: Mapping[str, bool | str | None]
    outcome: str
    inspected_on: date | None = None
    inspected_at: datetime | None = None
    outcome_reason: str = ""
    explanation: str = ""
    action: str = "none"
    last_check_on: date | None = None  # the last angiographic or perfusion (Tc-99m MAA) check
    last_check_result: str = ""


def _inspected_at(given: datetime | None, inspected_on: date, today: date, zone: tzinfo
                  ) -> datetime:
    if given is None:
        if inspected_on != today:
            raise ValidationError(msg("Enter the time of the inspection of {inspected_on}.",
                                      inspected_on=_day(inspected_on)),
                                  field="inspected_at")
        return utc_now()
    if given.tzinfo is None:
        given = given.replace(tzinfo=zone)  # a time typed at the site is the site's time
    if given.astimezone(zone).date() != inspected_on:
        raise ValidationError(msg("The time {given:%d %b %Y %H:%M} is not on the inspection date "
                                  "{inspected_on}.",
                                  given=given.astimezone(zone),
                                  inspected_on=_day(inspected_on)), field="inspected_at")
    if given > utc_now():
        raise ValidationError(msg("The inspection time is in the future."), field="inspected_at")
    return given


def _check_perfusion(inspection: InspectionInput, inspected_on: date, interval: int) -> bool:
    if inspection.last_check_on is not None and not _blank(inspection.last_check_result):
        raise ValidationError(msg("Enter the result of the last angiographic or perfusion check."),
                              field="last_check_result")
    if inspection.last_check_on is None and _blank(inspection.last_check_result):
        raise ValidationError(msg("Enter the date of the last angiographic or perfusion check."),
                              field="last_check_on")
    return perfusion_check_due(inspection.last_check_on, inspected_on, interval)


def record_inspection(ws: Workspace, inspection: InspectionInput, *,
                      today: date | None = None) -> int:
    """The inspection before use, checked by the protocol's rules; refused for a control-arm
    patient, without a catheter in place, in the future, unanswered, "fit" with a finding and
    no explanation, or not reflecting a pain report since the last fit inspection."""
    ws.require(Action.INSPECT_CATHETER)
    today = today or ws.today()
    with ws.session(reason=f"catheter inspection: {inspection.outcome}") as session:
        patient = _patient(session, inspection.patient_id)
        facts = _facts(session, patient)
        inspected_on = inspection.inspected_on or today
        if _is_hai(patient):
            competency.require_competency(
                session, ws.user.username, inspected_on,
                doing=QT_TRANSLATE_NOOP("HaiTask", "inspect and access the HAI catheter"))
        pain_open = open_pain_reports(facts.inspections, facts.pain, since=facts.state.since)
        checked = check_inspection(
            inspection.answers, inspection.outcome, outcome_reason=inspection.outcome_reason,
            explanation=inspection.explanation, inspected_on=inspected_on, today=today,
            arm_is_hai=_is_hai(patient), state=facts.state, pain_since_last=bool(pain_open),
            action=inspection.action)
        inspected_at = _inspected_at(inspection.inspected_at, inspected_on, today, ws.zone)
        due = _check_perfusion(inspection, inspected_on, perfusion_interval_days(session))
        row = CatheterInspection(
            patient_id=patient.id, inspected_on=inspected_on, inspected_at=inspected_at,
            answers=json.dumps(dict(checked.answers), sort_keys=True),
            findings=json.dumps(list(checked.findings)), needle_gauge=checked.needle_gauge,
            last_check_on=inspection.last_check_on,
            last_check_result=_blank(inspection.last_check_result), check_due=due,
            outcome=checked.outcome, outcome_reason=checked.outcome_reason,
            explanation=checked.explanation, action=checked.action,
            inspected_by=ws.user.username, inspector_role=ws.user.role.value)
        session.add(row)
        session.flush()
        return row.id


def void_inspection(ws: Workspace, inspection_id: int, reason: str) -> None:
    ws.require(Action.INSPECT_CATHETER)
    reason = reason_for_voiding(reason, msg("inspection"))
    with ws.session(reason=reason) as session:
        row = row_to_void(session, CatheterInspection, inspection_id, msg("catheter inspection"))
        row.voided, row.void_reason = True, reason


def inspections_for_patient(ws: Workspace, patient_id: int, *,
                            include_voided: bool = False) -> list[CatheterInspection]:
    """Newest first."""
    ws.require(Action.VIEW_RECORDS)
    with ws.db.read_session() as session:
        query = select(CatheterInspection).where(CatheterInspection.patient_id == patient_id)
        if not include_voided:
            query = query.where(CatheterInspection.voided.is_(False))
        return list(session.scalars(query.order_by(
            CatheterInspection.inspected_on.desc(), CatheterInspection.inspected_at.desc(),
            CatheterInspection.id.desc())))


def answers_of(inspection: CatheterInspection) -> dict[str, bool | str]:
    return dict(json.loads(inspection.answers))


def findings_of(inspection: CatheterInspection) -> list[str]:
    """The texts of the checklist items found to be a problem."""
    rules = catheter_rules()
    return [rules.item(i).text for i in json.loads(inspection.findings or "[]")]


# ---- pain during HAI -------------------------------------------------------------------------

def record_hai_pain(ws: Workspace, patient_id: int, order_id: int | None, *, location: str,
                    infusion: str, action: str, reported_at: datetime | None = None) -> int:
    """Pain or discomfort during HAI (protocol: the catheter must then be inspected). The next
    inspection must answer it, a "fit" needs the IR review's explanation, and the gate stays
    closed until a fit inspection made after it."""
    ws.require(Action.RECORD_HAI_PAIN)
    with ws.session(reason=f"pain during HAI ({location}), infusion {infusion}") as session:
        patient = _patient(session, patient_id)
        if not _is_hai(patient):
            raise ValidationError(msg("{screening_number} is in the control arm: there is no HAI "
                                      "infusion.",
                                      screening_number=patient.screening_number), field="arm")
        state = catheter_state(_event_data(_live_events(session, patient.id)))
        if state.status != IN_PLACE:
            raise ValidationError(msg("No catheter is in place (catheter: {state}): there is no "
                                      "HAI infusion to report pain for.", state=state.describe()),
                                  field="catheter")
        if order_id is not None:
            order = session.get(Order, order_id)
            if order is None or order.patient_id != patient.id:
                raise NotFound(msg("There is no order #{order_id} for this patient.",
                                   order_id=order_id))
        if location not in PAIN_LOCATIONS:
            raise ValidationError(msg("Choose where the pain is: {PAIN_LOCATIONS}.",
                                      PAIN_LOCATIONS=', '.join(PAIN_LOCATIONS)),
                                  field="location")
        if infusion not in INFUSION_CHOICES:
            raise ValidationError(msg("Say whether the infusion was stopped or continued."),
                                  field="infusion")
        if not _blank(action):
            raise ValidationError(msg("Say what was done (e.g. infusion stopped, analgesia, "
                                      "interventional radiology called)."), field="action")
        when = reported_at or utc_now()
        if when.tzinfo is None:
            when = when.replace(tzinfo=ws.zone)
        if when > utc_now():
            raise ValidationError(msg("The time of the pain report is in the future."),
                                  field="reported_at")
        row = HaiPainReport(patient_id=patient.id, order_id=order_id, reported_at=when,
                            location=location, infusion=infusion, action=action.strip(),
                            reported_by=ws.user.username)
        session.add(row)
        session.flush()
        return row.id


# ---- the record ------------------------------------------------------------------------------

@dataclass(frozen=True)
class CatheterRecord:
    """One patient's catheter: its state, placement, history and what it needs now."""

    patient_id: int
    screening_number: str
    study_id: str | None
    arm_is_hai: bool
    state: CatheterState
    events: list[CatheterEvent]  # live, oldest first
    inspections: list[CatheterInspection]  # live, oldest first
    pain_reports: list[HaiPainReport]
    open_pain: list[HaiPainReport]  # not yet followed by a fit inspection
    access_route: str | None
    port_location: str | None
    tip_position: str | None
    operator: str | None
    last_check_on: date | None
    last_check_result: str | None
    perfusion_check_due: bool
    window_days: int
    perfusion_interval_days: int
    today: GateResult  # may HAI run today (before any override)?
    # HAI stopped (an end of treatment) and no order with an HAI line open: nothing to gate.
    hai_ended_on: date | None = None

    @property
    def inspection_mandatory(self) -> bool:
        """Pain during HAI was reported: the catheter must be inspected before the next use."""
        return bool(self.open_pain)

    @property
    def needs_ir_review(self) -> list[Message]:
        """Why interventional radiology should review the catheter (empty: no reason)."""
        why = [msg("pain during HAI reported {day} {time} ({location}, infusion {infusion})",
                   day=_day(p.reported_at.astimezone().date()),
                   time=f"{p.reported_at.astimezone():%H:%M}",
                   location=Label("PainLocation", p.location),
                   infusion=p.infusion) for p in self.open_pain]
        if self.inspections and self.inspections[-1].outcome == NEEDS_IR_REVIEW:
            last = self.inspections[-1]
            why.append(msg("the inspection of {day} asked for it", day=_day(last.inspected_on)))
        return why


def _placement(events: Sequence[CatheterEvent]) -> dict[str, str | None]:
    found: dict[str, str | None] = {"access_route": None, "port_location": None,
                                    "tip_position": None, "operator": None}
    for event in events:
        if event.kind in _INSERTIONS:
            found = {"access_route": event.access_route, "port_location": event.port_location,
                     "tip_position": event.tip_position, "operator": event.operator}
        elif event.kind in ("revised", "repositioned"):
            found["port_location"] = event.port_location or found["port_location"]
            found["tip_position"] = event.tip_position or found["tip_position"]
    return found


def catheter_record_in(session: Session, patient_id: int, today: date) -> CatheterRecord:
    patient = _patient(session, patient_id)
    events = _live_events(session, patient.id)
    inspections = _live_inspections(session, patient.id)
    pains = _pain_reports(session, patient.id)
    state = catheter_state(_event_data(events))
    inspection_data = _inspection_data(inspections)
    open_ids = {p.id for p in open_pain_reports(inspection_data, _pain_data(pains),
                                                since=state.since)}
    checked = [i for i in inspections if i.last_check_on is not None]
    last_check = max(checked, key=lambda i: i.last_check_on or date.min, default=None)
    last_check_on = last_check.last_check_on if last_check else None
    interval = perfusion_interval_days(session)
    window = window_days(session)
    ended = _hai_ended_on(session, patient.id) if state.in_place else None
    if ended is not None and _hai_order_open(session, patient.id):
        ended = None  # the open order's HAI line is still gated
    due = state.in_place and ended is None and (
        last_check_on is None or last_check_on > today
        or perfusion_check_due(last_check_on, today, interval))
    gate = hai_gate(today, arm_is_hai=_is_hai(patient), state=state,
                    inspections=inspection_data, pain_reports=_pain_data(pains), override=None,
                    window_days=window)
    return CatheterRecord(
        patient_id=patient.id, screening_number=patient.screening_number,
        study_id=patient.study_id, arm_is_hai=_is_hai(patient), state=state, events=events,
        inspections=inspections, pain_reports=pains,
        open_pain=[p for p in pains if p.id in open_ids], **_placement(events),
        last_check_on=last_check_on,
        last_check_result=last_check.last_check_result if last_check else None,
        perfusion_check_due=bool(due), window_days=window, perfusion_interval_days=interval,
        today=gate, hai_ended_on=ended)


def catheter_record(ws: Workspace, patient_id: int, *, today: date | None = None
                    ) -> CatheterRecord:
    ws.require(Action.VIEW_RECORDS)
    with ws.db.read_session() as session:
        return catheter_record_in(session, patient_id, today or ws.today())


def events_for_patient(ws: Workspace, patient_id: int, *,
                       include_voided: bool = False) -> list[CatheterEvent]:
    """Oldest first."""
    ws.require(Action.VIEW_RECORDS)
    with ws.db.read_session() as session:
        query = select(CatheterEvent).where(CatheterEvent.patient_id == patient_id)
        if not include_voided:
            query = query.where(CatheterEvent.voided.is_(False))
        return list(session.scalars(query.order_by(CatheterEvent.occurred_on,
                                                   CatheterEvent.id)))


# ---- the gate on an order's HAI line ---------------------------------------------------------

def hai_lines(lines: Sequence[OrderLine]) -> list[OrderLine]:
    return [line for line in lines if line.route == HAI_ROUTE]


def _override(session: Session, order_id: int, day: date) -> HaiGateOverride | None:
    return session.scalars(select(HaiGateOverride).where(
        HaiGateOverride.order_id == order_id, HaiGateOverride.day == day)
        .order_by(HaiGateOverride.id.desc())).first()


def order_gate_in(session: Session, order: Order | int, day: date) -> OrderGate:
    row = session.get(Order, order) if isinstance(order, int) else order
    if row is None:
        raise NotFound(msg("There is no order #{order}.", order=order))
    patient = session.get(Patient, row.patient_id)
    assert patient is not None
    lines = list(session.scalars(select(OrderLine).where(OrderLine.order_id == row.id)))
    hai = [line for line in hai_lines(lines) if not line.stopped]
    if not _is_hai(patient) or not hai:
        why = (msg("No HAI — the patient is in the control arm") if not _is_hai(patient)
               else msg("No HAI on this order — the HAI line is stopped"))
        return OrderGate(False, why, order_id=row.id, day=day, applies=False)
    facts = _facts(session, patient)
    override = _override(session, row.id, day)
    result = hai_gate(day, arm_is_hai=True, state=facts.state, inspections=facts.inspections,
                      pain_reports=facts.pain,
                      override=(OverrideData(row.id, override.day, override.reason)
                                if override is not None else None),
                      window_days=window_days(session))
    by = (_full_name(session, override.decided_by)
          if override is not None and result.overridden else None)
    return OrderGate(result.allowed, result.reason, result.inspection_id, result.overridden,
                     result.why, order_id=row.id, day=day, applies=True, override_by=by,
                     override_reason=override.reason if override is not None and by else None)


def gate_for_order(ws: Workspace, order: Order | int, *, day: date | None = None) -> OrderGate:
    """May the order's HAI line run on `day` (default: today at the site, the moment of
    printing or giving — not the day the order was written)?"""
    ws.require(Action.VIEW_RECORDS)
    with ws.db.read_session() as session:
        return order_gate_in(session, order if isinstance(order, int) else order.id,
                             day or ws.today())


def override_hai_gate(ws: Workspace, order_id: int, reason: str, *,
                      today: date | None = None) -> int:
    """The investigator lets the order's HAI line run today without a valid inspection, with a
    reason (audited). Never without a catheter in place."""
    ws.require(Action.OVERRIDE_HAI_GATE)
    if not reason.strip():
        raise ValidationError(msg("Give the reason for letting HAI run without a valid catheter "
                                  "inspection."), field="reason")
    today = today or ws.today()
    with ws.session(reason=f"HAI gate overridden: {reason.strip()}") as session:
        order = session.get(Order, order_id)
        if order is None:
            raise NotFound(msg("There is no order #{order_id}.", order_id=order_id))
        if order.status not in _OPEN_ORDER_STATUSES:
            raise ConflictError(msg("Order #{order_id} is {status}: its HAI line can no longer be "
                                    "given.", order_id=order_id,
                                    status=Label("OrderStatus", order.status)))
        gate = order_gate_in(session, order, today)
        if not gate.applies:
            raise ConflictError(msg("{reason}: there is nothing to override.", reason=gate.reason))
        if gate.overridden:
            raise ConflictError(msg("The HAI gate of order #{order_id} is already overridden today "
                                    "by {override_by}.",
                                    order_id=order_id, override_by=gate.override_by))
        if gate.allowed:
            raise ConflictError(msg("{reason}: the HAI line may run; no override is needed.",
                                    reason=gate.reason))
        patient = session.get(Patient, order.patient_id)
        assert patient is not None
        state = catheter_state(_event_data(_live_events(session, patient.id)))
        if not state.in_place:
            raise ConflictError(msg("{reason}. An override cannot help: there is no catheter in "
                                    "place to infuse through.", reason=gate.reason))
        row = HaiGateOverride(order_id=order.id, day=today, reason=reason.strip(),
                              decided_by=ws.user.username)
        session.add(row)
        session.flush()
        return row.id


def order_notice(session: Session, patient: Patient) -> str | None:
    """What a new order for this patient should say about the catheter (None: nothing)."""
    if not _is_hai(patient):
        return None
    state = catheter_state(_event_data(_live_events(session, patient.id)))
    if state.status == IN_PLACE:
        return None
    if state.since is not None:
        return msg("HAI catheter removed on {day}: the HAI line is withheld on every order until "
                   "the catheter is reinserted and inspected fit", day=_day(state.since))
    return msg("No HAI catheter recorded: the HAI line is withheld until the implantation and "
               "a fit inspection are recorded")


# ---- the log across the trial ----------------------------------------------------------------

@dataclass(frozen=True)
class CatheterLogCounts:
    """Counts of live records across the trial; every known kind listed, zero or not."""

    patients_with_catheter: int
    catheters_in_place: int
    events_by_kind: dict[str, int]
    complications: dict[str, int]
    inspections_by_outcome: dict[str, int]
    pain_reports: int


def catheter_log_counts(ws: Workspace) -> CatheterLogCounts:
    ws.require(Action.VIEW_RECORDS)
    rules: CatheterRules = catheter_rules()
    with ws.db.read_session() as session:
        events = list(session.scalars(select(CatheterEvent).where(
            CatheterEvent.voided.is_(False))))
        # Counted by the database: ten years of inspections are not loaded to be counted.
        outcomes = Counter({outcome: int(n) for outcome, n in session.execute(
            select(CatheterInspection.outcome, func.count())
            .where(CatheterInspection.voided.is_(False))
            .group_by(CatheterInspection.outcome))})
        pains = int(session.scalar(select(func.count()).select_from(HaiPainReport)) or 0)
    by_patient: dict[int, list[CatheterEvent]] = {}
    for event in events:
        by_patient.setdefault(event.patient_id, []).append(event)
    in_place = sum(catheter_state(_event_data(rows)).in_place for rows in by_patient.values())
    kinds = Counter(e.kind for e in events)
    complications = Counter(e.complication for e in events if e.kind == "complication")
    return CatheterLogCounts(
        patients_with_catheter=len(by_patient), catheters_in_place=in_place,
        events_by_kind={k.id: kinds[k.id] for k in rules.event_kinds},
        complications={c.id: complications[c.id] for c in rules.complications},
        inspections_by_outcome={o.id: outcomes[o.id] for o in rules.outcomes},
        pain_reports=pains)


# ---- one patient's log, and its CSV export ---------------------------------------------------

@dataclass(frozen=True)
class LogRow:
    """One line of a patient's catheter log, events, inspections and pain reports together."""

    on: date
    at: datetime | None
    record: str  # "event" | "inspection" | "pain during HAI"
    what: str  # event kind / inspection outcome / pain location
    complication: str
    details: str
    by: str
    voided: bool
    void_reason: str
    record_id: int = 0  # the event's, inspection's or pain report's id

    @property
    def voidable_with(self) -> Action | None:
        """The permission that voids this entry (None: it cannot be voided)."""
        if self.voided:
            return None
        return {"event": Action.RECORD_CATHETER_EVENT,
                "inspection": Action.INSPECT_CATHETER}.get(self.record)


def void_log_entry(ws: Workspace, row: LogRow, reason: str) -> None:
    """Void an event or an inspection from the log (each with its own rules and permission)."""
    if row.record == "event":
        void_catheter_event(ws, row.record_id, reason)
    elif row.record == "inspection":
        void_inspection(ws, row.record_id, reason)
    else:
        raise ConflictError(msg("A pain report stays on the record; add a note in a new report if "
                                "it was wrong."))


def _event_row(e: CatheterEvent) -> LogRow:
    parts = [text for text, value in (
        (msg("operator: {value}", value=e.operator), e.operator),
        (msg("reason: {value}", value=e.reason), e.reason),
        (msg("access route: {value}", value=e.access_route), e.access_route),
        (msg("port: {value}", value=e.port_location), e.port_location),
        (msg("tip: {value}", value=e.tip_position), e.tip_position),
        (msg("notes: {value}", value=e.notes), e.notes)) if value]
    return LogRow(e.occurred_on, None, "event", e.kind, e.complication or "",
                  joined(parts, "; "), e.recorded_by, e.voided, e.void_reason or "", e.id)


def _term_text(terms: Sequence[Term], key: str) -> str:
    """A logged id as the log reads it: the id in English, the term's Korean in Korean."""
    term = next((t for t in terms if t.id == key), None)
    return DataText(key, term.label_ko) if term is not None else key


def _inspection_row(i: CatheterInspection) -> LogRow:
    rules = catheter_rules()
    parts: list[str] = []
    if i.outcome_reason:
        parts.append(msg("reason: {value}", value=i.outcome_reason))
    findings = [DataText(item.text, item.text_ko) for item in
                (rules.item(key) for key in json.loads(i.findings or "[]"))]
    parts.append(msg("findings: {list}", list=joined(findings, " | ")) if findings
                 else msg("findings: none"))
    if i.explanation:
        parts.append(msg("explanation: {value}", value=i.explanation))
    parts.append(msg("action: {value}", value=_term_text(rules.actions, i.action)))
    if i.needle_gauge:
        parts.append(msg("needle: {value}", value=i.needle_gauge))
    if i.last_check_on:
        parts.append(msg("last perfusion check: {day} ({result})", day=i.last_check_on.isoformat(),
                         result=i.last_check_result or ""))
    if i.check_due:
        parts.append(msg("perfusion check due"))
    return LogRow(i.inspected_on, i.inspected_at, "inspection", i.outcome, "", joined(parts, "; "),
                  f"{i.inspected_by} ({i.inspector_role})", i.voided, i.void_reason or "", i.id)


def _pain_row(p: HaiPainReport) -> LogRow:
    infusion = Label("HaiInfusion", p.infusion)
    details = (msg("order #{order}; infusion {infusion}; action: {action}", order=p.order_id,
                   infusion=infusion, action=p.action or "") if p.order_id
               else msg("infusion {infusion}; action: {action}", infusion=infusion,
                        action=p.action or ""))
    return LogRow(p.reported_at.astimezone().date(), p.reported_at, "pain during HAI",
                  p.location, "", details, p.reported_by, False, "", p.id)


def catheter_log(ws: Workspace, patient_id: int, *, include_voided: bool = True
                 ) -> list[LogRow]:
    """The patient's log in date order (voided entries kept, marked)."""
    ws.require(Action.VIEW_RECORDS)
    with ws.db.read_session() as session:
        _patient(session, patient_id)
        events = session.scalars(select(CatheterEvent).where(
            CatheterEvent.patient_id == patient_id))
        inspections = session.scalars(select(CatheterInspection).where(
            CatheterInspection.patient_id == patient_id))
        rows = ([_event_row(e) for e in events] + [_inspection_row(i) for i in inspections]
                + [_pain_row(p) for p in _pain_reports(session, patient_id)])
    if not include_voided:
        rows = [r for r in rows if not r.voided]
    # On one date: the events (procedures) first, then inspections and pain by time.
    order = {"event": 0, "inspection": 1, "pain during HAI": 1}
    earliest = datetime.min.replace(tzinfo=UTC)
    return sorted(rows, key=lambda r: (r.on, order[r.record], r.at or earliest))


CSV_COLUMNS = ("study_id", "screening_number", "date", "time_utc", "record", "what",
               "complication", "details", "recorded_by", "voided", "void_reason")


def _csv(ws: Workspace, patient_id: int) -> tuple[bytes, int]:
    rows = catheter_log(ws, patient_id)
    with ws.db.read_session() as session:
        patient = _patient(session, patient_id)
        ids = (patient.study_id or "", patient.screening_number)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for r in rows:
        writer.writerow([inert_cell(text) for text in (
            *ids, r.on.isoformat(), f"{r.at:%H:%M}" if r.at else "", r.record, r.what,
            r.complication, r.details, r.by, "yes" if r.voided else "", r.void_reason)])
    return out.getvalue().encode("utf-8"), len(rows)


def catheter_log_csv(ws: Workspace, patient_id: int) -> bytes:
    """The patient's log as CSV (pseudonymised: study ID and screening number, no names)."""
    return _csv(ws, patient_id)[0]


def export_catheter_log_csv(ws: Workspace, patient_id: int, path: Path) -> int:
    """The user's explicit export to the file they chose (no temporary file); audited."""
    ws.require(Action.EXPORT_DATA)
    data, rows = _csv(ws, patient_id)
    try:
        path.write_bytes(data)
    except OSError as exc:
        raise ValidationError(msg("The file {path} could not be written: {strerror}.",
                                  path=path, strerror=exc.strerror),
                              field="path") from exc
    with ws.session() as session:
        audit.record_event(session, "export", "catheter_log", str(patient_id),
                           {"rows": rows, "file": path.name})
    return rows


def header_status(ws: Workspace, patient_id: int, *, today: date | None = None) -> str:
    """The catheter in a few words for the patient header (which has little room): what it
    needs before today's HAI, or why there is none."""
    record = catheter_record(ws, patient_id, today=today)
    state = record.state
    if state.status != IN_PLACE:
        return msg("not recorded") if state.status == NO_CATHETER else state.describe()
    if record.needs_ir_review:
        return msg("needs IR review")
    if record.hai_ended_on is not None:  # a port left in place with no HAI to come
        return msg("in place, HAI ended {day}", day=Day(record.hai_ended_on))
    return msg("fit for HAI today") if record.today.allowed else msg("inspect before HAI")


def _hai_ended_on(session: Session, patient_id: int) -> date | None:
    """The day HAI ended: with all protocol treatment or alone (core.follow_up.EndScope)."""
    return session.scalar(select(func.min(TreatmentEnd.ended_on)).where(
        TreatmentEnd.patient_id == patient_id,
        TreatmentEnd.scope.in_((EndScope.ALL.value, EndScope.HAI_ONLY.value))))


def _hai_order_open(session: Session, patient_id: int) -> bool:
    """Whether an order whose HAI line can still be given is open."""
    return session.scalar(select(func.count()).select_from(Order).join(
        OrderLine, OrderLine.order_id == Order.id).where(
        Order.patient_id == patient_id, Order.status.in_(_OPEN_ORDER_STATUSES),
        OrderLine.route == HAI_ROUTE)) != 0


def order_being_given(ws: Workspace, patient_id: int) -> Order | None:
    """The patient's order printed or given but not yet confirmed — the infusion a pain report
    during HAI belongs to (None: no infusion under way)."""
    ws.require(Action.VIEW_RECORDS)
    with ws.db.read_session() as session:
        return session.scalars(select(Order).where(
            Order.patient_id == patient_id, Order.status.in_(("printed", "given"))).order_by(
            Order.day1.desc(), Order.id.desc()).limit(1)).first()
