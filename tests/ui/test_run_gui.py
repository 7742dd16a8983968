"""Starting the GUI: in-process up to the event loop, and run_gui's real loop in a subprocess."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from hai_desktop.settings import Settings
from hai_desktop.ui.app import CrashHandler, start_gui


def test_start_gui_shows_sign_in(monkeypatch: pytest.MonkeyPatch, qtbot: QtBot, demo_db: Path,
                                 settings: Settings) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    flow = start_gui(settings, demo_db, demo=True)
    qtbot.addWidget(flow.sign_in_window)
    assert flow.sign_in_window.isVisible()
    assert flow.sign_in_window.training_banner.isVisible()
    assert isinstance(sys.excepthook, CrashHandler)
    # The rotating log file is configured (once per process: the first folder wins).
    assert any(getattr(h, "hai_log", False) for h in logging.getLogger().handlers)
    assert flow.app.font().pointSize() >= 10
    assert flow.app.styleSheet()


def test_run_gui_event_loop_quits_cleanly(demo_db: Path, tmp_path: Path) -> None:
    script = textwrap.dedent(f"""
        from pathlib import Path
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication
        from hai_desktop.settings import Settings
        from hai_desktop.ui.app import create_application, run_gui
        create_application()  # timers need the application's event dispatcher
        settings = Settings(data_dir=Path({str(tmp_path)!r}), log_dir=Path({str(tmp_path)!r}))
        QTimer.singleShot(300, lambda: print("windows:", sorted(
            type(w).__name__ for w in QApplication.topLevelWidgets() if w.isVisible())))
        QTimer.singleShot(400, QApplication.quit)
        raise SystemExit(run_gui(settings, Path({str(demo_db)!r}), demo=True))
    """)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            timeout=60, env=env, cwd=Path(__file__).parents[2])
    assert result.returncode == 0, result.stderr
    assert "windows: ['SignInWindow']" in result.stdout
