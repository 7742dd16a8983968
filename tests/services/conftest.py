"""Service-test fixtures: the demo's users signed in on a private copy of the demo file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from hai_desktop.services.demo import DEMO_ACCOUNTS
from hai_desktop.services.patients import list_patients
from hai_desktop.services.workspace import Workspace, sign_in
from hai_desktop.settings import Settings

PASSWORDS = {a.username: a.password for a in DEMO_ACCOUNTS}


class People(dict[str, Workspace]):
    """Demo users by user name, each signed in the first time a test asks for them (an
    argon2id unlock each: only the users a test uses pay for it)."""

    def __init__(self, path: Path, settings: Settings) -> None:
        super().__init__()
        self.path, self.settings = path, settings

    def __missing__(self, username: str) -> Workspace:
        ws = sign_in(self.path, username, PASSWORDS[username], self.settings)
        self[username] = ws
        return ws

    def close(self) -> None:
        for ws in self.values():
            ws.db.close()


@pytest.fixture
def people(demo_db: Path, settings: Settings) -> Iterator[People]:
    signed_in = People(demo_db, settings)
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
