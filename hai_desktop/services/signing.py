"""Electronic signatures (21 CFR 11.50/11.70 style): printed name, UTC time, meaning, and the
SHA-256 of the signed content, so a later change no longer verifies against the signature."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from hai_desktop.core.i18n import msg
from hai_desktop.services.workspace import CurrentUser, Workspace
from hai_desktop.store.audit import RegisteredKey
from hai_desktop.store.models import Signature, utc_now
from hai_desktop.store.userkeys import UserKeys, b64, fingerprint, signature_holds, unb64


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


def content_hash(content: Mapping[str, Any]) -> str:
    text = json.dumps(_plain(content), sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def signed_text(entity: str, entity_id: str, meaning: str, username: str, hashed: str,
                signed_at: datetime) -> bytes:
    """What a person's key signs (21 CFR 11.70): this record, this meaning, this person, this
    time and the content's hash — copied onto another record, it no longer verifies."""
    return json.dumps(["hai-desktop signature", entity, entity_id, meaning, username, hashed,
                       signed_at.astimezone(UTC).isoformat()], ensure_ascii=False,
                      separators=(",", ":")).encode("utf-8")


def sign(ws: Workspace, session: Session, *, entity: str, entity_id: str, meaning: str,
         content: Mapping[str, Any], reason: str | None = None,
         signer: CurrentUser | None = None, keys: UserKeys | None = None) -> Signature:
    """Record a signature in the caller's unit of work (the password was confirmed by it).
    `signer`: a colleague who confirmed their own password here (the second checking nurse).
    On the encrypted file it is also signed with the signer's own Ed25519 key."""
    who = signer or ws.user
    hashed = content_hash(content)
    signed_at = utc_now().replace(microsecond=0)
    signature = Signature(entity=entity, entity_id=entity_id, meaning=meaning,
                          username=who.username, full_name=who.full_name, signed_at=signed_at,
                          content_hash=hashed, reason=reason)
    keys = keys or ws.signing_keys(who.username)
    if keys is not None:
        signature.key_fingerprint = fingerprint(keys.signing_public)
        signature.signature = b64(keys.sign(signed_text(entity, entity_id, meaning,
                                                        who.username, hashed, signed_at)))
    session.add(signature)
    session.flush()
    return signature


def signature_problem(signature: Signature, keys: Mapping[str, RegisteredKey]) -> str | None:
    """Why a signature's own cryptographic signature does not hold, naming it and its record;
    None when it holds or was made without keys (the server, or before keys existed)."""
    if signature.signature is None:
        return None
    key = keys.get(signature.key_fingerprint or "")
    try:
        raw = unb64(signature.signature)
    except ValueError:
        raw = b""
    if key is None or key.username != signature.username or not signature_holds(
            key.signing_public, signed_text(
                signature.entity, signature.entity_id, signature.meaning, signature.username,
                signature.content_hash, signature.signed_at), raw):
        return msg("signature #{id} ({meaning}, {user}) on {entity} #{entity_id} is not "
                   "{user}'s signature of that record: it was moved or altered",
                   id=signature.id, meaning=signature.meaning, user=signature.username,
                   entity=signature.entity, entity_id=signature.entity_id)
    return None


def signature_matches(signature: Signature, content: Mapping[str, Any]) -> bool:
    return signature.content_hash == content_hash(content)


def current_signoff(session: Session, entity: str, entity_id: str) -> Signature | None:
    """The newest signature not superseded on a signed-off table (dose levels, premedication)."""
    return session.scalar(select(Signature).where(
        Signature.entity == entity, Signature.entity_id == entity_id,
        Signature.superseded.is_(False)).order_by(Signature.id.desc()).limit(1))


def signoff_in_force(session: Session, entity: str, entity_id: str,
                     content: Mapping[str, Any]) -> Signature | None:
    """That sign-off, if it still signs the table as it is now (a later change voids it)."""
    signoff = current_signoff(session, entity, entity_id)
    return signoff if signoff is not None and signature_matches(signoff, content) else None
