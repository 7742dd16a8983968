"""Today's items from the schedule of assessments (issue #20), on the demo through the real
services: a tumour assessment listed when its window opens and overdue once it closes, a
6-monthly follow-up for a patient off study, a missing baseline, a progression waiting for the
investigator's decision, and nothing once the patient has died."""

from __future__ import annotations

from datetime import timedelta

from hai_desktop.core.follow_up import (
    ContactMethod,
    DeathCause,
    EndReason,
    EndScope,
    VitalStatus,
)
from hai_desktop.services import follow_up
from hai_desktop.services.demo_orders import demo_randomization_day
from hai_desktop.services.follow_up import ContactInput, EndInput
from hai_desktop.services.today import ItemKind, Place, TodayItem, acts_on, today_items
from hai_desktop.store.models import Role
from tests.services.conftest import People, pid
from tests.services.test_tumour_response import randomized_days_ago

K = ItemKind
SCHEDULE_KINDS = (K.ASSESSMENT, K.FOLLOW_UP, K.PROGRESSION)


def schedule_items(items: list[TodayItem]) -> list[tuple[str, ItemKind, str, bool]]:
    return [(i.patient.display_id, i.kind, str(i.what), i.overdue) for i in items
            if i.kind in SCHEDULE_KINDS]


def test_an_assessment_is_due_in_its_window_then_overdue(people: People) -> None:
    coordinator = people["coordinator"]
    today = coordinator.today()
    week8 = demo_randomization_day("S-0005", today) + timedelta(weeks=8)
    assert schedule_items(today_items(coordinator, today=week8 - timedelta(days=8))) == []
    opened = schedule_items(today_items(coordinator, today=week8 - timedelta(days=7)))
    closes = (week8 + timedelta(days=7)).strftime("%d %b %Y")
    assert opened == [("HAI-002", K.ASSESSMENT, f"Tumour assessment 1: expected "
                       f"{week8:%d %b %Y}, window to {closes}", False)]
    late = today_items(coordinator, today=week8 + timedelta(days=8))
    (item,) = [i for i in late if i.kind is K.ASSESSMENT and i.patient.display_id == "HAI-002"]
    assert item.overdue and item.days_overdue(week8 + timedelta(days=8)) == 1
    assert item.place is Place.RESPONSE
    assert acts_on(Role.COORDINATOR, item) and not acts_on(Role.NURSE, item)
    assert not [i for i in today_items(people["nurse"], today=week8) if i.kind in SCHEDULE_KINDS]


def test_follow_up_goes_on_off_study_and_stops_at_death(people: People) -> None:
    coordinator = people["coordinator"]
    today = coordinator.today()
    six_months = demo_randomization_day("S-0007", today) + timedelta(days=182)
    due = [(d, k) for d, k, _what, _late in schedule_items(
        today_items(coordinator, today=six_months)) if d == "HAI-004"]
    assert due == [("HAI-004", K.FOLLOW_UP)]  # off study, and its assessments ended with it
    follow_up.record_contact(coordinator, ContactInput(
        pid(coordinator, "S-0007"), today, ContactMethod.RECORDS, VitalStatus.DEAD,
        death_on=today, death_cause=DeathCause.OTHER))
    assert [d for d, _k, _w, _l in schedule_items(today_items(coordinator, today=six_months))
            if d == "HAI-004"] == []


def test_a_missing_baseline_and_a_progression_to_decide(people: People) -> None:
    patient_id = randomized_days_ago(people, 3)
    coordinator, investigator = people["coordinator"], people["investigator"]
    assert ("HAI-008", K.ASSESSMENT, "Baseline tumour assessment not recorded", False) in \
        schedule_items(today_items(coordinator))
    assert patient_id
    progression = [i for i in today_items(investigator) if i.kind is K.PROGRESSION]
    assert [(i.patient.display_id, str(i.what)) for i in progression] == [
        ("HAI-003", f"Progression (RECIST) on {progression[0].day:%d %b %Y}: decide the end "
                    "of treatment")]
    follow_up.record_end_of_treatment(investigator, EndInput(
        pid(investigator, "S-0006"), investigator.today(), EndScope.ALL,
        EndReason.PROGRESSION))
    assert not [i for i in today_items(investigator) if i.kind is K.PROGRESSION]


def test_only_the_latest_missed_visit_of_each_kind_is_listed(people: People) -> None:
    randomized_days_ago(people, 300)  # HAI-008: nothing recorded since
    items = [i for i in today_items(people["coordinator"])
             if i.patient.display_id == "HAI-008" and i.kind in SCHEDULE_KINDS]
    assert [(i.kind, str(i.what).split(":")[0], i.overdue) for i in items] == [
        (K.FOLLOW_UP, "Follow-up 1", True), (K.ASSESSMENT, "Tumour assessment 5", True),
        (K.ASSESSMENT, "Baseline tumour assessment not recorded", False)]


def test_a_patient_opened_from_today_shows_the_death(people: People) -> None:
    """HAI-003's progression waits for the investigator's decision; once a death is recorded
    the item's patient (what the header shows when it is opened) carries it."""
    investigator = people["investigator"]
    s0006, today = pid(investigator, "S-0006"), investigator.today()
    follow_up.record_contact(people["coordinator"], ContactInput(
        s0006, today, ContactMethod.TELEPHONE, VitalStatus.DEAD, death_on=today,
        death_cause=DeathCause.UNKNOWN))
    items = [i for i in today_items(investigator) if i.patient.id == s0006]
    assert K.PROGRESSION in {i.kind for i in items}
    assert {i.patient.died_on for i in items} == {today}
    assert {i.patient.died_on for i in today_items(investigator) if i.patient.id != s0006} \
        == {None}
