"""Cockcroft–Gault against hand-computed values, in every unit form of the same person."""

from __future__ import annotations

from datetime import date

import pytest

from hai_desktop.core.dosing import age_in_years, cockcroft_gault, creatinine_clearance
from hai_desktop.core.errors import ValidationError
from hai_desktop.core.units import parse_quantity


@pytest.mark.parametrize("sex, weight, scr, expected", [
    # (140 − 60) × 72 / (72 × 1.0) = 80; female × 0.85 = 68
    ("M", "72 kg", "1.0 mg/dL", 80.0),
    ("F", "72 kg", "1.0 mg/dL", 68.0),
    ("M", "158.733 lb", "88.4 µmol/L", 80.0),
    ("M", "72000 g", "10 mg/L", 80.0),
    # (140 − 60) × 54 / (72 × 1.2) × 0.85 = 42.5
    ("F", "54 kg", "1.2 mg/dL", 42.5),
])
def test_cockcroft_gault(sex: str, weight: str, scr: str, expected: float) -> None:
    inputs = {"age_years": 60, "sex": sex, "weight": parse_quantity(weight, "weight"),
              "serum_creatinine": parse_quantity(scr, "serum_creatinine")}
    value = creatinine_clearance(**inputs)  # type: ignore[arg-type]
    assert str(value.units) == "milliliter / minute"
    assert value.magnitude == pytest.approx(expected, rel=1e-4)
    working = cockcroft_gault(**inputs)  # type: ignore[arg-type]
    assert working.value == value
    assert working.working.startswith("Cockcroft–Gault: (140 − 60 y)")
    assert "mL/min" in working.working


def test_unknown_sex_is_refused() -> None:
    with pytest.raises(ValidationError, match="F or M"):
        creatinine_clearance(age_years=60, sex="X", weight=parse_quantity("70", "weight"),
                             serum_creatinine=parse_quantity("1", "serum_creatinine"))


@pytest.mark.parametrize("born, on, years", [
    (date(2007, 6, 15), date(2026, 6, 14), 18),
    (date(2007, 6, 15), date(2026, 6, 15), 19),
    (date(2004, 2, 29), date(2023, 2, 28), 18),
    (date(2004, 2, 29), date(2023, 3, 1), 19),
])
def test_age_in_completed_years(born: date, on: date, years: int) -> None:
    assert age_in_years(born, on) == years


def test_birth_after_the_assessment_is_refused() -> None:
    with pytest.raises(ValidationError, match="after the date"):
        age_in_years(date(2030, 1, 1), date(2026, 1, 1))
