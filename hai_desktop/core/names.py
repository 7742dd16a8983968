"""Patients' names as people at a Korean site write and read them.

A Korean name is written family name first with no space (김지원, 남궁하늘); a name in Latin
letters is written FAMILY, Given (NAM, Jae-won). Every record also keeps the name in Latin letters
(as on the passport or the hospital's romanized record): initials come from that form, never from
Hangul, and staff who do not read Hangul can still match the patient.
"""

from __future__ import annotations

import re
import unicodedata

from hai_desktop.core.errors import ValidationError
from hai_desktop.core.i18n import msg

MAX_NAME_LENGTH = 100  # the column's width
# Staff accounts: the same rule wherever one is made (the first administrator too).
USERNAME_PATTERN = re.compile(r"^[a-z0-9][a-z0-9._-]{1,31}$")
# Letters of a romanized name besides A–Z: 'Jae-won', "O'Brien", 'Seo Yeon'.
_LATIN_MARKS = frozenset(" -'")


def checked_name(text: str, field: str, what: str) -> str:
    """A name as typed (stripped), refused when longer than the column or holding a control
    character (a pasted tab or line break, an escape sequence)."""
    text = text.strip()
    if len(text) > MAX_NAME_LENGTH:
        raise ValidationError(msg("The {what} is longer than {MAX_NAME_LENGTH} characters.",
                                  what=what, MAX_NAME_LENGTH=MAX_NAME_LENGTH), field=field)
    if any(not c.isprintable() for c in text):
        raise ValidationError(msg("The {what} holds a control character: type it again.",
                                  what=what), field=field)
    return text


def checked_full_name(full_name: str) -> str:
    """A staff member's full name as signatures print it: present, one line, not too long."""
    full_name = checked_name(full_name, "full_name", "full name")
    if not full_name:
        raise ValidationError(msg("Enter the person's full name as it should appear on "
                                  "signatures."), field="full_name")
    return full_name


def checked_username(username: str) -> str:
    """A staff user name, normalised (lower case), or a message saying what a name may be."""
    name = username.strip().lower()
    if not USERNAME_PATTERN.match(name):
        raise ValidationError(
            msg("User names are 2–32 characters: lower-case letters, digits, '.', '-' or '_', "
                "starting with a letter or digit."), field="username")
    return name


def is_hangul(char: str) -> bool:
    code = ord(char)
    return (0xAC00 <= code <= 0xD7A3  # syllables
            or 0x1100 <= code <= 0x11FF  # jamo
            or 0x3130 <= code <= 0x318F)  # compatibility jamo


def has_hangul(text: str) -> bool:
    return any(is_hangul(c) for c in text)


def is_latin_letters(text: str) -> bool:
    """Only Latin letters (accents allowed: 'Müller'), spaces, hyphens and apostrophes."""
    return bool(text.strip()) and all(
        c in _LATIN_MARKS or (c.isalpha() and "LATIN" in unicodedata.name(c, ""))
        for c in text)


def written_name(family: str, given: str) -> str:
    """The name as the chart writes it: 김지원 for Hangul, NAM, Jae-won for Latin letters."""
    family, given = family.strip(), given.strip()
    if has_hangul(family) or has_hangul(given):
        return "".join((family + given).split())
    return romanized_name(family, given)


def romanized_name(family: str, given: str) -> str:
    """KIM, Ji-won: the Latin-letter form in the same FAMILY, Given order."""
    return f"{family.strip().upper()}, {given.strip()}"


def latin_form(family: str, given: str, latin_family: str | None,
               latin_given: str | None) -> tuple[str, str] | None:
    """The Latin-letter name: as recorded, or the name itself when it is written in Latin
    letters (records made before the Latin form was asked for); None when unknown."""
    if latin_family and latin_given:
        return latin_family, latin_given
    if is_latin_letters(family) and is_latin_letters(given):
        return family, given
    return None


def display_name(family: str, given: str, latin: tuple[str, str] | None) -> str:
    """김지원 · KIM, Ji-won where the two forms differ, else the name alone."""
    written = written_name(family, given)
    if latin is None:
        return written
    romanized = romanized_name(*latin)
    return written if romanized == written else f"{written} · {romanized}"


def derive_initials(latin_given: str, latin_family: str) -> str:
    """JWK for Ji-won KIM: each part of the given name, then the family name, in Latin letters
    only (a Hangul name yields nothing: its initials come from its Latin form)."""
    parts = latin_given.replace("-", " ").split() + latin_family.replace("-", " ").split()
    letters = [_base_letter(p[0]) for p in parts]
    return "".join(c for c in letters if "A" <= c <= "Z")


def _base_letter(char: str) -> str:
    """Ü → U: initials are plain A–Z, as trial forms want them."""
    return unicodedata.normalize("NFKD", char)[0].upper()


def search_forms(text: str) -> list[str]:
    """What a search term is compared against: as typed, and without its spaces (김 지원 finds
    김지원; the record's Hangul name is stored without them)."""
    term = text.strip()
    joined = "".join(term.split())
    return [term] if joined == term else [term, joined]
