"""Offscreen screenshots of the screening screen in each state, and of the screening log.

Same checks as test_screenshots: a sane size, the workstation's width, and real content.
"""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from hai_desktop.ui.screens.screening import LOG_TAB
from tests.ui.conftest import OpenMain
from tests.ui.test_screening import open_checklist, screening_screen
from tests.ui.test_screenshots import save_and_check


def test_screening_screen_in_each_state(qtbot: QtBot, open_main: OpenMain,
                                        tmp_path: Path) -> None:
    main = open_main("coordinator")
    main.resize(1280, 800)
    main.show_screen("screening")
    screen = screening_screen(main)

    def shot(name: str) -> None:
        qtbot.wait(10)
        image = save_and_check(main, tmp_path / f"screening-{name}.png", (1000, 600))
        assert image.width() == 1280 and image.height() == 800, (name, image.size())

    shot("empty")
    open_checklist(main, "S-0001")
    assert screen.banner_text().startswith("NOT YET DETERMINED")
    shot("partial")
    open_checklist(main, "S-0002")
    assert screen.banner_text().startswith("INELIGIBLE")
    shot("ineligible-confirmed")
    open_checklist(main, "S-0003")
    assert screen.banner_text().startswith("ELIGIBLE") and screen.is_read_only()
    shot("eligible-confirmed")
    screen.scroll_area.verticalScrollBar().setValue(700)  # the organ function rows
    shot("eligible-labs")
    screen.tabs.setCurrentIndex(LOG_TAB)
    shot("log")
