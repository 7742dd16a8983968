"""One workstation of the server concurrency test (a separate process): registers, screens and
randomizes new candidates through the real envelope process, then records and signs each one's
first order. Every write the services report as done is printed as one JSON line; a race lost
to another workstation (the offered envelope taken meanwhile) is retried as a person would.

    python -m tests.reliability.server_worker URL CA DATA_DIR WORKER ROUNDS
"""

from __future__ import annotations

import json
import sys
import time
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from hai_desktop.core.errors import ConflictError, NotFound
from hai_desktop.services import allergies, orders, randomization, screening
from hai_desktop.services.demo import DEMO_ACCOUNTS, DEMO_KDF
from hai_desktop.services.demo_screening import eligible_answers
from hai_desktop.services.workspace import Workspace, sign_in_server
from hai_desktop.settings import Settings

PASSWORDS = {a.username: a.password for a in DEMO_ACCOUNTS}
TODAY = date.today()


def report(**fields: object) -> None:
    print(json.dumps(fields), flush=True)


def letters(number: int) -> str:
    """12 → 'bc': names hold letters, not digits."""
    return "".join(chr(ord("a") + int(d)) for d in str(number))


def randomize_new_candidate(coordinator: Workspace, worker: int, round_: int) -> int:
    patient = screening.register_candidate(coordinator, screening.Registration(
        family_name=f"Worker{letters(worker)}", given_name=f"Round{letters(round_)}",
        hospital_record_number=f"TR-7{worker:02d}{round_:04d}", sex="F",
        date_of_birth=date(1962, 3, 4), consent_date=TODAY))
    report(kind="registered", patient_id=patient.id)
    screening.save_screening(coordinator, patient.id, eligible_answers(TODAY), "no")
    screening.confirm_screening(coordinator, patient.id, PASSWORDS["coordinator"])
    races = 0
    while True:
        offer = randomization.next_envelope(coordinator, patient.id)
        try:
            # Another workstation may open the offered envelope at any moment from here on:
            # before its card is read (NotFound) or before the click (ConflictError).
            card = randomization.peek_card_for_training(coordinator, offer.number)
            result = randomization.randomize(coordinator, patient.id,
                                             envelope_number=offer.number, arm_on_card=card,
                                             password=PASSWORDS["coordinator"])
        except NotFound:
            races += 1
            continue
        except ConflictError as exc:
            if "already used" not in exc.message and "not the next one" not in exc.message:
                raise
            races += 1
            continue
        report(kind="randomized", patient_id=patient.id, envelope=result.envelope,
               study_id=result.study_id, arm=result.arm.value, races=races)
        return patient.id


def first_order(investigator: Workspace, patient_id: int) -> None:
    order_id = orders.create_order(investigator, orders.OrderInput(
        patient_id=patient_id, day1=TODAY, targeted_agent="bevacizumab", height="165 cm",
        weight="64 kg", measured_on=TODAY, anc="2.4", platelets="210",
        labs_date=TODAY - timedelta(days=1), creatinine="0.8 mg/dL", neuropathy_grade=0,
        neuropathy_assessed_on=TODAY))
    # Asked at the visit: an order is never signed while the allergies were not asked.
    allergies.record_no_known_allergies(investigator, patient_id, asked_by="Dr Joon-ho Lee",
                                        asked_on=TODAY)
    orders.sign_order(investigator, order_id, PASSWORDS["investigator"])
    report(kind="order", order_id=order_id, patient_id=patient_id)


def main(url: str, ca: str, data_dir: str, worker: int, rounds: int) -> None:
    settings = replace(Settings(data_dir=Path(data_dir), log_dir=Path(data_dir) / "logs"),
                       server_url=url, server_sslrootcert=Path(ca), kdf=DEMO_KDF)
    coordinator = sign_in_server(settings, "coordinator", PASSWORDS["coordinator"])
    investigator = sign_in_server(settings, "investigator", PASSWORDS["investigator"])
    report(kind="ready")
    go = Path(data_dir).parent / "go"
    while not go.exists():  # all eight start writing at the same moment
        time.sleep(0.01)
    try:
        for round_ in range(rounds):
            first_order(investigator, randomize_new_candidate(coordinator, worker, round_))
    finally:
        coordinator.sign_out()
        investigator.sign_out()
    report(kind="done")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5]))
