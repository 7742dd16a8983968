"""The user accounts table of the Administration screen."""

from __future__ import annotations

import enum
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from hai_desktop.services.users import UserRow
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
        return _HEADINGS[self]


_HEADINGS = {
    UserColumn.USERNAME: "User name",
    UserColumn.FULL_NAME: "Full name",
    UserColumn.ROLE: "Role",
    UserColumn.STATE: "Account",
    UserColumn.PASSWORD: "Password",
    UserColumn.CREATED: "Created (UTC)",
}


def user_cell(user: UserRow, column: UserColumn) -> str:
    match column:
        case UserColumn.USERNAME:
            return user.username
        case UserColumn.FULL_NAME:
            return user.full_name
        case UserColumn.ROLE:
            return user.role.label
        case UserColumn.STATE:
            return "Active" if user.active else "Deactivated"
        case UserColumn.PASSWORD:
            if not user.active:
                return "—"
            if not user.has_password:  # moved to the server: no password there yet
                return "None yet — give a temporary one"
            return "Must change at next sign-in" if user.must_change_password else "Set"
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
