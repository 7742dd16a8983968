"""Today: every patient with something due today or overdue, and what, for the signed-in role.

The worklist asks each area's own rules what is open — the order's next step
(`orders.next_step`), the next cycle (`orders.next_cycle_in`), the HAI gate
(`catheter.order_gate_in`, `catheter.catheter_record_in`), the double check
(`administration.double_check_state_in`), the dose decisions due (`toxicity.decisions_due`) —
and never decides them itself. Each item names the patient, its kind, what exactly is waiting,
the day it is due (or has waited since), whether it is overdue, and the screen that handles it.

Who sees what. Each kind is the work of the roles whose permission its service requires
(services.permissions), narrowed to the people whose round it is:

| kind                          | permission            | shown to                          |
|-------------------------------|-----------------------|-----------------------------------|
| order to write                | PRESCRIBE             | investigator                      |
| order to sign                 | PRESCRIBE             | investigator                      |
| dose decision due             | PRESCRIBE             | investigator                      |
| incident to resolve           | RESOLVE_INCIDENTS     | investigator                      |
| order to verify               | VERIFY_ORDER          | pharmacist                        |
| order to print                | PRINT_ORDER           | pharmacist, nurse (*)             |
| catheter inspection (HAI)     | INSPECT_CATHETER      | nurse, interventional radiologist |
| double check at the chair     | DOUBLE_CHECK          | nurse                             |
| administration to record      | ADMINISTER            | nurse                             |
| administration to confirm     | ADMINISTER            | nurse (the second nurse)          |
| catheter to implant/reinsert  | RECORD_CATHETER_EVENT | interventional radiologist        |
| IR review of the catheter     | RECORD_CATHETER_EVENT | radiologist, investigator         |
| pre-cycle labs missing or old | RECORD_TOXICITY       | coordinator, investigator         |
| screening to complete         | EDIT_SCREENING        | coordinator                       |
| eligible, to randomize        | RANDOMIZE             | coordinator                       |
| tumour assessment due/overdue | RECORD_TUMOUR_ASSESS. | coordinator, investigator         |
| follow-up due/overdue         | RECORD_FOLLOW_UP      | coordinator                       |
| progression: end treatment?   | RECORD_END_OF_TREAT.  | investigator                      |

(*) The investigator may print too, but printing is not the prescriber's round.

The catheter inspection is listed only for a nurse or radiologist with a valid HAI competency
that day (the protocol restricts catheter access to staff trained in HAI; the catheter service
refuses anyone else).

Administrators and monitors act on none of these: they see the whole unit's list, read-only,
with who acts on each item (a monitor follows the trial's conduct, an administrator the unit's
workload).

When. Steps of an order in the pharmacy and at the prescriber's desk (sign, verify) wait from
the moment the order exists and are overdue once its day 1 has passed; printing and the chair
(inspection, double check, administration) belong to the day of treatment and are listed from
day 1. The next cycle is due `cycle_days` after the previous day 1 (protocol: every 2 weeks);
cycle 1 waits from randomization (the protocol sets no day for it), so it is never overdue.
The pre-cycle ANC and platelets (what the order needs to treat) must be from the last
`orders.pre_cycle_window_days()` days and after the previous day 1 — the window the neuropathy
grade before oxaliplatin is held to; no other number is made up here.

The schedule of assessments (issue #20) lists a visit from the day its window opens (due until
the window closes, then overdue) for every randomized patient, off study or not: follow-up goes
on for 4 years. Nothing is listed after a death or once a patient is lost to follow-up.

Adding kinds: add an `ItemKind`, its `KindSpec` in KINDS and a collector to COLLECTORS; the
screen, the sidebar count and the sort follow.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, tzinfo

from sqlalchemy import ColumnElement, exists, or_, select
from sqlalchemy.orm import Session

from hai_desktop.core.arms import Arm
from hai_desktop.core.catheter import IN_PLACE, REMOVED
from hai_desktop.core.follow_up import VitalStatus
from hai_desktop.core.i18n import QT_TRANSLATE_NOOP, Day, Label, Message, joined, msg
from hai_desktop.core.roles import Role
from hai_desktop.core.schedule import VisitKind, VisitStatus
from hai_desktop.services import (
    administration,
    catheter,
    competency,
    follow_up,
    orders,
    toxicity,
)
from hai_desktop.services.patients import PatientSummary, deaths, summary_of
from hai_desktop.services.permissions import Action, allowed
from hai_desktop.services.randomization import MEDICATION_ERROR
from hai_desktop.services.workspace import Workspace
from hai_desktop.store.models import (
    AdverseEvent,
    Incident,
    LabResult,
    Order,
    Patient,
    PatientStatus,
    ScreeningRecord,
)


class ItemKind(enum.StrEnum):
    """What is waiting; the value names it (translate("TodayKind", value))."""

    WRITE_ORDER = QT_TRANSLATE_NOOP("TodayKind", "Order to write")
    SIGN_ORDER = QT_TRANSLATE_NOOP("TodayKind", "Order to sign")
    VERIFY_ORDER = QT_TRANSLATE_NOOP("TodayKind", "Order to verify")
    PRINT_ORDER = QT_TRANSLATE_NOOP("TodayKind", "Order to print")
    INSPECT_CATHETER = QT_TRANSLATE_NOOP("TodayKind", "Catheter inspection")
    DOUBLE_CHECK = QT_TRANSLATE_NOOP("TodayKind", "Double check")
    ADMINISTER = QT_TRANSLATE_NOOP("TodayKind", "Administration")
    CONFIRM_ADMINISTRATION = QT_TRANSLATE_NOOP("TodayKind", "Second nurse confirms")
    DOSE_DECISION = QT_TRANSLATE_NOOP("TodayKind", "Dose decision")
    INCIDENT = QT_TRANSLATE_NOOP("TodayKind", "Incident")
    PLACE_CATHETER = QT_TRANSLATE_NOOP("TodayKind", "Catheter to place")
    IR_REVIEW = QT_TRANSLATE_NOOP("TodayKind", "IR review")
    LABS = QT_TRANSLATE_NOOP("TodayKind", "Pre-cycle labs")
    SCREENING = QT_TRANSLATE_NOOP("TodayKind", "Screening")
    RANDOMIZE = QT_TRANSLATE_NOOP("TodayKind", "Randomization")
    ASSESSMENT = QT_TRANSLATE_NOOP("TodayKind", "Tumour assessment")
    FOLLOW_UP = QT_TRANSLATE_NOOP("TodayKind", "Follow-up")
    PROGRESSION = QT_TRANSLATE_NOOP("TodayKind", "Progression")


class Place(enum.StrEnum):
    """The screen that handles an item (the main window's screen keys)."""

    ORDERS = "orders"
    CATHETER = "catheter"
    TOXICITY = "toxicity"
    SCREENING = "screening"
    RANDOMIZATION = "randomization"
    RESPONSE = "response"


@dataclass(frozen=True)
class KindSpec:
    action: Action  # what the service that does the work requires
    shown_to: frozenset[Role]  # whose round it is (each allowed `action`: a test checks)
    place: Place


_NURSE, _INV, _PHARM, _IR, _COORD = (Role.NURSE, Role.INVESTIGATOR, Role.PHARMACIST,
                                     Role.INTERVENTIONAL_RADIOLOGIST, Role.COORDINATOR)
KINDS: dict[ItemKind, KindSpec] = {
    ItemKind.WRITE_ORDER: KindSpec(Action.PRESCRIBE, frozenset({_INV}), Place.ORDERS),
    ItemKind.SIGN_ORDER: KindSpec(Action.PRESCRIBE, frozenset({_INV}), Place.ORDERS),
    ItemKind.VERIFY_ORDER: KindSpec(Action.VERIFY_ORDER, frozenset({_PHARM}), Place.ORDERS),
    ItemKind.PRINT_ORDER: KindSpec(Action.PRINT_ORDER, frozenset({_PHARM, _NURSE}),
                                   Place.ORDERS),
    ItemKind.INSPECT_CATHETER: KindSpec(Action.INSPECT_CATHETER, frozenset({_NURSE, _IR}),
                                        Place.CATHETER),
    ItemKind.DOUBLE_CHECK: KindSpec(Action.DOUBLE_CHECK, frozenset({_NURSE}), Place.ORDERS),
    ItemKind.ADMINISTER: KindSpec(Action.ADMINISTER, frozenset({_NURSE}), Place.ORDERS),
    ItemKind.CONFIRM_ADMINISTRATION: KindSpec(Action.ADMINISTER, frozenset({_NURSE}),
                                              Place.ORDERS),
    ItemKind.DOSE_DECISION: KindSpec(Action.PRESCRIBE, frozenset({_INV}), Place.TOXICITY),
    ItemKind.INCIDENT: KindSpec(Action.RESOLVE_INCIDENTS, frozenset({_INV}), Place.ORDERS),
    ItemKind.PLACE_CATHETER: KindSpec(Action.RECORD_CATHETER_EVENT, frozenset({_IR}),
                                      Place.CATHETER),
    ItemKind.IR_REVIEW: KindSpec(Action.RECORD_CATHETER_EVENT, frozenset({_IR, _INV}),
                                 Place.CATHETER),
    ItemKind.LABS: KindSpec(Action.RECORD_TOXICITY, frozenset({_COORD, _INV}), Place.TOXICITY),
    ItemKind.SCREENING: KindSpec(Action.EDIT_SCREENING, frozenset({_COORD}), Place.SCREENING),
    ItemKind.RANDOMIZE: KindSpec(Action.RANDOMIZE, frozenset({_COORD}), Place.RANDOMIZATION),
    ItemKind.ASSESSMENT: KindSpec(Action.RECORD_TUMOUR_ASSESSMENT, frozenset({_COORD, _INV}),
                                  Place.RESPONSE),
    ItemKind.FOLLOW_UP: KindSpec(Action.RECORD_FOLLOW_UP, frozenset({_COORD}), Place.RESPONSE),
    ItemKind.PROGRESSION: KindSpec(Action.RECORD_END_OF_TREATMENT, frozenset({_INV}),
                                   Place.RESPONSE),
}
# Roles that act on none of the kinds follow the whole list, read-only.
OVERVIEW_ROLES = frozenset({Role.ADMIN, Role.MONITOR})


@dataclass(frozen=True)
class TodayItem:
    patient: PatientSummary
    kind: ItemKind
    what: Message  # e.g. "Cycle 3 order waiting for pharmacist verification"
    day: date  # the day it is due, or (when `due` is False) the day it has waited since
    due: bool
    overdue: bool
    order_id: int | None = None  # the order the item is about, selected when it opens
    detail: str = ""  # more than the line has room for (a tooltip)
    opens: Place | None = None  # where, when not the kind's own screen

    @property
    def place(self) -> Place:
        return self.opens or KINDS[self.kind].place

    @property
    def acted_on_by(self) -> frozenset[Role]:
        return KINDS[self.kind].shown_to

    def days_overdue(self, today: date) -> int:
        return (today - self.day).days if self.overdue else 0


# ---- what each area has open -----------------------------------------------------------------

@dataclass(frozen=True)
class _Context:
    session: Session
    today: date
    patient: Patient
    summary: PatientSummary
    zone: tzinfo  # the site's: a stored (UTC) time is dated as the unit's calendar has it

    def day_of(self, moment: datetime) -> date:
        return moment.astimezone(self.zone).date()


def _item(ctx: _Context, kind: ItemKind, what: Message, day: date, *, due: bool,
          order_id: int | None = None, detail: str = "") -> TodayItem:
    return TodayItem(ctx.summary, kind, what, day, due, due and day < ctx.today, order_id,
                     detail)


def _on_treatment(patient: Patient) -> bool:
    return patient.arm is not None and PatientStatus(patient.status) in (
        PatientStatus.RANDOMIZED, PatientStatus.ON_TREATMENT)


def _randomized_on(ctx: _Context) -> date:
    return ctx.day_of(ctx.patient.randomized_at or ctx.patient.created_at)


_STEP_KINDS = {orders.NextStep.SIGN: ItemKind.SIGN_ORDER,
               orders.NextStep.VERIFY: ItemKind.VERIFY_ORDER,
               orders.NextStep.PRINT: ItemKind.PRINT_ORDER,
               orders.NextStep.DOUBLE_CHECK: ItemKind.DOUBLE_CHECK,
               orders.NextStep.ADMINISTER: ItemKind.ADMINISTER,
               orders.NextStep.CONFIRM: ItemKind.CONFIRM_ADMINISTRATION}
# Steps that wait from the moment the order exists; the others belong to day 1.
_DESK_STEPS = frozenset({orders.NextStep.SIGN, orders.NextStep.VERIFY})


OPEN_ORDER_STATUSES = (orders.DRAFT, orders.SIGNED, orders.VERIFIED, orders.PRINTED,
                       orders.GIVEN)


def _open_orders(ctx: _Context) -> list[Order]:
    return list(ctx.session.scalars(select(Order).where(
        Order.patient_id == ctx.patient.id,
        Order.status.in_(OPEN_ORDER_STATUSES)).order_by(Order.day1, Order.id)))


def _step_text(order: Order, step: orders.NextStep, checks_done: int) -> Message:
    cycle = order.cycle
    match step:
        case orders.NextStep.SIGN:
            return msg("Cycle {cycle} order waiting for the investigator's signature",
                       cycle=cycle)
        case orders.NextStep.VERIFY:
            return msg("Cycle {cycle} order waiting for pharmacist verification", cycle=cycle)
        case orders.NextStep.PRINT:
            return msg("Cycle {cycle} order verified: print the sheet", cycle=cycle)
        case orders.NextStep.DOUBLE_CHECK:
            return msg("Cycle {cycle}: independent double check at the chair ({done} of 2 "
                       "done)", cycle=cycle, done=checks_done)
        case orders.NextStep.ADMINISTER:
            return msg("Cycle {cycle}: both checks done — record what is given", cycle=cycle)
    return msg("Cycle {cycle} given: a second nurse confirms the administration", cycle=cycle)


def order_steps(ctx: _Context) -> Iterable[TodayItem]:
    """Each open order's next step (orders.next_step) and, for an HAI order on its day, the
    catheter inspection its HAI line waits for (the HAI gate)."""
    for order in _open_orders(ctx):
        checks_done, complete = 0, False
        if order.status == orders.PRINTED:
            state = administration.double_check_state_in(ctx.session, order, ctx.today)
            checks_done, complete = len(state.current), state.complete
        step = orders.next_step(order.status, complete)
        if step is None:
            continue
        if step in _DESK_STEPS:
            yield _item(ctx, _STEP_KINDS[step], _step_text(order, step, checks_done),
                        order.day1, due=True, order_id=order.id)
            continue
        if order.day1 > ctx.today:
            continue  # printing and the chair belong to the day of treatment
        yield _item(ctx, _STEP_KINDS[step], _step_text(order, step, checks_done), order.day1,
                    due=True, order_id=order.id)
        if order.status in (orders.VERIFIED, orders.PRINTED):
            yield from _inspection_due(ctx, order)


def _inspection_due(ctx: _Context, order: Order) -> Iterable[TodayItem]:
    gate = catheter.order_gate_in(ctx.session, order, ctx.today)
    if not gate.withheld:
        return
    record = catheter.catheter_record_in(ctx.session, ctx.patient.id, ctx.today)
    if record.state.status != IN_PLACE:
        return  # nothing to inspect: the catheter is to be placed first (catheter_work)
    yield _item(ctx, ItemKind.INSPECT_CATHETER,
                msg("Cycle {cycle}: inspect the catheter before HAI (the HAI line is withheld "
                    "until then)", cycle=order.cycle),
                order.day1, due=True, order_id=order.id, detail=gate.detail)


def catheter_work(ctx: _Context) -> Iterable[TodayItem]:
    """An experimental-arm patient on treatment without a catheter in place, or one whose
    catheter interventional radiology should review (pain during HAI, an inspection that
    asked for it)."""
    if not _on_treatment(ctx.patient) or ctx.patient.arm != Arm.HAI.value:
        return
    record = catheter.catheter_record_in(ctx.session, ctx.patient.id, ctx.today)
    state = record.state
    if state.status == REMOVED and state.since is not None:
        yield _item(ctx, ItemKind.PLACE_CATHETER,
                    msg("HAI catheter removed on {day}: reinsert before HAI",
                        day=Day(state.since)), state.since, due=False)
    elif state.status != IN_PLACE:
        yield _item(ctx, ItemKind.PLACE_CATHETER,
                    msg("No HAI catheter recorded: implant (and record it) before HAI"),
                    _randomized_on(ctx), due=False)
    why = record.needs_ir_review
    if why:
        since = min((ctx.day_of(p.reported_at) for p in record.open_pain), default=None)
        if since is None and record.inspections:
            since = record.inspections[-1].inspected_on
        yield _item(ctx, ItemKind.IR_REVIEW, msg("Catheter needs IR review: {why}", why=why[0]),
                    since or ctx.today, due=False, detail="; ".join(why))


def next_cycle_work(ctx: _Context) -> Iterable[TodayItem]:
    """The next cycle's order once it is due, the pre-cycle labs it needs, and the dose
    decisions due before it."""
    if not _on_treatment(ctx.patient):
        return
    upcoming = orders.next_cycle_in(ctx.session, ctx.patient)
    decisions = toxicity.decisions_due(ctx.session, ctx.patient.id)
    for decision in decisions:
        yield _decision_item(ctx, decision, upcoming)
    if upcoming is None or (upcoming.due is not None and upcoming.due > ctx.today):
        return
    day, due = ((upcoming.due, True) if upcoming.due is not None
                else (_randomized_on(ctx), False))
    yield _item(ctx, ItemKind.WRITE_ORDER,
                msg("Cycle {cycle} order to write", cycle=upcoming.cycle), day, due=due)
    labs = _labs_missing(ctx, upcoming)
    if labs is not None:
        yield _item(ctx, ItemKind.LABS, labs, day, due=due)


def _decision_item(ctx: _Context, decision: toxicity.DecisionDue,
                   upcoming: orders.NextCycle | None) -> TodayItem:
    event = ctx.session.get(AdverseEvent, decision.event_id)
    onset = event.onset if event is not None else ctx.today
    what = msg("Dose decision due: {text}", text=decision.text)
    if upcoming is not None and upcoming.due is not None:
        return _item(ctx, ItemKind.DOSE_DECISION, what, upcoming.due, due=True)
    return _item(ctx, ItemKind.DOSE_DECISION, what, onset, due=False)


# The pre-cycle counts an order needs to treat (orders: ANC and platelets with their date).
PRE_CYCLE_LABS = {"Neutrophil count decreased": QT_TRANSLATE_NOOP("PreCycleLab", "ANC"),
                  "Platelet count decreased": QT_TRANSLATE_NOOP("PreCycleLab", "platelets")}


def _labs_missing(ctx: _Context, upcoming: orders.NextCycle) -> Message | None:
    """Which pre-cycle counts have no result from the window (None: all there)."""
    window = orders.pre_cycle_window_days()
    earliest = date.fromordinal(ctx.today.toordinal() - window)
    if upcoming.previous_day1 is not None:
        earliest = max(earliest, upcoming.previous_day1)
    missing: list[Label] = []
    old: list[tuple[Label, date]] = []
    for term, english in PRE_CYCLE_LABS.items():
        name = Label("PreCycleLab", english)
        latest = ctx.session.scalars(select(LabResult.taken_on).where(
            LabResult.patient_id == ctx.patient.id, LabResult.term == term,
            LabResult.voided.is_(False), LabResult.taken_on <= ctx.today)
            .order_by(LabResult.taken_on.desc()).limit(1)).first()
        if latest is None:
            missing.append(name)
        elif latest < earliest or (upcoming.previous_day1 is not None
                                   and latest <= upcoming.previous_day1):
            old.append((name, latest))
    if not missing and not old:
        return None
    if missing and not old:
        return msg("Cycle {cycle}: no pre-cycle {labs} recorded", cycle=upcoming.cycle,
                   labs=joined(missing, " + "))
    parts = [msg("{lab} last {day}", lab=name, day=Day(day)) for name, day in old]
    parts += [msg("{lab} none", lab=name) for name in missing]
    return msg("Cycle {cycle}: pre-cycle labs too old ({parts}; they must be from the last "
               "{window} days, after the previous cycle)", cycle=upcoming.cycle,
               parts=joined(parts, "; "), window=window)


def incidents_open(ctx: _Context) -> Iterable[TodayItem]:
    """Medication errors and envelope-card mismatches the investigator has not resolved."""
    for incident in ctx.session.scalars(select(Incident).where(
            Incident.patient_id == ctx.patient.id, Incident.resolved_at.is_(None))
            .order_by(Incident.reported_at)):
        order = (ctx.session.get(Order, incident.order_id) if incident.order_id is not None
                 else None)
        if incident.kind == MEDICATION_ERROR and order is not None:
            what = msg("Medication error on cycle {cycle}: resolve it with what was done",
                       cycle=order.cycle)
            opens = Place.ORDERS
        else:  # an envelope card that disagreed with the list: resolved where it was opened
            what = msg("Envelope card mismatch: resolve it with what was done")
            opens = Place.RANDOMIZATION
        item = _item(ctx, ItemKind.INCIDENT, what, ctx.day_of(incident.reported_at), due=False,
                     order_id=incident.order_id, detail=incident.summary)
        yield replace(item, opens=opens)


def screening_work(ctx: _Context) -> Iterable[TodayItem]:
    """A candidate whose checklist is not yet confirmed, and an eligible one waiting for the
    envelope."""
    status = PatientStatus(ctx.patient.status)
    record = ctx.session.scalars(select(ScreeningRecord).where(
        ScreeningRecord.patient_id == ctx.patient.id)).first()
    if status is PatientStatus.SCREENING:
        since = ctx.patient.consent_date or ctx.day_of(ctx.patient.created_at)
        if record is None or record.status == "undetermined":
            what = msg("Eligibility checklist not complete")
        elif record.status == "eligible":
            what = msg("Checklist says eligible: confirm it with your signature")
        else:
            what = msg("Checklist says ineligible: confirm it with your signature")
        yield _item(ctx, ItemKind.SCREENING, what, since, due=False)
    elif status is PatientStatus.ELIGIBLE:
        since = ctx.today
        if record is not None:  # the day the result was assessed (and signed)
            since = record.assessed_on or (ctx.day_of(record.confirmed_at)
                                           if record.confirmed_at else ctx.today)
        yield _item(ctx, ItemKind.RANDOMIZE,
                    msg("Eligible (confirmed): open the next sealed envelope"), since, due=False)


def response_work(ctx: _Context) -> Iterable[TodayItem]:
    """The schedule of assessments (follow_up.patient_course with the site's windows): a
    baseline not yet recorded, each visit inside its window (due by the day it closes) or past
    it (overdue), and a progression while treatment is not recorded as ended."""
    if ctx.patient.arm is None:
        return
    course = follow_up.patient_course(ctx.session, ctx.patient, ctx.zone, ctx.today)
    followed = course.vital_status == VitalStatus.ALIVE
    if course.response.baseline is None and followed:
        yield _item(ctx, ItemKind.ASSESSMENT, msg("Baseline tumour assessment not recorded"),
                    course.randomized_on, due=False)
    # Only the latest overdue visit of each kind: an older one is missed (the schedule and
    # the trial report keep it), and cannot be done any more.
    overdue = {kind: max((v for v in course.visits if v.visit.kind is kind
                          and v.status is VisitStatus.OVERDUE),
                         key=lambda v: v.visit.expected, default=None) for kind in VisitKind}
    for visit in course.visits:
        if visit.status is VisitStatus.OVERDUE and visit is not overdue[visit.visit.kind]:
            continue
        if visit.status not in (VisitStatus.DUE, VisitStatus.OVERDUE):
            continue
        kind = (ItemKind.ASSESSMENT if visit.visit.kind is VisitKind.ASSESSMENT
                else ItemKind.FOLLOW_UP)
        what = msg("{visit} {number}: expected {expected}, window to {closes}",
                   visit=Label("VisitKind", visit.visit.kind.value), number=visit.visit.number,
                   expected=Day(visit.visit.expected), closes=Day(visit.visit.closes))
        yield _item(ctx, kind, what, visit.visit.closes, due=True)
    progressed = course.response.first_progression_on
    if progressed is not None and course.treatment_ended is None:
        yield _item(ctx, ItemKind.PROGRESSION,
                    msg("Progression (RECIST) on {day}: decide the end of treatment",
                        day=Day(progressed)), progressed, due=False)


Collector = Callable[[_Context], Iterable[TodayItem]]
COLLECTORS: tuple[Collector, ...] = (order_steps, catheter_work, next_cycle_work,
                                     incidents_open, screening_work, response_work)


# ---- the list --------------------------------------------------------------------------------

def kinds_for(role: Role) -> frozenset[ItemKind]:
    if role in OVERVIEW_ROLES:
        return frozenset(KINDS)
    return frozenset(kind for kind, spec in KINDS.items() if role in spec.shown_to)


def urgency(item: TodayItem, today: date) -> tuple[int, date, int, str]:
    """Overdue first (oldest first), then due today, then what waits (longest first)."""
    rank = 0 if item.overdue else 1 if item.due and item.day <= today else 2
    return rank, item.day, list(KINDS).index(item.kind), item.patient.display_id


def _may_have_work() -> ColumnElement[bool]:
    """Screen failures and patients off study (most of a trial's list after some years) have
    nothing due unless an order of theirs is still open or an incident unresolved: only the
    order and incident collectors look past the status, so the rest are not asked at all."""
    finished = (PatientStatus.INELIGIBLE.value, PatientStatus.OFF_STUDY.value)
    # Every randomized patient is followed for 4 years, treated or not (the schedule decides).
    randomized = Patient.arm.is_not(None)
    open_order = exists().where(Order.patient_id == Patient.id,
                                Order.status.in_(OPEN_ORDER_STATUSES))
    open_incident = exists().where(Incident.patient_id == Patient.id,
                                   Incident.resolved_at.is_(None))
    return or_(Patient.status.not_in(finished), randomized, open_order, open_incident)


def collect_in(session: Session, today: date, kinds: frozenset[ItemKind],
               zone: tzinfo = UTC) -> list[TodayItem]:
    items: list[TodayItem] = []
    died = deaths(session)  # the header of a patient opened from here says so
    for patient in session.scalars(select(Patient).where(Patient.voided.is_(False),
                                                         _may_have_work())
                                   .order_by(Patient.screening_number)):
        ctx = _Context(session, today, patient, summary_of(patient, died.get(patient.id)), zone)
        for collector in COLLECTORS:
            items.extend(item for item in collector(ctx) if item.kind in kinds)
    return sorted(items, key=lambda item: urgency(item, today))


# Kinds only staff trained in HAI may do (the catheter service refuses anyone else).
NEEDS_HAI_COMPETENCY = frozenset({ItemKind.INSPECT_CATHETER})


def today_items(ws: Workspace, *, today: date | None = None) -> list[TodayItem]:
    """The signed-in person's worklist, most urgent first. The catheter inspection is listed
    only for someone with a valid HAI competency that day (services.competency): a nurse
    without one cannot do it, so it is not hers."""
    ws.require(Action.VIEW_RECORDS)
    day = today or ws.today()
    with ws.db.read_session() as session:
        kinds = kinds_for(ws.user.role)
        if ws.user.role not in OVERVIEW_ROLES and \
                competency.valid_competency(session, ws.user.username, day) is None:
            kinds -= NEEDS_HAI_COMPETENCY
        return collect_in(session, day, kinds, ws.zone)


def acts_on(role: Role, item: TodayItem) -> bool:
    """May this role do the item's work (False: the overview roles follow it only)?"""
    return role in item.acted_on_by and allowed(role, KINDS[item.kind].action)
