"""The notes the audit hooks keep of a unit of work's writes, handed over as one Change after
its commit (core/changes.py)."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from hai_desktop.core.changes import NOT_A_CHANGE, Change

CHANGES_KEY = "changes"


def patient_of(obj: Any) -> int | None:
    """The patient a record belongs to, without loading anything (inside a flush)."""
    if getattr(obj, "__tablename__", None) == "patients":
        return obj.id if isinstance(obj.id, int) else None
    patient_id = getattr(obj, "patient_id", None)
    return patient_id if isinstance(patient_id, int) else None


def note_change(session: Session, table: str, patient_id: int | None, seq: int) -> None:
    """Called for each audit row a unit of work appends."""
    if table in NOT_A_CHANGE:
        return
    noted: dict[str, Any] = session.info.setdefault(
        CHANGES_KEY, {"tables": set(), "patients": set(), "unscoped": False, "seqs": set()})
    noted["tables"].add(table)
    noted["seqs"].add(seq)
    if patient_id is None:
        noted["unscoped"] = True
    else:
        noted["patients"].add(patient_id)


def take_change(session: Session) -> Change | None:
    """The notes of a unit of work as one Change (None: it changed nothing a screen shows)."""
    noted = session.info.pop(CHANGES_KEY, None)
    if not noted:
        return None
    return Change(frozenset(noted["tables"]), frozenset(noted["patients"]), noted["unscoped"],
                  audit_seqs=frozenset(noted["seqs"]))
