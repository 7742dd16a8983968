"""Help → About: the versions a support call needs, the same facts as `hai-desktop --version`
(hai_desktop.services.about), plus Qt and the open database; Copy puts them on the clipboard."""

from __future__ import annotations

import PySide6
from PySide6.QtCore import QCoreApplication, Qt, qVersion
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hai_desktop.core.i18n import QT_TRANSLATE_NOOP
from hai_desktop.services.about import AboutInfo, about_info, fact_line
from hai_desktop.services.workspace import Workspace
from hai_desktop.ui.dialogs.base import FittedScroll, room_for_dialogs
from hai_desktop.ui.sign_in import trial_title
from hai_desktop.ui.widgets.common import label, section_title

PURPOSE = QT_TRANSLATE_NOOP("AboutDialog",
                            "Infusion-unit workstation: screening, randomization, dosing, "
                            "orders,\ntoxicity and catheter logs in one encrypted file.")
TRAINING_NOTE = QT_TRANSLATE_NOOP("AboutDialog", "TRAINING database: invented data only.")
# The names of the facts, as shown beside them (the clipboard keeps --version's English).
FACT_NAMES = (QT_TRANSLATE_NOOP("AboutDialog", "Version"),
              QT_TRANSLATE_NOOP("AboutDialog", "Build"),
              QT_TRANSLATE_NOOP("AboutDialog", "Database"))


def _tr(text: str) -> str:
    return QCoreApplication.translate("AboutDialog", text)


def qt_description() -> str:
    return f"{qVersion()} · PySide6 {PySide6.__version__}"


def database_description(ws: Workspace | None) -> str:
    if ws is None:
        return QCoreApplication.translate("AboutDialog", "not open")
    if ws.db.on_server:
        where = {"server": ws.db.label, "version": ws.db.server_version()}
        return (QCoreApplication.translate("AboutDialog", "{server} ({version}, TRAINING)")
                if ws.is_training
                else "{server} ({version})").format(**where)
    where = {"file": ws.db.name, "version": ws.db.cipher_version()}
    return (QCoreApplication.translate("AboutDialog", "{file} (SQLCipher {version}, TRAINING)")
            if ws.is_training
            else "{file} (SQLCipher {version})").format(**where)


def about_facts(info: AboutInfo, ws: Workspace | None) -> list[tuple[str, str]]:
    facts = info.facts()
    facts.insert(3, ("Qt", qt_description()))
    facts.append(("Database", database_description(ws)))
    return facts


def about_text(ws: Workspace | None, info: AboutInfo | None = None) -> str:
    """Everything the dialog shows, as plain text for the clipboard."""
    info = info or about_info()
    return "\n".join([f"hai-desktop {info.version}", trial_title(),
                      *(fact_line(name, value) for name, value in about_facts(info, ws)[1:]),
                      *info.data_lines()])


def _value(text: str) -> QLabel:
    # No word wrap anywhere here: wrapped labels' height-for-width let the layout squeeze the
    # rows below their height and clip the underscores of the file names.
    value = label(text)
    value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return value


class AboutDialog(QDialog):
    def __init__(self, ws: Workspace | None, parent: QWidget | None = None,
                 info: AboutInfo | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About hai-desktop"))
        self.info = info or about_info()
        self.ws = ws
        # The facts scroll (the data files' list is long); the buttons stay in view.
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        self.scroll_area = FittedScroll(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 20, 24, 16)
        outer.setSpacing(12)
        outer.addWidget(self.scroll_area, 1)
        layout.addWidget(label(self.tr("hai-desktop {version}").format(
            version=self.info.version), "ScreenTitle"))
        layout.addWidget(label(f"{trial_title()}\n{_tr(PURPOSE)}", "ScreenSubtitle"))
        self.training_label = label(_tr(TRAINING_NOTE), "InlineError")
        self.training_label.setVisible(ws is not None and ws.is_training)
        layout.addWidget(self.training_label)

        # name → value label, kept so tests read what is on screen
        self.values: dict[str, QLabel] = {}
        facts = QGridLayout()
        facts.setHorizontalSpacing(16)
        facts.setVerticalSpacing(6)
        for row, (name, value) in enumerate(about_facts(self.info, ws)):
            shown = _tr(name) if name in FACT_NAMES else name
            facts.addWidget(label(shown, "Muted"), row, 0, Qt.AlignmentFlag.AlignTop)
            self.values[name] = _value(value)
            facts.addWidget(self.values[name], row, 1)
        facts.setColumnStretch(1, 1)
        layout.addLayout(facts)

        layout.addWidget(section_title(self.tr("Protocol data")))
        layout.addWidget(label(self.tr("in {folder}").format(folder=self.info.resources),
                               "Muted"))
        files = QGridLayout()
        files.setHorizontalSpacing(16)
        files.setVerticalSpacing(6)
        self.data_values: dict[str, QLabel] = {}
        for row, entry in enumerate(self.info.data_files):
            files.addWidget(label(entry.path), row, 0)
            self.data_values[entry.path] = _value(entry.describe())
            files.addWidget(self.data_values[entry.path], row, 1)
        if not self.info.data_files:
            files.addWidget(label(self.tr("None found: the installation is incomplete."),
                                  "InlineError"), 0, 0)
        files.setColumnStretch(1, 1)
        layout.addLayout(files)

        self.buttons = QDialogButtonBox()
        self.copy_button: QPushButton = self.buttons.addButton(
            self.tr("Copy details"), QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_details)
        close = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setObjectName("Primary")
        close.setDefault(True)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)
        room = room_for_dialogs()
        width = min(content.sizeHint().width() + 48 + self.scroll_area.bar_width(), room.width())
        height = (self.scroll_area.content_height(width - 48 - self.scroll_area.bar_width())
                  + self.buttons.sizeHint().height() + 20 + 16 + 12 + 4)
        self.resize(width, min(height, room.height()))

    def copy_details(self) -> None:
        """For the support call or ticket: the same text as --version, with Qt and database."""
        QApplication.clipboard().setText(about_text(self.ws, self.info))


def show_about(parent: QWidget | None, ws: Workspace | None) -> None:
    AboutDialog(ws, parent).exec()
