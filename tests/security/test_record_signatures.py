"""Electronic signatures as real signatures (issue #18; 21 CFR 11.70: a signature cannot be
moved to another record). Each one carries its signer's Ed25519 signature over the record, the
meaning, the signer, the time and the content's hash; `verify` names one that was moved to
another record or copied onto it with the database key."""

from __future__ import annotations

from pathlib import Path

from hai_desktop.services.demo import DEMO_ACCOUNTS
from hai_desktop.services.integrity import verify_file
from hai_desktop.settings import Settings
from tests.helpers import database_key, raw_connection

PASSWORDS = {a.username: a.password for a in DEMO_ACCOUNTS}


def _key(demo_db: Path) -> bytes:
    return database_key(demo_db, "nurse", PASSWORDS["nurse"])


def test_every_signature_of_the_demo_is_signed_by_its_signers_key(demo_db: Path) -> None:
    with raw_connection(demo_db, _key(demo_db)) as conn:
        total, signed = conn.execute(
            "SELECT count(*), count(signature) FROM signatures").fetchone()
        fingerprints = conn.execute(
            "SELECT count(*) FROM signatures s JOIN user_keys k "
            "ON k.fingerprint = s.key_fingerprint AND k.username = s.username").fetchone()[0]
    assert total > 5 and signed == total == fingerprints


def test_a_signature_moved_to_another_order_is_named(demo_db: Path, settings: Settings) -> None:
    with raw_connection(demo_db, _key(demo_db)) as conn:
        sig_id, order_id = conn.execute(
            "SELECT id, entity_id FROM signatures WHERE entity = 'orders' ORDER BY id LIMIT 1"
        ).fetchone()
        other = conn.execute("SELECT max(id) FROM orders WHERE id != ?",
                             (int(order_id),)).fetchone()[0]
        conn.execute("UPDATE signatures SET entity_id = ? WHERE id = ?", (str(other), sig_id))
    report = verify_file(demo_db, "admin", PASSWORDS["admin"], settings)
    assert not report.ok
    assert any(f"signature #{sig_id} " in p and f"on orders #{other} is not" in p
               for p in report.signature_problems), report.signature_problems


def test_a_signature_copied_onto_another_record_is_named(demo_db: Path,
                                                          settings: Settings) -> None:
    with raw_connection(demo_db, _key(demo_db)) as conn:
        row = conn.execute(
            "SELECT entity, entity_id, meaning, username, full_name, signed_at, content_hash, "
            "superseded, reason, key_fingerprint, signature FROM signatures "
            "WHERE entity = 'orders' ORDER BY id LIMIT 1").fetchone()
        other = conn.execute("SELECT max(id) FROM orders WHERE id != ?",
                             (int(row[1]),)).fetchone()[0]
        conn.execute(
            "INSERT INTO signatures (entity, entity_id, meaning, username, full_name, "
            "signed_at, content_hash, superseded, reason, key_fingerprint, signature) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", (row[0], str(other), *row[2:]))
        copied = conn.execute("SELECT max(id) FROM signatures").fetchone()[0]
    report = verify_file(demo_db, "admin", PASSWORDS["admin"], settings)
    assert any(f"signature #{copied} " in p for p in report.signature_problems), \
        report.signature_problems
