"""Attack 5 of issue #18, the malformed fields: a key slot whose salt is not base64, whose
argon2id cost would need a terabyte, or whose parameters are incomplete, and a settings file
with an absurd [kdf], each give a clear message, never a traceback or a hang."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from hai_desktop.core.errors import DatabaseFileError, HaiError
from hai_desktop.services.demo import DEMO_ACCOUNTS
from hai_desktop.services.workspace import sign_in
from hai_desktop.settings import Settings, load_settings
from hai_desktop.store.keyfile import key_slot_path

PASSWORDS = {a.username: a.password for a in DEMO_ACCOUNTS}


@pytest.mark.parametrize("field, value", [
    ("salt", "!!! not base64 !!!"),
    ("nonce", "AAAA"),
    ("kdf", {"time_cost": 2, "memory_kib": 2**40, "parallelism": 1}),
    ("kdf", {"time_cost": 2, "parallelism": 1}),
    ("kdf", {"time_cost": "2", "memory_kib": 19456, "parallelism": 1}),
    ("wrapped", 12345),
    # Version 2 (each person's keys): the sealed private keys, the wrapped database key,
    # the public keys and the tail.
    ("sealed", {"nonce": "AAAA", "ciphertext": "AAAA"}),
    ("sealed", None),
    ("wrap", {"ephemeral": "AAAA"}),
    ("next_wrap", "not a wrapped key"),
    ("signing_public", "AAAA"),
    ("agreement_public", 7),
    ("tail", 5),
])
def test_a_malformed_key_slot_is_a_damaged_key_file(demo_db: Path, settings: Settings,
                                                    field: str, value: object) -> None:
    path = key_slot_path(demo_db)
    raw = json.loads(path.read_text(encoding="utf-8"))
    slot = next(s for s in raw["slots"] if s["username"] == "admin")
    slot[field] = value
    path.write_text(json.dumps(raw), encoding="utf-8")
    with pytest.raises(DatabaseFileError) as refused:
        sign_in(demo_db, "admin", PASSWORDS["admin"], settings)
    assert "damaged" in refused.value.message and refused.value.hint


@pytest.mark.parametrize("table, named", [
    ("[kdf]\nmemory_kib = 1099511627776\n", "kdf.memory_kib"),
    ("[kdf]\ntime_cost = 0\n", "kdf.time_cost"),
    ("[kdf]\nthreads = 4\n", "[kdf]"),
])
def test_an_absurd_kdf_setting_is_refused_with_its_name(tmp_path: Path, table: str,
                                                        named: str) -> None:
    config = tmp_path / "settings.toml"
    config.write_text(table, encoding="utf-8")
    with pytest.raises(HaiError) as refused:
        load_settings(config)
    assert named in refused.value.message
