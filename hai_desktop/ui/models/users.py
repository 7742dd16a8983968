"""The user accounts table of the Administration screen."""

from __future__ import annotations

import enum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from hai_desktop.services.users import UserRow
from hai_desktop.ui.style import MUTED

Index = QModelIndex | QPersistentModelIndex


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
            return "Must change at next sign-in" if user.must_change_password else "Set"
        case UserColumn.CREATED:
            return f"{user.created_at:%Y-%m-%d %H:%M}"


class UsersTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._users: list[UserRow] = []

    def set_users(self, users: list[UserRow]) -> None:
        self.beginResetModel()
        self._users = list(users)
        self.endResetModel()

    def user_at(self, row: int) -> UserRow:
        return self._users[row]

    def usernames(self) -> list[str]:
        return [u.username for u in self._users]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._users)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(UserColumn)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return UserColumn(section).heading
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        user = self._users[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return user_cell(user, UserColumn(index.column()))
        if role == Qt.ItemDataRole.ForegroundRole and not user.active:
            return QColor(MUTED)
        return None
