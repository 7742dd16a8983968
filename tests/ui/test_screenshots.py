"""Offscreen screenshots of the sign-in window, the main window and every screen.

Each image must have a sane size and real content (many colours, not one flat fill): a blank
grab means a window that did not render.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from hai_desktop.settings import Settings
from hai_desktop.ui.main_window import SCREENS
from hai_desktop.ui.sign_in import SignInWindow
from tests.ui.conftest import OpenMain, patients_screen


def distinct_colours(image: QImage, step: int = 7) -> int:
    return len({image.pixel(x, y) for x in range(0, image.width(), step)
                for y in range(0, image.height(), step)})


def save_and_check(widget: QWidget, path: Path, min_size: tuple[int, int]) -> QImage:
    assert widget.grab().save(str(path)), f"could not save {path}"
    image = QImage(str(path))
    assert not image.isNull()
    assert image.width() >= min_size[0] and image.height() >= min_size[1], image.size()
    assert image.width() <= 4000 and image.height() <= 4000
    assert distinct_colours(image) > 20, f"{path.name} looks blank"
    return image


def test_sign_in_window_screenshot(qtbot: QtBot, demo_db: Path, settings: Settings,
                                   tmp_path: Path) -> None:
    window = SignInWindow(settings, demo_db)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    save_and_check(window, tmp_path / "sign-in.png", (500, 400))


def test_main_window_and_every_screen_screenshot(qtbot: QtBot, open_main: OpenMain,
                                                 tmp_path: Path) -> None:
    main = open_main("admin")
    main.resize(1280, 800)
    patients_screen(main).select_row(5)  # type: ignore[attr-defined]
    save_and_check(main, tmp_path / "main.png", (1000, 600))
    for entry in SCREENS:
        main.show_screen(entry.key)
        qtbot.wait(10)
        image = save_and_check(main, tmp_path / f"screen-{entry.key}.png", (1000, 600))
        assert image.width() == 1280, "the window grew wider than the workstation screen"
    main.lock("manual")
    save_and_check(main, tmp_path / "locked.png", (1000, 600))
