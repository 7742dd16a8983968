"""Idle detection: any keyboard or mouse input anywhere in the application restarts a timer."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

ACTIVITY_EVENTS = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin,
})


def minutes_to_ms(minutes: float) -> int:
    return max(1, round(minutes * 60_000))


class IdleWatcher(QObject):
    """Emits `idle` once after `minutes` without input; restart() after an unlock."""

    idle = Signal()

    def __init__(self, minutes: float, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(minutes_to_ms(minutes))
        self._timer.timeout.connect(self.idle)
        self._installed = False

    @property
    def running(self) -> bool:
        return self._timer.isActive()

    def start(self) -> None:
        app = QCoreApplication.instance()
        if app is not None and not self._installed:
            app.installEventFilter(self)
            self._installed = True
        self._timer.start()

    def pause(self) -> None:
        self._timer.stop()

    def stop(self) -> None:
        self._timer.stop()
        app = QCoreApplication.instance()
        if app is not None and self._installed:
            app.removeEventFilter(self)
            self._installed = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Only restart a running timer: input on the lock screen must not re-arm it.
        if event.type() in ACTIVITY_EVENTS and self._timer.isActive():
            self._timer.start()
        return False
