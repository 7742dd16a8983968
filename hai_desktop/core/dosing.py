"""Dose-related calculations. Every input that has a unit is a pint Quantity."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pint

from hai_desktop.core.errors import ValidationError
from hai_desktop.core.units import registry


def age_in_years(born: date, on: date) -> int:
    """Completed years on a given day (a birthday on 29 February counts from 1 March)."""
    if on < born:
        raise ValidationError("The date of birth is after the date of the assessment.",
                              field="date_of_birth")
    years = on.year - born.year
    if (on.month, on.day) < (born.month, born.day):
        years -= 1
    return years


@dataclass(frozen=True)
class CreatinineClearance:
    """The result with the inputs it came from, so the screen can show its working."""

    value: pint.Quantity
    age_years: int
    sex: str
    weight: pint.Quantity
    serum_creatinine: pint.Quantity

    @property
    def working(self) -> str:
        female = " × 0.85 (female)" if self.sex == "F" else ""
        kg = self.weight.to("kg").magnitude
        scr = self.serum_creatinine.to("mg/dL").magnitude
        return (f"Cockcroft–Gault: (140 − {self.age_years} y) × {kg:.4g} kg / "
                f"(72 × {scr:.4g} mg/dL){female} = {self.value.to('mL/min').magnitude:.1f} "
                "mL/min")


def creatinine_clearance(*, age_years: int, sex: str, weight: pint.Quantity,
                         serum_creatinine: pint.Quantity) -> CreatinineClearance:
    """Cockcroft–Gault with actual body weight, in mL/min (protocol: CrCl ≥ 45 by this formula).

    Cockcroft DW, Gault MH. Nephron 1976;16:31–41.
    """
    if sex not in ("F", "M"):
        raise ValidationError("Sex must be F or M for the Cockcroft–Gault formula.",
                              field="sex")
    if age_years < 0 or age_years > 130:
        raise ValidationError("The age for Cockcroft–Gault must be 0–130 years.", field="age")
    ureg = registry()
    kg = weight.to(ureg.kilogram).magnitude
    scr = serum_creatinine.to(ureg.milligram / ureg.deciliter).magnitude
    if kg <= 0:
        raise ValidationError("The weight must be above zero.", field="weight")
    if scr <= 0:
        raise ValidationError("The serum creatinine must be above zero.",
                              field="serum_creatinine")
    ml_per_min = (140 - age_years) * kg / (72 * scr) * (0.85 if sex == "F" else 1.0)
    return CreatinineClearance(ureg.Quantity(ml_per_min, "mL/min"), age_years, sex,
                               weight, serum_creatinine)
