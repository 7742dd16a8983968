"""Records are never deleted: one recorded in error is voided, once, with the reason (the audit
trail keeps the old and new values). The checks every void shares live here."""

from __future__ import annotations

from typing import TypeVar

from sqlalchemy.orm import Session

from hai_desktop.core.errors import ConflictError, NotFound, ValidationError
from hai_desktop.core.i18n import Message, msg
from hai_desktop.store.models import Base

M = TypeVar("M", bound=Base)


def _sentence_start(what: str) -> str:
    """The record's name capitalised to start an English sentence; a Message keeps its
    template, so a translation uses its own form of the name."""
    capital = what[:1].upper() + what[1:]
    if not isinstance(what, Message):
        return capital
    made = str.__new__(Message, capital)
    made.template, made.values = what.template, dict(what.values)
    return made


def reason_for_voiding(reason: str, what: str) -> str:
    """The reason as stored; refused when blank."""
    text = reason.strip()
    if not text:
        raise ValidationError(msg("Give the reason for voiding the {what}.",
                                  what=what), field="reason")
    return text


def row_to_void(session: Session, model: type[M], row_id: int, what: str) -> M:
    """The record, refused when it does not exist or is voided already."""
    row = session.get(model, row_id)
    if row is None:
        raise NotFound(msg("There is no {what} #{row_id}.", what=what, row_id=row_id))
    if getattr(row, "voided", False):
        raise ConflictError(msg("{record} #{row_id} is already voided.",
                                record=_sentence_start(what), row_id=row_id))
    return row
