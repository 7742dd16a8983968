"""Re-authentication for signatures: every signing step asks for the signer's own password; a
wrong one refuses the signature, writes nothing but the audited failure, and repeated failures
lock the account out exactly as wrong passwords at sign-in do (one counter, in the key file)."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from hai_desktop.core.eligibility import Answer
from hai_desktop.core.errors import AuthenticationError, LockedOutError
from hai_desktop.services import administration as adm
from hai_desktop.services import orders as o
from hai_desktop.services import randomization as rnd
from hai_desktop.services import supportive_care
from hai_desktop.services.demo_screening import eligible_answers
from hai_desktop.services.dose_levels import sign_off_table
from hai_desktop.services.screening import (
    Registration,
    confirm_screening,
    correct_screening,
    load_screening,
    register_candidate,
    save_screening,
)
from hai_desktop.settings import Settings
from tests.conftest import make_settings
from tests.services.chair import as_ordered, check, check_twice
from tests.services.conftest import PASSWORDS, People, pid

THRESHOLD = 3
TODAY = date.today()
WRONG = "not-my-password"

Sign = Callable[[str], object]


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """A short lockout threshold and a long wait, so a lockout cannot expire during a test."""
    return make_settings(tmp_path, lockout_threshold=THRESHOLD, lockout_base_delay_s=600.0)


# ---- the signing steps, each prepared up to the moment of signing ---------------------------

def _confirm_eligibility(people: People) -> Sign:
    coordinator = people["coordinator"]
    patient = register_candidate(coordinator, Registration(
        family_name="Moon", given_name="Da-eun", hospital_record_number="TR-5551234", sex="F",
        date_of_birth=date(1962, 4, 5), consent_date=TODAY))
    save_screening(coordinator, patient.id, eligible_answers(TODAY), "no")
    return lambda password: confirm_screening(coordinator, patient.id, password)


def _correct_screening(people: People) -> Sign:
    coordinator = people["coordinator"]
    patient_id = pid(coordinator, "S-0003")
    view = load_screening(coordinator, patient_id)
    answers = dict(view.answers)
    answers["ecog"] = Answer(choice="1", source="Clinic note, read again")
    return lambda password: correct_screening(
        coordinator, patient_id, answers, view.prior_adjuvant, reason="ECOG misread",
        password=password)


def _randomize(people: People) -> Sign:
    coordinator = people["coordinator"]
    patient_id = pid(coordinator, "S-0003")
    offer = rnd.next_envelope(coordinator, patient_id)
    card = rnd.peek_card_for_training(coordinator, offer.number)
    return lambda password: rnd.randomize(coordinator, patient_id, envelope_number=offer.number,
                                          arm_on_card=card, password=password)


def _sign_off_dose_levels(people: People) -> Sign:
    return lambda password: sign_off_table(people["investigator"], password)


def _draft(people: People) -> int:
    inv = people["investigator"]
    return o.create_order(inv, o.OrderInput(
        patient_id=pid(inv, "S-0004"), day1=TODAY, targeted_agent="bevacizumab",
        height="170 cm", weight="70 kg", measured_on=TODAY, anc="2.1", platelets="180",
        labs_date=TODAY - timedelta(days=1), creatinine="0.9 mg/dL", neuropathy_grade=0,
        neuropathy_assessed_on=TODAY))


def _signed(people: People) -> int:
    order_id = _draft(people)
    o.sign_order(people["investigator"], order_id, PASSWORDS["investigator"])
    return order_id


def _printed(people: People) -> int:
    order_id = _signed(people)
    o.verify_order(people["pharmacist"], order_id, PASSWORDS["pharmacist"])
    o.order_sheet_pdf(people["nurse"], order_id)
    return order_id


def _administration(people: People, order_id: int, *, running: bool = False) -> Sign:
    """Checked by both nurses at the chair, then the first nurse's record: every systemic drug
    as ordered; the HAI line is left blank (no catheter inspected today: not given)."""
    nurse = people["nurse"]
    check_twice(people, order_id)
    entries = as_ordered(nurse, order_id, running=running,
                         oxaliplatin_hai=adm.AdministrationEntry(""))
    return lambda password: adm.record_administration(nurse, order_id, entries, password)


def _double_check(people: People, username: str) -> Sign:
    """A check at the signed-in nurse's workstation by `username` (herself or a colleague)."""
    order_id = _printed(people)
    if username != "nurse":
        check(people["nurse"], order_id, "nurse")
    return lambda password: check(people["nurse"], order_id, username, password=password)


def _disconnect_pump(people: People) -> Sign:
    order_id = _printed(people)
    _administration(people, order_id, running=True)(PASSWORDS["nurse"])
    ended = datetime.now(UTC)
    return lambda password: adm.record_disconnection(
        people["nurse"], order_id, "fluorouracil_infusion", ended, password,
        duration_reason="test: the pump ran for a second")


def _sign_off_premedication(people: People) -> Sign:
    return lambda password: supportive_care.sign_off_table(people["investigator"], password)


def _sign_order(people: People) -> Sign:
    order_id = _draft(people)
    return lambda password: o.sign_order(people["investigator"], order_id, password)


def _verify_order(people: People) -> Sign:
    order_id = _signed(people)
    return lambda password: o.verify_order(people["pharmacist"], order_id, password)


def _record_administration(people: People) -> Sign:
    return _administration(people, _printed(people))


def _confirm_administration(people: People) -> Sign:
    order_id = _printed(people)
    _administration(people, order_id)(PASSWORDS["nurse"])
    return lambda password: adm.confirm_administration(people["nurse2"], order_id, password)


def _change_own_password(people: People) -> Sign:
    nurse = people["nurse"]
    return lambda password: nurse.change_own_password(password, "a-brand-new-secret")


@dataclass(frozen=True)
class SigningStep:
    name: str
    signer: str
    prepare: Callable[[People], Sign]
    # What the signed step leaves in the trail besides its record changes (a new password
    # changes no record: only the key file and this event).
    event: str | None = None


STEPS = (
    SigningStep("confirm eligibility", "coordinator", _confirm_eligibility),
    SigningStep("correct a confirmed screening", "coordinator", _correct_screening),
    SigningStep("randomize", "coordinator", _randomize),
    SigningStep("sign off the dose-level table", "investigator", _sign_off_dose_levels),
    SigningStep("sign an order", "investigator", _sign_order),
    SigningStep("verify an order", "pharmacist", _verify_order),
    SigningStep("sign off the premedication table", "investigator", _sign_off_premedication),
    SigningStep("double-check an order", "nurse", lambda p: _double_check(p, "nurse")),
    SigningStep("double-check as the colleague at the chair", "nurse2",
                lambda p: _double_check(p, "nurse2")),
    SigningStep("record the administration", "nurse", _record_administration),
    SigningStep("record the pump's disconnection", "nurse", _disconnect_pump),
    SigningStep("confirm the administration", "nurse2", _confirm_administration),
    SigningStep("change one's own password", "nurse", _change_own_password, "password_changed"),
)


@pytest.mark.parametrize("step", STEPS, ids=lambda s: s.name)
def test_a_wrong_password_refuses_the_signature_and_writes_only_the_audited_failure(
        people: People, step: SigningStep) -> None:
    sign = step.prepare(people)
    people[step.signer]  # signed in before the snapshot: only the signing step comes after
    before, seq = people.records(), people.audit_head_seq()
    with pytest.raises(AuthenticationError, match="password is wrong"):
        sign(WRONG)
    assert people.records() == before
    rows = people.audit_rows_after(seq)
    assert [r[:3] for r in rows] == [("password_failed", "user", step.signer)]
    assert json.loads(rows[0][3])["consecutive_failures"] == 1
    # The same step with the right password goes through: the refusal was the password's.
    sign(PASSWORDS[step.signer])
    if step.event is None:
        assert people.records() != before
    else:
        assert people.audit_rows_after(seq)[-1][:3] == (step.event, "user", step.signer)


@pytest.mark.parametrize("step", STEPS, ids=lambda s: s.name)
def test_repeated_wrong_passwords_lock_the_signer_out_as_sign_in_does(
        people: People, settings: Settings, step: SigningStep) -> None:
    sign = step.prepare(people)
    people[step.signer]  # signed in before the snapshot: only the signing step comes after
    before, seq = people.records(), people.audit_head_seq()
    for _ in range(THRESHOLD):
        with pytest.raises(AuthenticationError, match="password is wrong"):
            sign(WRONG)
    with pytest.raises(LockedOutError, match="Try again in 10 minutes"):
        sign(PASSWORDS[step.signer])  # even the right password waits now
    assert people.records() == before
    rows = [r[:3] for r in people.audit_rows_after(seq)]
    assert rows == [("password_failed", "user", step.signer)] * THRESHOLD + [
        ("lockout", "user", step.signer)]
    # One counter for the account: signing in anew is refused as well, others are not.
    with pytest.raises(LockedOutError):
        people.sign_in_again(step.signer)
    people.sign_in_again("monitor").sign_out()
