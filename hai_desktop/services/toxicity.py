"""Adverse events graded with CTCAE v4.03, lab results graded by the program, the per-cycle
history, the liver tests over time, G-CSF secondary prevention, and the dose decisions an event
attributed to a drug makes due on the next order at the site's decision grade (a site rule,
default 3).

Events are corrected with a reason and voided, never deleted (both audited). A grade that
differs from the one computed from a lab value needs a reason.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from hai_desktop.core import ctcae
from hai_desktop.core.arms import Arm
from hai_desktop.core.errors import ConflictError, NotFound, ValidationError
from hai_desktop.core.gcsf import NEUTROPENIA_TERMS, NeutropeniaEvent, gcsf_reasons
from hai_desktop.core.i18n import QT_TRANSLATE_NOOP, Label, msg
from hai_desktop.core.regimens import DrugSpec, protocol_regimens
from hai_desktop.records import AdverseEventRecord
from hai_desktop.services import patients, site_rules
from hai_desktop.services.permissions import Action
from hai_desktop.services.voiding import reason_for_voiding
from hai_desktop.services.workspace import Workspace
from hai_desktop.store.models import (
    AdverseEvent,
    LabResult,
    Order,
    Patient,
    ToxicityDecision,
    utc_now,
)

# Stored as written; the interface shows translate("Attribution", …) and so on.
ATTRIBUTIONS = (QT_TRANSLATE_NOOP("Attribution", "unrelated"),
                QT_TRANSLATE_NOOP("Attribution", "unlikely"),
                QT_TRANSLATE_NOOP("Attribution", "possible"),
                QT_TRANSLATE_NOOP("Attribution", "probable"),
                QT_TRANSLATE_NOOP("Attribution", "definite"))
RELATED = frozenset({"possible", "probable", "definite"})
ACTIONS = (QT_TRANSLATE_NOOP("AdverseEventAction", "none"),
           QT_TRANSLATE_NOOP("AdverseEventAction", "dose delayed"),
           QT_TRANSLATE_NOOP("AdverseEventAction", "dose reduced"),
           QT_TRANSLATE_NOOP("AdverseEventAction", "drug stopped"))
OUTCOMES = (QT_TRANSLATE_NOOP("AdverseEventOutcome", "recovered/resolved"),
            QT_TRANSLATE_NOOP("AdverseEventOutcome", "recovering/resolving"),
            QT_TRANSLATE_NOOP("AdverseEventOutcome", "not recovered/not resolved"),
            QT_TRANSLATE_NOOP("AdverseEventOutcome", "recovered with sequelae"),
            QT_TRANSLATE_NOOP("AdverseEventOutcome", "fatal"),
            QT_TRANSLATE_NOOP("AdverseEventOutcome", "unknown"))
SERIOUS_CRITERIA = (QT_TRANSLATE_NOOP("SeriousCriterion", "death"),
                    QT_TRANSLATE_NOOP("SeriousCriterion", "life-threatening"),
                    QT_TRANSLATE_NOOP("SeriousCriterion", "hospitalisation or its prolongation"),
                    QT_TRANSLATE_NOOP("SeriousCriterion", "persistent or significant disability"),
                    QT_TRANSLATE_NOOP("SeriousCriterion", "congenital anomaly"),
                    QT_TRANSLATE_NOOP("SeriousCriterion", "important medical event"))
# Answered on an order ("delay" is not an answer); shown through translate("DoseDecision", …).
DECISIONS = (QT_TRANSLATE_NOOP("DoseDecision", "reduce"), QT_TRANSLATE_NOOP("DoseDecision", "stop"),
             QT_TRANSLATE_NOOP("DoseDecision", "continue"))
DELAY = QT_TRANSLATE_NOOP("DoseDecision", "delay")
ON_STUDY = msg("adverse events are recorded for patients on study")


# ---- whose events ----------------------------------------------------------------------------

def _targeted_agents(session: Session, patient_id: int) -> list[str]:
    given = session.scalars(select(Order.targeted_agent).where(
        Order.patient_id == patient_id).distinct()).all()
    return sorted(given) or [d.id for d in protocol_regimens().drugs if d.targeted]


def regimen_drugs_in(session: Session, patient: Patient) -> list[DrugSpec]:
    """The drugs an event can be attributed to: the arm's, with the targeted agent(s) given."""
    regimens = protocol_regimens()
    drugs: dict[str, DrugSpec] = {}
    assert patient.arm is not None  # callers take the patient from patient_on_study
    for agent in _targeted_agents(session, patient.id):
        for drug in regimens.drugs_for(Arm(patient.arm), agent):
            drugs.setdefault(drug.id, drug)
    return sorted(drugs.values(), key=lambda d: d.sequence)


def regimen_drugs(ws: Workspace, patient_id: int) -> list[DrugSpec]:
    ws.require(Action.VIEW_RECORDS)
    with ws.db.read_session() as session:
        patient = patients.patient_on_study(session, patient_id, what=ON_STUDY)
        return regimen_drugs_in(session, patient)


# ---- checking an event -----------------------------------------------------------------------

@dataclass(frozen=True)
class EventInput:
    """What the nurse or investigator enters for one adverse event."""

    patient_id: int
    term: str
    grade: int | None
    onset: date | None
    attributions: Mapping[str, str]
    outcome: str
    cycle: int | None = None
    resolved: date | None = None
    specify: str = ""
    serious: bool = False
    serious_criterion: str = ""
    action: str = "none"
    note: str = ""
    grade_reason: str = ""
    lab_result_id: int | None = None


@dataclass(frozen=True)
class CheckedEvent:
    term: ctcae.CtcaeTerm
    computed_grade: int | None
    attributions: dict[str, str]


def _check_dates(event: EventInput, today: date) -> None:
    if event.onset is None:
        raise ValidationError(msg("Enter the onset date."), field="onset")
    if event.onset > today:
        raise ValidationError(msg("The onset cannot be in the future."), field="onset")
    if event.resolved is not None:
        if event.resolved < event.onset:
            raise ValidationError(msg("The resolution date is before the onset."), field="resolved")
        if event.resolved > today:
            raise ValidationError(msg("The resolution date cannot be in the future."),
                                  field="resolved")


def _check_grade(event: EventInput, term: ctcae.CtcaeTerm) -> None:
    if event.grade is None:
        raise ValidationError(msg("Choose the grade, reading the CTCAE text for each grade."),
                              field="grade")
    if event.grade not in ctcae.allowed_grades(term):
        raise ValidationError(msg("CTCAE v4.03 has no grade {grade} for {term} (grades: {grades}).",
                                  grade=event.grade,
                                  term=term.term,
                                  grades=', '.join(map(str, ctcae.allowed_grades(term)))),
                              field="grade")


def _check_attributions(event: EventInput, drugs: list[DrugSpec]) -> dict[str, str]:
    missing = [d.label for d in drugs if event.attributions.get(d.id) not in ATTRIBUTIONS]
    if missing:
        raise ValidationError(msg("Give the attribution to each drug of the regimen (unrelated … "
                                  "definite): {missing}.",
                                  missing=', '.join(missing)), field="attributions")
    return {d.id: event.attributions[d.id] for d in drugs}


def _check_outcome(event: EventInput) -> None:
    if event.action not in ACTIONS:
        raise ValidationError(msg("Action taken must be one of: {actions}.",
                                  actions=', '.join(ACTIONS)),
                              field="action")
    if event.outcome not in OUTCOMES:
        raise ValidationError(msg("Choose the outcome."), field="outcome")
    if event.serious and event.serious_criterion not in SERIOUS_CRITERIA:
        raise ValidationError(msg("A serious adverse event needs its criterion (death, "
                                  "life-threatening, "
                                  "hospitalisation …)."), field="serious_criterion")
    if event.grade == 5 and event.outcome != "fatal":
        raise ValidationError(msg("Grade 5 is death related to the event: the outcome is fatal."),
                              field="outcome")
    if event.outcome == "fatal" and event.grade != 5:
        raise ValidationError(msg("A fatal outcome is grade 5."), field="grade")


def _computed_grade(session: Session, event: EventInput, term: ctcae.CtcaeTerm) -> int | None:
    if event.lab_result_id is None:
        return None
    lab = session.get(LabResult, event.lab_result_id)
    if lab is None or lab.patient_id != event.patient_id or lab.voided:
        raise NotFound(msg("The lab result this event was graded from is not on record."))
    if lab.term != term.term:
        raise ValidationError(msg("The lab result grades {lab_term}, not {term}.",
                                  lab_term=lab.term, term=term.term),
                              field="term")
    return lab.grade


def check_event(session: Session, event: EventInput, today: date) -> CheckedEvent:
    patient = patients.patient_on_study(session, event.patient_id, what=ON_STUDY)
    try:
        term = ctcae.term(event.term)
    except (KeyError, ValidationError, NotFound):
        raise ValidationError(msg("“{term}” is not a CTCAE v4.03 term: choose one from the list.",
                                  term=event.term), field="term") from None
    if ctcae.needs_specification(term) and not event.specify.strip():
        raise ValidationError(msg("“{term}” needs the event specified in words.", term=term.term),
                              field="specify")
    _check_grade(event, term)
    _check_dates(event, today)
    attributions = _check_attributions(event, regimen_drugs_in(session, patient))
    _check_outcome(event)
    computed = _computed_grade(session, event, term)
    if computed is not None and computed != event.grade and not event.grade_reason.strip():
        raise ValidationError(msg("The lab value gives grade {computed}; you chose grade {grade}. "
                                  "Give the reason for the difference.",
                                  computed=computed, grade=event.grade),
                              field="grade_reason")
    return CheckedEvent(term, computed, attributions)


def _apply(row: AdverseEvent, event: EventInput, checked: CheckedEvent, cycle: int | None) -> None:
    row.cycle = cycle
    row.term, row.meddra_code = checked.term.term, checked.term.meddra_code
    row.specify = event.specify.strip() or None
    row.grade = int(event.grade or 0)
    row.computed_grade = checked.computed_grade
    row.grade_reason = event.grade_reason.strip() or None
    row.lab_result_id = event.lab_result_id
    row.onset, row.resolved = event.onset or date.min, event.resolved
    row.serious = event.serious
    row.serious_criterion = event.serious_criterion if event.serious else None
    row.action, row.outcome = event.action, event.outcome
    row.attributions = json.dumps(checked.attributions, sort_keys=True)
    row.note = event.note.strip() or None


# ---- writing ---------------------------------------------------------------------------------

def record_event(ws: Workspace, event: EventInput, *, today: date | None = None) -> int:
    ws.require(Action.RECORD_TOXICITY)
    with ws.session(reason="adverse event recorded") as session:
        checked = check_event(session, event, today or ws.today())
        patient = session.get(Patient, event.patient_id)
        assert patient is not None
        row = AdverseEvent(patient_id=patient.id, recorded_by=ws.user.username)
        _apply(row, event, checked, event.cycle or patient.current_cycle)
        session.add(row)
        session.flush()
        return row.id


def _event_row(session: Session, event_id: int) -> AdverseEvent:
    row = session.get(AdverseEvent, event_id)
    if row is None:
        raise NotFound(msg("There is no adverse event #{event_id}.", event_id=event_id))
    if row.voided:
        raise ConflictError(msg("Adverse event #{event_id} is voided: record a new one.",
                                event_id=event_id))
    return row


def correct_event(ws: Workspace, event_id: int, event: EventInput, reason: str, *,
                  today: date | None = None) -> None:
    """A saved event changes only with a reason (old and new values go to the audit trail)."""
    ws.require(Action.RECORD_TOXICITY)
    if not reason.strip():
        raise ValidationError(msg("Give the reason for the correction."), field="reason")
    with ws.session(reason=reason.strip()) as session:
        row = _event_row(session, event_id)
        if row.patient_id != event.patient_id:
            raise ConflictError(msg("An event cannot move to another patient: void it and record "
                                    "it for the right patient."))
        checked = check_event(session, event, today or ws.today())
        _apply(row, event, checked, event.cycle or row.cycle)
        row.updated_at = utc_now()


def void_event(ws: Workspace, event_id: int, reason: str) -> None:
    ws.require(Action.VOID_TOXICITY)
    reason = reason_for_voiding(reason, msg("event"))
    with ws.session(reason=reason) as session:
        row = _event_row(session, event_id)
        row.voided, row.void_reason = True, reason


# ---- reading ---------------------------------------------------------------------------------

def events_for_patient(ws: Workspace, patient_id: int, *,
                       include_voided: bool = False) -> list[AdverseEvent]:
    ws.require(Action.VIEW_RECORDS)
    with ws.db.read_session() as session:
        query = select(AdverseEvent).where(AdverseEvent.patient_id == patient_id)
        if not include_voided:
            query = query.where(AdverseEvent.voided.is_(False))
        return list(session.scalars(query.order_by(AdverseEvent.onset.desc(),
                                                   AdverseEvent.id.desc())))


def attributions_of(event: AdverseEventRecord) -> dict[str, str]:
    return dict(json.loads(event.attributions))


@dataclass(frozen=True)
class HistoryRow:
    """One term's worst grade in each cycle (None: not recorded in that cycle)."""

    term: str
    worst: dict[int, int]


def history_rows(events: Sequence[AdverseEventRecord]) -> tuple[list[int], list[HistoryRow]]:
    cycles = sorted({e.cycle or 0 for e in events})
    worst: dict[str, dict[int, int]] = {}
    for event in events:
        label = event.term + (f": {event.specify}" if event.specify else "")
        by_cycle = worst.setdefault(label, {})
        cycle = event.cycle or 0
        by_cycle[cycle] = max(by_cycle.get(cycle, 0), event.grade)
    rows = [HistoryRow(term, grades) for term, grades in worst.items()]
    rows.sort(key=lambda r: (-max(r.worst.values()), r.term))
    return cycles, rows


def toxicity_history(ws: Workspace, patient_id: int) -> tuple[list[int], list[HistoryRow]]:
    """Worst grade per term per cycle, the worst terms first."""
    return history_rows(events_for_patient(ws, patient_id))


def gcsf_advice(ws: Workspace, patient_id: int, *, today: date | None = None) -> list[str]:
    """Why G-CSF secondary prevention is allowed for this patient now (empty: it is not)."""
    ws.require(Action.VIEW_RECORDS)
    with ws.db.read_session() as session:
        rows = session.execute(select(
            AdverseEvent.term, AdverseEvent.grade, AdverseEvent.onset, AdverseEvent.resolved,
            AdverseEvent.action).where(AdverseEvent.patient_id == patient_id,
                                       AdverseEvent.voided.is_(False),
                                       AdverseEvent.term.in_(NEUTROPENIA_TERMS)))
        events = [NeutropeniaEvent(*row) for row in rows]
    return gcsf_reasons(events, today or ws.today())


# ---- the link to dosing ----------------------------------------------------------------------

@dataclass(frozen=True)
class DecisionDue:
    event_id: int
    drug_id: str
    term: str
    grade: int
    cycle: int | None
    attribution: str

    @property
    def text(self) -> str:
        drug = protocol_regimens().drug(self.drug_id).label
        if self.cycle:
            return msg("grade {grade} {term}, cycle {cycle} ({attribution} for {drug}): a dose "
                       "decision is due — reduce, stop, or continue with the reason",
                       grade=self.grade, term=self.term, cycle=self.cycle,
                       attribution=Label("Attribution", self.attribution), drug=drug)
        return msg("grade {grade} {term} ({attribution} for {drug}): a dose decision is due — "
                   "reduce, stop, or continue with the reason", grade=self.grade, term=self.term,
                   attribution=Label("Attribution", self.attribution), drug=drug)


def decisions_due(session: Session, patient_id: int) -> list[DecisionDue]:
    """Events at or above the site's decision grade (default 3) attributed (possible or more)
    to a drug, not yet answered for it."""
    answered = {(event_id, drug_id) for event_id, drug_id in session.execute(
        select(ToxicityDecision.adverse_event_id, ToxicityDecision.drug_id)
        .join(AdverseEvent, AdverseEvent.id == ToxicityDecision.adverse_event_id)
        .where(AdverseEvent.patient_id == patient_id,
               ToxicityDecision.decision.in_(DECISIONS)))}
    due = []
    for event in session.scalars(select(AdverseEvent).where(
            AdverseEvent.patient_id == patient_id, AdverseEvent.voided.is_(False),
            AdverseEvent.grade >= site_rules.decision_grade(session)).order_by(AdverseEvent.onset,
                                                          AdverseEvent.id)):
        for drug_id, attribution in sorted(attributions_of(event).items()):
            if attribution in RELATED and (event.id, drug_id) not in answered:
                due.append(DecisionDue(event.id, drug_id, event.term, event.grade, event.cycle,
                                       attribution))
    return due


def pending_decisions(ws: Workspace, patient_id: int) -> list[DecisionDue]:
    ws.require(Action.VIEW_RECORDS)
    with ws.db.read_session() as session:
        return decisions_due(session, patient_id)


@dataclass(frozen=True)
class DecisionInput:
    decision: str
    reason: str = ""


@dataclass(frozen=True)
class DecisionPlan:
    due: DecisionDue
    decision: str
    reason: str

    @property
    def text(self) -> str:
        drug = protocol_regimens().drug(self.due.drug_id).label
        return msg("Dose decision for {drug} after grade {grade} {term}: {decision} — {reason}",
                   drug=drug, grade=self.due.grade, term=self.due.term,
                   decision=Label("DoseDecision", self.decision), reason=self.reason)


def plan_decisions(due: list[DecisionDue], *, drugs_in_order: set[str],
                   reductions: Mapping[str, tuple[int, str]], stops: Mapping[str, str],
                   continues: Mapping[str, str],
                   current: Mapping[str, tuple[int, bool]]) -> list[DecisionPlan]:
    """Each due decision answered by this order: a reduction or stop of the drug, or an explicit
    'continue' with the reason; an unanswered one refuses the order at that drug."""
    plans = []
    for item in due:
        drug = item.drug_id
        if drug not in drugs_in_order or current.get(drug, (0, False))[1]:
            continue  # not in this order (other targeted agent) or already stopped
        if drug in stops:
            plans.append(DecisionPlan(item, "stop", stops[drug].strip()))
        elif drug in reductions and reductions[drug][0] < current.get(drug, (0, False))[0]:
            plans.append(DecisionPlan(item, "reduce", reductions[drug][1].strip()))
        elif continues.get(drug, "").strip():
            plans.append(DecisionPlan(item, "continue", continues[drug].strip()))
        else:
            raise ValidationError(msg("{drug}: {item}.",
                                      drug=protocol_regimens().drug(drug).label, item=item.text),
                                  field=drug)
    return plans


def record_delay(ws: Workspace, event_id: int, drug_id: str, reason: str) -> None:
    """The investigator delays the drug for the event. A delay postpones the cycle but does not
    answer the decision: the next order still asks to reduce, stop or continue."""
    ws.require(Action.PRESCRIBE)
    if not reason.strip():
        raise ValidationError(msg("Give the reason for the delay."), field="reason")
    with ws.session(reason=f"dose delayed: {reason.strip()}") as session:
        event = _event_row(session, event_id)
        if attributions_of(event).get(drug_id) not in RELATED or \
                event.grade < site_rules.decision_grade(session):
            raise ConflictError(msg("Adverse event #{event_id} does not make a dose decision due "
                                    "for {drug_id}.", event_id=event_id, drug_id=drug_id))
        session.add(ToxicityDecision(adverse_event_id=event.id, drug_id=drug_id,
                                     decision=DELAY, reason=reason.strip(),
                                     decided_by=ws.user.username))
        if event.action == "none":
            event.action = "dose delayed"


def decisions_for_patient(ws: Workspace, patient_id: int) -> list[ToxicityDecision]:
    ws.require(Action.VIEW_RECORDS)
    with ws.db.read_session() as session:
        return list(session.scalars(select(ToxicityDecision).join(AdverseEvent).where(
            AdverseEvent.patient_id == patient_id).order_by(ToxicityDecision.decided_at)))


def record_decisions(session: Session, plans: list[DecisionPlan], order_id: int,
                     username: str) -> None:
    for plan in plans:
        session.add(ToxicityDecision(adverse_event_id=plan.due.event_id,
                                     drug_id=plan.due.drug_id, decision=plan.decision,
                                     reason=plan.reason, order_id=order_id,
                                     decided_by=username))

