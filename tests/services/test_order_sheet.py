"""The order sheet a nurse reads at arm's length, printed from a real encrypted demo copy and read
back page by page: whose it is and the order code on every page, allergies in each state, labs in
canonical units with their date, lines numbered 1 … n, reasons for reductions on later cycles,
premedication with an item left out, cumulative oxaliplatin, what was given, local times in the
site's zone (never UTC), DRAFT and REPRINT marks, and no signature block alone on a page."""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta

import pdfplumber
import pytest
from pdfplumber.page import Page

from hai_desktop.core.errors import ConflictError
from hai_desktop.core.numbers import ismp
from hai_desktop.core.order_code import order_code
from hai_desktop.services import administration as adm
from hai_desktop.services import allergies, catheter, randomization
from hai_desktop.services import orders as o
from hai_desktop.services.demo_screening import eligible_answers
from hai_desktop.services.patients import list_patients
from hai_desktop.services.screening import (
    Registration,
    confirm_screening,
    register_candidate,
    save_screening,
    screening_log_pdf,
)
from hai_desktop.services.supportive_care import SupportiveChange
from hai_desktop.services.workspace import Workspace
from hai_desktop.store.models import OrderLine
from tests.services.chair import COMPRESSED, as_ordered, check_twice
from tests.services.conftest import PASSWORDS, People, pid, randomize_waiting_patient

TODAY = date.today()
MM = 72 / 25.4  # PDF points per millimetre
SEOUL = "Asia/Seoul"
REDUCTION = "grade 3 diarrhoea in cycle 0 (test)"
LEFT_OUT = "test: fasting glucose 14 mmol/L; antiemetic without steroid"


def elsewhere(people: People, zone: str) -> People:
    """The same demo users at a workstation whose site is in `zone`."""
    return People(people.path, replace(people.settings, time_zone=zone))


@pytest.fixture
def seoul(people: People) -> Iterator[People]:
    signed_in = elsewhere(people, SEOUL)
    yield signed_in
    signed_in.close()


# ---- reading the PDF back --------------------------------------------------------------------

def _no_watermark(obj: dict[str, object]) -> bool:
    return obj.get("object_type") != "char" or float(obj["size"]) < 40  # type: ignore[arg-type]


def pages_of(pdf: bytes) -> list[str]:
    """Each page's text, TRAINING watermark left out, whitespace collapsed."""
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        return [" ".join((page.filter(_no_watermark).extract_text() or "").split())
                for page in document.pages]


def words_of(pdf: bytes) -> list[list[dict[str, object]]]:
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        return [page.filter(_no_watermark).extract_words(extra_attrs=["size", "fontname"])
                for page in document.pages]


def with_page(pdf: bytes, number: int, check: object) -> object:
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        return check(document.pages[number].filter(_no_watermark))  # type: ignore[operator]


def is_red(char: dict[str, object]) -> bool:
    colour = char.get("non_stroking_color") or (0, 0, 0)
    r, g, b = [*colour, 0, 0, 0][:3]  # type: ignore[misc]
    return r > 0.5 and g < 0.25 and b < 0.25


def chars_of(page: Page, text: str, which: int = 0) -> list[dict[str, object]]:
    """The characters of an occurrence of `text` on the page (the first by default)."""
    found = page.search(text, regex=False)
    assert len(found) > which, f"{text!r} not on the page"
    hit = found[which]
    return [c for c in page.chars if hit["x0"] - 0.5 <= c["x0"] < hit["x1"]
            and abs(c["top"] - hit["top"]) < 2]


def cell_text(page: Page, header: str, next_header: str | None, row: str) -> str:
    """One cell of a table: the column headed `header` (up to `next_header`, or the right
    margin), in the row whose drug column says `row`, down to the rule under that row."""
    words = page.extract_words()
    head = next(w for w in words if w["text"] == header)
    right = (next(w["x0"] for w in words if w["text"] == next_header
                  and abs(w["top"] - head["top"]) < 1) if next_header else page.width - 15 * MM)
    start = next(w for w in words if w["text"] == row and w["top"] > head["bottom"])
    rule = min(e["top"] for e in page.horizontal_edges if e["top"] > start["bottom"]
               and e["x0"] <= head["x0"] and e["x1"] >= right - 2)
    crop = page.crop((head["x0"] - 1, start["top"] - 1, right - 1, rule))
    return " ".join((crop.extract_text() or "").split())


def body_starts_mm(marks: bool) -> float:
    """Below the identity band (and the DRAFT / REPRINT strip) each page draws at the top."""
    return 39.0 if marks else 30.0


def signatures_have_company(pdf: bytes, *, marks: bool = False,
                            heading: str = "Signatures") -> bool:
    """The page with the signatures' heading has something of the sheet above it."""
    for words in words_of(pdf):
        found = [w for w in words if w["text"] == heading and float(w["size"]) >= 10.5]
        if found:
            top = float(found[0]["top"])
            return any(body_starts_mm(marks) * MM < float(w["top"]) < top - 2 for w in words)
    raise AssertionError("no signature block")


def line_numbers(pdf: bytes) -> list[int]:
    """The big numbers in the first column of the drug table, over every page."""
    numbers = []
    for words in words_of(pdf):
        numbers += [int(str(w["text"])) for w in words if str(w["text"]).isdigit()
                    and float(w["size"]) >= 10.5 and float(w["x0"]) < 22 * MM
                    and "Bold" in str(w["fontname"])]
    return numbers


# ---- writing orders --------------------------------------------------------------------------

def order_input(ws: Workspace, number: str = "S-0004", **changes: object) -> o.OrderInput:
    base = o.OrderInput(patient_id=pid(ws, number), day1=TODAY, targeted_agent="bevacizumab",
                        height="170 cm", weight="70 kg", measured_on=TODAY, anc="2.1",
                        platelets="180", labs_date=TODAY - timedelta(days=1),
                        creatinine="0.9 mg/dL", neuropathy_grade=0,
                        neuropathy_assessed_on=TODAY)
    return replace(base, **changes)  # type: ignore[arg-type]


def catheter_fit_today(people: People, number: str = "S-0004") -> None:
    patient_id = pid(people["radiologist"], number)
    catheter.record_catheter_event(people["radiologist"], catheter.CatheterEventInput(
        patient_id=patient_id, kind="implanted", occurred_on=TODAY - timedelta(days=7),
        operator="Dr Tae-hyun Kang", access_route="femoral",
        port_location="right lower abdomen", tip_position="gastroduodenal artery"))
    catheter.record_inspection(people["nurse"], catheter.InspectionInput(
        patient_id=patient_id, outcome="fit", answers={
            "site_redness": False, "site_swelling": False, "site_haematoma": False,
            "site_tenderness": False, "site_erosion": False, "huber_needle": True,
            "needle_gauge": "20G", "needle_seated": True, "saline_painless": True,
            "saline_resistance": False, "saline_leak": False, "pain_previous_hai": False}))


def routine_order(people: People) -> int:
    """HAI arm with cetuximab, one reduction, dexamethasone left out; signed and verified."""
    inv = people["investigator"]
    o.set_mutation_status(inv, pid(inv, "S-0004"), ras="wild_type", braf="wild_type",
                          reason="pathology report (test)")
    oid = o.create_order(inv, order_input(
        inv, targeted_agent="cetuximab", reductions={"irinotecan": (-1, REDUCTION)},
        supportive={"dexamethasone": SupportiveChange(omit=True, reason=LEFT_OUT)}))
    o.sign_order(inv, oid, PASSWORDS["investigator"])
    o.verify_order(people["pharmacist"], oid, PASSWORDS["pharmacist"])
    return oid


def demo_order(ws: Workspace, number: str, cycle: int) -> int:
    return next(x.id for x in o.orders_for_patient(ws, pid(ws, number)) if x.cycle == cycle)


# ---- the tests -------------------------------------------------------------------------------

def test_a_routine_order_fits_two_pages_each_saying_whose_it_is(seoul: People) -> None:
    oid = routine_order(seoul)
    catheter_fit_today(seoul)
    pdf = o.order_sheet_pdf(seoul["nurse"], oid)
    pages = pages_of(pdf)
    assert len(pages) == 2
    for n, page in enumerate(pages, start=1):
        for whose in ("BAEK, Dong-hyun", "Study ID HAI-001 (S-0004)", "Record no. TR-7729561",
                      "Born 30 Jan 1958", order_code(oid), "Cycle 1 · day 1",
                      "ALLERGIES: penicillin", "Yonsei Cancer Center, Seoul",
                      f"Page {n} of 2"):
            assert whose in page, f"page {n} lacks {whose}"
    # The Code 128 itself on each page: its bars at the top right.
    for n in range(2):
        bars = with_page(pdf, n, lambda p: [r for r in p.rects if r["top"] < 20 * MM
                                            and r["x0"] > 100 * MM])
        assert len(bars) > 40  # type: ignore[arg-type]
    assert signatures_have_company(pdf)


def test_every_time_is_the_sites_local_time(seoul: People) -> None:
    oid = routine_order(seoul)
    catheter_fit_today(seoul)
    nurse = seoul["nurse"]
    o.order_sheet_pdf(nurse, oid)
    check_twice(seoul, oid)
    adm.record_administration(nurse, oid, as_ordered(nurse, oid, running=True),
                              PASSWORDS["nurse"])
    text = " ".join(pages_of(o.order_sheet_pdf(nurse, oid)))
    assert "UTC" not in text
    signed = o.load_order(nurse, oid).signatures
    assert [s.meaning for s in signed][:4] == ["prescribed", "pharmacist verified",
                                                adm.CHECK_MEANING, adm.CHECK_MEANING]
    for signature in signed:  # every signature and both double checks, in Seoul time
        assert f"{signature.signed_at.astimezone(nurse.zone):%d %b %Y %H:%M} KST" in text
    line = next(x for x in o.load_order(nurse, oid).lines if x.drug_id == "irinotecan")
    assert line.started_at is not None
    assert f"{line.started_at.astimezone(nurse.zone):%d %b %Y %H:%M} –" in text
    assert "printed " in text and " KST by Ha-na Choi" in text


def test_labs_in_canonical_units_with_threshold_and_date(seoul: People) -> None:
    inv = seoul["investigator"]
    oid = o.create_order(inv, order_input(inv, anc="2,100 /µL", platelets="180",
                                          creatinine="80 µmol/L"))
    text = " ".join(pages_of(o.order_preview_pdf(inv, oid)))
    taken = f"{TODAY - timedelta(days=1):%d %b %Y}"
    assert f"ANC 2.1 ×10⁹/L (typed 2,100 /µL) at least 1.5 ×10⁹/L [site rule] {taken}" in text
    # A bare number is the canonical unit: nothing typed differently to show.
    assert f"Platelets 180 ×10⁹/L at least 75 ×10⁹/L [site rule] {taken}" in text
    assert f"Creatinine {80 / 88.4:.4g} mg/dL (typed 80 µmol/L)" in text
    assert "≥" not in text and "≤" not in text  # ISMP: words, not symbols


def test_a_lab_below_its_threshold_and_a_stopped_line_stand_out(seoul: People) -> None:
    inv = seoul["investigator"]
    oid = o.create_order(inv, order_input(
        inv, anc="1.2", hold_override="agreed with the PI: ANC recovering (test)",
        stops={"oxaliplatin_hai": "catheter removed after occlusion (test)"}))
    pdf = o.order_preview_pdf(inv, oid)
    text = " ".join(pages_of(pdf))
    assert "ANC 1.2 ×10⁹/L — below the threshold at least 1.5 ×10⁹/L [site rule]" in text
    low = with_page(pdf, 0, lambda p: chars_of(p, "1.2 ×10⁹/L — below the threshold"))
    assert all(is_red(c) for c in low if str(c["text"]).isalnum())  # type: ignore[union-attr]
    assert "agreed with the PI: ANC recovering (test)" in text
    stopped = with_page(pdf, 0, lambda p: cell_text(p, "Route", None, "oxaliplatin"))
    assert stopped == "Not given: catheter removed after occlusion (test)"
    assert "Cumulative oxaliplatin" not in text  # no oxaliplatin on this order


def test_lines_numbered_one_to_n_with_day_sequence_and_dose(seoul: People) -> None:
    oid = routine_order(seoul)
    catheter_fit_today(seoul)  # the HAI line given, not withheld
    nurse = seoul["nurse"]
    pdf = o.order_preview_pdf(nurse, oid)
    view = o.load_order(nurse, oid)
    n = len(view.lines)
    assert sorted(x.sequence for x in view.lines) != list(range(1, n + 1))  # the gaps
    assert line_numbers(pdf) == list(range(1, n + 1))
    text = " ".join(pages_of(pdf))
    ordinals = ("1st", "2nd", "3rd", "4th", "5th", "6th")
    for number in range(1, n + 1):
        assert f"D1 · {ordinals[number - 1]} of {n}" in text
    # Doses bold and at least 10 pt, the route spelled out, the rate in mL/h.
    irinotecan = next(x for x in view.lines if x.drug_id == "irinotecan")
    dose = [w for w in words_of(pdf)[0] if w["text"] == ismp(irinotecan.final_mg)
            and float(w["size"]) >= 10]
    assert dose and "Bold" in str(dose[0]["fontname"])
    route = with_page(pdf, 0, lambda p: cell_text(p, "Route", "Volume", "irinotecan"))
    assert route == "intravenous infusion"
    route = with_page(pdf, 0, lambda p: cell_text(p, "Route", "Volume", "oxaliplatin"))
    assert route == "hepatic intra-arterial infusion"
    assert adm.rate_text(irinotecan) in text and "mL/h over 1 h 30 min" in text
    assert adm.volume_text(irinotecan).split(" [")[0] in text  # "[site rule]" wraps


def test_premedication_with_an_item_left_out_and_its_reason(seoul: People) -> None:
    oid = routine_order(seoul)
    pdf = o.order_preview_pdf(seoul["nurse"], oid)
    text = " ".join(pages_of(pdf))
    for title in ("Premedication and supportive care",
                  "Premedication (before the first cytotoxic drug)",
                  "Hydration and line flushes", "Take-home supportive care"):
        assert title in text
    assert "ondansetron 8 mg IV 30 min before the first cytotoxic drug" in text
    assert "diphenhydramine 50 mg IV" in text  # with cetuximab
    assert f"dexamethasone 8 mg IV Not given on this order — reason: {LEFT_OUT}" in text
    assert "Premedication and supportive care not confirmed by the investigator" in text

    def struck(page: Page) -> bool:
        word = page.search("dexamethasone 8 mg IV")[0]
        middle = (word["top"] + word["bottom"]) / 2
        return any(abs((line["top"] + line["bottom"]) / 2 - middle) < 3
                   and line["x0"] <= word["x0"] + 1 and line["x1"] >= word["x1"] - 1
                   for line in page.lines)

    page = next(n for n, t in enumerate(pages_of(pdf)) if "dexamethasone 8 mg IV" in t)
    assert with_page(pdf, page, struck)


def test_recorded_allergies_are_red_and_bold(seoul: People) -> None:
    inv = seoul["investigator"]
    oid = o.create_order(inv, order_input(inv))
    pdf = o.order_preview_pdf(inv, oid)
    text = pages_of(pdf)[0]
    assert ("ALLERGIES AND INFUSION REACTIONS • penicillin (drug) — generalised rash · severity "
            "moderate") in text
    for what in ("penicillin (drug)", "generalised rash", "moderate"):
        chars = with_page(pdf, 0, lambda p, w=what: chars_of(p, w))
        letters = [c for c in chars if c["text"].isalpha()][:5]  # type: ignore[union-attr]
        assert letters and all(is_red(c) and "Bold" in c["fontname"] for c in letters), what


def test_no_known_allergies_says_who_asked_and_when(seoul: People) -> None:
    nurse = seoul["nurse"]
    oid = demo_order(nurse, "S-0005", 3)
    status = allergies.allergy_status_of(nurse, pid(nurse, "S-0005"))
    assert status.asked_on is not None
    pages = pages_of(o.order_preview_pdf(nurse, oid))
    assert (f"Allergies: No known allergies (asked by {status.asked_by} on "
            f"{status.asked_on:%d %b %Y})") in pages[0]
    assert all("Allergies: none known" in page for page in pages)


def test_allergies_not_asked_are_loud_on_a_draft(people: People) -> None:
    patient_id = randomize_waiting_patient(people)
    inv = people["investigator"]
    number = next(p.screening_number for p in list_patients(inv) if p.id == patient_id)
    oid = o.create_order(inv, order_input(inv, number))
    pdf = o.order_preview_pdf(inv, oid)
    pages = pages_of(pdf)
    assert "ALLERGY STATUS NOT RECORDED — ask the patient" in pages[0]
    for page in pages:
        assert "ALLERGY STATUS NOT RECORDED" in page
        assert "DRAFT — NOT FOR ADMINISTRATION" in page
    for which in (0, 1):  # the band, then the box
        loud = with_page(pdf, 0, lambda p, n=which: chars_of(p, "ALLERGY STATUS NOT RECORDED", n))
        assert all(is_red(c) and "Bold" in str(c["fontname"])  # type: ignore[union-attr]
                   for c in loud if str(c["text"]).isalpha())  # type: ignore[union-attr]
    with pytest.raises(ConflictError, match="allergies are not recorded"):
        o.sign_order(inv, oid, PASSWORDS["investigator"])


def test_a_reduction_keeps_its_reason_on_later_cycles(seoul: People) -> None:
    inv = seoul["investigator"]
    o.create_order(inv, order_input(inv, reductions={"irinotecan": (-1, REDUCTION)}))
    later = o.create_order(inv, order_input(inv))
    view = o.load_order(inv, later)
    assert view.order.cycle == 2
    line = next(x for x in view.lines if x.drug_id == "irinotecan")
    assert line.level == -1 and not line.reduction_reason  # nothing decided on cycle 2
    text = " ".join(pages_of(o.order_preview_pdf(inv, later)))
    assert f"Dose reduced — reason: level -1 since cycle 1: {REDUCTION}" in text
    # The demo: cetuximab reduced on cycle 4, still explained on cycle 5.
    nurse = seoul["nurse"]
    demo = " ".join(pages_of(o.order_preview_pdf(nurse, demo_order(nurse, "S-0006", 5))))
    assert "level -1 since cycle 4: grade 3 acneiform rash in cycle 3" in demo


def _oxaliplatin_given(ws: Workspace, number: str, before_cycle: int) -> tuple[float, float, int]:
    """Worked out here from the orders themselves: mg, mg/m² and doses given before a cycle."""
    mg = per_m2 = 0.0
    doses = 0
    for order in o.orders_for_patient(ws, pid(ws, number)):
        if order.cycle >= before_cycle or order.status not in (o.GIVEN, o.ADMINISTERED):
            continue
        line: OrderLine = next(x for x in o.load_order(ws, order.id).lines
                               if x.drug_id == "oxaliplatin_hai")
        if line.given_mg:
            mg, per_m2, doses = mg + line.given_mg, per_m2 + line.given_mg / order.bsa_m2, \
                doses + 1
    return mg, per_m2, doses


def test_cumulative_oxaliplatin_and_the_neuropathy_grade(seoul: People) -> None:
    nurse = seoul["nurse"]
    oid = demo_order(nurse, "S-0006", 4)
    view = o.load_order(nurse, oid)
    pdf = o.order_preview_pdf(nurse, oid)
    text = " ".join(pages_of(pdf))
    mg, per_m2, doses = _oxaliplatin_given(nurse, "S-0006", 4)
    assert doses == 3
    this = next(x for x in view.lines if x.drug_id == "oxaliplatin_hai")
    assert this.given_mg
    assert (f"Before this cycle {ismp(mg)} mg · {ismp(per_m2, 1)} mg/m² (3 doses)") in text
    with_this = (mg + this.given_mg, per_m2 + this.given_mg / view.order.bsa_m2)
    assert (f"With this dose {ismp(with_this[0])} mg · {ismp(with_this[1], 1)} mg/m² "
            "(4 doses)") in text
    assert (f"grade {view.order.neuropathy_grade} (CTCAE), assessed "
            f"{view.order.neuropathy_assessed_on:%d %b %Y}") in text
    # This one ran onto a third page: the signatures went with the record before them.
    assert len(pages_of(pdf)) == 3 and signatures_have_company(pdf)


def test_the_administration_record_shows_what_was_given(seoul: People) -> None:
    oid = routine_order(seoul)
    catheter_fit_today(seoul)
    nurse = seoul["nurse"]
    o.order_sheet_pdf(nurse, oid)
    check_twice(seoul, oid)
    ordered = {x.drug_id: x.final_mg for x in o.load_order(nurse, oid).lines}
    given = ordered["irinotecan"] - 25
    why = "test: the infusion stopped early, the patient felt faint"
    entries = as_ordered(nurse, oid, running=True)
    entries["irinotecan"] = replace(entries["irinotecan"], given=f"{given:g}", dose_reason=why)
    adm.record_administration(nurse, oid, entries, PASSWORDS["nurse"])
    pdf = o.order_sheet_pdf(nurse, oid)
    text = " ".join(pages_of(pdf))
    assert "Administration record — what was given" in text
    page = next(n for n, t in enumerate(pages_of(pdf)) if "Administration record" in t)
    share = ismp(100 * given / ordered["irinotecan"], 1)

    def cell(header: str, right: str, drug: str = "irinotecan") -> str:
        return with_page(pdf, page, lambda p: cell_text(p, header, right, drug))  # type: ignore[return-value]

    assert cell("Ordered", "Given") == f"{ismp(ordered['irinotecan'])} mg"
    assert cell("Given", "Start") == (f"{ismp(given)} mg less than ordered: {share} % of the "
                                      "ordered dose")
    assert f"Reason for the dose: {why} · Reason for the duration: {COMPRESSED}" in text
    assert cell("Given", "Start", "leucovorin") == f"{ismp(ordered['leucovorin'])} mg as ordered"
    pump = with_page(pdf, page, lambda p: cell_text(p, "Start", None, "fluorouracil"))
    assert pump.endswith("KST running — disconnection not yet recorded"), pump  # 46-h pump
    assert "REPRINT — copy 2" in text
    assert signatures_have_company(pdf, marks=True)


def test_more_than_ordered_prints_the_medication_error(seoul: People) -> None:
    nurse = seoul["nurse"]
    oid = demo_order(nurse, "S-0007", 6)
    view = o.load_order(nurse, oid)
    leucovorin = next(x for x in view.lines if x.drug_id == "leucovorin")
    assert leucovorin.given_mg and leucovorin.given_mg > leucovorin.final_mg
    pdf = o.order_preview_pdf(nurse, oid)
    text = " ".join(pages_of(pdf))
    page = next(n for n, t in enumerate(pages_of(pdf)) if "Administration record" in t)
    share = ismp(100 * leucovorin.given_mg / leucovorin.final_mg, 1)
    given = with_page(pdf, page, lambda p: cell_text(p, "Given", "Start", "leucovorin"))
    assert given == (f"{ismp(leucovorin.given_mg)} mg MORE than ordered: {share} % of the "
                     "ordered dose")
    assert f"Reason for the dose: {' '.join((leucovorin.given_reason or '').split())}" in text
    incident = view.incidents[0]
    assert f"MEDICATION ERROR — incident #{incident.id}" in text
    assert " ".join(incident.summary.split()) in text
    assert "Status: open — for the investigator" in text
    page = next(n for n, t in enumerate(pages_of(pdf)) if "MEDICATION ERROR" in t)
    assert all(is_red(c) for c in with_page(  # type: ignore[union-attr]
        pdf, page, lambda p: chars_of(p, "MEDICATION ERROR")) if c["text"].isalpha())


def test_draft_and_reprint_marks_on_every_page(seoul: People) -> None:
    inv, nurse = seoul["investigator"], seoul["nurse"]
    oid = routine_order(seoul)
    draft = o.create_order(inv, order_input(inv))  # cycle 2, not signed
    for page in pages_of(o.order_preview_pdf(inv, draft)):
        assert "DRAFT — NOT FOR ADMINISTRATION" in page
    first = pages_of(o.order_sheet_pdf(nurse, oid))
    assert not any("DRAFT" in p or "REPRINT" in p for p in first)
    second = pages_of(o.order_sheet_pdf(nurse, oid))
    assert len(second) == 2 and all("REPRINT — copy 2" in p for p in second)


def test_a_long_hangul_name_shrinks_beside_the_code_and_never_crashes(people: People) -> None:
    """The name (both forms, in the Korean and the Latin font) must not run under the
    barcode, and must read back whole."""
    inv = people["investigator"]
    password = PASSWORDS["investigator"]
    patient = register_candidate(inv, Registration(
        family_name="남궁", given_name="서연하늘빛나래아름다운이름",
        latin_family_name="Namgung", latin_given_name="Seoyeon-haneul-bitnarae",
        hospital_record_number="TR-HANGUL-1", sex="F", date_of_birth=date(1961, 3, 4),
        consent_date=TODAY))
    save_screening(inv, patient.id, eligible_answers(TODAY), "no", today=TODAY)
    confirm_screening(inv, patient.id, password, today=TODAY)
    offer = randomization.next_envelope(inv, patient.id)
    card = randomization.peek_card_for_training(inv, offer.number)
    randomization.randomize(inv, patient.id, envelope_number=offer.number, arm_on_card=card,
                            password=password)
    oid = o.create_order(inv, replace(order_input(inv, "S-0005"), patient_id=patient.id))
    pdf = o.order_preview_pdf(inv, oid)

    def clear_of_the_barcode(page: Page) -> bool:
        bars = [r for r in page.rects if r["top"] < 20 * MM and r["x0"] > 100 * MM]
        name = [c for c in page.chars if 10 * MM < c["top"] < 15 * MM and c["x0"] < 100 * MM]
        return bool(bars and name) and max(c["x1"] for c in name) < min(r["x0"] for r in bars)

    assert with_page(pdf, 0, clear_of_the_barcode)
    assert "TR-HANGUL-1" in pages_of(pdf)[0]
    assert "남궁서연하늘빛나래아름다운이름 · NAMGUNG, Seoyeon-haneul-bitnarae" in pages_of(pdf)[0]


def test_the_other_printed_documents_say_local_time_too(people: People) -> None:
    away = elsewhere(people, SEOUL)
    try:
        for pdf in (screening_log_pdf(away["coordinator"]),
                    randomization.envelope_set_pdf(away["coordinator"])):
            text = " ".join(pages_of(pdf))
            assert " KST by " in text and "UTC" not in text
    finally:
        away.close()


# ---- the sheet in Korean (document_language = "ko") ------------------------------------------

@pytest.fixture
def korean_seoul(people: People) -> Iterator[People]:
    """A Seoul workstation that prints its documents in Korean."""
    signed_in = People(people.path, replace(people.settings, time_zone=SEOUL,
                                            document_language="ko"))
    yield signed_in
    signed_in.close()


SHEET_ENGLISH = ("Chemotherapy order", "Signatures", "Page 1 of", "Allergies", "ALLERGIES",
                 "Before this cycle", "Drug · dose · route", "Prescriber",
                 "Study ID", "Record no.", "Born", "Measurements and pre-cycle labs",
                 "Threshold to treat", "Drugs, in order of administration", "printed",
                 "Administration record", "as ordered", "electronically signed", "level 0",
                 # the regimen table's pump and diluent, the rate, the gate and the notices
                 "volumetric infusion pump", "mL/h over", "glucose [site rule]",
                 "HAI gate", "Catheter fit for HAI", "not confirmed by the investigator")


@pytest.mark.file_only
def test_the_sheet_prints_in_korean_with_drugs_terms_and_units_in_english(
        korean_seoul: People) -> None:
    people = korean_seoul
    oid = routine_order(people)
    catheter_fit_today(people)
    nurse = people["nurse"]
    o.order_sheet_pdf(nurse, oid)  # printed: ready for the double check at the chair
    check_twice(people, oid)
    adm.record_administration(nurse, oid, as_ordered(nurse, oid), PASSWORDS["nurse"])
    pdf = o.order_sheet_pdf(nurse, oid)
    pages = pages_of(pdf)
    for n, page in enumerate(pages, start=1):
        for whose in ("백동현 · BAEK, Dong-hyun", "연구 번호 HAI-001 (S-0004)",
                      "병원 등록번호 TR-7729561", "생년월일 1958-01-30", order_code(oid),
                      "1주기 · 1일차", "알레르기: penicillin", "항암화학요법 처방",
                      f"{n} / {len(pages)} 쪽"):
            assert whose in page, f"page {n} lacks {whose}"
    text = " ".join(pages)
    for korean in ("투여 순서에 따른 약물", "신체 계측 및 주기 전 검사 결과", "투여 기준",
                   "oxaliplatin 누적 용량 (HAI)", "전처치 및 보조요법",
                   "투여 기록 — 실제 투여 내용",
                   "처방대로", "독립적 이중 확인 1", "전자 서명됨", "감량 — 사유:", REDUCTION,
                   "용적식 주입 펌프", "5% 포도당 [기관 규칙]", "mL/h, ",
                   f"{TODAY:%Y-%m-%d}"):
        assert korean in text, korean
    for clinical in ("oxaliplatin", "irinotecan", "cetuximab", "mg/m²", "×10⁹/L", "ANC", "BSA",
                     "CTCAE", "KST"):
        assert clinical in text, clinical
    for english in SHEET_ENGLISH:
        assert english not in text, english
    assert signatures_have_company(pdf, heading="서명")


@pytest.mark.file_only
def test_the_document_language_is_a_setting_of_its_own(korean_seoul: People,
                                                       seoul: People) -> None:
    """The same order, printed at a workstation set to Korean and one set to English."""
    oid = routine_order(seoul)
    english = " ".join(pages_of(o.order_preview_pdf(seoul["investigator"], oid)))
    korean = " ".join(pages_of(o.order_preview_pdf(korean_seoul["investigator"], oid)))
    assert "Chemotherapy order" in english and "항암화학요법 처방" not in english
    assert "항암화학요법 처방" in korean and "Chemotherapy order" not in korean
