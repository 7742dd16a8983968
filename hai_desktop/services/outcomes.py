"""The primary endpoint per randomized patient: liver resection yes / no / not yet, the date of
surgery and the margin (core.outcome checks them).

The investigator records it; a later change is a correction with a reason, and the audit trail
keeps the old and new values with that reason (the flush hook). There is one record per patient.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, tzinfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from hai_desktop.core.errors import ConflictError, NotFound, ValidationError
from hai_desktop.core.i18n import msg
from hai_desktop.core.outcome import ResectionOutcomeData, check_resection_outcome
from hai_desktop.services import patients
from hai_desktop.services.permissions import Action
from hai_desktop.services.workspace import Workspace
from hai_desktop.store.models import Patient, ResectionOutcome, utc_now

FOR_RANDOMIZED = msg("the resection outcome is recorded for randomized patients")


@dataclass(frozen=True)
class OutcomeInput:
    patient_id: int
    liver_resection: str
    surgery_date: date | None = None
    margin: str | None = None
    note: str = ""


@dataclass(frozen=True)
class OutcomeView:
    patient_id: int
    randomized_on: date
    liver_resection: str
    surgery_date: date | None
    margin: str | None
    note: str
    recorded_by: str
    recorded_at: datetime
    updated_by: str | None
    updated_at: datetime | None


def randomization_date(patient: Patient, zone: tzinfo) -> date:
    """The calendar date of randomization at the site (the day the envelope was opened)."""
    if patient.randomized_at is None:
        raise ConflictError(msg("{screening_number} is not randomized: {what}.",
                                screening_number=patient.screening_number,
                                what=FOR_RANDOMIZED))
    return patient.randomized_at.astimezone(zone).date()


def outcome_row(session: Session, patient_id: int) -> ResectionOutcome | None:
    return session.scalar(select(ResectionOutcome).where(
        ResectionOutcome.patient_id == patient_id))


def _view(patient: Patient, row: ResectionOutcome, zone: tzinfo) -> OutcomeView:
    return OutcomeView(patient.id, randomization_date(patient, zone), row.liver_resection,
                       row.surgery_date, row.margin, row.note or "", row.recorded_by,
                       row.recorded_at, row.updated_by, row.updated_at)


def outcome_of(ws: Workspace, patient_id: int) -> OutcomeView | None:
    """The patient's recorded outcome (None: nothing recorded yet)."""
    ws.require(Action.VIEW_RECORDS)
    with ws.db.read_session() as session:
        patient = patients.patient_on_study(session, patient_id, what=FOR_RANDOMIZED)
        row = outcome_row(session, patient_id)
        return None if row is None else _view(patient, row, ws.zone)


@dataclass(frozen=True)
class OutcomeRecord:
    """What the outcome form needs: the randomization date (the earliest date of surgery) and
    the outcome recorded so far (None: nothing yet)."""

    randomized_on: date
    outcome: OutcomeView | None


def outcome_record(ws: Workspace, patient_id: int) -> OutcomeRecord:
    ws.require(Action.VIEW_RECORDS)
    with ws.db.read_session() as session:
        patient = patients.patient_on_study(session, patient_id, what=FOR_RANDOMIZED)
        row = outcome_row(session, patient_id)
        return OutcomeRecord(randomization_date(patient, ws.zone),
                             None if row is None else _view(patient, row, ws.zone))


def _checked(session: Session, outcome: OutcomeInput, today: date, zone: tzinfo
             ) -> tuple[Patient, ResectionOutcomeData]:
    patient = patients.patient_on_study(session, outcome.patient_id, what=FOR_RANDOMIZED)
    data = check_resection_outcome(outcome.liver_resection, outcome.surgery_date,
                                   outcome.margin, outcome.note,
                                   randomized_on=randomization_date(patient, zone), today=today)
    return patient, data


def _apply(row: ResectionOutcome, data: ResectionOutcomeData) -> None:
    row.liver_resection, row.surgery_date = data.liver_resection, data.surgery_date
    row.margin, row.note = data.margin, data.note or None


def record_outcome(ws: Workspace, outcome: OutcomeInput, *, today: date | None = None) -> int:
    """The first record of the patient's outcome."""
    ws.require(Action.RECORD_OUTCOME)
    with ws.session(reason="resection outcome recorded") as session:
        patient, data = _checked(session, outcome, today or ws.today(), ws.zone)
        if outcome_row(session, patient.id) is not None:
            raise ConflictError(msg("The outcome of {display_id} is already recorded.",
                                    display_id=patient.display_id),
                                hint=msg("Correct it with the reason for the change."))
        row = ResectionOutcome(patient_id=patient.id, liver_resection=data.liver_resection,
                               recorded_by=ws.user.username)
        _apply(row, data)
        session.add(row)
        session.flush()
        return row.id


def correct_outcome(ws: Workspace, outcome: OutcomeInput, reason: str, *,
                    today: date | None = None) -> None:
    """A recorded outcome changes only with a reason (old and new values are audited)."""
    ws.require(Action.RECORD_OUTCOME)
    if not reason.strip():
        raise ValidationError(msg("Give the reason for correcting the outcome."), field="reason")
    with ws.session(reason=reason.strip()) as session:
        patient, data = _checked(session, outcome, today or ws.today(), ws.zone)
        row = outcome_row(session, patient.id)
        if row is None:
            raise NotFound(msg("No outcome of {display_id} is recorded yet: record it first.",
                               display_id=patient.display_id))
        before = (row.liver_resection, row.surgery_date, row.margin, row.note or "")
        if before == (data.liver_resection, data.surgery_date, data.margin, data.note):
            raise ValidationError(msg("Nothing was changed: change the outcome, or cancel."),
                                  field="liver_resection")
        _apply(row, data)
        row.updated_by, row.updated_at = ws.user.username, utc_now()
