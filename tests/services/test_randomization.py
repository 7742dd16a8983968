"""Randomization on a real encrypted file: the list, allocation, concealment, refusals,
tampering, the envelope PDF, and two processes racing for one envelope."""

from __future__ import annotations

import io
import multiprocessing
from datetime import UTC, date, datetime
from pathlib import Path

import pdfplumber
import pytest
from sqlalchemy import select

from hai_desktop.core.arms import Arm
from hai_desktop.core.errors import (
    AuthenticationError,
    ConflictError,
    IntegrityFailure,
    PermissionDenied,
    ValidationError,
)
from hai_desktop.core.randomization import GenerationParameters, generate_allocation_list, to_csv
from hai_desktop.services import randomization as rnd
from hai_desktop.services import users
from hai_desktop.services.allocation_keys import arm_of, list_key
from hai_desktop.services.audit_trail import audit_page
from hai_desktop.services.demo import DEMO_LIST_SEED
from hai_desktop.services.demo_screening import eligible_answers
from hai_desktop.services.patients import get_patient, list_patients
from hai_desktop.services.screening import (
    Registration,
    confirm_screening,
    register_candidate,
    save_screening,
)
from hai_desktop.services.workspace import Workspace, create_database, sign_in
from hai_desktop.settings import Settings
from hai_desktop.store.models import (
    AllocationList,
    AuditEntry,
    EnvelopeRecord,
    PatientStatus,
    Role,
)
from tests.conftest import make_settings
from tests.helpers import database_key, first_sign_in, raw_connection

SEED = "00112233445566778899aabbccddeeff"
PASSWORD = "coral-training"


@pytest.fixture
def coordinator(demo_db: Path, settings: Settings) -> Workspace:
    ws = sign_in(demo_db, "coordinator", PASSWORD, settings)
    yield ws  # type: ignore[misc]
    ws.db.close()


def _new_database(folder: Path, *, training: bool) -> Workspace:
    """A new database with no allocation list: an administrator and a coordinator, signed in
    as the coordinator."""
    settings = make_settings(folder)
    admin, _code = create_database(folder / "hai.db", admin_username="admin",
                                   admin_full_name="Admin", admin_password="first-secret-1",
                                   settings=settings, training=training)
    users.add_user(admin, username="coord", full_name="Coordinator One",
                   role=Role.COORDINATOR, temporary_password="amber-temporary-1")
    admin.sign_out()
    return first_sign_in(folder / "hai.db", "coord", "amber-temporary-1", PASSWORD, settings)


@pytest.fixture
def fresh(tmp_path: Path) -> Workspace:
    """A new site (real) database with no allocation list."""
    ws = _new_database(tmp_path / "fresh", training=False)
    yield ws  # type: ignore[misc]
    ws.db.close()


@pytest.fixture
def fresh_training(tmp_path: Path) -> Workspace:
    """A new TRAINING database with no allocation list (lists are generated only there)."""
    ws = _new_database(tmp_path / "fresh-training", training=True)
    yield ws  # type: ignore[misc]
    ws.db.close()


def eligible_patient(ws: Workspace, record: str, *, ecog: str = "0", adjuvant: str = "no") -> int:
    from datetime import date, timedelta
    patient = register_candidate(ws, Registration(
        "Test", "Patient", record, "M", date(1960, 1, 1), date.today() - timedelta(days=1)))
    save_screening(ws, patient.id, eligible_answers(date.today(), ecog=ecog), adjuvant)
    confirm_screening(ws, patient.id, PASSWORD)
    return patient.id


def list_arm(ws: Workspace, number: str) -> Arm:
    """What the card inside says (tests only: the application never shows it unopened; a
    sealed arm is opened with the list's key, as the paper card would be read)."""
    with ws.db.read_session() as session:
        row = session.scalar(select(EnvelopeRecord).where(EnvelopeRecord.number == number))
        assert row is not None
        allocation = session.get(AllocationList, row.list_id)
        assert allocation is not None
        return arm_of(row, list_key(ws, session, allocation))


def s3(ws: Workspace) -> int:
    return list_patients(ws, "S-0003")[0].id


# ---- the list ------------------------------------------------------------------------------------

def test_no_list_yet_is_explained(fresh: Workspace) -> None:
    pid = eligible_patient(fresh, "TR-1")
    with pytest.raises(ConflictError, match="no allocation list yet"):
        rnd.next_envelope(fresh, pid)


def test_generated_list_is_reproducible_and_summarised(fresh_training: Workspace) -> None:
    summary = rnd.generate_list(fresh_training, 10, seed=SEED)
    expected = generate_allocation_list(GenerationParameters(SEED, 10, (2, 4)))
    assert summary.total == len(expected) and summary.unused == len(expected)
    assert summary.origin == "generated" and summary.integrity_problem is None
    assert summary.training  # generated only in a TRAINING database, and marked so
    from hai_desktop.core.randomization import list_sha256
    assert summary.sha256 == list_sha256(expected)


def test_import_and_its_refusals(fresh: Workspace) -> None:
    data = to_csv(generate_allocation_list(GenerationParameters(SEED, 6, (2, 4))))
    with pytest.raises(ValidationError, match="where the list comes from"):
        rnd.import_allocation_list(fresh, data, source_note=" ")
    with pytest.raises(ValidationError, match="Line 2: arm"):
        rnd.import_allocation_list(fresh, b"envelope_number,stratum,arm\nS1-001,S1,X\n",
                                   source_note="statistician v1")
    summary = rnd.import_allocation_list(fresh, data, source_note="statistician v1")
    assert summary.origin == "imported" and not summary.training
    replaced = rnd.import_allocation_list(fresh, data, source_note="statistician v1, resent")
    assert replaced.id != summary.id  # nothing used yet: the list may be replaced
    pid = eligible_patient(fresh, "TR-1")
    offer = rnd.next_envelope(fresh, pid)
    rnd.randomize(fresh, pid, envelope_number=offer.number,
                  arm_on_card=list_arm(fresh, offer.number), password=PASSWORD)
    other = to_csv(generate_allocation_list(GenerationParameters("ff" * 16, 6, (2, 4))))
    with pytest.raises(ConflictError, match="in use"):
        rnd.import_allocation_list(fresh, other, source_note="statistician v2")
    longer = to_csv(generate_allocation_list(GenerationParameters(SEED, 12, (2, 4))))
    extended = rnd.import_allocation_list(fresh, longer, source_note="v1 extended")
    assert extended.id == replaced.id and extended.total > replaced.total
    assert extended.allocated_hai + extended.allocated_control == 1


def test_a_nurse_cannot_manage_the_list_or_randomize(demo_db: Path, settings: Settings) -> None:
    nurse = sign_in(demo_db, "nurse", "navy-training", settings)
    with pytest.raises(PermissionDenied):
        rnd.generate_list(nurse, 10)
    with pytest.raises(PermissionDenied):
        rnd.next_envelope(nurse, s3(nurse))
    nurse.sign_out()


# ---- allocation -------------------------------------------------------------------------------

def test_randomize_the_eligible_patient(coordinator: Workspace) -> None:
    pid = s3(coordinator)
    offer = rnd.next_envelope(coordinator, pid)
    assert (offer.number, offer.stratum.code) == ("S1-002", "S1")
    arm = list_arm(coordinator, "S1-002")
    with pytest.raises(AuthenticationError):
        rnd.randomize(coordinator, pid, envelope_number="S1-002", arm_on_card=arm,
                      password="wrong")
    result = rnd.randomize(coordinator, pid, envelope_number="s1-002 ", arm_on_card=arm,
                           password=PASSWORD)
    assert (result.study_id, result.arm, result.envelope) == ("HAI-008", arm, "S1-002")
    patient = get_patient(coordinator, pid)
    assert patient is not None and patient.status is PatientStatus.RANDOMIZED
    assert patient.study_id == "HAI-008" and patient.arm is arm
    last = audit_page(coordinator, limit=1)[0]
    assert last.action == "randomize" and '"envelope":"S1-002"' in (last.new_values or "")
    with pytest.raises(ConflictError, match=r"already randomized .* as HAI-008 .*S1-002"):
        rnd.next_envelope(coordinator, pid)


def test_the_next_envelope_is_the_patients_stratum_and_others_are_untouched(
        coordinator: Workspace) -> None:
    pid = eligible_patient(coordinator, "TR-1", ecog="1", adjuvant="yes")
    offer = rnd.next_envelope(coordinator, pid)
    assert (offer.number, offer.stratum.label) == ("S4-004", "ECOG 1 / adjuvant yes")
    rnd.randomize(coordinator, pid, envelope_number="S4-004",
                  arm_on_card=list_arm(coordinator, "S4-004"), password=PASSWORD)
    summary = rnd.active_list(coordinator)
    assert summary is not None
    used = {s.stratum.code: s.hai + s.control for s in summary.strata}
    assert used == {"S1": 1, "S2": 1, "S3": 2, "S4": 4}  # the demo allocated 1, 1, 2, 3
    assert rnd.next_envelope(coordinator, s3(coordinator)).number == "S1-002"


# ---- the stratum rule: decided once, in services.randomization -----------------------------------

@pytest.mark.parametrize(("ecog", "adjuvant", "code"), [
    ("0", "no", "S1"), ("0", "yes", "S2"), ("1", "no", "S3"), ("1", "yes", "S4")])
def test_the_stratum_of_each_pair_of_factors(ecog: str, adjuvant: str, code: str) -> None:
    stratum = rnd.stratum_from_factors(ecog, adjuvant, screening_number="S-0099")
    assert (stratum.code, stratum.ecog, stratum.prior_adjuvant) == (
        code, int(ecog), adjuvant == "yes")
    assert rnd.stratum_factors_missing(ecog, adjuvant) == []


@pytest.mark.parametrize(("ecog", "adjuvant", "missing"), [
    (None, "no", ["ECOG performance status"]), ("2", "yes", ["ECOG performance status"]),
    ("0", None, ["prior adjuvant chemotherapy"]),
    ("", "", ["ECOG performance status", "prior adjuvant chemotherapy"])])
def test_a_missing_factor_is_named(ecog: str | None, adjuvant: str | None,
                                   missing: list[str]) -> None:
    assert rnd.stratum_factors_missing(ecog, adjuvant) == missing
    with pytest.raises(ValidationError, match="Stratum factor missing for S-0099: "
                       + "; ".join(missing)):
        rnd.stratum_from_factors(ecog, adjuvant, screening_number="S-0099")


def test_the_patients_stratum_is_the_one_randomization_uses(coordinator: Workspace) -> None:
    """patient_stratum (what the randomization screen shows) and the envelope offered agree,
    for the demo's waiting patient and for a new one in another stratum."""
    late = eligible_patient(coordinator, "TR-1", ecog="1", adjuvant="no")
    for pid, code in ((s3(coordinator), "S1"), (late, "S3")):
        assert rnd.patient_stratum(coordinator, pid).code == code
        assert rnd.next_envelope(coordinator, pid).stratum.code == code
    with pytest.raises(ConflictError, match="no confirmed eligible screening"):
        rnd.patient_stratum(coordinator, list_patients(coordinator, "S-0001")[0].id)


def test_out_of_order_envelope_is_refused(coordinator: Workspace) -> None:
    with pytest.raises(ConflictError, match=r"S1-004 is not the next one .* open envelope S1-002"):
        rnd.randomize(coordinator, s3(coordinator), envelope_number="S1-004",
                      arm_on_card=Arm.HAI, password=PASSWORD)


def test_voided_envelopes_are_skipped(coordinator: Workspace) -> None:
    with pytest.raises(ValidationError, match="reason"):
        rnd.void_envelope(coordinator, "S1-002", "")
    rnd.void_envelope(coordinator, "S1-002", "torn while opening the box")
    # S1-003 is voided in the demo too.
    assert rnd.next_envelope(coordinator, s3(coordinator)).number == "S1-004"
    with pytest.raises(ConflictError, match="only unused envelopes"):
        rnd.void_envelope(coordinator, "S1-002", "again")
    views = {v.number: v for v in rnd.envelopes(coordinator)}
    assert views["S1-002"].status == "voided" and views["S1-002"].arm is None
    assert views["S1-001"].arm is not None and views["S1-001"].study_id == "HAI-003"


def test_a_card_that_disagrees_blocks_and_raises_an_incident(coordinator: Workspace,
                                                             demo_db: Path) -> None:
    pid = s3(coordinator)
    wrong = Arm.CONTROL if list_arm(coordinator, "S1-002") is Arm.HAI else Arm.HAI
    # The demo's own open incident (a medication error of HAI-004) is numbered before.
    number = len(rnd.incidents(coordinator)) + 1
    with pytest.raises(ConflictError, match=rf"disagrees with the allocation list.*incident "
                                            rf"#{number}"):
        rnd.randomize(coordinator, pid, envelope_number="S1-002", arm_on_card=wrong,
                      password=PASSWORD)
    patient = get_patient(coordinator, pid)
    assert patient is not None and patient.study_id is None
    open_incidents = [i for i in rnd.incidents(coordinator, open_only=True)
                      if i.kind != "medication_error"]
    assert len(open_incidents) == 1 and "S1-002" in open_incidents[0].summary
    assert open_incidents[0].id == number
    with pytest.raises(ConflictError, match=rf"Incident #{number} .* is open"):
        rnd.next_envelope(coordinator, pid)
    with pytest.raises(PermissionDenied):
        rnd.resolve_incident(coordinator, number, "checked")
    investigator = sign_in(demo_db, "investigator", "indigo-training", coordinator.settings)
    rnd.resolve_incident(investigator, number, "Card misread; envelope re-checked with the "
                                               "coordinator.")
    investigator.sign_out()
    assert rnd.next_envelope(coordinator, pid).number == "S1-002"


def test_an_exhausted_stratum_says_what_to_do(coordinator: Workspace) -> None:
    for view in rnd.envelopes(coordinator):
        if view.stratum.code == "S1" and view.status == "unused":
            rnd.void_envelope(coordinator, view.number, "box of S1 envelopes lost")
    with pytest.raises(ConflictError, match="No unused envelopes left in stratum ECOG 0 / "
                                            "adjuvant no: import or generate more"):
        rnd.next_envelope(coordinator, s3(coordinator))
    last = max(v.stratum.code == "S1" and int(v.number[3:]) for v in rnd.envelopes(coordinator))
    rnd.generate_list(coordinator, 40)  # extends the list in use from its recorded seed
    assert rnd.next_envelope(coordinator, s3(coordinator)).number == f"S1-{last + 1:03d}"
    summary = rnd.active_list(coordinator)
    assert summary is not None and summary.integrity_problem is None


def test_only_confirmed_eligible_patients_are_randomized(coordinator: Workspace) -> None:
    for number, message in (("S-0001", "not eligible"), ("S-0002", "not eligible"),
                            ("S-0005", "already randomized")):
        with pytest.raises(ConflictError, match=message):
            rnd.next_envelope(coordinator, list_patients(coordinator, number)[0].id)


def test_a_tampered_list_stops_randomization(coordinator: Workspace, demo_db: Path) -> None:
    settings = coordinator.settings
    coordinator.db.close()
    key = database_key(demo_db, "coordinator", PASSWORD)
    with raw_connection(demo_db, key) as conn:
        conn.execute("DROP TRIGGER envelopes_sealed")
        conn.execute("UPDATE envelopes SET arm = CASE arm WHEN 'hai' THEN 'control' "
                     "ELSE 'hai' END WHERE number = 'S1-003'")
    ws = sign_in(demo_db, "coordinator", PASSWORD, settings)
    assert "altered" in (rnd.list_integrity_problem(ws) or "")
    with pytest.raises(IntegrityFailure, match="does not match its fingerprint"):
        rnd.next_envelope(ws, s3(ws))
    ws.sign_out()


def test_the_database_refuses_to_change_an_envelopes_arm(coordinator: Workspace,
                                                        demo_db: Path) -> None:
    key = database_key(demo_db, "coordinator", PASSWORD)
    with raw_connection(demo_db, key) as conn, pytest.raises(Exception, match="never change"):
        conn.execute("UPDATE envelopes SET arm = 'hai'")


def test_unopened_arms_stay_out_of_views_and_audit_trail(coordinator: Workspace) -> None:
    views = rnd.envelopes(coordinator)
    assert all(v.arm is None for v in views if v.status != "used")
    assert all(v.arm is not None for v in views if v.status == "used")
    with coordinator.db.read_session() as session:
        rows = session.scalars(select(AuditEntry).where(AuditEntry.entity.in_(
            ["envelopes", "allocation_lists"]))).all()
    assert rows and all('"arm"' not in (r.new_values or "") and SEED not in (r.new_values or "")
                        for r in rows)


def test_full_list_export_is_admin_only_with_reason(coordinator: Workspace, demo_db: Path,
                                                    tmp_path: Path) -> None:
    with pytest.raises(PermissionDenied):
        rnd.export_full_list(coordinator, tmp_path / "x.csv", "curious")
    admin = sign_in(demo_db, "admin", "amber-training", coordinator.settings)
    with pytest.raises(ValidationError, match="give the reason"):
        rnd.export_full_list(admin, tmp_path / "x.csv", "")
    count = rnd.export_full_list(admin, tmp_path / "x.csv", "DSMB unblinding request #7")
    assert count == len((tmp_path / "x.csv").read_text().splitlines()) - 1
    last = audit_page(admin, limit=1)[0]
    assert (last.action, last.reason) == ("export", "DSMB unblinding request #7")
    admin.sign_out()


# ---- the envelope PDF ---------------------------------------------------------------------------

def test_envelope_pdf_labels_hide_the_arm_and_cards_show_the_right_one(
        coordinator: Workspace) -> None:
    wanted = ["S1-002", "S1-004", "S1-005", "S2-002", "S2-003", "S3-003", "S4-004"]
    pdf = rnd.envelope_set_pdf(coordinator, wanted)
    expected = {e.number: e.arm for e in generate_allocation_list(
        GenerationParameters(DEMO_LIST_SEED, 30, (2, 4))) if e.number in wanted}
    seen = set()
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        assert len(document.pages) == -(-len(expected) // 5)
        for page in document.pages:
            middle = page.width * 0.5
            label_text = page.crop((0, 0, 0.445 * page.width, page.height)).extract_text()
            assert "Experimental" not in label_text and "Control" not in label_text
            assert "HAI oxaliplatin + FOLFIRI +" not in label_text
            for word in page.extract_words():
                if word["text"].startswith("S") and word["x0"] < middle and \
                        word["text"] in expected:
                    seen.add(word["text"])
            card_text = page.crop((0.445 * page.width, 0, page.width, page.height)
                                  ).extract_text()
            for line in card_text.splitlines():
                if line.startswith("Envelope "):
                    number = line.split()[1]
                    following = card_text.splitlines()[card_text.splitlines().index(line) + 1]
                    arm = Arm.HAI if following.startswith("Experimental") else Arm.CONTROL
                    assert expected[number] is arm, number
            assert "Page" in page.extract_text() and "TRAINING" in page.extract_text()
    assert seen == set(expected)
    assert audit_page(coordinator, limit=1)[0].action == "print"


# ---- two processes, one envelope -----------------------------------------------------------------

def _race(db: str, folder: str, patient_id: int, barrier: multiprocessing.synchronize.Barrier,
          results: multiprocessing.queues.Queue) -> None:
    ws = sign_in(Path(db), "coordinator", PASSWORD, make_settings(Path(folder)))
    offer = rnd.next_envelope(ws, patient_id)
    arm = list_arm(ws, offer.number)
    barrier.wait()
    try:
        result = rnd.randomize(ws, patient_id, envelope_number=offer.number, arm_on_card=arm,
                               password=PASSWORD)
        results.put(("ok", result.envelope))
    except ConflictError as exc:
        results.put(("refused", exc.message))
    finally:
        ws.sign_out()


def test_two_processes_never_get_the_same_envelope(coordinator: Workspace, demo_db: Path,
                                                   tmp_path: Path) -> None:
    first = s3(coordinator)
    second = eligible_patient(coordinator, "TR-2")  # same stratum S1
    coordinator.db.close()
    context = multiprocessing.get_context("spawn")
    barrier, results = context.Barrier(2), context.Queue()
    workers = [context.Process(target=_race, args=(str(demo_db), str(tmp_path / f"w{i}"), pid,
                                                   barrier, results))
               for i, pid in enumerate((first, second))]
    for worker in workers:
        worker.start()
    outcomes = sorted(results.get(timeout=120) for _ in workers)
    for worker in workers:
        worker.join(timeout=60)
    assert outcomes[0] == ("ok", "S1-002")
    assert outcomes[1][0] == "refused" and "S1-002 was already used" in outcomes[1][1]
    ws = sign_in(demo_db, "monitor", "mint-training", coordinator.settings)
    used = [v.number for v in rnd.envelopes(ws) if v.status == "used" and v.stratum.code == "S1"]
    assert used == ["S1-001", "S1-002"]  # the demo's, then exactly one of the two
    ws.sign_out()


def test_verify_reports_a_tampered_list(coordinator: Workspace, demo_db: Path) -> None:
    from tests.helpers import run_cli
    coordinator.db.close()
    code, out, _ = run_cli(["--db", str(demo_db), "verify", "--as", "monitor",
                            "--password-stdin"], "mint-training\n")
    assert code == 0 and "allocation list matches its fingerprint" in out
    key = database_key(demo_db, "coordinator", PASSWORD)
    with raw_connection(demo_db, key) as conn:
        conn.execute("DROP TRIGGER envelopes_sealed")
        conn.execute("UPDATE envelopes SET sequence = 99 WHERE number = 'S2-005'")
    code, out, _ = run_cli(["--db", str(demo_db), "verify", "--as", "monitor",
                            "--password-stdin"], "mint-training\n")
    assert code == 1 and out.startswith("FAILED: allocation list: The allocation list does not "
                                        "match its fingerprint")


def test_views_name_people_and_patients(coordinator: Workspace) -> None:
    views = {v.number: v for v in rnd.envelopes(coordinator)}
    assert views["S1-001"].used_by == "Eun-ji Yoon" and views["S1-002"].used_by is None
    rows = rnd.balance_rows(rnd.active_list(coordinator))  # type: ignore[arg-type]
    assert rows[0][0] == "S1: ECOG 0 / adjuvant no" and rows[-1][0] == "All strata"
    pid = s3(coordinator)
    wrong = Arm.CONTROL if list_arm(coordinator, "S1-002") is Arm.HAI else Arm.HAI
    with pytest.raises(ConflictError):
        rnd.randomize(coordinator, pid, envelope_number="S1-002", arm_on_card=wrong,
                      password=PASSWORD)
    assert rnd.incidents(coordinator)[0].patient == "S-0003"


def test_only_a_training_database_takes_a_randomization_time(fresh: Workspace) -> None:
    rnd.import_allocation_list(fresh, to_csv(generate_allocation_list(
        GenerationParameters(SEED, 4, (2, 4)))), source_note="central statistician, version 1")
    pid = eligible_patient(fresh, "TR-9")
    offer = rnd.next_envelope(fresh, pid)
    before = audit_page(fresh, limit=1)[0].seq
    with pytest.raises(ValidationError, match="only a TRAINING database"):
        rnd.randomize(fresh, pid, envelope_number=offer.number, arm_on_card=list_arm(
            fresh, offer.number), password=PASSWORD, at=datetime(2026, 1, 5, 10, tzinfo=UTC))
    assert get_patient(fresh, pid).arm is None
    assert audit_page(fresh, limit=1)[0].seq == before


def test_the_demo_timeline_runs_consent_randomization_treatment(coordinator: Workspace) -> None:
    from hai_desktop.services.orders import orders_for_patient
    from hai_desktop.store.models import Patient

    with coordinator.db.read_session() as session:
        randomized = [p for p in session.scalars(select(Patient)) if p.study_id]
    assert len(randomized) == 7
    for patient in randomized:
        assert patient.randomized_at is not None and patient.consent_date is not None
        day = patient.randomized_at.date()
        assert patient.consent_date < day < date.today(), patient.screening_number
        cycles = [o.day1 for o in orders_for_patient(coordinator, patient.id)]
        assert all(day < day1 for day1 in cycles), patient.screening_number
