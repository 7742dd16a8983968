"""The screening banner keeps one height in every state (short, long, expanded, eligible), so
the checklist rows under the pointer never move when the live result changes."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint
from pytestqt.qtbot import QtBot

from hai_desktop.ui.widgets.checklist import BANNER_SHORT_LIST
from tests.ui.conftest import OpenMain
from tests.ui.test_screening import open_checklist

SHOTS = Path("/tmp/h/keys-png")


def test_the_rows_stay_put_whatever_the_banner_says(qtbot: QtBot, open_main: OpenMain,
                                                    tmp_path: Path) -> None:
    main = open_main("coordinator")
    main.resize(1366, 768)
    positions: dict[str, tuple[int, int]] = {}

    def where(state: str) -> None:
        qtbot.wait(10)
        screen = main.screens["screening"]
        top = screen.scroll_area.mapTo(main, QPoint(0, 0)).y()  # type: ignore[attr-defined]
        positions[state] = (screen.banner.height(), top)  # type: ignore[attr-defined]
        main.grab().save(str(tmp_path / f"banner-{state}.png"))

    screen = open_checklist(main, "S-0001")
    assert screen.banner_text().startswith("NOT YET DETERMINED")
    where("undetermined")
    assert screen.banner.more_button.isVisible()
    screen.banner.more_button.click()  # the whole list of missing answers
    assert screen.banner.expanded
    assert screen.banner_text().count("•") > BANNER_SHORT_LIST + 1
    where("expanded")
    assert screen.banner.list_area.verticalScrollBar().maximum() > 0, "it scrolls inside"
    screen.banner.more_button.click()
    open_checklist(main, "S-0002")
    assert screen.banner_text().startswith("INELIGIBLE")
    where("ineligible")
    open_checklist(main, "S-0003")
    assert screen.banner_text().startswith("ELIGIBLE")
    where("eligible")
    assert not screen.banner.more_button.isVisible()
    assert len(set(positions.values())) == 1, positions
    # A summary longer than the banner ends in "…" and shows whole in its tooltip.
    summary = screen.banner.summary
    assert summary.toolTip() == summary.text() and summary.height() < 2 * summary.fontMetrics(
    ).lineSpacing()
