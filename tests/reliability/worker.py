"""A child process that uses the real service layer on a database file, for the reliability
tests: `python -m tests.reliability.worker crash DB SEED`,
`python -m tests.reliability.worker instance DB USERNAME PATIENT SECONDS` or
`python -m tests.reliability.worker hold DB USERNAME`.

It prints one line per event and flushes at once, so that the parent knows exactly which
writes returned before it killed the process:

    signing-in                     imports done, the sign-in (key file rewrite) starts
    ready                          signed in; writing starts
    committed order 17             create_order returned: a draft with its lines
    committed order-signed 17      sign_order returned (password confirmed, signature saved)
    committed order-voided 17      void_order returned
    committed lab 65               record_lab returned
    committed event 14 lab 65      record_event returned, graded from lab result 65
    committed inspection 5         record_inspection returned
    refused <ErrorClass> <text>    a service refused with the project's own error (instance)
    holding                        a unit of work is open, holding the write lock (hold)
    done                           the instance run finished normally
"""

from __future__ import annotations

import random
import sys
import time
from datetime import date, timedelta
from pathlib import Path

from hai_desktop.core.errors import HaiError
from hai_desktop.services import catheter, labs, toxicity
from hai_desktop.services import orders as o
from hai_desktop.services.demo import DEMO_ACCOUNTS
from hai_desktop.services.patients import list_patients
from hai_desktop.services.workspace import Workspace, sign_in
from hai_desktop.settings import Settings
from hai_desktop.store.audit import record_event

ORDER_PATIENT, LAB_PATIENT, CATHETER_PATIENT = "S-0004", "S-0005", "S-0006"
PASSWORDS = {a.username: a.password for a in DEMO_ACCOUNTS}
LAB_TERM = "Alanine aminotransferase increased"
CLEAN_INSPECTION: dict[str, bool | str | None] = {
    "site_redness": False, "site_swelling": False, "site_haematoma": False,
    "site_tenderness": False, "site_erosion": False, "huber_needle": True,
    "needle_gauge": "20G", "needle_seated": True, "saline_painless": True,
    "saline_resistance": False, "saline_leak": False, "pain_previous_hai": False}


def say(line: str) -> None:
    # One short write per line: a pipe write under PIPE_BUF bytes is never split, so the
    # parent sees whole lines only.
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def settings_for(path: Path) -> Settings:
    return Settings(data_dir=path.parent, log_dir=path.parent / "logs")


def patient_id(ws: Workspace, number: str) -> int:
    return list_patients(ws, number)[0].id


def order_input(patient: int, rng: random.Random) -> o.OrderInput:
    today = date.today()
    return o.OrderInput(
        patient_id=patient, day1=today, targeted_agent="bevacizumab", height="170 cm",
        weight=f"{rng.randint(60, 80)} kg", measured_on=today, anc="2.1", platelets="180",
        labs_date=today - timedelta(days=1), creatinine="0.9 mg/dL", neuropathy_grade=0,
        neuropathy_assessed_on=today)


def record_lab_and_event(ws: Workspace, patient: int, rng: random.Random) -> None:
    """A lab result, then the adverse event graded from it (attributed to every drug)."""
    lab = labs.LabInput(patient_id=patient, term=LAB_TERM, value=f"{rng.randint(30, 110)} U/L",
                        taken_on=date.today())
    lab_id = labs.record_lab(ws, lab)
    say(f"committed lab {lab_id}")
    computed = labs.preview_lab(ws, lab).grade.grade
    drugs = toxicity.regimen_drugs(ws, patient)
    event = toxicity.EventInput(
        patient_id=patient, term=LAB_TERM, grade=max(1, computed), onset=date.today(),
        attributions={d.id: rng.choice(("unrelated", "unlikely", "possible")) for d in drugs},
        outcome="recovering/resolving", lab_result_id=lab_id,
        grade_reason="" if computed >= 1 else "raised enzyme with symptoms")
    event_id = toxicity.record_event(ws, event)
    say(f"committed event {event_id} lab {lab_id}")


def crash(path: Path, seed: int) -> None:
    """Write orders, labs with events and catheter inspections until killed."""
    rng = random.Random(seed)
    settings = settings_for(path)
    say("signing-in")
    investigator = sign_in(path, "investigator", PASSWORDS["investigator"], settings)
    nurse = sign_in(path, "nurse", PASSWORDS["nurse"], settings)
    say("ready")
    order_patient = patient_id(investigator, ORDER_PATIENT)
    lab_patient = patient_id(nurse, LAB_PATIENT)
    catheter_patient = patient_id(nurse, CATHETER_PATIENT)
    # A kill leaves an order drafted or signed: void it, or the cycles would run out.
    open_orders = [x.id for x in o.orders_for_patient(investigator, order_patient)
                   if x.status in (o.DRAFT, o.SIGNED)]
    while True:
        step = rng.randrange(3)
        if step == 0:
            if not open_orders:
                order_id = o.create_order(investigator, order_input(order_patient, rng))
                say(f"committed order {order_id}")
                open_orders.append(order_id)
            else:
                order_id = open_orders[0]
                status = o.load_order(investigator, order_id).order.status
                if status == o.DRAFT:
                    o.sign_order(investigator, order_id, PASSWORDS["investigator"])
                    say(f"committed order-signed {order_id}")
                else:
                    o.void_order(investigator, order_id, "crash consistency test")
                    say(f"committed order-voided {order_id}")
                    open_orders.pop(0)
        elif step == 1:
            record_lab_and_event(nurse, lab_patient, rng)
        else:
            inspection_id = catheter.record_inspection(nurse, catheter.InspectionInput(
                patient_id=catheter_patient, answers=CLEAN_INSPECTION, outcome="fit"))
            say(f"committed inspection {inspection_id}")


def instance(path: Path, username: str, number: str, seconds: float) -> None:
    """One workstation recording labs and events for one patient for a while, started by a
    line on standard input so that two instances begin together."""
    rng = random.Random(f"{username}-{number}")
    ws = sign_in(path, username, PASSWORDS[username], settings_for(path))
    patient = patient_id(ws, number)
    say("ready")
    sys.stdin.readline()
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        try:
            record_lab_and_event(ws, patient, rng)
        except HaiError as exc:
            say(f"refused {type(exc).__name__} {exc}")
    ws.sign_out()
    say("done")


def hold(path: Path, username: str) -> None:
    """Another workstation in the middle of a long save: a unit of work stays open (holding
    the write lock) until a line arrives on standard input, then commits."""
    ws = sign_in(path, username, PASSWORDS[username], settings_for(path))
    with ws.session(reason="a long save on another workstation") as session:
        record_event(session, "long_save", "session", ws.user.username)
        say("holding")
        sys.stdin.readline()
    ws.sign_out()
    say("done")


def main(argv: list[str]) -> int:
    command, path = argv[0], Path(argv[1])
    if command == "crash":
        crash(path, int(argv[2]))
    elif command == "instance":
        instance(path, argv[2], argv[3], float(argv[4]))
    elif command == "hold":
        hold(path, argv[2])
    else:
        raise SystemExit(f"unknown command {command!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
