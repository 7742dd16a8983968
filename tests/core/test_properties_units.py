"""Properties of the quantity parsers: whatever is typed into any field either becomes a
plausible value of the field's dimension or is refused with the project's own error (never
another exception), and what the program shows can be typed back."""

from __future__ import annotations

import math

import pint
from hypothesis import given, settings
from hypothesis import strategies as st

from hai_desktop.core import ctcae
from hai_desktop.core.errors import HaiError, ValidationError
from hai_desktop.core.units import (
    format_quantity,
    in_unit,
    parse_quantity,
    quantity,
    quantity_specs,
    registry,
)

KINDS = sorted(quantity_specs())
LAB_KINDS = sorted(ctcae.lab_kinds())
NUMBERS = st.one_of(
    st.integers(-10, 100_000).map(str),
    st.floats(allow_nan=True, allow_infinity=True).map(repr),
    st.decimals(places=3, allow_nan=False, allow_infinity=False).map(str),
    st.sampled_from(["", ".5", "5.", "1e3", "1e400", "-0", "+2", "1,500", "1,2", "0x10", "½"]),
)
UNITS = st.one_of(
    st.sampled_from(sorted({u for k in quantity_specs().values() for u in k.accepts}
                           | {u for k in ctcae.lab_kinds().values() for u in k.accepts})),
    st.sampled_from(["", "kg", "lb", "cm", "in", "ft", "m", "g", "mg/dL", "µmol/L", "umol/L",
                     "mmol/L", "×10⁹/L", "x10^9/L", "10e9/L", "G/L", "/µL", "/mm³",
                     "cells/mm3", "U/L", "IU/L", "µkat/L", "g/24 h", "mg/24h", "g/day",
                     "kg*kg", "1/0", "**", "()", "meter/second", "dimensionless", "%"]),
    st.text(alphabet="abcdgiklmnoLstuµ/×x^*()0123456789 .'\"⁹³-", max_size=12),
)
TYPED = st.one_of(
    st.text(max_size=40),
    st.builds(lambda n, space, u: f"{n}{space}{u}", NUMBERS, st.sampled_from(["", " ", "  "]),
              UNITS),
)


def _expected_dimension(kind_unit: pint.Unit) -> object:
    return registry().Quantity(1, kind_unit).dimensionality


@settings(max_examples=300)
@given(TYPED, st.sampled_from(KINDS))
def test_any_text_in_any_field_parses_to_its_dimension_or_raises_our_error(
        text: str, kind: str) -> None:
    spec = quantity_specs()[kind]
    try:
        value = parse_quantity(text, kind, field="the field")
    except ValidationError as refused:
        assert refused.field == "the field" and refused.message
        return
    assert value.dimensionality == _expected_dimension(spec.pint_unit)
    shown = in_unit(value, kind)
    low, high = spec.plausible
    assert math.isfinite(shown) and low <= shown <= high


@settings(max_examples=200)
@given(TYPED, st.sampled_from(LAB_KINDS))
def test_any_text_as_a_lab_value_parses_or_raises_our_error(text: str, kind: str) -> None:
    spec = ctcae.lab_kinds()[kind]
    try:
        value = ctcae.parse_lab_value(text, kind)
    except ValidationError:
        return
    assert value.is_compatible_with(spec.pint_unit)
    assert math.isfinite(float(value.magnitude)) and float(value.magnitude) >= 0


@settings(max_examples=200)
@given(st.sampled_from(KINDS), st.floats(0, 1))
def test_a_value_as_shown_types_back_to_the_same_value(kind: str, fraction: float) -> None:
    low, high = quantity_specs()[kind].plausible
    shown = format_quantity(quantity(low + (high - low) * fraction, kind), kind, digits=12)
    typed = parse_quantity(shown, kind)
    assert format_quantity(typed, kind, digits=12) == shown


@settings(max_examples=100)
@given(st.floats(25.001, 299.999))  # the conversion's last bit may cross the plausible edge
def test_kilograms_and_pounds_typed_give_the_same_weight(kg: float) -> None:
    pounds = parse_quantity(f"{kg / 0.45359237!r} lb", "weight")
    assert math.isclose(in_unit(pounds, "weight"), kg, rel_tol=1e-12)


@settings(max_examples=100)
@given(st.integers(min_value=101, max_value=19_999).map(lambda n: n / 1000))
def test_creatinine_in_micromoles_gives_the_same_value_as_in_milligrams(mg_dl: float) -> None:
    umol_l = mg_dl * 10 / 113.12 * 1000  # 10 dL per L, 113.12 g/mol, 1000 µmol per mmol
    as_si = parse_quantity(f"{umol_l!r} µmol/L", "serum_creatinine")
    assert math.isclose(in_unit(as_si, "serum_creatinine"), mg_dl, rel_tol=1e-12)


def test_only_our_errors_escape_even_for_an_unknown_lab_kind() -> None:
    try:
        ctcae.parse_lab_value("1", "no such kind")
    except HaiError:
        return
    raise AssertionError("an unknown lab kind was accepted")
