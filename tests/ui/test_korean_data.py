"""The protocol's data texts in a Korean interface, on a demo copy: the screening checklist, the
catheter inspection and the site rules show the site's Korean from the data files; a core label
list chosen in Korean (an allergy's kind, severity and source) is stored as its English code."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QWidget

from hai_desktop.core.allergies import CATEGORIES, SEVERITIES, SOURCES
from hai_desktop.core.catheter import catheter_rules
from hai_desktop.core.eligibility import protocol_checklist
from hai_desktop.services import catheter
from hai_desktop.services.allergies import allergies_for_patient
from hai_desktop.services.site_rules import site_rule_specs
from hai_desktop.ui.dialogs.allergy_entry import AllergyEntryDialog
from hai_desktop.ui.dialogs.catheter_inspection import InspectionDialog
from hai_desktop.ui.i18n import current_language
from hai_desktop.ui.screens.administration import AdministrationScreen
from hai_desktop.ui.widgets.checklist_rows import MdtRow
from tests.ui.conftest import OpenMain
from tests.ui.test_screening import open_checklist, patient, register
from tests.ui.test_translations import korean  # noqa: F401  (a fixture)

SHOTS = Path(__file__).resolve().parents[2] / "build" / "screenshots" / "korean-data"
HAI_PATIENT = "S-0004"  # randomized to HAI, with a catheter in the demo


def texts(root: QWidget) -> list[str]:
    return [w.text() for w in root.findChildren(QLabel)] + [
        w.text() for w in root.findChildren(QPushButton)]


def save_shot(widget: QWidget, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    QCoreApplication.processEvents()  # the pending layout first, as a person would see it
    widget.grab().save(str(SHOTS / name))


@pytest.mark.usefixtures("korean")
def test_the_screening_checklist_reads_in_korean(open_main: OpenMain) -> None:
    assert current_language() == "ko"
    main = open_main("coordinator")
    main.resize(1280, 900)
    screen = open_checklist(main, register(main).screening_number)
    assert screen.form is not None
    form = screen.form
    assert form.rows["age"].text_label.text() == "연령 ≥ 19세"
    assert form.rows["anc"].text_label.text() == "ANC ≥ 1.5 ×10⁹/L"
    shown = texts(form)
    for criterion in protocol_checklist().criteria:
        assert form.rows[criterion.id].text_label.text() == criterion.text_ko
        assert criterion.section_ko.upper() in shown, criterion.section_ko
    assert "Age ≥ 19 years" not in shown and "ORGAN FUNCTION" not in shown
    mdt = form.rows["mdt_unresectable"]
    assert isinstance(mdt, MdtRow)
    assert [box.text() for box in mdt.disciplines.values()] == [
        "외과", "영상의학과", "중재영상의학과", "종양내과"]
    assert list(mdt.disciplines) == ["surgery", "radiology", "interventional radiology",
                                     "medical oncology"], "answers keep the English names"
    assert "절제하는 것이 불가능함" in " ".join(shown)
    save_shot(screen, "screening-checklist-ko.png")


@pytest.mark.usefixtures("korean")
def test_the_catheter_inspection_reads_in_korean(open_main: OpenMain) -> None:
    main = open_main("nurse")
    summary = patient(main, HAI_PATIENT)
    record = catheter.catheter_record(main.ws, summary.id)
    dialog = InspectionDialog(main.ws, summary, record, main)
    try:
        rules = catheter_rules()
        for item in rules.items:
            assert dialog.item_labels[item.id].text() == item.text_ko
        assert "동맥 포트는 흡인하지 않습니다" in dialog.reminder.text()
        shown = texts(dialog)
        assert "포트 포켓 및 접근 부위" in " ".join(shown)
        assert "Redness over the port pocket or access site" not in shown
        assert [dialog.action.itemText(i) for i in range(dialog.action.count())] == [
            a.label_ko for a in rules.actions]
        assert dialog.action.currentData() == "none", "the stored value is the id"
        assert [b.text() for b in dialog.outcome.buttons] == [
            "오늘 HAI 투여 가능", "HAI 투여 불가", "중재영상의학과 검토 필요"]
        assert dialog.outcome.values == ["fit", "not fit", "needs IR review"]
        dialog.show()
        dialog.adjustSize()
        save_shot(dialog, "catheter-inspection-ko.png")
    finally:
        dialog.close()


@pytest.mark.usefixtures("korean")
def test_the_site_rules_read_in_korean(open_main: OpenMain) -> None:
    main = open_main("admin")
    main.show_screen("administration")
    screen = main.screens["administration"]
    assert isinstance(screen, AdministrationScreen)
    table = screen.site_rules_table
    specs = list(site_rule_specs().values())
    assert table.rowCount() == len(specs)
    by_key = {r.spec.key: row for row, r in enumerate(screen.site_rules)}
    for spec in specs:
        row = by_key[spec.key]
        assert table.item(row, 0).text() == spec.label_ko[:1].upper() + spec.label_ko[1:]
        assert table.item(row, 3).text() == spec.source_ko
    assert table.item(by_key["uln_ast"], 0).text() == "AST 정상 상한"


class _Korean(QTranslator):
    """Three of the allergy lists' Korean texts, installed over the shipped translation, so the
    test does not depend on the .qm having them yet: the dialog a Korean nurse sees."""

    TEXTS: ClassVar[dict[tuple[str, str], str]] = {
        ("AllergyCategory", "drug"): "약물", ("AllergySeverity", "severe"): "중증",
        ("AllergySource", "medical record"): "의무기록"}

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:  # type: ignore[override]
        return self.TEXTS.get((context, source))


@pytest.fixture
def allergy_korean() -> Iterator[None]:
    app = QCoreApplication.instance()
    assert app is not None
    translator = _Korean(app)
    app.installTranslator(translator)
    yield
    app.removeTranslator(translator)


@pytest.mark.usefixtures("korean", "allergy_korean")
def test_an_allergy_chosen_in_korean_is_stored_in_english(open_main: OpenMain) -> None:
    main = open_main("nurse")
    summary = patient(main, HAI_PATIENT)
    before = {a.id for a in allergies_for_patient(main.ws, summary.id)}
    dialog = AllergyEntryDialog(main.ws, summary, main)

    def choose(box: QComboBox, shown: str) -> None:
        index = box.findText(shown)
        assert index >= 0, f"{shown} is not offered"
        box.setCurrentIndex(index)

    assert dialog.category.count() == len(CATEGORIES) + 1  # and "choose…"
    assert dialog.severity.count() == len(SEVERITIES) + 1
    assert dialog.source.count() == len(SOURCES)
    dialog.allergen.setText("penicillin")
    choose(dialog.category, "약물")
    choose(dialog.severity, "중증")
    choose(dialog.source, "의무기록")
    assert dialog.submit()
    dialog.close()
    new = [a for a in allergies_for_patient(main.ws, summary.id) if a.id not in before]
    assert [(a.allergen, a.category, a.severity, a.source) for a in new] == [
        ("penicillin", "drug", "severe", "medical record")]
