"""Change your own password; forced after an administrator set a temporary one."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from hai_desktop.core.errors import ValidationError
from hai_desktop.core.i18n import QT_TRANSLATE_NOOP
from hai_desktop.services.workspace import Workspace
from hai_desktop.ui.dialogs.base import FormDialog, password_field

FORCED_INTRO = QT_TRANSLATE_NOOP(
    "ChangePasswordDialog",
    "Your password was set by an administrator. Choose your own password before you continue; "
    "only you should know it.")
OWN_INTRO = QT_TRANSLATE_NOOP(
    "ChangePasswordDialog",
    "Choose a new password. Your current password is needed to confirm it is you.")


class ChangePasswordDialog(FormDialog):
    def __init__(self, ws: Workspace, *, forced: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Change your password"),
                         QCoreApplication.translate("ChangePasswordDialog",
                                                    FORCED_INTRO if forced else OWN_INTRO),
                         self.tr("Change password"), parent,
                         cancel_text=self.tr("Sign out") if forced else self.tr("Cancel"))
        self.ws = ws
        self.current = password_field()
        self.new = password_field()
        self.repeat = password_field()
        minimum = ws.settings.password_min_length
        self.new.setPlaceholderText(self.tr("at least {n} characters").format(n=minimum))
        self.add_field("current", self.tr("Temporary password") if forced
                       else self.tr("Current password"), self.current)
        self.add_field("new_password", self.tr("New password"), self.new)
        self.add_field("repeat", self.tr("Repeat new password"), self.repeat)
        self.current.setFocus()

    def submit(self) -> bool:
        if self.new.text() != self.repeat.text():
            self.repeat.clear()
            self.show_error(ValidationError(self.tr("The two new passwords differ. Type the "
                                                    "same password twice."), field="repeat"))
            return False
        outcome = self.attempt(self.ws.change_own_password, self.current.text(), self.new.text())
        if outcome.error is not None:
            self.show_error(outcome.error)
            return False
        return True
