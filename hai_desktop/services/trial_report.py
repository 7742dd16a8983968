"""The trial report (issue #20): how the trial stands, from the records, pseudonymised (study IDs
only). Accrual against the target, the CONSORT flow, conversion to resection and the objective
response rate per arm with exact (Clopper-Pearson) 95 % CIs, OS and PFS per arm (Kaplan-Meier,
log-rank, Cox hazard ratio HAI vs control with its 95 % CI), and grade >= 3 adverse events by
term and arm. Everything is by intention to treat: every randomized patient in the arm
allocated. The statistics are core.survival's (checked against lifelines and scipy in tests).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from hai_desktop.core import schedule as schedule_rules
from hai_desktop.core.arms import Arm
from hai_desktop.core.follow_up import EndScope, VitalStatus
from hai_desktop.core.i18n import (
    QT_TRANSLATE_NOOP,
    data_text,
    printed_label,
    printing_in,
    printing_language,
)
from hai_desktop.core.outcome import RESECTED
from hai_desktop.core.survival import (
    Observation,
    cox_hazard_ratio,
    exact_rate,
    kaplan_meier,
    log_rank,
    median_time,
)
from hai_desktop.reports.common import now_utc
from hai_desktop.services import screening
from hai_desktop.services.follow_up import PatientCourse, patient_course
from hai_desktop.services.outcomes import outcome_row, randomization_date
from hai_desktop.services.permissions import Action
from hai_desktop.services.workspace import Workspace
from hai_desktop.store import audit
from hai_desktop.store.models import AdverseEvent, Order, Patient
from hai_desktop.views import (
    ARMS,
    ArmFlow,
    Deviation,
    PatientEndpoints,
    SevereEvents,
    SurvivalComparison,
    TrialFlow,
    TrialReport,
)

RECEIVED = ("given", "administered")  # an order whose drugs reached the patient
SEVERE_GRADE = 3
NOT_YET_TREATED = QT_TRANSLATE_NOOP("TrialReport", "not treated yet")


def trial_report(ws: Workspace, *, cutoff: date | None = None) -> TrialReport:
    ws.require(Action.VIEW_TRIAL_REPORT)
    today = ws.today()
    cut = cutoff or today
    # Candidates who consented after the cut-off were not yet screened then.
    log = [row for row in screening.screening_log(ws)
           if row.consent_date is None or row.consent_date <= cut]
    with ws.db.read_session() as session:
        randomized = [p for p in session.scalars(select(Patient).where(
            Patient.voided.is_(False), Patient.arm.is_not(None)).order_by(Patient.study_id))
            if randomization_date(p, ws.zone) <= cut]
        courses = [patient_course(session, p, ws.zone, today, cut) for p in randomized]
        resected = {p.id for p in randomized
                    if (row := outcome_row(session, p.id)) is not None
                    and row.liver_resection == RESECTED
                    and (row.surgery_date is None or row.surgery_date <= cut)}
        treated = _treated(session, [p.id for p in randomized], cut)
        severe = _severe_events(session, {c.patient_id: c.arm for c in courses}, cut)
    rows = [_endpoints(course, p, course.patient_id in resected)
            for p, course in zip(randomized, courses, strict=True)]
    rules = schedule_rules.protocol_schedule()
    days = [course.randomized_on for course in courses]
    opened = min(days, default=today)
    return TrialReport(
        today=today, cutoff=cut, flow=_flow(screening.consort_counts(log), courses, treated),
        accrual=schedule_rules.accrual(days, opened, min(today, cut), rules),
        target=rules.target_participants,
        randomized={arm: sum(r.arm is arm for r in rows) for arm in ARMS},
        conversion={arm: exact_rate(sum(r.resected for r in rows if r.arm is arm),
                                    sum(r.arm is arm for r in rows)) for arm in ARMS},
        response_rate={arm: exact_rate(sum(r.objective_response for r in rows if r.arm is arm),
                                       sum(r.arm is arm for r in rows)) for arm in ARMS},
        os=_compare("OS", {arm: [Observation(r.os_months, r.os_event) for r in rows
                                 if r.arm is arm] for arm in ARMS}),
        pfs=_compare("PFS", {arm: [Observation(r.pfs_months, r.pfs_event) for r in rows
                                   if r.arm is arm] for arm in ARMS}),
        severe_events=severe, patients=rows, deviations=_deviations(courses))


def _deviations(courses: Sequence[PatientCourse]) -> list[Deviation]:
    found = [Deviation(course.display_id, v.visit.kind.value, v.visit.number, v.visit.expected,
                       v.done_on, v.deviation_days or 0)
             for course in courses for v in schedule_rules.deviations(course.visits)
             if v.done_on is not None]
    return sorted(found, key=lambda d: (d.done_on, d.study_id))


def _endpoints(course: PatientCourse, patient: Patient, resected: bool) -> PatientEndpoints:
    ended = course.treatment_ended
    best = course.response.best
    return PatientEndpoints(
        study_id=patient.study_id or patient.screening_number, arm=course.arm,
        randomized_on=course.randomized_on, resected=resected,
        best_response=best.value if best else "", objective_response=course.objective_response,
        os_months=course.os.months, os_event=course.os.event,
        pfs_months=course.pfs.months, pfs_event=course.pfs.event,
        vital_status=course.vital_status,
        treatment_ended_on=ended.ended_on if ended else None,
        treatment_end_reason=ended.reason if ended else "")


def _treated(session: Session, patient_ids: Sequence[int], cutoff: date) -> set[int]:
    if not patient_ids:
        return set()
    return set(session.scalars(select(Order.patient_id).where(
        Order.patient_id.in_(patient_ids), Order.status.in_(RECEIVED), Order.day1 <= cutoff)))


def _severe_events(session: Session, arms: dict[int, Arm], cutoff: date
                   ) -> list[SevereEvents]:
    """Patients with a grade >= 3 event per term and arm (a patient counts once per term),
    with an onset up to the cut-off."""
    if not arms:
        return []
    seen = {(e.term, e.patient_id) for e in session.scalars(select(AdverseEvent).where(
        AdverseEvent.patient_id.in_(list(arms)), AdverseEvent.grade >= SEVERE_GRADE,
        AdverseEvent.voided.is_(False), AdverseEvent.onset <= cutoff))}
    counts: Counter[tuple[str, Arm]] = Counter((term, arms[pid]) for term, pid in seen)
    terms = sorted({term for term, _arm in counts},
                   key=lambda t: (-sum(counts[(t, arm)] for arm in ARMS), t))
    return [SevereEvents(term, {arm: counts[(term, arm)] for arm in ARMS}) for term in terms]


def _compare(endpoint: str, groups: dict[Arm, list[Observation]]) -> SurvivalComparison:
    hai, control = groups[Arm.HAI], groups[Arm.CONTROL]
    comparable = bool(hai) and bool(control) and any(o.event for o in hai + control)
    return SurvivalComparison(
        endpoint, groups,
        {arm: median_time(kaplan_meier(obs)) if obs else None for arm, obs in groups.items()},
        log_rank(hai, control) if comparable else None,
        # HAI against control (the second group against the first); None when the model has
        # no finite estimate (every event in one arm).
        cox_hazard_ratio(control, hai) if comparable else None)


def _flow(counts: screening.ConsortCounts, courses: Sequence[PatientCourse],
          treated: set[int]) -> TrialFlow:
    return TrialFlow(
        screened=counts.screened,
        excluded=tuple((_printed_text(reason), n) for reason, n in counts.ineligible_by_reason),
        awaiting=counts.not_yet_determined + counts.eligible_awaiting_randomization,
        randomized=len(courses),
        arms=tuple(_arm_flow(arm, [c for c in courses if c.arm is arm], treated)
                   for arm in ARMS))


def _printed_text(text: str) -> str:
    """A checklist's criterion (English, with the site's Korean) in the document's language."""
    return data_text(printing_language(), str(text), getattr(text, "korean", ""))


def _arm_flow(arm: Arm, courses: Sequence[PatientCourse], treated: set[int]) -> ArmFlow:
    """In the document's language (printing_in): the diagram prints these texts as they are."""
    not_treated = [c for c in courses if c.patient_id not in treated]
    stopped = Counter(printed_label("EndReason", end.reason) for c in courses
                      for end in c.ends if end.scope == EndScope.ALL)
    return ArmFlow(
        arm=printed_label("Arm", arm.label), allocated=len(courses),
        received=len(courses) - len(not_treated),
        not_received=((printed_label("TrialReport", NOT_YET_TREATED), len(not_treated)),)
        if not_treated else (),
        lost_to_follow_up=sum(c.vital_status == VitalStatus.LOST for c in courses),
        discontinued=tuple(sorted(stopped.items())), analysed=len(courses))


def trial_report_pdf(ws: Workspace, *, cutoff: date | None = None,
                     saved: bool = True) -> bytes:
    """The report as PDF in the document language; each one made is an audit event: a
    report saved (to print or file) or, `saved=False`, only shown on the screen."""
    from hai_desktop import __version__
    from hai_desktop.reports.trial_report import ReportMeta
    from hai_desktop.reports.trial_report import trial_report_pdf as layout

    language = ws.settings.document_language
    with printing_in(language):  # the flow's texts (arms, reasons) are the document's
        report = trial_report(ws, cutoff=cutoff)
    seq, head = ws.db.audit_head()
    pdf = layout(report, ReportMeta(ws.is_training, __version__, f"audit #{seq} · {head[:8]}",
                                    ws.user.full_name, now_utc(), ws.zone), language=language)
    with ws.session(reason="trial report saved" if saved else "trial report shown") as session:
        audit.record_event(session, "print" if saved else "view", "trial_report",
                           report.cutoff.isoformat(), {"randomized": len(report.patients)})
    return pdf
