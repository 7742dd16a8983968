"""The shared server: signing in with argon2id hashes in the database, lockout, the workstation's
audit anchor, append-only trail, TLS and the server's errors — on a real PostgreSQL server
(.ci/postgres.sh) reached over TLS with certificate and host-name checks."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DatabaseError as SADatabaseError

from hai_desktop.core.errors import AuthenticationError, HaiError, LockedOutError
from hai_desktop.core.roles import Role
from hai_desktop.services import users
from hai_desktop.services.integrity import verify_database, verify_file
from hai_desktop.services.workspace import (
    create_server_database,
    open_server,
    sign_in_server,
)
from hai_desktop.settings import Settings
from hai_desktop.store.keyslots import UNKNOWN_USER, WRONG_CREDENTIALS
from hai_desktop.store.server import ServerAddress, ServerError
from tests.server import drop_database, new_database, run_sql, server_settings
from tests.services.conftest import PASSWORDS

LOCKOUT = {"lockout_threshold": 3, "lockout_base_delay_s": 600.0}


def _address(settings: Settings) -> ServerAddress:
    return ServerAddress.from_settings(settings)


def _audit(settings: Settings, after: int) -> list[tuple[str, str, str, dict[str, object]]]:
    return [(str(a), str(u), str(e), json.loads(str(v or "{}"))) for a, u, e, v in run_sql(
        _address(settings), "SELECT action, username, coalesce(entity_id, ''), new_values "
                            f"FROM audit_trail WHERE seq > {after} ORDER BY seq")]


def _head(settings: Settings) -> int:
    return int(run_sql(_address(settings), "SELECT max(seq) FROM audit_trail")[0][0])  # type: ignore[call-overload]


def test_a_demo_user_signs_in_on_the_server_over_tls_and_the_sign_in_is_audited(
        server_demo: Settings) -> None:
    before = _head(server_demo)
    ws = sign_in_server(server_demo, "nurse", PASSWORDS["nurse"])
    try:
        assert ws.on_server and ws.user.role is Role.NURSE and ws.is_training
        assert "TLSv1." in ws.db.server_version()
        assert ws.anchor_problem is None
        rows = _audit(server_demo, before)
        assert [(a, u, e) for a, u, e, _ in rows] == [("sign_in", "nurse", "nurse")]
    finally:
        ws.sign_out()


def test_passwords_are_argon2id_hashes_on_the_server_and_never_in_the_trail(
        server_demo: Settings) -> None:
    hashes = run_sql(_address(server_demo),
                     "SELECT username, password_hash FROM users ORDER BY username")
    assert hashes and all(str(h).startswith("$argon2id$") for _, h in hashes)
    trail = run_sql(_address(server_demo), "SELECT string_agg(coalesce(new_values, '') || "
                                           "coalesce(old_values, ''), '') FROM audit_trail")
    assert "$argon2id$" not in str(trail[0][0])
    for password in PASSWORDS.values():
        assert password not in str(trail[0][0])


def test_a_wrong_password_is_refused_counted_and_audited_at_once(server_demo: Settings) -> None:
    before = _head(server_demo)
    with pytest.raises(AuthenticationError, match=WRONG_CREDENTIALS):
        sign_in_server(server_demo, "nurse", "not-the-password")
    rows = _audit(server_demo, before)
    assert [(a, u, e) for a, u, e, _ in rows] == [("sign_in_failed", "nurse", "nurse")]
    assert rows[0][3]["count"] == 1
    assert run_sql(_address(server_demo), "SELECT username, count FROM sign_in_failures") == [
        ("nurse", 1)]
    # The right password clears the count.
    sign_in_server(server_demo, "nurse", PASSWORDS["nurse"]).sign_out()
    assert run_sql(_address(server_demo), "SELECT count(*) FROM sign_in_failures") == [(0,)]


def test_a_password_typed_as_a_user_name_is_never_stored_on_the_server(
        server_demo: Settings) -> None:
    typed = "Indigo-Secret-Typed-In-Name"
    with pytest.raises(AuthenticationError, match=WRONG_CREDENTIALS):
        sign_in_server(server_demo, typed, "whatever-password")
    everything = run_sql(_address(server_demo),
                         "SELECT string_agg(t::text, '') FROM audit_trail t")[0][0]
    failures = run_sql(_address(server_demo), "SELECT username FROM sign_in_failures")
    assert typed.lower() not in str(everything).lower()
    assert failures == [(UNKNOWN_USER,)]


def test_repeated_wrong_passwords_lock_the_account_for_every_workstation(
        server_demo: Settings) -> None:
    settings = replace(server_demo, **LOCKOUT)  # type: ignore[arg-type]
    for _ in range(3):
        with pytest.raises(AuthenticationError, match=WRONG_CREDENTIALS):
            sign_in_server(settings, "pharmacist", "wrong-password-1")
    with pytest.raises(LockedOutError, match="Try again in 10 minutes"):
        sign_in_server(settings, "pharmacist", PASSWORDS["pharmacist"])
    # A second workstation (its own data folder) is refused as well; other users are not.
    elsewhere = replace(settings, data_dir=settings.data_dir / "ward-b")
    with pytest.raises(LockedOutError):
        sign_in_server(elsewhere, "pharmacist", PASSWORDS["pharmacist"])
    sign_in_server(elsewhere, "monitor", PASSWORDS["monitor"]).sign_out()
    actions = [a for a, _, e, _ in _audit(settings, 0) if e == "pharmacist"]
    assert actions.count("lockout") == 1 and actions.count("sign_in_failed") == 3


def test_signatures_re_check_the_password_on_the_server(server_demo: Settings) -> None:
    ws = sign_in_server(server_demo, "investigator", PASSWORDS["investigator"])
    try:
        with pytest.raises(AuthenticationError, match="password is wrong"):
            ws.confirm_password("wrong-password-2", purpose="sign an order")
        ws.confirm_password(PASSWORDS["investigator"], purpose="sign an order")
        ws.lock("idle")
        ws.unlock(PASSWORDS["investigator"])
        assert not ws.locked
    finally:
        ws.sign_out()


def test_own_password_change_reset_and_deactivation_work_on_the_server(
        server_demo: Settings) -> None:
    nurse = sign_in_server(server_demo, "nurse", PASSWORDS["nurse"])
    nurse.change_own_password(PASSWORDS["nurse"], "a-new-password-for-ward-9")
    nurse.sign_out()
    with pytest.raises(AuthenticationError):
        sign_in_server(server_demo, "nurse", PASSWORDS["nurse"])
    sign_in_server(server_demo, "nurse", "a-new-password-for-ward-9").sign_out()

    admin = sign_in_server(server_demo, "admin", PASSWORDS["admin"])
    try:
        users.reset_password(admin, "nurse", "temporary-password-7", "forgotten")
        reset = sign_in_server(server_demo, "nurse", "temporary-password-7")
        assert reset.user.must_change_password
        reset.sign_out()
        users.deactivate_user(admin, "monitor", "left the unit")
        assert "monitor" not in {r.username for r in users.list_users(admin) if r.has_password}
        with pytest.raises(AuthenticationError):
            sign_in_server(server_demo, "monitor", PASSWORDS["monitor"])
        with pytest.raises(HaiError, match="no recovery code"):
            admin.replace_recovery_code("routine")
    finally:
        admin.sign_out()
    assert run_sql(_address(server_demo),
                   "SELECT password_hash FROM users WHERE username = 'monitor'") == [(None,)]


def test_the_audit_trail_on_the_server_refuses_update_delete_and_truncate(
        server_demo: Settings) -> None:
    for statement in ("UPDATE audit_trail SET reason = 'x' WHERE seq = 1",
                      "DELETE FROM audit_trail WHERE seq = 1", "TRUNCATE audit_trail"):
        with pytest.raises(SADatabaseError, match="append-only"):
            run_sql(_address(server_demo), statement)


def test_newest_rows_removed_on_the_server_are_noticed_by_a_workstation_that_saw_them(
        server_demo: Settings) -> None:
    ws = sign_in_server(server_demo, "coordinator", PASSWORDS["coordinator"])
    ws.record("print", "patients", None, {"what": "a list"})
    seen = ws.db.audit_head()
    ws.sign_out()
    anchored = ws.access.anchor()  # this workstation's file, beside its other data
    assert anchored is not None and anchored[0] >= seen[0]
    # Someone with the server's superuser removes the newest rows below the application.
    run_sql(_address(server_demo), "ALTER TABLE audit_trail DISABLE TRIGGER USER",
            f"DELETE FROM audit_trail WHERE seq >= {seen[0] - 1}",
            "ALTER TABLE audit_trail ENABLE TRIGGER USER")
    again = sign_in_server(server_demo, "coordinator", PASSWORDS["coordinator"])
    try:
        assert again.anchor_problem is not None and "rows were removed" in again.anchor_problem
    finally:
        again.sign_out()
    report = verify_file(Path("unused"), "admin", PASSWORDS["admin"], server_demo)
    assert not report.ok and "removed" in (report.first_problem() or "")


def test_verify_on_the_server_walks_the_chain_moved_from_the_file(server_demo: Settings) -> None:
    admin = sign_in_server(server_demo, "admin", PASSWORDS["admin"])
    try:
        report = verify_database(admin)
        assert report.ok, report.first_problem()
        assert report.chain is not None and report.chain.rows_checked > 100
    finally:
        admin.sign_out()
    run_sql(_address(server_demo), "ALTER TABLE audit_trail DISABLE TRIGGER USER",
            "UPDATE audit_trail SET reason = 'rewritten' WHERE seq = 5",
            "ALTER TABLE audit_trail ENABLE TRIGGER USER")
    report = verify_file(Path("unused"), "admin", PASSWORDS["admin"], server_demo)
    assert "audit row #5 has been altered" in (report.first_problem() or "")


def test_a_record_changed_below_the_application_is_named_by_verify(server_demo: Settings) -> None:
    run_sql(_address(server_demo), "UPDATE patients SET family_name = 'Changed' "
                                   "WHERE screening_number = 'S-0001'")
    report = verify_file(Path("unused"), "admin", PASSWORDS["admin"], server_demo)
    assert not report.ok and "patients #" in (report.first_problem() or "")


def test_read_units_of_work_cannot_write_on_the_server(server_demo: Settings) -> None:
    ws = sign_in_server(server_demo, "admin", PASSWORDS["admin"])
    try:
        with pytest.raises(HaiError), ws.db.read_session() as session:
            session.execute(text("UPDATE patients SET allergies = 'x'"))
    finally:
        ws.sign_out()


def test_accounts_moved_from_a_file_wait_for_a_temporary_password(
        server_demo: Settings) -> None:
    run_sql(_address(server_demo), "UPDATE users SET password_hash = NULL "
                                   "WHERE username = 'pharmacist'")
    with pytest.raises(AuthenticationError, match="no password on the server yet") as caught:
        sign_in_server(server_demo, "pharmacist", PASSWORDS["pharmacist"])
    assert "temporary password" in (caught.value.hint or "")


# ---- a new server database, TLS and the server's errors ---------------------------------------

@pytest.fixture
def empty_server(settings: Settings):  # type: ignore[no-untyped-def]
    address = new_database(prefix="hai_empty")
    yield server_settings(settings, address)
    drop_database(address)


def test_a_new_server_database_gets_the_schema_and_its_first_administrator(
        empty_server: Settings) -> None:
    with pytest.raises(ServerError, match="holds no hai-desktop data yet"):
        open_server(empty_server)
    ws = create_server_database(empty_server, admin_username="Head.Admin",
                                admin_full_name="Head Admin", admin_password="first-admin-pw-1")
    ws.sign_out()
    again = sign_in_server(empty_server, "head.admin", "first-admin-pw-1")
    assert again.user.role is Role.ADMIN and not again.is_training
    again.sign_out()
    with pytest.raises(ServerError, match="is not empty"):
        create_server_database(empty_server, admin_username="other", admin_full_name="O",
                               admin_password="first-admin-pw-2")


def test_tls_is_required_beyond_this_computer(settings: Settings) -> None:
    plain = replace(settings, server_url="postgresql+psycopg://hai@db.example.org/hai",
                    server_sslmode="disable")
    with pytest.raises(HaiError, match="unencrypted"):
        sign_in_server(plain, "admin", PASSWORDS["admin"])


def test_a_server_certificate_from_another_ca_is_refused(empty_server: Settings,
                                                         tmp_path: Path) -> None:
    import subprocess

    other_ca = tmp_path / "other-ca.crt"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
                    "-subj", "/CN=another CA", "-keyout", str(tmp_path / "k"), "-out",
                    str(other_ca)], check=True, capture_output=True)
    with pytest.raises(ServerError) as caught:
        sign_in_server(replace(empty_server, server_sslrootcert=other_ca), "admin", "x-password")
    assert "certificate" in (caught.value.hint or "")


def test_an_unreachable_server_says_what_to_check(empty_server: Settings) -> None:
    address = _address(empty_server)
    url = address.sa_url().set(port=9).render_as_string(hide_password=False)
    with pytest.raises(ServerError, match="cannot be used") as caught:
        sign_in_server(replace(empty_server, server_url=url), "admin", "x-password")
    assert "network" in (caught.value.hint or "")


def test_connections_the_server_closed_are_replaced_on_the_next_action(
        server_demo: Settings) -> None:
    ws = sign_in_server(server_demo, "admin", PASSWORDS["admin"])
    try:
        run_sql(_address(server_demo), "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                       "WHERE datname = current_database() "
                                       "AND pid <> pg_backend_pid()")
        # pool_pre_ping replaces the dead connection: the next unit of work simply works.
        ws.record("print", "patients", None, {"what": "after the server restarted"})
        assert ws.db.audit_head()[0] == _head(server_demo)
    finally:
        ws.sign_out()
