"""The trial's data for the statistician: CSV files in a new folder, the same files in one
AES-256 zip archive, and a data dictionary describing every column.

Pseudonymised by default: patients are named by study ID (or, in the screening file, the
screening number of candidates never randomized). Names, initials, dates of birth and hospital
record numbers are added only to an identified export, which needs the user's password as a
second confirmation. Free text (reasons, notes) is exported as it was typed.

`trial_tables` assembles the tables (one read transaction, no files, no Qt); `export_trial_data`
checks the request, writes the folder and the archive without ever overwriting, and audits
what left: the files, their rows, pseudonymised or identified, where, and the reason.
"""

from __future__ import annotations

import csv
import io
import json
import os
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, tzinfo
from pathlib import Path

import pyzipper
from sqlalchemy import select
from sqlalchemy.orm import Session

from hai_desktop.core.catheter import ItemKind, catheter_rules
from hai_desktop.core.ctcae import CTCAE_VERSION
from hai_desktop.core.dosing import BsaFormula, age_in_years
from hai_desktop.core.eligibility import Status
from hai_desktop.core.errors import ValidationError
from hai_desktop.core.follow_up import (
    ContactMethod,
    DeathCause,
    EndReason,
    EndScope,
    ProgressionBasis,
    VitalStatus,
)
from hai_desktop.core.i18n import msg
from hai_desktop.core.names import latin_form
from hai_desktop.core.outcome import MARGIN_SOURCE, RESECTED, RESECTION_CHOICES
from hai_desktop.core.randomization import protocol_design
from hai_desktop.core.recist import NonTarget
from hai_desktop.core.regimens import protocol_regimens
from hai_desktop.core.spreadsheet import inert_cell
from hai_desktop.core.tumour_assessment import Organ
from hai_desktop.services.follow_up import PatientCourse, patient_course
from hai_desktop.services.permissions import Action
from hai_desktop.services.workspace import Workspace
from hai_desktop.store import audit
from hai_desktop.store.models import (
    AdverseEvent,
    CatheterEvent,
    CatheterInspection,
    DoseDecision,
    EnvelopeRecord,
    HaiPainReport,
    LabResult,
    Order,
    OrderLine,
    Patient,
    ResectionOutcome,
    ScreeningAnswer,
    ScreeningRecord,
    ToxicityDecision,
)

EXPORT_FILES = ("patient_summary.csv", "screening.csv", "randomization.csv", "treatment.csv",
                "dose_decisions.csv", "adverse_events.csv", "lab_results.csv",
                "catheter_events.csv", "catheter_inspections.csv", "hai_pain_reports.csv",
                "endpoints.csv", "tumour_assessments.csv", "lesion_measurements.csv",
                "follow_up_contacts.csv", "data_dictionary.csv")
ARCHIVE_PASSWORD_MIN = 12  # issue #9: the archive password has at least 12 characters
DICTIONARY_FILE = "data_dictionary.csv"
NOT_RECORDED = "not recorded"
# Orders that never reached the patient: left out of the treatment file.
_NOT_TREATMENT = ("voided", "rejected")
_GIVEN = ("given", "administered")

# Column types, as the dictionary names them.
TEXT, INTEGER, DECIMAL, DATE, DATETIME, YES_NO, CATEGORY = (
    "text", "integer", "decimal", "date (YYYY-MM-DD)", "date-time (UTC, YYYY-MM-DDThh:mm:ssZ)",
    "yes/no", "category")


@dataclass(frozen=True)
class Column:
    name: str
    type: str
    description: str
    unit: str = ""


@dataclass(frozen=True)
class ExportTable:
    """One CSV file: its columns (in order) and its rows (column name → value)."""

    file_name: str
    description: str
    columns: tuple[Column, ...]
    rows: list[dict[str, object]] = field(default_factory=list)

    @property
    def column_names(self) -> list[str]:
        return [c.name for c in self.columns]


# ---- cells -----------------------------------------------------------------------------------

def cell(value: object) -> str:
    """One value as the CSV holds it: ISO dates, UTC times, yes/no, numbers without noise."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, datetime):
        return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float):
        return f"{value:.4f}".rstrip("0").rstrip(".")
    return inert_cell(str(value))  # typed text never runs as a spreadsheet formula


def csv_bytes(table: ExportTable) -> bytes:
    """UTF-8, one header row, RFC 4180 line ends."""
    out = io.StringIO()
    writer = csv.writer(out)
    names = table.column_names
    writer.writerow(names)
    for row in table.rows:
        unknown = set(row) - set(names)
        if unknown:  # a programming error: every value needs its described column
            raise AssertionError(f"{table.file_name}: undescribed columns {sorted(unknown)}")
        writer.writerow([cell(row.get(name)) for name in names])
    return out.getvalue().encode("utf-8")


# ---- identifiers -----------------------------------------------------------------------------

def _identity_columns(identified: bool) -> tuple[Column, ...]:
    if not identified:
        return ()
    return (
        Column("family_name", TEXT, "Family name as written (Hangul at a Korean site; "
               "identified export only)."),
        Column("given_name", TEXT, "Given name as written (identified export only)."),
        Column("latin_family_name", TEXT, "Family name in Latin letters, as on the passport "
               "(identified export only)."),
        Column("latin_given_name", TEXT, "Given name in Latin letters (identified export "
               "only)."),
        Column("initials", TEXT, "Initials (identified export only)."),
        Column("date_of_birth", DATE, "Date of birth (identified export only)."),
        Column("hospital_record_number", TEXT,
               "Hospital record number (identified export only)."),
    )


def _identity(patient: Patient, identified: bool) -> dict[str, object]:
    if not identified:
        return {}
    latin = latin_form(patient.family_name, patient.given_name, patient.latin_family_name,
                       patient.latin_given_name)
    return {"family_name": patient.family_name, "given_name": patient.given_name,
            "latin_family_name": latin[0] if latin else None,
            "latin_given_name": latin[1] if latin else None, "initials": patient.initials,
            "date_of_birth": patient.date_of_birth,
            "hospital_record_number": patient.hospital_record_number}


STUDY_ID = Column("study_id", TEXT, "Study ID given at randomization (HAI-001 …): the patient's "
                  "pseudonym, the same in every file.")


# ---- the tables ------------------------------------------------------------------------------

@dataclass
class _Data:
    """Everything read in one transaction, so the files agree with each other."""

    patients: list[Patient]
    randomized: list[Patient]
    screenings: dict[int, ScreeningRecord]
    ecog: dict[int, str]
    envelopes: dict[int, EnvelopeRecord]
    orders: dict[int, list[Order]]
    lines: dict[int, list[OrderLine]]
    outcomes: dict[int, ResectionOutcome]
    zone: tzinfo  # the site's: a date in the export is the calendar day at the site

    def local_date(self, moment: datetime | None) -> date | None:
        return None if moment is None else moment.astimezone(self.zone).date()

    @property
    def study_ids(self) -> dict[int, str | None]:
        """Randomized patients' study IDs by patient id: every per-patient file keys on them."""
        return {p.id: p.study_id for p in self.randomized}


def _read(session: Session, zone: tzinfo) -> _Data:
    patients = list(session.scalars(select(Patient).where(Patient.voided.is_(False))
                                    .order_by(Patient.screening_number)))
    randomized = sorted((p for p in patients if p.study_id and p.arm),
                        key=lambda p: p.study_id or "")
    screenings = {s.patient_id: s for s in session.scalars(select(ScreeningRecord))}
    ecog = {s.patient_id: a.choice or "" for s, a in session.execute(
        select(ScreeningRecord, ScreeningAnswer).join(
            ScreeningAnswer, ScreeningAnswer.screening_id == ScreeningRecord.id).where(
            ScreeningAnswer.criterion_id == "ecog"))}
    envelopes = {e.patient_id: e for e in session.scalars(select(EnvelopeRecord).where(
        EnvelopeRecord.status == "used", EnvelopeRecord.patient_id.is_not(None)))
        if e.patient_id is not None}
    orders: dict[int, list[Order]] = defaultdict(list)
    for order in session.scalars(select(Order).where(Order.status.not_in(_NOT_TREATMENT))
                                 .order_by(Order.cycle, Order.day1, Order.id)):
        orders[order.patient_id].append(order)
    lines: dict[int, list[OrderLine]] = defaultdict(list)
    for line in session.scalars(select(OrderLine).order_by(OrderLine.sequence)):
        lines[line.order_id].append(line)
    outcomes = {o.patient_id: o for o in session.scalars(select(ResectionOutcome))}
    return _Data(patients, randomized, screenings, ecog, envelopes, orders, lines, outcomes,
                 zone)


def _screening(data: _Data, identified: bool) -> ExportTable:
    columns = (
        Column("screening_number", TEXT, "Screening number given at registration (S-0001 …); "
               "the pseudonym of candidates never randomized."),
        Column("study_id", TEXT, "Study ID if the patient was randomized, else empty."),
        *_identity_columns(identified),
        Column("sex", CATEGORY, "F or M."),
        Column("age_at_consent_years", INTEGER, "Completed years on the consent date.",
               "years"),
        Column("consent_date", DATE, "Date the patient signed the consent form."),
        Column("patient_status", CATEGORY, "Where the patient is now: screening | eligible | "
               "ineligible | randomized | on_treatment | off_study."),
        Column("eligibility", CATEGORY, "Result of the eligibility checklist (protocol Table "
               "1): eligible | ineligible | not yet determined."),
        Column("eligibility_confirmed", YES_NO, "yes when the result was confirmed (signed) "
               "by a coordinator or investigator; a result not confirmed is provisional."),
        Column("assessed_on", DATE, "Date of the confirmed assessment."),
        Column("ecog_performance_status", CATEGORY, "ECOG performance status at screening "
               "(0-4); empty if not yet answered. A stratification factor."),
        Column("prior_adjuvant_chemotherapy", CATEGORY, "yes | no; empty if not yet answered. "
               "A stratification factor."),
        Column("reasons_for_ineligibility", TEXT, "Each failed criterion with the program's "
               "detail, separated by ' | '."),
    )
    table = ExportTable("screening.csv", "One row per screened candidate (every registered "
                        "patient), in screening-number order.", columns)
    for p in data.patients:
        record = data.screenings.get(p.id)
        confirmed = record is not None and record.confirmed_at is not None
        status = Status(record.status) if record is not None else Status.UNDETERMINED
        reasons = json.loads(record.reasons) if record is not None else []
        table.rows.append({
            "screening_number": p.screening_number, "study_id": p.study_id,
            **_identity(p, identified), "sex": p.sex,
            "age_at_consent_years": (age_in_years(p.date_of_birth, p.consent_date)
                                     if p.consent_date else None),
            "consent_date": p.consent_date, "patient_status": p.status,
            "eligibility": status.label.lower(), "eligibility_confirmed": confirmed,
            "assessed_on": record.assessed_on if confirmed and record else None,
            "ecog_performance_status": data.ecog.get(p.id) or None,
            "prior_adjuvant_chemotherapy": record.prior_adjuvant if record else None,
            "reasons_for_ineligibility": " | ".join(f"{r['text']}: {r['detail']}"
                                                    for r in reasons)})
    return table


def _arm_column() -> Column:
    return Column("arm", CATEGORY, "Allocated arm: hai = HAI oxaliplatin + FOLFIRI + "
                  "targeted therapy (experimental) | control = FOLFIRI + targeted therapy.")


def _randomization(data: _Data) -> ExportTable:
    design = protocol_design()
    columns = (
        STUDY_ID, _arm_column(),
        Column("stratum", CATEGORY, "Stratum of the envelope used: " + "; ".join(
            f"{s.code} = {s.label}" for s in design.strata) + "."),
        Column("stratum_ecog", CATEGORY, "ECOG performance status of the stratum (0 or 1)."),
        Column("stratum_prior_adjuvant", YES_NO, "Prior adjuvant chemotherapy in the "
               "stratum."),
        Column("envelope", TEXT, "Number of the sealed envelope opened (S1-001 …)."),
        Column("randomization_date", DATE, "Local date the envelope was opened."),
        Column("randomized_at_utc", DATETIME, "Moment the allocation was recorded."),
        Column("randomized_by", TEXT, "User name of the coordinator or investigator who "
               "opened the envelope."),
    )
    table = ExportTable("randomization.csv", "One row per randomized patient, in study-ID "
                        "order (stratified permuted blocks, sealed envelopes).", columns)
    for p in data.randomized:
        envelope = data.envelopes.get(p.id)
        stratum = design.stratum(envelope.stratum) if envelope is not None else None
        table.rows.append({
            "study_id": p.study_id, "arm": p.arm,
            "stratum": stratum.code if stratum else None,
            "stratum_ecog": stratum.ecog if stratum else None,
            "stratum_prior_adjuvant": stratum.prior_adjuvant if stratum else None,
            "envelope": envelope.number if envelope else None,
            "randomization_date": data.local_date(p.randomized_at),
            "randomized_at_utc": p.randomized_at,
            "randomized_by": envelope.used_by if envelope else None})
    return table


def _cycles_given(orders: list[Order]) -> list[Order]:
    return [o for o in orders if o.status in _GIVEN]


def _summary(data: _Data, identified: bool) -> ExportTable:
    columns = (
        STUDY_ID, *_identity_columns(identified),
        Column("sex", CATEGORY, "F or M."),
        Column("age_at_randomization_years", INTEGER, "Completed years on the randomization "
               "date.", "years"),
        _arm_column(),
        Column("stratum", CATEGORY, "Stratum code (see randomization.csv)."),
        Column("randomization_date", DATE, "Local date of randomization."),
        Column("patient_status", CATEGORY, "randomized | on_treatment | off_study."),
        Column("cycles_received", INTEGER, "Cycles whose order was recorded as given (status "
               "given or administered).", "cycles"),
        Column("first_cycle_day1", DATE, "Day 1 of the first cycle given."),
        Column("last_cycle_day1", DATE, "Day 1 of the last cycle given."),
        Column("liver_resection", CATEGORY, "Primary endpoint, conversion to liver resection: "
               f"{' | '.join(RESECTION_CHOICES)} | {NOT_RECORDED} (no outcome recorded yet)."),
        Column("resection_date", DATE, "Date of the liver resection (only when resected)."),
        Column("resection_margin", CATEGORY, "R0 | R1 | R2, only when resected "
               f"({MARGIN_SOURCE})."),
        Column("outcome_note", TEXT, "The investigator's note on the outcome."),
        Column("outcome_recorded_on", DATE, "Local date the outcome was first recorded."),
        Column("outcome_corrected_on", DATE, "Local date of the last correction (the reasons "
               "are in the audit trail); empty if never corrected."),
    )
    table = ExportTable("patient_summary.csv", "One row per randomized patient (the "
                        "intention-to-treat population), with the primary endpoint.", columns)
    for p in data.randomized:
        given = _cycles_given(data.orders.get(p.id, []))
        outcome = data.outcomes.get(p.id)
        envelope = data.envelopes.get(p.id)
        randomized_on = data.local_date(p.randomized_at)
        table.rows.append({
            "study_id": p.study_id, **_identity(p, identified), "sex": p.sex,
            "age_at_randomization_years": (age_in_years(p.date_of_birth, randomized_on)
                                           if randomized_on else None),
            "arm": p.arm, "stratum": envelope.stratum if envelope else None,
            "randomization_date": randomized_on, "patient_status": p.status,
            "cycles_received": len({o.cycle for o in given}),
            "first_cycle_day1": min((o.day1 for o in given), default=None),
            "last_cycle_day1": max((o.day1 for o in given), default=None),
            "liver_resection": outcome.liver_resection if outcome else NOT_RECORDED,
            "resection_date": outcome.surgery_date if outcome else None,
            "resection_margin": outcome.margin if outcome else None,
            "outcome_note": outcome.note if outcome else None,
            "outcome_recorded_on": data.local_date(outcome.recorded_at) if outcome else None,
            "outcome_corrected_on": data.local_date(outcome.updated_at) if outcome else None})
    return table


def _treatment(data: _Data) -> ExportTable:
    columns = (
        STUDY_ID,
        Column("order_id", INTEGER, "The order's number (printed on the order sheet)."),
        Column("cycle", INTEGER, "Cycle number."),
        Column("day1", DATE, "Day 1 of the cycle."),
        Column("days_since_previous_day1", INTEGER, "Days from the previous cycle's day 1 "
               "(the protocol's cycle is 14 days; more means a delay); empty for the first.",
               "days"),
        Column("order_status", CATEGORY, "draft | signed | verified | printed | given | "
               "administered (given and checked by a second nurse). Voided and rejected "
               "orders are left out."),
        Column("targeted_agent", CATEGORY, "cetuximab | bevacizumab."),
        Column("height_cm", DECIMAL, "Height used for the dose.", "cm"),
        Column("weight_kg", DECIMAL, "Weight used for the dose.", "kg"),
        Column("bsa_m2", DECIMAL, "Body surface area used for the doses.", "m²"),
        Column("bsa_formula", CATEGORY, "BSA formula: " + " | ".join(f.value for f in BsaFormula)
               + "."),
        Column("creatinine_clearance_ml_min", DECIMAL, "Cockcroft–Gault creatinine "
               "clearance.", "mL/min"),
        Column("drug", CATEGORY, "Drug line: " + ", ".join(
            d.id for d in protocol_regimens().drugs) + "."),
        Column("route", CATEGORY, " | ".join(dict.fromkeys(
            d.route for d in protocol_regimens().drugs)) + " (HAI: hepatic arterial infusion)."),
        Column("dose_basis", CATEGORY, "mg/m2 (per m² BSA) | mg/kg (per kg body weight)."),
        Column("dose_level", INTEGER, "0 = the protocol dose; -1, -2 … reduced levels (site "
               "dose-level table). Levels never go back up."),
        Column("dose_per_unit", DECIMAL, "Dose per m² or per kg at that level (unit: "
               "dose_basis).", "mg/m² or mg/kg"),
        Column("calculated_mg", DECIMAL, "Prescribed dose as calculated: dose_per_unit × BSA "
               "or weight, before rounding.", "mg"),
        Column("final_mg", DECIMAL, "Final dose on the signed order, after rounding.", "mg"),
        Column("given_mg", DECIMAL, "Dose actually given as recorded by the nurse (0: not "
               "given, e.g. HAI withheld); empty until given.", "mg"),
        Column("dose_reduced", YES_NO, "yes when dose_level is below 0."),
        Column("drug_stopped", YES_NO, "yes when the drug was stopped (not given in this "
               "cycle or later)."),
        Column("reduction_or_stop_reason", TEXT, "The investigator's reason for the reduction "
               "or stop, as on the order."),
        Column("started_at_utc", DATETIME, "Start of the infusion."),
        Column("ended_at_utc", DATETIME, "End of the infusion."),
    )
    table = ExportTable("treatment.csv", "One row per drug per cycle order (doses prescribed, "
                        "final and given), by study ID and cycle.", columns)
    for p in data.randomized:
        previous: date | None = None
        for order in data.orders.get(p.id, []):
            gap = (order.day1 - previous).days if previous is not None else None
            previous = order.day1
            for line in data.lines.get(order.id, []):
                table.rows.append({
                    "study_id": p.study_id, "order_id": order.id, "cycle": order.cycle,
                    "day1": order.day1, "days_since_previous_day1": gap,
                    "order_status": order.status, "targeted_agent": order.targeted_agent,
                    "height_cm": order.height_cm, "weight_kg": order.weight_kg,
                    "bsa_m2": order.bsa_m2, "bsa_formula": order.bsa_formula,
                    "creatinine_clearance_ml_min": order.crcl_ml_min, "drug": line.drug_id,
                    "route": line.route, "dose_basis": line.basis, "dose_level": line.level,
                    "dose_per_unit": None if line.stopped else line.dose_per_unit,
                    "calculated_mg": None if line.stopped else line.calculated_mg,
                    "final_mg": None if line.stopped else line.final_mg,
                    "given_mg": line.given_mg, "dose_reduced": line.level < 0,
                    "drug_stopped": line.stopped,
                    "reduction_or_stop_reason": line.reduction_reason,
                    "started_at_utc": line.started_at, "ended_at_utc": line.ended_at})
    return table


def _level_decision(decision: DoseDecision, level_before: int) -> str:
    # Continuing at the same level (e.g. after neuropathy at the decision grade) is recorded
    # as a decision too: it must not read as a reduction.
    if decision.stopped:
        return "stop"
    return "reduce" if decision.level < level_before else "continue"


def _dose_decisions(session: Session, data: _Data) -> ExportTable:
    columns = (
        STUDY_ID,
        Column("decided_on", DATE, "Local date of the decision."),
        Column("cycle", INTEGER, "Cycle the decision applies to (empty: not tied to an order "
               "yet, e.g. a delay)."),
        Column("drug", CATEGORY, "Drug the decision is about (see treatment.csv)."),
        Column("kind", CATEGORY, "dose level = a change of the drug's dose level, a stop, or "
               "continuing at the same level after a finding at the decision grade, made on an "
               "order | toxicity decision = the investigator's answer to an "
               "adverse event attributed to the drug at the site's decision grade (site rule "
               "toxicity_decision_grade, default 3)."),
        Column("decision", CATEGORY, "reduce | stop | delay | continue."),
        Column("dose_level", INTEGER, "New dose level (dose level decisions)."),
        Column("reason", TEXT, "The investigator's reason."),
        Column("adverse_event_id", INTEGER, "The event answered (see adverse_events.csv)."),
        Column("order_id", INTEGER, "The order that carries the decision."),
    )
    table = ExportTable("dose_decisions.csv", "One row per dose reduction, stop, delay or "
                        "continuation, by study ID and date.", columns)
    study_ids = data.study_ids
    rows: list[dict[str, object]] = []
    levels: dict[tuple[int, str], int] = {}  # the level before each decision (0: the start)
    for d in session.scalars(select(DoseDecision).order_by(DoseDecision.decided_at,
                                                            DoseDecision.id)):
        before = levels.get((d.patient_id, d.drug_id), 0)
        levels[(d.patient_id, d.drug_id)] = d.level
        if d.patient_id in study_ids:
            rows.append({"study_id": study_ids[d.patient_id], "decided_on":
                         data.local_date(d.decided_at), "cycle": d.cycle, "drug": d.drug_id,
                         "kind": "dose level", "decision": _level_decision(d, before),
                         "dose_level": d.level, "reason": d.reason, "_at": d.decided_at})
    events = {e.id: e for e in session.scalars(select(AdverseEvent))}
    orders = {o.id: o for orders in data.orders.values() for o in orders}
    for t in session.scalars(select(ToxicityDecision)):
        event = events.get(t.adverse_event_id)
        if event is None or event.patient_id not in study_ids:
            continue
        order = orders.get(t.order_id) if t.order_id is not None else None
        rows.append({"study_id": study_ids[event.patient_id],
                     "decided_on": data.local_date(t.decided_at),
                     "cycle": order.cycle if order else None, "drug": t.drug_id,
                     "kind": "toxicity decision", "decision": t.decision, "reason": t.reason,
                     "adverse_event_id": t.adverse_event_id, "order_id": t.order_id,
                     "_at": t.decided_at})
    rows.sort(key=lambda r: (str(r["study_id"]), r["_at"], str(r["kind"]), str(r["drug"])))
    table.rows.extend({k: v for k, v in r.items() if k != "_at"} for r in rows)
    return table


def _adverse_events(session: Session, data: _Data) -> ExportTable:
    drugs = [d.id for d in protocol_regimens().drugs]
    columns = (
        STUDY_ID,
        Column("event_id", INTEGER, "The event's number."),
        Column("cycle", INTEGER, "Cycle in which the event began."),
        Column("ctcae_term", TEXT, f"CTCAE v{CTCAE_VERSION} term."),
        Column("meddra_code", TEXT, "MedDRA code of the CTCAE term."),
        Column("specify", TEXT, "The words for an 'Other, specify' term."),
        Column("grade", INTEGER, f"CTCAE v{CTCAE_VERSION} grade (1-5)."),
        Column("grade_from_lab", INTEGER, "Grade the program computed from the linked lab "
               "value, when there is one."),
        Column("grade_difference_reason", TEXT, "Why the grade differs from grade_from_lab."),
        Column("lab_result_id", INTEGER, "The lab result graded (see lab_results.csv)."),
        Column("onset_date", DATE, "Onset."),
        Column("resolved_date", DATE, "Resolution; empty while not resolved."),
        Column("serious", YES_NO, "Serious adverse event (SAE)."),
        Column("serious_criterion", TEXT, "The SAE criterion met."),
        Column("action_taken", CATEGORY, "none | dose delayed | dose reduced | drug stopped."),
        Column("outcome", CATEGORY, "recovered/resolved | recovering/resolving | not "
               "recovered/not resolved | recovered with sequelae | fatal | unknown."),
        *(Column(f"attribution_{drug}", CATEGORY, f"Relation to {drug}: unrelated | unlikely "
                 "| possible | probable | definite; empty when the drug is not in the "
                 "patient's regimen.") for drug in drugs),
        Column("note", TEXT, "Free-text note."),
    )
    table = ExportTable("adverse_events.csv", "One row per adverse event (voided events left "
                        "out), by study ID and onset.", columns)
    study_ids = data.study_ids
    query = (select(AdverseEvent).where(AdverseEvent.voided.is_(False))
             .order_by(AdverseEvent.onset, AdverseEvent.id))
    rows = [e for e in session.scalars(query) if e.patient_id in study_ids]
    rows.sort(key=lambda e: str(study_ids[e.patient_id]))  # stable: onset order kept
    for e in rows:
        attributions = json.loads(e.attributions or "{}")
        table.rows.append({
            "study_id": study_ids[e.patient_id], "event_id": e.id, "cycle": e.cycle,
            "ctcae_term": e.term, "meddra_code": e.meddra_code, "specify": e.specify,
            "grade": e.grade, "grade_from_lab": e.computed_grade,
            "grade_difference_reason": e.grade_reason, "lab_result_id": e.lab_result_id,
            "onset_date": e.onset, "resolved_date": e.resolved, "serious": e.serious,
            "serious_criterion": e.serious_criterion, "action_taken": e.action,
            "outcome": e.outcome,
            **{f"attribution_{drug}": attributions.get(drug) for drug in drugs},
            "note": e.note})
    return table


def _lab_results(session: Session, data: _Data) -> ExportTable:
    columns = (
        STUDY_ID,
        Column("lab_id", INTEGER, "The result's number."),
        Column("cycle", INTEGER, "Cycle the sample belongs to (pre-cycle labs: that cycle)."),
        Column("taken_on", DATE, "Date the sample was taken."),
        Column("ctcae_term", TEXT, f"CTCAE v{CTCAE_VERSION} lab term the value is graded "
               "for (e.g. 'Alanine aminotransferase increased' for ALT)."),
        Column("value", DECIMAL, "The value, in the unit of the next column.", "see unit"),
        Column("unit", TEXT, "Unit of value (U/L, mg/dL, ×10⁹/L …)."),
        Column("value_as_entered", TEXT, "The value as typed, with its unit."),
        Column("uln_as_entered", TEXT, "Upper limit of normal used, as typed or the site's."),
        Column("lln_as_entered", TEXT, "Lower limit of normal used."),
        Column("uln_multiple", DECIMAL, "value ÷ upper limit of normal.", "× ULN"),
        Column("ctcae_grade", INTEGER, "Grade computed by the program (0: within the "
               "limits)."),
    )
    table = ExportTable("lab_results.csv", "One row per lab result (voided results left out), "
                        "by study ID and date.", columns)
    study_ids = data.study_ids
    query = (select(LabResult).where(LabResult.voided.is_(False))
             .order_by(LabResult.taken_on, LabResult.id))
    rows = [r for r in session.scalars(query) if r.patient_id in study_ids]
    rows.sort(key=lambda r: str(study_ids[r.patient_id]))
    for r in rows:
        table.rows.append({
            "study_id": study_ids[r.patient_id], "lab_id": r.id, "cycle": r.cycle,
            "taken_on": r.taken_on, "ctcae_term": r.term, "value": r.value, "unit": r.unit,
            "value_as_entered": r.value_text, "uln_as_entered": r.uln_text,
            "lln_as_entered": r.lln_text, "uln_multiple": r.uln_multiple,
            "ctcae_grade": r.grade})
    return table


def _catheter_events(session: Session, data: _Data) -> ExportTable:
    rules = catheter_rules()
    columns = (
        STUDY_ID,
        Column("event_id", INTEGER, "The event's number."),
        Column("occurred_on", DATE, "Date of the event."),
        Column("event", CATEGORY, " | ".join(k.id for k in rules.event_kinds) + "."),
        Column("complication", CATEGORY, " | ".join(c.id for c in rules.complications)
               + " (complications only)."),
        Column("operator", TEXT, "Who did it (staff)."),
        Column("reason", TEXT, "Why it was done, or what was found."),
        Column("access_route", CATEGORY, " | ".join(a.id for a in rules.access_routes)
               + " (implantation and reinsertion)."),
        Column("port_location", TEXT, "Where the port lies."),
        Column("tip_position", TEXT, "Where the catheter tip lies."),
        Column("notes", TEXT, "Free-text notes."),
    )
    table = ExportTable("catheter_events.csv", "One row per HAI catheter event (implantation, "
                        "revision, repositioning, removal, reinsertion, complication; voided "
                        "entries left out), by study ID and date.", columns)
    study_ids = data.study_ids
    query = (select(CatheterEvent).where(CatheterEvent.voided.is_(False))
             .order_by(CatheterEvent.occurred_on, CatheterEvent.id))
    rows = [e for e in session.scalars(query) if e.patient_id in study_ids]
    rows.sort(key=lambda e: str(study_ids[e.patient_id]))
    for e in rows:
        table.rows.append({
            "study_id": study_ids[e.patient_id], "event_id": e.id, "occurred_on": e.occurred_on,
            "event": e.kind, "complication": e.complication, "operator": e.operator,
            "reason": e.reason, "access_route": e.access_route,
            "port_location": e.port_location, "tip_position": e.tip_position,
            "notes": e.notes})
    return table


def _answer_text(value: object) -> object:
    return value if isinstance(value, bool | None) else str(value)


def _catheter_inspections(session: Session, data: _Data) -> ExportTable:
    rules = catheter_rules()
    columns = (
        STUDY_ID,
        Column("inspection_id", INTEGER, "The inspection's number."),
        Column("inspected_on", DATE, "Date of the HAI use the inspection was for."),
        Column("inspected_at_utc", DATETIME, "Moment of the inspection."),
        Column("outcome", CATEGORY, " | ".join(o.id for o in rules.outcomes) + "."),
        Column("outcome_reason", TEXT, "Why not fit."),
        Column("findings", TEXT, "Checklist items found to be a problem, separated by ' | '."),
        Column("explanation", TEXT, "Why 'fit' despite a finding."),
        Column("action", CATEGORY, " | ".join(a.id for a in rules.actions) + "."),
        Column("needle_gauge", TEXT, "Huber needle gauge."),
        Column("last_perfusion_check_on", DATE, "Date of the last angiographic or Tc-99m MAA "
               "perfusion check."),
        Column("last_perfusion_check_result", TEXT, "Its result."),
        Column("perfusion_check_due", YES_NO, "A new perfusion check was due (site rule)."),
        Column("inspector_role", CATEGORY, "nurse | interventional_radiologist."),
        *(Column(f"answer_{item.id}", YES_NO if item.kind is ItemKind.YES_NO else CATEGORY,
                 f"Checklist: {item.text}"
                 + (f" ({' | '.join(item.choices)})" if item.choices else ""))
          for item in rules.items),
    )
    table = ExportTable("catheter_inspections.csv", "One row per catheter inspection before "
                        "an HAI use (voided inspections left out), by study ID and time.",
                        columns)
    study_ids = data.study_ids
    query = (select(CatheterInspection).where(CatheterInspection.voided.is_(False))
             .order_by(CatheterInspection.inspected_at, CatheterInspection.id))
    rows = [i for i in session.scalars(query) if i.patient_id in study_ids]
    rows.sort(key=lambda i: str(study_ids[i.patient_id]))
    for i in rows:
        answers = json.loads(i.answers or "{}")
        table.rows.append({
            "study_id": study_ids[i.patient_id], "inspection_id": i.id,
            "inspected_on": i.inspected_on, "inspected_at_utc": i.inspected_at,
            "outcome": i.outcome, "outcome_reason": i.outcome_reason,
            "findings": " | ".join(rules.item(f).text
                                   for f in json.loads(i.findings or "[]")),
            "explanation": i.explanation, "action": i.action, "needle_gauge": i.needle_gauge,
            "last_perfusion_check_on": i.last_check_on,
            "last_perfusion_check_result": i.last_check_result,
            "perfusion_check_due": i.check_due, "inspector_role": i.inspector_role,
            **{f"answer_{item.id}": _answer_text(answers.get(item.id))
               for item in rules.items}})
    return table


def _pain_reports(session: Session, data: _Data) -> ExportTable:
    columns = (
        STUDY_ID,
        Column("report_id", INTEGER, "The report's number."),
        Column("order_id", INTEGER, "The order being given (see treatment.csv)."),
        Column("reported_at_utc", DATETIME, "When the pain was reported."),
        Column("location", CATEGORY, "epigastric | abdominal | catheter or port site."),
        Column("infusion", CATEGORY, "stopped | continued."),
        Column("action", TEXT, "What was done."),
    )
    table = ExportTable("hai_pain_reports.csv", "One row per report of pain during an HAI "
                        "infusion, by study ID and time.", columns)
    study_ids = data.study_ids
    query = select(HaiPainReport).order_by(HaiPainReport.reported_at, HaiPainReport.id)
    rows = [r for r in session.scalars(query) if r.patient_id in study_ids]
    rows.sort(key=lambda r: str(study_ids[r.patient_id]))
    for r in rows:
        table.rows.append({"study_id": study_ids[r.patient_id], "report_id": r.id,
                           "order_id": r.order_id, "reported_at_utc": r.reported_at,
                           "location": r.location, "infusion": r.infusion,
                           "action": r.action})
    return table


# ---- response, follow-up and the derived endpoints (issue #20) -------------------------------

def _endpoints(courses: Mapping[str, PatientCourse], resected: Mapping[str, bool]
               ) -> ExportTable:
    columns = (
        STUDY_ID, _arm_column(),
        Column("randomization_date", DATE, "Local date of randomization: time zero of OS and "
               "PFS."),
        Column("liver_resection", YES_NO, "Primary endpoint: liver metastases resected "
               "(patient_summary.csv has the date and margin)."),
        Column("best_overall_response", CATEGORY, "RECIST 1.1 best overall response: CR | PR "
               "| SD | Non-CR/non-PD | PD | NE; empty before any assessment after baseline. SD "
               "counts from the site's minimum days after baseline (site rule "
               "recist_stable_disease_min_days)."),
        Column("objective_response", YES_NO, "Best overall response CR or PR (the objective "
               "response rate's numerator)."),
        Column("os_months", DECIMAL, "Overall survival: randomization to death from any "
               "cause, or to censoring at the last date known alive (a contact, a scan, a "
               "cycle given).", "months (30.44 days)"),
        Column("os_event", YES_NO, "yes: died (an event); no: censored."),
        Column("os_date", DATE, "The date of death or of censoring."),
        Column("pfs_months", DECIMAL, "Progression-free survival: randomization to the first "
               "progression (RECIST PD, or reported at follow-up) or death, or to censoring at "
               "the last adequate tumour assessment (at randomization when there is none). A "
               "resection is not an event.", "months (30.44 days)"),
        Column("pfs_event", YES_NO, "yes: progressed or died (an event); no: censored."),
        Column("pfs_date", DATE, "The date of the event or of censoring."),
        Column("vital_status", CATEGORY, "alive | dead | lost to follow-up (the latest "
               "follow-up contact; alive when none)."),
        Column("treatment_ended_on", DATE, "The last day of protocol treatment; empty while "
               "it goes on."),
        Column("treatment_end_reason", CATEGORY, " | ".join(r.value for r in EndReason) + "."),
        Column("hai_ended_on", DATE, "Experimental arm: the day HAI alone stopped, 5-FU and "
               "leucovorin going on."),
        Column("hai_end_reason", CATEGORY, "As treatment_end_reason, for HAI alone."),
    )
    table = ExportTable("endpoints.csv", "One row per randomized patient: the derived "
                        "endpoints by intention to treat, with their censoring rules (data "
                        "dictionary). Computed on the day of the export.", columns)
    for study_id, course in courses.items():
        ends = {end.scope: end for end in course.ends}
        ended, hai = ends.get(EndScope.ALL), ends.get(EndScope.HAI_ONLY)
        best = course.response.best
        table.rows.append({
            "study_id": study_id, "arm": course.arm.value,
            "randomization_date": course.randomized_on, "liver_resection": resected[study_id],
            "best_overall_response": best.value if best else None,
            "objective_response": course.objective_response,
            "os_months": course.os.months, "os_event": course.os.event,
            "os_date": course.os.on, "pfs_months": course.pfs.months,
            "pfs_event": course.pfs.event, "pfs_date": course.pfs.on,
            "vital_status": course.vital_status,
            "treatment_ended_on": ended.ended_on if ended else None,
            "treatment_end_reason": ended.reason if ended else None,
            "hai_ended_on": hai.ended_on if hai else None,
            "hai_end_reason": hai.reason if hai else None})
    return table


def _tumour_assessments(courses: Mapping[str, PatientCourse]) -> ExportTable:
    columns = (
        STUDY_ID,
        Column("assessment_id", INTEGER, "The assessment's number."),
        Column("assessed_on", DATE, "Date of the scan."),
        Column("baseline", YES_NO, "yes: the baseline, whose lesions the others are measured "
               "against."),
        Column("method", CATEGORY, "CT | MRI."),
        Column("sum_of_diameters_mm", DECIMAL, "Sum of the target lesions' diameters (a "
               "node's short axis); empty when a target was not assessed.", "mm"),
        Column("change_from_baseline_percent", DECIMAL, "Change of the sum from baseline.",
               "%"),
        Column("nadir_mm", DECIMAL, "The smallest sum before this scan, baseline included.",
               "mm"),
        Column("change_from_nadir_percent", DECIMAL, "Change of the sum from the nadir.", "%"),
        Column("target_response", CATEGORY, "CR | PR | SD | PD | NE (RECIST 1.1 section "
               "4.3.1)."),
        Column("non_target_response", CATEGORY, "CR | Non-CR/non-PD | PD | NE; empty without "
               "non-target lesions."),
        Column("new_lesion", YES_NO, "An unequivocal new lesion (progression)."),
        Column("overall_response", CATEGORY, "The time-point response, RECIST 1.1 Tables 1 "
               "and 2."),
        Column("cea_ng_ml", DECIMAL, "CEA at the assessment (ng/mL and µg/L are the same "
               "number); empty when not measured.", "ng/mL"),
    )
    table = ExportTable("tumour_assessments.csv", "One row per standing tumour assessment "
                        "(voided ones left out), responses computed by RECIST 1.1.", columns)
    for study_id, course in courses.items():
        response = course.response
        for scan in response.scans:
            point = scan.point
            table.rows.append({
                "study_id": study_id, "assessment_id": scan.id, "assessed_on": scan.assessed_on,
                "baseline": scan.baseline, "method": scan.method,
                "sum_of_diameters_mm": (response.baseline_sum_mm if scan.baseline
                                        else point.sum_mm if point else None),
                "change_from_baseline_percent": point.from_baseline_percent if point else None,
                "nadir_mm": point.nadir_mm if point else None,
                "change_from_nadir_percent": point.from_nadir_percent if point else None,
                "target_response": point.target.value if point and point.target else None,
                "non_target_response": (point.non_target.value if point and point.non_target
                                        else None),
                "new_lesion": scan.new_lesion if not scan.baseline else None,
                "overall_response": point.overall.value if point else None,
                "cea_ng_ml": scan.cea_ng_ml})
    return table


def _lesions(courses: Mapping[str, PatientCourse]) -> ExportTable:
    columns = (
        STUDY_ID,
        Column("lesion", TEXT, "T1 … T5: target lesions; NT1 …: non-target lesions."),
        Column("organ", CATEGORY, " | ".join(o.value for o in Organ) + "."),
        Column("node", YES_NO, "A lymph node (measured in short axis)."),
        Column("site", TEXT, "Where in the organ, as typed."),
        Column("assessed_on", DATE, "Date of the scan."),
        Column("diameter_mm", DECIMAL, "Longest diameter (a node's short axis); empty when "
               "not assessed or, for a non-target, not measured.", "mm"),
        Column("non_target_status", CATEGORY, "Non-target lesions as a whole after baseline: "
               + " | ".join(s.value for s in NonTarget) + "."),
    )
    table = ExportTable("lesion_measurements.csv", "One row per lesion per standing "
                        "assessment, the baseline first.", columns)
    for study_id, course in courses.items():
        response = course.response
        scans = response.scans
        for lesion in response.lesions:
            for scan in scans:
                table.rows.append({
                    "study_id": study_id, "lesion": lesion.key, "organ": lesion.organ,
                    "node": lesion.node, "site": lesion.site or None,
                    "assessed_on": scan.assessed_on,
                    "diameter_mm": scan.diameters.get(lesion.key),
                    "non_target_status": (scan.non_target if not lesion.target
                                          and not scan.baseline else None)})
    return table


def _follow_up_contacts(courses: Mapping[str, PatientCourse]) -> ExportTable:
    columns = (
        STUDY_ID,
        Column("contact_id", INTEGER, "The contact's number."),
        Column("contacted_on", DATE, "Date of the contact."),
        Column("method", CATEGORY, " | ".join(m.value for m in ContactMethod) + "."),
        Column("vital_status", CATEGORY, " | ".join(v.value for v in VitalStatus) + "."),
        Column("death_on", DATE, "Date of death (dead only)."),
        Column("death_cause", CATEGORY, " | ".join(c.value for c in DeathCause) + "."),
        Column("last_alive_on", DATE, "The last date known alive: the contact's date when "
               "alive, the last known when lost to follow-up."),
        Column("progression_on", DATE, "A progression learnt of at this contact."),
        Column("progression_basis", CATEGORY, " | ".join(b.value for b in ProgressionBasis)
               + "."),
    )
    table = ExportTable("follow_up_contacts.csv", "One row per standing follow-up contact "
                        "(voided ones left out), oldest first.", columns)
    for study_id, course in courses.items():
        for c in reversed(course.contacts):
            table.rows.append({
                "study_id": study_id, "contact_id": c.id, "contacted_on": c.contacted_on,
                "method": c.method, "vital_status": c.status, "death_on": c.death_on,
                "death_cause": c.death_cause, "last_alive_on": c.last_alive_on,
                "progression_on": c.progression_on, "progression_basis": c.progression_basis})
    return table


def _courses(session: Session, data: _Data, today: date) -> dict[str, PatientCourse]:
    return {p.study_id or "": patient_course(session, p, data.zone, today)
            for p in data.randomized}


def data_dictionary(tables: Iterable[ExportTable]) -> ExportTable:
    """Every column of every file (this one too) with its type, unit and meaning; a row with
    an empty column name describes the file itself."""
    columns = (
        Column("file", TEXT, "The CSV file."),
        Column("column", TEXT, "The column's name in the header row; empty on the row that "
               "describes the file itself."),
        Column("type", TEXT, f"{TEXT} | {INTEGER} | {DECIMAL} | {DATE} | {DATETIME} | "
               f"{YES_NO} | {CATEGORY}; 'file' on the row describing the file."),
        Column("unit", TEXT, "Unit of a number; empty when it has none."),
        Column("description", TEXT, "What the column holds (allowed values for categories); "
               "an empty cell in any file means not recorded or not applicable."),
    )
    dictionary = ExportTable(DICTIONARY_FILE, "Describes every column of every file of this "
                             "export.", columns)
    for table in [*tables, dictionary]:
        dictionary.rows.append({"file": table.file_name, "column": "", "type": "file",
                                "description": table.description})
        dictionary.rows.extend({"file": table.file_name, "column": c.name, "type": c.type,
                                "unit": c.unit, "description": c.description}
                               for c in table.columns)
    return dictionary


def trial_tables(ws: Workspace, *, identified: bool = False) -> list[ExportTable]:
    """Every file of the export, the dictionary last, read in one transaction."""
    ws.require(Action.EXPORT_TRIAL_DATA)
    with ws.db.read_session() as session:
        data = _read(session, ws.zone)
        courses = _courses(session, data, ws.today())
        resected = {p.study_id or "": (o := data.outcomes.get(p.id)) is not None
                    and o.liver_resection == RESECTED for p in data.randomized}
        tables = [_summary(data, identified), _screening(data, identified),
                  _randomization(data), _treatment(data), _dose_decisions(session, data),
                  _adverse_events(session, data), _lab_results(session, data),
                  _catheter_events(session, data), _catheter_inspections(session, data),
                  _pain_reports(session, data), _endpoints(courses, resected),
                  _tumour_assessments(courses), _lesions(courses),
                  _follow_up_contacts(courses)]
    return [*tables, data_dictionary(tables)]


# ---- writing ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class ExportResult:
    folder: Path | None  # None: an identified export, written to the encrypted archive only
    archive: Path
    rows: dict[str, int]  # file → data rows
    identified: bool

    @property
    def total_rows(self) -> int:
        return sum(n for name, n in self.rows.items() if name != DICTIONARY_FILE)


def archive_path(folder: Path) -> Path:
    """The archive lies beside the folder: <folder>.zip."""
    return folder.with_name(folder.name + ".zip")


def check_archive_password(password: str) -> None:
    if len(password) < ARCHIVE_PASSWORD_MIN:
        raise ValidationError(
            msg("The archive password needs at least {ARCHIVE_PASSWORD_MIN} characters (it has "
                "{count}): the archive leaves this workstation, so choose a long one.",
                ARCHIVE_PASSWORD_MIN=ARCHIVE_PASSWORD_MIN, count=len(password)),
            field="archive_password")
    if password != password.strip():
        raise ValidationError(msg("The archive password must not start or end with a space."),
                              field="archive_password")
    if len(set(password)) < 4:
        raise ValidationError(msg("The archive password is too easy to guess: use more different "
                                  "characters."), field="archive_password")


def check_target(folder: Path) -> Path:
    """The new folder (absolute); refused if it or its archive exists, or has nowhere to go."""
    folder = folder.expanduser().absolute()
    if not folder.name or folder.name in (".", ".."):
        raise ValidationError(msg("Name the new folder for the export."), field="folder")
    if not folder.parent.is_dir():
        raise ValidationError(msg("The folder {parent} does not exist: choose an existing folder "
                                  "to put the export in.", parent=folder.parent), field="folder")
    for path in (folder, archive_path(folder)):
        if path.exists() or path.is_symlink():
            raise ValidationError(msg("{path} already exists: choose a new name for the export "
                                      "(nothing is ever overwritten).", path=path), field="folder")
    return folder


@contextmanager
def _undo_on_failure(folder: Path) -> Iterator[list[Path]]:
    """Remove what this export created if it does not finish (files it made, never others)."""
    created: list[Path] = []
    try:
        yield created
    except BaseException:
        for path in reversed(created):
            try:
                if path == folder:
                    path.rmdir()
                else:
                    path.unlink()
            except OSError:
                pass
        raise


def _write_new(path: Path, data: bytes, created: list[Path]) -> None:
    # "x": never overwrite, even a file that appeared since the check.
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    created.append(path)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)


def _archive_bytes(folder_name: str, files: Mapping[str, bytes], password: str) -> bytes:
    buffer = io.BytesIO()
    with pyzipper.AESZipFile(buffer, "w", compression=pyzipper.ZIP_DEFLATED,
                             encryption=pyzipper.WZ_AES) as archive:
        archive.setpassword(password.encode("utf-8"))
        archive.setencryption(pyzipper.WZ_AES, nbits=256)
        for name, data in files.items():
            archive.writestr(f"{folder_name}/{name}", data)
    return buffer.getvalue()


def export_trial_data(ws: Workspace, folder: Path, *, reason: str, archive_password: str,
                      identified: bool = False, confirm_password: str | None = None
                      ) -> ExportResult:
    """Write the export to the new `folder` and `<folder>.zip` (AES-256) beside it; audited.

    An identified export (names, dates of birth, record numbers) needs the user's own
    password again in `confirm_password`: a second, deliberate confirmation."""
    ws.require(Action.EXPORT_TRIAL_DATA)
    if not reason.strip():
        raise ValidationError(msg("Give the reason for the export (e.g. 'interim analysis for the "
                                  "DSMB'): it is kept in the audit trail."), field="reason")
    check_archive_password(archive_password)
    folder = check_target(folder)
    archive = archive_path(folder)
    if identified:
        if not confirm_password:
            raise ValidationError(msg("An identified export needs your password as a second "
                                      "confirmation."), field="confirm_password")
        ws.confirm_password(confirm_password, purpose="identified trial data export")
    tables = trial_tables(ws, identified=identified)
    files = {t.file_name: csv_bytes(t) for t in tables}
    rows = {t.file_name: len(t.rows) for t in tables}
    try:
        with _undo_on_failure(folder) as created:
            if not identified:  # names and record numbers never land unencrypted (issue #18)
                folder.mkdir(mode=0o700)
                created.append(folder)
                for name, data in files.items():
                    _write_new(folder / name, data, created)
            _write_new(archive, _archive_bytes(folder.name, files, archive_password), created)
            with ws.session(reason=reason.strip()) as session:
                audit.record_event(session, "export", "trial_data", None, {
                    "pseudonymised": not identified,
                    "identifiers": ("names, initials, dates of birth, hospital record numbers"
                                    if identified else "study ID and screening number only"),
                    "folder": None if identified else str(folder), "archive": archive.name,
                    "files": rows, "rows": sum(rows.values()) - rows[DICTIONARY_FILE]})
    except OSError as exc:
        raise ValidationError(msg("The export could not be written to {parent}: {strerror}. "
                                  "Nothing of it was kept.",
                                  parent=folder.parent, strerror=exc.strerror),
                              field="folder") from exc
    return ExportResult(None if identified else folder, archive, rows, identified)
