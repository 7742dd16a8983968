"""No two things shown together in one window answer to the same Alt+letter: every screen
(each tab of it) as each role sees it with a patient chosen, with the menu bar's titles, and
every dialog that can be opened here; in English and in Korean ("검증(&V)")."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QTabBar, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from hai_desktop.services.patients import list_patients
from hai_desktop.settings import Settings
from hai_desktop.ui.main_window import SCREENS, MainWindow
from hai_desktop.ui.sign_in import SignInWindow
from tests.ui import test_translations
from tests.ui.conftest import OpenMain, patients_screen
from tests.ui.test_translations import korean_dialogs

korean = test_translations.korean  # the fixture: the interface in Korean


def mnemonic(text: str) -> str:
    return QKeySequence.mnemonic(text).toString()


def mnemonics_shown(window: QWidget) -> list[tuple[str, str]]:
    """(Alt+letter, text) of every button, tab, group box and buddied label shown in
    `window`, and of the menu bar's titles."""
    found: list[tuple[str, str]] = []

    def add(text: str) -> None:
        if key := mnemonic(text):
            found.append((key, text))

    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or widget.isWindow():
            continue
        if isinstance(widget, QAbstractButton):
            add(widget.text())
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                if widget.isTabVisible(index):
                    add(widget.tabText(index))
        elif isinstance(widget, QGroupBox):
            add(widget.title())
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            add(widget.text())
    if isinstance(window, MainWindow):
        for action in window.menuBar().actions():
            add(action.text())
    return found


def clashes(window: QWidget, where: str) -> list[str]:
    shown = mnemonics_shown(window)
    counts = Counter(key for key, _text in shown)
    return [f"{where}: {key} is " + " and ".join(t for k, t in shown if k == key)
            for key in sorted(k for k, n in counts.items() if n > 1)]


def each_tab(window: QWidget, where: str) -> list[str]:
    """The window as it is, then with each tab of each of its tab widgets in front."""
    problems = clashes(window, where)
    for tabs in window.findChildren(QTabWidget):
        if not tabs.isVisibleTo(window):
            continue
        current = tabs.currentIndex()
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            problems += clashes(window, f"{where} / {tabs.tabText(index)}")
        tabs.setCurrentIndex(current)
    return problems


def screens_of(main: MainWindow) -> list[str]:
    patient = next(p for p in list_patients(main.ws) if p.screening_number == "S-0006")
    main.set_current_patient(patient)  # on treatment: orders, toxicities, a catheter
    problems = []
    for entry in SCREENS:
        if entry.key in main.screens:
            main.show_screen(entry.key)
            problems += each_tab(main, entry.key)
    return problems


@pytest.mark.parametrize("username", ["admin", "investigator", "pharmacist", "nurse",
                                      "coordinator", "radiologist", "monitor"])
def test_every_screen_has_unique_mnemonics(qtbot: QtBot, open_main: OpenMain,
                                           username: str) -> None:
    main = open_main(username)
    main.resize(1366, 768)
    problems = screens_of(main)
    assert problems == [], "\n".join(problems)


def test_every_screen_in_korean_has_unique_mnemonics(qtbot: QtBot, korean: None,
                                                     open_main: OpenMain) -> None:
    main = open_main("admin")
    main.resize(1366, 768)
    problems = screens_of(main)
    assert problems == [], "\n".join(problems)


def every_dialog(main: MainWindow) -> list[QWidget]:
    from hai_desktop.ui.dialogs.about import AboutDialog
    from hai_desktop.ui.dialogs.allergies import AllergiesDialog
    from hai_desktop.ui.dialogs.change_password import ChangePasswordDialog
    from hai_desktop.ui.dialogs.mutation_status import MutationStatusDialog
    from hai_desktop.ui.dialogs.no_known_allergies import NoKnownAllergiesDialog
    from hai_desktop.ui.dialogs.recovery_code import RecoveryCodeDialog
    from hai_desktop.ui.dialogs.reset_password import ResetPasswordDialog

    ws, patient = main.ws, main.current_patient
    assert patient is not None
    return [*korean_dialogs(main), AllergiesDialog(ws, patient, main),
            NoKnownAllergiesDialog(ws, patient, main), ChangePasswordDialog(ws, parent=main),
            ResetPasswordDialog(ws, "nurse", main), MutationStatusDialog(ws, patient.id, main),
            RecoveryCodeDialog("ABCD-EFGH-IJKL-MNOP", main), AboutDialog(ws, main)]


@pytest.mark.parametrize("language", ["en", "ko"])
def test_every_dialog_has_unique_mnemonics(qtbot: QtBot, open_main: OpenMain,
                                           request: pytest.FixtureRequest,
                                           language: str) -> None:
    if language == "ko":
        request.getfixturevalue("korean")
    main = open_main("admin")
    patients_screen(main).select_row(5)  # type: ignore[attr-defined]
    problems = []
    for dialog in every_dialog(main):
        dialog.show()
        problems += each_tab(dialog, type(dialog).__name__)
        dialog.reject()  # hidden and no longer modal, whatever its closeEvent does
    assert problems == [], "\n".join(problems)


def test_the_sign_in_window_has_unique_mnemonics(qtbot: QtBot, demo_db: Path,
                                                 settings: Settings) -> None:
    window = SignInWindow(settings, demo_db)
    qtbot.addWidget(window)
    window.show()
    problems = each_tab(window, "sign-in")
    assert problems == [], "\n".join(problems)


def test_a_clash_is_found() -> None:
    """The check itself: two buttons with &V in one window are reported."""
    from PySide6.QtWidgets import QHBoxLayout, QPushButton

    window = QWidget()
    row = QHBoxLayout(window)
    for text in ("&Verify…", "Pre&view", "V&oid…"):
        row.addWidget(QPushButton(text))
    assert clashes(window, "test") == ["test: Alt+V is &Verify… and Pre&view"]
    window.deleteLater()
