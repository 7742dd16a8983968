"""Allergies and infusion reactions per patient, and the 'no known allergies' statement.

Three states (core.allergies): not yet asked, no known allergies (who asked, when), allergies
recorded. An order cannot be signed while the patient was not asked. Recording an allergy voids
a standing 'no known allergies' statement; a correction or a void needs a reason (audited with
old and new values by the flush hook).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from hai_desktop.core.allergies import (
    CATEGORIES,
    SEVERITIES,
    AllergyEntry,
    AllergyStatus,
    allergy_status,
)
from hai_desktop.core.errors import NotFound, ValidationError
from hai_desktop.core.i18n import Label, Message, msg
from hai_desktop.services.permissions import Action
from hai_desktop.services.voiding import reason_for_voiding, row_to_void
from hai_desktop.services.workspace import Workspace
from hai_desktop.store.models import Allergy, AllergyStatement, Patient, utc_now

MAX_TEXT = 200


@dataclass(frozen=True)
class AllergyInput:
    patient_id: int
    allergen: str
    category: str
    reaction: str
    severity: str
    source: str
    noted_on: date | None = None


def _text(value: str, what: str, field: str, *, required: bool = True) -> str:
    text = " ".join(value.split())
    if required and not text:
        raise ValidationError(msg("Enter the {what}.", what=what), field=field)
    if len(text) > MAX_TEXT:
        raise ValidationError(msg("The {what} is longer than {MAX_TEXT} characters: shorten it.",
                                  what=what, MAX_TEXT=MAX_TEXT),
                              field=field)
    return text


def _checked(entry: AllergyInput, today: date) -> AllergyInput:
    if entry.category not in CATEGORIES:
        raise ValidationError(msg("Choose the kind: {CATEGORIES}.",
                                  CATEGORIES=', '.join(CATEGORIES)), field="category")
    if entry.severity not in SEVERITIES:
        raise ValidationError(msg("Choose the severity: {SEVERITIES}.",
                                  SEVERITIES=', '.join(SEVERITIES)),
                              field="severity")
    if entry.noted_on is not None and entry.noted_on > today:
        raise ValidationError(msg("The date cannot be in the future."), field="noted_on")
    return AllergyInput(entry.patient_id, _text(entry.allergen, "allergen (the drug, agent or "
                                                "substance)", "allergen"),
                        entry.category, _text(entry.reaction, "reaction", "reaction",
                                              required=False),
                        entry.severity, _text(entry.source, "source (who told you, or the "
                                              "record it comes from)", "source"),
                        entry.noted_on)


def _patient(session: Session, patient_id: int) -> Patient:
    patient = session.get(Patient, patient_id)
    if patient is None or patient.voided:
        raise NotFound(msg("That patient is not in the registry."))
    return patient


def _live_allergies(session: Session, patient_id: int) -> list[Allergy]:
    return list(session.scalars(select(Allergy).where(
        Allergy.patient_id == patient_id, Allergy.voided.is_(False)).order_by(Allergy.id)))


def _standing_statement(session: Session, patient_id: int) -> AllergyStatement | None:
    return session.scalars(select(AllergyStatement).where(
        AllergyStatement.patient_id == patient_id, AllergyStatement.voided.is_(False))
        .order_by(AllergyStatement.id.desc())).first()


def status_in(session: Session, patient_id: int) -> AllergyStatus:
    entries = [AllergyEntry(a.allergen, a.category, a.reaction, a.severity)
               for a in _live_allergies(session, patient_id)]
    statement = _standing_statement(session, patient_id)
    return allergy_status(entries, (statement.asked_by, statement.asked_on)
                          if statement is not None else None)


def order_conflicts(status: AllergyStatus, drug_names: list[str]) -> list[Message]:
    """A recorded allergy or infusion reaction naming a drug on the order (paper cannot check
    this; the order still goes to the investigator, who decides)."""
    found = []
    for entry in status.entries:
        allergen = entry.allergen.casefold()
        for name in dict.fromkeys(drug_names):
            if name.casefold() in allergen or allergen in name.casefold():
                found.append(msg(
                    "ALLERGY CHECK: recorded {kind} to {allergen} ({severity}; {reaction}) — "
                    "{drug} is on this order",
                    kind=(msg("infusion reaction") if entry.category == "infusion reaction"
                          else msg("allergy")),
                    allergen=entry.allergen, severity=Label("AllergySeverity", entry.severity),
                    reaction=entry.reaction or msg("reaction not recorded"), drug=name))
    return found


def allergy_status_of(ws: Workspace, patient_id: int) -> AllergyStatus:
    ws.require(Action.VIEW_RECORDS)
    with ws.db.read_session() as session:
        return status_in(session, patient_id)


def allergies_for_patient(ws: Workspace, patient_id: int, *, include_voided: bool = False
                          ) -> list[Allergy]:
    ws.require(Action.VIEW_RECORDS)
    with ws.db.read_session() as session:
        query = select(Allergy).where(Allergy.patient_id == patient_id)
        if not include_voided:
            query = query.where(Allergy.voided.is_(False))
        return list(session.scalars(query.order_by(Allergy.id)))


def record_allergy(ws: Workspace, entry: AllergyInput, *, today: date | None = None) -> int:
    """A new allergy or infusion reaction; a standing 'no known allergies' is voided by it."""
    ws.require(Action.RECORD_ALLERGIES)
    checked = _checked(entry, today or ws.today())
    with ws.session(reason="allergy recorded") as session:
        patient = _patient(session, checked.patient_id)
        statement = _standing_statement(session, patient.id)
        if statement is not None:
            statement.voided = True
            statement.void_reason = f"allergy to {checked.allergen} recorded"
        row = Allergy(patient_id=patient.id, category=checked.category,
                      allergen=checked.allergen, reaction=checked.reaction,
                      severity=checked.severity, source=checked.source,
                      noted_on=checked.noted_on, recorded_by=ws.user.username)
        session.add(row)
        session.flush()
        return row.id


def correct_allergy(ws: Workspace, allergy_id: int, entry: AllergyInput, reason: str, *,
                    today: date | None = None) -> None:
    ws.require(Action.RECORD_ALLERGIES)
    if not reason.strip():
        raise ValidationError(msg("Give the reason for the correction."), field="reason")
    checked = _checked(entry, today or ws.today())
    with ws.session(reason=reason.strip()) as session:
        row = row_to_void(session, Allergy, allergy_id, msg("allergy"))
        row.category, row.allergen, row.reaction = (checked.category, checked.allergen,
                                                    checked.reaction)
        row.severity, row.source, row.noted_on = checked.severity, checked.source, \
            checked.noted_on
        row.updated_by, row.updated_at = ws.user.username, utc_now()


def void_allergy(ws: Workspace, allergy_id: int, reason: str) -> None:
    """An allergy recorded in error. With none left the patient is 'not yet asked' again."""
    ws.require(Action.RECORD_ALLERGIES)
    text = reason_for_voiding(reason, msg("allergy"))
    with ws.session(reason=text) as session:
        row = row_to_void(session, Allergy, allergy_id, msg("allergy"))
        row.voided, row.void_reason = True, text


def record_no_known_allergies(ws: Workspace, patient_id: int, *, asked_by: str,
                              asked_on: date, today: date | None = None) -> int:
    """The patient was asked and has no known allergy: who asked and when."""
    ws.require(Action.RECORD_ALLERGIES)
    who = _text(asked_by, "name of the person who asked", "asked_by")
    if asked_on > (today or ws.today()):
        raise ValidationError(msg("The date cannot be in the future."), field="asked_on")
    with ws.session(reason="no known allergies stated") as session:
        patient = _patient(session, patient_id)
        live = _live_allergies(session, patient.id)
        if live:
            raise ValidationError(
                msg("Allergies are recorded ({live}): void the ones recorded in error before "
                    "stating there are none.",
                    live=', '.join(a.allergen for a in live)), field="asked_by")
        previous = _standing_statement(session, patient.id)
        if previous is not None:
            previous.voided, previous.void_reason = True, "asked again"
        row = AllergyStatement(patient_id=patient.id, asked_by=who, asked_on=asked_on,
                               recorded_by=ws.user.username)
        session.add(row)
        session.flush()
        return row.id


def void_statement(ws: Workspace, patient_id: int, reason: str) -> None:
    """A 'no known allergies' recorded for the wrong patient or in error."""
    ws.require(Action.RECORD_ALLERGIES)
    text = reason_for_voiding(reason, msg("'no known allergies' statement"))
    with ws.session(reason=text) as session:
        statement = _standing_statement(session, patient_id)
        if statement is None:
            raise NotFound(msg("There is no 'no known allergies' statement to void."))
        statement.voided, statement.void_reason = True, text
