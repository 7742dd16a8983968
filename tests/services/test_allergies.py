"""Allergies and infusion reactions on a real encrypted file: three states ("not yet asked" is
never "none known"), corrections and voids with reasons in the audit trail, an order that cannot
be signed while the patient was not asked, and a drug on the order that the patient reacted to."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, timedelta

import pytest

from hai_desktop.core.allergies import AllergyState
from hai_desktop.core.errors import ConflictError, PermissionDenied, ValidationError
from hai_desktop.services import allergies as a
from hai_desktop.services import orders as o
from hai_desktop.services.audit_trail import audit_page
from tests.services.conftest import People, pid, randomize_waiting_patient

TODAY = date.today()


def entry(patient_id: int, **changes: object) -> a.AllergyInput:
    base = a.AllergyInput(patient_id, "amoxicillin", "drug", "hives", "moderate", "patient",
                          TODAY - timedelta(days=400))
    return replace(base, **changes)  # type: ignore[arg-type]


def test_the_three_states_of_the_demo(people: People) -> None:
    nurse = people["nurse"]
    asked = a.allergy_status_of(nurse, pid(nurse, "S-0001"))
    assert asked.state is AllergyState.NOT_ASKED and not asked.recorded
    assert asked.summary == "Allergy status not yet recorded"
    none = a.allergy_status_of(nurse, pid(nurse, "S-0005"))
    assert none.state is AllergyState.NONE_KNOWN and none.recorded
    assert none.summary.startswith("No known allergies (asked by Ha-na Choi (TRAINING) on ")
    listed = a.allergy_status_of(nurse, pid(nurse, "S-0006"))
    assert listed.state is AllergyState.RECORDED
    assert [e.allergen for e in listed.entries] == ["iodinated contrast medium", "cetuximab"]
    assert listed.short == "iodinated contrast medium, cetuximab"


def test_recording_an_allergy_replaces_no_known_allergies(people: People) -> None:
    nurse = people["nurse"]
    patient_id = pid(nurse, "S-0005")
    a.record_allergy(nurse, entry(patient_id))
    status = a.allergy_status_of(nurse, patient_id)
    assert status.state is AllergyState.RECORDED
    assert status.summary == "amoxicillin — hives (moderate)"
    voided = [r for r in audit_page(people["investigator"], limit=5)
              if r.entity == "allergy_statements" and r.action == "void"]
    assert voided and "allergy to amoxicillin recorded" in (voided[0].new_values or "")
    # With allergies recorded, "none known" is refused until they are voided.
    with pytest.raises(ValidationError, match="Allergies are recorded"):
        a.record_no_known_allergies(nurse, patient_id, asked_by="Ha-na Choi", asked_on=TODAY)


def test_voiding_the_only_allergy_means_asking_again(people: People) -> None:
    nurse = people["nurse"]
    patient_id = pid(nurse, "S-0001")
    allergy_id = a.record_allergy(nurse, entry(patient_id))
    with pytest.raises(ValidationError, match="reason for voiding"):
        a.void_allergy(nurse, allergy_id, " ")
    a.void_allergy(nurse, allergy_id, "entered for the wrong patient")
    assert a.allergy_status_of(nurse, patient_id).state is AllergyState.NOT_ASKED
    with pytest.raises(ConflictError, match="already voided"):
        a.void_allergy(nurse, allergy_id, "again")
    assert [x.voided for x in a.allergies_for_patient(nurse, patient_id,
                                                      include_voided=True)] == [True]
    a.record_no_known_allergies(nurse, patient_id, asked_by="Ha-na Choi", asked_on=TODAY)
    assert a.allergy_status_of(nurse, patient_id).state is AllergyState.NONE_KNOWN


def test_a_correction_keeps_old_and_new_values_with_its_reason(people: People) -> None:
    pharmacist = people["pharmacist"]
    patient_id = pid(pharmacist, "S-0001")
    allergy_id = a.record_allergy(pharmacist, entry(patient_id))
    with pytest.raises(ValidationError, match="reason for the correction"):
        a.correct_allergy(pharmacist, allergy_id, entry(patient_id, severity="severe"), "")
    a.correct_allergy(pharmacist, allergy_id, entry(patient_id, severity="severe",
                                                    reaction="hives and wheeze"),
                      "reaction confirmed with the GP letter")
    row = next(r for r in audit_page(people["investigator"], limit=5)
               if r.entity == "allergies" and r.action == "update")
    assert row.reason == "reaction confirmed with the GP letter"
    assert json.loads(row.old_values or "{}")["severity"] == "moderate"
    assert json.loads(row.new_values or "{}")["severity"] == "severe"
    assert row.username == "pharmacist"


@pytest.mark.parametrize("changes, field", [
    ({"allergen": "  "}, "allergen"),
    ({"allergen": "x" * 5000}, "allergen"),
    ({"category": "astrology"}, "category"),
    ({"severity": "catastrophic"}, "severity"),
    ({"source": ""}, "source"),
    ({"noted_on": TODAY + timedelta(days=1)}, "noted_on"),
])
def test_bad_entries_are_refused_at_their_field(people: People, changes: dict[str, object],
                                                field: str) -> None:
    nurse = people["nurse"]
    with pytest.raises(ValidationError) as info:
        a.record_allergy(nurse, entry(pid(nurse, "S-0001"), **changes))
    assert info.value.field == field


def test_who_may_record_allergies(people: People) -> None:
    for role in ("monitor", "coordinator", "radiologist", "admin"):
        ws = people[role]
        with pytest.raises(PermissionDenied):
            a.record_allergy(ws, entry(pid(ws, "S-0001")))


def test_an_order_is_not_signed_while_the_patient_was_not_asked(people: People) -> None:
    patient_id = randomize_waiting_patient(people)  # S-0003: never asked about allergies
    inv = people["investigator"]
    oid = o.create_order(inv, o.OrderInput(
        patient_id=patient_id, day1=TODAY, targeted_agent="bevacizumab", height="165 cm",
        weight="60 kg", measured_on=TODAY, anc="2.5", platelets="200", labs_date=TODAY,
        neuropathy_grade=0, neuropathy_assessed_on=TODAY))
    assert o.load_order(inv, oid).allergy.state is AllergyState.NOT_ASKED
    with pytest.raises(ConflictError, match="allergies are not recorded"):
        o.sign_order(inv, oid, "indigo-training")
    assert not [r for r in audit_page(inv, limit=3) if r.action == "password_failed"]
    a.record_no_known_allergies(people["nurse"], patient_id, asked_by="Ha-na Choi",
                                asked_on=TODAY)
    o.sign_order(inv, oid, "indigo-training")
    assert o.load_order(inv, oid).order.status == o.SIGNED


def test_a_drug_the_patient_reacted_to_is_named_on_the_order(people: People) -> None:
    inv = people["investigator"]
    plan = o.plan_order(inv, o.OrderInput(
        patient_id=pid(inv, "S-0006"), day1=TODAY, targeted_agent="cetuximab",
        height="171 cm", weight="70 kg", measured_on=TODAY, anc="2.4", platelets="190",
        labs_date=TODAY, neuropathy_grade=1, neuropathy_assessed_on=TODAY))
    checks = [n for n in plan.notices if n.startswith("ALLERGY CHECK")]
    assert checks == ["ALLERGY CHECK: recorded infusion reaction to cetuximab (mild; flushing "
                      "and chills 20 min into the first infusion, settled with the rate halved) "
                      "— cetuximab is on this order"]
