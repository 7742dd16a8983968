"""The audit trail: written for every change, append-only, and any tampering is found."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import sqlcipher3
from sqlalchemy import select

from hai_desktop.core.errors import ConflictError, HaiError
from hai_desktop.services.workspace import Workspace
from hai_desktop.settings import Settings
from hai_desktop.store.models import AuditEntry, Patient
from tests.helpers import database_key, raw_connection, run_cli, tamper

VERIFY = ["verify", "--as", "admin", "--password-stdin"]


def _rows(ws: Workspace) -> list[AuditEntry]:
    with ws.db.read_session() as session:
        return list(session.scalars(select(AuditEntry).order_by(AuditEntry.seq)))


def test_a_change_records_who_old_new_and_reason(admin_ws: Workspace) -> None:
    with admin_ws.session(reason="allergy reported by the patient") as session:
        patient = session.scalar(select(Patient).where(Patient.screening_number == "S-0003"))
        assert patient is not None
        patient.allergies = "Latex"
    last = _rows(admin_ws)[-1]
    assert (last.username, last.action, last.entity) == ("admin", "update", "patients")
    assert json.loads(last.old_values or "{}") == {"allergies": None}
    assert json.loads(last.new_values or "{}") == {"allergies": "Latex"}
    assert last.reason == "allergy reported by the patient"
    assert last.at_utc.endswith("+00:00")


def test_voiding_is_audited_as_void_and_deleting_is_refused(admin_ws: Workspace) -> None:
    with admin_ws.session(reason="registered twice") as session:
        patient = session.scalar(select(Patient).where(Patient.screening_number == "S-0001"))
        assert patient is not None
        patient.voided, patient.void_reason = True, "registered twice"
    assert _rows(admin_ws)[-1].action == "void"
    with pytest.raises(ConflictError, match="never deleted"), \
            admin_ws.session(reason="x") as session:
        session.delete(session.scalar(select(Patient)))
    with admin_ws.db.read_session() as session:
        assert len(session.scalars(select(Patient)).all()) == 10


def test_a_change_without_a_signed_in_user_is_refused(admin_ws: Workspace) -> None:
    count = len(_rows(admin_ws))
    with pytest.raises(HaiError, match="without a signed-in user"), \
            admin_ws.db.session(actor=None) as session:
        session.scalar(select(Patient)).allergies = "anonymous edit"  # type: ignore[union-attr]
    assert len(_rows(admin_ws)) == count


@pytest.mark.parametrize("statement", [
    "UPDATE audit_trail SET username = 'someone else' WHERE seq = 2",
    "DELETE FROM audit_trail WHERE seq = 2",
    "DELETE FROM audit_trail",
])
def test_raw_sql_cannot_edit_or_delete_audit_rows(demo_db: Path, statement: str) -> None:
    key = database_key(demo_db, "admin", "amber-training")
    with raw_connection(demo_db, key) as conn:
        with pytest.raises(sqlcipher3.dbapi2.IntegrityError, match="append-only"):
            conn.execute(statement)
        assert conn.execute("SELECT count(*) FROM audit_trail").fetchone()[0] > 20


def test_verify_passes_on_an_intact_database(demo_db: Path, settings: Settings) -> None:
    code, out, err = run_cli(["--db", str(demo_db), *VERIFY], "amber-training\n")
    assert (code, err) == (0, "")
    assert out.startswith("OK:") and "matching its anchor" in out


@pytest.mark.parametrize("statements, expected", [
    (["UPDATE audit_trail SET reason = 'nothing to see' WHERE seq = 5"],
     "row #5 has been altered"),
    (["UPDATE audit_trail SET new_values = replace(new_values, 'navy', 'xxxx') WHERE seq = 9",
      "UPDATE audit_trail SET username = 'nurse' WHERE seq = 12"],
     "row #12 has been altered"),
    (["DELETE FROM audit_trail WHERE seq = 7"], "row #8 follows #6"),
    (["UPDATE audit_trail SET seq = -3 WHERE seq = 3",
      "UPDATE audit_trail SET seq = 3 WHERE seq = 4",
      "UPDATE audit_trail SET seq = 4 WHERE seq = -3"], "row #3 does not link"),
    (["DELETE FROM audit_trail WHERE seq > (SELECT max(seq) - 3 FROM audit_trail)"],
     "newest rows were removed"),
])
def test_verify_finds_tampering(demo_db: Path, statements: list[str], expected: str) -> None:
    tamper(demo_db, *statements)
    code, out, _err = run_cli(["--db", str(demo_db), *VERIFY], "amber-training\n")
    assert code == 1
    assert out.startswith("FAILED:") and expected in out


def test_truncation_stays_detected_after_later_sign_ins(demo_db: Path) -> None:
    """Signing in after the newest rows were cut must not move the anchor over the gap."""
    tamper(demo_db, "DELETE FROM audit_trail WHERE seq > (SELECT max(seq) - 2 "
                     "FROM audit_trail)")
    for _ in range(2):
        code, out, _err = run_cli(["--db", str(demo_db), *VERIFY], "amber-training\n")
        assert code == 1 and "anchor" in out and "newest rows were removed" in out


def test_a_forged_anchor_is_detected(demo_db: Path) -> None:
    from hai_desktop.store.keyslots import key_slot_path
    path = key_slot_path(demo_db)
    raw = json.loads(path.read_text())
    raw["anchor"]["seq"] = 3
    path.write_text(json.dumps(raw))
    code, out, _err = run_cli(["--db", str(demo_db), *VERIFY], "amber-training\n")
    assert code == 1 and "anchor" in out and "altered" in out


def test_a_flipped_byte_in_the_file_is_reported(demo_db: Path) -> None:
    key = database_key(demo_db, "admin", "amber-training")
    with raw_connection(demo_db, key) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page_size = int(conn.execute("PRAGMA cipher_page_size").fetchone()[0])
        # A page of records that signing in does not read (the newest page may be the audit
        # trail's, which sign-in appends to: damage there stops the sign-in itself).
        page = int(conn.execute("SELECT rootpage FROM sqlite_master WHERE name = "
                                "'screening_answers'").fetchone()[0]) - 1
    data = bytearray(demo_db.read_bytes())
    data[page * page_size + 100] ^= 0xFF
    demo_db.write_bytes(bytes(data))
    code, out, err = run_cli(["--db", str(demo_db), *VERIFY], "amber-training\n")
    assert (code, err) == (1, "")
    assert out.startswith("FAILED: database file")
