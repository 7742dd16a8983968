"""The statistician's export from a real encrypted demo database: the files read back row by
row, the dictionary against every header, the AES-256 archive opened with and without its
password, pseudonymised (no identifier in any byte) and identified, and every refusal leaving
nothing behind."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest
import pyzipper
from sqlalchemy import select

from hai_desktop.core.errors import (
    AuthenticationError,
    DatabaseFileError,
    PermissionDenied,
    ValidationError,
)
from hai_desktop.services import export, orders, outcomes
from hai_desktop.services.demo import DEMO_PATIENTS, DemoPatient
from hai_desktop.services.demo_orders import NEUROPATHY_CONTINUE, demo_randomization_day
from hai_desktop.services.export import ExportResult, export_trial_data
from hai_desktop.services.workspace import Workspace
from hai_desktop.store.models import AuditEntry
from tests.helpers import audit_head_seq, audit_rows_after, database_key, record_snapshot
from tests.services.conftest import PASSWORDS, People, pid, randomize_waiting_patient

TODAY = date.today()


def utc(day: date, hour: int, minute: int) -> str:
    """A local time of this computer (the demo's site zone) as the export writes it."""
    moment = datetime.combine(day, time(hour, minute)).astimezone().astimezone(UTC)
    return f"{moment:%Y-%m-%dT%H:%M:%SZ}"
ARCHIVE_PASSWORD = "stat-archive-2026!"
FILES = ["patient_summary.csv", "screening.csv", "randomization.csv", "treatment.csv",
         "dose_decisions.csv", "adverse_events.csv", "lab_results.csv", "catheter_events.csv",
         "catheter_inspections.csv", "hai_pain_reports.csv", "endpoints.csv",
         "tumour_assessments.csv", "lesion_measurements.csv", "follow_up_contacts.csv",
         "data_dictionary.csv"]


def years(born: date, on: date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def demo(number: str) -> DemoPatient:
    return next(p for p in DEMO_PATIENTS if p.screening_number == number)


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def header(path: Path) -> list[str]:
    with path.open(newline="", encoding="utf-8") as handle:
        return next(csv.reader(handle))


def run_export(ws: Workspace, target: Path, **options: object) -> ExportResult:
    settings: dict[str, object] = {"reason": "interim analysis for the DSMB",
                                   "archive_password": ARCHIVE_PASSWORD, **options}
    return export_trial_data(ws, target, **settings)  # type: ignore[arg-type]


@pytest.fixture
def exported(people: People, tmp_path: Path) -> ExportResult:
    (tmp_path / "out").mkdir()
    return run_export(people["coordinator"], tmp_path / "out" / "hai-export")


def rows_of(result: ExportResult, name: str) -> list[dict[str, str]]:
    if result.folder is None:  # identified: the archive is all there is
        with pyzipper.AESZipFile(result.archive) as archive:
            archive.setpassword(ARCHIVE_PASSWORD.encode())
            text = archive.read(f"{result.archive.stem}/{name}").decode("utf-8")
        return list(csv.DictReader(io.StringIO(text)))
    return read_csv(result.folder / name)


# ---- what is in the files --------------------------------------------------------------------

def test_the_folder_and_the_archive_hold_every_file(exported: ExportResult) -> None:
    assert sorted(p.name for p in exported.folder.iterdir()) == sorted(FILES)
    assert list(export.EXPORT_FILES) == FILES  # the list the Administration tab names
    assert exported.archive == exported.folder.with_name("hai-export.zip")
    assert exported.archive.is_file()
    assert exported.rows == {
        "patient_summary.csv": 7, "screening.csv": 10, "randomization.csv": 7,
        # Five drugs a cycle: 3 + 5 + 8 cycles lately, 8 + 4 + 4 long ago.
        "treatment.csv": 5 * (16 + 16), "dose_decisions.csv": 8, "adverse_events.csv": 23,
        "lab_results.csv": 96, "catheter_events.csv": 4, "catheter_inspections.csv": 4 + 8 + 4,
        "hai_pain_reports.csv": 1, "endpoints.csv": 7,
        # 7 baselines; HAI-003's week-8 scan, HAI-004's two, HAI-005's two, HAI-006's and
        # HAI-007's one; 3 lesions each at every scan.
        "tumour_assessments.csv": 14, "lesion_measurements.csv": 3 * 14,
        "follow_up_contacts.csv": 1 + 3 + 2 + 2,
        "data_dictionary.csv": exported.rows["data_dictionary.csv"]}
    for name, count in exported.rows.items():
        assert len(rows_of(exported, name)) == count, name
    # Exported data is the user's to share: owner-only until they decide otherwise.
    assert exported.folder.stat().st_mode & 0o777 == 0o700
    assert {(p.stat().st_mode & 0o777) for p in exported.folder.iterdir()} == {0o600}
    assert exported.archive.stat().st_mode & 0o777 == 0o600


def test_the_patient_summary_has_the_primary_endpoint_of_each_randomized_patient(
        exported: ExportResult) -> None:
    def expect(study_id: str, number: str, arm: str, stratum: str, status: str, cycles: int,
               first: int | None, last: int | None, **outcome: str) -> dict[str, str]:
        p = demo(number)
        randomized = demo_randomization_day(number, TODAY)
        return {"study_id": study_id, "sex": p.sex,
                "age_at_randomization_years": str(years(p.date_of_birth, randomized)),
                "arm": arm, "stratum": stratum, "randomization_date": randomized.isoformat(),
                "patient_status": status, "cycles_received": str(cycles),
                "first_cycle_day1": (TODAY - timedelta(days=first)).isoformat()
                if first is not None else "",
                "last_cycle_day1": (TODAY - timedelta(days=last)).isoformat()
                if last is not None else "",
                "liver_resection": "not yet", "resection_date": "", "resection_margin": "",
                "outcome_note": "", "outcome_recorded_on": TODAY.isoformat(),
                "outcome_corrected_on": "", **outcome}

    assert rows_of(exported, "patient_summary.csv") == [
        expect("HAI-001", "S-0004", "hai", "S2", "randomized", 0, None, None),
        expect("HAI-002", "S-0005", "control", "S3", "on_treatment", 3, 29, 1,
               outcome_note="TRAINING: restaging CT after cycle 4 planned"),
        # HAI-003's fifth order is verified, not given: four cycles received.
        expect("HAI-003", "S-0006", "hai", "S1", "on_treatment", 4, 57, 15),
        expect("HAI-004", "S-0007", "control", "S4", "off_study", 8, 99, 1,
               liver_resection="yes", resection_date=TODAY.isoformat(), resection_margin="R0",
               outcome_note="TRAINING: right hemihepatectomy after 8 cycles; pathology R0, "
                            "closest margin 4 mm"),
        # Randomized long ago: cycle 1 five days after randomization, two-weekly.
        expect("HAI-005", "S-0008", "hai", "S3", "off_study", 8, 595, 595 - 98,
               liver_resection="no", outcome_note="TRAINING: MDT after cycle 8: residual "
                                                  "disease in both lobes, not resectable"),
        expect("HAI-006", "S-0009", "hai", "S4", "off_study", 4, 515, 515 - 42,
               liver_resection="no", outcome_note="TRAINING: stopped treatment after cycle 4, "
                                                  "never resectable while followed"),
        expect("HAI-007", "S-0010", "control", "S4", "off_study", 4, 445, 445 - 42,
               liver_resection="no",
               outcome_note="TRAINING: progression with lung metastases at week 8"),
    ]


def test_screening_has_every_candidate_with_the_eligibility_outcome(
        exported: ExportResult) -> None:
    def expect(number: str, study_id: str, status: str, eligibility: str, confirmed: str,
               ecog: str, adjuvant: str) -> dict[str, str]:
        p = demo(number)
        consent = TODAY - timedelta(days=p.consent_days_ago)
        return {"screening_number": number, "study_id": study_id, "sex": p.sex,
                "age_at_consent_years": str(years(p.date_of_birth, consent)),
                "consent_date": consent.isoformat(), "patient_status": status,
                "eligibility": eligibility, "eligibility_confirmed": confirmed,
                "assessed_on": (min(consent + timedelta(days=2), TODAY).isoformat()
                                if confirmed == "yes" else ""),
                "ecog_performance_status": ecog, "prior_adjuvant_chemotherapy": adjuvant,
                "reasons_for_ineligibility": ""}

    rows = rows_of(exported, "screening.csv")
    reasons = rows[1].pop("reasons_for_ineligibility").split(" | ")
    assert [r.split(":")[0] for r in reasons] == ["Total bilirubin ≤ 1.5 × ULN",
                                                  "Extrahepatic metastasis"]
    assert "2.4 mg/dL" in reasons[0]
    rows[1]["reasons_for_ineligibility"] = ""
    assert rows == [
        expect("S-0001", "", "screening", "not yet determined", "no", "0", ""),
        expect("S-0002", "", "ineligible", "ineligible", "yes", "0", "no"),
        expect("S-0003", "", "eligible", "eligible", "yes", "0", "no"),
        expect("S-0004", "HAI-001", "randomized", "eligible", "yes", "0", "yes"),
        expect("S-0005", "HAI-002", "on_treatment", "eligible", "yes", "1", "no"),
        expect("S-0006", "HAI-003", "on_treatment", "eligible", "yes", "0", "no"),
        expect("S-0007", "HAI-004", "off_study", "eligible", "yes", "1", "yes"),
        expect("S-0008", "HAI-005", "off_study", "eligible", "yes", "1", "no"),
        expect("S-0009", "HAI-006", "off_study", "eligible", "yes", "1", "yes"),
        expect("S-0010", "HAI-007", "off_study", "eligible", "yes", "1", "yes"),
    ]


def test_randomization_has_arm_stratum_envelope_and_date(exported: ExportResult) -> None:
    rows = rows_of(exported, "randomization.csv")
    days = {number: demo_randomization_day(number, date.today()).isoformat()
            for number in ("S-0004", "S-0005", "S-0006", "S-0007", "S-0008", "S-0009",
                           "S-0010")}
    for row, number in zip(rows, sorted(days), strict=True):
        assert row.pop("randomized_at_utc") == f"{days[number]}T10:00:00Z"
        assert row["randomization_date"] == days[number]
        row["randomization_date"] = "checked"
    day = "checked"
    assert rows == [
        {"study_id": "HAI-001", "arm": "hai", "stratum": "S2", "stratum_ecog": "0",
         "stratum_prior_adjuvant": "yes", "envelope": "S2-001", "randomization_date": day,
         "randomized_by": "coordinator"},
        {"study_id": "HAI-002", "arm": "control", "stratum": "S3", "stratum_ecog": "1",
         "stratum_prior_adjuvant": "no", "envelope": "S3-001", "randomization_date": day,
         "randomized_by": "coordinator"},
        {"study_id": "HAI-003", "arm": "hai", "stratum": "S1", "stratum_ecog": "0",
         "stratum_prior_adjuvant": "no", "envelope": "S1-001", "randomization_date": day,
         "randomized_by": "coordinator"},
        {"study_id": "HAI-004", "arm": "control", "stratum": "S4", "stratum_ecog": "1",
         "stratum_prior_adjuvant": "yes", "envelope": "S4-001", "randomization_date": day,
         "randomized_by": "coordinator"},
        {"study_id": "HAI-005", "arm": "hai", "stratum": "S3", "stratum_ecog": "1",
         "stratum_prior_adjuvant": "no", "envelope": "S3-002", "randomization_date": day,
         "randomized_by": "coordinator"},
        {"study_id": "HAI-006", "arm": "hai", "stratum": "S4", "stratum_ecog": "1",
         "stratum_prior_adjuvant": "yes", "envelope": "S4-002", "randomization_date": day,
         "randomized_by": "coordinator"},
        {"study_id": "HAI-007", "arm": "control", "stratum": "S4", "stratum_ecog": "1",
         "stratum_prior_adjuvant": "yes", "envelope": "S4-003", "randomization_date": day,
         "randomized_by": "coordinator"},
    ]


def test_treatment_has_each_drug_per_cycle_with_prescribed_final_and_given_doses(
        people: People, exported: ExportResult) -> None:
    rows = rows_of(exported, "treatment.csv")
    by_patient = {sid: [r for r in rows if r["study_id"] == sid]
                  for sid in ("HAI-002", "HAI-003", "HAI-004")}
    assert {sid: sorted({int(r["cycle"]) for r in rs}) for sid, rs in by_patient.items()} == {
        "HAI-002": [1, 2, 3], "HAI-003": [1, 2, 3, 4, 5], "HAI-004": list(range(1, 9))}
    assert [r["drug"] for r in by_patient["HAI-003"] if r["cycle"] == "1"] == [
        "cetuximab", "oxaliplatin_hai", "irinotecan", "leucovorin", "fluorouracil_infusion"]
    # Each row is the order line as stored: checked against the order service's own view.
    nurse = people["nurse"]
    for row in rows:
        view = orders.load_order(nurse, int(row["order_id"]))
        line = next(x for x in view.lines if x.drug_id == row["drug"])
        assert (row["cycle"], row["day1"], row["order_status"], row["dose_level"]) == (
            str(view.order.cycle), view.order.day1.isoformat(), view.order.status,
            str(line.level))
        assert float(row["calculated_mg"]) == pytest.approx(line.calculated_mg, abs=1e-4)
        assert float(row["final_mg"]) == line.final_mg
        assert float(row["bsa_m2"]) == pytest.approx(view.order.bsa_m2, abs=1e-4)
        assert row["given_mg"] == ("" if line.given_mg is None else export.cell(line.given_mg))
    reduced = [r for r in rows if r["dose_reduced"] == "yes"]
    assert [(r["study_id"], r["cycle"], r["drug"], r["dose_level"], r["dose_per_unit"],
             r["reduction_or_stop_reason"]) for r in reduced] == [
        ("HAI-002", "3", "irinotecan", "-1", "150", "grade 3 diarrhoea in cycle 2"),
        ("HAI-003", "4", "cetuximab", "-1", "400", "grade 3 acneiform rash in cycle 3"),
        # A reduced level stays; its reason is on the order that made the decision.
        ("HAI-003", "5", "cetuximab", "-1", "400", "")]
    today_order = [r for r in by_patient["HAI-003"] if r["cycle"] == "5"]
    assert {(r["order_status"], r["given_mg"], r["started_at_utc"]) for r in today_order} == {
        ("verified", "", "")}
    hai = [r for r in by_patient["HAI-003"] if r["drug"] == "oxaliplatin_hai"
           and r["order_status"] == "administered"]
    assert len(hai) == 4 and all(r["route"] == "HAI" and r["given_mg"] == r["final_mg"]
                                 for r in hai)
    assert [r["days_since_previous_day1"] for r in by_patient["HAI-004"]
            if r["drug"] == "irinotecan"] == ["", *["14"] * 7]
    first = next(r for r in by_patient["HAI-004"] if r["drug"] == "irinotecan")
    # The demo's chair opens at 09:45 local time: bevacizumab 30 min, 5 min, irinotecan 90 min.
    day1 = TODAY - timedelta(days=99)
    assert (first["started_at_utc"], first["ended_at_utc"]) == (utc(day1, 10, 20),
                                                                utc(day1, 11, 50))


def test_dose_decisions_and_toxicity_with_meddra_codes_and_attributions(
        exported: ExportResult) -> None:
    decisions = rows_of(exported, "dose_decisions.csv")
    assert [(d["study_id"], d["cycle"], d["drug"], d["kind"], d["decision"], d["dose_level"],
             d["reason"]) for d in decisions] == [
        ("HAI-002", "3", "irinotecan", "dose level", "reduce", "-1",
         "grade 3 diarrhoea in cycle 2"),
        ("HAI-002", "3", "irinotecan", "toxicity decision", "reduce", "",
         "grade 3 diarrhoea in cycle 2"),
        ("HAI-003", "4", "cetuximab", "dose level", "reduce", "-1",
         "grade 3 acneiform rash in cycle 3"),
        ("HAI-003", "4", "cetuximab", "toxicity decision", "reduce", "",
         "grade 3 acneiform rash in cycle 3"),
        # Neuropathy at the decision grade before today's oxaliplatin: continued, not reduced.
        ("HAI-003", "5", "oxaliplatin_hai", "dose level", "continue", "0",
         f"continued after grade 2 peripheral sensory neuropathy: {NEUROPATHY_CONTINUE}"),
        # HAI-005, long ago: grade 2 before each of its last three oxaliplatin doses.
        *[("HAI-005", str(cycle), "oxaliplatin_hai", "dose level", "continue", "0",
           f"continued after grade 2 peripheral sensory neuropathy: {NEUROPATHY_CONTINUE}")
          for cycle in (6, 7, 8)]]
    events = rows_of(exported, "adverse_events.csv")
    assert [(e["study_id"], e["cycle"], e["ctcae_term"], e["grade"]) for e in events] == [
        ("HAI-002", "1", "Nausea", "1"), ("HAI-002", "1", "Fatigue", "1"),
        ("HAI-002", "2", "Diarrhea", "3"), ("HAI-002", "2", "Mucositis oral", "1"),
        ("HAI-002", "3", "Hypertension", "2"), ("HAI-003", "1", "Rash acneiform", "1"),
        ("HAI-003", "1", "Hypomagnesemia", "1"), ("HAI-003", "2", "Abdominal pain", "1"),
        ("HAI-003", "3", "Peripheral sensory neuropathy", "1"),
        ("HAI-003", "3", "Rash acneiform", "3"),
        ("HAI-004", "3", "Neutrophil count decreased", "2"),
        ("HAI-004", "5", "Neutrophil count decreased", "2"), ("HAI-004", "6", "Diarrhea", "2"),
        ("HAI-005", "1", "Nausea", "1"), ("HAI-005", "2", "Peripheral sensory neuropathy", "1"),
        ("HAI-005", "5", "Peripheral sensory neuropathy", "2"),
        ("HAI-005", "6", "Hypertension", "2"),
        ("HAI-005", "8", "Peripheral sensory neuropathy", "3"),
        ("HAI-006", "1", "Rash acneiform", "2"), ("HAI-006", "3", "Fatigue", "2"),
        ("HAI-006", "3", "Peripheral sensory neuropathy", "1"),
        ("HAI-007", "2", "Diarrhea", "2"), ("HAI-007", "4", "Febrile neutropenia", "3")]
    # The admission for febrile neutropenia makes it a serious adverse event.
    assert [(e["study_id"], e["serious_criterion"]) for e in events if e["serious"] == "yes"] \
        == [("HAI-007", "hospitalisation or its prolongation")]
    diarrhoea = events[2]
    first_day1 = TODAY - timedelta(days=29)
    onset = first_day1 + timedelta(days=14 + 4)
    assert {k: v for k, v in diarrhoea.items() if k not in ("event_id", "study_id")} == {
        "cycle": "2", "ctcae_term": "Diarrhea", "meddra_code": "10012727", "specify": "",
        "grade": "3", "grade_from_lab": "", "grade_difference_reason": "", "lab_result_id": "",
        "onset_date": onset.isoformat(), "resolved_date": (onset + timedelta(days=5)).isoformat(),
        "serious": "no", "serious_criterion": "", "action_taken": "dose reduced",
        "outcome": "recovered/resolved", "attribution_cetuximab": "",
        "attribution_bevacizumab": "unrelated", "attribution_oxaliplatin_hai": "",
        "attribution_irinotecan": "probable", "attribution_leucovorin": "unrelated",
        "attribution_fluorouracil_bolus": "unrelated",
        "attribution_fluorouracil_infusion": "unrelated",
        "note": "TRAINING: 8 stools a day, IV fluids for 24 h in the day unit"}
    reduced = next(d for d in decisions if d["kind"] == "toxicity decision")
    assert reduced["adverse_event_id"] == diarrhoea["event_id"]
    labs = rows_of(exported, "lab_results.csv")
    assert len([x for x in labs if x["study_id"] == "HAI-003"]) == 30
    alt = next(x for x in labs if x["study_id"] == "HAI-003" and x["cycle"] == "4"
               and x["ctcae_term"] == "Alanine aminotransferase increased")
    assert {k: alt[k] for k in ("taken_on", "value", "unit", "value_as_entered",
                                "uln_as_entered", "uln_multiple", "ctcae_grade")} == {
        "taken_on": (TODAY - timedelta(days=57 - 42 + 1)).isoformat(), "value": "134",
        "unit": "U/L", "value_as_entered": "134 U/L", "uln_as_entered": "40 U/L",
        "uln_multiple": "3.35", "ctcae_grade": "2"}


def test_catheter_events_inspections_and_pain(exported: ExportResult) -> None:
    first_day1 = TODAY - timedelta(days=57)
    events = rows_of(exported, "catheter_events.csv")
    # HAI-005 and HAI-006, treated long ago: implanted a week before cycle 1 too; HAI-005's
    # removed 150 days after randomization, when HAI had stopped for good.
    assert [(e["study_id"], e["occurred_on"], e["event"]) for e in events[1:]] == [
        ("HAI-005", (TODAY - timedelta(days=595 + 7)).isoformat(), "implanted"),
        ("HAI-005", (TODAY - timedelta(days=600 - 150)).isoformat(), "removed"),
        ("HAI-006", (TODAY - timedelta(days=515 + 7)).isoformat(), "implanted")]
    event = events[0]
    assert {k: event[k] for k in ("study_id", "occurred_on", "event", "operator",
                                  "access_route")} == {
        "study_id": "HAI-003", "occurred_on": (first_day1 - timedelta(days=7)).isoformat(),
        "event": "implanted", "operator": "Dr Tae-hyun Kang (TRAINING)",
        "access_route": "femoral"}
    inspections = rows_of(exported, "catheter_inspections.csv")
    earlier = [i for i in inspections if i["study_id"] != "HAI-003"]
    assert [(i["study_id"], i["inspected_on"], i["outcome"], i["inspector_role"],
             i["answer_pain_previous_hai"], i["perfusion_check_due"]) for i in earlier] == [
        (sid, (TODAY - timedelta(days=first - 14 * c)).isoformat(), "fit", "nurse", "no", "no")
        for sid, first, cycles in (("HAI-005", 595, 8), ("HAI-006", 515, 4))
        for c in range(cycles)]
    # HAI-005's cycles 5 to 8 came more than 8 weeks after the MAA check: a port angiogram
    # 8 weeks after it (the site's interval) is the check they carry.
    assert [i["last_perfusion_check_on"] for i in earlier[4:8]] == [
        (TODAY - timedelta(days=595 + 7 - 56)).isoformat()] * 4
    inspections = [i for i in inspections if i["study_id"] == "HAI-003"]
    assert [(i["inspected_on"], i["inspected_at_utc"], i["outcome"], i["inspector_role"],
             i["answer_pain_previous_hai"], i["answer_needle_gauge"]) for i in inspections] == [
        ((day := first_day1 + timedelta(days=14 * c)).isoformat(), f"{day}T08:30:00Z", "fit",
         "interventional_radiologist" if c == 2 else "nurse", "yes" if c == 2 else "no", "20G")
        for c in range(4)]
    assert inspections[2]["findings"].startswith("Epigastric or abdominal pain")
    (pain,) = rows_of(exported, "hai_pain_reports.csv")
    assert (pain["study_id"], pain["reported_at_utc"], pain["location"], pain["infusion"]) == (
        "HAI-003", f"{first_day1 + timedelta(days=14)}T10:15:00Z", "epigastric", "continued")


def test_a_correction_and_a_patient_without_outcome_show_in_the_summary(
        people: People, tmp_path: Path) -> None:
    investigator = people["investigator"]
    waiting = randomize_waiting_patient(people)
    outcomes.correct_outcome(investigator, outcomes.OutcomeInput(
        pid(investigator, "S-0006"), "no", note="progression in the liver"), "restaging CT")
    result = run_export(people["admin"], tmp_path / "export")
    summary = {r["study_id"]: r for r in rows_of(result, "patient_summary.csv")}
    assert (summary["HAI-003"]["liver_resection"], summary["HAI-003"]["outcome_note"],
            summary["HAI-003"]["outcome_corrected_on"]) == (
        "no", "progression in the liver", TODAY.isoformat())
    assert [sid for sid, r in summary.items() if r["liver_resection"] == "not recorded"] == [
        "HAI-008"]
    assert summary["HAI-008"]["cycles_received"] == "0"
    screened = {r["screening_number"]: r for r in rows_of(result, "screening.csv")}
    assert screened["S-0003"]["study_id"] == "HAI-008" and waiting


def test_the_dictionary_describes_every_column_of_every_file_and_no_other(
        exported: ExportResult) -> None:
    dictionary = rows_of(exported, "data_dictionary.csv")
    described = {(r["file"], r["column"]) for r in dictionary if r["column"]}
    present = {(path.name, column) for path in exported.folder.iterdir()
               for column in header(path)}
    assert present - described == set(), "columns without a description"
    assert described - present == set(), "descriptions of columns no file has"
    assert {r["file"] for r in dictionary if r["type"] == "file"} == set(FILES)
    types = {r["type"] for r in dictionary if r["column"]}
    assert types <= {export.TEXT, export.INTEGER, export.DECIMAL, export.DATE,
                     export.DATETIME, export.YES_NO, export.CATEGORY}
    assert all(r["description"].strip() for r in dictionary)
    units = {(r["file"], r["column"]): r["unit"] for r in dictionary}
    assert units[("treatment.csv", "final_mg")] == "mg"
    assert units[("treatment.csv", "bsa_m2")] == "m²"
    assert units[("lab_results.csv", "uln_multiple")] == "× ULN"


def test_a_file_with_an_undescribed_column_cannot_be_written() -> None:
    table = export.ExportTable("t.csv", "test", (export.Column("a", export.TEXT, "A."),),
                               [{"a": 1, "b": 2}])
    with pytest.raises(AssertionError, match=r"undescribed columns \['b'\]"):
        export.csv_bytes(table)


# ---- the archive -----------------------------------------------------------------------------

def test_the_archive_opens_with_its_password_only_and_holds_the_same_files(
        exported: ExportResult) -> None:
    with pyzipper.AESZipFile(exported.archive) as archive:
        names = archive.namelist()
        assert sorted(names) == sorted(f"hai-export/{name}" for name in FILES)
        for info in archive.infolist():
            assert info.flag_bits & 0x1, f"{info.filename} is not encrypted"
        with pytest.raises(RuntimeError, match="requires a password"):
            archive.read(names[0])
        archive.setpassword(b"wrong-password-123")
        with pytest.raises(RuntimeError, match="Bad password"):
            archive.read(names[0])
        archive.setpassword(ARCHIVE_PASSWORD.encode())
        for name in names:
            data = archive.read(name)
            assert data == (exported.folder / Path(name).name).read_bytes(), name
        # AES-256 (WinZip AE, strength 3) on every entry.
        assert {archive.getinfo(n).wz_aes_strength for n in names} == {3}


# ---- pseudonymised and identified ------------------------------------------------------------

def identifiers() -> set[str]:
    found = set()
    for p in DEMO_PATIENTS:
        born = p.date_of_birth
        found |= {p.family_name, p.given_name, p.hospital_record_number, born.isoformat(),
                  f"{born:%d.%m.%Y}", f"{born:%d/%m/%Y}", f"{born:%Y%m%d}"}
    return found


def every_byte(result: ExportResult) -> dict[str, bytes]:
    """The folder's files, the archive as stored, and the archive's contents decrypted."""
    data = ({path.name: path.read_bytes() for path in result.folder.iterdir()}
            if result.folder is not None else {})
    data[result.archive.name] = result.archive.read_bytes()
    with pyzipper.AESZipFile(result.archive) as archive:
        archive.setpassword(ARCHIVE_PASSWORD.encode())
        data |= {f"zip:{name}": archive.read(name) for name in archive.namelist()}
    return data


def found_in(data: dict[str, bytes], needle: str) -> list[str]:
    # Names such as "Oh" or "Nam" are also parts of words: look for them as whole values.
    hits = []
    for name, content in data.items():
        for encoding in ("utf-8", "utf-16-le"):
            text = content.decode(encoding, errors="ignore")
            values = {v.strip().strip('"') for v in text.replace("\n", ",").split(",")}
            if needle in values or (len(needle) >= 5 and needle.lower() in text.lower()):
                hits.append(name)
    return hits


def test_a_pseudonymised_export_holds_no_name_record_number_or_date_of_birth(
        exported: ExportResult) -> None:
    data = every_byte(exported)
    assert not {needle: found_in(data, needle) for needle in identifiers()
                if found_in(data, needle)}
    assert "family_name" not in header(exported.folder / "screening.csv")


def test_an_identified_export_needs_the_password_again_and_holds_the_identifiers(
        people: People, tmp_path: Path, demo_db: Path) -> None:
    coordinator = people["coordinator"]
    key = database_key(demo_db, "admin", PASSWORDS["admin"])
    seq = audit_head_seq(demo_db, key)
    folder = tmp_path / "exports"
    folder.mkdir()
    with pytest.raises(ValidationError, match="second confirmation"):
        run_export(coordinator, folder / "a", identified=True)
    with pytest.raises(AuthenticationError, match="password is wrong"):
        run_export(coordinator, folder / "a", identified=True, confirm_password="nope")
    # The wrong password is audited (as every wrong password is); nothing else happened.
    assert [row[:2] for row in audit_rows_after(demo_db, key, seq)] == [
        ("password_failed", "user")]
    assert list(folder.iterdir()) == []
    result = run_export(coordinator, folder / "a", identified=True,
                        confirm_password=PASSWORDS["coordinator"])
    # Issue #18: identified data is written only inside the encrypted archive.
    assert result.folder is None and sorted(p.name for p in folder.iterdir()) == ["a.zip"]
    data = every_byte(result)
    for p in DEMO_PATIENTS:
        for needle in (p.family_name, p.given_name, p.latin_given_name,
                       p.hospital_record_number, p.date_of_birth.isoformat()):
            assert "zip:a/screening.csv" in found_in(data, needle)
            assert not [name for name in found_in(data, needle) if not name.startswith("zip:")]
    summary = {r["study_id"]: r for r in rows_of(result, "patient_summary.csv")}
    assert (summary["HAI-004"]["family_name"], summary["HAI-004"]["given_name"],
            summary["HAI-004"]["latin_family_name"], summary["HAI-004"]["latin_given_name"],
            summary["HAI-004"]["date_of_birth"],
            summary["HAI-004"]["hospital_record_number"]) == (
        "류", "수진", "Ryu", "Soo-jin", "1966-12-01", "TR-7726417")
    ((action, entity, _id, details),) = [r for r in audit_rows_after(demo_db, key, seq)
                                         if r[0] == "export"]
    assert (action, entity) == ("export", "trial_data")
    assert json.loads(details)["pseudonymised"] is False


def test_the_export_is_audited_with_files_rows_folder_and_reason(
        people: People, tmp_path: Path, demo_db: Path) -> None:
    admin = people["admin"]
    key = database_key(demo_db, "admin", PASSWORDS["admin"])
    seq = audit_head_seq(demo_db, key)
    result = run_export(admin, tmp_path / "for-stats", reason="final analysis")
    with admin.db.read_session() as session:
        (entry,) = session.scalars(select(AuditEntry).where(AuditEntry.seq > seq))
    assert (entry.username, entry.action, entry.entity, entry.reason) == (
        "admin", "export", "trial_data", "final analysis")
    details = json.loads(entry.new_values or "{}")
    assert details == {
        "pseudonymised": True, "identifiers": "study ID and screening number only",
        "folder": str(tmp_path / "for-stats"), "archive": "for-stats.zip",
        "files": result.rows, "rows": result.total_rows}
    # issue #20 adds the endpoints, scans, lesions and contacts, and the three patients
    # randomized long ago (with their 16 cycles) their rows in every file
    assert result.total_rows == 216 + (
        # summary, screening, randomization, treatment, decisions, events, labs, catheter
        # events and inspections, endpoints, scans, lesions, contacts
        3 + 3 + 3 + 80 + 3 + 10 + 32 + 3 + 12 + 3 + 7 + 21 + 7)


# ---- refusals --------------------------------------------------------------------------------

def state(demo_db: Path, folder: Path) -> tuple[object, ...]:
    key = database_key(demo_db, "admin", PASSWORDS["admin"])
    files = sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))
    return audit_head_seq(demo_db, key), record_snapshot(demo_db, key), files


@pytest.mark.parametrize("user, options, error, message", [
    ("investigator", {}, PermissionDenied, "may not export the trial data"),
    ("nurse", {}, PermissionDenied, "may not export the trial data"),
    ("monitor", {}, PermissionDenied, "may not export the trial data"),
    ("coordinator", {"reason": "  "}, ValidationError, "reason for the export"),
    ("coordinator", {"archive_password": "short-pass1"}, ValidationError,
     "at least 12 characters \\(it has 11\\)"),
    ("coordinator", {"archive_password": "aaaaaaaaaaaaaab"}, ValidationError,
     "too easy to guess"),
    ("coordinator", {"archive_password": " padded-password "}, ValidationError,
     "start or end with a space"),
    ("admin", {"target": "taken"}, ValidationError, "already exists"),
    ("admin", {"target": "missing/export"}, ValidationError, "does not exist"),
])
def test_refusals_write_nothing(people: People, demo_db: Path, tmp_path: Path, user: str,
                                options: dict[str, object], error: type[Exception],
                                message: str) -> None:
    ws = people[user]  # signed in before the snapshot (the sign-in is audited)
    folder = tmp_path / "exports"
    (folder / "taken").mkdir(parents=True)
    (folder / "taken.zip").write_bytes(b"someone else's archive")
    (folder / "taken" / "keep.csv").write_text("theirs")
    target = folder / str(options.pop("target", "new-export"))
    before = state(demo_db, folder)
    with pytest.raises(error, match=message):
        run_export(ws, target, **options)
    assert state(demo_db, folder) == before
    assert (folder / "taken.zip").read_bytes() == b"someone else's archive"
    assert (folder / "taken" / "keep.csv").read_text() == "theirs"


def test_an_archive_in_the_way_is_refused_even_when_the_folder_is_free(
        people: People, tmp_path: Path) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    (folder / "stats.zip").write_bytes(b"older export")
    with pytest.raises(ValidationError, match=r"stats\.zip already exists"):
        run_export(people["admin"], folder / "stats")
    assert sorted(p.name for p in folder.iterdir()) == ["stats.zip"]
    assert (folder / "stats.zip").read_bytes() == b"older export"


@pytest.mark.file_only  # SQLite's query_only; the server's refusal: test_server_errors
def test_an_export_that_cannot_be_audited_leaves_no_file(people: People,
                                                         tmp_path: Path) -> None:
    coordinator = people["coordinator"]
    folder = tmp_path / "exports"
    folder.mkdir()
    # A file gone read-only: SQLite refuses the audit row's write (SQLITE_READONLY).
    raw = coordinator.db.engine.raw_connection()
    try:
        raw.cursor().execute("PRAGMA query_only = ON")
    finally:
        raw.close()
    with pytest.raises(DatabaseFileError):
        run_export(coordinator, folder / "unaudited")
    assert list(folder.iterdir()) == []  # what leaves the workstation is always audited


def test_the_endpoints_and_responses_of_the_demo(exported: ExportResult) -> None:
    """The derived endpoints by their written rules, from the demo's known timeline: HAI-003
    progressed on its early week-8 scan (a new lesion); HAI-004 responded (PR) and is alive
    today, its treatment ended yesterday as resectable."""
    today = date.today()
    endpoints = {r["study_id"]: r for r in rows_of(exported, "endpoints.csv")}
    progressed = endpoints["HAI-003"]
    randomized = demo_randomization_day("S-0006", today)
    assert (progressed["best_overall_response"], progressed["pfs_event"],
            progressed["pfs_date"]) == ("PD", "yes", (randomized + timedelta(days=47)).isoformat())
    assert progressed["pfs_months"] == f"{47 / (365.25 / 12):.4f}".rstrip("0")
    assert (progressed["os_event"], progressed["vital_status"]) == ("no", "alive")
    responded = endpoints["HAI-004"]
    assert (responded["best_overall_response"], responded["objective_response"],
            responded["liver_resection"]) == ("PR", "yes", "yes")
    assert (responded["os_date"], responded["treatment_ended_on"],
            responded["treatment_end_reason"]) == (today.isoformat(),
                                                   (today - timedelta(days=1)).isoformat(),
                                                   "disease became resectable")
    scans = [r for r in rows_of(exported, "tumour_assessments.csv") if r["study_id"] == "HAI-004"]
    assert [(r["baseline"], r["sum_of_diameters_mm"], r["overall_response"], r["cea_ng_ml"])
            for r in scans] == [("yes", "79", "", "62.4"), ("no", "54", "PR", "18.1"),
                                ("no", "46", "PR", "6.2")]
    assert scans[2]["change_from_nadir_percent"] == "-14.8148"
    lesions = [r for r in rows_of(exported, "lesion_measurements.csv")
               if r["study_id"] == "HAI-004" and r["lesion"] == "T2"]
    assert [r["diameter_mm"] for r in lesions] == ["31", "21", "17"]  # 1.7 cm typed: 17 mm
    dictionary = rows_of(exported, "data_dictionary.csv")
    described = {(r["file"], r["column"]) for r in dictionary}
    for name in ("endpoints.csv", "tumour_assessments.csv", "lesion_measurements.csv",
                 "follow_up_contacts.csv"):
        for column in header(exported.folder / name):
            assert (name, column) in described, (name, column)
    os_rule = next(r for r in dictionary if (r["file"], r["column"]) == ("endpoints.csv",
                                                                          "os_months"))
    assert "censoring at the last date known alive" in os_rule["description"]


def test_the_death_the_loss_and_the_late_progression_of_the_demo(exported: ExportResult) -> None:
    """The patients randomized long ago, by the written censoring rules from their timeline
    (days after randomization): HAI-007 died on day 301 after progressing on its day-61 scan;
    HAI-006 was last known alive on day 184, then lost, its last adequate scan on day 55;
    HAI-005 responded (PR), a progression on day 331 was learnt at the one-year call, and it
    was last seen alive on day 548."""
    today = date.today()
    endpoints = {r["study_id"]: r for r in rows_of(exported, "endpoints.csv")}

    def on(number: str, days: int) -> str:
        return (demo_randomization_day(number, today) + timedelta(days=days)).isoformat()

    def months(days: int) -> str:
        return f"{days / (365.25 / 12):.4f}".rstrip("0")

    def fields(study_id: str) -> tuple[str, ...]:
        row = endpoints[study_id]
        return tuple(row[k] for k in (
            "best_overall_response", "objective_response", "os_event", "os_date", "os_months",
            "pfs_event", "pfs_date", "pfs_months", "vital_status", "treatment_end_reason"))

    assert fields("HAI-007") == ("PD", "no", "yes", on("S-0010", 301), months(301), "yes",
                                 on("S-0010", 61), months(61), "dead", "progression")
    assert fields("HAI-006") == ("SD", "no", "no", on("S-0009", 184), months(184), "no",
                                 on("S-0009", 55), months(55), "lost to follow-up",
                                 "patient refused further treatment")
    assert fields("HAI-005") == ("PR", "yes", "no", on("S-0008", 548), months(548), "yes",
                                 on("S-0008", 331), months(331), "alive", "toxicity")
    contacts = [r for r in rows_of(exported, "follow_up_contacts.csv")
                if r["study_id"] in ("HAI-006", "HAI-007")]
    assert [(r["study_id"], r["contacted_on"], r["vital_status"], r["death_on"],
             r["death_cause"], r["last_alive_on"]) for r in contacts] == [
        ("HAI-006", on("S-0009", 184), "alive", "", "", on("S-0009", 184)),
        ("HAI-006", on("S-0009", 366), "lost to follow-up", "", "", on("S-0009", 184)),
        ("HAI-007", on("S-0010", 182), "alive", "", "", on("S-0010", 182)),
        ("HAI-007", on("S-0010", 305), "dead", on("S-0010", 301),
         "colorectal cancer (progression)", "")]
