"""SQLAlchemy 2 models. Every class marked audited gets an audit row for each insert and change."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any, ClassVar

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from hai_desktop.core.arms import Arm
from hai_desktop.core.clock import utc_now
from hai_desktop.core.names import display_name, latin_form
from hai_desktop.core.patient_status import PATIENT_STATUS_LABELS, PatientStatus
from hai_desktop.core.roles import ROLE_LABELS, Role

__all__ = ["PATIENT_STATUS_LABELS", "ROLE_LABELS", "Arm", "PatientStatus", "Role", "utc_now"]


class UtcDateTime(TypeDecorator[datetime]):
    """Stores naive UTC, returns aware UTC: one meaning on SQLite and PostgreSQL alike."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given where UTC is required")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


class Base(DeclarativeBase):
    audited: ClassVar[bool] = False
    # Columns whose values never go into the audit trail (secrets, large blobs).
    audit_exclude: ClassVar[frozenset[str]] = frozenset()


class DatabaseInfo(Base):
    """Facts about this database file itself (identity, training flag)."""

    __tablename__ = "database_info"
    audited = True

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class User(Base):
    __tablename__ = "users"
    audited = True
    audit_exclude = frozenset({"password_hash"})

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    full_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(40))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    deactivated_at: Mapped[datetime | None] = mapped_column(UtcDateTime, default=None)
    # Only used on a shared server, where there are no local key slots (argon2id hash).
    password_hash: Mapped[str | None] = mapped_column(String(200), default=None)

    @property
    def role_enum(self) -> Role:
        return Role(self.role)


class UserKey(Base):
    """A person's public keys (store.userkeys), registered when their key slot is made. Kept
    after a reset or deactivation: older audit rows and signatures are checked against them."""

    __tablename__ = "user_keys"
    audited = True

    fingerprint: Mapped[str] = mapped_column(String(16), primary_key=True)
    username: Mapped[str] = mapped_column(String(64), index=True)
    signing_public: Mapped[str] = mapped_column(String(64))
    agreement_public: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)


class Patient(Base):
    """A trial candidate from screening onwards; study ID and arm arrive at randomization."""

    __tablename__ = "patients"
    audited = True

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    screening_number: Mapped[str] = mapped_column(String(20), unique=True)
    study_id: Mapped[str | None] = mapped_column(String(20), unique=True, default=None)
    family_name: Mapped[str] = mapped_column(String(100))
    given_name: Mapped[str] = mapped_column(String(100))
    # The name in Latin letters (KIM / Ji-won) where it is written in Hangul; initials come
    # from it. Empty for a name already in Latin letters (core.names.latin_form).
    latin_family_name: Mapped[str | None] = mapped_column(String(100), default=None)
    latin_given_name: Mapped[str | None] = mapped_column(String(100), default=None)
    initials: Mapped[str] = mapped_column(String(10))
    hospital_record_number: Mapped[str] = mapped_column(String(40), unique=True)
    sex: Mapped[str] = mapped_column(String(1))
    date_of_birth: Mapped[date] = mapped_column(Date)
    consent_date: Mapped[date | None] = mapped_column(Date, default=None)
    status: Mapped[str] = mapped_column(String(20), default=PatientStatus.SCREENING.value)
    arm: Mapped[str | None] = mapped_column(String(20), default=None)
    current_cycle: Mapped[int | None] = mapped_column(Integer, default=None)
    # Free text of versions before 0011, moved into `allergies` records then; no longer written.
    allergies: Mapped[str | None] = mapped_column(Text, default=None)
    randomized_at: Mapped[datetime | None] = mapped_column(UtcDateTime, default=None)
    # Tumour mutation status decides whether cetuximab may be given (RAS wild-type only).
    ras_status: Mapped[str] = mapped_column(String(12), default="unknown")
    braf_status: Mapped[str] = mapped_column(String(12), default="unknown")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    voided: Mapped[bool] = mapped_column(Boolean, default=False)
    void_reason: Mapped[str | None] = mapped_column(Text, default=None)

    @property
    def display_id(self) -> str:
        return self.study_id or self.screening_number

    @property
    def name(self) -> str:
        """김지원 · KIM, Ji-won, or NAM, Jae-won: as identity checks and printed sheets show it."""
        return display_name(self.family_name, self.given_name, latin_form(
            self.family_name, self.given_name, self.latin_family_name, self.latin_given_name))


class SiteRule(Base):
    """A site rule's current value (its label, default and source live in resources/)."""

    __tablename__ = "site_rules"
    audited = True

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(String(200))
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)


class Signature(Base):
    """An electronic signature: who, when (UTC), what it means, bound to the content's hash."""

    __tablename__ = "signatures"
    audited = True

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    entity: Mapped[str] = mapped_column(String(64))
    entity_id: Mapped[str] = mapped_column(String(64))
    meaning: Mapped[str] = mapped_column(String(120))
    username: Mapped[str] = mapped_column(String(64))
    full_name: Mapped[str] = mapped_column(String(200))
    signed_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    content_hash: Mapped[str] = mapped_column(String(64))
    superseded: Mapped[bool] = mapped_column(Boolean, default=False)
    reason: Mapped[str | None] = mapped_column(Text, default=None)
    # Ed25519 by the signer's own key over what is signed (services.signing.signed_text): the
    # record, the meaning, the signer and the time, so it cannot be moved to another record.
    key_fingerprint: Mapped[str | None] = mapped_column(String(16), default=None)
    signature: Mapped[str | None] = mapped_column(Text, default=None)


class ScreeningRecord(Base):
    """One patient's eligibility checklist; status and reasons are a snapshot of the last
    evaluation, written together from one result."""

    __tablename__ = "screenings"
    audited = True

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patients.id"), unique=True)
    checklist_version: Mapped[str] = mapped_column(String(40))
    prior_adjuvant: Mapped[str | None] = mapped_column(String(3), default=None)
    status: Mapped[str] = mapped_column(String(20), default="undetermined")
    reasons: Mapped[str] = mapped_column(Text, default="[]")
    assessed_on: Mapped[date | None] = mapped_column(Date, default=None)
    # The site rules (ULNs, lab window) the signed result was evaluated with, as JSON, so a
    # later change of a site rule does not rewrite a confirmed result.
    assessment_rules: Mapped[str | None] = mapped_column(Text, default=None)
    confirmed_at: Mapped[datetime | None] = mapped_column(UtcDateTime, default=None)
    confirmed_by: Mapped[str | None] = mapped_column(String(64), default=None)
    signature_id: Mapped[int | None] = mapped_column(ForeignKey("signatures.id"), default=None)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)


class ScreeningAnswer(Base):
    """What was entered for one criterion, as typed; evaluated by core.eligibility."""

    __tablename__ = "screening_answers"
    __table_args__ = (UniqueConstraint("screening_id", "criterion_id"),)
    audited = True

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    screening_id: Mapped[int] = mapped_column(ForeignKey("screenings.id"))
    criterion_id: Mapped[str] = mapped_column(String(40))
    choice: Mapped[str | None] = mapped_column(String(40), default=None)
    value: Mapped[str | None] = mapped_column(String(80), default=None)
    test_date: Mapped[date | None] = mapped_column(Date, default=None)
    source: Mapped[str] = mapped_column(Text, default="")
    uln: Mapped[str | None] = mapped_column(String(80), default=None)
    details: Mapped[str] = mapped_column(Text, default="{}")


class AllocationList(Base):
    """The allocation list: imported from the central statistician or generated (training).

    `sha256` is the fingerprint of the envelopes' canonical CSV, stored when the list arrives and
    re-checked at every sign-in and before each allocation.
    """

    __tablename__ = "allocation_lists"
    audited = True
    audit_exclude = frozenset({"seed"})  # the seed would reveal every arm

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    origin: Mapped[str] = mapped_column(String(20))  # imported | generated
    training: Mapped[bool] = mapped_column(Boolean, default=False)
    sha256: Mapped[str] = mapped_column(String(64))
    generator: Mapped[str | None] = mapped_column(String(40), default=None)
    seed: Mapped[str | None] = mapped_column(String(64), default=None)
    block_sizes: Mapped[str | None] = mapped_column(String(40), default=None)
    envelopes_per_stratum: Mapped[int | None] = mapped_column(Integer, default=None)
    source_note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    created_by: Mapped[str] = mapped_column(String(64))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # Of the sealed envelopes (number, stratum, sequence, sealed arm): what everybody can check
    # at sign-in when only the randomizing roles can read the arms (services.allocation_keys).
    sealed_sha256: Mapped[str | None] = mapped_column(String(64), default=None)


class AllocationKeyWrap(Base):
    """An allocation list's key wrapped to one person's X25519 public key: only the roles that
    manage the list or randomize (administrator, coordinator, investigator) get one, so the
    database key alone — which every signed-in person holds — opens no unopened envelope."""

    __tablename__ = "allocation_key_wraps"
    __table_args__ = (UniqueConstraint("list_id", "fingerprint"),)
    audited = True

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    list_id: Mapped[int] = mapped_column(ForeignKey("allocation_lists.id"))
    username: Mapped[str] = mapped_column(String(64))
    fingerprint: Mapped[str] = mapped_column(String(16))
    wrap: Mapped[str] = mapped_column(Text)


class EnvelopeRecord(Base):
    """One sealed envelope. Its number, stratum and arm never change (a trigger refuses it)."""

    __tablename__ = "envelopes"
    __table_args__ = (UniqueConstraint("list_id", "number"),)
    audited = True
    audit_exclude = frozenset({"arm"})  # an unopened envelope's arm stays out of the trail

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    list_id: Mapped[int] = mapped_column(ForeignKey("allocation_lists.id"))
    number: Mapped[str] = mapped_column(String(12))
    stratum: Mapped[str] = mapped_column(String(4))
    sequence: Mapped[int] = mapped_column(Integer)
    # The arm ("hai"/"control"), or SEALED with the arm in `sealed_card` under the list's key.
    arm: Mapped[str] = mapped_column(String(10))
    sealed_card: Mapped[str | None] = mapped_column(Text, default=None)
    status: Mapped[str] = mapped_column(String(10), default="unused")  # unused|used|voided
    patient_id: Mapped[int | None] = mapped_column(ForeignKey("patients.id"), default=None)
    used_at: Mapped[datetime | None] = mapped_column(UtcDateTime, default=None)
    used_by: Mapped[str | None] = mapped_column(String(64), default=None)
    void_reason: Mapped[str | None] = mapped_column(Text, default=None)


class Incident(Base):
    """Something the investigator must look at (e.g. an envelope card that disagrees with the
    list)."""

    __tablename__ = "incidents"
    audited = True

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(40))
    patient_id: Mapped[int | None] = mapped_column(ForeignKey("patients.id"), default=None)
    # A medication error belongs to the order it happened on.
    order_id: Mapped[int | None] = mapped_column(ForeignKey("orders.id"), default=None)
    summary: Mapped[str] = mapped_column(Text)
    reported_by: Mapped[str] = mapped_column(String(64))
    reported_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    resolved_at: Mapped[datetime | None] = mapped_column(UtcDateTime, default=None)
    resolved_by: Mapped[str | None] = mapped_column(String(64), default=None)
    resolution: Mapped[str | None] = mapped_column(Text, default=None)


class DoseLevelRule(Base):
    """The dose-level table in force for one drug (site rule; defaults from resources/)."""

    __tablename__ = "dose_level_rules"
    audited = True

    drug_id: Mapped[str] = mapped_column(String(40), primary_key=True)
    levels: Mapped[str] = mapped_column(String(80))  # "180,150,120": level 0, -1, -2
    rounding_increment_mg: Mapped[float] = mapped_column(Float)
    max_deviation_percent: Mapped[float] = mapped_column(Float)
    source: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)


class DoseDecision(Base):
    """A dose level for one drug of one patient, or stopping it; levels only go down."""

    __tablename__ = "dose_decisions"
    audited = True

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patients.id"))
    drug_id: Mapped[str] = mapped_column(String(40))
    level: Mapped[int] = mapped_column(Integer)
    stopped: Mapped[bool] = mapped_column(Boolean, default=False)
    reason: Mapped[str] = mapped_column(Text)
    decided_by: Mapped[str] = mapped_column(String(64))
    decided_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    cycle: Mapped[int | None] = mapped_column(Integer, default=None)


class Order(Base):
    """One cycle's chemotherapy order: draft → signed → verified → printed → administered
    (or rejected / voided). Once signed it never changes; a change is a new order."""

    __tablename__ = "orders"
    audited = True

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patients.id"))
    cycle: Mapped[int] = mapped_column(Integer)
    day1: Mapped[date] = mapped_column(Date)
    arm: Mapped[str] = mapped_column(String(10))
    targeted_agent: Mapped[str] = mapped_column(String(20))
    height_text: Mapped[str] = mapped_column(String(40))
    weight_text: Mapped[str] = mapped_column(String(40))
    measured_on: Mapped[date] = mapped_column(Date)
    height_cm: Mapped[float] = mapped_column(Float)
    weight_kg: Mapped[float] = mapped_column(Float)
    bsa_formula: Mapped[str] = mapped_column(String(20))
    bsa_m2: Mapped[float] = mapped_column(Float)
    bsa_cap_m2: Mapped[float | None] = mapped_column(Float, default=None)
    creatinine_text: Mapped[str | None] = mapped_column(String(40), default=None)
    crcl_ml_min: Mapped[float | None] = mapped_column(Float, default=None)
    crcl_working: Mapped[str | None] = mapped_column(Text, default=None)
    anc_text: Mapped[str | None] = mapped_column(String(40), default=None)
    platelets_text: Mapped[str | None] = mapped_column(String(40), default=None)
    labs_date: Mapped[date | None] = mapped_column(Date, default=None)
    # The site's thresholds to treat when the order was written (×10⁹/L).
    anc_min: Mapped[float | None] = mapped_column(Float, default=None)
    platelets_min: Mapped[float | None] = mapped_column(Float, default=None)
    notices: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of texts
    hold_reasons: Mapped[str] = mapped_column(Text, default="[]")
    hold_override: Mapped[str | None] = mapped_column(Text, default=None)
    targeted_override: Mapped[str | None] = mapped_column(Text, default=None)
    levels_confirmed: Mapped[bool] = mapped_column(Boolean, default=False)
    # Peripheral sensory neuropathy (CTCAE grade) assessed before this oxaliplatin dose.
    neuropathy_grade: Mapped[int | None] = mapped_column(Integer, default=None)
    neuropathy_assessed_on: Mapped[date | None] = mapped_column(Date, default=None)
    # Whether the premedication table in force was signed off when the order was written.
    supportive_confirmed: Mapped[bool | None] = mapped_column(Boolean, default=None)
    status: Mapped[str] = mapped_column(String(20), default="draft")
    supersedes_id: Mapped[int | None] = mapped_column(ForeignKey("orders.id"), default=None)
    content_hash: Mapped[str | None] = mapped_column(String(64), default=None)
    print_count: Mapped[int] = mapped_column(Integer, default=0)
    rejection_reason: Mapped[str | None] = mapped_column(Text, default=None)
    void_reason: Mapped[str | None] = mapped_column(Text, default=None)
    created_by: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)


class OrderLine(Base):
    __tablename__ = "order_lines"
    __table_args__ = (UniqueConstraint("order_id", "drug_id"),)
    audited = True

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id"))
    drug_id: Mapped[str] = mapped_column(String(40))
    sequence: Mapped[int] = mapped_column(Integer)
    basis: Mapped[str] = mapped_column(String(10))
    level: Mapped[int] = mapped_column(Integer)
    dose_per_unit: Mapped[float] = mapped_column(Float)
    calculated_mg: Mapped[float] = mapped_column(Float)
    final_mg: Mapped[float] = mapped_column(Float)
    difference_percent: Mapped[float] = mapped_column(Float)
    route: Mapped[str] = mapped_column(String(20))
    duration: Mapped[str] = mapped_column(String(40))
    diluent: Mapped[str] = mapped_column(Text)
    reduction_reason: Mapped[str | None] = mapped_column(Text, default=None)
    stopped: Mapped[bool] = mapped_column(Boolean, default=False)
    # How it is given, as ordered (what the two nurses check): day of the cycle, volume, pump
    # rate, the ordered duration in minutes (shortest, longest) and the device.
    day: Mapped[int | None] = mapped_column(Integer, default=None)
    volume_ml: Mapped[float | None] = mapped_column(Float, default=None)
    rate_ml_h: Mapped[float | None] = mapped_column(Float, default=None)
    minutes_low: Mapped[float | None] = mapped_column(Float, default=None)
    minutes_high: Mapped[float | None] = mapped_column(Float, default=None)
    pump: Mapped[str | None] = mapped_column(String(120), default=None)
    # What was given: the dose, the times, and the nurse's reasons for any difference.
    given_mg: Mapped[float | None] = mapped_column(Float, default=None)
    started_at: Mapped[datetime | None] = mapped_column(UtcDateTime, default=None)
    ended_at: Mapped[datetime | None] = mapped_column(UtcDateTime, default=None)
    given_reason: Mapped[str | None] = mapped_column(Text, default=None)
    duration_reason: Mapped[str | None] = mapped_column(Text, default=None)
    # A pump disconnected later (46-h 5-FU): who recorded the end.
    ended_by: Mapped[str | None] = mapped_column(String(64), default=None)


class OrderSupportive(Base):
    """One premedication, hydration, monitoring or take-home item on an order, as ordered (a
    change from the site's table or leaving it out needs the investigator's reason)."""

    __tablename__ = "order_supportive"
    __table_args__ = (UniqueConstraint("order_id", "item_id"),)
    audited = True

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id"))
    item_id: Mapped[str] = mapped_column(String(40))
    position: Mapped[int] = mapped_column(Integer)
    category: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(120))
    dose: Mapped[str] = mapped_column(String(80))
    route: Mapped[str] = mapped_column(String(40))
    timing: Mapped[str] = mapped_column(Text)
    as_needed: Mapped[bool] = mapped_column(Boolean, default=False)
    omitted: Mapped[bool] = mapped_column(Boolean, default=False)
    change_reason: Mapped[str | None] = mapped_column(Text, default=None)


class SupportiveCareRule(Base):
    """A premedication or supportive-care item as the site changed it (defaults in
    resources/protocol/supportive_care.toml)."""

    __tablename__ = "supportive_care_rules"
    audited = True

    item_id: Mapped[str] = mapped_column(String(40), primary_key=True)
    dose: Mapped[str] = mapped_column(String(80))
    route: Mapped[str] = mapped_column(String(40))
    timing: Mapped[str] = mapped_column(Text)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    source: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)


class DoubleCheck(Base):
    """One nurse's independent check at the chair, before administration: the sheet's order
    code scanned, the patient's identifiers confirmed, every line's values seen and confirmed
    (kept as shown), signed with that nurse's password."""

    __tablename__ = "double_checks"
    __table_args__ = (Index("ix_double_checks_order", "order_id"),)
    audited = True

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id"))
    username: Mapped[str] = mapped_column(String(64))
    full_name: Mapped[str] = mapped_column(String(200))
    checked_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    order_code: Mapped[str] = mapped_column(String(40))  # as scanned or typed
    record_number: Mapped[str] = mapped_column(String(40))  # as the nurse entered it
    date_of_birth: Mapped[date] = mapped_column(Date)  # as the patient stated it
    items: Mapped[str] = mapped_column(Text)  # JSON: the values shown and confirmed
    content_hash: Mapped[str] = mapped_column(String(64))
    signature_id: Mapped[int] = mapped_column(ForeignKey("signatures.id"))


class Allergy(Base):
    """An allergy or infusion reaction of a patient; corrected with a reason, voided never
    deleted."""

    __tablename__ = "allergies"
    __table_args__ = (Index("ix_allergies_patient", "patient_id"),)
    audited = True

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patients.id"))
    category: Mapped[str] = mapped_column(String(30))
    allergen: Mapped[str] = mapped_column(String(200))
    reaction: Mapped[str] = mapped_column(Text, default="")
    severity: Mapped[str] = mapped_column(String(20))
    source: Mapped[str] = mapped_column(String(200))
    noted_on: Mapped[date | None] = mapped_column(Date, default=None)
    recorded_by: Mapped[str] = mapped_column(String(64))
    recorded_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    updated_by: Mapped[str | None] = mapped_column(String(64), default=None)
    updated_at: Mapped[datetime | None] = mapped_column(UtcDateTime, default=None)
    voided: Mapped[bool] = mapped_column(Boolean, default=False)
    void_reason: Mapped[str | None] = mapped_column(Text, default=None)


class AllergyStatement(Base):
    """'No known allergies': who asked the patient, and when. Voided when an allergy is
    recorded later, or in error with a reason."""

    __tablename__ = "allergy_statements"
    audited = True

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patients.id"))
    asked_by: Mapped[str] = mapped_column(String(200))
    asked_on: Mapped[date] = mapped_column(Date)
    recorded_by: Mapped[str] = mapped_column(String(64))
    recorded_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    voided: Mapped[bool] = mapped_column(Boolean, default=False)
    void_reason: Mapped[str | None] = mapped_column(Text, default=None)


class HaiCompetency(Base):
    """A user's training in HAI catheter access and HAI chemotherapy (protocol: access only for
    trained professionals), valid until a date set by the site rule at recording."""

    __tablename__ = "hai_competencies"
    audited = True

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(64))
    trained_on: Mapped[date] = mapped_column(Date)
    trainer: Mapped[str] = mapped_column(String(200))
    valid_until: Mapped[date] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(Text, default=None)
    recorded_by: Mapped[str] = mapped_column(String(64))
    recorded_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    voided: Mapped[bool] = mapped_column(Boolean, default=False)
    void_reason: Mapped[str | None] = mapped_column(Text, default=None)


class LabResult(Base):
    """One laboratory value as typed, with the normal limits used and the CTCAE grade the
    program computed from them."""

    __tablename__ = "lab_results"
    __table_args__ = (Index("ix_lab_results_patient", "patient_id", "taken_on"),)
    audited = True

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patients.id"))
    term: Mapped[str] = mapped_column(String(120))  # the CTCAE lab term it is graded for
    value_text: Mapped[str] = mapped_column(String(40))
    value: Mapped[float] = mapped_column(Float)  # in `unit`
    unit: Mapped[str] = mapped_column(String(20))
    uln_text: Mapped[str | None] = mapped_column(String(40), default=None)
    lln_text: Mapped[str | None] = mapped_column(String(40), default=None)
    uln_multiple: Mapped[float | None] = mapped_column(Float, default=None)
    grade: Mapped[int] = mapped_column(Integer)
    taken_on: Mapped[date] = mapped_column(Date)
    cycle: Mapped[int | None] = mapped_column(Integer, default=None)
    recorded_by: Mapped[str] = mapped_column(String(64))
    recorded_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    voided: Mapped[bool] = mapped_column(Boolean, default=False)
    void_reason: Mapped[str | None] = mapped_column(Text, default=None)


class AdverseEvent(Base):
    """One adverse event graded with CTCAE v4.03; corrected with a reason, voided never deleted."""

    __tablename__ = "adverse_events"
    __table_args__ = (Index("ix_adverse_events_patient", "patient_id", "cycle"),)
    audited = True

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patients.id"))
    cycle: Mapped[int | None] = mapped_column(Integer, default=None)
    term: Mapped[str] = mapped_column(String(120))
    meddra_code: Mapped[str] = mapped_column(String(12))
    specify: Mapped[str | None] = mapped_column(Text, default=None)  # for "Other, specify"
    grade: Mapped[int] = mapped_column(Integer)
    computed_grade: Mapped[int | None] = mapped_column(Integer, default=None)
    grade_reason: Mapped[str | None] = mapped_column(Text, default=None)
    lab_result_id: Mapped[int | None] = mapped_column(ForeignKey("lab_results.id"),
                                                      default=None)
    onset: Mapped[date] = mapped_column(Date)
    resolved: Mapped[date | None] = mapped_column(Date, default=None)
    serious: Mapped[bool] = mapped_column(Boolean, default=False)
    serious_criterion: Mapped[str | None] = mapped_column(String(60), default=None)
    action: Mapped[str] = mapped_column(String(20), default="none")
    outcome: Mapped[str] = mapped_column(String(30))
    attributions: Mapped[str] = mapped_column(Text, default="{}")  # JSON {drug_id: attribution}
    note: Mapped[str | None] = mapped_column(Text, default=None)
    recorded_by: Mapped[str] = mapped_column(String(64))
    recorded_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    updated_at: Mapped[datetime | None] = mapped_column(UtcDateTime, default=None)
    voided: Mapped[bool] = mapped_column(Boolean, default=False)
    void_reason: Mapped[str | None] = mapped_column(Text, default=None)


class ToxicityDecision(Base):
    """The investigator's answer, for one drug, to a grade ≥ 3 event attributed to it: reduce,
    delay, stop, or continue with the reason — recorded with the order that carries it."""

    __tablename__ = "toxicity_decisions"
    __table_args__ = (UniqueConstraint("adverse_event_id", "drug_id", "order_id"),)
    audited = True

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    adverse_event_id: Mapped[int] = mapped_column(ForeignKey("adverse_events.id"))
    drug_id: Mapped[str] = mapped_column(String(40))
    decision: Mapped[str] = mapped_column(String(20))  # reduce / delay / stop / continue
    reason: Mapped[str] = mapped_column(Text)
    order_id: Mapped[int | None] = mapped_column(ForeignKey("orders.id"), default=None)
    decided_by: Mapped[str] = mapped_column(String(64))
    decided_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)


class CatheterEvent(Base):
    """The HAI port catheter's life: implanted, revised, repositioned, removed, reinserted, or a
    complication — with date, operator and reason. The catheter's state follows from these."""

    __tablename__ = "catheter_events"
    __table_args__ = (Index("ix_catheter_events_patient", "patient_id", "occurred_on"),)
    audited = True

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patients.id"))
    kind: Mapped[str] = mapped_column(String(30))
    occurred_on: Mapped[date] = mapped_column(Date)
    operator: Mapped[str | None] = mapped_column(String(200), default=None)
    reason: Mapped[str | None] = mapped_column(Text, default=None)
    complication: Mapped[str | None] = mapped_column(String(40), default=None)
    # Set at implantation and reinsertion: where the catheter is.
    access_route: Mapped[str | None] = mapped_column(String(40), default=None)
    port_location: Mapped[str | None] = mapped_column(String(200), default=None)
    tip_position: Mapped[str | None] = mapped_column(String(200), default=None)
    notes: Mapped[str | None] = mapped_column(Text, default=None)
    recorded_by: Mapped[str] = mapped_column(String(64))
    recorded_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    voided: Mapped[bool] = mapped_column(Boolean, default=False)
    void_reason: Mapped[str | None] = mapped_column(Text, default=None)


class CatheterInspection(Base):
    """An inspection of the port and catheter before an HAI use, and its outcome."""

    __tablename__ = "catheter_inspections"
    __table_args__ = (Index("ix_catheter_inspections_patient", "patient_id", "inspected_on"),)
    audited = True

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patients.id"))
    inspected_on: Mapped[date] = mapped_column(Date)
    inspected_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    answers: Mapped[str] = mapped_column(Text)  # JSON {item_id: true/false/choice}
    findings: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of positive findings
    needle_gauge: Mapped[str | None] = mapped_column(String(10), default=None)
    last_check_on: Mapped[date | None] = mapped_column(Date, default=None)
    last_check_result: Mapped[str | None] = mapped_column(Text, default=None)
    check_due: Mapped[bool] = mapped_column(Boolean, default=False)
    outcome: Mapped[str] = mapped_column(String(20))
    outcome_reason: Mapped[str | None] = mapped_column(Text, default=None)
    explanation: Mapped[str | None] = mapped_column(Text, default=None)
    action: Mapped[str] = mapped_column(String(40), default="none")
    inspected_by: Mapped[str] = mapped_column(String(64))
    inspector_role: Mapped[str] = mapped_column(String(40))
    voided: Mapped[bool] = mapped_column(Boolean, default=False)
    void_reason: Mapped[str | None] = mapped_column(Text, default=None)


class HaiPainReport(Base):
    """Pain or discomfort during an HAI infusion: the catheter must be inspected before the
    next use (protocol), and it flags 'needs IR review'."""

    __tablename__ = "hai_pain_reports"
    audited = True

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patients.id"))
    order_id: Mapped[int | None] = mapped_column(ForeignKey("orders.id"), default=None)
    reported_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    location: Mapped[str] = mapped_column(String(40))
    infusion: Mapped[str] = mapped_column(String(20))  # stopped / continued
    action: Mapped[str | None] = mapped_column(Text, default=None)
    reported_by: Mapped[str] = mapped_column(String(64))


class HaiGateOverride(Base):
    """The investigator lets an order's HAI line go ahead without a valid inspection."""

    __tablename__ = "hai_gate_overrides"
    audited = True

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id"))
    day: Mapped[date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text)
    decided_by: Mapped[str] = mapped_column(String(64))
    decided_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)


class ResectionOutcome(Base):
    """The primary endpoint for one randomized patient: was the liver resected (yes, no, not
    yet), when, with which margin. Recorded by the investigator; a correction needs a reason
    (the flush hook keeps old and new values with it)."""

    __tablename__ = "resection_outcomes"
    audited = True

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patients.id"), unique=True)
    liver_resection: Mapped[str] = mapped_column(String(10))  # yes | no | not yet
    surgery_date: Mapped[date | None] = mapped_column(Date, default=None)
    margin: Mapped[str | None] = mapped_column(String(2), default=None)  # R0 | R1 | R2
    note: Mapped[str | None] = mapped_column(Text, default=None)
    recorded_by: Mapped[str] = mapped_column(String(64))
    recorded_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    updated_by: Mapped[str | None] = mapped_column(String(64), default=None)
    updated_at: Mapped[datetime | None] = mapped_column(UtcDateTime, default=None)


class TumourAssessment(Base):
    """One CT/MRI tumour assessment by RECIST 1.1: the baseline (whose lesions are defined with
    it) or a later one. The response is computed on reading, never stored, so a voided baseline
    or assessment can never leave a stale response behind. Voided with a reason, never deleted."""

    __tablename__ = "tumour_assessments"
    __table_args__ = (Index("ix_tumour_assessments_patient", "patient_id", "assessed_on"),)
    audited = True

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patients.id"))
    assessed_on: Mapped[date] = mapped_column(Date)
    baseline: Mapped[bool] = mapped_column(Boolean, default=False)
    method: Mapped[str] = mapped_column(String(8))  # CT | MRI
    non_target: Mapped[str | None] = mapped_column(String(20), default=None)  # NonTarget
    new_lesion: Mapped[bool] = mapped_column(Boolean, default=False)
    new_lesion_site: Mapped[str | None] = mapped_column(Text, default=None)
    cea_text: Mapped[str | None] = mapped_column(String(40), default=None)  # as typed
    cea_ng_ml: Mapped[float | None] = mapped_column(Float, default=None)
    note: Mapped[str | None] = mapped_column(Text, default=None)
    recorded_by: Mapped[str] = mapped_column(String(64))
    recorded_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    voided: Mapped[bool] = mapped_column(Boolean, default=False)
    void_reason: Mapped[str | None] = mapped_column(Text, default=None)


class Lesion(Base):
    """A lesion found at baseline (RECIST 1.1 target or non-target), defined by its baseline
    assessment and voided with it."""

    __tablename__ = "lesions"
    __table_args__ = (Index("ix_lesions_baseline", "baseline_id"),)
    audited = True

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patients.id"))
    baseline_id: Mapped[int] = mapped_column(ForeignKey("tumour_assessments.id"))
    key: Mapped[str] = mapped_column(String(5))  # T1 … T5, NT1 …
    organ: Mapped[str] = mapped_column(String(40))  # core.tumour_assessment.Organ
    target: Mapped[bool] = mapped_column(Boolean)
    node: Mapped[bool] = mapped_column(Boolean, default=False)
    site: Mapped[str | None] = mapped_column(Text, default=None)


class LesionMeasurement(Base):
    """One lesion's diameter at one assessment, in mm (a node's short axis); None: not
    assessed. The text as typed (mm or cm) is kept beside it."""

    __tablename__ = "lesion_measurements"
    __table_args__ = (Index("ix_lesion_measurements_assessment", "assessment_id"),
                      UniqueConstraint("assessment_id", "lesion_id",
                                       name="uq_lesion_measurement"))
    audited = True

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    assessment_id: Mapped[int] = mapped_column(ForeignKey("tumour_assessments.id"))
    lesion_id: Mapped[int] = mapped_column(ForeignKey("lesions.id"))
    diameter_mm: Mapped[float | None] = mapped_column(Float, default=None)
    diameter_text: Mapped[str | None] = mapped_column(String(40), default=None)


class TreatmentEnd(Base):
    """The end of protocol treatment (or of HAI alone, 5-FU and leucovorin going on), with the
    protocol's reason. One of each scope per patient; corrected with a reason."""

    __tablename__ = "treatment_ends"
    __table_args__ = (UniqueConstraint("patient_id", "scope", name="uq_treatment_end_scope"),)
    audited = True

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patients.id"))
    scope: Mapped[str] = mapped_column(String(60))  # core.follow_up.EndScope
    ended_on: Mapped[date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(String(60))  # core.follow_up.EndReason
    detail: Mapped[str | None] = mapped_column(Text, default=None)
    recorded_by: Mapped[str] = mapped_column(String(64))
    recorded_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    updated_by: Mapped[str | None] = mapped_column(String(64), default=None)
    updated_at: Mapped[datetime | None] = mapped_column(UtcDateTime, default=None)


class FollowUpContact(Base):
    """A contact after randomization: alive, dead (date, cause) or lost (last known alive), and
    a progression learnt of, with how it was established. Voided with a reason."""

    __tablename__ = "follow_up_contacts"
    __table_args__ = (Index("ix_follow_up_contacts_patient", "patient_id", "contacted_on"),)
    audited = True

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patients.id"))
    contacted_on: Mapped[date] = mapped_column(Date)
    method: Mapped[str] = mapped_column(String(40))  # core.follow_up.ContactMethod
    status: Mapped[str] = mapped_column(String(20))  # core.follow_up.VitalStatus
    death_on: Mapped[date | None] = mapped_column(Date, default=None)
    death_cause: Mapped[str | None] = mapped_column(String(60), default=None)
    last_alive_on: Mapped[date | None] = mapped_column(Date, default=None)
    progression_on: Mapped[date | None] = mapped_column(Date, default=None)
    progression_basis: Mapped[str | None] = mapped_column(String(60), default=None)
    note: Mapped[str | None] = mapped_column(Text, default=None)
    recorded_by: Mapped[str] = mapped_column(String(64))
    recorded_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    voided: Mapped[bool] = mapped_column(Boolean, default=False)
    void_reason: Mapped[str | None] = mapped_column(Text, default=None)


class SignInFailure(Base):
    """Consecutive wrong passwords per user name on the shared server (the key file keeps
    them on a single workstation). Not audited as records: each failure is an audit event."""

    __tablename__ = "sign_in_failures"

    username: Mapped[str] = mapped_column(String(64), primary_key=True)
    count: Mapped[int] = mapped_column(Integer)
    last_at: Mapped[datetime] = mapped_column(UtcDateTime)


class AuditEntry(Base):
    """Append-only, hash-chained. Triggers refuse UPDATE and DELETE (see the migration)."""

    __tablename__ = "audit_trail"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at_utc: Mapped[str] = mapped_column(String(32))
    username: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(40))
    entity: Mapped[str] = mapped_column(String(64))
    entity_id: Mapped[str | None] = mapped_column(String(64))
    old_values: Mapped[str | None] = mapped_column(Text)
    new_values: Mapped[str | None] = mapped_column(Text)
    reason: Mapped[str | None] = mapped_column(Text)
    prev_hash: Mapped[str] = mapped_column(String(64))
    row_hash: Mapped[str] = mapped_column(String(64))
    # Ed25519 over the row's hash by whoever made it (the signed-in person; "system" rows by
    # the person whose sign-in wrote them). Outside the hash, so signing never breaks a chain.
    signed_by: Mapped[str | None] = mapped_column(String(64), default=None)
    key_fingerprint: Mapped[str | None] = mapped_column(String(16), default=None)
    signature: Mapped[str | None] = mapped_column(Text, default=None)
