"""The dialog shown when something unexpected happened: never a silent failure."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def crash_message_box(summary: str, details: str, log_path: Path | None,
                      parent: QWidget | None = None) -> QMessageBox:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("CrashMessageBox", "Unexpected error"))
    box.setText(QCoreApplication.translate(
        "CrashMessageBox",
        "Something unexpected went wrong. What you were doing may not have been saved."))
    where = QCoreApplication.translate(
        "CrashMessageBox", "The details were written to the log file:\n{path}").format(
            path=log_path) if log_path else ""
    please = QCoreApplication.translate(
        "CrashMessageBox", "Please tell the trial's support contact what you were doing.")
    box.setInformativeText(f"{summary}\n\n{please} {where}")
    box.setDetailedText(details)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    return box
