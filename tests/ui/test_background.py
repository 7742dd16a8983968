"""Background operations: the service call on the worker thread, the outcome back on the GUI
thread, the form disabled meanwhile, one operation after the other, a GUI that keeps turning."""

from __future__ import annotations

import itertools
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from hai_desktop.core.errors import HaiError, ValidationError
from hai_desktop.services.workspace import Workspace
from hai_desktop.settings import Settings
from hai_desktop.store.keyslots import key_slot_path
from hai_desktop.store.models import DatabaseInfo
from hai_desktop.ui.background import (
    PROGRESS_AFTER_MS,
    PROGRESS_NAME,
    Operation,
    SerialWorker,
    State,
    run_in_background,
    shut_down_worker,
    worker_busy,
    worker_for,
)
from hai_desktop.ui.main_window import MainWindow
from tests.ui.conftest import PASSWORDS, OpenMain
from tests.ui.test_lock import unlock


@pytest.fixture
def form(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    layout = QVBoxLayout(widget)
    widget.field = QLineEdit()  # type: ignore[attr-defined]
    layout.addWidget(widget.field)  # type: ignore[attr-defined]
    layout.addWidget(QPushButton("Go"))
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def worker() -> SerialWorker:
    worker = SerialWorker("test")
    yield worker
    worker.shut_down()


def test_the_call_runs_on_the_worker_and_the_result_comes_back_on_the_gui_thread(
        qtbot: QtBot, form: QWidget, worker: SerialWorker) -> None:
    ran_on: list[str] = []
    delivered_on: list[str] = []
    results: list[int] = []

    def service() -> int:
        ran_on.append(threading.current_thread().name)
        return 42

    def done(value: int) -> None:
        delivered_on.append(threading.current_thread().name)
        results.append(value)

    operation = run_in_background(form, worker, "answer", service, on_success=done)
    qtbot.waitUntil(lambda: operation.done)
    assert ran_on and ran_on[0] != threading.main_thread().name
    assert ran_on[0].startswith("hai-test") and operation.thread_name == ran_on[0]
    assert delivered_on == [threading.main_thread().name]
    assert results == [42]
    assert operation.state is State.DONE


def test_a_hai_error_comes_back_to_the_failure_callback_on_the_gui_thread(
        qtbot: QtBot, form: QWidget, worker: SerialWorker) -> None:
    failures: list[tuple[str, HaiError]] = []
    successes: list[object] = []

    def refuse() -> None:
        raise ValidationError("The weight is missing.", field="weight")

    operation = run_in_background(
        form, worker, "refused", refuse, on_success=successes.append,
        on_failure=lambda error: failures.append((threading.current_thread().name, error)))
    qtbot.waitUntil(lambda: operation.done)
    assert successes == []
    [(thread, error)] = failures
    assert thread == threading.main_thread().name
    assert isinstance(error, ValidationError) and error.field == "weight"
    assert form.isEnabled()


def test_any_other_exception_goes_to_the_crash_handler(
        qtbot: QtBot, form: QWidget, worker: SerialWorker,
        monkeypatch: pytest.MonkeyPatch) -> None:
    reported: list[tuple[type[BaseException], str]] = []

    def hook(exc_type: type[BaseException], exc: BaseException,
             tb: TracebackType | None) -> None:
        assert tb is not None  # the worker's traceback, for the log
        reported.append((exc_type, str(exc)))

    monkeypatch.setattr(sys, "excepthook", hook)
    failures: list[HaiError] = []
    operation = run_in_background(form, worker, "bug", lambda: 1 / 0,
                                  on_failure=failures.append)
    qtbot.waitUntil(lambda: operation.done)
    assert reported == [(ZeroDivisionError, "division by zero")]
    assert failures == []
    assert form.isEnabled()


def test_the_form_is_disabled_while_the_call_runs_and_enabled_after(
        qtbot: QtBot, form: QWidget, worker: SerialWorker) -> None:
    field = form.field  # type: ignore[attr-defined]
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    release = threading.Event()
    seen_enabled: list[bool] = []
    operation = run_in_background(form, worker, "slow", lambda: release.wait(10),
                                  on_success=lambda _: seen_enabled.append(form.isEnabled()))
    assert not form.isEnabled() and not field.isEnabled()
    qtbot.wait(50)
    assert not form.isEnabled()
    release.set()
    qtbot.waitUntil(lambda: operation.done)
    assert seen_enabled == [True]  # enabled again before the callback runs
    assert form.isEnabled()
    assert field.hasFocus()  # the focus comes back to where it was


def test_two_queued_operations_run_one_after_the_other_in_order(
        qtbot: QtBot, form: QWidget, worker: SerialWorker) -> None:
    events: list[str] = []
    lock = threading.Lock()

    def step(name: str, seconds: float) -> str:
        with lock:
            events.append(f"start {name}")
        time.sleep(seconds)
        with lock:
            events.append(f"end {name}")
        return name

    delivered: list[str] = []
    first = run_in_background(form, worker, "first", lambda: step("first", 0.3),
                              on_success=delivered.append)
    second = run_in_background(None, worker, "second", lambda: step("second", 0.0),
                               on_success=delivered.append)
    qtbot.waitUntil(lambda: first.done and second.done)
    assert events == ["start first", "end first", "start second", "end second"]
    assert delivered == ["first", "second"]
    assert first.thread_name == second.thread_name


def test_the_event_loop_keeps_turning_during_a_slow_operation(
        qtbot: QtBot, form: QWidget, worker: SerialWorker) -> None:
    ticks: list[float] = []
    timer = QTimer(interval=20)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start()
    try:
        operation = run_in_background(form, worker, "slow", lambda: time.sleep(0.8))
        qtbot.waitUntil(lambda: operation.done, timeout=5000)
    finally:
        timer.stop()
    # A frozen GUI would tick once or twice after the call; a turning one all along.
    assert len(ticks) >= 15
    gaps = [b - a for a, b in itertools.pairwise(ticks)]
    assert max(gaps) < 0.3


def test_a_slow_operation_shows_its_name_in_a_progress_window_and_a_busy_pointer(
        qtbot: QtBot, form: QWidget, worker: SerialWorker) -> None:
    release = threading.Event()
    operation = run_in_background(form, worker, "Printing the order sheet…",
                                  lambda: release.wait(10))
    qtbot.waitUntil(lambda: QApplication.overrideCursor() is not None, timeout=2000)

    def progress() -> QProgressDialog | None:
        found = [w for w in QApplication.topLevelWidgets()
                 if isinstance(w, QProgressDialog) and w.isVisible()]
        return found[0] if found else None

    qtbot.waitUntil(lambda: progress() is not None, timeout=PROGRESS_AFTER_MS + 2000)
    shown = progress()
    assert shown is not None
    assert shown.labelText() == "Printing the order sheet…"
    assert not shown.isModal()
    release.set()
    qtbot.waitUntil(lambda: operation.done)
    assert QApplication.overrideCursor() is None
    qtbot.waitUntil(lambda: progress() is None)


def test_a_queued_operation_can_be_cancelled_before_it_starts(
        qtbot: QtBot, form: QWidget, worker: SerialWorker) -> None:
    release = threading.Event()
    ran: list[str] = []
    cancelled: list[bool] = []
    first = run_in_background(None, worker, "first", lambda: release.wait(10))
    second = run_in_background(form, worker, "second", lambda: ran.append("second"),
                               on_cancel=lambda: cancelled.append(True))
    assert second.cancellable
    assert second.cancel()
    assert form.isEnabled()  # given back at once
    release.set()
    qtbot.waitUntil(lambda: first.done)
    qtbot.wait(100)
    assert ran == [] and cancelled == [True]
    assert second.state is State.CANCELLED


def test_a_running_write_cannot_be_cancelled_a_running_read_can(
        qtbot: QtBot, form: QWidget, worker: SerialWorker) -> None:
    started = threading.Event()
    release = threading.Event()

    def slow() -> str:
        started.set()
        release.wait(10)
        return "written"

    results: list[str] = []
    write = run_in_background(form, worker, "write", slow, on_success=results.append)
    assert started.wait(5)
    assert not write.cancel()
    release.set()
    qtbot.waitUntil(lambda: write.done)
    assert results == ["written"]

    started.clear()
    release.clear()
    read = run_in_background(form, worker, "read", slow, on_success=results.append,
                             read_only=True)
    assert started.wait(5)
    assert read.cancel()
    assert form.isEnabled()
    release.set()
    qtbot.wait(200)
    assert results == ["written"]  # the abandoned read's result is dropped


def _count(ws: Workspace) -> int:
    with ws.db.read_session() as session:
        return int(session.scalar(select(func.count()).select_from(DatabaseInfo)) or 0)


def test_a_gui_thread_read_during_the_workers_transaction_waits_for_it(
        qtbot: QtBot, form: QWidget, admin_ws: Workspace) -> None:
    before = _count(admin_ws)
    in_transaction = threading.Event()

    def write_slowly() -> None:
        with admin_ws.db.session(actor="admin", reason="test") as session:
            session.add(DatabaseInfo(key="background-test", value="1"))
            session.flush()
            in_transaction.set()
            time.sleep(0.4)  # the GUI thread asks in the middle of this

    try:
        operation = run_in_background(form, admin_ws, "write", write_slowly)
        assert in_transaction.wait(10)
        # On the GUI thread, as a screen's refresh would: no error, and the whole write.
        assert _count(admin_ws) == before + 1
        qtbot.waitUntil(lambda: operation.done)
        assert operation.state is State.DONE
        assert worker_for(admin_ws).name == "workspace"
    finally:
        shut_down_worker(admin_ws)


def test_signing_out_backs_up_on_the_worker_and_leaves_the_backup(
        qtbot: QtBot, open_main: OpenMain, demo_db: Path, settings: Settings) -> None:
    window = open_main("nurse", use_settings=settings)  # backups at every sign-out
    gui = threading.main_thread().name
    with qtbot.waitSignal(window.signed_out, timeout=30_000):
        ending = window.sign_out()
        assert ending is not None
        assert not window.isEnabled()  # nothing can be clicked while the session ends
    assert ending.thread_name is not None and ending.thread_name != gui
    assert ending.thread_name.startswith("hai-workspace")
    [made] = (demo_db.parent / "backups").glob("hai-demo-auto-*.db")
    assert key_slot_path(made).is_file()
    assert window.backup_at_sign_out.path == made


def test_closing_the_window_waits_for_the_sign_out_backup(
        qtbot: QtBot, open_main: OpenMain, demo_db: Path, settings: Settings) -> None:
    window = open_main("nurse", use_settings=settings)
    with qtbot.waitSignal(window.quit_requested, timeout=30_000):
        window.close()  # returns only once the session has ended
    assert list((demo_db.parent / "backups").glob("hai-demo-auto-*.db"))
    assert window._signed_out


# ---- results and the lock ------------------------------------------------------------------

def _slow_read(started: threading.Event, release: threading.Event) -> Callable[[], str]:
    def read() -> str:
        started.set()
        release.wait(10)
        return "김지원's order sheet"

    return read


def preview_then_lock(main: MainWindow) -> tuple[Operation[str], threading.Event, list[str]]:
    """A preview under way on the worker when the workstation locks: the operation, the
    event that lets its call return, and what reached the window."""
    started, release = threading.Event(), threading.Event()
    shown: list[str] = []
    operation = run_in_background(main.current_screen(), main.ws, "preview",
                                  _slow_read(started, release), on_success=shown.append,
                                  read_only=True)
    assert started.wait(5)
    main.lock("manual")
    return operation, release, shown


def test_a_result_arriving_while_locked_waits_for_the_unlock(qtbot: QtBot,
                                                             open_main: OpenMain) -> None:
    """A preview must not open above the lock screen: the result is handed over after the
    same person unlocks."""
    main = open_main("nurse")
    operation, release, shown = preview_then_lock(main)
    release.set()
    qtbot.wait(600)
    assert shown == [] and not operation.done, "held while locked"
    assert not worker_for(main.ws).idle, "still owed to the window"
    unlock(qtbot, main, PASSWORDS["nurse"])
    qtbot.waitUntil(lambda: operation.done)
    assert shown == ["김지원's order sheet"]


def test_a_result_is_dropped_when_the_person_switches_user(qtbot: QtBot,
                                                            open_main: OpenMain) -> None:
    main = open_main("nurse")
    operation, release, shown = preview_then_lock(main)
    with qtbot.waitSignal(main.signed_out, timeout=30_000):
        qtbot.mouseClick(main.lock_screen.switch_button, Qt.MouseButton.LeftButton)
        release.set()
    qtbot.waitUntil(lambda: operation.done)
    qtbot.wait(300)
    assert shown == [], "the previous person's result is never shown to the next"


def test_a_cancelled_read_keeps_the_worker_busy_until_its_call_returns(
        qtbot: QtBot, form: QWidget, admin_ws: Workspace) -> None:
    """It may still hold the database's turn: live refresh must not wait on it meanwhile."""
    started, release = threading.Event(), threading.Event()
    try:
        read = run_in_background(form, admin_ws, "read", _slow_read(started, release),
                                 read_only=True)
        assert started.wait(5)
        assert read.cancel() and read.done
        assert worker_busy(admin_ws), "the abandoned call is still running"
        release.set()
        qtbot.waitUntil(lambda: not worker_busy(admin_ws))
    finally:
        release.set()
        shut_down_worker(admin_ws)


def test_locking_over_a_progress_window_keeps_a_lock_screen_to_unlock(
        qtbot: QtBot, open_main: OpenMain) -> None:
    """The progress window closes by itself when the work ends: the lock screen is never
    placed inside it (it would go with it and leave nothing to unlock)."""
    main = open_main("nurse")
    started, release = threading.Event(), threading.Event()
    operation = run_in_background(main, main.ws, "Backing up…",
                                  _slow_read(started, release))
    assert started.wait(5)
    qtbot.waitUntil(lambda: any(w.objectName() == PROGRESS_NAME and w.isVisible()
                                for w in QApplication.topLevelWidgets()),
                    timeout=PROGRESS_AFTER_MS + 3000)
    main.lock("manual")
    assert main.lock_screen.window() is main
    release.set()
    qtbot.waitUntil(lambda: worker_for(main.ws).idle or operation.state is State.RUNNING)
    qtbot.wait(300)
    assert main.lock_screen.isVisible()
    unlock(qtbot, main, PASSWORDS["nurse"])
    qtbot.waitUntil(lambda: operation.done)


def test_sign_out_ends_even_if_the_backup_fails_unexpectedly(
        qtbot: QtBot, open_main: OpenMain, monkeypatch: pytest.MonkeyPatch) -> None:
    main = open_main("nurse")

    def broken(*_args: object) -> None:
        raise OSError("the backup folder vanished")

    monkeypatch.setattr("hai_desktop.ui.main_window.run_automatic_backup", broken)
    with qtbot.waitSignal(main.signed_out, timeout=30_000):
        main.sign_out()
    assert main.backup_at_sign_out.failed
    assert "unexpectedly" in (main.backup_at_sign_out.error or "")
    assert main._signed_out and worker_for(main.ws).idle


def test_a_finished_operation_keeps_neither_its_call_nor_its_result(
        qtbot: QtBot, form: QWidget, worker: SerialWorker) -> None:
    """The call may hold a typed password, the result a patient list."""
    password = "typed-password"
    results: list[str] = []
    operation = run_in_background(form, worker, "sign in", lambda: password.upper(),
                                  on_success=results.append)
    qtbot.waitUntil(lambda: operation.done)
    assert results == ["TYPED-PASSWORD"]
    assert operation._call is None and operation._value is None
    assert worker.pending == []
