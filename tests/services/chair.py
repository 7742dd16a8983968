"""Helpers for tests that give an order at the chair: the two nurses' checks and what was given.

Times: every drug "runs" for a fraction of a second just before the call (a start after the
catheter inspection of a moment ago, an end in the past, both today), so the recorded durations
are far shorter than ordered and carry a reason — a test never depends on the clock's hour.
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta

from hai_desktop.core.order_code import order_code
from hai_desktop.services import administration as adm
from hai_desktop.services import orders as o
from hai_desktop.services.workspace import Workspace

PASSWORDS = {"nurse": "navy-training", "nurse2": "nutmeg-training"}
COMPRESSED = "test: the infusion times are compressed into a second"


def check(ws: Workspace, oid: int, username: str, **changes: object) -> int:
    """One nurse's independent check with everything right (changes: the service's keyword
    arguments to make wrong)."""
    view = o.load_order(ws, oid)
    state = adm.double_check_state(ws, oid)
    arguments: dict[str, object] = {
        "username": username, "password": PASSWORDS.get(username, ""),
        "scanned_code": order_code(oid), "record_number": view.patient.hospital_record_number,
        "date_of_birth": view.patient.date_of_birth,
        "confirmed": [i.number for i in state.items]}
    arguments.update(changes)
    return adm.record_double_check(ws, oid, **arguments)  # type: ignore[arg-type]


def check_twice(people: Mapping[str, Workspace], oid: int) -> None:
    """The signed-in nurse checks, then the second nurse beside her with her own password."""
    check(people["nurse"], oid, "nurse")
    check(people["nurse"], oid, "nurse2")


def moments() -> tuple[datetime, datetime]:
    time.sleep(0.25)
    now = datetime.now(UTC)
    return now - timedelta(milliseconds=200), now - timedelta(milliseconds=100)


def as_ordered(ws: Workspace, oid: int, *, running: bool = False,
               **changes: adm.AdministrationEntry) -> dict[str, adm.AdministrationEntry]:
    """Every line given as ordered (the pump still running if `running`), with `changes`."""
    start, end = moments()
    entries = {}
    for line in o.load_order(ws, oid).lines:
        if line.stopped:
            continue
        pump = running and line.route == adm.CONTINUOUS
        entries[line.drug_id] = adm.AdministrationEntry(
            f"{line.final_mg:g}", start, None if pump else end, duration_reason=COMPRESSED)
    return entries | changes


def give(people: Mapping[str, Workspace], oid: int, *, running: bool = False,
         **changes: adm.AdministrationEntry) -> None:
    """Checked twice, then given as ordered by the first nurse."""
    check_twice(people, oid)
    adm.record_administration(people["nurse"], oid,
                              as_ordered(people["nurse"], oid, running=running, **changes),
                              PASSWORDS["nurse"])
