"""--version and the About facts: real SQLCipher, the shipped resources, a real build-info file."""

from __future__ import annotations

import hashlib
import re
import subprocess
import sys
import tomllib
from datetime import UTC, datetime
from pathlib import Path

import pytest

from hai_desktop import __version__
from hai_desktop.build_info import BUILD_INFO_NAME, DEVELOPMENT, write_build_info
from hai_desktop.paths import ENV_RESOURCES, resources_dir
from hai_desktop.services.about import about_info, data_file_versions
from hai_desktop.services.workspace import create_database
from hai_desktop.settings import Settings
from hai_desktop.store.cipher import cipher_library


def test_the_library_version_is_the_one_a_real_encrypted_file_reports(tmp_path: Path,
                                                                        settings: Settings) -> None:
    ws, _code = create_database(tmp_path / "hai.db", admin_username="chief",
                                admin_full_name="Dr Chief", admin_password="first-secret-1",
                                settings=settings)
    try:
        on_file = ws.db.cipher_version()
    finally:
        ws.sign_out()
    library = cipher_library()
    assert library.sqlcipher == on_file
    assert re.match(r"4\.\d+\.\d+", library.sqlcipher)  # SQLCipher 4, as DESIGN asks
    assert re.fullmatch(r"3\.\d+\.\d+", library.sqlite)
    assert about_info().sqlcipher.startswith(on_file + " (SQLite ")


def test_every_shipped_data_file_is_listed_with_its_version_or_hash() -> None:
    root = resources_dir()
    listed = {f.path: f for f in data_file_versions()}
    on_disk = {p.relative_to(root).as_posix(): p for p in root.rglob("*")
               if p.suffix in (".toml", ".csv")}
    assert set(listed) == set(on_disk)
    assert {"protocol/eligibility.toml", "protocol/regimens.toml",
            "ctcae/ctcae_v4.03.csv"} <= set(listed)
    for name, path in on_disk.items():
        entry = listed[name]
        assert entry.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()[:12]
        field = tomllib.loads(path.read_text("utf-8")).get("version") \
            if path.suffix == ".toml" else None
        assert entry.version == field
        assert entry.describe() == (f"version {field}" if field
                                    else f"no version field; SHA-256 {entry.sha256}")
    # The shipped files that carry a version field show it.
    assert listed["protocol/eligibility.toml"].describe().startswith("version 20")


def test_a_file_without_a_version_field_is_named_by_its_content(tmp_path: Path) -> None:
    (tmp_path / "protocol").mkdir()
    dated = tmp_path / "protocol" / "dated.toml"
    dated.write_text('version = "2027-01-02"\nsource = "x"\n', encoding="utf-8")
    plain = tmp_path / "protocol" / "plain.toml"
    plain.write_text('source = "x"\n', encoding="utf-8")
    broken = tmp_path / "broken.toml"
    broken.write_text("version = \n", encoding="utf-8")
    (tmp_path / "notes.md").write_text("not data")
    before = {f.path: f.describe() for f in data_file_versions(tmp_path)}
    assert before["protocol/dated.toml"] == "version 2027-01-02"
    assert before["protocol/plain.toml"].startswith("no version field; SHA-256 ")
    assert before["broken.toml"].startswith("no version field; SHA-256 ")
    assert "notes.md" not in before
    plain.write_text('source = "y"\n', encoding="utf-8")  # an edited file shows a new hash
    after = {f.path: f.describe() for f in data_file_versions(tmp_path)}
    assert after["protocol/plain.toml"] != before["protocol/plain.toml"]


def test_from_source_the_build_is_development() -> None:
    info = about_info()
    assert (info.version, info.build, info.ctcae) == (__version__, DEVELOPMENT, "v4.03")


def test_a_bundle_reads_its_build_date_from_the_build_info_file(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # What PyInstaller sets in a frozen program; the file is the one the spec writes.
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    monkeypatch.setenv(ENV_RESOURCES, str(Path(__file__).resolve().parents[1] / "resources"))
    assert about_info().build.startswith(f"unknown: {BUILD_INFO_NAME} missing")
    write_build_info(tmp_path, built_at=datetime(2026, 11, 28, 9, 30, 5, tzinfo=UTC),
                     commit="abc1234", platform="Linux-x86_64")
    assert about_info().build == "2026-11-28T09:30:05Z (abc1234)"


def test_an_installation_without_resources_says_so(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV_RESOURCES, str(tmp_path / "missing"))
    assert "NONE FOUND" in about_info().text()


def test_version_command_prints_every_fact() -> None:
    result = subprocess.run([sys.executable, "-m", "hai_desktop", "--version"],
                            capture_output=True, text=True, check=True, timeout=60)
    lines = result.stdout.splitlines()
    assert lines[0] == f"hai-desktop {__version__}"
    expected = about_info().lines()
    assert lines == expected
    text = result.stdout
    assert "Build:     development" in text
    assert re.search(r"^SQLCipher: 4\.\d+\.\d+ community \(SQLite 3\.", text, re.M)
    # The client library the shared server is reached with (its TLS is libpq's).
    assert re.search(r"^PostgreSQL: psycopg 3\.\d+\.\d+, libpq \d+\.\d+ ", text, re.M)
    assert re.search(r"^CTCAE:     v4\.03$", text, re.M)
    assert re.search(r"^  protocol/eligibility\.toml +version 2026-", text, re.M)
    assert re.search(r"^  protocol/regimens\.toml +no version field; SHA-256 [0-9a-f]{12}$",
                     text, re.M)
