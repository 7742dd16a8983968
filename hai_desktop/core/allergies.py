"""A patient's allergies and infusion reactions, and the one fact an order needs first:
were they asked? "Not yet asked" is never the same as "no known allergies"."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from hai_desktop.core.i18n import QT_TRANSLATE_NOOP

# Stored as written here; the interface shows translate("AllergyCategory", …) and so on.
CATEGORIES = (QT_TRANSLATE_NOOP("AllergyCategory", "drug"),
              QT_TRANSLATE_NOOP("AllergyCategory", "contrast medium"),
              QT_TRANSLATE_NOOP("AllergyCategory", "infusion reaction"),
              QT_TRANSLATE_NOOP("AllergyCategory", "food"),
              QT_TRANSLATE_NOOP("AllergyCategory", "latex or environment"),
              QT_TRANSLATE_NOOP("AllergyCategory", "other"))
SEVERITIES = (QT_TRANSLATE_NOOP("AllergySeverity", "mild"),
              QT_TRANSLATE_NOOP("AllergySeverity", "moderate"),
              QT_TRANSLATE_NOOP("AllergySeverity", "severe"),
              QT_TRANSLATE_NOOP("AllergySeverity", "life-threatening"),
              QT_TRANSLATE_NOOP("AllergySeverity", "unknown"))
SOURCES = (QT_TRANSLATE_NOOP("AllergySource", "patient"),
           QT_TRANSLATE_NOOP("AllergySource", "family or carer"),
           QT_TRANSLATE_NOOP("AllergySource", "medical record"),
           QT_TRANSLATE_NOOP("AllergySource", "referring letter"),
           QT_TRANSLATE_NOOP("AllergySource", "observed in this unit"))


class AllergyState(enum.StrEnum):
    NOT_ASKED = "not yet asked"
    NONE_KNOWN = "no known allergies"
    RECORDED = "allergies recorded"


@dataclass(frozen=True)
class AllergyEntry:
    allergen: str
    category: str
    reaction: str
    severity: str

    @property
    def text(self) -> str:
        reaction = f" — {self.reaction}" if self.reaction else ""
        return f"{self.allergen}{reaction} ({self.severity})"


@dataclass(frozen=True)
class AllergyStatus:
    state: AllergyState
    entries: tuple[AllergyEntry, ...] = ()
    asked_by: str | None = None
    asked_on: date | None = None

    @property
    def recorded(self) -> bool:
        """An order may be signed: the patient was asked, with or without allergies."""
        return self.state is not AllergyState.NOT_ASKED

    @property
    def summary(self) -> str:
        if self.state is AllergyState.RECORDED:
            return "; ".join(e.text for e in self.entries)
        if self.state is AllergyState.NONE_KNOWN:
            return (f"No known allergies (asked by {self.asked_by} on "
                    f"{self.asked_on:%d %b %Y})" if self.asked_on else "No known allergies")
        return "Allergy status not yet recorded"

    @property
    def short(self) -> str:
        """For the patient header, which has little room."""
        if self.state is AllergyState.RECORDED:
            return ", ".join(e.allergen for e in self.entries)
        return (QT_TRANSLATE_NOOP("AllergyStatus", "none known")
                if self.state is AllergyState.NONE_KNOWN
                else QT_TRANSLATE_NOOP("AllergyStatus", "not yet asked"))


def allergy_status(entries: Sequence[AllergyEntry], none_known: tuple[str, date] | None
                   ) -> AllergyStatus:
    """Entries win over a 'no known allergies' statement (recording one voids the statement)."""
    if entries:
        return AllergyStatus(AllergyState.RECORDED, tuple(entries))
    if none_known is not None:
        return AllergyStatus(AllergyState.NONE_KNOWN, (), none_known[0], none_known[1])
    return AllergyStatus(AllergyState.NOT_ASKED)
