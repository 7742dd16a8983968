"""The key file's place and its plain JSON envelope, without the cryptography: the sign-in
window reads the TRAINING flag and refuses a missing or damaged key file before anyone types,
and must not wait for the key-slot machinery (hashing, AES-GCM, argon2) to import to do so."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from hai_desktop.core.errors import DatabaseFileError
from hai_desktop.core.i18n import msg

FORMAT = "hai-desktop-keyslots"
FORMAT_VERSION = 2  # version 2: each person's keys (store.userkeys); version 1 is still read
READABLE_VERSIONS = (1, 2)
RESTORE_KEY_FILE_HINT = msg("Restore the database together with its .keys file from the latest "
                            "backup.")


def key_slot_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".keys")


def damaged(path: Path, exc: Exception) -> DatabaseFileError:
    return DatabaseFileError(
        msg("The key file {path} is damaged or not a hai-desktop key file ({exc}).",
            path=path, exc=exc),
        hint=RESTORE_KEY_FILE_HINT)


def read_key_file(path: Path) -> dict[str, Any]:
    """The key file's content, checked to be ours and of this version."""
    if not path.exists():
        raise DatabaseFileError(
            msg("The key file {path} is missing, so nobody can unlock the database beside it.",
                path=path),
            hint=RESTORE_KEY_FILE_HINT)
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(raw, dict) or raw.get("format") != FORMAT:
            raise ValueError("not a hai-desktop key file")
        if raw.get("version") not in READABLE_VERSIONS:
            raise ValueError(f"key file version {raw.get('version')} is not supported")
        str(raw["db_id"])
        return raw
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise damaged(path, exc) from exc


def is_training(db_path: Path) -> bool:
    """The key file's copy of the TRAINING flag, readable before anyone signs in: a hint for
    the sign-in window's banner only. It is not authenticated, so nothing is decided by it;
    the database's own flag (`Database.is_training`) decides once the database is open."""
    return bool(read_key_file(key_slot_path(db_path)).get("training", False))
