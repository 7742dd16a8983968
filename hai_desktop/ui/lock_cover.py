"""Locking over open dialogs: their content is hidden, not lost.

A dialog cannot simply be hidden while locked: in Qt 6 hiding a dialog ends its exec(), and the
screen that opened it would take that as Cancel. So each open dialog stays open with every part
of its content hidden (and a neutral title), and the lock screen moves into a window of its
own, modal above them all, so nothing can be typed into them until the same user unlocks.
Unlocking shows every part again exactly as it was; switching user closes them (what was typed
belonged to the other person).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QVBoxLayout, QWidget

from hai_desktop.ui.background import PROGRESS_NAME


def belongs_to(widget: QWidget, window: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        parent = parent.parentWidget()
    return parent is window


def open_dialogs(window: QWidget) -> list[QDialog]:
    """The visible dialogs opened from `window`, the active (top) modal one last. Not the
    background operations' progress windows: they close by themselves when the work ends
    (taking the lock screen with them, were it placed above one) and show no record."""
    dialogs = [w for w in QApplication.topLevelWidgets()
               if isinstance(w, QDialog) and w.isVisible() and belongs_to(w, window)
               and w.objectName() != PROGRESS_NAME]
    top = QApplication.activeModalWidget()
    return sorted(dialogs, key=lambda d: d is top)


def locked_title() -> str:
    return QCoreApplication.translate("LockCover", "hai-desktop — locked")


@dataclass
class CoveredDialog:
    """One open dialog with its content hidden: what to give back at unlock."""

    dialog: QDialog
    title: str
    hidden: list[QWidget]
    focus: QWidget | None
    notice: QLabel

    @classmethod
    def cover(cls, dialog: QDialog) -> CoveredDialog:
        parts = [w for w in dialog.findChildren(QWidget, options=Qt.FindChildOption
                                                .FindDirectChildrenOnly)
                 if not w.isWindow() and w.isVisibleTo(dialog)]
        notice = QLabel(QCoreApplication.translate(
            "LockCover", "Workstation locked — this window's content is hidden."), dialog)
        notice.setObjectName("Muted")
        covered = cls(dialog, dialog.windowTitle(), parts, dialog.focusWidget(), notice)
        for part in parts:
            part.hide()
        covered.notice.setAlignment(Qt.AlignmentFlag.AlignCenter)
        covered.notice.setWordWrap(True)
        covered.notice.setGeometry(dialog.rect().adjusted(16, 16, -16, -16))
        covered.notice.show()
        dialog.setWindowTitle(locked_title())  # titles name patients
        return covered

    def uncover(self) -> None:
        if not shiboken6.isValid(self.dialog):
            return  # closed by its own code meanwhile (nothing typed in it is lost: it is gone)
        self.notice.hide()  # at once: deleteLater waits for the event loop
        self.notice.deleteLater()
        for part in self.hidden:
            part.show()
        self.dialog.setWindowTitle(self.title)
        if self.focus is not None and self.focus.isVisible():
            self.focus.setFocus(Qt.FocusReason.OtherFocusReason)


class LockWindow(QWidget):
    """Holds the lock screen above the covered dialogs (modal: they are blocked meanwhile)."""

    def __init__(self, lock_screen: QWidget, over: QWidget, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(locked_title())
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(lock_screen)
        self.setGeometry(over.geometry())


@dataclass
class CoveredDialogs:
    """The dialogs that were open when the workstation locked, top one last."""

    covered: list[CoveredDialog] = field(default_factory=list)
    window: LockWindow | None = None

    @classmethod
    def cover_open_dialogs(cls, window: QWidget) -> CoveredDialogs:
        return cls([CoveredDialog.cover(dialog) for dialog in open_dialogs(window)])

    def __bool__(self) -> bool:
        return bool(self.covered)

    def show_lock_screen(self, lock_screen: QWidget, over: QWidget) -> None:
        # A child of the top dialog: kept above it by the window manager, and not blocked by it.
        self.window = LockWindow(lock_screen, over, self.covered[-1].dialog)
        self.window.show()
        self.window.activateWindow()

    def take_back_lock_screen(self, lock_screen: QWidget, home: QVBoxLayout) -> None:
        home.addWidget(lock_screen)
        if self.window is not None:
            self.window.close()
            self.window.deleteLater()
            self.window = None

    def uncover(self) -> None:
        for covered in self.covered:
            covered.uncover()
        alive = [c for c in self.covered if shiboken6.isValid(c.dialog)]
        if alive:
            alive[-1].dialog.activateWindow()
        self.covered = []

    def close_all(self) -> None:
        """Switch user: the dialogs' content was the other person's."""
        for covered in reversed(self.covered):
            if not shiboken6.isValid(covered.dialog):
                continue
            # One saving waits for its save (a started write runs to its end), then closes.
            close = getattr(covered.dialog, "close_when_saved", covered.dialog.reject)
            close()
        self.covered = []


class LockKeyFilter(QObject):
    """The lock key (Ctrl+L) also locks from inside an open dialog, which would otherwise keep
    the main window's shortcut from working."""

    def __init__(self, sequence: QKeySequence, lock: object, parent: QObject) -> None:
        super().__init__(parent)
        self.sequence = sequence
        self.lock = lock

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and isinstance(QApplication.activeModalWidget(), QDialog)
                and QKeySequence(event.keyCombination()) == self.sequence):
            self.lock()  # type: ignore[operator]
            return True
        return False
