"""Service-test fixtures: the demo's users signed in on a private copy of the demo file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from hai_desktop.services.demo import DEMO_ACCOUNTS
from hai_desktop.services.patients import list_patients
from hai_desktop.services.workspace import Workspace, sign_in, sign_in_server
from hai_desktop.settings import Settings
from hai_desktop.store.server import ServerAddress
from tests.helpers import audit_head_seq, audit_rows_after, database_key, record_snapshot
from tests.server import run_sql

PASSWORDS = {a.username: a.password for a in DEMO_ACCOUNTS}


BACKENDS = ("sqlcipher", "postgresql")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Every service test that works through the services only runs on both back-ends: the
    encrypted file and the shared server. A test that reaches the file itself (the demo_db
    path, key slots, raw SQLCipher) stays on the file."""
    names = metafunc.fixturenames
    if "people" in names and "demo_db" not in names and "admin_ws" not in names \
            and metafunc.definition.get_closest_marker("file_only") is None:
        metafunc.parametrize("backend", BACKENDS)


class People(dict[str, Workspace]):
    """Demo users by user name, each signed in the first time a test asks for them (an
    argon2id unlock each: only the users a test uses pay for it). On the file at `path`, or
    on the server in `settings` when `path` is None."""

    def __init__(self, path: Path | None, settings: Settings) -> None:
        super().__init__()
        self.path, self.settings = path, settings

    def __missing__(self, username: str) -> Workspace:
        if self.path is None:
            ws = sign_in_server(self.settings, username, PASSWORDS[username])
        else:
            ws = sign_in(self.path, username, PASSWORDS[username], self.settings)
        self[username] = ws
        return ws

    def sign_in_again(self, username: str, password: str | None = None) -> Workspace:
        """A new sign-in, not the cached one (for lockout and password checks)."""
        password = PASSWORDS[username] if password is None else password
        if self.path is None:
            return sign_in_server(self.settings, username, password)
        return sign_in(self.path, username, password, self.settings)

    # Below the application, on either back-end: what a test compares before and after.
    def records(self) -> dict[str, list[tuple[object, ...]]]:
        """Every row of every table but the audit trail (and the server's failure counters,
        which the key file keeps on a workstation)."""
        if self.path is not None:
            return record_snapshot(self.path, self._key())
        address = ServerAddress.from_settings(self.settings)
        tables = [r[0] for r in run_sql(address, (
            "SELECT table_name FROM information_schema.tables WHERE table_schema = "
            "current_schema() AND table_name NOT IN ('audit_trail', 'alembic_version', "
            "'sign_in_failures') ORDER BY table_name"))]
        return {str(name): sorted(run_sql(address, f'SELECT * FROM "{name}"'), key=repr)
                for name in tables}

    def audit_head_seq(self) -> int:
        if self.path is not None:
            return audit_head_seq(self.path, self._key())
        rows = run_sql(ServerAddress.from_settings(self.settings),
                       "SELECT coalesce(max(seq), 0) FROM audit_trail")
        return int(rows[0][0])  # type: ignore[call-overload]

    def audit_rows_after(self, seq: int) -> list[tuple[str, str, str, str]]:
        if self.path is not None:
            return audit_rows_after(self.path, self._key(), seq)
        return [tuple(str(v) for v in r) for r in run_sql(  # type: ignore[misc]
            ServerAddress.from_settings(self.settings),
            "SELECT action, entity, coalesce(entity_id, ''), coalesce(new_values, '') "
            f"FROM audit_trail WHERE seq > {int(seq)} ORDER BY seq")]

    def _key(self) -> bytes:
        assert self.path is not None
        return database_key(self.path, "admin", PASSWORDS["admin"])

    def close(self) -> None:
        for ws in self.values():
            ws.db.close()


@pytest.fixture
def people(backend: str, settings: Settings, request: pytest.FixtureRequest
           ) -> Iterator[People]:
    if backend == "postgresql":
        signed_in = People(None, request.getfixturevalue("server_demo"))
    else:
        signed_in = People(request.getfixturevalue("demo_db"), settings)
    yield signed_in
    signed_in.close()


def pid(ws: Workspace, number: str) -> int:
    """A demo patient's id from the screening number."""
    return list_patients(ws, number)[0].id


def randomize_waiting_patient(people: People, number: str = "S-0003") -> int:
    """Randomize the demo's eligible patient still waiting (S-0003) through the real envelope
    process: a randomized patient with nothing recorded yet."""
    from hai_desktop.services import randomization

    coordinator = people["coordinator"]
    patient_id = pid(coordinator, number)
    offer = randomization.next_envelope(coordinator, patient_id)
    card = randomization.peek_card_for_training(coordinator, offer.number)
    randomization.randomize(coordinator, patient_id, envelope_number=offer.number,
                            arm_on_card=card, password=PASSWORDS["coordinator"])
    return patient_id
