"""After randomization: the end of protocol treatment, the follow-up contacts, each patient's
schedule of assessments (core.schedule with the site's windows) and the course the endpoints
are derived from (core.endpoints: OS and PFS with their censoring rules).

An end of treatment is corrected with a reason; a contact recorded in error is voided with a
reason. The audit trail keeps old and new values (the flush hook).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, tzinfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hai_desktop.core import schedule as schedule_rules
from hai_desktop.core.arms import Arm
from hai_desktop.core.endpoints import (
    Course,
    Endpoint,
    overall_survival,
    progression_free_survival,
)
from hai_desktop.core.errors import ConflictError, NotFound, ValidationError
from hai_desktop.core.follow_up import (
    EndOfTreatment,
    EndScope,
    VitalStatus,
    check_contact,
    check_end_of_treatment,
)
from hai_desktop.core.i18n import Day, Label, msg
from hai_desktop.core.recist import Response
from hai_desktop.core.schedule import ScheduledVisit, VisitKind
from hai_desktop.services import patients, site_rules
from hai_desktop.services.outcomes import randomization_date
from hai_desktop.services.permissions import Action
from hai_desktop.services.tumour_response import ResponseRecord, response_in_session
from hai_desktop.services.voiding import reason_for_voiding, row_to_void
from hai_desktop.services.workspace import Workspace
from hai_desktop.store.models import (
    FollowUpContact,
    Order,
    Patient,
    PatientStatus,
    TreatmentEnd,
    utc_now,
)

FOR_RANDOMIZED = msg("follow-up is recorded for randomized patients")
CONTACT = msg("follow-up contact")


@dataclass(frozen=True)
class EndInput:
    patient_id: int
    ended_on: date | None
    scope: str | None
    reason: str | None
    detail: str = ""


@dataclass(frozen=True)
class ContactInput:
    patient_id: int
    contacted_on: date | None
    method: str | None
    status: str | None
    death_on: date | None = None
    death_cause: str | None = None
    last_alive_on: date | None = None
    progression_on: date | None = None
    progression_basis: str | None = None
    note: str = ""


@dataclass(frozen=True)
class EndView:
    scope: str
    ended_on: date
    reason: str
    detail: str
    recorded_by: str
    updated_by: str | None


@dataclass(frozen=True)
class ContactView:
    id: int
    contacted_on: date
    method: str
    status: str
    death_on: date | None
    death_cause: str | None
    last_alive_on: date | None
    progression_on: date | None
    progression_basis: str | None
    note: str
    recorded_by: str
    recorded_at: datetime
    voided: bool
    void_reason: str


@dataclass(frozen=True)
class PatientCourse:
    """Everything known of one randomized patient after randomization, and what follows."""

    patient_id: int
    display_id: str
    arm: Arm
    randomized_on: date
    ends: list[EndView]
    contacts: list[ContactView]  # standing ones, newest first
    visits: list[ScheduledVisit]
    response: ResponseRecord
    course: Course
    os: Endpoint
    pfs: Endpoint

    @property
    def vital_status(self) -> str:
        """Dead once a standing contact says so; otherwise the latest contact decides (a patient
        lost may be found again), alive when there is none."""
        if any(c.status == VitalStatus.DEAD for c in self.contacts):
            return VitalStatus.DEAD.value
        return self.contacts[0].status if self.contacts else VitalStatus.ALIVE.value

    @property
    def treatment_ended(self) -> EndView | None:
        return next((end for end in self.ends if end.scope == EndScope.ALL), None)

    @property
    def objective_response(self) -> bool:
        return self.response.best in (Response.CR, Response.PR)


# ---- reading --------------------------------------------------------------------------------

def _end_rows(session: Session, patient_id: int) -> list[TreatmentEnd]:
    return list(session.scalars(select(TreatmentEnd).where(TreatmentEnd.patient_id == patient_id)
                                .order_by(TreatmentEnd.ended_on)))


def _contact_rows(session: Session, patient_id: int) -> list[FollowUpContact]:
    return list(session.scalars(select(FollowUpContact).where(
        FollowUpContact.patient_id == patient_id).order_by(FollowUpContact.contacted_on.desc(),
                                                           FollowUpContact.id.desc())))


def _contact_view(row: FollowUpContact) -> ContactView:
    return ContactView(row.id, row.contacted_on, row.method, row.status, row.death_on,
                       row.death_cause, row.last_alive_on, row.progression_on,
                       row.progression_basis, row.note or "", row.recorded_by, row.recorded_at,
                       row.voided, row.void_reason or "")


def patient_course(session: Session, patient: Patient, zone: tzinfo, today: date,
                   cutoff: date | None = None) -> PatientCourse:
    """The course as known today, or as it stood at a data `cutoff`: scans, contacts and ends
    of treatment after it are not seen, and the schedule is as on that day. An event or
    contact learnt of later but dated up to the cut-off counts; a patient seen alive after it
    is censored at it (core.endpoints)."""
    randomized_on = randomization_date(patient, zone)
    response = response_in_session(session, patient, randomized_on, until=cutoff)
    ends = [EndView(row.scope, row.ended_on, row.reason, row.detail or "", row.recorded_by,
                    row.updated_by) for row in _end_rows(session, patient.id)
            if cutoff is None or row.ended_on <= cutoff]
    standing = [_contact_view(row) for row in _contact_rows(session, patient.id)
                if not row.voided]
    contacts = [c for c in standing if cutoff is None or c.contacted_on <= cutoff
                or (c.death_on is not None and c.death_on <= cutoff)]
    last_treated = _last_treated(session, patient.id)
    course = _course(randomized_on, response, standing, last_treated)
    day = today if cutoff is None else min(today, cutoff)
    ended = next((end.ended_on for end in ends if end.scope == EndScope.ALL), None)
    if ended is None and PatientStatus(patient.status) is PatientStatus.OFF_STUDY:
        # Taken off study before ends of treatment were recorded: the assessments stopped
        # with the last cycle given (follow-up goes on).
        ended = last_treated or randomized_on
    visits = _visits(session, randomized_on, ended, response, contacts, day)
    assert patient.arm is not None  # patient_on_study
    return PatientCourse(patient.id, patient.display_id, Arm(patient.arm), randomized_on, ends,
                         contacts, visits, response, course, overall_survival(course, cutoff),
                         progression_free_survival(course, cutoff))


def _last_treated(session: Session, patient_id: int) -> date | None:
    """Day 1 of the last cycle given: the patient was alive then."""
    return session.scalar(select(func.max(Order.day1)).where(
        Order.patient_id == patient_id, Order.status.in_(("given", "administered"))))


def _course(randomized_on: date, response: ResponseRecord, contacts: Sequence[ContactView],
            last_treated: date | None) -> Course:
    progressions = [c.progression_on for c in contacts if c.progression_on is not None]
    if response.first_progression_on is not None:
        progressions.append(response.first_progression_on)
    deaths = [c.death_on for c in contacts if c.death_on is not None]
    alive = [c.last_alive_on for c in contacts if c.last_alive_on is not None]
    seen_alive = [a.assessed_on for a in response.assessments]  # scanned, or treated
    if last_treated is not None:
        seen_alive.append(last_treated)
    return Course(randomized_on, progression_on=min(progressions, default=None),
                  death_on=min(deaths, default=None),
                  last_alive_on=max(alive + seen_alive, default=None),
                  last_assessment_on=response.last_adequate_on)


def _visits(session: Session, randomized_on: date, ended: date | None,
            response: ResponseRecord, contacts: Sequence[ContactView],
            today: date) -> list[ScheduledVisit]:
    """The schedule to date; nothing is expected after a death or once the patient is lost."""
    rules = schedule_rules.protocol_schedule()
    assessment_window, follow_up_window = site_rules.visit_windows(session)
    expected = schedule_rules.expected_visits(
        randomized_on, rules, treatment_ended_on=ended,
        assessment_window_days=assessment_window, follow_up_window_days=follow_up_window)
    deaths = [c.death_on for c in contacts if c.death_on is not None]
    # Lost only while the latest contact says so: a patient found again is followed again.
    lost = contacts[0].contacted_on if contacts and contacts[0].status == VitalStatus.LOST \
        else None
    stop = min(deaths) if deaths else lost
    if stop is not None:
        expected = [visit for visit in expected if visit.opens <= stop]
    done: dict[VisitKind, Sequence[date]] = {
        VisitKind.ASSESSMENT: [a.assessed_on for a in response.assessments],
        VisitKind.FOLLOW_UP: [c.contacted_on for c in contacts]}
    return schedule_rules.schedule(expected, done, today)


def course_of(ws: Workspace, patient_id: int) -> PatientCourse:
    ws.require(Action.VIEW_RECORDS)
    with ws.db.read_session() as session:
        patient = patients.patient_on_study(session, patient_id, what=FOR_RANDOMIZED)
        return patient_course(session, patient, ws.zone, ws.today())


def voided_contacts(ws: Workspace, patient_id: int) -> list[ContactView]:
    ws.require(Action.VIEW_RECORDS)
    with ws.db.read_session() as session:
        patients.patient_on_study(session, patient_id, what=FOR_RANDOMIZED)
        return [_contact_view(row) for row in _contact_rows(session, patient_id) if row.voided]


# ---- end of treatment -----------------------------------------------------------------------

def _checked_end(session: Session, ws: Workspace, entry: EndInput, today: date | None
                 ) -> tuple[Patient, EndOfTreatment]:
    patient = patients.patient_on_study(session, entry.patient_id, what=FOR_RANDOMIZED)
    data = check_end_of_treatment(entry.ended_on, entry.scope, entry.reason, entry.detail,
                                  randomized_on=randomization_date(patient, ws.zone),
                                  today=today or ws.today(), arm_has_hai=patient.arm == Arm.HAI)
    return patient, data


def _end_row(session: Session, patient_id: int, scope: str) -> TreatmentEnd | None:
    return session.scalar(select(TreatmentEnd).where(TreatmentEnd.patient_id == patient_id,
                                                     TreatmentEnd.scope == scope))


def record_end_of_treatment(ws: Workspace, entry: EndInput, *, today: date | None = None) -> int:
    ws.require(Action.RECORD_END_OF_TREATMENT)
    with ws.session(reason="end of treatment recorded") as session:
        patient, data = _checked_end(session, ws, entry, today)
        if _end_row(session, patient.id, data.scope) is not None:
            raise ConflictError(msg("The end of {what} of {display_id} is already recorded.",
                                    what=Label("EndScope", data.scope),
                                    display_id=patient.display_id),
                                hint=msg("Correct it with the reason for the change."))
        row = TreatmentEnd(patient_id=patient.id, scope=data.scope, ended_on=data.ended_on,
                           reason=data.reason, detail=data.detail or None,
                           recorded_by=ws.user.username)
        session.add(row)
        session.flush()
        return row.id


def correct_end_of_treatment(ws: Workspace, entry: EndInput, reason: str, *,
                             today: date | None = None) -> None:
    ws.require(Action.RECORD_END_OF_TREATMENT)
    if not reason.strip():
        raise ValidationError(msg("Give the reason for correcting the end of treatment."),
                              field="correction")
    with ws.session(reason=reason.strip()) as session:
        patient, data = _checked_end(session, ws, entry, today)
        row = _end_row(session, patient.id, data.scope)
        if row is None:
            raise NotFound(msg("No end of {what} of {display_id} is recorded yet: record it "
                               "first.", what=Label("EndScope", data.scope),
                               display_id=patient.display_id))
        if (row.ended_on, row.reason, row.detail or "") == (data.ended_on, data.reason,
                                                             data.detail):
            raise ValidationError(msg("Nothing was changed: change the end of treatment, or "
                                      "cancel."), field="ended_on")
        row.ended_on, row.reason, row.detail = data.ended_on, data.reason, data.detail or None
        row.updated_by, row.updated_at = ws.user.username, utc_now()


# ---- follow-up contacts ---------------------------------------------------------------------

def record_contact(ws: Workspace, entry: ContactInput, *, today: date | None = None) -> int:
    ws.require(Action.RECORD_FOLLOW_UP)
    with ws.session(reason="follow-up contact recorded") as session:
        patient = patients.patient_on_study(session, entry.patient_id, what=FOR_RANDOMIZED)
        data = check_contact(entry.contacted_on, entry.method, entry.status,
                             death_on=entry.death_on, death_cause=entry.death_cause,
                             last_alive_on=entry.last_alive_on,
                             progression_on=entry.progression_on,
                             progression_basis=entry.progression_basis, note=entry.note,
                             randomized_on=randomization_date(patient, ws.zone),
                             today=today or ws.today())
        standing = [row for row in _contact_rows(session, patient.id) if not row.voided]
        if data.status == VitalStatus.DEAD and data.death_on is not None:
            _check_death_after_alive(session, ws, patient, data.death_on)
        dead = next((row for row in standing if row.status == VitalStatus.DEAD), None)
        if dead is not None and (data.status == VitalStatus.DEAD or dead.death_on is None
                                 or data.contacted_on > dead.death_on):
            raise ConflictError(msg("{display_id} is recorded as dead on {death_on}: no further "
                                    "contact can follow.", display_id=patient.display_id,
                                    death_on=dead.death_on.isoformat() if dead.death_on else ""),
                                hint=msg("If that record is wrong, void it with a reason "
                                         "first."))
        row = FollowUpContact(
            patient_id=patient.id, contacted_on=data.contacted_on, method=data.method,
            status=data.status, death_on=data.death_on, death_cause=data.death_cause,
            last_alive_on=data.last_alive_on, progression_on=data.progression_on,
            progression_basis=data.progression_basis, note=data.note or None,
            recorded_by=ws.user.username, voided=False)
        session.add(row)
        session.flush()
        return row.id


def _check_death_after_alive(session: Session, ws: Workspace, patient: Patient,
                             death_on: date) -> None:
    """A death dated before the patient was last known alive (a contact, a scan, a cycle
    given) is a typing error in one of them."""
    alive = patient_course(session, patient, ws.zone, ws.today()).course.last_alive_on
    if alive is not None and death_on < alive:
        raise ValidationError(msg("The date of death {death_on} is before {alive}, when the "
                                  "patient was known to be alive (a contact, a scan or a cycle "
                                  "given): check the dates.", death_on=Day(death_on),
                                  alive=Day(alive)), field="death_on")


def void_contact(ws: Workspace, contact_id: int, reason: str) -> None:
    ws.require(Action.RECORD_FOLLOW_UP)
    text = reason_for_voiding(reason, CONTACT)
    with ws.session(reason=text) as session:
        row = row_to_void(session, FollowUpContact, contact_id, CONTACT)
        row.voided, row.void_reason = True, text
