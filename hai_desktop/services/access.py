"""Who may open the data, and the audit anchor kept outside it — for each kind of store.

On the encrypted file (`KeyFileAccess`) a password opens the user's key slot beside the file,
the failure counters and the anchor live in that key file. On the shared server
(`ServerAccess`) there is no key to unwrap: a password is checked against the user's argon2id
hash in the database, failures are counted in the database, and each workstation keeps its own
anchor (the newest audit row it has seen) in its data folder, so rows removed on the server are
noticed by every workstation that saw them.
"""

from __future__ import annotations

import contextlib
import copy
import json
import logging
import os
import tempfile
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from hai_desktop.core.errors import (
    AuthenticationError,
    DatabaseFileError,
    HaiError,
    IntegrityFailure,
)
from hai_desktop.core.i18n import msg
from hai_desktop.settings import KdfParameters, Settings
from hai_desktop.store.database import ON_ROLLBACK_KEY, Database
from hai_desktop.store.keyslots import (
    RECOVERY_SLOT,
    UNKNOWN_USER,
    KeySlotFile,
    key_id,
    lockout_delay_s,
    new_database_key,
    normalise_username,
)
from hai_desktop.store.models import SignInFailure, User, UserKey
from hai_desktop.store.userkeys import UserKeys, b64, fingerprint

if TYPE_CHECKING:
    from argon2 import PasswordHasher

log = logging.getLogger(__name__)


class Access(Protocol):
    """Where sign-in, key slots and the audit anchor live: the key file or the server."""

    @property
    def training(self) -> bool: ...

    def lockout_remaining(self, username: str, settings: Settings) -> float: ...

    def password_opens(self, username: str, password: str) -> bool: ...

    def note_failure(self, session: Session, username: str, settings: Settings,
                     workstation: str) -> int: ...

    def clear_failures(self, session: Session | None, username: str) -> None: ...

    def set_password(self, session: Session, username: str, password: str,
                     kdf: KdfParameters) -> None: ...

    def remove(self, session: Session, username: str) -> None: ...

    def usernames(self) -> set[str]: ...

    def anchor(self) -> tuple[int, str] | None: ...

    def move_anchor(self, seq: int, row_hash: str) -> None: ...

    def refresh(self) -> None:
        """Forget what was read: another workstation may have changed it since."""


# ---- the encrypted file ----------------------------------------------------------------------

@dataclass(frozen=True)
class KeySigner:
    """The signed-in person's Ed25519 key, as the audit trail's signer (store.audit.Signer)."""

    username: str
    keys: UserKeys = field(repr=False)

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.keys.signing_public)

    def sign(self, data: bytes) -> bytes:
        return self.keys.sign(data)


def register_keys(session: Session, username: str, keys: UserKeys) -> None:
    """The public keys of a new key slot, in the database (an audited row, signed by whoever
    made the slot): `verify` checks signatures against them."""
    public = keys.signing_public
    if session.get(UserKey, fingerprint(public)) is None:
        session.add(UserKey(fingerprint=fingerprint(public), username=username,
                            signing_public=b64(public),
                            agreement_public=b64(keys.agreement_public)))


class KeyFileAccess:
    """Key slots, failure counters and the anchor in the key file beside the database; the
    signed-in person's own keys (None before anyone signs in, or from a version-1 slot)."""

    def __init__(self, slots: KeySlotFile, db: Database, keys: UserKeys | None = None,
                 username: str | None = None) -> None:
        self.slots = slots
        self.db = db
        self.keys = keys
        self.username = normalise_username(username) if username else None
        self._seen = _stamp(slots.path)
        self._opened: tuple[str, UserKeys | None] = ("", None)

    @property
    def training(self) -> bool:
        # The database's own flag: the key file's copy is not authenticated (issue #18).
        return self.db.is_training

    @property
    def signer(self) -> KeySigner | None:
        if self.keys is None or self.username is None:
            return None
        return KeySigner(self.username, self.keys)

    def lockout_remaining(self, username: str, settings: Settings) -> float:
        self.slots.reload()  # the failure count as it is now, for every workstation
        return self.slots.lockout_remaining_s(username, settings.lockout_threshold,
                                              settings.lockout_base_delay_s,
                                              settings.lockout_max_delay_s)

    def password_opens(self, username: str, password: str) -> bool:
        try:
            opened = self.slots.open_slot(username, password)
        except AuthenticationError:
            return False
        # Kept for the one signature that follows (a colleague's double check): opening the
        # slot again would cost a second argon2id derivation.
        self._opened = (normalise_username(username), opened.keys)
        return True

    def take_opened_keys(self, username: str) -> UserKeys | None:
        name, keys = self._opened
        self._opened = ("", None)
        return keys if name == normalise_username(username) else None

    def note_failure(self, session: Session, username: str, settings: Settings,
                     workstation: str) -> int:
        noted = len(self.slots.pending_events)
        count = self.slots.record_failure(username, settings.lockout_threshold, workstation)
        del self.slots.pending_events[noted:]  # the database is open: the caller audits it
        self._save_counter()
        return count

    def clear_failures(self, session: Session | None, username: str) -> None:
        self.slots.clear_failures(username)
        self._save_counter()

    def _save_counter(self) -> None:
        # A key file that cannot be written (full disk, read-only folder) loses this change of
        # the count; the password's answer (and its audit row) must not become a traceback.
        try:
            self.slots.save()
        except OSError as exc:
            log.error("key file %s not written (%s): a failure count was not changed",
                      self.slots.path, exc.strerror or type(exc).__name__)

    def set_password(self, session: Session, username: str, password: str,
                     kdf: KdfParameters) -> None:
        """A person changing their own password keeps their keys (their signatures stay
        theirs); anybody else's new slot gets new keys, registered in the database."""
        # Called inside the caller's transaction: if saving the slot fails, nothing commits;
        # if the transaction fails after the save, the slot as it was is put back.
        self.slots.reload()
        self._undo_on_rollback(session, username)
        own = self.keys if normalise_username(username) == self.username else None
        keys = self.slots.set_slot(self.db.key, username, password, kdf, keys=own)
        if own is None:
            register_keys(session, normalise_username(username)
                          if username != RECOVERY_SLOT else username, keys)
        self._save_in_transaction()

    def remove(self, session: Session, username: str) -> None:
        self.slots.reload()
        self._undo_on_rollback(session, username)
        self.slots.remove_slot(username)
        self._save_in_transaction()

    def _undo_on_rollback(self, session: Session, username: str) -> None:
        previous = copy.deepcopy(self.slots.slot_of(username))
        name = previous.username if previous is not None else (
            username if username == RECOVERY_SLOT else normalise_username(username))

        def put_back() -> None:
            self.slots.reload()
            self.slots.slots = [s for s in self.slots.slots if s.username != name] + (
                [previous] if previous is not None else [])
            self.slots.save()

        session.info.setdefault(ON_ROLLBACK_KEY, []).append(put_back)

    def _save_in_transaction(self) -> None:
        """A slot change the caller's transaction depends on: a key file that cannot be
        written is said plainly, and the transaction (the account change) is not committed."""
        try:
            self.slots.save()
        except OSError as exc:
            with contextlib.suppress(OSError, HaiError):
                self.slots.reload()  # forget the change that was not written
            raise DatabaseFileError(
                msg("Nothing was changed: the key file {path} cannot be written ({why}).",
                    path=self.slots.path, why=exc.strerror or type(exc).__name__),
                hint=msg("Free disk space or ask IT to restore write access to the database "
                         "folder, then try again.")) from exc

    def usernames(self) -> set[str]:
        return set(self.slots.usernames())

    def anchor(self) -> tuple[int, str] | None:
        return self.slots.verified_anchor(self.db.key)

    def move_anchor(self, seq: int, row_hash: str, *, anchor: bool = True) -> None:
        """The anchor (unless another workstation moved it further) and this person's tail."""
        if anchor:
            self.slots.set_anchor(self.db.key, seq, row_hash)
        elif self.keys is None:
            return
        if self.keys is not None and self.username is not None:
            self.slots.set_tail(self.username, self.keys, seq, row_hash)
        self.slots.save()
        self._seen = _stamp(self.slots.path)

    def refresh(self) -> None:
        self.slots.reload()

    # ---- the database key ---------------------------------------------------------------------
    def change_database_key(self) -> list[str]:
        """A new database key for everybody who still has a slot, without their passwords:
        each gets it wrapped to their public key. Old key files (backups, copies) open
        nothing live afterwards. Returns the version-1 slots that had to go. Outside any
        transaction: the rekey rewrites every page. The key file stays locked from the new
        wraps to their promotion, so two administrators cannot interleave two changes."""
        new_key = new_database_key()
        old_key = self.db.key
        with self.slots.locked():
            self.slots.reload()
            dropped = self.slots.begin_key_change(new_key, old_key)
            self.slots.save()  # from here a crash leaves both keys wrapped: sign-in settles it
            self.db.rekey(new_key)
            self.slots.finish_key_change(new_key, old_key)
            self.slots.save()
        self._seen = _stamp(self.slots.path)
        return dropped

    def key_source(self, force: bool = False) -> tuple[bytes, ...]:
        """The database keys the key file now gives this person, newest first, when the file
        changed since this workstation last looked (or `force`: the file would not open);
        empty otherwise. One stat per unit of work."""
        stamp = _stamp(self.slots.path)
        if (stamp == self._seen and not force) or self.keys is None or self.username is None:
            return ()
        self._seen = stamp
        try:
            self.slots.reload()
        except (OSError, HaiError) as exc:
            log.warning("the key file could not be read again: %s", type(exc).__name__)
            return ()  # the next unit of work looks again
        if self.slots.key_id == key_id(self.db.key) and not self.slots.next_key_id \
                and not force:
            return ()
        # AuthenticationError when this person's own slot was replaced (an administrator
        # reset the password) or removed: this sign-in ends here.
        return self.slots.database_keys(self.username, self.keys)


def _stamp(path: Path) -> tuple[int, int] | None:
    try:
        status = path.stat()
    except OSError:
        return None
    return status.st_mtime_ns, status.st_size


# ---- the shared server -----------------------------------------------------------------------

def password_hasher(kdf: KdfParameters) -> PasswordHasher:
    from argon2 import PasswordHasher  # loaded on first use, as for the key slots

    return PasswordHasher(time_cost=kdf.time_cost, memory_cost=kdf.memory_kib,
                          parallelism=kdf.parallelism)


# Checked when a name has no hash, so that a wrong name costs as long as a wrong password.
_DECOY: dict[tuple[int, int, int], str] = {}


def _decoy_hash(kdf: KdfParameters) -> str:
    key = (kdf.time_cost, kdf.memory_kib, kdf.parallelism)
    if key not in _DECOY:
        _DECOY[key] = password_hasher(kdf).hash(os.urandom(16).hex())
    return _DECOY[key]


def password_matches(stored_hash: str | None, password: str, kdf: KdfParameters) -> bool:
    from argon2.exceptions import InvalidHashError, VerificationError

    hasher = password_hasher(kdf)
    try:
        return bool(hasher.verify(stored_hash or _decoy_hash(kdf), password)) \
            and stored_hash is not None
    except (VerificationError, InvalidHashError):
        return False


@dataclass(frozen=True)
class AnchorFile:
    """This workstation's note of the newest audit row it saw on one server database."""

    path: Path

    @classmethod
    def for_database(cls, settings: Settings, db_id: str) -> AnchorFile:
        return cls(settings.data_dir / "server-anchors" / f"{db_id}.json")

    def read(self) -> tuple[int, str] | None:
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
            return int(raw["seq"]), str(raw["row_hash"])
        except FileNotFoundError:
            return None
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise IntegrityFailure(msg("This workstation's audit anchor {path} cannot be read.",
                                       path=self.path)) from exc

    def write(self, seq: int, row_hash: str) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        data = json.dumps({"seq": seq, "row_hash": row_hash,
                           "at": datetime.now(UTC).isoformat(timespec="seconds")})
        fd, tmp = tempfile.mkstemp(prefix=self.path.name, suffix=".tmp", dir=self.path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, self.path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise


class ServerAccess:
    """argon2id hashes and failure counts in the server's database; the anchor on this
    workstation."""

    def __init__(self, db: Database, settings: Settings, db_id: str, training: bool) -> None:
        self.db = db
        self.settings = settings
        self.training = training
        self.anchor_file = AnchorFile.for_database(settings, db_id)

    def failure_name(self, session: Session, username: str) -> str:
        """Failures of names nobody has are counted together: a password typed into the
        user-name box is never stored."""
        name = normalise_username(username)
        known = session.scalar(select(User.id).where(User.username == name))
        return name if known is not None else UNKNOWN_USER

    def awaits_first_password(self, username: str) -> bool:
        """An active account copied from a workstation's file, given no password here yet."""
        with self.db.read_session() as session:
            user = session.scalar(select(User).where(
                User.username == normalise_username(username)))
            return user is not None and user.active and user.password_hash is None

    def failure_count(self, username: str) -> int:
        with self.db.read_session() as session:
            row = session.get(SignInFailure, self.failure_name(session, username))
            return 0 if row is None else row.count

    def lockout_remaining(self, username: str, settings: Settings) -> float:
        with self.db.read_session() as session:
            row = session.get(SignInFailure, self.failure_name(session, username))
            if row is None:
                return 0.0
            elapsed = (datetime.now(UTC) - row.last_at).total_seconds()
            delay = lockout_delay_s(row.count, settings.lockout_threshold,
                                    settings.lockout_base_delay_s, settings.lockout_max_delay_s)
            return max(0.0, delay - elapsed)

    def password_opens(self, username: str, password: str) -> bool:
        with self.db.read_session() as session:
            stored = session.scalar(select(User.password_hash).where(
                User.username == normalise_username(username), User.active.is_(True)))
        return password_matches(stored, password, self.settings.kdf)

    def note_failure(self, session: Session, username: str, settings: Settings,
                     workstation: str) -> int:
        name = self.failure_name(session, username)
        row = session.get(SignInFailure, name)
        now = datetime.now(UTC)
        if row is None:
            row = SignInFailure(username=name, count=0, last_at=now)
            session.add(row)
        row.count += 1
        row.last_at = now
        return row.count

    def clear_failures(self, session: Session | None, username: str) -> None:
        if session is None:
            if self.failure_count(username) == 0:
                return  # most signatures: nothing to clear, no write
            with self.db.session(actor="system") as own:
                self.clear_failures(own, username)
            return
        row = session.get(SignInFailure, normalise_username(username))
        if row is not None:
            session.delete(row)

    def set_password(self, session: Session, username: str, password: str,
                     kdf: KdfParameters) -> None:
        user = session.scalar(select(User).where(User.username == normalise_username(username)))
        if user is None:  # the caller checked; a name typed since is a programming error
            raise AuthenticationError(msg("There is no user named '{username}'.",
                                          username=username))
        user.password_hash = password_hasher(kdf).hash(password)

    def remove(self, session: Session, username: str) -> None:
        user = session.scalar(select(User).where(User.username == normalise_username(username)))
        if user is not None:
            user.password_hash = None

    def usernames(self) -> set[str]:
        with self.db.read_session() as session:
            return set(session.scalars(select(User.username).where(
                User.password_hash.is_not(None), User.active.is_(True))))

    def anchor(self) -> tuple[int, str] | None:
        return self.anchor_file.read()

    def move_anchor(self, seq: int, row_hash: str) -> None:
        self.anchor_file.write(seq, row_hash)

    def refresh(self) -> None:
        """Nothing cached: every question goes to the server."""
