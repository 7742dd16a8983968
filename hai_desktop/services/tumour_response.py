"""Tumour response by RECIST 1.1 per randomized patient: the baseline's lesions, each later
CT/MRI assessment's measurements and CEA, and from them (core.recist, with the site's minimum
time for stable disease) each time point's response and the best overall response.

Responses are computed whenever they are read, never stored: a voided assessment can leave no
stale response behind. An assessment recorded in error is voided with a reason and recorded
again; a baseline is voided only once no later assessment stands on it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from hai_desktop.core import recist
from hai_desktop.core.errors import ConflictError, ValidationError
from hai_desktop.core.i18n import Day, msg
from hai_desktop.core.outcome import RESECTED
from hai_desktop.core.recist import Measurements, NonTarget, Response, TimePoint
from hai_desktop.core.tumour_assessment import (
    LesionEntry,
    Method,
    baseline_lesions,
    cea_ng_ml,
    check_assessment_date,
    check_baseline_date,
    check_non_target,
    measured_targets,
)
from hai_desktop.services import patients, site_rules
from hai_desktop.services.outcomes import outcome_row, randomization_date
from hai_desktop.services.permissions import Action
from hai_desktop.services.voiding import reason_for_voiding, row_to_void
from hai_desktop.services.workspace import Workspace
from hai_desktop.store.models import Lesion, LesionMeasurement, Patient, TumourAssessment

FOR_RANDOMIZED = msg("tumour assessments are recorded for randomized patients")
ASSESSMENT = msg("tumour assessment")


@dataclass(frozen=True)
class BaselineInput:
    patient_id: int
    assessed_on: date | None
    method: str
    lesions: Sequence[LesionEntry]
    cea_text: str = ""
    note: str = ""


@dataclass(frozen=True)
class AssessmentInput:
    patient_id: int
    assessed_on: date | None
    method: str
    diameters: Mapping[str, str | None]  # lesion key → as typed; None: not assessed
    non_target: str | None
    new_lesion: bool
    new_lesion_site: str = ""
    cea_text: str = ""
    note: str = ""
    baseline_id: int | None = None  # the baseline shown while typing (None: the standing one)


@dataclass(frozen=True)
class LesionView:
    key: str
    organ: str
    target: bool
    node: bool
    site: str
    baseline_mm: float | None


@dataclass(frozen=True)
class AssessmentView:
    id: int
    assessed_on: date
    baseline: bool
    method: str
    diameters: Mapping[str, float | None]  # by lesion key, in mm
    non_target: str | None
    new_lesion: bool
    new_lesion_site: str
    cea_ng_ml: float | None
    cea_text: str
    note: str
    recorded_by: str
    recorded_at: datetime
    point: TimePoint | None  # None for the baseline
    voided: bool = False
    void_reason: str = ""


@dataclass(frozen=True)
class ResponseRecord:
    """A patient's tumour response so far; `best` is None until an assessment follows the
    baseline."""

    patient_id: int
    randomized_on: date
    lesions: list[LesionView]
    baseline: AssessmentView | None
    assessments: list[AssessmentView]  # after the baseline, in date order
    best: Response | None
    stable_disease_min_days: int
    voided: list[AssessmentView] = field(default_factory=list)

    @property
    def first_progression_on(self) -> date | None:
        """The first time point with RECIST progression (a PFS event)."""
        return next((a.assessed_on for a in self.assessments
                     if a.point is not None and a.point.overall is Response.PD), None)

    @property
    def last_adequate_on(self) -> date | None:
        """The last evaluable assessment (not NE): where PFS is censored."""
        evaluable = [a.assessed_on for a in self.assessments
                     if a.point is not None and a.point.overall is not Response.NE]
        return max(evaluable, default=None)

    @property
    def scans(self) -> list[AssessmentView]:
        """Every standing scan, the baseline first."""
        return ([self.baseline] if self.baseline else []) + self.assessments

    def core_lesions(self) -> list[recist.Lesion]:
        """The baseline's lesions as core.recist takes them (for a preview of a response)."""
        return [recist.Lesion(v.key, v.organ, v.target, v.node, v.baseline_mm)
                for v in self.lesions]

    @property
    def baseline_sum_mm(self) -> float:
        return recist.baseline_sum(self.core_lesions())

    @property
    def nadir_mm(self) -> float:
        """The smallest sum so far, baseline included: what the next scan's PD is judged on."""
        sums = [a.point.sum_mm for a in self.assessments
                if a.point is not None and a.point.sum_mm is not None]
        return min([self.baseline_sum_mm, *sums])

    @property
    def cea_series(self) -> list[tuple[date, float]]:
        """CEA in ng/mL at each assessment where it was measured, baseline first."""
        return [(a.assessed_on, a.cea_ng_ml) for a in self.scans if a.cea_ng_ml is not None]


# ---- reading --------------------------------------------------------------------------------

def _assessment_rows(session: Session, patient_id: int) -> list[TumourAssessment]:
    return list(session.scalars(select(TumourAssessment).where(
        TumourAssessment.patient_id == patient_id).order_by(TumourAssessment.assessed_on,
                                                            TumourAssessment.id)))


def _baseline_row(rows: Sequence[TumourAssessment]) -> TumourAssessment | None:
    return next((row for row in rows if row.baseline and not row.voided), None)


def _lesion_rows(session: Session, baseline: TumourAssessment | None) -> list[Lesion]:
    if baseline is None:
        return []
    return list(session.scalars(select(Lesion).where(Lesion.baseline_id == baseline.id)
                                .order_by(Lesion.id)))


def _diameters(session: Session, rows: Sequence[TumourAssessment]
               ) -> dict[int, dict[int, LesionMeasurement]]:
    ids = [row.id for row in rows]
    found: dict[int, dict[int, LesionMeasurement]] = {row_id: {} for row_id in ids}
    if ids:
        for m in session.scalars(select(LesionMeasurement).where(
                LesionMeasurement.assessment_id.in_(ids))):
            found[m.assessment_id][m.lesion_id] = m
    return found


def _core_lesions(lesions: Sequence[Lesion], at_baseline: Mapping[int, LesionMeasurement]
                  ) -> list[recist.Lesion]:
    return [recist.Lesion(row.key, row.organ, row.target, row.node,
                          at_baseline[row.id].diameter_mm if row.id in at_baseline else None)
            for row in lesions]


def _view(row: TumourAssessment, measured: Mapping[int, LesionMeasurement],
          keys: Mapping[int, str], point: TimePoint | None) -> AssessmentView:
    return AssessmentView(
        row.id, row.assessed_on, row.baseline, row.method,
        {keys[lesion_id]: m.diameter_mm for lesion_id, m in measured.items() if lesion_id in keys},
        row.non_target, row.new_lesion, row.new_lesion_site or "", row.cea_ng_ml,
        row.cea_text or "", row.note or "", row.recorded_by, row.recorded_at, point, row.voided,
        row.void_reason or "")


def response_in_session(session: Session, patient: Patient, randomized_on: date,
                        until: date | None = None) -> ResponseRecord:
    """`until`: a data cut-off; scans after it are not seen."""
    rules = site_rules.recist_rules(session)
    rows = [row for row in _assessment_rows(session, patient.id)
            if until is None or row.assessed_on <= until]
    base_row = _baseline_row(rows)
    lesions = _lesion_rows(session, base_row)
    keys = {row.id: row.key for row in lesions}
    measured = _diameters(session, rows)
    core = _core_lesions(lesions, measured[base_row.id] if base_row else {})
    later = [row for row in rows if not row.voided and not row.baseline]
    series = [Measurements(row.assessed_on,
                           {keys[lid]: m.diameter_mm for lid, m in measured[row.id].items()
                            if lid in keys},
                           NonTarget(row.non_target or NonTarget.NOT_EVALUATED), row.new_lesion)
              for row in later]
    points = recist.assess(core, series, rules) if base_row else []
    assessments = [_view(row, measured[row.id], keys, point)
                   for row, point in zip(later, points, strict=True)]
    baseline_view = _view(base_row, measured[base_row.id], keys, None) if base_row else None
    # A scan after the liver resection measures what surgery left, not the chemotherapy.
    resected_on = _resected_on(session, patient.id)
    before = [p for p in points if resected_on is None or p.on <= resected_on]
    best = (recist.best_overall_response(before, base_row.assessed_on, rules)
            if base_row and points else None)
    lesion_views = [LesionView(row.key, row.organ, row.target, row.node, row.site or "",
                               lesion.diameter_mm)
                    for row, lesion in zip(lesions, core, strict=True)]
    voided = [_view(row, measured[row.id], keys, None) for row in rows if row.voided]
    return ResponseRecord(patient.id, randomized_on, lesion_views, baseline_view, assessments,
                          best, rules.stable_disease_min_days, voided)


def _resected_on(session: Session, patient_id: int) -> date | None:
    row = outcome_row(session, patient_id)
    return row.surgery_date if row is not None and row.liver_resection == RESECTED else None


def response_of(ws: Workspace, patient_id: int) -> ResponseRecord:
    ws.require(Action.VIEW_RECORDS)
    with ws.db.read_session() as session:
        patient = patients.patient_on_study(session, patient_id, what=FOR_RANDOMIZED)
        return response_in_session(session, patient, randomization_date(patient, ws.zone))


# ---- recording ------------------------------------------------------------------------------

def _method(text: str) -> str:
    if text not in Method.__members__.values():
        raise ValidationError(msg("Choose the imaging method: CT or MRI."), field="method")
    return text


def record_baseline(ws: Workspace, entry: BaselineInput, *, today: date | None = None) -> int:
    """The baseline scan and its lesions (RECIST 1.1 section 3); one standing per patient."""
    ws.require(Action.RECORD_TUMOUR_ASSESSMENT)
    with ws.session(reason="tumour assessment: baseline recorded") as session:
        patient = patients.patient_on_study(session, entry.patient_id, what=FOR_RANDOMIZED)
        on = check_baseline_date(entry.assessed_on, today=today or ws.today())
        _check_before_death(session, patient, on)
        method = _method(entry.method)
        core = baseline_lesions(entry.lesions, site_rules.recist_rules(session))
        cea = cea_ng_ml(entry.cea_text)
        if _baseline_row(_assessment_rows(session, patient.id)) is not None:
            raise ConflictError(msg("The baseline of {display_id} is already recorded.",
                                    display_id=patient.display_id),
                                hint=msg("Void it with a reason to record it again."))
        row = TumourAssessment(patient_id=patient.id, assessed_on=on, baseline=True,
                               method=method, new_lesion=False, cea_text=_typed(entry.cea_text),
                               cea_ng_ml=cea, note=entry.note.strip() or None,
                               recorded_by=ws.user.username, voided=False)
        session.add(row)
        session.flush()
        for lesion, typed in zip(core, entry.lesions, strict=True):
            lesion_row = Lesion(patient_id=patient.id, baseline_id=row.id, key=lesion.key,
                                organ=lesion.organ, target=lesion.target, node=lesion.node,
                                site=typed.site.strip() or None)
            session.add(lesion_row)
            session.flush()
            if lesion.diameter_mm is not None:
                session.add(LesionMeasurement(assessment_id=row.id, lesion_id=lesion_row.id,
                                              diameter_mm=lesion.diameter_mm,
                                              diameter_text=typed.diameter_text.strip()))
        session.flush()
        return row.id


def _check_before_death(session: Session, patient: Patient, on: date) -> None:
    """A scan that arrives late is entered after a death, but never dated after it."""
    died = patients.deaths(session, patient.id).get(patient.id)
    if died is not None and on > died:
        raise ValidationError(msg("The scan date {on} is after {display_id}'s death on {died}: "
                                  "check the date (or void the contact that records the death "
                                  "if it is wrong).", on=Day(on), display_id=patient.display_id,
                                  died=Day(died)), field="assessed_on")


def _typed(text: str) -> str | None:
    return text.strip() or None


def record_assessment(ws: Workspace, entry: AssessmentInput, *,
                      today: date | None = None) -> int:
    """A later assessment: every target measured (or marked not assessed), the non-target
    status, whether a new lesion appeared, and CEA."""
    ws.require(Action.RECORD_TUMOUR_ASSESSMENT)
    with ws.session(reason="tumour assessment recorded") as session:
        patient = patients.patient_on_study(session, entry.patient_id, what=FOR_RANDOMIZED)
        rows = _assessment_rows(session, patient.id)
        base_row = _baseline_row(rows)
        on = check_assessment_date(
            entry.assessed_on, baseline_on=base_row.assessed_on if base_row else None,
            randomized_on=randomization_date(patient, ws.zone), today=today or ws.today(),
            taken=[row.assessed_on for row in rows if not row.voided])
        assert base_row is not None  # check_assessment_date refuses without one
        _check_before_death(session, patient, on)
        if entry.baseline_id is not None and entry.baseline_id != base_row.id:
            raise ConflictError(msg("The baseline of {display_id} was changed while this "
                                    "assessment was typed: its lesions may not be the ones "
                                    "shown.", display_id=patient.display_id),
                                hint=msg("Close the dialog and open it again."))
        method = _method(entry.method)
        lesions = _lesion_rows(session, base_row)
        core = _core_lesions(lesions, {})
        sizes = measured_targets(core, entry.diameters)
        non_target = check_non_target(entry.non_target, core)
        if entry.new_lesion and not entry.new_lesion_site.strip():
            raise ValidationError(msg("Say where the new lesion is (organ and site)."),
                                  field="new_lesion_site")
        cea = cea_ng_ml(entry.cea_text)
        has_non_targets = any(not lesion.target for lesion in core)
        row = TumourAssessment(
            patient_id=patient.id, assessed_on=on, baseline=False, method=method,
            non_target=non_target.value if has_non_targets else None,
            new_lesion=entry.new_lesion,
            new_lesion_site=entry.new_lesion_site.strip() or None if entry.new_lesion else None,
            cea_text=_typed(entry.cea_text), cea_ng_ml=cea, note=entry.note.strip() or None,
            recorded_by=ws.user.username, voided=False)
        session.add(row)
        session.flush()
        for lesion_row in lesions:
            if lesion_row.key in sizes:
                typed = entry.diameters.get(lesion_row.key)
                session.add(LesionMeasurement(assessment_id=row.id, lesion_id=lesion_row.id,
                                              diameter_mm=sizes[lesion_row.key],
                                              diameter_text=typed.strip() if typed else None))
        session.flush()
        return row.id


def void_assessment(ws: Workspace, assessment_id: int, reason: str) -> None:
    """Void an assessment recorded in error; a baseline only once nothing stands on it."""
    ws.require(Action.VOID_TUMOUR_ASSESSMENT)
    text = reason_for_voiding(reason, ASSESSMENT)
    with ws.session(reason=text) as session:
        row = row_to_void(session, TumourAssessment, assessment_id, ASSESSMENT)
        if row.baseline and any(not other.voided and not other.baseline
                                for other in _assessment_rows(session, row.patient_id)):
            raise ConflictError(msg("Later assessments are measured against this baseline: "
                                    "void them first, then the baseline."))
        row.voided, row.void_reason = True, text
