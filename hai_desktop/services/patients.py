"""The patient registry as the screens read it (registration itself arrives with screening)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, func, or_, select
from sqlalchemy.orm import Session

from hai_desktop.core.errors import ConflictError, NotFound
from hai_desktop.core.follow_up import VitalStatus
from hai_desktop.core.i18n import msg
from hai_desktop.core.names import (
    display_name,
    latin_form,
    romanized_name,
    search_forms,
    written_name,
)
from hai_desktop.services.permissions import Action
from hai_desktop.services.workspace import Workspace
from hai_desktop.store.models import Arm, FollowUpContact, Patient, PatientStatus


@dataclass(frozen=True)
class PatientSummary:
    """What the patient header and lists show; names only where the screen needs them."""

    id: int
    screening_number: str
    study_id: str | None
    family_name: str
    given_name: str
    initials: str
    hospital_record_number: str
    sex: str
    date_of_birth: date
    status: PatientStatus
    arm: Arm | None
    current_cycle: int | None
    # (family, given) in Latin letters; None for a Hangul name recorded without them.
    latin: tuple[str, str] | None = None
    died_on: date | None = None  # a death recorded at follow-up (not voided)

    @property
    def display_id(self) -> str:
        return self.study_id or self.screening_number

    @property
    def full_name(self) -> str:
        """As the chart writes it: 김지원, or NAM, Jae-won."""
        return written_name(self.family_name, self.given_name)

    @property
    def latin_name(self) -> str | None:
        return romanized_name(*self.latin) if self.latin else None

    @property
    def name(self) -> str:
        """Both forms where they differ: 김지원 · KIM, Ji-won; headers and printed sheets."""
        return display_name(self.family_name, self.given_name, self.latin)


def summary_of(p: Patient, died_on: date | None = None) -> PatientSummary:
    return PatientSummary(
        p.id, p.screening_number, p.study_id, p.family_name, p.given_name, p.initials,
        p.hospital_record_number, p.sex, p.date_of_birth, PatientStatus(p.status),
        Arm(p.arm) if p.arm else None, p.current_cycle,
        latin_form(p.family_name, p.given_name, p.latin_family_name, p.latin_given_name),
        died_on)


def deaths(session: Session, patient_id: int | None = None) -> dict[int, date]:
    """The date of death of each patient whose death is recorded (every screen that shows the
    patient says so: nobody calls a family to book a visit for a patient who died)."""
    # The earliest, as the endpoints take it (the services keep one standing death anyway).
    query = select(FollowUpContact.patient_id, func.min(FollowUpContact.death_on)).where(
        FollowUpContact.status == VitalStatus.DEAD.value, FollowUpContact.voided.is_(False),
        FollowUpContact.death_on.is_not(None)).group_by(FollowUpContact.patient_id)
    if patient_id is not None:
        query = query.where(FollowUpContact.patient_id == patient_id)
    return {pid: day for pid, day in session.execute(query) if day is not None}


def list_patients(ws: Workspace, search: str = "") -> list[PatientSummary]:
    """Non-voided patients, matched on screening number, study ID, initials, record number or
    any part of the name in either form (nurses check identity by name at the bedside): 김지원,
    지원, 김 지원, Kim Ji-won and ji-won all find 김지원 · KIM, Ji-won."""
    ws.require(Action.VIEW_RECORDS)
    query = select(Patient).where(Patient.voided.is_(False)).order_by(Patient.screening_number)
    if search.strip():
        query = query.where(or_(*(_matches(f"%{term}%") for term in search_forms(search))))
    with ws.db.read_session() as session:
        died = deaths(session)
        return [summary_of(p, died.get(p.id)) for p in session.scalars(query)]


def _matches(like: str) -> ColumnElement[bool]:
    written = Patient.family_name + Patient.given_name
    latin = Patient.latin_family_name + " " + Patient.latin_given_name
    latin_as_typed = Patient.given_name + " " + Patient.family_name
    return or_(Patient.screening_number.ilike(like), Patient.study_id.ilike(like),
               Patient.initials.ilike(like), Patient.hospital_record_number.ilike(like),
               Patient.family_name.ilike(like), Patient.given_name.ilike(like),
               written.ilike(like), (Patient.family_name + " " + Patient.given_name).ilike(like),
               latin_as_typed.ilike(like), Patient.latin_family_name.ilike(like),
               Patient.latin_given_name.ilike(like), latin.ilike(like),
               (Patient.latin_given_name + " " + Patient.latin_family_name).ilike(like))


def get_patient(ws: Workspace, patient_id: int) -> PatientSummary | None:
    ws.require(Action.VIEW_RECORDS)
    with ws.db.read_session() as session:
        patient = session.get(Patient, patient_id)
        if patient is None or patient.voided:
            return None
        return summary_of(patient, deaths(session, patient_id).get(patient_id))


def patient_on_study(session: Session, patient_id: int, *, what: str) -> Patient:
    """The randomized patient; `what` says what is kept for patients on study only."""
    patient = session.get(Patient, patient_id)
    if patient is None or patient.voided:
        raise NotFound(msg("That patient is not in the registry."))
    if patient.arm is None:
        raise ConflictError(msg("{screening_number} is not randomized: {what}.",
                                screening_number=patient.screening_number, what=what))
    return patient
