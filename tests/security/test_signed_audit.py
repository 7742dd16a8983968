"""Attack 1 of issue #18: a nurse takes the database key from her own slot, drops the
append-only triggers, rewrites an investigator's audit row or removes the investigator's newest
rows, re-hashes the chain and seals the anchor again with the same key. The hash chain and the
anchor then hold; the signatures do not: `verify` names the row and whose signature it lost.
"""

from __future__ import annotations

import base64
import json
from pathlib import Path

from hai_desktop.services.access import KeySigner
from hai_desktop.services.demo import DEMO_ACCOUNTS
from hai_desktop.services.workspace import sign_in
from hai_desktop.settings import Settings
from hai_desktop.store import audit
from hai_desktop.store.keyslots import KeySlotFile, key_slot_path
from tests.helpers import database_key, raw_connection, run_cli

PASSWORDS = {a.username: a.password for a in DEMO_ACCOUNTS}
VERIFY = ["verify", "--as", "admin", "--password-stdin"]
COLUMNS = ("seq", "at_utc", "username", "action", "entity", "entity_id", "old_values",
           "new_values", "reason")


def _rechain(conn: object, from_seq: int) -> None:
    """What a key holder does after changing or removing rows: every hash from there on
    computed again, so the chain links and each row's hash matches its content."""
    rows = conn.execute(  # type: ignore[attr-defined]
        f"SELECT {', '.join(COLUMNS)} FROM audit_trail WHERE seq >= ? ORDER BY seq",
        (from_seq,)).fetchall()
    prev = conn.execute(  # type: ignore[attr-defined]
        "SELECT row_hash FROM audit_trail WHERE seq = ?", (from_seq - 1,)).fetchone()[0]
    for row in rows:
        own = audit.chain_hash(prev, audit.row_content(*row))
        conn.execute("UPDATE audit_trail SET prev_hash = ?, row_hash = ? WHERE seq = ?",  # type: ignore[attr-defined]
                     (prev, own, row[0]))
        prev = own


def _as_the_nurse(demo_db: Path, *statements: tuple[str, tuple[object, ...]],
                  rechain_from: int) -> None:
    key = database_key(demo_db, "nurse", PASSWORDS["nurse"])
    with raw_connection(demo_db, key) as conn:
        conn.execute("DROP TRIGGER audit_trail_no_update")
        conn.execute("DROP TRIGGER audit_trail_no_delete")
        for sql, params in statements:
            conn.execute(sql, params)
        _rechain(conn, rechain_from)
        head = conn.execute(
            "SELECT seq, row_hash FROM audit_trail ORDER BY seq DESC LIMIT 1").fetchone()
    _seal_anchor(demo_db, key, int(head[0]), str(head[1]))


def _seal_anchor(demo_db: Path, key: bytes, seq: int, row_hash: str) -> None:
    """The anchor is HMAC'd with the database key: whoever holds it writes a new one."""
    path = key_slot_path(demo_db)
    slots = KeySlotFile.load(path)
    slots.set_anchor(key, seq, row_hash)
    raw = json.loads(path.read_text(encoding="utf-8"))
    raw["anchor"] = slots.anchor
    path.write_text(json.dumps(raw), encoding="utf-8")


def _nurses_own_key(demo_db: Path, settings: Settings) -> KeySigner:
    """The key her password opens: she can sign, but only as herself."""
    nurse = sign_in(demo_db, "nurse", PASSWORDS["nurse"], settings)
    own_key = nurse.db.signer
    nurse.sign_out()
    assert isinstance(own_key, KeySigner)
    return own_key


def _investigators_row(demo_db: Path) -> int:
    key = database_key(demo_db, "nurse", PASSWORDS["nurse"])
    with raw_connection(demo_db, key) as conn:
        return int(conn.execute(
            "SELECT min(seq) FROM audit_trail WHERE username = 'investigator'").fetchone()[0])


def test_a_rewritten_row_of_somebody_else_is_named_by_verify(demo_db: Path) -> None:
    seq = _investigators_row(demo_db)
    code, out, _err = run_cli(["--db", str(demo_db), *VERIFY], PASSWORDS["admin"] + "\n")
    assert code == 0 and out.startswith("OK:")
    _as_the_nurse(demo_db, ("UPDATE audit_trail SET reason = 'nothing to see' WHERE seq = ?",
                            (seq,)), rechain_from=seq)
    code, out, _err = run_cli(["--db", str(demo_db), *VERIFY], PASSWORDS["admin"] + "\n")
    assert code == 1
    assert f"audit row #{seq} (by investigator) no longer carries investigator's signature" \
        in out


def test_a_row_signed_again_with_the_nurses_own_key_is_not_the_investigators(
        demo_db: Path, settings: Settings) -> None:
    seq = _investigators_row(demo_db)
    own_key = _nurses_own_key(demo_db, settings)
    _as_the_nurse(demo_db, ("UPDATE audit_trail SET reason = 'nothing to see' WHERE seq = ?",
                            (seq,)), rechain_from=seq)
    key = database_key(demo_db, "nurse", PASSWORDS["nurse"])
    with raw_connection(demo_db, key) as conn:  # her signature under the investigator's name
        row_hash = conn.execute("SELECT row_hash FROM audit_trail WHERE seq = ?",
                                (seq,)).fetchone()[0]
        signature = base64.b64encode(own_key.sign(audit.signed_content(row_hash))).decode()
        conn.execute("UPDATE audit_trail SET key_fingerprint = ?, signature = ? WHERE seq = ?",
                     (own_key.fingerprint, signature, seq))
    code, out, _err = run_cli(["--db", str(demo_db), *VERIFY], PASSWORDS["admin"] + "\n")
    assert code == 1
    assert f"audit row #{seq} is signed with a key that is not investigator's" in out


def test_removing_somebodys_newest_rows_and_chaining_again_is_named(
        demo_db: Path, settings: Settings) -> None:
    investigator = sign_in(demo_db, "investigator", PASSWORDS["investigator"], settings)
    investigator.record("print", "order", "1", {"copies": 1})
    investigator.sign_out()  # the key file now holds the investigator's signed tail
    key = database_key(demo_db, "nurse", PASSWORDS["nurse"])
    with raw_connection(demo_db, key) as conn:
        first = int(conn.execute("SELECT max(seq) FROM audit_trail WHERE action = 'print'"
                                 ).fetchone()[0])
    # Everything from the investigator's print on is gone, the anchor set to the new end.
    _as_the_nurse(demo_db, ("DELETE FROM audit_trail WHERE seq >= ?", (first,)),
                  rechain_from=first - 1)
    code, out, _err = run_cli(["--db", str(demo_db), *VERIFY], PASSWORDS["admin"] + "\n")
    assert code == 1
    assert "the newest investigator signed, is no longer in the trail" in out
    # The investigator is told at the next sign-in too.
    again = sign_in(demo_db, "investigator", PASSWORDS["investigator"], settings)
    try:
        assert again.anchor_problem is not None
        assert "the newest investigator signed" in again.anchor_problem
    finally:
        again.sign_out()


def test_an_unsigned_row_added_with_the_key_is_named(demo_db: Path) -> None:
    key = database_key(demo_db, "nurse", PASSWORDS["nurse"])
    with raw_connection(demo_db, key) as conn:
        seq, prev = conn.execute(
            "SELECT seq, row_hash FROM audit_trail ORDER BY seq DESC LIMIT 1").fetchone()
        row = (seq + 1, "2026-12-04T00:00:00+00:00", "pharmacist", "verify_order", "order",
               "1", None, None, None)
        own = audit.chain_hash(prev, audit.row_content(*row))
        conn.execute(f"INSERT INTO audit_trail ({', '.join(COLUMNS)}, prev_hash, row_hash) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", (*row, prev, own))
    _seal_anchor(demo_db, key, seq + 1, own)
    code, out, _err = run_cli(["--db", str(demo_db), *VERIFY], PASSWORDS["admin"] + "\n")
    assert code == 1
    assert f"audit row #{seq + 1} (by pharmacist) carries no signature" in out


def test_a_row_of_the_investigator_signed_again_as_the_nurse_is_named(
        demo_db: Path, settings: Settings) -> None:
    """She cannot hide behind her own valid signature: a row is signed by the person it
    names."""
    seq = _investigators_row(demo_db)
    own_key = _nurses_own_key(demo_db, settings)
    _as_the_nurse(demo_db, ("UPDATE audit_trail SET reason = 'nothing to see' WHERE seq = ?",
                            (seq,)), rechain_from=seq)
    key = database_key(demo_db, "nurse", PASSWORDS["nurse"])
    with raw_connection(demo_db, key) as conn:  # every row from there re-signed as herself
        for (at, row_hash) in conn.execute(
                "SELECT seq, row_hash FROM audit_trail WHERE seq >= ?", (seq,)).fetchall():
            signature = base64.b64encode(own_key.sign(audit.signed_content(row_hash))).decode()
            conn.execute("UPDATE audit_trail SET signed_by = 'nurse', key_fingerprint = ?, "
                         "signature = ? WHERE seq = ?", (own_key.fingerprint, signature, at))
    code, out, _err = run_cli(["--db", str(demo_db), *VERIFY], PASSWORDS["admin"] + "\n")
    assert code == 1
    assert f"audit row #{seq} names investigator but is signed by nurse" in out


def test_a_key_registered_for_the_investigator_by_the_nurse_is_named(
        demo_db: Path, settings: Settings) -> None:
    """She registers her own public key as the investigator's (a user_keys row and its signed
    'create' row at the end of the trail), then signs a row as the investigator."""
    own_key = _nurses_own_key(demo_db, settings)
    public = base64.b64encode(own_key.keys.signing_public).decode()
    values = json.dumps({"agreement_public": public, "created_at": "2026-12-04T00:00:00",
                         "fingerprint": "f" * 16, "signing_public": public,
                         "username": "investigator"}, sort_keys=True, separators=(",", ":"))
    key = database_key(demo_db, "nurse", PASSWORDS["nurse"])
    with raw_connection(demo_db, key) as conn:
        seq, prev = conn.execute(
            "SELECT seq, row_hash FROM audit_trail ORDER BY seq DESC LIMIT 1").fetchone()
        conn.execute("INSERT INTO user_keys VALUES (?, 'investigator', ?, ?, ?)",
                     ("f" * 16, public, public, "2026-12-04 00:00:00"))
        row = (seq + 1, "2026-12-04T00:00:00+00:00", "investigator", "create", "user_keys",
               "f" * 16, None, values, None)
        own = audit.chain_hash(prev, audit.row_content(*row))
        signature = base64.b64encode(own_key.sign(audit.signed_content(own))).decode()
        conn.execute(f"INSERT INTO audit_trail ({', '.join(COLUMNS)}, prev_hash, row_hash, "
                     "signed_by, key_fingerprint, signature) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'investigator', ?, ?)",
                     (*row, prev, own, "f" * 16, signature))
    _seal_anchor(demo_db, key, seq + 1, own)
    code, out, _err = run_cli(["--db", str(demo_db), *VERIFY], PASSWORDS["admin"] + "\n")
    assert code == 1
    assert f"audit row #{seq + 1} registers a key for investigator that no administrator " \
        "signed" in out
