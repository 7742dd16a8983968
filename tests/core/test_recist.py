"""RECIST 1.1 against worked examples (Eisenhauer et al. 2009, sections 3-4): the baseline's
limits, the sum and its changes, the nadir rule with its 5 mm, nodes at a complete response,
a new lesion, lesions not assessed, Tables 1 and 2, and the best overall response."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest

from hai_desktop.core.errors import HaiError, ValidationError
from hai_desktop.core.recist import (
    Lesion,
    Measurements,
    NonTarget,
    RecistRules,
    Response,
    assess,
    best_overall_response,
    check_baseline,
    load_recist_rules,
    objective_response,
    overall_response,
)
from hai_desktop.paths import resource

R = Response
BASELINE = date(2026, 3, 2)


@pytest.fixture(scope="module")
def rules() -> RecistRules:
    return load_recist_rules(resource("protocol", "recist.toml"))


def liver(key: str, mm: float) -> Lesion:
    return Lesion(key, "liver", target=True, diameter_mm=mm)


def at(week: int, sizes: dict[str, float | None], non_target: NonTarget = NonTarget.PRESENT,
       new: bool = False) -> Measurements:
    return Measurements(BASELINE + timedelta(weeks=week), sizes, non_target, new)


NT = Lesion("NT1", "liver", target=False)


# ---- the rules file ------------------------------------------------------------------------

def test_the_rules_file_gives_recist_s_published_thresholds(rules: RecistRules) -> None:
    assert (rules.max_targets, rules.max_targets_per_organ) == (5, 2)
    assert (rules.measurable_min_mm, rules.node_measurable_min_mm,
            rules.node_pathological_min_mm) == (10, 15, 10)
    assert (rules.pr_decrease_percent, rules.pd_increase_percent, rules.pd_increase_mm) == \
        (30, 20, 5)
    assert rules.cr_node_max_mm == 10 and not rules.confirmation_required
    assert "Eisenhauer" in rules.source


def test_a_broken_rules_file_names_itself(tmp_path: Path) -> None:
    broken = tmp_path / "recist.toml"
    broken.write_text("[baseline]\nmax_target_lesions = 5\n", encoding="utf-8")
    with pytest.raises(HaiError, match=r"recist\.toml"):
        load_recist_rules(broken)


# ---- the baseline --------------------------------------------------------------------------

def test_liver_only_disease_has_at_most_two_targets(rules: RecistRules) -> None:
    check_baseline([liver("T1", 42), liver("T2", 25), NT], rules)
    with pytest.raises(ValidationError, match=r"3 target lesions in the liver.*at most 2"):
        check_baseline([liver("T1", 42), liver("T2", 25), liver("T3", 18)], rules)


def test_at_most_five_targets_in_all(rules: RecistRules) -> None:
    organs = ["liver", "liver", "lung", "lung", "peritoneum", "peritoneum"]
    lesions = [Lesion(f"T{n}", organ, target=True, diameter_mm=20)
               for n, organ in enumerate(organs, 1)]
    check_baseline(lesions[:5], rules)
    with pytest.raises(ValidationError, match=r"6 target lesions: RECIST 1\.1 allows at most 5"):
        check_baseline(lesions, rules)


@pytest.mark.parametrize(("lesion", "problem"), [
    (liver("T1", 9.9), "T1 is 9.9 mm: a lesion is measurable from 10 mm"),
    (Lesion("T1", "porta hepatis node", target=True, node=True, diameter_mm=14),
     "node T1 is 14 mm in short axis: a node is a target only from 15 mm"),
    (Lesion("T1", "liver", target=True), "T1 needs its diameter"),
])
def test_a_target_too_small_to_measure_is_refused_naming_it(rules: RecistRules, lesion: Lesion,
                                                            problem: str) -> None:
    with pytest.raises(ValidationError, match=problem) as refused:
        check_baseline([lesion], rules)
    assert refused.value.field == "T1"


def test_measurable_at_exactly_the_limits(rules: RecistRules) -> None:
    check_baseline([liver("T1", 10),
                    Lesion("T2", "node", target=True, node=True, diameter_mm=15)], rules)


def test_an_empty_or_repeated_baseline_is_refused(rules: RecistRules) -> None:
    with pytest.raises(ValidationError, match="at least one lesion"):
        check_baseline([], rules)
    with pytest.raises(ValidationError, match="T1 is recorded twice"):
        check_baseline([liver("T1", 20), liver("T1", 30)], rules)


# ---- time points ---------------------------------------------------------------------------

def test_a_partial_response_is_30_percent_under_the_baseline_sum(rules: RecistRules) -> None:
    lesions = [liver("T1", 40), liver("T2", 30), NT]
    [point] = assess(lesions, [at(8, {"T1": 25, "T2": 20})], rules)
    assert point.sum_mm == 45
    assert point.from_baseline_percent == pytest.approx(-35.714, abs=0.001)
    assert (point.target, point.non_target, point.overall) == (R.PR, R.NON_CR_NON_PD, R.PR)
    assert objective_response(point.overall)


def test_exactly_30_percent_is_a_partial_response_whatever_floating_point_says(
        rules: RecistRules) -> None:
    """3.1 + 4.6 is 7.699999999999999 in floating point: 30 % under 11 mm exactly."""
    lesions = [Lesion("T1", "lung", target=True, diameter_mm=5.5),
               Lesion("T2", "lung", target=True, diameter_mm=5.5)]
    [point] = assess(lesions, [at(8, {"T1": 3.1, "T2": 4.6})], rules)
    assert point.sum_mm == 7.7 and point.target is R.PR


def test_progression_is_measured_from_the_nadir_not_the_baseline(rules: RecistRules) -> None:
    """Baseline 100 mm, down to 60 (PR); 71 is 18 % over the nadir (SD, though 11 mm more);
    72 is 20 % over it: progression, while still 28 % under the baseline."""
    lesions = [liver("T1", 60), liver("T2", 40), NT]
    points = assess(lesions, [at(8, {"T1": 35, "T2": 25}), at(16, {"T1": 41, "T2": 30}),
                              at(24, {"T1": 42, "T2": 30})], rules)
    assert [p.sum_mm for p in points] == [60, 71, 72]
    assert [p.nadir_mm for p in points] == [100, 60, 60]
    assert [p.target for p in points] == [R.PR, R.SD, R.PD]
    assert points[2].from_nadir_percent == pytest.approx(20.0)
    assert points[2].from_nadir_mm == 12
    assert points[2].from_baseline_percent == pytest.approx(-28.0)


def test_twenty_percent_more_is_not_progression_under_5_mm(rules: RecistRules) -> None:
    lesions = [liver("T1", 20)]
    points = assess(lesions, [at(8, {"T1": 14}), at(16, {"T1": 17}), at(24, {"T1": 19})],
                    rules)
    assert points[1].from_nadir_percent == pytest.approx(21.43, abs=0.01)
    assert points[1].target is R.SD, "21 % but only 3 mm over the nadir"
    assert points[2].target is R.PD, "36 % and 5 mm"


def test_the_nadir_is_the_baseline_until_the_sum_falls(rules: RecistRules) -> None:
    lesions = [liver("T1", 50)]
    [point] = assess(lesions, [at(8, {"T1": 60})], rules)
    assert point.nadir_mm == 50 and point.target is R.PD


def test_a_new_lesion_is_progression_whatever_the_targets_do(rules: RecistRules) -> None:
    lesions = [liver("T1", 40), NT]
    [point] = assess(lesions, [at(8, {"T1": 10}, new=True)], rules)
    assert point.target is R.PR and point.overall is R.PD


def test_unequivocal_non_target_progression_is_progression(rules: RecistRules) -> None:
    [point] = assess([liver("T1", 40), NT], [at(8, {"T1": 38}, NonTarget.PROGRESSED)], rules)
    assert (point.target, point.non_target, point.overall) == (R.SD, R.PD, R.PD)


def test_a_complete_response_with_a_node_under_10_mm_still_in_the_sum(
        rules: RecistRules) -> None:
    lesions = [liver("T1", 30),
               Lesion("T2", "hepatic hilar node", target=True, node=True, diameter_mm=18), NT]
    gone = assess(lesions, [at(8, {"T1": 0, "T2": 8}, NonTarget.ABSENT)], rules)[0]
    assert gone.sum_mm == 8 and gone.target is R.CR and gone.overall is R.CR
    node_left = assess(lesions, [at(8, {"T1": 0, "T2": 10}, NonTarget.ABSENT)], rules)[0]
    assert node_left.target is R.PR, "a node of 10 mm is still pathological"
    non_target_left = assess(lesions, [at(8, {"T1": 0, "T2": 6}, NonTarget.PRESENT)], rules)[0]
    assert non_target_left.target is R.CR and non_target_left.overall is R.PR


def test_a_target_not_assessed_leaves_the_time_point_not_evaluable(rules: RecistRules) -> None:
    lesions = [liver("T1", 40), liver("T2", 30)]
    [point] = assess(lesions, [at(8, {"T1": 20, "T2": None})], rules)
    assert point.sum_mm is None and point.target is R.NE and point.overall is R.NE


def test_the_lesions_measured_may_show_progression_alone(rules: RecistRules) -> None:
    """Section 4.3.1: a sum of the lesions measured already 20 % and 5 mm over the nadir."""
    lesions = [liver("T1", 40), liver("T2", 30)]
    [point] = assess(lesions, [at(8, {"T1": 85, "T2": None})], rules)
    assert point.target is R.PD


def test_an_incomplete_assessment_does_not_set_the_nadir(rules: RecistRules) -> None:
    lesions = [liver("T1", 40), liver("T2", 30)]
    points = assess(lesions, [at(8, {"T1": 10, "T2": None}), at(16, {"T1": 45, "T2": 40})],
                    rules)
    assert points[1].nadir_mm == 70 and points[1].target is R.PD  # 85 ≥ 84 and +15 mm


def test_assessments_are_taken_in_date_order(rules: RecistRules) -> None:
    lesions = [liver("T1", 100)]
    late, early = at(16, {"T1": 72}), at(8, {"T1": 60})
    assert [p.target for p in assess(lesions, [late, early], rules)] == [R.PR, R.PD]


# ---- Tables 1 and 2 ------------------------------------------------------------------------

@pytest.mark.parametrize(("target", "non_target", "new", "overall"), [
    (R.CR, R.CR, False, R.CR),
    (R.CR, None, False, R.CR),
    (R.CR, R.NON_CR_NON_PD, False, R.PR),
    (R.CR, R.NE, False, R.PR),
    (R.PR, R.NON_CR_NON_PD, False, R.PR),
    (R.PR, R.NE, False, R.PR),
    (R.SD, R.NON_CR_NON_PD, False, R.SD),
    (R.SD, R.NE, False, R.SD),
    (R.NE, R.NON_CR_NON_PD, False, R.NE),
    (R.PD, R.CR, False, R.PD),
    (R.CR, R.PD, False, R.PD),
    (R.CR, R.CR, True, R.PD),
    # Table 2: non-target disease only
    (None, R.CR, False, R.CR),
    (None, R.NON_CR_NON_PD, False, R.NON_CR_NON_PD),
    (None, R.NE, False, R.NE),
    (None, R.PD, False, R.PD),
    (None, R.NON_CR_NON_PD, True, R.PD),
])
def test_recist_tables_1_and_2(target: Response | None, non_target: Response | None, new: bool,
                               overall: Response) -> None:
    assert overall_response(target, non_target, new) is overall


# ---- best overall response -----------------------------------------------------------------

def _points(rules: RecistRules, *steps: tuple[int, float]) -> list:  # type: ignore[type-arg]
    lesions = [liver("T1", 50), NT]
    series = [Measurements(BASELINE + timedelta(days=day), {"T1": mm}, NonTarget.PRESENT, False)
              for day, mm in steps]
    return assess(lesions, series, rules)


def test_the_best_response_is_the_best_time_point(rules: RecistRules) -> None:
    points = _points(rules, (56, 45), (112, 30), (168, 40))  # SD, PR, PD (+10 mm, 33 %)
    assert [p.overall for p in points] == [R.SD, R.PR, R.PD]
    assert best_overall_response(points, BASELINE, rules) is R.PR


def test_nothing_after_the_first_progression_counts(rules: RecistRules) -> None:
    """SD, PD, then the target gone (say, after a resection): the best response stays SD, and
    PD, PR later is PD (section 4.4: from the start of treatment until progression)."""
    points = _points(rules, (56, 45), (112, 60), (168, 0))
    assert [p.overall for p in points] == [R.SD, R.PD, R.PR]  # a non-target still present
    assert best_overall_response(points, BASELINE, rules) is R.SD
    late = _points(rules, (56, 62), (112, 20))
    assert [p.overall for p in late] == [R.PD, R.PR]
    assert best_overall_response(late, BASELINE, rules) is R.PD


def test_stable_disease_counts_only_after_its_minimum_time(rules: RecistRules) -> None:
    """Section 4.4's examples: SD too early, then PD → PD; SD too early, then lost → NE."""
    too_early = rules.stable_disease_min_days - 1
    early_then_pd = _points(rules, (too_early, 48), (84, 60))
    assert best_overall_response(early_then_pd, BASELINE, rules) is R.PD
    early_only = _points(rules, (too_early, 48))
    assert best_overall_response(early_only, BASELINE, rules) is R.NE
    in_time = _points(rules, (rules.stable_disease_min_days, 48))
    assert best_overall_response(in_time, BASELINE, rules) is R.SD


def test_the_minimum_time_for_stable_disease_is_a_site_rule(rules: RecistRules) -> None:
    points = _points(rules, (35, 48))
    assert best_overall_response(points, BASELINE, rules) is R.NE
    assert best_overall_response(points, BASELINE,
                                 replace(rules, stable_disease_min_days=28)) is R.SD


def test_no_evaluable_assessment_is_not_evaluable(rules: RecistRules) -> None:
    lesions = [liver("T1", 40), liver("T2", 30)]
    points = assess(lesions, [at(8, {"T1": 20, "T2": None})], rules)
    assert best_overall_response(points, BASELINE, rules) is R.NE
    assert best_overall_response([], BASELINE, rules) is R.NE
    assert not objective_response(R.SD) and objective_response(R.CR)
