"""BSA formulas against independently computed references; dose rounding and its limit;
the same person in any units gives the same dose."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hai_desktop.core.dosing import (
    BsaFormula,
    body_surface_area,
    calculate_dose,
    round_to_increment,
    weight_change_percent,
)
from hai_desktop.core.errors import ValidationError
from hai_desktop.core.units import parse_quantity, registry

H, W = parse_quantity("170 cm", "height"), parse_quantity("70 kg", "weight")


@pytest.mark.parametrize("formula, expected", [
    # Each reference is the published formula evaluated by hand for 170 cm, 70 kg.
    (BsaFormula.MOSTELLER, math.sqrt(170 * 70 / 3600)),                     # 1.8181
    (BsaFormula.DUBOIS, 0.007184 * 70 ** 0.425 * 170 ** 0.725),             # 1.8097
    (BsaFormula.HAYCOCK, 0.024265 * 70 ** 0.5378 * 170 ** 0.3964),          # 1.8257
    (BsaFormula.GEHAN_GEORGE, 0.0235 * 70 ** 0.51456 * 170 ** 0.42246),     # 1.8313
    (BsaFormula.BOYD, 0.0003207 * 170 ** 0.3 * 70000 ** (0.7285 - 0.0188 * math.log10(70000))),
])
def test_bsa_formulas(formula: BsaFormula, expected: float) -> None:
    assert body_surface_area(H, W, formula).to("m**2").magnitude == pytest.approx(expected,
                                                                                   rel=1e-12)


def test_mosteller_reference_value() -> None:
    assert round(body_surface_area(H, W).magnitude, 3) == 1.818


def test_irinotecan_at_180_on_the_reference_person() -> None:
    dose = calculate_dose(drug="irinotecan", basis="mg/m2", dose_per_unit=180,
                          bsa=body_surface_area(H, W), weight=W, increment_mg=5,
                          limit_percent=5)
    assert dose.calculated_mg == pytest.approx(180 * math.sqrt(170 * 70 / 3600))  # 327.26
    assert dose.rounded_mg == 325
    assert dose.difference_percent == pytest.approx((325 - 327.26) / 327.26 * 100, abs=0.01)


@pytest.mark.parametrize("height, weight", [
    ("170 cm", "70 kg"), ("1.7 m", "70000 g"), ("66.92913 in", "154.32358 lb"),
])
def test_every_unit_form_of_the_same_person_gives_the_same_dose(height: str,
                                                                weight: str) -> None:
    bsa = body_surface_area(parse_quantity(height, "height"), parse_quantity(weight, "weight"))
    dose = calculate_dose(drug="irinotecan", basis="mg/m2", dose_per_unit=180, bsa=bsa,
                          weight=None, increment_mg=5, limit_percent=5)
    assert dose.calculated_mg == pytest.approx(180 * math.sqrt(170 * 70 / 3600), rel=1e-6)


@settings(max_examples=200, deadline=None)
@given(st.floats(120, 210), st.floats(35, 180))
def test_dose_is_unit_invariant(cm: float, kg: float) -> None:
    ureg = registry()
    metric = body_surface_area(ureg.Quantity(cm, "cm"), ureg.Quantity(kg, "kg"))
    imperial = body_surface_area(ureg.Quantity(cm / 2.54, "inch"),
                                 ureg.Quantity(kg / 0.45359237, "lb"))
    assert imperial.to("m**2").magnitude == pytest.approx(metric.magnitude, rel=1e-9)


@pytest.mark.parametrize("value, increment, expected", [
    (327.26, 5, 325), (327.5, 5, 330), (327.49, 5, 325), (4362.5, 50, 4350),
    (4375, 50, 4400), (727.27, 25, 725), (350.0, 5, 350), (12.0, 0, 12.0),
])
def test_rounding(value: float, increment: float, expected: float) -> None:
    assert round_to_increment(value, increment) == expected


def test_rounding_beyond_the_site_limit_is_refused() -> None:
    small = body_surface_area(parse_quantity("100 cm", "height"), parse_quantity("25 kg",
                                                                                "weight"))
    with pytest.raises(ValidationError, match=r"more than the site limit of 5 % \[site rule\]"):
        calculate_dose(drug="bevacizumab", basis="mg/kg", dose_per_unit=5, bsa=small,
                       weight=parse_quantity("25.4 kg", "weight"), increment_mg=50,
                       limit_percent=5)


def test_missing_measurements_are_named() -> None:
    with pytest.raises(ValidationError, match="per m²: enter height and weight"):
        calculate_dose(drug="irinotecan", basis="mg/m2", dose_per_unit=180, bsa=None,
                       weight=W, increment_mg=5, limit_percent=5)
    with pytest.raises(ValidationError, match="per kg: enter the weight"):
        calculate_dose(drug="bevacizumab", basis="mg/kg", dose_per_unit=5, bsa=None,
                       weight=None, increment_mg=5, limit_percent=5)


@pytest.mark.parametrize("height, weight, field", [
    (registry().Quantity(0, "cm"), W, "height"),
    (H, registry().Quantity(-70, "kg"), "weight"),
])
def test_impossible_measurements(height: object, weight: object, field: str) -> None:
    with pytest.raises(ValidationError) as info:
        body_surface_area(height, weight)  # type: ignore[arg-type]
    assert info.value.field == field


def test_weight_change() -> None:
    assert weight_change_percent(parse_quantity("70 kg", "weight"),
                                 parse_quantity("63 kg", "weight")) == pytest.approx(-10)
