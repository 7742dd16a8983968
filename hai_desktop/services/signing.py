"""Electronic signatures (21 CFR 11.50/11.70 style): printed name, UTC time, meaning, and the
SHA-256 of the signed content, so a later change no longer verifies against the signature."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from hai_desktop.services.workspace import CurrentUser, Workspace
from hai_desktop.store.models import Signature


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


def sign(ws: Workspace, session: Session, *, entity: str, entity_id: str, meaning: str,
         content: Mapping[str, Any], reason: str | None = None,
         signer: CurrentUser | None = None) -> Signature:
    """Record a signature in the caller's unit of work (the password was confirmed by it).
    `signer`: a colleague who confirmed their own password here (the second checking nurse)."""
    who = signer or ws.user
    signature = Signature(entity=entity, entity_id=entity_id, meaning=meaning,
                          username=who.username, full_name=who.full_name,
                          content_hash=content_hash(content), reason=reason)
    session.add(signature)
    session.flush()
    return signature


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
