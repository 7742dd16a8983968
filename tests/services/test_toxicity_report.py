"""The printed toxicity summary on a real encrypted demo file: events and lab results recorded
through the services, the PDF read back as text and tables."""

from __future__ import annotations

import io
from datetime import date, datetime, timedelta

import pdfplumber
import pytest
from pypdf import PdfReader

from hai_desktop.core.clock import zone_label
from hai_desktop.core.errors import ConflictError
from hai_desktop.services import labs, toxicity
from hai_desktop.services.audit_trail import audit_page
from hai_desktop.services.patients import list_patients
from hai_desktop.services.toxicity_report import toxicity_summary
from hai_desktop.services.workspace import Workspace
from tests.services.conftest import People, pid
from tests.services.test_order_sheet import elsewhere

TODAY = date.today()
EVENTS_HEADER = "Onset / resolved"


def add_event(ws: Workspace, patient_id: int, term: str, grade: int, cycle: int, days_ago: int,
              *, related: str = "", outcome: str = "recovered/resolved") -> int:
    attributions = {d.id: "unrelated" for d in toxicity.regimen_drugs(ws, patient_id)}
    if related:
        attributions[related] = "probable"
    return toxicity.record_event(ws, toxicity.EventInput(
        patient_id=patient_id, term=term, grade=grade, cycle=cycle,
        onset=TODAY - timedelta(days=days_ago), attributions=attributions, outcome=outcome))


def add_lab(ws: Workspace, patient_id: int, term: str, value: str, days_ago: int) -> None:
    labs.record_lab(ws, labs.LabInput(patient_id=patient_id, term=term, value=value,
                                      taken_on=TODAY - timedelta(days=days_ago), cycle=1))


def page_texts(pdf: bytes) -> list[str]:
    return [" ".join((page.extract_text() or "").split())
            for page in PdfReader(io.BytesIO(pdf)).pages]


def grade_grid(pdf: bytes) -> dict[str, dict[str, tuple[str, str]]]:
    """The grid of worst grades as {term: {cycle: (grade, font of the grade)}}."""
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        page = document.pages[0]
        for table in page.find_tables():
            cells = table.extract()
            if cells[0][0] != "CTCAE term":
                continue
            cycles = cells[1]
            grid: dict[str, dict[str, tuple[str, str]]] = {}
            for row, found in zip(cells[2:], table.rows[2:], strict=True):
                term = " ".join((row[0] or "").split())
                grid[term] = {}
                for cycle, grade, box in zip(cycles[1:], row[1:], found.cells[1:], strict=True):
                    if grade:
                        chars = page.crop(box).chars
                        grid[term][str(cycle)] = (grade, chars[0]["fontname"])
            return grid
    raise AssertionError("no grade grid on page 1")


@pytest.fixture
def history(people: dict[str, Workspace]) -> int:
    """S-0004 with a grade 3 diarrhoea in cycle 1 that recurs in cycle 2, nausea, febrile
    neutropenia, a voided event, a delayed dose, and ALT and bilirubin results."""
    nurse, inv = people["nurse"], people["investigator"]
    patient_id = pid(nurse, "S-0004")
    severe = add_event(nurse, patient_id, "Diarrhea", 3, 1, 40, related="irinotecan")
    add_event(nurse, patient_id, "Diarrhea", 2, 2, 20, outcome="recovering/resolving")
    add_event(nurse, patient_id, "Nausea", 1, 1, 41)
    add_event(nurse, patient_id, "Nausea", 2, 1, 39)
    add_event(nurse, patient_id, "Febrile neutropenia", 3, 2, 18, related="irinotecan")
    wrong = add_event(nurse, patient_id, "Vomiting", 2, 2, 17)
    toxicity.void_event(inv, wrong, "entered for the wrong patient")
    toxicity.record_delay(inv, severe, "irinotecan", "one week for recovery")
    alt = "Alanine aminotransferase increased"
    add_lab(nurse, patient_id, alt, "80 U/L", 45)  # 2 × ULN (site ULN 40 U/L)
    add_lab(nurse, patient_id, alt, "200 U/L", 25)  # 5 × ULN
    add_lab(nurse, patient_id, alt, "60 U/L", 5)
    add_lab(nurse, patient_id, "Blood bilirubin increased", "41 µmol/L", 25)
    return patient_id


def test_the_summary_names_the_patient_and_the_house_marks(
        people: dict[str, Workspace], history: int) -> None:
    nurse = people["nurse"]
    patient = list_patients(nurse, "S-0004")[0]
    assert patient.study_id  # randomized in the demo
    assert patient.arm is not None
    pdf = toxicity_summary(nurse, history)
    pages = page_texts(pdf)
    first = pages[0]
    for text in ("Toxicity summary — CTCAE v4.03", patient.study_id, "(S-0004)",
                 patient.initials, patient.full_name, patient.arm.short,
                 f"Page 1 of {len(pages)}", "TRAINING — not for clinical use",
                 "hai-desktop 0.1.0", f"{zone_label(datetime.now(nurse.zone))} by Ha-na Choi"):
        assert text in first, text
    # The watermark itself, not only the footer's words.
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        big = [c for c in document.pages[0].chars if c["size"] > 40]
    assert "".join(c["text"] for c in big) == "TRAINING"


def test_each_term_and_the_worst_grade_per_cycle(people: dict[str, Workspace],
                                                 history: int) -> None:
    nurse = people["nurse"]
    pdf = toxicity_summary(nurse, history)
    text = " ".join(page_texts(pdf))
    for term in ("Diarrhea", "Nausea", "Febrile neutropenia"):
        assert term in text
    assert "Vomiting" not in text  # voided
    grid = grade_grid(pdf)
    assert {term: {c: g for c, (g, _font) in cycles.items()} for term, cycles in grid.items()
            } == {"Diarrhea": {"1": "3", "2": "2"}, "Febrile neutropenia": {"2": "3"},
                  "Nausea": {"1": "2"}}
    # Grade ≥ 3 stands out (bold); lower grades do not.
    assert grid["Diarrhea"]["1"][1].endswith("DejaVuSans-Bold")
    assert grid["Diarrhea"]["2"][1].endswith("DejaVuSans")
    assert grid["Febrile neutropenia"]["2"][1].endswith("DejaVuSans-Bold")


def test_the_events_decisions_and_gcsf_note(people: dict[str, Workspace],
                                            history: int) -> None:
    text = " ".join(page_texts(toxicity_summary(people["nurse"], history)))
    assert EVENTS_HEADER in text
    assert "irinotecan: probable; others unrelated" in text
    assert "unrelated to all drugs" in text
    assert "G-CSF secondary prevention is allowed" in text
    assert "febrile neutropenia on" in text
    # The delay recorded by the investigator, with the event it answers.
    assert "one week for recovery" in text
    assert "grade 3 Diarrhea, cycle 1" in text


def test_times_are_the_sites_local_time(people: People, history: int) -> None:
    """The printed time and the decisions' times in the site's zone (Seoul here), never UTC."""
    away = elsewhere(people, "Asia/Seoul")
    try:
        nurse = away["nurse"]
        text = " ".join(page_texts(toxicity_summary(nurse, history)))
        decisions = toxicity.decisions_for_patient(nurse, history)
    finally:
        away.close()
    assert " KST by Ha-na Choi" in text and "UTC" not in text
    assert decisions
    for decision in decisions:
        assert f"{decision.decided_at.astimezone(nurse.zone):%d %b %Y %H:%M} KST" in text


def test_the_liver_chart_has_its_legend_and_reference_lines(
        people: dict[str, Workspace], history: int) -> None:
    pdf = toxicity_summary(people["nurse"], history)
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        words = [w for page in document.pages for w in page.extract_words()]
        text = " ".join(page_texts(pdf))
    legend = {w["text"]: round(w["top"]) for w in words
              if w["text"] in ("ALT", "AST", "ALP", "Bilirubin")}
    assert set(legend) == {"ALT", "AST", "ALP", "Bilirubin"}
    assert len(set(legend.values())) == 1  # one legend line across the top of the chart
    assert "AST (none)" in text and "ALP (none)" in text  # no results: said, not hidden
    for line in ("1× ULN", "3× ULN", "5× ULN"):
        assert line in text
    assert "Sample date" in text


def test_printing_is_audited_and_only_for_patients_on_study(
        people: dict[str, Workspace], history: int) -> None:
    nurse, inv = people["nurse"], people["investigator"]
    toxicity_summary(nurse, history)
    row = next(r for r in audit_page(inv, limit=10) if r.action == "print")
    assert (row.entity, row.entity_id, row.username) == ("toxicity_summary", str(history),
                                                         "nurse")
    with pytest.raises(ConflictError, match="not randomized"):
        toxicity_summary(nurse, pid(nurse, "S-0003"))


def test_many_events_run_over_pages_with_the_header_repeated(
        people: dict[str, Workspace]) -> None:
    nurse = people["nurse"]
    patient_id = pid(nurse, "S-0006")
    for n in range(80):
        add_event(nurse, patient_id, "Fatigue", 1 + n % 3, 1 + n // 10, 160 - 2 * n)
    pages = page_texts(toxicity_summary(nurse, patient_id))
    assert len(pages) > 1
    assert "G-CSF" not in " ".join(pages)  # nothing makes it due for this patient
    with_events = [n for n, page in enumerate(pages) if "Fatigue" in page]
    assert len(with_events) > 1
    for n in with_events:
        assert EVENTS_HEADER in pages[n], f"page {n + 1} has events without the header"
        assert f"Page {n + 1} of {len(pages)}" in pages[n]
