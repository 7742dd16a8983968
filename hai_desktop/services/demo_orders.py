"""TRAINING orders: every cycle of the patients on treatment, through the real lifecycle.

The investigator signs (after the patients' allergies were asked), the pharmacist verifies, the
nurse prints; at the chair two nurses check each order independently (the second one, Ji-woo
Jung, with her own password at Ha-na Choi's workstation), then the nurse records what was given,
drug by drug with its times, the 46-h pump's disconnection two days later, and the second nurse
confirms. What the showroom shows on the way:
- allergies: HAI-001 penicillin, HAI-003 iodinated contrast and a cetuximab infusion reaction;
  HAI-002 and HAI-004 asked, none known; the candidates still in screening not yet asked;
- premedication on every order, with dexamethasone left out for HAI-002's cycle 3 (the
  investigator's reason: blood sugar) and the H1 antihistamine before each cetuximab;
- HAI-003's neuropathy graded before each oxaliplatin dose: grade 2 before today's cycle 5, so
  a dose decision (continue, with the reason) is on today's order;
- HAI-002's irinotecan stopped early in cycle 2 for cholinergic symptoms (less given, with the
  reason) and its cycle 3 pump still running (given yesterday, disconnection due tomorrow);
- HAI-004's cycle 6 leucovorin: 900 mg given where 870 mg was ordered — a medication error
  raised for the investigator, still open;
- the nurse Ji-woo Jung has no HAI competency: she checks and confirms, but cannot inspect the
  catheter or give the HAI line;
- HAI-005, HAI-006 and HAI-007, randomized one to two years ago, treated then (8, 4 and 4
  cycles) and now in follow-up, with the yearly HAI trainings that cover their cycles.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path

from hai_desktop.core.order_code import order_code
from hai_desktop.services import administration, allergies, competency, demo_catheter, orders
from hai_desktop.services.administration import AdministrationEntry
from hai_desktop.services.demo_toxicity import record_cycle_events, record_cycle_labs
from hai_desktop.services.patients import list_patients
from hai_desktop.services.supportive_care import SupportiveChange
from hai_desktop.services.workspace import Workspace, sign_in
from hai_desktop.settings import Settings

# screening number: (cycles given, height, weight at cycle 1, targeted agent, reductions)
TREATED = {
    "S-0005": (3, "158 cm", "55 kg", "bevacizumab", {3: {"irinotecan": (-1, "grade 3 "
                                                             "diarrhoea in cycle 2")}}),
    "S-0006": (5, "171 cm", "72 kg", "cetuximab", {4: {"cetuximab": (-1, "grade 3 acneiform "
                                                           "rash in cycle 3")}}),
    "S-0007": (8, "162 cm", "60 kg", "bevacizumab", {}),
    "S-0008": (8, "168 cm", "66 kg", "bevacizumab", {}),
    "S-0009": (4, "155 cm", "51 kg", "cetuximab", {}),
    "S-0010": (4, "170 cm", "68 kg", "bevacizumab", {}),
}
# Randomized long ago (days before today), treated from five days later; the others' last
# cycle was yesterday.
RANDOMIZED_LONG_AGO = {"S-0008": 600, "S-0009": 520, "S-0010": 450}
PASSWORDS = {"investigator": "indigo-training", "pharmacist": "pine-training",
             "nurse": "navy-training", "nurse2": "nutmeg-training",
             "radiologist": "ruby-training", "admin": "amber-training"}

# Asked at the first visit (the candidates in screening are not asked yet).
ALLERGIES = {
    "S-0004": [allergies.AllergyInput(0, "penicillin", "drug", "generalised rash", "moderate",
                                      "patient")],
    "S-0006": [allergies.AllergyInput(0, "iodinated contrast medium", "contrast medium",
                                      "urticaria after a CT scan", "mild", "medical record"),
               allergies.AllergyInput(0, "cetuximab", "infusion reaction",
                                      "flushing and chills 20 min into the first infusion, "
                                      "settled with the rate halved", "mild",
                                      "observed in this unit")],
}
NONE_KNOWN = ("S-0005", "S-0007", "S-0008", "S-0009", "S-0010")
# The HAI patients' neuropathy before each oxaliplatin dose (CTCAE grade), by cycle.
NEUROPATHY = {"S-0006": {1: 0, 2: 0, 3: 0, 4: 1, 5: 2},
              "S-0008": {1: 0, 2: 0, 3: 1, 4: 1, 5: 1, 6: 2, 7: 2, 8: 2},
              "S-0009": {1: 0, 2: 0, 3: 0, 4: 1}}
NEUROPATHY_CONTINUE = ("TRAINING: grade 2 paraesthesia, some difficulty with buttons (instrumental "
                       "ADL), self-care intact; the investigator continues at the full dose and "
                       "grades again next cycle")
# Less than ordered: the drug's line stopped early, with the nurse's reason.
STOPPED_EARLY = {("S-0005", 2): ("irinotecan", 0.6, "TRAINING: infusion stopped at 60 % for "
                                 "early cholinergic symptoms (sweating, cramps); atropine "
                                 "0.25 mg subcutaneous given, not restarted")}
# More than ordered: a medication error for the investigator.
MORE_GIVEN = {("S-0007", 6): ("leucovorin", 900.0, "TRAINING: the bag was labelled 900 mg "
                              "(prepared from the previous cycle's BSA); found at the check of "
                              "the empty bag")}
LEFT_OUT = {("S-0005", 3): {"dexamethasone": SupportiveChange(
    omit=True, reason="TRAINING: fasting glucose 14 mmol/L last cycle; antiemetic without "
                      "steroid")}}


def first_cycle_day(screening_number: str, today: date) -> date:
    """Day 1 of cycle 1: five days after randomization for a patient randomized long ago, else
    so that the last of the patient's two-weekly cycles was yesterday."""
    ago = RANDOMIZED_LONG_AGO.get(screening_number)
    if ago is not None:
        return today - timedelta(days=ago - 5)
    return today - timedelta(days=14 * (TREATED[screening_number][0] - 1) + 1)


def demo_randomization_day(screening_number: str, today: date) -> date:
    """The demo's timeline: randomized five days before the first cycle (two days ago for a
    patient not treated yet), after the screening two days after consent."""
    if screening_number not in TREATED:
        return today - timedelta(days=2)
    return first_cycle_day(screening_number, today) - timedelta(days=5)


def add_demo_orders(path: Path, settings: Settings) -> None:
    people = {name: sign_in(path, name, password, settings)
              for name, password in PASSWORDS.items()}
    try:
        _record_allergies(people["nurse"])
        _record_competencies(people["admin"])
        _write_orders(people)
    finally:
        for ws in people.values():
            ws.sign_out()


def _record_allergies(nurse: Workspace) -> None:
    for number, entries in ALLERGIES.items():
        patient = list_patients(nurse, number)[0]
        for entry in entries:
            allergies.record_allergy(nurse, allergies.AllergyInput(
                patient.id, entry.allergen, entry.category, entry.reaction, entry.severity,
                entry.source))
    for number in NONE_KNOWN:
        patient = list_patients(nurse, number)[0]
        asked = (demo_randomization_day(number, nurse.today()) if number in RANDOMIZED_LONG_AGO
                 else nurse.today() - timedelta(days=30))
        allergies.record_no_known_allergies(nurse, patient.id, asked_by="Ha-na Choi (TRAINING)",
                                            asked_on=asked)


def _record_competencies(admin: Workspace) -> None:
    """The radiologist and the first nurse are trained in HAI, renewed every year (each
    training recorded on its day); the second nurse is not."""
    for days_ago in (930, 565, 200):
        trained = admin.today() - timedelta(days=days_ago)
        for username, trainer in (("radiologist", "Prof. Hyun-woo Lim, IR (TRAINING)"),
                                  ("nurse", "Dr Tae-hyun Kang, IR (TRAINING)")):
            competency.record_competency(admin, username, trained_on=trained, trainer=trainer,
                                         note="TRAINING: port access, HAI pump set-up, what to "
                                              "do for pain during HAI", today=trained)


def _at(ws: Workspace, day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=ws.zone)


def _write_orders(people: dict[str, Workspace]) -> None:
    inv, pharmacist, nurse = (people[k] for k in ("investigator", "pharmacist", "nurse"))
    today = inv.today()
    for number, (cycles, height, weight, targeted, reductions) in TREATED.items():
        patient = list_patients(inv, number)[0]
        if targeted == "cetuximab":
            orders.set_mutation_status(inv, patient.id, ras="wild_type", braf="wild_type",
                                       reason="TRAINING: pathology report, RAS/BRAF panel")
        first_day1 = first_cycle_day(number, today)
        demo_catheter.implant(people["radiologist"], number, patient.id, first_day1)
        for cycle in range(1, cycles + 1):
            day1 = first_day1 + timedelta(days=14 * (cycle - 1))
            if cycle > 1:  # last cycle's events before this cycle's decisions
                record_cycle_events(nurse, number, patient.id, cycle - 1,
                                    day1 - timedelta(days=14))
            record_cycle_labs(nurse, number, patient.id, cycle, day1)
            order_id = _order_cycle(inv, patient.id, number, cycle, day1, height, weight,
                                    targeted, reductions.get(cycle, {}))
            orders.sign_order(inv, order_id, PASSWORDS["investigator"])
            orders.verify_order(pharmacist, order_id, PASSWORDS["pharmacist"])
            if cycle == cycles and number == "S-0006":
                continue  # today's order: verified, waiting to be printed and given
            demo_catheter.inspect_before_hai(nurse, people["radiologist"], number, patient.id,
                                             cycle, day1, first_day1)
            orders.order_sheet_pdf(nurse, order_id)
            _give(people, order_id, number, cycle, day1,
                  pump_running=cycle == cycles and number not in RANDOMIZED_LONG_AGO)
            demo_catheter.pain_during_hai(nurse, number, patient.id, cycle, day1, order_id)
            if cycle == cycles:
                record_cycle_events(nurse, number, patient.id, cycle, day1)


def _order_cycle(inv: Workspace, patient_id: int, number: str, cycle: int, day1: date,
                 height: str, weight: str, targeted: str,
                 reductions: dict[str, tuple[int, str]]) -> int:
    kg = float(weight.split()[0]) - 0.4 * (cycle - 1)  # a slow, real-life weight loss
    grade = NEUROPATHY.get(number, {}).get(cycle)
    continues = ({"oxaliplatin_hai": NEUROPATHY_CONTINUE}
                 if grade is not None and grade >= 2 else {})
    return orders.create_order(inv, orders.OrderInput(
        patient_id=patient_id, day1=day1, targeted_agent=targeted, height=height,
        weight=f"{kg:g} kg", measured_on=day1, anc="2.4 ×10⁹/L", platelets="190 ×10⁹/L",
        labs_date=day1 - timedelta(days=1), creatinine="0.8 mg/dL", reductions=reductions,
        neuropathy_grade=grade, neuropathy_assessed_on=day1 if grade is not None else None,
        continues=continues, supportive=LEFT_OUT.get((number, cycle), {})))


def _give(people: dict[str, Workspace], order_id: int, number: str, cycle: int, day1: date,
          *, pump_running: bool) -> None:
    """Two checks at 09:10 and 09:12, premedication from 09:15, then each drug in turn."""
    nurse = people["nurse"]
    view = orders.load_order(nurse, order_id)
    state = administration.double_check_state(nurse, order_id, today=day1)
    for username in ("nurse", "nurse2"):
        administration.record_double_check(
            nurse, order_id, username=username, password=PASSWORDS[username],
            scanned_code=order_code(order_id), record_number=view.patient.hospital_record_number,
            date_of_birth=view.patient.date_of_birth,
            confirmed=[i.number for i in state.items], today=day1)
    entries = {}
    clock = _at(nurse, day1, 9, 45)
    for line in sorted(view.lines, key=lambda x: x.sequence):
        if line.stopped:
            continue
        minutes = administration.ordered_minutes(line)
        end = clock + timedelta(minutes=minutes[1])
        amount, dose_reason, more = line.final_mg, "", False
        early = STOPPED_EARLY.get((number, cycle))
        if early and early[0] == line.drug_id:
            amount = round(line.final_mg * early[1])
            end = clock + timedelta(minutes=round(minutes[1] * early[1]))
            dose_reason = early[2]
        extra = MORE_GIVEN.get((number, cycle))
        if extra and extra[0] == line.drug_id:
            amount, dose_reason, more = extra[1], extra[2], True
        running = line.route == administration.CONTINUOUS and pump_running
        entries[line.drug_id] = AdministrationEntry(
            f"{amount:g}", clock, None if running else end, dose_reason=dose_reason,
            duration_reason=dose_reason if early and early[0] == line.drug_id else "",
            more_than_ordered_confirmed=more)
        if line.route != administration.CONTINUOUS:
            clock = end + timedelta(minutes=5)
    administration.record_administration(nurse, order_id, entries, PASSWORDS["nurse"],
                                         today=day1)
    administration.confirm_administration(people["nurse2"], order_id, PASSWORDS["nurse2"])
