"""Shared fixtures: real encrypted databases in temporary folders, never mocks of the store."""

from __future__ import annotations

import os
import shutil
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from pathlib import Path

# Before anything imports Qt: tests never need a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from hai_desktop.services.demo import build_demo_database
from hai_desktop.services.workspace import Workspace, sign_in
from hai_desktop.settings import KdfParameters, Settings
from hai_desktop.store.keyslots import key_slot_path

DEMO_DB_NAME = "hai-demo.db"

# The suite assumes one calendar day: test modules take "today" when they are collected and the
# demo is dated from the day it is built, so a run that crosses midnight compares yesterday with
# today (CI failed once that way). A run that starts this close to midnight waits for it first.
DAY_MARGIN = timedelta(minutes=float(os.environ.get("HAI_TEST_DAY_MARGIN_MIN", "25")))


def time_until_midnight(now: datetime) -> timedelta:
    tomorrow = (now + timedelta(days=1)).replace(hour=0, minute=0, second=0, microsecond=0)
    return tomorrow - now


def pytest_configure(config: pytest.Config) -> None:
    if hasattr(config, "workerinput"):  # an xdist worker: the controller has already waited
        return
    left = time_until_midnight(datetime.now())
    if left < DAY_MARGIN:
        print(f"Local midnight in {left.total_seconds():.0f} s: waiting for it so that the whole "
              "run sees one calendar day.", file=sys.stderr, flush=True)
        time.sleep(left.total_seconds() + 2)


def pytest_xdist_auto_num_workers(config: pytest.Config) -> int:
    """`-n auto`: three workers for two cores. A UI test spends part of its time waiting (Qt
    timers, the test server, child processes), so a third worker keeps both cores busy: the
    suite took 10 min 35 s with two workers and 8 min 45 s with three on the 2-core CI machine."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return max(1, round(1.5 * (cores or 1)))


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The longest tests first (stable otherwise): under xdist, a minute-long test handed out
    last keeps one worker busy while the other has nothing left to do."""
    items.sort(key=lambda item: item.get_closest_marker("slow") is None)


# argon2id at the least it allows (8 KiB, one pass): tests sign in, confirm passwords and sign
# thousands of times, and at the real cost (RFC 9106's 64 MiB × 3 for real databases, OWASP's
# 19 MiB × 2 for the demo) that was minutes of the suite's time. The real costs are tested
# where they are the subject: tests/store/test_encryption.py (the settings' default) and
# tests/security/test_no_plaintext.py (a demo built as the application builds it).
TEST_KDF = KdfParameters(time_cost=1, memory_kib=8, parallelism=1)


def make_settings(folder: Path, **overrides: object) -> Settings:
    """Settings in `folder`, with the cheap test KDF unless a test names its own."""
    overrides.setdefault("kdf", TEST_KDF)
    return Settings(data_dir=folder, log_dir=folder / "logs", **overrides)  # type: ignore[arg-type]


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return make_settings(tmp_path)


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory, worker_id: str) -> Path:
    """The demo database built once per test run; tests get their own copy.

    Under xdist the workers share one build (about half a minute of one core each) in the
    run's common temporary folder: the first worker to need it builds it, a worker that needs
    it meanwhile waits for it, and the others go on with tests that do not."""
    if worker_id == "master" or sys.platform == "win32":  # msvcrt's lock gives up after 10 s
        folder = tmp_path_factory.mktemp("demo-template")
        return _build_demo_template(folder)
    folder = tmp_path_factory.getbasetemp().parent / "demo-template"
    folder.mkdir(exist_ok=True)
    with _exclusive_lock(folder / "build.lock"):
        if (folder / "built").exists():
            return folder / DEMO_DB_NAME
        path = _build_demo_template(folder)
        (folder / "built").touch()  # written last: a worker that died mid-build leaves none
        return path


def _build_demo_template(folder: Path) -> Path:
    path = folder / DEMO_DB_NAME
    for leftover in (path, key_slot_path(path)):  # of a worker that died mid-build
        leftover.unlink(missing_ok=True)
    build_demo_database(path, make_settings(folder), kdf=TEST_KDF).sign_out()
    return path


@contextmanager
def _exclusive_lock(path: Path) -> Iterator[None]:
    import fcntl  # POSIX only: the shared build is not used on Windows

    with path.open("a") as handle:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
        yield  # closing the file releases the lock


def copy_database(source: Path, target_dir: Path) -> Path:
    target = target_dir / source.name
    target_dir.mkdir(parents=True, exist_ok=True)
    shutil.copy2(source, target)
    shutil.copy2(key_slot_path(source), key_slot_path(target))
    return target


@pytest.fixture
def demo_db(demo_template: Path, tmp_path: Path) -> Path:
    """A private copy of the TRAINING database (all demo users, demo patients)."""
    return copy_database(demo_template, tmp_path / "demo")


@pytest.fixture
def admin_ws(demo_db: Path, settings: Settings) -> Iterator[Workspace]:
    ws = sign_in(demo_db, "admin", "amber-training", settings)
    yield ws
    ws.db.close()


# ---- the shared server: the same demo, moved there once per run ----------------------------

@pytest.fixture
def backend() -> str:
    """Where the data are: the encrypted file, unless a test is parametrised (tests/services
    run every test that does not touch the file itself on both back-ends)."""
    return "sqlcipher"


@pytest.fixture(scope="session")
def server_demo_template(demo_template: Path, tmp_path_factory: pytest.TempPathFactory
                         ) -> Iterator[str]:
    """The demo file moved to the test server with migrate-to-server, every demo account given
    its password: a template database each server test copies (CREATE DATABASE … TEMPLATE)."""

    from hai_desktop.services.demo import give_demo_passwords
    from hai_desktop.services.server_move import move_file_to_server
    from hai_desktop.services.workspace import sign_in_server
    from tests.server import drop_database, new_database, server_settings

    folder = tmp_path_factory.mktemp("server-demo")
    path = copy_database(demo_template, folder / "file")
    address = new_database(prefix="hai_demo_template")
    settings = server_settings(make_settings(folder), address)
    move_file_to_server(path, "admin", "amber-training", settings)
    admin = sign_in_server(settings, "admin", "amber-training")
    give_demo_passwords(admin, TEST_KDF)
    admin.sign_out()
    yield address.database
    drop_database(address)


@pytest.fixture
def server_demo(server_demo_template: str, settings: Settings) -> Iterator[Settings]:
    """Settings of a workstation on a private server copy of the demo."""
    from tests.server import drop_database, new_database, server_settings

    address = new_database(template=server_demo_template)
    yield server_settings(settings, address)
    drop_database(address)
