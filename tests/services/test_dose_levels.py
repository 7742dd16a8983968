"""The dose-level table: defaults with sources, audited changes, investigator sign-off that a
later change undoes."""

from __future__ import annotations

from pathlib import Path

import pytest

from hai_desktop.core.errors import AuthenticationError, PermissionDenied, ValidationError
from hai_desktop.services.audit_trail import audit_page
from hai_desktop.services.dose_levels import change_dose_levels, dose_level_table, sign_off_table
from hai_desktop.services.workspace import Workspace, sign_in
from hai_desktop.settings import Settings


@pytest.fixture
def investigator(demo_db: Path, settings: Settings) -> Workspace:
    ws = sign_in(demo_db, "investigator", "indigo-training", settings)
    yield ws  # type: ignore[misc]
    ws.db.close()


def test_defaults_are_unconfirmed_until_signed_off(investigator: Workspace) -> None:
    table = dose_level_table(investigator)
    assert not table.confirmed
    assert table.levels["irinotecan"].levels == (180, 150, 120)
    assert "NCCP" in table.levels["irinotecan"].source
    with pytest.raises(AuthenticationError):
        sign_off_table(investigator, "wrong")
    table = sign_off_table(investigator, "indigo-training")
    assert table.confirmed and table.confirmed_by == "Dr Joon-ho Lee"


def test_a_change_is_audited_and_needs_a_new_sign_off(investigator: Workspace) -> None:
    sign_off_table(investigator, "indigo-training")
    change_dose_levels(investigator, "oxaliplatin_hai", levels="100, 85, 70",
                       rounding_increment_mg=5, max_deviation_percent=5,
                       source="Site HAI protocol v2 (investigator meeting 2026-11-20)",
                       reason="site levels agreed")
    table = dose_level_table(investigator)
    assert table.levels["oxaliplatin_hai"].levels == (100, 85, 70)
    assert table.levels["oxaliplatin_hai"].status == "changed"
    assert not table.confirmed
    last = audit_page(investigator, limit=1)[0]
    assert (last.entity, last.reason) == ("dose_level_rules", "site levels agreed")
    assert sign_off_table(investigator, "indigo-training").confirmed


@pytest.mark.parametrize("levels, message", [
    ("180, 200, 120", "must go down"),
    ("170, 150", "must be the protocol dose, 180"),
    ("180, abc", "numbers separated by commas"),
    ("180, 150, 150", "must go down"),
    ("180, -10", "above zero"),
])
def test_bad_tables_are_refused(investigator: Workspace, levels: str, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        change_dose_levels(investigator, "irinotecan", levels=levels, rounding_increment_mg=5,
                           max_deviation_percent=5, source="x", reason="y")


def test_limits_and_roles(investigator: Workspace, demo_db: Path) -> None:
    with pytest.raises(ValidationError, match="at most 10 %"):
        change_dose_levels(investigator, "irinotecan", levels="180,150", rounding_increment_mg=5,
                           max_deviation_percent=12, source="x", reason="y")
    with pytest.raises(ValidationError, match="reason"):
        change_dose_levels(investigator, "irinotecan", levels="180,150", rounding_increment_mg=5,
                           max_deviation_percent=5, source="x", reason=" ")
    admin = sign_in(demo_db, "admin", "amber-training", investigator.settings)
    with pytest.raises(PermissionDenied):
        sign_off_table(admin, "amber-training")
    admin.sign_out()
    nurse = sign_in(demo_db, "nurse", "navy-training", investigator.settings)
    with pytest.raises(PermissionDenied):
        change_dose_levels(nurse, "irinotecan", levels="180,150", rounding_increment_mg=5,
                           max_deviation_percent=5, source="x", reason="y")
    nurse.sign_out()
