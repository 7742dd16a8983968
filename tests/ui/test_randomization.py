"""Randomization screen on the real demo database: the two-step dialog (wrong password, out of
order, card mismatch, success), concealment in the envelopes table, buttons per role, void,
import refusals, the printed envelope set, the full-list export and resolving an incident.

The helpers at the top are shared with the randomization screenshot test.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from hai_desktop.core.arms import Arm
from hai_desktop.core.errors import ConflictError
from hai_desktop.core.randomization import (
    CSV_HEADER,
    GenerationParameters,
    generate_allocation_list,
    to_csv,
)
from hai_desktop.services.patients import get_patient
from hai_desktop.services.randomization import (
    UNUSED,
    USED,
    EnvelopeView,
    active_list,
    envelopes,
    incidents,
    peek_card_for_training,
    randomize,
)
from hai_desktop.ui.dialogs.allocation_list import (
    ExportListDialog,
    GenerateListDialog,
    ImportListDialog,
)
from hai_desktop.ui.dialogs.randomize import CARD_STEP, DONE_STEP, OPEN_STEP, RandomizeDialog
from hai_desktop.ui.dialogs.resolve_incident import ResolveIncidentDialog
from hai_desktop.ui.dialogs.void_envelope import VoidEnvelopeDialog
from hai_desktop.ui.main_window import MainWindow
from hai_desktop.ui.models.envelopes import EnvelopeColumn, EnvelopesModel
from hai_desktop.ui.screens.randomization import (
    ENVELOPES_TAB,
    INCIDENTS_TAB,
    LIST_TAB,
    NOT_YET,
    RANDOMIZED,
    WAITING,
    RandomizationScreen,
)
from tests.helpers import database_key, raw_connection
from tests.ui.conftest import PASSWORDS, OpenMain, patients_screen, wait_for_background
from tests.ui.test_screening import answer_next_dialog, patient, type_into


def randomization_screen(main: MainWindow) -> RandomizationScreen:
    screen = main.screens["randomization"]
    assert isinstance(screen, RandomizationScreen)
    return screen


def open_randomization(main: MainWindow, number: str | None) -> RandomizationScreen:
    """Make `number` the current patient and show the Randomization screen."""
    main.set_current_patient(patient(main, number) if number else None)
    main.show_screen("randomization")
    return randomization_screen(main)


def other_arm(arm: Arm) -> Arm:
    return Arm.CONTROL if arm is Arm.HAI else Arm.HAI


def envelope(main: MainWindow, number: str) -> EnvelopeView:
    return next(e for e in envelopes(main.ws) if e.number == number)


def shown(widget: QWidget) -> bool:
    """Shown when its tab is current (tabs hide their pages' widgets from isVisible)."""
    return not widget.isHidden()


# ---- randomizing through the dialog ------------------------------------------------------------

def test_wrong_password_out_of_order_then_card_mismatch_raises_an_incident(
        qtbot: QtBot, open_main: OpenMain) -> None:
    main = open_main("coordinator")
    screen = open_randomization(main, "S-0003")
    panel = screen.patient_panel
    assert panel.state == WAITING
    assert "S1-002" in panel.text() and "ECOG 0 / adjuvant no" in panel.text()
    assert panel.randomize_button.isVisible() and panel.randomize_button.isEnabled()
    card = peek_card_for_training(main.ws, "S1-002")
    steps: list[str] = []

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, RandomizeDialog)
        assert dialog.step() == OPEN_STEP
        assert dialog.open_heading.text() == "Open envelope S1-002"
        qtbot.keyClick(dialog.opened_button, Qt.Key.Key_Return)
        assert dialog.step() == CARD_STEP
        assert dialog.card_heading.text() == "I opened envelope S1-002"
        assert dialog.chosen_arm() is None  # nothing pre-selected: read it off the card
        dialog.randomize_button.click()
        assert "Choose the arm" in dialog.refusal_text()
        dialog.arm_buttons[other_arm(card)].click()
        qtbot.keyClicks(dialog.password, "not-my-password")
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)  # Enter submits
        assert dialog.isVisible() and "password is wrong" in dialog.refusal_text()
        assert dialog.password.text() == ""  # only the password is cleared
        assert dialog.chosen_arm() is other_arm(card)
        assert dialog.envelope_number.text() == "S1-002"
        steps.append("wrong password")
        type_into(qtbot, dialog.envelope_number, "S1-004")
        assert dialog.card_heading.text() == "I opened envelope S1-004"
        qtbot.keyClicks(dialog.password, PASSWORDS["coordinator"])
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
        assert "not the next one" in dialog.refusal_text()
        assert "open envelope S1-002" in dialog.refusal_text()
        assert dialog.randomize_button.isEnabled() and not dialog.raised_incidents
        steps.append("out of order")
        type_into(qtbot, dialog.envelope_number, "S1-002")
        qtbot.keyClicks(dialog.password, PASSWORDS["coordinator"])
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
        assert dialog.randomization is None
        assert "disagrees with the allocation list" in dialog.refusal_text()
        assert f"incident #{dialog.raised_incidents[0]} was raised" in dialog.refusal_text()
        assert not dialog.randomize_button.isEnabled()
        assert dialog.cancel_button.text() == "Close"
        steps.append("mismatch")
        dialog.cancel_button.click()

    answer_next_dialog(qtbot, fill)
    qtbot.mouseClick(panel.randomize_button, Qt.MouseButton.LeftButton)
    assert steps == ["wrong password", "out of order", "mismatch"]
    # Nothing was allocated; the patient waits for the investigator.
    fresh = get_patient(main.ws, patient(main, "S-0003").id)
    assert fresh is not None and fresh.study_id is None and fresh.arm is None
    assert envelope(main, "S1-002").status == UNUSED
    assert [i.kind for i in incidents(main.ws, open_only=True, medication_errors=False)] == [
        "envelope card mismatch"]
    raised = incidents(main.ws, open_only=True, medication_errors=False)[0].id
    assert f"Incident #{raised} about S-0003 is open" in panel.text()
    assert not panel.randomize_button.isEnabled()
    assert screen.tabs.tabText(INCIDENTS_TAB) == "I&ncidents (1 open)"
    assert screen.incident_badge.isVisible()
    assert main.header.summary_text().startswith("S-0003")


def test_coordinator_randomizes_s0003_and_everything_shows_the_study_id(
        qtbot: QtBot, open_main: OpenMain) -> None:
    main = open_main("coordinator")
    screen = open_randomization(main, "S-0003")
    card = peek_card_for_training(main.ws, "S1-002")
    seen: list[str] = []

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, RandomizeDialog)
        dialog.opened_button.click()
        dialog.arm_buttons[card].click()
        qtbot.keyClicks(dialog.password, PASSWORDS["coordinator"])
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
        assert dialog.step() == DONE_STEP, dialog.refusal_text()
        seen.append(dialog.study_id_label.text())
        seen.append(dialog.arm_label.text())
        # The header refreshes while the confirmation is still open.
        assert main.header.summary_text().startswith("HAI-008")
        qtbot.keyClick(dialog.close_button, Qt.Key.Key_Return)

    answer_next_dialog(qtbot, fill)
    screen.patient_panel.randomize_button.click()
    assert seen[0] == "HAI-008" and seen[1].startswith(card.short)
    current = main.current_patient
    assert current is not None and current.study_id == "HAI-008" and current.arm is card
    assert f"Arm: {card.short}" in main.header.summary_text()
    patients = patients_screen(main)
    wait_for_background(qtbot, main.ws)  # the list is reloaded on the worker
    assert "HAI-008" in [p.study_id for p in patients.visible_patients()]  # type: ignore[attr-defined]
    panel = screen.patient_panel
    assert panel.state == RANDOMIZED and not shown(panel.randomize_button)
    assert "HAI-008" in panel.text() and "S1-002" in panel.text()
    model = screen.envelopes_panel.model
    row = model.row_of("S1-002")
    assert row is not None
    assert model.index(row, EnvelopeColumn.STATUS).data() == "Used"
    assert model.index(row, EnvelopeColumn.ARM).data() == card.short
    assert model.index(row, EnvelopeColumn.STUDY_ID).data() == "HAI-008"
    summary = active_list(main.ws)
    assert summary is not None and summary.allocated_hai + summary.allocated_control == 8


def test_an_ineligible_or_unscreened_patient_cannot_be_randomized(open_main: OpenMain) -> None:
    main = open_main("coordinator")
    screen = open_randomization(main, "S-0001")
    assert screen.patient_panel.state == NOT_YET
    assert not shown(screen.patient_panel.randomize_button)
    assert "confirmed eligible screening" in screen.patient_panel.text()
    screen = open_randomization(main, "S-0006")
    assert screen.patient_panel.state == RANDOMIZED
    assert "HAI-003" in screen.patient_panel.text() and "S1-001" in screen.patient_panel.text()


# ---- concealment and permissions ---------------------------------------------------------------

def test_the_envelopes_table_never_shows_an_unopened_arm(open_main: OpenMain) -> None:
    main = open_main("monitor")
    screen = open_randomization(main, None)
    screen.tabs.setCurrentIndex(ENVELOPES_TAB)
    model = screen.envelopes_panel.model
    arm_words = {a.short for a in Arm} | {a.label for a in Arm}
    statuses = {}
    for row in range(model.rowCount()):
        view = model.row_at(row)
        statuses[view.status] = statuses.get(view.status, 0) + 1
        texts = [model.index(row, c).data() for c in EnvelopeColumn]
        if view.status == USED:
            assert texts[EnvelopeColumn.ARM] in {a.short for a in Arm}
        else:
            assert texts[EnvelopeColumn.ARM] == ""
            assert not any(word in (text or "") for text in texts for word in arm_words)
    assert statuses["used"] == 7 and statuses["voided"] == 1 and statuses["unused"] > 100
    # Even a row object that carried an arm shows none unless the envelope was used.
    leaky = EnvelopesModel()
    view = model.row_at(model.row_of("S1-004") or 0)
    leaky.set_rows([EnvelopeView(view.number, view.stratum, UNUSED, Arm.HAI, None, None, None)])
    assert leaky.index(0, EnvelopeColumn.ARM).data() == ""
    # The stratum filter shows one stratum only.
    panel = screen.envelopes_panel
    panel.stratum_filter.setCurrentIndex(panel.stratum_filter.findData("S2"))
    assert panel.proxy.rowCount() > 0
    assert all(panel.proxy.index(r, EnvelopeColumn.NUMBER).data().startswith("S2-")
               for r in range(panel.proxy.rowCount()))
    assert "of 124 envelopes" in panel.count_label.text()


@pytest.mark.parametrize("username", ["nurse", "monitor"])
def test_read_only_roles_see_no_allocation_buttons(open_main: OpenMain, username: str) -> None:
    main = open_main(username)
    screen = open_randomization(main, "S-0003")
    assert screen.patient_panel.state == WAITING
    assert "coordinator or investigator randomizes" in screen.patient_panel.hint.text()
    hidden = (screen.patient_panel.randomize_button, screen.list_panel.import_button,
              screen.list_panel.generate_button, screen.list_panel.print_button,
              screen.list_panel.export_button, screen.envelopes_panel.void_button,
              screen.incidents_panel.resolve_button)
    assert not any(shown(button) for button in hidden)
    assert screen.envelopes_panel.model.rowCount() == 124  # they still see the list


def test_each_role_gets_its_own_buttons(open_main: OpenMain) -> None:
    main = open_main("coordinator")
    screen = open_randomization(main, "S-0003")
    lp = screen.list_panel
    assert all(shown(b) for b in (screen.patient_panel.randomize_button, lp.import_button,
                                  lp.generate_button, lp.print_button,
                                  screen.envelopes_panel.void_button))
    assert not shown(lp.export_button) and not shown(screen.incidents_panel.resolve_button)
    main.close()
    admin = open_main("admin")
    screen = open_randomization(admin, "S-0003")
    assert shown(screen.list_panel.export_button) and shown(screen.list_panel.import_button)
    assert not shown(screen.patient_panel.randomize_button)
    assert not shown(screen.envelopes_panel.void_button)


def test_a_real_database_offers_no_list_generation(qtbot: QtBot, tmp_path: Path) -> None:
    """Lists are generated only in a TRAINING database (issue #18, attack 7): a real one only
    imports the statistician's list."""
    from hai_desktop.services.workspace import create_database
    from tests.conftest import make_settings

    ws, _code = create_database(tmp_path / "hai.db", admin_username="admin",
                                admin_full_name="Admin", admin_password="first-secret-1",
                                settings=make_settings(tmp_path))
    main = MainWindow(ws)
    qtbot.addWidget(main)
    main.show()
    screen = open_randomization(main, None)
    assert shown(screen.list_panel.import_button)
    assert not shown(screen.list_panel.generate_button)


# ---- envelopes, list, incidents ----------------------------------------------------------------

def test_void_an_envelope_with_a_reason(qtbot: QtBot, open_main: OpenMain) -> None:
    main = open_main("coordinator")
    screen = open_randomization(main, None)
    screen.tabs.setCurrentIndex(ENVELOPES_TAB)
    panel = screen.envelopes_panel
    assert panel.select("S2-001")  # used: cannot be voided
    assert not panel.void_button.isEnabled()
    assert panel.select("S2-003")
    assert panel.void_button.isEnabled()
    steps: list[str] = []

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, VoidEnvelopeDialog)
        assert "S2-003" in dialog.intro.text()
        dialog.ok_button.click()
        assert dialog.isVisible() and "reason" in dialog.refusal_text()
        steps.append("reason required")
        qtbot.keyClicks(dialog.reason, "torn in storage")
        qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)

    answer_next_dialog(qtbot, fill)
    panel.void_button.click()
    assert steps == ["reason required"]
    voided = envelope(main, "S2-003")
    assert voided.status == "voided" and voided.void_reason == "torn in storage"
    row = panel.model.row_of("S2-003")
    assert row is not None
    assert panel.model.index(row, EnvelopeColumn.STATUS).data() == "Voided"
    assert panel.model.index(row, EnvelopeColumn.VOID_REASON).data() == "torn in storage"
    assert panel.model.index(row, EnvelopeColumn.ARM).data() == ""
    assert "S2-003 voided" in panel.message.text()
    assert not panel.void_button.isEnabled()  # the selection stays on the voided envelope
    balance = screen.list_panel.balance_model.rows()
    assert balance[1].voided == 1 and balance[-1].voided == 2


def test_import_refusals_are_shown_in_the_dialog(qtbot: QtBot, open_main: OpenMain,
                                                  tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    main = open_main("coordinator")
    screen = open_randomization(main, None)
    screen.tabs.setCurrentIndex(LIST_TAB)
    malformed = tmp_path / "malformed.csv"
    malformed.write_text(",".join(CSV_HEADER) + "\nS1-001,S1,HAI\nS1-002,S9,CONTROL\n",
                         encoding="utf-8")
    other = tmp_path / "other-list.csv"
    other.write_bytes(to_csv(generate_allocation_list(GenerationParameters("ab" * 16, 10,
                                                                           (2, 4)))))
    chosen = iter([str(malformed), str(other)])
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (next(chosen), ""))
    before = active_list(main.ws)
    steps: list[str] = []

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, ImportListDialog)
        dialog.ok_button.click()
        assert "Choose the CSV file" in dialog.refusal_text()
        dialog.file.button.click()
        assert dialog.file.text() == str(malformed)
        qtbot.keyClicks(dialog.source_note, "central statistician, version 2")
        qtbot.keyClick(dialog.source_note, Qt.Key.Key_Return)
        assert dialog.isVisible()
        assert "Line 3: stratum 'S9'" in dialog.refusal_text()
        steps.append("malformed")
        dialog.file.button.click()
        dialog.ok_button.click()
        assert dialog.isVisible()
        assert "An allocation list is in use" in dialog.refusal_text()
        assert dialog.source_note.text() == "central statistician, version 2"
        steps.append("in use")
        dialog.reject()

    answer_next_dialog(qtbot, fill)
    screen.list_panel.import_button.click()
    assert steps == ["malformed", "in use"]
    after = active_list(main.ws)
    assert before is not None and after is not None and after.sha256 == before.sha256


def test_print_the_envelope_set_as_pdf(qtbot: QtBot, open_main: OpenMain, tmp_path: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    main = open_main("coordinator")
    screen = open_randomization(main, None)
    screen.tabs.setCurrentIndex(LIST_TAB)
    target = tmp_path / "envelopes"  # no suffix: .pdf is added
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    screen.list_panel.print_button.click()
    wait_for_background(qtbot, main.ws)
    pdf = target.with_suffix(".pdf")
    assert pdf.exists(), screen.list_panel.message.text()
    text = "\n".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "Sealed envelope set" in text and "S1-002" in text and "TRAINING" in text
    assert "S1-001" not in text  # used envelopes are not printed again
    assert "saved as" in screen.list_panel.message.text()


def test_admin_exports_the_full_list_with_a_reason(qtbot: QtBot, open_main: OpenMain,
                                                   tmp_path: Path) -> None:
    main = open_main("admin")
    screen = open_randomization(main, None)
    screen.tabs.setCurrentIndex(LIST_TAB)
    target = tmp_path / "full-list.csv"

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, ExportListDialog)
        assert "unblinds" in dialog.intro.text()
        dialog.file.set_text(str(target))
        dialog.ok_button.click()
        assert dialog.isVisible() and "give the reason" in dialog.refusal_text()
        qtbot.keyClicks(dialog.reason, "DSMB request")
        qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)

    answer_next_dialog(qtbot, fill)
    screen.list_panel.export_button.click()
    with target.open(encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    assert tuple(rows[0]) == CSV_HEADER and len(rows) == 125
    assert "124 envelopes exported" in screen.list_panel.message.text()


def test_investigator_resolves_an_incident(qtbot: QtBot, open_main: OpenMain) -> None:
    main = open_main("investigator")
    s3 = patient(main, "S-0003")
    card = peek_card_for_training(main.ws, "S1-002")
    number = len(incidents(main.ws)) + 1  # after the demo's own (a medication error)
    with pytest.raises(ConflictError, match=f"incident #{number}"):
        randomize(main.ws, s3.id, envelope_number="S1-002", arm_on_card=other_arm(card),
                  password=PASSWORDS["investigator"])
    screen = open_randomization(main, "S-0003")
    assert not screen.patient_panel.randomize_button.isEnabled()
    screen.tabs.setCurrentIndex(INCIDENTS_TAB)
    panel = screen.incidents_panel
    assert screen.incident_badge.text() == "⚠ 1 open incident"
    assert panel.model.rowCount() == 1 and panel.resolve_button.isEnabled()
    assert "S1-002" in panel.detail.text()

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, ResolveIncidentDialog)
        dialog.ok_button.click()
        assert dialog.isVisible() and "resolved" in dialog.refusal_text()
        qtbot.keyClicks(dialog.resolution, "Card re-read with the coordinator: misread. "
                                           "Randomize with S1-002.")
        dialog.ok_button.click()

    answer_next_dialog(qtbot, fill)
    panel.resolve_button.click()
    assert incidents(main.ws, open_only=True, medication_errors=False) == []
    assert not screen.incident_badge.isVisible()
    assert screen.tabs.tabText(INCIDENTS_TAB) == "I&ncidents"
    assert "No open incidents" in panel.empty.text() and panel.model.rowCount() == 0
    panel.show_resolved.setChecked(True)
    assert panel.model.rowCount() == 1 and "Randomize with S1-002" in panel.detail.text()
    assert screen.patient_panel.randomize_button.isEnabled()  # S-0003 may go ahead


def test_a_tampered_list_shows_in_the_status_bar_and_stops_randomizing(
        demo_db: Path, open_main: OpenMain) -> None:
    key = database_key(demo_db, "coordinator", PASSWORDS["coordinator"])
    with raw_connection(demo_db, key) as conn:
        conn.execute("DROP TRIGGER envelopes_sealed")
        conn.execute("UPDATE envelopes SET arm = CASE arm WHEN 'hai' THEN 'control' "
                     "ELSE 'hai' END WHERE number = 'S2-004'")
    main = open_main("coordinator")
    assert main.allocation_status.isVisible()
    assert "Allocation list check failed" in main.allocation_status.text()
    assert "altered" in main.allocation_status.toolTip()
    screen = open_randomization(main, "S-0003")
    assert "does not match its fingerprint" in screen.patient_panel.text()
    assert not screen.patient_panel.randomize_button.isEnabled()
    assert "does not match" in screen.list_panel.values["integrity"].text()


def test_an_intact_list_shows_no_status_bar_warning(open_main: OpenMain) -> None:
    main = open_main("nurse")
    assert not main.allocation_status.isVisible()


def test_generating_over_a_list_in_use_extends_it(qtbot: QtBot, open_main: OpenMain) -> None:
    main = open_main("coordinator")
    screen = open_randomization(main, None)
    screen.tabs.setCurrentIndex(LIST_TAB)
    before = {e.number: e.status for e in envelopes(main.ws)}

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, GenerateListDialog)
        assert "same seed extends it" in dialog.intro.text()
        type_into(qtbot, dialog.block_sizes, "2, 3")
        dialog.ok_button.click()
        assert dialog.isVisible() and "even" in dialog.refusal_text()
        type_into(qtbot, dialog.block_sizes, "2, 4")
        dialog.per_stratum.setValue(40)
        dialog.ok_button.click()

    answer_next_dialog(qtbot, fill)
    screen.list_panel.generate_button.click()
    after = {e.number: e.status for e in envelopes(main.ws)}
    assert len(after) >= 160 and all(after[n] == s for n, s in before.items())
    assert screen.envelopes_panel.model.rowCount() == len(after)
    assert "Allocation list generated" in screen.list_panel.message.text()
