"""The trial's time-to-event endpoints per patient, with the censoring rules written down
(protocol: OS and PFS are secondary endpoints, analysed by intention to treat with Kaplan-Meier
curves and Cox hazard ratios; the paper gives no censoring rules, so these follow the usual
conventions of the FDA's guidance on endpoints for cancer drug approval, 2018, table of PFS
censoring):

Overall survival (OS), from randomization:
  - event: death from any cause, on its date;
  - censored: alive at the last date known alive (a follow-up contact, a visit, a treatment),
    or at randomization when nothing later is known;
  - a death or contact after the data cut-off is not seen: censored at the cut-off if the
    patient was known alive then.
Progression-free survival (PFS), from randomization:
  - event: the first documented progression (RECIST 1.1 PD, or clinical progression so
    recorded), or death from any cause without documented progression, whichever is first;
  - censored: at the last adequate tumour assessment without progression; at randomization
    when there was none (no assessment, and no death);
  - liver resection is not an event: the patient stays followed for progression (conversion
    to resection is the primary endpoint, counted separately);
  - after the data cut-off nothing is seen, as for OS.

Times are in months of 365.25 / 12 days. Pure: no database, no Qt.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from hai_desktop.core.survival import Observation

DAYS_PER_MONTH = 365.25 / 12


@dataclass(frozen=True)
class Course:
    """What is known of one patient after randomization."""

    randomized_on: date
    progression_on: date | None = None  # the first documented progression
    death_on: date | None = None
    last_alive_on: date | None = None  # the last date known alive
    last_assessment_on: date | None = None  # the last adequate tumour assessment


@dataclass(frozen=True)
class Endpoint:
    event: bool
    on: date  # the event's or the censoring's date
    months: float

    def observation(self) -> Observation:
        return Observation(self.months, self.event)


def _months(start: date, end: date) -> float:
    return (end - start).days / DAYS_PER_MONTH


def _seen(day: date | None, cutoff: date | None) -> date | None:
    return day if day is not None and (cutoff is None or day <= cutoff) else None


def overall_survival(course: Course, cutoff: date | None = None) -> Endpoint:
    start = course.randomized_on
    death = _seen(course.death_on, cutoff)
    if death is not None:
        return Endpoint(True, death, _months(start, death))
    known = [d for d in (course.last_alive_on, course.last_assessment_on, course.progression_on)
             if d is not None]
    last = max(known, default=start)
    if cutoff is not None and (last > cutoff or course.death_on is not None):
        # Known alive at the cut-off (a later contact, or a death only after it).
        last = cutoff
    last = max(last, start)
    return Endpoint(False, last, _months(start, last))


def progression_free_survival(course: Course, cutoff: date | None = None) -> Endpoint:
    start = course.randomized_on
    progression = _seen(course.progression_on, cutoff)
    death = _seen(course.death_on, cutoff)
    events = [d for d in (progression, death) if d is not None]
    if events:
        first = min(events)
        return Endpoint(True, first, _months(start, first))
    assessed = _seen(course.last_assessment_on, cutoff)
    last = assessed if assessed is not None and assessed >= start else start
    return Endpoint(False, last, _months(start, last))
