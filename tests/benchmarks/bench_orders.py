"""Order figures: a full calculation of 12 drug lines from typed text, and the order sheet PDF;
pint's share measured by profiling the calculation."""

from __future__ import annotations

import cProfile
import pstats
import statistics
import time
from datetime import date, timedelta
from pathlib import Path

from tests.benchmarks.bench_foundation import Row

TWELVE = [("irinotecan", "mg/m2", 180), ("leucovorin", "mg/m2", 400),
          ("fluorouracil", "mg/m2", 400), ("fluorouracil", "mg/m2", 2400),
          ("oxaliplatin", "mg/m2", 100), ("cetuximab", "mg/m2", 500),
          ("bevacizumab", "mg/kg", 5), ("irinotecan", "mg/m2", 150),
          ("fluorouracil", "mg/m2", 1900), ("oxaliplatin", "mg/m2", 80),
          ("cetuximab", "mg/m2", 400), ("leucovorin", "mg/m2", 200)]


def calculate_full_order() -> float:
    from hai_desktop.core.dosing import body_surface_area, calculate_dose, cockcroft_gault
    from hai_desktop.core.units import parse_quantity

    height = parse_quantity("5 ft 7 in", "height")
    weight = parse_quantity("154 lb", "weight")
    creatinine = parse_quantity("97 µmol/L", "serum_creatinine")
    parse_quantity("1,800 /µL", "anc")
    parse_quantity("190 ×10⁹/L", "platelets")
    bsa = body_surface_area(height, weight)
    cockcroft_gault(age_years=61, sex="F", weight=weight, serum_creatinine=creatinine)
    total = 0.0
    for drug, basis, dose in TWELVE:
        total += calculate_dose(drug=drug, basis=basis, dose_per_unit=dose, bsa=bsa,
                                weight=weight, increment_mg=5, limit_percent=5).rounded_mg
    return total


def pint_share(repeats: int) -> float:
    profile = cProfile.Profile()
    profile.enable()
    for _ in range(repeats):
        calculate_full_order()
    profile.disable()
    stats = pstats.Stats(profile)
    total = sum(v[2] for v in stats.stats.values())  # type: ignore[attr-defined]
    pint_time = sum(v[2] for k, v in stats.stats.items()  # type: ignore[attr-defined]
                    if "/pint/" in k[0])
    return pint_time / total if total else 0.0


def bench_orders(db_path: Path, repeats: int) -> list[Row]:
    from hai_desktop.services import orders
    from hai_desktop.services.patients import list_patients
    from hai_desktop.services.workspace import sign_in
    from hai_desktop.settings import Settings

    calculate_full_order()  # builds the unit registry once, as the application does
    times = []
    for _ in range(repeats * 10):
        started = time.perf_counter()
        calculate_full_order()
        times.append(time.perf_counter() - started)
    share = pint_share(repeats)
    settings = Settings(data_dir=db_path.parent, log_dir=db_path.parent / "logs")
    ws = sign_in(db_path, "investigator", "indigo-training", settings)
    try:
        patient = list_patients(ws, "S-0004")[0].id
        today = date.today()
        order_id = orders.create_order(ws, orders.OrderInput(
            patient_id=patient, day1=today, targeted_agent="bevacizumab", height="170 cm",
            weight="70 kg", measured_on=today, anc="2.0", platelets="200",
            labs_date=today - timedelta(days=1), creatinine="0.9 mg/dL", neuropathy_grade=0,
            neuropathy_assessed_on=today))
        sheet = []
        for _ in range(repeats):
            started = time.perf_counter()
            orders.order_preview_pdf(ws, order_id)
            sheet.append(time.perf_counter() - started)
    finally:
        ws.sign_out()
    return [
        Row("calculate an order of 12 drug lines from typed text",
            f"{statistics.median(times) * 1000:.2f} ms", f"pint {share * 100:.0f} % of it"),
        Row("order sheet PDF (load + render)", f"{statistics.median(sheet) * 1000:.0f} ms",
            "target: median < 50 ms"),
    ]
