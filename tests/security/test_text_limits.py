"""Issue #18: text fields have length limits and refuse control characters everywhere — one
check before every write (store.audit._check_texts) and on every reason, whichever service or
script writes it: a 5,000-character name, a 30,000-character void reason, an escape sequence
pasted into a reason are refused with the field named, and nothing is written."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from hai_desktop.core.errors import ValidationError
from hai_desktop.services import labs
from hai_desktop.services.demo import DEMO_ACCOUNTS
from hai_desktop.services.workspace import Workspace, sign_in
from hai_desktop.settings import Settings
from hai_desktop.store.models import LabResult, SiteRule


@pytest.fixture
def investigator(demo_db: Path, settings: Settings) -> Iterator[Workspace]:
    password = next(a.password for a in DEMO_ACCOUNTS if a.username == "investigator")
    ws = sign_in(demo_db, "investigator", password, settings)
    yield ws
    ws.db.close()


def _a_lab(ws: Workspace) -> int:
    with ws.db.read_session() as session:
        found = session.scalar(select(LabResult.id).where(LabResult.voided.is_(False)).limit(1))
    assert found is not None
    return found


def _head(ws: Workspace) -> int:
    return ws.db.audit_head()[0]


@pytest.mark.parametrize("reason, named", [
    ("x" * 30_000, "30000 characters long; at most 20000"),
    ("entered twice \x1b[2J\x1b[31mOK", "control character"),
    ("wrong patient\x00", "control character"),
])
def test_a_reason_too_long_or_with_a_control_character_is_refused(
        investigator: Workspace, reason: str, named: str) -> None:
    lab = _a_lab(investigator)
    before = _head(investigator)
    with pytest.raises(ValidationError) as refused:
        labs.void_lab(investigator, lab, reason)
    assert named in refused.value.message and refused.value.field == "reason"
    assert _head(investigator) == before


def test_a_reason_on_several_lines_is_kept(investigator: Workspace) -> None:
    lab = _a_lab(investigator)
    labs.void_lab(investigator, lab,
                  "entered for the wrong patient;\nsee the ward's note\tof today")
    with investigator.db.read_session() as session:
        assert "\n" in (session.get(LabResult, lab).void_reason or "")


@pytest.mark.parametrize("value, named", [
    ("y" * 5_000, "5000 characters long; at most 200"),
    ("two\nlines", "control character"),
])
def test_any_write_of_a_one_line_column_is_checked_whoever_writes_it(
        admin_ws: Workspace, value: str, named: str) -> None:
    before = _head(admin_ws)
    with pytest.raises(ValidationError) as refused, admin_ws.session(reason="a script") as s:
        s.add(SiteRule(key="script_rule", value=value))
    assert named in refused.value.message and refused.value.field == "value"
    assert _head(admin_ws) == before
