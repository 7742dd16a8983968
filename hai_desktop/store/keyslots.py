"""Key slots: the database key wrapped once per user, beside the database file.

The database is keyed with a random 256-bit key that nobody types. Each active user (and the
printed recovery code) has a slot: that key sealed with AES-256-GCM under a key derived from the
user's password with argon2id. The file also carries the audit-chain anchor (HMAC'd with a key
derived from the database key) and the sign-in failure counters, which must work while the
database is still closed.
"""

from __future__ import annotations

import base64
import copy
import glob
import hashlib
import hmac
import json
import os
import secrets
import sys
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from dataclasses import asdict, dataclass, field, fields
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from hai_desktop.core.errors import AuthenticationError, DatabaseFileError, IntegrityFailure
from hai_desktop.core.i18n import msg
from hai_desktop.settings import KDF_LIMITS, KdfParameters
from hai_desktop.store.keyfile import (  # noqa: F401  (key_slot_path, FORMAT: imported from here)
    FORMAT,
    FORMAT_VERSION,
    damaged,
    key_slot_path,
    read_key_file,
)

# The key file is not authenticated: base64 of the wrong type is a damaged field (ValueError).
from hai_desktop.store.userkeys import b64 as _b64
from hai_desktop.store.userkeys import derive_password_key
from hai_desktop.store.userkeys import unb64 as _unb64

if TYPE_CHECKING:
    from hai_desktop.store.userkeys import UserKeys

DB_KEY_BYTES = 32
RECOVERY_SLOT = "(recovery)"
UNKNOWN_USER = "(unknown user name)"  # failures of names without a slot, counted together
MAX_PENDING_EVENTS = 1000
WRONG_CREDENTIALS = msg("User name or password is wrong.")


def new_database_key() -> bytes:
    return secrets.token_bytes(DB_KEY_BYTES)


def normalise_username(username: str) -> str:
    return username.strip().lower()


def new_recovery_code() -> str:
    """160 random bits as eight groups of four base32 letters, easy to type back from paper."""
    raw = base64.b32encode(secrets.token_bytes(20)).decode("ascii")
    return "-".join(raw[i : i + 4] for i in range(0, len(raw), 4))


def normalise_recovery_code(code: str) -> str:
    return "".join(ch for ch in code.upper() if ch.isalnum())


def lockout_delay_s(count: int, threshold: int, base_s: float, max_s: float) -> float:
    """How long an account waits after `count` wrong passwords in a row: from the threshold
    on, the base delay doubling with each further failure, up to the maximum (file and
    server alike)."""
    if count < threshold:
        return 0.0
    # Past 2**60 the maximum has long been reached; an absurd count must not overflow.
    return min(base_s * 2.0 ** min(count - threshold, 60), max_s)


def _now() -> datetime:
    return datetime.now(UTC)


def tail_content(db_id: str, username: str, seq: int, row_hash: str) -> bytes:
    return f"hai-desktop tail|{db_id}|{username}|{seq}|{row_hash}".encode()


@dataclass
class KeySlot:
    """One person's (or the recovery code's) way in. Version 2: their private keys sealed under
    their password key, and the database key wrapped to their X25519 public key. Version 1
    (`nonce`, `wrapped`: the database key sealed directly under the password key) is read until
    that person's next sign-in turns it into version 2."""

    slot_id: str
    username: str
    salt: str
    kdf: dict[str, int]
    created_at: str
    nonce: str = ""  # version 1
    wrapped: str = ""  # version 1
    signing_public: str = ""
    agreement_public: str = ""
    sealed: dict[str, str] | None = None
    wrap: dict[str, str] | None = None
    # During a change of the database key: the new key wrapped for this slot, until the
    # database has been rekeyed (a crash in between leaves both ways in).
    next_wrap: dict[str, str] | None = None
    # The newest audit row this person signed, signed by them (checked at their sign-in).
    tail: dict[str, Any] | None = None

    @property
    def legacy(self) -> bool:
        return self.sealed is None

    def aad(self, db_id: str) -> bytes:
        # Binds the sealed key to this database and this user: a slot copied elsewhere won't open.
        return f"{FORMAT}|{db_id}|{self.slot_id}|{self.username}".encode()

    def wrap_aad(self, db_id: str) -> bytes:
        return f"{FORMAT}|{db_id}|{self.slot_id}|{self.username}|database key".encode()


_WRAP_FIELDS = ("ephemeral", "nonce", "ciphertext")


def _checked_box(box: object, fields: tuple[str, ...], sizes: dict[str, int]) -> None:
    if not isinstance(box, dict) or set(box) != set(fields):
        raise ValueError("a sealed or wrapped key of the wrong form")
    for name in fields:
        data = _unb64(box[name])
        if name in sizes and len(data) != sizes[name]:
            raise ValueError(f"{name} of the wrong size")
        if not data:
            raise ValueError(f"{name} is empty")


def _checked_slot(slot: KeySlot) -> KeySlot:
    """The slot, if every field has the form this program writes; ValueError otherwise (the
    caller reports a damaged key file)."""
    for name in ("slot_id", "username", "salt", "created_at", "nonce", "wrapped",
                 "signing_public", "agreement_public"):
        if not isinstance(getattr(slot, name), str):
            raise ValueError(f"slot field {name} is not text")
    if len(_unb64(slot.salt)) < 8:
        raise ValueError(f"slot {slot.slot_id}: salt of the wrong size")
    if slot.legacy:
        if len(_unb64(slot.nonce)) != 12 or not _unb64(slot.wrapped):
            raise ValueError(f"slot {slot.slot_id}: nonce or key of the wrong size")
    else:
        if slot.nonce or slot.wrapped:
            raise ValueError(f"slot {slot.slot_id}: both a version-1 and a version-2 key")
        _checked_box(slot.sealed, ("nonce", "ciphertext"), {"nonce": 12, "ciphertext": 80})
        _checked_box(slot.wrap, _WRAP_FIELDS, {"ephemeral": 32, "nonce": 12, "ciphertext": 48})
        if slot.next_wrap is not None:
            _checked_box(slot.next_wrap, _WRAP_FIELDS,
                         {"ephemeral": 32, "nonce": 12, "ciphertext": 48})
        if len(_unb64(slot.signing_public)) != 32 or len(_unb64(slot.agreement_public)) != 32:
            raise ValueError(f"slot {slot.slot_id}: public keys of the wrong size")
    if slot.tail is not None and not isinstance(slot.tail, dict):
        raise ValueError(f"slot {slot.slot_id}: tail of the wrong form")
    if not isinstance(slot.kdf, dict) or set(slot.kdf) != set(KDF_LIMITS):
        raise ValueError(f"slot {slot.slot_id}: the argon2id parameters are incomplete")
    for name, (low, high) in KDF_LIMITS.items():
        value = slot.kdf[name]
        if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
            raise ValueError(f"slot {slot.slot_id}: {name} {value!r} is outside {low}–{high}")
    return slot


def _anchor_mac_key(db_key: bytes) -> bytes:
    return hmac.new(db_key, b"hai-desktop audit anchor v1", hashlib.sha256).digest()


def key_id(db_key: bytes) -> str:
    """A name for the database key in use, so a workstation notices it was changed."""
    return hmac.new(db_key, b"hai-desktop key id", hashlib.sha256).hexdigest()[:16]


_SLOT_FIELDS = tuple(f.name for f in fields(KeySlot))


@dataclass(frozen=True)
class OpenedSlot:
    """What a password opens: the person's keys (None for a version-1 slot) and the database
    key candidates, the newest first (two only while a key change was interrupted)."""

    keys: UserKeys | None
    db_keys: tuple[bytes, ...] = field(repr=False)


@dataclass
class KeySlotFile:
    path: Path
    db_id: str
    training: bool = False
    slots: list[KeySlot] = field(default_factory=list)
    key_id: str = ""  # of the database key the slots now open (store.keyslots.key_id)
    anchor: dict[str, Any] | None = None
    failures: dict[str, dict[str, Any]] = field(default_factory=dict)
    pending_events: list[dict[str, Any]] = field(default_factory=list)
    # Of the key the slots' `next_wrap`s carry, while a change of the database key is under way.
    next_key_id: str = ""
    # The file as this copy last read or wrote it: what this copy changed since is what
    # `save` writes into the file as it is then (None: a new file).
    _base: dict[str, Any] | None = field(default=None, repr=False, compare=False)
    _holding: bool = field(default=False, repr=False, compare=False)

    # ---- file ---------------------------------------------------------------------------
    @classmethod
    def create(cls, path: Path, *, training: bool) -> KeySlotFile:
        return cls(path=path, db_id=str(uuid.uuid4()), training=training)

    @classmethod
    def load(cls, path: Path) -> KeySlotFile:
        slot_file = cls(path=path, db_id="")
        slot_file._adopt(read_key_file(path))
        return slot_file

    def reload(self) -> None:
        """Take what the file holds now, before a change that depends on it (a failure
        count, a lockout, a slot): another workstation may have changed it since this copy was
        read. `save` then writes only this copy's own changes into the file."""
        if not self.path.exists():
            return  # nothing newer to take; saving writes it again
        raw = read_key_file(self.path)
        if str(raw["db_id"]) != self.db_id:
            raise DatabaseFileError(
                msg("The key file {path} now belongs to another database.", path=self.path),
                hint=msg("Restore the database together with its .keys file from the latest "
                         "backup."))
        self._adopt(raw)

    def _payload(self) -> dict[str, Any]:
        """The file's content from this copy, sharing nothing with it. Copied through JSON, the
        file's own form: it runs after every commit (reload and save), and asdict with
        copy.deepcopy took a fifth of the time of a commit-heavy session."""
        return dict(json.loads(json.dumps({
            "format": FORMAT, "version": FORMAT_VERSION, "db_id": self.db_id,
            "training": self.training, "key_id": self.key_id, "next_key_id": self.next_key_id,
            "slots": [{name: getattr(s, name) for name in _SLOT_FIELDS} for s in self.slots],
            "anchor": self.anchor, "failures": self.failures,
            "pending_events": self.pending_events[-MAX_PENDING_EVENTS:],
        })))

    def _adopt(self, raw: dict[str, Any]) -> None:
        try:
            self.db_id, self.training = str(raw["db_id"]), bool(raw.get("training", False))
            self.slots = [_checked_slot(KeySlot(**s)) for s in raw.get("slots", [])]
            self.key_id = str(raw.get("key_id", ""))
            self.next_key_id = str(raw.get("next_key_id", ""))
            self.anchor = copy.deepcopy(raw.get("anchor"))
            self.failures = copy.deepcopy(dict(raw.get("failures", {})))
            self.pending_events = copy.deepcopy(list(raw.get("pending_events", [])))
        except (ValueError, KeyError, TypeError) as exc:
            raise damaged(self.path, exc) from exc
        self._base = self._payload()

    def save(self) -> None:
        """Write this copy's changes into the file as it is now. Every workstation signed in
        holds its own copy and rewrites the file (the anchor after each commit), so what the
        others changed since this copy was read — a key slot added, replaced or removed, a
        newer anchor — must stay: under a lock, the file is read again, this copy's changes
        are applied to it, and the result is written and becomes this copy."""
        with self._lock():
            # Temporary files exist only while a writer holds the lock: any found now was left
            # by one that died mid-write, a stale copy of every key slot (removed ones too).
            for stale in self.path.parent.glob(glob.escape(self.path.name) + ".*.tmp"):
                stale.unlink(missing_ok=True)
            payload = self._payload()
            if self._base is not None and self.path.exists():
                on_disk = read_key_file(self.path)
                if on_disk["db_id"] != self.db_id:
                    raise DatabaseFileError(
                        msg("The key file {path} was replaced by another database's while you were "
                            "signed in; nothing was written to it.", path=self.path),
                        hint=msg("Sign out and sign in again."))
                payload = _merge(self._base, payload, on_disk)
            _atomic_write(self.path, json.dumps(payload, indent=1).encode("utf-8"))
        self._adopt(payload)

    @contextmanager
    def locked(self) -> Iterator[None]:
        """Hold the key file's lock across several steps (a change of the database key: no
        other workstation may write the file between wrapping the new key and promoting it);
        `save` inside writes without taking it again."""
        with _exclusive(self.path):
            self._holding = True
            try:
                yield
            finally:
                self._holding = False

    def _lock(self) -> AbstractContextManager[None]:
        return nullcontext() if self._holding else _exclusive(self.path)

    # ---- slots ----------------------------------------------------------------------------
    def usernames(self) -> list[str]:
        return [s.username for s in self.slots if s.username != RECOVERY_SLOT]

    def has_recovery_slot(self) -> bool:
        return any(s.username == RECOVERY_SLOT for s in self.slots)

    def slot_of(self, username: str) -> KeySlot | None:
        name = username if username == RECOVERY_SLOT else normalise_username(username)
        return next((s for s in self.slots if s.username == name), None)

    def set_slot(self, db_key: bytes, username: str, secret: str, kdf: KdfParameters,
                 keys: UserKeys | None = None) -> UserKeys:
        """Create or replace the slot for one user (or the recovery code): their keys (new
        ones unless given: a person changing their own password keeps theirs) sealed under
        the secret, and the database key wrapped to them. Returns the keys."""
        from hai_desktop.store.userkeys import UserKeys, wrap_to

        name = username if username == RECOVERY_SLOT else normalise_username(username)
        keys = keys or UserKeys.new()
        salt = secrets.token_bytes(16)
        previous = self.slot_of(name)
        slot = KeySlot(
            slot_id=str(uuid.uuid4()), username=name, salt=_b64(salt), kdf=asdict(kdf),
            created_at=_now().isoformat(timespec="seconds"),
            signing_public=_b64(keys.signing_public),
            agreement_public=_b64(keys.agreement_public),
            # The same person keeps their tail: it is signed with their key, which they keep.
            tail=previous.tail if previous is not None and not previous.legacy
            and previous.signing_public == _b64(keys.signing_public) else None,
        )
        slot.sealed = keys.seal(derive_password_key(secret, salt, kdf), slot.aad(self.db_id))
        slot.wrap = wrap_to(keys.agreement_public, db_key, slot.wrap_aad(self.db_id))
        self.slots = [s for s in self.slots if s.username != name] + [slot]
        if not self.key_id:  # a new file, or one of version 1: only a key change moves it
            self.key_id = key_id(db_key)
        return keys

    def remove_slot(self, username: str) -> bool:
        name = normalise_username(username)
        before = len(self.slots)
        self.slots = [s for s in self.slots if s.username != name]
        return len(self.slots) != before

    def open_slot(self, username: str, secret: str) -> OpenedSlot:
        """The person's keys and the database key, or AuthenticationError that never says
        which part was wrong."""
        slot = self.slot_of(username)
        if slot is None:
            # Spend the same time as a real attempt so timing does not reveal unknown names.
            derive_password_key(secret, secrets.token_bytes(16), KdfParameters())
            raise AuthenticationError(WRONG_CREDENTIALS)
        from cryptography.exceptions import InvalidTag
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        from hai_desktop.store.userkeys import UserKeys

        password_key = derive_password_key(secret, _unb64(slot.salt), KdfParameters(**slot.kdf))
        try:
            if slot.legacy:
                return OpenedSlot(None, (AESGCM(password_key).decrypt(
                    _unb64(slot.nonce), _unb64(slot.wrapped), slot.aad(self.db_id)),))
            keys = UserKeys.unseal(slot.sealed or {}, password_key, slot.aad(self.db_id))
        except InvalidTag as exc:
            raise AuthenticationError(WRONG_CREDENTIALS) from exc
        return OpenedSlot(keys, self.database_keys(username, keys))

    def database_keys(self, username: str, keys: UserKeys) -> tuple[bytes, ...]:
        """The database key(s) wrapped to this person, newest first: after another
        workstation changed the key, the person signed in here takes the new one."""
        from cryptography.exceptions import InvalidTag

        slot = self.slot_of(username)
        if slot is None or slot.wrap is None or slot.signing_public != _b64(keys.signing_public):
            raise AuthenticationError(msg("Your key slot was removed or replaced: your access "
                                          "was changed by an administrator."),
                                      hint=msg("Sign in again, or ask the administrator."))
        found = []
        for wrap in (slot.next_wrap, slot.wrap):
            if wrap is None:
                continue
            try:
                found.append(keys.unwrap(wrap, slot.wrap_aad(self.db_id)))
            except (InvalidTag, ValueError) as exc:
                raise damaged(self.path, exc) from exc
        return tuple(found)

    def unwrap(self, username: str, secret: str) -> bytes:
        """The database key, or AuthenticationError that never says which part was wrong."""
        return self.open_slot(username, secret).db_keys[0]

    # ---- a new database key (deactivation, reset) -----------------------------------------
    def settle_key_change(self, current_key: bytes, other_keys: tuple[bytes, ...] = ()
                          ) -> None:
        """Finish or undo a change of the database key that was interrupted, knowing the key
        the database opened with: if it is the new one, the rekey happened and the new wraps
        become the only ones; if not, the rekey never did and the new wraps go."""
        if not any(slot.next_wrap is not None for slot in self.slots) and not self.next_key_id:
            return
        if self.next_key_id == key_id(current_key):
            old = next((k for k in other_keys if k != current_key), None)
            self.finish_key_change(current_key, old)
        else:
            for slot in self.slots:
                slot.next_wrap = None
            self.next_key_id = ""

    def begin_key_change(self, new_key: bytes, current_key: bytes) -> list[str]:
        """Wrap `new_key` beside the current key for every version-2 slot; version-1 slots
        cannot be given a new key without their passwords and are removed (returned), so the
        people behind them need a temporary password. Saved before the database is rekeyed,
        under the key file's lock (KeySlotFile.locked) held until the change is finished."""
        from hai_desktop.store.userkeys import wrap_to

        self.settle_key_change(current_key)
        dropped = [s.username for s in self.slots if s.legacy]
        self.slots = [s for s in self.slots if not s.legacy]
        for slot in self.slots:
            slot.next_wrap = wrap_to(_unb64(slot.agreement_public), new_key,
                                     slot.wrap_aad(self.db_id))
        self.next_key_id = key_id(new_key)
        return dropped

    def finish_key_change(self, new_key: bytes, old_key: bytes | None) -> None:
        """After the rekey: the new key is the only way in; the old one opens nothing. The
        anchor is sealed again under the new key only if the old key vouched for it."""
        if self.next_key_id != key_id(new_key):
            raise DatabaseFileError(msg("The key file {path} holds the wraps of another change "
                                        "of the database key.", path=self.path),
                                    hint=msg("Sign out and sign in again."))
        for slot in self.slots:
            if slot.next_wrap is not None:
                slot.wrap, slot.next_wrap = slot.next_wrap, None
        self.key_id, self.next_key_id = key_id(new_key), ""
        try:
            anchor = self.verified_anchor(old_key) if old_key is not None else None
        except IntegrityFailure:
            anchor = None  # stays as it is: verify goes on reporting it
        if anchor is not None:
            self.set_anchor(new_key, *anchor)

    # ---- the tail: each person's newest signed row ------------------------------------------
    def set_tail(self, username: str, keys: UserKeys, seq: int, row_hash: str) -> None:
        slot = self.slot_of(username)
        if slot is None or slot.legacy or slot.signing_public != _b64(keys.signing_public):
            return  # reset or removed meanwhile: that slot is somebody's new one, not ours
        slot.tail = {"seq": seq, "hash": row_hash,
                     "signature": _b64(keys.sign(tail_content(self.db_id, username, seq,
                                                              row_hash)))}

    def tail_of(self, username: str) -> tuple[int, str] | None:
        """The newest row this person signed, if the slot's record of it carries their own
        signature (IntegrityFailure when it is there but not theirs)."""
        from hai_desktop.store.userkeys import signature_holds

        slot = self.slot_of(username)
        if slot is None or slot.legacy or slot.tail is None:
            return None
        try:
            seq, row_hash = int(slot.tail["seq"]), str(slot.tail["hash"])
            signature = _unb64(slot.tail["signature"])
        except (KeyError, TypeError, ValueError):
            signature, seq, row_hash = b"", 0, ""
        if not signature or not signature_holds(
                _unb64(slot.signing_public), tail_content(self.db_id, slot.username, seq,
                                                          row_hash), signature):
            raise IntegrityFailure(msg("The record of {user}'s newest audit row in {path} is not "
                                       "signed by {user}.", user=slot.username, path=self.path))
        return seq, row_hash

    # ---- audit anchor ---------------------------------------------------------------------
    def set_anchor(self, db_key: bytes, seq: int, row_hash: str) -> None:
        mac = hmac.new(_anchor_mac_key(db_key), f"{self.db_id}|{seq}|{row_hash}".encode(),
                       hashlib.sha256).hexdigest()
        self.anchor = {"seq": seq, "hash": row_hash, "mac": mac}

    def verified_anchor(self, db_key: bytes) -> tuple[int, str] | None:
        if self.anchor is None:
            return None
        try:
            seq, row_hash, mac = int(self.anchor["seq"]), str(self.anchor["hash"]), \
                str(self.anchor["mac"])
        except (KeyError, TypeError, ValueError) as exc:
            raise IntegrityFailure(msg("The audit anchor in {path} is malformed.",
                                       path=self.path)) from exc
        expected = hmac.new(_anchor_mac_key(db_key), f"{self.db_id}|{seq}|{row_hash}".encode(),
                            hashlib.sha256).hexdigest()
        if not hmac.compare_digest(expected, mac):
            raise IntegrityFailure(msg("The audit anchor in {path} has been altered.",
                                       path=self.path))
        return seq, row_hash

    # ---- sign-in failures (the database is closed when they happen) -----------------------
    def _failure_key(self, username: str) -> str:
        """The name a failure is kept under. A name without a key slot is not kept as typed:
        it may be a password typed into the user-name field, and this file is not encrypted."""
        name = normalise_username(username)
        return name if self.slot_of(name) is not None else UNKNOWN_USER

    def _failures_of(self, name: str) -> tuple[int, datetime] | None:
        """A failure record as (count, last). The file is not authenticated: a value that is
        not a count and a UTC time is treated as no record, never as a reason to crash."""
        entry = self.failures.get(name)
        if not isinstance(entry, dict):
            return None
        try:
            count, last = entry["count"], datetime.fromisoformat(str(entry["last"]))
        except (KeyError, TypeError, ValueError):
            return None
        if not isinstance(count, int) or isinstance(count, bool) or count < 0 \
                or last.tzinfo is None:
            return None
        return count, last

    def failure_count(self, username: str) -> int:
        found = self._failures_of(self._failure_key(username))
        return found[0] if found is not None else 0

    def lockout_remaining_s(self, username: str, threshold: int, base_s: float,
                            max_s: float) -> float:
        """Never longer than the delay the count earns, itself at most `max_s`: an edited
        count or a time in the future cannot lock anybody out for longer."""
        found = self._failures_of(self._failure_key(username))
        if found is None or found[0] < threshold:
            return 0.0
        count, last = found
        delay = lockout_delay_s(count, threshold, base_s, max_s)
        elapsed = max(0.0, (_now() - last).total_seconds())
        return min(delay, max(0.0, delay - elapsed))

    def record_failure(self, username: str, threshold: int, workstation: str) -> int:
        name = self._failure_key(username)
        count = self.failure_count(name) + 1
        at = _now().isoformat(timespec="milliseconds")
        self.failures[name] = {"count": count, "last": at}
        self.pending_events.append({"action": "sign_in_failed", "username": name, "at": at,
                                    "count": count, "workstation": workstation})
        if count == threshold:
            self.pending_events.append({"action": "lockout", "username": name, "at": at,
                                        "count": count, "workstation": workstation})
        return count

    def clear_failures(self, username: str) -> None:
        self.failures.pop(self._failure_key(username), None)


def _merge_changes(base: dict[str, Any], ours: dict[str, Any],
                   on_disk: dict[str, Any]) -> dict[str, Any]:
    """`on_disk` with each entry this copy added, changed or removed since `base`."""
    merged = dict(on_disk)
    for key in base.keys() | ours.keys():
        if base.get(key) != ours.get(key):
            if key in ours:
                merged[key] = ours[key]
            else:
                merged.pop(key, None)
    return merged


def _merge_slots(base: dict[str, Any], ours: dict[str, Any], on_disk: dict[str, Any]
                 ) -> dict[str, Any]:
    """Slots by user: a slot this copy made (a new slot id) or removed wins whole; an edit of
    an existing slot (its tail after a commit) is applied field by field onto the slot as it
    is on disk, so the wraps another workstation just gave it (a new database key) stay; an
    edit of a slot that was replaced or removed elsewhere meanwhile is dropped."""
    merged = dict(on_disk)
    for user in base.keys() | ours.keys():
        before, after = base.get(user), ours.get(user)
        if before == after:
            continue
        if after is None:
            merged.pop(user, None)
        elif before is None or before.get("slot_id") != after.get("slot_id"):
            merged[user] = after
        elif (on_disk.get(user) or {}).get("slot_id") == after.get("slot_id"):
            changed = {k: v for k, v in after.items() if before.get(k) != v}
            merged[user] = {**on_disk[user], **changed}
    return merged


def _anchor_seq(anchor: Any) -> int:
    try:
        return int(anchor["seq"])
    except (KeyError, TypeError, ValueError):
        return -1


def _merge(base: dict[str, Any], ours: dict[str, Any], on_disk: dict[str, Any]
           ) -> dict[str, Any]:
    merged = dict(on_disk)

    def by_user(payload: dict[str, Any]) -> dict[str, Any]:
        return {s["username"]: s for s in payload.get("slots", [])}

    merged["slots"] = list(_merge_slots(by_user(base), by_user(ours),
                                        by_user(on_disk)).values())
    merged["failures"] = _merge_changes(base.get("failures", {}), ours.get("failures", {}),
                                        on_disk.get("failures", {}))
    for name in ("key_id", "next_key_id"):
        if ours.get(name) != base.get(name):
            merged[name] = ours.get(name)
    # The TRAINING hint, when this copy corrected it to the database's own flag.
    if ours.get("training") != base.get("training"):
        merged["training"] = ours.get("training")
    # The anchor only moves forward: a newer one written elsewhere stays.
    if ours["anchor"] != base["anchor"] and (
            _anchor_seq(ours["anchor"]) >= _anchor_seq(on_disk.get("anchor"))):
        merged["anchor"] = ours["anchor"]
    added = [e for e in ours["pending_events"] if e not in base["pending_events"]]
    taken = [e for e in base["pending_events"] if e not in ours["pending_events"]]
    kept = [e for e in on_disk.get("pending_events", []) if e not in taken]
    merged["pending_events"] = (kept + added)[-MAX_PENDING_EVENTS:]
    return merged


@contextmanager
def _exclusive(path: Path) -> Iterator[None]:
    """One process at a time reads, merges and writes the key file (a lock file beside it:
    the key file itself is replaced by each write, so it cannot carry the lock)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path.with_name(path.name + ".lock"), os.O_RDWR | os.O_CREAT, 0o600)
    try:
        if sys.platform == "win32":
            import msvcrt

            msvcrt.locking(fd, msvcrt.LK_LOCK, 1)
            try:
                yield
            finally:
                os.lseek(fd, 0, os.SEEK_SET)
                msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        else:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_EX)
            yield  # closing the descriptor releases the lock
    finally:
        os.close(fd)


def _atomic_write(path: Path, data: bytes) -> None:
    """Write beside the target, fsync, then rename: a power cut leaves the old or the new file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    # mkstemp creates the file owner-only (0600), which the rename keeps.
    fd, tmp = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
        if hasattr(os, "O_DIRECTORY"):
            dir_fd = os.open(path.parent, os.O_DIRECTORY)
            try:
                os.fsync(dir_fd)
            finally:
                os.close(dir_fd)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
