"""Names as a Korean chart writes them, with the Latin-letter form beside; initials only from
Latin letters; search terms with and without spaces."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hai_desktop.core.names import (
    derive_initials,
    display_name,
    has_hangul,
    is_latin_letters,
    latin_form,
    romanized_name,
    search_forms,
    written_name,
)


@pytest.mark.parametrize("family, given_name, written", [
    ("김", "지원", "김지원"),               # family name first, no space
    ("남궁", "하늘", "남궁하늘"),            # a two-syllable family name
    (" 남궁 ", " 하 늘", "남궁하늘"),        # spaces typed by habit are not part of the name
    ("Nam", "Jae-won", "NAM, Jae-won"),   # a name in Latin letters: FAMILY, Given
    ("O'Brien", "Anne", "O'BRIEN, Anne"),
])
def test_written_name(family: str, given_name: str, written: str) -> None:
    assert written_name(family, given_name) == written


def test_display_name_shows_both_forms_only_where_they_differ() -> None:
    assert display_name("김", "지원", ("Kim", "Ji-won")) == "김지원 · KIM, Ji-won"
    assert display_name("Nam", "Jae-won", ("Nam", "Jae-won")) == "NAM, Jae-won"
    assert display_name("김", "지원", None) == "김지원"


def test_latin_form_of_records_made_before_it_was_asked_for() -> None:
    assert latin_form("Nam", "Jae-won", None, None) == ("Nam", "Jae-won")
    assert latin_form("김", "지원", None, None) is None
    assert latin_form("김", "지원", "Kim", "Ji-won") == ("Kim", "Ji-won")


@pytest.mark.parametrize("given_name, family, initials", [
    ("Ji-won", "Kim", "JWK"),
    ("Haneul", "Namgung", "HN"),
    ("Jae won", "Nam", "JWN"),
    ("Jürgen", "Müller", "JM"),           # accents dropped: initials are A–Z
    ("지원", "김", ""),                     # never from Hangul (the old code gave '지김')
])
def test_initials_come_from_latin_letters_only(given_name: str, family: str,
                                              initials: str) -> None:
    assert derive_initials(given_name, family) == initials


@pytest.mark.parametrize("text, latin", [
    ("Kim", True), ("Ji-won", True), ("O'Brien", True), ("Müller", True), ("Seo Yeon", True),
    ("김", False), ("Kim1", False), ("", False), ("  ", False), ("Kim\t", False),
    ("Ким", False),  # Cyrillic is not Latin
])
def test_latin_letters(text: str, latin: bool) -> None:
    assert is_latin_letters(text) is latin


def test_search_forms_add_the_term_without_spaces() -> None:
    assert search_forms("김 지원") == ["김 지원", "김지원"]
    assert search_forms(" 김지원 ") == ["김지원"]
    assert search_forms("kim ji") == ["kim ji", "kimji"]


def test_romanized_name() -> None:
    assert romanized_name(" Kim ", "Ji-won ") == "KIM, Ji-won"


@given(st.text(alphabet=st.characters(min_codepoint=0xAC00, max_codepoint=0xD7A3), min_size=1,
               max_size=3),
       st.text(alphabet=st.characters(min_codepoint=0xAC00, max_codepoint=0xD7A3), min_size=1,
               max_size=4))
def test_any_hangul_name_is_written_whole_and_yields_no_initials(family: str,
                                                                 given_name: str) -> None:
    written = written_name(family, given_name)
    assert written == family + given_name and has_hangul(written)
    assert derive_initials(given_name, family) == ""
    assert not is_latin_letters(family)
