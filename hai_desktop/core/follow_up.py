"""The end of protocol treatment and the follow-up contacts after randomization, as the forms
may hold them (PROTOCOL.md, "Treatment" and "Assessments"; protocol paper lines 164-173 and
193-194). Pure: no database, no Qt.

Treatment continues until the disease is resectable, progresses, toxicity occurs or the patient
refuses; after 12 cycles the investigator decides. In the experimental arm 5-FU and leucovorin
continue when HAI alone has to stop: that is recorded as the end of HAI, not of treatment, and
the 8-weekly assessments go on until all protocol treatment has ended.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date

from hai_desktop.core.errors import ValidationError
from hai_desktop.core.i18n import QT_TRANSLATE_NOOP, msg


class EndReason(enum.StrEnum):
    RESECTABLE = QT_TRANSLATE_NOOP("EndReason", "disease became resectable")
    PROGRESSION = QT_TRANSLATE_NOOP("EndReason", "progression")
    TOXICITY = QT_TRANSLATE_NOOP("EndReason", "toxicity")
    REFUSAL = QT_TRANSLATE_NOOP("EndReason", "patient refused further treatment")
    AFTER_12_CYCLES = QT_TRANSLATE_NOOP("EndReason",
                                        "investigator's decision after 12 cycles")
    DEATH = QT_TRANSLATE_NOOP("EndReason", "death")
    OTHER = QT_TRANSLATE_NOOP("EndReason", "other")


class EndScope(enum.StrEnum):
    """What stopped: all protocol treatment, or HAI alone (experimental arm: 5-FU and
    leucovorin continue, protocol paper lines 171-173)."""

    ALL = QT_TRANSLATE_NOOP("EndScope", "all protocol treatment")
    HAI_ONLY = QT_TRANSLATE_NOOP("EndScope", "HAI only — 5-FU and leucovorin continue")


class VitalStatus(enum.StrEnum):
    ALIVE = QT_TRANSLATE_NOOP("VitalStatus", "alive")
    DEAD = QT_TRANSLATE_NOOP("VitalStatus", "dead")
    LOST = QT_TRANSLATE_NOOP("VitalStatus", "lost to follow-up")


class DeathCause(enum.StrEnum):
    DISEASE = QT_TRANSLATE_NOOP("DeathCause", "colorectal cancer (progression)")
    TREATMENT = QT_TRANSLATE_NOOP("DeathCause", "treatment-related")
    OTHER = QT_TRANSLATE_NOOP("DeathCause", "other cause")
    UNKNOWN = QT_TRANSLATE_NOOP("DeathCause", "unknown")


class ProgressionBasis(enum.StrEnum):
    """How a progression reported at follow-up was established (RECIST PD on this unit's
    scans comes from the tumour assessments themselves)."""

    IMAGING_RECIST = QT_TRANSLATE_NOOP("ProgressionBasis", "imaging, RECIST 1.1")
    IMAGING_OTHER = QT_TRANSLATE_NOOP("ProgressionBasis", "imaging, not measured by RECIST")
    CLINICAL = QT_TRANSLATE_NOOP("ProgressionBasis", "clinical (no imaging)")


class ContactMethod(enum.StrEnum):
    VISIT = QT_TRANSLATE_NOOP("ContactMethod", "clinic visit")
    TELEPHONE = QT_TRANSLATE_NOOP("ContactMethod", "telephone")
    RECORDS = QT_TRANSLATE_NOOP("ContactMethod", "medical records or registry")


def _choice(kind: type[enum.StrEnum], value: str | None, field: str, prompt: str) -> str:
    if value is None or value not in kind.__members__.values():
        raise ValidationError(msg("Choose {what}.", what=prompt), field=field)
    return value


def _not_before(day: date, earliest: date, field: str, what: str) -> None:
    if day < earliest:
        raise ValidationError(msg("The {what} {day} is before randomization ({randomized_on}): "
                                  "check the date.", what=what, day=day.isoformat(),
                                  randomized_on=earliest.isoformat()), field=field)


def _not_future(day: date, today: date, field: str, what: str) -> None:
    if day > today:
        raise ValidationError(msg("The {what} {day} is in the future.", what=what,
                                  day=day.isoformat()), field=field)


@dataclass(frozen=True)
class EndOfTreatment:
    ended_on: date
    scope: str
    reason: str
    detail: str


def check_end_of_treatment(ended_on: date | None, scope: str | None, reason: str | None,
                           detail: str, *, randomized_on: date, today: date,
                           arm_has_hai: bool) -> EndOfTreatment:
    if ended_on is None:
        raise ValidationError(msg("Enter the date treatment ended (the last dose's date)."),
                              field="ended_on")
    _not_future(ended_on, today, "ended_on", msg("end of treatment date"))
    _not_before(ended_on, randomized_on, "ended_on", msg("end of treatment date"))
    scope = _choice(EndScope, scope, "scope", msg("what ended: all treatment or HAI only"))
    if scope == EndScope.HAI_ONLY and not arm_has_hai:
        raise ValidationError(msg("This patient is in the control arm, which has no HAI: choose "
                                  "'all protocol treatment'."), field="scope")
    reason = _choice(EndReason, reason, "reason", msg("the reason treatment ended"))
    if reason == EndReason.OTHER and not detail.strip():
        raise ValidationError(msg("Say what the other reason was."), field="detail")
    return EndOfTreatment(ended_on, scope, reason, detail.strip())


@dataclass(frozen=True)
class Contact:
    contacted_on: date
    method: str
    status: str
    death_on: date | None
    death_cause: str | None
    last_alive_on: date | None  # the contact date when alive; the last known when lost
    progression_on: date | None
    progression_basis: str | None
    note: str


def check_contact(contacted_on: date | None, method: str | None, status: str | None, *,
                  death_on: date | None, death_cause: str | None, last_alive_on: date | None,
                  progression_on: date | None, progression_basis: str | None, note: str,
                  randomized_on: date, today: date) -> Contact:
    """A follow-up contact as stored, or the field to fix. Dates that do not belong to the
    status (a death date for a living patient) are refused, not silently dropped."""
    if contacted_on is None:
        raise ValidationError(msg("Enter the date of the contact."), field="contacted_on")
    _not_future(contacted_on, today, "contacted_on", msg("contact date"))
    _not_before(contacted_on, randomized_on, "contacted_on", msg("contact date"))
    method = _choice(ContactMethod, method, "method", msg("how the patient was contacted"))
    status = _choice(VitalStatus, status, "status", msg("the patient's status: alive, dead or "
                                                        "lost to follow-up"))
    if status == VitalStatus.ALIVE:
        last_alive_on = contacted_on
    if status == VitalStatus.DEAD:
        _check_death(death_on, death_cause, contacted_on, randomized_on)
        last_alive_on = None
    elif death_on is not None or death_cause is not None:
        raise ValidationError(msg("A date or cause of death is kept only when the patient died: "
                                  "clear it, or choose 'dead'."), field="death_on")
    if status == VitalStatus.LOST:
        if last_alive_on is None:
            raise ValidationError(msg("Enter the last date the patient was known to be alive."),
                                  field="last_alive_on")
        _not_before(last_alive_on, randomized_on, "last_alive_on", msg("last known alive date"))
        if last_alive_on > contacted_on:
            raise ValidationError(msg("The last known alive date is after the contact date: a "
                                      "patient seen alive then is not lost."),
                                  field="last_alive_on")
    if progression_on is not None:
        if progression_on > contacted_on:
            raise ValidationError(msg("The progression date is after the contact date: check "
                                      "both."), field="progression_on")
        _not_before(progression_on, randomized_on, "progression_on", msg("progression date"))
        progression_basis = _choice(ProgressionBasis, progression_basis, "progression_basis",
                                    msg("how the progression was established"))
    elif progression_basis is not None:
        raise ValidationError(msg("Enter the date of progression, or clear how it was "
                                  "established."), field="progression_on")
    return Contact(contacted_on, method, status, death_on if status == VitalStatus.DEAD else None,
                   death_cause if status == VitalStatus.DEAD else None, last_alive_on,
                   progression_on, progression_basis, note.strip())


def _check_death(death_on: date | None, cause: str | None, contacted_on: date,
                 randomized_on: date) -> None:
    if death_on is None:
        raise ValidationError(msg("Enter the date of death."), field="death_on")
    _not_before(death_on, randomized_on, "death_on", msg("date of death"))
    if death_on > contacted_on:
        raise ValidationError(msg("The date of death is after the contact date: check both."),
                              field="death_on")
    _choice(DeathCause, cause, "death_cause", msg("the cause of death"))
