"""The command line, run in-process with real files: init, users, verify, recover, demo."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import run_cli


def test_help_lists_every_command() -> None:
    result = subprocess.run([sys.executable, "-m", "hai_desktop", "--help"],
                            capture_output=True, text=True, check=True)
    for command in ("gui", "demo", "init", "users", "verify", "recover", "backup", "restore"):
        assert command in result.stdout


def test_version() -> None:
    result = subprocess.run([sys.executable, "-m", "hai_desktop", "--version"],
                            capture_output=True, text=True, check=True)
    assert re.match(r"hai-desktop \d+\.\d+\.\d+\nBuild: ", result.stdout)
    assert "SQLCipher: 4." in result.stdout  # the rest: tests/test_about.py


def test_init_users_verify_and_recover(tmp_path: Path) -> None:
    db = str(tmp_path / "site" / "hai.db")
    code, out, err = run_cli(["--db", db, "init", "--admin", "chief", "--full-name", "Dr Chief",
                              "--password-stdin"], "first-secret-1\n")
    assert (code, err) == (0, "")
    recovery = re.search(r"\b([A-Z2-7]{4}(?:-[A-Z2-7]{4}){7})\b", out)
    assert recovery, out
    as_chief = ["--db", db, "users", "--as", "chief", "--password-stdin"]

    code, out, err = run_cli([*as_chief, "add", "kim", "--full-name", "Kim Nurse",
                              "--role", "nurse"], "first-secret-1\ntemporary-pw-1\n")
    assert code == 0, err
    code, out, _ = run_cli([*as_chief, "list"], "first-secret-1\n")
    assert re.search(r"kim\s+Infusion nurse\s+active\s+Kim Nurse", out)

    code, _, err = run_cli([*as_chief, "deactivate", "kim", "--reason", "left"],
                           "first-secret-1\n")
    assert code == 0, err
    code, out, _ = run_cli([*as_chief, "list"], "first-secret-1\n")
    assert re.search(r"kim\s+Infusion nurse\s+deactivated", out)

    code, out, err = run_cli(["--db", db, "verify", "--as", "chief", "--password-stdin"],
                             "first-secret-1\n")
    assert (code, err) == (0, "") and out.startswith("OK:")

    backup = str(tmp_path / "backups" / "hai-copy.db")
    code, out, err = run_cli(["--db", db, "backup", "--as", "chief", "--password-stdin",
                              "--to", backup], "first-secret-1\n")
    assert (code, err) == (0, "") and "Backup written" in out
    code, out, err = run_cli(["--db", db, "backup", "--as", "chief", "--password-stdin",
                              "--to", backup], "first-secret-1\n")
    assert code == 2 and "already exists" in err
    restored = str(tmp_path / "restored" / "hai.db")
    code, out, err = run_cli(["restore", backup, "--to", restored, "--as", "chief",
                              "--password-stdin"], "first-secret-1\n")
    assert (code, err) == (0, "") and "verified: OK" in out
    code, out, err = run_cli(["--db", restored, "verify", "--as", "chief", "--password-stdin"],
                             "first-secret-1\n")
    assert (code, err) == (0, "") and out.startswith("OK:")

    code, out, err = run_cli(["--db", db, "recover", "--admin", "chief", "--password-stdin"],
                             f"{recovery.group(1)}\nafter-recovery-2\n")
    assert code == 0, err
    code, out, _ = run_cli([*as_chief, "list"], "after-recovery-2\n")
    assert code == 0 and "chief" in out


def test_errors_are_one_clear_line_with_exit_2(tmp_path: Path) -> None:
    missing = str(tmp_path / "nothing.db")
    code, out, err = run_cli(["--db", missing, "verify", "--as", "x", "--password-stdin"],
                             "whatever-1\n")
    assert code == 2 and out == ""
    assert err.startswith("Database cannot be opened: There is no database file at")
    assert "Traceback" not in err


def test_wrong_password_on_the_command_line(demo_db: Path) -> None:
    code, out, err = run_cli(["--db", str(demo_db), "users", "--as", "admin",
                              "--password-stdin", "list"], "wrong-password\n")
    assert (code, out) == (2, "")
    assert err.strip() == "Sign-in failed: User name or password is wrong."


def test_a_monitor_cannot_add_users(demo_db: Path) -> None:
    code, _, err = run_cli(["--db", str(demo_db), "users", "--as", "monitor",
                            "--password-stdin", "add", "x2", "--full-name", "X",
                            "--role", "nurse"], "mint-training\nlong-enough-1\n")
    assert code == 2 and "may not manage users" in err


@pytest.mark.slow
def test_demo_without_gui_builds_once_and_prints_the_users(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HAI_DESKTOP_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("HAI_DESKTOP_CONFIG", str(tmp_path / "none.toml"))
    code, out, err = run_cli(["demo", "--no-gui"])
    assert code == 0, err
    assert "TRAINING database:" in out and "nurse" in out and "navy-training" in out
    assert out.startswith("Building the TRAINING demo database")
    demo = tmp_path / "data" / "demo" / "hai-demo.db"
    first = demo.stat().st_mtime_ns
    code, out, _ = run_cli(["demo", "--no-gui"])
    assert code == 0 and "Building" not in out
    assert demo.stat().st_mtime_ns == first  # reused, not rebuilt
    assert run_cli(["demo", "--no-gui", "--reset"])[0] == 0
    code, out, _ = run_cli(["--db", str(demo), "verify", "--as", "monitor",
                            "--password-stdin"], "mint-training\n")
    assert code == 0 and out.startswith("OK:")
