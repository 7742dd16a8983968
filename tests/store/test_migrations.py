"""A database written by an older version is upgraded at open, keeping its records."""

from __future__ import annotations

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
