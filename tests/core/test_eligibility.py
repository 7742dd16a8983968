"""Eligibility against Table 1: every boundary in every unit, each criterion alone, and the
three-state result that cannot contradict itself."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hai_desktop.core.eligibility import (
    Answer,
    AssessmentContext,
    Kind,
    Status,
    Verdict,
    evaluate,
    load_checklist,
    protocol_checklist,
)
from hai_desktop.core.errors import HaiError
from hai_desktop.core.units import parse_quantity

TODAY = date(2026, 11, 24)
LAB_DAY = TODAY - timedelta(days=3)
MDT_ALL = "surgery;radiology;interventional radiology;medical oncology"


def context(**changes: object) -> AssessmentContext:
    base = AssessmentContext(
        assessment_date=TODAY, date_of_birth=date(1966, 11, 24), sex="M",
        uln={"ast": parse_quantity("40 U/L", "ast"), "alt": parse_quantity("40 U/L", "alt"),
             "alp": parse_quantity("120 U/L", "alp"),
             "total_bilirubin": parse_quantity("1.2 mg/dL", "total_bilirubin")},
        lab_window_days=28)
    return replace(base, **changes)  # type: ignore[arg-type]


def eligible_answers() -> dict[str, Answer]:
    """A patient who meets every criterion (60 years old, male)."""
    return {
        "ecog": Answer(choice="0"),
        "stage_iv_liver_only": Answer(choice="yes"),
        "mdt_unresectable": Answer(details={"date": "2026-11-20", "disciplines": MDT_ALL,
                                            "decision": "unresectable", "reasons": "0;1"}),
        "no_prior_chemotherapy": Answer(choice="yes"),
        "anc": Answer(value="3.2 ×10⁹/L", test_date=LAB_DAY),
        "hemoglobin": Answer(value="12.1 g/dL", test_date=LAB_DAY),
        "platelets": Answer(value="240 ×10⁹/L", test_date=LAB_DAY),
        "ast": Answer(value="35 U/L", test_date=LAB_DAY),
        "alt": Answer(value="30 U/L", test_date=LAB_DAY),
        "alp": Answer(value="150 U/L", test_date=LAB_DAY),
        "total_bilirubin": Answer(value="0.8 mg/dL", test_date=LAB_DAY),
        "crcl": Answer(test_date=LAB_DAY, details={"weight": "70 kg", "creatinine": "0.9 mg/dL"}),
        "proteinuria": Answer(choice="negative", test_date=LAB_DAY),
        "life_expectancy": Answer(choice="yes"),
        "all_segments": Answer(choice="no"),
        "bilobar_lesions": Answer(choice="no"),
        "bilobar_extent": Answer(choice="no"),
        "extrahepatic": Answer(choice="no"),
        "neuropathy": Answer(choice="0"),
        "other_condition": Answer(choice="no"),
    }


def verdict(criterion_id: str, answer: Answer, ctx: AssessmentContext | None = None) -> Verdict:
    answers = eligible_answers() | {criterion_id: answer}
    return evaluate(protocol_checklist(), answers, ctx or context()).outcome(criterion_id).verdict


def test_the_checklist_is_table_1() -> None:
    checklist = protocol_checklist()
    assert len(checklist.criteria) == 21
    assert sum(c.group == "exclusion" for c in checklist.criteria) == 6
    kinds = {c.id: c.kind for c in checklist.criteria}
    assert kinds["crcl"] is Kind.CRCL and kinds["age"] is Kind.AGE
    assert "Table 1" in checklist.source


def test_a_complete_eligible_patient() -> None:
    result = evaluate(protocol_checklist(), eligible_answers(), context())
    assert result.status is Status.ELIGIBLE
    assert result.reasons == () and result.missing_answers == ()


# ---- boundaries: just inside, on, just outside, in each accepted unit -------------------------

LAB = LAB_DAY
BOUNDARIES = [
    # ANC ≥ 1.5 ×10⁹/L
    ("anc", "1.5 ×10⁹/L", Verdict.PASSES), ("anc", "1.51 ×10⁹/L", Verdict.PASSES),
    ("anc", "1.49 ×10⁹/L", Verdict.FAILS),
    ("anc", "1500 /µL", Verdict.PASSES), ("anc", "1499 /µL", Verdict.FAILS),
    ("anc", "1500 /mm³", Verdict.PASSES), ("anc", "1499 /mm³", Verdict.FAILS),
    ("anc", "1.5 G/L", Verdict.PASSES), ("anc", "1.499 G/L", Verdict.FAILS),
    # Hb ≥ 9.0 g/dL
    ("hemoglobin", "9.0 g/dL", Verdict.PASSES), ("hemoglobin", "9.01 g/dL", Verdict.PASSES),
    ("hemoglobin", "8.99 g/dL", Verdict.FAILS),
    ("hemoglobin", "90 g/L", Verdict.PASSES), ("hemoglobin", "89.9 g/L", Verdict.FAILS),
    ("hemoglobin", "5.59 mmol/L", Verdict.PASSES), ("hemoglobin", "5.58 mmol/L", Verdict.FAILS),
    # Platelets ≥ 100 ×10⁹/L
    ("platelets", "100 ×10⁹/L", Verdict.PASSES), ("platelets", "99.9 ×10⁹/L", Verdict.FAILS),
    ("platelets", "100000 /µL", Verdict.PASSES), ("platelets", "99999 /µL", Verdict.FAILS),
    ("platelets", "100,000 /mm³", Verdict.PASSES),
    # AST, ALT, ALP ≤ 5 × ULN (ULN 40, 40, 120 U/L)
    ("ast", "200 U/L", Verdict.PASSES), ("ast", "200.1 U/L", Verdict.FAILS),
    ("ast", "199.9 IU/L", Verdict.PASSES), ("ast", "3.33 µkat/L", Verdict.PASSES),
    ("ast", "3.34 µkat/L", Verdict.FAILS),
    ("alt", "200 U/L", Verdict.PASSES), ("alt", "201 U/L", Verdict.FAILS),
    ("alp", "600 U/L", Verdict.PASSES), ("alp", "600.5 U/L", Verdict.FAILS),
    ("alp", "10 µkat/L", Verdict.PASSES), ("alp", "10.01 µkat/L", Verdict.FAILS),
    # Total bilirubin ≤ 1.5 × ULN (ULN 1.2 mg/dL → 1.8 mg/dL ≈ 30.79 µmol/L)
    ("total_bilirubin", "1.8 mg/dL", Verdict.PASSES),
    ("total_bilirubin", "1.81 mg/dL", Verdict.FAILS),
    ("total_bilirubin", "30.7 µmol/L", Verdict.PASSES),
    ("total_bilirubin", "30.9 µmol/L", Verdict.FAILS),
]


@pytest.mark.parametrize("criterion_id, value, expected", BOUNDARIES)
def test_lab_boundaries(criterion_id: str, value: str, expected: Verdict) -> None:
    assert verdict(criterion_id, Answer(value=value, test_date=LAB)) is expected


def test_a_per_result_uln_overrides_the_site_uln() -> None:
    answer = Answer(value="250 U/L", test_date=LAB)
    assert verdict("ast", answer) is Verdict.FAILS
    assert verdict("ast", replace(answer, uln="50 U/L")) is Verdict.PASSES  # exactly 5 × ULN
    assert verdict("ast", replace(answer, uln="49.9 U/L")) is Verdict.FAILS


@pytest.mark.parametrize("weight, creatinine, sex, expected", [
    # male, 60 y: (140 − 60) × 81 / (72 × 2.0) = 45.0 exactly
    ("81 kg", "2.0 mg/dL", "M", Verdict.PASSES),
    ("81 kg", "2.01 mg/dL", "M", Verdict.FAILS),
    ("80.9 kg", "2.0 mg/dL", "M", Verdict.FAILS),
    ("178.5745 lb", "2.0 mg/dL", "M", Verdict.PASSES),
    ("178.5 lb", "2.0 mg/dL", "M", Verdict.FAILS),
    ("81 kg", "176.7 µmol/L", "M", Verdict.PASSES),
    ("81 kg", "176.9 µmol/L", "M", Verdict.FAILS),
    ("81 kg", "20 mg/L", "M", Verdict.PASSES),
    # female × 0.85: (80 × 81 / 144) × 0.85 = 38.25
    ("81 kg", "2.0 mg/dL", "F", Verdict.FAILS),
])
def test_creatinine_clearance_boundary(weight: str, creatinine: str, sex: str,
                                       expected: Verdict) -> None:
    answer = Answer(test_date=LAB, details={"weight": weight, "creatinine": creatinine})
    assert verdict("crcl", answer, context(sex=sex)) is expected


@pytest.mark.parametrize("dipstick, protein, expected", [
    ("negative", "", Verdict.PASSES), ("trace", "", Verdict.PASSES),
    ("1+", "", Verdict.PASSES), ("2+", "", Verdict.UNKNOWN),
    ("2+", "1.0 g/24 h", Verdict.PASSES), ("2+", "1.01 g/24 h", Verdict.FAILS),
    ("3+", "1000 mg/24 h", Verdict.PASSES), ("4+", "1001 mg/24h", Verdict.FAILS),
    ("2+", "0.99 g/day", Verdict.PASSES),
])
def test_proteinuria(dipstick: str, protein: str, expected: Verdict) -> None:
    answer = Answer(choice=dipstick, test_date=LAB, details={"protein_24h": protein})
    assert verdict("proteinuria", answer) is expected


@pytest.mark.parametrize("born, expected", [
    (date(2007, 11, 24), Verdict.PASSES),   # 19th birthday on the assessment day
    (date(2007, 11, 25), Verdict.FAILS),    # 18 for one more day
    (date(1930, 1, 1), Verdict.PASSES),
])
def test_age_boundary(born: date, expected: Verdict) -> None:
    assert verdict("age", Answer(), context(date_of_birth=born)) is expected


@pytest.mark.parametrize("criterion_id, value, expected", [
    ("ecog", "1", Verdict.PASSES), ("ecog", "2", Verdict.FAILS),
    ("neuropathy", "1", Verdict.PASSES), ("neuropathy", "2", Verdict.FAILS),
])
def test_ordinal_boundaries(criterion_id: str, value: str, expected: Verdict) -> None:
    assert verdict(criterion_id, Answer(choice=value)) is expected


# ---- each criterion alone --------------------------------------------------------------------

FAILING_ANSWER = {
    "ecog": Answer(choice="2"),
    "stage_iv_liver_only": Answer(choice="no"),
    "mdt_unresectable": Answer(details={"decision": "resectable"}),
    "no_prior_chemotherapy": Answer(choice="no"),
    "anc": Answer(value="1.2", test_date=LAB_DAY),
    "hemoglobin": Answer(value="8.1", test_date=LAB_DAY),
    "platelets": Answer(value="80", test_date=LAB_DAY),
    "ast": Answer(value="250", test_date=LAB_DAY),
    "alt": Answer(value="250", test_date=LAB_DAY),
    "alp": Answer(value="700", test_date=LAB_DAY),
    "total_bilirubin": Answer(value="2.5", test_date=LAB_DAY),
    "crcl": Answer(test_date=LAB_DAY, details={"weight": "50 kg", "creatinine": "2.5 mg/dL"}),
    "proteinuria": Answer(choice="3+", test_date=LAB_DAY, details={"protein_24h": "2 g/24 h"}),
    "life_expectancy": Answer(choice="no"),
    "all_segments": Answer(choice="yes"),
    "bilobar_lesions": Answer(choice="yes"),
    "bilobar_extent": Answer(choice="yes"),
    "extrahepatic": Answer(choice="yes"),
    "neuropathy": Answer(choice="3"),
    "other_condition": Answer(choice="yes"),
}


@pytest.mark.parametrize("criterion_id", sorted(FAILING_ANSWER))
def test_flipping_one_criterion_names_exactly_that_one(criterion_id: str) -> None:
    answers = eligible_answers() | {criterion_id: FAILING_ANSWER[criterion_id]}
    result = evaluate(protocol_checklist(), answers, context())
    assert result.status is Status.INELIGIBLE
    assert [o.criterion.id for o in result.failed] == [criterion_id]
    assert len(result.reasons) == 1
    assert result.reasons[0].startswith(protocol_checklist().get(criterion_id).text)


def test_age_alone_fails() -> None:
    result = evaluate(protocol_checklist(), eligible_answers(),
                      context(date_of_birth=date(2010, 1, 1)))
    assert [o.criterion.id for o in result.failed] == ["age"]


def test_every_failed_criterion_is_named() -> None:
    answers = eligible_answers() | {k: FAILING_ANSWER[k] for k in ("anc", "extrahepatic")}
    result = evaluate(protocol_checklist(), answers, context())
    assert [o.criterion.id for o in result.failed] == ["anc", "extrahepatic"]


@pytest.mark.parametrize("criterion_id", sorted(eligible_answers()))
def test_a_missing_answer_leaves_it_undetermined_and_named(criterion_id: str) -> None:
    answers = eligible_answers()
    del answers[criterion_id]
    result = evaluate(protocol_checklist(), answers, context())
    assert result.status is Status.UNDETERMINED
    assert [o.criterion.id for o in result.missing] == [criterion_id]
    assert result.reasons == ()


def test_nothing_answered_names_every_missing_item() -> None:
    result = evaluate(protocol_checklist(), {}, context(date_of_birth=None))
    assert result.status is Status.UNDETERMINED
    assert len(result.missing_answers) == 21


def test_not_yet_known_is_not_an_answer() -> None:
    assert verdict("extrahepatic", Answer(choice="unknown")) is Verdict.UNKNOWN


# ---- dates and entry problems ----------------------------------------------------------------

def test_a_lab_older_than_the_site_window_shows_its_age() -> None:
    answers = eligible_answers() | {"anc": Answer(value="3", test_date=TODAY - timedelta(29))}
    outcome = evaluate(protocol_checklist(), answers, context()).outcome("anc")
    assert outcome.verdict is Verdict.UNKNOWN
    assert outcome.problem is not None and "29 days old" in outcome.problem.message
    assert "site window is 28 days" in outcome.problem.message
    on_edge = eligible_answers() | {"anc": Answer(value="3", test_date=TODAY - timedelta(28))}
    assert evaluate(protocol_checklist(), on_edge, context()).outcome("anc").verdict is \
        Verdict.PASSES


def test_a_lab_dated_in_the_future_is_refused() -> None:
    answers = eligible_answers() | {"anc": Answer(value="3", test_date=TODAY + timedelta(1))}
    outcome = evaluate(protocol_checklist(), answers, context()).outcome("anc")
    assert outcome.verdict is Verdict.UNKNOWN and "in the future" in outcome.detail


def test_a_lab_without_a_date_asks_for_it() -> None:
    outcome = evaluate(protocol_checklist(), eligible_answers() | {"anc": Answer(value="3")},
                       context()).outcome("anc")
    assert outcome.verdict is Verdict.UNKNOWN and "date of the" in outcome.detail


@pytest.mark.parametrize("value, message", [
    ("three", "is not a valid absolute neutrophil count"),
    ("3 kg", "not a unit for absolute neutrophil count"),
    ("-1", "cannot be negative"),
])
def test_a_bad_value_is_explained_not_guessed(value: str, message: str) -> None:
    outcome = evaluate(protocol_checklist(), eligible_answers() | {
        "anc": Answer(value=value, test_date=LAB_DAY)}, context()).outcome("anc")
    assert outcome.verdict is Verdict.UNKNOWN
    assert outcome.problem is not None and message in outcome.problem.message
    assert outcome.problem.field == "anc"


@pytest.mark.parametrize("details, expected, text", [
    ({"date": "2026-11-20", "disciplines": "surgery;radiology;medical oncology",
      "decision": "unresectable", "reasons": "0"}, Verdict.FAILS, "interventional radiology"),
    ({"date": "2026-11-20", "disciplines": MDT_ALL, "decision": "unresectable", "reasons": ""},
     Verdict.UNKNOWN, "which unresectability criterion"),
    ({"date": "", "disciplines": MDT_ALL, "decision": "unresectable", "reasons": "1"},
     Verdict.UNKNOWN, "meeting date"),
    ({"date": "2026-12-20", "disciplines": MDT_ALL, "decision": "unresectable", "reasons": "1"},
     Verdict.UNKNOWN, "in the future"),
    ({"date": "2026-11-20", "disciplines": MDT_ALL, "decision": "unresectable", "reasons": "1"},
     Verdict.PASSES, "criterion 2"),
    # A digit int() cannot read ("²" is a digit to str.isdigit) once escaped as ValueError.
    ({"date": "2026-11-20", "disciplines": MDT_ALL, "decision": "unresectable", "reasons": "²"},
     Verdict.UNKNOWN, "Choose the unresectability criterion"),
])
def test_mdt_decision(details: dict[str, str], expected: Verdict, text: str) -> None:
    outcome = evaluate(protocol_checklist(), eligible_answers() | {
        "mdt_unresectable": Answer(details=details)}, context()).outcome("mdt_unresectable")
    assert outcome.verdict is expected and text in outcome.detail


# ---- the result cannot contradict itself -----------------------------------------------------

CHOICES = st.sampled_from([None, "", "yes", "no", "unknown", "0", "1", "2", "3", "2+", "maybe"])
VALUES = st.sampled_from([None, "", "1.0", "1.5", "150", "9 g/dL", "x", "-1", "40 U/L"])


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(st.sampled_from(sorted(FAILING_ANSWER)),
                       st.builds(Answer, choice=CHOICES, value=VALUES,
                                 test_date=st.sampled_from([None, LAB_DAY]))))
def test_status_and_reasons_always_agree(answers: dict[str, Answer]) -> None:
    result = evaluate(protocol_checklist(), answers, context())
    if result.status is Status.ELIGIBLE:
        assert result.reasons == () and result.missing_answers == ()
    elif result.status is Status.INELIGIBLE:
        assert result.reasons and len(result.reasons) == len(result.failed)
    else:
        assert result.reasons == () and result.missing_answers


# ---- the data file itself --------------------------------------------------------------------

def test_a_broken_criteria_file_names_file_and_entry(tmp_path: Path) -> None:
    bad = tmp_path / "eligibility.toml"
    bad.write_text('[[criterion]]\nid = "anc"\ngroup = "inclusion"\nsection = "x"\n'
                   'text = "ANC"\nkind = "lab_min"\nquantity = "anc"\n', encoding="utf-8")
    with pytest.raises(HaiError, match=r"eligibility.toml, criterion #1 \(anc\): missing min"):
        load_checklist(bad)
    bad.write_text("[[criterion]\n", encoding="utf-8")
    with pytest.raises(HaiError, match=r"not valid TOML.*line 1"):
        load_checklist(bad)
