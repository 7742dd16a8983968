"""G-CSF as secondary prevention (PROTOCOL.md, Toxicity): not as primary prophylaxis; allowed
after febrile neutropenia, grade 4 neutropenia lasting more than 5 days, or when treatment was
delayed two or more times by neutropenia. The program says when it applies; the investigator
decides."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

FEBRILE_NEUTROPENIA = "Febrile neutropenia"
NEUTROPHILS_DECREASED = "Neutrophil count decreased"
NEUTROPENIA_TERMS = frozenset({FEBRILE_NEUTROPENIA, NEUTROPHILS_DECREASED})
DELAYED = "dose delayed"
GRADE_4_DAYS = 5  # protocol: grade 4 neutropenia "lasting > 5 days"
DELAYS_NEEDED = 2  # protocol: "delayed two or more times by neutropenia"


@dataclass(frozen=True)
class NeutropeniaEvent:
    term: str
    grade: int
    onset: date
    resolved: date | None
    action: str


def _lasting_days(event: NeutropeniaEvent, today: date) -> int:
    return ((event.resolved or today) - event.onset).days


def gcsf_reasons(events: Iterable[NeutropeniaEvent], today: date) -> list[str]:
    """Why G-CSF secondary prevention is allowed now (empty: it is not)."""
    events = [e for e in events if e.term in NEUTROPENIA_TERMS]
    reasons = []
    febrile = [e for e in events if e.term == FEBRILE_NEUTROPENIA]
    if febrile:
        reasons.append(f"febrile neutropenia on {febrile[0].onset:%d %b %Y}")
    long_grade_4 = [e for e in events if e.term == NEUTROPHILS_DECREASED and e.grade == 4
                    and _lasting_days(e, today) > GRADE_4_DAYS]
    if long_grade_4:
        e = long_grade_4[0]
        reasons.append(f"grade 4 neutropenia for {_lasting_days(e, today)} days from "
                       f"{e.onset:%d %b %Y} (more than {GRADE_4_DAYS})")
    delays = [e for e in events if e.action == DELAYED]
    if len(delays) >= DELAYS_NEEDED:
        reasons.append(f"treatment delayed {len(delays)} times by neutropenia")
    return reasons
