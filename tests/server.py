"""The PostgreSQL test server (.ci/postgres.sh): fresh databases for the server-mode tests.

`.ci/run` starts the server and exports HAI_TEST_POSTGRES_URL (a superuser on loopback, TLS
only) and HAI_TEST_POSTGRES_CA. Without them the server tests are skipped on a developer's
machine, and fail under CI=true: a server back-end that is not tested is not done.
"""

from __future__ import annotations

import itertools
import os
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from hai_desktop.settings import Settings
from hai_desktop.store.server import ServerAddress

URL_VARIABLE = "HAI_TEST_POSTGRES_URL"
CA_VARIABLE = "HAI_TEST_POSTGRES_CA"
_names = itertools.count(1)


def server_available() -> bool:
    return bool(os.environ.get(URL_VARIABLE))


def require_server() -> None:
    if server_available():
        return
    message = (f"no PostgreSQL test server ({URL_VARIABLE} unset): start one with "
               "'eval \"$(.ci/postgres.sh start /tmp/hai-pg)\"'")
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)


def maintenance_address() -> ServerAddress:
    require_server()
    ca = os.environ.get(CA_VARIABLE)
    return ServerAddress(url=os.environ[URL_VARIABLE], sslmode="verify-full",
                         sslrootcert=Path(ca) if ca else None)


def _admin_engine():  # type: ignore[no-untyped-def]
    address = maintenance_address()
    return create_engine(address.sa_url(), connect_args=address.connect_args(),
                         isolation_level="AUTOCOMMIT", poolclass=None)


def new_database(*, template: str | None = None, prefix: str = "hai_t") -> ServerAddress:
    """A new database on the test server (empty, or a copy of `template`)."""
    name = f"{prefix}_{os.getpid()}_{next(_names)}"
    engine = _admin_engine()
    try:
        with engine.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
            clause = f' TEMPLATE "{template}"' if template else ""
            conn.execute(text(f'CREATE DATABASE "{name}"{clause}'))
    finally:
        engine.dispose()
    return maintenance_address().with_database(name)


def drop_database(address: ServerAddress) -> None:
    engine = _admin_engine()
    try:
        with engine.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{address.database}" WITH (FORCE)'))
    finally:
        engine.dispose()


def server_settings(settings: Settings, address: ServerAddress) -> Settings:
    """A workstation's settings pointing at `address` with the test CA."""
    return replace(settings, server_url=address.url, server_sslmode=address.sslmode,
                   server_sslrootcert=address.sslrootcert)


def run_sql(address: ServerAddress, *statements: str) -> list[tuple[object, ...]]:
    """Below the application, as the server's superuser would: the last statement's rows."""
    engine = create_engine(address.sa_url(), connect_args=address.connect_args(),
                           isolation_level="AUTOCOMMIT")
    try:
        rows: list[tuple[object, ...]] = []
        with engine.connect() as conn:
            for statement in statements:
                result = conn.execute(text(statement))
                rows = [tuple(r) for r in result] if result.returns_rows else []
        return rows
    finally:
        engine.dispose()
