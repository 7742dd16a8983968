"""Orders on a real encrypted file: the calculation, the lifecycle by role, signatures bound to
content, dose levels that only go down, holds and overrides, and the sheet read back."""

from __future__ import annotations

import io
import re
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pdfplumber
import pytest
from pypdf import PdfReader

from hai_desktop.core.errors import (
    AuthenticationError,
    ConflictError,
    PermissionDenied,
    ValidationError,
)
from hai_desktop.core.numbers import ismp
from hai_desktop.services import administration as adm
from hai_desktop.services import catheter
from hai_desktop.services import orders as o
from hai_desktop.services.audit_trail import audit_page
from hai_desktop.services.dose_levels import sign_off_table
from hai_desktop.services.site_rules import set_site_rule
from hai_desktop.services.workspace import Workspace, sign_in
from hai_desktop.settings import Settings
from tests.helpers import database_key, raw_connection
from tests.services.chair import as_ordered, check_twice
from tests.services.conftest import pid

TODAY = date.today()


def catheter_fit_today(people: dict[str, Workspace], number: str = "S-0004") -> None:
    """The HAI line is given only through a catheter inspected fit today (the HAI gate, see
    test_hai_gate.py): implanted by interventional radiology, inspected by the nurse."""
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


def order_input(ws: Workspace, number: str = "S-0004", **changes: object) -> o.OrderInput:
    base = o.OrderInput(patient_id=pid(ws, number), day1=TODAY, targeted_agent="bevacizumab",
                        height="170 cm", weight="70 kg", measured_on=TODAY, anc="2.1",
                        platelets="180", labs_date=TODAY - timedelta(days=1),
                        creatinine="0.9 mg/dL", neuropathy_grade=0,
                        neuropathy_assessed_on=TODAY)
    return replace(base, **changes)  # type: ignore[arg-type]


def test_the_calculation_for_the_experimental_arm(people: dict[str, Workspace]) -> None:
    inv = people["investigator"]
    plan = o.plan_order(inv, order_input(inv))
    assert plan.cycle == 1 and plan.arm.value == "hai"
    assert round(plan.bsa.magnitude, 3) == 1.818
    doses = {line.drug.id: line.calculation.rounded_mg for line in plan.lines
             if line.calculation}
    assert doses == {"bevacizumab": 350, "oxaliplatin_hai": 180, "irinotecan": 325,
                     "leucovorin": 725, "fluorouracil_infusion": 4350}
    assert "fluorouracil_bolus" not in doses
    assert o.UNCONFIRMED_LEVELS in plan.notices
    sign_off_table(inv, "indigo-training")
    assert o.UNCONFIRMED_LEVELS not in o.plan_order(inv, order_input(inv)).notices


def test_the_control_arm_has_the_bolus(people: dict[str, Workspace]) -> None:
    inv = people["investigator"]
    plan = o.plan_order(inv, order_input(inv, "S-0005", height="158 cm", weight="54 kg"))
    ids = [line.drug.id for line in plan.lines]
    assert "fluorouracil_bolus" in ids and "oxaliplatin_hai" not in ids
    assert plan.cycle == 4  # the demo gave cycles 1-3
    # The demo reduced irinotecan in cycle 3: the next cycle stays at that level.
    assert next(x for x in plan.lines if x.drug.id == "irinotecan").level == -1


@pytest.mark.parametrize("changes, field, message", [
    ({"weight": "0 kg"}, "weight", "not a plausible weight"),
    ({"weight": "-70 kg"}, "weight", "cannot be negative"),
    ({"height": "70 kg"}, "height", "not a unit for height"),
    ({"weight": "70 stones and a bit"}, "weight", "is not a valid weight"),
    ({"anc": ""}, "anc", "pre-cycle ANC and platelets"),
    ({"measured_on": TODAY + timedelta(days=1)}, "measured_on", "after day 1"),
    ({"targeted_agent": "cetuximab"}, "targeted_override", "RAS wild-type"),
])
def test_bad_input_is_refused_with_its_field(people: dict[str, Workspace],
                                             changes: dict[str, object], field: str,
                                             message: str) -> None:
    inv = people["investigator"]
    with pytest.raises(ValidationError, match=message) as info:
        o.plan_order(inv, order_input(inv, **changes))
    assert info.value.field == field


def test_an_unusual_bsa_needs_confirmation(people: dict[str, Workspace]) -> None:
    inv = people["investigator"]
    tall = order_input(inv, height="230 cm", weight="290 kg")
    with pytest.raises(ValidationError, match=r"outside 0\.5–3 m² \[site rule\]"):
        o.plan_order(inv, tall)
    assert o.plan_order(inv, replace(tall, confirm_unusual_bsa=True)).bsa.magnitude > 3


def test_cetuximab_for_a_ras_mutant_needs_an_override(people: dict[str, Workspace]) -> None:
    inv = people["investigator"]
    o.set_mutation_status(inv, pid(inv, "S-0004"), ras="mutant", braf="wild_type",
                          reason="pathology report 2026-10-02")
    with pytest.raises(ValidationError, match="RAS mutant"):
        o.plan_order(inv, order_input(inv, targeted_agent="cetuximab"))
    plan = o.plan_order(inv, order_input(inv, targeted_agent="cetuximab",
                                         targeted_override="tumour board decision 2026-11-20"))
    assert any(line.drug.id == "cetuximab" for line in plan.lines)
    o.set_mutation_status(inv, pid(inv, "S-0004"), ras="wild_type", braf="wild_type",
                          reason="re-tested")
    assert o.plan_order(inv, order_input(inv, targeted_agent="cetuximab")).lines


def test_a_hold_needs_the_investigators_reason(people: dict[str, Workspace]) -> None:
    inv = people["investigator"]
    low = order_input(inv, anc="1.2", platelets="70")
    with pytest.raises(ValidationError, match=r"Hold: ANC 1.2 ×10⁹/L is below 1.5.*platelets"):
        o.plan_order(inv, low)
    plan = o.plan_order(inv, replace(low, hold_override="recovering; agreed with patient"))
    assert len(plan.holds) == 2


def test_non_randomized_patients_get_no_order(people: dict[str, Workspace]) -> None:
    inv = people["investigator"]
    with pytest.raises(ConflictError, match="not randomized"):
        o.plan_order(inv, order_input(inv, "S-0003"))


def test_dose_levels_only_go_down(people: dict[str, Workspace]) -> None:
    inv = people["investigator"]
    first = o.create_order(inv, order_input(inv, reductions={
        "irinotecan": (-1, "grade 3 diarrhoea")}))
    lines = {line.drug_id: line for line in o.load_order(inv, first).lines}
    assert (lines["irinotecan"].level, lines["irinotecan"].final_mg) == (-1, 275)
    assert lines["irinotecan"].reduction_reason == "grade 3 diarrhoea"
    with pytest.raises(ValidationError, match="never increased again"):
        o.plan_order(inv, order_input(inv, reductions={"irinotecan": (0, "recovered")}))
    nxt = o.plan_order(inv, order_input(inv))  # the next cycle keeps the reduced level
    assert nxt.cycle == 2
    assert next(x for x in nxt.lines if x.drug.id == "irinotecan").level == -1
    with pytest.raises(ValidationError, match="reason for reducing"):
        o.plan_order(inv, order_input(inv, reductions={"irinotecan": (-2, "")}))
    with pytest.raises(ValidationError, match="no dose level -3"):
        o.plan_order(inv, order_input(inv, reductions={"irinotecan": (-3, "x")}))


def test_stopping_hai_keeps_the_systemic_drugs(people: dict[str, Workspace]) -> None:
    inv = people["investigator"]
    oid = o.create_order(inv, order_input(inv, stops={"oxaliplatin_hai": "catheter removed"}))
    lines = {line.drug_id: line for line in o.load_order(inv, oid).lines}
    assert lines["oxaliplatin_hai"].stopped and lines["fluorouracil_infusion"].final_mg > 0
    nxt = o.plan_order(inv, order_input(inv))
    assert next(x for x in nxt.lines if x.drug.id == "oxaliplatin_hai").stopped


def test_the_lifecycle_by_role(people: dict[str, Workspace]) -> None:
    inv, ph, nurse, nurse2 = (people[k] for k in ("investigator", "pharmacist", "nurse",
                                                  "nurse2"))
    with pytest.raises(PermissionDenied):
        o.create_order(nurse, order_input(nurse))
    oid = o.create_order(inv, order_input(inv))
    with pytest.raises(ConflictError, match="only a pharmacist-verified order is printed"):
        o.order_sheet_pdf(nurse, oid)
    with pytest.raises(PermissionDenied):
        o.sign_order(ph, oid, "pine-training")
    with pytest.raises(AuthenticationError):
        o.sign_order(inv, oid, "wrong")
    o.sign_order(inv, oid, "indigo-training")
    with pytest.raises(PermissionDenied):
        o.verify_order(inv, oid, "indigo-training")
    o.verify_order(ph, oid, "pine-training")
    catheter_fit_today(people)
    o.order_sheet_pdf(nurse, oid)
    with pytest.raises(ConflictError, match="double check is not complete"):
        adm.record_administration(nurse, oid, as_ordered(nurse, oid), "navy-training")
    check_twice(people, oid)
    adm.record_administration(nurse, oid, as_ordered(nurse, oid), "navy-training")
    with pytest.raises(PermissionDenied, match="another nurse"):
        adm.confirm_administration(nurse, oid, "navy-training")
    adm.confirm_administration(nurse2, oid, "nutmeg-training")
    view = o.load_order(nurse, oid)
    assert view.order.status == o.ADMINISTERED
    assert [s.meaning for s in view.signatures] == [
        "prescribed", "pharmacist verified", "independent double check",
        "independent double check", "administered", "second-nurse check"]
    assert view.signatures_valid


def test_rejection_and_superseding(people: dict[str, Workspace]) -> None:
    inv, ph = people["investigator"], people["pharmacist"]
    oid = o.create_order(inv, order_input(inv))
    o.sign_order(inv, oid, "indigo-training")
    with pytest.raises(ValidationError, match="why"):
        o.reject_order(ph, oid, " ")
    o.reject_order(ph, oid, "weight from last month; re-weigh")
    assert o.load_order(ph, oid).order.status == o.REJECTED
    new = o.create_order(inv, order_input(inv, weight="66 kg"), supersedes=oid)
    assert o.load_order(inv, new).order.cycle == 1
    second = o.create_order(inv, order_input(inv, weight="66.5 kg"), supersedes=new)
    old = o.load_order(inv, new).order
    assert (old.status, old.void_reason) == (o.VOIDED, f"superseded by order #{second}")


def test_a_changed_order_no_longer_verifies(people: dict[str, Workspace], demo_db: Path) -> None:
    inv, ph = people["investigator"], people["pharmacist"]
    oid = o.create_order(inv, order_input(inv))
    o.sign_order(inv, oid, "indigo-training")
    key = database_key(demo_db, "investigator", "indigo-training")
    with raw_connection(demo_db, key) as conn:
        conn.execute("UPDATE order_lines SET final_mg = 3250 WHERE drug_id = 'irinotecan'")
    assert not o.load_order(ph, oid).signatures_valid
    with pytest.raises(ConflictError, match="no longer matches what was signed"):
        o.verify_order(ph, oid, "pine-training")


def test_reweigh_notice(people: dict[str, Workspace]) -> None:
    inv = people["investigator"]
    o.create_order(inv, order_input(inv))
    plan = o.plan_order(inv, order_input(inv, weight="62 kg"))
    assert any("Weight changed -11.4 % since cycle 1" in n for n in plan.notices)
    assert not any("Weight changed" in n for n in o.plan_order(inv, order_input(
        inv, weight="66 kg")).notices)


@pytest.mark.parametrize("value, text", [(4350, "4,350"), (0.5, "0.5"), (2.50, "2.5"),
                                         (180, "180"), (1234.5, "1,234.5"), (0.126, "0.13")])
def test_ismp_number_style(value: float, text: str) -> None:
    assert ismp(value) == text


def _text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def _words_in_one_cell(pdf: bytes, *words: str) -> bool:
    """The words stand one under another at the same left edge (a wrapped table cell)."""
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        found = document.pages[0].extract_words()
    for first in (w for w in found if w["text"] == words[0]):
        column = [w for w in found if abs(w["x0"] - first["x0"]) < 1 and w["top"] >= first["top"]]
        if [w["text"] for w in sorted(column, key=lambda w: w["top"])][:len(words)] == list(
                words):
            return True
    return False


def test_the_sheet_read_back(people: dict[str, Workspace]) -> None:
    inv, ph, nurse = people["investigator"], people["pharmacist"], people["nurse"]
    oid = o.create_order(inv, order_input(inv, reductions={"irinotecan": (-1, "grade 3 "
                                                                              "diarrhoea")}))
    draft = _text(o.order_preview_pdf(inv, oid))
    assert "DRAFT — NOT FOR ADMINISTRATION" in draft
    o.sign_order(inv, oid, "indigo-training")
    o.verify_order(ph, oid, "pine-training")
    catheter_fit_today(people)
    sheet = o.order_sheet_pdf(nurse, oid)
    first = _text(sheet)
    assert _words_in_one_cell(sheet, "hepatic", "intra-arterial", "infusion")
    assert _words_in_one_cell(sheet, "continuous", "intravenous", "infusion")
    for expected in ("BAEK, Dong-hyun", "30 Jan 1958", "TR-7729561", "HAI-001", "penicillin",
                     "cycle 1", "1.82 m² (Mosteller)", "(−1 %)", "Cockcroft–Gault", "bevacizumab",
                     "350 mg", "oxaliplatin", "180 mg", "irinotecan", "275 mg", "4,350 mg",
                     "46 h", "Prescriber", "Pharmacist",
                     "Nurse administering", "Second nurse", "Dr Joon-ho Lee", "Seo-yeon Kim",
                     "Page 1 of 2", "hai-desktop 0.1.0", "HAI-ORDER-", "TRAINING",
                     "Dose levels not confirmed by the investigator"):
        assert expected in first, expected
    assert "Dose reduced — reason: level -1 since cycle 1: grade 3 diarrhoea" in first
    assert "DRAFT" not in first and "REPRINT" not in first
    # ISMP: no trailing zero after a decimal point, never "mg.", always a leading zero.
    dose_lines = [line for line in first.splitlines() if "mg" in line or "m²" in line]
    assert not [x for x in dose_lines if re.search(r"\d\.\d*0(?!\d)|mg\.|(?<![\d])\.\d", x)]
    second = _text(o.order_sheet_pdf(nurse, oid))
    assert "REPRINT — copy 2" in second
    prints = [r for r in audit_page(inv, limit=5) if r.action == "print"]
    assert '"copy":2' in (prints[0].new_values or "")


def test_a_stopped_drug_cannot_be_restarted(people: dict[str, Workspace]) -> None:
    inv = people["investigator"]
    o.create_order(inv, order_input(inv, stops={"oxaliplatin_hai": "catheter removed"}))
    with pytest.raises(ValidationError, match="not given again"):
        o.plan_order(inv, order_input(inv, reductions={"oxaliplatin_hai": (-1, "restart")}))


def test_the_sites_thresholds_decide_holds_and_go_on_the_sheet(
        people: dict[str, Workspace], settings: Settings, demo_db: Path) -> None:
    admin = sign_in(demo_db, "admin", "amber-training", settings)
    try:
        set_site_rule(admin, "pre_cycle_anc_min", "2000 /µL", "local FOLFIRI policy")
        set_site_rule(admin, "bsa_cap_m2", "1.8", "local policy for this trial")
        with pytest.raises(ValidationError, match="0–3"):
            set_site_rule(admin, "bsa_cap_m2", "3.5", "typo")
    finally:
        admin.db.close()
    inv, ph, nurse = people["investigator"], people["pharmacist"], people["nurse"]
    with pytest.raises(ValidationError, match=r"ANC 1.9 ×10⁹/L is below 2 ×10⁹/L \[site rule\]"):
        o.plan_order(inv, order_input(inv, anc="1.9"))
    plan = o.plan_order(inv, order_input(inv, anc="1.9", hold_override="agreed"))
    assert plan.bsa.magnitude == 1.8 and plan.bsa_cap_m2 == 1.8
    assert any("BSA capped at 1.8 m² [site rule]" in n for n in plan.notices)
    oid = o.create_order(inv, order_input(inv, anc="2.4"))
    o.sign_order(inv, oid, "indigo-training")
    o.verify_order(ph, oid, "pine-training")
    sheet = _text(o.order_sheet_pdf(nurse, oid))
    # ISMP lists > and < as error-prone: the thresholds are written in words.
    assert "at least 2 ×10⁹/L [site rule]" in sheet and "at least 75 ×10⁹/L [site rule]" in sheet
    assert "capped at 1.8 m² [site rule]" in sheet
