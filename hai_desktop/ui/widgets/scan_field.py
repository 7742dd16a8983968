"""A field for a keyboard-wedge barcode scanner: the scanner types the code quickly, then Enter.

That Enter ends the scan, not the form: it moves to the next field and emits `scanned(text)`,
and it never reaches the dialog (whose default button would otherwise sign before the nurse
has checked the rest). A person can type the code and press Enter the same way.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class ScanField(QLineEdit):
    scanned = Signal(str)

    def __init__(self, placeholder: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("scan the code, or type it and press Enter")
                                if placeholder is None else placeholder)
        self.setClearButtonEnabled(True)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in ENTER_KEYS:
            event.accept()  # the scan's Enter stops here: no default button
            # On to the next field first, so a handler refusing the code can bring the
            # cursor back.
            self.focusNextChild()
            self.scanned.emit(self.text())
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        # A second scan replaces the first instead of being appended to it (after the click
        # that may have brought the focus has placed the cursor).
        QTimer.singleShot(0, self.selectAll)
