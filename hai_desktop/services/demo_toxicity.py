"""TRAINING toxicity: lab results before each cycle and the adverse events of each cycle, entered
through the real services as the demo orders are written, so the reductions of the demo orders
answer the grade 3 events that made them due (and the decision is on file with the order).

Patients: S-0005 (control) grade 3 diarrhoea in cycle 2 → irinotecan reduced in cycle 3;
S-0006 (HAI) acneiform rash grade 3 in cycle 3 → cetuximab reduced in cycle 4, liver tests
creeping up under HAI, abdominal pain during HAI; S-0007 (control) neutropenia delaying
treatment twice → G-CSF secondary prevention applies. Treated long ago: S-0008 (HAI)
neuropathy rising to grade 3 after cycle 8, which ended treatment; S-0009 (HAI) rash and
fatigue; S-0010 (control) febrile neutropenia in cycle 4, a serious adverse event (admitted).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from hai_desktop.services import labs, toxicity
from hai_desktop.services.workspace import Workspace


@dataclass(frozen=True)
class DemoEvent:
    term: str
    grade: int
    day: int  # days after the cycle's day 1
    lasting: int | None  # days until resolved; None: not resolved
    related: dict[str, str]  # drug → attribution; the rest "unrelated"
    action: str = "none"
    note: str = ""
    serious: str = ""  # the serious-adverse-event criterion, when the event is one


EVENTS: dict[str, dict[int, list[DemoEvent]]] = {
    "S-0005": {
        1: [DemoEvent("Nausea", 1, 1, 3, {"irinotecan": "probable"}),
            DemoEvent("Fatigue", 1, 2, 6, {"irinotecan": "possible",
                                            "fluorouracil_infusion": "possible"})],
        2: [DemoEvent("Diarrhea", 3, 4, 5, {"irinotecan": "probable"}, "dose reduced",
                      "TRAINING: 8 stools a day, IV fluids for 24 h in the day unit"),
            DemoEvent("Mucositis oral", 1, 5, 7, {"fluorouracil_infusion": "possible"})],
        3: [DemoEvent("Hypertension", 2, 0, None, {"bevacizumab": "probable"},
                      note="TRAINING: amlodipine started by the GP")],
    },
    "S-0006": {
        1: [DemoEvent("Rash acneiform", 1, 7, None, {"cetuximab": "definite"}),
            DemoEvent("Hypomagnesemia", 1, 10, None, {"cetuximab": "probable"})],
        2: [DemoEvent("Abdominal pain", 1, 0, 1, {"oxaliplatin_hai": "probable"},
                      note="TRAINING: epigastric pain during HAI, catheter inspected next use")],
        3: [DemoEvent("Rash acneiform", 3, 5, None, {"cetuximab": "definite"}, "dose reduced",
                      "TRAINING: >30 % body surface, doxycycline and topical steroid"),
            DemoEvent("Peripheral sensory neuropathy", 1, 2, None,
                      {"oxaliplatin_hai": "probable"})],
    },
    "S-0007": {
        3: [DemoEvent("Neutrophil count decreased", 2, 13, 4, {"irinotecan": "probable",
                                                                "fluorouracil_infusion":
                                                                "possible"},
                      "dose delayed", "TRAINING: ANC 1.2 on the planned day 1, one week delay")],
        5: [DemoEvent("Neutrophil count decreased", 2, 13, 5, {"irinotecan": "probable",
                                                                "fluorouracil_infusion":
                                                                "possible"},
                      "dose delayed", "TRAINING: ANC 1.1, second delay")],
        6: [DemoEvent("Diarrhea", 2, 3, 3, {"irinotecan": "probable"})],
    },
    # The neuropathy as graded before each oxaliplatin dose (demo_orders.NEUROPATHY): grade 1
    # from cycle 2, grade 2 from cycle 5, until grade 3 after cycle 8.
    "S-0008": {
        1: [DemoEvent("Nausea", 1, 1, 2, {"oxaliplatin_hai": "possible",
                                           "irinotecan": "possible"})],
        2: [DemoEvent("Peripheral sensory neuropathy", 1, 10, 42,
                      {"oxaliplatin_hai": "probable"})],
        5: [DemoEvent("Peripheral sensory neuropathy", 2, 10, 42,
                      {"oxaliplatin_hai": "probable"},
                      note="TRAINING: difficulty with buttons; continued at the full dose")],
        6: [DemoEvent("Hypertension", 2, 0, 40, {"bevacizumab": "probable"},
                      note="TRAINING: amlodipine 5 mg")],
        8: [DemoEvent("Peripheral sensory neuropathy", 3, 10, 150,
                      {"oxaliplatin_hai": "definite"}, "drug stopped",
                      "TRAINING: cannot button a shirt; oxaliplatin stopped for good")],
    },
    "S-0009": {
        1: [DemoEvent("Rash acneiform", 2, 8, 50, {"cetuximab": "definite"},
                      note="TRAINING: doxycycline")],
        3: [DemoEvent("Fatigue", 2, 3, 12, {"irinotecan": "possible",
                                             "fluorouracil_infusion": "possible"}),
            DemoEvent("Peripheral sensory neuropathy", 1, 10, 90,
                      {"oxaliplatin_hai": "probable"})],
    },
    "S-0010": {
        2: [DemoEvent("Diarrhea", 2, 4, 3, {"irinotecan": "probable"})],
        4: [DemoEvent("Febrile neutropenia", 3, 9, 5, {"irinotecan": "probable",
                                                        "fluorouracil_infusion": "possible"},
                      note="TRAINING: admitted for IV antibiotics, discharged on day 5",
                      serious="hospitalisation or its prolongation")],
    },
}

# Pre-cycle liver tests under HAI: ALT, AST, ALP (U/L) and bilirubin (mg/dL) by cycle.
LIVER = {
    "S-0006": {1: ("32", "30", "110", "0.7"), 2: ("58", "49", "131", "0.8"),
               3: ("96", "81", "162", "1.0"), 4: ("134", "102", "190", "1.3"),
               5: ("88", "70", "171", "1.1")},
    "S-0005": {1: ("25", "27", "90", "0.5"), 2: ("31", "29", "95", "0.6"),
               3: ("44", "38", "101", "0.6")},
}
LIVER_TERMS = ("Alanine aminotransferase increased", "Aspartate aminotransferase increased",
               "Alkaline phosphatase increased", "Blood bilirubin increased")
LIVER_UNITS = ("U/L", "U/L", "U/L", "mg/dL")


def record_cycle_labs(nurse: Workspace, number: str, patient_id: int, cycle: int,
                      day1: date) -> None:
    """The pre-cycle results the day before day 1 (the orders' ANC and platelets too)."""
    taken = day1 - timedelta(days=1)
    values = [("Neutrophil count decreased", "2.4 ×10⁹/L"),
              ("Platelet count decreased", "190 ×10⁹/L")]
    liver = LIVER.get(number, {}).get(cycle)
    if liver is not None:
        values += [(term, f"{value} {unit}")
                   for term, value, unit in zip(LIVER_TERMS, liver, LIVER_UNITS, strict=True)]
    for term, value in values:
        labs.record_lab(nurse, labs.LabInput(patient_id=patient_id, term=term, value=value,
                                             taken_on=taken, cycle=cycle))


def record_cycle_events(nurse: Workspace, number: str, patient_id: int, cycle: int,
                        day1: date) -> None:
    """The adverse events of a cycle given, entered before the next cycle is ordered."""
    drugs = [d.id for d in toxicity.regimen_drugs(nurse, patient_id)]
    for event in EVENTS.get(number, {}).get(cycle, []):
        onset = day1 + timedelta(days=event.day)
        if onset > nurse.today():
            continue  # not happened yet in the demo's timeline
        resolved = onset + timedelta(days=event.lasting) if event.lasting is not None else None
        if resolved is not None and resolved > nurse.today():
            resolved = None
        toxicity.record_event(nurse, toxicity.EventInput(
            patient_id=patient_id, term=event.term, grade=event.grade, onset=onset,
            resolved=resolved, cycle=cycle,
            attributions={d: event.related.get(d, "unrelated") for d in drugs},
            outcome="recovered/resolved" if resolved else "not recovered/not resolved",
            action=event.action, note=event.note, serious=bool(event.serious),
            serious_criterion=event.serious))
