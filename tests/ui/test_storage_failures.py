"""A save that the file refuses: the disk is full or the file has become read-only. The form
stays open with a message that says what happened and what to do, keeps every answer typed, and
the database is unchanged; once space or write access is back, the same click saves.

The full disk is SQLite's own: `max_page_count` caps the file at its size, so the write fails
inside SQLite with SQLITE_FULL exactly as on a full volume. The read-only file is `query_only`,
which fails writes with SQLITE_READONLY as a file remounted read-only does (a file opened for
writing stays writable after chmod, and root ignores modes)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from hai_desktop.core.errors import DatabaseFileError
from hai_desktop.services import catheter, labs
from hai_desktop.services.workspace import Workspace
from hai_desktop.store.models import AuditEntry, CatheterInspection, LabResult
from hai_desktop.ui.dialogs.catheter_inspection import InspectionDialog
from hai_desktop.ui.dialogs.lab_result import LabResultDialog
from tests.ui.conftest import OpenMain, answer_next_dialog
from tests.ui.test_catheter import (
    HAI_PATIENT,
    clean_answers,
    implant,
    open_catheter,
    type_answers,
    without_catheter,
)
from tests.ui.test_orders import patient, shot
from tests.ui.test_toxicity import open_toxicity


def pragma(ws: Workspace, statement: str) -> None:
    # One connection per open database (StaticPool): the pragma holds for every later write.
    raw = ws.db.engine.raw_connection()
    try:
        raw.cursor().execute(f"PRAGMA {statement}")
    finally:
        raw.close()


def state(ws: Workspace) -> tuple[int, ...]:
    with ws.db.read_session() as session:
        return tuple(int(session.scalar(select(func.count()).select_from(m)) or 0)
                     for m in (LabResult, CatheterInspection, AuditEntry))


@contextmanager
def full_disk(ws: Workspace, fill: Callable[[int], object]) -> Iterator[None]:
    """Cap the file at its size, then save like records until one no longer fits."""
    raw = ws.db.engine.raw_connection()
    try:
        pages = raw.cursor().execute("PRAGMA page_count").fetchone()[0]
    finally:
        raw.close()
    pragma(ws, f"max_page_count = {pages}")
    for attempt in range(500):
        try:
            fill(attempt)
        except DatabaseFileError as error:
            assert "full" in error.message
            break
    else:
        pytest.fail("the capped file never filled up")
    try:
        yield
    finally:
        pragma(ws, "max_page_count = 1073741823")


def test_disk_full_keeps_the_lab_form_and_saves_once_space_is_free(
        qtbot: QtBot, open_main: OpenMain, tmp_path: Path) -> None:
    main = open_main("nurse")
    screen = open_toxicity(main, "S-0004")
    patient_id = patient(main, "S-0004").id
    seen: dict[str, object] = {}

    def platelets(attempt: int) -> object:
        return labs.record_lab(main.ws, labs.LabInput(
            patient_id, "Platelet count decreased", f"{150 + attempt % 50} ×10⁹/L",
            date.today()))

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, LabResultDialog)
        dialog.select_term("Platelet count decreased")
        qtbot.keyClicks(dialog.value, "152 x10^9/L")
        with full_disk(main.ws, platelets):
            before = state(main.ws)
            dialog.ok_button.click()
            seen["message"] = dialog.refusal_text()
            seen["open"] = dialog.isVisible()
            seen["kept"] = dialog.value.text()
            shot(dialog, "storage-disk-full.png", tmp_path)
            seen["unchanged"] = state(main.ws) == before
            seen["before"] = before
        qtbot.keyClick(dialog.value, Qt.Key.Key_Return)  # the same form, saved now

    answer_next_dialog(qtbot, fill)
    screen.lab_button.click()
    qtbot.waitUntil(lambda: "before" in seen)
    assert "Nothing was saved" in str(seen["message"]) and "full" in str(seen["message"])
    assert "Free disk space" in str(seen["message"])
    assert seen["open"] and seen["kept"] == "152 x10^9/L" and seen["unchanged"]
    before = seen["before"]
    assert isinstance(before, tuple)
    assert state(main.ws)[0] == before[0] + 1


def test_read_only_file_keeps_every_inspection_answer(qtbot: QtBot, open_main: OpenMain,
                                                      tmp_path: Path) -> None:
    radiologist = open_main("radiologist")
    implant(radiologist.ws, without_catheter(radiologist.ws, HAI_PATIENT))
    main = open_main("nurse")
    screen = open_catheter(main, HAI_PATIENT)
    seen: dict[str, object] = {}

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, InspectionDialog)
        type_answers(qtbot, dialog, clean_answers())
        dialog.outcome.setFocus()
        qtbot.keyClicks(dialog.outcome, "f")
        before = state(main.ws)
        pragma(main.ws, "query_only = ON")
        try:
            dialog.ok_button.click()
            seen["message"] = dialog.refusal_text()
            seen["open"] = dialog.isVisible()
            shot(dialog, "storage-read-only.png", tmp_path)
            seen["kept"] = ({k: row.value() for k, row in dialog.answers.items()},
                            dialog.outcome.value())
            seen["unchanged"] = state(main.ws) == before
        finally:
            pragma(main.ws, "query_only = OFF")
        dialog.ok_button.click()

    answer_next_dialog(qtbot, fill)
    screen.inspect_button.click()
    qtbot.waitUntil(lambda: screen.record is not None and screen.record.today.allowed)
    assert "Nothing was saved" in str(seen["message"]) and "read-only" in str(seen["message"])
    assert "restore write access" in str(seen["message"])
    assert seen["open"] and seen["unchanged"]
    assert seen["kept"] == (clean_answers(), "fit")
    assert len(catheter.catheter_record(main.ws, patient(main, HAI_PATIENT).id).inspections) >= 1
