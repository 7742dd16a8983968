"""Attack 3 of issue #18: the key file's pending events (failures noted while the database was
closed) cannot become chained audit rows under anybody's name: only a sign-in failure or a
lockout of the shape the program writes, for an existing account, is taken — recorded by
"system" and marked unauthenticated — and the rest is refused and counted."""

from __future__ import annotations

import json
from pathlib import Path

from hai_desktop.services.audit_trail import audit_page
from hai_desktop.services.demo import DEMO_ACCOUNTS
from hai_desktop.services.workspace import sign_in
from hai_desktop.settings import Settings
from hai_desktop.store.keyfile import key_slot_path
from tests.helpers import audit_head_seq, audit_rows_after, database_key

PASSWORDS = {a.username: a.password for a in DEMO_ACCOUNTS}
AT = "2026-12-03T09:15:00.000+00:00"


def failure(action: str, username: str, **extra: object) -> dict[str, object]:
    return {"action": action, "username": username, "at": AT, "count": 1,
            "workstation": "ward-a", **extra}


def test_only_a_failure_of_the_known_shape_becomes_an_audit_row(
        demo_db: Path, settings: Settings) -> None:
    key = database_key(demo_db, "admin", PASSWORDS["admin"])
    seq = audit_head_seq(demo_db, key)
    path = key_slot_path(demo_db)
    raw = json.loads(path.read_text(encoding="utf-8"))
    raw["pending_events"] = [
        failure("export", "investigator"),  # an "export" nobody made
        failure("password_changed", "admin"),
        failure("sign_in_failed", "ghost"),  # no such account
        failure("sign_in_failed", "nurse", reason="x"),  # a field the program never writes
        {**failure("sign_in_failed", "nurse"), "count": "lots"},
        failure("sign_in_failed", "nurse"),  # the one real shape
    ]
    path.write_text(json.dumps(raw), encoding="utf-8")
    ws = sign_in(demo_db, "monitor", PASSWORDS["monitor"], settings)
    try:
        rows = [r for r in audit_page(ws, limit=40)
                if r.action not in ("sign_in", "sign_out")]
    finally:
        ws.sign_out()
    newest = rows[:2]
    actions = [(r.action, r.username, r.entity_id) for r in newest]
    assert ("sign_in_failed", "system", "nurse") in actions
    assert ("key_file_events_refused", "system", None) in actions
    refused = next(r for r in newest if r.action == "key_file_events_refused")
    assert json.loads(refused.new_values or "{}")["refused"] == 5
    taken = next(r for r in newest if r.action == "sign_in_failed")
    assert "unauthenticated" in json.loads(taken.new_values or "{}")["source"]
    # Every row since: the monitor's sign-in and sign-out and the two above, nothing else.
    since = [(a, i) for a, _e, i, _v in audit_rows_after(demo_db, key, seq)]
    assert sorted(since) == sorted([("key_file_events_refused", ""), ("sign_in", "monitor"),
                                    ("sign_in_failed", "nurse"), ("sign_out", "monitor")])
    assert json.loads(path.read_text(encoding="utf-8"))["pending_events"] == []
