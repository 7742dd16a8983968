"""What the screens read of stored records: their shapes, without the store.

The services hand the screens the store's own rows (store.models); the screens see them only
through these protocols, so hai_desktop.ui never imports the store (tests/test_architecture.py)
and mypy checks that each model still has every field a screen reads
(tests/test_records.py keeps the lists equal to the models' columns). Screens never assign to
them: a change goes through a service, which checks permissions and writes the audit trail.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Protocol


class PatientRecord(Protocol):
    """store.models.Patient."""

    id: int
    screening_number: str
    study_id: str | None
    family_name: str
    given_name: str
    latin_family_name: str | None
    latin_given_name: str | None
    initials: str
    hospital_record_number: str
    sex: str
    date_of_birth: date
    consent_date: date | None
    status: str
    arm: str | None
    current_cycle: int | None
    allergies: str | None
    randomized_at: datetime | None
    ras_status: str
    braf_status: str
    created_at: datetime
    voided: bool
    void_reason: str | None

    @property
    def display_id(self) -> str: ...

    @property
    def name(self) -> str: ...


class OrderRecord(Protocol):
    """store.models.Order."""

    id: int
    patient_id: int
    cycle: int
    day1: date
    arm: str
    targeted_agent: str
    height_text: str
    weight_text: str
    measured_on: date
    height_cm: float
    weight_kg: float
    bsa_formula: str
    bsa_m2: float
    bsa_cap_m2: float | None
    creatinine_text: str | None
    crcl_ml_min: float | None
    crcl_working: str | None
    anc_text: str | None
    platelets_text: str | None
    labs_date: date | None
    anc_min: float | None
    platelets_min: float | None
    notices: str
    hold_reasons: str
    hold_override: str | None
    targeted_override: str | None
    levels_confirmed: bool
    neuropathy_grade: int | None
    neuropathy_assessed_on: date | None
    supportive_confirmed: bool | None
    status: str
    supersedes_id: int | None
    content_hash: str | None
    print_count: int
    rejection_reason: str | None
    void_reason: str | None
    created_by: str
    created_at: datetime


class OrderLineRecord(Protocol):
    """store.models.OrderLine."""

    id: int
    order_id: int
    drug_id: str
    sequence: int
    basis: str
    level: int
    dose_per_unit: float
    calculated_mg: float
    final_mg: float
    difference_percent: float
    route: str
    duration: str
    diluent: str
    reduction_reason: str | None
    stopped: bool
    day: int | None
    volume_ml: float | None
    rate_ml_h: float | None
    minutes_low: float | None
    minutes_high: float | None
    pump: str | None
    given_mg: float | None
    started_at: datetime | None
    ended_at: datetime | None
    given_reason: str | None
    duration_reason: str | None
    ended_by: str | None


class SupportiveRecord(Protocol):
    """store.models.OrderSupportive."""

    id: int
    order_id: int
    item_id: str
    position: int
    category: str
    name: str
    dose: str
    route: str
    timing: str
    as_needed: bool
    omitted: bool
    change_reason: str | None


class IncidentRecord(Protocol):
    """store.models.Incident."""

    id: int
    kind: str
    patient_id: int | None
    order_id: int | None
    summary: str
    reported_by: str
    reported_at: datetime
    resolved_at: datetime | None
    resolved_by: str | None
    resolution: str | None


class AllergyRecord(Protocol):
    """store.models.Allergy."""

    id: int
    patient_id: int
    category: str
    allergen: str
    reaction: str
    severity: str
    source: str
    noted_on: date | None
    recorded_by: str
    recorded_at: datetime
    updated_by: str | None
    updated_at: datetime | None
    voided: bool
    void_reason: str | None


class LabResultRecord(Protocol):
    """store.models.LabResult."""

    id: int
    patient_id: int
    term: str
    value_text: str
    value: float
    unit: str
    uln_text: str | None
    lln_text: str | None
    uln_multiple: float | None
    grade: int
    taken_on: date
    cycle: int | None
    recorded_by: str
    recorded_at: datetime
    voided: bool
    void_reason: str | None


class AdverseEventRecord(Protocol):
    """store.models.AdverseEvent."""

    id: int
    patient_id: int
    cycle: int | None
    term: str
    meddra_code: str
    specify: str | None
    grade: int
    computed_grade: int | None
    grade_reason: str | None
    lab_result_id: int | None
    onset: date
    resolved: date | None
    serious: bool
    serious_criterion: str | None
    action: str
    outcome: str
    attributions: str
    note: str | None
    recorded_by: str
    recorded_at: datetime
    updated_at: datetime | None
    voided: bool
    void_reason: str | None
