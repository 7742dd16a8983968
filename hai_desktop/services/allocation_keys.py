"""Sealed envelopes: the arms of an allocation list under a key only some people hold.

Every signed-in person holds the database key (the file cannot be read otherwise), so an arm
stored as plain text could be read with raw SQL by anyone — a nurse could learn the next
allocation and break concealment. On the encrypted file each list therefore gets its own random
key: the arms are sealed under it (AES-256-GCM, bound to list, envelope number, stratum and
sequence), and it is wrapped to the X25519 public key of each active administrator,
coordinator and investigator — the roles that manage the list or randomize. Whoever holds it
passes it on, without anybody's password, to a colleague of those roles who lacks it (a new
account, a reset): at their own sign-in, and when an administrator adds or resets an account.
On the shared server (no key slots) arms stay as they were.
"""

from __future__ import annotations

import hashlib
import json
import secrets
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from hai_desktop.core.arms import Arm
from hai_desktop.core.errors import ConflictError, IntegrityFailure
from hai_desktop.core.i18n import msg
from hai_desktop.core.roles import Role
from hai_desktop.services.access import KeyFileAccess
from hai_desktop.services.workspace import Workspace
from hai_desktop.store.models import (
    AllocationKeyWrap,
    AllocationList,
    EnvelopeRecord,
    User,
    UserKey,
)
from hai_desktop.store.userkeys import b64, fingerprint, unb64, wrap_to

SEALED = "sealed"  # EnvelopeRecord.arm of a sealed envelope
HOLDER_ROLES = frozenset({Role.ADMIN, Role.COORDINATOR, Role.INVESTIGATOR})
_KEY_BYTES = 32


def can_seal(ws: Workspace) -> bool:
    """Sealing needs each person's keys: the encrypted file, signed in with a version-2 slot."""
    return isinstance(ws.access, KeyFileAccess) and ws.access.keys is not None


def _arm_aad(list_id: int, number: str, stratum: str, sequence: int) -> bytes:
    return f"hai-desktop arm|{list_id}|{number}|{stratum}|{sequence}".encode()


def seal_arm(key: bytes, list_id: int, number: str, stratum: str, sequence: int,
             arm: Arm) -> str:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce = secrets.token_bytes(12)
    sealed = AESGCM(key).encrypt(nonce, arm.value.encode(),
                                 _arm_aad(list_id, number, stratum, sequence))
    return b64(nonce + sealed)


def arm_of(row: EnvelopeRecord, key: bytes | None) -> Arm:
    """The envelope's arm: as stored, or opened with the list's key (IntegrityFailure when
    the sealed arm does not open: altered, or moved to another envelope)."""
    if row.arm != SEALED:
        return Arm(row.arm)
    if key is None:
        raise no_list_key()
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        raw = unb64(row.sealed_card or "")
        plain = AESGCM(key).decrypt(raw[:12], raw[12:], _arm_aad(
            row.list_id, row.number, row.stratum, row.sequence))
        return Arm(plain.decode())
    except (InvalidTag, ValueError) as exc:
        raise IntegrityFailure(msg("The sealed arm of envelope {number} does not open: it was "
                                   "altered. Randomization is stopped.", number=row.number),
                               hint=msg("Tell the investigator and the administrator; run "
                                        "'hai-desktop verify'.")) from exc


def sealed_fingerprint(rows: Iterable[EnvelopeRecord]) -> str:
    """What everybody can check without the list's key: every envelope as sealed."""
    canonical = sorted((r.number, r.stratum, r.sequence, r.arm, r.sealed_card or "")
                       for r in rows)
    return hashlib.sha256(json.dumps(canonical, separators=(",", ":")).encode()).hexdigest()


def no_list_key() -> ConflictError:
    return ConflictError(msg("You have no key to the sealed envelopes of this allocation list "
                             "yet."),
                         hint=msg("It is passed on at the next sign-in of an administrator, "
                                  "coordinator or investigator who has it: ask one of them to "
                                  "sign in, then try again."))


def list_key(ws: Workspace, session: Session, allocation: AllocationList) -> bytes | None:
    """The list's key as this person's wrap gives it; None without one (or on the server)."""
    if not can_seal(ws):
        return None
    access = ws.access
    assert isinstance(access, KeyFileAccess) and access.keys is not None
    wrap = session.scalar(select(AllocationKeyWrap.wrap).where(
        AllocationKeyWrap.list_id == allocation.id,
        AllocationKeyWrap.fingerprint == fingerprint(access.keys.signing_public)))
    if wrap is None:
        return None
    from cryptography.exceptions import InvalidTag

    try:
        return access.keys.unwrap(json.loads(wrap), _wrap_aad(allocation.id))
    except (InvalidTag, ValueError, KeyError, TypeError) as exc:
        raise IntegrityFailure(msg("Your key to the sealed envelopes does not open: it was "
                                   "altered."),
                               hint=msg("Tell the administrator; run 'hai-desktop verify'.")
                               ) from exc


def new_list_key(session: Session, allocation: AllocationList) -> bytes:
    key = secrets.token_bytes(_KEY_BYTES)
    _wrap_for_holders(session, allocation, key)
    return key


def share_list_keys(ws: Workspace) -> int:
    """Pass the key of each list this person holds to every active administrator,
    coordinator and investigator whose current key lacks it; returns how many wraps."""
    if not can_seal(ws) or Role(ws.user.role) not in HOLDER_ROLES:
        return 0
    with ws.db.read_session() as session:
        lists = list(session.scalars(select(AllocationList).where(
            AllocationList.sealed_sha256.is_not(None))))
        keys = {a.id: list_key(ws, session, a) for a in lists}
        missing = {a.id: _holders_without(session, a) for a in lists if keys[a.id]}
    if not any(missing.values()):
        return 0
    added = 0
    with ws.session(reason="key to the sealed envelopes passed on") as session:
        for allocation in lists:
            key = keys[allocation.id]
            if key is not None:
                added += _wrap_for_holders(session, allocation, key)
    return added


def _current_keys(session: Session) -> dict[str, UserKey]:
    """Each active holder's newest registered key (the one their slot holds now)."""
    holders = set(session.scalars(select(User.username).where(
        User.active.is_(True), User.role.in_([r.value for r in HOLDER_ROLES]))))
    newest: dict[str, UserKey] = {}
    for key in session.scalars(select(UserKey).order_by(UserKey.created_at)):
        if key.username in holders:
            newest[key.username] = key
    return newest


def _holders_without(session: Session, allocation: AllocationList) -> list[str]:
    have = set(session.scalars(select(AllocationKeyWrap.fingerprint).where(
        AllocationKeyWrap.list_id == allocation.id)))
    return [name for name, key in _current_keys(session).items() if key.fingerprint not in have]


def _wrap_for_holders(session: Session, allocation: AllocationList, key: bytes) -> int:
    have = set(session.scalars(select(AllocationKeyWrap.fingerprint).where(
        AllocationKeyWrap.list_id == allocation.id)))
    added = 0
    for name, user_key in _current_keys(session).items():
        if user_key.fingerprint in have:
            continue
        wrap = wrap_to(unb64(user_key.agreement_public), key, _wrap_aad(allocation.id))
        session.add(AllocationKeyWrap(list_id=allocation.id, username=name,
                                      fingerprint=user_key.fingerprint, wrap=json.dumps(wrap)))
        added += 1
    return added


def _wrap_aad(list_id: int) -> bytes:
    return f"hai-desktop allocation list key|{list_id}".encode()
