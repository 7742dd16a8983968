"""User administration: add, deactivate, reactivate, reset passwords. Admin only."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hai_desktop.core.errors import ConflictError, NotFound, ValidationError
from hai_desktop.core.i18n import msg
from hai_desktop.core.names import checked_full_name, checked_username
from hai_desktop.core.roles import Role
from hai_desktop.services.allocation_keys import share_list_keys
from hai_desktop.services.passwords import check_new_password
from hai_desktop.services.permissions import Action
from hai_desktop.services.workspace import Workspace
from hai_desktop.store import audit
from hai_desktop.store.keyslots import normalise_username
from hai_desktop.store.models import User, utc_now


@dataclass(frozen=True)
class UserRow:
    id: int
    username: str
    full_name: str
    role: Role
    active: bool
    must_change_password: bool
    has_password: bool  # a key slot on the file, an argon2id hash on the server
    created_at: datetime


def list_users(ws: Workspace) -> list[UserRow]:
    ws.require(Action.VIEW_RECORDS)
    slot_names = ws.access.usernames()
    with ws.db.read_session() as session:
        users = session.scalars(select(User).order_by(User.active.desc(), User.username)).all()
        return [UserRow(u.id, u.username, u.full_name, u.role_enum, u.active,
                        u.must_change_password, u.username in slot_names, u.created_at)
                for u in users]


def _require_reason(reason: str) -> str:
    if not reason or not reason.strip():
        raise ValidationError(msg("Give a reason: it is kept in the audit trail."), field="reason")
    return reason.strip()


def add_user(ws: Workspace, *, username: str, full_name: str, role: Role,
             temporary_password: str) -> UserRow:
    ws.require(Action.MANAGE_USERS)
    name = checked_username(username)
    full_name = checked_full_name(full_name)
    check_new_password(temporary_password, username=name,
                       min_length=ws.settings.password_min_length)
    with ws.session(reason="user added") as session:
        if session.scalar(select(User).where(User.username == name)) is not None:
            raise ConflictError(msg("The user name '{name}' is already taken (perhaps by a "
                                    "deactivated account); choose another.", name=name))
        user = User(username=name, full_name=full_name.strip(), role=Role(role).value,
                    must_change_password=True)
        session.add(user)
        session.flush()
        ws.access.set_password(session, name, temporary_password, ws.settings.kdf)
    share_list_keys(ws)  # a new coordinator or investigator can randomize at once
    return _row(ws, name)


def deactivate_user(ws: Workspace, username: str, reason: str) -> list[str]:
    """The account stays for the record; its key slot (or server password) is removed so it
    opens nothing."""
    ws.require(Action.MANAGE_USERS)
    reason = _require_reason(reason)
    name = normalise_username(username)
    if name == ws.user.username:
        raise ConflictError(msg("You cannot deactivate your own account while signed in with it."))
    with ws.session(reason=reason) as session:
        user = _get(session, name)
        if not user.active:
            raise ConflictError(msg("{name} is already deactivated.", name=name))
        if user.role_enum is Role.ADMIN and _active_admins(session) <= 1:
            raise ConflictError(msg("This is the last active administrator; add another first."))
        user.active = False
        user.deactivated_at = utc_now()
        session.flush()
        ws.access.remove(session, name)
    return ws.change_database_key(f"{name} deactivated")


def reactivate_user(ws: Workspace, username: str, temporary_password: str, reason: str) -> None:
    ws.require(Action.MANAGE_USERS)
    reason = _require_reason(reason)
    name = normalise_username(username)
    check_new_password(temporary_password, username=name,
                       min_length=ws.settings.password_min_length)
    with ws.session(reason=reason) as session:
        user = _get(session, name)
        if user.active:
            raise ConflictError(msg("{name} is already active.", name=name))
        user.active = True
        user.deactivated_at = None
        user.must_change_password = True
        session.flush()
        ws.access.set_password(session, name, temporary_password, ws.settings.kdf)
    share_list_keys(ws)


def reset_password(ws: Workspace, username: str, temporary_password: str, reason: str
                   ) -> list[str]:
    """A new temporary password; the user must change it at the next sign-in."""
    ws.require(Action.RESET_PASSWORDS)
    reason = _require_reason(reason)
    name = normalise_username(username)
    check_new_password(temporary_password, username=name,
                       min_length=ws.settings.password_min_length)
    with ws.session(reason=reason) as session:
        user = _get(session, name)
        if not user.active:
            raise ConflictError(msg("{name} is deactivated: reactivate the account instead.",
                                    name=name))
        user.must_change_password = True
        audit.record_event(session, "password_reset", "user", name, reason=reason)
        ws.access.set_password(session, name, temporary_password, ws.settings.kdf)
        ws.access.clear_failures(session, name)
    share_list_keys(ws)  # the reset gave new keys: the sealed envelopes' key follows
    # The old password's slot may survive in a copy of the key file: a new key revokes it.
    return ws.change_database_key(f"password of {name} reset")


def _get(session: Session, name: str) -> User:
    user = session.scalar(select(User).where(User.username == name))
    if user is None:
        raise NotFound(msg("There is no user named '{name}'.", name=name))
    return user


def _active_admins(session: Session) -> int:
    return int(session.scalar(select(func.count(User.id)).where(
        User.active.is_(True), User.role == Role.ADMIN.value)) or 0)


def _row(ws: Workspace, name: str) -> UserRow:
    return next(r for r in list_users(ws) if r.username == name)
