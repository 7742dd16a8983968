"""Screening: register candidates, fill in and confirm the eligibility checklist, the log.

The checklist is evaluated by core.eligibility every time it is saved; the stored status and
reasons are a snapshot of that one result. Confirming is a signed step (password re-entry);
after it the checklist is read-only and a correction needs a reason and a new signature.
"""

from __future__ import annotations

import csv
import json
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import TypedDict

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hai_desktop.core.eligibility import (
    Answer,
    AssessmentContext,
    EligibilityResult,
    Status,
    evaluate,
    protocol_checklist,
)
from hai_desktop.core.errors import ConflictError, NotFound, ValidationError
from hai_desktop.core.i18n import DataText, Moment, message_from_record, message_record, msg
from hai_desktop.core.names import checked_name, derive_initials, is_latin_letters
from hai_desktop.core.spreadsheet import inert_cell
from hai_desktop.core.units import parse_quantity
from hai_desktop.services import signing, site_rules
from hai_desktop.services.patients import PatientSummary, summary_of
from hai_desktop.services.permissions import Action
from hai_desktop.services.randomization import stratum_factors_missing
from hai_desktop.services.workspace import Workspace
from hai_desktop.store import audit
from hai_desktop.store.models import (
    Patient,
    PatientStatus,
    ScreeningAnswer,
    ScreeningRecord,
    Signature,
    utc_now,
)

# Re-exported for the screens; the records live in hai_desktop.views, which reports import.
from hai_desktop.views import ConsortCounts as ConsortCounts
from hai_desktop.views import ScreeningLogRow as ScreeningLogRow

SIGNATURE_ENTITY = "screenings"
PRE_RANDOMIZATION = {PatientStatus.SCREENING, PatientStatus.ELIGIBLE, PatientStatus.INELIGIBLE}
YES_NO = ("yes", "no")


# ---- registration -----------------------------------------------------------------------------

@dataclass(frozen=True)
class Registration:
    family_name: str
    given_name: str
    hospital_record_number: str
    sex: str
    date_of_birth: date | None
    consent_date: date | None
    initials: str = ""
    # The name in Latin letters (as on the passport): needed for a name written in Hangul.
    latin_family_name: str = ""
    latin_given_name: str = ""


def _check_name(text: str, field: str, what: str) -> str:
    return checked_name(text, field, what)


def _check_latin_name(reg: Registration, family: str, given: str) -> tuple[str, str] | None:
    """The Latin-letter form to store: None where the name itself is in Latin letters."""
    latin_family = _check_name(" ".join(reg.latin_family_name.split()), "latin_family_name",
                               "family name in Latin letters")
    latin_given = _check_name(" ".join(reg.latin_given_name.split()), "latin_given_name",
                              "given name in Latin letters")
    for text, name in ((latin_family, "latin_family_name"), (latin_given, "latin_given_name")):
        if text and not is_latin_letters(text):
            raise ValidationError(msg("Use Latin letters only (A–Z, spaces, hyphens), as on the "
                                      "passport: e.g. KIM and Ji-won."), field=name)
    if latin_family and not latin_given:
        raise ValidationError(msg("Enter the given name in Latin letters too."),
                              field="latin_given_name")
    if latin_given and not latin_family:
        raise ValidationError(msg("Enter the family name in Latin letters too."),
                              field="latin_family_name")
    if latin_family:
        return latin_family, latin_given
    if not (is_latin_letters(family) and is_latin_letters(given)):
        raise ValidationError(msg("Enter the name in Latin letters as well (as on the passport, "
                                  "e.g. KIM Ji-won): initials and exports use it."),
                              field="latin_family_name")
    return None


def _check_registration(reg: Registration, today: date) -> Registration:
    family = _check_name(reg.family_name.strip(), "family_name", "family name")
    given = _check_name(reg.given_name.strip(), "given_name", "given name")
    record = reg.hospital_record_number.strip().upper()
    if not family:
        raise ValidationError(msg("Enter the family name."), field="family_name")
    if not given:
        raise ValidationError(msg("Enter the given name."), field="given_name")
    latin = _check_latin_name(reg, family, given)
    if not record:
        raise ValidationError(msg("Enter the hospital record "
                                  "number."), field="hospital_record_number")
    if reg.sex not in ("F", "M"):
        raise ValidationError(msg("Choose the sex (F or M)."), field="sex")
    if reg.date_of_birth is None:
        raise ValidationError(msg("Enter the date of birth."), field="date_of_birth")
    if reg.date_of_birth > today:
        raise ValidationError(msg("The date of birth is in the future."), field="date_of_birth")
    if reg.consent_date is None:
        raise ValidationError(msg("Enter the date the patient signed the consent form."),
                              field="consent_date")
    if reg.consent_date > today:
        raise ValidationError(msg("The consent date is in the future."), field="consent_date")
    if reg.consent_date < reg.date_of_birth:
        raise ValidationError(msg("The consent date is before the date of birth."),
                              field="consent_date")
    latin_family, latin_given = latin or (family, given)
    initials = (reg.initials.strip().upper() or derive_initials(latin_given, latin_family))
    if not (initials.isascii() and initials.isalpha()) or not 2 <= len(initials) <= 4:
        raise ValidationError(msg("Initials are 2–4 Latin letters (A–Z)."), field="initials")
    return Registration(family, given, record, reg.sex, reg.date_of_birth, reg.consent_date,
                        initials, *(latin or ("", "")))


def _next_screening_number(session: Session) -> str:
    numbers = session.scalars(select(Patient.screening_number)).all()
    highest = max((int(n[2:]) for n in numbers if n.startswith("S-") and n[2:].isdigit()),
                  default=0)
    return f"S-{highest + 1:04d}"


def register_candidate(ws: Workspace, registration: Registration, *,
                       today: date | None = None) -> PatientSummary:
    """A new candidate with the next screening number; the study ID comes at randomization."""
    ws.require(Action.REGISTER_PATIENT)
    reg = _check_registration(registration, today or ws.today())
    with ws.session(reason="candidate registered for screening") as session:
        existing = session.scalar(select(Patient).where(
            func.upper(Patient.hospital_record_number) == reg.hospital_record_number))
        if existing is not None:
            raise ValidationError(
                msg("Hospital record number {hospital_record_number} is already registered as "
                    "{screening_number}: open that patient instead.",
                    hospital_record_number=reg.hospital_record_number,
                    screening_number=existing.screening_number),
                field="hospital_record_number")
        patient = Patient(
            screening_number=_next_screening_number(session), family_name=reg.family_name,
            given_name=reg.given_name, latin_family_name=reg.latin_family_name or None,
            latin_given_name=reg.latin_given_name or None, initials=reg.initials,
            hospital_record_number=reg.hospital_record_number, sex=reg.sex,
            date_of_birth=reg.date_of_birth, consent_date=reg.consent_date,
            status=PatientStatus.SCREENING.value)
        session.add(patient)
        session.flush()
        session.add(ScreeningRecord(patient_id=patient.id,
                                    checklist_version=protocol_checklist().version))
        session.flush()
        return summary_of(patient)


# ---- the checklist ----------------------------------------------------------------------------

@dataclass(frozen=True)
class ScreeningView:
    patient: PatientSummary
    answers: dict[str, Answer]
    prior_adjuvant: str | None
    context: AssessmentContext
    result: EligibilityResult
    confirmed_at: datetime | None = None
    confirmed_by: str | None = None
    confirmed_by_name: str | None = None
    signature_valid: bool | None = None
    history: tuple[str, ...] = field(default_factory=tuple)

    @property
    def confirmed(self) -> bool:
        return self.confirmed_at is not None

    @property
    def randomized(self) -> bool:
        return self.patient.status not in PRE_RANDOMIZATION


def _answer_of(row: ScreeningAnswer) -> Answer:
    return Answer(choice=row.choice, value=row.value, test_date=row.test_date,
                  source=row.source or "", uln=row.uln, details=json.loads(row.details or "{}"))


class _AnswerContent(TypedDict):
    """An answer as stored (and compared for changes): empty text as None."""

    choice: str | None
    value: str | None
    test_date: date | None
    source: str
    uln: str | None
    details: dict[str, str]


def _answer_content(answer: Answer) -> _AnswerContent:
    return {"choice": answer.choice or None, "value": (answer.value or "").strip() or None,
            "test_date": answer.test_date, "source": answer.source.strip(),
            "uln": (answer.uln or "").strip() or None,
            "details": {k: v for k, v in sorted(answer.details.items()) if (v or "").strip()}}


def _find(session: Session, patient_id: int) -> tuple[Patient, ScreeningRecord | None]:
    patient = session.get(Patient, patient_id)
    if patient is None or patient.voided:
        raise NotFound(msg("That patient is not in the registry."))
    return patient, session.scalar(select(ScreeningRecord).where(
        ScreeningRecord.patient_id == patient_id))


def _record(session: Session, patient_id: int) -> tuple[Patient, ScreeningRecord]:
    """For writing: the patient's record, created on first use."""
    patient, record = _find(session, patient_id)
    if record is None:
        record = ScreeningRecord(patient_id=patient_id,
                                 checklist_version=protocol_checklist().version)
        session.add(record)
        session.flush()
    return patient, record


def _stored_answers(session: Session, record: ScreeningRecord) -> dict[str, Answer]:
    rows = session.scalars(select(ScreeningAnswer).where(
        ScreeningAnswer.screening_id == record.id))
    return {row.criterion_id: _answer_of(row) for row in rows}


@dataclass(frozen=True)
class RulesUsed:
    """The site rules an evaluation used; stored with a signed result."""

    uln: dict[str, str]
    lab_window_days: int

    def to_json(self) -> str:
        return json.dumps({"uln": self.uln, "lab_window_days": self.lab_window_days},
                          sort_keys=True, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> RulesUsed:
        raw = json.loads(text)
        return cls({str(k): str(v) for k, v in raw["uln"].items()}, int(raw["lab_window_days"]))


def _rules_now(session: Session) -> RulesUsed:
    return RulesUsed(site_rules.uln_texts(session), site_rules.lab_window_days(session))


def _context(session: Session, patient: Patient, on: date,
             rules: RulesUsed | None = None) -> AssessmentContext:
    """The context of an evaluation: today's site rules, or those a signed result used."""
    rules = rules or _rules_now(session)
    return AssessmentContext(
        assessment_date=on, date_of_birth=patient.date_of_birth, sex=patient.sex,
        uln={kind: parse_quantity(text, kind) for kind, text in rules.uln.items()},
        lab_window_days=rules.lab_window_days)


def _signed_rules(record: ScreeningRecord | None) -> RulesUsed | None:
    if record is None or record.confirmed_at is None or not record.assessment_rules:
        return None
    return RulesUsed.from_json(record.assessment_rules)


def _signed_content(patient: Patient, record: ScreeningRecord, answers: Mapping[str, Answer],
                    result: EligibilityResult, on: date) -> dict[str, object]:
    return {"screening_number": patient.screening_number,
            "site_rules": json.loads(record.assessment_rules or "null"),
            "checklist_version": record.checklist_version,
            "answers": {cid: _answer_content(a) for cid, a in sorted(answers.items())},
            "prior_adjuvant": record.prior_adjuvant, "status": result.status.value,
            "reasons": list(result.reasons), "assessed_on": on}


def assessment_context(ws: Workspace, patient_id: int, on: date | None = None
                       ) -> AssessmentContext:
    """What the live form evaluates against (site ULNs and lab window included)."""
    ws.require(Action.VIEW_RECORDS)
    with ws.db.read_session() as session:
        patient = session.get(Patient, patient_id)
        if patient is None:
            raise NotFound(msg("That patient is not in the registry."))
        return _context(session, patient, on or ws.today())


def load_screening(ws: Workspace, patient_id: int, *, today: date | None = None
                   ) -> ScreeningView:
    ws.require(Action.VIEW_RECORDS)
    with ws.db.read_session() as session:
        patient, record = _find(session, patient_id)
        answers = _stored_answers(session, record) if record else {}
        on = (record.assessed_on if record and record.confirmed_at else None) or \
            (today or ws.today())
        context = _context(session, patient, on, _signed_rules(record))
        result = evaluate(protocol_checklist(), answers, context)
        valid = None
        signer: str | None = None
        history: tuple[str, ...] = ()
        if record is not None and record.signature_id is not None:
            signature = session.get(Signature, record.signature_id)
            assert signature is not None
            signer = signature.full_name
            valid = signing.signature_matches(
                signature, _signed_content(patient, record, answers, result, on))
            # The meaning is the signed record's own words; the rest reads in the reader's.
            history = tuple(
                msg("{when} — {name}: {meaning} (reason: {reason})", when=Moment(
                    s.signed_at, ws.zone), name=s.full_name, meaning=s.meaning, reason=s.reason)
                if s.reason else
                msg("{when} — {name}: {meaning}", when=Moment(s.signed_at, ws.zone),
                    name=s.full_name, meaning=s.meaning)
                for s in session.scalars(select(Signature).where(
                    Signature.entity == SIGNATURE_ENTITY,
                    Signature.entity_id == str(record.id)).order_by(Signature.id)))
        return ScreeningView(
            patient=summary_of(patient), answers=answers,
            prior_adjuvant=record.prior_adjuvant if record else None, context=context,
            result=result, confirmed_at=record.confirmed_at if record else None,
            confirmed_by=record.confirmed_by if record else None, confirmed_by_name=signer,
            signature_valid=valid,
            history=history)


def _write_answers(session: Session, record: ScreeningRecord,
                   answers: Mapping[str, Answer]) -> None:
    known = {c.id for c in protocol_checklist().criteria}
    unknown = sorted(set(answers) - known)
    if unknown:
        raise ValidationError(msg("Unknown checklist items: {unknown}.",
                                  unknown=', '.join(unknown)))
    rows = {r.criterion_id: r for r in session.scalars(select(ScreeningAnswer).where(
        ScreeningAnswer.screening_id == record.id))}
    for criterion_id, answer in answers.items():
        content = _answer_content(answer)
        row = rows.get(criterion_id)
        if row is None:
            row = ScreeningAnswer(screening_id=record.id, criterion_id=criterion_id)
            session.add(row)
        row.choice = content["choice"]
        row.value = content["value"]
        row.test_date = answer.test_date
        row.source = content["source"]
        row.uln = content["uln"]
        row.details = json.dumps(content["details"], sort_keys=True, ensure_ascii=False)


def _check_prior_adjuvant(value: str | None) -> str | None:
    if value in (None, ""):
        return None
    if value not in YES_NO:
        raise ValidationError(msg("Prior adjuvant chemotherapy: answer yes or no."),
                              field="prior_adjuvant")
    return value


def _snapshot(record: ScreeningRecord, result: EligibilityResult) -> None:
    record.status = result.status.value
    # "message" keeps the detail's template too, so a Korean screen or log can show it later.
    record.reasons = json.dumps([{"criterion": o.criterion.id, "text": o.criterion.text,
                                  "detail": o.detail, "message": message_record(o.detail)}
                                 for o in result.failed], ensure_ascii=False)
    record.updated_at = utc_now()


def save_screening(ws: Workspace, patient_id: int, answers: Mapping[str, Answer],
                   prior_adjuvant: str | None, *, today: date | None = None) -> ScreeningView:
    """Save what was entered (partial answers are fine) and re-evaluate."""
    ws.require(Action.EDIT_SCREENING)
    on = today or ws.today()
    with ws.session(reason="screening checklist saved") as session:
        patient, record = _record(session, patient_id)
        if record.confirmed_at is not None:
            raise ConflictError(msg("The checklist is confirmed and read-only."),
                                hint=msg("Use 'Correct…' to change it with a reason and a new "
                                         "signature."))
        record.prior_adjuvant = _check_prior_adjuvant(prior_adjuvant)
        _write_answers(session, record, answers)
        session.flush()
        result = evaluate(protocol_checklist(), _stored_answers(session, record),
                          _context(session, patient, on))
        _snapshot(record, result)
    return load_screening(ws, patient_id, today=on)


def _require_determined(result: EligibilityResult, prior_adjuvant: str | None,
                        ecog: str | None) -> None:
    if result.status is Status.UNDETERMINED:
        raise ConflictError(
            msg("Eligibility is not yet determined: {count} item(s) missing ({missing}{more}).",
                count=len(result.missing),
                missing='; '.join(o.criterion.text for o in result.missing[:3]),
                more='…' if len(result.missing) > 3 else ''),
            hint=msg("Answer every item before confirming."))
    if result.status is Status.ELIGIBLE and stratum_factors_missing(ecog, prior_adjuvant):
        raise ValidationError(
            msg("Record prior adjuvant chemotherapy (yes/no): with ECOG it decides the "
                "randomization stratum."), field="prior_adjuvant")


def _sign_result(ws: Workspace, session: Session, patient: Patient, record: ScreeningRecord,
                 on: date, reason: str | None) -> EligibilityResult:
    answers = _stored_answers(session, record)
    rules = _rules_now(session)
    result = evaluate(protocol_checklist(), answers, _context(session, patient, on, rules))
    record.assessment_rules = rules.to_json()
    _require_determined(result, record.prior_adjuvant, answers.get("ecog", Answer()).choice)
    if record.signature_id is not None:
        previous = session.get(Signature, record.signature_id)
        if previous is not None:
            previous.superseded = True
    record.assessed_on = on
    signature = signing.sign(
        ws, session, entity=SIGNATURE_ENTITY, entity_id=str(record.id),
        meaning=f"eligibility confirmed: {result.status.label.lower()}",
        content=_signed_content(patient, record, answers, result, on), reason=reason)
    _snapshot(record, result)
    record.confirmed_at = signature.signed_at
    record.confirmed_by = ws.user.username
    record.signature_id = signature.id
    patient.status = (PatientStatus.ELIGIBLE if result.status is Status.ELIGIBLE
                      else PatientStatus.INELIGIBLE).value
    return result


def confirm_screening(ws: Workspace, patient_id: int, password: str, *,
                      today: date | None = None) -> ScreeningView:
    """The signed step: only a determined result can be confirmed."""
    ws.require(Action.CONFIRM_ELIGIBILITY)
    on = today or ws.today()
    with ws.db.read_session() as session:
        _patient, found = _find(session, patient_id)
        if found is not None and found.confirmed_at is not None:
            raise ConflictError(msg("The checklist is already confirmed."))
    ws.confirm_password(password, purpose="confirm eligibility")
    with ws.session(reason="eligibility confirmed") as session:
        patient, record = _record(session, patient_id)
        _sign_result(ws, session, patient, record, on, None)
    return load_screening(ws, patient_id, today=on)


def correct_screening(ws: Workspace, patient_id: int, answers: Mapping[str, Answer],
                      prior_adjuvant: str | None, *, reason: str, password: str,
                      today: date | None = None) -> ScreeningView:
    """Change a confirmed checklist: a reason, the password, and a new signature."""
    ws.require(Action.CONFIRM_ELIGIBILITY)
    if not reason.strip():
        raise ValidationError(msg("A correction of a confirmed checklist needs a reason."),
                              field="reason")
    on = today or ws.today()
    with ws.db.read_session() as session:
        patient, found = _find(session, patient_id)
        if found is None or found.confirmed_at is None:
            raise ConflictError(msg("The checklist is not confirmed yet: save it normally."))
        if PatientStatus(patient.status) not in PRE_RANDOMIZATION:
            raise ConflictError(
                msg("This patient is already randomized: the screening record can no longer be "
                    "changed here."),
                hint=msg("Ask the investigator to record a protocol deviation."))
    ws.confirm_password(password, purpose="correct confirmed screening")
    with ws.session(reason=reason.strip()) as session:
        patient, record = _record(session, patient_id)
        record.prior_adjuvant = _check_prior_adjuvant(prior_adjuvant)
        _write_answers(session, record, answers)
        session.flush()
        _sign_result(ws, session, patient, record, on, reason.strip())
    return load_screening(ws, patient_id, today=on)


# ---- the screening log and CONSORT counts -------------------------------------------------------

def screening_log(ws: Workspace) -> list[ScreeningLogRow]:
    ws.require(Action.VIEW_RECORDS)
    rows = []
    with ws.db.read_session() as session:
        query = (select(Patient, ScreeningRecord)
                 .outerjoin(ScreeningRecord, ScreeningRecord.patient_id == Patient.id)
                 .where(Patient.voided.is_(False)).order_by(Patient.screening_number))
        for patient, record in session.execute(query):
            reasons = json.loads(record.reasons) if record else []
            failed = [_failed_criterion(r) for r in reasons]
            confirmed = record is not None and record.confirmed_at is not None
            rows.append(ScreeningLogRow(
                patient_id=patient.id, screening_number=patient.screening_number,
                study_id=patient.study_id,
                initials=patient.initials, sex=patient.sex, consent_date=patient.consent_date,
                patient_status=PatientStatus(patient.status),
                result=Status(record.status) if record else Status.UNDETERMINED,
                confirmed=confirmed,
                assessed_on=record.assessed_on if confirmed and record else None,
                reasons=tuple(msg("{criterion}: {detail}", criterion=criterion,
                                  detail=message_from_record(r.get("message", r["detail"])))
                              for criterion, r in zip(failed, reasons, strict=True)),
                failed_criteria=tuple(failed)))
    return rows


def _failed_criterion(reason: Mapping[str, str]) -> str:
    """A stored reason's criterion: its English text as stored, with the checklist's Korean
    while the criterion still reads so."""
    criterion = next((c for c in protocol_checklist().criteria
                      if c.id == reason.get("criterion")), None)
    korean = criterion.text_ko if criterion is not None and criterion.text == reason["text"] else ""
    return DataText(reason["text"], korean)


def consort_counts(rows: list[ScreeningLogRow]) -> ConsortCounts:
    """Counts for the CONSORT diagram; a patient failing two criteria counts under both."""
    randomized = [r for r in rows if r.patient_status not in PRE_RANDOMIZATION]
    ineligible = [r for r in rows if r.confirmed and r.result is Status.INELIGIBLE]
    eligible = [r for r in rows if r.confirmed and r.result is Status.ELIGIBLE]
    by_reason = Counter(c for r in ineligible for c in r.failed_criteria)
    return ConsortCounts(
        screened=len(rows), not_yet_determined=len(rows) - len(ineligible) - len(eligible),
        ineligible=len(ineligible), ineligible_by_reason=tuple(by_reason.most_common()),
        eligible=len(eligible), randomized=len(randomized),
        eligible_awaiting_randomization=len(eligible) - len(randomized))


CSV_COLUMNS = ("screening_number", "study_id", "initials", "sex", "consent_date",
               "patient_status", "eligibility", "assessed_on", "reasons_for_ineligibility")


def export_screening_log_csv(ws: Workspace, path: Path) -> int:
    """The log as CSV at a path the user chose (pseudonymised: no names, no record numbers)."""
    ws.require(Action.EXPORT_DATA)
    rows = screening_log(ws)
    try:
        with path.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(CSV_COLUMNS)
            for r in rows:
                writer.writerow([inert_cell(text) for text in (
                    r.screening_number, r.study_id or "", r.initials, r.sex,
                    r.consent_date.isoformat() if r.consent_date else "",
                    r.patient_status.value, r.result.value if r.confirmed else "not confirmed",
                    r.assessed_on.isoformat() if r.assessed_on else "", " | ".join(r.reasons))])
    except OSError as exc:
        raise ValidationError(msg("The file {path} could not be written: {strerror}.",
                                  path=path, strerror=exc.strerror),
                              field="path") from exc
    with ws.session() as session:
        audit.record_event(session, "export", "screening_log", None,
                           {"rows": len(rows), "file": path.name})
    return len(rows)


def screening_log_pdf(ws: Workspace) -> bytes:
    """The printable log with CONSORT counts; each print is audited."""
    ws.require(Action.PRINT_REPORTS)
    from hai_desktop import __version__
    from hai_desktop.reports.screening_log import render_screening_log

    rows = screening_log(ws)
    seq, head = ws.db.audit_head()
    pdf = render_screening_log(rows, consort_counts(rows), training=ws.is_training,
                               printed_by=ws.user.full_name, version=__version__,
                               audit_anchor=f"audit #{seq} · {head[:8]}", zone=ws.zone,
                               language=ws.settings.document_language)
    with ws.session() as session:
        audit.record_event(session, "print", "screening_log", None, {"rows": len(rows)})
    return pdf
