"""Application start: style, crash handler, sign-in → main window → sign-in again."""

from __future__ import annotations

import logging
import sys
import traceback
from dataclasses import replace
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QWidget

from hai_desktop import APP_NAME, __version__
from hai_desktop.core.errors import HaiError
from hai_desktop.logging_setup import configure_logging
from hai_desktop.settings import Settings, save_setting
from hai_desktop.ui.dialogs.crash import crash_message_box
from hai_desktop.ui.i18n import DEFAULT_LANGUAGE, chosen_language, install_language
from hai_desktop.ui.sign_in import SignInWindow
from hai_desktop.ui.style import add_bundled_fonts, apply_style

if TYPE_CHECKING:
    from hai_desktop.services.workspace import Workspace
    from hai_desktop.ui.main_window import MainWindow

log = logging.getLogger(__name__)


class CrashHandler:
    """sys.excepthook for the GUI: log the traceback, then tell the person. Never silent."""

    def __init__(self, log_path: Path | None) -> None:
        self.log_path = log_path
        self._showing = False
        self.shown: list[str] = []  # summaries shown, kept for tests and diagnostics

    def __call__(self, exc_type: type[BaseException], exc: BaseException,
                 tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        details = "".join(traceback.format_exception(exc_type, exc, tb))
        log.critical("unexpected error\n%s", details)
        summary = f"{exc_type.__name__}: {exc}"
        self.shown.append(summary)
        if self._showing or QApplication.instance() is None:
            print(details, file=sys.stderr)  # a crash inside the crash dialog: still say it
            return
        self._showing = True
        try:
            crash_message_box(summary, details, self.log_path,
                              QApplication.activeWindow()).exec()
        finally:
            self._showing = False

    def install(self) -> None:
        sys.excepthook = self


def create_application(argv: list[str] | None = None, language: str = "") -> QApplication:
    """The application, styled, in the language the `language` setting names (empty: the
    computer's)."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or [APP_NAME])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName("hai-desktop")
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    # The interface in Korean needs the Korean font before anything is drawn; in English the
    # sign-in window adds it just after its first paint (start-up time, see README).
    language = install_language(chosen_language(language))
    apply_style(app, fonts=language != DEFAULT_LANGUAGE)
    return app


class SessionFlow(QObject):
    """Sign-in window and main window take turns; one Workspace is open at a time."""

    def __init__(self, settings: Settings, db_path: Path, app: QApplication,
                 config_path: Path | None = None) -> None:
        super().__init__()
        self.settings = settings
        self.config_path = config_path  # where the language choice is saved
        self.app = app
        self.sign_in_window = SignInWindow(settings, db_path)
        self.sign_in_window.signed_in.connect(self.open_workspace)
        self.main_window: MainWindow | None = None

    def start(self) -> None:
        self.sign_in_window.show()

    def open_workspace(self, ws: Workspace) -> None:
        if ws.user.must_change_password and not self._force_password_change(ws):
            ws.sign_out()
            self.sign_in_window.prepare_for_next_user()
            return
        # Imported here, not at start-up: the sign-in window must appear as fast as a bare one.
        from hai_desktop.services.backup import run_automatic_backup
        from hai_desktop.ui.background import run_in_background

        # The "daily" schedule; a failure is audited and the session opens all the same. The
        # sign-in form waits for it as for the password check.
        self.sign_in_window.pending = run_in_background(
            self.sign_in_window, ws, self.tr("Backing up the database…"),
            lambda: run_automatic_backup(ws, "sign-in"),
            on_success=lambda _backup: self._show_main_window(ws),
            on_failure=lambda _error: self._show_main_window(ws),
            disable=self.sign_in_window.form_card)

    def _show_main_window(self, ws: Workspace) -> None:
        add_bundled_fonts()  # normally already added after the sign-in window's first paint
        window = self._new_main_window(ws)
        self.sign_in_window.hide()
        window.show()
        # Keyboard focus follows at once, so Ctrl+1…9 work without a click first.
        window.raise_()
        window.activateWindow()

    def _new_main_window(self, ws: Workspace) -> MainWindow:
        from hai_desktop.ui.main_window import MainWindow

        window = MainWindow(ws)
        window.signed_out.connect(self.back_to_sign_in)
        window.quit_requested.connect(self.app.quit)
        window.language_chosen.connect(self.change_language)
        self.main_window = window
        return window

    def change_language(self, code: str) -> None:
        """The Session menu's language: saved as the `language` setting, then both windows are
        built again in it; the person stays signed in, on the same patient and screen."""
        old = self.main_window
        try:
            path = save_setting("language", code, self.config_path)
        except (HaiError, OSError) as error:
            if old is not None:
                from hai_desktop.ui.run_service import show_error

                show_error(old, HaiError(self.tr("The language could not be saved: {error}")
                                         .format(error=error),
                                         hint=self.tr("Check that the settings file can be "
                                                      "written, or set language there.")))
            return
        log.info("interface language %s, saved in %s", code, path)
        install_language(code)
        add_bundled_fonts()
        self.settings = replace(self.settings, language=code)
        db_path = self.sign_in_window.db_path
        self.sign_in_window.worker.shut_down()
        self.sign_in_window.deleteLater()
        self.sign_in_window = SignInWindow(self.settings, db_path)
        self.sign_in_window.signed_in.connect(self.open_workspace)
        if old is None:
            self.sign_in_window.show()
            return
        window = self._new_main_window(old.ws)
        if old.current_patient is not None:
            window.set_current_patient(old.current_patient)
        window.show_screen(old.current_screen_key())
        window.setGeometry(old.geometry())
        old.idle.stop()
        old.live.stop()  # the new window listens to the same workspace from now on
        old.hide()
        old.deleteLater()
        window.show()
        window.activateWindow()

    def _force_password_change(self, ws: Workspace) -> bool:
        from hai_desktop.ui.dialogs.change_password import ChangePasswordDialog

        dialog = ChangePasswordDialog(ws, forced=True, parent=self.sign_in_window)
        return bool(dialog.exec())

    def back_to_sign_in(self) -> None:
        backup_error = None
        if self.main_window is not None:
            backup_error = self.main_window.backup_at_sign_out.error
            self.main_window.deleteLater()
            self.main_window = None
        self.sign_in_window.prepare_for_next_user()
        if backup_error is not None:
            self.sign_in_window.message.show_error(self.tr(
                "The automatic backup at sign-out failed: {error} The records are safe in the "
                "database; tell the administrator.").format(error=backup_error))
        self.sign_in_window.show()

    def visible_window(self) -> QWidget:
        return self.main_window if self.main_window is not None else self.sign_in_window


def start_gui(settings: Settings, db_path: Path, demo: bool = False) -> SessionFlow:
    """Everything before the event loop: logging, crash handler, style, the sign-in window."""
    log_path = configure_logging(settings.log_dir)
    log.info("GUI start (%s database %s)", "demo" if demo else "site", db_path.name)
    CrashHandler(log_path).install()
    app = create_application(sys.argv[:1], settings.language)
    flow = SessionFlow(settings, db_path, app)
    flow.start()
    return flow


def run_gui(settings: Settings, db_path: Path, demo: bool = False) -> int:
    """Start the GUI on `db_path` and run it until quit; returns the exit code."""
    flow = start_gui(settings, db_path, demo)
    code = flow.app.exec()
    if flow.main_window is not None:
        # Signs out, so the audit trail records the end of the session; the backup first.
        ending = flow.main_window.quit()
        if ending is not None:
            ending.wait()
    return int(code)
