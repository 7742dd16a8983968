"""Time-to-event and proportion statistics for the trial report, in pure Python: Kaplan-Meier
with Greenwood's variance and the numbers at risk, the log-rank test, the Cox proportional
hazards model for the arm (Efron's handling of ties, as lifelines does), and exact
(Clopper-Pearson) confidence intervals for a rate. The tests check each against lifelines and
scipy on generated data; the program itself needs neither. Pure: no database, no Qt.

Times are in any unit (the report uses months); `event` is True for the event (death,
progression), False for a censored observation.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from statistics import NormalDist

Z_95 = NormalDist().inv_cdf(0.975)


@dataclass(frozen=True)
class Observation:
    time: float
    event: bool


@dataclass(frozen=True)
class KmStep:
    """The curve just after `time`: who was at risk then, what happened, the estimate."""

    time: float
    at_risk: int
    events: int
    censored: int
    survival: float
    variance: float  # Greenwood's


def kaplan_meier(observations: Sequence[Observation]) -> list[KmStep]:
    """One step per distinct time with an event or a censoring, in time order."""
    if any(o.time < 0 or math.isnan(o.time) for o in observations):
        raise ValueError("survival times must be zero or more")
    times = sorted({o.time for o in observations})
    at_risk = len(observations)
    survival, greenwood = 1.0, 0.0
    steps: list[KmStep] = []
    for time in times:
        here = [o for o in observations if o.time == time]
        events = sum(o.event for o in here)
        if events:
            survival *= 1 - events / at_risk
            if at_risk > events:
                greenwood += events / (at_risk * (at_risk - events))
        steps.append(KmStep(time, at_risk, events, len(here) - events, survival,
                            survival ** 2 * greenwood))
        at_risk -= len(here)
    return steps


def survival_at(steps: Sequence[KmStep], time: float) -> float:
    """The estimate at `time` (a right-continuous step function; 1 before the first event)."""
    value = 1.0
    for step in steps:
        if step.time > time:
            break
        value = step.survival
    return value


def median_time(steps: Sequence[KmStep]) -> float | None:
    """The first time the estimate falls to one half or below (None: not reached)."""
    return next((step.time for step in steps if step.survival <= 0.5), None)


def numbers_at_risk(observations: Sequence[Observation], times: Sequence[float]) -> list[int]:
    """How many are still followed (no event, not censored) just before each of `times`."""
    return [sum(o.time >= t for o in observations) for t in times]


@dataclass(frozen=True)
class LogRank:
    statistic: float  # χ² with one degree of freedom
    p_value: float
    observed: tuple[int, int]
    expected: tuple[float, float]


def log_rank(first: Sequence[Observation], second: Sequence[Observation]) -> LogRank:
    """The log-rank test of two groups (Mantel's variance, ties handled hypergeometrically)."""
    both = [(o, 0) for o in first] + [(o, 1) for o in second]
    event_times = sorted({o.time for o, _ in both if o.event})
    observed_first = expected_first = variance = 0.0
    for time in event_times:
        at_risk = [(o, g) for o, g in both if o.time >= time]
        n, n1 = len(at_risk), sum(g == 0 for _, g in at_risk)
        d = sum(o.event and o.time == time for o, _ in at_risk)
        d1 = sum(o.event and o.time == time and g == 0 for o, g in at_risk)
        observed_first += d1
        expected_first += d * n1 / n
        if n > 1:
            variance += d * (n1 / n) * (1 - n1 / n) * (n - d) / (n - 1)
    events = sum(o.event for o, _ in both)
    statistic = (observed_first - expected_first) ** 2 / variance if variance > 0 else 0.0
    return LogRank(statistic, math.erfc(math.sqrt(statistic / 2)),
                   (round(observed_first), events - round(observed_first)),
                   (expected_first, events - expected_first))


@dataclass(frozen=True)
class HazardRatio:
    """exp(β) of the second group against the first, its 95 % CI and Wald p."""

    ratio: float
    lower: float
    upper: float
    p_value: float
    log_ratio: float
    standard_error: float


def cox_hazard_ratio(first: Sequence[Observation], second: Sequence[Observation]
                     ) -> HazardRatio | None:
    """The Cox model with the group as its only covariate (0: first, 1: second), fitted by
    Newton-Raphson on Efron's partial likelihood. None when it cannot be estimated (no event,
    or every event in one group: the likelihood has no maximum)."""
    data = [(o.time, o.event, 0) for o in first] + [(o.time, o.event, 1) for o in second]
    if not any(e for _, e, _ in data):
        return None
    beta = 0.0
    for _ in range(100):
        score, information = _efron_score(data, beta)
        if information <= 1e-12:
            return None
        step = score / information
        beta += step
        if abs(beta) > 20:
            return None  # running off to infinity: monotone likelihood
        if abs(step) < 1e-12:
            break
    _, information = _efron_score(data, beta)
    se = 1 / math.sqrt(information)
    z = beta / se
    return HazardRatio(math.exp(beta), math.exp(beta - Z_95 * se), math.exp(beta + Z_95 * se),
                       math.erfc(abs(z) / math.sqrt(2)), beta, se)


def _efron_score(data: Sequence[tuple[float, bool, int]], beta: float) -> tuple[float, float]:
    """The partial likelihood's first derivative in β and its information (minus the second)."""
    score = information = 0.0
    risk = math.exp(beta)
    for time in sorted({t for t, e, _ in data if e}):
        at_risk = [(t, e, x) for t, e, x in data if t >= time]
        dying = [x for t, e, x in at_risk if e and t == time]
        d = len(dying)
        s0 = sum(risk ** x for _, _, x in at_risk)
        s1 = sum(x * risk ** x for _, _, x in at_risk)  # x² = x for a 0/1 covariate
        d0 = sum(risk ** x for x in dying)
        d1 = sum(x * risk ** x for x in dying)
        score += sum(dying)
        for j in range(d):
            share = j / d
            a0, a1 = s0 - share * d0, s1 - share * d1
            mean = a1 / a0
            score -= mean
            information += mean - mean ** 2
    return score, information


@dataclass(frozen=True)
class Rate:
    count: int
    total: int
    lower: float
    upper: float

    @property
    def rate(self) -> float:
        return self.count / self.total if self.total else 0.0


def exact_rate(count: int, total: int, level: float = 0.95) -> Rate:
    """`count` of `total` with its exact (Clopper-Pearson) confidence interval."""
    if not 0 <= count <= total:
        raise ValueError("the count must be between 0 and the total")
    if total == 0:
        return Rate(0, 0, 0.0, 1.0)
    tail = (1 - level) / 2
    lower = 0.0 if count == 0 else _solve(lambda p: _at_least(count, total, p) - tail)
    upper = 1.0 if count == total else _solve(lambda p: tail - _at_most(count, total, p))
    return Rate(count, total, lower, upper)


def _at_most(k: int, n: int, p: float) -> float:
    return sum(math.comb(n, i) * p ** i * (1 - p) ** (n - i) for i in range(k + 1))


def _at_least(k: int, n: int, p: float) -> float:
    return 1 - _at_most(k - 1, n, p)


def _solve(increasing: Callable[[float], float]) -> float:
    """The root in (0, 1) of an increasing function, by bisection to 1e-13."""
    low, high = 0.0, 1.0
    while high - low > 1e-13:
        middle = (low + high) / 2
        if increasing(middle) < 0:
            low = middle
        else:
            high = middle
    return (low + high) / 2
