"""The Response & follow-up screen driven through its real dialogs on the demo database: the
demo's progression (a new lesion, the scan out of its window), a new assessment whose RECIST
response shows as it is typed and a blank target refused at its row, a baseline refused for a
third liver target at the row it is about, a death recorded by the coordinator, the end of
treatment by the investigator, and who sees which buttons. Screenshots in /tmp/ui-shots."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from hai_desktop.core.follow_up import DeathCause, EndReason, VitalStatus
from hai_desktop.core.recist import NonTarget, Response
from hai_desktop.core.tumour_assessment import Organ
from hai_desktop.services import follow_up, tumour_response
from hai_desktop.services.demo_orders import demo_randomization_day
from hai_desktop.settings import Settings
from hai_desktop.ui.dialogs.end_of_treatment import EndOfTreatmentDialog
from hai_desktop.ui.dialogs.follow_up_contact import FollowUpContactDialog
from hai_desktop.ui.dialogs.tumour_assessment import TumourAssessmentDialog
from hai_desktop.ui.dialogs.tumour_baseline import TumourBaselineDialog
from hai_desktop.ui.main_window import MainWindow
from hai_desktop.ui.models.response import AssessmentColumn, ContactColumn, VisitColumn
from hai_desktop.ui.screens.response import FOLLOW_UP_TAB, SCHEDULE_TAB, ResponseScreen
from hai_desktop.ui.widgets.common import select_data
from tests.ui.conftest import OpenMain, fill_through_dialog
from tests.ui.test_orders import patient, shot
from tests.ui.test_outcome import randomize_s0003

TODAY = date.today()


def open_response(main: MainWindow, number: str) -> ResponseScreen:
    main.set_current_patient(patient(main, number))
    main.show_screen("response")
    screen = main.screens["response"]
    assert isinstance(screen, ResponseScreen)
    return screen


def test_the_demo_progression_is_shown_with_its_deviation_and_what_to_do(
        open_main: OpenMain, tmp_path: Path) -> None:
    main = open_main("investigator")
    main.resize(1366, 768)
    screen = open_response(main, "S-0006")
    model = screen.assessments_model
    assert model.rowCount() == 2  # the baseline and the week-8 scan
    assert model.index(0, AssessmentColumn.SUM).data() == "90"
    assert model.index(1, AssessmentColumn.OVERALL).data() == "PD"
    assert model.index(1, AssessmentColumn.NEW).data().startswith("yes: segment III")
    assert "Best overall response: <b>PD</b>" in screen.summary.text()
    assert "CEA 35.2 → 71 ng/mL" in screen.summary.text()
    assert "treatment is not recorded as ended" in screen.attention.text()
    grid = screen.grid_model
    assert grid.rowCount() == 3 and grid.columnCount() == 3
    assert grid.index(0, 0).data() == "T1 · liver, segment VIII"
    assert [grid.index(0, c).data() for c in (1, 2)] == ["52", "50"]
    assert grid.index(2, 2).data() == "present"  # the node, a non-target
    shot(main, "response-progression.png", tmp_path)
    screen.tabs.setCurrentIndex(SCHEDULE_TAB)
    first = screen.visits_model.index(0, VisitColumn.STATUS).data()
    assert first == "done out of window: 2 d outside"
    shot(main, "response-schedule.png", tmp_path)


def test_a_new_assessment_shows_its_response_as_typed_and_refuses_a_blank_target(
        qtbot: QtBot, open_main: OpenMain, tmp_path: Path) -> None:
    main = open_main("radiologist")
    main.resize(1366, 768)
    screen = open_response(main, "S-0005")
    assert screen.assess_button.isEnabled() and not screen.baseline_button.isEnabled()
    seen: dict[str, str] = {}

    def fill(dialog: TumourAssessmentDialog) -> None:
        dialog.assessed_on.set_date(TODAY)
        dialog.targets["T1"].diameter.set_text("1.8 cm")
        assert "once every target is typed" in dialog.preview.text()
        select_data(dialog.non_target, NonTarget.PRESENT)
        dialog.ok_button.click()  # T2 left blank: refused at its row, nothing lost
        seen["refusal"] = dialog.problem_at("T2")
        assert dialog.isVisible() and dialog.targets["T1"].diameter.text() == "1.8 cm"
        dialog.targets["T2"].diameter.set_text("13")
        # 27 + 19 = 46 at baseline; 18 + 13 = 31 is 32.6 % less: a partial response.
        seen["preview"] = dialog.preview.text()
        dialog.cea.set_text("9.4 µg/L")
        shot(dialog, "response-assessment-dialog.png", tmp_path)
        dialog.ok_button.click()

    fill_through_dialog(qtbot, TumourAssessmentDialog, screen.assess_button, fill)
    assert "Enter the diameter of T2" in seen["refusal"]
    assert "Sum 31 mm · -32.6 % from baseline" in seen["preview"]
    assert "<b>PR</b>" in seen["preview"]
    assert "Assessment saved: PR." in screen.message.text()
    record = tumour_response.response_of(main.ws, patient(main, "S-0005").id)
    (saved,) = record.assessments
    assert saved.diameters == {"T1": 18.0, "T2": 13.0} and saved.cea_ng_ml == 9.4
    assert saved.point is not None and saved.point.overall is Response.PR
    assert record.best is Response.PR


def test_a_baseline_refused_at_the_row_of_the_third_liver_target(
        qtbot: QtBot, open_main: OpenMain, demo_db: Path, settings: Settings,
        tmp_path: Path) -> None:
    randomize_s0003(demo_db, settings)
    main = open_main("coordinator")
    main.resize(1366, 768)
    screen = open_response(main, "S-0003")
    assert screen.baseline_button.isEnabled() and not screen.assess_button.isEnabled()
    seen: dict[str, str] = {}

    def fill(dialog: TumourBaselineDialog) -> None:
        dialog.assessed_on.set_date(TODAY - timedelta(days=3))
        select_data(dialog.method, "CT")
        for row, (site, size) in zip(dialog.targets, [("VII", "41"), ("II", "2.2 cm"),
                                                       ("V", "15 mm")], strict=False):
            select_data(row.organ, Organ.LIVER)
            row.site.setText(site)
            row.diameter.set_text(size)
        assert dialog.sum_line.text() == "Sum of target diameters: 78 mm"
        dialog.ok_button.click()
        seen["refusal"] = dialog.refusal_text()
        assert dialog.isVisible()
        shot(dialog, "response-baseline-dialog.png", tmp_path)
        # The third becomes non-target: cleared from the targets, typed below.
        third = dialog.targets[2]
        third.organ.setCurrentIndex(0)
        third.site.clear()
        third.diameter.set_text("")
        select_data(dialog.non_targets[0].organ, Organ.LIVER)
        dialog.non_targets[0].site.setText("segment V, 15 mm")
        dialog.ok_button.click()

    fill_through_dialog(qtbot, TumourBaselineDialog, screen.baseline_button, fill)
    assert "3 target lesions in the liver" in seen["refusal"]
    assert "Baseline saved: 3 lesions." in screen.message.text()
    assert screen.grid_model.index(2, 0).data() == "NT1 · liver, segment V, 15 mm"
    assert screen.assess_button.isEnabled()


def test_the_coordinator_records_a_death_and_the_investigator_the_end_of_treatment(
        qtbot: QtBot, open_main: OpenMain, tmp_path: Path) -> None:
    main = open_main("coordinator")
    main.resize(1366, 768)
    screen = open_response(main, "S-0006")
    assert not screen.end_button.isVisible()  # the investigator's

    def fill(dialog: FollowUpContactDialog) -> None:
        dialog.contacted_on.set_date(TODAY)
        select_data(dialog.method, "telephone")
        select_data(dialog.status, VitalStatus.DEAD)
        assert dialog.is_row_visible(dialog.death_on)
        assert not dialog.is_row_visible(dialog.last_alive_on)
        dialog.ok_button.click()  # no date of death: refused there
        assert "Enter the date of death" in dialog.problem_at("death_on")
        dialog.death_on.set_date(TODAY - timedelta(days=1))
        select_data(dialog.death_cause, DeathCause.DISEASE)
        shot(dialog, "response-contact-dialog.png", tmp_path)
        dialog.ok_button.click()

    fill_through_dialog(qtbot, FollowUpContactDialog, screen.contact_button, fill)
    assert "OS 2.0 months (died)" in screen.summary.text()  # randomized 62 days ago
    assert "status: dead" in screen.summary.text()

    main = open_main("investigator")
    screen = open_response(main, "S-0006")

    def end(dialog: EndOfTreatmentDialog) -> None:
        assert [dialog.scope.itemText(i) for i in range(dialog.scope.count())] == [
            "all protocol treatment", "HAI only — 5-FU and leucovorin continue"]
        dialog.ended_on.set_date(TODAY - timedelta(days=15))
        select_data(dialog.reason, EndReason.PROGRESSION)
        dialog.ok_button.click()

    fill_through_dialog(qtbot, EndOfTreatmentDialog, screen.end_button, end)
    assert "treatment is not recorded as ended" not in screen.attention.text()
    assert "ended" in screen.ends_line.text() and "progression" in screen.ends_line.text()
    course = follow_up.course_of(main.ws, patient(main, "S-0006").id)
    assert course.os.event and course.treatment_ended is not None


def test_who_sees_which_buttons(open_main: OpenMain) -> None:
    expected = {"radiologist": (True, False, False, False),
                "coordinator": (True, True, False, False),
                "investigator": (True, True, True, True),
                "nurse": (False, False, False, False),
                "monitor": (False, False, False, False)}
    for username, (assess, contact, end, void) in expected.items():
        screen = open_response(open_main(username), "S-0007")
        buttons: tuple[QWidget, ...] = (screen.assess_button, screen.contact_button,
                                        screen.end_button, screen.void_button)
        assert tuple(b.isVisible() for b in buttons) == (assess, contact, end, void), username
        assert screen.assessments_model.rowCount() == 3, username  # everyone reads


def test_the_screen_in_korean(open_main: OpenMain, tmp_path: Path) -> None:
    from hai_desktop.ui.i18n import install_language

    install_language("ko")
    try:
        main = open_main("investigator")
        main.resize(1366, 768)
        screen = open_response(main, "S-0007")
        assert screen.assessments_model.index(1, AssessmentColumn.OVERALL).data() == "PR"
        assert "최우수 전체 반응" in screen.summary.text()
        assert screen.grid_model.index(0, 0).data() == "T1 · 간, segment VII"
        shot(main, "response-korean.png", tmp_path)
        open_response(main, "S-0010")
        assert "· 사망 " in main.header.summary_text()  # the death in the header, in Korean
        shot(main, "response-korean-death.png", tmp_path)
    finally:
        install_language("en")


def test_the_demo_death_loss_and_late_progression(open_main: OpenMain, tmp_path: Path) -> None:
    """The demo patients randomized long ago: HAI-007 died after progressing at week 8, HAI-006
    was lost to follow-up, HAI-005 progressed after treatment (learnt at a follow-up call)."""
    main = open_main("coordinator")
    main.resize(1366, 768)
    screen = open_response(main, "S-0010")
    summary = screen.summary.text()
    assert "Best overall response: <b>PD</b>" in summary and "OS 9.9 months (died)" in summary
    assert "status: dead" in summary and "CEA 240 → 410 ng/mL" in summary
    assert screen.attention.text() == ""  # nothing is expected of a patient who died
    died = demo_randomization_day("S-0010", TODAY) + timedelta(days=301)
    assert f"Status: Off study · died {died:%d %b %Y}" in main.header.summary_text()
    # What arrives late is still entered, dated before the death (the services refuse later).
    assert screen.assess_button.isEnabled() and screen.contact_button.isEnabled()
    assert screen.contact_button.toolTip() == (f"Recorded as dead on {died:%d %b %Y}: only what "
                                               "happened before can be entered.")
    assert "progression" in screen.ends_line.text()
    screen.tabs.setCurrentIndex(FOLLOW_UP_TAB)
    contacts = screen.contacts_model
    assert [contacts.index(r, ContactColumn.STATUS).data()
            for r in range(contacts.rowCount())] == ["dead", "alive"]  # the latest first
    assert "colorectal cancer (progression)" in contacts.index(0, ContactColumn.DETAILS).data()
    shot(main, "response-death.png", tmp_path)

    screen = open_response(main, "S-0009")
    assert "status: lost to follow-up" in screen.summary.text()
    assert "OS 6.0 months (censored)" in screen.summary.text()
    assert screen.attention.text() == ""  # no visit is expected while she is lost
    assert screen.contact_button.isEnabled()  # she may be found again
    ended = demo_randomization_day("S-0009", TODAY) + timedelta(days=60)
    assert f"in place, HAI ended {ended:%d %b %Y}" in main.header.summary_text()
    shot(main, "response-lost.png", tmp_path)

    screen = open_response(main, "S-0008")
    summary = screen.summary.text()
    assert "Best overall response: <b>PR</b>" in summary
    assert "PFS 10.9 months (event)" in summary and "status: alive" in summary
    screen.tabs.setCurrentIndex(SCHEDULE_TAB)
    statuses = [screen.visits_model.index(r, VisitColumn.STATUS).data()
                for r in range(screen.visits_model.rowCount())]
    assert statuses.count("done") == 5 and "overdue" not in " ".join(statuses)
    shot(main, "response-follow-up-schedule.png", tmp_path)
