"""The record protocols the screens read (hai_desktop.records) against the store's models: the
same fields with the same types, so a column added, renamed or retyped is seen here."""

from __future__ import annotations

import typing

import pytest

from hai_desktop import records
from hai_desktop.store import models

PAIRS = [
    (records.PatientRecord, models.Patient),
    (records.OrderRecord, models.Order),
    (records.OrderLineRecord, models.OrderLine),
    (records.SupportiveRecord, models.OrderSupportive),
    (records.IncidentRecord, models.Incident),
    (records.AllergyRecord, models.Allergy),
    (records.LabResultRecord, models.LabResult),
    (records.AdverseEventRecord, models.AdverseEvent),
]


def columns_of(model: type) -> dict[str, str]:
    """'name' → 'type' of each mapped column, as the model declares it (Mapped[type])."""
    return {name: text.removeprefix("Mapped[").removesuffix("]")
            for name, text in model.__annotations__.items() if text.startswith("Mapped[")}


def properties_of(cls: type) -> set[str]:
    return {name for name, value in vars(cls).items() if isinstance(value, property)}


@pytest.mark.parametrize(("record", "model"), PAIRS, ids=[m.__name__ for _, m in PAIRS])
def test_each_record_has_the_models_columns_with_their_types(record: type,
                                                             model: type) -> None:
    assert record.__annotations__ == columns_of(model)


@pytest.mark.parametrize(("record", "model"), PAIRS, ids=[m.__name__ for _, m in PAIRS])
def test_each_record_has_the_models_derived_fields(record: type, model: type) -> None:
    assert properties_of(record) == properties_of(model)


def test_the_check_sees_a_missing_column() -> None:
    class Short(typing.Protocol):
        id: int

    assert Short.__annotations__ != columns_of(models.Order)
