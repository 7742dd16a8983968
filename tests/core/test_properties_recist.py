"""Properties of RECIST 1.1 on any measurements: each time point agrees with the rules computed
independently here in exact fractions (the nadir as the smallest earlier sum, baseline
included; progression at ≥ 20 % and ≥ 5 mm over it; a partial response at ≥ 30 % under the
baseline), a new lesion is always progression, and the best overall response is one of the
time points' responses or NE."""

from __future__ import annotations

from datetime import date, timedelta
from fractions import Fraction

from hypothesis import given
from hypothesis import strategies as st

from hai_desktop.core.recist import (
    Lesion,
    Measurements,
    NonTarget,
    Response,
    assess,
    best_overall_response,
    load_recist_rules,
)
from hai_desktop.paths import resource

RULES = load_recist_rules(resource("protocol", "recist.toml"))
BASELINE = date(2026, 3, 2)

# Diameters in tenths of a millimetre, as a radiologist reports them.
tenths = st.integers(min_value=0, max_value=3000).map(lambda n: n / 10)
baseline_sizes = st.lists(st.integers(min_value=100, max_value=1500).map(lambda n: n / 10),
                          min_size=1, max_size=2)


def exact(value: float) -> Fraction:
    return Fraction(repr(value))


@st.composite
def histories(draw: st.DrawFn) -> tuple[list[Lesion], list[Measurements]]:
    sizes = draw(baseline_sizes)
    lesions = [Lesion(f"T{n}", "liver", target=True, diameter_mm=mm)
               for n, mm in enumerate(sizes, 1)]
    lesions.append(Lesion("NT1", "liver", target=False))
    count = draw(st.integers(min_value=1, max_value=8))
    series = [Measurements(BASELINE + timedelta(weeks=8 * (i + 1)),
                           {lesion.key: draw(tenths) for lesion in lesions if lesion.target},
                           NonTarget.PRESENT, draw(st.booleans()))
              for i in range(count)]
    return lesions, series


@given(histories())
def test_each_time_point_follows_the_rules_computed_independently(
        history: tuple[list[Lesion], list[Measurements]]) -> None:
    lesions, series = history
    base = sum(exact(lesion.diameter_mm or 0) for lesion in lesions if lesion.target)
    nadir = base
    for point, measured in zip(assess(lesions, series, RULES), series, strict=True):
        total = sum(exact(mm or 0) for mm in measured.targets.values())
        assert exact(point.sum_mm or 0) == total
        assert exact(point.nadir_mm) == nadir
        if total - nadir >= 5 and total >= nadir * Fraction(6, 5):
            expected = Response.PD
        elif all(mm == 0 for mm in measured.targets.values()):
            expected = Response.CR
        elif total <= base * Fraction(7, 10):
            expected = Response.PR
        else:
            expected = Response.SD
        assert point.target is expected
        assert point.non_target is Response.NON_CR_NON_PD
        if measured.new_lesion or expected is Response.PD:
            assert point.overall is Response.PD
        else:  # a complete response of the targets with non-target disease left: PR
            assert point.overall is (Response.PR if expected is Response.CR else expected)
        nadir = min(nadir, total)


@given(histories())
def test_the_best_response_is_a_time_point_s_or_not_evaluable(
        history: tuple[list[Lesion], list[Measurements]]) -> None:
    lesions, series = history
    points = assess(lesions, series, RULES)
    best = best_overall_response(points, BASELINE, RULES)
    # Only what was seen up to the first progression counts (RECIST 1.1 section 4.4).
    first_pd = next((i for i, p in enumerate(points) if p.overall is Response.PD), None)
    counted = points if first_pd is None else points[:first_pd + 1]
    assert best in {p.overall for p in counted} | {Response.NE}
    if any(p.overall is Response.PR for p in counted):
        assert best in (Response.CR, Response.PR)
    if first_pd == 0:
        assert best is Response.PD
