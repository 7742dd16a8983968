"""The service helper and the crash handler: expected errors explained, bugs never silent."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from hai_desktop.core.errors import PermissionDenied, ValidationError
from hai_desktop.ui import app as app_module
from hai_desktop.ui.run_service import attempt, error_text


def refuse() -> None:
    raise PermissionDenied("Your role may not do that.", hint="Ask a colleague.")


def test_attempt_returns_the_error_for_inline_display() -> None:
    outcome = attempt(refuse)
    assert not outcome.ok and outcome.value is None
    assert isinstance(outcome.error, PermissionDenied)
    assert error_text(outcome.error) == "Your role may not do that. Ask a colleague."
    assert attempt(lambda x: x * 2, 21).value == 42


def test_attempt_lets_bugs_through_to_the_crash_handler() -> None:
    with pytest.raises(ZeroDivisionError):
        attempt(lambda: 1 / 0)


def test_run_service_shows_the_error_title(monkeypatch: pytest.MonkeyPatch) -> None:
    from hai_desktop.ui import run_service as helper

    shown: list[tuple[str, str, str]] = []
    monkeypatch.setattr(QMessageBox, "exec",
                        lambda box: shown.append((box.windowTitle(), box.text(),
                                                  box.informativeText())) or 0)
    outcome = helper.run_service(None, lambda: (_ for _ in ()).throw(
        ValidationError("Weight must be a number.", hint="e.g. 70 kg")))
    assert isinstance(outcome.error, ValidationError)
    assert shown == [("Please check the entry", "Weight must be a number.", "e.g. 70 kg")]


def test_crash_handler_logs_and_shows(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                      caplog: pytest.LogCaptureFixture) -> None:
    shown: list[str] = []

    class FakeBox:
        def __init__(self, summary: str, details: str, *_: object) -> None:
            shown.append(details)

        def exec(self) -> int:
            return 0

    monkeypatch.setattr(app_module, "crash_message_box", FakeBox)
    handler = app_module.CrashHandler(tmp_path / "hai-desktop.log")
    try:
        raise RuntimeError("boom")
    except RuntimeError as exc:
        with caplog.at_level(logging.CRITICAL):
            handler(type(exc), exc, exc.__traceback__)
    assert handler.shown == ["RuntimeError: boom"]
    assert shown and "Traceback" in shown[0] and "boom" in shown[0]
    assert any("RuntimeError: boom" in r.getMessage() for r in caplog.records)


def test_crash_dialog_names_the_log_file(tmp_path: Path) -> None:
    from hai_desktop.ui.dialogs.crash import crash_message_box

    box = crash_message_box("RuntimeError: boom", "Traceback ...", tmp_path / "x.log")
    assert str(tmp_path / "x.log") in box.informativeText()
    assert box.detailedText() == "Traceback ..."
