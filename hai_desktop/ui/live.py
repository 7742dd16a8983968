"""Live refresh: the workspace's changes, delivered to the window on the GUI thread.

A commit here tells the workspace at once (from whichever thread committed); another
workstation's commits are found by polling the audit trail every `refresh_seconds`. Changes
arriving together are merged into one, and held back while the window is locked or a modal
dialog is open, so nothing reloads under a form someone is filling in.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

from hai_desktop.core.changes import Change
from hai_desktop.core.errors import AuthenticationError, HaiError
from hai_desktop.services.workspace import Workspace
from hai_desktop.ui.background import worker_busy

log = logging.getLogger(__name__)

# Long enough to merge the commits of one action (a save and its audit), short enough to feel
# immediate; and how often a held-back change tries again.
MERGE_MS = 50
RETRY_MS = 400


class LiveRefresh(QObject):
    """Emits `changed(Change)` on the GUI thread when something shown may be out of date."""

    changed = Signal(object)
    access_ended = Signal(object)  # AuthenticationError: this person's key slot was replaced
    _arrived = Signal(object)  # from any thread; queued to this object's (the GUI) thread

    def __init__(self, ws: Workspace, *, held: Callable[[], bool] = lambda: False,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self._held = held
        self._pending: Change | None = None
        self._deliver = QTimer(self, singleShot=True)
        self._deliver.timeout.connect(self._deliver_pending)
        self._poll = QTimer(self)
        self._poll.timeout.connect(self.poll)
        self._arrived.connect(self._queue)
        self._stopped = False
        ws.on_change(self._tell)
        self.set_poll_seconds(ws.settings.refresh_seconds)

    def set_poll_seconds(self, seconds: float) -> None:
        if seconds > 0:
            self._poll.start(max(1000, round(seconds * 1000)))
        else:
            self._poll.stop()

    def stop(self) -> None:
        """For good: at sign-out, or when the window is replaced (a new language)."""
        self._stopped = True
        self.ws.remove_change_listener(self._tell)
        self._poll.stop()
        self._deliver.stop()
        self._pending = None

    def _tell(self, change: Change) -> None:
        """The workspace's listener, on the committing thread: queued to the GUI thread."""
        if not self._stopped:
            self._arrived.emit(change)

    def poll(self) -> None:
        """Look for other workstations' changes now (the listener queues what it finds)."""
        if self._stopped or self._held() or worker_busy(self.ws):
            return  # the database is the worker's just now: the next tick looks
        try:
            self.ws.poll_changes()
        except AuthenticationError as error:
            # An administrator reset or deactivated this account at another workstation and
            # the database key changed: this sign-in cannot go on.
            self.stop()
            self.access_ended.emit(error)
        except HaiError as error:
            # The next action shows the problem where the person can act on it.
            log.warning("looking for other workstations' changes failed: %s", error.message)

    def _queue(self, change: Change) -> None:
        if self._stopped:
            return
        self._pending = change if self._pending is None else self._pending.merged(change)
        if not self._deliver.isActive():
            self._deliver.start(MERGE_MS)

    def _deliver_pending(self) -> None:
        if self._pending is None or self._stopped:
            return
        if self._held() or QApplication.activeModalWidget() is not None:
            self._deliver.start(RETRY_MS)
            return
        change, self._pending = self._pending, None
        self.changed.emit(change)
