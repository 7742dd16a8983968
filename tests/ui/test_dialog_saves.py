"""The save behind a dialog's OK runs on the workspace's worker while the dialog waits: the
window keeps painting, the dialog is disabled and cannot be closed half-way, and the outcome is
shown in the dialog as before (FormDialog.save, background.wait_for)."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from hai_desktop.core.errors import ValidationError
from hai_desktop.services.permissions import Action
from hai_desktop.services.workspace import Workspace
from hai_desktop.ui.background import shut_down_worker, wait_for, worker_for
from hai_desktop.ui.dialogs.reason import ReasonDialog
from hai_desktop.ui.main_window import MainWindow
from tests.ui.conftest import PASSWORDS, OpenMain
from tests.ui.test_catheter import open_catheter

SAVE_S = 0.4


@pytest.fixture
def screen(qtbot: QtBot, admin_ws: Workspace) -> Iterator[QWidget]:
    """A screen of the workspace, as the dialogs' parents are."""
    widget = QWidget()
    widget.ws = admin_ws  # type: ignore[attr-defined]
    qtbot.addWidget(widget)
    widget.show()
    yield widget
    shut_down_worker(admin_ws)


class Watch:
    """What the GUI thread did while a save ran: its timer's ticks, and the dialog's state."""

    def __init__(self, dialog: QDialog, during: Callable[[], None] = lambda: None) -> None:
        self.dialog = dialog
        self.ticks = 0
        self.enabled_seen: set[bool] = set()
        self._during = during
        self.timer = QTimer(interval=20)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _tick(self) -> None:
        self.ticks += 1
        if self.dialog.isVisible():
            self.enabled_seen.add(self.dialog.isEnabled())
            self._during()


def slow(result: object, ran_on: list[str]) -> Callable[[str], object]:
    def action(reason: str) -> object:
        ran_on.append(threading.current_thread().name)
        time.sleep(SAVE_S)
        return (result, reason)

    return action


def reason_dialog(screen: QWidget, action: Callable[[str], object]) -> ReasonDialog:
    dialog = ReasonDialog("Void the lab result", "Void ALT 88 U/L of 2026-11-30 (김지원).",
                          "Void", action, screen)
    dialog.show()
    dialog.reason.setText("entered on the wrong patient")
    return dialog


def test_the_save_runs_on_the_worker_while_the_window_keeps_painting(
        qtbot: QtBot, screen: QWidget, admin_ws: Workspace) -> None:
    ran_on: list[str] = []
    dialog = reason_dialog(screen, slow("voided", ran_on))
    watch = Watch(dialog)
    started = time.monotonic()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)  # returns once it is saved
    watch.timer.stop()
    assert time.monotonic() - started >= SAVE_S
    assert ran_on and ran_on[0] != threading.current_thread().name
    assert ran_on[0].startswith("hai-"), "on the workspace's serial worker"
    assert watch.ticks >= 5, "the GUI thread kept turning during the save"
    assert False in watch.enabled_seen, "the form was disabled while it saved"
    assert dialog.result() == QDialog.DialogCode.Accepted and not dialog.isVisible()
    assert dialog.result_value == ("voided", "entered on the wrong patient")
    assert worker_for(admin_ws).idle


def test_a_refusal_from_the_worker_is_shown_at_its_field_and_nothing_typed_is_lost(
        qtbot: QtBot, screen: QWidget) -> None:
    def refuse(reason: str) -> object:
        time.sleep(0.1)
        raise ValidationError("Say why in a few words: “x” is not a reason.", field="reason")

    dialog = reason_dialog(screen, refuse)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.isEnabled()
    assert "not a reason" in dialog.problem_at("reason")
    assert dialog.reason.text() == "entered on the wrong patient"
    qtbot.waitUntil(dialog.reason.hasFocus)


def test_escape_or_closing_while_it_saves_waits_for_the_outcome(
        qtbot: QtBot, screen: QWidget) -> None:
    ran_on: list[str] = []
    dialog = reason_dialog(screen, slow("voided", ran_on))
    tried: list[str] = []

    def close_it() -> None:
        if not tried:
            tried.append("reject and close")
            dialog.reject()
            dialog.close()

    ended: list[int] = []
    dialog.finished.connect(ended.append)  # exec() returns with the first of these
    watch = Watch(dialog, during=close_it)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    watch.timer.stop()
    assert tried, "the dialog was asked to close while the save ran"
    assert ended == [QDialog.DialogCode.Accepted], "saved, and said so; never 'cancelled'"
    assert dialog.result_value == ("voided", "entered on the wrong patient")


def test_a_second_ok_while_it_saves_saves_once(qtbot: QtBot, screen: QWidget) -> None:
    ran_on: list[str] = []
    dialog = reason_dialog(screen, slow("voided", ran_on))
    Watch(dialog, during=dialog._on_ok)  # as a double press would, were it not disabled
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert len(ran_on) == 1


def test_a_bug_in_the_save_is_raised_on_the_gui_thread_as_a_direct_call_would(
        screen: QWidget) -> None:
    with pytest.raises(ZeroDivisionError):
        wait_for(screen, "divide", lambda: 1 / 0)


def test_without_a_workspace_the_call_is_made_directly(qtbot: QtBot) -> None:
    lone = QWidget()
    qtbot.addWidget(lone)
    assert wait_for(lone, "answer", lambda: threading.current_thread().name) == \
        threading.current_thread().name


# ---- the lock and the end of the session while a save runs ---------------------------------

def _two_step_save(ws: Workspace, started: threading.Event,
                   release: threading.Event) -> Callable[[str], object]:
    """A service with two steps, each checked as services check (a reset and its key
    rotation): the screen locks between them."""
    def action(reason: str) -> object:
        ws.require(Action.VIEW_AUDIT_TRAIL)
        started.set()
        assert release.wait(10)
        ws.require(Action.VIEW_AUDIT_TRAIL)
        return reason

    return action


def _deactivation(main: MainWindow) -> tuple[ReasonDialog, threading.Event, threading.Event]:
    """A reason dialog over the current screen whose save has two steps (see above), typed
    in and ready for OK; the events: its first step has run, its second may run."""
    started, release = threading.Event(), threading.Event()
    dialog = ReasonDialog("Deactivate nurse2", "Ji-woo Jung will no longer sign in.",
                          "Deactivate", _two_step_save(main.ws, started, release),
                          main.current_screen())
    dialog.show()
    dialog.reason.setText("left the unit")
    return dialog, started, release


def _on_tick(steps: list[Callable[[], bool]]) -> QTimer:
    """Each step in turn, on the GUI thread while the save waits; a step returns True when
    done."""
    timer = QTimer(interval=20)

    def tick() -> None:
        if steps and steps[0]():
            steps.pop(0)

    timer.timeout.connect(tick)
    timer.start()
    return timer


def test_a_save_under_way_when_the_screen_locks_runs_to_its_end_and_shows_after_unlock(
        qtbot: QtBot, open_main: OpenMain) -> None:
    main = open_main("admin")
    dialog, started, release = _deactivation(main)

    def lock_between_the_steps() -> bool:
        if not started.is_set():
            return False
        main.lock("manual")
        release.set()
        return True

    def unlock_once_it_is_held() -> bool:
        if not worker_for(main.ws).idle and not dialog.isEnabled():
            main.lock_screen.password.setText(PASSWORDS["admin"])
            main.lock_screen.try_unlock()
            return True
        return False

    timer = _on_tick([lock_between_the_steps, lambda: main.is_locked,
                      unlock_once_it_is_held])
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    timer.stop()
    assert not main.is_locked
    assert dialog.result() == QDialog.DialogCode.Accepted, dialog.refusal_text()
    assert dialog.result_value == "left the unit", "both steps ran: the lock came between"


def test_switching_user_during_a_save_closes_the_dialog_once_the_save_returns(
        qtbot: QtBot, open_main: OpenMain) -> None:
    main = open_main("admin")
    dialog, started, release = _deactivation(main)

    def lock_then_switch_user() -> bool:
        if not started.is_set():
            return False
        main.lock("manual")
        main.lock_screen.switch_button.click()
        release.set()
        return True

    timer = _on_tick([lock_then_switch_user])
    with qtbot.waitSignal(main.signed_out, timeout=30_000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    timer.stop()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert QApplication.activeModalWidget() is None, "nothing left over the sign-in window"


def test_a_refusal_naming_no_field_keeps_the_catheter_event_dialog_open(
        qtbot: QtBot, open_main: OpenMain, monkeypatch: pytest.MonkeyPatch) -> None:
    from hai_desktop.core.errors import HaiError
    from hai_desktop.services import catheter
    from hai_desktop.ui.dialogs.catheter_event import CatheterEventDialog

    def lost(*_args: object) -> int:
        raise HaiError("The connection to the server was lost. Nothing was saved.")

    monkeypatch.setattr(catheter, "record_catheter_event", lost)
    screen = open_catheter(open_main("radiologist"), "S-0006")
    assert screen.patient is not None and screen.record is not None
    dialog = CatheterEventDialog(screen.ws, screen.patient, screen.record, screen)
    dialog.show()
    assert not dialog.submit(), "not saved: the dialog stays open with what was typed"
    assert "connection to the server was lost" in dialog.refusal_text()
