"""The records that services hand to the reports and the screens: what was read, frozen.

Services build them, reports lay them out on paper and screens on the display. This module
imports no service and no Qt, so a report never reaches into a service
(tests/test_architecture.py checks both).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING

from hai_desktop.core.arms import Arm
from hai_desktop.core.catheter import GateResult
from hai_desktop.core.i18n import Day, message_from_record, msg
from hai_desktop.core.schedule import AccrualPoint
from hai_desktop.core.survival import HazardRatio, LogRank, Observation, Rate

if TYPE_CHECKING:
    from hai_desktop.core.administration import Cumulative
    from hai_desktop.core.allergies import AllergyStatus
    from hai_desktop.core.eligibility import Status
    from hai_desktop.core.patient_status import PatientStatus
    from hai_desktop.records import (
        IncidentRecord,
        OrderLineRecord,
        OrderRecord,
        PatientRecord,
        SupportiveRecord,
    )


# ---- orders ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class OrderGate(GateResult):
    """The gate for one order on one day. `applies`: the order has an HAI line to give (HAI
    arm, line not stopped); when it does not, `allowed` is False and nothing is withheld."""

    order_id: int = 0
    day: date = date.min
    applies: bool = True
    override_by: str | None = None  # full name of the investigator
    override_reason: str | None = None

    @property
    def withheld(self) -> bool:
        return self.applies and not self.allowed

    @property
    def detail(self) -> str:
        """Why, without the headline (the sheet prints the headline itself)."""
        return self.why or self.reason

    @property
    def sheet_text(self) -> str:
        """The line the order sheet prints about the gate."""
        if self.overridden:
            return msg("HAI gate overridden by {name}: {reason}", name=self.override_by,
                       reason=self.override_reason)
        if self.allowed:
            return msg("HAI gate ({day}): {reason}", day=Day(self.day), reason=self.reason)
        return msg("HAI withheld — no valid catheter inspection: {why} — the systemic drugs go "
                   "ahead", why=self.detail)


@dataclass(frozen=True)
class SignatureView:
    meaning: str
    full_name: str
    signed_at: datetime
    valid: bool


@dataclass(frozen=True)
class OrderView:
    order: OrderRecord
    lines: Sequence[OrderLineRecord]
    patient: PatientRecord
    signatures: list[SignatureView]
    # The HAI gate today (None: nothing to gate — control arm, HAI stopped, or already given).
    hai_gate: OrderGate | None = None
    supportive: Sequence[SupportiveRecord] = field(default_factory=list)
    allergy: AllergyStatus | None = None
    # Why a drug is below level 0 on this order (on every cycle after the reduction too).
    level_reasons: dict[str, str] = field(default_factory=dict)
    oxaliplatin_before: Cumulative | None = None
    oxaliplatin_with_this: Cumulative | None = None
    # Medication errors raised on this order.
    incidents: Sequence[IncidentRecord] = field(default_factory=list)

    @property
    def notices(self) -> list[str]:
        return [message_from_record(n) for n in json.loads(self.order.notices)]

    @property
    def holds(self) -> list[str]:
        return list(json.loads(self.order.hold_reasons))

    @property
    def signatures_valid(self) -> bool:
        return all(s.valid for s in self.signatures)

    @property
    def numbers(self) -> dict[str, int]:
        """Drug → its line number: 1, 2, 3 … in order of administration."""
        return {line.drug_id: n for n, line in enumerate(
            sorted(self.lines, key=lambda x: x.sequence), start=1)}

    @property
    def hai_withheld(self) -> bool:
        return self.hai_gate is not None and self.hai_gate.withheld


# ---- the screening log and CONSORT counts ---------------------------------------------------

@dataclass(frozen=True)
class ScreeningLogRow:
    patient_id: int
    screening_number: str
    study_id: str | None
    initials: str
    sex: str
    consent_date: date | None
    patient_status: PatientStatus
    result: Status
    confirmed: bool
    assessed_on: date | None
    reasons: tuple[str, ...]
    failed_criteria: tuple[str, ...]


@dataclass(frozen=True)
class ArmFlow:
    """One arm through the trial, for the CONSORT flow diagram (issue #20)."""

    arm: str  # as the report names it
    allocated: int
    received: int  # began the allocated treatment
    not_received: tuple[tuple[str, int], ...]  # reason, patients
    lost_to_follow_up: int
    discontinued: tuple[tuple[str, int], ...]  # reason (the end-of-treatment reasons), patients
    analysed: int  # by intention to treat: every patient allocated


@dataclass(frozen=True)
class TrialFlow:
    """Enrollment, allocation, follow-up and analysis, as CONSORT 2010 draws them."""

    screened: int
    excluded: tuple[tuple[str, int], ...]  # reason, candidates
    awaiting: int  # screening or randomization not finished yet
    randomized: int
    arms: tuple[ArmFlow, ...]


@dataclass(frozen=True)
class ConsortCounts:
    screened: int
    not_yet_determined: int
    ineligible: int
    ineligible_by_reason: tuple[tuple[str, int], ...]
    eligible: int
    randomized: int
    eligible_awaiting_randomization: int


# ---- the trial report (issue #20) --------------------------------------------------------------

ARMS = (Arm.HAI, Arm.CONTROL)  # as the report lists them: the experimental arm first


@dataclass(frozen=True)
class PatientEndpoints:
    """One randomized patient's derived endpoints: a row of the statistician's export."""

    study_id: str
    arm: Arm
    randomized_on: date
    resected: bool
    best_response: str  # RECIST best overall response; "" before any assessment
    objective_response: bool
    os_months: float
    os_event: bool
    pfs_months: float
    pfs_event: bool
    vital_status: str
    treatment_ended_on: date | None
    treatment_end_reason: str


@dataclass(frozen=True)
class SurvivalComparison:
    endpoint: str  # "OS" | "PFS"
    observations: dict[Arm, list[Observation]]
    medians: dict[Arm, float | None]  # months; None: not reached
    log_rank: LogRank | None  # None: an arm has no patient or no event at all
    hazard_ratio: HazardRatio | None  # HAI vs control


@dataclass(frozen=True)
class SevereEvents:
    term: str
    patients: dict[Arm, int]  # patients with a grade >= 3 event of this term


@dataclass(frozen=True)
class Deviation:
    """A visit done outside its window: a protocol deviation, listed for the monitor."""

    study_id: str
    visit: str  # VisitKind value
    number: int
    expected: date
    done_on: date
    days_outside: int


@dataclass(frozen=True)
class TrialReport:
    today: date
    cutoff: date
    flow: TrialFlow
    accrual: list[AccrualPoint]
    target: int
    randomized: dict[Arm, int]
    conversion: dict[Arm, Rate]
    response_rate: dict[Arm, Rate]
    os: SurvivalComparison
    pfs: SurvivalComparison
    severe_events: list[SevereEvents]
    patients: list[PatientEndpoints]
    deviations: list[Deviation]
