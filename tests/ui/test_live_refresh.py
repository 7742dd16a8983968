"""The window follows changes as they are committed: the patient header after a catheter
inspection, another workstation's allergy, nothing reloaded under a locked screen, and a
sign-in an administrator ended elsewhere signs out with a message."""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from hai_desktop.services import allergies, catheter, users
from hai_desktop.services.patients import list_patients
from hai_desktop.services.today import ItemKind
from hai_desktop.services.workspace import sign_in
from hai_desktop.settings import Settings
from hai_desktop.ui.background import run_in_background
from hai_desktop.ui.main_window import MainWindow
from hai_desktop.ui.screens.patients import PatientsScreen
from tests.ui.conftest import (
    PASSWORDS,
    OpenMain,
    answer_next_dialog,
    patients_screen,
    wait_for_background,
)
from tests.ui.test_catheter import clean_answers


def choose(main: MainWindow, display_id: str) -> int:
    screen = patients_screen(main)
    assert isinstance(screen, PatientsScreen)
    main.show_screen("patients")
    ids = [p.display_id for p in screen.visible_patients()]
    screen.select_row(ids.index(display_id))
    assert main.current_patient is not None
    return main.current_patient.id


def poll_now(qtbot: QtBot, main: MainWindow) -> None:
    """The timer's look for other workstations' changes, now rather than in refresh_seconds,
    once the worker's reload is done (a tick while the worker holds the database is skipped)."""
    wait_for_background(qtbot, main.ws)
    main.live.poll()


def penicillin(patient_id: int) -> allergies.AllergyInput:
    return allergies.AllergyInput(patient_id, "penicillin", "drug", "rash", "mild", "patient",
                                  date(2020, 5, 1))


def test_the_header_follows_an_inspection_made_on_another_screen(
        qtbot: QtBot, open_main: OpenMain) -> None:
    main = open_main("nurse")
    patient_id = choose(main, "HAI-003")
    main.show_screen("orders")  # not the catheter screen: only the event can tell the header
    assert "Catheter: inspect before HAI" in main.header.summary_text()
    catheter.record_inspection(main.ws, catheter.InspectionInput(
        patient_id=patient_id, answers=clean_answers(), outcome="fit"))
    qtbot.waitUntil(lambda: "Catheter: fit for HAI today" in main.header.summary_text())


def test_another_workstations_allergy_reaches_the_header_and_the_visible_list(
        qtbot: QtBot, open_main: OpenMain, demo_db: Path, settings: Settings) -> None:
    main = open_main("nurse")
    patient_id = choose(main, "HAI-003")
    there = sign_in(demo_db, "nurse2", PASSWORDS["nurse2"], settings)
    allergies.record_allergy(there, penicillin(patient_id))
    there.sign_out()
    assert "penicillin" not in main.header.allergy_line()
    poll_now(qtbot, main)
    qtbot.waitUntil(lambda: "penicillin" in main.header.allergy_line())


def test_nothing_reloads_while_locked_or_under_an_open_dialog(
        qtbot: QtBot, open_main: OpenMain, demo_db: Path, settings: Settings) -> None:
    main = open_main("nurse")
    patient_id = choose(main, "HAI-003")
    wait_for_background(qtbot, main.ws)  # what choosing loads is shown before the lock
    main.lock("manual")
    there = sign_in(demo_db, "nurse2", PASSWORDS["nurse2"], settings)
    allergies.record_allergy(there, penicillin(patient_id))
    there.sign_out()
    poll_now(qtbot, main)
    qtbot.wait(600)
    assert "penicillin" not in main.header.allergy_line(), "polled while locked"
    main.lock_screen.password.setText(PASSWORDS["nurse"])
    main.lock_screen.unlock_button.click()
    qtbot.waitUntil(lambda: not main.is_locked)
    # A modal dialog open: the change waits until it closes.
    seen: list[str] = []

    def look_then_close(box: object) -> None:
        poll_now(qtbot, main)
        qtbot.wait(600)
        seen.append(main.header.allergy_line())
        assert isinstance(box, QMessageBox)
        box.accept()

    answer_next_dialog(qtbot, look_then_close)
    QMessageBox.information(main, "A dialog", "Open while the change arrives")
    assert seen and "penicillin" not in seen[0]
    qtbot.waitUntil(lambda: "penicillin" in main.header.allergy_line())


def test_a_sign_in_ended_by_an_administrator_elsewhere_signs_out_with_a_message(
        qtbot: QtBot, open_main: OpenMain, demo_db: Path, settings: Settings) -> None:
    main = open_main("nurse2")
    admin = sign_in(demo_db, "admin", PASSWORDS["admin"], settings)
    users.deactivate_user(admin, "nurse2", "left the unit")
    admin.sign_out()
    messages: list[str] = []

    def read(box: object) -> None:
        assert isinstance(box, QMessageBox)
        messages.append(f"{box.text()} {box.informativeText()}")
        box.accept()

    answer_next_dialog(qtbot, read)
    with qtbot.waitSignal(main.signed_out, timeout=10_000):
        poll_now(qtbot, main)
    assert messages, "no message was shown"
    assert "administrator" in messages[0].lower(), messages
    assert not main.isVisible()
    assert QApplication.activeModalWidget() is None


def test_today_and_its_count_follow_a_change_without_leaving_the_screen(
        qtbot: QtBot, open_main: OpenMain) -> None:
    main = open_main("nurse")
    assert main.current_screen_key() == "today"
    assert main.sidebar.item(0).text() == "Today (2)"
    hai_003 = list_patients(main.ws, "HAI-003")[0]
    catheter.record_inspection(main.ws, catheter.InspectionInput(
        patient_id=hai_003.id, answers=clean_answers(), outcome="fit"))
    qtbot.waitUntil(lambda: main.sidebar.item(0).text() == "Today (1)")
    assert main.current_screen_key() == "today"
    assert [item.kind for item in main.today_screen.items] == [ItemKind.PRINT_ORDER]


def test_looking_for_changes_never_waits_for_the_worker(qtbot: QtBot,
                                                        open_main: OpenMain) -> None:
    """The file's one connection is the worker's during an export: the GUI thread's look at
    the audit trail would wait for it (a frozen window), so it skips that tick instead."""
    main = open_main("nurse")
    started, release = threading.Event(), threading.Event()
    finished: list[bool] = []

    def long_unit_of_work() -> None:
        with main.ws.db.turn():
            started.set()
            release.wait(10)
        finished.append(True)

    operation = run_in_background(None, main.ws, "slow", long_unit_of_work, keep_enabled=True)
    assert started.wait(10)
    main.live.poll()
    assert not finished, "the poll waited for the worker's unit of work"
    release.set()
    qtbot.waitUntil(lambda: operation.done)
