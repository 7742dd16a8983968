"""TRAINING tumour assessments, end of treatment and follow-up, entered through the services by
the demo's radiologist, investigator and coordinator on the demo's timeline (each randomized
five days before a first cycle; the last cycle yesterday):

- HAI-004 (S-0007, control): liver targets shrink by a third (PR) at week 8 and further on the
  pre-operative scan; treatment ended yesterday as resectable (resected today); seen today.
- HAI-003 (S-0006, HAI): the week-8 scan, brought forward for a rising CEA, is two days outside
  its window (a deviation) and shows a new liver lesion: progression.
- HAI-002 (S-0005, control): baseline only; the week-8 scan is still to come.
- HAI-001 (S-0004, HAI): an MRI baseline a week before randomization.

Randomized one to two years ago and now in follow-up every six months:
- HAI-005 (S-0008, HAI): partial response at weeks 8 and 16; treatment ended for grade 3
  neuropathy after cycle 8, never resectable, and the HAI port removed a month later; at the
  one-year call he reported a progression found on a CT elsewhere; alive at 18 months, the
  next call due in about four months.
- HAI-006 (S-0009, HAI): stable disease at week 8; refused further treatment after cycle 4 and
  moved to Jeju, her port left in place; alive at six months, then lost to follow-up.
- HAI-007 (S-0010, control): progression at week 8 (lung metastases and growth); treatment
  ended; died of the disease ten months after randomization.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from hai_desktop.core.catheter import REMOVED_EVENT
from hai_desktop.core.follow_up import (
    ContactMethod,
    DeathCause,
    EndReason,
    EndScope,
    ProgressionBasis,
    VitalStatus,
)
from hai_desktop.core.recist import NonTarget
from hai_desktop.core.tumour_assessment import LesionEntry, Organ
from hai_desktop.services import catheter, follow_up, tumour_response
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
    "S-0008": (6, "CT", [LesionEntry(Organ.LIVER, True, False, "segment VI", "61 mm"),
                         LesionEntry(Organ.LIVER, True, False, "segment II", "44 mm"),
                         LesionEntry(Organ.LIVER, False, False, "bilobar, about 10 small",
                                     "")], "88"),
    "S-0009": (4, "MRI", [LesionEntry(Organ.LIVER, True, False, "segment VIII", "45 mm"),
                          LesionEntry(Organ.LIVER, True, False, "segment V", "33 mm"),
                          LesionEntry(Organ.LIVER, False, False, "segment IVb, 8 mm", "")],
               "15.2"),
    "S-0010": (5, "CT", [LesionEntry(Organ.LIVER, True, False, "segment VII", "39 mm"),
                         LesionEntry(Organ.LIVER, True, False, "segment IVa", "2.6 cm"),
                         LesionEntry(Organ.LIVER, False, False, "segment III, 9 mm", "")],
               "240"),
}
# screening number: [(days after randomization, T1, T2, non-target, new lesion site, CEA, note)]
ASSESSMENTS: dict[str, list[tuple[int, str, str, NonTarget, str, str, str]]] = {
    "S-0006": [(47, "50", "36", NonTarget.PRESENT, "segment III, 14 mm, not seen at baseline",
                "71.0", "scan brought forward for a rising CEA")],
    "S-0007": [(56, "33", "21", NonTarget.PRESENT, "", "18.1", ""),
               (97, "29", "1.7 cm", NonTarget.PRESENT, "", "6.2 µg/L",
                "pre-operative restaging for the MDT")],
    "S-0008": [(56, "42", "30", NonTarget.PRESENT, "", "31", ""),
               (112, "38", "27", NonTarget.PRESENT, "", "12.4", "")],
    "S-0009": [(55, "41", "30", NonTarget.PRESENT, "", "13.0", "")],
    "S-0010": [(61, "47", "33", NonTarget.PRESENT, "both lungs, several nodules up to 12 mm",
                "410", "scan five days late, after the admission for febrile neutropenia")],
}
# Treated long ago: screening number → (days after randomization, scope, reason, detail).
ENDS: dict[str, tuple[int, EndScope, EndReason, str]] = {
    "S-0008": (120, EndScope.ALL, EndReason.TOXICITY,
               "grade 3 sensory neuropathy after cycle 8; MDT: not resectable, all protocol "
               "treatment stopped"),
    "S-0009": (60, EndScope.ALL, EndReason.REFUSAL,
               "moving to Jeju to live with her daughter; to be treated there"),
    "S-0010": (63, EndScope.ALL, EndReason.PROGRESSION,
               "lung metastases at the week-8 assessment; second-line treatment at the "
               "referring hospital"),
}


@dataclass(frozen=True)
class DemoContact:
    """A follow-up contact; days count from randomization."""

    day: int
    method: ContactMethod
    status: VitalStatus
    note: str
    death_day: int | None = None
    cause: DeathCause | None = None
    last_alive_day: int | None = None
    progression_day: int | None = None
    basis: ProgressionBasis | None = None


CONTACTS: dict[str, list[DemoContact]] = {
    "S-0008": [
        DemoContact(183, ContactMethod.VISIT, VitalStatus.ALIVE, "no new symptoms"),
        DemoContact(365, ContactMethod.TELEPHONE, VitalStatus.ALIVE,
                    "CT at the referring hospital: new lesions in both lobes; second-line "
                    "treatment started there", progression_day=331,
                    basis=ProgressionBasis.IMAGING_RECIST),
        DemoContact(548, ContactMethod.VISIT, VitalStatus.ALIVE, "on second-line treatment"),
    ],
    "S-0009": [
        DemoContact(184, ContactMethod.TELEPHONE, VitalStatus.ALIVE,
                    "treated at a hospital in Jeju; no progression known to her"),
        DemoContact(366, ContactMethod.TELEPHONE, VitalStatus.LOST,
                    "three calls and a letter unanswered; the Jeju hospital has had no news of "
                    "her since our six-month call", last_alive_day=184),
    ],
    "S-0010": [
        DemoContact(182, ContactMethod.TELEPHONE, VitalStatus.ALIVE,
                    "second-line FOLFOX at the referring hospital"),
        DemoContact(305, ContactMethod.TELEPHONE, VitalStatus.DEAD,
                    "died at home under hospice care; his son telephoned", death_day=301,
                    cause=DeathCause.DISEASE),
    ],
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
    _record_follow_up(people, ids, today)


def _record_follow_up(people: dict[str, Workspace], ids: dict[str, int], today: date) -> None:
    """The patients treated long ago: the end of their treatment, then the six-monthly calls
    and visits of the coordinator."""
    for number, (days, scope, reason, detail) in ENDS.items():
        start = demo_randomization_day(number, today)
        follow_up.record_end_of_treatment(people["investigator"], EndInput(
            ids[number], start + timedelta(days=days), scope, reason, T + detail))
    catheter.record_catheter_event(people["radiologist"], catheter.CatheterEventInput(
        ids["S-0008"], REMOVED_EVENT, demo_randomization_day("S-0008", today)
        + timedelta(days=150), operator="Dr Tae-hyun Kang (TRAINING)",
        reason="TRAINING: HAI stopped for good (neuropathy); port and catheter removed"))
    for number, contacts in CONTACTS.items():
        start = demo_randomization_day(number, today)
        for c in contacts:
            follow_up.record_contact(people["coordinator"], ContactInput(
                ids[number], _after(start, c.day), c.method, c.status,
                death_on=_after(start, c.death_day), death_cause=c.cause,
                last_alive_on=_after(start, c.last_alive_day),
                progression_on=_after(start, c.progression_day), progression_basis=c.basis,
                note=T + c.note))


def _after(start: date, days: int | None) -> date | None:
    return None if days is None else start + timedelta(days=days)
