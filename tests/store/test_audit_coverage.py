"""Audit coverage: every table's inserts and updates reach the trail with old and new values,
the demo's records (all written through the services) are exactly what their audit rows say,
and `hai-desktop verify` finds any altered, removed or reordered audit row, wherever it is.

test_audit_trail.py has the basics (a change with who/old/new/reason, append-only triggers, a
few tampering cases, the anchor); this file covers every table and every position."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from hai_desktop.services.workspace import Workspace
from hai_desktop.store import audit
from hai_desktop.store.models import (
    AdverseEvent,
    Allergy,
    AllergyStatement,
    AllocationKeyWrap,
    AllocationList,
    AuditEntry,
    Base,
    CatheterEvent,
    CatheterInspection,
    DatabaseInfo,
    DoseDecision,
    DoseLevelRule,
    DoubleCheck,
    EnvelopeRecord,
    FollowUpContact,
    HaiCompetency,
    HaiGateOverride,
    HaiPainReport,
    Incident,
    LabResult,
    Lesion,
    LesionMeasurement,
    Order,
    OrderLine,
    OrderSupportive,
    Patient,
    ResectionOutcome,
    ScreeningAnswer,
    ScreeningRecord,
    Signature,
    SiteRule,
    SupportiveCareRule,
    ToxicityDecision,
    TreatmentEnd,
    TumourAssessment,
    User,
    UserKey,
)
from tests.helpers import database_key, raw_connection, run_cli, tamper

VERIFY = ["verify", "--as", "admin", "--password-stdin"]
MAPPED = sorted((m.class_ for m in Base.registry.mappers), key=lambda c: c.__tablename__)
RECORD_TABLES = [c for c in MAPPED if c.audited]
NOW = datetime(2026, 3, 4, 5, 6, 7, tzinfo=UTC)


def _first_id(session: Session, model: type[Base]) -> int:
    value = session.scalar(select(model.id).order_by(model.id))  # type: ignore[attr-defined]
    assert value is not None, f"the demo has no {model.__tablename__}"
    return int(value)


# One new record per table, made in a session of the signed-in user, and one later change.
Sample = tuple[Callable[[Session], Base], str, object]
SAMPLES: dict[str, Sample] = {
    "database_info": (lambda s: DatabaseInfo(key="audit_test", value="1"), "value", "2"),
    "users": (lambda s: User(username="audited", full_name="Audit Test", role="nurse",
                             password_hash="argon2id$secret-hash"), "full_name", "Audit Tested"),
    "allocation_key_wraps": (lambda s: AllocationKeyWrap(
        list_id=s.scalar(select(AllocationList.id).limit(1)), username="audited",
        fingerprint="0123456789abcdef", wrap="{}"), "username", "audited2"),
    "user_keys": (lambda s: UserKey(fingerprint="0123456789abcdef", username="audited",
                                    signing_public="A" * 44, agreement_public="B" * 44),
                  "username", "audited2"),
    "patients": (lambda s: Patient(
        screening_number="S-0900", family_name="Audit", given_name="Test", initials="TA",
        hospital_record_number="TR-0000900", sex="F", date_of_birth=date(1960, 1, 2)),
        "allergies", "Latex"),
    "site_rules": (lambda s: SiteRule(key="audit_test", value="1"), "value", "2"),
    "signatures": (lambda s: Signature(entity="orders", entity_id="1", meaning="prescribed",
                                       username="admin", full_name="Min-ji Park",
                                       content_hash="0" * 64), "superseded", True),
    "screenings": (lambda s: ScreeningRecord(patient_id=_fresh_patient(s),
                                             checklist_version="v-test"), "status", "eligible"),
    "screening_answers": (lambda s: ScreeningAnswer(
        screening_id=_first_id(s, ScreeningRecord), criterion_id="audit_test", choice="yes"),
        "choice", "no"),
    "allocation_lists": (lambda s: AllocationList(
        origin="imported", sha256="a" * 64, created_by="admin", seed="revealing-seed",
        active=False), "source_note", "checked"),
    "envelopes": (lambda s: EnvelopeRecord(
        list_id=_first_id(s, AllocationList), number="S9-001", stratum="S1", sequence=999,
        arm="hai"), "status", "voided"),
    "incidents": (lambda s: Incident(kind="test", summary="audit test", reported_by="admin"),
                  "resolution", "resolved"),
    "dose_level_rules": (lambda s: DoseLevelRule(
        drug_id="audit_test", levels="100,80", rounding_increment_mg=5.0,
        max_deviation_percent=5.0, source="test"), "levels", "100,75"),
    "dose_decisions": (lambda s: DoseDecision(
        patient_id=_first_id(s, Patient), drug_id="irinotecan", level=-1, reason="test",
        decided_by="admin"), "reason", "grade 3 diarrhoea"),
    "orders": (lambda s: Order(
        patient_id=_first_id(s, Patient), cycle=99, day1=date(2026, 1, 5), arm="hai",
        targeted_agent="bevacizumab", height_text="170 cm", weight_text="70 kg",
        measured_on=date(2026, 1, 5), height_cm=170.0, weight_kg=70.0, bsa_formula="mosteller",
        bsa_m2=1.82, created_by="admin"), "status", "voided"),
    "order_lines": (lambda s: OrderLine(
        order_id=_first_id(s, Order), drug_id="audit_test", sequence=9, basis="mg/m2", level=0,
        dose_per_unit=1.0, calculated_mg=1.0, final_mg=1.0, difference_percent=0.0,
        route="IV", duration="1 h", diluent="NaCl"), "given_mg", 1.0),
    "lab_results": (lambda s: LabResult(
        patient_id=_first_id(s, Patient), term="Anemia", value_text="9 g/dL", value=9.0,
        unit="g/dL", grade=2, taken_on=date(2026, 1, 5), recorded_by="admin"),
        "voided", True),
    "adverse_events": (lambda s: AdverseEvent(
        patient_id=_first_id(s, Patient), term="Nausea", meddra_code="10028813", grade=1,
        onset=date(2026, 1, 5), outcome="recovered", recorded_by="admin"), "grade", 2),
    "toxicity_decisions": (lambda s: ToxicityDecision(
        adverse_event_id=_first_id(s, AdverseEvent), drug_id="irinotecan", decision="delay",
        reason="test", decided_by="admin"), "reason", "recovered"),
    "catheter_events": (lambda s: CatheterEvent(
        patient_id=_first_id(s, Patient), kind="complication", occurred_on=date(2026, 1, 5),
        complication="occlusion", recorded_by="admin"), "notes", "flushed"),
    "catheter_inspections": (lambda s: CatheterInspection(
        patient_id=_first_id(s, Patient), inspected_on=date(2026, 1, 5), inspected_at=NOW,
        answers="{}", outcome="fit", inspected_by="admin", inspector_role="nurse"),
        "outcome", "not fit"),
    "hai_pain_reports": (lambda s: HaiPainReport(
        patient_id=_first_id(s, Patient), location="abdominal", infusion="stopped",
        reported_by="admin", reported_at=NOW), "action", "analgesia"),
    "hai_gate_overrides": (lambda s: HaiGateOverride(
        order_id=_first_id(s, Order), day=date(2026, 1, 5), reason="test",
        decided_by="admin"), "reason", "IR agreed"),
    "resection_outcomes": (lambda s: ResectionOutcome(
        patient_id=_fresh_patient(s), liver_resection="not yet", recorded_by="admin"),
        "margin", "R0"),
    "order_supportive": (lambda s: OrderSupportive(
        order_id=_first_id(s, Order), item_id="audit_test", position=99,
        category="premedication", name="ondansetron", dose="8 mg", route="IV",
        timing="30 min before"), "omitted", True),
    "supportive_care_rules": (lambda s: SupportiveCareRule(
        item_id="audit_test", dose="8 mg", route="IV", timing="30 min before", active=True,
        source="test"), "dose", "4 mg"),
    "double_checks": (lambda s: DoubleCheck(
        order_id=_first_id(s, Order), username="nurse", full_name="Ha-na Choi",
        checked_at=NOW, order_code="HAI-ORDER-000001", record_number="TR-1",
        date_of_birth=date(1960, 1, 1), items="[]", content_hash="0" * 64,
        signature_id=_first_id(s, Signature)), "record_number", "TR-2"),
    "allergies": (lambda s: Allergy(
        patient_id=_first_id(s, Patient), category="drug", allergen="penicillin",
        reaction="rash", severity="mild", source="patient", recorded_by="admin"),
        "severity", "moderate"),
    "allergy_statements": (lambda s: AllergyStatement(
        patient_id=_first_id(s, Patient), asked_by="Ha-na Choi", asked_on=date(2026, 1, 5),
        recorded_by="admin"), "voided", True),
    "hai_competencies": (lambda s: HaiCompetency(
        username="nurse2", trained_on=date(2026, 1, 5), trainer="Dr Kang",
        valid_until=date(2027, 1, 5), recorded_by="admin"), "trainer", "Dr Tae-hyun Kang"),
    "tumour_assessments": (lambda s: TumourAssessment(
        patient_id=_first_id(s, Patient), assessed_on=date(2026, 1, 5), baseline=False,
        method="CT", new_lesion=False, recorded_by="admin", voided=False), "cea_ng_ml", 4.2),
    "lesions": (lambda s: Lesion(
        patient_id=_first_id(s, Patient), baseline_id=_fresh_assessment(s), key="T1",
        organ="liver", target=True), "site", "segment VII"),
    "lesion_measurements": (lambda s: LesionMeasurement(
        assessment_id=_fresh_assessment(s), lesion_id=_fresh_lesion(s), diameter_mm=21.0,
        diameter_text="21"), "diameter_mm", 2.1),
    "treatment_ends": (lambda s: TreatmentEnd(
        patient_id=_fresh_patient(s), scope="all protocol treatment", ended_on=date(2026, 1, 5),
        reason="toxicity", recorded_by="admin"), "reason", "other"),
    "follow_up_contacts": (lambda s: FollowUpContact(
        patient_id=_first_id(s, Patient), contacted_on=date(2026, 1, 5), method="telephone",
        status="alive", recorded_by="admin", voided=False), "note", "called back"),
}


def _fresh_assessment(session: Session) -> int:
    row = TumourAssessment(patient_id=_first_id(session, Patient), assessed_on=date(2026, 1, 4),
                           baseline=True, method="CT", new_lesion=False, recorded_by="admin",
                           voided=False)
    session.add(row)
    session.flush()
    return row.id


def _fresh_lesion(session: Session) -> int:
    row = Lesion(patient_id=_first_id(session, Patient), baseline_id=_fresh_assessment(session),
                 key="T1", organ="liver", target=True, node=False)
    session.add(row)
    session.flush()
    return row.id


def _fresh_patient(session: Session) -> int:
    patient = Patient(screening_number="S-0901", family_name="Audit", given_name="Other",
                      initials="OA", hospital_record_number="TR-0000901", sex="M",
                      date_of_birth=date(1961, 1, 2))
    session.add(patient)
    session.flush()
    return patient.id


def _trail(ws: Workspace, entity: str, entity_id: str) -> list[AuditEntry]:
    with ws.db.read_session() as session:
        return list(session.scalars(select(AuditEntry).where(
            AuditEntry.entity == entity, AuditEntry.entity_id == entity_id)
            .order_by(AuditEntry.seq)))


def _plain(model: Base) -> dict[str, Any]:
    """A record's values as the trail writes them (dates as text, …), secrets left out."""
    values = {a.key: getattr(model, a.key) for a in inspect(model).mapper.column_attrs
              if a.key not in model.audit_exclude}
    return json.loads(audit._dumps(values) or "{}")


def test_every_mapped_table_but_the_trail_is_audited() -> None:
    # The server's wrong-password counters are the key file's counters moved into the
    # database: not records, each failure is an audit event (tests/services/test_server_*).
    assert [c.__tablename__ for c in MAPPED if not c.audited] == ["audit_trail",
                                                                  "sign_in_failures"]


@pytest.mark.parametrize("model", RECORD_TABLES, ids=lambda c: c.__tablename__)
def test_inserting_and_changing_a_record_writes_audit_rows_with_old_and_new_values(
        admin_ws: Workspace, model: type[Base]) -> None:
    table = model.__tablename__
    if table not in SAMPLES:
        pytest.fail(f"{table} has no audit coverage here: add a sample record to SAMPLES")
    make, column, new_value = SAMPLES[table]
    with admin_ws.session(reason="audit coverage: create") as session:
        record = make(session)
        session.add(record)
        session.flush()
        entity_id = audit._entity_id(record)
    with admin_ws.db.read_session() as session:
        stored = session.get(model, inspect(record).identity)
        assert stored is not None
        expected_created = _plain(stored)
        old_value = _plain(stored)[column]
    with admin_ws.session(reason="audit coverage: change") as session:
        row = session.get(model, inspect(record).identity)
        setattr(row, column, new_value)
    rows = _trail(admin_ws, table, entity_id)
    assert [(r.action, r.username, r.reason) for r in rows] == [
        ("create", "admin", "audit coverage: create"),
        ("void" if column == "voided" else "update", "admin", "audit coverage: change")]
    assert json.loads(rows[0].new_values or "{}") == expected_created
    assert json.loads(rows[1].old_values or "{}") == {column: old_value}
    assert json.loads(rows[1].new_values or "{}") == {column: new_value}
    for excluded in model.audit_exclude:  # secrets and concealed values never reach the trail
        assert excluded not in (rows[0].new_values or "")


def _replay_mismatches(ws: Workspace) -> tuple[list[str], dict[str, int]]:
    """Records unlike what their audit rows replay to, and how many records each table has."""
    with ws.db.read_session() as session:
        counts = {m.__tablename__: n for m in RECORD_TABLES
                  if (n := len(session.scalars(select(m)).all()))}
        return audit.records_unlike_their_history(session), counts


def test_every_record_of_the_demo_is_what_its_audit_rows_say(admin_ws: Workspace) -> None:
    """The demo is built through the services only: replaying each record's create and update
    rows must give exactly the record as it is, in every table that has records."""
    mismatches, counts = _replay_mismatches(admin_ws)
    assert mismatches == []
    empty = {m.__tablename__ for m in RECORD_TABLES} - set(counts)
    # The demo has no gate override or site-specific rule: the samples cover them.
    assert empty <= {"hai_gate_overrides", "site_rules", "dose_level_rules",
                     "supportive_care_rules"}, empty
    assert sum(counts.values()) > 300


def test_a_record_changed_below_the_application_no_longer_matches_its_audit_rows(
        admin_ws: Workspace, demo_db: Path) -> None:
    with raw_connection(demo_db, admin_ws.db.key) as conn:
        conn.execute("UPDATE patients SET allergies = 'none' WHERE screening_number = 'S-0004'")
        patient_id = conn.execute("SELECT id FROM patients WHERE screening_number = 'S-0004'"
                                  ).fetchone()[0]
    assert _replay_mismatches(admin_ws)[0] == [f"patients #{patient_id}"]


def test_verify_reports_a_record_changed_below_the_application(demo_db: Path) -> None:
    tamper(demo_db, "UPDATE patients SET allergies = 'none' WHERE screening_number = 'S-0004'")
    code, out, _err = run_cli(["--db", str(demo_db), "verify", "--as", "admin",
                               "--password-stdin"], "amber-training\n")
    assert code == 1
    assert "changed outside the application): patients #" in out


# ---- tampering with the trail, found by `hai-desktop verify` ---------------------------------

def _last_seq(demo_db: Path) -> int:
    key = database_key(demo_db, "admin", "amber-training")
    with raw_connection(demo_db, key) as conn:
        return int(conn.execute("SELECT max(seq) FROM audit_trail").fetchone()[0])


def _swap(a: int, b: int) -> list[str]:
    return [f"UPDATE audit_trail SET seq = -1 WHERE seq = {a}",
            f"UPDATE audit_trail SET seq = {a} WHERE seq = {b}",
            f"UPDATE audit_trail SET seq = {b} WHERE seq = -1"]


# Each: the statements for the last row number n, and the report naming the row.
Tampering = Callable[[int], tuple[list[str], str]]
WHERE = {"first": lambda n: 1, "middle": lambda n: n // 2, "last": lambda n: n}
TAMPERING: dict[str, Tampering] = {
    "alter": lambda seq: ([f"UPDATE audit_trail SET reason = 'tidied' WHERE seq = {seq}"],
                          f"audit row #{seq} has been altered"),
    "delete": lambda seq: ([f"DELETE FROM audit_trail WHERE seq = {seq}"],
                           f"audit row #{seq + 1} follows #{seq - 1}: rows missing"),
    "reorder": lambda seq: (_swap(seq, seq + 1), f"audit row #{seq} does not link to row "
                                                 f"#{seq - 1}"),
}


def _case(kind: str, where: str, last: int) -> tuple[list[str], str]:
    seq = WHERE[where](last)
    if kind == "reorder" and where == "last":
        seq = last - 1  # the last two rows change places
    statements, expected = TAMPERING[kind](seq)
    if kind == "delete" and where == "last":
        # The chain still links: the anchor in the key file (HMAC'd, outside the database)
        # knows the row.
        expected = (f"audit trail ends at row #{last - 1} but the anchor records row #{last}: "
                    "newest rows were removed")
    return statements, expected


@pytest.mark.parametrize("where", list(WHERE))
@pytest.mark.parametrize("kind", list(TAMPERING))
def test_verify_finds_any_row_altered_deleted_or_reordered(demo_db: Path, kind: str,
                                                           where: str) -> None:
    statements, expected = _case(kind, where, _last_seq(demo_db))
    tamper(demo_db, *statements)
    code, out, err = run_cli(["--db", str(demo_db), *VERIFY], "amber-training\n")
    assert (code, err) == (1, "")
    assert out.startswith("FAILED:") and expected in out, out


def test_verify_finds_a_changed_audit_copy_of_a_clinical_record(demo_db: Path) -> None:
    key = database_key(demo_db, "admin", "amber-training")
    with raw_connection(demo_db, key) as conn:
        seq = conn.execute("SELECT seq FROM audit_trail WHERE entity = 'patients' AND action = "
                           "'create' AND new_values LIKE '%TR-7729561%'").fetchone()[0]
    tamper(demo_db, "UPDATE audit_trail SET new_values = replace(new_values, 'TR-7729561', "
                      f"'TR-7729999') WHERE seq = {seq}")
    code, out, _err = run_cli(["--db", str(demo_db), *VERIFY], "amber-training\n")
    assert code == 1 and f"audit row #{seq} has been altered" in out, out


def test_verify_finds_the_whole_trail_truncated(demo_db: Path) -> None:
    last = _last_seq(demo_db)
    tamper(demo_db, "DELETE FROM audit_trail")
    code, out, _err = run_cli(["--db", str(demo_db), *VERIFY], "amber-training\n")
    assert code == 1 and out.startswith("FAILED:"), out
    assert f"the anchor records row #{last}" in out and "newest rows were removed" in out, out
