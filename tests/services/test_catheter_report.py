"""The printed HAI catheter log on a real encrypted demo file: S-0006's implantation, inspections
and epigastric pain from the demo, read back from the PDF as text and tables; the trial-wide
counts; the print audited; control-arm and unrandomized patients refused; many inspections run
over pages with the header repeated."""

from __future__ import annotations

import io
from datetime import date, datetime, time, timedelta

import pdfplumber
import pytest
from pypdf import PdfReader

from hai_desktop.core.clock import zone_label
from hai_desktop.core.errors import ConflictError
from hai_desktop.services import catheter
from hai_desktop.services.audit_trail import audit_page
from hai_desktop.services.catheter_report import catheter_log_report
from hai_desktop.services.patients import list_patients
from hai_desktop.services.workspace import Workspace
from tests.services.conftest import People, pid
from tests.services.test_catheter import clean_answers
from tests.services.test_order_sheet import elsewhere

TODAY = date.today()
LOG_HEADER = "Findings and details"

def page_texts(pdf: bytes) -> list[str]:
    return [" ".join((page.extract_text() or "").split())
            for page in PdfReader(io.BytesIO(pdf)).pages]


def log_rows(pdf: bytes) -> list[list[str]]:
    """The log table's body rows (cells with whitespace collapsed), over every page."""
    rows: list[list[str]] = []
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        for page in document.pages:
            # Without the TRAINING watermark's letters, which fall into the cells.
            text_only = page.filter(lambda o: o.get("object_type") != "char" or o["size"] < 40)
            for table in text_only.extract_tables():
                if table and table[0][0] and table[0][0].startswith("Date, time"):
                    rows += [[" ".join((c or "").split()) for c in row] for row in table[1:]]
    return rows


def test_the_log_names_the_patient_and_the_house_marks(people: dict[str, Workspace]) -> None:
    nurse = people["nurse"]
    patient = list_patients(nurse, "S-0006")[0]
    assert patient.study_id and patient.arm is not None
    pdf = catheter_log_report(nurse, patient.id)
    pages = page_texts(pdf)
    first = pages[0]
    for text in ("HAI catheter log", patient.study_id, "(S-0006)", patient.initials,
                 patient.full_name, patient.arm.short, f"Page 1 of {len(pages)}",
                 "TRAINING — not for clinical use",
                 f"{zone_label(datetime.now(nurse.zone))} by Ha-na Choi"):
        assert text in first, text
    for n, page in enumerate(pages, start=1):
        assert patient.full_name in page, f"page {n} does not say whose it is"
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        big = [c for c in document.pages[0].chars if c["size"] > 40]
    assert "".join(c["text"] for c in big) == "TRAINING"


def test_the_placement_perfusion_flag_and_gate(people: dict[str, Workspace]) -> None:
    nurse = people["nurse"]
    patient_id = pid(nurse, "S-0006")
    record = catheter.catheter_record(nurse, patient_id)
    text = " ".join(page_texts(catheter_log_report(nurse, patient_id)))
    assert "The catheter now" in text
    assert f"in place since {record.state.since:%d %b %Y}" in text
    for words in ("Femoral artery", "left lower abdominal wall", "gastroduodenal artery",
                  "Dr Tae-hyun Kang (TRAINING)", "Last angiographic / perfusion check",
                  "Tc-99m MAA: hepatic perfusion only"):
        assert words in text, words
    assert ("Perfusion check due" in text) is record.perfusion_check_due
    assert f"Today's HAI gate ({TODAY:%d %b %Y}):" in text
    assert record.today.reason.split(":")[0] in text
    # The demo's pain was answered by the radiologist's fit inspection: no IR review pending.
    assert ("Needs IR review" in text) is bool(record.needs_ir_review)


def test_each_demo_entry_is_a_row_of_the_log(people: dict[str, Workspace]) -> None:
    nurse = people["nurse"]
    patient_id = pid(nurse, "S-0006")
    entries = catheter.catheter_log(nurse, patient_id)
    rows = log_rows(catheter_log_report(nurse, patient_id))
    assert len(rows) == len(entries)
    for row, entry in zip(rows, entries, strict=True):
        assert row[0].startswith(f"{entry.on:%d %b %Y}")
    records = [row[1] for row in rows]
    assert records[0] == "Catheter event" and rows[0][2] == "Implanted"
    assert "operator: Dr Tae-hyun Kang" in rows[0][3] and rows[0][4] == "Dr Tae-hyun Kang"
    assert records.count("Inspection") == sum(e.record == "inspection" for e in entries)
    pain = next(row for row in rows if row[1] == "Pain during HAI")
    assert pain[2] == "epigastric pain" and "infusion continued" in pain[3]
    assert "infusion slowed" in pain[3] and pain[4] == "Ha-na Choi"
    inspections = [row for row in rows if row[1] == "Inspection"]
    assert all(row[2] == "Fit for HAI today" for row in inspections)
    assert any("Ha-na Choi (Infusion nurse)" in row[4] for row in inspections)
    review = next(row for row in inspections if "IR review of the pain" in row[3])
    assert "Interventional radiologist" in review[4]


def test_times_are_the_sites_local_time(people: People) -> None:
    """Each inspection's time and the printed time in the site's zone (Seoul here)."""
    away = elsewhere(people, "Asia/Seoul")
    try:
        nurse = away["nurse"]
        patient_id = pid(nurse, "S-0006")
        entries = catheter.catheter_log(nurse, patient_id)
        pdf = catheter_log_report(nurse, patient_id)
    finally:
        away.close()
    text = " ".join(page_texts(pdf))
    assert " KST by Ha-na Choi" in text and "Times are local (KST)" in text
    assert "UTC" not in text
    timed = [(row, entry) for row, entry in zip(log_rows(pdf), entries, strict=True)
             if entry.at is not None]
    assert timed
    for row, entry in timed:
        assert entry.at is not None
        assert row[0].endswith(f"{entry.at.astimezone(nurse.zone):%H:%M}"), row[0]


def test_the_trial_wide_counts(people: dict[str, Workspace]) -> None:
    nurse, radiologist = people["nurse"], people["radiologist"]
    patient_id = pid(nurse, "S-0006")
    catheter.record_catheter_event(radiologist, catheter.CatheterEventInput(
        patient_id=patient_id, kind="complication", occurred_on=TODAY - timedelta(days=1),
        complication="leak", reason="small leak at the port on flush"))
    counts = catheter.catheter_log_counts(nurse)
    pdf = catheter_log_report(nurse, patient_id)
    text = " ".join(page_texts(pdf))
    assert "Across the trial" in text
    assert "Complications by type" in text and "Inspections by outcome" in text
    assert f"Leak {counts.complications['leak']}" in text and counts.complications["leak"] == 1
    assert "Occlusion 0" in text
    assert f"Fit for HAI today {counts.inspections_by_outcome['fit']}" in text
    assert f"Pain during HAI reports {counts.pain_reports}" in text
    complication = next(row for row in log_rows(pdf) if row[1] == "Catheter event"
                        and row[2].startswith("Complication"))
    assert complication[2] == "Complication: leak" and "small leak" in complication[3]


def test_voided_entries_are_kept_and_marked(people: dict[str, Workspace]) -> None:
    nurse = people["nurse"]
    patient_id = pid(nurse, "S-0006")
    latest = catheter.inspections_for_patient(nurse, patient_id)[0]
    catheter.void_inspection(nurse, latest.id, "entered for the wrong day")
    text = " ".join(page_texts(catheter_log_report(nurse, patient_id)))
    assert "VOIDED (entered for the wrong day)" in text
    assert "1 voided (shown, marked)" in text


def test_printing_is_audited_and_refused_without_a_catheter_arm(
        people: dict[str, Workspace]) -> None:
    nurse, inv = people["nurse"], people["investigator"]
    patient_id = pid(nurse, "S-0006")
    catheter_log_report(nurse, patient_id)
    row = next(r for r in audit_page(inv, limit=10) if r.action == "print")
    assert (row.entity, row.entity_id, row.username) == ("catheter_log_pdf", str(patient_id),
                                                         "nurse")
    with pytest.raises(ConflictError, match="control arm"):
        catheter_log_report(nurse, pid(nurse, "S-0005"))
    with pytest.raises(ConflictError, match="not randomized"):
        catheter_log_report(nurse, pid(nurse, "S-0003"))


def test_many_inspections_run_over_pages_with_the_header_repeated(
        people: dict[str, Workspace]) -> None:
    nurse = people["nurse"]
    patient_id = pid(nurse, "S-0006")
    last = catheter.inspections_for_patient(nurse, patient_id)[0].inspected_on
    days = [last + timedelta(days=n) for n in range(1, (TODAY - last).days)]
    assert len(days) >= 7
    added = 0
    for day in days:
        for hour in (7, 9, 11, 13, 15, 17):
            if added == 40:
                break
            catheter.record_inspection(nurse, catheter.InspectionInput(
                patient_id=patient_id, answers=clean_answers(), outcome="fit",
                inspected_on=day, inspected_at=datetime.combine(day, time(hour)),
                action="none"))
            added += 1
    assert added == 40
    pdf = catheter_log_report(nurse, patient_id)
    pages = page_texts(pdf)
    assert len(pages) > 1
    with_rows = [n for n, page in enumerate(pages) if "Fit for HAI today" in page
                 and "Inspection" in page]
    assert len(with_rows) > 1
    for n in with_rows:
        assert LOG_HEADER in pages[n], f"page {n + 1} has log rows without the header"
        assert f"Page {n + 1} of {len(pages)}" in pages[n]
    assert len(log_rows(pdf)) == len(catheter.catheter_log(nurse, patient_id))
