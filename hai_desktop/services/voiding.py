"""Records are never deleted: one recorded in error is voided, once, with the reason (the audit
trail keeps the old and new values). The checks every void shares live here."""

from __future__ import annotations

from typing import TypeVar

from sqlalchemy.orm import Session

from hai_desktop.core.errors import ConflictError, NotFound, ValidationError
from hai_desktop.store.models import Base

M = TypeVar("M", bound=Base)


def reason_for_voiding(reason: str, what: str) -> str:
    """The reason as stored; refused when blank."""
    text = reason.strip()
    if not text:
        raise ValidationError(f"Give the reason for voiding the {what}.", field="reason")
    return text


def row_to_void(session: Session, model: type[M], row_id: int, what: str) -> M:
    """The record, refused when it does not exist or is voided already."""
    row = session.get(model, row_id)
    if row is None:
        raise NotFound(f"There is no {what} #{row_id}.")
    if getattr(row, "voided", False):
        raise ConflictError(f"{what[:1].upper()}{what[1:]} #{row_id} is already voided.")
    return row
