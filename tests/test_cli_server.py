"""The command line against the shared server: init-server, users, verify, migrate-to-server,
and the file-only commands refusing with what to do instead (a real PostgreSQL server)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from hai_desktop.store.server import ServerAddress
from tests.conftest import copy_database
from tests.helpers import run_cli
from tests.server import drop_database, new_database, run_sql


@pytest.fixture
def server_config(tmp_path: Path) -> Iterator[tuple[Path, ServerAddress]]:
    address = new_database(prefix="hai_cli")
    config = tmp_path / "settings.toml"
    config.write_text(
        f'data_dir = "{tmp_path / "data"}"\n'
        f'server_url = "{address.url}"\n'
        'server_sslmode = "verify-full"\n'
        f'server_sslrootcert = "{address.sslrootcert}"\n'
        "[kdf]\ntime_cost = 2\nmemory_kib = 19456\nparallelism = 1\n", encoding="utf-8")
    yield config, address
    drop_database(address)


def test_init_server_then_users_and_verify_through_the_server(
        server_config: tuple[Path, ServerAddress]) -> None:
    config, address = server_config
    base = ["--config", str(config)]
    code, out, err = run_cli([*base, "init-server", "--admin", "chief", "--full-name",
                              "Dr Chief", "--password-stdin"], "server-secret-1\n")
    assert code == 0, err
    assert f"database '{address.database}'" in out and "second administrator" in out
    as_chief = [*base, "users", "--as", "chief", "--password-stdin"]
    code, out, err = run_cli([*as_chief, "add", "kim", "--full-name", "Kim Nurse", "--role",
                              "nurse"], "server-secret-1\nward-temporary-1\n")
    assert code == 0, err
    code, out, _ = run_cli([*as_chief, "list"], "server-secret-1\n")
    assert "kim" in out and "Kim Nurse" in out
    hashes = run_sql(address, "SELECT username FROM users WHERE password_hash LIKE '$argon2id$%'")
    assert sorted(r[0] for r in hashes) == ["chief", "kim"]  # type: ignore[type-var]
    code, out, err = run_cli([*base, "verify", "--as", "chief", "--password-stdin"],
                             "server-secret-1\n")
    assert code == 0, err
    assert out.startswith("OK")
    # What only the file has says where to turn instead.
    code, _, err = run_cli([*base, "backup", "--as", "chief", "--password-stdin", "--to",
                            str(config.parent / "b.db")], "server-secret-1\n")
    assert code == 2 and "pg_dump" in err
    code, _, err = run_cli([*base, "init", "--admin", "x", "--password-stdin"], "pw\n")
    assert code == 2 and "init-server" in err
    code, _, err = run_cli([*base, "recover", "--admin", "chief", "--password-stdin"], "x\n")
    assert code == 2 and "no recovery code" in err


def test_migrate_to_server_prints_what_it_copied_and_verified(
        server_config: tuple[Path, ServerAddress], demo_template: Path, tmp_path: Path) -> None:
    config, _address = server_config
    db = copy_database(demo_template, tmp_path / "unit")
    code, out, err = run_cli(["--config", str(config), "--db", str(db), "migrate-to-server",
                              "--as", "admin", "--password-stdin"], "amber-training\n")
    assert code == 0, err
    assert "verified each one against the file" in out
    assert "patients" in out and "audit_trail" in out
    assert "need a temporary password" in out and "refuses further sign-ins" in out
    code, out, err = run_cli(["--config", str(config), "verify", "--as", "admin",
                              "--password-stdin"], "amber-training\n")
    assert code == 0 and out.startswith("OK"), err
    # The moved file is kept, but nobody signs in to it any more.
    code, _, err = run_cli(["--db", str(db), "users", "--as", "nurse", "--password-stdin",
                            "list"], "navy-training\n")
    assert code == 2 and "moved to the shared server" in err


@pytest.mark.slow
def test_demo_on_the_server_is_built_once_and_never_on_real_data(
        server_config: tuple[Path, ServerAddress], tmp_path: Path) -> None:
    config, address = server_config
    code, out, err = run_cli(["--config", str(config), "demo", "--server", "--no-gui"])
    assert code == 0, err
    assert f"TRAINING database: database '{address.database}'" in out and "navy-training" in out
    patients = run_sql(address, "SELECT count(*) FROM patients")[0][0]
    code, out, err = run_cli(["--config", str(config), "demo", "--server", "--no-gui"])
    assert code == 0, err  # opened again, not rebuilt
    assert run_sql(address, "SELECT count(*) FROM patients")[0][0] == patients
    run_sql(address, "UPDATE database_info SET value = '0' WHERE key = 'training'")
    code, _, err = run_cli(["--config", str(config), "demo", "--server", "--no-gui"])
    assert code == 2 and "holds real data" in err
