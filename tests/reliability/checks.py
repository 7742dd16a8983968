"""What the reliability tests verify on a reopened file: what the workers reported committed is
there whole, nothing half-written is visible, the file and the audit chain are intact."""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import inspect, select

from hai_desktop.core.arms import Arm
from hai_desktop.core.regimens import protocol_regimens
from hai_desktop.services import orders as o
from hai_desktop.services import toxicity
from hai_desktop.services.integrity import check_database
from hai_desktop.services.workspace import Workspace
from hai_desktop.store.audit import AuditActions
from hai_desktop.store.models import (
    AdverseEvent,
    AuditEntry,
    Base,
    CatheterInspection,
    LabResult,
    Order,
    OrderLine,
    Patient,
    Signature,
)

ORDER_STEPS = {o.DRAFT: 0, o.SIGNED: 1, o.VOIDED: 2}


@dataclass
class Reported:
    """Every write a worker said had returned, accumulated over all its runs."""

    orders: dict[int, str] = field(default_factory=dict)  # id → furthest step reported
    labs: set[int] = field(default_factory=set)
    events: dict[int, int] = field(default_factory=dict)  # event id → its lab result id
    inspections: set[int] = field(default_factory=set)
    # Orders reported since the last check: their signatures are checked against their content
    # once (a signed order's content never changes; re-checking all would grow with the run).
    unchecked_orders: set[int] = field(default_factory=set)

    def take(self, line: str) -> bool:
        """Note one 'committed …' line; False for any other line."""
        words = line.split()
        if len(words) < 3 or words[0] != "committed":
            return False
        kind, number = words[1], int(words[2])
        if kind.startswith("order"):
            self.unchecked_orders.add(number)
        if kind == "order":
            self.orders[number] = o.DRAFT
        elif kind in ("order-signed", "order-voided"):
            self.orders[number] = kind.removeprefix("order-")
        elif kind == "lab":
            self.labs.add(number)
        elif kind == "event":
            self.events[number] = int(words[4])
        elif kind == "inspection":
            self.inspections.add(number)
        else:
            raise AssertionError(f"unknown report {line!r}")
        return True

    @property
    def count(self) -> int:
        return len(self.orders) + len(self.labs) + len(self.events) + len(self.inspections)


def _as_json(values: dict[str, Any]) -> dict[str, Any]:
    # The audit hook's own serialisation, so a row compares with what its trail recorded.
    from hai_desktop.store.audit import _dumps

    return dict(json.loads(_dumps(values) or "{}"))


def audit_replay_problems(ws: Workspace) -> list[str]:
    """Each audited record must equal its create row with every later change applied: a
    record without its audit rows, or audit rows without their record, is a half-write."""
    models = {m.class_.__tablename__: m.class_ for m in Base.registry.mappers
              if getattr(m.class_, "audited", False)}
    replayed: dict[tuple[str, str], dict[str, Any]] = {}
    problems: list[str] = []
    with ws.db.read_session() as session:
        for entry in session.scalars(select(AuditEntry).where(
                AuditEntry.entity.in_(models),
                AuditEntry.action.in_([a.value for a in AuditActions]))
                .order_by(AuditEntry.seq)):
            key = (entry.entity, entry.entity_id or "")
            if entry.action == AuditActions.CREATE:
                if key in replayed:
                    problems.append(f"{key} created twice in the audit trail")
                replayed[key] = json.loads(entry.new_values or "{}")
            elif key not in replayed:
                problems.append(f"{key} changed in the audit trail before it was created")
            else:
                replayed[key].update(json.loads(entry.new_values or "{}"))
        seen: set[tuple[str, str]] = set()
        for table, model in models.items():
            mapper = inspect(model)
            for row in session.scalars(select(model)):
                key = (table, "/".join(str(p) for p in mapper.primary_key_from_instance(row)))
                seen.add(key)
                values = _as_json({c.key: getattr(row, c.key) for c in mapper.column_attrs
                                   if c.key not in model.audit_exclude})
                if key not in replayed:
                    problems.append(f"{key} is stored without its audit trail")
                elif replayed[key] != values:
                    diff = {k: (replayed[key].get(k), v) for k, v in values.items()
                            if replayed[key].get(k) != v}
                    problems.append(f"{key} differs from its audit trail: {diff}")
        problems += [f"{key} is in the audit trail but not stored" for key in
                     sorted(set(replayed) - seen)]
    return problems


def order_problems(ws: Workspace, reported: Reported) -> list[str]:
    """Every order has exactly its regimen's lines, a signature matching its content once
    signed, and has got at least as far as reported."""
    regimens = protocol_regimens()
    problems: list[str] = []
    with ws.db.read_session() as session:
        lines: dict[int, set[str]] = defaultdict(set)
        for line in session.scalars(select(OrderLine)):
            lines[line.order_id].add(line.drug_id)
        prescribed = {int(s.entity_id) for s in session.scalars(select(Signature).where(
            Signature.entity == "orders", Signature.meaning == o.MEANINGS[o.SIGNED]))}
        stored = {order.id: order for order in session.scalars(select(Order))}
    for order in stored.values():
        expected = {d.id for d in regimens.drugs_for(Arm(order.arm), order.targeted_agent)}
        if lines[order.id] != expected:
            problems.append(f"order #{order.id} has lines {sorted(lines[order.id])}, "
                            f"expected {sorted(expected)}")
        if order.status == o.SIGNED and order.id not in prescribed:
            problems.append(f"order #{order.id} is signed without a signature")
    for order_id, step in reported.orders.items():
        if order_id not in stored:
            problems.append(f"order #{order_id} was reported committed but is missing")
            continue
        status = stored[order_id].status
        if ORDER_STEPS.get(status, -1) < ORDER_STEPS[step]:
            problems.append(f"order #{order_id} is {status}, reported {step}")
        if ORDER_STEPS[step] >= ORDER_STEPS[o.SIGNED] and order_id not in prescribed:
            problems.append(f"order #{order_id} was reported signed but has no signature")
    for order_id in sorted(reported.unchecked_orders & stored.keys()):
        if not o.load_order(ws, order_id).signatures_valid:
            problems.append(f"order #{order_id}: a signature no longer matches its content")
    reported.unchecked_orders.clear()
    return problems


def toxicity_problems(ws: Workspace, reported: Reported) -> list[str]:
    """Reported labs, events and inspections are stored; each event holds an attribution for
    every drug of its patient's regimen and its lab result."""
    problems: list[str] = []
    with ws.db.read_session() as session:
        stored_labs = set(session.scalars(select(LabResult.id)))
        inspections = set(session.scalars(select(CatheterInspection.id)))
        events = {e.id: e for e in session.scalars(select(AdverseEvent))}
        regimen = {p.id: {d.id for d in toxicity.regimen_drugs_in(session, p)}
                   for p in session.scalars(select(Patient).where(Patient.arm.is_not(None)))}
    problems += [f"lab result #{x} reported but missing" for x in sorted(reported.labs -
                                                                       stored_labs)]
    problems += [f"inspection #{x} reported but missing" for x in sorted(
        reported.inspections - inspections)]
    for event_id, lab_id in reported.events.items():
        event = events.get(event_id)
        if event is None:
            problems.append(f"adverse event #{event_id} reported but missing")
        elif event.lab_result_id != lab_id:
            problems.append(f"adverse event #{event_id} lost its lab result #{lab_id}")
    for event in events.values():
        if event.lab_result_id is not None and event.lab_result_id not in stored_labs:
            problems.append(f"adverse event #{event.id} points at a missing lab result")
        if not set(json.loads(event.attributions)) >= regimen.get(event.patient_id, set()):
            problems.append(f"adverse event #{event.id} lacks attributions")
    return problems


def consistency_problems(ws: Workspace, reported: Reported) -> list[str]:
    """Everything above, plus SQLCipher's page check, SQLite's integrity check, the audit
    chain against its anchor (check_database) and the anchor check made at sign-in."""
    report = check_database(ws.db, ws.slots)
    problems = [] if report.ok else [f"check_database: {report.summary()}"]
    problems += [f"file: {p}" for p in report.file_problems]
    if ws.anchor_problem is not None:
        problems.append(f"anchor at sign-in: {ws.anchor_problem}")
    return (problems + audit_replay_problems(ws) + order_problems(ws, reported)
            + toxicity_problems(ws, reported))
