"""The encrypted database: SQLCipher 4 keyed with a raw 256-bit key, one connection per process.

Opening checks, in order: the file is there and is not plain SQLite; the key decrypts it (a probe
query, since `PRAGMA key` accepts any key silently); it belongs to the key file beside it; the
schema is not newer than this program; then migrations run. Nothing is written before all pass.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Engine, create_engine, event, select
from sqlalchemy.exc import DatabaseError as SADatabaseError
from sqlalchemy.exc import IntegrityError as SAIntegrityError
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import StaticPool

from hai_desktop.core.changes import Change
from hai_desktop.core.errors import ConflictError, DatabaseFileError, DatabaseInUse, HaiError
from hai_desktop.core.i18n import msg
from hai_desktop.core.text import TEXT_LIMIT, checked_text
from hai_desktop.store import audit, migrations
from hai_desktop.store.changes import take_change
from hai_desktop.store.models import AuditEntry, DatabaseInfo
from hai_desktop.store.server import (
    READ_ONLY,  # execution option of the connections that only read
    ServerAddress,
    ServerError,
    build_server_engine,
    disposed_on_error,
    refuse_unless_empty,
    server_error,
)

log = logging.getLogger(__name__)

SQLITE_PLAIN_HEADER = b"SQLite format 3\x00"
RESTORE_HINT = msg("Restore the database and its .keys file from the latest backup, or ask "
                   "the administrator.")


class AuditedSession(Session):
    """Every session of the application: audit hooks attached, actor required for changes."""


audit.install_audit_hooks(AuditedSession)


@dataclass(frozen=True)
class OpenOptions:
    busy_timeout_ms: int = 5000


def file_header(path: Path) -> bytes:
    with path.open("rb") as handle:
        return handle.read(16)


def check_database_file(path: Path) -> None:
    """Refuse what is plainly not an encrypted hai-desktop file before any key is applied."""
    if not path.exists():
        raise DatabaseFileError(msg("There is no database file at {path}.", path=path),
                                hint=msg("Check the path, or create one with 'hai-desktop init'."))
    if path.is_dir():
        raise DatabaseFileError(msg("{path} is a folder, not a database file.", path=path))
    size = path.stat().st_size
    if size == 0:
        raise DatabaseFileError(msg("The database file {path} is empty.",
                                    path=path), hint=RESTORE_HINT)
    if file_header(path) == SQLITE_PLAIN_HEADER:
        raise DatabaseFileError(
            msg("{path} is an unencrypted SQLite file. hai-desktop only uses encrypted databases "
                "and will not store patient data in it.", path=path),
            hint=msg("Choose the encrypted hai-desktop database, or create one with 'hai-desktop "
                     "init'."))
    if size < 1024:
        raise DatabaseFileError(msg("The database file {path} is truncated ({size} bytes).",
                                    path=path, size=size),
                                hint=RESTORE_HINT)


def restrict_to_owner(path: Path) -> None:
    """Owner-only file mode: encrypted anyway, but no reason to let others copy it."""
    with contextlib.suppress(OSError):
        path.chmod(0o600)


def _engine_url(path: Path, key: bytes) -> URL:
    # The dialect issues PRAGMA key="x'…'" from the password: a raw key, no second PBKDF2.
    return URL.create("sqlite+pysqlcipher", password=f"x'{key.hex()}'", database=str(path))


def _configure_connection(busy_timeout_ms: int) -> Callable[[Any, Any], None]:
    def on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy's begin event issue BEGIN IMMEDIATE instead of the driver's own BEGIN.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute("PRAGMA cipher_log_level = NONE")
            # The probe: with a wrong key or a damaged file this is the first statement to fail.
            cursor.execute("SELECT count(*) FROM sqlite_master").fetchone()
            cursor.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
            cursor.execute("PRAGMA foreign_keys = ON")
            cursor.execute("PRAGMA synchronous = FULL")
            cursor.execute("PRAGMA journal_mode = WAL").fetchone()
            foreign_keys = cursor.execute("PRAGMA foreign_keys").fetchone()[0]
            synchronous = cursor.execute("PRAGMA synchronous").fetchone()[0]
        finally:
            cursor.close()
        if foreign_keys != 1 or synchronous != 2:
            raise HaiError(msg("The database connection could not be made safe "
                               "(foreign_keys={foreign_keys}, synchronous={synchronous}).",
                               foreign_keys=foreign_keys, synchronous=synchronous))
    return on_connect




def _begin_immediate(connection: Any) -> None:
    # Take the write lock at the start so two workstations can never interleave a read-then-write.
    # Reads take none: WAL gives them the last committed state while another workstation writes.
    read_only = connection.get_execution_options().get(READ_ONLY, False)
    connection.exec_driver_sql("BEGIN" if read_only else "BEGIN IMMEDIATE")


def build_engine(path: Path, key: bytes, options: OpenOptions) -> Engine:
    engine = create_engine(
        _engine_url(path, key), poolclass=StaticPool,
        connect_args={"check_same_thread": False}, hide_parameters=True,
    )
    event.listen(engine, "connect", _configure_connection(options.busy_timeout_ms))
    event.listen(engine, "begin", _begin_immediate)
    return engine


class Database:
    """An open encrypted database and its key, for the length of one sign-in."""

    def __init__(self, path: Path | None, key: bytes, engine: Engine,
                 on_commit: Callable[[int, str], None] | None = None, *,
                 server: ServerAddress | None = None) -> None:
        # Exactly one of the two: the encrypted file (path, key) or the shared server.
        self.path = path
        self.server = server
        self._key = key
        self._bind(engine)
        self._on_commit = on_commit
        # Whoever is signed in signs the audit rows (set by the workspace; None: unsigned).
        self.signer: audit.Signer | None = None
        # Asked before each unit of work: the database key as the key file now gives it,
        # when another workstation changed it (None: unchanged). See follow_key_change.
        self._key_source: Callable[[bool], tuple[bytes, ...]] | None = None
        self._options = OpenOptions()
        self._change_listeners: list[Callable[[Change], None]] = []
        # Units of work begun, and those not yet through their listeners: a poll for other
        # workstations' rows that overlaps one of ours cannot tell our rows from theirs yet
        # (write_marker; on the server the commit is visible before the listeners have run).
        self._writes = threading.Lock()
        self._writes_begun = 0
        self._writes_open = 0
        # The file has one connection (StaticPool) shared by the GUI thread and the background
        # worker: one unit of work at a time on it, the other thread waits for its turn.
        self._turn = threading.RLock()

    @contextmanager
    def turn(self) -> Iterator[None]:
        """Hold the file's one connection for a unit of work, so that two threads never
        interleave statements (or BEGIN and COMMIT) on it. Re-entrant within a thread. The
        server gives each thread its own connection: nothing to wait for there."""
        if self.server is not None:
            yield
            return
        with self._turn:
            yield

    def _bind(self, engine: Engine) -> None:
        self.engine = engine
        # The same connection, but its transactions take no write lock (views, checks).
        self.read_engine = engine.execution_options(**{READ_ONLY: True})
        self._sessions = sessionmaker(bind=engine, class_=AuditedSession, expire_on_commit=False)
        self._read_sessions = sessionmaker(bind=self.read_engine, class_=AuditedSession,
                                           expire_on_commit=False)

    # ---- a new database key ------------------------------------------------------------------
    def rekey(self, new_key: bytes) -> None:
        """Re-encrypt every page under `new_key` (SQLCipher's rekey, one transaction: a crash
        leaves the file under the old key or the new one, whole). The old key opens nothing
        afterwards."""
        assert self.path is not None and len(new_key) == len(self._key)
        with self.turn():
            self._rekey_connection(new_key)

    def _rekey_connection(self, new_key: bytes) -> None:
        import sqlcipher3

        assert self.path is not None
        failed: Exception | None = None
        raw = self.engine.raw_connection()
        try:
            cursor = raw.cursor()
            try:
                cursor.execute(f"PRAGMA rekey = \"x'{new_key.hex()}'\"")
                cursor.execute("SELECT count(*) FROM sqlite_master").fetchone()
            except sqlcipher3.dbapi2.Error as exc:
                failed = exc
            else:
                self._checkpoint(cursor)
            cursor.close()
        finally:
            raw.close()
        if failed is not None:
            # Another workstation held the write lock past the busy timeout, or the disk
            # refused: the file stays whole under the old key, but this connection may already
            # use the new one — it is replaced by a fresh one under the old key.
            self._adopt_key(self._key)
            raise storage_error(self.path, failed) from failed
        self._adopt_key(new_key)

    @staticmethod
    def _checkpoint(cursor: Any) -> None:
        # The rekeyed pages are in the write-ahead log until a checkpoint: until then the main
        # file alone (a copy of it) would still open with the old key. TRUNCATE itself waits
        # (SQLite's busy handler, up to the busy timeout) for a reader on another workstation
        # to finish — no sleeping loop of our own on top of it.
        busy = cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
        if not busy:
            return
        log.warning("rekeyed, but the log could not be checkpointed yet: the main file keeps "
                    "old-key pages until the next checkpoint")

    def _adopt_key(self, key: bytes) -> None:
        assert self.path is not None
        self.engine.dispose()
        self._key = key
        self._bind(build_engine(self.path, key, self._options))

    def set_key_source(self, source: Callable[[bool], tuple[bytes, ...]] | None) -> None:
        self._key_source = source

    def follow_key_change(self, *, force: bool = False) -> bool:
        """Take the key another workstation changed to (an administrator deactivated someone
        or reset a password there): the first of the key file's keys that opens the file;
        True if it changed."""
        if self._key_source is None:
            return False
        for key in self._key_source(force):
            if key != self._key and self._opens_with(key):
                log.info("the database key was changed on another workstation; following it")
                self._adopt_key(key)
                return True
        return False

    def _opens_with(self, key: bytes) -> bool:
        assert self.path is not None
        engine = build_engine(self.path, key, self._options)
        try:
            with engine.connect() as conn:
                conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").fetchone()
                conn.rollback()
            return True
        except SADatabaseError:
            return False
        finally:
            engine.dispose()

    @property
    def key(self) -> bytes:
        return self._key

    @property
    def on_server(self) -> bool:
        return self.server is not None

    @property
    def file(self) -> Path:
        """The encrypted file; asking for it on the server is a programming error."""
        if self.path is None:
            raise HaiError(msg("This works on the encrypted database file only; the unit's data is "
                               "on the server ({server}).", server=self.label),
                           hint=msg("The server's backups and checks are IT's (pg_dump, "
                                    "PostgreSQL's own tools)."))
        return self.path

    @property
    def label(self) -> str:
        """Where the data is, as people see it: the file path or the server database."""
        return self.server.label if self.server is not None else str(self.path)

    @property
    def name(self) -> str:
        """A short name for title bars: the file name or the server database's name."""
        if self.server is not None:
            return f"{self.server.database} (server)"
        assert self.path is not None
        return self.path.name

    def _error(self, exc: Exception, *, saving: bool = True) -> HaiError:
        if self.server is not None:
            return server_error(self.label, exc, saving=saving)
        assert self.path is not None
        return storage_error(self.path, exc, saving=saving)

    # ---- opening and creating --------------------------------------------------------------
    @classmethod
    def open(cls, path: Path, key: bytes, *, expected_db_id: str | None = None,
             options: OpenOptions | None = None, migrate: bool = True) -> Database:
        """Open after every check has passed; `migrate=False` writes nothing at all."""
        check_database_file(path)
        engine = build_engine(path, key, options or OpenOptions())
        try:
            with engine.connect() as conn:
                revision = migrations.current_revision(conn)
                found_id = conn.execute(
                    select(DatabaseInfo.value).where(DatabaseInfo.key == "db_id")
                ).scalar_one_or_none() if revision is not None else None
                conn.rollback()
            migrations.check_not_newer(path, revision)
            if revision is None:
                raise DatabaseFileError(msg("{path} holds no hai-desktop schema.", path=path),
                                        hint=RESTORE_HINT)
            if expected_db_id is not None and found_id != expected_db_id:
                raise DatabaseFileError(msg("The key file beside {path} belongs to another "
                                            "database.", path=path), hint=RESTORE_HINT)
            if migrate and revision != migrations.head_revision():
                # Only an older schema takes the write lock (upgrade checks again under it).
                with engine.begin() as conn:
                    migrations.upgrade(conn)
            db = cls(path, key, engine)
            db._options = options or OpenOptions()
            return db
        except (SADatabaseError, OperationalError) as exc:
            engine.dispose()
            raise unreadable_file_error(path, exc) from exc
        except BaseException:
            engine.dispose()
            raise

    @classmethod
    def create(cls, path: Path, key: bytes, *, db_id: str, training: bool,
               app_version: str, options: OpenOptions | None = None) -> Database:
        if path.exists():
            raise DatabaseFileError(msg("A file already exists at {path}; it was not touched.",
                                        path=path),
                                    hint=msg("Choose another path, or move the old file away "
                                             "first."))
        path.parent.mkdir(parents=True, exist_ok=True)
        engine = build_engine(path, key, options or OpenOptions())
        with engine.begin() as conn:
            migrations.upgrade(conn)
        restrict_to_owner(path)
        db = cls(path, key, engine)
        db._options = options or OpenOptions()
        with db.session(actor="system", reason="database created") as session:
            for k, v in (("db_id", db_id), ("training", "1" if training else "0"),
                         ("created_with", app_version)):
                session.add(DatabaseInfo(key=k, value=v))
        return db

    @classmethod
    def open_server(cls, address: ServerAddress, *, migrate: bool = True) -> Database:
        """The shared server's database: same schema checks as the file, same migrations."""
        engine = build_server_engine(address)
        with disposed_on_error(engine, address.label):
            with engine.connect() as conn:
                revision = migrations.current_revision(conn)
                conn.rollback()
            migrations.check_not_newer(address.label, revision)
            if revision is None:
                raise ServerError(msg("{address} holds no hai-desktop data yet.",
                                      address=address.label),
                                  hint=msg("Create it with 'hai-desktop init-server' or copy the "
                                           "unit's file into it with 'hai-desktop "
                                           "migrate-to-server'."))
            if migrate and revision != migrations.head_revision():
                # Sign-ins do not queue behind each other's write lock for an up-to-date schema.
                with engine.begin() as conn:
                    migrations.upgrade(conn)
        return cls(None, b"", engine, server=address)

    @classmethod
    def create_server(cls, address: ServerAddress, *, db_id: str, training: bool,
                      app_version: str) -> Database:
        """The schema in an empty server database (one IT created for the unit)."""
        engine = build_server_engine(address)
        with disposed_on_error(engine, address.label), engine.begin() as conn:
            refuse_unless_empty(conn, address.label, nothing_done=msg("it was not touched"))
            migrations.upgrade(conn)
        db = cls(None, b"", engine, server=address)
        with db.session(actor="system", reason="database created") as session:
            for k, v in (("db_id", db_id), ("training", "1" if training else "0"),
                         ("created_with", app_version)):
                session.add(DatabaseInfo(key=k, value=v))
        return db

    def close(self) -> None:
        self.engine.dispose()

    # ---- units of work ---------------------------------------------------------------------
    def set_commit_listener(self, listener: Callable[[int, str], None] | None) -> None:
        """Called with the audit head after each commit that wrote audit rows (the anchor)."""
        self._on_commit = listener

    @contextmanager
    def session(self, *, actor: str | None = None, reason: str | None = None,
                signer: audit.Signer | None = None) -> Iterator[Session]:
        """One unit of work: commits on success, rolls back on any error. Its audit rows are
        signed by `signer`, else by whoever is signed in."""
        if reason is not None:  # kept in every audit row of the unit of work
            checked_text(reason, field="reason", limit=TEXT_LIMIT, multiline=True)
        with self._writes:
            self._writes_begun += 1
            self._writes_open += 1
        try:
            with self.turn():
                yield from self._unit_of_work(actor, reason, signer)
        finally:
            with self._writes:
                self._writes_open -= 1

    def write_marker(self) -> tuple[int, int]:
        """(units of work begun, still open): equal before and after a read, with none open,
        means no unit of work of this process committed during the read unannounced."""
        with self._writes:
            return self._writes_begun, self._writes_open

    def _unit_of_work(self, actor: str | None, reason: str | None,
                      signer: audit.Signer | None) -> Iterator[Session]:
        self.follow_key_change()
        session = self._sessions()
        session.info[audit.SIGNER_KEY] = signer or self.signer
        session.info[audit.ACTOR_KEY] = actor
        session.info[audit.REASON_KEY] = reason
        committed = False
        try:
            yield session
            session.commit()
            committed = True
        except SADatabaseError as exc:
            with contextlib.suppress(SADatabaseError):  # a lost server connection
                session.rollback()
            _undo_outside_writes(session)
            raise self._key_changed_or(self._error(exc), exc) from exc
        except BaseException:
            session.rollback()
            _undo_outside_writes(session)
            raise
        finally:
            head = session.info.pop(audit.HEAD_KEY, None)
            change = take_change(session)
            session.close()
        if head is not None and committed and self._on_commit is not None:
            self._on_commit(*head)
        if change is not None and committed:
            self._tell_change(change)

    def add_change_listener(self, listener: Callable[[Change], None]) -> None:
        """Called after each commit that changed records, in the committing thread."""
        self._change_listeners.append(listener)

    def remove_change_listener(self, listener: Callable[[Change], None]) -> None:
        with contextlib.suppress(ValueError):
            self._change_listeners.remove(listener)

    def _tell_change(self, change: Change) -> None:
        for listener in tuple(self._change_listeners):
            # The record is saved: a listener's failure must not report it as not saved.
            try:
                listener(change)
            except Exception:
                log.exception("a change listener failed")

    def audit_rows_after(self, seq: int, *,
                         limit: int = 1000) -> list[tuple[int, str, str]]:
        """(seq, entity, action) of the audit rows after `seq`: what other workstations
        wrote."""
        with self.read_session() as session:
            rows = session.execute(select(AuditEntry.seq, AuditEntry.entity, AuditEntry.action)
                                   .where(AuditEntry.seq > seq).order_by(AuditEntry.seq)
                                   .limit(limit)).all()
        return [(int(row_seq), str(entity), str(action)) for row_seq, entity, action in rows]

    @contextmanager
    def read_session(self) -> Iterator[Session]:
        """A unit of work that must not change anything (views, reports)."""
        with self.turn():
            self.follow_key_change()
            session = self._read_sessions()
            try:
                yield session
            except SADatabaseError as exc:
                raise self._key_changed_or(self._error(exc, saving=False), exc) from exc
            finally:
                # close() ends the transaction without expiring what was loaded, so the
                # objects stay readable after the unit of work.
                session.close()

    def _key_changed_or(self, error: HaiError, exc: Exception) -> HaiError:
        """A file that stopped opening mid-session was most often rekeyed just now by another
        workstation (a deactivation, a reset): follow the key and say so, rather than calling
        the file damaged."""
        if "not a database" in str(getattr(exc, "orig", exc)) and \
                self.follow_key_change(force=True):
            return ConflictError(msg("An administrator changed the database key just now; nothing "
                                     "was saved."), hint=msg("Do it again."))
        return error

    # ---- facts ---------------------------------------------------------------------------
    def info_value(self, key: str) -> str | None:
        with self.read_session() as session:
            row = session.get(DatabaseInfo, key)
            return None if row is None else row.value

    @property
    def is_training(self) -> bool:
        return self.info_value("training") == "1"

    def cipher_integrity_problems(self) -> list[str]:
        """SQLCipher's page HMAC check plus SQLite's structural check; empty when healthy.
        On the server, PostgreSQL and IT's tools guard the storage: nothing to check here."""
        if self.on_server:
            return []
        with self.turn(), self.read_engine.connect() as conn:
            cipher = [str(r[0]) for r in conn.exec_driver_sql("PRAGMA cipher_integrity_check")]
            structure = [str(r[0]) for r in conn.exec_driver_sql("PRAGMA integrity_check")]
            conn.rollback()
        problems = list(cipher)
        if structure != ["ok"]:
            problems.extend(structure)
        return problems

    def cipher_version(self) -> str:
        if self.on_server:
            return self.server_version()
        with self.turn(), self.read_engine.connect() as conn:
            version = conn.exec_driver_sql("PRAGMA cipher_version").scalar()
            conn.rollback()
        return str(version)

    def server_version(self) -> str:
        """PostgreSQL's version and the connection's TLS protocol, for About and --version."""
        with self.read_engine.connect() as conn:
            version = conn.exec_driver_sql("SHOW server_version").scalar()
            tls = conn.exec_driver_sql(
                "SELECT version FROM pg_stat_ssl WHERE pid = pg_backend_pid()").scalar()
            conn.rollback()
        return f"PostgreSQL {version}, {tls or 'no TLS'}"

    def audit_head(self) -> tuple[int, str]:
        with self.turn(), self.read_engine.connect() as conn:
            head = audit.last_row(conn)
            conn.rollback()
        return head



ON_ROLLBACK_KEY = "on_rollback"


def _undo_outside_writes(session: Session) -> None:
    """Put back what the unit of work wrote outside the database (a key slot) when the
    database did not commit: a slot whose key was never registered would open nothing
    verifiable."""
    for undo in session.info.pop(ON_ROLLBACK_KEY, []):
        try:
            undo()
        except (OSError, HaiError) as exc:
            log.error("a change outside the database could not be undone: %s",
                      type(exc).__name__)


def storage_error(path: Path, exc: Exception, *, saving: bool = True) -> HaiError:
    """A database error met while working, turned into a message with what to do."""
    detail = str(getattr(exc, "orig", exc))
    if _busy(detail):
        return in_use_error(path, saving=saving)
    if isinstance(exc, SAIntegrityError):
        log.warning("constraint refused a write: %s", type(exc).__name__)
        return ConflictError(msg("The change conflicts with a record already saved; nothing was "
                                 "saved."),
                             hint=msg("Reload the screen and check the existing record."))
    if "full" in detail:
        return DatabaseFileError(msg("Nothing was saved: the disk holding {path} is full.",
                                     path=path),
                                 hint=msg("Free disk space (or ask IT), then save again."))
    if "readonly" in detail or "read-only" in detail:
        return DatabaseFileError(msg("Nothing was saved: {path} cannot be written to (read-only).",
                                     path=path),
                                 hint=msg("Ask IT to restore write access to the file."))
    return unreadable_file_error(path, exc)


def unreadable_file_error(path: Path, exc: Exception) -> DatabaseFileError:
    detail = str(getattr(exc, "orig", exc))
    log.warning("database %s could not be read: %s", path.name, detail)
    if "not a database" in detail or "malformed" in detail or "encrypted" in detail:
        return DatabaseFileError(
            msg("{path} cannot be read: it is damaged, or it is not the database its key file "
                "belongs to.", path=path), hint=RESTORE_HINT)
    if _busy(detail):
        return in_use_error(path, saving=False)
    if "readonly" in detail or "read-only" in detail:
        # WAL writes its -wal and -shm files beside the database even to read: a read-only
        # folder (or file) stops the opening. Nothing is damaged, so no restoring either.
        return read_only_folder_error(path)
    return DatabaseFileError(msg("{path} cannot be opened ({detail}).",
                                 path=path, detail=detail), hint=RESTORE_HINT)


def read_only_folder_error(path: Path) -> DatabaseFileError:
    return DatabaseFileError(
        msg("{path} cannot be opened: the folder {folder} or the files in it cannot be written "
            "to, and the program writes beside the database even to read (its journal, the key "
            "file, the audit trail of each sign-in).", path=path, folder=path.parent),
        hint=msg("Ask IT to give your account write access to {folder} and the files in it; "
                 "nothing needs to be restored.", folder=path.parent))


def _busy(detail: str) -> bool:
    # SQLITE_BUSY / SQLITE_LOCKED after the busy timeout: "database is locked" and the like.
    return "locked" in detail or "busy" in detail


def in_use_error(path: Path, *, saving: bool) -> DatabaseInUse:
    """Another workstation held the file past the busy timeout (SQLite's 'database is
    locked'), said so that the person knows whether anything was saved and what to do."""
    log.warning("database %s stayed busy past the busy timeout", path.name)
    return DatabaseInUse(msg("Nothing was saved: {path} is in use on another workstation and did "
                             "not become free in time.", path=path) if saving
                         else msg("{path} is in use on another workstation and did not become "
                                  "free in time.", path=path),
                         hint=msg("Wait a moment, then try again. If it keeps happening, check "
                                  "that hai-desktop is not stuck on the other workstation."))
