"""Randomization with sealed envelopes: the allocation list, allocation, concealment.

The list arrives once (imported from the central statistician's CSV, or — in a TRAINING
database only — generated from a recorded seed) and never changes; its SHA-256 is re-checked at
sign-in and inside every allocation. Randomizing names the next unused envelope of the
patient's stratum; the person opens it and types the arm on the card, which must agree with the
list (double bookkeeping). The envelope is taken inside one write transaction (BEGIN
IMMEDIATE on the file; on the server the list's row is locked FOR UPDATE first, under the write
lock every server transaction holds), so two workstations can never receive the same one, and
envelopes are still used in their order: SKIP LOCKED would leave a gap in the sequence.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hai_desktop.core.arms import Arm
from hai_desktop.core.errors import (
    ConflictError,
    IntegrityFailure,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from hai_desktop.core.i18n import QT_TRANSLATE_NOOP, Label, Message, joined, msg
from hai_desktop.core.randomization import (
    Envelope,
    GenerationParameters,
    RandomizationDesign,
    Stratum,
    check_block_sizes,
    generate_allocation_list,
    list_sha256,
    new_seed,
    parse_csv,
    protocol_design,
    to_csv,
)
from hai_desktop.services.allocation_keys import (
    SEALED,
    arm_of,
    can_seal,
    list_key,
    new_list_key,
    no_list_key,
    seal_arm,
    sealed_fingerprint,
)
from hai_desktop.services.permissions import Action
from hai_desktop.services.workspace import Workspace
from hai_desktop.store import audit
from hai_desktop.store.database import Database
from hai_desktop.store.models import (
    AllocationList,
    EnvelopeRecord,
    Incident,
    Patient,
    PatientStatus,
    ScreeningAnswer,
    ScreeningRecord,
    User,
    utc_now,
)

# An envelope's status as stored; inside a message, shown through translate("EnvelopeStatus", …).
UNUSED, USED, VOIDED = (QT_TRANSLATE_NOOP("EnvelopeStatus", "unused"),
                        QT_TRANSLATE_NOOP("EnvelopeStatus", "used"),
                        QT_TRANSLATE_NOOP("EnvelopeStatus", "voided"))
STUDY_ID_PREFIX = "HAI-"
INCIDENT_CARD_MISMATCH = "envelope card mismatch"


# ---- the list ---------------------------------------------------------------------------------

def _design() -> RandomizationDesign:
    return protocol_design()


def _canonical(envelopes: list[Envelope]) -> list[Envelope]:
    order = {s.code: i for i, s in enumerate(_design().strata)}
    return sorted(envelopes, key=lambda e: (order[e.stratum], e.sequence))


def _identity(envelope: Envelope | None) -> tuple[str, str, int, Arm] | None:
    """What may never change about an envelope (its block number is only a by-product)."""
    if envelope is None:
        return None
    return envelope.number, envelope.stratum, envelope.sequence, envelope.arm


def _as_envelope(row: EnvelopeRecord, key: bytes | None = None) -> Envelope:
    """The envelope with its arm (a sealed one opened with the list's key)."""
    return Envelope(row.number, row.stratum, row.sequence, arm_of(row, key))


def _active_list(session: Session) -> AllocationList | None:
    return session.scalar(select(AllocationList).where(AllocationList.active.is_(True)))


def _rows(session: Session, allocation: AllocationList) -> list[EnvelopeRecord]:
    return list(session.scalars(select(EnvelopeRecord).where(
        EnvelopeRecord.list_id == allocation.id)))


def _check_integrity(session: Session, allocation: AllocationList,
                     key: bytes | None = None) -> None:
    """The list's fingerprint: of the sealed envelopes for everybody, and of the arms
    themselves for whoever holds the list's key (or when the arms are not sealed)."""
    rows = _rows(session, allocation)
    # Sealed on the file; on the shared server (no key slots) the arms were opened when the
    # data moved there, and the list's own fingerprint alone holds. Some sealed and some not
    # is never written by the program: an arm was put in the clear.
    sealed = [r.arm == SEALED for r in rows]
    if allocation.sealed_sha256 is not None and any(sealed):
        if not all(sealed) or sealed_fingerprint(rows) != allocation.sealed_sha256:
            raise _altered_list()
        if key is None:
            return
    found = list_sha256(_canonical([_as_envelope(r, key) for r in rows]))
    if found != allocation.sha256:
        raise _altered_list()


def _altered_list() -> IntegrityFailure:
    return IntegrityFailure(
        msg("The allocation list does not match its fingerprint (SHA-256): it has been altered "
            "or damaged. Randomization is stopped."),
        hint=msg("Tell the investigator and the administrator; restore the database from a "
                 "backup and run 'hai-desktop verify'."))


def allocation_list_problem(db: Database) -> str | None:
    """None when the list in force (if any) matches its fingerprint; for `verify`."""
    with db.read_session() as session:
        allocation = _active_list(session)
        if allocation is None:
            return None
        try:
            _check_integrity(session, allocation)
        except IntegrityFailure as exc:
            return exc.message
    return None


def list_integrity_problem(ws: Workspace) -> str | None:
    """Checked at every sign-in (the main window shows it) and before each allocation."""
    ws.require(Action.VIEW_RECORDS)
    return allocation_list_problem(ws.db)


@dataclass(frozen=True)
class StratumBalance:
    stratum: Stratum
    hai: int
    control: int
    unused: int
    voided: int


@dataclass(frozen=True)
class ListSummary:
    id: int
    origin: str
    training: bool
    sha256: str
    created_at: datetime
    created_by: str
    source_note: str
    generator: str | None
    block_sizes: str | None
    strata: tuple[StratumBalance, ...]
    integrity_problem: str | None

    @property
    def total(self) -> int:
        return sum(s.hai + s.control + s.unused + s.voided for s in self.strata)

    @property
    def allocated_hai(self) -> int:
        return sum(s.hai for s in self.strata)

    @property
    def allocated_control(self) -> int:
        return sum(s.control for s in self.strata)

    @property
    def unused(self) -> int:
        return sum(s.unused for s in self.strata)


def _summary(session: Session, allocation: AllocationList) -> ListSummary:
    counts: Counter[tuple[str, str]] = Counter()
    arms = _allocated_arms(session)
    for row in _rows(session, allocation):
        key = arms.get(row.patient_id or 0, row.arm) if row.status == USED else row.status
        counts[(row.stratum, key)] += 1
    try:
        _check_integrity(session, allocation)
        problem = None
    except IntegrityFailure as exc:
        problem = exc.message
    return ListSummary(
        id=allocation.id, origin=allocation.origin, training=allocation.training,
        sha256=allocation.sha256, created_at=allocation.created_at,
        created_by=allocation.created_by, source_note=allocation.source_note,
        generator=allocation.generator, block_sizes=allocation.block_sizes,
        strata=tuple(StratumBalance(s, counts[(s.code, Arm.HAI.value)],
                                    counts[(s.code, Arm.CONTROL.value)],
                                    counts[(s.code, UNUSED)], counts[(s.code, VOIDED)])
                     for s in _design().strata),
        integrity_problem=problem)


def _allocated_arms(session: Session) -> dict[int, str]:
    """Each randomized patient's arm: what an opened envelope said (a sealed one too)."""
    return {pid: arm for pid, arm in session.execute(
        select(Patient.id, Patient.arm).where(Patient.arm.is_not(None))) if arm is not None}


def active_list(ws: Workspace) -> ListSummary | None:
    """The list in force with per-stratum balance (arms only of opened envelopes)."""
    ws.require(Action.VIEW_RECORDS)
    with ws.db.read_session() as session:
        allocation = _active_list(session)
        return None if allocation is None else _summary(session, allocation)


def _install_list(ws: Workspace, session: Session, envelopes: list[Envelope], *, origin: str,
                  training: bool, source_note: str, params: GenerationParameters | None) -> int:
    """Put a new list in force. A list already in use may only be extended: every envelope it
    holds must come back unchanged."""
    envelopes = _canonical(envelopes)
    current = _active_list(session)
    if current is not None:
        rows = {r.number: r for r in _rows(session, current)}
        in_use = sum(r.status != UNUSED for r in rows.values())
        if in_use:
            key = _key_if_sealed(ws, session, current)
            incoming = {e.number: e for e in envelopes}
            changed = [n for n, r in rows.items() if _identity(incoming.get(n)) !=
                       _identity(_as_envelope(r, key))]
            if changed:
                raise ConflictError(
                    msg("An allocation list is in use ({in_use} envelopes opened or voided): a new "
                        "list must contain it unchanged, but {count} envelope(s) differ or are "
                        "missing (e.g. {changed}).",
                        in_use=in_use, count=len(changed), changed=changed[0]),
                    hint=msg("Import only an extension of the list in force from the "
                             "statistician."))
            _extend(session, current, envelopes, rows, key)
            current.sha256 = list_sha256(envelopes)
            _reseal(session, current)
            if params is not None:
                current.envelopes_per_stratum = params.envelopes_per_stratum
            return current.id
        current.active = False
    allocation = AllocationList(
        origin=origin, training=training, sha256=list_sha256(envelopes),
        generator=params.generator if params else None, seed=params.seed if params else None,
        block_sizes=",".join(map(str, params.block_sizes)) if params else None,
        envelopes_per_stratum=params.envelopes_per_stratum if params else None,
        source_note=source_note, created_by=ws.user.username)
    session.add(allocation)
    session.flush()
    key = new_list_key(session, allocation) if can_seal(ws) else None
    _extend(session, allocation, envelopes, {}, key)
    if key is not None:
        _reseal(session, allocation)
    return allocation.id


def _key_if_sealed(ws: Workspace, session: Session, allocation: AllocationList
                   ) -> bytes | None:
    """The list's key when its arms are sealed (ConflictError if this person has none). On
    the server the arms were opened when the data moved there."""
    if allocation.sealed_sha256 is None or ws.on_server:
        return None
    key = list_key(ws, session, allocation)
    if key is None:
        raise no_list_key()
    return key


def _reseal(session: Session, allocation: AllocationList) -> None:
    session.flush()
    allocation.sealed_sha256 = sealed_fingerprint(_rows(session, allocation))


def _extend(session: Session, allocation: AllocationList, envelopes: list[Envelope],
            existing: dict[str, EnvelopeRecord], key: bytes | None) -> None:
    for e in envelopes:
        if e.number in existing:
            continue
        if key is None:
            session.add(EnvelopeRecord(list_id=allocation.id, number=e.number,
                                       stratum=e.stratum, sequence=e.sequence,
                                       arm=e.arm.value))
        else:
            session.add(EnvelopeRecord(
                list_id=allocation.id, number=e.number, stratum=e.stratum,
                sequence=e.sequence, arm=SEALED,
                sealed_card=seal_arm(key, allocation.id, e.number, e.stratum, e.sequence, e.arm)))


def import_allocation_list(ws: Workspace, data: bytes, *, source_note: str,
                           reason: str = "allocation list imported") -> ListSummary:
    """The central statistician's CSV (format: hai_desktop.core.randomization.to_csv)."""
    ws.require(Action.MANAGE_ALLOCATION_LIST)
    envelopes = parse_csv(data, _design())
    if not source_note.strip():
        raise ValidationError(msg("Say where the list comes from (e.g. 'central statistician, "
                                  "version 1, 2026-11-01')."), field="source_note")
    with ws.session(reason=reason) as session:
        list_id = _install_list(ws, session, envelopes, origin="imported", training=False,
                                source_note=source_note.strip(), params=None)
    return _summary_by_id(ws, list_id)


def generate_list(ws: Workspace, envelopes_per_stratum: int,
                  block_sizes: tuple[int, ...] | None = None, *, seed: str | None = None,
                  reason: str = "allocation list generated") -> ListSummary:
    """A list from a fresh cryptographic seed (recorded), in a TRAINING database only. In use,
    the same seed extends it: the stream gives the same envelopes first, then more."""
    ws.require(Action.MANAGE_ALLOCATION_LIST)
    if not ws.is_training:
        # A real database takes only the central statistician's list: a generated one would
        # replace it (or extend it) with envelopes whose seed the person generating has seen.
        raise ConflictError(msg("An allocation list is generated only in a TRAINING database: "
                                "in the trial the list comes from the central statistician."),
                            hint=msg("Import the statistician's list with Import list…; to "
                                     "practise generating one, use the TRAINING demo "
                                     "('hai-desktop demo')."))
    sizes = tuple(block_sizes or _design().block_sizes)
    check_block_sizes(sizes)
    with ws.db.read_session() as session:
        current = _active_list(session)
        in_use = current is not None and session.scalar(
            select(func.count()).select_from(EnvelopeRecord).where(
                EnvelopeRecord.list_id == current.id, EnvelopeRecord.status != UNUSED))
        if in_use and current is not None and current.origin == "generated" and seed is None:
            seed = current.seed
            sizes = tuple(int(n) for n in (current.block_sizes or "").split(",") if n)
    params = GenerationParameters(seed or new_seed(), envelopes_per_stratum, sizes)
    envelopes = generate_allocation_list(params, _design())
    note = (f"generated by {ws.user.full_name}; {params.generator}; blocks "
            f"{'/'.join(map(str, sizes))}; {envelopes_per_stratum} per stratum")
    with ws.session(reason=reason) as session:
        list_id = _install_list(ws, session, envelopes, origin="generated",
                                training=ws.is_training, source_note=note, params=params)
    return _summary_by_id(ws, list_id)


def _summary_by_id(ws: Workspace, list_id: int) -> ListSummary:
    with ws.db.read_session() as session:
        allocation = session.get(AllocationList, list_id)
        assert allocation is not None
        return _summary(session, allocation)


# ---- the patient's stratum --------------------------------------------------------------------

# The stratum rule lives here only: the screening asks for its factors with
# stratum_factors_missing, randomization and the randomization screen take the stratum from
# patient_stratum / _stratum_of, and the export prints the stratum of the envelope used.

def stratum_factors_missing(ecog: str | None, prior_adjuvant: str | None) -> list[Message]:
    """The stratification factors a screening still lacks: ECOG 0 or 1 (only those are
    randomized) and prior adjuvant chemotherapy yes or no."""
    missing = []
    if ecog not in ("0", "1"):
        missing.append(msg("ECOG performance status"))
    if prior_adjuvant not in ("yes", "no"):
        missing.append(msg("prior adjuvant chemotherapy"))
    return missing


def stratum_from_factors(ecog: str | None, prior_adjuvant: str | None, *,
                         screening_number: str) -> Stratum:
    """The stratum of ECOG × prior adjuvant chemotherapy, as the confirmed screening records
    them (its answers as stored: "0"/"1", "yes"/"no")."""
    missing = stratum_factors_missing(ecog, prior_adjuvant)
    if missing:
        raise ValidationError(msg("Stratum factor missing for {screening_number}: {missing}. "
                                  "Correct the screening record.",
                                  screening_number=screening_number,
                                  missing=joined(missing, "; ")))
    return _design().stratum_for(int(str(ecog)), prior_adjuvant == "yes")


def _stratum_of(session: Session, patient: Patient) -> Stratum:
    record = session.scalar(select(ScreeningRecord).where(
        ScreeningRecord.patient_id == patient.id))
    if record is None or record.confirmed_at is None or record.status != "eligible":
        raise ConflictError(msg("{screening_number} has no confirmed eligible screening: confirm "
                                "eligibility first.", screening_number=patient.screening_number))
    ecog = session.scalar(select(ScreeningAnswer.choice).where(
        ScreeningAnswer.screening_id == record.id, ScreeningAnswer.criterion_id == "ecog"))
    return stratum_from_factors(ecog, record.prior_adjuvant,
                                screening_number=patient.screening_number)


def patient_stratum(ws: Workspace, patient_id: int) -> Stratum:
    """The stratum an eligible patient will be randomized in (their confirmed screening's)."""
    ws.require(Action.VIEW_RECORDS)
    with ws.db.read_session() as session:
        patient = session.get(Patient, patient_id)
        if patient is None or patient.voided:
            raise NotFound(msg("That patient is not in the registry."))
        return _stratum_of(session, patient)


def _eligible_patient(session: Session, patient_id: int) -> Patient:
    patient = session.get(Patient, patient_id)
    if patient is None or patient.voided:
        raise NotFound(msg("That patient is not in the registry."))
    if patient.study_id is not None or PatientStatus(patient.status) not in (
            PatientStatus.ELIGIBLE,):
        if patient.study_id is not None:
            envelope = session.scalar(select(EnvelopeRecord.number).where(
                EnvelopeRecord.patient_id == patient.id))
            on = msg(" on {day:%d %b %Y}", day=patient.randomized_at) \
                if patient.randomized_at else ""
            raise ConflictError(
                msg("{screening_number} is already randomized{on} as {study_id} (envelope "
                    "{envelope}): a patient is randomized once only.",
                    screening_number=patient.screening_number, on=on,
                    study_id=patient.study_id, envelope=envelope) if envelope
                else msg("{screening_number} is already randomized{on} as {study_id}: a "
                         "patient is randomized once only.",
                         screening_number=patient.screening_number, on=on,
                         study_id=patient.study_id))
        raise ConflictError(msg("{screening_number} is not eligible for randomization (status: "
                                "{status}).",
                                screening_number=patient.screening_number,
                                status=Label("PatientStatus", PatientStatus(patient.status).label)))
    open_incident = session.scalar(select(Incident.id).where(
        Incident.patient_id == patient.id, Incident.resolved_at.is_(None)))
    if open_incident is not None:
        raise ConflictError(msg("Incident #{open_incident} about {screening_number} is open: the "
                                "investigator must resolve it before randomizing.",
                                open_incident=open_incident,
                                screening_number=patient.screening_number))
    return patient


def _next_unused(session: Session, allocation: AllocationList, stratum: Stratum
                 ) -> EnvelopeRecord:
    row = session.scalar(select(EnvelopeRecord).where(
        EnvelopeRecord.list_id == allocation.id, EnvelopeRecord.stratum == stratum.code,
        EnvelopeRecord.status == UNUSED).order_by(EnvelopeRecord.sequence).limit(1))
    if row is None:
        raise ConflictError(msg("No unused envelopes left in stratum {stratum}: import or generate "
                                "more.", stratum=stratum.label))
    return row


def _list_in_force(session: Session, *, lock: bool = False) -> AllocationList:
    """The active list; `lock` holds its row until the transaction ends (the server's row
    lock around taking an envelope; the file's BEGIN IMMEDIATE already serialises it)."""
    query = select(AllocationList).where(AllocationList.active.is_(True))
    allocation = session.scalar(query.with_for_update() if lock else query)
    if allocation is None:
        raise ConflictError(msg("There is no allocation list yet: import the statistician's list "
                                "(or generate a training list) first."))
    _check_integrity(session, allocation)
    return allocation


@dataclass(frozen=True)
class EnvelopeOffer:
    number: str
    stratum: Stratum


def next_envelope(ws: Workspace, patient_id: int) -> EnvelopeOffer:
    """Which envelope to open for this patient (nothing is reserved yet)."""
    ws.require(Action.RANDOMIZE)
    with ws.db.read_session() as session:
        patient = _eligible_patient(session, patient_id)
        stratum = _stratum_of(session, patient)
        row = _next_unused(session, _list_in_force(session), stratum)
        return EnvelopeOffer(row.number, stratum)


@dataclass(frozen=True)
class RandomizationResult:
    study_id: str
    arm: Arm
    envelope: str
    stratum: Stratum
    randomized_at: datetime


def _next_study_id(session: Session) -> str:
    ids = session.scalars(select(Patient.study_id).where(Patient.study_id.is_not(None))).all()
    numbers = [int(i[len(STUDY_ID_PREFIX):]) for i in ids
               if i and i.startswith(STUDY_ID_PREFIX) and i[len(STUDY_ID_PREFIX):].isdigit()]
    return f"{STUDY_ID_PREFIX}{max(numbers, default=0) + 1:03d}"


def randomize(ws: Workspace, patient_id: int, *, envelope_number: str, arm_on_card: Arm,
              password: str, at: datetime | None = None) -> RandomizationResult:
    """Allocate after the envelope was opened: the card must agree with the list. `at` dates
    the allocation in a TRAINING database only (the demo's timeline); a real one is now."""
    ws.require(Action.RANDOMIZE)
    if at is not None and not ws.is_training:
        raise ValidationError(msg("A randomization is dated when it is made; only a TRAINING "
                                  "database takes another time."))
    ws.confirm_password(password, purpose="randomize")
    number = envelope_number.strip().upper()
    mismatch: str | None = None
    with ws.session(reason="randomized with sealed envelope") as session:
        patient = _eligible_patient(session, patient_id)
        stratum = _stratum_of(session, patient)
        allocation = _list_in_force(session, lock=True)
        key = _key_if_sealed(ws, session, allocation)
        _check_integrity(session, allocation, key)
        row = _next_unused(session, allocation, stratum)
        if row.number != number:
            opened = session.scalar(select(EnvelopeRecord).where(
                EnvelopeRecord.list_id == allocation.id, EnvelopeRecord.number == number))
            if opened is not None and opened.status == USED:
                raise ConflictError(msg("Envelope {number} was already used for another patient: "
                                        "open envelope {next_number}.",
                                        number=number, next_number=row.number))
            raise ConflictError(msg("Envelope {number} is not the next one for stratum {stratum}: "
                                    "open envelope {next_number} (envelopes are used in order).",
                                    number=number or '(none)',
                                    stratum=stratum.label,
                                    next_number=row.number))
        allocated = arm_of(row, key)
        if allocated is not arm_on_card:
            incident = Incident(
                kind=INCIDENT_CARD_MISMATCH, patient_id=patient.id, reported_by=ws.user.username,
                summary=f"Envelope {row.number} ({stratum.label}) for "
                        f"{patient.screening_number}: the card read '{arm_on_card.short}', "
                        "which disagrees with the allocation list. Nothing was allocated.")
            session.add(incident)
            session.flush()
            mismatch = msg("The arm on card {number} disagrees with the allocation list. "
                           "Randomization is blocked and incident #{incident_id} was raised for "
                           "the investigator.", number=row.number, incident_id=incident.id)
        else:
            now = at or utc_now()
            row.status, row.patient_id, row.used_at, row.used_by = (
                USED, patient.id, now, ws.user.username)
            patient.study_id = _next_study_id(session)
            patient.arm = allocated.value
            patient.status = PatientStatus.RANDOMIZED.value
            patient.randomized_at = now
            session.flush()  # the record changes first, then the event that explains them
            audit.record_event(session, "randomize", "patients", str(patient.id), {
                "envelope": row.number, "stratum": stratum.code, "study_id": patient.study_id,
                "arm": allocated.value})
            result = RandomizationResult(patient.study_id, allocated, row.number, stratum, now)
    if mismatch is not None:
        raise ConflictError(mismatch, hint=msg("Keep the card and the envelope for the "
                                               "investigator."))
    return result


def peek_card_for_training(ws: Workspace, number: str) -> Arm:
    """What the card of an envelope says — only in a TRAINING database, where the demo
    "opens" envelopes without paper."""
    if not ws.is_training:
        raise PermissionDenied(msg("Envelope cards are read from paper, not from the database."))
    ws.require(Action.RANDOMIZE)
    with ws.db.read_session() as session:
        row = session.scalar(select(EnvelopeRecord).where(
            EnvelopeRecord.number == number, EnvelopeRecord.status == UNUSED))
        if row is None:
            raise NotFound(msg("There is no unused envelope {number}.", number=number))
        allocation = session.get(AllocationList, row.list_id)
        assert allocation is not None
        return arm_of(row, _key_if_sealed(ws, session, allocation))


# ---- envelopes: view, void, export, print -------------------------------------------------

@dataclass(frozen=True)
class EnvelopeView:
    number: str
    stratum: Stratum
    status: str
    arm: Arm | None  # only for opened envelopes: concealment
    study_id: str | None
    used_at: datetime | None
    void_reason: str | None
    used_by: str | None = None  # the full name of whoever opened it


def envelopes(ws: Workspace) -> list[EnvelopeView]:
    ws.require(Action.VIEW_RECORDS)
    design = _design()
    with ws.db.read_session() as session:
        allocation = _active_list(session)
        if allocation is None:
            return []
        study_ids = dict(session.execute(select(Patient.id, Patient.study_id)).all())
        names = dict(session.execute(select(User.username, User.full_name)).all())
        arms = _allocated_arms(session)
        rows = sorted(_rows(session, allocation),
                      key=lambda r: ([s.code for s in design.strata].index(r.stratum),
                                     r.sequence))
        return [EnvelopeView(r.number, design.stratum(r.stratum), r.status,
                             Arm(arms[r.patient_id]) if r.status == USED and r.patient_id
                             in arms else None,
                             study_ids.get(r.patient_id) if r.patient_id else None, r.used_at,
                             r.void_reason, names.get(r.used_by or "", r.used_by))
                for r in rows]


def void_envelope(ws: Workspace, number: str, reason: str) -> None:
    """A spoiled or lost envelope is skipped from now on; it is never deleted."""
    ws.require(Action.VOID_ENVELOPE)
    if not reason.strip():
        raise ValidationError(msg("Give the reason the envelope is voided (spoiled, lost, …)."),
                              field="reason")
    with ws.session(reason=reason.strip()) as session:
        allocation = _list_in_force(session)
        row = session.scalar(select(EnvelopeRecord).where(
            EnvelopeRecord.list_id == allocation.id,
            EnvelopeRecord.number == number.strip().upper()))
        if row is None:
            raise NotFound(msg("There is no envelope {number} in the list in force.",
                               number=number))
        if row.status != UNUSED:
            raise ConflictError(msg("Envelope {number} is {status}: only unused envelopes can be "
                                    "voided.", number=row.number,
                                    status=Label("EnvelopeStatus", row.status)))
        row.status, row.void_reason = VOIDED, reason.strip()


def export_full_list(ws: Workspace, path: Path, reason: str) -> int:
    """Every envelope with its arm (unblinds the list): administrators only, audited."""
    ws.require(Action.EXPORT_ALLOCATION_LIST)
    if not reason.strip():
        raise ValidationError(msg("Exporting the full list reveals every arm: give the reason."),
                              field="reason")
    with ws.db.read_session() as session:
        allocation = _list_in_force(session)
        key = _key_if_sealed(ws, session, allocation)
        _check_integrity(session, allocation, key)
        rows = _canonical([_as_envelope(r, key) for r in _rows(session, allocation)])
    try:
        path.write_bytes(to_csv(rows))
    except OSError as exc:
        raise ValidationError(msg("The file {path} could not be written: {strerror}.",
                                  path=path, strerror=exc.strerror),
                              field="path") from exc
    with ws.session(reason=reason.strip()) as session:
        audit.record_event(session, "export", "allocation_lists", str(allocation.id),
                           {"envelopes": len(rows), "file": path.name})
    return len(rows)


def envelope_set_pdf(ws: Workspace, numbers: list[str] | None = None) -> bytes:
    """Labels (outside: trial, stratum, number) and insert cards (the allocation) to print.

    Printing the cards reveals arms, so it is a list manager's action, audited.
    """
    ws.require(Action.MANAGE_ALLOCATION_LIST)
    from hai_desktop import __version__
    from hai_desktop.reports.envelopes import render_envelope_set

    design = _design()
    with ws.db.read_session() as session:
        allocation = _list_in_force(session)
        key = _key_if_sealed(ws, session, allocation)
        _check_integrity(session, allocation, key)
        rows = _canonical([_as_envelope(r, key) for r in _rows(session, allocation)
                           if r.status == UNUSED])
        training = allocation.training
    if numbers is not None:
        wanted = {n.strip().upper() for n in numbers}
        rows = [r for r in rows if r.number in wanted]
    if not rows:
        raise ValidationError(msg("There are no unused envelopes to print."))
    seq, head = ws.db.audit_head()
    pdf = render_envelope_set(rows, design, training=training, printed_by=ws.user.full_name,
                              version=__version__, audit_anchor=f"audit #{seq} · {head[:8]}",
                              zone=ws.zone, language=ws.settings.document_language)
    with ws.session() as session:
        audit.record_event(session, "print", "envelopes", None,
                           {"envelopes": len(rows), "first": rows[0].number,
                            "last": rows[-1].number})
    return pdf


# ---- incidents --------------------------------------------------------------------------------

@dataclass(frozen=True)
class IncidentView:
    id: int
    kind: str
    summary: str
    reported_by: str
    reported_at: datetime
    resolved: bool
    resolution: str | None
    patient: str | None = None  # screening number
    resolved_by: str | None = None


MEDICATION_ERROR = "medication_error"  # raised at administration (services.administration)


def incidents(ws: Workspace, *, open_only: bool = False,
              medication_errors: bool | None = None) -> list[IncidentView]:
    """Incidents, newest first; `medication_errors` True: only those (the orders' own), False:
    all but those (the allocation's), None: every kind."""
    ws.require(Action.VIEW_RECORDS)
    query = select(Incident).order_by(Incident.id.desc())
    if open_only:
        query = query.where(Incident.resolved_at.is_(None))
    if medication_errors is not None:
        query = query.where((Incident.kind == MEDICATION_ERROR) if medication_errors
                            else (Incident.kind != MEDICATION_ERROR))
    with ws.db.read_session() as session:
        numbers = dict(session.execute(select(Patient.id, Patient.screening_number)).all())
        return [IncidentView(i.id, i.kind, i.summary, i.reported_by, i.reported_at,
                             i.resolved_at is not None, i.resolution,
                             numbers.get(i.patient_id) if i.patient_id else None,
                             i.resolved_by)
                for i in session.scalars(query)]


def resolve_incident(ws: Workspace, incident_id: int, resolution: str) -> None:
    ws.require(Action.RESOLVE_INCIDENTS)
    if not resolution.strip():
        raise ValidationError(msg("Describe how the incident was resolved."), field="resolution")
    with ws.session(reason=resolution.strip()) as session:
        incident = session.get(Incident, incident_id)
        if incident is None:
            raise NotFound(msg("There is no incident #{incident_id}.", incident_id=incident_id))
        if incident.resolved_at is not None:
            raise ConflictError(msg("Incident #{incident_id} is already resolved.",
                                    incident_id=incident_id))
        incident.resolved_at = utc_now()
        incident.resolved_by = ws.user.username
        incident.resolution = resolution.strip()


def balance_rows(summary: ListSummary) -> list[tuple[str, int, int, int, int]]:
    """(stratum label, HAI, control, unused, voided) per stratum and overall."""
    rows = [(f"{s.stratum.code}: {s.stratum.label}", s.hai, s.control, s.unused, s.voided)
            for s in summary.strata]
    rows.append(("All strata", summary.allocated_hai, summary.allocated_control, summary.unused,
                 sum(s.voided for s in summary.strata)))
    return rows

