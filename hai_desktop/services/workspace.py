"""Signing in and out: key slot → database key → open database → active user → audit.

A `Workspace` is what a sign-in gives: the open database, its key file and the signed-in user.
Every other service takes one.
"""

from __future__ import annotations

import logging
import math
import socket
import uuid
from contextlib import AbstractContextManager
from dataclasses import dataclass, replace
from datetime import date, datetime, tzinfo
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import DatabaseError as SADatabaseError
from sqlalchemy.orm import Session

from hai_desktop import __version__
from hai_desktop.core.clock import site_zone
from hai_desktop.core.errors import (
    AuthenticationError,
    ConflictError,
    DatabaseFileError,
    HaiError,
    IntegrityFailure,
    LockedOutError,
    PermissionDenied,
)
from hai_desktop.core.i18n import msg
from hai_desktop.core.names import checked_full_name, checked_username
from hai_desktop.core.roles import Role
from hai_desktop.services.access import Access, KeyFileAccess, ServerAccess
from hai_desktop.services.passwords import check_new_password
from hai_desktop.services.permissions import Action, allowed, require
from hai_desktop.settings import Settings
from hai_desktop.store import audit
from hai_desktop.store.database import Database, OpenOptions, check_database_file
from hai_desktop.store.keyslots import (
    RECOVERY_SLOT,
    UNKNOWN_USER,
    WRONG_CREDENTIALS,
    KeySlotFile,
    key_slot_path,
    new_database_key,
    new_recovery_code,
    normalise_recovery_code,
    normalise_username,
)
from hai_desktop.store.models import User
from hai_desktop.store.server import ServerAddress

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class CurrentUser:
    id: int
    username: str
    full_name: str
    role: Role
    must_change_password: bool = False

    @classmethod
    def of(cls, user: User) -> CurrentUser:
        return cls(user.id, user.username, user.full_name, user.role_enum,
                   user.must_change_password)


def require_of(user: CurrentUser, action: Action) -> None:
    """What a signed-in person may do: nothing but change a temporary password (a new
    account's, or one an administrator reset) until they have, then what their role allows.

    The administrator who set the temporary password knows it: were it to open anything
    else, on any path (the window, the command line, a script), it would be theirs to use."""
    if user.must_change_password and action is not Action.CHANGE_OWN_PASSWORD:
        raise PermissionDenied(
            msg("Your password is a temporary one (of a new account, or set by an "
                "administrator's reset): it opens nothing until you choose your own."),
            hint=msg("Sign in to the hai-desktop window, which asks for a new password at "
                     "once, or on the command line run: hai-desktop password --as {username}",
                     username=user.username))
    require(user.role, action)


def workstation_name() -> str:
    return socket.gethostname() or "unknown workstation"


class Workspace:
    """The open database of one signed-in user."""

    def __init__(self, db: Database, access: Access | KeySlotFile, user: CurrentUser,
                 settings: Settings) -> None:
        self.db = db
        self.access: Access = (KeyFileAccess(access, db) if isinstance(access, KeySlotFile)
                               else access)
        self.user = user
        self.settings = settings
        self.locked = False
        self.anchor_problem: str | None = None
        db.set_commit_listener(self._anchor)
        self.check_anchor()

    @property
    def slots(self) -> KeySlotFile:
        """The key file (the encrypted file only; the server has none)."""
        if not isinstance(self.access, KeyFileAccess):
            raise HaiError(msg("There is no key file on the shared server."))
        return self.access.slots

    @property
    def on_server(self) -> bool:
        return self.db.on_server

    def check_anchor(self) -> str | None:
        """Does the chain still hold the anchored row? A problem stays flagged for the session."""
        try:
            anchor = self.access.anchor()
            with self.db.read_engine.connect() as conn:
                problem = audit.anchor_mismatch(conn, anchor)
                conn.rollback()
        except IntegrityFailure as exc:
            problem = exc.message
        except SADatabaseError as exc:
            # Still sign in, so that an administrator can verify and restore from backup.
            problem = self.db._error(exc, saving=False).message
        if problem:
            self.anchor_problem = problem
            log.error("audit anchor check failed: %s", problem)
        return self.anchor_problem

    # The anchor outside the database lets `verify` notice newest rows being removed. It only
    # moves forward along an intact chain, so a removal stays detectable after later commits.
    def _anchor(self, seq: int, row_hash: str) -> None:
        # The record is committed already: an anchor that cannot be read or written stays
        # trailing (allowed; the next commit that can write it moves it on) rather than
        # reporting a saved record as not saved.
        try:
            self.access.refresh()
            if self.check_anchor() is not None:
                return
            current = self.access.anchor()
            if current is not None and current[0] >= seq:
                return  # another workstation's commit moved it further already
            self.access.move_anchor(seq, row_hash)
        except OSError as exc:
            log.error("audit anchor not written: %s", exc.strerror)
        except (DatabaseFileError, IntegrityFailure) as exc:
            self.anchor_problem = exc.message
            log.error("audit anchor not written: %s", exc.message)

    @property
    def path(self) -> Path:
        return self.db.file

    @property
    def is_training(self) -> bool:
        return self.access.training

    @property
    def zone(self) -> tzinfo:
        """The site's time zone for what is shown and printed (settings.time_zone)."""
        return site_zone(self.settings.time_zone)

    def today(self) -> date:
        """Today at the site."""
        return datetime.now(self.zone).date()

    def may(self, action: Action) -> bool:
        """What the window shows: what `require` would let through (the lock aside)."""
        if self.user.must_change_password and action is not Action.CHANGE_OWN_PASSWORD:
            return False
        return allowed(self.user.role, action)

    def require(self, action: Action) -> None:
        """Every service starts here: refused while the screen is locked, while the password
        is still a temporary one (but for its change), then by role."""
        if self.locked:
            raise PermissionDenied(msg("The workstation is locked."),
                                   hint=msg("Unlock it with your password first."))
        require_of(self.user, action)

    def session(self, reason: str | None = None) -> AbstractContextManager[Session]:
        """A unit of work as the signed-in user, with the reason kept in the audit trail."""
        return self.db.session(actor=self.user.username, reason=reason)

    def record(self, action: str, entity: str = "session", entity_id: str | None = None,
               details: dict[str, object] | None = None, reason: str | None = None) -> None:
        with self.session() as session:
            audit.record_event(session, action, entity, entity_id, details, reason)

    # ---- lock / unlock / re-authenticate ----------------------------------------------------
    def lock(self, why: str = "idle") -> None:
        if not self.locked:
            self.locked = True
            self.record("lock", "session", self.user.username, {"why": why})

    def confirm_password(self, password: str, *, purpose: str) -> None:
        """Re-authentication (unlock, signatures): the user's own password, as it is now."""
        remaining = self.access.lockout_remaining(self.user.username, self.settings)
        if remaining > 0:
            raise _locked_out(remaining)
        if not self.access.password_opens(self.user.username, password):
            with self.session() as session:
                count = self.access.note_failure(session, self.user.username, self.settings,
                                                 workstation_name())
                audit.record_event(session, "password_failed", "user", self.user.username,
                                   {"purpose": purpose, "consecutive_failures": count})
                if count >= self.settings.lockout_threshold:
                    audit.record_event(session, "lockout", "user", self.user.username,
                                       {"count": count})
            raise AuthenticationError(msg("The password is wrong."))
        self.access.clear_failures(None, self.user.username)

    def confirm_colleague(self, username: str, password: str, *, purpose: str) -> CurrentUser:
        """A second person's own password at this workstation (the double check at the chair),
        without signing the signed-in user out. Failures count towards that person's lockout
        and are audited under their name (or as an unknown name, never as typed)."""
        name = normalise_username(username)
        if not name or not password:
            raise AuthenticationError(msg("Enter the user name and password of the person "
                                          "checking."))
        if name == self.user.username:
            self.confirm_password(password, purpose=purpose)
            return self.user
        remaining = self.access.lockout_remaining(name, self.settings)
        if remaining > 0:
            raise _locked_out(remaining)
        if not self.access.password_opens(name, password):
            with self.session() as session:
                known = session.scalar(select(User.username).where(User.username == name))
                count = self.access.note_failure(session, name, self.settings,
                                                 workstation_name())
                audit.record_event(session, "password_failed", "user", known or UNKNOWN_USER,
                                   {"purpose": purpose, "consecutive_failures": count,
                                    "at the workstation of": self.user.username})
                if count >= self.settings.lockout_threshold:
                    audit.record_event(session, "lockout", "user", known or UNKNOWN_USER,
                                       {"count": count})
            raise AuthenticationError(WRONG_CREDENTIALS)
        self.access.clear_failures(None, name)
        return active_user(self.db, name)

    def unlock(self, password: str) -> None:
        self.confirm_password(password, purpose="unlock")
        self.locked = False
        self.record("unlock", "session", self.user.username)

    def sign_out(self) -> None:
        try:
            self.record("sign_out", "session", self.user.username)
        finally:
            self.db.close()

    def refresh_user(self) -> None:
        with self.db.read_session() as session:
            user = session.get(User, self.user.id)
            if user is not None:
                self.user = CurrentUser.of(user)

    # ---- passwords ------------------------------------------------------------------------
    def change_own_password(self, old_password: str, new_password: str) -> None:
        self.require(Action.CHANGE_OWN_PASSWORD)
        self.confirm_password(old_password, purpose="change password")
        if new_password == old_password:
            raise AuthenticationError(msg("The new password must differ from the current one."))
        check_new_password(new_password, username=self.user.username,
                           min_length=self.settings.password_min_length)
        with self.session(reason="password changed by its owner") as session:
            user = session.get(User, self.user.id)
            assert user is not None
            user.must_change_password = False
            audit.record_event(session, "password_changed", "user", self.user.username)
            self.access.set_password(session, self.user.username, new_password,
                                     self.settings.kdf)
        self.user = replace(self.user, must_change_password=False)

    def replace_recovery_code(self, reason: str) -> str:
        self.require(Action.MANAGE_RECOVERY_CODE)
        if self.on_server:
            raise HaiError(msg("The shared server has no recovery code: an administrator's access "
                               "is restored by another administrator."),
                           hint=msg("Keep at least two active administrator accounts."))
        code = new_recovery_code()
        with self.session(reason=reason) as session:
            audit.record_event(session, "recovery_code_replaced", "key_slots", None)
            self.slots.reload()
            self.slots.set_slot(self.db.key, RECOVERY_SLOT, normalise_recovery_code(code),
                                self.settings.kdf)
            self.slots.save()
        return code


def _lockout_remaining(slots: KeySlotFile, username: str, settings: Settings) -> float:
    return slots.lockout_remaining_s(username, settings.lockout_threshold,
                                     settings.lockout_base_delay_s, settings.lockout_max_delay_s)


def _locked_out(remaining: float) -> LockedOutError:
    seconds = math.ceil(remaining)
    wait = f"{seconds} seconds" if seconds < 120 else f"{math.ceil(seconds / 60)} minutes"
    return LockedOutError(msg("Too many wrong passwords in a row. Try again in {wait}.", wait=wait),
                          retry_after_s=remaining)


_PENDING_ACTIONS = ("sign_in_failed", "lockout")
_PENDING_FIELDS = frozenset({"action", "username", "at", "count", "workstation"})


def _pending_failure(ev: object, known: set[str]) -> tuple[str, str, dict[str, Any]] | None:
    """(action, user name, details) of a failure the key file reports, when it has the one
    shape KeySlotFile.record_failure writes; None for anything else. The key file is not
    authenticated: whoever can write it could invent rows, so only this shape is taken, for
    an account that exists, and the row says it was reported, not signed."""
    if not isinstance(ev, dict) or set(ev) != _PENDING_FIELDS:
        return None
    action, name, at, count, station = (ev["action"], ev["username"], ev["at"], ev["count"],
                                        ev["workstation"])
    if action not in _PENDING_ACTIONS or name not in known:
        return None
    if not isinstance(count, int) or isinstance(count, bool) or not 0 < count <= 1_000_000:
        return None
    if not isinstance(station, str) or len(station) > 255 or not station.isprintable():
        return None
    try:
        when = datetime.fromisoformat(str(at))
    except ValueError:
        return None
    if when.tzinfo is None:
        return None
    return action, name, {"at": when.isoformat(timespec="milliseconds"), "count": count,
                          "workstation": station,
                          "source": "key file, unauthenticated (the database was closed)"}


def _flush_pending_events(db: Database, slots: KeySlotFile) -> None:
    """Failures noted in the key file while the database was closed become audit rows now,
    recorded by "system" and marked unauthenticated; anything else the file holds is
    refused, and the refusal counted in the trail."""
    events = list(slots.pending_events)
    if not events:
        return
    known = {*slots.usernames(), UNKNOWN_USER}
    with db.session(actor="system") as session:
        refused = 0
        for ev in events:
            failure = _pending_failure(ev, known)
            if failure is None:
                refused += 1
                continue
            action, name, details = failure
            audit.record_event(session, action, "user", name, details, username="system")
        if refused:
            audit.record_event(session, "key_file_events_refused", "key_slots", None,
                               {"refused": refused, "why": "not a sign-in failure or lockout "
                                "of the shape this program writes"}, username="system")
    # Only what was written goes: another workstation may have noted more in the meantime.
    slots.reload()
    slots.pending_events = [ev for ev in slots.pending_events if ev not in events]
    slots.save()


def active_user(db: Database, username: str) -> CurrentUser:
    """The account behind a password that opened: it must still be active."""
    with db.read_session() as session:
        user = session.scalar(select(User).where(User.username == normalise_username(username)))
        if user is None or not user.active:
            raise AuthenticationError(
                msg("This user account is not active. Ask the administrator to reactivate it."))
        return CurrentUser.of(user)


def unlock_database(path: Path, username: str, password: str, settings: Settings, *,
                    migrate: bool = True) -> tuple[KeySlotFile, Database, CurrentUser]:
    """Key slot → database key → open file → active user. Counts failures; audits nothing."""
    if not username.strip() or not password:
        raise AuthenticationError(msg("Enter your user name and password."))
    check_database_file(path)
    slots = KeySlotFile.load(key_slot_path(path))
    remaining = _lockout_remaining(slots, username, settings)
    if remaining > 0:
        raise _locked_out(remaining)
    try:
        key = slots.unwrap(username, password)
    except AuthenticationError:
        slots.record_failure(username, settings.lockout_threshold, workstation_name())
        slots.save()
        raise
    db = Database.open(path, key, expected_db_id=slots.db_id, migrate=migrate,
                       options=OpenOptions(busy_timeout_ms=settings.busy_timeout_ms))
    try:
        return slots, db, active_user(db, username)
    except BaseException:
        db.close()
        raise


def _signed_in(workspace: Workspace) -> Workspace:
    workspace.record("sign_in", "session", workspace.user.username,
                     {"workstation": workstation_name(), "app_version": __version__})
    return workspace


def sign_in(path: Path, username: str, password: str, settings: Settings) -> Workspace:
    """Open the database at `path` as `username`; any failure leaves the file unchanged."""
    slots, db, current = unlock_database(path, username, password, settings)
    try:
        moved = db.info_value("moved_to_server")
        if moved:
            raise ConflictError(msg("The data in {name} were moved to the shared server ({moved}); "
                                    "this file is kept as it was then.",
                                    name=path.name, moved=moved),
                                hint=msg("Set server_url in this workstation's settings to work on "
                                         "the server."))
        workspace = Workspace(db, slots, current, settings)
        _flush_pending_events(db, slots)
        slots.clear_failures(username)
        slots.save()
        return _signed_in(workspace)
    except BaseException:
        db.close()
        raise


def create_database(path: Path, *, admin_username: str, admin_full_name: str,
                    admin_password: str, settings: Settings, training: bool = False
                    ) -> tuple[Workspace, str]:
    """A new empty encrypted database with its first administrator and a recovery code."""
    # The same rules as for every other account (services.users.add_user).
    username = checked_username(admin_username)
    admin_full_name = checked_full_name(admin_full_name or username)
    check_new_password(admin_password, username=username,
                       min_length=settings.password_min_length)
    keys_path = key_slot_path(path)
    if path.exists() or keys_path.exists():
        raise DatabaseFileError(msg("{path} or its key file already exists; nothing was changed.",
                                    path=path),
                                hint=msg("Choose another path, or move the old files away first."))
    key = new_database_key()
    slots = KeySlotFile.create(keys_path, training=training)
    db = Database.create(path, key, db_id=slots.db_id, training=training,
                         app_version=__version__,
                         options=OpenOptions(busy_timeout_ms=settings.busy_timeout_ms))
    code = new_recovery_code()
    slots.set_slot(key, username, admin_password, settings.kdf)
    slots.set_slot(key, RECOVERY_SLOT, normalise_recovery_code(code), settings.kdf)
    slots.set_anchor(key, *db.audit_head())
    slots.save()
    with db.session(actor="system", reason="first administrator") as session:
        session.add(User(username=username, full_name=admin_full_name.strip() or username,
                         role=Role.ADMIN.value))
    with db.read_session() as session:
        admin = session.scalar(select(User).where(User.username == username))
        assert admin is not None
        current = CurrentUser.of(admin)
    workspace = Workspace(db, slots, current, settings)
    workspace._anchor(*db.audit_head())
    return workspace, code


def recover_with_code(path: Path, code: str, username: str, new_password: str,
                      settings: Settings) -> Workspace:
    """The printed recovery code sets a new password for an active administrator."""
    check_database_file(path)
    slots = KeySlotFile.load(key_slot_path(path))
    key = slots.unwrap(RECOVERY_SLOT, normalise_recovery_code(code))
    db = Database.open(path, key, expected_db_id=slots.db_id,
                       options=OpenOptions(busy_timeout_ms=settings.busy_timeout_ms))
    try:
        with db.read_session() as session:
            user = session.scalar(select(User).where(
                User.username == normalise_username(username)))
            if user is None or not user.active:
                raise AuthenticationError(WRONG_CREDENTIALS)
            if user.role_enum is not Role.ADMIN:
                raise PermissionDenied(msg("The recovery code can only restore an administrator's "
                                           "access."))
            current = CurrentUser.of(user)
        check_new_password(new_password, username=current.username,
                           min_length=settings.password_min_length)
        workspace = Workspace(db, slots, current, settings)
        with workspace.session(reason="access restored with the recovery code") as session:
            audit.record_event(session, "password_recovered", "user", current.username)
            slots.set_slot(key, current.username, new_password, settings.kdf)
            slots.clear_failures(current.username)
            slots.save()
        return workspace
    except BaseException:
        db.close()
        raise



# ---- the shared server -------------------------------------------------------------------------

def open_server(settings: Settings, *, migrate: bool = True) -> tuple[Database, ServerAccess]:
    """Connect this workstation to the unit's server database (nobody signed in yet)."""
    db = Database.open_server(ServerAddress.from_settings(settings), migrate=migrate)
    try:
        db_id = db.info_value("db_id")
        if not db_id:
            raise DatabaseFileError(msg("{db} holds no hai-desktop database identity.",
                                        db=db.label),
                                    hint=msg("Ask IT: the database may be incomplete."))
        return db, ServerAccess(db, settings, db_id, db.is_training)
    except BaseException:
        db.close()
        raise


def _audit_sign_in_failure(db: Database, access: ServerAccess, username: str,
                           settings: Settings) -> None:
    with db.session(actor="system") as session:
        name = access.failure_name(session, username)
        count = access.note_failure(session, username, settings, workstation_name())
        details = {"count": count, "workstation": workstation_name()}
        audit.record_event(session, "sign_in_failed", "user", name, details, username=name)
        if count == settings.lockout_threshold:
            audit.record_event(session, "lockout", "user", name, details, username=name)


def unlock_server(settings: Settings, username: str, password: str, *,
                  migrate: bool = True) -> tuple[ServerAccess, Database, CurrentUser]:
    """Password against the user's argon2id hash on the server; failures counted and audited
    there at once (the server is open before anyone signs in)."""
    if not username.strip() or not password:
        raise AuthenticationError(msg("Enter your user name and password."))
    db, access = open_server(settings, migrate=migrate)
    try:
        remaining = access.lockout_remaining(username, settings)
        if remaining > 0:
            raise _locked_out(remaining)
        if not access.password_opens(username, password):
            _audit_sign_in_failure(db, access, username, settings)
            if access.awaits_first_password(username):
                raise AuthenticationError(
                    msg("Your account has no password on the server yet (the unit's data was moved "
                        "there from a workstation)."),
                    hint=msg("Ask an administrator to give you a temporary password."))
            raise AuthenticationError(WRONG_CREDENTIALS)
        return access, db, active_user(db, username)
    except BaseException:
        db.close()
        raise


def sign_in_server(settings: Settings, username: str, password: str) -> Workspace:
    """Sign in to the shared server configured in the settings."""
    access, db, current = unlock_server(settings, username, password)
    try:
        workspace = Workspace(db, access, current, settings)
        if access.anchor() is None:
            # This workstation's first sign-in to this database: from now on it notices rows
            # removed below what it has seen.
            access.move_anchor(*db.audit_head())
        access.clear_failures(None, current.username)
        return _signed_in(workspace)
    except BaseException:
        db.close()
        raise


def sign_in_configured(settings: Settings, username: str, password: str,
                       path: Path | None = None) -> Workspace:
    """Sign in where this workstation's data is: the server if one is set, else the file."""
    if settings.uses_server:
        return sign_in_server(settings, username, password)
    return sign_in(path or settings.database_path, username, password, settings)


def create_server_database(settings: Settings, *, admin_username: str, admin_full_name: str,
                           admin_password: str, training: bool = False) -> Workspace:
    """The schema and the first administrator in the empty server database IT created."""
    # The same rules as for every other account (services.users.add_user).
    username = checked_username(admin_username)
    admin_full_name = checked_full_name(admin_full_name or username)
    check_new_password(admin_password, username=username,
                       min_length=settings.password_min_length)
    db_id = str(uuid.uuid4())
    db = Database.create_server(ServerAddress.from_settings(settings), db_id=db_id,
                                training=training, app_version=__version__)
    try:
        access = ServerAccess(db, settings, db_id, training)
        with db.session(actor="system", reason="first administrator") as session:
            session.add(User(username=username, full_name=admin_full_name.strip() or username,
                             role=Role.ADMIN.value))
            session.flush()
            access.set_password(session, username, admin_password, settings.kdf)
        with db.read_session() as session:
            admin = session.scalar(select(User).where(User.username == username))
            assert admin is not None
            current = CurrentUser.of(admin)
        access.move_anchor(*db.audit_head())
        return Workspace(db, access, current, settings)
    except BaseException:
        db.close()
        raise
