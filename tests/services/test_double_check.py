"""The independent double check at the chair, on a real encrypted file: two different nurses,
each with their own password, the sheet's code scanned, the patient's identifiers confirmed,
every line seen as it is shown; nothing given before both checks."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest

from hai_desktop.core.errors import (
    AuthenticationError,
    ConflictError,
    PermissionDenied,
    ValidationError,
)
from hai_desktop.core.order_code import order_code
from hai_desktop.services import administration as adm
from hai_desktop.services import catheter
from hai_desktop.services import orders as o
from hai_desktop.services.audit_trail import audit_page
from hai_desktop.store.models import DoubleCheck
from tests.helpers import first_sign_in
from tests.services.chair import as_ordered, check, check_twice
from tests.services.conftest import People, pid

TODAY = date.today()


def printed_order(people: People, number: str = "S-0004") -> int:
    inv = people["investigator"]
    oid = o.create_order(inv, o.OrderInput(
        patient_id=pid(inv, number), day1=TODAY, targeted_agent="bevacizumab",
        height="170 cm", weight="70 kg", measured_on=TODAY, anc="2.1", platelets="180",
        labs_date=TODAY - timedelta(days=1), creatinine="0.9 mg/dL", neuropathy_grade=0,
        neuropathy_assessed_on=TODAY))
    o.sign_order(inv, oid, "indigo-training")
    o.verify_order(people["pharmacist"], oid, "pine-training")
    o.order_sheet_pdf(people["nurse"], oid)
    return oid


def test_what_the_nurses_see_is_what_the_sheet_orders(people: People) -> None:
    oid = printed_order(people)
    state = adm.double_check_state(people["nurse"], oid)
    assert state.identity.name == "백동현 · BAEK, Dong-hyun"
    assert (state.identity.record_number, state.identity.date_of_birth) == ("TR-7729561",
                                                                           date(1958, 1, 30))
    assert state.identity.order_code == order_code(oid)
    items = {i.drug_id: i for i in state.items}
    assert [i.number for i in state.items] == [1, 2, 3, 4, 5]
    assert (items["irinotecan"].dose, items["irinotecan"].rate) == ("325 mg",
                                                                    "333 mL/h over 1 h 30 min")
    assert items["irinotecan"].volume == "500 mL · 5% glucose [site rule]"
    assert items["fluorouracil_infusion"].rate == "5 mL/h over 46 h"
    assert items["fluorouracil_infusion"].pump.startswith("ambulatory pump")
    # No catheter inspected today: the HAI line is shown as not to be given.
    hai = items["oxaliplatin_hai"]
    assert not hai.give and hai.dose.startswith("NOT TO BE GIVEN — HAI withheld")
    assert (state.complete, state.next_number) == (False, 1)


def test_two_different_nurses_check_each_with_their_own_password(people: People) -> None:
    oid = printed_order(people)
    nurse = people["nurse"]
    assert check(nurse, oid, "nurse") == 1
    with pytest.raises(ConflictError, match="Ha-na Choi has checked this order already"):
        check(nurse, oid, "nurse")
    with pytest.raises(AuthenticationError, match="User name or password is wrong"):
        check(nurse, oid, "nurse2", password="not-hers")
    failed = [r for r in audit_page(people["investigator"], limit=3)
              if r.action == "password_failed"]
    assert failed[0].entity_id == "nurse2" and failed[0].username == "nurse"
    assert check(nurse, oid, "nurse2") == 2  # the colleague beside her, at her workstation
    state = adm.double_check_state(nurse, oid)
    assert state.complete and [c.full_name for c in state.current] == ["Ha-na Choi",
                                                                       "Ji-woo Jung"]
    with pytest.raises(ConflictError, match="Both checks are done"):
        check(people["nurse2"], oid, "nurse")
    # The second check is in the trail as the second nurse's own, with what she saw.
    rows = [r for r in audit_page(people["investigator"], limit=8)
            if r.entity == "double_checks"]
    assert rows[0].username == "nurse2"
    shown = json.loads(json.loads(rows[0].new_values or "{}")["items"])
    assert {i["drug_id"] for i in shown} == {x.drug_id for x in o.load_order(nurse, oid).lines}
    sigs = [s for s in o.load_order(nurse, oid).signatures if s.meaning == adm.CHECK_MEANING]
    assert [s.full_name for s in sigs] == ["Ha-na Choi", "Ji-woo Jung"]


@pytest.mark.parametrize("changes, field, message", [
    ({"scanned_code": "TR-7729561"}, "order_code", "not an order code"),
    ({"scanned_code": "HAI-ORDER-999999"}, "order_code", "not an order of this database"),
    ({"record_number": "TR-7730142"}, "record_number", "does not match this patient"),
    ({"record_number": ""}, "record_number", "wristband"),
    ({"date_of_birth": date(1958, 1, 3)}, "date_of_birth", "does not match this patient"),
    ({"date_of_birth": None}, "date_of_birth", "as the patient states it"),
    ({"confirmed": [1, 2, 3, 5]}, "line:4", r"Confirm line 4 \(leucovorin\)"),
])
def test_a_wrong_identifier_or_an_unconfirmed_line_is_refused_before_the_password(
        people: People, changes: dict[str, object], field: str, message: str) -> None:
    oid = printed_order(people)
    seq = people.audit_head_seq()
    with pytest.raises(ValidationError, match=message) as info:
        check(people["nurse"], oid, "nurse", password="wrong too", **changes)
    assert info.value.field == field
    assert people.audit_rows_after(seq) == []  # nothing written, not even a password failure


def test_the_sheet_of_another_order_says_whose_it_is(people: People) -> None:
    first = printed_order(people)
    other = printed_order(people, "S-0005")
    with pytest.raises(ValidationError, match="another patient's sheet — stop"):
        check(people["nurse"], first, "nurse", scanned_code=order_code(other))
    # The same words the moment the sheet is scanned, before anything else is typed.
    seq = people.audit_head_seq()
    with pytest.raises(ValidationError, match="another patient's sheet — stop"):
        adm.check_scanned_code(people["nurse"], first, order_code(other))
    adm.check_scanned_code(people["nurse"], first, order_code(first).lower())
    assert people.audit_rows_after(seq) == []
    second = printed_order(people)  # cycle 2, while cycle 1 is still open
    with pytest.raises(ValidationError, match="this patient's cycle 1 order, not the cycle 2 "
                                              f"order #{second}"):
        check(people["nurse"], second, "nurse", scanned_code=order_code(first))
    o.void_order(people["investigator"], first, "re-weighed")
    o.void_order(people["investigator"], second, "re-weighed")
    again = printed_order(people)
    with pytest.raises(ValidationError, match=f"voided, not to be given — take the sheet of "
                                              f"order #{again}"):
        check(people["nurse"], again, "nurse", scanned_code=order_code(first))
    # A keyboard-wedge scanner on a lower-case layout, with its trailing newline.
    assert check(people["nurse"], again, "nurse",
                 scanned_code=f" {order_code(again).lower()}\n") == 1


def test_only_nurses_check_and_only_printed_orders(people: People) -> None:
    oid = printed_order(people)
    with pytest.raises(PermissionDenied):
        check(people["pharmacist"], oid, "pharmacist", password="pine-training")
    with pytest.raises(PermissionDenied, match="two infusion nurses"):
        check(people["nurse"], oid, "pharmacist", password="pine-training")
    inv = people["investigator"]
    draft = o.create_order(inv, o.OrderInput(
        patient_id=pid(inv, "S-0005"), day1=TODAY, targeted_agent="bevacizumab",
        height="158 cm", weight="54 kg", measured_on=TODAY, anc="2.1", platelets="180",
        labs_date=TODAY))
    with pytest.raises(ConflictError, match="cannot be double-checked now"):
        check(people["nurse"], draft, "nurse")


def test_a_colleague_with_a_temporary_password_is_not_the_second_nurse(people: People) -> None:
    """Issue #18, attack 6: whoever set a temporary password knows it, so it does not stand for
    a second nurse at the chair; the nurse's own password, once chosen, does."""
    from hai_desktop.core.roles import Role
    from hai_desktop.services import users
    oid = printed_order(people)
    users.add_user(people["admin"], username="nurse3", full_name="Min-seo Han", role=Role.NURSE,
                   temporary_password="temporary-nurse-3")
    check(people["nurse"], oid, "nurse")
    with pytest.raises(PermissionDenied, match="Min-seo Han still has a temporary password"):
        check(people["nurse"], oid, "nurse3", password="temporary-nurse-3")
    first_sign_in(people.path, "nurse3", "temporary-nurse-3", "lilac-of-nurse-3",
                  people.settings).sign_out()
    assert check(people["nurse"], oid, "nurse3", password="lilac-of-nurse-3") == 2


def test_nothing_is_given_before_both_checks_and_by_one_of_the_checkers(
        people: People) -> None:
    oid = printed_order(people)
    nurse, nurse2 = people["nurse"], people["nurse2"]
    withheld = {"oxaliplatin_hai": adm.AdministrationEntry("")}
    with pytest.raises(ConflictError, match=r"not complete \(0 of 2\)"):
        adm.record_administration(nurse, oid, as_ordered(nurse, oid, **withheld),
                                  "navy-training")
    check(nurse, oid, "nurse")
    with pytest.raises(ConflictError, match=r"not complete \(1 of 2\)"):
        adm.record_administration(nurse, oid, as_ordered(nurse, oid, **withheld),
                                  "navy-training")
    check(nurse, oid, "nurse2")
    # A third nurse who checked nothing does not give it (the demo has two nurses: a nurse
    # account made for the test).
    from hai_desktop.core.roles import Role
    from hai_desktop.services import users
    users.add_user(people["admin"], username="nurse3", full_name="Min-seo Han", role=Role.NURSE,
                   temporary_password="temporary-nurse-3")
    third = first_sign_in(people.path, "nurse3", "temporary-nurse-3", "lilac-of-nurse-3",
                          people.settings)
    try:
        with pytest.raises(PermissionDenied, match="one of the two who checked"):
            adm.record_administration(third, oid, as_ordered(third, oid, **withheld),
                                      "lilac-of-nurse-3")
    finally:
        third.sign_out()
    adm.record_administration(nurse2, oid, as_ordered(nurse2, oid, **withheld),
                              "nutmeg-training")
    assert o.load_order(nurse, oid).order.status == o.GIVEN


def test_a_check_made_while_hai_was_withheld_is_not_a_check_of_the_hai_line(
        people: People) -> None:
    """The override opens the gate after both nurses checked the order without HAI: what is to
    be given changed, so they check again before the HAI line is given."""
    oid = printed_order(people)
    nurse = people["nurse"]
    check_twice(people, oid)
    patient_id = pid(nurse, "S-0004")
    catheter.record_catheter_event(people["radiologist"], catheter.CatheterEventInput(
        patient_id=patient_id, kind="implanted", occurred_on=TODAY - timedelta(days=7),
        operator="Dr Tae-hyun Kang", access_route="femoral",
        port_location="right lower abdomen", tip_position="gastroduodenal artery"))
    catheter.override_hai_gate(people["investigator"], oid, "IR checked the port by phone")
    state = adm.double_check_state(nurse, oid)
    assert not state.complete and state.current == []
    assert next(i for i in state.items if i.drug_id == "oxaliplatin_hai").give
    with pytest.raises(ConflictError, match=r"not complete \(0 of 2\)"):
        adm.record_administration(nurse, oid, as_ordered(nurse, oid), "navy-training")
    check_twice(people, oid)
    adm.record_administration(nurse, oid, as_ordered(nurse, oid), "navy-training")
    with people["nurse"].db.read_session() as session:
        assert session.query(DoubleCheck).filter_by(order_id=oid).count() == 4
    line = next(x for x in o.load_order(nurse, oid).lines if x.drug_id == "oxaliplatin_hai")
    assert line.given_mg == 180
