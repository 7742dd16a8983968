"""Eligibility: the protocol's criteria (data in resources/) applied to what was entered.

The program evaluates every numeric criterion itself; a person never ticks "ANC ok". The result
is built only from per-criterion outcomes, so "eligible with a reason" or "ineligible without
one" cannot exist: the status is derived, never stored beside the reasons.
"""

from __future__ import annotations

import enum
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

import pint

from hai_desktop.core.dosing import age_in_years, cockcroft_gault
from hai_desktop.core.errors import HaiError, ValidationError
from hai_desktop.core.i18n import QT_TRANSLATE_NOOP, DataText, Day, data_text, joined, msg
from hai_desktop.core.numbers import at_least, at_most
from hai_desktop.core.units import format_quantity, in_unit, parse_quantity, spec

# The grades that are words are shown translated ("Dipstick" context); the stored value is this.
DIPSTICK_GRADES = (QT_TRANSLATE_NOOP("Dipstick", "negative"),
                   QT_TRANSLATE_NOOP("Dipstick", "trace"), "1+", "2+", "3+", "4+")
YES, NO, UNKNOWN_ANSWER = "yes", "no", "unknown"
MDT_UNRESECTABLE, MDT_RESECTABLE = "unresectable", "resectable"


class Kind(enum.StrEnum):
    YES_NO = "yes_no"
    ORDINAL = "ordinal"
    AGE = "age"
    LAB_MIN = "lab_min"
    LAB_ULN = "lab_uln"
    CRCL = "crcl"
    PROTEINURIA = "proteinuria"
    MDT = "mdt"


class Group(enum.StrEnum):
    INCLUSION = "inclusion"
    EXCLUSION = "exclusion"


@dataclass(frozen=True)
class Criterion:
    id: str
    group: Group
    section: str
    text: str
    kind: Kind
    params: Mapping[str, Any] = field(default_factory=dict)
    note: str = ""
    # The site's Korean, shown in a Korean interface; the English above is the text of record.
    text_ko: str = ""
    section_ko: str = ""
    note_ko: str = ""
    disciplines_ko: Mapping[str, str] = field(default_factory=dict)  # MDT: English → Korean
    reasons_ko: tuple[str, ...] = ()  # MDT: in the order of params["reasons"]

    def text_in(self, language: str) -> str:
        return data_text(language, self.text, self.text_ko)

    def section_in(self, language: str) -> str:
        return data_text(language, self.section, self.section_ko)

    def note_in(self, language: str) -> str:
        return data_text(language, self.note, self.note_ko)

    def discipline_in(self, name: str, language: str) -> str:
        """An MDT discipline (the stored value is the English name)."""
        return data_text(language, name, self.disciplines_ko.get(name, ""))

    def reasons_in(self, language: str) -> tuple[str, ...]:
        """The MDT's protocol reasons (stored by their number)."""
        english = tuple(str(r) for r in self.params.get("reasons", ()))
        if not self.reasons_ko:
            return english
        return tuple(data_text(language, e, k) for e, k in zip(english, self.reasons_ko,
                                                                strict=True))

    @property
    def is_lab(self) -> bool:
        return self.kind in (Kind.LAB_MIN, Kind.LAB_ULN, Kind.CRCL, Kind.PROTEINURIA)

    @property
    def quantity(self) -> str | None:
        return self.params.get("quantity")


@dataclass(frozen=True)
class Checklist:
    version: str
    source: str
    criteria: tuple[Criterion, ...]

    def get(self, criterion_id: str) -> Criterion:
        for criterion in self.criteria:
            if criterion.id == criterion_id:
                return criterion
        raise KeyError(criterion_id)


# ---- loading --------------------------------------------------------------------------------

_REQUIRED_PARAMS: dict[Kind, tuple[str, ...]] = {
    Kind.YES_NO: ("passes_when",),
    Kind.ORDINAL: ("values", "max_allowed"),
    Kind.AGE: ("min_years",),
    Kind.LAB_MIN: ("quantity", "min"),
    Kind.LAB_ULN: ("quantity", "max_uln_multiple"),
    Kind.CRCL: ("min",),
    Kind.PROTEINURIA: ("dipstick_limit", "max_24h"),
    Kind.MDT: ("required_disciplines", "reasons"),
}
_BASE_KEYS = {"id", "group", "section", "text", "kind", "note", "text_ko", "note_ko",
              "required_disciplines_ko", "reasons_ko"}


def load_checklist(path: Path) -> Checklist:
    """Read and validate the criteria file; any fault names the file and the entry."""
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise HaiError(msg("The eligibility criteria file {path} cannot be read: {exc}.",
                           path=path, exc=exc)) from exc
    except tomllib.TOMLDecodeError as exc:
        raise HaiError(msg("The eligibility criteria file {path} is not valid TOML: {exc}.",
                           path=path, exc=exc)) from exc
    entries = raw.get("criterion")
    if not isinstance(entries, list) or not entries:
        raise HaiError(msg("{path}: no [[criterion]] entries found.", path=path))
    sections_ko = raw.get("section_ko", {})
    if not isinstance(sections_ko, dict):
        raise HaiError(msg("{path}: [section_ko] must be a table of English name = Korean name.",
                           path=path))
    criteria = tuple(_criterion(path, number, entry, sections_ko) for number, entry in
                     enumerate(entries, start=1))
    ids = [c.id for c in criteria]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        raise HaiError(msg("{path}: criterion ids used twice: {duplicates}.",
                           path=path, duplicates=', '.join(duplicates)))
    return Checklist(str(raw.get("version", "")), str(raw.get("source", "")), criteria)


def _criterion(path: Path, number: int, entry: dict[str, Any],
               sections_ko: Mapping[str, str]) -> Criterion:
    where = f"{path}, criterion #{number} ({entry.get('id', 'no id')})"
    try:
        kind = Kind(entry["kind"])
        group = Group(entry["group"])
        missing = [k for k in ("id", "section", "text") if not entry.get(k)]
        missing += [k for k in _REQUIRED_PARAMS[kind] if k not in entry]
        if missing:
            raise ValueError(f"missing {', '.join(missing)}")
        params = {k: v for k, v in entry.items() if k not in _BASE_KEYS}
        if "quantity" in params:
            spec(str(params["quantity"]))  # the quantity must exist in quantities.toml
        if kind is Kind.YES_NO and params["passes_when"] not in (YES, NO):
            raise ValueError("passes_when must be 'yes' or 'no'")
        if kind is Kind.PROTEINURIA and params["dipstick_limit"] not in DIPSTICK_GRADES:
            raise ValueError(f"dipstick_limit must be one of {', '.join(DIPSTICK_GRADES)}")
        # The Korean lists go one for one with the English (disciplines are stored in English).
        disciplines_ko = [str(d) for d in entry.get("required_disciplines_ko", ())]
        reasons_ko = tuple(str(r) for r in entry.get("reasons_ko", ()))
        if disciplines_ko and len(disciplines_ko) != len(params["required_disciplines"]):
            raise ValueError("required_disciplines_ko must list one Korean name per discipline")
        if reasons_ko and len(reasons_ko) != len(params["reasons"]):
            raise ValueError("reasons_ko must give one Korean text per reason")
    except KeyError as exc:
        raise HaiError(msg("{where}: missing or unknown {exc}.", where=where, exc=exc)) from exc
    except ValueError as exc:
        raise HaiError(msg("{where}: {exc}.", where=where, exc=exc)) from exc
    return Criterion(id=str(entry["id"]), group=group, section=str(entry["section"]),
                     text=str(entry["text"]), kind=kind, params=params,
                     note=str(entry.get("note", "")), text_ko=str(entry.get("text_ko", "")),
                     section_ko=str(sections_ko.get(str(entry["section"]), "")),
                     note_ko=str(entry.get("note_ko", "")),
                     disciplines_ko=dict(zip((str(d) for d in params.get(
                         "required_disciplines", ())), disciplines_ko, strict=False)),
                     reasons_ko=reasons_ko)


@cache
def protocol_checklist() -> Checklist:
    from hai_desktop.paths import resource

    return load_checklist(resource("protocol", "eligibility.toml"))


# ---- answers and outcomes -------------------------------------------------------------------

@dataclass(frozen=True)
class Answer:
    """What was entered for one criterion, as typed (values keep their units as text).

    `choice`: yes/no/unknown, an ordinal value, or a dipstick grade. `value`: a lab value.
    `details`: kind-specific inputs (crcl: weight, creatinine; proteinuria: protein_24h;
    mdt: date, disciplines, reasons, decision), all text.
    """

    choice: str | None = None
    value: str | None = None
    test_date: date | None = None
    source: str = ""
    uln: str | None = None
    details: Mapping[str, str] = field(default_factory=dict)

    def detail(self, key: str) -> str:
        return (self.details.get(key) or "").strip()


@dataclass(frozen=True)
class AssessmentContext:
    assessment_date: date
    date_of_birth: date | None
    sex: str | None
    uln: Mapping[str, pint.Quantity[float]]
    lab_window_days: int


class Verdict(enum.StrEnum):
    PASSES = "passes"
    FAILS = "fails"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class CriterionOutcome:
    criterion: Criterion
    verdict: Verdict
    detail: str
    problem: ValidationError | None = None


class Status(enum.StrEnum):
    ELIGIBLE = "eligible"
    INELIGIBLE = "ineligible"
    UNDETERMINED = "undetermined"

    @property
    def label(self) -> str:
        return {Status.ELIGIBLE: "Eligible", Status.INELIGIBLE: "Ineligible",
                Status.UNDETERMINED: "Not yet determined"}[self]


@dataclass(frozen=True)
class EligibilityResult:
    outcomes: tuple[CriterionOutcome, ...]

    @property
    def failed(self) -> tuple[CriterionOutcome, ...]:
        return tuple(o for o in self.outcomes if o.verdict is Verdict.FAILS)

    @property
    def missing(self) -> tuple[CriterionOutcome, ...]:
        return tuple(o for o in self.outcomes if o.verdict is Verdict.UNKNOWN)

    @property
    def status(self) -> Status:
        if self.failed:
            return Status.INELIGIBLE
        if self.missing:
            return Status.UNDETERMINED
        return Status.ELIGIBLE

    @property
    def reasons(self) -> tuple[str, ...]:
        """Why ineligible (every failed criterion); empty unless ineligible."""
        return tuple(f"{o.criterion.text}: {o.detail}" for o in self.failed)

    @property
    def missing_answers(self) -> tuple[str, ...]:
        return tuple(f"{o.criterion.text}: {o.detail}" for o in self.missing)

    def outcome(self, criterion_id: str) -> CriterionOutcome:
        return next(o for o in self.outcomes if o.criterion.id == criterion_id)


def evaluate(checklist: Checklist, answers: Mapping[str, Answer],
             context: AssessmentContext) -> EligibilityResult:
    return EligibilityResult(tuple(
        evaluate_criterion(c, answers.get(c.id, Answer()), context)
        for c in checklist.criteria))


def evaluate_criterion(criterion: Criterion, answer: Answer, context: AssessmentContext
                       ) -> CriterionOutcome:
    try:
        return _EVALUATORS[criterion.kind](criterion, answer, context)
    except ValidationError as problem:
        return CriterionOutcome(criterion, Verdict.UNKNOWN, problem.message, problem)


# ---- one evaluator per kind -----------------------------------------------------------------

def _passes(criterion: Criterion, detail: str) -> CriterionOutcome:
    return CriterionOutcome(criterion, Verdict.PASSES, detail)


def _fails(criterion: Criterion, detail: str) -> CriterionOutcome:
    return CriterionOutcome(criterion, Verdict.FAILS, detail)


def _unknown(criterion: Criterion, detail: str) -> CriterionOutcome:
    return CriterionOutcome(criterion, Verdict.UNKNOWN, detail)


def _yes_no(criterion: Criterion, answer: Answer, _ctx: AssessmentContext) -> CriterionOutcome:
    choice = (answer.choice or "").strip().lower()
    if choice in ("", UNKNOWN_ANSWER):
        return _unknown(criterion, msg("not yet answered"))
    if choice not in (YES, NO):
        raise ValidationError(msg("Answer yes, no or not yet known (not '{choice}').",
                                  choice=answer.choice),
                              field=criterion.id)
    answered = msg("answered yes") if choice == YES else msg("answered no")
    if choice == criterion.params["passes_when"]:
        return _passes(criterion, answered)
    return _fails(criterion, answered)


def _ordinal(criterion: Criterion, answer: Answer, _ctx: AssessmentContext) -> CriterionOutcome:
    scale = criterion.params.get("scale", "value")
    if answer.choice in (None, "", UNKNOWN_ANSWER):
        return _unknown(criterion, msg("{scale} not yet recorded", scale=scale))
    try:
        value = int(str(answer.choice))
    except ValueError:
        raise ValidationError(msg("{scale} must be one of {values}.",
                                  scale=scale,
                                  values=', '.join(map(str, criterion.params['values']))),
                              field=criterion.id) from None
    if value not in criterion.params["values"]:
        raise ValidationError(msg("{scale} must be one of {values}.",
                                  scale=scale,
                                  values=', '.join(map(str, criterion.params['values']))),
                              field=criterion.id)
    limit = int(criterion.params["max_allowed"])
    if value <= limit:
        return _passes(criterion, f"{scale} {value}")
    return _fails(criterion, msg("{scale} {value} (at most {limit} allowed)", scale=scale,
                                 value=value, limit=limit))


def _age(criterion: Criterion, _answer: Answer, ctx: AssessmentContext) -> CriterionOutcome:
    if ctx.date_of_birth is None:
        return _unknown(criterion, msg("date of birth not recorded"))
    years = age_in_years(ctx.date_of_birth, ctx.assessment_date)
    minimum = int(criterion.params["min_years"])
    if years >= minimum:
        return _passes(criterion, msg("{years} years on {day}", years=years,
                                      day=Day(ctx.assessment_date)))
    return _fails(criterion, msg("{years} years on {day} (at least {minimum} required)",
                                 years=years, day=Day(ctx.assessment_date), minimum=minimum))


def check_test_date(label: str, test_date: date | None, ctx: AssessmentContext,
                    field_name: str) -> None:
    """A lab result counts only with a date, not in the future, within the site window."""
    if test_date is None:
        raise ValidationError(msg("Enter the date of the {label} test.",
                                  label=label), field=field_name)
    if test_date > ctx.assessment_date:
        raise ValidationError(msg("The {label} test date {test_date:%d %b %Y} is in the future.",
                                  label=label, test_date=test_date),
                              field=field_name)
    age_days = (ctx.assessment_date - test_date).days
    if age_days > ctx.lab_window_days:
        raise ValidationError(
            msg("The {label} result is {age_days} days old; the site window is {lab_window_days} "
                "days [site rule]: enter a newer result.",
                label=label,
                age_days=age_days,
                lab_window_days=ctx.lab_window_days), field=field_name)


def _lab_value(criterion: Criterion, answer: Answer, ctx: AssessmentContext,
               kind: str) -> pint.Quantity[float] | None:
    label = spec(kind).label
    if not (answer.value or "").strip():
        return None
    value = parse_quantity(answer.value or "", kind, field=criterion.id)
    check_test_date(label, answer.test_date, ctx, f"{criterion.id}.test_date")
    return value


def _lab_min(criterion: Criterion, answer: Answer, ctx: AssessmentContext) -> CriterionOutcome:
    kind = str(criterion.params["quantity"])
    value = _lab_value(criterion, answer, ctx, kind)
    if value is None:
        return _unknown(criterion, msg("no result entered"))
    minimum = float(criterion.params["min"])
    shown = format_quantity(value, kind)
    if at_least(in_unit(value, kind), minimum):
        return _passes(criterion, shown)
    return _fails(criterion, msg("{shown} is below {minimum:g} {unit}", shown=shown,
                                 minimum=minimum, unit=spec(kind).unit))


def _lab_uln(criterion: Criterion, answer: Answer, ctx: AssessmentContext) -> CriterionOutcome:
    kind = str(criterion.params["quantity"])
    value = _lab_value(criterion, answer, ctx, kind)
    if value is None:
        return _unknown(criterion, msg("no result entered"))
    if (answer.uln or "").strip():
        uln = parse_quantity(answer.uln or "", kind, field=f"{criterion.id}.uln")
        uln_source = msg("ULN for this result")
    elif kind in ctx.uln:
        uln, uln_source = ctx.uln[kind], msg("site ULN [site rule]")
    else:
        return _unknown(criterion, msg("no upper limit of normal set for this test"))
    if in_unit(uln, kind) <= 0:
        raise ValidationError(msg("The upper limit of normal must be above zero."),
                              field=f"{criterion.id}.uln")
    ratio = in_unit(value, kind) / in_unit(uln, kind)
    limit = float(criterion.params["max_uln_multiple"])
    values = {"value": format_quantity(value, kind), "ratio": _ratio_text(ratio, limit),
              "uln": format_quantity(uln, kind), "source": uln_source}
    if at_most(ratio, limit):
        return _passes(criterion, msg("{value} = {ratio} × ULN ({uln}, {source})", **values))
    return _fails(criterion, msg("{value} = {ratio} × ULN ({uln}, {source}), above {limit:g} × "
                                 "ULN", limit=limit, **values))


def _ratio_text(ratio: float, limit: float) -> str:
    """Two decimals, or more when rounding would make a value over the limit read as on it."""
    text = f"{ratio:.2f}"
    if float(text) == limit and not at_most(ratio, limit):
        text = f"{ratio:.4f}"
    return text


def _crcl(criterion: Criterion, answer: Answer, ctx: AssessmentContext) -> CriterionOutcome:
    weight_text, creatinine_text = answer.detail("weight"), answer.detail("creatinine")
    needs = [name for name, text in ((msg("weight"), weight_text),
                                     (msg("serum creatinine"), creatinine_text)) if not text]
    if ctx.date_of_birth is None:
        needs.append(msg("date of birth"))
    if ctx.sex not in ("F", "M"):
        needs.append(msg("sex"))
    if needs:
        return _unknown(criterion, msg("needs {what}", what=joined(needs)))
    weight = parse_quantity(weight_text, "weight", field=f"{criterion.id}.weight")
    creatinine = parse_quantity(creatinine_text, "serum_creatinine",
                                field=f"{criterion.id}.creatinine")
    check_test_date("serum creatinine", answer.test_date, ctx, f"{criterion.id}.test_date")
    assert ctx.date_of_birth is not None and ctx.sex is not None
    result = cockcroft_gault(age_years=age_in_years(ctx.date_of_birth, ctx.assessment_date),
                                  sex=ctx.sex, weight=weight, serum_creatinine=creatinine)
    minimum = float(criterion.params["min"])
    # The criterion's own text names the formula; the detail shows the arithmetic.
    if at_least(result.value.to("mL/min").magnitude, minimum):
        return _passes(criterion, result.arithmetic)
    return _fails(criterion, msg("{arithmetic}, below {minimum:g} mL/min",
                                 arithmetic=result.arithmetic, minimum=minimum))


def _proteinuria(criterion: Criterion, answer: Answer, ctx: AssessmentContext
                 ) -> CriterionOutcome:
    grade = (answer.choice or "").strip()
    if grade in ("", UNKNOWN_ANSWER):
        return _unknown(criterion, msg("dipstick not yet recorded"))
    if grade not in DIPSTICK_GRADES:
        raise ValidationError(msg("The dipstick result must be one of {DIPSTICK_GRADES}.",
                                  DIPSTICK_GRADES=', '.join(DIPSTICK_GRADES)),
                              field=criterion.id)
    check_test_date("urine dipstick", answer.test_date, ctx, f"{criterion.id}.test_date")
    limit = str(criterion.params["dipstick_limit"])
    if DIPSTICK_GRADES.index(grade) < DIPSTICK_GRADES.index(limit):
        return _passes(criterion, msg("dipstick {grade}", grade=grade))
    protein_text = answer.detail("protein_24h")
    if not protein_text:
        return _unknown(criterion, msg("dipstick {grade}: enter the 24-hour urine protein",
                                       grade=grade))
    protein = parse_quantity(protein_text, "urine_protein_24h",
                             field=f"{criterion.id}.protein_24h")
    shown = format_quantity(protein, "urine_protein_24h")
    maximum = float(criterion.params["max_24h"])
    if at_most(in_unit(protein, "urine_protein_24h"), maximum):
        return _passes(criterion, msg("dipstick {grade}, 24-hour protein {shown}", grade=grade,
                                      shown=shown))
    return _fails(criterion, msg("dipstick {grade}, 24-hour protein {shown} (above {maximum:g} "
                                 "g)", grade=grade, shown=shown, maximum=maximum))


def _mdt(criterion: Criterion, answer: Answer, ctx: AssessmentContext) -> CriterionOutcome:
    decision = answer.detail("decision")
    meeting = answer.detail("date")
    present = {d.strip() for d in answer.detail("disciplines").split(";") if d.strip()}
    reasons = [r for r in answer.detail("reasons").split(";") if r.strip()]
    if decision == MDT_RESECTABLE:
        return _fails(criterion, msg("the team judged the metastases resectable"))
    needs = []
    if not meeting:
        needs.append(msg("the meeting date"))
    if not present:
        needs.append(msg("the disciplines present"))
    if decision != MDT_UNRESECTABLE:
        needs.append(msg("the team's decision"))
    elif not reasons:
        needs.append(msg("which unresectability criterion applies"))
    if needs:
        return _unknown(criterion, msg("record {what}", what=joined(needs)))
    try:
        held = date.fromisoformat(meeting)
    except ValueError:
        raise ValidationError(msg("The meeting date must be a "
                                  "date."), field=f"{criterion.id}.date")\
            from None
    if held > ctx.assessment_date:
        raise ValidationError(msg("The meeting date {held:%d %b %Y} is in the future.", held=held),
                              field=f"{criterion.id}.date")
    required = list(criterion.params["required_disciplines"])
    absent = [d for d in required if d not in present]
    if absent:
        return _fails(criterion, msg("the team lacked {who}", who=joined(
            DataText(d, criterion.disciplines_ko.get(d, "")) for d in absent)))
    options = list(criterion.params["reasons"])
    chosen = []
    for reason in reasons:
        if not reason.strip().isdecimal() or not 0 <= int(reason) < len(options):
            raise ValidationError(msg("Choose the unresectability criterion from the list."),
                                  field=f"{criterion.id}.reasons")
        chosen.append(int(reason) + 1)
    numbers = joined(msg("criterion {number}", number=n) for n in chosen)
    return _passes(criterion, msg("meeting {day}: unresectable ({numbers})", day=Day(held),
                                  numbers=numbers))


_EVALUATORS = {
    Kind.YES_NO: _yes_no, Kind.ORDINAL: _ordinal, Kind.AGE: _age, Kind.LAB_MIN: _lab_min,
    Kind.LAB_ULN: _lab_uln, Kind.CRCL: _crcl, Kind.PROTEINURIA: _proteinuria, Kind.MDT: _mdt,
}
