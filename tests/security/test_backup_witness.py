"""The automatic backups as witnesses (issue #18): a key holder may re-sign rows of their own
after rewriting them — every signature and their own tail then hold — but each automatic
backup's key file keeps their tail as it was, signed by them then. `verify` names the row."""

from __future__ import annotations

import base64
import json
from dataclasses import replace
from pathlib import Path

from hai_desktop.services.backup import run_automatic_backup
from hai_desktop.services.demo import DEMO_ACCOUNTS
from hai_desktop.services.integrity import verify_file
from hai_desktop.services.workspace import sign_in
from hai_desktop.settings import Settings
from hai_desktop.store import audit
from hai_desktop.store.keyslots import KeySlotFile, key_slot_path
from hai_desktop.store.userkeys import fingerprint
from tests.helpers import database_key, raw_connection

PASSWORDS = {a.username: a.password for a in DEMO_ACCOUNTS}
COLUMNS = "seq, at_utc, username, action, entity, entity_id, old_values, new_values, reason"


def test_rewriting_and_re_signing_ones_own_rows_is_named_by_an_automatic_backup(
        demo_db: Path, settings: Settings) -> None:
    settings = replace(settings, backup_schedule="sign-out")
    nurse = sign_in(demo_db, "nurse", PASSWORDS["nurse"], settings)
    nurse.record("print", "order", "3", {"copies": 1})
    assert run_automatic_backup(nurse, "sign-out").path is not None
    nurse.db.close()
    key = database_key(demo_db, "nurse", PASSWORDS["nurse"])
    with raw_connection(demo_db, key) as conn:
        (seq,) = conn.execute("SELECT max(seq) FROM audit_trail WHERE action = 'print'"
                              ).fetchone()
        assert {r[0] for r in conn.execute("SELECT signed_by FROM audit_trail WHERE seq >= ?",
                                           (seq,))} == {"nurse"}

    # The nurse, with her own password and the database key, rewrites her print as two copies
    # and re-signs it and every row after it (all hers).
    keys = KeySlotFile.load(key_slot_path(demo_db)).open_slot("nurse", PASSWORDS["nurse"]).keys
    assert keys is not None
    with raw_connection(demo_db, key) as conn:
        conn.execute("DROP TRIGGER audit_trail_no_update")
        last_own = conn.execute("SELECT max(seq) FROM audit_trail WHERE signed_by = 'nurse'"
                                ).fetchone()[0]
        conn.execute("UPDATE audit_trail SET new_values = ? WHERE seq = ?",
                     ('{"copies":2}', seq))
        prev = conn.execute("SELECT row_hash FROM audit_trail WHERE seq = ?",
                            (seq - 1,)).fetchone()[0]
        for row in conn.execute(f"SELECT {COLUMNS} FROM audit_trail WHERE seq >= ? "
                                "ORDER BY seq", (seq,)).fetchall():
            own = audit.chain_hash(prev, audit.row_content(*row))
            signature = base64.b64encode(keys.sign(audit.signed_content(own))).decode()
            conn.execute("UPDATE audit_trail SET prev_hash = ?, row_hash = ?, signature = ?, "
                         "key_fingerprint = ?, signed_by = 'nurse' WHERE seq = ?",
                         (prev, own, signature, fingerprint(keys.signing_public), row[0]))
            prev = own
        head = conn.execute("SELECT seq, row_hash FROM audit_trail ORDER BY seq DESC LIMIT 1"
                            ).fetchone()
        tail = conn.execute("SELECT seq, row_hash FROM audit_trail WHERE seq = ?",
                            (last_own,)).fetchone()
    # Her own tail and the anchor, sealed again with what she holds.
    path = key_slot_path(demo_db)
    slots = KeySlotFile.load(path)
    slots.set_anchor(key, int(head[0]), str(head[1]))
    slots.set_tail("nurse", keys, int(tail[0]), str(tail[1]))
    raw = json.loads(path.read_text(encoding="utf-8"))
    raw["anchor"] = slots.anchor
    for slot in raw["slots"]:
        if slot["username"] == "nurse":
            slot["tail"] = slots.slot_of("nurse").tail
    path.write_text(json.dumps(raw), encoding="utf-8")

    report = verify_file(demo_db, "admin", PASSWORDS["admin"], settings)
    assert not report.ok
    assert report.witness_problem is not None
    assert "signed by nurse, is not what the automatic backup of" in report.summary()
