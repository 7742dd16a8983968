"""The main window: sidebar, patient header, screens, status bar, lock screen.

The window owns the current patient and the lock state. Locking swaps the whole workspace page
(header, sidebar and screens) for the lock screen, so no patient data stays visible; open
dialogs are covered, not closed (ui.lock_cover), and come back as they were after the unlock.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from hai_desktop.core.allergies import AllergyStatus
from hai_desktop.core.changes import Change
from hai_desktop.core.errors import HaiError
from hai_desktop.core.i18n import QT_TRANSLATE_NOOP
from hai_desktop.services.backup import AutomaticBackup, run_automatic_backup
from hai_desktop.services.patients import PatientSummary, get_patient
from hai_desktop.services.randomization import list_integrity_problem
from hai_desktop.services.today import TodayItem
from hai_desktop.services.workspace import Workspace
from hai_desktop.ui.background import Gate, Operation, run_in_background, shut_down_worker
from hai_desktop.ui.dialogs.about import show_about
from hai_desktop.ui.i18n import LANGUAGES, current_language, message_text, role_text
from hai_desktop.ui.idle import IdleWatcher
from hai_desktop.ui.live import LiveRefresh
from hai_desktop.ui.lock_cover import CoveredDialogs, LockKeyFilter
from hai_desktop.ui.lock_screen import LockScreen
from hai_desktop.ui.run_service import attempt, show_error
from hai_desktop.ui.screens.administration import AdministrationScreen
from hai_desktop.ui.screens.audit import AuditScreen
from hai_desktop.ui.screens.base import Screen
from hai_desktop.ui.screens.catheter import CatheterScreen
from hai_desktop.ui.screens.orders import OrdersScreen
from hai_desktop.ui.screens.patients import PatientsScreen
from hai_desktop.ui.screens.randomization import RandomizationScreen
from hai_desktop.ui.screens.response import ResponseScreen
from hai_desktop.ui.screens.screening import ScreeningScreen
from hai_desktop.ui.screens.today import TodayScreen
from hai_desktop.ui.screens.toxicity import ToxicityScreen
from hai_desktop.ui.screens.trial_report import TrialReportScreen
from hai_desktop.ui.sign_in import trial_title
from hai_desktop.ui.widgets.common import named
from hai_desktop.ui.widgets.patient_header import PatientHeader

WORKSPACE_PAGE, LOCK_PAGE = 0, 1
TODAY_AFTER_MS = 800

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ScreenEntry:
    key: str
    label: str  # English; title() is the label in the interface's language
    screen_class: type[Screen]

    def title(self) -> str:
        return QCoreApplication.translate("Screens", self.label)

    def action_text(self) -> str:
        """The title as a menu item: a '&' in it ("Dosing & Orders") is text, not a mnemonic."""
        return self.title().replace("&", "&&")


SCREENS: tuple[ScreenEntry, ...] = (
    ScreenEntry("today", QT_TRANSLATE_NOOP("Screens", "Today"), TodayScreen),
    ScreenEntry("patients", QT_TRANSLATE_NOOP("Screens", "Patients"), PatientsScreen),
    ScreenEntry("screening", QT_TRANSLATE_NOOP("Screens", "Screening"), ScreeningScreen),
    ScreenEntry("randomization", QT_TRANSLATE_NOOP("Screens", "Randomization"),
                RandomizationScreen),
    ScreenEntry("orders", QT_TRANSLATE_NOOP("Screens", "Dosing & Orders"), OrdersScreen),
    ScreenEntry("toxicity", QT_TRANSLATE_NOOP("Screens", "Toxicity"), ToxicityScreen),
    ScreenEntry("catheter", QT_TRANSLATE_NOOP("Screens", "Catheter"), CatheterScreen),
    ScreenEntry("response", QT_TRANSLATE_NOOP("Screens", "Response"), ResponseScreen),
    ScreenEntry("audit", QT_TRANSLATE_NOOP("Screens", "Audit trail"), AuditScreen),
    ScreenEntry("administration", QT_TRANSLATE_NOOP("Screens", "Administration"),
                AdministrationScreen),
    ScreenEntry("trial_report", QT_TRANSLATE_NOOP("Screens", "Trial report"),
                TrialReportScreen),
)
# Sidebar row, stack page and Ctrl+N of each screen.
SCREEN_INDEX = {entry.key: number for number, entry in enumerate(SCREENS)}


class ScreenShelf(Mapping[str, Screen]):
    """The screens by key, each built the first time it is asked for: a session opens on
    Today, and most sessions use two or three screens of the nine (building all of them took
    most of the time between sign-in and the first paint). Iterating builds them all;
    `built()` is what exists so far."""

    def __init__(self, build: Callable[[ScreenEntry], Screen]) -> None:
        self._build = build
        self._screens: dict[str, Screen] = {}
        self._entries = {entry.key: entry for entry in SCREENS}

    def __getitem__(self, key: str) -> Screen:
        screen = self._screens.get(key)
        if screen is None:
            screen = self._build(self._entries[key])  # KeyError for an unknown key
            self._screens[key] = screen
        return screen

    def __iter__(self) -> Iterator[str]:
        return iter(self._entries)

    def __len__(self) -> int:
        return len(self._entries)

    def built(self) -> list[Screen]:
        return list(self._screens.values())


class MainWindow(QMainWindow):
    signed_out = Signal()
    quit_requested = Signal()
    language_chosen = Signal(str)  # "ko" / "en": the session flow rebuilds the windows

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.current_patient: PatientSummary | None = None
        self._signed_out = False  # the session ended, or is ending (backup running)
        self._ending: Operation[AutomaticBackup] | None = None
        self.backup_at_sign_out = AutomaticBackup(None)
        self.setWindowTitle(self._title())
        self.header = PatientHeader(catheter_status=self._catheter_status,
                                    allergy_status=self._allergy_status)
        self.sidebar = QListWidget()
        self.sidebar.setObjectName("Sidebar")
        self.stack = QStackedWidget()
        self.screens = ScreenShelf(self._build_screen)
        self.lock_screen = LockScreen(ws)
        self.lock_page = QWidget()  # the lock screen's home while no dialog is open
        self.covered_dialogs = CoveredDialogs()
        self.cover = QStackedWidget()
        self.idle = IdleWatcher(ws.settings.idle_lock_minutes, self)
        self.live = LiveRefresh(ws, held=lambda: self.is_locked or self._signed_out,
                                parent=self)
        # Today's count is asked again after the screen just opened has loaded: the worker
        # is serial, and the screen in front is what the person waits for.
        self._today_later = QTimer(self, singleShot=True, interval=TODAY_AFTER_MS)
        self._today_later.timeout.connect(self._refresh_today)
        self._build_workspace()
        self._build_actions()
        self._build_status_bar()
        self._connect()
        self.resize(1280, 800)
        self.show_screen("today")  # the first screen: what waits for this person
        self.idle.start()

    # ---- building --------------------------------------------------------------------------
    def _title(self) -> str:
        title = f"hai-desktop — {trial_title()} — {self.ws.db.name}"
        return self.tr("{title} — TRAINING").format(title=title) if self.ws.is_training \
            else title

    def _build_workspace(self) -> None:
        for entry in SCREENS:
            self.stack.addWidget(QWidget())  # its place, until the screen is first asked for
            item = QListWidgetItem(entry.title())
            item.setData(Qt.ItemDataRole.UserRole, entry.key)
            self.sidebar.addItem(item)
        self.sidebar.setFixedWidth(200)
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.setSpacing(0)
        right.addWidget(self.header)
        right.addWidget(self.stack, 1)
        workspace = QWidget()
        row = QHBoxLayout(workspace)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.sidebar)
        row.addLayout(right, 1)
        self.cover.addWidget(workspace)
        self._lock_page_layout = QVBoxLayout(self.lock_page)
        self._lock_page_layout.setContentsMargins(0, 0, 0, 0)
        self._lock_page_layout.addWidget(self.lock_screen)
        self.cover.addWidget(self.lock_page)
        self.setCentralWidget(self.cover)

    def _build_screen(self, entry: ScreenEntry) -> Screen:
        """A screen the first time it is needed, in its place in the stack, connected, and
        on the current patient."""
        screen = entry.screen_class(self.ws)
        index = SCREEN_INDEX[entry.key]
        place = self.stack.widget(index)
        self.stack.insertWidget(index, screen)
        if place is not None:
            self.stack.removeWidget(place)
            place.deleteLater()
        screen.patient_changed.connect(self._on_patient_changed)
        if isinstance(screen, PatientsScreen):
            screen.patient_selected.connect(self.set_current_patient)
            screen.allergies_changed.connect(self.header.refresh_allergies)
        elif isinstance(screen, TodayScreen):
            screen.open_requested.connect(self.open_today_item)
            screen.count_changed.connect(self._show_today_count)
        elif isinstance(screen, AdministrationScreen):
            screen.lock_requested.connect(lambda: self.lock("manual"))
        if self.current_patient is not None:
            screen.set_patient(self.current_patient)
        return screen

    def _action(self, text: str, shortcut: str | None, slot: object) -> QAction:
        action = QAction(text, self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.addAction(action)  # shortcuts work even when the menu bar is hidden or closed
        return action

    def _build_actions(self) -> None:
        self.lock_action = self._action(self.tr("Lock"), "Ctrl+L", lambda: self.lock("manual"))
        self.sign_out_action = self._action(self.tr("Sign out / Switch user"), "Ctrl+Shift+Q",
                                            self.sign_out)
        self.quit_action = self._action(self.tr("Quit"), "Ctrl+Q", self.quit)
        self.about_action = self._action(self.tr("About hai-desktop"), None,
                                         lambda: show_about(self, self.ws))
        self.screen_actions: list[QAction] = []
        for number, entry in enumerate(SCREENS, start=1):
            # Ctrl+1 … Ctrl+9, then Ctrl+0 for the tenth (the digits as they lie on the keys);
            # the trial report, read now and then, goes by the sidebar or the Go menu.
            digit = f"Ctrl+{number % 10}" if number <= 10 else None
            action = self._action(entry.action_text(), digit,
                                  lambda _=False, key=entry.key: self.show_screen(key))
            self.screen_actions.append(action)
        # The screens' "Choose a patient first (Patients, or Ctrl+F)" promises this.
        self.find_patient_action = self._action(self.tr("Find patient"), "Ctrl+F",
                                                self.find_patient)
        self.lock_key_filter = LockKeyFilter(self.lock_action.shortcut(),
                                             lambda: self.lock("manual"), self)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.lock_key_filter)
        session_menu = self.menuBar().addMenu(self.tr("&Session"))
        for action in (self.lock_action, self.sign_out_action):
            session_menu.addAction(action)
        session_menu.addSeparator()
        session_menu.addMenu(self._language_menu())
        session_menu.addSeparator()
        session_menu.addAction(self.quit_action)
        go_menu = self.menuBar().addMenu(self.tr("&Go"))
        go_menu.addActions(self.screen_actions)
        go_menu.addSeparator()
        go_menu.addAction(self.find_patient_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_action)
        # Kept as an attribute: PySide does not take ownership through setCornerWidget.
        self.session_corner = self._session_buttons()
        self.menuBar().setCornerWidget(self.session_corner)

    def _language_menu(self) -> QMenu:
        """Each language named in itself, so anyone can find their own."""
        menu = QMenu(self.tr("&Language"), self)
        group = QActionGroup(menu)
        self.language_actions: dict[str, QAction] = {}
        for code, name in LANGUAGES.items():
            action = QAction(name, menu, checkable=True)
            action.setChecked(code == current_language())
            action.triggered.connect(lambda _=False, code=code: self._choose_language(code))
            group.addAction(action)
            menu.addAction(action)
            self.language_actions[code] = action
        return menu

    def _choose_language(self, code: str) -> None:
        if code != current_language():
            self.language_chosen.emit(code)

    def _session_buttons(self) -> QWidget:
        """Lock and Sign out at the right end of the menu bar: always one click away."""
        corner = QWidget(self.menuBar())
        row = QHBoxLayout(corner)
        row.setContentsMargins(0, 0, 6, 0)
        row.setSpacing(4)
        for action in (self.lock_action, self.sign_out_action):
            button = named(QToolButton(), "MenuCorner")
            button.setDefaultAction(action)
            row.addWidget(button)
        return corner

    def _build_status_bar(self) -> None:
        user = self.ws.user
        bar = self.statusBar()
        bar.setSizeGripEnabled(False)
        self.user_status = QLabel(self.tr("Signed in: {name} — {role}").format(
            name=user.full_name, role=role_text(user.role)))
        self.db_status = QLabel(self.tr("Database: {name}").format(name=self.ws.db.name))
        self.db_status.setToolTip(self.ws.db.label)
        self.encryption_status = QLabel(self.tr("Server over TLS") if self.ws.on_server
                                        else self.tr("Encrypted (SQLCipher)"))
        bar.addWidget(self.user_status)
        bar.addPermanentWidget(self.db_status)
        bar.addPermanentWidget(self.encryption_status)
        self.training_status = named(QLabel(self.tr("TRAINING")), "TrainingBadge")
        self.training_status.setToolTip(self.tr("Demo database: invented data for practice only."))
        self.training_status.setVisible(self.ws.is_training)
        bar.addPermanentWidget(self.training_status)
        self.anchor_status = named(QLabel(""), "AnchorWarning")
        self._show_anchor_problem()
        bar.addPermanentWidget(self.anchor_status)
        self.allocation_status = named(QLabel(""), "AnchorWarning")
        self._show_allocation_problem()
        bar.addPermanentWidget(self.allocation_status)

    def _show_anchor_problem(self) -> None:
        problem = self.ws.anchor_problem
        self.anchor_status.setVisible(problem is not None)
        if problem:
            self.anchor_status.setText(self.tr("⚠ Audit trail check failed — tell the "
                                               "administrator"))
            self.anchor_status.setToolTip(problem)

    def _show_allocation_problem(self) -> None:
        """The allocation list's fingerprint is re-checked at every sign-in."""
        outcome = attempt(list_integrity_problem, self.ws)
        problem = outcome.value if outcome.error is None else outcome.error.message
        self.allocation_status.setVisible(problem is not None)
        if problem:
            self.allocation_status.setText(self.tr("⚠ Allocation list check failed — "
                                                   "randomization stopped"))
            self.allocation_status.setToolTip(message_text(problem))

    def _connect(self) -> None:
        self.sidebar.currentRowChanged.connect(self._on_sidebar_row)
        self._show_today_count(len(self.today_screen.items))
        self.lock_screen.unlocked.connect(self._on_unlocked)
        self.lock_screen.switch_user_requested.connect(self.sign_out)
        self.idle.idle.connect(lambda: self.lock("idle"))
        self.live.changed.connect(self._on_data_changed)
        self.live.access_ended.connect(self._on_access_ended)

    # ---- navigation and patient --------------------------------------------------------------
    def show_screen(self, key: str) -> None:
        if self.is_locked:
            return
        self.sidebar.setCurrentRow(SCREEN_INDEX[key])

    @property
    def today_screen(self) -> TodayScreen:
        screen = self.screens["today"]
        assert isinstance(screen, TodayScreen)
        return screen

    def open_today_item(self, item: TodayItem) -> None:
        """A Today row: its patient made current, then the screen that handles it (the order
        it is about selected)."""
        self.set_current_patient(item.patient)
        self.show_screen(item.place.value)
        orders = self.screens["orders"]
        if item.order_id is not None and isinstance(orders, OrdersScreen) \
                and self.current_screen() is orders:
            orders.select_order(item.order_id)

    def _show_today_count(self, count: int) -> None:
        """"Today (5)" in the sidebar: how much waits, seen from every screen."""
        entry = SCREENS[0]
        text = entry.title() if count == 0 else self.tr("{title} ({count})").format(
            title=entry.title(), count=count)
        self.sidebar.item(0).setText(text)

    def find_patient(self) -> None:
        """Ctrl+F from any screen: the Patients screen with its search box ready to type in."""
        if self.is_locked:
            return
        self.show_screen("patients")
        patients = self.screens["patients"]
        assert isinstance(patients, PatientsScreen)
        patients.focus_search()

    def current_screen(self) -> Screen:
        screen = self.stack.currentWidget()
        assert isinstance(screen, Screen)
        return screen

    def current_screen_key(self) -> str:
        return SCREENS[self.stack.currentIndex()].key

    def _on_sidebar_row(self, row: int) -> None:
        if row < 0:
            return
        screen = self.screens[SCREENS[row].key]
        self.stack.setCurrentWidget(screen)
        screen.on_shown()
        if screen is not self.today_screen:
            # What was done on the other screen may have cleared an item (or added one).
            self._today_later.start()
        self.header.refresh_catheter()  # an inspection or event may have changed it
        self.header.refresh_allergies()  # so may a colleague at another workstation

    def _refresh_today(self) -> None:
        if not self.is_locked and not self._signed_out:  # the unlock asks again
            self.today_screen.reload()

    def _catheter_status(self, patient: PatientSummary) -> str | None:
        from hai_desktop.services.catheter import header_status

        return attempt(header_status, self.ws, patient.id).value

    def _allergy_status(self, patient: PatientSummary) -> AllergyStatus | None:
        from hai_desktop.services.allergies import allergy_status_of

        return attempt(allergy_status_of, self.ws, patient.id).value

    def set_current_patient(self, patient: PatientSummary | None) -> None:
        self.current_patient = patient
        self.header.set_patient(patient)
        for screen in self.screens.built():  # the others are built on this patient
            screen.set_patient(patient)

    def _on_patient_changed(self, patient: PatientSummary) -> None:
        """A patient registered, opened from the screening log, or with a new status."""
        self.set_current_patient(patient)
        for screen in self.screens.built():
            if isinstance(screen, PatientsScreen):  # else built with the new list later
                screen.reload()

    # ---- live refresh ------------------------------------------------------------------------
    def _on_data_changed(self, change: Change) -> None:
        """Records changed, here or at another workstation: the header and the current
        screen follow (the other screens reload when shown)."""
        patient = self.current_patient
        if patient is not None and change.touches(patient.id):
            fresh = attempt(get_patient, self.ws, patient.id).value
            if fresh is not None and fresh != patient:
                self.current_patient = fresh
                self.header.set_patient(fresh)  # also asks the catheter and allergies again
                for screen in self.screens.built():
                    screen.patient_updated(fresh)
            else:
                self.header.refresh_catheter()
                self.header.refresh_allergies()
        screen = self.current_screen()
        screen.on_changed(change)
        if not (screen is self.today_screen and change.foreign):  # not reloaded just now
            self._today_later.start()  # the list and the sidebar's count

    def _on_access_ended(self, error: HaiError) -> None:
        """An administrator changed this account elsewhere: say so, then sign out."""
        if self._signed_out:
            return
        show_error(self, error)
        self.sign_out()

    # ---- lock --------------------------------------------------------------------------------
    @property
    def is_locked(self) -> bool:
        return self.cover.currentIndex() == LOCK_PAGE

    def results_gate(self) -> Gate:
        """For results arriving from the worker (ui/background.py): none shown over the lock
        screen, none shown to the next person."""
        if self._signed_out:
            return Gate.DROP
        return Gate.HOLD if self.is_locked else Gate.OPEN

    def lock(self, why: str = "manual") -> None:
        if self.is_locked or self._signed_out:
            return
        self.idle.pause()
        self.ws.lock(why)
        self.cover.setCurrentIndex(LOCK_PAGE)
        self._set_workspace_actions_enabled(False)
        # Open dialogs keep what was typed, hidden; the lock screen then goes above them.
        self.covered_dialogs = CoveredDialogs.cover_open_dialogs(self)
        if self.covered_dialogs:
            self.covered_dialogs.show_lock_screen(self.lock_screen, self)
        self.lock_screen.prepare()

    def _on_unlocked(self) -> None:
        self.covered_dialogs.take_back_lock_screen(self.lock_screen, self._lock_page_layout)
        self.cover.setCurrentIndex(WORKSPACE_PAGE)
        self._set_workspace_actions_enabled(True)
        self.current_screen().on_shown()
        if self.current_screen() is not self.today_screen:
            self._today_later.start()  # what others did meanwhile
        self.covered_dialogs.uncover()  # the same user: everything as it was
        self.idle.start()

    def _close_covered_dialogs(self) -> None:
        self.covered_dialogs.take_back_lock_screen(self.lock_screen, self._lock_page_layout)
        self.covered_dialogs.close_all()

    def _set_workspace_actions_enabled(self, enabled: bool) -> None:
        for action in (*self.screen_actions, self.find_patient_action, self.lock_action,
                       self.about_action):
            action.setEnabled(enabled)

    # ---- leaving -----------------------------------------------------------------------------
    def sign_out(self) -> Operation[AutomaticBackup] | None:
        """Sign out (also "Switch user"): the backup runs, the database closes, the sign-in
        window returns. The window stays responsive (and disabled) while the backup runs."""
        return self._end_session(self._after_sign_out)

    def _after_sign_out(self) -> None:
        self.signed_out.emit()
        self.close()

    def quit(self) -> Operation[AutomaticBackup] | None:
        """Quit after the sign-out backup; the operation, for a caller that must wait."""
        return self._end_session(self._after_quit)

    def _after_quit(self) -> None:
        self.quit_requested.emit()
        self.close()

    def _end_session(self, then: Callable[[], None]) -> Operation[AutomaticBackup] | None:
        if self._ending is not None:
            return self._ending if not self._ending.done else None
        if self._signed_out:
            return None
        self._signed_out = True
        self.idle.stop()
        self._today_later.stop()
        self.live.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.lock_key_filter)
        self._close_covered_dialogs()  # switch user: another person's typing is not kept
        ws = self.ws
        unexpected = self.tr("it stopped unexpectedly (see the log).")

        def back_up_and_sign_out() -> AutomaticBackup:
            # Whatever goes wrong, the session ends and the window moves on: nothing may keep
            # the person from leaving, and a disabled window must never be left behind.
            try:
                backup = run_automatic_backup(ws, "sign-out")
            except HaiError as error:  # the failed backup could not even be audited
                log.error("the automatic backup at sign-out failed and could not be "
                          "audited: %s", error.message)
                backup = AutomaticBackup(None, error=unexpected)
            except Exception:
                log.exception("the automatic backup at sign-out failed")
                backup = AutomaticBackup(None, error=unexpected)
            try:
                ws.sign_out()  # the end of the session is audited, the database closed
            except Exception:
                log.exception("sign-out failed; the database is closed all the same")
            return backup

        def ended(backup: AutomaticBackup) -> None:
            self.backup_at_sign_out = backup
            shut_down_worker(ws)
            then()

        def failed(error: HaiError) -> None:  # not expected: back_up_and_sign_out catches all
            log.error("sign-out failed: %s", message_text(error.message))
            ended(AutomaticBackup(None))

        self._ending = run_in_background(
            self, ws, self.tr("Backing up the database and signing out…"),
            back_up_and_sign_out, on_success=ended, on_failure=failed, gated=False)
        return self._ending

    def closeEvent(self, event: QCloseEvent) -> None:
        # Closing the window by its frame button quits the application, signed out cleanly;
        # the window waits for the backup (the event loop keeps turning, progress shows).
        ending = self._ending if self._ending is not None else self._end_session(
            self.quit_requested.emit)
        if ending is not None and not ending.done:
            ending.wait()
        super().closeEvent(event)
