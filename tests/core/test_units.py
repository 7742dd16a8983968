"""The quantity parser: every accepted way of writing a value, and a clear refusal otherwise."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hai_desktop.core.errors import HaiError, ValidationError
from hai_desktop.core.units import format_quantity, in_unit, load_quantity_specs, parse_quantity
from hai_desktop.paths import resource


@pytest.mark.parametrize("text, kind, expected", [
    ("70 kg", "weight", 70.0),
    ("70", "weight", 70.0),
    ("70000 g", "weight", 70.0),
    ("154.32358 lb", "weight", 70.0),
    ("170 cm", "height", 170.0),
    ("1.7 m", "height", 170.0),
    ("66.929134 in", "height", 170.0),
    ("5 ft 7 in", "height", 170.18),
    ("5'7\"", "height", 170.18),
    ("6 ft", "height", 182.88),
    ("1.2 mg/dL", "serum_creatinine", 1.2),
    ("12 mg/L", "serum_creatinine", 1.2),
    ("106.08 µmol/L", "serum_creatinine", 106.08 * 113.12 / 1e4),
    ("106.08 μmol/L", "serum_creatinine", 106.08 * 113.12 / 1e4),  # Greek mu
    ("106.08 umol/L", "serum_creatinine", 106.08 * 113.12 / 1e4),
    ("1.5 ×10⁹/L", "anc", 1.5),
    ("1.5 x10^9/L", "anc", 1.5),
    ("1.5 x 10e9 /L", "anc", 1.5),
    ("1.5 10^9/L", "anc", 1.5),
    ("1.5 G/L", "anc", 1.5),
    ("1500 /µL", "anc", 1.5),
    ("1500/uL", "anc", 1.5),
    ("1,500 /mm³", "anc", 1.5),
    ("1500 cells/mm3", "anc", 1.5),
    ("1.5", "anc", 1.5),
    ("100 ×10⁹/L", "platelets", 100.0),
    ("100000 /µL", "platelets", 100.0),
    ("9 g/dL", "hemoglobin", 9.0),
    ("90 g/L", "hemoglobin", 9.0),
    ("5.5854 mmol/L", "hemoglobin", 5.5854 * 1.61145),
    ("40 U/L", "alt", 40.0),
    ("40 IU/L", "alt", 40.0),
    ("1 µkat/L", "alt", 60.0),
    ("1.2 mg/dL", "total_bilirubin", 1.2),
    ("17.1 µmol/L", "total_bilirubin", 17.1 * 584.66 / 1e4),
    ("0.8 g/24 h", "urine_protein_24h", 0.8),
    ("800 mg/24h", "urine_protein_24h", 0.8),
    ("0.8 g/day", "urine_protein_24h", 0.8),
])
def test_accepted_forms(text: str, kind: str, expected: float) -> None:
    assert in_unit(parse_quantity(text, kind), kind) == pytest.approx(expected, rel=1e-6)


@pytest.mark.parametrize("text, kind, message", [
    ("", "weight", r"Enter the weight \(in kg\)"),
    ("   ", "weight", "Enter the weight"),
    ("seventy", "weight", "'seventy' is not a valid weight"),
    ("70 kilo grams", "weight", "is not a valid weight"),
    ("70 furlongs", "weight", "furlongs is not a unit for weight"),
    ("0\x1b", "weight", "is not a valid weight"),
    ("170 kg", "height", "not a unit for height"),
    ("70 kg", "serum_creatinine", "not a unit for serum creatinine"),
    ("9 g/dL", "alt", "not a unit for ALT"),
    ("1.5 mg", "anc", "not a unit for absolute neutrophil count"),
    ("-70 kg", "weight", "cannot be negative"),
    ("nan", "weight", "is not a valid weight"),
    ("inf kg", "weight", "is not a valid weight"),
    ("1e400 kg", "weight", "finite number"),
    ("700 kg", "weight", "700 kg is not a plausible weight"),
    ("50 mg/dL", "serum_creatinine", "not a plausible serum creatinine"),
    ("1,2", "serum_creatinine", "Use a dot for decimals"),
    ("2 kg * 3", "weight", "is not a valid weight"),
    ("__import__('os') kg", "weight", "is not a valid weight"),
    # An unbalanced bracket once escaped as tokenize.TokenError (found by hypothesis).
    ("70 (kg", "weight", "is not a valid weight"),
    ("0)", "alp", "is not a valid alkaline phosphatase"),
])
def test_refusals_say_what_to_fix(text: str, kind: str, message: str) -> None:
    with pytest.raises(ValidationError, match=message) as info:
        parse_quantity(text, kind)
    assert info.value.field == kind


def test_the_error_names_the_field_the_screen_gave() -> None:
    with pytest.raises(ValidationError) as info:
        parse_quantity("x", "weight", field="weight_at_screening")
    assert info.value.field == "weight_at_screening"


def test_format_uses_the_displayed_unit() -> None:
    assert format_quantity(parse_quantity("1500 /µL", "anc"), "anc") == "1.5 ×10⁹/L"
    assert format_quantity(parse_quantity("97 µmol/L", "serum_creatinine"),
                           "serum_creatinine") == "1.097 mg/dL"


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=40), st.sampled_from(["weight", "height", "anc", "hemoglobin",
                                              "serum_creatinine", "alt", "urine_protein_24h"]))
def test_any_text_parses_or_raises_our_error(text: str, kind: str) -> None:
    try:
        value = parse_quantity(text, kind)
    except ValidationError:
        return
    assert math.isfinite(in_unit(value, kind))


def test_a_unit_of_the_wrong_kind_names_the_field_the_screen_gave() -> None:
    with pytest.raises(ValidationError) as info:
        parse_quantity("70 mg/dL", "weight", field="crcl.weight")
    assert info.value.field == "crcl.weight"


@pytest.mark.parametrize("unit", ["*", ")", "1/0"])
def test_a_quantities_file_with_an_unreadable_unit_is_refused_naming_the_entry(
        tmp_path: Path, unit: str) -> None:
    """pint raises AssertionError, TokenError or ZeroDivisionError on these (found by
    hypothesis, test_properties_loaders.py)."""
    text = resource("protocol", "quantities.toml").read_text(encoding="utf-8")
    bad = tmp_path / "quantities.toml"
    bad.write_text(text.replace('unit = "kg"', f'unit = "{unit}"', 1), encoding="utf-8")
    with pytest.raises(HaiError, match=r"quantities.toml: the entry \[weight\] is invalid"):
        load_quantity_specs(bad)
