"""Offscreen screenshots of the randomization screen, the Randomize dialog's steps and the list,
envelope and incident views.

Same checks as test_screenshots: a sane size, the workstation's width, and real content.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from hai_desktop.core.arms import Arm
from hai_desktop.services.randomization import peek_card_for_training
from hai_desktop.ui.dialogs.randomize import DONE_STEP, RandomizeDialog
from hai_desktop.ui.screens.randomization import (
    ENVELOPES_TAB,
    INCIDENTS_TAB,
    LIST_TAB,
    PATIENT_TAB,
    RANDOMIZED,
    WAITING,
)
from tests.ui.conftest import PASSWORDS, OpenMain
from tests.ui.test_randomization import open_randomization
from tests.ui.test_screening import answer_next_dialog
from tests.ui.test_screenshots import save_and_check


def test_randomization_screen_dialog_and_views(qtbot: QtBot, open_main: OpenMain,
                                               tmp_path: Path) -> None:
    main = open_main("coordinator")
    main.resize(1280, 800)

    def shot(name: str) -> None:
        qtbot.wait(10)
        image = save_and_check(main, tmp_path / f"randomization-{name}.png", (1000, 600))
        assert image.width() == 1280 and image.height() == 800, (name, image.size())

    screen = open_randomization(main, "S-0006")
    assert screen.patient_panel.state == RANDOMIZED
    shot("randomized")
    screen = open_randomization(main, "S-0003")
    assert screen.patient_panel.state == WAITING
    shot("waiting")
    card = peek_card_for_training(main.ws, "S1-002")
    wrong = Arm.CONTROL if card is Arm.HAI else Arm.HAI
    sizes: dict[str, tuple[int, int]] = {}

    def dialog_shot(dialog: QWidget, name: str) -> None:
        qtbot.wait(10)
        image = save_and_check(dialog, tmp_path / f"randomize-{name}.png", (560, 250))
        sizes[name] = (image.width(), image.height())

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, RandomizeDialog)
        dialog_shot(dialog, "step1-open")
        dialog.opened_button.click()
        dialog_shot(dialog, "step2-card")
        dialog.arm_buttons[wrong].click()
        dialog.password.setText("wrong")
        dialog.randomize_button.click()
        dialog_shot(dialog, "step2-wrong-password")
        # The dialog grows with the message instead of squeezing the form.
        assert dialog.height() >= dialog.sizeHint().height() - 2
        dialog.arm_buttons[card].click()
        dialog.password.setText(PASSWORDS["coordinator"])
        dialog.randomize_button.click()
        assert dialog.step() == DONE_STEP
        dialog_shot(dialog, "step3-done")
        dialog.close_button.click()

    answer_next_dialog(qtbot, fill)
    screen.patient_panel.randomize_button.click()
    assert set(sizes) == {"step1-open", "step2-card", "step2-wrong-password", "step3-done"}
    assert sizes["step2-wrong-password"][1] > sizes["step2-card"][1]
    shot("just-randomized")
    for index, name in ((LIST_TAB, "list"), (ENVELOPES_TAB, "envelopes"),
                        (INCIDENTS_TAB, "incidents")):
        screen.tabs.setCurrentIndex(index)
        shot(name)
    screen.tabs.setCurrentIndex(PATIENT_TAB)
