"""The Qt binding itself must not leak references to None.

PySide6 6.12.0 under Python 3.11 takes one reference from None on every C++ call that returns
void; None is then deallocated after some thousands of calls and the interpreter aborts
("Fatal Python error: none_dealloc") in the middle of a nurse's form. pyproject.toml keeps the
binding below 6.12; this test fails if an upgrade brings the defect back.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel, QLineEdit
from pytestqt.qtbot import QtBot


def test_void_calls_keep_none_alive(qtbot: QtBot) -> None:
    label, edit = QLabel(), QLineEdit()
    qtbot.addWidget(label)
    qtbot.addWidget(edit)
    before = (sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False))
    for n in range(2000):
        label.setText(str(n))
        edit.setText(str(n))
        edit.setEnabled(n % 2 == 0)
        label.setVisible(False)
    after = (sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False))
    assert all(a > b - 200 for a, b in zip(after, before, strict=True)), (before, after)
