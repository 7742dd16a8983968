"""CTCAE v4.03: the 790 terms, a term search, and lab values graded with CTCAE's own cut-offs.

The terms are NCI's sheet as shipped in resources/ctcae (see PROVENANCE.md). The lab cut-offs
are data (lab_grading.toml): each band quotes the CTCAE clause it was transcribed from, and
loading refuses a quote that is not in that grade's text or a band for a grade CTCAE marks "-".
A value only decides what a value can show; the clinical parts of a grade ("hospitalization
indicated", "life-threatening consequences") come back as notes, never as a grade.
"""

from __future__ import annotations

import csv
import math
import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path
from typing import Any

import pint

from hai_desktop.core.errors import HaiError, ValidationError
from hai_desktop.core.i18n import alternatives, msg
from hai_desktop.core.numbers import at_least, at_most
from hai_desktop.core.units import (
    PARSER_FAILURES,
    QuantitySpec,
    load_quantity_specs,
    parse_quantity,
    quantity_specs,
    registry,
)

# parse_quantity looks kinds up in quantities.toml only; lab_quantities.toml's kinds go through
# its parser for a given spec (see _parse_lab_kind).
from hai_desktop.core.units import _to_target as _parse_with_spec

CTCAE_VERSION = "CTCAE v4.03"
GRADES = (1, 2, 3, 4, 5)
TERM_COUNT = 790
SPECIFY = "Other, specify"

Quantity = pint.Quantity
Measurement = pint.Quantity[float] | str


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise HaiError(msg("The CTCAE data file {path} cannot be read: {exc}.",
                           path=path, exc=exc)) from exc


def _ctcae_file(name: str) -> Path:
    from hai_desktop.paths import resource

    return resource("ctcae", name)


# ---- the terms -------------------------------------------------------------------------------

@dataclass(frozen=True)
class CtcaeTerm:
    meddra_code: str
    soc: str
    term: str
    grades: tuple[str, ...]  # grades 1–5; "" where CTCAE has "-" (the grade does not exist)
    definition: str
    errata: str = ""

    def grade_text(self, grade: int) -> str:
        return self.grades[grade - 1] if grade in GRADES else ""


def load_terms(path: Path) -> tuple[CtcaeTerm, ...]:
    try:
        # Cells hold line breaks: only a real CSV reader splits the rows right.
        with path.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle))
        terms = tuple(CtcaeTerm(
            meddra_code=row["meddra_code"].strip(), soc=row["soc"].strip(),
            term=row["term"].strip(), grades=tuple(row[f"grade{g}"].strip() for g in GRADES),
            definition=row["definition"].strip(), errata=(row["errata"] or "").strip())
            for row in rows)
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise HaiError(msg("The CTCAE file {path} cannot be read: {exc}.",
                           path=path, exc=exc)) from exc
    except (KeyError, AttributeError) as exc:
        raise HaiError(msg("{path}: the column {exc} is missing or empty.",
                           path=path, exc=exc)) from exc
    _check_terms(terms, path)
    return terms


def _check_terms(terms: tuple[CtcaeTerm, ...], path: Path) -> None:
    if len(terms) != TERM_COUNT or len({t.term.casefold() for t in terms}) != TERM_COUNT:
        raise HaiError(msg("{path}: expected {TERM_COUNT} unique CTCAE v4.03 terms, found {count}.",
                           path=path,
                           TERM_COUNT=TERM_COUNT,
                           count=len({t.term.casefold() for t in terms})))
    without = [t.term for t in terms if not any(t.grades)]
    if without:
        raise HaiError(msg("{path}: terms without any grade: {without}.",
                           path=path, without=', '.join(without)))


@cache
def ctcae_terms() -> tuple[CtcaeTerm, ...]:
    """All 790 terms, in NCI's order (by system organ class)."""
    return load_terms(_ctcae_file("ctcae_v4.03.csv"))


@cache
def _terms_by_name() -> dict[str, CtcaeTerm]:
    return {t.term.casefold(): t for t in ctcae_terms()}


def term(name: str) -> CtcaeTerm:
    """The term spelled as CTCAE spells it (case and outer spaces aside)."""
    found = _terms_by_name().get(name.strip().casefold())
    if found is None:
        raise ValidationError(msg("“{name}” is not a CTCAE v4.03 term: choose one from the list.",
                                  name=name.strip()), field="term")
    return found


def _as_term(item: CtcaeTerm | str) -> CtcaeTerm:
    return item if isinstance(item, CtcaeTerm) else term(item)


def allowed_grades(item: CtcaeTerm | str) -> tuple[int, ...]:
    """The grades CTCAE defines for the term (those it marks "-" do not exist)."""
    found = _as_term(item)
    return tuple(g for g in GRADES if found.grade_text(g))


def grade_texts(item: CtcaeTerm | str) -> list[tuple[int, str]]:
    found = _as_term(item)
    return [(g, found.grade_text(g)) for g in allowed_grades(found)]


def needs_specification(item: CtcaeTerm | str) -> bool:
    """"… - Other, specify" terms need the event named in words."""
    return SPECIFY in _as_term(item).term


def system_organ_classes() -> tuple[str, ...]:
    return tuple(dict.fromkeys(t.soc for t in ctcae_terms()))


# ---- the search ------------------------------------------------------------------------------

def _load_common(path: Path) -> tuple[tuple[str, ...], dict[str, tuple[str, ...]]]:
    raw = _read_toml(path)
    try:
        common = tuple(str(name) for name in raw["regimen_common"])
        aliases = {str(name): tuple(str(w) for w in words)
                   for name, words in raw.get("aliases", {}).items()}
    except (KeyError, TypeError, AttributeError) as exc:
        raise HaiError(msg("{path}: invalid entry ({exc}).", path=path, exc=exc)) from exc
    return common, aliases


REGIMEN_COMMON, _ALIASES = _load_common(_ctcae_file("common_terms.toml"))


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.casefold())


@cache
def _haystacks() -> dict[str, tuple[str, tuple[str, ...]]]:
    """term → (everything searched, the words of the name and its aliases)."""
    found = {}
    for item in ctcae_terms():
        aliases = " ".join(_ALIASES.get(item.term, ()))
        name_words = tuple(_words(f"{item.term} {aliases}"))
        found[item.term] = (f"{item.term} {aliases} {item.soc}".casefold(), name_words)
    return found


def _rank(item: CtcaeTerm, typed: str, words: list[str]) -> int:
    """1: the name starts with what was typed; 2: every word starts a word of the name; 3: any
    other match (inside a word, or in the system organ class)."""
    if item.term.casefold().startswith(typed):
        return 1
    name_words = _haystacks()[item.term][1]
    if all(any(w.startswith(typed_word) for w in name_words) for typed_word in words):
        return 2
    return 3


def search_terms(text: str, *, common_first: Sequence[str] = REGIMEN_COMMON,
                 limit: int | None = 50) -> list[CtcaeTerm]:
    """Terms where every typed word occurs in the name, an alias or the system organ class:
    the regimen's common terms first (in their order), then names starting with the text, then
    the rest alphabetically. Empty text gives the common terms."""
    words = _words(text)
    common = [term(name) for name in common_first]
    if not words:
        return common[:limit]
    haystacks = _haystacks()
    matches = [t for t in ctcae_terms() if all(w in haystacks[t.term][0] for w in words)]
    typed = " ".join(text.casefold().split())
    first = [t for t in common if t in matches]
    rest = sorted((t for t in matches if t not in first),
                  key=lambda t: (_rank(t, typed, words), t.term.casefold()))
    return (first + rest)[:limit]


# ---- lab grading: the data -------------------------------------------------------------------

Bound = float | str | None  # a number in the rule's unit or basis, "LLN", "ULN", None: open
DIRECTIONS = ("decreased", "increased")
BASES = ("absolute", "uln", "baseline")
LIMIT_FOR = {"decreased": "LLN", "increased": "ULN"}  # the limit a band may start from


@dataclass(frozen=True)
class Band:
    grade: int
    low: Bound
    high: Bound
    text: str  # the CTCAE clause this band was transcribed from


@dataclass(frozen=True)
class Rule:
    basis: str  # "absolute", "uln" or "baseline"
    unit: str  # absolute: the unit of the cut-offs; "" for multiples of ULN or baseline
    bands: tuple[Band, ...]  # from normal outwards

    @property
    def limit(self) -> str | None:
        """"LLN" or "ULN" when the grading needs the patient's limit."""
        if self.basis == "uln":
            return "ULN"
        bounds = {b for band in self.bands for b in (band.low, band.high)}
        return next((limit for limit in ("LLN", "ULN") if limit in bounds), None)


@dataclass(frozen=True)
class LabTerm:
    term: str
    kind: QuantitySpec
    direction: str
    rules: tuple[Rule, ...]
    clinical: tuple[tuple[int, str], ...]  # (grade, CTCAE clause a value cannot show)

    @property
    def accepts(self) -> tuple[str, ...]:
        return self.kind.accepts

    @property
    def unit(self) -> str:
        return self.kind.unit

    def quantity(self, magnitude: float, unit: str | None = None) -> Quantity[float]:
        """A value in the kind's unit, or in `unit` (e.g. "/mm³"), for code and tests."""
        pint_unit, factor = _scale(self.kind, unit or self.kind.unit)
        return registry().Quantity(magnitude * factor, pint_unit)


def _normalised(text: str) -> str:
    return " ".join(text.split())


def _bound(raw: Any) -> Bound:
    if raw is None:
        return None
    if raw in ("LLN", "ULN"):
        return str(raw)
    if isinstance(raw, int | float) and not isinstance(raw, bool) and raw >= 0:
        return float(raw)
    raise ValueError(f"a band limit must be a number ≥ 0, LLN or ULN, not {raw!r}")


def _parse_rule(raw: dict[str, Any]) -> Rule:
    bands = tuple(Band(grade=int(b["grade"]), low=_bound(b.get("low")),
                       high=_bound(b.get("high")), text=str(b["text"])) for b in raw["bands"])
    return Rule(basis=str(raw["basis"]), unit=str(raw.get("unit", "")), bands=bands)


def _parse_lab_term(raw: dict[str, Any], kinds: dict[str, QuantitySpec]) -> LabTerm:
    return LabTerm(
        term=str(raw["name"]), kind=kinds[raw["kind"]], direction=str(raw["direction"]),
        rules=tuple(_parse_rule(r) for r in raw["rule"]),
        clinical=tuple((int(c["grade"]), str(c["text"])) for c in raw.get("clinical", [])))


def load_lab_grading(path: Path, kinds: dict[str, QuantitySpec]) -> tuple[LabTerm, ...]:
    raw = _read_toml(path)
    labs = []
    for entry in raw.get("term", []):
        try:
            lab = _parse_lab_term(entry, kinds)
            _check_lab_term(lab)
        except (KeyError, HaiError, *PARSER_FAILURES) as exc:
            raise HaiError(msg("{path}: the term {term!r} is invalid ({problem}).",
                               path=path,
                               term=entry.get('name', '?'),
                               problem=exc or type(exc).__name__)) from exc
        labs.append(lab)
    if len({lab.term for lab in labs}) != len(labs):
        raise HaiError(msg("{path}: a term is graded twice.", path=path))
    return tuple(labs)


def _check_lab_term(lab: LabTerm) -> None:
    found = term(lab.term)
    if found.term != lab.term:
        raise ValueError(f"spell the term as CTCAE does: {found.term!r}")
    if lab.direction not in DIRECTIONS:
        raise ValueError(f"direction must be one of {', '.join(DIRECTIONS)}")
    if not any(rule.basis != "baseline" for rule in lab.rules):
        raise ValueError("a baseline rule needs a rule without baseline beside it")
    for grade, text in lab.clinical:
        _check_quote(found, grade, text)
    for rule in lab.rules:
        _check_rule(lab, found, rule)


def _check_quote(found: CtcaeTerm, grade: int, text: str) -> None:
    """Never a grade CTCAE marks "-", and every quote is CTCAE's own text for that grade."""
    if grade not in allowed_grades(found):
        raise ValueError(f"CTCAE has no grade {grade} for {found.term}")
    if not text.strip() or _normalised(text) not in _normalised(found.grade_text(grade)):
        raise ValueError(f"{text!r} is not in the CTCAE text of grade {grade}")


def _check_rule(lab: LabTerm, found: CtcaeTerm, rule: Rule) -> None:
    if rule.basis not in BASES:
        raise ValueError(f"basis must be one of {', '.join(BASES)}")
    if (rule.basis == "absolute") != bool(rule.unit):
        raise ValueError("an absolute rule needs its unit, and only it")
    if rule.unit and _converted(lab.quantity(1.0), _scale(lab.kind, rule.unit)[0],
                                lab.kind.molar_mass_g_per_mol) is None:
        raise ValueError(f"{rule.unit} is not a unit of {lab.kind.label}")
    if not rule.bands:
        raise ValueError("a rule needs bands")
    sign = "<" if lab.direction == "decreased" else ">"
    for band in rule.bands:
        _check_quote(found, band.grade, band.text)
        first_sign = re.search(r"[<>]", band.text)
        if first_sign is None or first_sign.group() != sign:
            raise ValueError(f"{band.text!r} does not read as {lab.direction}")
    _check_bands(lab.direction, rule)


def _check_bands(direction: str, rule: Rule) -> None:
    """Bands go outwards from normal with rising grades, meet exactly, and the last is open."""
    decreased = direction == "decreased"
    inner = [b.high if decreased else b.low for b in rule.bands]
    outer = [b.low if decreased else b.high for b in rule.bands]
    grades = [b.grade for b in rule.bands]
    allowed_limit = LIMIT_FOR[direction] if rule.basis != "baseline" else None
    if grades != sorted(set(grades)):
        raise ValueError("grades must rise from band to band")
    if inner[0] is None or (isinstance(inner[0], str) and inner[0] != allowed_limit):
        raise ValueError("the first band must start at a number or at " +
                         (allowed_limit or "a number"))
    if outer[-1] is not None:
        raise ValueError("the last band must be open-ended")
    if any(isinstance(b, str) for b in [*inner[1:], *outer]):
        raise ValueError("only the first band may start at LLN or ULN")
    if inner[1:] != outer[:-1]:
        raise ValueError("each band must start where the previous one ends")
    numbers = [b for b in inner if isinstance(b, float)]
    if numbers != sorted(numbers, reverse=decreased) or len(set(numbers)) != len(numbers):
        raise ValueError("the cut-offs must move away from normal")


@cache
def lab_kinds() -> dict[str, QuantitySpec]:
    """The quantities of protocol/quantities.toml and the lab kinds CTCAE adds."""
    shared = quantity_specs()
    own = load_quantity_specs(_ctcae_file("lab_quantities.toml"))
    if own.keys() & shared.keys():
        raise HaiError(msg("Lab kinds defined twice: {own}.",
                           own=', '.join(sorted(own.keys() & shared))))
    return {**shared, **own}


@cache
def gradable_lab_terms() -> tuple[LabTerm, ...]:
    return load_lab_grading(_ctcae_file("lab_grading.toml"), lab_kinds())


def parse_lab_value(text: str, kind: str, *, field: str | None = None) -> Quantity[float]:
    """Text → Quantity for any lab kind (quantities.toml or lab_quantities.toml), in its unit."""
    found = lab_kinds().get(kind)
    if found is None:
        raise HaiError(msg("There is no lab quantity '{kind}'.", kind=kind))
    return _parse_text(text, found, field or kind)


def lab_term(name: str) -> LabTerm:
    for lab in gradable_lab_terms():
        if lab.term.casefold() == name.strip().casefold():
            return lab
    raise ValidationError(msg("{CTCAE_VERSION} grading from a lab value is not available for "
                              "“{name}”: choose the grade from the CTCAE text.",
                              CTCAE_VERSION=CTCAE_VERSION, name=name.strip()),
                          field="term")


# ---- lab grading: the values -----------------------------------------------------------------

@dataclass(frozen=True)
class LabGrade:
    term: str
    grade: int  # 0: within normal limits (or short of CTCAE's first cut-off)
    value: Quantity[float]  # the value in `unit` (a pint Quantity: ×10⁹/L counts are held in 1/L)
    magnitude: float  # the value as a number in `unit`
    unit: str  # the unit of the cut-offs used; the kind's unit for multiples of ULN
    rule_text: str  # the CTCAE clause that gave the grade ("" for grade 0)
    grade_text: str  # CTCAE's whole text for that grade ("" for grade 0)
    basis: str  # the rule that decided: "absolute", "uln" or "baseline"
    uln_multiple: float | None  # the value / ULN, when a ULN was given
    notes: tuple[str, ...] = ()
    version: str = CTCAE_VERSION


@dataclass(frozen=True)
class _Limits:
    uln: Quantity[float] | None
    lln: Quantity[float] | None
    baseline: Quantity[float] | None


@cache
def _scale(kind: QuantitySpec, unit: str) -> tuple[pint.Unit, float]:
    """(pint unit, factor) of a unit as written: "×10⁹/L" is 1e9 times 1/L. Cached, as pint
    parses units slowly and a sweep grades thousands of values."""
    written = replace(kind, unit=unit)
    return written.pint_unit, written.unit_factor()


def _converted(value: Quantity[float], unit: pint.Unit, molar_mass: float | None
               ) -> Quantity[float] | None:
    """The value in `unit`, through the molar mass between µmol/L and mg/dL; None if neither."""
    if value.is_compatible_with(unit):
        return value.to(unit)
    if molar_mass is None:
        return None
    per_mol = registry().Quantity(molar_mass, "g/mol")
    candidates: tuple[Quantity[float], ...] = (value * per_mol, value / per_mol)
    for candidate in candidates:
        if candidate.is_compatible_with(unit):
            return candidate.to(unit)
    return None


def _is_molar(value: Quantity[float]) -> bool:
    return "[substance]" in value.dimensionality


def _typed_molar(text: str) -> bool:
    """Whether the unit typed is a molar one (mmol/L, µmol/L); a bare number is not."""
    return re.search(r"mol", text, re.IGNORECASE) is not None


def _parse_text(text: str, kind: QuantitySpec, field: str) -> Quantity[float]:
    if kind.name in quantity_specs():
        return parse_quantity(text, kind.name, field=field)
    return _parse_lab_kind(text, kind, field)


def _parse_lab_kind(text: str, kind: QuantitySpec, field: str) -> Quantity[float]:
    """parse_quantity for the kinds of lab_quantities.toml: parse_quantity looks kinds up in
    quantities.toml only, so this goes through its parser for a given spec."""
    raw = re.sub(r"(?<=\d),(?=\d{3}\b)", "", (text or "").strip())  # 1,500 /µL
    if not raw:
        raise ValidationError(msg("Enter the {kind} (in {unit}).",
                                  kind=kind.label, unit=kind.unit), field=field)
    try:
        value = _parse_with_spec(raw, kind, field)
    except ValidationError:
        raise
    except PARSER_FAILURES:
        raise ValidationError(
            msg("'{text}' is not a valid {kind}: type a number and a unit such as {accepts}.",
                text=text.strip(),
                kind=kind.label,
                accepts=alternatives(kind.accepts[:3])), field=field) from None
    _check_magnitude(value, kind, field)
    low, high = kind.plausible
    shown = float(value.magnitude) / kind.unit_factor()
    if not low <= shown <= high:
        raise ValidationError(
            msg("{shown:g} {unit} is not a plausible {kind} (expected {low:g}–{high:g} {unit}): "
                "check the value and its unit.",
                shown=shown, unit=kind.unit, kind=kind.label, low=low, high=high), field=field)
    return value


def _check_magnitude(value: Quantity[float], kind: QuantitySpec, field: str) -> None:
    magnitude = float(value.magnitude)
    if not math.isfinite(magnitude):
        raise ValidationError(msg("The {kind} must be a finite number.",
                                  kind=kind.label), field=field)
    if magnitude < 0:
        raise ValidationError(msg("The {kind} cannot be negative.", kind=kind.label), field=field)


def _accept_quantity(value: Quantity[float], kind: QuantitySpec, field: str) -> Quantity[float]:
    converted = _converted(value, _scale(kind, kind.unit)[0], kind.molar_mass_g_per_mol)
    if converted is None:
        raise ValidationError(msg("{units:~P} is not a unit for {kind}: use {accepts}.",
                                  units=value.units,
                                  kind=kind.label,
                                  accepts=alternatives(kind.accepts)), field=field)
    _check_magnitude(converted, kind, field)
    return converted


def _measure(given: Measurement, kind: QuantitySpec, field: str) -> tuple[Quantity[float], bool]:
    """(the value in the kind's unit, whether it was given in a molar unit)."""
    if isinstance(given, str):
        return _parse_text(given, kind, field), _typed_molar(given)
    if isinstance(given, pint.Quantity):
        return _accept_quantity(given, kind, field), _is_molar(given)
    raise TypeError(f"a lab value is a pint Quantity or text, not {type(given).__name__}")


def _limit(given: Measurement | None, kind: QuantitySpec, field: str,
           name: str) -> Quantity[float] | None:
    if given is None or (isinstance(given, str) and not given.strip()):
        return None
    value = _measure(given, kind, field)[0]
    if value.magnitude <= 0:
        raise ValidationError(msg("The {name} of the {kind} must be above zero.",
                                  name=name, kind=kind.label),
                              field=field)
    return value


def _limits(lab: LabTerm, uln: Measurement | None, lln: Measurement | None,
            baseline: Measurement | None) -> _Limits:
    limits = _Limits(uln=_limit(uln, lab.kind, "uln", "upper limit of normal"),
                     lln=_limit(lln, lab.kind, "lln", "lower limit of normal"),
                     baseline=_limit(baseline, lab.kind, "baseline", "baseline"))
    if limits.uln is not None and limits.lln is not None and at_least(
            float(limits.lln.magnitude), float(limits.uln.to(limits.lln.units).magnitude)):
        raise ValidationError(msg("The lower limit of normal must be below the upper limit."),
                              field="lln")
    return limits


def _rules_used(lab: LabTerm, molar: bool, limits: _Limits) -> list[Rule]:
    """Every ULN rule, the baseline rule when there is a baseline, and the absolute rule of the
    unit system the value was entered in (CTCAE's mmol/L and mg/dL cut-offs differ slightly)."""
    absolute = [r for r in lab.rules if r.basis == "absolute"]
    same_system = [r for r in absolute
                   if _is_molar(registry().Quantity(1, _scale(lab.kind, r.unit)[0])) == molar]
    used = [r for r in lab.rules if r.basis == "uln"]
    used += [r for r in lab.rules if r.basis == "baseline" and limits.baseline is not None]
    return (same_system or absolute)[:1] + used


def _require_limits(lab: LabTerm, rules: list[Rule], limits: _Limits) -> None:
    needed = {rule.limit for rule in rules}
    if "ULN" in needed and limits.uln is None:
        raise ValidationError(msg("Enter the upper limit of normal (ULN) of the {kind}: "
                                  "{CTCAE_VERSION} grades {term} from it.",
                                  kind=lab.kind.label,
                                  CTCAE_VERSION=CTCAE_VERSION,
                                  term=lab.term), field="uln")
    if "LLN" in needed and limits.lln is None:
        raise ValidationError(msg("Enter the lower limit of normal (LLN) of the {kind}: "
                                  "{CTCAE_VERSION} grades {term} from it.",
                                  kind=lab.kind.label,
                                  CTCAE_VERSION=CTCAE_VERSION,
                                  term=lab.term), field="lln")


def _in_unit(value: Quantity[float], lab: LabTerm, unit: str) -> float:
    pint_unit, factor = _scale(lab.kind, unit)
    converted = _converted(value, pint_unit, lab.kind.molar_mass_g_per_mol)
    assert converted is not None  # the unit was checked against the kind when loaded
    return float(converted.magnitude) / factor


def _position(rule: Rule, lab: LabTerm, value: Quantity[float], limits: _Limits) -> tuple[
        float, dict[str, float]]:
    """The value and the limits in the rule's terms: its unit, or multiples of ULN/baseline."""
    if rule.basis == "absolute":
        return _in_unit(value, lab, rule.unit), {
            name: _in_unit(limit, lab, rule.unit) for name, limit in
            (("ULN", limits.uln), ("LLN", limits.lln)) if limit is not None}
    reference = limits.uln if rule.basis == "uln" else limits.baseline
    assert reference is not None  # required before grading
    ratio = float((value / reference).to("dimensionless").magnitude)
    return ratio, {"ULN": 1.0} if rule.basis == "uln" else {}


def _inside(value: float, low: float | None, high: float | None, decreased: bool) -> bool:
    """"<A - B": B ≤ value < A; ">A - B": A < value ≤ B (the cut-off belongs nearer normal)."""
    if decreased:
        return (low is None or at_least(value, low)) and (high is None or not at_least(
            value, high))
    return (low is None or not at_most(value, low)) and (high is None or at_most(value, high))


def _band_for(rule: Rule, lab: LabTerm, value: float,
                limits: dict[str, float]) -> Band | None:
    """The band the value falls in; None when it is on the normal side of the first band."""
    def resolved(bound: Bound) -> float | None:
        return limits[bound] if isinstance(bound, str) else bound

    decreased = lab.direction == "decreased"
    first = rule.bands[0]
    normal_edge = resolved(first.high if decreased else first.low)
    assert normal_edge is not None  # checked when loaded
    if at_least(value, normal_edge) if decreased else at_most(value, normal_edge):
        return None
    matches = [b for b in rule.bands
               if _inside(value, resolved(b.low), resolved(b.high), decreased)]
    if len(matches) != 1:  # loading checks the bands meet: this would be a bug
        raise HaiError(msg("{CTCAE_VERSION} grading of {term} found {count} grades for {value:g}: "
                           "the grading data is inconsistent.",
                           CTCAE_VERSION=CTCAE_VERSION,
                           term=lab.term,
                           count=len(matches),
                           value=value))
    return matches[0]


def _notes(lab: LabTerm, grade: int, baseline_ignored: bool) -> tuple[str, ...]:
    notes = [f"Grade {g} if “{text}”: clinical criteria, not shown by the value."
             for g, text in lab.clinical if g > grade]
    if baseline_ignored:
        notes.append(f"{CTCAE_VERSION} grades {lab.term} without a baseline: the baseline was "
                     "not used.")
    return tuple(notes)


def grade_lab(term_name: str, value: Measurement, *, uln: Measurement | None = None,
              lln: Measurement | None = None,
              baseline: Measurement | None = None) -> LabGrade:
    """The CTCAE v4.03 grade a lab value shows for the term.

    `value` and the limits are pint Quantities or text as typed ("1.2 ×10⁹/L", "97 µmol/L");
    limits may be in any unit of the kind. With a baseline (creatinine), the higher of the ULN
    and baseline grades counts, since CTCAE joins the two with "or".
    """
    lab = lab_term(term_name)
    measured, molar = _measure(value, lab.kind, "value")
    limits = _limits(lab, uln, lln, baseline)
    rules = _rules_used(lab, molar, limits)
    _require_limits(lab, rules, limits)
    outcomes = []
    for rule in rules:
        position, rule_limits = _position(rule, lab, measured, limits)
        outcomes.append((rule, _band_for(rule, lab, position, rule_limits)))
    rule, band = max(outcomes, key=lambda outcome: outcome[1].grade if outcome[1] else 0)
    unit = rules[0].unit or lab.kind.unit
    pint_unit, factor = _scale(lab.kind, unit)
    in_shown = _converted(measured, pint_unit, lab.kind.molar_mass_g_per_mol)
    assert in_shown is not None  # the rule units were checked against the kind when loaded
    grade = band.grade if band else 0
    return LabGrade(
        term=lab.term, grade=grade, value=in_shown,
        magnitude=float(in_shown.magnitude) / factor, unit=unit,
        rule_text=band.text if band else "",
        grade_text=term(lab.term).grade_text(grade) if band else "",
        basis=rule.basis,
        uln_multiple=(float((measured / limits.uln).to("dimensionless").magnitude)
                      if limits.uln is not None else None),
        notes=_notes(lab, grade, limits.baseline is not None and not any(
            r.basis == "baseline" for r in lab.rules)))
