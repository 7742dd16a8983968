"""Add a user account with a role and a temporary password (admin only)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from hai_desktop.core.errors import ValidationError
from hai_desktop.core.roles import Role
from hai_desktop.services import users
from hai_desktop.services.users import UserRow
from hai_desktop.services.workspace import Workspace
from hai_desktop.ui.dialogs.base import FormDialog, password_field
from hai_desktop.ui.i18n import role_text


class AddUserDialog(FormDialog):
    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Add user"),
            self.tr("The new user signs in with the temporary password and must then choose "
                    "their own. Give it to them in person."), self.tr("Add user"), parent)
        self.ws = ws
        self.added: UserRow | None = None
        self.username = QLineEdit()
        self.username.setPlaceholderText(self.tr("e.g. j.kim (lower case)"))
        self.full_name = QLineEdit()
        self.full_name.setPlaceholderText(self.tr("as it should appear on signatures"))
        self.role = QComboBox()
        for role in Role:
            self.role.addItem(role_text(role), role)
        self.role.setCurrentIndex(list(Role).index(Role.NURSE))
        self.password = password_field()
        self.password.setPlaceholderText(self.tr("at least {n} characters").format(
            n=ws.settings.password_min_length))
        self.repeat = password_field()
        self.add_field("username", self.tr("User name"), self.username)
        self.add_field("full_name", self.tr("Full name"), self.full_name)
        self.add_field("role", self.tr("Role"), self.role)
        self.add_field("password", self.tr("Temporary password"), self.password)
        self.add_field("repeat", self.tr("Repeat password"), self.repeat)
        self.username.setFocus()

    def selected_role(self) -> Role:
        return Role(self.role.currentData())

    def submit(self) -> bool:
        if self.password.text() != self.repeat.text():
            self.show_error(ValidationError(
                self.tr("The two passwords differ. Type the same password twice."),
                field="repeat"))
            return False
        outcome = self.attempt(users.add_user, self.ws, username=self.username.text(),
                               full_name=self.full_name.text(), role=self.selected_role(),
                               temporary_password=self.password.text())
        if outcome.error is not None:
            self.show_error(outcome.error)
            return False
        self.added = outcome.value
        return True
