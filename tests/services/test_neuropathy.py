"""Oxaliplatin and the nerves, on a real encrypted file: the peripheral sensory neuropathy grade
before every oxaliplatin dose, a dose decision due at the site's grade, and the cumulative dose
(mg and mg/m²) from what was actually given."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from hai_desktop.core.errors import ValidationError
from hai_desktop.services import orders as o
from hai_desktop.services.site_rules import set_site_rule
from hai_desktop.store.models import DoseDecision
from tests.services.conftest import People, pid

TODAY = date.today()
CONTINUE = "grade 2 only in the cold; function intact"


def s0006(people: People, **changes: object) -> o.OrderInput:
    """HAI-003's next order (cycle 6 of the demo; cycle 5 is today's, verified)."""
    inv = people["investigator"]
    base = o.OrderInput(patient_id=pid(inv, "S-0006"), day1=TODAY, targeted_agent="cetuximab",
                        height="171 cm", weight="70 kg", measured_on=TODAY, anc="2.4",
                        platelets="190", labs_date=TODAY, neuropathy_grade=1,
                        neuropathy_assessed_on=TODAY)
    return replace(base, **changes)  # type: ignore[arg-type]


@pytest.mark.parametrize("changes, message", [
    ({"neuropathy_grade": None}, "Grade the peripheral sensory neuropathy"),
    ({"neuropathy_assessed_on": None}, "Grade the peripheral sensory neuropathy"),
    ({"neuropathy_grade": 5}, "0 to 4"),
    ({"neuropathy_assessed_on": TODAY + timedelta(days=1)}, "from the 14 days before day 1"),
    ({"neuropathy_assessed_on": TODAY - timedelta(days=15)}, "from the 14 days before day 1"),
])
def test_every_oxaliplatin_order_needs_the_grade_of_its_day(
        people: People, changes: dict[str, object], message: str) -> None:
    with pytest.raises(ValidationError, match=message) as info:
        o.plan_order(people["investigator"], s0006(people, **changes))
    assert info.value.field == "neuropathy"


def test_no_grade_is_asked_without_oxaliplatin(people: People) -> None:
    inv = people["investigator"]
    control = o.plan_order(inv, s0006(people, patient_id=pid(inv, "S-0005"),
                                      targeted_agent="bevacizumab", neuropathy_grade=None,
                                      neuropathy_assessed_on=None))
    assert control.neuropathy_grade is None and control.oxaliplatin_with_this is None
    stopped = o.plan_order(inv, s0006(people, neuropathy_grade=None,
                                      neuropathy_assessed_on=None,
                                      stops={"oxaliplatin_hai": "catheter removed"}))
    assert stopped.neuropathy_grade is None


def test_grade_2_makes_a_dose_decision_due(people: People) -> None:
    inv = people["investigator"]
    graded = s0006(people, neuropathy_grade=2)
    with pytest.raises(ValidationError, match=r"grade 2 peripheral sensory neuropathy .*dose "
                                              r"decision is due") as info:
        o.plan_order(inv, graded)
    assert info.value.field == "oxaliplatin_hai"
    # Answered by continuing with the reason: kept as a decision at the same level.
    oid = o.create_order(inv, replace(graded, continues={"oxaliplatin_hai": CONTINUE}))
    view = o.load_order(inv, oid)
    assert view.order.neuropathy_grade == 2 and view.order.neuropathy_assessed_on == TODAY
    assert any(n == "Dose decision for oxaliplatin HAI after grade 2 peripheral sensory "
                    "neuropathy before oxaliplatin HAI (cycle 6; at grade 2 or more [site "
                    f"rule]): continue at level 0 — {CONTINUE}" for n in view.notices)
    with inv.db.read_session() as session:
        decision = session.query(DoseDecision).filter_by(
            patient_id=view.patient.id, drug_id="oxaliplatin_hai", cycle=6).one()
        assert decision.level == 0
        assert decision.reason == ("continued after grade 2 peripheral sensory neuropathy: "
                                   f"{CONTINUE}")


def test_a_reduction_answers_it_too_and_the_site_decides_the_grade(people: People) -> None:
    inv = people["investigator"]
    graded = s0006(people, neuropathy_grade=2)
    plan = o.plan_order(inv, replace(graded, reductions={
        "oxaliplatin_hai": (-1, "grade 2 neuropathy persisting")}))
    line = next(x for x in plan.lines if x.drug.id == "oxaliplatin_hai")
    assert line.level == -1 and line.calculation is not None
    set_site_rule(people["admin"], "neuropathy_decision_grade", "3", "unit policy: grade 3")
    assert not any("Dose decision for oxaliplatin" in n
                   for n in o.plan_order(inv, graded).notices)


def test_cumulative_oxaliplatin_is_what_was_given(people: People) -> None:
    inv = people["investigator"]
    plan = o.plan_order(inv, s0006(people))
    # The demo gave cycles 1-4 (cycle 5 is verified, not given): the recorded doses, each
    # over that order's BSA, computed here from the orders themselves.
    given = []
    for order in o.orders_for_patient(inv, pid(inv, "S-0006")):
        view = o.load_order(inv, order.id)
        line = next(x for x in view.lines if x.drug_id == "oxaliplatin_hai")
        if view.order.status in (o.GIVEN, o.ADMINISTERED) and line.given_mg:
            given.append((line.given_mg, view.order.bsa_m2))
    assert len(given) == 4
    before = plan.oxaliplatin_before
    assert before is not None and before.doses == 4
    assert before.mg == pytest.approx(sum(mg for mg, _ in given))
    assert before.mg_per_m2 == pytest.approx(sum(mg / bsa for mg, bsa in given))
    dose = next(x for x in plan.lines if x.drug.id == "oxaliplatin_hai").calculation
    assert dose is not None
    with_this = plan.oxaliplatin_with_this
    assert with_this is not None and with_this.doses == 5
    assert with_this.mg == pytest.approx(before.mg + dose.rounded_mg)
    assert with_this.mg_per_m2 == pytest.approx(before.mg_per_m2 + dose.rounded_mg
                                                / plan.bsa.magnitude)
