"""Ask for the reason an action is taken; it goes into the audit trail with the action."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLineEdit, QWidget

from hai_desktop.core.errors import HaiError
from hai_desktop.ui.dialogs.base import FormDialog


class ReasonDialog(FormDialog):
    """Runs `action(reason)` on OK; a HaiError keeps the dialog open with the message."""

    def __init__(self, title: str, intro: str, ok_text: str,
                 action: Callable[[str], object], parent: QWidget | None = None) -> None:
        super().__init__(title, intro, ok_text, parent)
        self._action = action
        self.result_value: object = None
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("kept in the audit trail"))
        self.add_field("reason", self.tr("Reason"), self.reason)
        self.reason.setFocus()

    def submit(self) -> bool:
        reason = self.reason.text()
        try:
            self.result_value = self.save(lambda: self._action(reason))
        except HaiError as error:
            self.show_error(error)
            return False
        return True
