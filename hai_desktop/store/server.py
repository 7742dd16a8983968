"""The shared PostgreSQL server, for a unit with several workstations.

The same models, migrations, services and audit chain as the encrypted file. What differs lives
here: the address and its TLS options, the engine, one advisory lock that every write
transaction takes first (as BEGIN IMMEDIATE does on the file, so the services' read-then-write
steps and the audit chain's numbering never interleave), read transactions declared READ ONLY,
and the server's errors turned into messages with what to do.
"""

from __future__ import annotations

import ipaddress
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.exc import DatabaseError as SADatabaseError
from sqlalchemy.exc import IntegrityError as SAIntegrityError

from hai_desktop.core.errors import ConflictError, DatabaseFileError, DatabaseInUse, HaiError
from hai_desktop.core.i18n import QT_TRANSLATE_NOOP, msg

log = logging.getLogger(__name__)

DRIVER = "postgresql+psycopg"
# pg_advisory_xact_lock key held by every write transaction until it ends ("HAI" in ASCII).
WRITE_LOCK = 0x484149
READ_ONLY = "hai_read_only"  # the same execution option as the file's read engine
LOOPBACK_HOSTS = ("localhost", "")


class ServerError(DatabaseFileError):
    """The server cannot be reached or refuses this workstation."""

    title = QT_TRANSLATE_NOOP("HaiError", "Database server unavailable")


@dataclass(frozen=True)
class ServerAddress:
    url: str
    sslmode: str = "verify-full"
    sslrootcert: Path | None = None
    sslcert: Path | None = None
    sslkey: Path | None = None
    connect_timeout_s: int = 10
    lock_timeout_ms: int = 5000

    @classmethod
    def from_settings(cls, settings: Any) -> ServerAddress:
        return cls(url=settings.server_url.strip(), sslmode=settings.server_sslmode,
                   sslrootcert=settings.server_sslrootcert, sslcert=settings.server_sslcert,
                   sslkey=settings.server_sslkey, lock_timeout_ms=settings.busy_timeout_ms)

    def sa_url(self) -> URL:
        try:
            url = make_url(self.url)
        except ArgumentError as exc:
            raise HaiError(msg("The server address '{url}' cannot be read.", url=self.url),
                           hint=msg("Write it as postgresql+psycopg://USER@HOST:PORT/DATABASE.")
                           ) from exc
        if not url.drivername.startswith("postgresql"):
            raise HaiError(msg("The server address must be a PostgreSQL address."),
                           hint=msg("Write it as postgresql+psycopg://USER@HOST:PORT/DATABASE."))
        if not url.database:
            raise HaiError(msg("The server address names no database."),
                           hint=msg("Add the database name after the last '/'."))
        return url.set(drivername=DRIVER)

    @property
    def database(self) -> str:
        return str(self.sa_url().database)

    @property
    def host(self) -> str:
        url = self.sa_url()
        port = f":{url.port}" if url.port else ""
        return f"{url.host or 'local socket'}{port}"

    @property
    def label(self) -> str:
        """How people see the server: never with the password."""
        return f"database '{self.database}' on {self.host}"

    def with_database(self, name: str) -> ServerAddress:
        return replace(self, url=self.sa_url().set(database=name).render_as_string(
            hide_password=False))

    def connect_args(self) -> dict[str, Any]:
        check_transport(self)
        args: dict[str, Any] = {"sslmode": self.sslmode,
                                "connect_timeout": self.connect_timeout_s,
                                "application_name": "hai-desktop"}
        for name in ("sslrootcert", "sslcert", "sslkey"):
            value = getattr(self, name)
            if value is not None:
                args[name] = str(value)
        return args


def is_loopback(host: str | None) -> bool:
    if host is None or host in LOOPBACK_HOSTS or host.startswith("/"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_transport(address: ServerAddress) -> None:
    """Patient data crosses the network only under TLS."""
    if address.sslmode == "disable" and not is_loopback(address.sa_url().host):
        raise HaiError(msg("TLS is switched off for {address}: patient data would cross the "
                           "network unencrypted.", address=address.label),
                       hint=msg("Set server_sslmode to verify-full (with server_sslrootcert) in "
                                "the settings file."))
    if address.sslmode in ("verify-full", "verify-ca") and address.sslrootcert is not None \
            and not address.sslrootcert.exists():
        raise HaiError(msg("The server's CA certificate {sslrootcert} is missing.",
                           sslrootcert=address.sslrootcert),
                       hint=msg("Ask IT for the certificate file and fix server_sslrootcert."))


def _on_connect(lock_timeout_ms: int) -> Any:
    def configure(dbapi_connection: Any, _record: Any) -> None:
        with dbapi_connection.cursor() as cursor:
            # A write waits this long for another workstation's, then says so (as on the file).
            cursor.execute(f"SET lock_timeout = {int(lock_timeout_ms)}")
            cursor.execute("SET TIME ZONE 'UTC'")
        dbapi_connection.commit()
    return configure


def _begin(connection: Any) -> None:
    if connection.get_execution_options().get(READ_ONLY, False):
        connection.exec_driver_sql("SET TRANSACTION READ ONLY")
    else:
        connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITE_LOCK})")


def build_server_engine(address: ServerAddress) -> Engine:
    engine = create_engine(address.sa_url(), connect_args=address.connect_args(),
                           hide_parameters=True, pool_pre_ping=True, pool_size=3,
                           max_overflow=5)
    event.listen(engine, "connect", _on_connect(address.lock_timeout_ms))
    event.listen(engine, "begin", _begin)
    return engine


def table_count(connection: Any) -> int:
    """Tables in the connection's schema: an empty database IT created for us has none."""
    return int(connection.exec_driver_sql(
        "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()"
    ).scalar() or 0)


def refuse_unless_empty(connection: Any, label: str, *, nothing_done: str) -> None:
    tables = table_count(connection)
    if tables:
        raise ServerError(msg("{label} is not empty ({tables} tables); {nothing_done}.",
                              label=label, tables=tables, nothing_done=nothing_done),
                          hint=msg("Ask IT for a new, empty database for hai-desktop."))


@contextmanager
def disposed_on_error(engine: Engine, label: str) -> Iterator[None]:
    """While a server database is being opened: any failure closes the engine, and the
    server's own errors become a message with what to do."""
    try:
        yield
    except SADatabaseError as exc:
        engine.dispose()
        raise unreachable_error(label, exc) from exc
    except BaseException:
        engine.dispose()
        raise


def server_error(address_label: str, exc: Exception, *, saving: bool = True) -> HaiError:
    """A server error met while working, turned into a message with what to do."""
    orig = getattr(exc, "orig", exc)
    state = getattr(orig, "sqlstate", None) or ""
    detail = str(orig)
    if state == "55P03" or state in ("40001", "40P01"):  # lock timeout, serialization, deadlock
        log.warning("server %s stayed busy past the lock timeout", address_label)
        return DatabaseInUse(msg("Nothing was saved: {address_label} is busy with another "
                                 "workstation's change and did not become free in time.",
                                 address_label=address_label) if saving
                             else msg("{address_label} is busy with another workstation's "
                                      "change and did not become free in time.",
                                      address_label=address_label),
                             hint=msg("Wait a moment, then try again."))
    if isinstance(exc, SAIntegrityError):
        log.warning("constraint refused a write: %s", state)
        return ConflictError(msg("The change conflicts with a record already saved; nothing was "
                                 "saved."),
                             hint=msg("Reload the screen and check the existing record."))
    if state.startswith("53"):  # insufficient resources: disk full, out of memory, connections
        problem = detail.splitlines()[0] if detail else state
        return ServerError(msg("Nothing was saved: the server holding {address_label} is out of "
                               "resources ({detail}).", address_label=address_label,
                               detail=problem) if saving
                           else msg("the server holding {address_label} is out of resources "
                                    "({detail}).", address_label=address_label, detail=problem),
                           hint=msg("Ask IT to check the database server."))
    if state == "25006":
        return ServerError(msg("Nothing was saved: {address_label} accepts no changes "
                               "(read-only).", address_label=address_label) if saving
                           else msg("{address_label} accepts no changes (read-only).",
                                    address_label=address_label),
                           hint=msg("Ask IT whether the server is in maintenance."))
    return unreachable_error(address_label, exc, saving=saving)


def unreachable_error(address_label: str, exc: Exception, *, saving: bool = False
                      ) -> ServerError:
    detail = str(getattr(exc, "orig", exc)).strip()
    first = detail.splitlines()[0] if detail else type(exc).__name__
    log.warning("server %s unusable: %s", address_label, first)
    lowered = detail.lower()
    if "certificate" in lowered or "ssl" in lowered:
        hint = msg("The server's TLS certificate could not be verified: check "
                   "server_sslrootcert and the host name in server_url, or ask IT.")
    elif "password authentication failed" in lowered or "no password supplied" in lowered:
        hint = msg("The server refused this workstation's database account: ask IT to check "
                   "its password file or client certificate.")
    elif "does not exist" in lowered:
        hint = msg("Check the database name in server_url, or ask IT.")
    else:
        hint = msg("Check the network cable or Wi-Fi, then try again; if other workstations "
                   "cannot reach it either, call IT.")
    return ServerError(msg("Nothing was saved: {address_label} cannot be used ({problem}).",
                           address_label=address_label, problem=first) if saving
                       else msg("{address_label} cannot be used ({problem}).",
                                address_label=address_label, problem=first), hint=hint)
