"""Messages and printed texts in the person's language, read from the real Korean .ts."""

from __future__ import annotations

import json
import pickle
from datetime import date

import pytest

from hai_desktop.core.i18n import (
    DataText,
    Day,
    Label,
    Message,
    catalog,
    message_from_record,
    message_in,
    message_record,
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


def test_a_day_a_label_and_a_data_text_inside_a_message_follow_the_language() -> None:
    gate = msg("HAI withheld — no valid catheter inspection: {why}",
               why=msg("the last one ({done}) found the catheter '{outcome}'",
                       done=Day(date(2026, 11, 19)), outcome=DataText("not fit", "부적합")))
    assert gate == ("HAI withheld — no valid catheter inspection: the last one (19 Nov 2026) "
                    "found the catheter 'not fit'")
    korean = message_in("ko", gate)
    assert "2026-11-19" in korean and "'부적합'" in korean and "HAI 보류" in korean
    assert "Nov" not in korean and "not fit" not in korean
    pain = msg("pain during HAI reported {day} {time} ({location}, infusion {infusion})",
               day=Day(date(2026, 12, 1)), time="14:05",
               location=Label("PainLocation", "epigastric"), infusion=2)
    assert "epigastric" in pain
    assert "epigastric" not in message_in("ko", pain)
    assert "2026-12-01 14:05" in message_in("ko", pain)


def test_a_message_kept_in_the_database_comes_back_whole() -> None:
    notice = msg("Dose decision for oxaliplatin HAI after {due}: {answer}",
                 due=msg("grade {grade} peripheral sensory neuropathy before oxaliplatin HAI "
                         "(cycle {cycle}; at grade {limit} or more [site rule])",
                         grade=2, cycle=5, limit=2),
                 answer=msg("stop — {reason}", reason="TRAINING: 김지원 asked to stop"))
    stored = json.dumps([message_record(notice), "an older plain notice",
                         message_record(Day(date(2026, 1, 2))),
                         message_record(Label("Attribution", "possible"))], ensure_ascii=False)
    back = [message_from_record(item) for item in json.loads(stored)]
    assert back[0] == notice and isinstance(back[0], Message)
    assert message_in("ko", back[0]) == message_in("ko", notice) != str(notice)
    korean = message_in("ko", back[0])
    assert "김지원" in korean and "말초 감각 신경병증" in korean
    assert back[1] == "an older plain notice" and not isinstance(back[1], Message)
    assert isinstance(back[2], Day) and back[2].day == date(2026, 1, 2)
    assert isinstance(back[3], Label) and back[3].context == "Attribution"
    assert json.loads(stored)[0]["text"] == str(notice)  # the audit trail reads the English
