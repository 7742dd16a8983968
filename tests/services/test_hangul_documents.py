"""Hangul in print: every document type for patients named 김지원 and 남궁 하늘, made through the
services on a real encrypted demo copy and read back: the names come back as text (not empty
boxes), beside their Latin-letter form; mixed Hangul, Latin and clinical signs on one line; the
fonts embedded as subsets, so the files stay small."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date, timedelta

import pdfplumber
import pytest
from pypdf import PdfReader

from hai_desktop.core.arms import Arm
from hai_desktop.services import catheter, catheter_report, randomization, toxicity_report
from hai_desktop.services import orders as o
from hai_desktop.services.demo_screening import eligible_answers
from hai_desktop.services.patients import PatientSummary, get_patient
from hai_desktop.services.screening import (
    Registration,
    confirm_screening,
    register_candidate,
    save_screening,
    screening_log_pdf,
)
from tests.services.conftest import PASSWORDS, People
from tests.services.test_order_sheet import order_input

TODAY = date.today()
# (family, given, Latin family, Latin given, ECOG): ECOG 1 puts 남궁 하늘 in another stratum, so
# the two are randomized from different envelope lists.
NAMES = [("김", "지원", "Kim", "Ji-won", "0"), ("남궁", "하늘", "Namgung", "Haneul", "1")]
KB = 1024


def text_of(pdf: bytes) -> str:
    """All pages' text as pdfplumber reads it (through the fonts' ToUnicode maps)."""
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        return "\n".join(page.extract_text() or "" for page in document.pages)


def fonts_of(pdf: bytes) -> set[str]:
    reader = PdfReader(io.BytesIO(pdf))
    names: set[str] = set()
    for page in reader.pages:
        fonts = page["/Resources"].get_object().get("/Font", {})
        names |= {str(f.get_object()["/BaseFont"]) for f in fonts.values()}
    return names


def randomized_hangul_patient(people: People, family: str, given: str, latin_family: str,
                              latin_given: str, ecog: str) -> PatientSummary:
    inv = people["investigator"]
    password = PASSWORDS["investigator"]
    patient = register_candidate(inv, Registration(
        family_name=family, given_name=given, latin_family_name=latin_family,
        latin_given_name=latin_given, hospital_record_number=f"TR-{latin_family.upper()}",
        sex="F", date_of_birth=date(1962, 5, 9), consent_date=TODAY - timedelta(days=3)))
    save_screening(inv, patient.id, eligible_answers(TODAY, ecog=ecog), "no", today=TODAY)
    confirm_screening(inv, patient.id, password, today=TODAY)
    offer = randomization.next_envelope(inv, patient.id)
    card = randomization.peek_card_for_training(inv, offer.number)
    randomization.randomize(inv, patient.id, envelope_number=offer.number, arm_on_card=card,
                            password=password)
    randomized = get_patient(inv, patient.id)
    assert randomized is not None
    return randomized


@pytest.fixture
def hangul_patients(people: People) -> list[PatientSummary]:
    return [randomized_hangul_patient(people, *name) for name in NAMES]


def test_every_document_reads_back_with_the_hangul_names(people: People,
                                                          hangul_patients: list[PatientSummary]
                                                          ) -> None:
    inv, radiologist = people["investigator"], people["radiologist"]
    assert {p.arm for p in hangul_patients} == {Arm.HAI, Arm.CONTROL}, "one of each arm"
    for patient in hangul_patients:
        order_id = o.create_order(inv, replace(order_input(inv, "S-0005"),
                                               patient_id=patient.id))
        documents = {"order sheet": o.order_preview_pdf(inv, order_id),
                     "toxicity summary": toxicity_report.toxicity_summary(inv, patient.id)}
        if patient.arm is Arm.HAI:
            catheter.record_catheter_event(radiologist, catheter.CatheterEventInput(
                patient_id=patient.id, kind="implanted", occurred_on=TODAY - timedelta(days=2),
                operator="Dr Tae-hyun Kang", access_route="femoral",
                port_location="right lower abdomen", tip_position="gastroduodenal artery"))
            documents["catheter log"] = catheter_report.catheter_log_report(inv, patient.id)
        assert patient.latin is not None
        written = patient.full_name
        latin = f"{patient.latin[0].upper()}, {patient.latin[1]}"
        for kind, pdf in documents.items():
            text = text_of(pdf)
            assert written in text, f"{written} not read back from the {kind}"
            assert latin in text, f"{latin} not read back from the {kind}"
            assert "NanumGothic" in " ".join(fonts_of(pdf)), kind
            assert len(pdf) < 400 * KB, f"the {kind} embeds whole fonts ({len(pdf) // KB} KB)"
    # The screening log is pseudonymised: initials from the Latin letters, never a name.
    log = text_of(screening_log_pdf(people["coordinator"]))
    assert "JWK" in log and "HN" in log
    assert not any(p.full_name in log for p in hangul_patients)


def test_the_two_documents_with_patient_lines_print_both_forms_on_every_page(
        people: People, hangul_patients: list[PatientSummary]) -> None:
    """The order sheet's identity band and the other reports' page header draw through the
    canvas, not paragraphs: the fallback font must work there too."""
    inv = people["investigator"]
    patient = hangul_patients[0]
    order_id = o.create_order(inv, replace(order_input(inv, "S-0005"), patient_id=patient.id))
    for pdf in (o.order_preview_pdf(inv, order_id),
                toxicity_report.toxicity_summary(inv, patient.id)):
        with pdfplumber.open(io.BytesIO(pdf)) as document:
            for page in document.pages:
                top = page.crop((0, 0, page.width, 30 * 72 / 25.4)).extract_text() or ""
                assert "김지원" in top and "KIM, Ji-won" in top, top


def test_mixed_hangul_latin_and_signs_on_one_line() -> None:
    from datetime import UTC, datetime

    from hai_desktop.reports.common import PageMeta, Paragraph, build_pdf, styles

    line = "김지원 ANC ≥ 1.5 ×10⁹/L · 5 µg · 남궁하늘 ✓"
    pdf = build_pdf([Paragraph(line, styles()["body"]), Paragraph(f"<b>{line}</b>",
                                                                  styles()["body"])],
                    PageMeta("한글 check", False, "test", "audit #0", "간호사", datetime.now(UTC),
                             UTC))
    lines = [" ".join(x.split()) for x in text_of(pdf).splitlines()]
    assert lines.count(line) == 2, lines
    assert {"NanumGothic", "NanumGothicBold", "DejaVuSans", "DejaVuSans-Bold"} <= {
        f.split("+")[-1] for f in fonts_of(pdf)}
