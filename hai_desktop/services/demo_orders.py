"""TRAINING orders: every cycle of the patients on treatment, through the real lifecycle
(investigator signs, pharmacist verifies, nurse prints and gives, a second nurse checks)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from hai_desktop.services import demo_catheter, orders
from hai_desktop.services.demo_toxicity import record_cycle_events, record_cycle_labs
from hai_desktop.services.patients import list_patients
from hai_desktop.services.workspace import Workspace, sign_in
from hai_desktop.settings import Settings

# screening number: (cycles given, height, weight at cycle 1, targeted agent, reductions)
TREATED = {
    "S-0005": (3, "158 cm", "55 kg", "bevacizumab", {3: {"irinotecan": (-1, "grade 3 "
                                                             "diarrhoea in cycle 2")}}),
    "S-0006": (5, "171 cm", "72 kg", "cetuximab", {4: {"cetuximab": (-1, "grade 3 acneiform "
                                                           "rash in cycle 3")}}),
    "S-0007": (8, "162 cm", "60 kg", "bevacizumab", {}),
}
PASSWORDS = {"investigator": "indigo-training", "pharmacist": "pine-training",
             "nurse": "navy-training", "nurse2": "nutmeg-training",
             "radiologist": "ruby-training"}


def first_cycle_day(cycles: int, today: date) -> date:
    """Day 1 of cycle 1 for a demo patient given `cycles` two-weekly cycles, the last yesterday."""
    return today - timedelta(days=14 * (cycles - 1) + 1)


def _at(day: date, hour: int) -> datetime:
    return datetime.combine(day, time(hour, 0), tzinfo=UTC)


def add_demo_orders(path: Path, settings: Settings) -> None:
    people = {name: sign_in(path, name, password, settings)
              for name, password in PASSWORDS.items()}
    try:
        _write_orders(people)
    finally:
        for ws in people.values():
            ws.sign_out()


def _write_orders(people: dict[str, Workspace]) -> None:
    inv, pharmacist, nurse, nurse2 = (people[k] for k in ("investigator", "pharmacist",
                                                          "nurse", "nurse2"))
    for number, (cycles, height, weight, targeted, reductions) in TREATED.items():
        patient = list_patients(inv, number)[0]
        if targeted == "cetuximab":
            orders.set_mutation_status(inv, patient.id, ras="wild_type", braf="wild_type",
                                       reason="TRAINING: pathology report, RAS/BRAF panel")
        first_day1 = first_cycle_day(cycles, date.today())
        demo_catheter.implant(people["radiologist"], number, patient.id, first_day1)
        for cycle in range(1, cycles + 1):
            day1 = first_day1 + timedelta(days=14 * (cycle - 1))
            if cycle > 1:  # last cycle's events before this cycle's decisions
                record_cycle_events(nurse, number, patient.id, cycle - 1,
                                    day1 - timedelta(days=14))
            record_cycle_labs(nurse, number, patient.id, cycle, day1)
            kg = float(weight.split()[0]) - 0.4 * (cycle - 1)  # a slow, real-life weight loss
            order_id = orders.create_order(inv, orders.OrderInput(
                patient_id=patient.id, day1=day1, targeted_agent=targeted, height=height,
                weight=f"{kg:g} kg", measured_on=day1, anc="2.4 ×10⁹/L",
                platelets="190 ×10⁹/L", labs_date=day1 - timedelta(days=1),
                creatinine="0.8 mg/dL", reductions=reductions.get(cycle, {})))
            orders.sign_order(inv, order_id, PASSWORDS["investigator"])
            orders.verify_order(pharmacist, order_id, PASSWORDS["pharmacist"])
            if cycle == cycles and number == "S-0006":
                continue  # today's order: verified, waiting to be printed and given
            demo_catheter.inspect_before_hai(nurse, people["radiologist"], number, patient.id,
                                             cycle, day1, first_day1)
            orders.order_sheet_pdf(nurse, order_id)
            view = orders.load_order(nurse, order_id)
            given = {line.drug_id: f"{line.final_mg:g}" for line in view.lines
                     if not line.stopped}
            orders.record_administration(
                nurse, order_id, given, {d: _at(day1, 9) for d in given},
                {d: _at(day1, 13) for d in given}, PASSWORDS["nurse"])
            orders.confirm_administration(nurse2, order_id, PASSWORDS["nurse2"])
            demo_catheter.pain_during_hai(nurse, number, patient.id, cycle, day1, order_id)
            if cycle == cycles:
                record_cycle_events(nurse, number, patient.id, cycle, day1)
