"""UI fixtures: the application's own style, and signed-in main windows on a demo copy."""

from __future__ import annotations

import gc
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import QEvent, QTimer
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from hai_desktop.services.demo import DEMO_ACCOUNTS
from hai_desktop.services.workspace import sign_in
from hai_desktop.settings import Settings
from hai_desktop.ui.background import worker_for
from hai_desktop.ui.main_window import MainWindow
from hai_desktop.ui.screens.patients import PatientsScreen
from hai_desktop.ui.style import STYLESHEET, add_bundled_fonts, apply_style

PASSWORDS = {a.username: a.password for a in DEMO_ACCOUNTS}


@pytest.fixture(autouse=True)
def styled_app(qapp: QApplication) -> QApplication:
    if qapp.styleSheet() != STYLESHEET:  # re-styling re-polishes every widget: once is enough
        apply_style(qapp)
    add_bundled_fonts()  # create_application in English leaves them to the sign-in window
    return qapp


@pytest.fixture(autouse=True)
def collect_between_tests() -> Iterator[None]:
    """pytest-qt keeps only weak references to a test's windows: a garbage collection in the
    middle of the next test frees them while new widgets are being built, and PySide6 6.11
    then crashes now and then. The application keeps its windows; the tests collect the old
    ones here, between tests, instead. The windows pytest-qt closed were only scheduled for
    deletion (no event loop ran since): they are deleted first, or they pile up."""
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
        gc.collect()


# No test leaves a dialog open this long on purpose: one still open is waiting for an answer
# that will never come (its exec() would block the worker until the suite's time runs out).
UNANSWERED_DIALOG_S = 60


class DialogWatch:
    """Closes a modal dialog that stayed open longer than `patience` seconds, naming it."""

    def __init__(self, patience: float = UNANSWERED_DIALOG_S) -> None:
        self.patience = patience
        self.opened: dict[int, float] = {}
        self.stuck: list[str] = []

    def look(self) -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            self.opened.clear()
            return
        since = self.opened.setdefault(id(dialog), time.monotonic())
        if time.monotonic() - since >= self.patience:
            text = getattr(dialog, "text", None)
            self.stuck.append(f"{type(dialog).__name__} {dialog.windowTitle()!r}"
                              + (f": {text()!r}" if callable(text) else ""))
            dialog.close()


@pytest.fixture(autouse=True)
def no_dialog_left_unanswered() -> Iterator[None]:
    """A modal dialog that nothing answers is closed after a minute and fails the test, naming
    it: a Timeout raised inside its exec() by a signal would be swallowed by the Qt slot it
    lands in, and the test would block for ever."""
    watch = DialogWatch()
    timer = QTimer()
    timer.timeout.connect(watch.look)
    timer.start(1000)
    yield
    timer.stop()
    if watch.stuck:
        pytest.fail(f"a dialog was left open with nothing to answer it: {watch.stuck}")


@pytest.fixture(autouse=True)
def own_qt_settings(tmp_path_factory: pytest.TempPathFactory) -> None:
    """The user's Qt settings (the last folder a PDF went to) in a folder of the test's own,
    never the real ones of whoever runs the suite."""
    from PySide6.QtCore import QSettings

    folder = str(tmp_path_factory.mktemp("qt-settings"))
    for settings_format in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(settings_format, QSettings.Scope.UserScope, folder)


def wait_for_background(qtbot: QtBot, ws: object, timeout: int = 30_000) -> None:
    """What the last click queued on the workspace's worker ran, and its outcome was handed
    back (callbacks done): the tests wait here where the person would watch the progress."""
    qtbot.waitUntil(lambda: worker_for(ws).idle, timeout=timeout)


def settle(ws: object, timeout: float = 30.0) -> None:
    """Turn the event loop until the workspace's worker has handed back all it was given (for
    helpers without a qtbot)."""
    import time

    deadline = time.monotonic() + timeout
    while not worker_for(ws).idle:
        if time.monotonic() > deadline:
            raise TimeoutError("the worker did not finish in time")
        QApplication.processEvents()
        time.sleep(0.005)


def patients_screen(main: MainWindow) -> PatientsScreen:
    """The Patients screen with its list there: built on first use (as the person first opens
    it), its rows arriving from the worker."""
    screen = main.screens["patients"]
    assert isinstance(screen, PatientsScreen)
    settle(main.ws)
    return screen


def sign_out_and_wait(qtbot: QtBot, main: MainWindow) -> None:
    """Sign out through the window; back when the backup ran and the session ended."""
    ending = main.sign_out()
    if ending is not None:
        qtbot.waitUntil(lambda: ending.done, timeout=30_000)


OpenMain = Callable[..., MainWindow]


@pytest.fixture
def open_main(qtbot: QtBot, demo_db: Path, settings: Settings) -> OpenMain:
    """Sign in through the service (fast) and show a main window for that user. Without
    `use_settings`, no automatic backup at sign-out: each test's window closes (signs out) at
    its end, and a backup of the whole file there is a second per test for nothing. The
    backups at sign-out are tested where they are the point, with the fixture's settings."""

    def open_as(username: str = "admin", *, use_settings: Settings | None = None) -> MainWindow:
        chosen = use_settings or replace(settings, backup_schedule="off")
        ws = sign_in(demo_db, username, PASSWORDS[username], chosen)
        window = MainWindow(ws)
        qtbot.addWidget(window)  # closed (and signed out) after the test
        window.show()
        qtbot.waitExposed(window)
        wait_for_background(qtbot, ws)  # the patient list, loaded on the worker
        if window.idle.running:  # the idle countdown from the moment the list is there
            window.idle.start()
        return window

    return open_as


def type_through_input_method(widget: QWidget, text: str) -> None:
    """Hangul as a Korean keyboard gives it: composed by the input method and committed to the
    focused field (QTest's key clicks abort on characters outside Latin-1)."""
    widget.setFocus()
    for char in text:
        QApplication.sendEvent(widget, QInputMethodEvent("", []))
        event = QInputMethodEvent()
        event.setCommitString(char)
        QApplication.sendEvent(widget, event)


def answer_next_dialog(qtbot: QtBot, fill: Callable[[QWidget], None]) -> list[QWidget]:
    """Fill the next modal dialog once it is open (exec() blocks the test until it closes)."""
    seen: list[QWidget] = []

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or not dialog.isEnabled():  # disabled: an earlier one still saving
            QTimer.singleShot(20, poll)
            return
        seen.append(dialog)
        try:
            fill(dialog)
        except BaseException:
            # A failed check must not leave exec() blocking the test for ever.
            if dialog.isVisible() and hasattr(dialog, "reject"):
                dialog.reject()
            raise

    QTimer.singleShot(20, poll)
    return seen


D = TypeVar("D", bound=QDialog)


def fill_through_dialog(qtbot: QtBot, dialog_class: type[D], button: QAbstractButton,
                        fill: Callable[[D], None]) -> None:
    """Click `button`, fill the `dialog_class` dialog it opens; the fill must close it (a fill
    that does not is a failure, not a test blocked for ever)."""
    done: list[bool] = []

    def guarded(dialog: QWidget) -> None:
        try:
            assert isinstance(dialog, dialog_class)
            fill(dialog)
            done.append(True)
            if dialog.isVisible():
                raise AssertionError("the dialog stayed open: "
                                     f"{getattr(getattr(dialog, 'message', None), 'text', str)()}")
        finally:
            if dialog.isVisible():
                dialog.close()

    answer_next_dialog(qtbot, guarded)
    button.click()
    qtbot.waitUntil(lambda: bool(done))
