"""The one place a screen calls a service: expected errors become a message, never a traceback.

`attempt` returns the HaiError for inline display in a form; `run_service` shows it in a
dialog titled with the error's own title. Anything that is not a HaiError is a bug: it
propagates to the crash handler, which logs and reports it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Generic, ParamSpec, TypeVar

from PySide6.QtWidgets import QApplication, QWidget

from hai_desktop.core.errors import HaiError
from hai_desktop.ui.i18n import message_text, translate

P = ParamSpec("P")
T = TypeVar("T")


@dataclass(frozen=True)
class Outcome(Generic[T]):
    """What a service call gave: a value, or the error a person can act on."""

    value: T | None = None
    error: HaiError | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


def error_text(error: HaiError) -> str:
    """Message and hint on one line, as the inline labels show them, in the interface's
    language."""
    message = message_text(error.message)
    return f"{message} {message_text(error.hint)}" if error.hint else message


@contextmanager
def busy_cursor() -> Iterator[None]:
    # Unlocking a key slot takes a noticeable moment (argon2id): show that something happens.
    from PySide6.QtCore import Qt  # here, not at import: see ui/sign_in.py on start-up

    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


def attempt(service: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> Outcome[T]:
    """Call a service; a HaiError is returned for the caller to show inline."""
    with busy_cursor():
        try:
            return Outcome(value=service(*args, **kwargs))
        except HaiError as error:
            return Outcome(error=error)


def show_error(parent: QWidget | None, error: HaiError) -> None:
    from PySide6.QtWidgets import QMessageBox  # here: its enums cost start-up time

    box = QMessageBox(QMessageBox.Icon.Warning, translate("HaiError", error.title),
                      message_text(error.message), QMessageBox.StandardButton.Ok, parent)
    if error.hint:
        box.setInformativeText(message_text(error.hint))
    box.exec()


def run_service(parent: QWidget | None, service: Callable[P, T], *args: P.args,
                **kwargs: P.kwargs) -> Outcome[T]:
    """Call a service; a HaiError is shown in a dialog and returned."""
    outcome = attempt(service, *args, **kwargs)
    if outcome.error is not None:
        show_error(parent, outcome.error)
    return outcome
