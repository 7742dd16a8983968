"""Two workstations share the key file beside the database. Each sign-in holds its own copy of
it in memory and rewrites the file after every commit (the audit anchor) and every signature;
a change made on one workstation (a user added, deactivated, a password changed) must survive
the other workstation's next rewrite."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from hai_desktop.core.errors import AuthenticationError
from hai_desktop.core.roles import Role
from hai_desktop.services import labs, users
from hai_desktop.services.demo import DEMO_ACCOUNTS, DEMO_KDF
from hai_desktop.services.patients import list_patients
from hai_desktop.services.workspace import Workspace, sign_in
from hai_desktop.settings import Settings
from hai_desktop.store.keyslots import KeySlotFile, key_slot_path
from tests.conftest import make_settings

PASSWORDS = {a.username: a.password for a in DEMO_ACCOUNTS}


@pytest.fixture
def quick(tmp_path: Path) -> Settings:
    """New key slots with the demo's cheaper argon2 cost, to keep the test quick."""
    return make_settings(tmp_path, kdf=DEMO_KDF)


@pytest.fixture
def ward(demo_db: Path, quick: Settings) -> Iterator[Workspace]:
    """The infusion unit's workstation: a nurse signed in before the administrator's change."""
    nurse = sign_in(demo_db, "nurse", PASSWORDS["nurse"], quick)
    yield nurse
    nurse.sign_out()


def save_on_the_ward(nurse: Workspace) -> None:
    """An ordinary save: its commit rewrites the key file with the new audit anchor."""
    labs.record_lab(nurse, labs.LabInput(
        patient_id=list_patients(nurse, "S-0005")[0].id,
        term="Alanine aminotransferase increased", value="48 U/L", taken_on=date.today()))


def test_a_user_added_on_one_workstation_can_sign_in_after_another_saves(
        demo_db: Path, quick: Settings, ward: Workspace) -> None:
    admin = sign_in(demo_db, "admin", PASSWORDS["admin"], quick)
    try:
        users.add_user(admin, username="nurse3", full_name="Da-eun Han", role=Role.NURSE,
                       temporary_password="lilac-training-3")
    finally:
        admin.sign_out()
    save_on_the_ward(ward)
    assert "nurse3" in KeySlotFile.load(key_slot_path(demo_db)).usernames()
    sign_in(demo_db, "nurse3", "lilac-training-3", quick).sign_out()


def test_a_deactivated_users_key_slot_stays_removed_after_another_workstation_saves(
        demo_db: Path, quick: Settings, ward: Workspace) -> None:
    """A slot put back would let the deactivated user's password unwrap the database key."""
    admin = sign_in(demo_db, "admin", PASSWORDS["admin"], quick)
    try:
        users.deactivate_user(admin, "monitor", "left the trial")
    finally:
        admin.sign_out()
    save_on_the_ward(ward)
    slots = KeySlotFile.load(key_slot_path(demo_db))
    assert "monitor" not in slots.usernames()
    with pytest.raises(AuthenticationError):
        slots.unwrap("monitor", PASSWORDS["monitor"])


def test_a_changed_password_stays_changed_after_another_workstation_saves(
        demo_db: Path, quick: Settings, ward: Workspace) -> None:
    pharmacist = sign_in(demo_db, "pharmacist", PASSWORDS["pharmacist"], quick)
    try:
        pharmacist.change_own_password(PASSWORDS["pharmacist"], "juniper-training-2")
    finally:
        pharmacist.sign_out()
    save_on_the_ward(ward)
    with pytest.raises(AuthenticationError):
        sign_in(demo_db, "pharmacist", PASSWORDS["pharmacist"], quick)
    sign_in(demo_db, "pharmacist", "juniper-training-2", quick).sign_out()


def test_a_signature_on_a_workstation_with_an_older_copy_never_moves_the_anchor_back(
        demo_db: Path, quick: Settings, ward: Workspace) -> None:
    """Confirming a password rewrites the key file without a commit; the anchor written by
    the other workstation since must stay (it only moves forward along the chain)."""
    admin = sign_in(demo_db, "admin", PASSWORDS["admin"], quick)
    try:
        admin.record("print", "report", None, {"what": "screening log"})
        newest = admin.db.audit_head()
    finally:
        admin.db.close()  # no sign-out row: the anchor stays where the print put it
    ward.confirm_password(PASSWORDS["nurse"], purpose="order #1: administered")
    assert KeySlotFile.load(key_slot_path(demo_db)).verified_anchor(ward.db.key) == newest
