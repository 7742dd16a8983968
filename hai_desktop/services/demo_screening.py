"""TRAINING screening records: one checklist half done, one ineligible, the rest eligible and
confirmed by the demo coordinator (with her password, as in real use)."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select

from hai_desktop.core.eligibility import Answer
from hai_desktop.services.screening import confirm_screening, save_screening
from hai_desktop.services.workspace import Workspace
from hai_desktop.store.models import Patient

MDT_ALL = "surgery;radiology;interventional radiology;medical oncology"
SOURCE_LAB = "Hospital laboratory report"
SOURCE_CT = "Liver MRI + chest/abdomen CT report"
# The stratification factors (with the demo's list seed they give the arms demo.py describes).
ECOG_1 = ("S-0005", "S-0007", "S-0008", "S-0009", "S-0010")
ADJUVANT = ("S-0004", "S-0007", "S-0009", "S-0010")


def eligible_answers(assessed: date, *, ecog: str = "0", weight: str = "64 kg",
                     creatinine: str = "0.82 mg/dL") -> dict[str, Answer]:
    lab = assessed - timedelta(days=2)
    return {
        "ecog": Answer(choice=ecog, source="Clinic note"),
        "stage_iv_liver_only": Answer(choice="yes", source="Pathology report (biopsy)"),
        "mdt_unresectable": Answer(source="MDT minutes", details={
            "date": (assessed - timedelta(days=4)).isoformat(), "disciplines": MDT_ALL,
            "decision": "unresectable", "reasons": "0"}),
        "no_prior_chemotherapy": Answer(choice="yes", source="Oncology history"),
        "anc": Answer(value="3.4 ×10⁹/L", test_date=lab, source=SOURCE_LAB),
        "hemoglobin": Answer(value="11.8 g/dL", test_date=lab, source=SOURCE_LAB),
        "platelets": Answer(value="231 ×10⁹/L", test_date=lab, source=SOURCE_LAB),
        "ast": Answer(value="38 U/L", test_date=lab, source=SOURCE_LAB),
        "alt": Answer(value="41 U/L", test_date=lab, source=SOURCE_LAB),
        "alp": Answer(value="164 U/L", test_date=lab, source=SOURCE_LAB),
        "total_bilirubin": Answer(value="0.7 mg/dL", test_date=lab, source=SOURCE_LAB),
        "crcl": Answer(test_date=lab, source=SOURCE_LAB,
                       details={"weight": weight, "creatinine": creatinine}),
        "proteinuria": Answer(choice="negative", test_date=lab, source="Urinalysis"),
        "life_expectancy": Answer(choice="yes", source="Investigator assessment"),
        "all_segments": Answer(choice="no", source=SOURCE_CT),
        "bilobar_lesions": Answer(choice="no", source=SOURCE_CT),
        "bilobar_extent": Answer(choice="no", source=SOURCE_CT),
        "extrahepatic": Answer(choice="no", source=SOURCE_CT),
        "neuropathy": Answer(choice="0", source="Clinic note"),
        "other_condition": Answer(choice="no", source="Investigator assessment"),
    }


def add_demo_screening(coordinator: Workspace) -> None:
    with coordinator.db.read_session() as session:
        patients = {p.screening_number: p for p in session.scalars(select(Patient))}
    for number, patient in sorted(patients.items()):
        assessed = (patient.consent_date or coordinator.today()) + timedelta(days=2)
        assessed = min(assessed, coordinator.today())
        answers = eligible_answers(assessed, ecog="1" if number in ECOG_1 else "0",
                                   weight="52.5 kg" if patient.sex == "F" else "71 kg")
        adjuvant = "yes" if number in ADJUVANT else "no"
        if number == "S-0001":  # screening started: labs in, imaging and MDT still to come
            partial = {k: answers[k] for k in ("ecog", "stage_iv_liver_only", "anc",
                                               "hemoglobin", "platelets", "no_prior_chemotherapy")}
            save_screening(coordinator, patient.id, partial, None, today=assessed)
            continue
        if number == "S-0002":  # extrahepatic disease on CT, bilirubin too high
            answers["extrahepatic"] = Answer(choice="yes", source="Chest CT: lung nodules")
            answers["total_bilirubin"] = Answer(value="2.4 mg/dL", test_date=assessed,
                                                source=SOURCE_LAB)
        save_screening(coordinator, patient.id, answers, adjuvant, today=assessed)
        confirm_screening(coordinator, patient.id, "coral-training", today=assessed)
