"""A database written by an older version is upgraded at open, keeping its records."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from alembic import command
from sqlalchemy import inspect, select, text

from hai_desktop.store import migrations
from hai_desktop.store.database import Database, OpenOptions, build_engine
from hai_desktop.store.keyslots import new_database_key
from hai_desktop.store.models import User


def test_an_old_schema_is_upgraded_at_open(tmp_path: Path) -> None:
    path, key = tmp_path / "old.db", new_database_key()
    engine = build_engine(path, key, OpenOptions())
    with engine.begin() as conn:
        command.upgrade(migrations._config(conn), "0001_foundation")
        conn.execute(text("INSERT INTO users (username, full_name, role, active, "
                          "must_change_password, created_at) VALUES ('old', 'Old User', "
                          "'nurse', 1, 0, '2025-01-01 00:00:00')"))
    with engine.connect() as conn:
        assert migrations.current_revision(conn) == "0001_foundation"
        assert "screenings" not in inspect(conn).get_table_names()
    engine.dispose()

    db = Database.open(path, key)
    with db.engine.connect() as conn:
        assert migrations.current_revision(conn) == migrations.head_revision()
        assert {"screenings", "screening_answers", "signatures", "site_rules"} <= set(
            inspect(conn).get_table_names())
    with db.read_session() as session:
        assert session.scalar(select(User.full_name)) == "Old User"
    db.close()


def test_revisions_form_one_line() -> None:
    scripts = migrations._scripts()
    assert len(scripts.get_heads()) == 1 and len(scripts.get_bases()) == 1
    assert {"0001_foundation", "0002_screening"} <= migrations.known_revisions()


# Patient columns later migrations add: rows and audit rows of older versions lack them.
ADDED_LATER = ("latin_family_name", "latin_given_name")


def test_free_text_allergies_become_audited_allergy_records(tmp_path: Path) -> None:
    """Migration 0011: a patient's free-text allergies of an earlier version become an allergy
    record with its own audit row, so `verify` still finds every record what its trail says."""
    from datetime import date

    from hai_desktop.core.allergies import AllergyState
    from hai_desktop.services.allergies import status_in
    from hai_desktop.store import audit
    from hai_desktop.store.models import Allergy, Patient

    path, key = tmp_path / "old.db", new_database_key()
    engine = build_engine(path, key, OpenOptions())
    patient = Patient(id=1, screening_number="S-0001", family_name="Baek",
                      given_name="Dong-hyun", initials="DB", hospital_record_number="TR-1",
                      sex="M", date_of_birth=date(1958, 1, 30), status="screening",
                      allergies="Penicillin (rash)", ras_status="unknown",
                      braf_status="unknown", voided=False,
                      created_at=datetime(2026, 11, 1, tzinfo=UTC))
    values = {k: v for k, v in audit.record_values(patient).items()
              if k not in ADDED_LATER}  # as a database of that version holds them
    with engine.begin() as conn:
        command.upgrade(migrations._config(conn), "0010_server_sign_in")
        conn.execute(Patient.__table__.insert().values(
            {**values, "date_of_birth": patient.date_of_birth,
             "created_at": patient.created_at}))
        audit.append(conn, username="coordinator", action="create", entity="patients",
                     entity_id="1", new_values=values, reason="registered")
    engine.dispose()

    db = Database.open(path, key)
    with db.read_session() as session:
        allergy = session.scalars(select(Allergy)).one()
        assert (allergy.patient_id, allergy.allergen, allergy.severity) == (
            1, "Penicillin (rash)", "unknown")
        assert status_in(session, 1).state is AllergyState.RECORDED
        assert audit.records_unlike_their_history(session) == []
    with db.engine.connect() as conn:
        report = audit.verify_rows(audit.iter_rows(conn), None)
        assert report.ok and report.rows_checked == 2
    db.close()
