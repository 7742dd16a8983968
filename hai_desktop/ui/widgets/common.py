"""Small building blocks shared by screens and dialogs, so every screen looks the same."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from hai_desktop.core.errors import HaiError
from hai_desktop.core.i18n import QT_TRANSLATE_NOOP
from hai_desktop.ui.i18n import message_text
from hai_desktop.ui.run_service import error_text

# PySide builds all ~90 enums of the Qt namespace the first time it is imported (15 ms). The
# sign-in window must paint as fast as a bare window, so the few flags it needs are given by
# value to Qt properties; tests/ui/test_sign_in.py checks each is the flag it names.
ALIGN_CENTER = 0x84  # Qt.AlignCenter
ALIGN_RIGHT_VCENTER = 0x82  # Qt.AlignRight | Qt.AlignVCenter
SELECTABLE_BY_MOUSE = 0x1  # Qt.TextSelectableByMouse
PLAIN_TEXT = 0  # Qt.PlainText
RICH_TEXT = 1  # Qt.RichText


W = TypeVar("W", bound=QWidget)


def named(widget: W, name: str) -> W:
    """The widget with its style sheet name (PySide6 takes objectName= as a keyword too, but
    its type stubs do not know it)."""
    widget.setObjectName(name)
    return widget


def label(text: str, name: str | None = None, *, wrap: bool = False,
          rich: bool = False) -> QLabel:
    """`rich`: the text is markup whose values were escaped (once) with html.escape; always
    read as rich text, also when it happens to hold no tag (else Qt shows "&#x27;" as is)."""
    widget = QLabel()
    if rich:
        widget.setProperty("textFormat", RICH_TEXT)
    widget.setText(text)
    if name:
        widget.setObjectName(name)
    widget.setWordWrap(wrap)
    return widget


def screen_title(text: str) -> QLabel:
    return label(text, "ScreenTitle")


def section_title(text: str) -> QLabel:
    return label(text, "SectionTitle")


def subtitle(text: str) -> QLabel:
    return label(text, "ScreenSubtitle", wrap=True)


def primary_button(text: str) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName("Primary")
    return button


# The empty first entry of a choice nobody may pre-fill: English here, shown through
# choose_text() (translated when the box is built).
CHOOSE = QT_TRANSLATE_NOOP("ChoiceBox", "choose…")


def choose_text() -> str:
    """"choose…" in the interface's language."""
    return QCoreApplication.translate("ChoiceBox", CHOOSE)


def choice_box(entries: list[tuple[str, str]], *, blank: bool = True) -> QComboBox:
    """A drop-down of (text, value) entries, starting on "choose…" unless `blank` is off."""
    box = QComboBox()
    if blank:
        box.addItem(choose_text(), "")
    for text, value in entries:
        box.addItem(text, value)
    return box


def select_data(box: QComboBox, value: str | None) -> None:
    """Show the entry whose value is `value` (the first entry when there is none)."""
    box.setCurrentIndex(max(box.findData(value or ""), 0))


def card(parent: QWidget | None = None) -> tuple[QFrame, QVBoxLayout]:
    """A white rounded panel with comfortable padding."""
    frame = QFrame(parent)
    frame.setObjectName("Card")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(24, 20, 24, 20)
    layout.setSpacing(10)
    return frame, layout


class InlineMessage(QLabel):
    """Red (error) or green (ok) text under a form. Plain text: it shows a service's message,
    which may quote what was typed (no markup is read, no entity shown escaped).

    Hidden while empty — unless `reserve_line`: then its line stays, empty, so that nothing
    moves under the pointer when a message comes or goes; a longer message wraps and grows."""

    def __init__(self, parent: QWidget | None = None, *, reserve_line: bool = False) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setProperty("textFormat", PLAIN_TEXT)
        self.setProperty("textInteractionFlags", SELECTABLE_BY_MOUSE)
        self.reserve_line = reserve_line
        self.clear_message()

    def show_error(self, error: HaiError | str) -> None:
        self._show(error if isinstance(error, str) else error_text(error), "InlineError")

    def show_ok(self, text: str) -> None:
        self._show(text, "InlineOk")

    def clear_message(self) -> None:
        self.setText("")
        if self.reserve_line:
            # The bold error font's line, so that a message does not change the height.
            self.setMinimumHeight(self.fontMetrics().lineSpacing() + 2)
            self.show()
        else:
            self.hide()

    def _show(self, text: str, name: str) -> None:
        restyle(self, name)  # the object name drives the stylesheet colour
        self.setText(message_text(text))  # a service's message, in the interface's language
        self.show()


def repolish(widget: QWidget) -> None:
    """Apply the stylesheet again after a property it selects on has changed."""
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def restyle(widget: QWidget, object_name: str) -> None:
    """Change the object name that selects a stylesheet rule, and apply it now."""
    if widget.objectName() != object_name:
        widget.setObjectName(object_name)
        repolish(widget)
