"""`migrate-to-server`: the demo file copied into an empty PostgreSQL database, checked here
independently of the move's own comparison (counts read below the application on both sides,
the audit trail hash by hash, `verify` on the server replaying every record)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from hai_desktop.core.errors import ConflictError, IntegrityFailure, PermissionDenied
from hai_desktop.services import screening, server_move
from hai_desktop.services.demo import DEMO_ACCOUNTS
from hai_desktop.services.integrity import verify_database, verify_file
from hai_desktop.services.workspace import sign_in, sign_in_server
from hai_desktop.settings import Settings
from hai_desktop.store.server import ServerAddress, ServerError, build_server_engine
from tests.helpers import database_key, first_sign_in, raw_connection, tamper
from tests.server import drop_database, new_database, run_sql, server_settings
from tests.services.conftest import PASSWORDS


@pytest.fixture
def target(settings: Settings) -> Iterator[Settings]:
    address = new_database(prefix="hai_move")
    yield server_settings(settings, address)
    drop_database(address)


def _file_counts(path: Path) -> dict[str, int]:
    with raw_connection(path, database_key(path, "admin", PASSWORDS["admin"])) as conn:
        names = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name NOT IN ('alembic_version', 'sign_in_failures')")]
        return {n: conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}


def _file_chain(path: Path) -> list[tuple[int, str]]:
    with raw_connection(path, database_key(path, "admin", PASSWORDS["admin"])) as conn:
        return [tuple(r) for r in conn.execute(  # type: ignore[misc]
            "SELECT seq, row_hash FROM audit_trail ORDER BY seq")]


def _server_tables(settings: Settings) -> int:
    return int(run_sql(ServerAddress.from_settings(settings),  # type: ignore[call-overload]
                       "SELECT count(*) FROM information_schema.tables "
                       "WHERE table_schema = current_schema()")[0][0])


def test_the_file_moves_to_the_server_record_for_record_with_its_audit_chain(
        demo_db: Path, target: Settings) -> None:
    before = _file_counts(demo_db)
    report = server_move.move_file_to_server(demo_db, "admin", PASSWORDS["admin"], target)

    address = ServerAddress.from_settings(target)
    # Every table, counted below the application on both sides: the move's own sign-in to
    # the file is the one audit row more.
    on_server = {name: int(run_sql(address, f'SELECT count(*) FROM "{name}"')[0][0])  # type: ignore[call-overload]
                 for name in before}
    assert on_server == {**before, "audit_trail": before["audit_trail"] + 2}
    assert report.rows == {**before, "audit_trail": before["audit_trail"] + 1}
    # The trail continues hash for hash: the file's rows, then the move's own event.
    server_chain = [tuple(r) for r in run_sql(address, "SELECT seq, row_hash FROM audit_trail "
                                                       "ORDER BY seq")]
    assert server_chain[:-1] == _file_chain(demo_db)[:len(server_chain) - 1]
    assert report.audit_head == server_chain[-1]
    assert run_sql(address, f"SELECT action FROM audit_trail WHERE seq = "
                            f"{report.audit_head[0]}") == [("moved_from_file",)]
    # The administrator keeps the password; every record replays from its audit rows.
    admin = sign_in_server(target, "admin", PASSWORDS["admin"])
    try:
        verified = verify_database(admin)
        assert verified.ok, verified.first_problem()
    finally:
        admin.sign_out()
    # Everyone else waits for a temporary password: the report names them.
    assert report.awaiting_password == sorted(
        a.username for a in DEMO_ACCOUNTS if a.username != "admin")
    assert "need a temporary password" in report.text()


def test_after_the_move_the_file_refuses_sign_ins_but_still_verifies(
        demo_db: Path, target: Settings, settings: Settings) -> None:
    server_move.move_file_to_server(demo_db, "admin", PASSWORDS["admin"], target)
    with pytest.raises(ConflictError, match="moved to the shared server") as caught:
        sign_in(demo_db, "nurse", PASSWORDS["nurse"], settings)
    assert "server_url" in (caught.value.hint or "")
    assert verify_file(demo_db, "admin", PASSWORDS["admin"], settings).ok
    with pytest.raises(ConflictError, match="moved to the shared server"):
        server_move.move_file_to_server(demo_db, "admin", PASSWORDS["admin"], target)


def test_new_records_on_the_server_get_new_ids_after_the_copied_ones(
        demo_db: Path, target: Settings) -> None:
    from datetime import date

    server_move.move_file_to_server(demo_db, "admin", PASSWORDS["admin"], target)
    address = ServerAddress.from_settings(target)
    highest = int(run_sql(address, "SELECT max(id) FROM patients")[0][0])  # type: ignore[call-overload]
    admin = sign_in_server(target, "admin", PASSWORDS["admin"])
    try:
        from hai_desktop.services import users

        users.reset_password(admin, "coordinator", "temporary-ward-pw-4", "moved to server")
    finally:
        admin.sign_out()
    # The moved account's first sign-in on the server: the temporary password, then its own.
    coordinator = first_sign_in(None, "coordinator", "temporary-ward-pw-4", "ward-own-pw-4",
                                target)
    try:
        patient = screening.register_candidate(coordinator, screening.Registration(
            family_name="Server", given_name="First", hospital_record_number="TR-900001",
            sex="F", date_of_birth=date(1960, 1, 2), consent_date=date.today()))
        assert patient.id == highest + 1
    finally:
        coordinator.sign_out()


def test_a_server_database_that_is_not_empty_is_refused_and_the_file_unchanged(
        demo_db: Path, target: Settings, settings: Settings) -> None:
    run_sql(ServerAddress.from_settings(target), "CREATE TABLE something_else (x int)")
    with pytest.raises(ServerError, match="not empty"):
        server_move.move_file_to_server(demo_db, "admin", PASSWORDS["admin"], target)
    sign_in(demo_db, "nurse", PASSWORDS["nurse"], settings).sign_out()  # not marked moved
    assert _server_tables(target) == 1


def test_a_file_that_fails_verify_is_not_copied(demo_db: Path, target: Settings) -> None:
    tamper(demo_db, "UPDATE patients SET family_name = 'Altered' WHERE id = 1")
    with pytest.raises(IntegrityFailure, match="fails its integrity check"):
        server_move.move_file_to_server(demo_db, "admin", PASSWORDS["admin"], target)
    assert _server_tables(target) == 0


def test_only_an_administrator_moves_the_file(demo_db: Path, target: Settings) -> None:
    with pytest.raises(PermissionDenied):
        server_move.move_file_to_server(demo_db, "coordinator", PASSWORDS["coordinator"],
                                        target)
    assert _server_tables(target) == 0


def test_the_record_by_record_check_names_a_record_that_differs(
        demo_db: Path, target: Settings, settings: Settings) -> None:
    server_move.move_file_to_server(demo_db, "admin", PASSWORDS["admin"], target)
    address = ServerAddress.from_settings(target)
    run_sql(address, "UPDATE screening_answers SET source = 'changed on the way' "
                     "WHERE id = 3")
    # The same comparison the move runs, on the file (read as it is) against the server now.
    file_ws = sign_in_file_for_reading(demo_db, settings)
    engine = build_server_engine(address)
    try:
        with file_ws.db.read_engine.connect() as source, engine.connect() as server:
            head = int(server.execute(text("SELECT max(seq) FROM audit_trail")).scalar() or 0)
            problems = server_move._differences(source, server, until_seq=head - 1,
                                                list_keys=server_move._list_keys(file_ws))
    finally:
        engine.dispose()
        file_ws.db.close()
    assert "screening_answers #3" in problems


def sign_in_file_for_reading(path: Path, settings: Settings):  # type: ignore[no-untyped-def]
    """The moved file opened without signing in (which it refuses now), for reading only."""
    from hai_desktop.services.workspace import Workspace, unlock_database

    slots, db, user = unlock_database(path, "admin", PASSWORDS["admin"], settings,
                                      migrate=False)
    return Workspace(db, slots, user, settings)
