"""OS and PFS per patient by the censoring rules written in core/endpoints.py, one worked case
for each rule."""

from __future__ import annotations

from datetime import date

import pytest

from hai_desktop.core.endpoints import (
    DAYS_PER_MONTH,
    Course,
    overall_survival,
    progression_free_survival,
)

START = date(2026, 1, 15)


def months(day: date) -> float:
    return (day - START).days / DAYS_PER_MONTH


def test_a_death_is_an_os_event_and_a_pfs_event_without_progression_before_it() -> None:
    course = Course(START, death_on=date(2027, 3, 1), last_assessment_on=date(2026, 11, 2))
    os_, pfs = overall_survival(course), progression_free_survival(course)
    assert (os_.event, os_.on, os_.months) == (True, date(2027, 3, 1),
                                               pytest.approx(months(date(2027, 3, 1))))
    assert (pfs.event, pfs.on) == (True, date(2027, 3, 1))


def test_progression_then_death_pfs_at_the_progression() -> None:
    course = Course(START, progression_on=date(2026, 9, 10), death_on=date(2027, 2, 1))
    assert progression_free_survival(course).on == date(2026, 9, 10)
    assert overall_survival(course).on == date(2027, 2, 1)


def test_alive_without_progression_censored_at_the_last_contact_and_the_last_scan() -> None:
    course = Course(START, last_alive_on=date(2027, 7, 20), last_assessment_on=date(2027, 5, 3))
    os_, pfs = overall_survival(course), progression_free_survival(course)
    assert (os_.event, os_.on) == (False, date(2027, 7, 20))
    assert (pfs.event, pfs.on) == (False, date(2027, 5, 3))
    assert pfs.observation().event is False and pfs.observation().time == pytest.approx(
        months(date(2027, 5, 3)))


def test_nothing_known_after_randomization_is_censored_on_day_0() -> None:
    course = Course(START)
    assert overall_survival(course).months == 0 == progression_free_survival(course).months
    assert not overall_survival(course).event and not progression_free_survival(course).event


def test_a_lost_patient_is_censored_where_last_seen() -> None:
    """Lost to follow-up: the last contact for OS; the last assessment for PFS."""
    course = Course(START, last_alive_on=date(2026, 8, 1), last_assessment_on=date(2026, 7, 10))
    assert overall_survival(course).on == date(2026, 8, 1)
    assert progression_free_survival(course).on == date(2026, 7, 10)


def test_the_last_known_alive_date_includes_assessments_and_progression() -> None:
    course = Course(START, progression_on=date(2026, 10, 1), last_alive_on=date(2026, 9, 1))
    assert overall_survival(course).on == date(2026, 10, 1)


def test_after_the_cutoff_nothing_is_seen() -> None:
    cutoff = date(2027, 1, 1)
    dies_later = Course(START, death_on=date(2027, 6, 1), progression_on=date(2027, 2, 1),
                        last_assessment_on=date(2026, 11, 2))
    os_ = overall_survival(dies_later, cutoff)
    assert (os_.event, os_.on) == (False, cutoff), "alive at the cut-off: censored there"
    pfs = progression_free_survival(dies_later, cutoff)
    assert (pfs.event, pfs.on) == (False, date(2026, 11, 2))
    contact_later = Course(START, last_alive_on=date(2027, 4, 1))
    assert overall_survival(contact_later, cutoff).on == cutoff
    dies_before = Course(START, death_on=date(2026, 12, 1))
    assert overall_survival(dies_before, cutoff).event


def test_a_resection_is_not_a_pfs_event() -> None:
    """Conversion is counted on its own; after surgery the patient is followed on."""
    course = Course(START, last_assessment_on=date(2027, 1, 20), last_alive_on=date(2027, 2, 1))
    assert not progression_free_survival(course).event
