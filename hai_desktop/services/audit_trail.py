"""Reading the audit trail, page by page (newest first), for the audit screen and exports."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from hai_desktop.services.permissions import Action
from hai_desktop.services.workspace import Workspace
from hai_desktop.store.models import AuditEntry


@dataclass(frozen=True)
class AuditRow:
    seq: int
    at_utc: str
    username: str
    action: str
    entity: str
    entity_id: str | None
    old_values: str | None
    new_values: str | None
    reason: str | None
    row_hash: str


def count_audit_rows(ws: Workspace) -> int:
    ws.require(Action.VIEW_AUDIT_TRAIL)
    with ws.db.read_session() as session:
        return int(session.scalar(select(func.count()).select_from(AuditEntry)) or 0)


def audit_page(ws: Workspace, *, offset: int = 0, limit: int = 200) -> list[AuditRow]:
    """Rows newest first; `offset` counts from the newest."""
    ws.require(Action.VIEW_AUDIT_TRAIL)
    query = select(AuditEntry).order_by(AuditEntry.seq.desc()).offset(offset).limit(limit)
    with ws.db.read_session() as session:
        return [AuditRow(r.seq, r.at_utc, r.username, r.action, r.entity, r.entity_id,
                         r.old_values, r.new_values, r.reason, r.row_hash)
                for r in session.scalars(query)]
