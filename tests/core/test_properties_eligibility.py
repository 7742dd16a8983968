"""Properties of the eligibility evaluation: whatever is typed into the screening checklist, for
any patient, it never raises; every criterion gets one verdict, and a refusal of an entry is an
"unknown" naming the criterion's own field (or the patient's date of birth, age or sex)."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from hai_desktop.core.eligibility import (
    Answer,
    AssessmentContext,
    Status,
    Verdict,
    evaluate,
    protocol_checklist,
)
from hai_desktop.core.units import parse_quantity

CHECKLIST = protocol_checklist()
PATIENT_FIELDS = {"date_of_birth", "age", "sex"}  # refusals about the patient, not an entry
IDS = [c.id for c in CHECKLIST.criteria]
DETAIL_KEYS = ["weight", "creatinine", "protein_24h", "date", "disciplines", "decision",
               "reasons"]
typed = st.one_of(
    st.text(max_size=20),
    st.sampled_from(["yes", "no", "unknown", "YES", " no ", "0", "1", "2", "5", "-1", "2+",
                     "negative", "trace", "1+", "3+", "1.5", "150", "9 g/dL", "40 U/L",
                     "70 kg", "0.9 mg/dL", "2 g/24 h", "2026-11-20", "2099-01-01",
                     "resectable", "unresectable", "surgery;radiology", "0;1", "²", "9;x",
                     "1e400", "nan", "0)", "70 (kg"]),
)
dates = st.one_of(st.none(), st.dates(date(1900, 1, 1), date(2100, 12, 31)))
answers = st.builds(
    Answer, choice=st.one_of(st.none(), typed), value=st.one_of(st.none(), typed),
    test_date=dates, source=st.text(max_size=5), uln=st.one_of(st.none(), typed),
    details=st.dictionaries(st.sampled_from(DETAIL_KEYS), typed, max_size=4))
contexts = st.builds(
    AssessmentContext, assessment_date=st.dates(date(1950, 1, 1), date(2100, 12, 31)),
    date_of_birth=dates, sex=st.sampled_from([None, "F", "M", "X", ""]),
    uln=st.just({"ast": parse_quantity("40 U/L", "ast"), "alt": parse_quantity("40 U/L", "alt"),
                 "alp": parse_quantity("120 U/L", "alp"),
                 "total_bilirubin": parse_quantity("1.2 mg/dL", "total_bilirubin")}),
    lab_window_days=st.integers(0, 60))


@settings(max_examples=200)
@given(st.dictionaries(st.sampled_from(IDS), answers), contexts)
def test_any_answers_for_any_patient_are_evaluated_without_raising(
        given_answers: dict[str, Answer], context: AssessmentContext) -> None:
    result = evaluate(CHECKLIST, given_answers, context)
    assert [o.criterion.id for o in result.outcomes] == IDS
    for outcome in result.outcomes:
        assert outcome.detail
        if outcome.problem is not None:
            assert outcome.verdict is Verdict.UNKNOWN
            field = outcome.problem.field or ""
            assert field.startswith(outcome.criterion.id) or field in PATIENT_FIELDS, field
    if result.status is Status.ELIGIBLE:
        assert not result.failed and not result.missing
    elif result.status is Status.INELIGIBLE:
        assert len(result.reasons) == len(result.failed) > 0
    else:
        assert result.missing and not result.failed


MDT_ALL = "surgery;radiology;interventional radiology;medical oncology"


@settings(max_examples=200)
@given(st.one_of(st.text(max_size=8), st.sampled_from(["0", "0;1", "²", "0;²", "¹", "٣", "9",
                                                      "-1", " 1 ", "1;;2"])),
       st.sampled_from(["unresectable", "resectable", "", "maybe"]),
       st.one_of(st.sampled_from(["2026-11-20", "2026-12-31", "20261120", ""]),
                 st.text(max_size=10)),
       st.sampled_from([MDT_ALL, "surgery", ""]))
def test_any_mdt_record_is_evaluated_without_raising(reasons: str, decision: str, meeting: str,
                                                    disciplines: str) -> None:
    """The multidisciplinary team's record, reached with a complete record but any reasons and
    meeting date (answers built at random rarely get this far)."""
    answer = Answer(details={"date": meeting, "disciplines": disciplines, "decision": decision,
                             "reasons": reasons})
    context = AssessmentContext(assessment_date=date(2026, 11, 24),
                                date_of_birth=date(1960, 1, 1), sex="F", uln={},
                                lab_window_days=28)
    outcome = evaluate(CHECKLIST, {"mdt_unresectable": answer}, context).outcome(
        "mdt_unresectable")
    if outcome.verdict is Verdict.PASSES:
        assert decision == "unresectable" and disciplines == MDT_ALL
