"""Saving a PDF: one dialog, one default folder, one way of writing it — for every document.

The save dialog opens in the folder used last time (the user's Documents folder the first
time), with a file name that carries the pseudonymised id (study ID or screening number),
never the patient's name. Only the folder is remembered, in the user's Qt settings: no file
name, nothing about a patient. The PDF is made and written on the workspace's worker (see
ui/background.py), so the window keeps turning while reportlab draws.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from hai_desktop.core.errors import HaiError
from hai_desktop.ui.background import Operation, run_in_background

LAST_FOLDER_KEY = "save_pdf/last_folder"


def _settings() -> QSettings:
    # The application's organisation and name (set in ui/app.py) name the user's settings file.
    return QSettings()


def documents_folder() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


def last_folder() -> Path:
    """Where the last PDF was saved, while that folder still exists; else Documents."""
    value = _settings().value(LAST_FOLDER_KEY, "")
    folder = Path(str(value)) if value else None
    if folder is not None and folder.is_dir():
        return folder
    return documents_folder()


def remember_folder(folder: Path) -> None:
    settings = _settings()
    settings.setValue(LAST_FOLDER_KEY, str(folder))
    settings.sync()


def ask_pdf_path(parent: QWidget | None, title: str, default_name: str) -> Path | None:
    """The save dialog; the chosen path (".pdf" added when left out), or None if cancelled."""
    start = last_folder() / default_name
    chosen, _filter = QFileDialog.getSaveFileName(
        parent, title, str(start),
        QCoreApplication.translate("SavePdf", "PDF files (*.pdf)"))
    if not chosen:
        return None
    path = Path(chosen)
    if not path.suffix:
        path = path.with_suffix(".pdf")
    remember_folder(path.parent)
    return path


class PdfNotWritten(HaiError):
    """The disk refused the file: said with the path and the reason, nothing else changed."""


def write_pdf(path: Path, pdf: bytes) -> Path:
    try:
        path.write_bytes(pdf)
    except OSError as exc:
        raise PdfNotWritten(
            QCoreApplication.translate("SavePdf", "The file {path} could not be written: "
                                       "{problem}.").format(path=path, problem=exc.strerror),
            hint=QCoreApplication.translate("SavePdf", "Choose another folder, or check that "
                                            "this one is writable and has space.")) from exc
    return path


def save_pdf(parent: QWidget, owner: object, *, title: str, default_name: str, working: str,
             make: Callable[[], bytes], on_saved: Callable[[Path], None],
             on_failure: Callable[[HaiError], None] | None = None,
             disable: QWidget | None = None) -> Operation[Path] | None:
    """Ask where, then make the PDF and write it on `owner`'s worker (a workspace); None if
    the person cancelled the dialog. `working` names the operation in the progress window."""
    path = ask_pdf_path(parent, title, default_name)
    if path is None:
        return None
    return run_in_background(parent, owner, working, lambda: write_pdf(path, make()),
                             on_success=on_saved, on_failure=on_failure, disable=disable)
