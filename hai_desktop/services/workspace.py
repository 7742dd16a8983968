"""Signing in and out: key slot → database key → open database → active user → audit.

A `Workspace` is what a sign-in gives: the open database, its key file and the signed-in user.
Every other service takes one.
"""

from __future__ import annotations

import contextlib
import json
import logging
import math
import socket
import threading
import uuid
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass, replace
from datetime import date, datetime, tzinfo
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import DatabaseError as SADatabaseError
from sqlalchemy.orm import Session

from hai_desktop import __version__
from hai_desktop.core.changes import Change, foreign_change
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
from hai_desktop.services.access import Access, KeyFileAccess, ServerAccess, register_keys
from hai_desktop.services.passwords import check_new_password
from hai_desktop.services.permissions import Action, allowed, require
from hai_desktop.settings import KdfParameters, Settings
from hai_desktop.store import audit
from hai_desktop.store.database import Database, OpenOptions, check_database_file
from hai_desktop.store.keyfile import key_slot_path
from hai_desktop.store.keyslots import (
    RECOVERY_SLOT,
    UNKNOWN_USER,
    WRONG_CREDENTIALS,
    KeySlotFile,
    new_database_key,
    new_recovery_code,
    normalise_recovery_code,
    normalise_username,
)
from hai_desktop.store.models import AuditEntry, User, UserKey
from hai_desktop.store.server import ServerAddress
from hai_desktop.store.userkeys import UserKeys, fingerprint

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
        if isinstance(self.access, KeyFileAccess) and self.access.signer is not None:
            db.signer = self.access.signer
            db.set_key_source(self.access.key_source)
        self.user = user
        self.settings = settings
        self.locked = False
        self._calls = threading.local()  # per thread: did its call begin unlocked?
        self.anchor_problem: str | None = None
        self._colleague_keys: dict[str, UserKeys | None] = {}
        self._training: bool | None = None  # the database's flag, read once (it never changes)
        db.set_commit_listener(self._anchor)
        self.check_anchor()
        # Live refresh: this workstation's commits arrive as they happen; another's are found
        # in the audit trail's rows after the newest one seen here (poll_changes).
        self._change_lock = threading.Lock()
        self._own_seqs: set[int] = set()
        self._seen_seq = self._audit_head()
        self._change_listeners: list[Callable[[Change], None]] = []
        db.add_change_listener(self._on_own_change)

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
            with self.db.turn(), self.db.read_engine.connect() as conn:
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
            # Another workstation's commit may have moved it further already; this person's
            # tail (the newest row they signed) moves all the same.
            behind = current is None or current[0] < seq
            if isinstance(self.access, KeyFileAccess):
                self.access.move_anchor(seq, row_hash, anchor=behind)
            elif behind:
                self.access.move_anchor(seq, row_hash)
        except OSError as exc:
            log.error("audit anchor not written: %s", exc.strerror)
        except (DatabaseFileError, IntegrityFailure) as exc:
            self.anchor_problem = exc.message
            log.error("audit anchor not written: %s", exc.message)

    # ---- what changed (live refresh) ---------------------------------------------------------
    def on_change(self, listener: Callable[[Change], None]) -> None:
        """`listener(change)` after each commit here (in the committing thread) and for each
        change poll_changes finds from elsewhere."""
        self._change_listeners.append(listener)

    def remove_change_listener(self, listener: Callable[[Change], None]) -> None:
        """A window that closes stops listening (a new one may open on the same workspace)."""
        with contextlib.suppress(ValueError):
            self._change_listeners.remove(listener)

    def _on_own_change(self, change: Change) -> None:
        with self._change_lock:
            self._own_seqs |= change.audit_seqs
        self._tell(change)

    def _tell(self, change: Change) -> None:
        # One listener's failure (a window already deleted) must not keep the others from
        # hearing of the change: logged, like Database's own listeners.
        for listener in tuple(self._change_listeners):
            try:
                listener(change)
            except Exception:
                log.exception("a change listener failed")

    def _audit_head(self) -> int:
        try:
            with self.db.read_engine.connect() as conn:
                seq = audit.last_row(conn)[0]
                conn.rollback()
            return seq
        except SADatabaseError:
            return 0  # check_anchor has flagged the file already

    def poll_changes(self) -> Change | None:
        """Rows another workstation added to the audit trail since the last poll, as a Change
        told to the listeners (None: nothing new). Nothing is polled while locked."""
        if self.locked:
            return None
        before = self.db.write_marker()
        rows = self.db.audit_rows_after(self._seen_seq)
        after = self.db.write_marker()
        if after[1] or after[0] != before[0]:
            return None  # one of ours overlapped the read: its rows are not known yet as ours
        if not rows:
            return None
        with self._change_lock:
            self._seen_seq = rows[-1][0]
            elsewhere = [(entity, action) for seq, entity, action in rows
                         if seq not in self._own_seqs]
            self._own_seqs = {seq for seq in self._own_seqs if seq > self._seen_seq}
        change = foreign_change(elsewhere)
        if change is not None:
            self._tell(change)
        return change

    @property
    def path(self) -> Path:
        return self.db.file

    @property
    def is_training(self) -> bool:
        """The database's own TRAINING flag, written once when it was created (audited, and
        checked by `verify`). The key file's copy is not authenticated and decides nothing."""
        if self._training is None:
            self._training = self.db.is_training
        return self._training

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
        """Every service starts here: refused while the screen is locked (unless this thread's
        call began before the lock, see `call_in_progress`), while the password is still a
        temporary one (but for its change), then by role."""
        if self.locked and not getattr(self._calls, "begun_unlocked", False):
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

    @contextlib.contextmanager
    def call_in_progress(self) -> Iterator[None]:
        """A service call on the background worker: one that began unlocked runs to its end
        even if the screen locks meanwhile, since a lock between its steps (a reset and its
        key rotation, a delay per drug) would leave it half done. One that begins while
        locked is refused as ever."""
        self._calls.begun_unlocked = not self.locked
        try:
            yield
        finally:
            self._calls.begun_unlocked = False

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
        colleague = active_user(self.db, name)
        if isinstance(self.access, KeyFileAccess):
            # Their key, opened by the password they just typed, signs what they sign here.
            self._colleague_keys[name] = self.access.take_opened_keys(name)
        return colleague

    def signing_keys(self, username: str) -> UserKeys | None:
        """The key that signs an electronic signature by `username` at this workstation: the
        signed-in person's own, or a colleague's who confirmed their password just now (taken
        once). None on the server, where no key slots exist."""
        if not isinstance(self.access, KeyFileAccess):
            return None
        if username == self.user.username:
            return self.access.keys
        return self._colleague_keys.pop(username, None)

    def unlock(self, password: str) -> None:
        self.confirm_password(password, purpose="unlock")
        self.locked = False
        self.record("unlock", "session", self.user.username)

    def sign_out(self) -> None:
        """Record the sign-out and close; a sign-out the file no longer lets be recorded (the
        key changed, the disk failed) still closes it."""
        try:
            self.record("sign_out", "session", self.user.username)
        except HaiError as error:
            log.warning("the sign-out could not be recorded: %s", error.message)
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

    def change_database_key(self, why: str) -> list[str]:
        """A new database key, given to everybody who still has a key slot (after a
        deactivation or a reset): a copy of an older key file opens nothing live. Returns the
        version-1 slots that had to be removed (their owners need a temporary password)."""
        self.require(Action.MANAGE_USERS)
        if not isinstance(self.access, KeyFileAccess):
            return []  # the server has no database key: its passwords are checked there
        try:
            dropped = self.access.change_database_key()
        except (OSError, SADatabaseError, HaiError) as exc:
            log.error("the database key could not be changed: %s", type(exc).__name__)
            raise DatabaseFileError(
                msg("The account was changed, but the database key could not be changed "
                    "({why}): until it is, an older copy of the key file still opens the "
                    "database.", why=why),
                hint=msg("Check that the database folder can be written to, then run "
                         "'hai-desktop users rotate-key' or repeat the change.")) from exc
        self.record("database_key_changed", "key_slots", None,
                    {"why": why, "key slots removed": dropped})
        return dropped

    def replace_recovery_code(self, reason: str) -> str:
        self.require(Action.MANAGE_RECOVERY_CODE)
        if self.on_server:
            raise HaiError(msg("The shared server has no recovery code: an administrator's access "
                               "is restored by another administrator."),
                           hint=msg("Keep at least two active administrator accounts."))
        code = new_recovery_code()
        with self.session(reason=reason) as session:
            audit.record_event(session, "recovery_code_replaced", "key_slots", None)
            self.access.set_password(session, RECOVERY_SLOT, normalise_recovery_code(code),
                                     self.settings.kdf)
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
            if _already_recorded(session, action, name, details):
                continue
            audit.record_event(session, action, "user", name, details, username="system")
        if refused:
            audit.record_event(session, "key_file_events_refused", "key_slots", None,
                               {"refused": refused, "why": "not a sign-in failure or lockout "
                                "of the shape this program writes"}, username="system")
    # Only what was written goes: another workstation may have noted more in the meantime.
    slots.reload()
    slots.pending_events = [ev for ev in slots.pending_events if ev not in events]
    _save_later(slots, "removing the reported failures now in the audit trail")


def _already_recorded(session: Session, action: str, name: str, details: dict[str, Any]
                      ) -> bool:
    """A reported failure the trail holds already: the key file could not be written after
    it was recorded (full disk, read-only folder, a crash), so it is reported again."""
    for (values,) in session.execute(select(AuditEntry.new_values).where(
            AuditEntry.action == action, AuditEntry.entity == "user",
            AuditEntry.entity_id == name, AuditEntry.username == "system")):
        try:
            if json.loads(values or "{}") == details:
                return True
        except ValueError:
            continue
    return False


def _save_later(slots: KeySlotFile, what: str) -> None:
    """Save what a sign-in writes to the key file and can wait (failures cleared, reported
    failures removed, the TRAINING hint corrected): a key file that cannot be written (a full
    disk, a read-only folder) must not keep people from reading their patients' records. The
    next sign-in finds the same things to do and does them (reported failures already in the
    trail are not recorded twice); nothing else relies on them."""
    try:
        slots.save()
    except OSError as exc:
        log.error("key file %s not written (%s): %s waits for the next sign-in",
                  slots.path, exc.strerror or type(exc).__name__, what)


def _reconcile_training_flag(ws: Workspace, slots: KeySlotFile) -> None:
    """The key file's TRAINING flag only chooses the sign-in window's banner; the database's
    flag decides everything else. When they disagree, the key file was edited or swapped in:
    the disagreement is audited and the key file corrected, so the banner tells the truth from
    the next start on.

    Not refused: the wrong hint has been made harmless (nothing trusts it), while refusing
    would let anyone who can write to the folder keep a whole unit from its patients' records.
    The audit row leaves the evidence for the monitor."""
    database = ws.is_training
    if slots.training == database:
        return
    log.warning("the key file's TRAINING flag (%s) disagrees with the database's (%s); the "
                "database's is used and the key file corrected", slots.training, database)
    with ws.db.session(actor="system") as session:
        audit.record_event(session, "key_file_training_flag_mismatch", "key_slots", None,
                           {"key_file": slots.training, "database": database,
                            "used": "database", "workstation": workstation_name(),
                            "signing_in": ws.user.username}, username="system")
    slots.training = database  # written with the sign-in's own save of the key file


def active_user(db: Database, username: str) -> CurrentUser:
    """The account behind a password that opened: it must still be active."""
    with db.read_session() as session:
        user = session.scalar(select(User).where(User.username == normalise_username(username)))
        if user is None or not user.active:
            raise AuthenticationError(
                msg("This user account is not active. Ask the administrator to reactivate it."))
        return CurrentUser.of(user)


def unlock_database(path: Path, username: str, password: str, settings: Settings, *,
                    migrate: bool = True) -> tuple[KeyFileAccess, Database, CurrentUser]:
    """Key slot → the person's keys → database key → open file → active user. Counts
    failures; audits nothing."""
    if not username.strip() or not password:
        raise AuthenticationError(msg("Enter your user name and password."))
    check_database_file(path)
    slots = KeySlotFile.load(key_slot_path(path))
    remaining = _lockout_remaining(slots, username, settings)
    if remaining > 0:
        raise _locked_out(remaining)
    try:
        opened = slots.open_slot(username, password)
    except AuthenticationError:
        slots.record_failure(username, settings.lockout_threshold, workstation_name())
        try:
            slots.save()
        except OSError as exc:
            # The answer stays the same; only this failure goes uncounted (each guess still
            # costs an argon2id derivation). No name in the log: it may be a password.
            log.error("a failed sign-in could not be counted: key file %s not written (%s)",
                      slots.path, exc.strerror or type(exc).__name__)
        raise
    db = _open_with_one_of(path, opened.db_keys, slots.db_id, settings, migrate=migrate)
    try:
        current = active_user(db, username)
        if migrate:
            _settle_key_change(slots, db, opened.db_keys)
        keys = opened.keys
        if keys is None and migrate:
            # A version-1 slot becomes a version-2 one at its owner's sign-in, the only moment
            # the password is at hand; the keys are registered once the workspace signs.
            keys = _converted_slot(slots, db, current, password)
        return KeyFileAccess(slots, db, keys, current.username), db, current
    except BaseException:
        db.close()
        raise


def _settle_key_change(slots: KeySlotFile, db: Database, candidates: tuple[bytes, ...]) -> None:
    """A change of the database key interrupted on some workstation (a crash between the
    rekey and the key file's last write) is finished, or undone, by the next sign-in: the key
    that opened the file says which."""
    if not slots.next_key_id:
        return
    try:
        with slots.locked():
            slots.reload()
            slots.settle_key_change(db.key, candidates)
            slots.save()
    except (OSError, HaiError) as exc:
        log.error("an interrupted change of the database key could not be settled (%s): "
                  "tried again at the next sign-in", type(exc).__name__)


def _pass_on_list_keys(workspace: Workspace) -> None:
    """An administrator, coordinator or investigator holding the key to sealed envelopes
    passes it to colleagues of those roles who lack it (a new account, a reset)."""
    from hai_desktop.services.allocation_keys import share_list_keys  # it imports this module

    try:
        share_list_keys(workspace)
    except HaiError as exc:  # the sign-in goes on; the next one tries again
        log.error("keys to the sealed envelopes not passed on: %s", exc.message)


def _converted_slot(slots: KeySlotFile, db: Database, user: CurrentUser, password: str
                    ) -> UserKeys | None:
    """This person's version-1 slot as a version-2 one with new keys; None (the old slot
    stays, this sign-in signs nothing) when the key file cannot be written now: keys that
    were never saved must not sign rows nobody could check later."""
    slot = slots.slot_of(user.username)
    kdf = KdfParameters(**slot.kdf) if slot is not None else KdfParameters()
    try:
        slots.reload()
        keys = slots.set_slot(db.key, user.username, password, kdf)
        slots.save()
    except OSError as exc:
        log.error("key slot not converted to version 2 (%s): tried again at the next sign-in",
                  exc.strerror or type(exc).__name__)
        slots.reload()
        return None
    return keys


def _open_with_one_of(path: Path, keys: tuple[bytes, ...], db_id: str, settings: Settings, *,
                      migrate: bool) -> Database:
    """The database under the newest key that opens it: two only when a change of the
    database key was interrupted between wrapping the new key and rekeying the file."""
    options = OpenOptions(busy_timeout_ms=settings.busy_timeout_ms)
    for index, key in enumerate(keys):
        try:
            return Database.open(path, key, expected_db_id=db_id, migrate=migrate,
                                 options=options)
        except DatabaseFileError as exc:
            if index < len(keys) - 1:
                continue
            if "cannot be read" not in str(exc.message):
                raise
            raise DatabaseFileError(
                msg("{path} cannot be read with the key file beside it: the key file is an older "
                    "copy (the database key is changed whenever an account is deactivated or a "
                    "password reset) or another database's, or the database file is damaged.",
                    path=path),
                hint=msg("Use the key file that was beside the database, or restore both "
                         "files from the same backup.")) from exc
    raise AssertionError("a key slot always gives at least one key")


def _check_own_keys(workspace: Workspace) -> None:
    """At sign-in: this person's keys are the ones the database knows for them (registered
    now if the slot was just made from a version-1 one), and the newest audit row the key
    file says they signed is still in the trail. Either failing is flagged like a broken
    anchor: somebody with the database key changed what this person did."""
    access = workspace.access
    if not isinstance(access, KeyFileAccess) or access.keys is None:
        return
    public = access.keys.signing_public
    problem: str | None = None
    with workspace.session(reason="key slot brought to version 2") as session:
        found = session.get(UserKey, fingerprint(public))
        if found is None:
            if session.scalar(select(UserKey.fingerprint).where(
                    UserKey.username == workspace.user.username).limit(1)) is None:
                register_keys(session, workspace.user.username, access.keys)
            else:
                problem = msg("{user}'s key is not the one the database records for them: the "
                              "database's record of their keys was changed",
                              user=workspace.user.username)
        elif found.username != workspace.user.username:
            problem = msg("{user}'s key is recorded in the database as {other}'s",
                          user=workspace.user.username, other=found.username)
    try:
        tail = access.slots.tail_of(workspace.user.username)
        if tail is not None:
            with workspace.db.turn(), workspace.db.read_engine.connect() as conn:
                found_hash = audit.hash_at(conn, tail[0])
                conn.rollback()
            if found_hash != tail[1]:
                problem = msg("audit row #{seq}, the newest {user} signed, is no longer in the "
                              "trail as they signed it: rows were rewritten or removed",
                              seq=tail[0], user=workspace.user.username)
    except IntegrityFailure as exc:
        problem = exc.message
    if problem is not None:
        workspace.anchor_problem = problem
        log.error("own keys check failed: %s", problem)


def _signed_in(workspace: Workspace) -> Workspace:
    workspace.record("sign_in", "session", workspace.user.username,
                     {"workstation": workstation_name(), "app_version": __version__})
    return workspace


def sign_in(path: Path, username: str, password: str, settings: Settings) -> Workspace:
    """Open the database at `path` as `username`; any failure leaves the file unchanged."""
    access, db, current = unlock_database(path, username, password, settings)
    try:
        moved = db.info_value("moved_to_server")
        if moved:
            raise ConflictError(msg("The data in {name} were moved to the shared server ({moved}); "
                                    "this file is kept as it was then.",
                                    name=path.name, moved=moved),
                                hint=msg("Set server_url in this workstation's settings to work on "
                                         "the server."))
        workspace = Workspace(db, access, current, settings)
        _check_own_keys(workspace)
        _pass_on_list_keys(workspace)
        _flush_pending_events(db, access.slots)
        _reconcile_training_flag(workspace, access.slots)
        access.slots.clear_failures(username)
        _save_later(access.slots, "clearing the failure count")
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
    admin_keys = slots.set_slot(key, username, admin_password, settings.kdf)
    recovery_keys = slots.set_slot(key, RECOVERY_SLOT, normalise_recovery_code(code),
                                   settings.kdf)
    slots.set_anchor(key, *db.audit_head())
    slots.save()
    access = KeyFileAccess(slots, db, admin_keys, username)
    # The first administrator's key signs its own registration: the root every later key
    # registration (signed by an administrator) goes back to.
    db.signer = access.signer
    with db.session(actor="system", reason="first administrator") as session:
        register_keys(session, username, admin_keys)
        session.flush()  # the root: every later key is registered by a key before it
        session.add(User(username=username, full_name=admin_full_name.strip() or username,
                         role=Role.ADMIN.value))
        register_keys(session, RECOVERY_SLOT, recovery_keys)
    with db.read_session() as session:
        admin = session.scalar(select(User).where(User.username == username))
        assert admin is not None
        current = CurrentUser.of(admin)
    workspace = Workspace(db, access, current, settings)
    workspace._anchor(*db.audit_head())
    return workspace, code


def recover_with_code(path: Path, code: str, username: str, new_password: str,
                      settings: Settings) -> Workspace:
    """The printed recovery code sets a new password for an active administrator."""
    check_database_file(path)
    slots = KeySlotFile.load(key_slot_path(path))
    opened = slots.open_slot(RECOVERY_SLOT, normalise_recovery_code(code))
    db = _open_with_one_of(path, opened.db_keys, slots.db_id, settings, migrate=True)
    key = db.key
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
        # The recovery code's own key signs what it does: it is the administrator's way
        # back, not the administrator (whose old keys went with the forgotten password).
        recovery_keys = opened.keys
        if recovery_keys is None:
            # A version-1 recovery slot: the code is at hand now, so it gets its own keys
            # (registered by itself: it had none).
            slots.reload()
            recovery_keys = slots.set_slot(key, RECOVERY_SLOT, normalise_recovery_code(code),
                                           settings.kdf)
            slots.save()
            db.signer = KeyFileAccess(slots, db, recovery_keys, RECOVERY_SLOT).signer
            with db.session(actor="system", reason="recovery slot brought to version 2") as s:
                register_keys(s, RECOVERY_SLOT, recovery_keys)
        access = KeyFileAccess(slots, db, recovery_keys, RECOVERY_SLOT)
        workspace = Workspace(db, access, current, settings)
        with workspace.session(reason="access restored with the recovery code") as session:
            audit.record_event(session, "password_recovered", "user", current.username)
            keys = slots.set_slot(key, current.username, new_password, settings.kdf)
            register_keys(session, current.username, keys)
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
