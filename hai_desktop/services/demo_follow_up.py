"""TRAINING tumour assessments, end of treatment and follow-up, entered through the services by
the demo's radiologist, investigator and coordinator on the demo's timeline (each randomized
five days before a first cycle; the last cycle yesterday):

- HAI-004 (S-0007, control): liver targets shrink by a third (PR) at week 8 and further on the
  pre-operative scan; treatment ended yesterday as resectable (resected today); seen today.
- HAI-003 (S-0006, HAI): the week-8 scan, brought forward for a rising CEA, is two days outside
  its window (a deviation) and shows a new liver lesion: progression.
- HAI-002 (S-0005, control): baseline only; the week-8 scan is still to come.
- HAI-001 (S-0004, HAI): an MRI baseline a week before randomization.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from hai_desktop.core.follow_up import ContactMethod, EndReason, EndScope, VitalStatus
from hai_desktop.core.recist import NonTarget
from hai_desktop.core.tumour_assessment import LesionEntry, Organ
from hai_desktop.services import follow_up, tumour_response
from hai_desktop.services.demo_orders import demo_randomization_day
from hai_desktop.services.follow_up import ContactInput, EndInput
from hai_desktop.services.patients import list_patients
from hai_desktop.services.tumour_response import AssessmentInput, BaselineInput
from hai_desktop.services.workspace import Workspace, sign_in
from hai_desktop.settings import Settings

T = "TRAINING: "
BASELINES: dict[str, tuple[int, str, list[LesionEntry], str]] = {
    # screening number: (days before randomization, method, lesions, CEA)
    "S-0004": (7, "MRI", [LesionEntry(Organ.LIVER, True, False, "segment VII/VIII", "6.4 cm"),
                          LesionEntry(Organ.LIVER, True, False, "segment IVa", "38 mm"),
                          LesionEntry(Organ.LIVER, False, False, "several < 10 mm, left lobe",
                                      "")], "140"),
    "S-0005": (5, "CT", [LesionEntry(Organ.LIVER, True, False, "segment VI", "27 mm"),
                         LesionEntry(Organ.LIVER, True, False, "segment III", "19 mm"),
                         LesionEntry(Organ.LIVER, False, False, "segment II, 7 mm", "")], "21.3"),
    "S-0006": (6, "CT", [LesionEntry(Organ.LIVER, True, False, "segment VIII", "52 mm"),
                         LesionEntry(Organ.LIVER, True, False, "segment VI", "38 mm"),
                         LesionEntry(Organ.LYMPH_NODE, False, True, "hepatoduodenal", "12 mm")],
               "35.2 µg/L"),
    "S-0007": (4, "CT", [LesionEntry(Organ.LIVER, True, False, "segment VII", "4.8 cm"),
                         LesionEntry(Organ.LIVER, True, False, "segment IVb", "31 mm"),
                         LesionEntry(Organ.LIVER, False, False, "segments II/III, 3 small",
                                     "")], "62.4"),
}
# screening number: [(days after randomization, T1, T2, non-target, new lesion site, CEA, note)]
ASSESSMENTS: dict[str, list[tuple[int, str, str, NonTarget, str, str, str]]] = {
    "S-0006": [(47, "50", "36", NonTarget.PRESENT, "segment III, 14 mm, not seen at baseline",
                "71.0", "scan brought forward for a rising CEA")],
    "S-0007": [(56, "33", "21", NonTarget.PRESENT, "", "18.1", ""),
               (97, "29", "1.7 cm", NonTarget.PRESENT, "", "6.2 µg/L",
                "pre-operative restaging for the MDT")],
}


def add_demo_follow_up(path: Path, settings: Settings) -> None:
    people = {name: sign_in(path, name, password, settings) for name, password in (
        ("radiologist", "ruby-training"), ("investigator", "indigo-training"),
        ("coordinator", "coral-training"))}
    try:
        _record(people)
    finally:
        for ws in people.values():
            ws.sign_out()


def _record(people: dict[str, Workspace]) -> None:
    radiologist, investigator = people["radiologist"], people["investigator"]
    today = radiologist.today()
    ids = {number: list_patients(radiologist, number)[0].id for number in BASELINES}
    for number, (before, method, lesions, cea) in BASELINES.items():
        start = demo_randomization_day(number, today)
        tumour_response.record_baseline(radiologist, BaselineInput(
            ids[number], start - timedelta(days=before), method, lesions, cea, T + "baseline"))
    for number, scans in ASSESSMENTS.items():
        start = demo_randomization_day(number, today)
        for days, t1, t2, non_target, new_site, cea, note in scans:
            tumour_response.record_assessment(radiologist, AssessmentInput(
                ids[number], start + timedelta(days=days), BASELINES[number][1],
                {"T1": t1, "T2": t2}, non_target, bool(new_site), new_site, cea,
                T + (note or "8-weekly assessment")))
    yesterday = today - timedelta(days=1)
    follow_up.record_end_of_treatment(investigator, EndInput(
        ids["S-0007"], yesterday, EndScope.ALL, EndReason.RESECTABLE,
        T + "MDT: resectable after 8 cycles"))
    follow_up.record_contact(people["coordinator"], ContactInput(
        ids["S-0007"], today, ContactMethod.VISIT, VitalStatus.ALIVE,
        note=T + "seen on the surgical ward after the resection"))
