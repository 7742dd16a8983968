"""What a committed unit of work changed, for the screens that show it (live refresh).

The store notes each record written (its table, and its patient when the record names one);
after the commit the database hands the notes to its listeners as one `Change`. A change made at
another workstation is only known from the audit trail's new rows: its tables, but not its
patients, so it counts as touching everyone.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

# Audit rows about the session itself (sign-in, lock, unlock): nothing shown depends on them.
NOT_A_CHANGE = frozenset({"session"})
# The audit actions that write a record (store.audit.AuditActions). The others are events —
# a print, an export, a backup, a mistyped password — and whatever they change in a record
# (an order's status on print) has its own row.
RECORD_WRITES = frozenset({"create", "update", "void"})


@dataclass(frozen=True)
class Change:
    """Tables written and the patients whose records they are. `unscoped`: at least one
    record is not tied to a known patient (a site rule, an order line, another workstation's
    row), so any patient's view may be affected."""

    tables: frozenset[str] = frozenset()
    patient_ids: frozenset[int] = frozenset()
    unscoped: bool = False
    foreign: bool = False  # made at another workstation (seen in the audit trail)
    audit_seqs: frozenset[int] = field(default=frozenset(), compare=False)

    def touches(self, patient_id: int | None) -> bool:
        """May a view of this patient (None: a view of no one patient) be out of date?"""
        if patient_id is None or self.unscoped:
            return True
        return patient_id in self.patient_ids

    def merged(self, other: Change) -> Change:
        return Change(self.tables | other.tables, self.patient_ids | other.patient_ids,
                      self.unscoped or other.unscoped, self.foreign or other.foreign,
                      self.audit_seqs | other.audit_seqs)


def foreign_change(rows: Iterable[tuple[str, str]]) -> Change | None:
    """(entity, action) of audit rows written elsewhere: the records written, as a Change
    touching everyone (None: only events, nothing a screen shows)."""
    tables = frozenset(entity for entity, action in rows if action in RECORD_WRITES) \
        - NOT_A_CHANGE
    if not tables:
        return None
    return Change(tables, unscoped=True, foreign=True)
