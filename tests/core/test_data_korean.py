"""The site's Korean beside the English in the protocol data files (eligibility, catheter, site
rules, supportive care): every text the interface shows has its Korean, and the Korean keeps the
English's numbers, comparison signs and the clinical terms that stay English (drug names, CTCAE,
units). The English stays the text of record: the `*_in("en")` accessors give it unchanged."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from hai_desktop.core.catheter import catheter_rules
from hai_desktop.core.eligibility import protocol_checklist
from hai_desktop.core.i18n import data_text
from hai_desktop.core.supportive import protocol_supportive_items
from hai_desktop.services.site_rules import site_rule_specs
from tests.helpers import refusal_in_korean

NUMBER = re.compile(r"\d+(?:\.\d+)?")
SIGNS = "≥≤<>×%±="
# Written in English inside the Korean too, wherever the English has them.
KEPT_TERMS = ("ANC", "AST", "ALT", "ALP", "ULN", "GGT", "ECOG", "CTCAE", "HAI", "CT/MRI",
              "mL/min", "g/dL", "×10⁹/L", "U/L", "mg/dL", "mmol/L", "µmol/L", "m²", "mg", "mL",
              "R0", "R1", "Cockcroft–Gault", "Huber", "Tc-99m MAA", "FOLFIRI", "ASCO",
              "oxaliplatin", "irinotecan", "cetuximab", "bevacizumab", "glucose",
              "sodium chloride", "IV", "Eloxatin", "NCCP", "PROTOCOL.md")


def shown_texts() -> list[tuple[str, str, str]]:
    """(where, English, Korean) for every data text the interface shows."""
    pairs: list[tuple[str, str, str]] = []
    for c in protocol_checklist().criteria:
        pairs.append((f"eligibility {c.id} text", c.text, c.text_ko))
        pairs.append((f"eligibility {c.id} section", c.section, c.section_ko))
        if c.note:
            pairs.append((f"eligibility {c.id} note", c.note, c.note_ko))
        for name in c.params.get("required_disciplines", ()):
            pairs.append((f"eligibility {c.id} discipline", name, c.disciplines_ko.get(name, "")))
        reasons = c.params.get("reasons", ())
        korean = c.reasons_ko or ("",) * len(reasons)
        pairs += [(f"eligibility {c.id} reason", r, k) for r, k in zip(reasons, korean,
                                                                       strict=True)]
    rules = catheter_rules()
    pairs.append(("catheter reminder", rules.reminder, rules.reminder_ko))
    for item in rules.items:
        pairs.append((f"catheter item {item.id}", item.text, item.text_ko))
        pairs.append((f"catheter item {item.id} section", item.section, item.section_ko))
    for table, terms in (("outcome", rules.outcomes), ("action", rules.actions),
                         ("event kind", rules.event_kinds),
                         ("complication", rules.complications),
                         ("access route", rules.access_routes)):
        pairs += [(f"catheter {table} {t.id}", t.label, t.label_ko) for t in terms]
    for spec in site_rule_specs().values():
        pairs.append((f"site rule {spec.key} label", spec.label, spec.label_ko))
        pairs.append((f"site rule {spec.key} source", spec.source, spec.source_ko))
    for s in protocol_supportive_items():
        pairs.append((f"supportive {s.id} timing", s.timing, s.timing_ko))
        if s.name_ko:  # a drug's name has none: it stays as written
            pairs.append((f"supportive {s.id} name", s.name, s.name_ko))
    return pairs


SHOWN = shown_texts()


def test_every_shown_text_has_its_korean() -> None:
    missing = [where for where, _english, korean in SHOWN if not korean.strip()]
    assert not missing, f"no Korean for: {missing}"


@pytest.mark.parametrize(("where", "english", "korean"), SHOWN, ids=[w for w, _e, _k in SHOWN])
def test_the_korean_keeps_numbers_signs_and_english_terms(where: str, english: str,
                                                         korean: str) -> None:
    assert Counter(NUMBER.findall(korean)) == Counter(NUMBER.findall(english)), where
    assert Counter(c for c in korean if c in SIGNS) == Counter(
        c for c in english if c in SIGNS), where
    for term in KEPT_TERMS:
        whole = re.compile(rf"(?<![A-Za-z]){re.escape(term)}(?![A-Za-z])")
        if whole.search(english):
            assert whole.search(korean), f"{where}: '{term}' must stay in English"
    # Korean, unless the text is all clinical shorthand read in English ("AST ≤ 5 × ULN").
    assert re.search(r"[\uac00-\ud7a3]", korean) or korean == english, where


def test_the_english_stays_the_text_of_record() -> None:
    criterion = protocol_checklist().get("age")
    assert criterion.text_in("en") == criterion.text == "Age ≥ 19 years"
    assert criterion.text_in("ko") == "연령 ≥ 19세"
    assert data_text("ko", "English", "") == "English", "no Korean: the English is shown"
    mdt = protocol_checklist().get("mdt_unresectable")
    assert mdt.discipline_in("surgery", "en") == "surgery"
    assert mdt.reasons_in("en") == tuple(mdt.params["reasons"])
    assert len(mdt.reasons_in("ko")) == len(mdt.params["reasons"])
    fit = catheter_rules().outcome("fit")
    assert (fit.label_in("en"), fit.label_in("ko")) == ("Fit for HAI today", "오늘 HAI 투여 가능")
    rules = catheter_rules()
    assert [rules.section_in(s, "en") for s in rules.sections] == list(rules.sections)


def test_every_measurement_has_its_korean_name_and_messages_use_it() -> None:
    from hai_desktop.core.ctcae import lab_kinds
    from hai_desktop.core.errors import ValidationError
    from hai_desktop.core.units import parse_quantity

    kinds = lab_kinds()  # protocol/quantities.toml and ctcae/lab_quantities.toml
    assert [k for k, s in kinds.items() if not s.label_in("ko") or
            (s.label_in("ko") == s.label and not s.label.isupper())] == []
    assert kinds["weight"].label == "weight" and kinds["weight"].label_in("ko") == "체중"
    english, korean = refusal_in_korean(
        ValidationError, lambda: parse_quantity("70 cm", "weight", field="weight"))
    assert english == "cm is not a unit for weight: use kg, g or lb."
    assert "체중" in korean and "kg, g 또는 lb" in korean and "weight" not in korean
