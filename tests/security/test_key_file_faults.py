"""Attack 5 of issue #18, the key file that cannot be written: a wrong password in a read-only
folder, the right password there, and the right password on a full disk ended in tracebacks
(the key file is saved at every sign-in: a failure counted, failures cleared, reported
failures moved into the audit trail). Now a wrong password is still just wrong (the lost count
is logged, never the name or password); the right one on a full disk signs in, so people can
read, and what the key file could not take waits for the next sign-in; a folder the
database cannot be opened in says which folder and what to do.

The faults are raised where the operating system raises them (os.open, os.fsync), so they run
as root too, which ignores file modes; the chmod variant runs only for other users."""

from __future__ import annotations

import errno
import json
import os
import stat
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from hai_desktop.core.errors import AuthenticationError, DatabaseFileError
from hai_desktop.services.demo import DEMO_ACCOUNTS
from hai_desktop.services.patients import list_patients
from hai_desktop.services.workspace import sign_in
from hai_desktop.settings import Settings
from hai_desktop.store import database
from hai_desktop.store.keyslots import WRONG_CREDENTIALS, KeySlotFile, key_slot_path
from tests.helpers import audit_rows_after, database_key, run_cli

PASSWORDS = {a.username: a.password for a in DEMO_ACCOUNTS}
WRONG = "not-the-password-42"


def refuse_key_file_writes(monkeypatch: pytest.MonkeyPatch, folder: Path,
                           error: Callable[[], OSError]) -> None:
    """Every file the key file's save opens in `folder` (the lock, the temporary copy) fails
    as a read-only folder makes it fail."""
    real_open = os.open

    def guarded_open(path: Any, flags: int, *args: Any, **kwargs: Any) -> int:
        if Path(os.fsdecode(path)).parent == folder and flags & (os.O_CREAT | os.O_WRONLY
                                                                   | os.O_RDWR):
            raise error()
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", guarded_open)


def disk_full(monkeypatch: pytest.MonkeyPatch) -> None:
    """Python's own writes hit ENOSPC when flushed to disk (the key file's fsync); SQLite's
    writes, in C, are not touched: the key file is what this test is about."""
    def no_space(_fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", no_space)


READ_ONLY_ERRORS = {
    "permission": lambda: PermissionError(errno.EACCES, os.strerror(errno.EACCES)),
    "read-only-file-system": lambda: OSError(errno.EROFS, os.strerror(errno.EROFS)),
}


@pytest.mark.parametrize("kind", sorted(READ_ONLY_ERRORS))
def test_a_wrong_password_in_a_read_only_folder_is_just_wrong(
        demo_db: Path, settings: Settings, monkeypatch: pytest.MonkeyPatch,
        caplog: pytest.LogCaptureFixture, kind: str) -> None:
    keys = key_slot_path(demo_db)
    before = keys.read_bytes()
    refuse_key_file_writes(monkeypatch, demo_db.parent, READ_ONLY_ERRORS[kind])
    with pytest.raises(AuthenticationError) as refused:
        sign_in(demo_db, "nurse", WRONG, settings)
    assert refused.value.message == WRONG_CREDENTIALS
    assert keys.read_bytes() == before
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "could not be counted" in logged
    assert WRONG not in logged and "nurse" not in logged


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0,
                    reason="root ignores file modes (the monkeypatched variants run instead)")
def test_a_read_only_folder_really_chmodded(demo_db: Path, settings: Settings) -> None:
    folder = demo_db.parent
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)  # 0o500
    try:
        with pytest.raises(AuthenticationError, match="User name or password is wrong"):
            sign_in(demo_db, "nurse", WRONG, settings)
        try:
            sign_in(demo_db, "nurse", PASSWORDS["nurse"], settings).sign_out()
        except DatabaseFileError as error:  # a clear message, never a traceback
            assert str(folder) in error.message and error.hint and "write access" in error.hint
    finally:
        folder.chmod(stat.S_IRWXU)


def test_the_right_password_in_a_read_only_folder_names_the_folder(
        demo_db: Path, settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    """What SQLite answers in a read-only folder (seen with the capability to override file
    modes dropped): WAL cannot create its files beside the database."""
    import sqlcipher3

    def read_only_folder(_busy_timeout_ms: int) -> Callable[[Any, Any], None]:
        def on_connect(_dbapi_connection: Any, _record: Any) -> None:
            raise sqlcipher3.dbapi2.OperationalError("attempt to write a readonly database")
        return on_connect

    refuse_key_file_writes(monkeypatch, demo_db.parent, READ_ONLY_ERRORS["permission"])
    monkeypatch.setattr(database, "_configure_connection", read_only_folder)
    with pytest.raises(DatabaseFileError) as refused:
        sign_in(demo_db, "nurse", PASSWORDS["nurse"], settings)
    assert f"the folder {demo_db.parent}" in refused.value.message
    assert refused.value.hint and f"write access to {demo_db.parent}" in refused.value.hint
    assert "restore" not in refused.value.hint.lower().replace("nothing needs to be restored",
                                                                "")


def test_the_right_password_on_a_full_disk_signs_in_and_the_key_file_catches_up(
        demo_db: Path, settings: Settings, monkeypatch: pytest.MonkeyPatch,
        caplog: pytest.LogCaptureFixture) -> None:
    # A wrong password first: the key file then holds a count and a reported failure, so the
    # sign-in has three things to write there (the report moved, the count cleared, anchor).
    with pytest.raises(AuthenticationError):
        sign_in(demo_db, "nurse", WRONG, settings)
    key = database_key(demo_db, "admin", PASSWORDS["admin"])
    keys = key_slot_path(demo_db)
    assert KeySlotFile.load(keys).pending_events
    before = keys.read_bytes()

    disk_full(monkeypatch)
    nurse = sign_in(demo_db, "nurse", PASSWORDS["nurse"], settings)
    assert list_patients(nurse, "S-0003"), "the records can be read"
    assert keys.read_bytes() == before, "nothing could be written to the key file"
    assert "waits for the next sign-in" in "\n".join(r.getMessage() for r in caplog.records)
    nurse.sign_out()
    monkeypatch.undo()  # space freed

    sign_in(demo_db, "nurse", PASSWORDS["nurse"], settings).sign_out()  # does what waited
    after = KeySlotFile.load(keys)
    assert not after.pending_events and after.failure_count("nurse") == 0
    reported = [json.loads(r[3]) for r in audit_rows_after(demo_db, key, 0)
                if r[0] == "sign_in_failed" and r[2] == "nurse"]
    assert len(reported) == 1, "the reported failure is recorded once, not at each sign-in"


def test_the_command_line_reads_on_a_full_disk(demo_db: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    disk_full(monkeypatch)
    code, out, err = run_cli(["--db", str(demo_db), "users", "--as", "admin",
                              "--password-stdin", "list"], PASSWORDS["admin"] + "\n")
    assert (code, err) == (0, "")
    assert "nurse" in out


def test_a_wrong_password_at_the_lock_screen_on_a_full_disk_is_just_wrong(
        demo_db: Path, settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    nurse = sign_in(demo_db, "nurse", PASSWORDS["nurse"], settings)
    nurse.lock()
    disk_full(monkeypatch)
    with pytest.raises(AuthenticationError, match="The password is wrong"):
        nurse.unlock(WRONG)
    nurse.unlock(PASSWORDS["nurse"])
    monkeypatch.undo()
    nurse.sign_out()


def test_an_account_change_on_a_full_disk_says_so_and_changes_nothing(
        demo_db: Path, settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    from hai_desktop.services import users

    admin = sign_in(demo_db, "admin", PASSWORDS["admin"], settings)
    before = admin.db.audit_head()

    def disk_full(self: KeySlotFile) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(KeySlotFile, "save", disk_full)
    with pytest.raises(DatabaseFileError, match=r"key file .* cannot be written"):
        users.reset_password(admin, "nurse2", "temporary-pass-5", "forgot it")
    monkeypatch.undo()
    assert admin.db.audit_head() == before  # the reset was not committed
    assert KeySlotFile.load(key_slot_path(demo_db)).slot_of("nurse2") is not None
    admin.sign_out()
    sign_in(demo_db, "nurse2", PASSWORDS["nurse2"], settings).sign_out()
