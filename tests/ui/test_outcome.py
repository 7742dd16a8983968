"""The resection outcome from the Patients screen, driven offscreen on a demo copy: the button
only for the investigator and only for a randomized patient; a first record (a date in the
future refused in the dialog, nothing lost), a correction that needs its reason; both read back
through the service."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from pytestqt.qtbot import QtBot

from hai_desktop.services import outcomes, randomization
from hai_desktop.services.patients import list_patients
from hai_desktop.services.workspace import sign_in
from hai_desktop.settings import Settings
from hai_desktop.ui.dialogs.resection_outcome import ResectionOutcomeDialog
from hai_desktop.ui.main_window import MainWindow
from hai_desktop.ui.screens.patients import PatientsScreen
from tests.ui.conftest import PASSWORDS, OpenMain, fill_through_dialog, patients_screen
from tests.ui.test_catheter import small_shot

TODAY = date.today()


def shown_patients(main: MainWindow) -> PatientsScreen:
    """The Patients screen shown (Today is the first screen), its rows arrived from the
    worker."""
    main.show_screen("patients")
    return patients_screen(main)


def select(screen: PatientsScreen, display_id: str) -> None:
    screen.select_row([p.display_id for p in screen.visible_patients()].index(display_id))


def randomize_s0003(demo_db: Path, settings: Settings) -> str:
    """S-0003 waits for randomization in the demo: randomize it as the coordinator would."""
    coordinator = sign_in(demo_db, "coordinator", PASSWORDS["coordinator"], settings)
    try:
        patient_id = list_patients(coordinator, "S-0003")[0].id
        offer = randomization.next_envelope(coordinator, patient_id)
        card = randomization.peek_card_for_training(coordinator, offer.number)
        return randomization.randomize(coordinator, patient_id, envelope_number=offer.number,
                                       arm_on_card=card,
                                       password=PASSWORDS["coordinator"]).study_id
    finally:
        coordinator.sign_out()


def through_dialog(qtbot: QtBot, screen: PatientsScreen,
                   fill: Callable[[ResectionOutcomeDialog], None]) -> None:
    assert screen.outcome_button is not None
    fill_through_dialog(qtbot, ResectionOutcomeDialog, screen.outcome_button, fill)


def test_the_button_is_the_investigators_for_randomized_patients(open_main: OpenMain) -> None:
    screen = shown_patients(open_main("investigator"))
    assert screen.outcome_button.isVisible() and not screen.outcome_button.isEnabled()
    select(screen, "S-0003")  # eligible, not randomized
    assert not screen.outcome_button.isEnabled()
    select(screen, "HAI-001")
    assert screen.outcome_button.isEnabled()
    for username in ("nurse", "coordinator", "monitor"):
        other = shown_patients(open_main(username))
        select(other, "HAI-001")
        assert not other.outcome_button.isVisible(), username


def test_the_investigator_records_a_resection_through_the_dialog(
        qtbot: QtBot, open_main: OpenMain, demo_db: Path, settings: Settings,
        tmp_path: Path) -> None:
    study_id = randomize_s0003(demo_db, settings)
    main = open_main("investigator")
    main.resize(1280, 800)
    screen = shown_patients(main)
    screen.reload()
    select(screen, study_id)
    seen: dict[str, object] = {}

    def fill(dialog: ResectionOutcomeDialog) -> None:
        assert dialog.windowTitle() == "Record the outcome"
        assert not dialog.is_row_visible(dialog.reason), "a first record needs no reason"
        assert dialog.resection.currentData() == "", "nothing is pre-chosen"
        assert not dialog.is_row_visible(dialog.surgery_date)
        dialog.ok_button.click()  # nothing chosen
        seen["nothing"] = dialog.refusal_text()
        dialog.resection.setCurrentIndex(dialog.resection.findData("yes"))
        assert dialog.is_row_visible(dialog.surgery_date)
        assert dialog.is_row_visible(dialog.margin)
        qtbot.keyClicks(dialog.surgery_date.edit, (TODAY + timedelta(days=3)).isoformat())
        dialog.margin.setCurrentIndex(dialog.margin.findData("R1"))
        qtbot.keyClicks(dialog.note, "segment 6/7 resection")
        dialog.ok_button.click()  # surgery in the future
        seen["future"] = dialog.refusal_text()
        assert dialog.isVisible() and dialog.note.text() == "segment 6/7 resection"
        assert dialog.focusWidget() in (dialog.surgery_date.edit, dialog.surgery_date)
        dialog.surgery_date.edit.clear()
        qtbot.keyClicks(dialog.surgery_date.edit, "t")
        small_shot(dialog, "outcome-record-dialog.png", tmp_path)
        dialog.ok_button.click()

    through_dialog(qtbot, screen, fill)
    assert "yes, no or not yet" in str(seen["nothing"])
    assert "in the future" in str(seen["future"])
    qtbot.waitUntil(lambda: screen.message.isVisible())
    assert screen.message.text() == f"Outcome of {study_id} saved."
    assert main.current_patient is not None
    view = outcomes.outcome_of(main.ws, main.current_patient.id)
    assert view is not None
    assert (view.liver_resection, view.surgery_date, view.margin, view.note,
            view.recorded_by) == ("yes", TODAY, "R1", "segment 6/7 resection", "investigator")
    small_shot(main, "outcome-patients-screen.png", tmp_path)


def test_a_correction_needs_its_reason(qtbot: QtBot, open_main: OpenMain,
                                       tmp_path: Path) -> None:
    main = open_main("investigator")
    screen = shown_patients(main)
    select(screen, "HAI-002")
    seen: dict[str, object] = {}

    def fill(dialog: ResectionOutcomeDialog) -> None:
        assert dialog.windowTitle() == "Correct the outcome"
        assert dialog.resection.currentData() == "not yet"
        assert dialog.note.text() == "TRAINING: restaging CT after cycle 4 planned"
        assert "Recorded by investigator" in dialog.intro.text()
        assert dialog.is_row_visible(dialog.reason)
        dialog.resection.setCurrentIndex(dialog.resection.findData("no"))
        assert not dialog.is_row_visible(dialog.margin)
        dialog.note.setText("progression in the remnant liver")
        dialog.ok_button.click()  # no reason
        seen["error"] = dialog.refusal_text()
        assert dialog.focusWidget() is dialog.reason
        qtbot.keyClicks(dialog.reason, "MDT 2026: not resectable")
        small_shot(dialog, "outcome-correct-dialog.png", tmp_path)
        dialog.ok_button.click()

    through_dialog(qtbot, screen, fill)
    assert "reason" in str(seen["error"]).lower()
    qtbot.waitUntil(lambda: screen.message.isVisible())
    assert main.current_patient is not None
    view = outcomes.outcome_of(main.ws, main.current_patient.id)
    assert view is not None
    assert (view.liver_resection, view.note, view.updated_by) == (
        "no", "progression in the remnant liver", "investigator")


def test_the_resected_demo_patient_opens_with_date_and_margin(
        qtbot: QtBot, open_main: OpenMain, tmp_path: Path) -> None:
    screen = shown_patients(open_main("investigator"))
    select(screen, "HAI-004")

    def fill(dialog: ResectionOutcomeDialog) -> None:
        assert dialog.resection.currentData() == "yes"
        assert dialog.surgery_date.date() == TODAY and dialog.margin.currentData() == "R0"
        assert dialog.is_row_visible(dialog.margin)
        small_shot(dialog, "outcome-resected-dialog.png", tmp_path)
        dialog.reject()

    through_dialog(qtbot, screen, fill)
    assert not screen.message.isVisible()
