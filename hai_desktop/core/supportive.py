"""Premedication, hydration, monitoring and take-home care, as data (supportive_care.toml).

Every item is a site rule with its source; an item goes on an order when one of the drugs it
comes with is given on that order.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from hai_desktop.core.errors import HaiError
from hai_desktop.core.i18n import QT_TRANSLATE_NOOP, data_text, msg

CATEGORIES = ("premedication", "hydration", "monitoring", "take-home")
# Shown through translate("SupportiveCategory", title); the category stored is the key.
CATEGORY_TITLES = {
    "premedication": QT_TRANSLATE_NOOP("SupportiveCategory",
                                       "Premedication (before the first cytotoxic drug)"),
    "hydration": QT_TRANSLATE_NOOP("SupportiveCategory", "Hydration and line flushes"),
    "monitoring": QT_TRANSLATE_NOOP("SupportiveCategory", "Monitoring"),
    "take-home": QT_TRANSLATE_NOOP("SupportiveCategory", "Take-home supportive care")}
# ISMP's list of error-prone abbreviations: none of these may appear in a dose or route.
ERROR_PRONE = ("µg", "μg", "SC", "SQ", "sub q", "cc", "IU", " U ", "QD", "QOD", "HS", "D/C",
               "o.d.", "TIW", "BIW")


@dataclass(frozen=True)
class SupportiveItem:
    id: str
    name: str
    category: str
    dose: str
    route: str
    timing: str
    with_drugs: tuple[str, ...]
    source: str
    as_needed: bool = False
    status: str = "site rule"
    active: bool = True
    # The site's Korean (supportive_care.toml), shown in a Korean interface. A name that is a
    # drug's has none; an administrator's changed timing has none (the change is shown as made).
    name_ko: str = ""
    timing_ko: str = ""

    def name_in(self, language: str) -> str:
        return data_text(language, self.name, self.name_ko)

    def timing_in(self, language: str) -> str:
        return data_text(language, self.timing, self.timing_ko)

    @property
    def text(self) -> str:
        """One line in ISMP style: drug, dose, route, when."""
        needed = " — as needed" if self.as_needed and "as needed" not in self.timing else ""
        return f"{self.name} {self.dose} {self.route}, {self.timing}{needed}"


def _check_item(item: SupportiveItem, path: Path) -> None:
    if item.category not in CATEGORIES:
        raise HaiError(msg("{path}: {id}: category must be one of {CATEGORIES}.",
                           path=path, id=item.id, CATEGORIES=', '.join(CATEGORIES)))
    if not item.with_drugs:
        raise HaiError(msg("{path}: {id}: with_drugs names no drug.", path=path, id=item.id))
    if not item.source.strip():
        raise HaiError(msg("{path}: {id}: every item needs its source.", path=path, id=item.id))
    check_ismp_text(item.dose, f"{path}: {item.id}: dose")
    check_ismp_text(f" {item.route} ", f"{path}: {item.id}: route")


def check_ismp_text(text: str, where: str) -> None:
    """Refuse a dose or route written with an abbreviation ISMP lists as error-prone, a
    trailing zero (1.0 mg) or a naked decimal point (.5 mg)."""
    padded = f" {text} "
    for bad in ERROR_PRONE:
        if bad in padded:
            raise HaiError(msg("{where} uses '{bad}', an error-prone abbreviation (ISMP).",
                               where=where, bad=bad.strip()),
                           hint=msg("Write it out: mcg, subcutaneous, units, daily …"))
    number = _NAKED_DECIMAL.search(text) or _TRAILING_ZERO.search(text)
    if number:
        raise HaiError(msg("{where}: '{number}' — write a leading zero and no trailing zero (0.5 "
                           "mg, 1 mg).", where=where, number=number.group(0).strip()))


_NAKED_DECIMAL = re.compile(r"(?<![\d.])\.\d")
_TRAILING_ZERO = re.compile(r"\d\.\d*0(?!\d)")


def load_supportive_items(path: Path, known_drugs: Iterable[str]) -> tuple[SupportiveItem, ...]:
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
        items = tuple(SupportiveItem(
            id=e["id"], name=e["name"], category=e["category"], dose=e["dose"],
            route=e["route"], timing=e["timing"], with_drugs=tuple(e["with_drugs"]),
            source=e["source"], as_needed=bool(e.get("as_needed", False)),
            status=e.get("status", "site rule"), name_ko=e.get("name_ko", ""),
            timing_ko=e.get("timing_ko", "")) for e in raw["item"])
    except (OSError, tomllib.TOMLDecodeError, KeyError, TypeError) as exc:
        raise HaiError(msg("The supportive-care file {path} is invalid: {exc}.",
                           path=path, exc=exc)) from exc
    drugs = set(known_drugs)
    seen: set[str] = set()
    for item in items:
        if item.id in seen:
            raise HaiError(msg("{path}: the item id {id} appears twice.", path=path, id=item.id))
        seen.add(item.id)
        _check_item(item, path)
        unknown = set(item.with_drugs) - drugs
        if unknown:
            raise HaiError(msg("{path}: {id}: with_drugs names unknown drugs {unknown}.",
                               path=path, id=item.id, unknown=', '.join(sorted(unknown))))
    return items


@cache
def protocol_supportive_items() -> tuple[SupportiveItem, ...]:
    from hai_desktop.core.regimens import protocol_regimens
    from hai_desktop.paths import resource

    return load_supportive_items(resource("protocol", "supportive_care.toml"),
                                 (d.id for d in protocol_regimens().drugs))


def items_for(items: Iterable[SupportiveItem], drugs_given: Iterable[str]
              ) -> list[SupportiveItem]:
    """The items in use that come with any drug given on the order, by category, as listed."""
    given = set(drugs_given)
    chosen = [i for i in items if i.active and given & set(i.with_drugs)]
    return sorted(chosen, key=lambda i: CATEGORIES.index(i.category))


def order_line_texts(language: str, item_id: str, name: str, timing: str) -> tuple[str, str]:
    """An order's supportive line (name and timing as the order keeps them, in English) in
    `language`: the table's Korean where the order kept the table's own English."""
    item = next((i for i in protocol_supportive_items() if i.id == item_id), None)
    if item is None:
        return name, timing
    return (data_text(language, name, item.name_ko if name == item.name else ""),
            data_text(language, timing, item.timing_ko if timing == item.timing else ""))
