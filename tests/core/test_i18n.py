"""Messages and printed texts in the person's language, read from the real Korean .ts."""

from __future__ import annotations

import pickle

import pytest

from hai_desktop.core.i18n import (
    Message,
    catalog,
    message_in,
    msg,
    printed,
    printing_in,
    printing_language,
    text_in,
)


def test_a_message_is_its_english_sentence_and_keeps_template_and_values() -> None:
    message = msg("Cycle {cycle} of {name} is already signed.", cycle=3, name="김지원")
    assert message == "Cycle 3 of 김지원 is already signed."
    assert isinstance(message, str) and isinstance(message, Message)
    assert message.template == "Cycle {cycle} of {name} is already signed."
    assert message.values == {"cycle": 3, "name": "김지원"}
    assert msg("No braces {here}") == "No braces {here}"  # no values: the text as written


def test_a_message_survives_pickling_with_its_template() -> None:
    copy = pickle.loads(pickle.dumps(msg("Cycle {cycle}", cycle=2)))
    assert isinstance(copy, Message) and copy.template == "Cycle {cycle}" and copy == "Cycle 2"


def test_the_korean_catalog_comes_from_the_ts_file() -> None:
    korean = catalog("ko")
    assert len(korean) > 1000
    assert text_in("ko", "Role", "Infusion nurse") != "Infusion nurse"
    assert text_in("ko", "Role", "No such label") == "No such label"
    assert catalog("en") == {}


def test_message_in_fills_a_translated_template_and_falls_back_when_it_is_damaged(
        monkeypatch: pytest.MonkeyPatch) -> None:
    korean = dict(catalog("ko"))
    korean[("", "Order {code} is signed.")] = "처방 {code} 서명됨."
    korean[("", "Broken {code}.")] = "망가진 {코드}."
    import hai_desktop.core.i18n as i18n
    monkeypatch.setattr(i18n, "catalog", lambda language: korean)
    assert message_in("ko", msg("Order {code} is signed.", code="C1-7")) == "처방 C1-7 서명됨."
    assert message_in("ko", msg("Broken {code}.", code="X")) == "Broken X."
    assert message_in("en", msg("Order {code} is signed.", code="C1-7")) == \
        "Order C1-7 is signed."
    assert message_in("ko", "plain text") == "plain text"


def test_printed_texts_follow_the_document_language_of_the_block() -> None:
    assert printing_language() == "en"
    assert printed("Role", "Infusion nurse") == "Infusion nurse"
    with printing_in("ko"):
        assert printing_language() == "ko"
        assert printed("Role", "Infusion nurse") == text_in("ko", "Role", "Infusion nurse")
        with printing_in("fr"):  # not a language we print in: English
            assert printed("Role", "Infusion nurse") == "Infusion nurse"
    assert printing_language() == "en"
