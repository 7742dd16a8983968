"""The toxicity summary, the catheter log, the screening log and the envelope set printed in
Korean (settings.document_language = "ko") through the services on a real encrypted demo copy,
for patients named 김지원 and 남궁 하늘, and read back: the Korean headings are there, the names
come back as text, the English headings are not, and the clinical terms staff read in English
(CTCAE terms, drug names, units, identifiers) stay as they are. English is the default.

The Korean is read from the translation file (text_in), and must differ from the English: an
entry left untranslated fails here rather than printing English in a Korean document."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date, timedelta

import pdfplumber
import pytest

from hai_desktop.core.arms import Arm
from hai_desktop.core.eligibility import protocol_checklist
from hai_desktop.core.i18n import text_in
from hai_desktop.services import catheter, catheter_report, randomization, toxicity_report
from hai_desktop.services.patients import PatientSummary
from hai_desktop.services.screening import screening_log_pdf
from hai_desktop.services.workspace import Workspace
from tests.services.conftest import People
from tests.services.test_catheter import clean_answers
from tests.services.test_hangul_documents import NAMES, randomized_hangul_patient
from tests.services.test_toxicity_report import add_event, add_lab

TODAY = date.today()


def korean(context: str, english: str) -> str:
    """`english`'s Korean in the translation file; it must have one."""
    text = text_in("ko", context, english)
    assert text != english, f"{context}: {english!r} has no Korean translation"
    return text


def words(pdf: bytes) -> str:
    """Every page's text with its whitespace made single spaces (cells wrap lines)."""
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        # Without the TRAINING watermark's big letters, which fall in among the text.
        pages = [page.filter(lambda o: o.get("object_type") != "char" or o["size"] < 40)
                 for page in document.pages]
        return " ".join(" ".join((page.extract_text() or "").split()) for page in pages)


def in_korean(ws: Workspace) -> Workspace:
    ws.settings = replace(ws.settings, document_language="ko")
    return ws


@pytest.fixture
def hangul_patients(people: People) -> dict[Arm, PatientSummary]:
    """김지원 and 남궁 하늘, one in each arm."""
    patients = [randomized_hangul_patient(people, *name) for name in NAMES]
    assert {p.arm for p in patients} == {Arm.HAI, Arm.CONTROL}
    return {p.arm: p for p in patients if p.arm is not None}


def test_the_toxicity_summary_in_korean(people: People,
                                        hangul_patients: dict[Arm, PatientSummary]) -> None:
    nurse = people["nurse"]
    for patient in hangul_patients.values():
        add_event(nurse, patient.id, "Diarrhea", 3, 1, 6, related="irinotecan")
        add_lab(nurse, patient.id, "Alanine aminotransferase increased", "80 U/L", 5)
        pdf = toxicity_report.toxicity_summary(in_korean(nurse), patient.id)
        text = words(pdf)
        for heading in ("Toxicity summary — CTCAE v4.03", "Worst grade per term and cycle",
                        "Liver tests (× upper limit of normal)", "Adverse events",
                        "Dose decisions after grade ≥ 3 events", "Onset / resolved"):
            assert korean("ToxicitySummary", heading) in text, heading
            assert heading not in text, heading
        for kept in (patient.full_name, "Diarrhea", "CTCAE v4.03", "irinotecan", "ALT"):
            assert kept in text, kept
        assert f"{TODAY - timedelta(days=6):%Y-%m-%d}" in text  # the onset, as Korean dates are
        assert "unrelated to all drugs" not in text and "no action" not in text
        # The stored outcome and attribution print as the interface labels them.
        assert korean("AdverseEventOutcome", "recovered/resolved") in text
        assert korean("Attribution", "probable") in text
        assert "recovered/resolved" not in text and "probable" not in text


def test_the_catheter_log_in_korean(people: People,
                                    hangul_patients: dict[Arm, PatientSummary]) -> None:
    patient = hangul_patients[Arm.HAI]
    nurse, radiologist = people["nurse"], people["radiologist"]
    catheter.record_catheter_event(radiologist, catheter.CatheterEventInput(
        patient_id=patient.id, kind="implanted", occurred_on=TODAY - timedelta(days=2),
        operator="Dr Tae-hyun Kang", access_route="femoral",
        port_location="right lower abdomen", tip_position="gastroduodenal artery"))
    catheter.record_inspection(nurse, catheter.InspectionInput(
        patient_id=patient.id, answers=clean_answers(), outcome="fit", action="none"))
    catheter.record_hai_pain(nurse, patient.id, None, location="epigastric",
                             infusion=catheter.INFUSION_STOPPED,
                             action="infusion stopped, IR called")
    text = words(catheter_report.catheter_log_report(in_korean(nurse), patient.id))
    for heading in ("HAI catheter log", "The catheter now", "Access route",
                    "Last angiographic / perfusion check", "Findings and details",
                    "Across the trial", "Complications by type", "Pain during HAI"):
        assert korean("CatheterLog", heading) in text, heading
        assert heading not in text, heading
    for kept in (patient.full_name, "Dr Tae-hyun Kang"):
        assert kept in text, kept
    # The pain's location is a choice of the form: printed as the form shows it in Korean.
    assert korean("PainLocation", "epigastric") in text and "epigastric" not in text
    assert korean("", "findings: none") in text and "findings:" not in text
    assert korean("CatheterLog", "in place since {day}").format(
        day=f"{TODAY - timedelta(days=2):%Y-%m-%d}") in text
    assert "pain during HAI reported" not in text and "in place since" not in text


def test_the_screening_log_in_korean(people: People,
                                     hangul_patients: dict[Arm, PatientSummary]) -> None:
    text = words(screening_log_pdf(in_korean(people["coordinator"])))
    for heading in ("Screening log — TRAINING", "CONSORT counts", "Candidates",
                    "Reasons for ineligibility", "Eligible, awaiting randomization"):
        assert korean("ScreeningLog", heading) in text, heading
        assert heading not in text, heading
    # Pseudonymised: the initials from the Latin letters, never a name.
    assert "JWK" in text and "HN" in text
    assert not any(p.full_name in text for p in hangul_patients.values())
    # The failed criterion as stored (English, of record), printed with the checklist's Korean.
    bilirubin = next(c for c in protocol_checklist().criteria
                     if c.text.startswith("Total bilirubin"))
    assert "S-0002" in text and bilirubin.text_in("ko") in text
    assert "Total bilirubin" not in text


def test_the_envelope_set_in_korean(people: People) -> None:
    text = words(randomization.envelope_set_pdf(in_korean(people["coordinator"]),
                                                ["S1-002", "S2-002"]))
    for heading in ("LABEL · outside of the envelope", "CARD · inside the envelope",
                    "Patient screening no.", "Opened by (signature)"):
        assert korean("Envelopes", heading) in text, heading
        assert heading not in text, heading
    assert "S1-002" in text and "ECOG 0" in text and "HAI" in text


def test_english_stays_the_default(people: People,
                                   hangul_patients: dict[Arm, PatientSummary]) -> None:
    nurse = people["nurse"]
    patient = hangul_patients[Arm.CONTROL]
    assert nurse.settings.document_language == "en"
    text = words(toxicity_report.toxicity_summary(nurse, patient.id))
    assert "Toxicity summary — CTCAE v4.03" in text and patient.full_name in text
    assert "LABEL · outside of the envelope" in words(
        randomization.envelope_set_pdf(people["coordinator"], ["S2-003"]))
