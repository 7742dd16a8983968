"""One state said in one of three tones: a boxed amber reminder, a red warning or a green OK.

Two labels, one shown: Qt keeps the padding of the boxed style on a label restyled to a plain
one (the stylesheet's box model is not undone), so the box is a label of its own.
"""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from hai_desktop.ui.widgets.common import label, restyle

REMINDER, WARNING, OK = "Reminder", "InlineError", "InlineOk"


class StatusLine(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = label("", REMINDER, wrap=True)
        self.line = label("", OK, wrap=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.box)
        layout.addWidget(self.line)
        self.box.hide()

    def show_state(self, html_text: str, tone: str) -> None:
        boxed = tone == REMINDER
        self.box.setVisible(boxed)
        self.line.setVisible(not boxed)
        shown = self.box if boxed else self.line
        if not boxed:
            restyle(self.line, tone)
        shown.setText(html_text)

    def text(self) -> str:
        return self.box.text() if not self.box.isHidden() else self.line.text()

    def tone(self) -> str:
        return REMINDER if not self.box.isHidden() else self.line.objectName()
