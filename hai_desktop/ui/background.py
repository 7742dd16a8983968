"""Service calls off the GUI thread, in the spirit of Anki's QueryOp / CollectionOp.

`run_in_background` queues a service call on a serial worker — one thread per workspace, since
the encrypted file has one shared connection (store/database.py serialises its use, so a GUI
call that needs the database meanwhile waits for the worker's short transaction instead of
interleaving on the connection). While the call runs, the form that started it is disabled;
after a moment the pointer turns busy, after a second a progress window names the operation
(modeless: the rest of the application still repaints). The result, or the HaiError, comes back
on the GUI thread to the success or failure callback; anything else is a bug and goes to the
crash handler, as on the GUI thread.

Cancel stops an operation safely: one still queued never starts; a read-only one (a preview,
a reload) is abandoned and its result dropped; one that writes runs to its end once started.

A result that arrives while the workstation is locked waits for the unlock (a preview must not
open above the lock screen), and is dropped if the person signs out meanwhile: the window that
started it answers `results_gate()` (see `Gate`).
"""

from __future__ import annotations

import logging
import sys
import threading
import weakref
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from contextlib import AbstractContextManager, nullcontext
from enum import Enum
from types import TracebackType
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import shiboken6

# Not Qt itself at import: the sign-in window makes a worker before its first paint, and the
# Qt namespace costs start-up time (see ui/widgets/common.py).
from PySide6.QtCore import QEventLoop, QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QApplication, QWidget

from hai_desktop.core.errors import HaiError
from hai_desktop.core.i18n import msg
from hai_desktop.ui.run_service import show_error

if TYPE_CHECKING:
    from PySide6.QtWidgets import QProgressDialog

T = TypeVar("T")

log = logging.getLogger(__name__)

BUSY_AFTER_MS = 300  # the pointer turns busy: anything shorter feels instant
PROGRESS_AFTER_MS = 1000  # a window names what is being done and offers Cancel if it can
PROGRESS_NAME = "BackgroundProgress"  # its object name (the lock leaves it uncovered)

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


class Gate(Enum):
    """What the window that started an operation lets happen to its result just now."""

    OPEN = "open"
    HOLD = "hold"  # locked: delivered after the unlock
    DROP = "drop"  # signed out: the result was the previous person's


HOLD_RETRY_MS = 250


class State(Enum):
    QUEUED = "queued"
    RUNNING = "running"
    DONE = "done"
    CANCELLED = "cancelled"


class Operation(QObject, Generic[T]):
    """One queued service call and what becomes of it; lives on the GUI thread."""

    finished = Signal()  # after the callbacks, whether it succeeded, failed or was cancelled

    def __init__(self, name: str, call: Callable[[], T], *, parent: QWidget | None,
                 on_success: Callable[[T], None] | None,
                 on_failure: Callable[[HaiError], None] | None,
                 on_cancel: Callable[[], None] | None,
                 disable: QWidget | None, read_only: bool, gated: bool = True,
                 on_crash: Callable[[ExcInfo], None] | None = None) -> None:
        super().__init__()
        self.name = name
        self.read_only = read_only
        self.gated = gated
        self._call: Callable[[], T] | None = call
        self._parent = parent
        self._on_success = on_success
        self._on_failure = on_failure
        self._on_cancel = on_cancel
        self._on_crash = on_crash
        self._disabled: QWidget | None = None
        self._focus: QWidget | None = None
        self._lock = threading.Lock()  # the state is read and changed on both threads
        self.state = State.QUEUED
        self.thread_name: str | None = None  # the worker's thread, kept for tests and logs
        self._value: Any = None
        self._error: HaiError | None = None
        self._crash: ExcInfo | None = None
        self._busy_cursor = False
        self._progress: QProgressDialog | None = None
        self._busy_timer = QTimer(self, singleShot=True, interval=BUSY_AFTER_MS)
        self._busy_timer.timeout.connect(self._show_busy)
        self._progress_timer = QTimer(self, singleShot=True, interval=PROGRESS_AFTER_MS)
        self._progress_timer.timeout.connect(self._show_progress)
        self._disable(disable)

    # ---- the worker's side -------------------------------------------------------------------
    def _start(self) -> bool:
        with self._lock:
            if self.state is not State.QUEUED:
                return False
            self.state = State.RUNNING
            self.thread_name = threading.current_thread().name
            return True

    def _run(self) -> None:
        """On the worker thread: the call itself; nothing here touches a widget."""
        call = self._call
        assert call is not None
        try:
            self._value = call()
        except HaiError as error:
            self._error = error
        except BaseException:  # a bug: reported on the GUI thread by the crash handler
            exc_type, exc, tb = sys.exc_info()
            assert exc_type is not None and exc is not None
            self._crash = (exc_type, exc, tb)

    # ---- the GUI thread's side ---------------------------------------------------------------
    @property
    def done(self) -> bool:
        return self.state in (State.DONE, State.CANCELLED)

    @property
    def cancellable(self) -> bool:
        return self.state is State.QUEUED or (self.state is State.RUNNING and self.read_only)

    def cancel(self) -> bool:
        """Stop it if that is safe (see the module); True if it was stopped."""
        with self._lock:
            if not self.cancellable:
                return False
            self.state = State.CANCELLED
        log.info("%s cancelled", self.name)
        self._end()
        if self.state is State.CANCELLED and self.thread_name is None:
            self._call = None  # never started: nothing of it is needed any more
        if self._on_cancel is not None and self._parent_alive():
            self._on_cancel()
        self.finished.emit()
        return True

    def wait(self) -> None:
        """Let the event loop turn (progress, repaint) until the operation has ended: for the
        few callers that cannot go on without it, such as closing the window."""
        if self.done:
            return
        loop = QEventLoop()
        self.finished.connect(loop.quit)
        if not self.done:
            loop.exec()

    def _deliver(self) -> None:
        """The worker finished the call: hand the outcome to the callbacks."""
        gate = self._gate()
        if gate is Gate.HOLD:
            self._end()  # no busy pointer or progress over the lock screen
            QTimer.singleShot(HOLD_RETRY_MS, self, self._deliver)
            return
        with self._lock:
            if self.state is not State.RUNNING:
                return  # abandoned by Cancel: the result is dropped
            self.state = State.DONE
        self._end()
        if gate is Gate.DROP:
            log.info("%s finished after its session ended: result dropped", self.name)
            self._forget_outcome()
            self.finished.emit()
            return
        try:
            if self._crash is not None and self._on_crash is not None:
                self._on_crash(self._crash)
            elif self._crash is not None:
                sys.excepthook(*self._crash)
            elif not self._parent_alive():
                log.info("%s finished after its window closed", self.name)
            elif self._error is not None:
                self._fail(self._error)
            elif self._on_success is not None:
                self._on_success(self._value)
        finally:
            self._forget_outcome()
            self.finished.emit()

    def _forget_outcome(self) -> None:
        """Nothing kept once delivered: the call's closure may hold a typed password, the value
        a PDF or a patient list, the traceback its frames."""
        self._call = None
        self._value = None
        self._crash = None

    def _gate(self) -> Gate:
        """Asked of the nearest window up from the parent that has a `results_gate()`."""
        if not self.gated or not self._parent_alive():
            return Gate.OPEN
        widget = self._parent
        while widget is not None:
            gate = getattr(widget, "results_gate", None)
            if gate is not None:
                answer: Gate = gate()
                return answer
            widget = widget.parentWidget()
        return Gate.OPEN

    def _fail(self, error: HaiError) -> None:
        if self._on_failure is not None:
            self._on_failure(error)
        else:
            show_error(self._parent, error)

    def _parent_alive(self) -> bool:
        return self._parent is None or shiboken6.isValid(self._parent)

    def _disable(self, widget: QWidget | None) -> None:
        self._busy_timer.start()
        self._progress_timer.start()
        if widget is None or not widget.isEnabled():
            return
        focus = QApplication.focusWidget()
        if focus is not None and (focus is widget or widget.isAncestorOf(focus)):
            self._focus = focus  # given back afterwards: disabling moves the focus away
        self._disabled = widget
        widget.setEnabled(False)

    def _end(self) -> None:
        self._busy_timer.stop()
        self._progress_timer.stop()
        if self._busy_cursor:
            QApplication.restoreOverrideCursor()
            self._busy_cursor = False
        if self._progress is not None:
            self._progress.hide()
            self._progress.deleteLater()
            self._progress = None
        widget, self._disabled = self._disabled, None
        if widget is not None and shiboken6.isValid(widget):
            widget.setEnabled(True)
            focus, self._focus = self._focus, None
            if focus is not None and shiboken6.isValid(focus) and focus.isEnabled():
                focus.setFocus()

    def _show_busy(self) -> None:
        if not self.done and not self._busy_cursor:
            from PySide6.QtCore import Qt

            QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
            self._busy_cursor = True

    def _show_progress(self) -> None:
        if self.done:
            return
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QProgressDialog

        parent = self._parent if self._parent_alive() else None
        window = parent.window() if parent is not None else None
        progress = QProgressDialog(window)
        progress.setObjectName(PROGRESS_NAME)
        progress.setWindowTitle(self.tr("Working…"))
        progress.setWindowModality(Qt.WindowModality.NonModal)
        progress.setLabelText(self.name)
        progress.setRange(0, 0)  # no steps to count: the bar says "still working"
        progress.setMinimumDuration(0)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.setMinimumWidth(380)
        if self.cancellable:
            progress.setCancelButtonText(self.tr("Cancel"))
            progress.canceled.connect(self._cancel_from_progress)
        else:
            progress.setCancelButton(None)  # a write runs to its end: no button that lies
        self._progress = progress
        progress.show()

    def _cancel_from_progress(self) -> None:
        if not self.cancel() and self._progress is not None:
            # It began writing meanwhile: it cannot stop now, so say so instead of closing.
            self._progress.setLabelText(self.tr("{name}\nIt has started and cannot be stopped "
                                                "safely; it ends in a moment.")
                                        .format(name=self.name))
            self._progress.setCancelButton(None)
            self._progress.show()


class SerialWorker(QObject):
    """One thread that runs operations one after the other, in the order they were queued."""

    _finished = Signal(object)  # emitted on the worker thread, delivered on the GUI thread

    def __init__(self, name: str, scope: Callable[[], AbstractContextManager[object]] | None = None
                 ) -> None:
        super().__init__()  # created on the GUI thread: that is where _finished is delivered
        self.name = name
        # Around each call on the thread (Workspace.call_in_progress: a call that began before
        # the screen locked runs to its end); a weak method, so the worker keeps no workspace.
        self._scope = weakref.WeakMethod(scope) if scope is not None else None
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix=f"hai-{name}")
        # Emitted on the worker thread to this object of the GUI thread: a queued connection.
        self._finished.connect(self._on_finished)
        self.pending: list[Operation[Any]] = []
        # Running on the thread just now, even if abandoned by Cancel: it may hold the
        # database's turn until the call returns.
        self._running = threading.Event()
        self._closed = False

    def submit(self, operation: Operation[Any]) -> Operation[Any]:
        if self._closed:
            raise RuntimeError(f"worker {self.name} is shut down")
        self.pending.append(operation)
        operation.finished.connect(self._forget_finished)
        self._executor.submit(self._work, operation)
        return operation

    def _work(self, operation: Operation[Any]) -> None:
        if operation._start():
            self._running.set()
            scope = self._scope() if self._scope is not None else None
            try:
                with scope() if scope is not None else nullcontext():
                    operation._run()
            finally:
                self._running.clear()
            self._finished.emit(operation)

    @Slot(object)
    def _on_finished(self, operation: Operation[Any]) -> None:
        operation._deliver()

    @Slot()
    def _forget_finished(self) -> None:
        # The operation that finished is the sender: no lambda holding it (a cycle through
        # Qt that Python's collector cannot see, so every operation would be kept).
        self.pending = [op for op in self.pending
                        if shiboken6.isValid(op) and not op.done]

    @property
    def idle(self) -> bool:
        return not self.pending and not self._running.is_set()

    def shut_down(self) -> None:
        """No new work; the thread ends once the queued work is done."""
        self._closed = True
        self._executor.shutdown(wait=False)


_workers: weakref.WeakKeyDictionary[object, SerialWorker] = weakref.WeakKeyDictionary()


def worker_for(owner: object) -> SerialWorker:
    """The serial worker of `owner` (a workspace: one per open database), made on first use."""
    worker = _workers.get(owner)
    if worker is None or worker._closed:
        worker = SerialWorker(type(owner).__name__.lower(),
                              getattr(owner, "call_in_progress", None))
        _workers[owner] = worker
    return worker


def worker_busy(owner: object) -> bool:
    """Is `owner`'s worker running or holding work (its database turn may be taken)?"""
    worker = _workers.get(owner)
    return worker is not None and not worker.idle


def shut_down_worker(owner: object) -> None:
    worker = _workers.pop(owner, None)
    if worker is not None:
        worker.shut_down()


def run_in_background(parent: QWidget | None, owner: object | SerialWorker, name: str,
                      call: Callable[[], T], *,
                      on_success: Callable[[T], None] | None = None,
                      on_failure: Callable[[HaiError], None] | None = None,
                      on_cancel: Callable[[], None] | None = None,
                      disable: QWidget | None = None,
                      read_only: bool = False, keep_enabled: bool = False,
                      gated: bool = True,
                      on_crash: Callable[[ExcInfo], None] | None = None) -> Operation[T]:
    """Queue `call` on the worker of `owner` (a workspace, or a SerialWorker itself).

    `disable` (default: `parent`) is disabled until the call ends, unless `keep_enabled` (a
    reload while the person types on). `name` is what the progress window shows, translated by
    the caller. A HaiError goes to `on_failure`, or without one to
    a message box over `parent`. `read_only` calls may be abandoned by Cancel while running.
    `gated=False`: delivered even while locked or signed out (the sign-out itself).
    `on_crash`: a bug's exception info, instead of the crash handler (see `wait_for`).
    """
    worker = owner if isinstance(owner, SerialWorker) else worker_for(owner)
    operation: Operation[T] = Operation(
        name, call, parent=parent, on_success=on_success, on_failure=on_failure,
        on_cancel=on_cancel,
        disable=None if keep_enabled else parent if disable is None else disable,
        read_only=read_only, gated=gated, on_crash=on_crash)
    worker.submit(operation)
    return operation


def workspace_of(widget: QWidget | None) -> object | None:
    """The workspace of the nearest window up from `widget` that has one (`.ws`)."""
    while widget is not None:
        ws: object | None = getattr(widget, "ws", None)
        if ws is not None:
            return ws
        widget = widget.parentWidget()
    return None


class _Outcome(Generic[T]):
    def __init__(self) -> None:
        self.value: T | None = None
        self.error: BaseException | None = None
        self.crash: ExcInfo | None = None
        self.delivered = False
        self.cancelled = False

    def succeeded(self, value: T) -> None:
        self.value, self.delivered = value, True

    def failed(self, error: BaseException) -> None:
        self.error, self.delivered = error, True

    def crashed(self, crash: ExcInfo) -> None:
        self.crash, self.delivered = crash, True

    def cancel(self) -> None:
        self.cancelled = True


def wait_for(parent: QWidget, name: str, call: Callable[[], T]) -> T:
    """`call()` on the worker of `parent`'s workspace while the GUI thread waits in an event
    loop, for a step the person waits for anyway (a save behind a password check): the window
    repaints, `parent` is disabled, the pointer turns busy and a progress window names the
    step after a second, and the lock can still cover it. Returns the value, or raises the
    call's exception here, as calling it directly would. Without a workspace (a dialog opened
    on its own), it is called directly under a busy pointer."""
    ws = workspace_of(parent)
    if ws is None:
        from hai_desktop.ui.run_service import busy_cursor

        with busy_cursor():
            return call()
    outcome: _Outcome[T] = _Outcome()
    # Disabled here rather than by the operation, until the caller has the outcome: the
    # operation enables it before its callbacks, and the loop may turn once more before this
    # returns, with a form that looks ready and is not.
    focus = QApplication.focusWidget()
    disabled = parent.isEnabled()
    parent.setEnabled(False)
    try:
        operation = run_in_background(parent, ws, name, call, on_success=outcome.succeeded,
                                      on_failure=outcome.failed, on_cancel=outcome.cancel,
                                      on_crash=outcome.crashed, keep_enabled=True)
        operation.wait()
    finally:
        if disabled and shiboken6.isValid(parent):
            parent.setEnabled(True)
            if (focus is not None and shiboken6.isValid(focus) and focus.isEnabled()
                    and (focus is parent or parent.isAncestorOf(focus))):
                focus.setFocus()
    if outcome.crash is not None:
        raise outcome.crash[1].with_traceback(outcome.crash[2])
    if outcome.error is not None:
        raise outcome.error
    if outcome.cancelled:  # Cancel in the progress window, while it was still queued
        raise HaiError(msg("{step} was cancelled before it started: nothing was saved.",
                           step=name))
    if not outcome.delivered:  # the person signed out meanwhile
        raise HaiError(msg("{step} ended with the session: nothing is shown of it here. "
                           "Look at the record to see whether it was saved.", step=name))
    return outcome.value  # type: ignore[return-value]
