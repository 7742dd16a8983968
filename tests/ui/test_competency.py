"""HAI competency on the Administration screen, on the demo database: every user who accesses
the catheter is listed (nurse2 with none recorded); an administrator records nurse2's training
through the dialog (no trainer and a future date refused at their fields, the validity of the
site rule shown) and voids the nurse's with a reason; the catheter inspection follows: refused
to nurse2 before and allowed after, allowed to the nurse before and refused after. Others only
read the list."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from hai_desktop.core.errors import PermissionDenied
from hai_desktop.services import catheter, competency
from hai_desktop.services.competency import add_months, competency_valid
from hai_desktop.services.workspace import Workspace
from hai_desktop.ui.dialogs.hai_competency import CompetencyDialog
from hai_desktop.ui.dialogs.reason import ReasonDialog
from hai_desktop.ui.main_window import MainWindow
from hai_desktop.ui.models.competency import (
    EXPIRED,
    NONE,
    RENEWED,
    VALID,
    VOIDED,
    CompetencyColumn,
)
from hai_desktop.ui.screens.administration import AdministrationScreen
from hai_desktop.ui.screens.administration_competency import CompetencyPanel
from hai_desktop.ui.style import ERROR_RED, MUTED
from tests.services.test_catheter import inspection
from tests.ui.conftest import OpenMain, fill_through_dialog
from tests.ui.test_orders import shot
from tests.ui.test_screening import patient


def competency_tab(main: MainWindow) -> CompetencyPanel:
    main.show_screen("administration")
    screen = main.screens["administration"]
    assert isinstance(screen, AdministrationScreen)
    screen.show_tab(screen.competency)
    return screen.competency


def inspect_s0006(ws: Workspace, main: MainWindow) -> int:
    """A fit inspection of S-0006's catheter today by the user of `ws`."""
    return catheter.record_inspection(ws, inspection(patient(main, "S-0006").id))


def test_record_and_void_a_competency_then_the_inspection_follows(
        qtbot: QtBot, open_main: OpenMain, tmp_path: Path) -> None:
    nurse, nurse2 = open_main("nurse"), open_main("nurse2")
    with pytest.raises(PermissionDenied, match="no HAI competency is recorded for you"):
        inspect_s0006(nurse2.ws, nurse2)
    assert inspect_s0006(nurse.ws, nurse)

    admin = open_main("admin")
    admin.resize(1366, 768)
    panel = competency_tab(admin)
    assert panel.record_button is not None and panel.void_button is not None
    assert "valid for <b>12 months</b> [site rule]" in panel.rule_note.text()
    # The demo's yearly trainings: the two before this year's are renewed, not an alarm.
    assert panel.state_of("nurse") == [RENEWED, RENEWED, VALID]
    assert panel.state_of("radiologist") == [RENEWED, RENEWED, VALID]
    assert panel.state_of("nurse2") == [NONE]
    assert panel.state_of("admin") == [], "only roles that access the catheter are listed"
    panel.select_row(panel.rows_of("nurse2")[0])
    seen: dict[str, str] = {}
    trained = date.today() - timedelta(days=3)

    def record(dialog: CompetencyDialog) -> None:
        assert dialog.user.currentData() == "nurse2"  # the selected person
        assert dialog.valid_until.text() == f"valid until {add_months(date.today(), 12):%d %b %Y}"
        dialog.ok_button.click()
        assert dialog.isVisible()
        seen["trainer"] = dialog.errors.text("trainer")
        qtbot.keyClicks(dialog.trainer, "Dr Tae-hyun Kang, IR")
        dialog.trained_on.set_date(date.today() + timedelta(days=1))
        dialog.ok_button.click()
        seen["future"] = dialog.errors.text("trained_on")
        assert dialog.trainer.text() == "Dr Tae-hyun Kang, IR"  # nothing typed is lost
        dialog.trained_on.set_date(trained)
        seen["until"] = dialog.valid_until.text()
        qtbot.keyClicks(dialog.note, "port access and HAI pump, supervised twice")
        qtbot.wait(10)
        shot(dialog, "competency_dialog.png", tmp_path)
        qtbot.keyClick(dialog.note, Qt.Key.Key_Return)

    fill_through_dialog(qtbot, CompetencyDialog, panel.record_button, record)
    assert "Name who trained" in seen["trainer"]
    assert "cannot be in the future" in seen["future"]
    assert seen["until"] == f"valid until {add_months(trained, 12):%d %b %Y}"
    assert panel.state_of("nurse2") == [VALID]
    row = panel.rows_of("nurse2")[0]
    model = panel.model
    assert model.data(model.index(row, CompetencyColumn.TRAINER)) == "Dr Tae-hyun Kang, IR"
    assert model.data(model.index(row, CompetencyColumn.VALID_UNTIL)) == \
        f"{add_months(trained, 12):%d %b %Y}"
    assert competency_valid(admin.ws, "nurse2")

    panel.select_row(panel.rows_of("nurse")[-1])  # this year's training
    assert panel.void_button.isEnabled()

    def void(dialog: ReasonDialog) -> None:
        assert "may not inspect the catheter" in dialog.intro.text()
        dialog.ok_button.click()
        assert dialog.isVisible()
        seen["void"] = dialog.refusal_text()
        qtbot.keyClicks(dialog.reason, "recorded for the wrong person")
        dialog.ok_button.click()

    fill_through_dialog(qtbot, ReasonDialog, panel.void_button, void)
    assert "reason" in seen["void"].lower()
    # The voided one stays, struck through, and last year's training shows expired again.
    assert panel.state_of("nurse") == [RENEWED, EXPIRED, VOIDED]
    voided = model.index(panel.rows_of("nurse")[-1], CompetencyColumn.NOTE)
    assert model.data(voided) == "voided: recorded for the wrong person"
    assert model.data(voided, Qt.ItemDataRole.FontRole).strikeOut()
    panel.select_row(panel.rows_of("nurse")[-1])
    assert not panel.void_button.isEnabled(), "a voided competency is not voided again"
    qtbot.wait(10)
    shot(admin, "administration_competency.png", tmp_path)

    assert inspect_s0006(nurse2.ws, nurse2)
    with pytest.raises(PermissionDenied, match="your HAI competency expired on"):
        inspect_s0006(nurse.ws, nurse)
    # A person whose only training is voided is listed as having none.
    (only,) = [c.id for c in competency.competencies(admin.ws) if c.username == "nurse2"]
    competency.void_competency(admin.ws, only, "entered twice")
    panel.reload()
    assert panel.state_of("nurse2") == [VOIDED, NONE]


def test_others_read_the_list_and_an_expired_one_shows(open_main: OpenMain) -> None:
    main = open_main("investigator")
    panel = competency_tab(main)
    assert panel.record_button is None and panel.void_button is None
    assert panel.state_of("nurse2") == [NONE]
    # The same list a year and a day after the demo's training: expired, in red.
    panel.model.set_competencies(panel.model.rows(), date.today() + timedelta(days=366))
    assert panel.state_of("nurse") == [RENEWED, RENEWED, EXPIRED]
    # The renewed ones are history, in grey; the last one, expired, is the alarm in red.
    colours = [panel.model.data(panel.model.index(row, CompetencyColumn.STATE),
                                Qt.ItemDataRole.ForegroundRole).name()
               for row in panel.rows_of("nurse")]
    assert colours == [MUTED, MUTED, ERROR_RED.lower()]


def test_the_list_counts_each_role_that_accesses_the_catheter(open_main: OpenMain) -> None:
    from hai_desktop.core.roles import Role
    from hai_desktop.ui.screens.administration_competency import accesses_catheter

    assert {r for r in Role if accesses_catheter(r)} == {Role.NURSE,
                                                         Role.INTERVENTIONAL_RADIOLOGIST}
    panel = competency_tab(open_main("monitor"))
    names = {r.username for r in panel.model.rows()}
    assert names == {"nurse", "nurse2", "radiologist"}
