"""Administration: your own password and lock for everyone; users and recovery for admins; the
site rules, the dose-level and premedication tables (changed by admin or investigator, signed off
by the investigator) and who is trained to access the HAI catheter (kept by admins)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QWidget,
)

from hai_desktop.core.i18n import QT_TRANSLATE_NOOP
from hai_desktop.services import users
from hai_desktop.services.permissions import Action
from hai_desktop.services.site_rules import SiteRuleValue, list_site_rules
from hai_desktop.services.users import UserRow
from hai_desktop.services.workspace import Workspace
from hai_desktop.ui.background import run_in_background
from hai_desktop.ui.dialogs.add_user import AddUserDialog
from hai_desktop.ui.dialogs.change_password import ChangePasswordDialog
from hai_desktop.ui.dialogs.reason import ReasonDialog
from hai_desktop.ui.dialogs.recovery_code import RecoveryCodeDialog
from hai_desktop.ui.dialogs.reset_password import ResetPasswordDialog
from hai_desktop.ui.dialogs.site_rule import SiteRuleDialog
from hai_desktop.ui.i18n import current_language, date_time_text, role_text
from hai_desktop.ui.models.users import UserColumn, UsersTableModel
from hai_desktop.ui.run_service import attempt, run_service
from hai_desktop.ui.screens.administration_competency import CompetencyPanel
from hai_desktop.ui.screens.administration_dose_levels import DoseLevelsPanel
from hai_desktop.ui.screens.administration_supportive import SupportivePanel
from hai_desktop.ui.screens.base import Screen
from hai_desktop.ui.widgets.common import card, label, restyle, section_title
from hai_desktop.ui.widgets.tables import data_table, open_rows_with

if TYPE_CHECKING:
    from hai_desktop.services.backup import BackupResult

SITE_RULE_HEADINGS = [QT_TRANSLATE_NOOP("AdministrationScreen", "Rule"),
                      QT_TRANSLATE_NOOP("AdministrationScreen", "Value"), "",
                      QT_TRANSLATE_NOOP("AdministrationScreen", "Source")]


class AdministrationScreen(Screen):
    title = QT_TRANSLATE_NOOP("AdministrationScreen", "Administration")
    description = QT_TRANSLATE_NOOP(
        "AdministrationScreen",
        "Your account, the site rules, the dose-level and premedication tables the orders"
        " are written with, and who is trained in HAI.")
    lock_requested = Signal()

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        # Set before the widget exists (the base class shows it), so translated here, whole.
        exports = ws.may(Action.EXPORT_TRIAL_DATA)
        if ws.may(Action.MANAGE_USERS) and ws.on_server:
            self.description = QCoreApplication.translate(
                "AdministrationScreen",
                "Your account, the users of this database, the shared server, the site rules, "
                "the dose-level and premedication tables, HAI competencies and the export for "
                "the statistician.") if exports else QCoreApplication.translate(
                "AdministrationScreen",
                "Your account, the users of this database, the shared server, the site rules, "
                "the dose-level and premedication tables and HAI competencies.")
        elif ws.may(Action.MANAGE_USERS):
            self.description = QCoreApplication.translate(
                "AdministrationScreen",
                "Your account, the users of this database, the recovery code, the site rules, "
                "the dose-level and premedication tables, HAI competencies and the export for "
                "the statistician.") if exports else QCoreApplication.translate(
                "AdministrationScreen",
                "Your account, the users of this database, the recovery code, the site rules, "
                "the dose-level and premedication tables and HAI competencies.")
        elif exports:
            self.description = QCoreApplication.translate(
                "AdministrationScreen",
                "Your account, the site rules, the dose-level and premedication tables, HAI "
                "competencies and the export of the trial data for the statistician.")
        super().__init__(ws, parent)
        self.users_model: UsersTableModel | None = None
        self.users_table: QTableView | None = None
        self.add_user_button: QPushButton | None = None
        self.deactivate_button: QPushButton | None = None
        self.reset_button: QPushButton | None = None
        self.recovery_button: QPushButton | None = None
        self.backup_button: QPushButton | None = None
        self.automatic_backup_note: QLabel | None = None
        self.site_rule_button: QPushButton | None = None
        self.site_rules: list[SiteRuleValue] = []
        self.change_password_button = QPushButton(self.tr("Change my password…"))
        self.lock_button = QPushButton(self.tr("Lock now  (Ctrl+L)"))
        # Small cards side by side on top, so the users table below gets the height.
        self.top_row = QHBoxLayout()
        self.top_row.setSpacing(14)
        self.layout_.addLayout(self.top_row)
        self._build_own_account()
        if ws.may(Action.MANAGE_RECOVERY_CODE):
            self._build_recovery()
        self.export_button: QPushButton | None = None
        self.export_note: QLabel | None = None
        # Users, site rules and the tables share the height below the account cards.
        self.admin_tabs = QTabWidget()
        self.admin_tabs.setDocumentMode(True)
        self._pages: dict[QWidget, QScrollArea] = {}
        if ws.may(Action.MANAGE_USERS):
            self._add_tab(self._build_users(), self.tr("Users"))
        self._add_tab(self._build_site_rules(), self.tr("Site rules"))
        self.dose_levels = DoseLevelsPanel(ws)
        self._add_tab(self.dose_levels, self.tr("Dose levels"))
        self.supportive = SupportivePanel(ws)
        self._add_tab(self.supportive, self.tr("Premedication"))
        self.competency = CompetencyPanel(ws)
        self._add_tab(self.competency, self.tr("HAI competency"))
        # A tab, not a card in the top row: three cards there would not fit 1280 pixels.
        if ws.may(Action.EXPORT_TRIAL_DATA):
            self._add_tab(self._build_export(), self.tr("Data export"))
        self.layout_.addWidget(self.admin_tabs, 1)

    # ---- building --------------------------------------------------------------------------
    def _add_tab(self, panel: QWidget, title: str) -> None:
        """Each tab scrolls when the screen is short (1366×768 with the account cards above):
        the tallest table never pushes the window off the screen."""
        page = QScrollArea()
        page.setWidget(panel)
        page.setWidgetResizable(True)
        page.setFrameShape(QFrame.Shape.NoFrame)
        page.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the tables and buttons
        self._pages[panel] = page
        self.admin_tabs.addTab(page, title)

    def show_tab(self, panel: QWidget) -> None:
        self.admin_tabs.setCurrentWidget(self._pages[panel])

    def _build_own_account(self) -> None:
        frame, body = card()
        body.addWidget(section_title(self.tr("Your account")))
        user = self.ws.user
        body.addWidget(label(self.tr("Signed in as {name} ({username}) — {role}.").format(
            name=user.full_name, username=user.username, role=role_text(user.role)), "Muted"))
        row = QHBoxLayout()
        self.change_password_button.clicked.connect(self.change_own_password)
        self.lock_button.clicked.connect(self.lock_requested)
        row.addWidget(self.change_password_button)
        row.addWidget(self.lock_button)
        row.addStretch(1)
        body.addLayout(row)
        body.addStretch(1)  # beside a taller card: the content stays together at the top
        self.top_row.addWidget(frame, 1)

    def _build_users(self) -> QFrame:
        frame, body = card()
        body.addWidget(section_title(self.tr("Users")))
        self.users_model = UsersTableModel(self)
        table = data_table(self.users_model, stretch=UserColumn.FULL_NAME)
        table.selectionModel().selectionChanged.connect(self._update_user_buttons)
        self.users_table = table
        self.add_user_button = QPushButton(self.tr("Add user…"))
        self.deactivate_button = QPushButton(self.tr("Deactivate…"))
        self.reset_button = QPushButton(self.tr("Reset password…"))
        self.add_user_button.clicked.connect(self.add_user)
        self.deactivate_button.clicked.connect(self.deactivate_selected)
        self.reset_button.clicked.connect(self.reset_selected_password)
        row = QHBoxLayout()
        for button in (self.add_user_button, self.deactivate_button, self.reset_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(label(self.tr("Deactivated accounts stay for the record but open "
                                    "nothing."), "Muted"))
        body.addLayout(row)
        body.addWidget(table, 1)
        self.reload_users()
        return frame

    def _build_recovery(self) -> None:
        if self.ws.on_server:
            self._build_server_card()
            return
        frame, body = card()
        body.addWidget(section_title(self.tr("Recovery code and backups")))
        body.addWidget(label(self.tr("The recovery code restores an administrator's access if "
                                     "every administrator password is lost. A backup is an "
                                     "encrypted copy, made while everyone keeps working."),
                             "Muted", wrap=True))
        self.recovery_button = QPushButton(self.tr("Replace recovery code…"))
        self.recovery_button.clicked.connect(self.replace_recovery_code)
        self.backup_button = QPushButton(self.tr("Back up now…"))
        self.backup_button.setToolTip(self.tr("An encrypted copy of the database and its key "
                                              "file, made while everyone keeps working"))
        self.backup_button.clicked.connect(self.back_up_now)
        self.backup_note = label("", "Muted", wrap=True)
        row = QHBoxLayout()
        row.addWidget(self.recovery_button)
        row.addWidget(self.backup_button)
        row.addStretch(1)
        body.addLayout(row)
        body.addWidget(self.backup_note)
        self.backup_note.hide()  # until a backup is made: an empty line would take its room
        self.automatic_backup_note = label("", "Muted", wrap=True)
        body.addWidget(self.automatic_backup_note)
        self.top_row.addWidget(frame, 1)

    def _build_server_card(self) -> None:
        """On the shared server there is no recovery code and no workstation backup."""
        frame, body = card()
        body.addWidget(section_title(self.tr("Shared server")))
        body.addWidget(label(self.tr("The unit's data are on {server}, reached over TLS "
                                     "({version}).").format(
            server=self.ws.db.label, version=self.ws.db.server_version()), wrap=True))
        body.addWidget(label(self.tr(
            "Backups are made on the server by IT (pg_dump or the server's own backups), not "
            "from a workstation. There is no recovery code: keep at least two administrator "
            "accounts, so that one can give the other a temporary password. Accounts moved "
            "from a workstation's file sign in only after an administrator gives them a "
            "temporary password (Reset password…)."), "Muted", wrap=True))
        body.addStretch(1)
        self.top_row.addWidget(frame, 1)

    def _build_export(self) -> QFrame:
        from hai_desktop.services.export import EXPORT_FILES

        frame, body = card()
        body.addWidget(section_title(self.tr("Data for the statistician")))
        body.addWidget(label(self.tr(
            "Every record of the trial as CSV files (UTF-8, ISO dates, one header row) with a "
            "data dictionary describing each column, in a new folder — and the same files in "
            "one AES-256 zip archive beside it, protected by a password you choose. "
            "Pseudonymised unless you choose an identified export (confirmed with your "
            "password). Each export is audited with its reason. Nothing is ever overwritten."),
            "Muted", wrap=True))
        body.addWidget(label(self.tr("Files: {files}.").format(files=", ".join(EXPORT_FILES)),
                             "Muted", wrap=True))
        self.export_button = QPushButton(self.tr("Export trial data…"))
        self.export_button.clicked.connect(self.export_trial_data)
        self.export_note = label("", "Muted", wrap=True)
        row = QHBoxLayout()
        row.addWidget(self.export_button)
        row.addStretch(1)
        body.addLayout(row)
        body.addWidget(self.export_note)
        body.addStretch(1)
        return frame

    def export_trial_data(self) -> None:
        from hai_desktop.ui.dialogs.export_trial_data import ExportTrialDataDialog

        dialog = ExportTrialDataDialog(self.ws, self)
        if dialog.exec() and dialog.export is not None and self.export_note is not None:
            result = dialog.export
            values = {"rows": f"{result.total_rows:,}", "folder": result.folder,
                      "archive": result.archive}
            self.export_note.setText(
                self.tr("{rows} rows (IDENTIFIED) written to the encrypted archive {archive} "
                        "only.").format(**values) if result.identified else
                self.tr("{rows} rows (pseudonymised) written to {folder} and {archive}.").format(
                    **values))

    def _build_site_rules(self) -> QFrame:
        frame, body = card()
        body.setSpacing(6)
        editable = self.ws.may(Action.EDIT_SITE_RULES)
        head = QHBoxLayout()
        head.addWidget(section_title(self.tr("Site rules")))
        head.addWidget(label(
            self.tr("Numbers the protocol leaves to the site, used by the screening checklist "
                    "and the orders. Changing one asks for a reason (audited).") if editable else
            self.tr("Numbers the protocol leaves to the site, used by the screening checklist "
                    "and the orders. An administrator or investigator can change them."),
            "Muted", wrap=True), 1)
        if editable:
            self.site_rule_button = QPushButton(self.tr("Change…"))
            self.site_rule_button.clicked.connect(self.change_selected_site_rule)
            head.addWidget(self.site_rule_button)
        body.addLayout(head)
        table = QTableWidget(0, len(SITE_RULE_HEADINGS))
        table.setHorizontalHeaderLabels(
            [QCoreApplication.translate("AdministrationScreen", h) if h else ""
             for h in SITE_RULE_HEADINGS])
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(28)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(SITE_RULE_HEADINGS) - 1, QHeaderView.ResizeMode.Stretch)
        if editable:
            open_rows_with(table, lambda _index: self.change_selected_site_rule())
            table.itemSelectionChanged.connect(self._update_site_rule_button)
        self.site_rules_table = table
        body.addWidget(table)
        self.reload_site_rules()
        return frame

    def reload_site_rules(self) -> None:
        outcome = run_service(self, list_site_rules, self.ws)
        if outcome.value is None:
            return
        self.site_rules = outcome.value
        table = self.site_rules_table
        table.setRowCount(len(self.site_rules))
        language = current_language()  # labels and sources in Korean where the file has them
        for row, rule in enumerate(self.site_rules):
            name, source = rule.spec.label_in(language), rule.spec.source_in(language)
            cells = (name[:1].upper() + name[1:], rule.value,
                     self.tr("default") if rule.is_default else self.tr("changed"), source)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(source if column == 3 else
                                self.tr("Shipped default: {value}").format(
                                    value=rule.spec.default))
                if column == 2 and not rule.is_default:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                table.setItem(row, column, item)
        # Room for a screenful of rules; the table scrolls for the rest (24 and growing), so
        # the window's minimum height never depends on how many rules the site has.
        table.setMinimumHeight(36 + 28 * min(len(self.site_rules), 8))
        self._update_site_rule_button()

    def selected_site_rule(self) -> SiteRuleValue | None:
        rows = self.site_rules_table.selectionModel().selectedRows()
        return self.site_rules[rows[0].row()] if rows else None

    def select_site_rule(self, key: str) -> None:
        keys = [r.spec.key for r in self.site_rules]
        self.site_rules_table.selectRow(keys.index(key))

    def _update_site_rule_button(self) -> None:
        if self.site_rule_button is not None:
            self.site_rule_button.setEnabled(self.selected_site_rule() is not None)

    def change_selected_site_rule(self) -> None:
        rule = self.selected_site_rule()
        if rule is not None and self.ws.may(Action.EDIT_SITE_RULES) and \
                SiteRuleDialog(self.ws, rule, self).exec():
            self.reload_site_rules()
            self.select_site_rule(rule.spec.key)

    # ---- users -----------------------------------------------------------------------------
    def reload_users(self) -> None:
        if self.users_model is None:
            return
        outcome = run_service(self, users.list_users, self.ws)
        if outcome.value is not None:
            self.users_model.set_users(outcome.value)
        self._update_user_buttons()

    def selected_user(self) -> UserRow | None:
        if self.users_table is None or self.users_model is None:
            return None
        rows = self.users_table.selectionModel().selectedRows()
        return self.users_model.user_at(rows[0].row()) if rows else None

    def select_user(self, username: str) -> None:
        if self.users_model is not None and self.users_table is not None:
            self.users_table.selectRow(self.users_model.usernames().index(username))

    def _update_user_buttons(self) -> None:
        user = self.selected_user()
        usable = user is not None and user.active
        if self.deactivate_button is not None:
            self.deactivate_button.setEnabled(usable and user is not None
                                              and user.username != self.ws.user.username)
        if self.reset_button is not None:
            self.reset_button.setEnabled(usable)

    def add_user(self) -> None:
        dialog = AddUserDialog(self.ws, self)
        if dialog.exec() and dialog.added is not None:
            self.reload_users()
            self.select_user(dialog.added.username)

    def deactivate_selected(self) -> None:
        user = self.selected_user()
        if user is None:
            return
        dialog = ReasonDialog(
            self.tr("Deactivate {username}").format(username=user.username),
            self.tr("{name} will no longer be able to sign in. Their records and audit entries "
                    "stay. Why is the account deactivated?").format(name=user.full_name),
            self.tr("Deactivate"),
            lambda reason: users.deactivate_user(self.ws, user.username, reason), self)
        if dialog.exec():
            self.reload_users()

    def reset_selected_password(self) -> None:
        user = self.selected_user()
        if user is None:
            return
        dialog = ResetPasswordDialog(self.ws, user.username, self)
        if dialog.exec():
            self.reload_users()
            QMessageBox.information(
                self, self.tr("Password reset"),
                self.tr("{username} must choose a new password at the next sign-in.").format(
                    username=user.username))

    # ---- own account and recovery ------------------------------------------------------------
    def change_own_password(self) -> None:
        dialog = ChangePasswordDialog(self.ws, parent=self)
        if dialog.exec():
            QMessageBox.information(self, self.tr("Password changed"),
                                    self.tr("Your password was changed."))

    def replace_recovery_code(self) -> None:
        dialog = ReasonDialog(
            self.tr("Replace recovery code"),
            self.tr("A new recovery code replaces the current one, which stops working at "
                    "once."),
            self.tr("Replace code"), self.ws.replace_recovery_code, self)
        if dialog.exec() and isinstance(dialog.result_value, str):
            RecoveryCodeDialog(dialog.result_value, self).exec()

    def back_up_now(self) -> None:
        from hai_desktop.services.backup import backup_database

        folder = self.ws.db.file.parent  # the administrator's card is on a file only
        name = f"{self.ws.db.file.stem}-backup-{datetime.now():%Y-%m-%d-%H%M}.db"
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Back up the database"), str(folder / name),
            self.tr("Encrypted database (*.db)"))
        if not path:
            return
        ws, target = self.ws, Path(path)
        # A whole copy of the file: on the worker, the screen disabled until it is written.
        run_in_background(self, ws, self.tr("Backing up the database…"),
                          lambda: backup_database(ws, target), on_success=self._backed_up)

    def _backed_up(self, result: BackupResult) -> None:
        self.backup_note.show()
        self.backup_note.setText(self.tr(
            "Backup written to {path} with its key file ({size} bytes). Keep both "
            "together, away from this workstation.").format(
                path=result.path, size=f"{result.size_bytes:,}"))

    def show_automatic_backups(self) -> None:
        from hai_desktop.services.backup import automatic_backup_status

        note = self.automatic_backup_note
        if note is None:  # the card is the administrator's, and only on a file
            return
        outcome = attempt(automatic_backup_status, self.ws)
        if outcome.value is None:
            return
        status = outcome.value
        when = {"sign-out": self.tr("at every sign-out"),
                "daily": self.tr("once a day (first sign-in or out)"),
                "off": self.tr("off (setting backup_schedule)")}[status.schedule]
        parts = [self.tr("Automatic backups: {when}; the newest {keep} kept in {folder}.").format(
            when=when, keep=status.keep, folder=status.folder)]
        if status.latest is not None:
            newest = status.latest[0]
            parts.append(self.tr("Newest: {when}.").format(
                when=date_time_text(newest)))
        if status.last_failure is not None:
            parts.append(self.tr("The last automatic backup FAILED: {error}").format(
                error=status.last_failure))
        text = " ".join(parts)
        restyle(note, "InlineError" if status.last_failure is not None else "Muted")
        note.setText(text)

    def on_shown(self) -> None:
        self.show_automatic_backups()
        self.reload_users()
        self.reload_site_rules()
        self.dose_levels.reload()
        self.supportive.reload()
        self.competency.reload()
