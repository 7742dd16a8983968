"""TRAINING primary-endpoint records, entered by the demo investigator through the service:
HAI-004 (S-0007) finished eight cycles, became resectable and had an R0 resection; HAI-005 to
HAI-007, treated long ago, were never resectable; the others are not (yet) resected.

The demo's timeline ends today (HAI-004's eighth cycle was given yesterday), so the resection
is dated today.
"""

from __future__ import annotations

from pathlib import Path

from hai_desktop.core.outcome import NOT_RESECTED, NOT_YET, RESECTED
from hai_desktop.services import outcomes
from hai_desktop.services.patients import list_patients
from hai_desktop.services.workspace import sign_in
from hai_desktop.settings import Settings

# screening number: (resected?, margin, note)
OUTCOMES: dict[str, tuple[str, str | None, str]] = {
    "S-0004": (NOT_YET, None, ""),
    "S-0005": (NOT_YET, None, "TRAINING: restaging CT after cycle 4 planned"),
    "S-0006": (NOT_YET, None, ""),
    "S-0007": (RESECTED, "R0", "TRAINING: right hemihepatectomy after 8 cycles; pathology "
                               "R0, closest margin 4 mm"),
    "S-0008": (NOT_RESECTED, None, "TRAINING: MDT after cycle 8: residual disease in both "
                                   "lobes, not resectable"),
    "S-0009": (NOT_RESECTED, None, "TRAINING: stopped treatment after cycle 4, never "
                                   "resectable while followed"),
    "S-0010": (NOT_RESECTED, None, "TRAINING: progression with lung metastases at week 8"),
}


def add_demo_outcomes(path: Path, settings: Settings) -> None:
    investigator = sign_in(path, "investigator", "indigo-training", settings)
    try:
        for number, (resected, margin, note) in OUTCOMES.items():
            patient = list_patients(investigator, number)[0]
            outcomes.record_outcome(investigator, outcomes.OutcomeInput(
                patient_id=patient.id, liver_resection=resected,
                surgery_date=investigator.today() if resected == RESECTED else None, margin=margin,
                note=note))
    finally:
        investigator.sign_out()
