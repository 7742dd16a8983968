"""Premedication and supportive care as data: loaded and checked, each item with its source, in
ISMP style, put on an order by the drugs it comes with."""

from __future__ import annotations

from pathlib import Path

import pytest

from hai_desktop.core.errors import HaiError
from hai_desktop.core.supportive import (
    check_ismp_text,
    items_for,
    load_supportive_items,
    protocol_supportive_items,
)

DRUGS = ("irinotecan", "cetuximab", "bevacizumab", "oxaliplatin_hai", "leucovorin",
         "fluorouracil_bolus", "fluorouracil_infusion")


def test_the_shipped_table_loads_with_a_source_for_every_item() -> None:
    items = protocol_supportive_items()
    assert {i.id for i in items} >= {"ondansetron", "dexamethasone", "diphenhydramine",
                                     "atropine", "loperamide"}
    assert all("[site rule" in i.source or "[site to confirm]" in i.source for i in items)


def test_items_come_with_their_drugs() -> None:
    items = protocol_supportive_items()
    hai_cetuximab = {i.id for i in items_for(items, ["cetuximab", "oxaliplatin_hai",
                                                     "irinotecan", "fluorouracil_infusion"])}
    assert {"diphenhydramine", "glucose_flush", "atropine", "loperamide"} <= hai_cetuximab
    control_bevacizumab = {i.id for i in items_for(items, ["bevacizumab", "irinotecan"])}
    assert "diphenhydramine" not in control_bevacizumab  # no cetuximab, no H1 antihistamine
    assert "glucose_flush" not in control_bevacizumab     # no HAI line
    assert "bevacizumab_checks" in control_bevacizumab
    # Irinotecan stopped: nothing that comes only with it.
    assert not {"atropine", "loperamide"} & {i.id for i in items_for(items, ["bevacizumab"])}


@pytest.mark.parametrize("text", ["1.0 mg", ".5 mg", "10 U", "250 µg", "8 mg SC", "2.50 mg"])
def test_error_prone_dose_writing_is_refused(text: str) -> None:
    with pytest.raises(HaiError):
        check_ismp_text(text, "dose")


@pytest.mark.parametrize("text", ["0.25 mg", "8 mg", "250 mL", "1.05 mg", "4 mg, then 2 mg"])
def test_ismp_dose_writing_is_accepted(text: str) -> None:
    check_ismp_text(text, "dose")


def _write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "supportive.toml"
    path.write_text(body, encoding="utf-8")
    return path


ITEM = '''[[item]]
id = "x"
name = "ondansetron"
category = "{category}"
dose = "{dose}"
route = "IV"
timing = "before"
with_drugs = [{drugs}]
source = "{source}"
'''


@pytest.mark.parametrize("fields, message", [
    ({"category": "snack"}, "category must be one of"),
    ({"dose": "1.0 mg"}, "trailing zero"),
    ({"drugs": '"aspirin"'}, "unknown drugs aspirin"),
    ({"drugs": ""}, "names no drug"),
    ({"source": " "}, "needs its source"),
])
def test_a_wrong_file_names_what_to_fix(tmp_path: Path, fields: dict[str, str],
                                        message: str) -> None:
    values = {"category": "premedication", "dose": "8 mg", "drugs": '"irinotecan"',
              "source": "x"} | fields
    with pytest.raises(HaiError, match=message):
        load_supportive_items(_write(tmp_path, ITEM.format(**values)), DRUGS)
