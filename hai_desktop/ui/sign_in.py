"""The sign-in window: which trial, which database file, who you are."""

from __future__ import annotations

import importlib
import logging
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from hai_desktop import __version__
from hai_desktop.core.errors import DatabaseFileError, HaiError
from hai_desktop.core.i18n import QT_TRANSLATE_NOOP
from hai_desktop.settings import Settings
from hai_desktop.store.keyfile import is_training
from hai_desktop.ui.background import Operation, SerialWorker, run_in_background
from hai_desktop.ui.i18n import message_text
from hai_desktop.ui.style import add_bundled_fonts
from hai_desktop.ui.widgets.common import (
    ALIGN_CENTER,
    ALIGN_RIGHT_VCENTER,
    SELECTABLE_BY_MOUSE,
    InlineMessage,
    card,
    label,
    primary_button,
)

TRIAL_TITLE = QT_TRANSLATE_NOOP("Trial", "HAI oxaliplatin trial — NCT05103020")
# The database stack (SQLAlchemy, Alembic, argon2, SQLCipher) takes longer to import than Qt
# takes to draw this window: load it in the background while the person types.
DATABASE_STACK = "hai_desktop.services.workspace"

if TYPE_CHECKING:  # for the signatures only: importing them builds enums at start-up
    from PySide6.QtGui import QPaintEvent, QShowEvent

log = logging.getLogger(__name__)


def preload_database_stack() -> threading.Thread:
    def load() -> None:
        try:
            importlib.import_module(DATABASE_STACK)
        except Exception:
            log.exception("background import of the database stack failed")

    thread = threading.Thread(target=load, name="preload-database-stack", daemon=True)
    thread.start()
    return thread


def trial_title() -> str:
    return QCoreApplication.translate("Trial", TRIAL_TITLE)


def missing_database_text(path: Path) -> str:
    return QCoreApplication.translate(
        "SignInWindow", "No database at {path}.\nCreate one with:   hai-desktop init --db "
        "{path}\nor try the demo with:   hai-desktop demo").format(path=path)


class SignInWindow(QWidget):
    signed_in = Signal(object)  # Workspace

    def __init__(self, settings: Settings, db_path: Path,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SignInWindow")
        self.setWindowTitle(self.tr("Sign in — {trial}").format(trial=trial_title()))
        self.settings = settings
        self.db_path = db_path
        self._preload: threading.Thread | None = None
        # No workspace yet: unlocking (argon2id, a moment) runs on the sign-in's own worker.
        self.worker = SerialWorker("sign-in")
        self.pending: Operation[object] | None = None
        self.training_banner = label(
            self.tr("TRAINING DATABASE — invented patients, for practice only"),
            "TrainingBanner")
        self.training_banner.setProperty("alignment", ALIGN_CENTER)
        self.username = QLineEdit()
        self.username.setPlaceholderText(self.tr("your user name"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("your password"))
        self.sign_in_button = primary_button(self.tr("Sign in"))
        self.message = InlineMessage()
        self.path_label = label(self.data_location(), "Muted", wrap=True)
        self.path_label.setProperty("textInteractionFlags", SELECTABLE_BY_MOUSE)
        self._build()
        self._connect()
        self.check_database()
        self.resize(700, 560)

    def _build(self) -> None:
        frame, body = card()
        self.form_card = frame  # disabled while the password is checked
        body.setSpacing(12)
        body.addWidget(label(trial_title(), "ScreenTitle", wrap=True))
        body.addWidget(label(self.tr("Infusion-unit workstation · sign in with your own account"),
                             "ScreenSubtitle"))
        body.addWidget(self.training_banner)
        form = QFormLayout()
        form.setSpacing(10)
        form.setProperty("labelAlignment", ALIGN_RIGHT_VCENTER)
        form.addRow(QLabel(self.tr("Database")), self.path_label)
        form.addRow(QLabel(self.tr("User name")), self.username)
        form.addRow(QLabel(self.tr("Password")), self.password)
        body.addSpacing(4)
        body.addLayout(form)
        body.addWidget(self.message)
        button_row = QHBoxLayout()
        button_row.addStretch(1)
        button_row.addWidget(self.sign_in_button)
        body.addLayout(button_row)
        self.sign_in_button.setMinimumWidth(140)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 28, 32, 20)
        outer.addStretch(1)
        outer.addWidget(frame)
        outer.addStretch(1)
        protection = (self.tr("data on the unit's server, over TLS") if self.settings.uses_server
                      else self.tr("data encrypted with SQLCipher"))
        footer = label(self.tr("hai-desktop {version} · {protection}").format(
            version=__version__, protection=protection), "Muted")
        footer.setProperty("alignment", ALIGN_CENTER)
        outer.addWidget(footer)
        self.setTabOrder(self.username, self.password)
        self.setTabOrder(self.password, self.sign_in_button)

    def _connect(self) -> None:
        self.username.returnPressed.connect(self._on_username_enter)
        self.password.returnPressed.connect(self.submit)
        self.sign_in_button.clicked.connect(self.submit)

    def data_location(self) -> str:
        if self.settings.uses_server:
            from hai_desktop.store.server import ServerAddress

            try:
                return ServerAddress.from_settings(self.settings).label
            except HaiError as error:
                return message_text(error.message)
        return str(self.db_path)

    def check_database(self) -> None:
        """Say before anyone types a password if the file cannot be opened at all."""
        self.training_banner.hide()
        if self.settings.uses_server:
            # The server is asked at sign-in: its address is checked then, with the password.
            self.set_sign_in_enabled(True)
            return
        if not self.db_path.exists():
            self._refuse(missing_database_text(self.db_path))
            return
        try:
            self.training_banner.setVisible(is_training(self.db_path))
        except DatabaseFileError as error:
            self._refuse(error)
            return
        self.set_sign_in_enabled(True)

    def _refuse(self, error: DatabaseFileError | str) -> None:
        self.message.show_error(error)
        self.set_sign_in_enabled(False)

    def set_sign_in_enabled(self, enabled: bool) -> None:
        for widget in (self.username, self.password, self.sign_in_button):
            widget.setEnabled(enabled)

    def _on_username_enter(self) -> None:
        # Enter in the user name moves on to the password unless both are already filled in.
        if self.password.text():
            self.submit()
        else:
            self.password.setFocus()

    @property
    def busy(self) -> bool:
        """The password is being checked, or the backup at sign-in runs (the form is disabled
        meanwhile)."""
        return self.pending is not None and not self.pending.done

    def submit(self) -> None:
        if not self.sign_in_button.isEnabled() or self.busy:
            return
        self.message.clear_message()
        from hai_desktop.services.workspace import sign_in_configured

        settings, username, password = self.settings, self.username.text(), self.password.text()
        db_path = self.db_path
        self.password.clear()  # not kept in the form while the key slot is unlocked
        self.pending = run_in_background(
            self, self.worker, self.tr("Checking your password…"),
            lambda: sign_in_configured(settings, username, password, db_path),
            on_success=self.signed_in.emit, on_failure=self._refused, disable=self.form_card)

    def _refused(self, error: HaiError) -> None:
        self.message.show_error(error)
        self.password.setFocus()

    def prepare_for_next_user(self) -> None:
        """After a sign-out: an empty form, focus in the user name."""
        self.username.clear()
        self.password.clear()
        self.message.clear_message()
        self.check_database()
        self.username.setFocus()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._preload is None:  # after the first paint, so it does not delay it
            self._preload = preload_database_stack()
            # Hangul for names typed or shown later (already there for a Korean interface).
            QTimer.singleShot(0, add_bundled_fonts)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self.username.text():
            self.username.setFocus()

