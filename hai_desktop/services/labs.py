"""Lab results graded by the program with CTCAE v4.03, against the site's normal limits (site
rules) or the limits printed on the patient's own lab report; the liver tests as × ULN over time.

A result is stored with the value as typed, the limits used and the grade computed, so the
grade can always be traced to its inputs. Results are voided with a reason, never deleted.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from hai_desktop.core import ctcae
from hai_desktop.core.errors import ValidationError
from hai_desktop.core.i18n import msg
from hai_desktop.records import LabResultRecord
from hai_desktop.services import patients, site_rules
from hai_desktop.services.permissions import Action
from hai_desktop.services.voiding import reason_for_voiding, row_to_void
from hai_desktop.services.workspace import Workspace
from hai_desktop.store.models import LabResult, Patient

LIVER_TERMS = ("Alanine aminotransferase increased", "Aspartate aminotransferase increased",
               "Alkaline phosphatase increased", "Blood bilirubin increased")
LIVER_LABELS = {"Alanine aminotransferase increased": "ALT",
                "Aspartate aminotransferase increased": "AST",
                "Alkaline phosphatase increased": "ALP",
                "Blood bilirubin increased": "Bilirubin"}
CREATININE = "Creatinine increased"
_SEX_WORDS = {"F": "female", "M": "male"}


def lab_term_names() -> list[str]:
    """The CTCAE terms the program grades from a value, in the order of the data file."""
    return [lab.term for lab in ctcae.gradable_lab_terms()]


# ---- normal limits ---------------------------------------------------------------------------

def _site_limit(session: Session, which: str, kind: str, sex: str) -> str | None:
    """The site's ULN/LLN text for a lab kind, the sex-specific one where the site has it."""
    specs = site_rules.site_rule_specs()
    for key in (f"{which}_{kind}_{_SEX_WORDS.get(sex, '')}", f"{which}_{kind}"):
        if key in specs:
            return site_rules.rule_value(session, key)
    return None


@dataclass(frozen=True)
class NormalLimits:
    """The limits a term is graded from: the site's, unless the result carries its own."""

    uln: str | None
    lln: str | None
    needed: tuple[str, ...]  # "ULN" and/or "LLN": what CTCAE's cut-offs for the term use


def site_normal_limits(session: Session, term: str, sex: str) -> NormalLimits:
    lab = ctcae.lab_term(term)
    needed = tuple(sorted({rule.limit for rule in lab.rules if rule.limit}))
    return NormalLimits(uln=_site_limit(session, "uln", lab.kind.name, sex),
                        lln=_site_limit(session, "lln", lab.kind.name, sex), needed=needed)


# ---- one result ------------------------------------------------------------------------------

@dataclass(frozen=True)
class LabInput:
    patient_id: int
    term: str
    value: str  # as typed, with its unit
    taken_on: date | None
    cycle: int | None = None
    uln: str = ""  # blank: the site's limit
    lln: str = ""


@dataclass(frozen=True)
class LabPreview:
    grade: ctcae.LabGrade
    uln: str | None
    lln: str | None
    baseline: str | None  # creatinine: the patient's first result, which CTCAE may grade from
    own_limits: bool  # the result's own limits were used instead of the site's


def _baseline(session: Session, patient_id: int, term: str, taken_on: date) -> str | None:
    """The patient's first creatinine on record before this one (CTCAE: "x baseline")."""
    if term != CREATININE:
        return None
    first = session.scalars(select(LabResult).where(
        LabResult.patient_id == patient_id, LabResult.term == CREATININE,
        LabResult.voided.is_(False), LabResult.taken_on < taken_on).order_by(
        LabResult.taken_on, LabResult.id).limit(1)).first()
    return first.value_text if first is not None else None


def _check_date(taken_on: date | None, today: date) -> date:
    if taken_on is None:
        raise ValidationError(msg("Enter the date the sample was taken."), field="taken_on")
    if taken_on > today:
        raise ValidationError(msg("The sample date cannot be in the future."), field="taken_on")
    return taken_on


def preview_in(session: Session, lab: LabInput, today: date) -> LabPreview:
    patient = patients.patient_on_study(session, lab.patient_id,
                                       what=msg("lab results are graded for patients on study"))
    taken_on = _check_date(lab.taken_on, today)
    site = site_normal_limits(session, lab.term, patient.sex)
    uln = lab.uln.strip() or site.uln
    lln = lab.lln.strip() or site.lln
    baseline = _baseline(session, patient.id, ctcae.lab_term(lab.term).term, taken_on)
    grade = ctcae.grade_lab(lab.term, lab.value, uln=uln if "ULN" in site.needed else None,
                            lln=lln if "LLN" in site.needed else None, baseline=baseline)
    return LabPreview(grade, uln, lln, baseline, bool(lab.uln.strip() or lab.lln.strip()))


def preview_lab(ws: Workspace, lab: LabInput, *, today: date | None = None) -> LabPreview:
    """The grade the value shows, without saving it (the form shows it as it is typed)."""
    ws.require(Action.VIEW_RECORDS)
    with ws.db.read_session() as session:
        return preview_in(session, lab, today or ws.today())


def record_lab(ws: Workspace, lab: LabInput, *, today: date | None = None) -> int:
    ws.require(Action.RECORD_TOXICITY)
    with ws.session(reason="lab result recorded") as session:
        preview = preview_in(session, lab, today or ws.today())
        patient = session.get(Patient, lab.patient_id)
        assert patient is not None
        grade = preview.grade
        row = LabResult(
            patient_id=patient.id, term=grade.term, value_text=lab.value.strip(),
            value=grade.magnitude, unit=grade.unit, uln_text=preview.uln, lln_text=preview.lln,
            uln_multiple=grade.uln_multiple, grade=grade.grade, taken_on=lab.taken_on,
            cycle=lab.cycle or patient.current_cycle, recorded_by=ws.user.username)
        session.add(row)
        session.flush()
        return row.id


def void_lab(ws: Workspace, result_id: int, reason: str) -> None:
    ws.require(Action.VOID_TOXICITY)
    reason = reason_for_voiding(reason, msg("lab result"))
    with ws.session(reason=reason) as session:
        row = row_to_void(session, LabResult, result_id, msg("lab result"))
        row.voided, row.void_reason = True, reason


# ---- reading ---------------------------------------------------------------------------------

def labs_for_patient(ws: Workspace, patient_id: int) -> list[LabResult]:
    ws.require(Action.VIEW_RECORDS)
    with ws.db.read_session() as session:
        return list(session.scalars(select(LabResult).where(
            LabResult.patient_id == patient_id, LabResult.voided.is_(False)).order_by(
            LabResult.taken_on.desc(), LabResult.id.desc())))


@dataclass(frozen=True)
class LiverPoint:
    taken_on: date
    uln_multiple: float
    grade: int


def liver_series_of(results: Sequence[LabResultRecord]) -> dict[str, list[LiverPoint]]:
    """ALT, AST, ALP and bilirubin as multiples of ULN, oldest first (the protocol watches the
    liver closely under HAI)."""
    series: dict[str, list[LiverPoint]] = {LIVER_LABELS[t]: [] for t in LIVER_TERMS}
    for row in sorted(results, key=lambda r: (r.taken_on, r.id)):
        if row.term in LIVER_LABELS and row.uln_multiple is not None:
            series[LIVER_LABELS[row.term]].append(
                LiverPoint(row.taken_on, row.uln_multiple, row.grade))
    return series


def liver_series(ws: Workspace, patient_id: int) -> dict[str, list[LiverPoint]]:
    return liver_series_of(labs_for_patient(ws, patient_id))
