"""Dose-related calculations. Every input that has a unit is a pint Quantity."""

from __future__ import annotations

import enum
import math
from dataclasses import dataclass
from datetime import date

import pint

from hai_desktop.core.errors import ValidationError
from hai_desktop.core.i18n import msg
from hai_desktop.core.numbers import ismp, signed_percent
from hai_desktop.core.units import registry


def age_in_years(born: date, on: date) -> int:
    """Completed years on a given day (a birthday on 29 February counts from 1 March)."""
    if on < born:
        raise ValidationError(msg("The date of birth is after the date of the assessment."),
                              field="date_of_birth")
    years = on.year - born.year
    if (on.month, on.day) < (born.month, born.day):
        years -= 1
    return years


@dataclass(frozen=True)
class CreatinineClearance:
    """The result with the inputs it came from, so the screen can show its working."""

    value: pint.Quantity[float]
    age_years: int
    sex: str
    weight: pint.Quantity[float]
    serum_creatinine: pint.Quantity[float]

    @property
    def arithmetic(self) -> str:
        female = " × 0.85 (female)" if self.sex == "F" else ""
        kg = self.weight.to("kg").magnitude
        scr = self.serum_creatinine.to("mg/dL").magnitude
        return (f"(140 − {self.age_years} y) × {kg:.4g} kg / (72 × {scr:.4g} mg/dL){female} = "
                f"{self.value.to('mL/min').magnitude:.1f} mL/min")

    @property
    def working(self) -> str:
        return f"Cockcroft–Gault: {self.arithmetic}"


def creatinine_clearance(*, age_years: int, sex: str, weight: pint.Quantity[float],
                         serum_creatinine: pint.Quantity[float]) -> pint.Quantity[float]:
    """Cockcroft–Gault creatinine clearance as a Quantity in mL/min."""
    return cockcroft_gault(age_years=age_years, sex=sex, weight=weight,
                           serum_creatinine=serum_creatinine).value


def cockcroft_gault(*, age_years: int, sex: str, weight: pint.Quantity[float],
                    serum_creatinine: pint.Quantity[float]) -> CreatinineClearance:
    """Cockcroft–Gault with actual body weight, with its working (protocol: CrCl ≥ 45 mL/min by
    this formula). Cockcroft DW, Gault MH. Nephron 1976;16:31–41.
    """
    if sex not in ("F", "M"):
        raise ValidationError(msg("Sex must be F or M for the Cockcroft–Gault formula."),
                              field="sex")
    if age_years < 0 or age_years > 130:
        raise ValidationError(msg("The age for Cockcroft–Gault must be 0–130 years."), field="age")
    ureg = registry()
    kg = weight.to(ureg.kilogram).magnitude
    scr = serum_creatinine.to(ureg.milligram / ureg.deciliter).magnitude
    if kg <= 0:
        raise ValidationError(msg("The weight must be above zero."), field="weight")
    if scr <= 0:
        raise ValidationError(msg("The serum creatinine must be above zero."),
                              field="serum_creatinine")
    ml_per_min = (140 - age_years) * kg / (72 * scr) * (0.85 if sex == "F" else 1.0)
    return CreatinineClearance(ureg.Quantity(ml_per_min, "mL/min"), age_years, sex,
                               weight, serum_creatinine)


# ---- body surface area ------------------------------------------------------------------------

class BsaFormula(enum.StrEnum):
    MOSTELLER = "Mosteller"
    DUBOIS = "DuBois"
    HAYCOCK = "Haycock"
    GEHAN_GEORGE = "Gehan–George"
    BOYD = "Boyd"


BSA_REFERENCES: dict[BsaFormula, str] = {
    BsaFormula.MOSTELLER: "Mosteller RD. N Engl J Med 1987;317:1098",
    BsaFormula.DUBOIS: "DuBois D, DuBois EF. Arch Intern Med 1916;17:863-71",
    BsaFormula.HAYCOCK: "Haycock GB et al. J Pediatr 1978;93:62-6",
    BsaFormula.GEHAN_GEORGE: "Gehan EA, George SL. Cancer Chemother Rep 1970;54:225-35",
    BsaFormula.BOYD: "Boyd E. The growth of the surface area of the human body. 1935",
}


def _bsa_m2(formula: BsaFormula, cm: float, kg: float) -> float:
    if formula is BsaFormula.MOSTELLER:
        return math.sqrt(cm * kg / 3600)
    if formula is BsaFormula.DUBOIS:
        return float(0.007184 * kg ** 0.425 * cm ** 0.725)  # float ** float is typed as Any
    if formula is BsaFormula.HAYCOCK:
        return float(0.024265 * kg ** 0.5378 * cm ** 0.3964)
    if formula is BsaFormula.GEHAN_GEORGE:
        return float(0.0235 * kg ** 0.51456 * cm ** 0.42246)
    grams = kg * 1000
    return float(0.0003207 * cm ** 0.3 * grams ** (0.7285 - 0.0188 * math.log10(grams)))


def body_surface_area(height: pint.Quantity[float], weight: pint.Quantity[float],
                      formula: BsaFormula = BsaFormula.MOSTELLER) -> pint.Quantity[float]:
    """BSA in m² from a height and a weight in any units (Mosteller by default)."""
    ureg = registry()
    try:
        cm = height.to(ureg.centimeter).magnitude
        kg = weight.to(ureg.kilogram).magnitude
    except pint.DimensionalityError as exc:
        raise ValidationError(msg("Height must be a length and weight a mass."),
                              field="height" if "length" not in str(exc) else "weight") \
            from exc
    if cm <= 0:
        raise ValidationError(msg("The height must be above zero."), field="height")
    if kg <= 0:
        raise ValidationError(msg("The weight must be above zero."), field="weight")
    return ureg.Quantity(_bsa_m2(BsaFormula(formula), cm, kg), "m**2")


# ---- one drug's dose ------------------------------------------------------------------------

@dataclass(frozen=True)
class DoseCalculation:
    """A drug's dose from its basis, with every number the pharmacist checks."""

    drug: str
    basis: str               # "mg/m2" or "mg/kg"
    dose_per_unit: float     # at the current dose level
    calculated_mg: float
    rounded_mg: float
    difference_percent: float
    increment_mg: float
    limit_percent: float

    @property
    def working(self) -> str:
        per = "m²" if self.basis == "mg/m2" else "kg"
        change = signed_percent(self.difference_percent)
        return (f"{ismp(self.dose_per_unit)} mg/{per} → {ismp(self.calculated_mg, 1)} mg, "
                f"rounded to {ismp(self.rounded_mg)} mg ({change})")


def round_to_increment(value_mg: float, increment_mg: float) -> float:
    """Nearest multiple of the increment; halves round up (never towards a smaller dose by
    floating-point accident)."""
    if increment_mg <= 0:
        return value_mg
    steps = math.floor(value_mg / increment_mg + 0.5 + 1e-9)
    return round(steps * increment_mg, 6)


def calculate_dose(*, drug: str, basis: str, dose_per_unit: float, bsa: pint.Quantity[float] | None,
                   weight: pint.Quantity[float] | None, increment_mg: float, limit_percent: float
                   ) -> DoseCalculation:
    """basis × BSA (or weight) → mg; rounded; refused if rounding moves it beyond the limit."""
    ureg = registry()
    if basis == "mg/m2":
        if bsa is None:
            raise ValidationError(msg("{drug}: the dose is per m²: enter height and weight first.",
                                      drug=drug),
                                  field="bsa")
        amount = dose_per_unit * bsa.to(ureg.meter ** 2).magnitude
    elif basis == "mg/kg":
        if weight is None:
            raise ValidationError(msg("{drug}: the dose is per kg: enter the weight first.",
                                      drug=drug),
                                  field="weight")
        amount = dose_per_unit * weight.to(ureg.kilogram).magnitude
    else:
        raise ValidationError(msg("{drug}: unknown dose basis '{basis}'.", drug=drug, basis=basis))
    if amount <= 0:
        raise ValidationError(msg("{drug}: the calculated dose must be above zero.", drug=drug))
    rounded = round_to_increment(amount, increment_mg)
    if rounded <= 0:
        rounded = increment_mg
    difference = (rounded - amount) / amount * 100
    if abs(difference) > limit_percent + 1e-9:
        raise ValidationError(
            msg("{drug}: rounding {amount:.1f} mg to {rounded:g} mg changes the dose by "
                "{difference:+.1f} %, more than the site limit of {limit_percent:g} % [site rule]. "
                "Use a smaller rounding increment for this dose.",
                drug=drug,
                amount=amount,
                rounded=rounded,
                difference=difference,
                limit_percent=limit_percent), field=drug)
    return DoseCalculation(drug, basis, dose_per_unit, amount, rounded, difference,
                           increment_mg, limit_percent)


def weight_change_percent(previous: pint.Quantity[float], current: pint.Quantity[float]) -> float:
    before = previous.to("kg").magnitude
    return (current.to("kg").magnitude - before) / before * 100
