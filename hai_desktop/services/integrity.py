"""`verify`: SQLCipher page check, SQLite structure check, the audit chain and its anchor."""

from __future__ import annotations

from dataclasses import dataclass, field

from hai_desktop.core.errors import IntegrityFailure
from hai_desktop.services.permissions import Action
from hai_desktop.services.workspace import Workspace
from hai_desktop.store import audit


@dataclass
class IntegrityReport:
    file_problems: list[str] = field(default_factory=list)
    chain: audit.ChainReport | None = None
    anchor_problem: str | None = None

    @property
    def ok(self) -> bool:
        return not self.file_problems and self.anchor_problem is None and bool(
            self.chain and self.chain.ok)

    def first_problem(self) -> str | None:
        if self.file_problems:
            return "database file: " + self.file_problems[0]
        if self.anchor_problem:
            return self.anchor_problem
        if self.chain and self.chain.problem:
            return self.chain.problem.message
        return None

    def summary(self) -> str:
        if self.ok and self.chain is not None:
            seq, head = self.chain.head
            return (f"OK: file integrity checked; audit chain of {self.chain.rows_checked} rows "
                    f"verified up to #{seq} ({head[:12]}…), matching its anchor.")
        return f"FAILED: {self.first_problem()}"


def verify_database(ws: Workspace) -> IntegrityReport:
    ws.require(Action.VERIFY_INTEGRITY)
    report = IntegrityReport(file_problems=ws.db.cipher_integrity_problems())
    try:
        anchor = ws.slots.verified_anchor(ws.db.key)
    except IntegrityFailure as exc:
        report.anchor_problem = exc.message
        anchor = None
    with ws.db.engine.connect() as conn:
        report.chain = audit.verify_rows(audit.iter_rows(conn), anchor)
        conn.rollback()
    if anchor is None and report.anchor_problem is None:
        report.anchor_problem = "the key file holds no audit anchor"
    ws.record("verify", "database", None, {"ok": report.ok, "summary": report.summary()})
    return report
