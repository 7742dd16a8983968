"""Attack 5 of issue #18, the failure counters: the key file is not authenticated, so an edited
count or time can delay a sign-in by at most the configured maximum, and a malformed one is
treated as no record — never a traceback, never a lockout of 37 million minutes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from hai_desktop.core.errors import LockedOutError
from hai_desktop.services.demo import DEMO_ACCOUNTS
from hai_desktop.services.workspace import sign_in
from hai_desktop.settings import Settings
from hai_desktop.store.keyfile import key_slot_path

PASSWORDS = {a.username: a.password for a in DEMO_ACCOUNTS}


def edit_failures(db: Path, failures: dict[str, object]) -> None:
    path = key_slot_path(db)
    raw = json.loads(path.read_text(encoding="utf-8"))
    raw["failures"] = failures
    path.write_text(json.dumps(raw), encoding="utf-8")


def test_an_edited_counter_delays_a_sign_in_by_at_most_the_maximum(
        demo_db: Path, settings: Settings) -> None:
    edit_failures(demo_db, {"admin": {"count": 10**9, "last": "2999-01-01T00:00:00+00:00"}})
    with pytest.raises(LockedOutError) as locked:
        sign_in(demo_db, "admin", PASSWORDS["admin"], settings)
    assert 0 < locked.value.retry_after_s <= settings.lockout_max_delay_s
    assert "15 minutes" in locked.value.message  # the default maximum, 900 s
    # Other accounts are not affected.
    sign_in(demo_db, "nurse", PASSWORDS["nurse"], settings).sign_out()


@pytest.mark.parametrize("entry", [
    {"count": "many", "last": "yesterday"},
    {"count": 7, "last": "not a time"},
    {"count": 7},
    {"count": -3, "last": "2026-12-01T00:00:00+00:00"},
    {"count": 7, "last": "2026-12-01T00:00:00"},  # no zone
    {"count": True, "last": "2026-12-01T00:00:00+00:00"},
    "locked",
    None,
])
def test_a_malformed_counter_is_no_record(demo_db: Path, settings: Settings,
                                          entry: object) -> None:
    edit_failures(demo_db, {"admin": entry})
    ws = sign_in(demo_db, "admin", PASSWORDS["admin"], settings)
    ws.sign_out()
