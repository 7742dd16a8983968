"""Alembic migrations, applied at every open; a schema newer than this program is refused."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection

from hai_desktop.core.errors import DatabaseFileError
from hai_desktop.core.i18n import msg

MIGRATIONS_DIR = Path(__file__).resolve().parent


def _config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


@cache
def _scripts() -> ScriptDirectory:
    return ScriptDirectory.from_config(_config())


def head_revision() -> str:
    head = _scripts().get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    return {rev.revision for rev in _scripts().walk_revisions()}


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def check_not_newer(path: Path | str, revision: str | None) -> None:
    if revision is not None and revision not in known_revisions():
        raise DatabaseFileError(
            msg("{path} was written by a newer version of hai-desktop (schema {revision}).",
                path=path, revision=revision),
            hint=msg("Install the newer hai-desktop version on this workstation; the file was not "
                     "changed."))


def upgrade(connection: Connection) -> None:
    if current_revision(connection) != head_revision():
        command.upgrade(_config(connection), "head")
