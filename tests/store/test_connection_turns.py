"""The encrypted file's one connection, shared by the GUI thread and the background worker:
a unit of work on one thread never interleaves with one on the other."""

from __future__ import annotations

import threading

from sqlalchemy import func, select

from hai_desktop.services.workspace import Workspace
from hai_desktop.store.models import DatabaseInfo


def _count(ws: Workspace) -> int:
    with ws.db.read_session() as session:
        return int(session.scalar(select(func.count()).select_from(DatabaseInfo)) or 0)


def test_a_read_on_another_thread_waits_for_the_open_transaction(admin_ws: Workspace) -> None:
    before = _count(admin_ws)
    in_transaction = threading.Event()
    may_commit = threading.Event()
    errors: list[BaseException] = []

    def worker() -> None:
        try:
            with admin_ws.db.session(actor="admin", reason="test") as session:
                session.add(DatabaseInfo(key="turn-test", value="1"))
                session.flush()  # written, not committed: the connection is mid-transaction
                in_transaction.set()
                may_commit.wait(10)
        except BaseException as exc:  # reported by the assertion below
            errors.append(exc)

    thread = threading.Thread(target=worker, name="hai-worker-test")
    thread.start()
    assert in_transaction.wait(10)
    seen: list[int] = []
    reader = threading.Thread(target=lambda: seen.append(_count(admin_ws)), name="gui-test")
    reader.start()
    reader.join(0.5)
    assert reader.is_alive(), "the read ran on the connection in the middle of the transaction"
    may_commit.set()
    thread.join(10)
    reader.join(10)
    assert errors == []
    # The read came after the whole unit of work: the committed row, never half of it.
    assert seen == [before + 1]
    assert _count(admin_ws) == before + 1


def test_many_alternating_units_of_work_on_two_threads_all_commit(admin_ws: Workspace) -> None:
    before = _count(admin_ws)
    errors: list[BaseException] = []

    def writes(prefix: str) -> None:
        try:
            for n in range(15):
                with admin_ws.db.session(actor="admin", reason="test") as session:
                    session.add(DatabaseInfo(key=f"{prefix}-{n}", value=str(n)))
                _count(admin_ws)
                admin_ws.db.audit_head()
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=writes, args=(name,)) for name in ("gui", "worker")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert errors == []
    assert _count(admin_ws) == before + 30


def test_a_thread_may_nest_its_own_units_of_work(admin_ws: Workspace) -> None:
    # Re-entrant: a service reading a fact inside its own unit of work does not wait on itself.
    with admin_ws.db.turn():
        assert admin_ws.db.info_value("training") == "1"
