"""The lock screen: covers the workspace; the same user's password unlocks it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from hai_desktop.services.workspace import Workspace
from hai_desktop.ui.i18n import role_text
from hai_desktop.ui.run_service import attempt
from hai_desktop.ui.widgets.common import InlineMessage, card, label, primary_button


class LockScreen(QWidget):
    unlocked = Signal()
    switch_user_requested = Signal()

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Your password"))
        self.password.returnPressed.connect(self.try_unlock)
        self.message = InlineMessage()
        self.unlock_button = primary_button(self.tr("Unlock"))
        self.unlock_button.clicked.connect(self.try_unlock)
        self.switch_button = QPushButton(self.tr("Switch user"))
        self.switch_button.clicked.connect(self.switch_user_requested)
        self.who_label = label("", "SectionTitle")
        self._build()

    def _build(self) -> None:
        frame, body = card()
        frame.setMinimumWidth(460)
        body.addWidget(label(self.tr("Workstation locked"), "ScreenTitle"))
        body.addWidget(self.who_label)
        # Short lines without wrapping: wrapped labels in a centred card get clipped.
        body.addWidget(label(self.tr("Patient data is hidden while locked."), "Muted"))
        body.addWidget(label(self.tr("Enter your password to continue, or switch user."),
                             "Muted"))
        body.addSpacing(6)
        body.addWidget(self.password)
        body.addWidget(self.message)
        buttons = QHBoxLayout()
        buttons.addWidget(self.switch_button)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        body.addLayout(buttons)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(frame, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)
        self.setTabOrder(self.password, self.unlock_button)
        self.setTabOrder(self.unlock_button, self.switch_button)

    def prepare(self) -> None:
        """Fresh state each time the screen locks."""
        user = self.ws.user
        self.who_label.setText(self.tr("Signed in: {name} ({role})").format(
            name=user.full_name, role=role_text(user.role)))
        self.password.clear()
        self.message.clear_message()
        self.password.setFocus()

    def try_unlock(self) -> None:
        outcome = attempt(self.ws.unlock, self.password.text())
        self.password.clear()
        if outcome.error is not None:
            self.message.show_error(outcome.error)
            self.password.setFocus()
            return
        self.message.clear_message()
        self.unlocked.emit()
