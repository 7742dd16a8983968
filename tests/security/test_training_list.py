"""Attack 7 of issue #18: "Generate training list…" replaced the imported allocation list of a
real database. Lists are generated only in a TRAINING database: on a real one the service
refuses (whoever generates a list has seen its seed, so concealment would be gone) and nothing
is written; the statistician's list stays in force."""

from __future__ import annotations

from pathlib import Path

import pytest

from hai_desktop.core.errors import ConflictError
from hai_desktop.core.randomization import GenerationParameters, generate_allocation_list, to_csv
from hai_desktop.services import randomization as rnd
from hai_desktop.services import users
from hai_desktop.services.workspace import Workspace, create_database
from hai_desktop.store.models import Role
from tests.conftest import make_settings
from tests.helpers import (
    audit_head_seq,
    database_key,
    first_sign_in,
    record_snapshot,
    refusal_in_korean,
)

PASSWORD = "coral-site-secret"


@pytest.fixture
def site(tmp_path: Path) -> Workspace:
    """A real database: the coordinator signed in, no list yet."""
    settings = make_settings(tmp_path)
    admin, _code = create_database(tmp_path / "hai.db", admin_username="admin",
                                   admin_full_name="Admin", admin_password="first-secret-1",
                                   settings=settings)
    users.add_user(admin, username="coord", full_name="Coordinator One",
                   role=Role.COORDINATOR, temporary_password="coral-temporary-1")
    admin.sign_out()
    ws = first_sign_in(tmp_path / "hai.db", "coord", "coral-temporary-1", PASSWORD, settings)
    yield ws  # type: ignore[misc]
    ws.db.close()


@pytest.mark.parametrize("with_list", [True, False], ids=["imported-list", "no-list-yet"])
def test_a_real_database_refuses_to_generate_a_list(site: Workspace, with_list: bool) -> None:
    if with_list:
        data = to_csv(generate_allocation_list(GenerationParameters("ab" * 16, 6, (2, 4))))
        imported = rnd.import_allocation_list(site, data, source_note="central statistician, "
                                                                      "version 1")
    key = database_key(site.path, "coord", PASSWORD)
    records, head = record_snapshot(site.path, key), audit_head_seq(site.path, key)
    english, korean = refusal_in_korean(ConflictError, lambda: rnd.generate_list(site, 10))
    assert "only in a TRAINING database" in english and korean != english
    with pytest.raises(ConflictError) as refused:
        rnd.generate_list(site, 10, seed="00" * 16)
    assert refused.value.hint and "Import" in refused.value.hint
    assert record_snapshot(site.path, key) == records, "nothing was written"
    assert audit_head_seq(site.path, key) == head
    summary = rnd.active_list(site)
    if with_list:
        assert summary is not None and summary.id == imported.id
        assert summary.origin == "imported" and summary.sha256 == imported.sha256
    else:
        assert summary is None
