"""The schedule of assessments (protocol paper lines 190-194) against worked examples: expected
dates, windows as site rules, done / out of window / due / overdue / upcoming, and which
performed visit belongs to which expected one."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from hai_desktop.core.errors import HaiError
from hai_desktop.core.schedule import (
    ScheduleRules,
    VisitKind,
    VisitStatus,
    accrual,
    add_months,
    deviations,
    expected_visits,
    load_schedule_rules,
    schedule,
)
from hai_desktop.paths import resource

A, F = VisitKind.ASSESSMENT, VisitKind.FOLLOW_UP
S = VisitStatus
RANDOMIZED = date(2026, 1, 15)


@pytest.fixture(scope="module")
def rules() -> ScheduleRules:
    return load_schedule_rules(resource("protocol", "schedule.toml"))


def week(n: int) -> date:
    return RANDOMIZED + timedelta(weeks=n)


def test_the_file_gives_the_protocol_s_intervals_and_the_site_s_windows(
        rules: ScheduleRules) -> None:
    assert (rules.assessment_weeks, rules.follow_up_months, rules.follow_up_years) == (8, 6, 4)
    assert (rules.assessment_window_days, rules.follow_up_window_days) == (7, 30)
    assert "lines 190-194" in rules.source


@pytest.mark.parametrize(("text", "problem"), [
    ("[assessments]\ninterval_weeks = 8\n", "schedule.toml is not as expected"),
    ('version = "x"\nsource = "s"\n[assessments]\ninterval_weeks = 8\n[follow_up]\n'
     "interval_months = 6\nyears = 4\n[windows]\nassessment_window_days = -1\n"
     "follow_up_window_days = 30\n[accrual]\ntarget_participants = 108\n"
     "accrual_years = 2\n", "windows not negative"),
])
def test_a_broken_schedule_file_names_itself(tmp_path: Path, text: str, problem: str) -> None:
    path = tmp_path / "schedule.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(HaiError, match=problem):
        load_schedule_rules(path)


def test_a_month_later_keeps_the_day_or_takes_the_month_s_last() -> None:
    assert add_months(date(2026, 1, 15), 6) == date(2026, 7, 15)
    assert add_months(date(2026, 8, 31), 6) == date(2027, 2, 28)
    assert add_months(date(2027, 8, 31), 6) == date(2028, 2, 29)
    assert add_months(date(2026, 12, 31), 1) == date(2027, 1, 31)


def test_on_treatment_every_8_weeks_and_6_monthly_follow_up_for_4_years(
        rules: ScheduleRules) -> None:
    visits = expected_visits(RANDOMIZED, rules, treatment_ended_on=date(2026, 6, 1))
    assessments = [v.expected for v in visits if v.kind is A]
    follow_ups = [v.expected for v in visits if v.kind is F]
    assert assessments == [week(8), week(16)], "week 24 (2 July) is after the end of treatment"
    assert follow_ups == [date(2026, 7, 15), date(2027, 1, 15), date(2027, 7, 15),
                          date(2028, 1, 15), date(2028, 7, 15), date(2029, 1, 15),
                          date(2029, 7, 15), date(2030, 1, 15)]
    assert [v.expected for v in visits] == sorted(v.expected for v in visits)
    assert {v.window_days for v in visits if v.kind is A} == {7}


def test_still_on_treatment_the_assessments_go_on_to_the_end_of_follow_up(
        rules: ScheduleRules) -> None:
    visits = expected_visits(RANDOMIZED, rules)
    last = [v for v in visits if v.kind is A][-1]
    assert last.number == 26 and last.expected == week(208) <= date(2030, 1, 15)


def test_the_windows_in_force_replace_the_file_s(rules: ScheduleRules) -> None:
    visits = expected_visits(RANDOMIZED, rules, treatment_ended_on=week(8),
                             assessment_window_days=3, follow_up_window_days=14)
    assert {(v.kind, v.window_days) for v in visits} == {(A, 3), (F, 14)}


def test_each_status_today(rules: ScheduleRules) -> None:
    visits = expected_visits(RANDOMIZED, rules, treatment_ended_on=week(40))
    first = visits[0]
    assert (first.kind, first.expected) == (A, week(8))
    done = {A: [week(8) + timedelta(days=5), week(16) + timedelta(days=10)]}
    today = week(32) + timedelta(days=-2)
    got = {(s.visit.kind, s.visit.number): s for s in schedule(visits, done, today)}
    assert got[(A, 1)].status is S.DONE and got[(A, 1)].deviation_days is None
    assert got[(A, 2)].status is S.OUT_OF_WINDOW and got[(A, 2)].deviation_days == 3
    assert got[(A, 3)].status is S.OVERDUE  # week 24, never done
    assert got[(A, 4)].status is S.DUE  # week 32, two days from now: inside its window
    assert got[(A, 5)].status is S.UPCOMING
    assert got[(F, 1)].status is S.OVERDUE  # 15 July + 30 days has passed
    assert [s.visit.number for s in deviations(list(got.values()))] == [2]


def test_a_late_visit_belongs_to_the_one_it_was_late_for(rules: ScheduleRules) -> None:
    visits = [v for v in expected_visits(RANDOMIZED, rules, treatment_ended_on=week(24))
              if v.kind is A]
    # Week 12 is as near week 8 as week 16: it is week 8's, late; week 16 was done on time.
    done = {A: [week(16), week(12)]}
    got = schedule(visits, done, week(30))
    assert [(s.done_on, s.status) for s in got] == [
        (week(12), S.OUT_OF_WINDOW), (week(16), S.DONE), (None, S.OVERDUE)]


def test_a_missed_visit_stays_missing_when_the_next_is_done(rules: ScheduleRules) -> None:
    visits = [v for v in expected_visits(RANDOMIZED, rules, treatment_ended_on=week(16))
              if v.kind is A]
    got = schedule(visits, {A: [week(16) + timedelta(days=1)]}, week(20))
    assert [(s.visit.number, s.status) for s in got] == [(1, S.OVERDUE), (2, S.DONE)]


def test_the_window_s_edges_count_as_inside(rules: ScheduleRules) -> None:
    [visit] = [v for v in expected_visits(RANDOMIZED, rules, treatment_ended_on=week(8))
               if v.kind is A]
    for day, status in [(visit.opens, S.DONE), (visit.closes, S.DONE),
                        (visit.closes + timedelta(days=1), S.OUT_OF_WINDOW)]:
        assert schedule([visit], {A: [day]}, week(20))[0].status is status
    assert schedule([visit], {}, visit.opens)[0].status is S.DUE
    assert schedule([visit], {}, visit.opens - timedelta(days=1))[0].status is S.UPCOMING
    assert schedule([visit], {}, visit.closes)[0].status is S.DUE
    assert schedule([visit], {}, visit.closes + timedelta(days=1))[0].status is S.OVERDUE


def test_the_accrual_target_is_the_protocol_s(rules: ScheduleRules) -> None:
    assert (rules.target_participants, rules.accrual_years) == (108, 2)


def test_accrual_month_by_month_beside_the_plan(rules: ScheduleRules) -> None:
    opened = date(2026, 1, 20)
    randomized = [date(2026, 1, 28), date(2026, 2, 3), date(2026, 2, 27), date(2026, 4, 1)]
    points = accrual(randomized, opened, date(2026, 4, 15), rules)
    assert [p.month for p in points] == [date(2026, m, 1) for m in (1, 2, 3, 4)]
    assert [p.randomized for p in points] == [1, 3, 3, 4]
    assert [p.planned for p in points] == [4.5, 9.0, 13.5, 18.0]  # 108 over 24 months
    late = accrual(randomized, opened, date(2028, 6, 1), rules)
    assert late[23].planned == 108 and late[-1].planned == 108, "the plan stops at the target"
    assert len(late) == 30


def test_a_contact_long_before_its_visit_is_unscheduled_and_a_late_one_deviates(
        rules: ScheduleRules) -> None:
    randomized_on = date(2026, 1, 10)
    visits = [v for v in expected_visits(randomized_on, rules, treatment_ended_on=randomized_on)
              if v.kind is VisitKind.FOLLOW_UP][:2]
    assert [v.reach for v in visits] == [45, 45]  # a quarter of six months; wider than 30 days
    six_months = visits[0].expected
    today = six_months + timedelta(days=200)
    early_call = six_months - timedelta(days=78)  # a call during treatment
    (first, second) = schedule(visits, {VisitKind.FOLLOW_UP: [early_call]}, today)
    assert (first.done_on, first.status) == (None, VisitStatus.OVERDUE)
    late = six_months + timedelta(days=40)  # outside the 30-day window: a deviation
    (first, second) = schedule(visits, {VisitKind.FOLLOW_UP: [late]}, today)
    assert (first.done_on, first.status, first.deviation_days) == (
        late, VisitStatus.OUT_OF_WINDOW, 10)
    assert (second.done_on, second.status) == (None, VisitStatus.DUE)


def test_the_last_visit_does_not_claim_a_scan_long_after_it(rules: ScheduleRules) -> None:
    """Treatment ended after week 16: a scan half a year later is not the week-16 scan done
    late (a false deviation), and week 16 stays missed."""
    visits = [v for v in expected_visits(RANDOMIZED, rules, treatment_ended_on=week(17))
              if v.kind is A]
    assert [v.number for v in visits] == [1, 2]
    much_later = week(16) + timedelta(days=181)
    got = schedule(visits, {A: [week(8), much_later]}, much_later)
    assert [(s.done_on, s.status) for s in got] == [(week(8), S.DONE), (None, S.OVERDUE)]
    late = week(16) + timedelta(days=20)  # within half an interval: week 16's, late
    got = schedule(visits, {A: [week(8), late]}, late)
    assert [(s.done_on, s.status) for s in got] == [(week(8), S.DONE),
                                                    (late, S.OUT_OF_WINDOW)]
