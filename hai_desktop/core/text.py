"""Text people type, before it is stored: not longer than its column, and free of control
characters (a pasted escape sequence, a NUL, a stray line break in a one-line field), which a
printed sheet, a CSV or a terminal would show wrongly or act upon."""

from __future__ import annotations

from hai_desktop.core.errors import ValidationError
from hai_desktop.core.i18n import msg

# Free-text columns (notes, reasons, summaries) have no width of their own: a page of text is
# far more than any note needs, and keeps a pasted file or a runaway script out of the record.
TEXT_LIMIT = 20_000
_LINE_BREAKS = frozenset("\n\r\t")


def checked_text(value: str, *, field: str, limit: int, multiline: bool) -> str:
    """`value` unchanged, or ValidationError naming the field and what to fix."""
    if len(value) > limit:
        raise ValidationError(msg("The {field} is {length} characters long; at most {limit} are "
                                  "kept: shorten it.", field=field.replace("_", " "),
                                  length=len(value), limit=limit), field=field)
    allowed = _LINE_BREAKS if multiline else frozenset()
    if any(not c.isprintable() and c not in allowed and c != " " for c in value):
        raise ValidationError(msg("The {field} holds a control character (a pasted escape, tab "
                                  "or line break): type it again.", field=field.replace("_", " ")),
                              field=field)
    return value
