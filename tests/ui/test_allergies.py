"""Allergies from the Patients screen, through the real dialogs on the demo database: an allergy
recorded for a patient nobody had asked (each missing field refused at its field, nothing typed
lost) turns the header red; "no known allergies" (asked by the signed-in nurse by default, a
future date refused) makes it say so; a correction and a void each need a reason, the voided
entry stays struck through and the patient is "not yet asked" again; a monitor only reads."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from hai_desktop.core.allergies import AllergyState
from hai_desktop.services.allergies import allergies_for_patient, allergy_status_of
from hai_desktop.ui.dialogs.allergies import AllergiesDialog
from hai_desktop.ui.dialogs.allergy_entry import AllergyEntryDialog
from hai_desktop.ui.dialogs.no_known_allergies import NoKnownAllergiesDialog
from hai_desktop.ui.dialogs.reason import ReasonDialog
from hai_desktop.ui.main_window import MainWindow
from hai_desktop.ui.models.allergies import AllergyColumn
from hai_desktop.ui.screens.patients import PatientsScreen
from hai_desktop.ui.style import ERROR_RED
from hai_desktop.ui.widgets.common import select_data
from tests.ui.conftest import OpenMain, answer_next_dialog, patients_screen
from tests.ui.test_orders import shot
from tests.ui.test_screening import patient


def patients_on(main: MainWindow, number: str) -> PatientsScreen:
    """The Patients screen with `number` selected as a nurse would: a click on its row."""
    screen = patients_screen(main)
    assert isinstance(screen, PatientsScreen)
    main.show_screen("patients")
    ids = [p.screening_number for p in screen.visible_patients()]
    screen.select_row(ids.index(number))
    assert main.current_patient is not None and main.current_patient.screening_number == number
    return screen


def in_allergies(qtbot: QtBot, screen: PatientsScreen, work: object) -> None:
    """Open the allergies dialog from the screen's button, do `work(dialog)`, close it."""
    done: list[bool] = []

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, AllergiesDialog)
        try:
            work(dialog)  # type: ignore[operator]
            done.append(True)
        finally:
            dialog.reject()

    answer_next_dialog(qtbot, fill)
    screen.allergies_button.click()
    qtbot.waitUntil(lambda: bool(done))


def in_next(qtbot: QtBot, button: QWidget, work: object) -> None:
    """Click `button` in the open dialog and do `work` in the dialog it opens."""
    answer_next_dialog(qtbot, work)  # type: ignore[arg-type]
    button.click()  # type: ignore[attr-defined]


def band_is_red(main: MainWindow) -> bool:
    return ERROR_RED in main.header.allergy_value.styleSheet()


def test_an_allergy_for_a_patient_not_yet_asked_turns_the_header_red(
        qtbot: QtBot, open_main: OpenMain, tmp_path: Path) -> None:
    main = open_main("nurse")
    main.resize(1366, 768)
    screen = patients_on(main, "S-0001")
    assert main.header.allergy_state is AllergyState.NOT_ASKED
    assert "Allergies: ⚠ not yet asked" in main.header.summary_text()
    assert not band_is_red(main)
    seen: dict[str, object] = {}

    def record(entry: QWidget) -> None:
        assert isinstance(entry, AllergyEntryDialog)
        qtbot.keyClicks(entry.reaction, "generalised urticaria")
        qtbot.keyClick(entry.reaction, Qt.Key.Key_Return)  # Enter submits: no kind chosen
        assert entry.isVisible()
        seen["category"] = entry.errors.text("category")
        select_data(entry.category, "drug")
        select_data(entry.severity, "severe")
        entry.ok_button.click()
        seen["allergen"] = entry.errors.text("allergen")
        assert not entry.errors.text("category")  # the fixed field's line is gone
        qtbot.keyClicks(entry.allergen, "amoxicillin")
        entry.ok_button.click()
        seen["source"] = entry.errors.text("source")
        # Nothing typed or chosen is lost across the refusals.
        assert entry.reaction.text() == "generalised urticaria"
        assert (entry.category.currentData(), entry.severity.currentData()) == ("drug", "severe")
        qtbot.keyClicks(entry.source.lineEdit(), "GP referral letter")
        entry.noted_on.set_date(date.today() - timedelta(days=400))
        qtbot.wait(10)
        shot(entry, "allergy_entry.png", tmp_path)
        entry.ok_button.click()

    def work(dialog: AllergiesDialog) -> None:
        assert "Not yet asked" in dialog.status_label.text()
        in_next(qtbot, dialog.add_button, record)
        assert "Allergies recorded" in dialog.status_label.text()
        assert dialog.model.rowCount() == 1
        assert dialog.model.data(dialog.model.index(0, AllergyColumn.SEVERITY)) == "severe"
        assert dialog.changed
        qtbot.wait(10)
        shot(dialog, "allergies_dialog.png", tmp_path)

    in_allergies(qtbot, screen, work)
    assert "Enter the allergen" in str(seen["allergen"])
    assert "Choose the kind" in str(seen["category"])
    assert "Enter the source" in str(seen["source"])
    (row,) = allergies_for_patient(main.ws, screen.patient.id)  # type: ignore[union-attr]
    assert (row.allergen, row.category, row.reaction, row.severity, row.source) == (
        "amoxicillin", "drug", "generalised urticaria", "severe", "GP referral letter")
    # The header asked the services again when the dialog saved.
    assert main.header.allergy_state is AllergyState.RECORDED
    assert band_is_red(main)
    assert "Allergies: amoxicillin" in main.header.summary_text()
    assert "generalised urticaria (severe)" in main.header.allergy_value.toolTip()
    qtbot.wait(10)
    shot(main, "header_allergies.png", tmp_path)


def test_no_known_allergies_with_who_asked_and_when(qtbot: QtBot, open_main: OpenMain) -> None:
    main = open_main("nurse")
    screen = patients_on(main, "S-0002")
    assert main.header.allergy_state is AllergyState.NOT_ASKED
    seen: dict[str, str] = {}

    def state(statement: QWidget) -> None:
        assert isinstance(statement, NoKnownAllergiesDialog)
        seen["default"] = statement.asked_by.text()
        statement.asked_on.set_date(date.today() + timedelta(days=1))
        statement.ok_button.click()
        assert statement.isVisible()
        seen["future"] = statement.errors.text("asked_on")
        statement.asked_on.set_date(date.today())
        statement.ok_button.click()

    def work(dialog: AllergiesDialog) -> None:
        in_next(qtbot, dialog.none_button, state)
        seen["status"] = dialog.status_label.text()

    in_allergies(qtbot, screen, work)
    assert seen["default"] == main.ws.user.full_name
    assert "cannot be in the future" in seen["future"]
    assert f"asked by {main.ws.user.full_name}" in seen["status"]
    status = allergy_status_of(main.ws, screen.patient.id)  # type: ignore[union-attr]
    assert (status.state, status.asked_on) == (AllergyState.NONE_KNOWN, date.today())
    assert main.header.allergy_state is AllergyState.NONE_KNOWN
    assert "Allergies: none known" in main.header.summary_text()
    assert not band_is_red(main)


def test_a_correction_and_a_void_each_need_a_reason(qtbot: QtBot, open_main: OpenMain) -> None:
    main = open_main("pharmacist")
    screen = patients_on(main, "S-0004")
    assert band_is_red(main) and "penicillin" in main.header.summary_text()
    seen: dict[str, object] = {}

    def correct(entry: QWidget) -> None:
        assert isinstance(entry, AllergyEntryDialog)
        assert entry.allergen.text() == "penicillin"  # filled in from the entry
        select_data(entry.severity, "severe")
        entry.ok_button.click()
        assert entry.isVisible()
        seen["correction"] = entry.errors.text("reason")
        qtbot.keyClicks(entry.reason, "anaphylaxis per the 2019 discharge letter")
        entry.ok_button.click()

    def void(reason: QWidget) -> None:
        assert isinstance(reason, ReasonDialog)
        reason.ok_button.click()
        assert reason.isVisible()
        seen["void"] = reason.refusal_text()
        qtbot.keyClicks(reason.reason, "entered for the wrong patient")
        reason.ok_button.click()

    def work(dialog: AllergiesDialog) -> None:
        assert not dialog.correct_button.isEnabled()  # nothing selected yet
        assert dialog.select_allergen("penicillin")
        in_next(qtbot, dialog.correct_button, correct)
        assert dialog.model.data(dialog.model.index(0, AllergyColumn.SEVERITY)) == "severe"
        assert "(corrected)" in dialog.model.data(dialog.model.index(0, AllergyColumn.RECORDED))
        assert dialog.select_allergen("penicillin")
        in_next(qtbot, dialog.void_button, void)
        assert dialog.model.rowCount() == 0  # voided entries only when asked for
        assert "Not yet asked" in dialog.status_label.text()
        dialog.show_voided.setChecked(True)
        index = dialog.model.index(0, AllergyColumn.ALLERGEN)
        assert dialog.model.data(index) == "penicillin (voided)"
        assert dialog.model.data(index, Qt.ItemDataRole.FontRole).strikeOut()
        assert "entered for the wrong patient" in dialog.model.data(
            index, Qt.ItemDataRole.ToolTipRole)
        assert dialog.select_allergen("penicillin")  # a voided entry is not changed again
        assert not dialog.correct_button.isEnabled() and not dialog.void_button.isEnabled()

    in_allergies(qtbot, screen, work)
    assert seen["correction"] == "Give the reason for the correction."
    assert "reason" in str(seen["void"]).lower()
    (row,) = allergies_for_patient(main.ws, screen.patient.id,  # type: ignore[union-attr]
                                   include_voided=True)
    assert row.severity == "severe" and row.voided
    assert main.header.allergy_state is AllergyState.NOT_ASKED
    assert not band_is_red(main)


def test_a_monitor_reads_the_allergies_only(qtbot: QtBot, open_main: OpenMain) -> None:
    main = open_main("monitor")
    screen = patients_on(main, "S-0006")
    assert screen.allergies_button.isEnabled()
    assert "read only" in screen.allergies_button.toolTip()
    seen: dict[str, object] = {}

    def work(dialog: AllergiesDialog) -> None:
        seen["rows"] = dialog.model.rowCount()
        seen["buttons"] = [b.isVisible() for b in (dialog.add_button, dialog.correct_button,
                                                   dialog.void_button, dialog.none_button)]

    in_allergies(qtbot, screen, work)
    assert seen == {"rows": 2, "buttons": [False, False, False, False]}


def test_alt_a_opens_the_allergies_and_clashes_with_no_menu(qtbot: QtBot,
                                                           open_main: OpenMain) -> None:
    main = open_main("nurse")
    screen = patients_on(main, "S-0006")
    menus = {a.text().replace("&&", "")[a.text().index("&") + 1].lower()
             for a in main.menuBar().actions() if "&" in a.text()}
    assert "a" not in menus
    main.activateWindow()
    qtbot.waitUntil(main.isActiveWindow)
    opened: list[str] = []

    def look(dialog: QWidget) -> None:
        opened.append(dialog.windowTitle())
        dialog.reject()  # type: ignore[attr-defined]

    answer_next_dialog(qtbot, look)
    qtbot.keyClick(screen, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: bool(opened))
    assert opened == [f"Allergies — {patient(main, 'S-0006').display_id}"]
