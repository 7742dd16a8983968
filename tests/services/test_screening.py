"""Screening through the services on a real encrypted file: registration, the checklist,
signed confirmation and correction, the log, CSV and PDF read back."""

from __future__ import annotations

import csv
import io
from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from hai_desktop.core.eligibility import Answer, Status
from hai_desktop.core.errors import (
    AuthenticationError,
    ConflictError,
    PermissionDenied,
    ValidationError,
)
from hai_desktop.services import site_rules
from hai_desktop.services.audit_trail import audit_page
from hai_desktop.services.demo_screening import eligible_answers
from hai_desktop.services.patients import list_patients
from hai_desktop.services.screening import (
    CSV_COLUMNS,
    Registration,
    confirm_screening,
    consort_counts,
    correct_screening,
    export_screening_log_csv,
    load_screening,
    register_candidate,
    save_screening,
    screening_log,
    screening_log_pdf,
)
from hai_desktop.services.workspace import Workspace, sign_in
from hai_desktop.settings import Settings
from hai_desktop.store.models import PatientStatus
from tests.helpers import database_key, raw_connection

TODAY = date.today()


def registration(**changes: object) -> Registration:
    base = {"family_name": "Kwon", "given_name": "Min-seo", "hospital_record_number": "tr-555",
            "sex": "F", "date_of_birth": date(1970, 4, 2),
            "consent_date": TODAY - timedelta(days=1)}
    return Registration(**(base | changes))  # type: ignore[arg-type]


@pytest.fixture
def coordinator(demo_db: Path, settings: Settings) -> Workspace:
    ws = sign_in(demo_db, "coordinator", "coral-training", settings)
    yield ws  # type: ignore[misc]
    ws.db.close()


def patient_id(ws: Workspace, number: str) -> int:
    return list_patients(ws, number)[0].id


# ---- registration ---------------------------------------------------------------------------

def test_registration_gives_the_next_screening_number(coordinator: Workspace) -> None:
    patient = register_candidate(coordinator, registration())
    assert patient.screening_number == "S-0011"
    assert patient.initials == "MSK" and patient.hospital_record_number == "TR-555"
    assert patient.status is PatientStatus.SCREENING and patient.study_id is None
    view = load_screening(coordinator, patient.id)
    assert view.result.status is Status.UNDETERMINED and not view.confirmed
    assert register_candidate(coordinator, registration(hospital_record_number="TR-556")
                              ).screening_number == "S-0012"


@pytest.mark.parametrize("changes, field, message", [
    ({"hospital_record_number": "tr-7730142"}, "hospital_record_number",
     "already registered as S-0001"),
    ({"date_of_birth": TODAY + timedelta(days=1)}, "date_of_birth", "in the future"),
    ({"consent_date": TODAY + timedelta(days=1)}, "consent_date", "in the future"),
    ({"consent_date": date(1960, 1, 1)}, "consent_date", "before the date of birth"),
    ({"family_name": "  "}, "family_name", "family name"),
    ({"sex": "X"}, "sex", "F or M"),
    ({"date_of_birth": None}, "date_of_birth", "Enter the date of birth"),
    ({"initials": "K1"}, "initials", "2–4 Latin letters"),
    ({"initials": "김지"}, "initials", "2–4 Latin letters"),
    ({"family_name": "김", "given_name": "지원"}, "latin_family_name", "in Latin letters as well"),
    ({"family_name": "김", "given_name": "지원", "latin_family_name": "Kim"}, "latin_given_name",
     "given name in Latin letters too"),
    ({"family_name": "김", "given_name": "지원", "latin_family_name": "김",
      "latin_given_name": "Ji-won"}, "latin_family_name", "Latin letters only"),
    ({"family_name": "K" * 101}, "family_name", "longer than 100"),
    ({"given_name": "Min\x00seo"}, "given_name", "control character"),
])
def test_registration_refusals_name_the_field(coordinator: Workspace, changes: dict[str, object],
                                              field: str, message: str) -> None:
    with pytest.raises(ValidationError, match=message) as info:
        register_candidate(coordinator, registration(**changes))
    assert info.value.field == field
    assert len(list_patients(coordinator)) == 10


@pytest.mark.parametrize("family, given_name, latin, written, initials", [
    ("김", "지원", ("Kim", "Ji-won"), "김지원", "JWK"),
    ("남궁", "하늘", ("Namgung", "Haneul"), "남궁하늘", "HN"),
])
def test_a_hangul_name_is_kept_with_its_latin_form(coordinator: Workspace, family: str,
                                                   given_name: str, latin: tuple[str, str],
                                                   written: str, initials: str) -> None:
    patient = register_candidate(coordinator, registration(
        family_name=family, given_name=given_name, latin_family_name=f" {latin[0]} ",
        latin_given_name=latin[1]))
    assert (patient.family_name, patient.given_name, patient.latin) == (family, given_name, latin)
    assert patient.full_name == written and patient.initials == initials
    assert patient.name == f"{written} · {latin[0].upper()}, {latin[1]}"
    for term in (written, given_name, latin[1].lower(), f"{latin[1]} {latin[0]}"):
        assert [p.id for p in list_patients(coordinator, term)] == [patient.id], term


def test_a_latin_name_needs_no_second_form(coordinator: Workspace) -> None:
    patient = register_candidate(coordinator, registration())
    assert patient.latin == ("Kwon", "Min-seo") and patient.name == "KWON, Min-seo"


def test_a_nurse_cannot_register_or_edit(demo_db: Path, settings: Settings) -> None:
    nurse = sign_in(demo_db, "nurse", "navy-training", settings)
    with pytest.raises(PermissionDenied):
        register_candidate(nurse, registration())
    with pytest.raises(PermissionDenied):
        save_screening(nurse, patient_id(nurse, "S-0001"), {}, None)
    assert load_screening(nurse, patient_id(nurse, "S-0001")).result.status is \
        Status.UNDETERMINED  # reading is fine
    nurse.sign_out()


# ---- the checklist --------------------------------------------------------------------------

def new_candidate(ws: Workspace) -> int:
    return register_candidate(ws, registration()).id


def test_partial_then_complete_then_confirmed(coordinator: Workspace) -> None:
    pid = new_candidate(coordinator)
    answers = eligible_answers(TODAY)
    view = save_screening(coordinator, pid, {"ecog": answers["ecog"]}, None)
    assert view.result.status is Status.UNDETERMINED
    assert len(view.result.missing_answers) == 19  # age is computed from the date of birth
    view = save_screening(coordinator, pid, answers, "no")
    assert view.result.status is Status.ELIGIBLE and view.prior_adjuvant == "no"
    with pytest.raises(AuthenticationError):
        confirm_screening(coordinator, pid, "not-my-password")
    assert not load_screening(coordinator, pid).confirmed
    view = confirm_screening(coordinator, pid, "coral-training")
    assert view.confirmed and view.confirmed_by == "coordinator"
    assert view.signature_valid is True
    assert view.patient.status is PatientStatus.ELIGIBLE
    assert "Eun-ji Yoon: eligibility confirmed: eligible" in view.history[0]
    with pytest.raises(ConflictError, match="confirmed and read-only"):
        save_screening(coordinator, pid, answers, "no")
    actions = [(r.action, r.entity) for r in audit_page(coordinator, limit=30)]
    assert ("create", "signatures") in actions and ("update", "patients") in actions


def test_an_undetermined_checklist_cannot_be_confirmed(coordinator: Workspace) -> None:
    pid = new_candidate(coordinator)
    answers = eligible_answers(TODAY)
    del answers["anc"]
    save_screening(coordinator, pid, answers, "no")
    with pytest.raises(ConflictError, match=r"not yet determined: 1 item\(s\) missing \(ANC"):
        confirm_screening(coordinator, pid, "coral-training")


def test_eligible_needs_the_stratification_factor(coordinator: Workspace) -> None:
    pid = new_candidate(coordinator)
    save_screening(coordinator, pid, eligible_answers(TODAY), None)
    with pytest.raises(ValidationError, match="prior adjuvant chemotherapy") as info:
        confirm_screening(coordinator, pid, "coral-training")
    assert info.value.field == "prior_adjuvant"


def test_ineligible_is_confirmed_with_every_reason(coordinator: Workspace) -> None:
    pid = new_candidate(coordinator)
    answers = eligible_answers(TODAY) | {
        "anc": Answer(value="900 /µL", test_date=TODAY),
        "extrahepatic": Answer(choice="yes")}
    save_screening(coordinator, pid, answers, None)
    view = confirm_screening(coordinator, pid, "coral-training")
    assert view.patient.status is PatientStatus.INELIGIBLE
    assert [o.criterion.id for o in view.result.failed] == ["anc", "extrahepatic"]


def test_correction_needs_reason_and_password_and_signs_again(coordinator: Workspace) -> None:
    pid = new_candidate(coordinator)
    answers = eligible_answers(TODAY)
    save_screening(coordinator, pid, answers, "yes")
    confirm_screening(coordinator, pid, "coral-training")
    changed = answers | {"platelets": Answer(value="85", test_date=TODAY, source="repeat")}
    with pytest.raises(ValidationError, match="needs a reason"):
        correct_screening(coordinator, pid, changed, "yes", reason=" ", password="coral-training")
    with pytest.raises(AuthenticationError):
        correct_screening(coordinator, pid, changed, "yes", reason="lab typo", password="wrong")
    assert load_screening(coordinator, pid).result.status is Status.ELIGIBLE
    view = correct_screening(coordinator, pid, changed, "yes", reason="platelets mistyped",
                             password="coral-training")
    assert view.result.status is Status.INELIGIBLE
    assert view.patient.status is PatientStatus.INELIGIBLE
    assert len(view.history) == 2 and "reason: platelets mistyped" in view.history[1]
    assert view.signature_valid is True
    reasons = [r.reason for r in audit_page(coordinator, limit=10)]
    assert "platelets mistyped" in reasons


def test_a_randomized_patients_screening_cannot_be_corrected(coordinator: Workspace) -> None:
    pid = patient_id(coordinator, "S-0004")
    view = load_screening(coordinator, pid)
    assert view.randomized
    with pytest.raises(ConflictError, match="already randomized"):
        correct_screening(coordinator, pid, view.answers, "yes", reason="x",
                          password="coral-training")


def test_an_answer_changed_behind_the_applications_back_breaks_the_signature(
        coordinator: Workspace, demo_db: Path) -> None:
    pid = patient_id(coordinator, "S-0003")
    assert load_screening(coordinator, pid).signature_valid is True
    coordinator.db.close()
    key = database_key(demo_db, "coordinator", "coral-training")
    with raw_connection(demo_db, key) as conn:
        conn.execute("UPDATE screening_answers SET value = '0.9 ×10⁹/L' WHERE criterion_id = "
                     "'anc' AND screening_id = (SELECT id FROM screenings WHERE patient_id = ?)",
                     (pid,))
    ws = sign_in(demo_db, "monitor", "mint-training", coordinator.settings)
    assert load_screening(ws, pid).signature_valid is False
    ws.sign_out()


def test_site_rules_change_the_evaluation_and_are_audited(coordinator: Workspace,
                                                          demo_db: Path) -> None:
    pid = new_candidate(coordinator)
    answers = eligible_answers(TODAY) | {"alt": Answer(value="230 U/L", test_date=TODAY)}
    assert save_screening(coordinator, pid, answers, "no").result.status is Status.INELIGIBLE
    with pytest.raises(PermissionDenied):
        site_rules.set_site_rule(coordinator, "uln_alt", "50 U/L", "lab changed its range")
    investigator = sign_in(demo_db, "investigator", "indigo-training", coordinator.settings)
    with pytest.raises(ValidationError, match="reason"):
        site_rules.set_site_rule(investigator, "uln_alt", "50 U/L", "")
    with pytest.raises(ValidationError, match="not a unit for ALT"):
        site_rules.set_site_rule(investigator, "uln_alt", "50 mg/dL", "x")
    site_rules.set_site_rule(investigator, "uln_alt", "50 U/L", "lab changed its range")
    rule = next(r for r in site_rules.list_site_rules(investigator) if r.spec.key == "uln_alt")
    assert rule.value == "50 U/L" and not rule.is_default and "reference range" in rule.spec.source
    last = audit_page(investigator, limit=1)[0]
    assert (last.entity, last.reason) == ("site_rules", "lab changed its range")
    investigator.sign_out()
    assert load_screening(coordinator, pid).result.status is Status.ELIGIBLE  # 230 ≤ 5 × 50


# ---- log, CSV, PDF --------------------------------------------------------------------------

def test_log_and_consort_counts(coordinator: Workspace) -> None:
    rows = screening_log(coordinator)
    assert [r.screening_number for r in rows] == [f"S-{i:04d}" for i in range(1, 11)]
    counts = consort_counts(rows)
    assert (counts.screened, counts.not_yet_determined, counts.ineligible, counts.eligible,
            counts.randomized, counts.eligible_awaiting_randomization) == (10, 1, 1, 8, 7, 1)
    assert dict(counts.ineligible_by_reason) == {"Total bilirubin ≤ 1.5 × ULN": 1,
                                                 "Extrahepatic metastasis": 1}


def test_csv_export_is_pseudonymised_and_audited(coordinator: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "log.csv"
    assert export_screening_log_csv(coordinator, path) == 10
    text = path.read_text(encoding="utf-8")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert tuple(rows[0]) == CSV_COLUMNS
    by_number = {r["screening_number"]: r for r in rows}
    assert by_number["S-0002"]["eligibility"] == "ineligible"
    assert "Extrahepatic metastasis" in by_number["S-0002"]["reasons_for_ineligibility"]
    assert by_number["S-0001"]["eligibility"] == "not confirmed"
    assert by_number["S-0005"]["study_id"] == "HAI-002"
    for secret in ("Sung-min", "TR-7730388", "Hwang"):
        assert secret not in text
    assert audit_page(coordinator, limit=1)[0].action == "export"


def test_csv_export_to_an_unwritable_place_says_so(coordinator: Workspace,
                                                   tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="could not be written"):
        export_screening_log_csv(coordinator, tmp_path / "missing-folder" / "log.csv")


def test_pdf_log_read_back(coordinator: Workspace) -> None:
    reader = PdfReader(io.BytesIO(screening_log_pdf(coordinator)))
    text = "\n".join(page.extract_text() for page in reader.pages)
    for expected in ("Screening log", "TRAINING", "CONSORT counts", "S-0002", "S-0007",
                     "Extrahepatic metastasis", "Total bilirubin", "Page 1 of 2", "S-0010",
                     "hai-desktop 0.1.0", "audit #"):
        assert expected in text, expected
    assert "Sung-min" not in text and "TR-7730388" not in text
    assert audit_page(coordinator, limit=1)[0].action == "print"


def test_a_later_site_rule_change_does_not_rewrite_a_confirmed_result(
        coordinator: Workspace, demo_db: Path) -> None:
    pid = patient_id(coordinator, "S-0002")  # ineligible: bilirubin 2.0 × ULN (1.2 mg/dL)
    investigator = sign_in(demo_db, "investigator", "indigo-training", coordinator.settings)
    site_rules.set_site_rule(investigator, "uln_total_bilirubin", "2.0 mg/dL", "new range")
    investigator.sign_out()
    view = load_screening(coordinator, pid)
    assert view.signature_valid is True
    assert view.result.status is Status.INELIGIBLE
    assert "1.2 mg/dL" in view.result.outcome("total_bilirubin").detail
    assert view.confirmed_by_name == "Eun-ji Yoon"
    # A new checklist is evaluated with the rule in force now.
    fresh = new_candidate(coordinator)
    answers = eligible_answers(TODAY) | {"total_bilirubin": Answer(value="2.4 mg/dL",
                                                                   test_date=TODAY)}
    assert save_screening(coordinator, fresh, answers, "no").result.status is Status.ELIGIBLE
