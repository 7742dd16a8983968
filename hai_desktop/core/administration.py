"""What the nurses check at the chair and what they record: volumes, rates, durations, doses.

Pure arithmetic on the order's numbers; the services decide what a deviation requires.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from hai_desktop.core.numbers import ismp


@dataclass(frozen=True)
class Delivery:
    """How a dose reaches the patient: the volume, the rate and the time it takes."""

    volume_ml: float | None
    rate_ml_h: float | None
    minutes: tuple[float, float]

    @property
    def fixed_duration(self) -> bool:
        return self.minutes[0] == self.minutes[1]


def delivery(dose_mg: float, minutes: tuple[float, float], *, volume_ml: float | None,
             concentration_mg_per_ml: float | None) -> Delivery:
    """The bag's volume (or the undiluted drug's), and the pump rate over a fixed duration."""
    volume = volume_ml
    if volume is None and concentration_mg_per_ml:
        volume = dose_mg / concentration_mg_per_ml
    rate = None
    if volume is not None and minutes[0] == minutes[1] and minutes[0] > 0:
        rate = volume / (minutes[0] / 60)
    return Delivery(volume, rate, minutes)


def mg_per_minute(dose_mg: float, minutes: float) -> float:
    return dose_mg / minutes


def minutes_text(minutes: tuple[float, float]) -> str:
    """(90, 90) → '1 h 30 min'; (2, 4) → '2–4 min'; (2760, 2760) → '46 h'."""
    low, high = minutes
    if low != high:
        return f"{ismp(low)}–{ismp(high)} min"
    hours, rest = divmod(round(low), 60)
    if not hours:
        return f"{rest} min"
    return f"{hours} h" + (f" {rest} min" if rest else "")


class DoseDeviation(enum.StrEnum):
    AS_ORDERED = "as ordered"
    LESS = "less than ordered"
    MORE = "more than ordered"


def dose_deviation(ordered_mg: float, given_mg: float) -> DoseDeviation:
    """Any difference counts: the nurse gives what is on the label, to the milligram."""
    if abs(given_mg - ordered_mg) < 1e-6:
        return DoseDeviation.AS_ORDERED
    return DoseDeviation.MORE if given_mg > ordered_mg else DoseDeviation.LESS


def percent_of(ordered_mg: float, given_mg: float) -> float:
    return 100.0 * given_mg / ordered_mg if ordered_mg else 0.0


class DurationCheck(enum.StrEnum):
    PLAUSIBLE = "plausible"
    SHORTER = "shorter than ordered"
    LONGER = "longer than ordered"
    INVALID = "end not after start"


@dataclass(frozen=True)
class DurationResult:
    check: DurationCheck
    minutes: float
    allowed: tuple[float, float]  # the shortest and longest accepted without a reason

    @property
    def needs_reason(self) -> bool:
        return self.check in (DurationCheck.SHORTER, DurationCheck.LONGER)


def check_duration(ordered: tuple[float, float], started: datetime, ended: datetime,
                   tolerance_percent: float) -> DurationResult:
    """The recorded times against the ordered duration, widened by the site's tolerance."""
    minutes = (ended - started).total_seconds() / 60
    low = ordered[0] * (1 - tolerance_percent / 100)
    high = ordered[1] * (1 + tolerance_percent / 100)
    if minutes <= 0:
        return DurationResult(DurationCheck.INVALID, minutes, (low, high))
    if minutes < low - 1e-6:  # a microsecond's rounding of recorded times is not a deviation
        return DurationResult(DurationCheck.SHORTER, minutes, (low, high))
    if minutes > high + 1e-6:
        return DurationResult(DurationCheck.LONGER, minutes, (low, high))
    return DurationResult(DurationCheck.PLAUSIBLE, minutes, (low, high))


@dataclass(frozen=True)
class Cumulative:
    mg: float
    mg_per_m2: float
    doses: int


def cumulative_dose(given: Iterable[tuple[float, float]]) -> Cumulative:
    """Sum of (mg given, the BSA of that order) pairs: mg and mg/m² as oncologists track it."""
    total = per_m2 = 0.0
    count = 0
    for amount, bsa in given:
        if amount <= 0:
            continue
        total += amount
        per_m2 += amount / bsa if bsa else 0.0
        count += 1
    return Cumulative(total, per_m2, count)
