"""The patient list: search and choosing the current patient."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from hai_desktop.ui.main_window import MainWindow
from hai_desktop.ui.models.patients import PatientColumn
from hai_desktop.ui.screens.patients import PatientsScreen
from hai_desktop.ui.style import fonts_drawing
from tests.ui.conftest import OpenMain, type_through_input_method
from tests.ui.conftest import patients_screen as built_patients_screen


def patients_screen(main: object) -> PatientsScreen:
    assert isinstance(main, MainWindow)
    return built_patients_screen(main)


def test_search_filters_the_list(qtbot: QtBot, open_main: OpenMain) -> None:
    screen = patients_screen(open_main("nurse"))
    assert len(screen.visible_patients()) == 10
    qtbot.keyClicks(screen.search, "HAI-00")
    qtbot.waitUntil(lambda: len(screen.visible_patients()) == 7)
    screen.search.clear()
    qtbot.keyClicks(screen.search, "jwn")  # initials, any case
    qtbot.waitUntil(lambda: [p.display_id for p in screen.visible_patients()] == ["HAI-003"])
    assert screen.count_label.text() == "1 patient"
    screen.search.clear()
    type_through_input_method(screen.search, "재원")  # part of the Hangul name
    qtbot.waitUntil(lambda: [p.display_id for p in screen.visible_patients()] == ["HAI-003"])
    screen.search.clear()
    qtbot.keyClicks(screen.search, "nobody-like-this")
    qtbot.waitUntil(lambda: not screen.visible_patients())


def test_selecting_a_patient_updates_the_header(qtbot: QtBot, open_main: OpenMain) -> None:
    main = open_main("nurse")
    screen = patients_screen(main)
    row = [p.display_id for p in screen.visible_patients()].index("HAI-003")
    rect = screen.table.visualRect(screen.proxy.index(row, PatientColumn.INITIALS))
    qtbot.mouseClick(screen.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    text = main.header.summary_text()
    assert "HAI-003" in text and "남재원 · NAM, Jae-won (JWN)" in text
    # Drawn with real glyphs, on a machine with no Korean font of its own (CI has none).
    label = main.header.name_label
    runs = fonts_drawing(label.text(), label.font())
    assert runs and all(found for _family, found in runs), runs
    assert "NanumGothic" in [family for family, _found in runs]
    assert "Arm: Experimental (HAI)" in text and "Cycle: 5" in text
    # The demo's catheter was implanted before cycle 1; today's inspection is still to do.
    assert "Status: On treatment" in text
    assert "Catheter: inspect before HAI" in text
    # Issue #16: the allergies on a line of their own, the reactions in the tooltip.
    assert "Allergies: iodinated contrast medium, cetuximab" in text
    assert "flushing and chills" in main.header.allergy_value.toolTip()
    assert main.current_patient is not None and main.current_patient.study_id == "HAI-003"
    main.show_screen("toxicity")
    assert "HAI-003" in main.screens["toxicity"].patient_line.text()  # type: ignore[attr-defined]


def test_control_arm_and_unrandomized_headers(open_main: OpenMain) -> None:
    main = open_main("nurse")
    screen = patients_screen(main)
    ids = [p.display_id for p in screen.visible_patients()]
    screen.select_row(ids.index("HAI-002"))
    text = main.header.summary_text()
    assert "Arm: Control" in text and "Cycle: 3" in text and "Catheter" not in text
    assert "Allergies: none known" in text
    screen.select_row(ids.index("S-0001"))
    text = main.header.summary_text()
    assert text.startswith("S-0001") and "Arm: not randomized" in text and "Cycle: —" in text
    assert "Allergies: ⚠ not yet asked" in text


def test_search_keeps_the_current_patient(qtbot: QtBot, open_main: OpenMain) -> None:
    main = open_main("nurse")
    screen = patients_screen(main)
    screen.select_row([p.display_id for p in screen.visible_patients()].index("HAI-001"))
    qtbot.keyClicks(screen.search, "S-0002")
    qtbot.waitUntil(lambda: len(screen.visible_patients()) == 1)
    assert main.header.summary_text().startswith("HAI-001")
