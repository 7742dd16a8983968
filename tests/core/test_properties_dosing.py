"""Properties of the dose calculations, through the functions the order service uses
(parse_quantity on the text typed, then body_surface_area, calculate_dose, cockcroft_gault):
the same person typed in metric or imperial units — kg or lb, cm or in or ft + in, creatinine
in mg/dL or µmol/L — gets the same BSA, the same doses and the same creatinine clearance."""

from __future__ import annotations

import math

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from hai_desktop.core.dosing import (
    BsaFormula,
    age_in_years,
    body_surface_area,
    calculate_dose,
    cockcroft_gault,
    round_to_increment,
    weight_change_percent,
)
from hai_desktop.core.errors import ValidationError
from hai_desktop.core.units import parse_quantity

REL = 1e-9
LB_IN_KG, INCH_IN_CM = 0.45359237, 2.54
CREATININE_G_PER_MOL = 113.12

# Inside the plausible ranges by a margin, so that a conversion's last bit never crosses an edge.
heights_cm = st.floats(100.5, 229.5)
weights_kg = st.floats(25.5, 299.5)
creatinine_mg_dl = st.floats(0.15, 19.5)
ages = st.integers(18, 100)
formulas = st.sampled_from(list(BsaFormula))


def metric(cm: float, kg: float) -> tuple[str, str]:
    return f"{cm!r} cm", f"{kg!r} kg"


def imperial(cm: float, kg: float) -> tuple[str, str]:
    return f"{cm / INCH_IN_CM!r} in", f"{kg / LB_IN_KG!r} lb"


def feet_and_inches(cm: float, kg: float) -> tuple[str, str]:
    inches = cm / INCH_IN_CM
    feet = math.floor(inches / 12)
    return f"{feet} ft {inches - 12 * feet!r} in", f"{kg * 1000!r} g"


def bsa_of(typed: tuple[str, str], formula: BsaFormula) -> float:
    height, weight = typed
    return body_surface_area(parse_quantity(height, "height"), parse_quantity(weight, "weight"),
                             formula).to("m**2").magnitude


@settings(max_examples=150)
@given(heights_cm, weights_kg, formulas)
def test_every_bsa_formula_gives_the_same_bsa_in_any_units(cm: float, kg: float,
                                                           formula: BsaFormula) -> None:
    reference = bsa_of(metric(cm, kg), formula)
    assert math.isclose(bsa_of(imperial(cm, kg), formula), reference, rel_tol=REL)
    assert math.isclose(bsa_of(feet_and_inches(cm, kg), formula), reference, rel_tol=REL)


@settings(max_examples=150)
@given(heights_cm, weights_kg, st.sampled_from(["mg/m2", "mg/kg"]),
       st.floats(1, 2500), st.sampled_from([0, 1, 5, 10, 25, 50]))
def test_a_dose_is_the_same_whatever_units_the_person_was_measured_in(
        cm: float, kg: float, basis: str, per_unit: float, increment: float) -> None:
    def dose(typed: tuple[str, str]) -> tuple[float, float]:
        height, weight = parse_quantity(typed[0], "height"), parse_quantity(typed[1], "weight")
        try:
            result = calculate_dose(drug="x", basis=basis, dose_per_unit=per_unit,
                                    bsa=body_surface_area(height, weight), weight=weight,
                                    increment_mg=increment, limit_percent=100)
        except ValidationError:
            return math.nan, math.nan
        return result.calculated_mg, result.rounded_mg

    calculated, rounded = dose(metric(cm, kg))
    assume(not math.isnan(calculated))
    if increment:
        # Exactly on a rounding boundary the last bit decides; no real dose sits there.
        steps = calculated / increment
        assume(abs(steps - math.floor(steps) - 0.5) > 1e-6)
    for other in (imperial(cm, kg), feet_and_inches(cm, kg)):
        other_calculated, other_rounded = dose(other)
        assert math.isclose(other_calculated, calculated, rel_tol=REL)
        if increment:
            assert other_rounded == rounded
        else:  # no rounding: the dose as calculated
            assert math.isclose(other_rounded, rounded, rel_tol=REL)


@settings(max_examples=150)
@given(ages, st.sampled_from(["F", "M"]), weights_kg, creatinine_mg_dl)
def test_creatinine_clearance_is_the_same_in_any_units(age: int, sex: str, kg: float,
                                                       mg_dl: float) -> None:
    umol_l = mg_dl * 10 / CREATININE_G_PER_MOL * 1000

    def crcl(weight: str, creatinine: str) -> float:
        return cockcroft_gault(age_years=age, sex=sex, weight=parse_quantity(weight, "weight"),
                               serum_creatinine=parse_quantity(creatinine, "serum_creatinine")
                               ).value.to("mL/min").magnitude

    reference = crcl(f"{kg!r} kg", f"{mg_dl!r} mg/dL")
    expected = (140 - age) * kg / (72 * mg_dl) * (0.85 if sex == "F" else 1.0)
    assert math.isclose(reference, expected, rel_tol=REL)
    for weight, creatinine in ((f"{kg / LB_IN_KG!r} lb", f"{umol_l!r} µmol/L"),
                               (f"{kg * 1000!r} g", f"{mg_dl * 10!r} mg/L"),
                               (f"{kg!r} kg", f"{umol_l!r} umol/L")):
        assert math.isclose(crcl(weight, creatinine), reference, rel_tol=REL)


@settings(max_examples=100)
@given(weights_kg, weights_kg)
def test_a_weight_change_is_the_same_in_pounds(before: float, after: float) -> None:
    in_kg = weight_change_percent(parse_quantity(f"{before!r} kg", "weight"),
                                  parse_quantity(f"{after!r} kg", "weight"))
    in_lb = weight_change_percent(parse_quantity(f"{before / LB_IN_KG!r} lb", "weight"),
                                  parse_quantity(f"{after / LB_IN_KG!r} lb", "weight"))
    assert math.isclose(in_lb, in_kg, rel_tol=1e-6, abs_tol=1e-9)


@settings(max_examples=200)
@given(st.floats(0.001, 100_000), st.sampled_from([0.5, 1, 2.5, 5, 10, 25, 50, 100]))
def test_rounding_goes_to_the_nearest_multiple_of_the_increment(value: float,
                                                                increment: float) -> None:
    rounded = round_to_increment(value, increment)
    steps = rounded / increment
    assert math.isclose(steps, round(steps), abs_tol=1e-6)
    assert abs(rounded - value) <= increment / 2 + 1e-6


@settings(max_examples=200)
@given(st.dates(), st.dates())
def test_age_is_whole_years_and_grows_by_one_on_each_birthday(born: object,
                                                             on: object) -> None:
    try:
        years = age_in_years(born, on)  # type: ignore[arg-type]
    except ValidationError:
        assert on < born  # type: ignore[operator]
        return
    assert years >= 0
    assert (on.year - born.year) - years in (0, 1)  # type: ignore[attr-defined]
