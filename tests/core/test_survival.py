"""The report's statistics (core/survival.py) against a worked example and against independent
implementations on generated trials: lifelines (Kaplan-Meier, log-rank, Cox with Efron's ties)
and scipy (Clopper-Pearson through the beta distribution)."""

from __future__ import annotations

import math
import random

import pytest

from hai_desktop.core.survival import (
    Observation,
    cox_hazard_ratio,
    exact_rate,
    kaplan_meier,
    log_rank,
    median_time,
    numbers_at_risk,
    survival_at,
)

lifelines = pytest.importorskip("lifelines")  # in the test extra: CI always has it
pandas = pytest.importorskip("pandas")
stats = pytest.importorskip("scipy.stats")


def obs(time: float, event: bool = True) -> Observation:
    return Observation(time, event)


def trial(seed: int, n: int = 54, hazard: float = 0.05, ratio: float = 0.6,
          follow_up: float = 48.0) -> tuple[list[Observation], list[Observation]]:
    """Two arms of exponential survival (months, rounded to whole months so that ties occur),
    censored uniformly over accrual and at the end of follow-up."""
    rng = random.Random(seed)

    def arm(rate: float) -> list[Observation]:
        out = []
        for _ in range(n):
            time = math.ceil(rng.expovariate(rate))
            censor = rng.uniform(6, follow_up)
            out.append(obs(float(min(time, math.ceil(censor))), time <= censor))
        return out

    return arm(hazard), arm(hazard * ratio)


def test_kaplan_meier_by_hand() -> None:
    """5 patients: deaths at 1, 2 and 3 months, censored at 2 and 4."""
    five = [obs(1), obs(2), obs(2, False), obs(3), obs(4, False)]
    steps = kaplan_meier(five)
    assert [(s.time, s.at_risk, s.events, s.censored) for s in steps] == [
        (1, 5, 1, 0), (2, 4, 1, 1), (3, 2, 1, 0), (4, 1, 0, 1)]
    assert [s.survival for s in steps] == pytest.approx([0.8, 0.6, 0.3, 0.3])
    # Greenwood at 2 months: 0.6² × (1/(5·4) + 1/(4·3))
    assert steps[1].variance == pytest.approx(0.36 * (1 / 20 + 1 / 12))
    assert (survival_at(steps, 0.5), survival_at(steps, 2.5)) == (1.0, pytest.approx(0.6))
    assert median_time(steps) == 3
    assert numbers_at_risk(five, [0, 2, 3.5]) == [5, 4, 1]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_kaplan_meier_matches_lifelines(seed: int) -> None:
    first, _ = trial(seed)
    steps = kaplan_meier(first)
    fitter = lifelines.KaplanMeierFitter().fit([o.time for o in first],
                                               [o.event for o in first])
    theirs = fitter.survival_function_["KM_estimate"]
    for step in steps:
        assert step.survival == pytest.approx(theirs.loc[step.time], abs=1e-12)
    table = fitter.event_table
    assert [s.at_risk for s in steps] == [int(table.loc[s.time, "at_risk"]) for s in steps]
    expected_median = fitter.median_survival_time_
    assert (median_time(steps) or math.inf) == expected_median


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_log_rank_matches_lifelines(seed: int) -> None:
    first, second = trial(seed)
    ours = log_rank(first, second)
    theirs = lifelines.statistics.logrank_test(
        [o.time for o in first], [o.time for o in second],
        event_observed_A=[o.event for o in first], event_observed_B=[o.event for o in second])
    assert ours.statistic == pytest.approx(theirs.test_statistic, rel=1e-9)
    assert ours.p_value == pytest.approx(theirs.p_value, rel=1e-9)
    assert sum(ours.observed) == sum(o.event for o in first + second)


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_the_hazard_ratio_matches_lifelines_cox_model(seed: int) -> None:
    first, second = trial(seed)
    ours = cox_hazard_ratio(first, second)
    assert ours is not None
    frame = pandas.DataFrame({"T": [o.time for o in first + second],
                              "E": [o.event for o in first + second],
                              "arm": [0] * len(first) + [1] * len(second)})
    # Its default stopping rule (a step under 1e-7) leaves about 1e-6 in the ratio.
    model = lifelines.CoxPHFitter().fit(frame, "T", "E", fit_options={"precision": 1e-12})
    assert ours.ratio == pytest.approx(model.hazard_ratios_["arm"], rel=1e-6)
    lower, upper = (math.exp(v) for v in model.confidence_intervals_.loc["arm"])
    assert (ours.lower, ours.upper) == (pytest.approx(lower, rel=1e-6),
                                        pytest.approx(upper, rel=1e-6))
    assert ours.p_value == pytest.approx(model.summary.loc["arm", "p"], rel=1e-5)


def test_no_hazard_ratio_when_one_arm_has_every_event() -> None:
    assert cox_hazard_ratio([obs(3), obs(5), obs(8)], [obs(4, False), obs(9, False)]) is None
    assert cox_hazard_ratio([obs(3, False)], [obs(4, False)]) is None


@pytest.mark.parametrize(("count", "total"), [(0, 54), (8, 54), (22, 54), (54, 54), (1, 3),
                                              (30, 108)])
def test_the_exact_interval_matches_the_beta_quantiles(count: int, total: int) -> None:
    rate = exact_rate(count, total)
    lower = 0.0 if count == 0 else stats.beta.ppf(0.025, count, total - count + 1)
    upper = 1.0 if count == total else stats.beta.ppf(0.975, count + 1, total - count)
    assert (rate.lower, rate.upper) == (pytest.approx(lower, abs=1e-9),
                                        pytest.approx(upper, abs=1e-9))
    assert rate.rate == count / total


def test_a_rate_of_nothing_and_a_bad_count() -> None:
    assert (exact_rate(0, 0).lower, exact_rate(0, 0).upper) == (0.0, 1.0)
    with pytest.raises(ValueError, match="between 0 and the total"):
        exact_rate(5, 4)
    with pytest.raises(ValueError, match="zero or more"):
        kaplan_meier([obs(-1)])
