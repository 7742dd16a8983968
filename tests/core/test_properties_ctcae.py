"""Properties of CTCAE grading and the term search: any text as a term, a lab value or a limit is
graded or refused with the project's own error; a grade is one CTCAE allows for the term and
never falls as an increased value rises; creatinine graded in mg/dL or µmol/L gets the same
grade; G-CSF advice is given for any history of neutropenia."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from hai_desktop.core import ctcae
from hai_desktop.core.errors import ValidationError
from hai_desktop.core.gcsf import NeutropeniaEvent, gcsf_reasons
from hai_desktop.core.units import registry

LAB_TERMS = [lab.term for lab in ctcae.gradable_lab_terms()]
INCREASED = [lab.term for lab in ctcae.gradable_lab_terms() if lab.direction == "increased"]
typed = st.one_of(st.text(max_size=16), st.sampled_from(
    ["", "1", "0", "-1", "1.5", "40", "40 U/L", "1.2 mg/dL", "97 µmol/L", "2 mmol/L", "0.3",
     "1.5 ×10⁹/L", "150000 /µL", "9 g/dL", "135 mmol/L", "1e400", "nan", "0)", "7 (", "x"]))
# Bare numbers are read in the kind's unit: mostly plausible limits, so that grading is reached.
plain = st.integers(1, 2000).map(lambda n: str(n / 10))
limit = st.one_of(st.none(), plain, plain, typed)


# Limits as a lab report gives them (LLN below ULN), or anything at all.
sensible_limits = st.builds(lambda uln, share: (str(uln / 10), str(uln * share / 1000)),
                            st.integers(1, 2000), st.integers(1, 99))
limits = st.one_of(sensible_limits, st.tuples(limit, limit))


@settings(max_examples=300)
@given(st.sampled_from(LAB_TERMS), st.one_of(plain, typed), limits, limit)
def test_any_lab_text_is_graded_or_refused_with_our_error(
        name: str, value: str, uln_lln: tuple[str | None, str | None],
        baseline: str | None) -> None:
    uln, lln = uln_lln
    try:
        result = ctcae.grade_lab(name, value, uln=uln, lln=lln, baseline=baseline)
    except ValidationError as refused:
        assert refused.field in ("value", "uln", "lln", "baseline")
        return
    assert result.grade == 0 or result.grade in ctcae.allowed_grades(name)
    assert (result.grade == 0) == (result.rule_text == "")


@settings(max_examples=300)
@given(st.text(max_size=30))
def test_any_text_as_a_term_finds_it_or_says_to_choose_from_the_list(text: str) -> None:
    try:
        found = ctcae.term(text)
    except ValidationError as refused:
        assert refused.field == "term"
    else:
        assert found.term.casefold() == text.strip().casefold()
    results = ctcae.search_terms(text, limit=20)
    assert len(results) <= 20 and len(set(results)) == len(results)
    try:
        ctcae.lab_term(text)
    except ValidationError as refused:
        assert refused.field == "term"


@settings(max_examples=200)
@given(st.sampled_from(INCREASED), st.integers(0, 10_000), st.integers(0, 10_000),
       st.integers(1, 500))
def test_an_increased_value_never_gets_a_lower_grade_as_it_rises(
        name: str, low: int, high: int, uln_tenths: int) -> None:
    lab = ctcae.lab_term(name)
    low, high = sorted((low, high))
    unit = lab.kind.unit
    limits = {"uln": f"{uln_tenths / 10} {unit}", "lln": f"{uln_tenths / 20} {unit}"}

    def grade(hundredths: int) -> int | None:
        try:
            return ctcae.grade_lab(name, f"{hundredths / 100} {unit}", **limits).grade
        except ValidationError:
            return None  # outside what is plausible for the kind

    lower, higher = grade(low), grade(high)
    if lower is not None and higher is not None:
        assert lower <= higher


@settings(max_examples=200)
@given(st.integers(min_value=10, max_value=1500).map(lambda n: n / 100),
       st.integers(min_value=40, max_value=150).map(lambda n: n / 100),
       st.one_of(st.none(), st.integers(min_value=40, max_value=300).map(lambda n: n / 100)))
def test_creatinine_in_mg_per_dl_and_in_micromol_per_l_grades_the_same(
        value: float, uln: float, baseline: float | None) -> None:
    name = "Creatinine increased"
    per_mg_dl = 10 / 113.12 * 1000  # µmol/L per mg/dL: 10 dL/L over 113.12 g/mol

    def q(magnitude: float, unit: str) -> ctcae.Quantity:
        return registry().Quantity(magnitude, unit)

    conventional = ctcae.grade_lab(name, q(value, "mg/dL"), uln=q(uln, "mg/dL"),
                                   baseline=None if baseline is None else q(baseline, "mg/dL"))
    si = ctcae.grade_lab(name, q(value * per_mg_dl, "umol/L"), uln=q(uln * per_mg_dl, "umol/L"),
                         baseline=None if baseline is None
                         else q(baseline * per_mg_dl, "umol/L"))
    assert conventional.grade == si.grade


neutropenia = st.builds(
    NeutropeniaEvent,
    term=st.sampled_from(["Febrile neutropenia", "Neutrophil count decreased", "Anemia", ""]),
    grade=st.integers(0, 5), onset=st.dates(date(2025, 1, 1), date(2027, 1, 1)),
    resolved=st.one_of(st.none(), st.dates(date(2025, 1, 1), date(2027, 1, 1))),
    action=st.sampled_from(["none", "dose delayed", "dose reduced", "drug stopped"]))


@settings(max_examples=200)
@given(st.lists(neutropenia, max_size=6), st.dates(date(2025, 1, 1), date(2027, 1, 1)))
def test_gcsf_advice_is_given_for_any_history_and_only_with_a_reason(
        events: list[NeutropeniaEvent], today: date) -> None:
    reasons = gcsf_reasons(events, today)
    relevant = [e for e in events if e.term in ("Febrile neutropenia",
                                                "Neutrophil count decreased")]
    febrile = any(e.term == "Febrile neutropenia" for e in relevant)
    long_grade_4 = any(e.term == "Neutrophil count decreased" and e.grade == 4
                       and ((e.resolved or today) - e.onset) > timedelta(days=5)
                       for e in relevant)
    delays = sum(e.action == "dose delayed" for e in relevant)
    assert bool(reasons) == (febrile or long_grade_4 or delays >= 2)
