"""Attack 9 of issue #18: an identified export (names, dates of birth, record numbers) leaves
nothing in plaintext beside the AES archive; the pseudonymised export keeps its folder."""

from __future__ import annotations

from pathlib import Path

import pyzipper

from hai_desktop.services.demo import DEMO_ACCOUNTS, DEMO_PATIENTS
from hai_desktop.services.export import export_trial_data
from hai_desktop.services.workspace import sign_in
from hai_desktop.settings import Settings

PASSWORDS = {a.username: a.password for a in DEMO_ACCOUNTS}
ARCHIVE = "stat-archive-2026!"


def every_plain_byte(folder: Path) -> bytes:
    """Every file under `folder` that is not the encrypted archive, as one byte string."""
    return b"".join(p.read_bytes() for p in sorted(folder.rglob("*"))
                    if p.is_file() and p.suffix != ".zip")


def test_an_identified_export_writes_only_the_encrypted_archive(
        demo_db: Path, settings: Settings, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    admin = sign_in(demo_db, "admin", PASSWORDS["admin"], settings)
    try:
        identified = export_trial_data(admin, out / "identified", reason="SDV",
                                       archive_password=ARCHIVE, identified=True,
                                       confirm_password=PASSWORDS["admin"])
        plain = export_trial_data(admin, out / "pseudonymised", reason="DSMB",
                                  archive_password=ARCHIVE)
    finally:
        admin.sign_out()
    assert sorted(p.name for p in out.iterdir()) == [
        "identified.zip", "pseudonymised", "pseudonymised.zip"]
    assert identified.folder is None and plain.folder == out / "pseudonymised"
    leaked = every_plain_byte(out)
    assert leaked  # the pseudonymised folder is there to search
    for patient in DEMO_PATIENTS:
        for identifier in (patient.hospital_record_number, patient.family_name + ","):
            assert identifier.encode() not in leaked, identifier
    # The identifiers are in the archive, for whoever has its password.
    with pyzipper.AESZipFile(identified.archive) as archive:
        archive.setpassword(ARCHIVE.encode())
        inside = archive.read("identified/screening.csv").decode("utf-8")
    assert all(p.hospital_record_number in inside for p in DEMO_PATIENTS)
