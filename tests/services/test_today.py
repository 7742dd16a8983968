"""Today's worklist against the demo's known states, for every role, and as the states change
through the real services (an order from writing to the second nurse's confirmation, a lab
result, a dose decision, an IR review)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from hai_desktop.core.errors import PermissionDenied
from hai_desktop.core.roles import Role
from hai_desktop.services import administration as adm
from hai_desktop.services import catheter, competency, labs, toxicity
from hai_desktop.services import orders as o
from hai_desktop.services.permissions import allowed
from hai_desktop.services.today import (
    KINDS,
    OVERVIEW_ROLES,
    ItemKind,
    Place,
    TodayItem,
    acts_on,
    kinds_for,
    today_items,
)
from hai_desktop.services.workspace import Workspace
from tests.services.chair import as_ordered, check_twice
from tests.services.conftest import PASSWORDS, People, pid

K = ItemKind
# What each demo role finds on Today (the demo: HAI-003's cycle 5 order, day 1 yesterday,
# verified and waiting to be printed and its catheter inspected; HAI-001 randomized two days
# ago with no catheter, no labs and no order; HAI-004's medication error open; S-0001 half
# screened; S-0003 eligible, waiting for the envelope).
PRINT = ("HAI-003", K.PRINT_ORDER, True)
INSPECT = ("HAI-003", K.INSPECT_CATHETER, True)
WRITE = ("HAI-001", K.WRITE_ORDER, False)
PLACE = ("HAI-001", K.PLACE_CATHETER, False)
LABS = ("HAI-001", K.LABS, False)
INCIDENT = ("HAI-004", K.INCIDENT, False)
SCREEN = ("S-0001", K.SCREENING, False)
RANDOMIZE = ("S-0003", K.RANDOMIZE, False)
# HAI-003's week-8 scan (15 days ago) showed a new lesion; treatment is not recorded as ended.
PROGRESSION = ("HAI-003", K.PROGRESSION, False)
EXPECTED = {
    "nurse": [PRINT, INSPECT],
    "nurse2": [PRINT],  # no HAI competency: the catheter is not hers to inspect
    "pharmacist": [PRINT],
    "radiologist": [INSPECT, PLACE],
    "investigator": [PROGRESSION, WRITE, LABS, INCIDENT],
    "coordinator": [RANDOMIZE, SCREEN, LABS],
    "admin": [PRINT, INSPECT, PROGRESSION, RANDOMIZE, SCREEN, WRITE, PLACE, LABS, INCIDENT],
    "monitor": [PRINT, INSPECT, PROGRESSION, RANDOMIZE, SCREEN, WRITE, PLACE, LABS,
                INCIDENT],
}


def seen(items: list[TodayItem]) -> list[tuple[str, ItemKind, bool]]:
    return [(i.patient.display_id, i.kind, i.overdue) for i in items]


def of(items: list[TodayItem], display_id: str, kind: ItemKind) -> TodayItem:
    return next(i for i in items if (i.patient.display_id, i.kind) == (display_id, kind))


@pytest.mark.parametrize("username", sorted(EXPECTED))
def test_each_role_finds_its_work_in_the_demo(people: People, username: str) -> None:
    items = today_items(people[username])
    assert seen(items) == EXPECTED[username]


def test_what_each_demo_item_says_and_where_it_opens(people: People) -> None:
    ws = people["monitor"]
    today = ws.today()
    items = today_items(ws)
    printing = of(items, "HAI-003", K.PRINT_ORDER)
    assert printing.what == "Cycle 5 order verified: print the sheet"
    assert printing.patient.name == "남재원 · NAM, Jae-won"
    assert (printing.day, printing.due, printing.overdue) == (today - timedelta(days=1), True,
                                                              True)
    assert printing.days_overdue(today) == 1
    assert printing.place is Place.ORDERS and printing.order_id is not None
    assert o.load_order(ws, printing.order_id).order.cycle == 5
    inspection = of(items, "HAI-003", K.INSPECT_CATHETER)
    assert inspection.place is Place.CATHETER and inspection.order_id == printing.order_id
    assert inspection.what.startswith("Cycle 5: inspect the catheter before HAI")
    assert "15 days earlier" in inspection.detail  # the HAI gate's own reason
    assert of(items, "HAI-001", K.LABS).what == "Cycle 1: no pre-cycle ANC + platelets recorded"
    assert of(items, "HAI-001", K.LABS).place is Place.TOXICITY
    writing = of(items, "HAI-001", K.WRITE_ORDER)
    assert writing.what == "Cycle 1 order to write"
    assert (writing.day, writing.due, writing.overdue) == (today - timedelta(days=2), False,
                                                           False)  # cycle 1: no protocol day
    incident = of(items, "HAI-004", K.INCIDENT)
    assert incident.what == "Medication error on cycle 6: resolve it with what was done"
    assert "leucovorin 900 mg given" in incident.detail
    assert of(items, "S-0003", K.RANDOMIZE).place is Place.RANDOMIZATION
    assert of(items, "S-0001", K.SCREENING).what == "Eligibility checklist not complete"
    # A monitor follows everything and does none of it; a nurse prints and inspects.
    assert not any(acts_on(Role.MONITOR, i) for i in items)
    assert acts_on(Role.NURSE, printing) and not acts_on(Role.INVESTIGATOR, printing)


def test_overdue_is_measured_from_day_1(people: People) -> None:
    nurse = people["nurse"]
    day1 = nurse.today() - timedelta(days=1)
    on_day1 = today_items(nurse, today=day1)
    assert seen(on_day1) == [("HAI-003", K.PRINT_ORDER, False),
                             ("HAI-003", K.INSPECT_CATHETER, False)]
    assert on_day1[0].day == day1 and on_day1[0].due
    later = today_items(nurse, today=day1 + timedelta(days=3))
    assert [i.days_overdue(day1 + timedelta(days=3)) for i in later] == [3, 3]
    # The day before day 1 the chair has nothing yet: printing belongs to the day itself.
    assert today_items(nurse, today=day1 - timedelta(days=1)) == []


def test_an_order_moves_through_each_role_s_today(people: People) -> None:
    inv, pharmacist, nurse = people["investigator"], people["pharmacist"], people["nurse"]
    today = inv.today()
    patient_id = pid(inv, "S-0005")  # HAI-002, control arm: cycle 4 written early, for today
    oid = o.create_order(inv, o.OrderInput(
        patient_id=patient_id, day1=today, targeted_agent="bevacizumab", height="158 cm",
        weight="54 kg", measured_on=today, anc="2.3", platelets="210",
        labs_date=today - timedelta(days=1), creatinine="0.8 mg/dL"))

    def hai_002(ws: Workspace) -> list[tuple[ItemKind, str]]:
        return [(i.kind, str(i.what)) for i in today_items(ws)
                if i.patient.display_id == "HAI-002"]

    assert hai_002(inv) == [(K.SIGN_ORDER, "Cycle 4 order waiting for the investigator's "
                                           "signature")]
    assert hai_002(pharmacist) == [] and hai_002(nurse) == []
    o.sign_order(inv, oid, PASSWORDS["investigator"])
    assert hai_002(inv) == []
    assert hai_002(pharmacist) == [(K.VERIFY_ORDER, "Cycle 4 order waiting for pharmacist "
                                                    "verification")]
    o.verify_order(pharmacist, oid, PASSWORDS["pharmacist"])
    assert hai_002(pharmacist) == hai_002(nurse) == [
        (K.PRINT_ORDER, "Cycle 4 order verified: print the sheet")]
    o.order_sheet_pdf(nurse, oid)
    assert hai_002(pharmacist) == []
    assert hai_002(nurse) == [(K.DOUBLE_CHECK, "Cycle 4: independent double check at the "
                                               "chair (0 of 2 done)")]
    check_twice(people, oid)
    assert hai_002(nurse) == [(K.ADMINISTER, "Cycle 4: both checks done — record what is "
                                             "given")]
    adm.record_administration(nurse, oid, as_ordered(nurse, oid), PASSWORDS["nurse"])
    assert hai_002(people["nurse2"]) == [(K.CONFIRM_ADMINISTRATION, "Cycle 4 given: a second "
                                          "nurse confirms the administration")]
    adm.confirm_administration(people["nurse2"], oid, PASSWORDS["nurse2"])
    assert hai_002(nurse) == [] and hai_002(inv) == []  # cycle 5 is due in 14 days


def test_the_next_cycle_falls_due_with_its_labs(people: People) -> None:
    inv, coordinator = people["investigator"], people["coordinator"]
    today = inv.today()
    patient_id = pid(inv, "S-0005")  # HAI-002: cycle 3 given yesterday, cycle 4 due in 13 days
    assert not [i for i in today_items(inv) if i.patient.display_id == "HAI-002"]
    due = today + timedelta(days=13)
    # (Its week-8 scan's window opens two days later: the schedule's item, tested apart.)
    items = [i for i in today_items(inv, today=due + timedelta(days=2))
             if i.patient.display_id == "HAI-002" and i.kind is not K.ASSESSMENT]
    assert [(i.kind, i.day, i.overdue) for i in items] == [(K.WRITE_ORDER, due, True),
                                                           (K.LABS, due, True)]
    # Yesterday's pre-cycle counts were taken before cycle 3 was given: too old for cycle 4.
    assert items[1].what.startswith("Cycle 4: pre-cycle labs too old (ANC last ")
    assert "they must be from the last 14 days, after the previous cycle" in items[1].what
    taken = due - timedelta(days=1)
    for term, value in (("Neutrophil count decreased", "2.2 ×10⁹/L"),
                        ("Platelet count decreased", "205 ×10⁹/L")):
        labs.record_lab(coordinator, labs.LabInput(patient_id, term, value, taken, cycle=4),
                        today=due)
    assert [i.kind for i in today_items(coordinator, today=due)
            if i.patient.display_id == "HAI-002"] == []
    assert [i.kind for i in today_items(inv, today=due)
            if i.patient.display_id == "HAI-002"] == [K.WRITE_ORDER]


def test_a_dose_decision_falls_due_before_the_next_cycle(people: People) -> None:
    inv, nurse = people["investigator"], people["nurse"]
    today = inv.today()
    patient_id = pid(nurse, "S-0005")
    drugs = [d.id for d in toxicity.regimen_drugs(nurse, patient_id)]
    toxicity.record_event(nurse, toxicity.EventInput(
        patient_id=patient_id, term="Hypertension", grade=3, onset=today, resolved=None,
        cycle=3, attributions={d: "probable" if d == "bevacizumab" else "unrelated"
                               for d in drugs},
        outcome="not recovered/not resolved", action="none"))
    items = [i for i in today_items(inv) if i.kind is K.DOSE_DECISION]
    assert len(items) == 1 and items[0].patient.display_id == "HAI-002"
    assert items[0].what.startswith("Dose decision due: grade 3 Hypertension, cycle 3 "
                                    "(probable for bevacizumab)")
    assert (items[0].day, items[0].due, items[0].overdue) == (today + timedelta(days=13), True,
                                                              False)
    assert items[0].place is Place.TOXICITY
    assert not [i for i in today_items(nurse) if i.kind is K.DOSE_DECISION]


def test_pain_during_hai_asks_interventional_radiology(people: People) -> None:
    nurse, radiologist = people["nurse"], people["radiologist"]
    patient_id = pid(nurse, "S-0006")
    catheter.record_hai_pain(nurse, patient_id, None, location="epigastric",
                             infusion=catheter.INFUSION_STOPPED, action="test: infusion stopped")
    review = [i for i in today_items(radiologist) if i.kind is K.IR_REVIEW]
    assert len(review) == 1 and review[0].patient.display_id == "HAI-003"
    assert review[0].what.startswith("Catheter needs IR review: pain during HAI reported")
    assert review[0].place is Place.CATHETER
    assert [i.kind for i in today_items(people["investigator"])].count(K.IR_REVIEW) == 1
    assert K.IR_REVIEW not in [i.kind for i in today_items(nurse)]


def test_the_inspection_waits_for_a_nurse_trained_in_hai(people: People) -> None:
    nurse2 = people["nurse2"]
    assert K.INSPECT_CATHETER not in [i.kind for i in today_items(nurse2)]
    competency.record_competency(people["admin"], "nurse2",
                                 trained_on=nurse2.today() - timedelta(days=1),
                                 trainer="test: IR-led HAI training")
    assert [i.kind for i in today_items(nurse2)] == [K.PRINT_ORDER, K.INSPECT_CATHETER]


def test_a_locked_workstation_gets_no_worklist(people: People) -> None:
    nurse = people["nurse"]
    nurse.lock("manual")
    with pytest.raises(PermissionDenied, match="The workstation is locked"):
        today_items(nurse)
    nurse.unlock(PASSWORDS["nurse"])
    assert today_items(nurse)


def test_who_sees_a_kind_may_do_its_work() -> None:
    for kind, spec in KINDS.items():
        assert spec.shown_to, kind
        for role in spec.shown_to:
            assert allowed(role, spec.action), (kind, role)
    # The overview roles are exactly those that may do none of the work.
    idle = {role for role in Role if not any(allowed(role, s.action) for s in KINDS.values())}
    assert idle == OVERVIEW_ROLES
    assert kinds_for(Role.MONITOR) == kinds_for(Role.ADMIN) == set(KINDS)
    assert kinds_for(Role.PHARMACIST) == {K.VERIFY_ORDER, K.PRINT_ORDER}
    assert kinds_for(Role.INTERVENTIONAL_RADIOLOGIST) == {K.INSPECT_CATHETER, K.PLACE_CATHETER,
                                                          K.IR_REVIEW}
    assert kinds_for(Role.COORDINATOR) == {K.LABS, K.SCREENING, K.RANDOMIZE, K.ASSESSMENT,
                                           K.FOLLOW_UP}
    assert kinds_for(Role.INVESTIGATOR) == {K.WRITE_ORDER, K.SIGN_ORDER, K.DOSE_DECISION,
                                            K.INCIDENT, K.IR_REVIEW, K.LABS, K.ASSESSMENT,
                                            K.PROGRESSION}


@pytest.mark.parametrize(("status", "complete", "step"), [
    ("draft", False, o.NextStep.SIGN), ("signed", False, o.NextStep.VERIFY),
    ("verified", False, o.NextStep.PRINT), ("printed", False, o.NextStep.DOUBLE_CHECK),
    ("printed", True, o.NextStep.ADMINISTER), ("given", True, o.NextStep.CONFIRM),
    ("administered", True, None), ("rejected", False, None), ("voided", False, None)])
def test_the_next_step_of_an_order(status: str, complete: bool, step: o.NextStep | None) -> None:
    assert o.next_step(status, complete) is step


def test_a_cycle_under_way_is_not_ordered_again(people: People) -> None:
    """HAI-003's cycle 5 is verified, not given: nothing to write for it, whatever the day."""
    inv = people["investigator"]
    later = inv.today() + timedelta(days=30)
    assert not [i for i in today_items(inv, today=later)
                if i.patient.display_id == "HAI-003" and i.kind is K.WRITE_ORDER]


def test_an_off_study_patient_has_no_next_cycle(people: People) -> None:
    """HAI-004 went off study after its eighth cycle: no order or labs asked, ever."""
    inv = people["investigator"]
    far = inv.today() + timedelta(days=60)
    assert [i.kind for i in today_items(inv, today=far)
            if i.patient.display_id == "HAI-004"] == [K.INCIDENT]
