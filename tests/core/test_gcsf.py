"""G-CSF secondary prevention: each of the protocol's three reasons, at its boundary."""

from __future__ import annotations

from datetime import date, timedelta

from hai_desktop.core.gcsf import NeutropeniaEvent, gcsf_reasons

DAY = date(2026, 3, 2)


def neutropenia(grade: int, days: int | None, action: str = "none",
                term: str = "Neutrophil count decreased") -> NeutropeniaEvent:
    return NeutropeniaEvent(term, grade, DAY, None if days is None else DAY + timedelta(days),
                            action)


def test_nothing_applies_without_events() -> None:
    assert gcsf_reasons([], DAY) == []


def test_febrile_neutropenia_applies_at_any_grade() -> None:
    reasons = gcsf_reasons([neutropenia(3, 2, term="Febrile neutropenia")], DAY)
    assert reasons == ["febrile neutropenia on 02 Mar 2026"]


def test_grade_4_must_last_more_than_five_days() -> None:
    assert gcsf_reasons([neutropenia(4, 5)], DAY) == []
    assert gcsf_reasons([neutropenia(4, 6)], DAY) == [
        "grade 4 neutropenia for 6 days from 02 Mar 2026 (more than 5)"]
    assert gcsf_reasons([neutropenia(3, 20)], DAY) == []  # grade 3 never counts
    # Not yet resolved: counted up to today.
    assert gcsf_reasons([neutropenia(4, None)], DAY + timedelta(5)) == []
    assert len(gcsf_reasons([neutropenia(4, None)], DAY + timedelta(6))) == 1


def test_two_delays_by_neutropenia() -> None:
    one = [neutropenia(2, 3, "dose delayed")]
    assert gcsf_reasons(one, DAY) == []
    two = [*one, neutropenia(3, 4, "dose delayed")]
    assert gcsf_reasons(two, DAY) == ["treatment delayed 2 times by neutropenia"]
    other = [*one, NeutropeniaEvent("Diarrhea", 3, DAY, None, "dose delayed")]
    assert gcsf_reasons(other, DAY) == []  # a delay for another toxicity does not count
