"""The same answer keys in every checklist: Y / N (and U, F, R, digits) answer the screening
checklist as they answer the catheter inspection, also from a Korean keyboard in Hangul mode
(ㅛ / ㅜ …), and move on to the next field."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from hai_desktop.core.catheter import ItemKind, catheter_rules
from hai_desktop.core.eligibility import NO, UNKNOWN_ANSWER, YES
from hai_desktop.services import catheter
from hai_desktop.ui.dialogs.catheter_inspection import InspectionDialog
from hai_desktop.ui.widgets.checklist_rows import YesNoRow
from tests.ui.conftest import OpenMain
from tests.ui.test_catheter import HAI_PATIENT
from tests.ui.test_screening import open_checklist, patient, register


def press(widget: QWidget, text: str, key: int = 0) -> None:
    """A key press as the platform delivers it: Hangul mode sends the jamo as the key's text
    (QTest's key clicks abort on characters outside Latin-1)."""
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, key or ord(text[0].upper()),
                                                 Qt.KeyboardModifier.NoModifier, text))


def test_screening_rows_answer_to_the_checklist_keys(qtbot: QtBot, open_main: OpenMain) -> None:
    main = open_main("coordinator")
    register(main)
    screen = open_checklist(main, "S-0011")
    assert screen.form is not None
    rows = [row for row in screen.form.rows.values() if isinstance(row, YesNoRow)]
    assert len(rows) >= 3
    first, second, third = rows[:3]
    yes_button = first.choice.buttons[YES]
    yes_button.setFocus()
    qtbot.keyClick(yes_button, Qt.Key.Key_Y)
    assert first.choice.value() == YES
    assert main.focusWidget() is first.source, "Y answers and moves on"
    second.choice.buttons[YES].setFocus()
    press(second.choice.buttons[YES], "ㅜ", 0x315C)  # N's key in Hangul mode
    assert second.choice.value() == NO
    third.choice.buttons[NO].setFocus()
    press(third.choice.buttons[NO], "ㅕ", 0x3155)  # U: not yet known
    assert third.choice.value() == UNKNOWN_ANSWER
    third.choice.buttons[NO].setFocus()
    qtbot.keyClick(third.choice.buttons[NO], Qt.Key.Key_1)  # by position, as in the catheter
    assert third.choice.value() == YES
    # A shortcut is never an answer: Ctrl+N registers a candidate, Alt+N is a mnemonic.
    third.choice.buttons[NO].setFocus()
    QApplication.sendEvent(third.choice.buttons[NO], QKeyEvent(
        QEvent.Type.KeyPress, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier, "n"))
    assert third.choice.value() == YES
    prior = screen.form.prior_adjuvant_row.choice
    prior.buttons[YES].setFocus()
    press(prior.buttons[YES], "ㅛ", 0x315B)
    assert prior.value() == YES


def test_catheter_inspection_takes_the_same_keys(qtbot: QtBot, open_main: OpenMain) -> None:
    main = open_main("nurse")
    summary = patient(main, HAI_PATIENT)
    dialog = InspectionDialog(main.ws, summary, catheter.catheter_record(main.ws, summary.id),
                              main)
    qtbot.addWidget(dialog)
    dialog.show()
    yes_no = [item for item in catheter_rules().items if item.kind is ItemKind.YES_NO]
    first, second = (dialog.answers[item.id] for item in yes_no[:2])
    first.setFocus()
    press(first, "ㅛ", 0x315B)
    assert first.value() is True
    assert dialog.focusWidget() is not first, "the answer moves on"
    press(second, "ㅜ", 0x315C)
    assert second.value() is False
    qtbot.keyClick(second, Qt.Key.Key_Y)
    assert second.value() is True
    press(dialog.outcome, "ㄹ", 0x3139)  # F: fit, typed in Hangul mode
    assert dialog.outcome.value() == "fit"
    dialog.reject()
