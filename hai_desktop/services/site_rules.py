"""Site rules: the numbers the protocol leaves to the site (local ULNs, the screening lab window,
pre-cycle thresholds to treat, the re-weigh threshold, a BSA cap).

Each rule's label, default and source are data in resources/protocol/site_rules.toml; the value
in force is kept in the database, changed only by an authorised role with a reason (audited).
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, replace
from functools import cache

import pint
from sqlalchemy.orm import Session

from hai_desktop.core import ctcae
from hai_desktop.core.errors import HaiError, NotFound, ValidationError
from hai_desktop.core.i18n import data_text, msg
from hai_desktop.core.recist import RecistRules, protocol_recist
from hai_desktop.core.units import parse_quantity
from hai_desktop.paths import resource
from hai_desktop.services.permissions import Action
from hai_desktop.services.workspace import Workspace
from hai_desktop.store.models import SiteRule, utc_now

ULN_RULES = {"ast": "uln_ast", "alt": "uln_alt", "alp": "uln_alp",
             "total_bilirubin": "uln_total_bilirubin"}
LAB_WINDOW = "screening_lab_window_days"
ANC_MIN, PLATELETS_MIN = "pre_cycle_anc_min", "pre_cycle_platelets_min"
REWEIGH_PERCENT, BSA_CAP = "reweigh_percent", "bsa_cap_m2"
BSA_PLAUSIBLE_MIN, BSA_PLAUSIBLE_MAX = "bsa_plausible_min_m2", "bsa_plausible_max_m2"
DECISION_GRADE = "toxicity_decision_grade"
NEUROPATHY_GRADE = "neuropathy_decision_grade"
DURATION_TOLERANCE = "administration_duration_tolerance_percent"
COMPETENCY_MONTHS = "hai_competency_valid_months"
SD_MIN_DAYS = "recist_stable_disease_min_days"
ASSESSMENT_WINDOW, FOLLOW_UP_WINDOW = "assessment_window_days", "follow_up_window_days"


@dataclass(frozen=True)
class SiteRuleSpec:
    key: str
    label: str
    kind: str
    default: str
    source: str
    quantity: str | None = None
    minimum: float | None = None
    maximum: float | None = None
    # The site's Korean, shown in a Korean interface; the English is the text of record.
    label_ko: str = ""
    source_ko: str = ""

    def label_in(self, language: str) -> str:
        return data_text(language, self.label, self.label_ko)

    def source_in(self, language: str) -> str:
        return data_text(language, self.source, self.source_ko)

    def check(self, text: str) -> str:
        """The value normalised for storage, or a ValidationError saying what to fix."""
        text = (text or "").strip()
        if self.kind == "quantity":
            assert self.quantity is not None
            # Lab normal limits include kinds only CTCAE grading defines (GGT, sodium …).
            ctcae.parse_lab_value(text, self.quantity, field=self.key)
            return text
        whole = self.kind == "integer"
        try:
            number = int(text) if whole else float(text)
        except ValueError:
            raise ValidationError(msg("{rule}: enter a whole number.", rule=self.label) if whole
                                  else msg("{rule}: enter a number.", rule=self.label),
                                  field=self.key) from None
        if number != number or (self.minimum is not None and number < self.minimum) or (
                self.maximum is not None and number > self.maximum):
            raise ValidationError(msg("{rule}: enter {minimum:g}–{maximum:g}.",
                                      rule=self.label, minimum=self.minimum, maximum=self.maximum),
                                  field=self.key)
        return f"{number:g}"


@cache
def site_rule_specs() -> dict[str, SiteRuleSpec]:
    path = resource("protocol", "site_rules.toml")
    try:
        entries = tomllib.loads(path.read_text(encoding="utf-8"))["rule"]
        specs = {e["key"]: SiteRuleSpec(
            key=e["key"], label=e["label"], kind=e["kind"], default=str(e["default"]),
            source=e["source"], quantity=e.get("quantity"), minimum=e.get("min"),
            maximum=e.get("max"), label_ko=e.get("label_ko", ""),
            source_ko=e.get("source_ko", "")) for e in entries}
        if any(s.kind not in ("quantity", "integer", "number") for s in specs.values()):
            raise KeyError("kind")
    except (OSError, tomllib.TOMLDecodeError, KeyError, TypeError) as exc:
        raise HaiError(msg("The site rules file {path} is invalid: {exc}.",
                           path=path, exc=exc)) from exc
    for rule in specs.values():
        try:
            rule.check(rule.default)
        except ValidationError as exc:
            raise HaiError(msg("{path}: the default of {key} is invalid ({exc}).",
                               path=path, key=rule.key, exc=exc)) from exc
    return specs


@dataclass(frozen=True)
class SiteRuleValue:
    spec: SiteRuleSpec
    value: str
    is_default: bool


# Keys found without a row in this unit of work: a rule left at its default has no row, and
# the identity map only remembers rows, so Today (a rule per patient) would ask each time.
_AT_DEFAULT = "site_rules_at_default"


def rule_value(session: Session, key: str) -> str:
    at_default: set[str] = session.info.setdefault(_AT_DEFAULT, set())
    if key not in at_default:
        row = session.get(SiteRule, key)
        if row is not None:
            return row.value
        at_default.add(key)
    return site_rule_specs()[key].default


def uln_texts(session: Session) -> dict[str, str]:
    return {quantity: rule_value(session, key) for quantity, key in ULN_RULES.items()}


def uln_values(session: Session) -> dict[str, pint.Quantity[float]]:
    return {quantity: parse_quantity(text, quantity)
            for quantity, text in uln_texts(session).items()}


def lab_window_days(session: Session) -> int:
    return int(rule_value(session, LAB_WINDOW))


@dataclass(frozen=True)
class DosingRules:
    """The site's numbers an order is calculated and checked with."""

    anc_min: pint.Quantity[float]
    platelets_min: pint.Quantity[float]
    reweigh_percent: float
    bsa_cap_m2: float | None
    bsa_plausible: tuple[float, float] = (0.5, 3.0)
    neuropathy_grade: int = 2


def dosing_rules(session: Session) -> DosingRules:
    cap = float(rule_value(session, BSA_CAP))
    return DosingRules(parse_quantity(rule_value(session, ANC_MIN), "anc"),
                       parse_quantity(rule_value(session, PLATELETS_MIN), "platelets"),
                       float(rule_value(session, REWEIGH_PERCENT)), cap or None,
                       (float(rule_value(session, BSA_PLAUSIBLE_MIN)),
                        float(rule_value(session, BSA_PLAUSIBLE_MAX))),
                       int(rule_value(session, NEUROPATHY_GRADE)))


def decision_grade(session: Session) -> int:
    """The CTCAE grade of an attributed adverse event that makes a dose decision due."""
    return int(rule_value(session, DECISION_GRADE))


def duration_tolerance_percent(session: Session) -> float:
    return float(rule_value(session, DURATION_TOLERANCE))


def competency_months(session: Session) -> int:
    return int(rule_value(session, COMPETENCY_MONTHS))


def recist_rules(session: Session) -> RecistRules:
    """RECIST 1.1 as published, with the site's minimum time for stable disease."""
    return replace(protocol_recist(), stable_disease_min_days=int(rule_value(session,
                                                                             SD_MIN_DAYS)))


def visit_windows(session: Session) -> tuple[int, int]:
    """The assessment and follow-up windows in days either side (site rules)."""
    return int(rule_value(session, ASSESSMENT_WINDOW)), int(rule_value(session, FOLLOW_UP_WINDOW))


def site_rule_in_force(ws: Workspace, key: str) -> str:
    """One rule's value as the screens show it (e.g. beside a field it decides)."""
    ws.require(Action.VIEW_RECORDS)
    with ws.db.read_session() as session:
        return rule_value(session, key)


def list_site_rules(ws: Workspace) -> list[SiteRuleValue]:
    ws.require(Action.VIEW_RECORDS)
    with ws.db.read_session() as session:
        stored = {r.key: r.value for r in session.query(SiteRule)}
    return [SiteRuleValue(spec, stored.get(key, spec.default), key not in stored)
            for key, spec in site_rule_specs().items()]


def set_site_rule(ws: Workspace, key: str, text: str, reason: str) -> None:
    ws.require(Action.EDIT_SITE_RULES)
    spec = site_rule_specs().get(key)
    if spec is None:
        raise NotFound(msg("There is no site rule '{key}'.", key=key))
    if not reason.strip():
        raise ValidationError(msg("Give a reason for changing a site rule."), field="reason")
    value = spec.check(text)
    with ws.session(reason=reason.strip()) as session:
        row = session.get(SiteRule, key)
        if row is None:
            session.add(SiteRule(key=key, value=value))
            session.info.get(_AT_DEFAULT, set()).discard(key)
        else:
            row.value = value
            row.updated_at = utc_now()
