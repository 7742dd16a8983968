"""The suite's guard against a dialog nobody answers (tests/ui/conftest.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from tests.ui.conftest import DialogWatch


def test_a_dialog_left_open_is_closed_and_named(qtbot: QtBot) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, "김지원 — not saved", "The order was not signed.")
    box.setWindowModality(Qt.WindowModality.ApplicationModal)
    qtbot.addWidget(box)
    box.show()
    qtbot.waitUntil(box.isVisible)
    watch = DialogWatch(patience=0.2)
    watch.look()
    assert box.isVisible() and watch.stuck == [], "not yet: it has just opened"
    qtbot.wait(300)
    watch.look()
    assert not box.isVisible()
    assert watch.stuck == ["QMessageBox '김지원 — not saved': 'The order was not signed.'"]


def test_no_dialog_open_is_nothing_to_report(qtbot: QtBot) -> None:
    watch = DialogWatch(patience=0)
    watch.look()
    assert watch.stuck == [] and watch.opened == {}
