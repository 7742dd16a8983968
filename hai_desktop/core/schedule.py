"""The schedule of assessments from randomization (protocol paper lines 190-194): tumour
assessments every 8 weeks while on treatment, follow-up every 6 months for up to 4 years; each
visit's expected date, and whether it was done in its window, done outside it (a protocol
deviation), is due, overdue or still to come. The windows are site rules, passed in. Pure: no
database, no Qt."""

from __future__ import annotations

import calendar
import enum
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from pathlib import Path

from hai_desktop.core.data_files import not_as_expected, read_toml
from hai_desktop.core.i18n import QT_TRANSLATE_NOOP, msg


@dataclass(frozen=True)
class ScheduleRules:
    assessment_weeks: int
    follow_up_months: int
    follow_up_years: int
    assessment_window_days: int  # site rule (fallback; the site rule in force is passed in)
    follow_up_window_days: int  # site rule (likewise)
    source: str
    target_participants: int  # protocol: 108 (schedule.toml [accrual])
    accrual_years: int


def load_schedule_rules(path: Path) -> ScheduleRules:
    """Read resources/protocol/schedule.toml; a missing or malformed entry names the file."""
    raw = read_toml(path)
    try:
        rules = ScheduleRules(
            assessment_weeks=int(raw["assessments"]["interval_weeks"]),
            follow_up_months=int(raw["follow_up"]["interval_months"]),
            follow_up_years=int(raw["follow_up"]["years"]),
            assessment_window_days=int(raw["windows"]["assessment_window_days"]),
            follow_up_window_days=int(raw["windows"]["follow_up_window_days"]),
            source=str(raw["source"]),
            target_participants=int(raw["accrual"]["target_participants"]),
            accrual_years=int(raw["accrual"]["accrual_years"]))
    except (KeyError, TypeError, ValueError) as exc:
        raise not_as_expected(path, exc) from exc
    if min(rules.assessment_weeks, rules.follow_up_months, rules.follow_up_years) <= 0 or \
            min(rules.assessment_window_days, rules.follow_up_window_days) < 0:
        raise not_as_expected(path, msg("intervals must be positive and windows not "
                                        "negative"))
    return rules


@cache
def protocol_schedule() -> ScheduleRules:
    from hai_desktop.paths import resource

    return load_schedule_rules(resource("protocol", "schedule.toml"))


class VisitKind(enum.StrEnum):
    ASSESSMENT = QT_TRANSLATE_NOOP("VisitKind", "Tumour assessment")
    FOLLOW_UP = QT_TRANSLATE_NOOP("VisitKind", "Follow-up")


class VisitStatus(enum.StrEnum):
    DONE = QT_TRANSLATE_NOOP("VisitStatus", "done")
    OUT_OF_WINDOW = QT_TRANSLATE_NOOP("VisitStatus", "done out of window")  # a deviation
    DUE = QT_TRANSLATE_NOOP("VisitStatus", "due")  # inside its window today
    OVERDUE = QT_TRANSLATE_NOOP("VisitStatus", "overdue")  # its window has passed, not done
    UPCOMING = QT_TRANSLATE_NOOP("VisitStatus", "upcoming")


@dataclass(frozen=True)
class Visit:
    kind: VisitKind
    number: int  # 1, 2, … within its kind
    expected: date
    window_days: int
    # How early a performed visit may still count for it (a deviation when outside the
    # window); earlier it is an unscheduled visit. None: the window itself.
    reach_days: int | None = None

    @property
    def reach(self) -> int:
        return self.window_days if self.reach_days is None else max(self.window_days,
                                                                    self.reach_days)

    @property
    def opens(self) -> date:
        return self.expected - timedelta(days=self.window_days)

    @property
    def closes(self) -> date:
        return self.expected + timedelta(days=self.window_days)


@dataclass(frozen=True)
class ScheduledVisit:
    visit: Visit
    done_on: date | None
    status: VisitStatus

    @property
    def deviation_days(self) -> int | None:
        """Days outside the window (a protocol deviation), when done out of it."""
        if self.done_on is None or self.status is not VisitStatus.OUT_OF_WINDOW:
            return None
        return max((self.visit.opens - self.done_on).days, (self.done_on - self.visit.closes).days)


def add_months(day: date, months: int) -> date:
    """The same day of the month `months` later; the month's last day where it is shorter
    (31 August + 6 months is 28 or 29 February)."""
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def expected_visits(randomized_on: date, rules: ScheduleRules, *,
                    treatment_ended_on: date | None = None,
                    assessment_window_days: int | None = None,
                    follow_up_window_days: int | None = None) -> list[Visit]:
    """Every visit the protocol expects, in date order: the 8-weekly assessments up to the end
    of treatment (all of them to the end of follow-up while treatment goes on), and the
    6-monthly follow-up to `follow_up_years` after randomization. The windows in force (site
    rules) replace the file's fallback when given."""
    last = add_months(randomized_on, 12 * rules.follow_up_years)
    assessments_until = min(treatment_ended_on or last, last)
    assessment_window = (rules.assessment_window_days if assessment_window_days is None
                         else assessment_window_days)
    follow_up_window = (rules.follow_up_window_days if follow_up_window_days is None
                        else follow_up_window_days)
    visits: list[Visit] = []
    number = 1
    while (day := randomized_on + timedelta(weeks=rules.assessment_weeks * number)) \
            <= assessments_until:
        visits.append(Visit(VisitKind.ASSESSMENT, number, day, assessment_window,
                            7 * rules.assessment_weeks // 4))
        number += 1
    number = 1
    while (day := add_months(randomized_on, rules.follow_up_months * number)) <= last:
        visits.append(Visit(VisitKind.FOLLOW_UP, number, day, follow_up_window,
                            30 * rules.follow_up_months // 4))
        number += 1
    return sorted(visits, key=lambda v: (v.expected, v.kind != VisitKind.ASSESSMENT))


def schedule(visits: Sequence[Visit], done: dict[VisitKind, Sequence[date]],
             today: date) -> list[ScheduledVisit]:
    """Each expected visit with the performed one that belongs to it (the nearest to its date,
    each performed visit used once, visits matched in date order) and its status today."""
    remaining = {kind: sorted(days) for kind, days in done.items()}
    result: list[ScheduledVisit] = []
    for visit in visits:
        pool = remaining.get(visit.kind, [])
        done_on = _nearest(pool, visit, visits)
        if done_on is not None:
            pool.remove(done_on)
        result.append(ScheduledVisit(visit, done_on, _status(visit, done_on, today)))
    return result


def _nearest(pool: list[date], visit: Visit, visits: Sequence[Visit]) -> date | None:
    """The performed date closest to `visit` that is not closer to the next visit of its kind
    (a late assessment belongs to the one it was late for, not to the next) and not earlier
    than its reach (a quarter of the interval, or the window if wider). A visit earlier still,
    such as a call two months into treatment, is unscheduled: it neither fulfils nor breaks
    the visit."""
    after = [v for v in visits if v.kind is visit.kind and v.expected > visit.expected]
    nxt = after[0].expected if after else None
    # The last visit of its kind has no next one to bound it: half an interval late at most.
    latest = 2 * visit.reach if nxt is None else None
    candidates = [day for day in pool
                  if (visit.expected - day).days <= visit.reach
                  and (latest is None or (day - visit.expected).days <= latest)
                  and (nxt is None or abs((day - visit.expected).days) <= abs((nxt - day).days))]
    if not candidates:
        return None
    return min(candidates, key=lambda day: (abs((day - visit.expected).days), day))


def _status(visit: Visit, done_on: date | None, today: date) -> VisitStatus:
    if done_on is not None:
        inside = visit.opens <= done_on <= visit.closes
        return VisitStatus.DONE if inside else VisitStatus.OUT_OF_WINDOW
    if today > visit.closes:
        return VisitStatus.OVERDUE
    if today >= visit.opens:
        return VisitStatus.DUE
    return VisitStatus.UPCOMING


def deviations(scheduled: Sequence[ScheduledVisit]) -> list[ScheduledVisit]:
    """The visits done out of their window: protocol deviations, listed for the monitor."""
    return [s for s in scheduled if s.status is VisitStatus.OUT_OF_WINDOW]


@dataclass(frozen=True)
class AccrualPoint:
    month: date  # the first day of the month
    randomized: int  # in all, by the end of that month
    planned: float  # what an even accrual to the target over the accrual period gives


def accrual(randomized_on: Sequence[date], opened_on: date, today: date,
            rules: ScheduleRules) -> list[AccrualPoint]:
    """Cumulative randomizations at the end of each month from the month the trial opened to
    this one, beside the plan: `target_participants` evenly over `accrual_years`."""
    months = 12 * rules.accrual_years
    first = opened_on.replace(day=1)
    points: list[AccrualPoint] = []
    month = first
    index = 0
    while month <= today:
        after = add_months(month, 1)
        count = sum(day < after for day in randomized_on)
        planned = rules.target_participants * min(index + 1, months) / months
        points.append(AccrualPoint(month, count, planned))
        month, index = after, index + 1
    return points
