"""Attack 4 of issue #18: revocation that revokes. A deactivated person's slot in an older key
file (an automatic backup, a copy), or an old password's slot restored after an
administrator's reset, used to open the live database, whose key never changed. Now each
person's slot holds their own key pair; deactivation and reset give the database a new key,
wrapped to everybody else's public key without their passwords."""

from __future__ import annotations

import base64
import json
import shutil
from pathlib import Path

import pytest
import sqlcipher3

from hai_desktop.core.errors import AuthenticationError, DatabaseFileError
from hai_desktop.core.roles import Role
from hai_desktop.services import users
from hai_desktop.services.demo import DEMO_ACCOUNTS
from hai_desktop.services.integrity import verify_database
from hai_desktop.services.workspace import create_database, sign_in
from hai_desktop.settings import Settings
from hai_desktop.store.keyslots import KeySlotFile, key_slot_path
from tests.helpers import database_key, raw_connection

PASSWORDS = {a.username: a.password for a in DEMO_ACCOUNTS}


def _opens(path: Path, key: bytes) -> bool:
    try:
        with raw_connection(path, key) as conn:
            conn.execute("SELECT count(*) FROM audit_trail").fetchone()
    except sqlcipher3.dbapi2.DatabaseError:
        return False
    return True


def test_a_deactivated_persons_old_key_file_opens_nothing_live(
        demo_db: Path, settings: Settings, tmp_path: Path) -> None:
    old_copy = tmp_path / "hai.db.keys.before"
    shutil.copy(key_slot_path(demo_db), old_copy)  # as the automatic backups keep it
    old_key = KeySlotFile.load(old_copy).unwrap("pharmacist", PASSWORDS["pharmacist"])
    assert _opens(demo_db, old_key)
    admin = sign_in(demo_db, "admin", PASSWORDS["admin"], settings)
    users.deactivate_user(admin, "pharmacist", "left the unit")
    assert not _opens(demo_db, old_key)
    main_file_alone = tmp_path / "copied.db"  # without its write-ahead log
    shutil.copy(demo_db, main_file_alone)
    assert not _opens(main_file_alone, old_key)
    assert admin.record("noop") is None  # the administrator's own session goes on
    admin.sign_out()
    shutil.copy(old_copy, key_slot_path(demo_db))
    with pytest.raises(DatabaseFileError, match="older copy"):
        sign_in(demo_db, "pharmacist", PASSWORDS["pharmacist"], settings)


def test_everybody_else_keeps_their_password_and_an_open_session_follows(
        demo_db: Path, settings: Settings) -> None:
    nurse = sign_in(demo_db, "nurse", PASSWORDS["nurse"], settings)  # another workstation
    admin = sign_in(demo_db, "admin", PASSWORDS["admin"], settings)
    before = database_key(demo_db, "nurse", PASSWORDS["nurse"])
    users.deactivate_user(admin, "pharmacist", "left the unit")
    after = database_key(demo_db, "nurse", PASSWORDS["nurse"])
    assert before != after
    nurse.record("noop")  # follows the new key from the key file, with her own key
    assert nurse.db.key == after
    nurse.sign_out()
    sign_in(demo_db, "investigator", PASSWORDS["investigator"], settings).sign_out()
    report = verify_database(admin)
    assert report.ok, report.summary()
    admin.sign_out()


def test_an_old_password_restored_with_an_old_key_file_opens_nothing(
        demo_db: Path, settings: Settings, tmp_path: Path) -> None:
    old_copy = tmp_path / "hai.db.keys.before"
    shutil.copy(key_slot_path(demo_db), old_copy)
    admin = sign_in(demo_db, "admin", PASSWORDS["admin"], settings)
    users.reset_password(admin, "nurse2", "temporary-pass-9", "password seen by a visitor")
    admin.sign_out()
    with pytest.raises(AuthenticationError):
        sign_in(demo_db, "nurse2", PASSWORDS["nurse2"], settings)
    shutil.copy(old_copy, key_slot_path(demo_db))
    with pytest.raises(DatabaseFileError, match="older copy"):
        sign_in(demo_db, "nurse2", PASSWORDS["nurse2"], settings)


def test_a_change_of_key_interrupted_before_the_rekey_still_opens(
        demo_db: Path, settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    from hai_desktop.store.database import Database

    def power_cut(self: Database, new_key: bytes) -> None:
        raise OSError("power cut")

    admin = sign_in(demo_db, "admin", PASSWORDS["admin"], settings)
    monkeypatch.setattr(Database, "rekey", power_cut)
    with pytest.raises(DatabaseFileError, match="could not be changed"):
        users.deactivate_user(admin, "pharmacist", "left the unit")
    admin.db.close()
    monkeypatch.undo()
    # Both keys are wrapped for everybody now; the one the file has opens it.
    sign_in(demo_db, "nurse", PASSWORDS["nurse"], settings).sign_out()
    admin = sign_in(demo_db, "admin", PASSWORDS["admin"], settings)
    assert admin.change_database_key("finish the interrupted change") == []
    admin.sign_out()
    sign_in(demo_db, "nurse", PASSWORDS["nurse"], settings).sign_out()


# ---- key files of version 1 (before each person had keys) ------------------------------------

def _as_version_1(path: Path, key: bytes, passwords: dict[str, str]) -> None:
    """The key file as hai-desktop wrote it before issue #18: the database key sealed
    directly under each password key."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    from hai_desktop.settings import KdfParameters
    from hai_desktop.store.keyslots import KeySlot
    from hai_desktop.store.userkeys import derive_password_key

    keys_path = key_slot_path(path)
    raw = json.loads(keys_path.read_text(encoding="utf-8"))
    slots = []
    for slot in raw["slots"]:
        if slot["username"] not in passwords:
            continue
        kdf = KdfParameters(**slot["kdf"])
        old = KeySlot(slot_id=slot["slot_id"], username=slot["username"], salt=slot["salt"],
                      kdf=slot["kdf"], created_at=slot["created_at"])
        nonce = b"\x01" * 12
        password_key = derive_password_key(passwords[slot["username"]],
                                           base64.b64decode(slot["salt"]), kdf)
        slots.append({"slot_id": old.slot_id, "username": old.username, "salt": old.salt,
                      "nonce": base64.b64encode(nonce).decode(),
                      "wrapped": base64.b64encode(AESGCM(password_key).encrypt(
                          nonce, key, old.aad(raw["db_id"]))).decode(),
                      "kdf": old.kdf, "created_at": old.created_at})
    raw.update(version=1, slots=slots)
    raw.pop("key_id", None)
    keys_path.write_text(json.dumps(raw), encoding="utf-8")


def test_a_version_1_key_file_becomes_version_2_at_each_sign_in(
        tmp_path: Path, settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    import hai_desktop.services.access as access_module
    import hai_desktop.services.workspace as workspace_module

    path = tmp_path / "old.db"
    # A database as an older version left it: nobody's keys registered, nothing signed.
    monkeypatch.setattr(access_module, "register_keys", lambda *a, **k: None)
    monkeypatch.setattr(workspace_module, "register_keys", lambda *a, **k: None)
    monkeypatch.setattr(access_module.KeyFileAccess, "signer", property(lambda self: None))
    admin, _code = create_database(path, admin_username="chief", admin_full_name="Chief",
                                   admin_password="ward-secret-one", settings=settings)
    users.add_user(admin, username="sister", full_name="Sister", role=Role.NURSE,
                   temporary_password="ward-secret-two")
    users.add_user(admin, username="later", full_name="Later", role=Role.NURSE,
                   temporary_password="ward-secret-three")
    admin.sign_out()
    monkeypatch.undo()
    key = database_key(path, "chief", "ward-secret-one")
    _as_version_1(path, key, {"chief": "ward-secret-one", "sister": "ward-secret-two",
                              "later": "ward-secret-three"})
    assert all(s.legacy for s in KeySlotFile.load(key_slot_path(path)).slots)

    sign_in(path, "sister", "ward-secret-two", settings).sign_out()
    slots = KeySlotFile.load(key_slot_path(path))
    assert not slots.slot_of("sister").legacy and slots.slot_of("chief").legacy
    admin = sign_in(path, "chief", "ward-secret-one", settings)
    assert verify_database(admin).ok
    # 'later' never signed in: their old slot cannot be given the new key and is named.
    users.deactivate_user(admin, "sister", "moved to another ward")
    with raw_connection(path, admin.db.key) as conn:
        changed = conn.execute("SELECT new_values FROM audit_trail "
                               "WHERE action = 'database_key_changed'").fetchall()
    assert "later" in changed[-1][0]
    assert verify_database(admin).ok, verify_database(admin).summary()
    admin.sign_out()
    with pytest.raises(AuthenticationError):
        sign_in(path, "later", "ward-secret-three", settings)


def test_a_change_interrupted_after_the_rekey_is_finished_by_the_next_sign_in(
        demo_db: Path, settings: Settings, monkeypatch: pytest.MonkeyPatch,
        tmp_path: Path) -> None:
    old_copy = tmp_path / "hai.db.keys.before"
    shutil.copy(key_slot_path(demo_db), old_copy)
    old_key = KeySlotFile.load(old_copy).unwrap("nurse", PASSWORDS["nurse"])

    def power_cut(self: KeySlotFile, new_key: bytes, old: bytes | None) -> None:
        raise OSError("power cut")

    admin = sign_in(demo_db, "admin", PASSWORDS["admin"], settings)
    monkeypatch.setattr(KeySlotFile, "finish_key_change", power_cut)
    with pytest.raises(DatabaseFileError, match="could not be changed"):
        users.deactivate_user(admin, "pharmacist", "left the unit")
    admin.db.close()
    monkeypatch.undo()
    assert not _opens(demo_db, old_key)  # rekeyed; the key file still names the old key
    assert KeySlotFile.load(key_slot_path(demo_db)).next_key_id

    sign_in(demo_db, "nurse", PASSWORDS["nurse"], settings).sign_out()  # settles it
    slots = KeySlotFile.load(key_slot_path(demo_db))
    assert not slots.next_key_id and all(s.next_wrap is None for s in slots.slots)
    admin = sign_in(demo_db, "admin", PASSWORDS["admin"], settings)
    report = verify_database(admin)
    assert report.ok, report.summary()
    admin.sign_out()


def test_private_keys_are_never_in_a_repr(demo_db: Path, settings: Settings) -> None:
    nurse = sign_in(demo_db, "nurse", PASSWORDS["nurse"], settings)
    try:
        keys = nurse.access.keys  # type: ignore[attr-defined]
        shown = repr(keys) + repr(nurse.db.signer) + repr(
            KeySlotFile.load(key_slot_path(demo_db)).open_slot("nurse", PASSWORDS["nurse"]))
        for secret in (keys.signing, keys.agreement, nurse.db.key):
            assert repr(secret)[2:-1] not in shown and secret.hex() not in shown
    finally:
        nurse.sign_out()


def test_verify_reads_a_file_of_the_schema_before_signatures(
        demo_db: Path, settings: Settings) -> None:
    """`verify` and restore examine a file as it is (no migration): one written before this
    version (schema 0012, no keys, no signatures) still verifies."""
    from alembic import command

    from hai_desktop.store import migrations
    from hai_desktop.store.database import Database

    key = database_key(demo_db, "admin", PASSWORDS["admin"])
    db = Database.open(demo_db, key)
    with db.engine.begin() as conn:
        command.downgrade(migrations._config(conn), "0012_latin_names")
    db.close()
    from hai_desktop.services.integrity import verify_file

    report = verify_file(demo_db, "admin", PASSWORDS["admin"], settings)
    assert report.chain is not None and report.chain.ok, report.summary()
    assert not report.signature_problems and report.chain_unreadable is None


def test_a_rekey_another_workstation_keeps_waiting_says_so_and_opens_as_before(
        demo_db: Path, settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    from dataclasses import replace

    from hai_desktop.store.database import Database

    original = Database.rekey

    def held_elsewhere(self: Database, new_key: bytes) -> None:
        with raw_connection(demo_db, self.key) as other:
            other.execute("BEGIN IMMEDIATE")  # another workstation in the middle of a save
            try:
                original(self, new_key)
            finally:
                other.execute("ROLLBACK")

    admin = sign_in(demo_db, "admin", PASSWORDS["admin"], replace(settings, busy_timeout_ms=200))
    before = admin.db.key
    monkeypatch.setattr(Database, "rekey", held_elsewhere)
    with pytest.raises(DatabaseFileError, match="could not be changed") as refused:
        users.deactivate_user(admin, "pharmacist", "left the unit")
    assert refused.value.hint and "rotate-key" in refused.value.hint
    monkeypatch.undo()
    assert admin.db.key == before and _opens(demo_db, before)
    admin.sign_out()
    sign_in(demo_db, "nurse", PASSWORDS["nurse"], settings).sign_out()
    admin = sign_in(demo_db, "admin", PASSWORDS["admin"], settings)
    admin.change_database_key("finish what the busy file stopped")
    assert not _opens(demo_db, before)
    admin.sign_out()
