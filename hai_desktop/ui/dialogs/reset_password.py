"""Give a user a temporary password (admin only); they must change it at the next sign-in."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget

from hai_desktop.core.errors import ValidationError
from hai_desktop.services import users
from hai_desktop.services.workspace import Workspace
from hai_desktop.ui.dialogs.base import FormDialog, password_field


class ResetPasswordDialog(FormDialog):
    def __init__(self, ws: Workspace, username: str, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Reset password of {username}").format(username=username),
            self.tr("Set a temporary password for {username}. They must choose their own at the "
                    "next sign-in. The reason is kept in the audit trail.").format(
                        username=username),
            self.tr("Reset password"), parent)
        self.ws = ws
        self.target = username
        self.password = password_field()
        self.password.setPlaceholderText(self.tr("at least {n} characters").format(
            n=ws.settings.password_min_length))
        self.repeat = password_field()
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("e.g. forgotten password, identity checked in "
                                               "person"))
        self.add_field("password", self.tr("Temporary password"), self.password)
        self.add_field("repeat", self.tr("Repeat password"), self.repeat)
        self.add_field("reason", self.tr("Reason"), self.reason)
        self.password.setFocus()

    def submit(self) -> bool:
        if self.password.text() != self.repeat.text():
            self.show_error(ValidationError(
                self.tr("The two passwords differ. Type the same password twice."),
                field="repeat"))
            return False
        outcome = self.attempt(users.reset_password, self.ws, self.target, self.password.text(),
                               self.reason.text())
        if outcome.error is not None:
            self.show_error(outcome.error)
            return False
        return True
