"""The user accounts table of the Administration screen."""

from __future__ import annotations

import enum
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor

from hai_desktop.core.i18n import QT_TRANSLATE_NOOP
from hai_desktop.services.users import UserRow
from hai_desktop.ui.i18n import role_text
from hai_desktop.ui.models.base import ColumnTableModel
from hai_desktop.ui.style import MUTED


class UserColumn(enum.IntEnum):
    USERNAME = 0
    FULL_NAME = 1
    ROLE = 2
    STATE = 3
    PASSWORD = 4
    CREATED = 5

    @property
    def heading(self) -> str:
        return QCoreApplication.translate("UserColumn", _HEADINGS[self])


_HEADINGS = {
    UserColumn.USERNAME: QT_TRANSLATE_NOOP("UserColumn", "User name"),
    UserColumn.FULL_NAME: QT_TRANSLATE_NOOP("UserColumn", "Full name"),
    UserColumn.ROLE: QT_TRANSLATE_NOOP("UserColumn", "Role"),
    UserColumn.STATE: QT_TRANSLATE_NOOP("UserColumn", "Account"),
    UserColumn.PASSWORD: QT_TRANSLATE_NOOP("UserColumn", "Password"),
    UserColumn.CREATED: QT_TRANSLATE_NOOP("UserColumn", "Created (UTC)"),
}


def user_cell(user: UserRow, column: UserColumn) -> str:
    match column:
        case UserColumn.USERNAME:
            return user.username
        case UserColumn.FULL_NAME:
            return user.full_name
        case UserColumn.ROLE:
            return role_text(user.role)
        case UserColumn.STATE:
            return (QCoreApplication.translate("UsersTableModel", "Active") if user.active
                    else QCoreApplication.translate("UsersTableModel", "Deactivated"))
        case UserColumn.PASSWORD:
            if not user.active:
                return "—"
            if not user.has_password:  # moved to the server: no password there yet
                return QCoreApplication.translate("UsersTableModel",
                                                  "None yet — give a temporary one")
            return (QCoreApplication.translate("UsersTableModel", "Must change at next sign-in")
                    if user.must_change_password
                    else QCoreApplication.translate("UsersTableModel", "Set"))
        case UserColumn.CREATED:
            return f"{user.created_at:%Y-%m-%d %H:%M}"


class UsersTableModel(ColumnTableModel[UserRow, UserColumn]):
    columns = UserColumn

    def set_users(self, users: list[UserRow]) -> None:
        self.set_rows(users)

    def user_at(self, row: int) -> UserRow:
        return self.row_at(row)

    def usernames(self) -> list[str]:
        return [u.username for u in self._rows]

    def cell(self, row: UserRow, column: UserColumn) -> str:
        return user_cell(row, column)

    def style(self, row: UserRow, column: UserColumn, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and not row.active:
            return QColor(MUTED)
        return None
