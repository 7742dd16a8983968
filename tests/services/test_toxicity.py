"""Adverse events and lab results on a real encrypted file: checks with their fields, correction
with a reason, voiding by role, the per-cycle history, lab grading against the site's limits,
G-CSF advice, and the dose decision a grade ≥ 3 event makes due on the next order."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from hai_desktop.core.errors import ConflictError, PermissionDenied, ValidationError
from hai_desktop.services import labs, toxicity
from hai_desktop.services import orders as o
from hai_desktop.services.audit_trail import audit_page
from hai_desktop.services.site_rules import set_site_rule
from hai_desktop.services.workspace import Workspace
from tests.services.conftest import pid

TODAY = date.today()
CONTROL = ("fluorouracil_bolus", "fluorouracil_infusion", "irinotecan", "leucovorin")


def all_unrelated(ws: Workspace, patient_id: int) -> dict[str, str]:
    return {d.id: "unrelated" for d in toxicity.regimen_drugs(ws, patient_id)}


def event(ws: Workspace, number: str = "S-0005", **changes: object) -> toxicity.EventInput:
    patient_id = pid(ws, number)
    base = toxicity.EventInput(
        patient_id=patient_id, term="Diarrhea", grade=2, onset=TODAY - timedelta(days=3),
        attributions={**all_unrelated(ws, patient_id), "irinotecan": "probable"},
        outcome="recovering/resolving", cycle=3)
    return replace(base, **changes)  # type: ignore[arg-type]


# ---- adverse events --------------------------------------------------------------------------

def test_an_event_is_recorded_with_its_meddra_code_and_attributions(
        people: dict[str, Workspace]) -> None:
    nurse = people["nurse"]
    event_id = toxicity.record_event(nurse, event(nurse))
    (saved,) = [e for e in toxicity.events_for_patient(nurse, pid(nurse, "S-0005"))
                if e.id == event_id]
    assert (saved.term, saved.grade, saved.cycle, saved.recorded_by) == (
        "Diarrhea", 2, 3, "nurse")
    assert saved.meddra_code == "10012727"  # CTCAE v4.03 sheet, Diarrhea
    assert toxicity.attributions_of(saved)["irinotecan"] == "probable"
    assert set(toxicity.attributions_of(saved)) == set(CONTROL) | {"bevacizumab"}


@pytest.mark.parametrize("changes, field, message", [
    ({"term": "Tummy ache"}, "term", "not a CTCAE v4.03 term"),
    ({"grade": None}, "grade", "Choose the grade"),
    ({"term": "Nausea", "grade": 4}, "grade", "no grade 4 for Nausea"),
    ({"term": "Gastrointestinal disorders - Other, specify"}, "specify", "specified in words"),
    ({"onset": TODAY + timedelta(days=1)}, "onset", "future"),
    ({"onset": None}, "onset", "onset date"),
    ({"resolved": TODAY - timedelta(days=5)}, "resolved", "before the onset"),
    ({"attributions": {"irinotecan": "probable"}}, "attributions",
     "fluorouracil bolus, fluorouracil infusion"),
    ({"serious": True}, "serious_criterion", "criterion"),
    ({"grade": 5}, "outcome", "fatal"),
    ({"outcome": "fatal"}, "grade", "grade 5"),
    ({"action": "prayed"}, "action", "Action taken"),
])
def test_bad_events_are_refused_with_their_field(people: dict[str, Workspace],
                                                 changes: dict[str, object], field: str,
                                                 message: str) -> None:
    nurse = people["nurse"]
    with pytest.raises(ValidationError, match=message) as info:
        toxicity.record_event(nurse, event(nurse, **changes))
    assert info.value.field == field


def test_events_only_for_randomized_patients_and_by_allowed_roles(
        people: dict[str, Workspace]) -> None:
    nurse, pharmacist = people["nurse"], people["pharmacist"]
    with pytest.raises(ConflictError, match="not randomized"):
        toxicity.record_event(nurse, replace(event(nurse), patient_id=pid(nurse, "S-0003")))
    with pytest.raises(PermissionDenied):
        toxicity.record_event(pharmacist, event(nurse))


def test_a_correction_needs_a_reason_and_is_audited(people: dict[str, Workspace]) -> None:
    nurse, inv = people["nurse"], people["investigator"]
    event_id = toxicity.record_event(nurse, event(nurse))
    with pytest.raises(ValidationError, match="reason") as info:
        toxicity.correct_event(nurse, event_id, event(nurse, grade=3), "  ")
    assert info.value.field == "reason"
    toxicity.correct_event(nurse, event_id, event(nurse, grade=3), "stool count re-checked")
    saved = next(e for e in toxicity.events_for_patient(nurse, pid(nurse, "S-0005"))
                 if e.id == event_id)
    assert saved.grade == 3 and saved.updated_at is not None
    row = next(r for r in audit_page(inv, limit=20)
               if r.entity == "adverse_events" and r.action == "update")
    assert row.reason == "stool count re-checked"
    assert '"grade":2' in (row.old_values or "").replace(" ", "")
    assert '"grade":3' in (row.new_values or "").replace(" ", "")


def test_only_an_investigator_voids_and_a_voided_event_stays_on_file(
        people: dict[str, Workspace]) -> None:
    nurse, inv = people["nurse"], people["investigator"]
    event_id = toxicity.record_event(nurse, event(nurse))
    with pytest.raises(PermissionDenied):
        toxicity.void_event(nurse, event_id, "duplicate")
    with pytest.raises(ValidationError, match="reason"):
        toxicity.void_event(inv, event_id, "")
    toxicity.void_event(inv, event_id, "entered for the wrong patient")
    patient_id = pid(inv, "S-0005")
    assert event_id not in [e.id for e in toxicity.events_for_patient(inv, patient_id)]
    kept = [e for e in toxicity.events_for_patient(inv, patient_id, include_voided=True)
            if e.id == event_id]
    assert kept[0].void_reason == "entered for the wrong patient"
    with pytest.raises(ConflictError, match="voided"):
        toxicity.correct_event(nurse, event_id, event(nurse), "late change")


def test_the_history_keeps_the_worst_grade_per_term_per_cycle(
        people: dict[str, Workspace]) -> None:
    nurse = people["nurse"]
    patient_id = pid(nurse, "S-0005")
    before = {row.term: dict(row.worst)
              for row in toxicity.toxicity_history(nurse, patient_id)[1]}
    toxicity.record_event(nurse, event(nurse, term="Nausea", grade=1, cycle=2))
    toxicity.record_event(nurse, event(nurse, term="Nausea", grade=2, cycle=2))
    toxicity.record_event(nurse, event(nurse, term="Nausea", grade=1, cycle=3))
    cycles, rows = toxicity.toxicity_history(nurse, patient_id)
    nausea = next(r for r in rows if r.term == "Nausea")
    assert {2, 3} <= set(cycles)
    assert nausea.worst[2] == max(2, before.get("Nausea", {}).get(2, 0))
    assert nausea.worst[3] == max(1, before.get("Nausea", {}).get(3, 0))
    # The worst terms come first.
    assert [max(r.worst.values()) for r in rows] == sorted(
        (max(r.worst.values()) for r in rows), reverse=True)


def test_gcsf_advice_after_febrile_neutropenia(people: dict[str, Workspace]) -> None:
    nurse = people["nurse"]
    patient_id = pid(nurse, "S-0004")
    assert toxicity.gcsf_advice(nurse, patient_id) == []
    toxicity.record_event(nurse, event(
        nurse, "S-0004", term="Febrile neutropenia", grade=3, cycle=1,
        attributions={**all_unrelated(nurse, patient_id), "irinotecan": "probable"},
        outcome="recovered/resolved", resolved=TODAY - timedelta(days=1)))
    (reason,) = toxicity.gcsf_advice(nurse, patient_id)
    assert "febrile neutropenia" in reason.lower()


# ---- the dose decision -----------------------------------------------------------------------

def order_for(ws: Workspace, number: str, **changes: object) -> o.OrderInput:
    base = o.OrderInput(patient_id=pid(ws, number), day1=TODAY, targeted_agent="bevacizumab",
                        height="158 cm", weight="54 kg", measured_on=TODAY, anc="2.1",
                        platelets="180", labs_date=TODAY - timedelta(days=1),
                        creatinine="0.8 mg/dL")
    return replace(base, **changes)  # type: ignore[arg-type]


def test_a_grade_3_related_event_makes_a_decision_due_on_the_next_order(
        people: dict[str, Workspace]) -> None:
    nurse, inv = people["nurse"], people["investigator"]
    event_id = toxicity.record_event(nurse, event(nurse, grade=3))
    (due,) = [d for d in toxicity.pending_decisions(inv, pid(inv, "S-0005"))
              if d.event_id == event_id]
    assert (due.drug_id, due.grade, due.attribution) == ("irinotecan", 3, "probable")
    with pytest.raises(ValidationError, match="dose decision is due") as info:
        o.plan_order(inv, order_for(inv, "S-0005"))
    assert info.value.field == "irinotecan"
    # Continuing needs its reason; a reduction with a reason answers it.
    with pytest.raises(ValidationError, match="dose decision is due"):
        o.plan_order(inv, order_for(inv, "S-0005", continues={"irinotecan": "  "}))
    order_id = o.create_order(inv, order_for(
        inv, "S-0005", reductions={"irinotecan": (-2, "grade 3 diarrhoea cycle 3")}))
    assert not [d for d in toxicity.pending_decisions(inv, pid(inv, "S-0005"))
                if d.event_id == event_id]
    (decision,) = [d for d in toxicity.decisions_for_patient(inv, pid(inv, "S-0005"))
                   if d.adverse_event_id == event_id]
    assert (decision.decision, decision.order_id, decision.decided_by) == (
        "reduce", order_id, "investigator")
    notices = o.load_order(inv, order_id).notices
    assert any("Dose decision for irinotecan after grade 3 Diarrhea: reduce" in n
               for n in notices)


def test_continue_with_a_reason_answers_and_unrelated_drugs_need_nothing(
        people: dict[str, Workspace]) -> None:
    nurse, inv = people["nurse"], people["investigator"]
    patient_id = pid(nurse, "S-0005")
    event_id = toxicity.record_event(nurse, event(
        nurse, grade=3, attributions={**all_unrelated(nurse, patient_id),
                                      "irinotecan": "possible", "leucovorin": "unlikely"}))
    due = [d.drug_id for d in toxicity.pending_decisions(inv, patient_id)
           if d.event_id == event_id]
    assert due == ["irinotecan"]  # "unlikely" is not related
    plan = o.plan_order(inv, order_for(inv, "S-0005", continues={
        "irinotecan": "resolved within 48 h on loperamide"}))
    assert [(d.decision, d.reason) for d in plan.decisions] == [
        ("continue", "resolved within 48 h on loperamide")]


def test_a_delay_is_recorded_but_the_next_order_still_asks(
        people: dict[str, Workspace]) -> None:
    nurse, inv = people["nurse"], people["investigator"]
    event_id = toxicity.record_event(nurse, event(nurse, grade=3))
    with pytest.raises(PermissionDenied):
        toxicity.record_delay(nurse, event_id, "irinotecan", "wait for recovery")
    with pytest.raises(ConflictError, match="does not make a dose decision due"):
        toxicity.record_delay(inv, event_id, "leucovorin", "wait")
    toxicity.record_delay(inv, event_id, "irinotecan", "one week for recovery")
    saved = next(e for e in toxicity.events_for_patient(inv, pid(inv, "S-0005"))
                 if e.id == event_id)
    assert saved.action == "dose delayed"
    assert [d.drug_id for d in toxicity.pending_decisions(inv, pid(inv, "S-0005"))
            if d.event_id == event_id] == ["irinotecan"]


# ---- lab results -----------------------------------------------------------------------------

def lab(ws: Workspace, number: str = "S-0005", **changes: object) -> labs.LabInput:
    base = labs.LabInput(patient_id=pid(ws, number), term="Alanine aminotransferase increased",
                         value="130 U/L", taken_on=TODAY - timedelta(days=1), cycle=3)
    return replace(base, **changes)  # type: ignore[arg-type]


def test_a_lab_value_is_graded_against_the_sites_limit(people: dict[str, Workspace]) -> None:
    nurse, inv = people["nurse"], people["investigator"]
    preview = labs.preview_lab(nurse, lab(nurse))  # site ULN 40 U/L: 3.25 × ULN
    assert (preview.grade.grade, preview.uln, preview.own_limits) == (2, "40 U/L", False)
    assert preview.grade.rule_text == ">3.0 - 5.0 x ULN"
    # Exactly 3.0 × ULN is still grade 1, as CTCAE writes it.
    assert labs.preview_lab(nurse, lab(nurse, value="120 U/L")).grade.grade == 1
    set_site_rule(inv, "uln_alt", "50 U/L", "laboratory range changed")
    assert labs.preview_lab(nurse, lab(nurse)).grade.grade == 1  # 2.6 × ULN
    # The patient's own report may carry its limit.
    own = labs.preview_lab(nurse, lab(nurse, uln="25 U/L"))
    assert (own.grade.grade, own.own_limits) == (3, True)  # 5.2 × ULN


def test_sex_specific_limits(people: dict[str, Workspace]) -> None:
    nurse = people["nurse"]
    # 12.5 g/dL is below the men's LLN (13.5) and above the women's (12.0).
    man = labs.preview_lab(nurse, lab(nurse, "S-0006", term="Anemia", value="12.5 g/dL"))
    woman = labs.preview_lab(nurse, lab(nurse, "S-0005", term="Anemia", value="12.5 g/dL"))
    assert (man.grade.grade, man.lln) == (1, "13.5 g/dL")
    assert (woman.grade.grade, woman.lln) == (0, "12.0 g/dL")


@pytest.mark.parametrize("changes, field, message", [
    ({"value": "130 g/dL"}, "value", "not a unit for ALT"),
    ({"value": ""}, "value", "Enter the ALT"),
    ({"taken_on": TODAY + timedelta(days=2)}, "taken_on", "future"),
    ({"taken_on": None}, "taken_on", "date the sample"),
    ({"term": "Diarrhea"}, "term", "not available"),
    ({"uln": "-5 U/L"}, "uln", "negative"),
])
def test_bad_lab_input_is_refused(people: dict[str, Workspace], changes: dict[str, object],
                                  field: str, message: str) -> None:
    nurse = people["nurse"]
    with pytest.raises(ValidationError, match=message) as info:
        labs.record_lab(nurse, lab(nurse, **changes))
    assert info.value.field == field


def test_a_grade_other_than_the_labs_needs_a_reason(people: dict[str, Workspace]) -> None:
    nurse = people["nurse"]
    result_id = labs.record_lab(nurse, lab(nurse))
    (saved,) = [r for r in labs.labs_for_patient(nurse, pid(nurse, "S-0005"))
                if r.id == result_id]
    assert (saved.grade, saved.value, saved.unit, saved.uln_multiple) == (2, 130, "U/L", 3.25)
    from_lab = event(nurse, term="Alanine aminotransferase increased", lab_result_id=result_id)
    with pytest.raises(ValidationError, match="gives grade 2; you chose grade 3") as info:
        toxicity.record_event(nurse, replace(from_lab, grade=3))
    assert info.value.field == "grade_reason"
    event_id = toxicity.record_event(nurse, replace(
        from_lab, grade=3, grade_reason="rose to 6 × ULN on the repeat the same evening"))
    saved_event = next(e for e in toxicity.events_for_patient(nurse, pid(nurse, "S-0005"))
                       if e.id == event_id)
    assert (saved_event.grade, saved_event.computed_grade) == (3, 2)
    with pytest.raises(ValidationError, match="grades Alanine"):
        toxicity.record_event(nurse, replace(from_lab, term="Nausea"))


def test_creatinine_is_graded_against_the_first_result_as_baseline(
        people: dict[str, Workspace]) -> None:
    nurse = people["nurse"]
    first = lab(nurse, "S-0004", term="Creatinine increased", value="0.6 mg/dL",
                taken_on=TODAY - timedelta(days=20))
    labs.record_lab(nurse, first)
    # 1.0 mg/dL: below the men's ULN (1.2) but 1.67 × baseline: grade 2 (">1.5 - 3.0 x baseline").
    later = labs.preview_lab(nurse, replace(first, value="1.0 mg/dL",
                                            taken_on=TODAY - timedelta(days=1)))
    assert (later.baseline, later.grade.grade, later.grade.basis) == ("0.6 mg/dL", 2,
                                                                      "baseline")


def test_the_liver_series_is_in_multiples_of_uln_oldest_first(
        people: dict[str, Workspace]) -> None:
    nurse, inv = people["nurse"], people["investigator"]
    patient_id = pid(nurse, "S-0004")
    for days, value in ((10, "80 U/L"), (3, "200 U/L")):
        labs.record_lab(nurse, lab(nurse, "S-0004", value=value,
                                   taken_on=TODAY - timedelta(days=days)))
    labs.record_lab(nurse, lab(nurse, "S-0004", term="Blood bilirubin increased",
                               value="41 µmol/L"))
    voided = labs.record_lab(nurse, lab(nurse, "S-0004", value="999 U/L"))
    labs.void_lab(inv, voided, "haemolysed sample")
    series = labs.liver_series(nurse, patient_id)
    assert [(p.uln_multiple, p.grade) for p in series["ALT"]] == [(2.0, 1), (5.0, 2)]
    (bilirubin,) = series["Bilirubin"]
    assert round(bilirubin.uln_multiple, 2) == 2.0  # 41 µmol/L = 2.4 mg/dL over ULN 1.2
    assert series["AST"] == [] and series["ALP"] == []
