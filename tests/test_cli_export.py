"""`hai-desktop export` in-process on a copy of the demo database: the folder, the archive and
the audit row it leaves; the identified export's second password; refusals that leave nothing."""

from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

import pytest
import pyzipper

from hai_desktop.services.demo import DEMO_PATIENTS
from tests.helpers import audit_head_seq, audit_rows_after, database_key, run_cli

ARCHIVE = "stat-archive-2026!"


def export_args(db: Path, user: str, to: Path, *extra: str) -> list[str]:
    return ["--db", str(db), "export", "--as", user, "--password-stdin", "--to", str(to),
            "--reason", "interim analysis", *extra]


def test_help_names_the_export_command() -> None:
    result = subprocess.run([sys.executable, "-m", "hai_desktop", "export", "--help"],
                            capture_output=True, text=True, check=True)
    for option in ("--as", "--to", "--reason", "--identified", "--password-stdin"):
        assert option in result.stdout


def test_a_coordinator_exports_pseudonymised_data_and_an_archive(demo_db: Path,
                                                                  tmp_path: Path) -> None:
    key = database_key(demo_db, "admin", "amber-training")
    seq = audit_head_seq(demo_db, key)
    target = tmp_path / "stats" / "hai-2026-11"
    target.parent.mkdir()
    code, out, err = run_cli(export_args(demo_db, "coordinator", target),
                             f"coral-training\n{ARCHIVE}\n")
    assert (code, err) == (0, ""), err
    assert "Exported 403 rows in 14 files (pseudonymised" in out and str(target) in out
    assert f"{target}.zip" in out
    with (target / "patient_summary.csv").open(newline="", encoding="utf-8") as handle:
        summary = list(csv.DictReader(handle))
    assert [(r["study_id"], r["liver_resection"], r["resection_margin"]) for r in summary] == [
        ("HAI-001", "not yet", ""), ("HAI-002", "not yet", ""), ("HAI-003", "not yet", ""),
        ("HAI-004", "yes", "R0"), ("HAI-005", "no", ""), ("HAI-006", "no", ""),
        ("HAI-007", "no", "")]
    with pyzipper.AESZipFile(target.with_name("hai-2026-11.zip")) as archive:
        archive.setpassword(ARCHIVE.encode())
        assert archive.read("hai-2026-11/patient_summary.csv") == (
            target / "patient_summary.csv").read_bytes()
    everything = b"".join(p.read_bytes() for p in target.iterdir())
    for p in DEMO_PATIENTS:
        assert p.hospital_record_number.encode() not in everything
        assert p.given_name.encode() not in everything
    actions = [(a, e) for a, e, _i, _n in audit_rows_after(demo_db, key, seq)]
    assert ("export", "trial_data") in actions


def test_an_identified_export_asks_for_the_password_again(demo_db: Path,
                                                          tmp_path: Path) -> None:
    target = tmp_path / "identified"
    code, _out, err = run_cli(export_args(demo_db, "admin", target, "--identified"),
                              f"amber-training\n{ARCHIVE}\nwrong-password\n")
    assert code == 2 and "password is wrong" in err
    assert not target.exists() and not target.with_name("identified.zip").exists()
    code, out, err = run_cli(export_args(demo_db, "admin", target, "--identified"),
                             f"amber-training\n{ARCHIVE}\namber-training\n")
    assert code == 0, err
    assert "IDENTIFIED" in out and "encrypted archive only" in out
    assert not target.exists()  # issue #18: no plaintext copy of identified data
    with pyzipper.AESZipFile(target.with_name("identified.zip")) as archive:
        archive.setpassword(ARCHIVE.encode())
        screening = archive.read("identified/screening.csv").decode("utf-8")
    assert all(p.hospital_record_number in screening for p in DEMO_PATIENTS)


@pytest.mark.parametrize("user, stdin, extra, message", [
    ("nurse", "navy-training\n" + ARCHIVE + "\n", [], "may not export the trial data"),
    ("coordinator", "coral-training\nshort-pass\n", [], "at least 12 characters"),
    ("coordinator", "coral-training\n" + ARCHIVE + "\n", ["--reason", " "],
     "reason for the export"),
    ("coordinator", "coral-training\n", [], "no line left for: Password for the archive"),
])
def test_refusals_exit_2_and_leave_nothing(demo_db: Path, tmp_path: Path, user: str, stdin: str,
                                           extra: list[str], message: str) -> None:
    target = tmp_path / "refused"
    code, _out, err = run_cli([*export_args(demo_db, user, target), *extra], stdin)
    assert code == 2 and message in err, err
    assert not target.exists() and not (tmp_path / "refused.zip").exists()


def test_an_existing_folder_is_never_written_into(demo_db: Path, tmp_path: Path) -> None:
    target = tmp_path / "taken"
    target.mkdir()
    (target / "notes.txt").write_text("mine")
    code, _out, err = run_cli(export_args(demo_db, "coordinator", target),
                              f"coral-training\n{ARCHIVE}\n")
    assert code == 2 and "already exists" in err
    assert [p.name for p in target.iterdir()] == ["notes.txt"]
    assert not (tmp_path / "taken.zip").exists()


def test_the_reason_is_required_by_the_command_line(demo_db: Path, tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as exit_info:
        run_cli(["--db", str(demo_db), "export", "--as", "admin", "--to", str(tmp_path / "x")])
    assert exit_info.value.code == 2
