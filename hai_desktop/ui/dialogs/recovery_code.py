"""Shows a new recovery code once, with what to do with it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLayout,
    QVBoxLayout,
    QWidget,
)

from hai_desktop.core.i18n import QT_TRANSLATE_NOOP
from hai_desktop.ui.widgets.common import label

WARNING = QT_TRANSLATE_NOOP(
    "RecoveryCodeDialog",
    "Print this code or write it down now and keep it locked away (e.g. in the department "
    "safe). It is shown only this once. It restores an administrator's access if every "
    "administrator password is lost; the previous code no longer works.")


class RecoveryCodeDialog(QDialog):
    def __init__(self, code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New recovery code"))
        self.setMinimumWidth(640)
        self.code_label = QLabel(code)
        font = QFont("DejaVu Sans Mono")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSize(15)
        font.setBold(True)
        self.code_label.setFont(font)
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code_label.setStyleSheet("background: white; border: 2px dashed #c75300; "
                                      "padding: 14px; border-radius: 6px;")
        buttons = QDialogButtonBox()
        done = buttons.addButton(self.tr("I have stored the code"),
                                 QDialogButtonBox.ButtonRole.AcceptRole)
        done.setObjectName("Primary")
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(14)
        layout.addWidget(label(self.tr("Recovery code"), "SectionTitle"))
        layout.addWidget(self.code_label)
        layout.addWidget(label(QCoreApplication.translate("RecoveryCodeDialog", WARNING),
                               "InlineError", wrap=True))
        layout.addWidget(buttons)
        # Size from the content (wrapped warning included), never clipping the code.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
