"""The one save-PDF helper: Documents first, then the folder used last; pseudonymised names;
the PDF made and written on the worker; a refused disk said in words."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from hai_desktop.core.errors import HaiError
from hai_desktop.services.patients import list_patients
from hai_desktop.ui.screens.toxicity import ToxicityScreen
from hai_desktop.ui.widgets.save_pdf import (
    LAST_FOLDER_KEY,
    documents_folder,
    last_folder,
    save_pdf,
)
from tests.ui.conftest import OpenMain, wait_for_background

Asked = list[tuple[str, str]]


def answer_save_dialog(monkeypatch: pytest.MonkeyPatch, answer: Path | None) -> Asked:
    """The save dialog answered with `answer` (None: cancelled); what it was asked is kept."""
    asked: Asked = []

    def save_as(_parent: object, title: str, start: str, _filter: str) -> tuple[str, str]:
        asked.append((title, start))
        return (str(answer), "PDF files (*.pdf)") if answer is not None else ("", "")

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_as))
    return asked


def test_the_first_save_starts_in_documents_then_in_the_folder_used_last(
        qtbot: QtBot, open_main: OpenMain, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    main = open_main("pharmacist")
    patient = list_patients(main.ws, "S-0006")[0]
    main.set_current_patient(patient)
    main.show_screen("toxicity")
    screen = main.screens["toxicity"]
    assert isinstance(screen, ToxicityScreen)
    assert last_folder() == documents_folder()

    chosen = tmp_path / "reports" / "week 49"
    chosen.mkdir(parents=True)
    asked = answer_save_dialog(monkeypatch, chosen / "summary")  # no suffix: .pdf added
    screen.summary_button.click()
    wait_for_background(qtbot, main.ws)
    [(title, start)] = asked
    assert title == "Save the toxicity summary"
    assert Path(start) == documents_folder() / "toxicity-HAI-003.pdf"
    # The pseudonymised id, never the name, in the file name offered.
    assert patient.full_name not in start and str(patient.latin_name) not in start
    saved = chosen / "summary.pdf"
    text = "".join(page.extract_text() for page in PdfReader(saved).pages)
    assert "Toxicity summary" in text and "HAI-003" in text
    assert "saved to" in screen.message.text()

    asked = answer_save_dialog(monkeypatch, None)
    screen.summary_button.click()
    wait_for_background(qtbot, main.ws)
    assert Path(asked[0][1]) == chosen / "toxicity-HAI-003.pdf"  # remembered
    # Only the folder is kept in the settings: no file name, nothing about the patient.
    assert QSettings().value(LAST_FOLDER_KEY) == str(chosen)
    assert all(patient.full_name not in str(QSettings().value(key))
               for key in QSettings().allKeys())


def test_a_folder_that_is_gone_falls_back_to_documents(tmp_path: Path) -> None:
    gone = tmp_path / "gone"
    gone.mkdir()
    QSettings().setValue(LAST_FOLDER_KEY, str(gone))
    assert last_folder() == gone
    gone.rmdir()
    assert last_folder() == documents_folder()


def test_the_pdf_is_made_and_written_on_the_worker(
        qtbot: QtBot, open_main: OpenMain, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    main = open_main("nurse")
    answer_save_dialog(monkeypatch, tmp_path / "made.pdf")
    made_on: list[str] = []

    def make() -> bytes:
        made_on.append(threading.current_thread().name)
        return b"%PDF-1.4 a test\n%%EOF\n"

    saved: list[Path] = []
    operation = save_pdf(main, main.ws, title="Save", default_name="x.pdf", working="Making…",
                         make=make, on_saved=saved.append)
    assert operation is not None
    qtbot.waitUntil(lambda: operation.done)
    assert made_on and made_on[0] != threading.main_thread().name
    assert saved == [tmp_path / "made.pdf"]
    assert saved[0].read_bytes().startswith(b"%PDF")


def test_a_folder_that_cannot_be_written_is_said_with_the_path(
        qtbot: QtBot, open_main: OpenMain, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    main = open_main("nurse")
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    answer_save_dialog(monkeypatch, blocker / "sheet.pdf")
    errors: list[HaiError] = []
    operation = save_pdf(main, main.ws, title="Save", default_name="x.pdf", working="Making…",
                         make=lambda: b"%PDF-1.4\n", on_saved=lambda _p: None,
                         on_failure=errors.append)
    assert operation is not None
    qtbot.waitUntil(lambda: operation.done)
    [error] = errors
    assert str(blocker / "sheet.pdf") in str(error.message)
    assert "could not be written" in str(error.message)
