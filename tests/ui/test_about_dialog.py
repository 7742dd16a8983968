"""Help → About shows the facts of `hai-desktop --version`, plus Qt and the open database."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import qVersion
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from hai_desktop.services.about import about_info
from hai_desktop.ui.dialogs.about import AboutDialog, about_text
from tests.ui.conftest import OpenMain, answer_next_dialog

SHOTS = Path("/tmp/ui-shots")


def test_help_about_shows_every_fact_of_the_version_command(qtbot: QtBot,
                                                             open_main: OpenMain) -> None:
    main = open_main("monitor")
    info = about_info()
    seen: dict[str, object] = {}

    def check(dialog: QWidget) -> None:
        assert isinstance(dialog, AboutDialog)
        dialog.adjustSize()
        SHOTS.mkdir(parents=True, exist_ok=True)
        assert dialog.grab().save(str(SHOTS / "about.png"))
        seen["values"] = {name: w.text() for name, w in dialog.values.items()}
        seen["data"] = {path: w.text() for path, w in dialog.data_values.items()}
        seen["training"] = dialog.training_label.isVisible()
        dialog.copy_button.click()
        seen["clipboard"] = QApplication.clipboard().text()
        dialog.reject()

    answer_next_dialog(qtbot, check)
    main.about_action.trigger()  # returns when the dialog has closed

    values = seen["values"]
    assert isinstance(values, dict)
    for name, value in info.facts():
        assert values[name] == value
    assert values["Build"] == "development"
    assert values["SQLCipher"].startswith("4.")
    assert values["CTCAE"] == "v4.03"
    assert values["Qt"].startswith(qVersion())
    assert values["Database"] == f"{main.ws.db.path.name} (SQLCipher " \
                                 f"{main.ws.db.cipher_version()}, TRAINING)"
    assert seen["data"] == {f.path: f.describe() for f in info.data_files}
    assert seen["data"]["protocol/eligibility.toml"].startswith("version ")
    assert seen["training"] is True
    # The copied text is --version's, with the trial, Qt and the database added.
    clipboard = str(seen["clipboard"])
    assert clipboard == about_text(main.ws, info)
    for line in info.lines():
        assert line in clipboard.splitlines()
    assert f"Qt:        {values['Qt']}" in clipboard


def test_without_a_database_it_says_not_open(qtbot: QtBot) -> None:
    dialog = AboutDialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.values["Database"].text() == "not open"
    assert not dialog.training_label.isVisible()
    assert len(dialog.data_values) == len(about_info().data_files) > 0
