"""The patient list as screens read it: search by every identifier a person might type, the
Hangul name by any part and in either form."""

from __future__ import annotations

import pytest

from hai_desktop.services.patients import get_patient, list_patients
from hai_desktop.services.workspace import Workspace


@pytest.mark.parametrize("term, expected", [
    ("", [f"S-{i:04d}" for i in range(1, 11)]),
    ("S-0004", ["S-0004"]),
    ("hai-002", ["S-0005"]),          # study ID, any case
    ("JWN", ["S-0006"]),              # initials
    ("TR-7731025", ["S-0003"]),       # hospital record number
    ("nam", ["S-0006"]),              # family name in Latin letters
    ("soo-jin", ["S-0007"]),          # given name in Latin letters
    ("Jae-won Nam", ["S-0006"]),      # the Latin-letter name, given name first
    ("nam jae", ["S-0006"]),          # … family name first, partly typed
    ("남재원", ["S-0006"]),            # the name as written
    ("남 재원", ["S-0006"]),           # … with a space
    ("재원", ["S-0006"]),              # the given name alone
    ("남재", ["S-0006"]),              # across family and given name
    ("류", ["S-0007"]),               # the family name alone
    ("nobody-like-this", []),
    ("재원남", []),                    # not in that order
])
def test_search(admin_ws: Workspace, term: str, expected: list[str]) -> None:
    assert [p.screening_number for p in list_patients(admin_ws, term)] == expected


def test_summary_carries_arm_and_cycle(admin_ws: Workspace) -> None:
    first = list_patients(admin_ws, "HAI-003")[0]
    again = get_patient(admin_ws, first.id)
    assert again == first
    assert (first.display_id, first.arm.value if first.arm else None, first.current_cycle) == (
        "HAI-003", "hai", 5)
    assert first.full_name == "남재원"  # as a Korean chart writes it: family name first
    assert first.latin_name == "NAM, Jae-won"
    assert first.name == "남재원 · NAM, Jae-won"  # headers and printed sheets: both forms
