"""The file on disk: encrypted, refused when it is anything else, never modified on refusal."""

from __future__ import annotations

import json
import shutil
import sqlite3
from dataclasses import asdict, replace
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from hai_desktop.core.errors import DatabaseFileError
from hai_desktop.services.demo import DEMO_ACCOUNTS, DEMO_KDF, DEMO_PATIENTS
from hai_desktop.services.workspace import Workspace, create_database, sign_in
from hai_desktop.settings import KdfParameters, Settings
from hai_desktop.store.database import SQLITE_PLAIN_HEADER, Database
from hai_desktop.store.keyslots import key_slot_path, new_database_key
from hai_desktop.store.models import Base
from tests.helpers import database_key, file_digest, raw_connection


def test_file_header_is_not_plain_sqlite(demo_db: Path) -> None:
    assert demo_db.read_bytes()[:16] != SQLITE_PLAIN_HEADER
    assert len(demo_db.read_bytes()) > 4096


def test_no_patient_identifier_or_password_in_any_file(demo_db: Path, settings: Settings) -> None:
    # Sign in and out so the WAL and key file are exercised too.
    ws = sign_in(demo_db, "coordinator", "coral-training", settings)
    ws.record("print", "patient", "1")
    ws.sign_out()
    secrets = [p.given_name for p in DEMO_PATIENTS] + [
        p.latin_given_name for p in DEMO_PATIENTS] + [
        p.hospital_record_number for p in DEMO_PATIENTS] + [a.password for a in DEMO_ACCOUNTS]
    files = [p for p in demo_db.parent.iterdir() if p.is_file()]
    assert demo_db in files and key_slot_path(demo_db) in files
    for path in files:
        data = path.read_bytes()
        for secret in secrets:
            for form in (secret.encode(), secret.encode("utf-16-le")):
                # Only forms long enough not to occur by chance in megabytes of random bytes:
                # a two-syllable Hangul name is 4 bytes in UTF-16 (found by chance about once
                # in a hundred runs), 6 in UTF-8, the encoding SQLite stores.
                if len(form) >= 6:
                    assert form not in data, f"{secret!r} found in {path.name}"


def test_database_file_is_owner_only(demo_db: Path) -> None:
    assert demo_db.stat().st_mode & 0o077 == 0
    assert key_slot_path(demo_db).stat().st_mode & 0o077 == 0


def test_connection_pragmas_are_enforced(admin_ws: Workspace) -> None:
    with admin_ws.db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA cipher_version").scalar().startswith("4.")


def test_migrations_match_the_models(admin_ws: Workspace) -> None:
    with admin_ws.db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
        conn.rollback()
    assert diff == []


def _assert_refused_untouched(path: Path, settings: Settings, expected: str,
                              username: str = "admin", password: str = "amber-training") -> None:
    before = file_digest(path, key_slot_path(path))
    with pytest.raises(DatabaseFileError) as info:
        sign_in(path, username, password, settings)
    assert expected in str(info.value)
    assert str(path.name) in str(info.value)
    assert file_digest(path, key_slot_path(path)) == before


def test_plain_sqlite_file_is_refused(tmp_path: Path, settings: Settings, demo_db: Path) -> None:
    plain = tmp_path / "plain.db"
    with sqlite3.connect(plain) as conn:
        conn.execute("CREATE TABLE patients (name TEXT)")
    shutil.copy(key_slot_path(demo_db), key_slot_path(plain))
    _assert_refused_untouched(plain, settings, "unencrypted SQLite file")


@pytest.mark.parametrize("content, expected", [
    (b"", "is empty"),
    (b"hello, this is not a database" * 3, "truncated"),
    (bytes(range(256)) * 64, "cannot be read"),
])
def test_not_a_database_is_refused(tmp_path: Path, settings: Settings, demo_db: Path,
                                   content: bytes, expected: str) -> None:
    path = tmp_path / "other.db"
    path.write_bytes(content)
    shutil.copy(key_slot_path(demo_db), key_slot_path(path))
    _assert_refused_untouched(path, settings, expected)


def test_truncated_database_is_refused(demo_db: Path, settings: Settings) -> None:
    data = demo_db.read_bytes()
    demo_db.write_bytes(data[: len(data) // 3])
    (demo_db.parent / (demo_db.name + "-wal")).unlink(missing_ok=True)
    before = file_digest(demo_db)
    with pytest.raises(DatabaseFileError):
        sign_in(demo_db, "admin", "amber-training", settings)
    assert file_digest(demo_db) == before


def test_missing_key_file_is_explained(demo_db: Path, settings: Settings) -> None:
    key_slot_path(demo_db).unlink()
    before = file_digest(demo_db)
    with pytest.raises(DatabaseFileError, match=r"key file .* is missing.*Restore"):
        sign_in(demo_db, "admin", "amber-training", settings)
    assert file_digest(demo_db) == before


def test_damaged_key_file_is_explained(demo_db: Path, settings: Settings) -> None:
    key_slot_path(demo_db).write_text("{not json", encoding="utf-8")
    with pytest.raises(DatabaseFileError, match="damaged or not a hai-desktop key file"):
        sign_in(demo_db, "admin", "amber-training", settings)


def test_key_file_of_another_database_is_refused(demo_db: Path, tmp_path: Path,
                                                  settings: Settings) -> None:
    other = tmp_path / "other" / "hai.db"  # the same administrator and password, another key
    create_database(other, admin_username="admin", admin_full_name="Admin",
                    admin_password="amber-training", settings=settings)[0].sign_out()
    shutil.copy(key_slot_path(other), key_slot_path(demo_db))
    _assert_refused_untouched(demo_db, settings, "cannot be read")


def test_wrong_raw_key_is_refused_by_the_probe(demo_db: Path) -> None:
    before = file_digest(demo_db)
    with pytest.raises(DatabaseFileError, match="damaged, or it is not the database"):
        Database.open(demo_db, new_database_key())
    assert file_digest(demo_db) == before


def test_database_from_a_newer_version_is_refused(demo_db: Path, settings: Settings) -> None:
    key = database_key(demo_db, "admin", "amber-training")
    with raw_connection(demo_db, key) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    _assert_refused_untouched(demo_db, settings, "newer version of hai-desktop")


def test_key_slot_file_holds_no_key_in_clear(demo_db: Path) -> None:
    key = database_key(demo_db, "admin", "amber-training")
    text = key_slot_path(demo_db).read_text(encoding="utf-8")
    assert key.hex() not in text.lower()
    slots = json.loads(text)["slots"]
    assert {s["username"] for s in slots} >= {a.username for a in DEMO_ACCOUNTS}


def test_key_slots_take_the_argon2id_cost_of_the_settings(tmp_path: Path) -> None:
    """A real database's key slots at the settings' default cost, RFC 9106's second
    recommended option (the other tests use a cheap one: tests/conftest.py TEST_KDF), and
    the TRAINING demo's at OWASP's minimum. Each slot opens at its own cost."""
    assert asdict(KdfParameters()) == {"time_cost": 3, "memory_kib": 65536, "parallelism": 4}
    assert asdict(DEMO_KDF) == {"time_cost": 2, "memory_kib": 19456, "parallelism": 1}
    path = tmp_path / "hai.db"
    settings = Settings(data_dir=tmp_path, log_dir=tmp_path / "logs")  # as the application
    ws, _code = create_database(path, admin_username="admin", admin_full_name="Admin",
                                admin_password="amber-training", settings=settings)
    ws.sign_out()
    slots = json.loads(key_slot_path(path).read_text(encoding="utf-8"))["slots"]
    assert [s["kdf"] for s in slots] == [asdict(KdfParameters())] * len(slots) and slots
    sign_in(path, "admin", "amber-training", replace(settings, kdf=DEMO_KDF)).sign_out()
