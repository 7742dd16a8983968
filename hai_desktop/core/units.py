"""Quantities as people type them: "70 kg", "154 lb", "1.1 mg/dL", "97 µmol/L", "1.5 ×10⁹/L".

One pint UnitRegistry for the whole program, built lazily (it costs ~0.5 s) with pint's cache
folder. `parse_quantity` turns text into a Quantity of the expected kind or raises a
ValidationError saying what to fix; it never raises anything else.
"""

from __future__ import annotations

import math
import re
import tokenize
import tomllib
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import pint

from hai_desktop.core.errors import HaiError, ValidationError
from hai_desktop.core.i18n import DataText, alternatives, data_text, msg

Quantity = pint.Quantity

# pint's expression parser can fail in many ways (even AssertionError on odd tokens, and
# tokenize.TokenError on an unbalanced bracket such as "70 (kg").
PARSER_FAILURES = (ValueError, TypeError, ArithmeticError, pint.PintError, AttributeError,
                   KeyError, IndexError, SyntaxError, RecursionError, AssertionError,
                   tokenize.TokenError)
_NUMBER = r"[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?"
_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻", "0123456789-")


@cache
def registry() -> pint.UnitRegistry[float]:
    ureg: pint.UnitRegistry[float]
    try:
        ureg = pint.UnitRegistry(cache_folder=":auto:")
    except OSError:  # a read-only home folder: build without the cache
        ureg = pint.UnitRegistry()
    # Clinical chemistry writes enzyme activity as IU/L, the same as U/L.
    ureg.define("IU = enzyme_unit")
    return ureg


@dataclass(frozen=True)
class QuantitySpec:
    """One kind of measurement: the unit shown, the plausible range, conversions."""

    name: str
    label: str
    unit: str
    accepts: tuple[str, ...]
    plausible: tuple[float, float]
    molar_mass_g_per_mol: float | None = None

    def label_in(self, language: str) -> str:
        return data_text(language, self.label, getattr(self.label, "korean", ""))

    @property
    def pint_unit(self) -> pint.Unit:
        return registry().parse_units(_normalise_unit_text(self.unit)[1])

    def unit_factor(self) -> float:
        return _normalise_unit_text(self.unit)[0]


def load_quantity_specs(path: Path) -> dict[str, QuantitySpec]:
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise HaiError(msg("The resource file {path} cannot be read: {exc}",
                           path=path, exc=exc)) from exc
    specs = {}
    for name, entry in raw.items():
        try:
            low, high = entry["plausible"]
            specs[name] = QuantitySpec(
                name=name, unit=str(entry["unit"]),
                # English as of record; the Korean follows it into every message it is in.
                label=DataText(str(entry["label"]), str(entry.get("label_ko", ""))),
                accepts=tuple(entry.get("accepts", [entry["unit"]])),
                plausible=(float(low), float(high)),
                molar_mass_g_per_mol=entry.get("molar_mass_g_per_mol"))
            specs[name].pint_unit  # noqa: B018 - validates the unit text at load time
        except (KeyError, *PARSER_FAILURES) as exc:
            raise HaiError(msg("{path}: the entry [{name}] is invalid ({problem}).",
                               path=path, name=name, problem=exc or type(exc).__name__)) from exc
    return specs


@cache
def quantity_specs() -> dict[str, QuantitySpec]:
    from hai_desktop.paths import resource

    return load_quantity_specs(resource("protocol", "quantities.toml"))


def spec(name: str) -> QuantitySpec:
    return quantity_specs()[name]


# ---- text normalisation -----------------------------------------------------------------------

_SCALE = re.compile(r"^(?:[x×*·]\s*)?10\s*(?:\^|\*\*|e)?\s*(\d{1,2})\s*", re.IGNORECASE)
_UNIT_CHARACTERS = re.compile(r"[A-Za-z0-9µμ/*^().,\s×x·'\"⁰¹²³⁴⁵⁶⁷⁸⁹⁻+-]+")
_PER_DAY = re.compile(r"/\s*\(?\s*24\s*h(?:ours?|r)?\s*\)?", re.IGNORECASE)
_FEET_INCHES = re.compile(
    rf"^\s*({_NUMBER})\s*(?:ft|feet|foot|')\s*(?:({_NUMBER})\s*(?:in|inch|inches|\"|'')?)?\s*$",
    re.IGNORECASE)


def _normalise_unit_text(unit: str) -> tuple[float, str]:
    """(scale factor, pint-readable unit) for what people write after the number."""
    # NFKC turns superscripts into digits ("×10⁹" → "×109"), which the scale pattern expects.
    text = unicodedata.normalize("NFKC", unit).translate(_SUPERSCRIPTS).strip()
    text = text.replace("µ", "u").replace("μ", "u").replace("×", "x")
    if re.fullmatch(r"G\s*/\s*L", text):  # giga per litre, the European way to write counts
        return 1e9, "1/L"
    factor = 1.0
    scale = _SCALE.match(text)
    if scale:
        factor = 10.0 ** int(scale.group(1))
        text = text[scale.end():].strip()
    text = _PER_DAY.sub("/day", text)
    text = re.sub(r"\bcells?\s*/", "/", text, flags=re.IGNORECASE)
    if text.startswith("/"):
        text = "1" + text
    text = re.sub(r"mm3\b", "mm**3", text)
    return factor, text or "dimensionless"


def _split_number(text: str) -> tuple[float, str]:
    match = re.match(rf"^\s*({_NUMBER})\s*(.*)$", text)
    if not match:
        raise ValueError
    return float(match.group(1)), match.group(2)


def parse_quantity(text: str, kind: str, *, field: str | None = None) -> pint.Quantity[float]:
    """Text → Quantity of the kind's dimension; a ValidationError says what to fix."""
    quantity_spec = spec(kind)
    field = field or kind
    label = quantity_spec.label
    raw = (text or "").strip()
    if not raw:
        raise ValidationError(msg("Enter the {label} (in {unit}).",
                                  label=label, unit=quantity_spec.unit), field=field)
    first = raw.split()[0]
    if re.fullmatch(r"\d{1,3},\d{1,2}", first):
        raise ValidationError(msg("Use a dot for decimals in the {label}, e.g. {example}.",
                                  label=label, example=first.replace(',', '.')), field=field)
    raw = re.sub(r"(?<=\d),(?=\d{3}\b)", "", raw)  # thousands separators: 1,500 /µL
    try:
        value = _to_target(raw, quantity_spec, field)
        shown = float(value.magnitude) / quantity_spec.unit_factor()
    except ValidationError:
        raise
    except PARSER_FAILURES:
        raise ValidationError(
            msg("'{text}' is not a valid {label}: type a number and a unit such as {accepts}.",
                text=text.strip(),
                label=label,
                accepts=alternatives(quantity_spec.accepts[:3])), field=field) from None
    if math.isnan(shown) or math.isinf(shown):
        raise ValidationError(msg("The {label} must be a finite number.", label=label), field=field)
    if shown < 0:
        raise ValidationError(msg("The {label} cannot be negative.", label=label), field=field)
    low, high = quantity_spec.plausible
    if not low <= shown <= high:
        raise ValidationError(
            msg("{shown} {unit} is not a plausible {label} (expected {low}–{high} {unit}): check "
                "the value and its unit.",
                shown=_plain(shown),
                unit=quantity_spec.unit,
                label=label,
                low=_plain(low),
                high=_plain(high)),
            field=field)
    return value


def _to_target(raw: str, quantity_spec: QuantitySpec, field: str) -> pint.Quantity[float]:
    """The value in the kind's pint unit (counts in 1/L, so 1.5 ×10⁹/L is 1.5e9 1/L)."""
    ureg = registry()
    target_factor, target_text = _normalise_unit_text(quantity_spec.unit)
    target = ureg.parse_units(target_text)
    feet = _FEET_INCHES.match(raw)
    if feet and quantity_spec.name == "height":
        total: pint.Quantity[float] = ureg.Quantity(float(feet.group(1)), "ft") + ureg.Quantity(
            float(feet.group(2) or 0), "inch")
        return total.to(target)
    number, unit_text = _split_number(raw)
    if not unit_text:
        return ureg.Quantity(number * target_factor, target)
    if not _UNIT_CHARACTERS.fullmatch(unit_text):
        raise ValueError("characters no unit uses")
    factor, unit_pint = _normalise_unit_text(unit_text)
    given = ureg.Quantity(number * factor, ureg.parse_units(unit_pint))
    return _convert(given, target, quantity_spec, unit_text, field)


def _convert(given: pint.Quantity[float], target: pint.Unit, quantity_spec: QuantitySpec,
             typed_unit: str, field: str) -> pint.Quantity[float]:
    ureg = registry()
    if given.dimensionality == ureg.Quantity(1, target).dimensionality:  # same kind
        return given.to(target)
    molar = quantity_spec.molar_mass_g_per_mol
    if molar is not None:
        as_mass: pint.Quantity[float] = given * ureg.Quantity(molar, "g/mol")
        if as_mass.dimensionality == ureg.Quantity(1, target).dimensionality:
            return as_mass.to(target)
    raise ValidationError(
        msg("{typed_unit} is not a unit for {quantity}: use {accepts}.",
            typed_unit=typed_unit.strip(),
            quantity=quantity_spec.label,
            accepts=alternatives(quantity_spec.accepts)), field=field)


def _plain(number: float) -> str:
    return f"{number:g}"


def format_quantity(value: pint.Quantity[float], kind: str, digits: int = 4) -> str:
    """The value in the kind's displayed unit, e.g. '1.5 ×10⁹/L' or '97 mg/dL'."""
    return f"{in_unit(value, kind):.{digits}g} {spec(kind).unit}"


def in_unit(value: pint.Quantity[float], kind: str) -> float:
    """The magnitude in the kind's displayed unit (e.g. ×10⁹/L counts as 1.5, not 1.5e9)."""
    quantity_spec = spec(kind)
    return float(value.to(quantity_spec.pint_unit).magnitude) / quantity_spec.unit_factor()


def quantity(magnitude: float, kind: str) -> pint.Quantity[float]:
    """Build a Quantity in a kind's displayed unit (for code and tests, not for typing)."""
    quantity_spec = spec(kind)
    return registry().Quantity(magnitude * quantity_spec.unit_factor(), quantity_spec.pint_unit)


__all__: list[Any] = ["Quantity", "format_quantity", "in_unit", "parse_quantity", "quantity",
                      "registry", "spec"]
