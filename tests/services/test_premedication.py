"""Premedication and supportive care on a real encrypted file: the site's table (a site rule
with sources) on every order by the drugs given, not confirmed until the investigator signs it
off, changed per order only with a reason, and covered by the order's signatures."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest

from hai_desktop.core.errors import PermissionDenied, ValidationError
from hai_desktop.services import orders as o
from hai_desktop.services import supportive_care as sc
from hai_desktop.services.supportive_care import SupportiveChange
from tests.helpers import database_key, raw_connection
from tests.services.conftest import People, pid

TODAY = date.today()


def order_input(people: People, number: str = "S-0004", **changes: object) -> o.OrderInput:
    inv = people["investigator"]
    base = o.OrderInput(patient_id=pid(inv, number), day1=TODAY, targeted_agent="cetuximab",
                        height="170 cm", weight="70 kg", measured_on=TODAY, anc="2.1",
                        platelets="180", labs_date=TODAY - timedelta(days=1),
                        neuropathy_grade=0, neuropathy_assessed_on=TODAY,
                        targeted_override="tumour board: RAS wild type on the outside report")
    return replace(base, **changes)  # type: ignore[arg-type]


def test_the_items_follow_the_drugs_of_the_order(people: People) -> None:
    inv = people["investigator"]
    hai = [line.item.id for line in o.plan_order(inv, order_input(people)).supportive]
    assert hai == ["ondansetron", "dexamethasone", "diphenhydramine", "atropine",
                   "glucose_flush", "saline_kvo", "cetuximab_observation", "loperamide"]
    stopped = o.plan_order(inv, order_input(people, stops={"irinotecan": "grade 4 diarrhoea"}))
    assert {"atropine", "loperamide"}.isdisjoint(i.item.id for i in stopped.supportive)
    control = o.plan_order(inv, order_input(people, "S-0005", targeted_agent="bevacizumab",
                                            targeted_override=""))
    ids = [line.item.id for line in control.supportive]
    assert "diphenhydramine" not in ids and "glucose_flush" not in ids
    assert "bevacizumab_checks" in ids


def test_leaving_out_or_changing_an_item_needs_a_reason(people: People) -> None:
    inv = people["investigator"]
    with pytest.raises(ValidationError, match="reason for leaving out dexamethasone") as info:
        o.plan_order(inv, order_input(people, supportive={
            "dexamethasone": SupportiveChange(omit=True)}))
    assert info.value.field == "supportive:dexamethasone"
    with pytest.raises(ValidationError, match="trailing zero") as info:
        o.plan_order(inv, order_input(people, supportive={
            "ondansetron": SupportiveChange(dose="4.0 mg", reason="elderly")}))
    assert info.value.field == "supportive:ondansetron"
    with pytest.raises(ValidationError, match="not given with the drugs of this order"):
        o.plan_order(inv, order_input(people, "S-0005", targeted_agent="bevacizumab",
                                      targeted_override="", supportive={
                                          "diphenhydramine": SupportiveChange(omit=True,
                                                                              reason="x")}))
    oid = o.create_order(inv, order_input(people, supportive={
        "dexamethasone": SupportiveChange(omit=True, reason="diabetes, glucose 15 mmol/L"),
        "ondansetron": SupportiveChange(dose="16 mg", reason="nausea grade 2 last cycle")}))
    rows = {r.item_id: r for r in o.load_order(inv, oid).supportive}
    assert (rows["dexamethasone"].omitted, rows["dexamethasone"].change_reason) == (
        True, "diabetes, glucose 15 mmol/L")
    assert (rows["ondansetron"].dose, rows["ondansetron"].change_reason) == (
        "16 mg", "nausea grade 2 last cycle")
    assert rows["atropine"].as_needed and rows["atropine"].change_reason is None
    assert [r.position for r in o.load_order(inv, oid).supportive] == list(range(1, 9))


def test_not_confirmed_until_the_investigator_signs_the_table_off(people: People) -> None:
    inv, admin = people["investigator"], people["admin"]
    assert sc.UNCONFIRMED in o.plan_order(inv, order_input(people)).notices
    with pytest.raises(PermissionDenied):
        sc.sign_off_table(admin, "amber-training")
    table = sc.sign_off_table(inv, "indigo-training")
    assert table.confirmed and table.confirmed_by == "Dr Joon-ho Lee"
    oid = o.create_order(inv, order_input(people))
    assert sc.UNCONFIRMED not in o.load_order(inv, oid).notices
    assert o.load_order(inv, oid).order.supportive_confirmed is True
    # Any change to the table voids the sign-off.
    sc.change_item(admin, "ondansetron", dose="16 mg", route="by mouth",
                   timing="1 h before the first cytotoxic drug", active=True,
                   source="ASCO antiemetics guideline 2020: oral ondansetron 16 mg",
                   reason="oral route for day patients")
    assert not sc.supportive_table(inv).confirmed
    plan = o.plan_order(inv, order_input(people))
    assert sc.UNCONFIRMED in plan.notices
    changed = next(i for i in plan.supportive if i.item.id == "ondansetron")
    assert (changed.dose, changed.item.route, changed.item.status) == ("16 mg", "by mouth",
                                                                       "changed")


@pytest.mark.parametrize("changes, field", [
    ({"dose": "8 mg SC"}, "dose"), ({"dose": ".5 mg"}, "dose"),
    ({"route": "SC"}, "route"), ({"timing": " "}, "timing"),
    ({"source": ""}, "source"), ({"reason": ""}, "reason")])
def test_a_change_to_the_table_is_checked(people: People, changes: dict[str, str],
                                          field: str) -> None:
    values = {"dose": "8 mg", "route": "IV", "timing": "before", "source": "guideline",
              "reason": "review"} | changes
    with pytest.raises(ValidationError) as info:
        sc.change_item(people["admin"], "ondansetron", active=True, **values)
    assert info.value.field == field


def test_leaving_an_item_out_of_the_table(people: People) -> None:
    sc.change_item(people["investigator"], "saline_kvo", dose="250 mL", route="IV",
                   timing="to keep the vein open", active=False,
                   source="unit procedure 2026", reason="the unit runs drugs on a carrier line")
    plan = o.plan_order(people["investigator"], order_input(people))
    assert "saline_kvo" not in [i.item.id for i in plan.supportive]


def test_premedication_changed_below_the_application_breaks_the_signature(
        people: People, demo_db: Path) -> None:
    inv = people["investigator"]
    oid = o.create_order(inv, order_input(people))
    o.sign_order(inv, oid, "indigo-training")
    assert o.load_order(inv, oid).signatures_valid
    key = database_key(demo_db, "investigator", "indigo-training")
    with raw_connection(demo_db, key) as conn:
        conn.execute(f"UPDATE order_supportive SET dose = '80 mg' WHERE order_id = {oid} AND "
                     "item_id = 'dexamethasone'")
    assert not o.load_order(inv, oid).signatures_valid
