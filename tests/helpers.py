"""Test helpers that reach below the application on purpose (to tamper, to inspect bytes)."""

from __future__ import annotations

import hashlib
import io
import sys
from collections.abc import Iterator
from contextlib import contextmanager, redirect_stderr, redirect_stdout
from pathlib import Path

import sqlcipher3

from hai_desktop import cli
from hai_desktop.store.keyslots import KeySlotFile, key_slot_path


def database_key(path: Path, username: str, password: str) -> bytes:
    return KeySlotFile.load(key_slot_path(path)).unwrap(username, password)


@contextmanager
def raw_connection(path: Path, key: bytes) -> Iterator[sqlcipher3.dbapi2.Connection]:
    """A bare SQLCipher connection: no triggers honoured by the app, no audit hooks."""
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    try:
        yield conn
    finally:
        conn.close()


def file_digest(*paths: Path) -> str:
    digest = hashlib.sha256()
    for path in paths:
        digest.update(path.read_bytes() if path.exists() else b"<absent>")
    return digest.hexdigest()


def all_bytes_of(folder: Path) -> dict[Path, bytes]:
    return {p: p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def run_cli(args: list[str], stdin: str = "") -> tuple[int, str, str]:
    """Run `hai-desktop ARGS` in-process with the given standard input."""
    out, err = io.StringIO(), io.StringIO()
    old_stdin = sys.stdin
    sys.stdin = io.StringIO(stdin)
    try:
        with redirect_stdout(out), redirect_stderr(err):
            code = cli.main(args)
    finally:
        sys.stdin = old_stdin
    return code, out.getvalue(), err.getvalue()
