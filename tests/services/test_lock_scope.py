"""A service call on the worker that began before the screen locked runs to its end; one that
begins while locked is refused (Workspace.call_in_progress)."""

from __future__ import annotations

import threading

import pytest

from hai_desktop.core.errors import PermissionDenied
from hai_desktop.services.audit_trail import count_audit_rows
from tests.services.conftest import People


def test_a_call_begun_unlocked_finishes_across_the_lock(people: People) -> None:
    ws = people["admin"]
    started, locked, counted = threading.Event(), threading.Event(), []
    failed: list[BaseException] = []

    def two_steps() -> None:
        try:
            with ws.call_in_progress():
                counted.append(count_audit_rows(ws))
                started.set()
                assert locked.wait(10)
                counted.append(count_audit_rows(ws))  # its second step, after the lock
        except BaseException as exc:  # reported to the test thread
            failed.append(exc)

    worker = threading.Thread(target=two_steps)
    worker.start()
    assert started.wait(10)
    ws.lock("manual")
    locked.set()
    worker.join(10)
    assert failed == [] and len(counted) == 2
    with pytest.raises(PermissionDenied, match="locked"):
        count_audit_rows(ws)  # a new call, here, while locked


def test_a_call_begun_while_locked_is_refused(people: People) -> None:
    ws = people["admin"]
    ws.lock("manual")
    with pytest.raises(PermissionDenied, match="locked"), ws.call_in_progress():
        count_audit_rows(ws)
