"""Test helpers that reach below the application on purpose (to tamper, to inspect bytes)."""

from __future__ import annotations

import hashlib
import io
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager, redirect_stderr, redirect_stdout
from pathlib import Path

import pytest
import sqlcipher3

from hai_desktop import cli
from hai_desktop.core.errors import HaiError
from hai_desktop.core.i18n import message_in
from hai_desktop.services.workspace import Workspace, sign_in, sign_in_server
from hai_desktop.settings import Settings
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


def tamper(path: Path, *statements: str, user: str = "admin",
           password: str = "amber-training") -> None:
    """Run SQL on the file as an attacker holding the key would: the append-only triggers
    dropped first, no audit hook, no anchor update."""
    with raw_connection(path, database_key(path, user, password)) as conn:
        conn.execute("DROP TRIGGER audit_trail_no_update")
        conn.execute("DROP TRIGGER audit_trail_no_delete")
        for statement in statements:
            conn.execute(statement)


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


def record_snapshot(path: Path, key: bytes) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table but the audit trail, read below the application: two equal
    snapshots mean no record was written in between."""
    with raw_connection(path, key) as conn:
        tables = [row[0] for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name NOT IN ('audit_trail', 'alembic_version') ORDER BY name")]
        return {name: sorted(conn.execute(f'SELECT * FROM "{name}"').fetchall(), key=repr)
                for name in tables}


def audit_rows_after(path: Path, key: bytes, seq: int) -> list[tuple[str, str, str, str]]:
    """(action, entity, entity_id, new_values) of the audit rows after `seq`, oldest first."""
    with raw_connection(path, key) as conn:
        return [tuple(r) for r in conn.execute(  # type: ignore[misc]
            "SELECT action, entity, coalesce(entity_id, ''), coalesce(new_values, '') "
            "FROM audit_trail WHERE seq > ? ORDER BY seq", (seq,))]


def audit_head_seq(path: Path, key: bytes) -> int:
    with raw_connection(path, key) as conn:
        return int(conn.execute("SELECT coalesce(max(seq), 0) FROM audit_trail").fetchone()[0])


def refusal_in_korean(error: type[HaiError], call: Callable[[], object]) -> tuple[str, str]:
    """The English and the Korean of the message `call` is refused with (it must be)."""
    with pytest.raises(error) as refused:
        call()
    return str(refused.value.message), message_in("ko", refused.value.message)


def first_sign_in(path: Path | None, username: str, temporary_password: str,
                  new_password: str, settings: Settings) -> Workspace:
    """A new account's (or a reset one's) first sign-in, as its owner makes it: the temporary
    password, then their own chosen at once (the services refuse anything else before). On the
    file at `path`, or on the server in `settings` when `path` is None. Signed in afterwards."""
    ws = (sign_in_server(settings, username, temporary_password) if path is None
          else sign_in(path, username, temporary_password, settings))
    try:
        assert ws.user.must_change_password, f"{username} has no temporary password"
        ws.change_own_password(temporary_password, new_password)
    except BaseException:
        ws.sign_out()
        raise
    return ws
