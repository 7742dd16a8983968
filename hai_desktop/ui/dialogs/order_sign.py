"""Sign a step of an order with the password (prescribe, verify, second-nurse check).

Like the randomize step: the meaning of the signature is spelled out, errors stay in the
dialog, and only the password is cleared after a refusal.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from hai_desktop.core.errors import HaiError
from hai_desktop.ui.dialogs.base import FormDialog, password_field
from hai_desktop.ui.run_service import busy_cursor
from hai_desktop.ui.widgets.common import label


class OrderSignDialog(FormDialog):
    """Runs `action(password)` on OK; a HaiError keeps the dialog open with the message."""

    def __init__(self, title: str, intro: str, meaning: str, ok_text: str,
                 action: Callable[[str], object], parent: QWidget | None = None, *,
                 bound_to: str = "order") -> None:
        super().__init__(title, intro, ok_text, parent)
        self._action = action
        self.password = password_field()
        self.add_row("Your password", self.password)
        self.form.addRow(label(f"Signature meaning: <i>“{html.escape(meaning)}”</i>. It is "
                               f"bound to the {bound_to}'s content: a changed {bound_to} no "
                               "longer verifies.", "Muted", wrap=True))
        self.password.setFocus()

    def submit(self) -> bool:
        if not self.password.text():
            self.show_error("Enter your password to sign.")
            return False
        with busy_cursor():
            try:
                self._action(self.password.text())
            except HaiError as error:
                self.password.clear()
                self.password.setFocus()
                self.show_error(error)
                return False
        return True
