"""A generated ten-year database: 500 patients × 12 cycles, 100,000 adverse events, 10,000
catheter inspections, lab results, and one audit row per record on an intact hash chain.

Rows are written in bulk (one transaction per table) rather than through the services, which
would take hours for this volume; every value is one the services could have written, so the
screens and `verify` read them as real records. All of it is marked TRAINING-like fiction
("Volume" patients); nothing here is used by the application itself.
"""

from __future__ import annotations

import base64
import json
import random
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, insert

from hai_desktop.core.roles import Role
from hai_desktop.services import users
from hai_desktop.services.workspace import create_database
from hai_desktop.settings import KdfParameters, Settings
from hai_desktop.store import audit
from hai_desktop.store.models import (
    AdverseEvent,
    AuditEntry,
    Base,
    CatheterEvent,
    CatheterInspection,
    LabResult,
    Order,
    OrderLine,
    Patient,
)
from tests.helpers import first_sign_in

ADMIN = ("chief", "ten-years-admin-1")
INVESTIGATOR = ("doctor", "ten-years-lead-1")  # the password chosen at the first sign-in
INVESTIGATOR_TEMPORARY = "ten-years-temporary-1"  # the one the administrator gave
FAST_KDF = KdfParameters(time_cost=2, memory_kib=19456, parallelism=1)  # OWASP minimum

TERMS = [("Nausea", "10028813"), ("Fatigue", "10016256"), ("Diarrhea", "10012735"),
         ("Neutrophil count decreased", "10029366"), ("Mucositis oral", "10028130"),
         ("Rash acneiform", "10037847"), ("Peripheral sensory neuropathy", "10034620"),
         ("Abdominal pain", "10000081"), ("Hypertension", "10020772"),
         ("Alanine aminotransferase increased", "10001551")]
HAI_DRUGS = ["oxaliplatin_hai", "irinotecan", "leucovorin", "fluorouracil_bolus",
             "fluorouracil_infusion", "bevacizumab"]
CONTROL_DRUGS = HAI_DRUGS[1:]


@dataclass(frozen=True)
class Volume:
    patients: int = 500
    cycles: int = 12
    events: int = 100_000
    inspections: int = 10_000

    @classmethod
    def quick(cls) -> Volume:
        return cls(patients=50, cycles=12, events=5_000, inspections=1_000)


def _days(start: date, n: int) -> date:
    return start + timedelta(days=n)


def _stamp(day: date, rng: random.Random) -> datetime:
    return datetime(day.year, day.month, day.day, 8 + rng.randrange(9), rng.randrange(60),
                    tzinfo=UTC)


class Generator:
    def __init__(self, volume: Volume, seed: int = 2016) -> None:
        self.volume = volume
        self.rng = random.Random(seed)
        self.start = date(2016, 1, 4)

    def patients(self) -> Iterator[dict[str, Any]]:
        for i in range(self.volume.patients):
            arm = "hai" if i % 2 else "control"
            day = _days(self.start, i * 7)
            yield {"id": 1000 + i, "screening_number": f"S-{1000 + i}",
                   "study_id": f"{'HAI' if arm == 'hai' else 'CTL'}-{1000 + i}",
                   "family_name": f"VOLUME{i:03d}", "given_name": "Test", "initials": "VT",
                   "hospital_record_number": f"V{i:07d}", "sex": "FM"[i % 2],
                   "date_of_birth": date(1950 + i % 30, 1 + i % 12, 1 + i % 28),
                   "consent_date": day, "status": "on_treatment", "arm": arm,
                   "current_cycle": self.volume.cycles, "ras_status": "wild-type",
                   "braf_status": "wild-type", "created_at": _stamp(day, self.rng),
                   "randomized_at": _stamp(day, self.rng), "voided": False}

    def day1(self, patient: int, cycle: int) -> date:
        return _days(self.start, (patient - 1000) * 7 + 14 * cycle)

    def orders(self) -> Iterator[tuple[dict[str, Any], list[dict[str, Any]]]]:
        order_id = 0
        for patient in self.patients():
            drugs = HAI_DRUGS if patient["arm"] == "hai" else CONTROL_DRUGS
            for cycle in range(1, self.volume.cycles + 1):
                order_id += 1
                day1 = self.day1(patient["id"], cycle)
                order = {"id": order_id, "patient_id": patient["id"], "cycle": cycle,
                         "day1": day1, "arm": patient["arm"], "targeted_agent": "bevacizumab",
                         "height_text": "170 cm", "weight_text": "70 kg", "measured_on": day1,
                         "height_cm": 170.0, "weight_kg": 70.0, "bsa_formula": "mosteller",
                         "bsa_m2": 1.82, "anc_text": "2.1 x10^9/L",
                         "platelets_text": "180 x10^9/L", "labs_date": day1, "notices": "[]",
                         "hold_reasons": "[]", "levels_confirmed": True,
                         "status": "administered", "content_hash": f"{order_id:064x}",
                         "print_count": 1, "created_by": INVESTIGATOR[0],
                         "created_at": _stamp(day1, self.rng)}
                lines = [{"order_id": order_id, "drug_id": drug, "sequence": n, "basis": "mg/m2",
                          "level": 0, "dose_per_unit": 100.0, "calculated_mg": 182.0,
                          "final_mg": 180.0, "difference_percent": -1.1,
                          "route": "HAI" if drug.endswith("_hai") else "IV",
                          "duration": "2 h", "diluent": "glucose 5 % 250 mL",
                          "stopped": False, "given_mg": 180.0}
                         for n, drug in enumerate(drugs, start=1)]
                yield order, lines

    def labs(self) -> Iterator[dict[str, Any]]:
        for patient in self.patients():
            for cycle in range(1, self.volume.cycles + 1):
                taken = _days(self.day1(patient["id"], cycle), -1)
                alt = 20 + self.rng.randrange(100)
                yield {"patient_id": patient["id"], "term": "Alanine aminotransferase increased",
                       "value_text": f"{alt} U/L", "value": float(alt), "unit": "U/L",
                       "uln_text": "40 U/L", "uln_multiple": alt / 40,
                       "grade": 0 if alt <= 40 else 1 if alt <= 120 else 2, "taken_on": taken,
                       "cycle": cycle, "recorded_by": "nurse",
                       "recorded_at": _stamp(taken, self.rng), "voided": False}

    def events(self) -> Iterator[dict[str, Any]]:
        per_patient = self.volume.events // self.volume.patients
        for patient in self.patients():
            drugs = HAI_DRUGS if patient["arm"] == "hai" else CONTROL_DRUGS
            for n in range(per_patient):
                cycle = 1 + n % self.volume.cycles
                term, code = TERMS[self.rng.randrange(len(TERMS))]
                onset = _days(self.day1(patient["id"], cycle), self.rng.randrange(13))
                grade = self.rng.choices([1, 2, 3], weights=[70, 25, 5])[0]
                yield {"patient_id": patient["id"], "cycle": cycle, "term": term,
                       "meddra_code": code, "grade": grade, "onset": onset,
                       "resolved": _days(onset, 1 + self.rng.randrange(10)), "serious": False,
                       "action": "none", "outcome": "recovered/resolved",
                       "attributions": json.dumps({d: "unlikely" for d in drugs}),
                       "recorded_by": "nurse", "recorded_at": _stamp(onset, self.rng),
                       "voided": False}

    def catheter(self) -> Iterator[tuple[str, dict[str, Any]]]:
        hai = [p for p in self.patients() if p["arm"] == "hai"]
        per_patient = self.volume.inspections // max(len(hai), 1)
        for patient in hai:
            implanted = _days(self.day1(patient["id"], 1), -7)
            yield "event", {"patient_id": patient["id"], "kind": "implanted",
                            "occurred_on": implanted, "operator": "Dr Volume",
                            "access_route": "femoral", "port_location": "right chest",
                            "tip_position": "gastroduodenal artery", "recorded_by": "ir",
                            "recorded_at": _stamp(implanted, self.rng), "voided": False}
            for n in range(per_patient):
                day = _days(self.day1(patient["id"], 1 + n % self.volume.cycles), n // 12)
                yield "inspection", {
                    "patient_id": patient["id"], "inspected_on": day,
                    "inspected_at": _stamp(day, self.rng), "answers": "{}", "findings": "[]",
                    "needle_gauge": "19G", "check_due": False, "outcome": "fit",
                    "action": "none", "inspected_by": "nurse", "inspector_role": "nurse"}


def _bulk(conn: Connection, model: type[Base], rows: Iterable[dict[str, Any]],
          chunk: int = 5000) -> int:
    batch: list[dict[str, Any]] = []
    total = 0
    for row in rows:
        batch.append(row)
        if len(batch) == chunk:
            conn.execute(insert(model), batch)
            total += len(batch)
            batch = []
    if batch:
        conn.execute(insert(model), batch)
        total += len(batch)
    return total


def _audit_rows(conn: Connection, entries: Iterable[tuple[str, str, str]],
                signer: audit.Signer | None) -> int:
    """One 'insert' audit row per generated record, chained and signed exactly as the hook
    chains and signs them (by the administrator who generated them)."""
    seq, prev = audit.last_row(conn)
    batch: list[dict[str, Any]] = []
    count = 0
    at = datetime(2026, 1, 1, tzinfo=UTC)
    for entity, entity_id, values in entries:
        seq += 1
        at_text = (at + timedelta(seconds=seq)).isoformat(timespec="microseconds")
        own = audit.chain_hash(prev, audit.row_content(seq, at_text, ADMIN[0], "insert",
                                                       entity, entity_id, None, values,
                                                       "ten-year volume benchmark"))
        signed = {} if signer is None else {
            "signed_by": signer.username, "key_fingerprint": signer.fingerprint,
            "signature": base64.b64encode(signer.sign(audit.signed_content(own))).decode()}
        batch.append({"seq": seq, "at_utc": at_text, "username": ADMIN[0],
                      "action": "insert", "entity": entity, "entity_id": entity_id,
                      "old_values": None, "new_values": values,
                      "reason": "ten-year volume benchmark", "prev_hash": prev, "row_hash": own,
                      "signed_by": None, "key_fingerprint": None, "signature": None,
                      **signed})
        prev = own
        count += 1
        if len(batch) == 5000:
            conn.execute(insert(AuditEntry), batch)
            batch = []
    if batch:
        conn.execute(insert(AuditEntry), batch)
    return count


def generate(path: Path, settings: Settings, volume: Volume) -> dict[str, int]:
    """Create the database at `path` with an administrator and an investigator (who has signed
    in once and chosen their password, INVESTIGATOR), then fill it."""
    ws, _code = create_database(path, admin_username=ADMIN[0], admin_full_name="Chief",
                                admin_password=ADMIN[1], settings=settings)
    users.add_user(ws, username=INVESTIGATOR[0], full_name="Dr Volume", role=Role.INVESTIGATOR,
                   temporary_password=INVESTIGATOR_TEMPORARY)
    gen = Generator(volume)
    counts: dict[str, int] = {}
    audited: list[tuple[str, str, str]] = []
    with ws.db.engine.begin() as conn:
        counts["patients"] = _bulk(conn, Patient, gen.patients())
        orders, lines = [], []
        for order, order_lines in gen.orders():
            orders.append(order)
            lines.extend(order_lines)
        counts["orders"] = _bulk(conn, Order, orders)
        counts["order lines"] = _bulk(conn, OrderLine, lines)
        counts["lab results"] = _bulk(conn, LabResult, gen.labs())
        counts["adverse events"] = _bulk(conn, AdverseEvent, gen.events())
        catheter = list(gen.catheter())
        counts["catheter events"] = _bulk(conn, CatheterEvent,
                                          (r for kind, r in catheter if kind == "event"))
        counts["inspections"] = _bulk(conn, CatheterInspection,
                                      (r for kind, r in catheter if kind == "inspection"))
        for table, n in counts.items():
            audited.extend((table, str(i), '{"generated":true}') for i in range(n))
        counts["audit rows"] = _audit_rows(conn, audited, ws.db.signer)
    ws.sign_out()
    # The anchor must match the chain's head, as after any signed-in session.
    from hai_desktop.services.workspace import sign_in

    admin = sign_in(path, *ADMIN, settings)
    admin.record("volume generated", "database", None, counts)
    admin.sign_out()
    # A temporary password opens nothing but its change: the investigator's first sign-in.
    first_sign_in(path, INVESTIGATOR[0], INVESTIGATOR_TEMPORARY, INVESTIGATOR[1],
                  settings).sign_out()
    return counts
