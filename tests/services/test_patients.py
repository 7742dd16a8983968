"""The patient list as screens read it: search by every identifier a person might type."""

from __future__ import annotations

import pytest

from hai_desktop.services.patients import get_patient, list_patients
from hai_desktop.services.workspace import Workspace


@pytest.mark.parametrize("term, expected", [
    ("", ["S-0001", "S-0002", "S-0003", "S-0004", "S-0005", "S-0006", "S-0007"]),
    ("S-0004", ["S-0004"]),
    ("hai-002", ["S-0005"]),          # study ID, any case
    ("JWN", ["S-0006"]),              # initials
    ("TR-7731025", ["S-0003"]),       # hospital record number
    ("nam", ["S-0006"]),              # family name
    ("soo-jin", ["S-0007"]),          # given name
    ("nobody-like-this", []),
])
def test_search(admin_ws: Workspace, term: str, expected: list[str]) -> None:
    assert [p.screening_number for p in list_patients(admin_ws, term)] == expected


def test_summary_carries_arm_and_cycle(admin_ws: Workspace) -> None:
    first = list_patients(admin_ws, "HAI-003")[0]
    again = get_patient(admin_ws, first.id)
    assert again == first
    assert (first.display_id, first.arm.value if first.arm else None, first.current_cycle) == (
        "HAI-003", "hai", 5)
    assert first.full_name == "NAM, Jae-won"
