"""Screening screen: register, fill the checklist to a live result, save, sign, correct, log.

The helpers at the top (open a patient, fill every widget like a person) are shared with the
screening screenshot test.
"""

from __future__ import annotations

import csv
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from hai_desktop.core.eligibility import protocol_checklist
from hai_desktop.services.demo_screening import eligible_answers
from hai_desktop.services.patients import PatientSummary, list_patients
from hai_desktop.services.screening import (
    Registration,
    load_screening,
    register_candidate,
    save_screening,
)
from hai_desktop.services.site_rules import site_rule_specs
from hai_desktop.ui.dialogs.register_candidate import RegisterCandidateDialog
from hai_desktop.ui.dialogs.sign_screening import (
    ConfirmEligibilityDialog,
    CorrectScreeningDialog,
)
from hai_desktop.ui.dialogs.site_rule import SiteRuleDialog
from hai_desktop.ui.main_window import MainWindow
from hai_desktop.ui.models.screening_log import LogColumn
from hai_desktop.ui.screens.administration import AdministrationScreen
from hai_desktop.ui.screens.screening import (
    CHECKLIST_TAB,
    EMPTY_PAGE,
    FORM_PAGE,
    LOG_TAB,
    ScreeningScreen,
)
from hai_desktop.ui.widgets.checklist import ChecklistForm
from hai_desktop.ui.widgets.checklist_rows import (
    CrClRow,
    LabMinRow,
    MdtRow,
    OrdinalRow,
    ProteinuriaRow,
    YesNoRow,
)
from tests.ui.conftest import (
    OpenMain,
    patients_screen,
    type_through_input_method,
    wait_for_background,
)
from tests.ui.conftest import answer_next_dialog as _answer_next_dialog

LAB_VALUES = {"anc": "3.1", "hemoglobin": "12.4 g/dL", "platelets": "210000 /µL", "ast": "35",
              "alt": "52 U/L", "alp": "150", "total_bilirubin": "15 µmol/L"}


def answer_next_dialog(qtbot: QtBot, fill: Callable[[QWidget], None]) -> list[QWidget]:
    """As conftest's, but a failing check closes the dialog instead of leaving it blocking."""

    def guarded(dialog: QWidget) -> None:
        try:
            fill(dialog)
        except BaseException:
            dialog.close()
            raise

    return _answer_next_dialog(qtbot, guarded)


def screening_screen(main: MainWindow) -> ScreeningScreen:
    screen = main.screens["screening"]
    assert isinstance(screen, ScreeningScreen)
    return screen


def patient(main: MainWindow, number: str) -> PatientSummary:
    return next(p for p in list_patients(main.ws) if p.screening_number == number)


def open_checklist(main: MainWindow, number: str) -> ScreeningScreen:
    """Make `number` the current patient and show its checklist."""
    main.set_current_patient(patient(main, number))
    main.show_screen("screening")
    screen = screening_screen(main)
    assert screen.form is not None and screen.view is not None
    return screen


def register(main: MainWindow, record: str = "TR-5550001") -> PatientSummary:
    return register_candidate(main.ws, Registration(
        family_name="Kang", given_name="Ha-eun", hospital_record_number=record, sex="F",
        date_of_birth=date(1964, 2, 11), consent_date=date.today()))


def iso_days_ago(days: int) -> str:
    return (date.today() - timedelta(days=days)).isoformat()


def type_into(qtbot: QtBot, edit: object, text: str) -> None:
    edit.clear()  # type: ignore[attr-defined]
    qtbot.keyClicks(edit, text)  # type: ignore[arg-type]


def fill_everything_eligible(qtbot: QtBot, form: ChecklistForm) -> None:
    """Answer every item through its widgets, as a coordinator would, to an eligible result."""
    lab_day = iso_days_ago(3)
    for criterion in protocol_checklist().criteria:
        row = form.rows[criterion.id]
        if isinstance(row, YesNoRow):
            row.choice.buttons[str(criterion.params["passes_when"])].click()
        elif isinstance(row, OrdinalRow):
            row.combo.setCurrentIndex(row.combo.findData("0"))
        elif isinstance(row, MdtRow):
            type_into(qtbot, row.meeting.edit, iso_days_ago(5))
            for box in row.disciplines.values():
                box.click()
            row.decision.buttons["unresectable"].click()
            row.reasons[1].click()
        elif isinstance(row, CrClRow):
            type_into(qtbot, row.weight.edit, "61 kg")
            type_into(qtbot, row.creatinine.edit, "80 µmol/L")
        elif isinstance(row, ProteinuriaRow):
            row.dipstick.setCurrentIndex(row.dipstick.findData("trace"))
        elif isinstance(row, LabMinRow):  # and LabUlnRow
            type_into(qtbot, row.value.edit, LAB_VALUES[criterion.id])
        if row.test_date is not None:
            type_into(qtbot, row.test_date.edit, lab_day)
        if row.source is not None:
            type_into(qtbot, row.source, "Hospital laboratory report")
    form.prior_adjuvant_row.choice.buttons["no"].click()


# ---- registration ------------------------------------------------------------------------------

def test_register_candidate_inline_errors_then_success(qtbot: QtBot, open_main: OpenMain) -> None:
    main = open_main("coordinator")
    main.show_screen("screening")
    screen = screening_screen(main)
    assert main.current_patient is None
    assert screen.pages.currentIndex() == EMPTY_PAGE and screen.empty_register_button.isVisible()
    future = (date.today() + timedelta(days=30)).isoformat()
    steps: list[str] = []

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, RegisterCandidateDialog)
        qtbot.keyClicks(dialog.family_name, "Kang")
        qtbot.keyClicks(dialog.given_name, "Ha-eun")
        assert "HEK" in dialog.initials.placeholderText()  # derived, shown, not forced
        qtbot.keyClicks(dialog.record_number, "tr-7730142")  # S-0001's number, other case
        dialog.sex.setCurrentIndex(dialog.sex.findData("F"))
        qtbot.keyClicks(dialog.date_of_birth.edit, "11.02.1964")
        qtbot.keyClicks(dialog.consent_date.edit, date.today().isoformat())
        dialog.ok_button.click()
        assert dialog.isVisible()
        assert "S-0001" in dialog.errors.text("hospital_record_number")
        assert dialog.family_name.text() == "Kang" and dialog.record_number.text() == "tr-7730142"
        steps.append("duplicate")
        type_into(qtbot, dialog.record_number, "TR-5550001")
        type_into(qtbot, dialog.date_of_birth.edit, future)
        qtbot.keyClick(dialog.record_number, Qt.Key.Key_Return)  # Enter submits
        assert dialog.isVisible()
        assert "future" in dialog.errors.text("date_of_birth")
        assert dialog.errors.text("hospital_record_number") == ""
        steps.append("future")
        type_into(qtbot, dialog.date_of_birth.edit, "not a date")
        dialog.ok_button.click()
        assert "not a date" in dialog.errors.text("date_of_birth")
        type_into(qtbot, dialog.date_of_birth.edit, "1964-02-11")
        qtbot.keyClick(dialog.date_of_birth.edit, Qt.Key.Key_Return)

    answer_next_dialog(qtbot, fill)
    qtbot.mouseClick(screen.empty_register_button, Qt.MouseButton.LeftButton)
    assert steps == ["duplicate", "future"]
    assert main.current_patient is not None
    assert main.current_patient.screening_number == "S-0011"
    assert main.current_patient.initials == "HEK"
    assert main.header.summary_text().startswith("S-0011")
    assert screen.pages.currentIndex() == FORM_PAGE
    assert "NOT YET DETERMINED" in screen.banner_text()
    patients = patients_screen(main)
    wait_for_background(qtbot, main.ws)  # the list is reloaded on the worker
    assert "S-0011" in [p.screening_number for p in patients.visible_patients()]  # type: ignore[attr-defined]


def test_register_a_hangul_name_with_its_latin_form(qtbot: QtBot, open_main: OpenMain,
                                                   tmp_path: Path) -> None:
    main = open_main("coordinator")
    main.show_screen("screening")
    screen = screening_screen(main)
    seen: dict[str, str] = {}

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, RegisterCandidateDialog)
        type_through_input_method(dialog.family_name, "김")
        type_through_input_method(dialog.given_name, "지원")
        assert dialog.initials.placeholderText() == "from the Latin-letter name"  # not 지김
        qtbot.keyClicks(dialog.record_number, "TR-5550002")
        dialog.sex.setCurrentIndex(dialog.sex.findData("F"))
        qtbot.keyClicks(dialog.date_of_birth.edit, "1964-02-11")
        qtbot.keyClicks(dialog.consent_date.edit, date.today().isoformat())
        dialog.ok_button.click()  # no Latin-letter form yet
        assert dialog.isVisible() and dialog.family_name.text() == "김"
        seen["missing"] = dialog.errors.text("latin_family_name")
        assert dialog.focusWidget() is dialog.latin_family_name
        qtbot.wait(50)  # the layout makes room for the message
        dialog.grab().save(str(tmp_path / "register-hangul-error.png"))
        qtbot.keyClicks(dialog.latin_family_name, "Kim")
        qtbot.keyClicks(dialog.latin_given_name, "Ji-won")
        seen["initials"] = dialog.initials.placeholderText()
        qtbot.keyClick(dialog.latin_given_name, Qt.Key.Key_Return)

    answer_next_dialog(qtbot, fill)
    qtbot.mouseClick(screen.empty_register_button, Qt.MouseButton.LeftButton)
    assert "in Latin letters as well" in seen["missing"]
    assert seen["initials"].startswith("JWK")
    assert main.current_patient is not None
    assert (main.current_patient.full_name, main.current_patient.initials) == ("김지원", "JWK")
    assert "김지원 · KIM, Ji-won (JWK)" in main.header.summary_text()


def test_ctrl_n_opens_registration_only_on_the_screening_screen(qtbot: QtBot,
                                                                 open_main: OpenMain) -> None:
    main = open_main("coordinator")
    main.activateWindow()
    qtbot.waitUntil(main.isActiveWindow)
    main.show_screen("screening")
    screen = screening_screen(main)
    seen = answer_next_dialog(qtbot, lambda dialog: dialog.reject())
    qtbot.keyClick(screen.tabs, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(seen))
    assert isinstance(seen[0], RegisterCandidateDialog)
    main.show_screen("patients")  # elsewhere Ctrl+N is not the screening screen's
    qtbot.keyClick(patients_screen(main).search, Qt.Key.Key_N,  # type: ignore[attr-defined]
                   Qt.KeyboardModifier.ControlModifier)
    qtbot.wait(100)
    assert len(seen) == 1


# ---- the checklist, live ------------------------------------------------------------------------

def test_filling_every_widget_reaches_eligible_then_bad_entries(qtbot: QtBot,
                                                                open_main: OpenMain) -> None:
    main = open_main("coordinator")
    register(main)
    screen = open_checklist(main, "S-0011")
    form = screen.form
    assert form is not None
    assert screen.banner_text().startswith("NOT YET DETERMINED")
    assert all(row.chip.text() == "? not yet" for cid, row in form.rows.items() if cid != "age")
    fill_everything_eligible(qtbot, form)
    assert screen.banner_text().startswith("ELIGIBLE"), screen.banner_text()
    assert form.problems() == {}
    assert all(row.chip.text() == "✓ passes" for row in form.rows.values())
    crcl = form.rows["crcl"].detail.text()
    # The row's criterion text names Cockcroft–Gault; the detail shows the arithmetic.
    assert crcl.startswith("(140 − ") and "× 0.85 (female)" in crcl and "mL/min" in crcl
    assert "ULN" in form.rows["alt"].detail.text()
    assert screen.is_dirty() and screen.save_button.isEnabled()
    assert screen.confirm_button.isEnabled()

    anc = form.rows["anc"]
    assert isinstance(anc, LabMinRow)
    type_into(qtbot, anc.value.edit, "1.2")
    banner = screen.banner_text()
    assert banner.startswith("INELIGIBLE") and "1 criterion not met" in banner
    assert "ANC ≥ 1.5 ×10⁹/L: 1.2 ×10⁹/L is below 1.5" in banner
    assert anc.chip.text() == "✗ fails"

    type_into(qtbot, anc.value.edit, "1.5 kg")  # a unit of the wrong kind
    assert "kg is not a unit for absolute neutrophil count" in anc.value.error_text()
    assert anc.value.text() == "1.5 kg"  # what was typed stays
    assert screen.banner_text().startswith("NOT YET DETERMINED")

    type_into(qtbot, anc.value.edit, "1500 /µL")
    assert anc.value.error_text() == "" and anc.chip.text() == "✓ passes"
    assert anc.test_date is not None
    type_into(qtbot, anc.test_date.edit, iso_days_ago(40))
    assert "40 days old; the site window is 28 days [site rule]" in anc.problem_text()
    assert anc.chip.text() == "? not yet"
    type_into(qtbot, anc.test_date.edit, "yesterday-ish")
    assert "is not a date" in anc.problem_text()

    crcl_row = form.rows["crcl"]
    assert isinstance(crcl_row, CrClRow)
    type_into(qtbot, crcl_row.creatinine.edit, "0.9 kg")  # wrong kind in a sub-field
    assert "not a unit for serum creatinine" in crcl_row.creatinine.error_text()

    protein = form.rows["proteinuria"]
    assert isinstance(protein, ProteinuriaRow)
    assert not protein.protein.isVisibleTo(protein)
    protein.dipstick.setCurrentIndex(protein.dipstick.findData("2+"))
    assert protein.protein.isVisibleTo(protein)  # ≥ 2+ asks for the 24-hour protein
    assert "24-hour urine protein" in protein.detail.text()
    type_into(qtbot, protein.protein.edit, "1.4 g/24 h")
    assert protein.chip.text() == "✗ fails"


def test_enter_moves_to_the_next_field(qtbot: QtBot, open_main: OpenMain) -> None:
    main = open_main("coordinator")
    main.activateWindow()
    qtbot.waitUntil(main.isActiveWindow)
    screen = open_checklist(main, "S-0001")
    form = screen.form
    assert form is not None
    ast = form.rows["ast"]
    assert isinstance(ast, LabMinRow)
    ast.value.edit.setFocus()
    qtbot.waitUntil(ast.value.edit.hasFocus)
    qtbot.keyClick(ast.value.edit, Qt.Key.Key_Return)
    assert ast.uln.edit.hasFocus()  # type: ignore[attr-defined]
    qtbot.keyClick(ast.uln.edit, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    assert ast.test_date is not None and ast.test_date.edit.hasFocus()
    chain = form.focus_chain()
    assert chain.index(form.rows["ecog"].combo) < chain.index(form.rows["anc"].value.edit) \
        < chain.index(form.rows["other_condition"].source)  # type: ignore[arg-type]


def test_unsaved_answers_survive_switching_patients_and_screens(qtbot: QtBot,
                                                                open_main: OpenMain) -> None:
    main = open_main("coordinator")
    screen = open_checklist(main, "S-0001")
    form = screen.form
    assert form is not None
    ast = form.rows["ast"]
    assert isinstance(ast, LabMinRow)
    qtbot.keyClicks(ast.value.edit, "38")
    assert screen.is_dirty() and "Unsaved changes" in screen.state_label.text()
    main.show_screen("patients")
    main.show_screen("screening")
    assert ast.value.text() == "38"
    main.set_current_patient(patient(main, "S-0002"))
    assert ast.value.text() == "38 U/L"  # S-0002's stored value
    assert not screen.is_dirty()
    main.set_current_patient(patient(main, "S-0001"))
    assert ast.value.text() == "38" and screen.is_dirty()
    assert "Unsaved answers from earlier" in screen.message.text()
    screen.discard_button.click()
    assert ast.value.text() == "" and not screen.is_dirty()


# ---- save, sign, correct -----------------------------------------------------------------------

def test_save_confirm_with_password_then_correct(qtbot: QtBot, open_main: OpenMain) -> None:
    main = open_main("coordinator")
    new = register(main)
    answers = eligible_answers(date.today())
    del answers["other_condition"]
    save_screening(main.ws, new.id, answers, None)
    main.activateWindow()
    qtbot.waitUntil(main.isActiveWindow)
    screen = open_checklist(main, "S-0011")
    form = screen.form
    assert form is not None
    assert screen.banner_text().startswith("NOT YET DETERMINED")
    assert not screen.confirm_button.isEnabled()  # undetermined cannot be confirmed
    form.rows["other_condition"].choice.buttons["no"].click()  # type: ignore[attr-defined]
    form.prior_adjuvant_row.choice.buttons["yes"].click()
    assert screen.banner_text().startswith("ELIGIBLE")
    form.rows["other_condition"].source.setFocus()  # type: ignore[union-attr]
    qtbot.keyClick(form.rows["other_condition"].source, Qt.Key.Key_S,  # type: ignore[arg-type]
                   Qt.KeyboardModifier.ControlModifier)
    assert not screen.is_dirty(), screen.message.text()
    stored = load_screening(main.ws, new.id)
    assert stored.answers["other_condition"].choice == "no" and stored.prior_adjuvant == "yes"
    assert not stored.confirmed

    def sign(dialog: QWidget) -> None:
        assert isinstance(dialog, ConfirmEligibilityDialog)
        assert "I confirm this eligibility result" in dialog.intro.text()
        assert "ELIGIBLE" in dialog.intro.text()
        qtbot.keyClicks(dialog.password, "not-my-password")
        dialog.ok_button.click()
        assert dialog.isVisible() and "password is wrong" in dialog.refusal_text()
        dialog.password.setText("coral-training")
        dialog.ok_button.click()

    answer_next_dialog(qtbot, sign)
    qtbot.mouseClick(screen.confirm_button, Qt.MouseButton.LeftButton)
    assert screen.view is not None and screen.view.confirmed
    assert screen.is_read_only()
    anc = form.rows["anc"]
    assert isinstance(anc, LabMinRow)
    assert anc.value.edit.isReadOnly()
    assert not form.rows["other_condition"].choice.buttons["no"].isEnabled()  # type: ignore[attr-defined]
    assert not screen.save_button.isVisibleTo(screen) and screen.correct_button.isVisibleTo(screen)
    assert "Confirmed by Eun-ji Yoon on" in screen.state_label.text()
    assert "eligibility confirmed: eligible" in screen.signatures.text()
    assert not screen.integrity_warning.isVisibleTo(screen)
    assert "Status: Eligible" in main.header.summary_text()

    qtbot.mouseClick(screen.correct_button, Qt.MouseButton.LeftButton)
    assert not anc.value.edit.isReadOnly()
    assert screen.save_button.text() == "Save correction…"
    alt = form.rows["alt"]
    assert isinstance(alt, LabMinRow)
    type_into(qtbot, alt.value.edit, "250")  # 6.25 × ULN
    assert screen.banner_text().startswith("INELIGIBLE")

    def correct(dialog: QWidget) -> None:
        assert isinstance(dialog, CorrectScreeningDialog)
        dialog.password.setText("coral-training")
        dialog.ok_button.click()
        assert dialog.isVisible() and "reason" in dialog.refusal_text()
        qtbot.keyClicks(dialog.reason, "ALT transcribed from the wrong report")
        dialog.ok_button.click()

    answer_next_dialog(qtbot, correct)
    qtbot.mouseClick(screen.save_button, Qt.MouseButton.LeftButton)
    assert screen.view is not None and screen.view.result.status.value == "ineligible"
    assert screen.is_read_only() and alt.value.edit.isReadOnly()
    assert "ALT transcribed from the wrong report" in screen.signatures.text()
    assert "Status: Ineligible" in main.header.summary_text()


def test_randomized_patient_cannot_be_corrected(open_main: OpenMain) -> None:
    screen = open_checklist(open_main("investigator"), "S-0004")
    assert screen.banner_text().startswith("ELIGIBLE")
    assert screen.correct_button.isVisibleTo(screen) and not screen.correct_button.isEnabled()
    assert "Randomized" in screen.state_label.text()


def test_nurse_sees_the_checklist_read_only(qtbot: QtBot, open_main: OpenMain) -> None:
    main = open_main("nurse")
    screen = open_checklist(main, "S-0001")
    form = screen.form
    assert form is not None
    for button in (screen.save_button, screen.confirm_button, screen.correct_button,
                   screen.discard_button, screen.register_button):
        assert not button.isVisibleTo(screen), button.text()
    anc = form.rows["anc"]
    assert isinstance(anc, LabMinRow)
    assert anc.value.edit.isReadOnly() and anc.value.text() == "3.4 ×10⁹/L"
    assert not form.rows["ecog"].combo.isEnabled()  # type: ignore[attr-defined]
    assert "Read-only for your role" in screen.state_label.text()
    assert screen.banner_text().startswith("NOT YET DETERMINED")
    assert not screen.save()  # Ctrl+S does nothing
    screen.register_candidate()
    assert main.current_patient is not None and main.current_patient.screening_number == "S-0001"
    assert not screen.log_panel.export_button.isVisibleTo(screen.log_panel)
    assert screen.log_panel.pdf_button.isVisibleTo(screen.log_panel)


def test_site_rule_change_reaches_the_live_checklist(qtbot: QtBot, open_main: OpenMain) -> None:
    main = open_main("investigator")
    main.show_screen("administration")
    admin = main.screens["administration"]
    assert isinstance(admin, AdministrationScreen)
    assert admin.site_rule_button is not None
    admin.select_site_rule("screening_lab_window_days")

    def change(dialog: QWidget) -> None:
        assert isinstance(dialog, SiteRuleDialog)
        type_into(qtbot, dialog.value, "2")
        dialog.ok_button.click()
        assert dialog.isVisible() and "reason" in dialog.refusal_text().lower()
        qtbot.keyClicks(dialog.reason, "site SOP: labs within 2 days")
        dialog.ok_button.click()

    answer_next_dialog(qtbot, change)
    qtbot.mouseClick(admin.site_rule_button, Qt.MouseButton.LeftButton)
    table = admin.site_rules_table
    row = [r.spec.key for r in admin.site_rules].index("screening_lab_window_days")
    assert table.item(row, 1).text() == "2" and table.item(row, 2).text() == "changed"
    screen = open_checklist(main, "S-0001")
    assert screen.form is not None
    assert "site window is 2 days [site rule]" in screen.form.rows["anc"].problem_text()


def test_nurse_reads_site_rules_without_changing_them(open_main: OpenMain) -> None:
    main = open_main("nurse")
    main.show_screen("administration")
    admin = main.screens["administration"]
    assert isinstance(admin, AdministrationScreen)
    assert admin.site_rule_button is None
    assert admin.site_rules_table.rowCount() == len(site_rule_specs())  # every rule listed
    # ULNs, lab window, dosing and BSA, decision grades, the chair, normal limits, HAI,
    # tumour response and the visit windows
    assert admin.site_rules_table.rowCount() == 35
    assert admin.site_rules_table.item(0, 2).text() == "default"


# ---- the screening log --------------------------------------------------------------------------

def test_log_tab_counts_export_csv_and_pdf(qtbot: QtBot, open_main: OpenMain, tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    main = open_main("coordinator")
    main.show_screen("screening")
    screen = screening_screen(main)
    screen.tabs.setCurrentIndex(LOG_TAB)
    log = screen.log_panel
    assert log.model.rowCount() == 10
    numbers = [log.model.row_at(r).screening_number for r in range(10)]
    assert numbers == [f"S-{n:04d}" for n in range(1, 11)]
    s2 = log.model.index(numbers.index("S-0002"), LogColumn.REASONS)
    assert "Total bilirubin ≤ 1.5 × ULN" in log.model.data(s2)
    assert log.model.data(log.model.index(0, LogColumn.ELIGIBILITY)) == "Not confirmed"
    strip = log.consort_strip.text()
    for line in ("Screened: 10", "Screening not complete: 1", "Ineligible (confirmed): 1",
                 "Eligible (confirmed): 8", "Randomized: 7", "Awaiting randomization: 1",
                 "Extrahepatic metastasis: 1"):
        assert line in strip

    csv_path = tmp_path / "log.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *_a, **_k: (str(csv_path), "CSV files (*.csv)"))
    qtbot.mouseClick(log.export_button, Qt.MouseButton.LeftButton)
    with csv_path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["screening_number"] for r in rows] == numbers
    assert rows[1]["eligibility"] == "ineligible" and "Extrahepatic" in \
        rows[1]["reasons_for_ineligibility"]
    assert "10 rows exported" in log.message.text()

    pdf_path = tmp_path / "log"  # no suffix: .pdf is added
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *_a, **_k: (str(pdf_path), "PDF files (*.pdf)"))
    qtbot.mouseClick(log.pdf_button, Qt.MouseButton.LeftButton)
    wait_for_background(qtbot, log.ws)
    text = "".join(page.extract_text() for page in PdfReader(tmp_path / "log.pdf").pages)
    assert "Screening log" in text and "S-0002" in text

    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: ("", ""))
    log.message.clear_message()
    qtbot.mouseClick(log.pdf_button, Qt.MouseButton.LeftButton)  # cancelled: nothing happens
    assert not log.message.isVisibleTo(log)


def test_double_click_in_the_log_opens_that_patient(qtbot: QtBot, open_main: OpenMain) -> None:
    main = open_main("coordinator")
    main.show_screen("screening")
    screen = screening_screen(main)
    screen.tabs.setCurrentIndex(LOG_TAB)
    log = screen.log_panel
    qtbot.waitUntil(log.table.isVisible)
    qtbot.wait(20)  # the tab's layout settles before the rows have their places
    row = [log.model.row_at(r).screening_number for r in range(10)].index("S-0002")
    rect = log.table.visualRect(log.proxy.index(row, LogColumn.INITIALS))
    # QTest's double click needs the press before it, as a real double click has.
    qtbot.mouseClick(log.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(log.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert main.current_patient is not None
    assert main.current_patient.screening_number == "S-0002"
    assert screen.tabs.currentIndex() == CHECKLIST_TAB
    assert screen.banner_text().startswith("INELIGIBLE")
