"""The file on disk: encrypted, refused when it is anything else, never modified on refusal."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from hai_desktop.core.errors import DatabaseFileError
from hai_desktop.services.demo import DEMO_ACCOUNTS, DEMO_PATIENTS
from hai_desktop.services.workspace import Workspace, sign_in
from hai_desktop.settings import Settings
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
    # Given names and record numbers are long enough not to occur by chance in random bytes.
    secrets = [p.given_name for p in DEMO_PATIENTS] + [
        p.hospital_record_number for p in DEMO_PATIENTS] + [a.password for a in DEMO_ACCOUNTS]
    files = [p for p in demo_db.parent.iterdir() if p.is_file()]
    assert demo_db in files and key_slot_path(demo_db) in files
    for path in files:
        data = path.read_bytes()
        for secret in secrets:
            assert secret.encode() not in data, f"{secret!r} found in {path.name}"
            assert secret.encode("utf-16-le") not in data


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
    other = tmp_path / "other" / "hai.db"
    from hai_desktop.services.demo import build_demo_database
    build_demo_database(other, settings).sign_out()
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
    assert all(s["kdf"]["memory_kib"] >= 19456 for s in slots)  # OWASP minimum for argon2id
