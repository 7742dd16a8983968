"""The arithmetic at the chair: volumes and pump rates, recorded durations against the ordered
ones, dose differences, cumulative oxaliplatin, the order code a scanner reads back."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hai_desktop.core.administration import (
    DoseDeviation,
    DurationCheck,
    check_duration,
    cumulative_dose,
    delivery,
    dose_deviation,
    minutes_text,
)
from hai_desktop.core.order_code import order_code, order_id_from_code
from hai_desktop.core.regimens import protocol_regimens

T0 = datetime(2026, 12, 2, 9, 0, tzinfo=UTC)


@pytest.mark.parametrize("drug, dose, volume, rate", [
    ("irinotecan", 325, 500, 333.3),        # 500 mL over 1.5 h
    ("oxaliplatin_hai", 180, 250, 125),     # 250 mL over 2 h
    ("cetuximab", 900, 180, 90),            # undiluted 5 mg/mL over 2 h
    ("fluorouracil_infusion", 4350, 230, 5),  # the 46-h pump filled to 230 mL
    ("fluorouracil_bolus", 720, 14.4, None),  # 50 mg/mL pushed over 2-4 min: no pump rate
])
def test_volume_and_rate_follow_from_the_regimen(drug: str, dose: float, volume: float,
                                                 rate: float | None) -> None:
    spec = protocol_regimens().drug(drug)
    result = delivery(dose, spec.minutes, volume_ml=spec.volume_ml,
                      concentration_mg_per_ml=spec.concentration_mg_per_ml)
    assert result.volume_ml == pytest.approx(volume)
    if rate is None:
        assert result.rate_ml_h is None
    else:
        assert result.rate_ml_h == pytest.approx(rate, abs=0.05)


def test_every_drug_has_an_ordered_duration_that_its_text_says() -> None:
    texts = {"2 h": (120, 120), "30 min": (30, 30), "1.5 h": (90, 90), "46 h": (2760, 2760),
             "2–4 min [site rule]": (2, 4)}
    for drug in protocol_regimens().drugs:
        assert drug.minutes == texts[drug.duration], drug.id


@pytest.mark.parametrize("minutes, text", [((90, 90), "1 h 30 min"), ((2, 4), "2–4 min"),
                                           ((2760, 2760), "46 h"), ((30, 30), "30 min")])
def test_minutes_read_as_people_say_them(minutes: tuple[float, float], text: str) -> None:
    assert minutes_text(minutes) == text


@pytest.mark.parametrize("ordered, actual, check", [
    ((120, 120), 120, DurationCheck.PLAUSIBLE),
    ((120, 120), 90, DurationCheck.PLAUSIBLE),   # exactly -25 %
    ((120, 120), 89, DurationCheck.SHORTER),
    ((120, 120), 150, DurationCheck.PLAUSIBLE),  # exactly +25 %
    ((120, 120), 151, DurationCheck.LONGER),
    ((2760, 2760), 0, DurationCheck.INVALID),    # the 46-h pump "ended" as it started
    ((2760, 2760), -5, DurationCheck.INVALID),
    ((2, 4), 1.5, DurationCheck.PLAUSIBLE),      # 2 min - 25 %
    ((2, 4), 1, DurationCheck.SHORTER),
    ((2, 4), 5, DurationCheck.PLAUSIBLE),        # 4 min + 25 %
])
def test_recorded_durations_against_the_ordered_one(ordered: tuple[float, float],
                                                    actual: float, check: DurationCheck) -> None:
    result = check_duration(ordered, T0, T0 + timedelta(minutes=actual), 25)
    assert result.check is check
    assert result.needs_reason == (check in (DurationCheck.SHORTER, DurationCheck.LONGER))


@given(st.floats(1, 3000), st.floats(0, 100), st.floats(0.01, 6000))
def test_a_duration_inside_the_widened_range_never_needs_a_reason(ordered: float,
                                                                   tolerance: float,
                                                                   actual: float) -> None:
    result = check_duration((ordered, ordered), T0, T0 + timedelta(minutes=actual), tolerance)
    inside = ordered * (1 - tolerance / 100) <= actual <= ordered * (1 + tolerance / 100)
    if inside:
        assert not result.needs_reason


@pytest.mark.parametrize("ordered, given_mg, deviation", [
    (180, 180, DoseDeviation.AS_ORDERED), (180, 179, DoseDeviation.LESS),
    (180, 196, DoseDeviation.MORE), (180, 0, DoseDeviation.LESS),
    (180, 180.5, DoseDeviation.MORE)])
def test_any_difference_from_the_ordered_dose_counts(ordered: float, given_mg: float,
                                                     deviation: DoseDeviation) -> None:
    assert dose_deviation(ordered, given_mg) is deviation


def test_cumulative_oxaliplatin_adds_mg_and_mg_per_m2_per_dose() -> None:
    total = cumulative_dose([(180, 1.8), (170, 1.7), (0, 1.7), (185, 1.85)])
    assert (total.mg, total.doses) == (535, 3)  # a dose not given does not count
    assert total.mg_per_m2 == pytest.approx(300)


@pytest.mark.parametrize("scanned", ["HAI-ORDER-000042", "hai-order-000042", " HAI-ORDER-000042\n",
                                     "HAI-ORDER- 000042"])
def test_a_scanned_code_names_its_order(scanned: str) -> None:
    assert order_code(42) == "HAI-ORDER-000042"
    assert order_id_from_code(scanned) == 42


@pytest.mark.parametrize("scanned", ["", "TR-7729561", "HAI-ORDER-", "HAI-ORDER-12",
                                     "ORDER-000042"])
def test_anything_else_is_not_an_order_code(scanned: str) -> None:
    assert order_id_from_code(scanned) is None
