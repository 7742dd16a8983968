"""Attack 2 of issue #18: the TRAINING flag lives in the database. The key file's copy is not
authenticated: setting it to true on a real database must not let anyone read envelope cards
on screen, setting it to false on a TRAINING database must not take TRAINING off printed
documents, and the disagreement is audited and the key file corrected. The database's own flag
is written once, at creation: flipping it with raw SQL — even dressed up as an audit row — is
reported by `verify`."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from hai_desktop.core.errors import PermissionDenied
from hai_desktop.core.randomization import GenerationParameters, generate_allocation_list, to_csv
from hai_desktop.services import orders, users
from hai_desktop.services import randomization as rnd
from hai_desktop.services.demo import DEMO_ACCOUNTS
from hai_desktop.services.integrity import verify_file
from hai_desktop.services.workspace import create_database, sign_in
from hai_desktop.settings import Settings
from hai_desktop.store import audit
from hai_desktop.store.keyfile import is_training, key_slot_path
from hai_desktop.store.models import Order, Role
from tests.conftest import make_settings
from tests.helpers import audit_rows_after, database_key, raw_connection, refusal_in_korean

PASSWORDS = {a.username: a.password for a in DEMO_ACCOUNTS}
COORDINATOR_PASSWORD = "coral-site-secret"


def set_key_file_training(db: Path, value: bool) -> None:
    """What anyone who can write to the folder can do: no key needed."""
    path = key_slot_path(db)
    raw = json.loads(path.read_text(encoding="utf-8"))
    raw["training"] = value
    path.write_text(json.dumps(raw), encoding="utf-8")


@pytest.fixture
def site_db(tmp_path: Path) -> tuple[Path, Settings]:
    """A real (not TRAINING) database with a coordinator and the statistician's list."""
    settings = make_settings(tmp_path / "site")
    path = tmp_path / "site" / "hai.db"
    admin, _code = create_database(path, admin_username="admin", admin_full_name="Admin",
                                   admin_password="first-secret-1", settings=settings)
    users.add_user(admin, username="coord", full_name="Coordinator One",
                   role=Role.COORDINATOR, temporary_password=COORDINATOR_PASSWORD)
    data = to_csv(generate_allocation_list(GenerationParameters("ab" * 16, 4, (2, 4))))
    rnd.import_allocation_list(admin, data, source_note="central statistician, version 1")
    admin.sign_out()
    return path, settings


def test_a_key_file_saying_training_does_not_open_envelope_cards_on_a_real_database(
        site_db: tuple[Path, Settings]) -> None:
    path, settings = site_db
    set_key_file_training(path, True)
    assert is_training(path)  # the sign-in window's banner may still show it, until sign-in
    coordinator = sign_in(path, "coord", COORDINATOR_PASSWORD, settings)
    try:
        english, korean = refusal_in_korean(
            PermissionDenied, lambda: rnd.peek_card_for_training(coordinator, "S1-001"))
        assert "read from paper" in english and korean != english
        assert not coordinator.is_training
    finally:
        coordinator.sign_out()
    key = database_key(path, "coord", COORDINATOR_PASSWORD)
    mismatch = [r for r in audit_rows_after(path, key, 0)
                if r[0] == "key_file_training_flag_mismatch"]
    assert len(mismatch) == 1
    assert json.loads(mismatch[0][3])["key_file"] is True
    assert json.loads(mismatch[0][3])["database"] is False
    assert not is_training(path), "the key file is corrected to the database's flag"
    # Corrected once: the next sign-in finds nothing to report.
    sign_in(path, "coord", COORDINATOR_PASSWORD, settings).sign_out()
    assert [r[0] for r in audit_rows_after(path, key, 0)].count(
        "key_file_training_flag_mismatch") == 1


def test_a_key_file_saying_real_still_prints_training_on_the_order_sheet(
        demo_db: Path, settings: Settings) -> None:
    set_key_file_training(demo_db, False)
    nurse = sign_in(demo_db, "nurse", PASSWORDS["nurse"], settings)
    try:
        with nurse.db.read_session() as session:
            order_id = session.scalars(select(Order.id).where(
                Order.status.in_(("verified", "printed", "given", "administered")))).first()
        assert order_id is not None
        pdf = orders.order_sheet_pdf(nurse, order_id)
        training = nurse.is_training
    finally:
        nurse.sign_out()
    pages = PdfReader(io.BytesIO(pdf)).pages
    assert all("TRAINING — not for clinical use" in page.extract_text() for page in pages)
    assert training
    assert is_training(demo_db), "the key file is corrected to the database's flag"


def _flip_in_database(path: Path, value: str, *, with_forged_row: bool) -> None:
    """Raw SQL with the key (any user who can sign in holds it today): the flag flipped, and
    optionally an 'update' row appended to the chain, hashed as the program would."""
    with raw_connection(path, database_key(path, "admin", PASSWORDS["admin"])) as conn:
        old = conn.execute("SELECT value FROM database_info WHERE key = 'training'").fetchone()
        conn.execute("UPDATE database_info SET value = ? WHERE key = 'training'", (value,))
        if with_forged_row:
            seq, prev = conn.execute("SELECT seq, row_hash FROM audit_trail ORDER BY seq DESC "
                                     "LIMIT 1").fetchone()
            at = audit.utc_timestamp()
            old_values = json.dumps({"value": old[0]}, separators=(",", ":"))
            new_values = json.dumps({"value": value}, separators=(",", ":"))
            own = audit.chain_hash(prev, audit.row_content(
                seq + 1, at, "admin", "update", "database_info", "training", old_values,
                new_values, None))
            conn.execute(
                "INSERT INTO audit_trail (seq, at_utc, username, action, entity, entity_id, "
                "old_values, new_values, reason, prev_hash, row_hash) "
                "VALUES (?, ?, 'admin', 'update', 'database_info', 'training', ?, ?, NULL, ?, ?)",
                (seq + 1, at, old_values, new_values, prev, own))


@pytest.mark.parametrize("with_forged_row", [False, True], ids=["raw", "with-audit-row"])
def test_flipping_the_database_flag_with_raw_sql_is_reported_by_verify(
        demo_db: Path, settings: Settings, with_forged_row: bool) -> None:
    assert verify_file(demo_db, "admin", PASSWORDS["admin"], settings).ok
    _flip_in_database(demo_db, "0", with_forged_row=with_forged_row)
    report = verify_file(demo_db, "admin", PASSWORDS["admin"], settings)
    assert not report.ok
    assert report.training_flag_problem is not None
    assert "TRAINING flag" in report.training_flag_problem
    if with_forged_row:  # the forged row is unsigned: the chain walk names it first
        assert "(by admin) carries no signature" in report.summary()
    else:
        assert "TRAINING flag" in report.summary()


def test_the_flag_is_written_once_and_recorded_in_the_audit_trail(
        site_db: tuple[Path, Settings]) -> None:
    path, _settings = site_db
    key = database_key(path, "admin", "first-secret-1")
    with raw_connection(path, key) as conn:
        rows = conn.execute("SELECT action, new_values FROM audit_trail WHERE entity = "
                            "'database_info' AND entity_id = 'training'").fetchall()
    assert rows == [("create", json.dumps({"key": "training", "value": "0"},
                                          separators=(",", ":")))]
