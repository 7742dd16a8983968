"""Help → About: versions a support call needs."""

from __future__ import annotations

import PySide6
from PySide6.QtCore import qVersion
from PySide6.QtWidgets import QMessageBox, QWidget

from hai_desktop import __version__
from hai_desktop.services.workspace import Workspace

TRIAL_TITLE = "HAI oxaliplatin trial — NCT05103020"


def about_text(ws: Workspace | None) -> str:
    cipher = ws.db.cipher_version() if ws is not None else "not open"
    lines = [
        f"<h3>hai-desktop {__version__}</h3>",
        f"<p>{TRIAL_TITLE}<br>Infusion-unit workstation: screening, randomization, dosing, "
        "orders, toxicity and catheter logs in one encrypted file.</p>",
        f"<p>SQLCipher {cipher}<br>Qt {qVersion()} · PySide6 {PySide6.__version__}</p>",
    ]
    if ws is not None and ws.is_training:
        lines.append("<p><b style='color:#c75300'>TRAINING database: invented data only.</b></p>")
    return "".join(lines)


def show_about(parent: QWidget | None, ws: Workspace | None) -> None:
    QMessageBox.about(parent, "About hai-desktop", about_text(ws))
