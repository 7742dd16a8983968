"""Chemotherapy orders: the cycle's calculation, the signed lifecycle, the printed sheet.

draft → signed (investigator) → verified (pharmacist; or rejected with a reason) → printed →
given (first nurse records times and doses) → administered (second nurse confirms); voided with
a reason at any point before administration. Each signature binds the order's content hash, so
an order changed behind the application no longer verifies. A signed order never changes: a
change is a new order that supersedes it.
"""

from __future__ import annotations

import enum
import json
import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta

import pint
from sqlalchemy import select
from sqlalchemy.orm import Session

from hai_desktop.core.administration import (
    Cumulative,
    Delivery,
    cumulative_dose,
    delivery,
    mg_per_minute,
)
from hai_desktop.core.allergies import AllergyStatus
from hai_desktop.core.arms import Arm
from hai_desktop.core.dosing import (
    BsaFormula,
    DoseCalculation,
    age_in_years,
    body_surface_area,
    calculate_dose,
    cockcroft_gault,
    weight_change_percent,
)
from hai_desktop.core.errors import (
    ConflictError,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from hai_desktop.core.i18n import (
    QT_TRANSLATE_NOOP,
    Label,
    Message,
    joined,
    message_record,
    msg,
)
from hai_desktop.core.numbers import at_least
from hai_desktop.core.regimens import DrugSpec, protocol_regimens
from hai_desktop.core.units import format_quantity, in_unit, parse_quantity, registry
from hai_desktop.services import (
    allergies,
    catheter,
    dose_levels,
    signing,
    site_rules,
    supportive_care,
    toxicity,
)
from hai_desktop.services.permissions import Action
from hai_desktop.services.workspace import Workspace
from hai_desktop.store import audit
from hai_desktop.store.models import (
    DoseDecision,
    Incident,
    Order,
    OrderLine,
    OrderSupportive,
    Patient,
    PatientStatus,
    Signature,
)

# Re-exported for the screens; the records live in hai_desktop.views, which reports import.
from hai_desktop.views import OrderView as OrderView
from hai_desktop.views import SignatureView as SignatureView

DRAFT, SIGNED, VERIFIED, PRINTED = "draft", "signed", "verified", "printed"
GIVEN, ADMINISTERED, REJECTED, VOIDED = "given", "administered", "rejected", "voided"
CLOSED = {ADMINISTERED, REJECTED, VOIDED}
OXALIPLATIN = "oxaliplatin_hai"
NEUROPATHY_TERM = "Peripheral sensory neuropathy"
MEANINGS = {SIGNED: "prescribed", VERIFIED: "pharmacist verified", GIVEN: "administered",
            ADMINISTERED: "second-nurse check"}
UNCONFIRMED_LEVELS = msg("Dose levels not confirmed by the investigator")


@dataclass(frozen=True)
class OrderInput:
    """What the prescriber enters for a cycle; values with units are text as typed."""

    patient_id: int
    day1: date
    targeted_agent: str
    height: str
    weight: str
    measured_on: date
    anc: str
    platelets: str
    labs_date: date | None
    creatinine: str = ""
    bsa_formula: BsaFormula = BsaFormula.MOSTELLER
    targeted_override: str = ""
    hold_override: str = ""
    confirm_unusual_bsa: bool = False
    reductions: Mapping[str, tuple[int, str]] = field(default_factory=dict)
    stops: Mapping[str, str] = field(default_factory=dict)
    # drug → reason, for a toxicity dose decision answered by continuing at the same level
    continues: Mapping[str, str] = field(default_factory=dict)
    # Peripheral sensory neuropathy (CTCAE grade 0–4) assessed before this oxaliplatin dose;
    # needed on every order that gives oxaliplatin (ignored on others).
    neuropathy_grade: int | None = None
    neuropathy_assessed_on: date | None = None
    # Premedication and supportive care changed on this order (item id → change).
    supportive: Mapping[str, supportive_care.SupportiveChange] = field(default_factory=dict)


@dataclass(frozen=True)
class LinePlan:
    drug: DrugSpec
    level: int
    stopped: bool
    reason: str | None
    calculation: DoseCalculation | None
    delivery: Delivery | None = None


@dataclass(frozen=True)
class OrderPlan:
    cycle: int
    arm: Arm
    height: pint.Quantity[float]
    weight: pint.Quantity[float]
    bsa: pint.Quantity[float]
    bsa_cap_m2: float | None
    crcl_ml_min: float | None
    crcl_working: str | None
    lines: tuple[LinePlan, ...]
    notices: tuple[str, ...]
    holds: tuple[str, ...]
    levels_confirmed: bool
    rules: site_rules.DosingRules
    decisions: tuple[toxicity.DecisionPlan, ...] = ()
    supportive: tuple[supportive_care.SupportiveLine, ...] = ()
    supportive_confirmed: bool = True
    allergy: AllergyStatus | None = None
    # Oxaliplatin given to this patient before this order, and with this dose.
    oxaliplatin_before: Cumulative | None = None
    oxaliplatin_with_this: Cumulative | None = None
    neuropathy_grade: int | None = None
    neuropathy_assessed_on: date | None = None
    # The catheter's state when the order is written (HAI arm without a catheter in place). Shown
    # with the plan but not kept with the order: the sheet prints the gate of the day it is
    # printed, which a later implantation or reinsertion opens.
    catheter_notice: str | None = None


# ---- dose levels per patient -----------------------------------------------------------------

def current_levels(session: Session, patient_id: int) -> dict[str, tuple[int, bool]]:
    """Per drug: the lowest level ever decided (levels never go back up) and whether stopped."""
    levels: dict[str, tuple[int, bool]] = {}
    for d in session.scalars(select(DoseDecision).where(DoseDecision.patient_id == patient_id)
                             .order_by(DoseDecision.id)):
        level, stopped = levels.get(d.drug_id, (0, False))
        levels[d.drug_id] = (min(level, d.level), stopped or d.stopped)
    return levels


def patient_dose_levels(ws: Workspace, patient_id: int) -> dict[str, tuple[int, bool]]:
    ws.require(Action.VIEW_RECORDS)
    with ws.db.read_session() as session:
        return current_levels(session, patient_id)


def _check_reduction(drug: str, new_level: int, current: tuple[int, bool], reason: str,
                     available: int) -> None:
    level, stopped = current
    if stopped:
        raise ValidationError(msg("{drug} was stopped for this patient: it is not given again.",
                                  drug=drug),
                              field=drug)
    if new_level > level:
        raise ValidationError(
            msg("{drug} is at dose level {level}: a reduced dose is never increased again "
                "(protocol).", drug=drug, level=level), field=drug)
    if new_level < 1 - available:
        raise ValidationError(msg("{drug} has no dose level {new_level} (lowest: {lowest}).",
                                  drug=drug, new_level=new_level, lowest=1 - available), field=drug)
    if new_level < level and not reason.strip():
        raise ValidationError(msg("Give the reason for reducing {drug} (e.g. the toxicity it "
                                  "answers).", drug=drug), field=drug)


# ---- the calculation -------------------------------------------------------------------------

def _patient_for_order(session: Session, patient_id: int) -> Patient:
    patient = session.get(Patient, patient_id)
    if patient is None or patient.voided:
        raise NotFound(msg("That patient is not in the registry."))
    if patient.arm is None or PatientStatus(patient.status) not in (
            PatientStatus.RANDOMIZED, PatientStatus.ON_TREATMENT):
        raise ConflictError(msg("{screening_number} is not randomized and on treatment: orders are "
                                "written only for randomized patients.",
                                screening_number=patient.screening_number))
    return patient


def _open_orders(session: Session, patient_id: int) -> list[Order]:
    return list(session.scalars(select(Order).where(
        Order.patient_id == patient_id, Order.status.not_in([REJECTED, VOIDED]))
        .order_by(Order.cycle)))


def _lab(text: str, kind: str, field_name: str) -> pint.Quantity[float]:
    return parse_quantity(text, kind, field=field_name)


def plan_order(ws: Workspace, order: OrderInput, *, supersedes: int | None = None) -> OrderPlan:
    """Everything the order will say, checked; nothing is written."""
    ws.require(Action.VIEW_RECORDS)
    with ws.db.read_session() as session:
        return _plan(session, order, supersedes)


def _plan(session: Session, order: OrderInput, supersedes: int | None) -> OrderPlan:
    regimens = protocol_regimens()
    patient = _patient_for_order(session, order.patient_id)
    assert patient.arm is not None  # _patient_for_order refuses a patient not randomized
    previous = [o for o in _open_orders(session, patient.id) if o.id != supersedes]
    cycle = (_order(session, supersedes)[0].cycle if supersedes else
             max((o.cycle for o in previous), default=0) + 1)
    if cycle > regimens.max_cycles:
        raise ConflictError(msg("The protocol allows at most {max_cycles} cycles.",
                                max_cycles=regimens.max_cycles))
    height = parse_quantity(order.height, "height", field="height")
    weight = parse_quantity(order.weight, "weight", field="weight")
    if order.measured_on > order.day1:
        raise ValidationError(msg("Height and weight cannot be measured after day 1."),
                              field="measured_on")
    bsa = body_surface_area(height, weight, order.bsa_formula)
    notices: list[str] = []
    rules = site_rules.dosing_rules(session)
    cap = rules.bsa_cap_m2
    if cap and bsa.magnitude > cap:
        notices.append(msg("BSA capped at {cap:g} m² [site rule] (calculated {bsa:.2f})",
                           cap=cap, bsa=bsa.magnitude))
        bsa = registry().Quantity(cap, "m**2")
    low, high = rules.bsa_plausible
    if not low <= bsa.magnitude <= high and not order.confirm_unusual_bsa:
        raise ValidationError(msg("BSA {magnitude:.2f} m² is outside {low:g}–{high:g} m² [site "
                                  "rule]: check height and weight, then confirm the unusual BSA.",
                                  magnitude=bsa.magnitude, low=low, high=high), field="bsa")
    if previous:
        last = previous[-1]
        change = weight_change_percent(registry().Quantity(last.weight_kg, "kg"), weight)
        if abs(change) >= rules.reweigh_percent:
            notices.append(msg("Weight changed {change:+.1f} % since cycle {cycle} ({weight:g} "
                               "kg): BSA recalculated [site rule: re-weigh at ±{percent:g} %]",
                               change=change, cycle=last.cycle, weight=last.weight_kg,
                               percent=rules.reweigh_percent))
    crcl_value = crcl_working = None
    if order.creatinine.strip():
        crcl = cockcroft_gault(age_years=age_in_years(patient.date_of_birth, order.day1),
                               sex=patient.sex, weight=weight,
                               serum_creatinine=parse_quantity(order.creatinine,
                                                               "serum_creatinine",
                                                               field="creatinine"))
        crcl_value, crcl_working = crcl.value.to("mL/min").magnitude, crcl.working
    holds = _pre_cycle_holds(order, rules)
    if holds and not order.hold_override.strip():
        raise ValidationError(msg("Hold: {holds}. Proceeding needs the investigator's reason.",
                                  holds=joined(holds, "; ")), field="hold_override")
    drugs = regimens.drugs_for(Arm(patient.arm), order.targeted_agent)
    _check_targeted(patient, order)
    table = dose_levels.load_table(session)
    if not table.confirmed:
        notices.append(UNCONFIRMED_LEVELS)
    levels_now = current_levels(session, patient.id)
    oxaliplatin_due = _oxaliplatin_assessment(order, drugs, levels_now, rules, cycle)
    continues = dict(order.continues)
    lines = []
    for drug in drugs:
        lv = table.levels[drug.id]
        current = levels_now.get(drug.id, (0, False))
        if drug.id in order.stops:
            if not order.stops[drug.id].strip():
                raise ValidationError(msg("Give the reason for stopping {name}.", name=drug.name),
                                      field=drug.id)
            lines.append(LinePlan(drug, current[0], True, order.stops[drug.id].strip(), None))
            continue
        if current[1] and drug.id not in order.reductions:
            lines.append(LinePlan(drug, current[0], True, "stopped earlier", None))
            continue
        level, reason = order.reductions.get(drug.id, (current[0], ""))
        _check_reduction(drug.id, level, current, reason, len(lv.levels))
        if (drug.id == OXALIPLATIN and oxaliplatin_due and level >= current[0]
                and not continues.get(drug.id, "").strip()):
            raise ValidationError(
                msg("{oxaliplatin_due}: a dose decision is due — reduce, stop, or continue at the "
                    "same level with the reason.", oxaliplatin_due=oxaliplatin_due), field=drug.id)
        calculation = calculate_dose(
            drug=drug.name, basis=drug.basis, dose_per_unit=lv.dose_at(level), bsa=bsa,
            weight=weight, increment_mg=lv.rounding_increment_mg,
            limit_percent=lv.max_deviation_percent)
        given_by = delivery(calculation.rounded_mg, drug.minutes, volume_ml=drug.volume_ml,
                            concentration_mg_per_ml=drug.concentration_mg_per_ml)
        notices.extend(_rate_notices(drug, calculation.rounded_mg))
        lines.append(LinePlan(drug, level, False, reason.strip() or None, calculation,
                              given_by))
    decisions = toxicity.plan_decisions(
        toxicity.decisions_due(session, patient.id), drugs_in_order={d.id for d in drugs},
        reductions=order.reductions, stops=order.stops, continues=order.continues,
        current=levels_now)
    notices.extend(d.text for d in decisions)
    oxaliplatin = next((line for line in lines if line.drug.id == OXALIPLATIN), None)
    if oxaliplatin_due and oxaliplatin is not None:
        notices.append(_neuropathy_notice(oxaliplatin_due, oxaliplatin, current_levels=levels_now,
                                          continues=continues))
    given_ids = [line.drug.id for line in lines if not line.stopped]
    supportive, supportive_ok = supportive_care.plan_supportive(session, given_ids,
                                                                order.supportive)
    if not supportive_ok:
        notices.append(supportive_care.UNCONFIRMED)
    allergy = allergies.status_in(session, patient.id)
    notices.extend(allergies.order_conflicts(
        allergy, [line.drug.name for line in lines if not line.stopped]
        + [item.item.name for item in supportive if not item.omitted]))
    before = _oxaliplatin_given(session, patient.id, before_cycle=cycle)
    with_this = None
    if oxaliplatin is not None and oxaliplatin.calculation is not None:
        with_this = _plus(before, oxaliplatin.calculation.rounded_mg, bsa.magnitude)
    hai_given = any(line.drug.is_hai and not line.stopped for line in lines)
    catheter_notice = catheter.order_notice(session, patient) if hai_given else None
    if catheter_notice:
        notices.append(catheter_notice)
    gives_oxaliplatin = oxaliplatin is not None and not oxaliplatin.stopped
    assessed = gives_oxaliplatin or oxaliplatin_due is not None
    return OrderPlan(
        cycle, Arm(patient.arm), height, weight, bsa, cap, crcl_value, crcl_working,
        tuple(lines), tuple(notices), tuple(holds), table.confirmed, rules,
        decisions=tuple(decisions), catheter_notice=catheter_notice,
        supportive=tuple(supportive), supportive_confirmed=supportive_ok, allergy=allergy,
        oxaliplatin_before=before if gives_oxaliplatin else None,
        oxaliplatin_with_this=with_this if gives_oxaliplatin else None,
        neuropathy_grade=order.neuropathy_grade if assessed else None,
        neuropathy_assessed_on=order.neuropathy_assessed_on if assessed else None)


def pre_cycle_window_days() -> int:
    """How old a pre-cycle assessment may be on day 1: one cycle (the protocol's `cycle_days`
    in regimens.toml, every 2 weeks), so it reflects the patient since the last dose. The
    neuropathy grade before oxaliplatin is held to it; Today holds the pre-cycle labs to it."""
    return protocol_regimens().cycle_days


@dataclass(frozen=True)
class NextCycle:
    """The patient's next cycle to order: its number and the day it is due (None for cycle 1,
    due from randomization: the protocol sets no day for it)."""

    cycle: int
    due: date | None
    previous_day1: date | None


def next_cycle_in(session: Session, patient: Patient) -> NextCycle | None:
    """The cycle to order next (None: a cycle is under way, the protocol's cycles are all
    given, or the patient is not randomized and on treatment). Cycles are every `cycle_days`
    days from the previous day 1 (protocol: every 2 weeks)."""
    if patient.arm is None or patient.voided or PatientStatus(patient.status) not in (
            PatientStatus.RANDOMIZED, PatientStatus.ON_TREATMENT):
        return None
    regimens = protocol_regimens()
    orders = _open_orders(session, patient.id)
    if any(o.status != ADMINISTERED for o in orders):
        return None
    if not orders:
        return NextCycle(1, None, None)
    last = max(orders, key=lambda o: (o.cycle, o.day1))
    if last.cycle >= regimens.max_cycles:
        return None
    return NextCycle(last.cycle + 1, last.day1 + timedelta(days=regimens.cycle_days), last.day1)


def _oxaliplatin_assessment(order: OrderInput, drugs: list[DrugSpec],
                            levels_now: Mapping[str, tuple[int, bool]],
                            rules: site_rules.DosingRules, cycle: int) -> str | None:
    """The neuropathy grade every oxaliplatin order needs; the text of the dose decision it
    makes due (None: none due, or no oxaliplatin on this order)."""
    if (not any(d.id == OXALIPLATIN for d in drugs) or OXALIPLATIN in order.stops
            or levels_now.get(OXALIPLATIN, (0, False))[1]):
        return None  # no oxaliplatin dose on this order
    grade, assessed = order.neuropathy_grade, order.neuropathy_assessed_on
    if grade is None or assessed is None:
        raise ValidationError(msg("Grade the peripheral sensory neuropathy (CTCAE v4.03, 0 if "
                                  "none) before this oxaliplatin dose, with the date it was "
                                  "assessed."),
                              field="neuropathy")
    if grade not in range(5):
        raise ValidationError(msg("The neuropathy grade is 0 to 4."), field="neuropathy")
    window = pre_cycle_window_days()
    if assessed > order.day1 or (order.day1 - assessed).days > window:
        raise ValidationError(msg("The neuropathy assessment must be from the {window} days before "
                                  "day 1 (it is made before each oxaliplatin dose).",
                                  window=window),
                              field="neuropathy")
    if grade >= rules.neuropathy_grade:
        return msg("grade {grade} peripheral sensory neuropathy before oxaliplatin HAI (cycle "
                   "{cycle}; at grade {limit} or more [site rule])", grade=grade, cycle=cycle,
                   limit=rules.neuropathy_grade)
    return None


def _neuropathy_notice(due: str, line: LinePlan, *, current_levels: Mapping[str, tuple[int,
                       bool]], continues: Mapping[str, str]) -> str:
    level = current_levels.get(OXALIPLATIN, (0, False))[0]
    if line.stopped:
        answer = msg("stop — {reason}", reason=line.reason)
    elif line.level < level:
        answer = msg("reduce to level {level} — {reason}", level=line.level, reason=line.reason)
    else:
        answer = msg("continue at level {level} — {reason}", level=line.level,
                     reason=continues.get(OXALIPLATIN, "").strip())
    return msg("Dose decision for oxaliplatin HAI after {due}: {answer}", due=due, answer=answer)


def _rate_notices(drug: DrugSpec, dose_mg: float) -> list[str]:
    """A labelled maximum infusion rate the ordered duration would exceed."""
    limit = drug.max_rate_mg_per_min
    if limit is None:
        return []
    rate = mg_per_minute(dose_mg, drug.minutes[0])
    if rate <= limit:
        return []
    need = math.ceil(dose_mg / limit)
    return [msg("{drug} {dose:g} mg over {duration} is {rate:.1f} mg/min, above the labelled "
                "maximum of {limit:g} mg/min: run it over at least {need} min", drug=drug.name,
                dose=dose_mg, duration=drug.duration, rate=rate, limit=limit, need=need)]


def _plus(before: Cumulative, dose_mg: float, bsa_m2: float) -> Cumulative:
    return Cumulative(before.mg + dose_mg, before.mg_per_m2 + dose_mg / bsa_m2,
                      before.doses + (1 if dose_mg > 0 else 0))


def _oxaliplatin_given(session: Session, patient_id: int, *, before_cycle: int
                       ) -> Cumulative:
    """Oxaliplatin actually given to the patient in earlier cycles (recorded doses), with each
    order's BSA."""
    rows = session.execute(select(OrderLine.given_mg, Order.bsa_m2).join(
        Order, Order.id == OrderLine.order_id).where(
        Order.patient_id == patient_id, OrderLine.drug_id == OXALIPLATIN,
        Order.status.in_((GIVEN, ADMINISTERED)), OrderLine.given_mg.is_not(None),
        Order.cycle < before_cycle))
    return cumulative_dose((float(mg), float(bsa)) for mg, bsa in rows if mg is not None)


def _pre_cycle_holds(order: OrderInput, rules: site_rules.DosingRules) -> list[Message]:
    if not order.anc.strip() or not order.platelets.strip() or order.labs_date is None:
        raise ValidationError(msg("Enter the pre-cycle ANC and platelets with the date of the "
                                  "test."),
                              field="anc" if not order.anc.strip() else "labs_date")
    if order.labs_date > order.day1:
        raise ValidationError(msg("The pre-cycle labs cannot be dated after day 1."),
                              field="labs_date")
    holds = []
    anc = _lab(order.anc, "anc", "anc")
    platelets = _lab(order.platelets, "platelets", "platelets")
    if not at_least(in_unit(anc, "anc"), in_unit(rules.anc_min, "anc")):
        holds.append(msg("ANC {anc} is below {anc_min} [site rule]",
                         anc=format_quantity(anc, "anc"),
                         anc_min=format_quantity(rules.anc_min, "anc")))
    if not at_least(in_unit(platelets, "platelets"), in_unit(rules.platelets_min, "platelets")):
        holds.append(msg("platelets {platelets} are below {platelets_min} [site rule]",
                         platelets=format_quantity(platelets, "platelets"),
                         platelets_min=format_quantity(rules.platelets_min, "platelets")))
    return holds


def _check_targeted(patient: Patient, order: OrderInput) -> None:
    if order.targeted_agent != "cetuximab":
        return
    status = {"ras": patient.ras_status, "braf": patient.braf_status}
    not_wild_type = status["ras"] != "wild_type" or status["braf"] == "mutant"
    if not_wild_type and not order.targeted_override.strip():
        raise ValidationError(
            msg("Cetuximab is for RAS wild-type disease [site rule]; this patient is RAS {ras}, "
                "BRAF {braf}. Choose bevacizumab or give the override reason.",
                ras=status['ras'].replace('_', ' '),
                braf=status['braf'].replace('_', ' ')), field="targeted_override")


# ---- writing the order -----------------------------------------------------------------------

def _supportive_rows(session: Session, order_id: int) -> list[OrderSupportive]:
    return list(session.scalars(select(OrderSupportive).where(
        OrderSupportive.order_id == order_id).order_by(OrderSupportive.position)))


def order_content(session: Session, order: Order, lines: list[OrderLine]) -> dict[str, object]:
    """Everything a signature on the order covers."""
    return _content(order, lines, _supportive_rows(session, order.id))


def _content(order: Order, lines: list[OrderLine],
             supportive: list[OrderSupportive]) -> dict[str, object]:
    keys = ("id", "patient_id", "cycle", "day1", "arm", "targeted_agent", "height_text",
            "weight_text", "measured_on", "height_cm", "weight_kg", "bsa_formula", "bsa_m2",
            "bsa_cap_m2", "creatinine_text", "crcl_ml_min", "anc_text", "platelets_text",
            "labs_date", "hold_override", "targeted_override", "supersedes_id")
    line_keys = ("drug_id", "sequence", "basis", "level", "dose_per_unit", "calculated_mg",
                 "final_mg", "route", "duration", "diluent", "reduction_reason", "stopped")
    fields = {k: getattr(order, k) for k in keys}
    # Thresholds joined the order later: kept out of the hash when absent so older
    # signatures still verify.
    # The same for what joined later still (neuropathy, how each line is given, premedication).
    fields.update({k: getattr(order, k) for k in ("anc_min", "platelets_min",
                                                  "neuropathy_grade", "neuropathy_assessed_on")
                   if getattr(order, k) is not None})
    later = ("day", "volume_ml", "rate_ml_h", "minutes_low", "minutes_high", "pump")
    content: dict[str, object] = {
        "order": fields,
        "lines": [{**{k: getattr(line, k) for k in line_keys},
                   **{k: getattr(line, k) for k in later if getattr(line, k) is not None}}
                  for line in sorted(lines, key=lambda x: x.sequence)]}
    if supportive:
        content["supportive"] = [{k: getattr(row, k) for k in (
            "item_id", "position", "category", "name", "dose", "route", "timing", "as_needed",
            "omitted", "change_reason")} for row in supportive]
    return content


def create_order(ws: Workspace, order: OrderInput, *, supersedes: int | None = None) -> int:
    """A draft order for the next cycle (or replacing `supersedes`); reductions and stops are
    recorded as dose decisions."""
    ws.require(Action.PRESCRIBE)
    reason = "order drafted" if supersedes is None else f"order supersedes #{supersedes}"
    with ws.session(reason=reason) as session:
        if supersedes is not None:
            old = session.get(Order, supersedes)
            if old is None or old.patient_id != order.patient_id:
                raise NotFound(msg("There is no order #{supersedes} for this patient.",
                                   supersedes=supersedes))
            if old.status in (ADMINISTERED, GIVEN, VOIDED):
                raise ConflictError(msg("Order #{supersedes} is {status} and cannot be superseded.",
                                        supersedes=supersedes,
                                        status=Label("OrderStatus", old.status)))
        plan = _plan(session, order, supersedes)
        patient = session.get(Patient, order.patient_id)
        assert patient is not None
        for line in plan.lines:
            if line.stopped and line.reason != "stopped earlier":
                session.add(DoseDecision(patient_id=patient.id, drug_id=line.drug.id,
                                         level=line.level, stopped=True, reason=line.reason or "",
                                         decided_by=ws.user.username, cycle=plan.cycle))
            elif line.reason and not line.stopped:
                session.add(DoseDecision(patient_id=patient.id, drug_id=line.drug.id,
                                         level=line.level, reason=line.reason,
                                         decided_by=ws.user.username, cycle=plan.cycle))
            elif (line.drug.id == OXALIPLATIN and not line.stopped
                  and order.continues.get(OXALIPLATIN, "").strip() and plan.neuropathy_grade
                  is not None and plan.neuropathy_grade >= plan.rules.neuropathy_grade):
                # Continuing at the same level after neuropathy is a decision too: kept with
                # its reason (a level that stays the same never raises a dose).
                session.add(DoseDecision(
                    patient_id=patient.id, drug_id=OXALIPLATIN, level=line.level,
                    reason=f"continued after grade {plan.neuropathy_grade} peripheral sensory "
                           f"neuropathy: {order.continues[OXALIPLATIN].strip()}",
                    decided_by=ws.user.username, cycle=plan.cycle))
        row = Order(
            patient_id=patient.id, cycle=plan.cycle, day1=order.day1, arm=plan.arm.value,
            targeted_agent=order.targeted_agent, height_text=order.height.strip(),
            weight_text=order.weight.strip(), measured_on=order.measured_on,
            height_cm=plan.height.to("cm").magnitude, weight_kg=plan.weight.to("kg").magnitude,
            bsa_formula=BsaFormula(order.bsa_formula).value, bsa_m2=plan.bsa.magnitude,
            bsa_cap_m2=plan.bsa_cap_m2, creatinine_text=order.creatinine.strip() or None,
            crcl_ml_min=plan.crcl_ml_min, crcl_working=plan.crcl_working,
            anc_text=order.anc.strip(), platelets_text=order.platelets.strip(),
            labs_date=order.labs_date,
            notices=json.dumps([message_record(n) for n in plan.notices
                                if n != plan.catheter_notice], ensure_ascii=False),
            anc_min=in_unit(plan.rules.anc_min, "anc"),
            platelets_min=in_unit(plan.rules.platelets_min, "platelets"),
            hold_reasons=json.dumps(list(plan.holds)),
            hold_override=order.hold_override.strip() or None,
            targeted_override=order.targeted_override.strip() or None,
            levels_confirmed=plan.levels_confirmed, supersedes_id=supersedes,
            neuropathy_grade=plan.neuropathy_grade,
            neuropathy_assessed_on=plan.neuropathy_assessed_on,
            supportive_confirmed=plan.supportive_confirmed,
            created_by=ws.user.username)
        session.add(row)
        session.flush()
        for position, item in enumerate(plan.supportive, start=1):
            session.add(OrderSupportive(
                order_id=row.id, item_id=item.item.id, position=position,
                category=item.item.category, name=item.item.name, dose=item.dose,
                route=item.item.route, timing=item.item.timing, as_needed=item.item.as_needed,
                omitted=item.omitted, change_reason=item.reason))
        for line in plan.lines:
            calc = line.calculation
            given_by = line.delivery
            session.add(OrderLine(
                order_id=row.id, drug_id=line.drug.id, sequence=line.drug.sequence,
                basis=line.drug.basis, level=line.level,
                dose_per_unit=calc.dose_per_unit if calc else 0.0,
                calculated_mg=calc.calculated_mg if calc else 0.0,
                final_mg=calc.rounded_mg if calc else 0.0,
                difference_percent=calc.difference_percent if calc else 0.0,
                route=line.drug.route, duration=line.drug.duration, diluent=line.drug.diluent,
                reduction_reason=line.reason, stopped=line.stopped, day=line.drug.day,
                volume_ml=given_by.volume_ml if given_by else None,
                rate_ml_h=given_by.rate_ml_h if given_by else None,
                minutes_low=line.drug.minutes[0], minutes_high=line.drug.minutes[1],
                pump=line.drug.pump or None))
        toxicity.record_decisions(session, list(plan.decisions), row.id, ws.user.username)
        if supersedes is not None:
            old = session.get(Order, supersedes)
            assert old is not None
            old.status, old.void_reason = VOIDED, f"superseded by order #{row.id}"
        if PatientStatus(patient.status) is PatientStatus.RANDOMIZED:
            patient.status = PatientStatus.ON_TREATMENT.value
        patient.current_cycle = max(patient.current_cycle or 0, plan.cycle)
        return row.id


# ---- the lifecycle ---------------------------------------------------------------------------

def _order(session: Session, order_id: int) -> tuple[Order, list[OrderLine]]:
    order = session.get(Order, order_id)
    if order is None:
        raise NotFound(msg("There is no order #{order_id}.", order_id=order_id))
    lines = list(session.scalars(select(OrderLine).where(OrderLine.order_id == order_id)
                                 .order_by(OrderLine.sequence)))
    return order, lines


def _require_status(order: Order, *allowed: str, doing: str) -> None:
    if order.status not in allowed:
        raise ConflictError(msg("Order #{id} is {status}: it cannot be {doing} now.",
                                id=order.id, status=Label("OrderStatus", order.status),
                                doing=Label("OrderStep", doing)))


def _signatures(session: Session, order_id: int) -> list[Signature]:
    return list(session.scalars(select(Signature).where(
        Signature.entity == "orders", Signature.entity_id == str(order_id))
        .order_by(Signature.id)))


def _sign_step(ws: Workspace, order_id: int, password: str, *, action: Action, before: str,
               after: str, doing: str,
               record: Callable[[Session, Order, list[OrderLine]], None] | None = None) -> None:
    """Confirm the password, then sign; `record` writes what the signature covers in the same
    unit of work, so a wrong password or a refusal leaves nothing but the audited failure."""
    ws.require(action)
    with ws.db.read_session() as session:
        order, _lines = _order(session, order_id)
        _require_status(order, before, doing=doing)
    ws.confirm_password(password, purpose=f"order #{order_id}: {MEANINGS[after]}")
    with ws.session(reason=f"order {MEANINGS[after]}") as session:
        order, lines = _order(session, order_id)
        _require_status(order, before, doing=doing)
        content = order_content(session, order, lines)
        if order.content_hash is None:
            order.content_hash = signing.content_hash(content)
        elif order.content_hash != signing.content_hash(content):
            raise ConflictError(msg("Order #{order_id} no longer matches what was signed: it was "
                                    "changed outside the application. Void it and write a new one.",
                                    order_id=order_id))
        if after == ADMINISTERED and any(s.username == ws.user.username
                                         for s in _signatures(session, order_id)
                                         if s.meaning == MEANINGS[GIVEN]):
            raise PermissionDenied(msg("The second check must be made by another nurse."))
        if record is not None:
            record(session, order, lines)
        signing.sign(ws, session, entity="orders", entity_id=str(order_id),
                     meaning=MEANINGS[after], content=content)
        order.status = after


class NextStep(enum.StrEnum):
    """What an order waits for next (Today words each step in its own sentence)."""

    SIGN = "sign"
    VERIFY = "verify"
    PRINT = "print"
    DOUBLE_CHECK = "double check"
    ADMINISTER = "record administration"
    CONFIRM = "confirm administration"


_NEXT_STEPS = {DRAFT: NextStep.SIGN, SIGNED: NextStep.VERIFY, VERIFIED: NextStep.PRINT,
               GIVEN: NextStep.CONFIRM}


def next_step(status: str, checks_complete: bool) -> NextStep | None:
    """The one step the order's lifecycle waits for (None: closed, nothing left to do). A
    printed order is double-checked by two nurses before its administration is recorded."""
    if status == PRINTED:
        return NextStep.ADMINISTER if checks_complete else NextStep.DOUBLE_CHECK
    return _NEXT_STEPS.get(status)


def _require_allergy_status(session: Session, order: Order) -> None:
    status = allergies.status_in(session, order.patient_id)
    if not status.recorded:
        raise ConflictError(
            msg("Order #{id} cannot be signed: the patient's allergies are not recorded (not yet "
                "asked).", id=order.id),
            hint=msg("Ask the patient and record the allergies, or 'no known allergies' with who "
                     "asked and when (Patients → Allergies…)."))


def sign_order(ws: Workspace, order_id: int, password: str) -> None:
    """The investigator's signature; never while the patient's allergies were not asked."""
    ws.require(Action.PRESCRIBE)
    with ws.db.read_session() as session:
        order, _lines = _order(session, order_id)
        _require_allergy_status(session, order)
    _sign_step(ws, order_id, password, action=Action.PRESCRIBE, before=DRAFT, after=SIGNED,
               doing=QT_TRANSLATE_NOOP("OrderStep", "signed"),
               record=lambda s, o, _l: _require_allergy_status(s, o))


def verify_order(ws: Workspace, order_id: int, password: str) -> None:
    _sign_step(ws, order_id, password, action=Action.VERIFY_ORDER, before=SIGNED,
               after=VERIFIED, doing=QT_TRANSLATE_NOOP("OrderStep", "verified"))


def reject_order(ws: Workspace, order_id: int, reason: str) -> None:
    ws.require(Action.VERIFY_ORDER)
    if not reason.strip():
        raise ValidationError(msg("Say why the order is rejected."), field="reason")
    with ws.session(reason=reason.strip()) as session:
        order, _lines = _order(session, order_id)
        _require_status(order, SIGNED, doing=QT_TRANSLATE_NOOP("OrderStep", "rejected"))
        order.status, order.rejection_reason = REJECTED, reason.strip()


def void_order(ws: Workspace, order_id: int, reason: str) -> None:
    ws.require(Action.VOID_ORDER)
    if not reason.strip():
        raise ValidationError(msg("Give the reason for voiding the order."), field="reason")
    with ws.session(reason=reason.strip()) as session:
        order, _lines = _order(session, order_id)
        _require_status(order, DRAFT, SIGNED, VERIFIED, PRINTED, REJECTED,
                        doing=QT_TRANSLATE_NOOP("OrderStep", "voided"))
        order.status, order.void_reason = VOIDED, reason.strip()


# ---- reading and printing --------------------------------------------------------------------

def level_reasons_in(session: Session, order: Order, lines: list[OrderLine]) -> dict[str, str]:
    """For each line below level 0: the decision that took the drug to its level, with the
    cycle it was made in."""
    reasons = {}
    decisions = list(session.scalars(select(DoseDecision).where(
        DoseDecision.patient_id == order.patient_id).order_by(DoseDecision.id)))
    for line in lines:
        if line.level >= 0 or line.stopped:
            continue
        made = next((d for d in decisions if d.drug_id == line.drug_id
                     and d.level == line.level and not d.stopped), None)
        if made is not None:
            when = f" since cycle {made.cycle}" if made.cycle else ""
            reasons[line.drug_id] = f"level {line.level}{when}: {made.reason}"
    return reasons


def load_order(ws: Workspace, order_id: int) -> OrderView:
    ws.require(Action.VIEW_RECORDS)
    with ws.db.read_session() as session:
        order, lines = _order(session, order_id)
        patient = session.get(Patient, order.patient_id)
        assert patient is not None
        content = signing.content_hash(order_content(session, order, lines))
        signatures = [SignatureView(s.meaning, s.full_name, s.signed_at,
                                    s.content_hash == content)
                      for s in _signatures(session, order_id)]
        gate = None
        if order.status not in (GIVEN, *CLOSED):  # given or closed: nothing left to gate
            gate = catheter.order_gate_in(session, order, ws.today())
        oxaliplatin = next((x for x in lines if x.drug_id == OXALIPLATIN and not x.stopped),
                           None)
        before = with_this = None
        if oxaliplatin is not None:
            before = _oxaliplatin_given(session, patient.id, before_cycle=order.cycle)
            dose = (oxaliplatin.given_mg if oxaliplatin.given_mg is not None
                    else oxaliplatin.final_mg)
            with_this = _plus(before, dose, order.bsa_m2)
        view = OrderView(
            order, lines, patient, signatures,
            gate if gate is not None and gate.applies else None,
            _supportive_rows(session, order.id), allergies.status_in(session, patient.id),
            level_reasons_in(session, order, lines), before, with_this,
            list(session.scalars(select(Incident).where(Incident.order_id == order.id)
                                 .order_by(Incident.id))))
        session.expunge_all()
        return view


def orders_for_patient(ws: Workspace, patient_id: int) -> list[Order]:
    ws.require(Action.VIEW_RECORDS)
    with ws.db.read_session() as session:
        return list(session.scalars(select(Order).where(Order.patient_id == patient_id)
                                    .order_by(Order.cycle.desc(), Order.id.desc())))


def order_sheet_pdf(ws: Workspace, order_id: int) -> bytes:
    """The sheet to sign and give from: only a verified order prints; each print is audited
    and every print after the first is marked REPRINT with its copy number. The HAI line is
    printed only if the HAI gate is open today; otherwise it reads "HAI withheld — no valid
    catheter inspection" with the reason, and the systemic drugs print as usual."""
    ws.require(Action.PRINT_ORDER)
    with ws.session(reason="order printed") as session:
        order, _lines = _order(session, order_id)
        if order.status not in (VERIFIED, PRINTED, GIVEN, ADMINISTERED):
            raise ConflictError(msg("Order #{order_id} is {status}: only a pharmacist-verified "
                                    "order is printed. Use the preview, marked DRAFT — NOT FOR "
                                    "ADMINISTRATION.", order_id=order_id,
                                    status=Label("OrderStatus", order.status)))
        gate = None
        if order.status in (VERIFIED, PRINTED):  # the HAI line may still be given
            gate = catheter.order_gate_in(session, order, ws.today())
        order.print_count += 1
        copy = order.print_count
        if order.status == VERIFIED:
            order.status = PRINTED
        session.flush()
        details: dict[str, object] = {"copy": copy}
        if gate is not None and gate.applies:
            details["hai_gate"] = gate.sheet_text
        audit.record_event(session, "print", "orders", str(order_id), details)
    return _render(ws, order_id, draft=False, copy=copy)


def order_preview_pdf(ws: Workspace, order_id: int) -> bytes:
    """Any order on screen; unverified ones are marked DRAFT — NOT FOR ADMINISTRATION."""
    ws.require(Action.VIEW_RECORDS)
    view = load_order(ws, order_id)
    draft = view.order.status in (DRAFT, SIGNED, REJECTED, VOIDED)
    return _render(ws, order_id, draft=draft, copy=None)


def _render(ws: Workspace, order_id: int, *, draft: bool, copy: int | None) -> bytes:
    from hai_desktop import __version__
    from hai_desktop.reports.order_sheet import render_order_sheet
    from hai_desktop.services.administration import rate_text, volume_text

    view = load_order(ws, order_id)
    seq, head = ws.db.audit_head()
    # Volume and rate in the words the double-check screen shows.
    delivery = {line.drug_id: (volume_text(line), rate_text(line)) for line in view.lines}
    return render_order_sheet(view, training=ws.is_training, printed_by=ws.user.full_name,
                              version=__version__, audit_anchor=f"audit #{seq} · {head[:8]}",
                              draft=draft, copy=copy, zone=ws.zone,
                              site=ws.settings.site_name, delivery=delivery,
                              language=ws.settings.document_language)


MUTATION_STATES = ("wild_type", "mutant", "unknown")


def mutation_status(ws: Workspace, patient_id: int) -> tuple[str, str]:
    """(RAS, BRAF) as recorded: wild_type, mutant or unknown."""
    ws.require(Action.VIEW_RECORDS)
    with ws.db.read_session() as session:
        patient = session.get(Patient, patient_id)
        if patient is None:
            raise NotFound(msg("That patient is not in the registry."))
        return patient.ras_status, patient.braf_status


def set_mutation_status(ws: Workspace, patient_id: int, *, ras: str, braf: str,
                        reason: str) -> None:
    """RAS/BRAF status from the pathology report (decides whether cetuximab may be given)."""
    ws.require(Action.PRESCRIBE)
    if ras not in MUTATION_STATES or braf not in MUTATION_STATES:
        raise ValidationError(msg("Status must be wild type, mutant or unknown."), field="ras")
    if not reason.strip():
        raise ValidationError(msg("Name the source (e.g. the pathology report)."), field="reason")
    with ws.session(reason=reason.strip()) as session:
        patient = session.get(Patient, patient_id)
        if patient is None:
            raise NotFound(msg("That patient is not in the registry."))
        patient.ras_status, patient.braf_status = ras, braf
