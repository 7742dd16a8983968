"""The Trial report screen on the demo: made on the worker when first shown and drawn page
under page, remade for a cut-off, saved as a PDF that reads back, and refused (with who may)
to a role that does not read it. Screenshot in /tmp/ui-shots."""

from __future__ import annotations

import io
from datetime import date, timedelta
from pathlib import Path

import pdfplumber
import pytest
from PySide6.QtWidgets import QFileDialog, QLabel
from pytestqt.qtbot import QtBot

from hai_desktop.ui.screens.trial_report import TrialReportScreen
from tests.ui.conftest import OpenMain, wait_for_background
from tests.ui.test_orders import shot


def open_report(open_main: OpenMain, username: str) -> TrialReportScreen:
    main = open_main(username)
    main.resize(1366, 768)
    main.show_screen("trial_report")
    screen = main.screens["trial_report"]
    assert isinstance(screen, TrialReportScreen)
    return screen


def test_the_report_is_made_on_the_worker_and_shown(
        qtbot: QtBot, open_main: OpenMain, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    screen = open_report(open_main, "coordinator")
    wait_for_background(qtbot, screen.ws)
    qtbot.waitUntil(lambda: screen.pdf is not None)
    assert screen.preview is not None and len(screen.preview.pages) == 3
    assert "3 pages" in screen.message.text()
    shot(screen.window(), "trial-report-screen.png", tmp_path)
    with pdfplumber.open(io.BytesIO(screen.pdf or b"")) as document:
        first = document.pages[0].extract_text() or ""
    assert "7 of 108 participants randomized" in first  # the demo's seven
    assert "HAI-004" not in first and "류수진" not in first  # counts only
    # A cut-off before the last randomization leaves that patient out.
    screen.cutoff.set_date(date.today() - timedelta(days=10))
    screen.show_button.click()
    wait_for_background(qtbot, screen.ws)
    with pdfplumber.open(io.BytesIO(screen.pdf or b"")) as document:
        assert "6 of 108 participants randomized" in (document.pages[0].extract_text() or "")
    target = tmp_path / "report.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *_a, **_k: (str(target), "PDF (*.pdf)")))
    screen.save_button.click()
    wait_for_background(qtbot, screen.ws)
    assert target.read_bytes().startswith(b"%PDF")
    assert "Trial report saved" in screen.message.text()


def test_a_nurse_is_told_who_reads_it(open_main: OpenMain) -> None:
    screen = open_report(open_main, "nurse")
    assert screen.preview is None
    texts = [w.text() for w in screen.findChildren(QLabel) if w.isVisible()]
    assert "Your role does not read the trial report." in texts
    assert any("research coordinators and the monitor" in t for t in texts)
