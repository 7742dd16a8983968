"""The audit trail: every change and event, newest first, with an integrity check."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QWidget,
)

from hai_desktop.core.errors import HaiError
from hai_desktop.core.i18n import QT_TRANSLATE_NOOP
from hai_desktop.services import audit_trail
from hai_desktop.services.audit_trail import AuditRow
from hai_desktop.services.integrity import IntegrityReport, verify_database
from hai_desktop.services.permissions import Action
from hai_desktop.services.workspace import Workspace
from hai_desktop.ui.background import Operation, run_in_background
from hai_desktop.ui.models.audit import AuditColumn, AuditTableModel
from hai_desktop.ui.run_service import attempt
from hai_desktop.ui.screens.base import Screen
from hai_desktop.ui.widgets.common import InlineMessage, card, label

NOT_ALLOWED = QT_TRANSLATE_NOOP("AuditScreen", "Your role cannot view the audit trail.")


class AuditScreen(Screen):
    title = QT_TRANSLATE_NOOP("AuditScreen", "Audit trail")
    description = QT_TRANSLATE_NOOP(
        "AuditScreen",
        "Who did what and when (UTC), newest first. Rows cannot be changed or deleted; "
        "each holds the hash of the one before it.")

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(ws, parent)
        self.model: AuditTableModel | None = None
        self.table: QTableView | None = None
        self.verify_button: QPushButton | None = None
        self.verify_result = InlineMessage()
        self.loading: Operation[list[AuditRow]] | None = None
        if ws.may(Action.VIEW_AUDIT_TRAIL):
            self._build_trail()
        else:
            self._build_refusal()

    def _build_refusal(self) -> None:
        frame, body = card()
        body.addWidget(label(QCoreApplication.translate("AuditScreen", NOT_ALLOWED),
                             "SectionTitle"))
        body.addWidget(label(self.tr("Monitors, investigators, coordinators and administrators "
                                     "can read it. Ask one of them if you need to know who "
                                     "changed a record."), wrap=True))
        self.layout_.addWidget(frame)
        self.layout_.addStretch(1)

    def _build_trail(self) -> None:
        self.model = AuditTableModel(self._fetch_page, parent=self)
        # Empty until the first page comes from the worker (reload, when the screen shows):
        # the view must not fetch it on the GUI thread meanwhile.
        self.model.show_first_page([])
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(30)
        header = self.table.horizontalHeader()
        for column in AuditColumn:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        # Narrow fixed columns leave the width to "Changes"; its tooltip holds the full text.
        widths = {AuditColumn.SEQ: 56, AuditColumn.TIME: 180, AuditColumn.USER: 100,
                  AuditColumn.ACTION: 140, AuditColumn.ENTITY: 90, AuditColumn.ENTITY_ID: 70,
                  AuditColumn.REASON: 160}
        for column, width in widths.items():
            header.resizeSection(column, width)
        header.setStretchLastSection(True)
        buttons = QHBoxLayout()
        refresh = QPushButton(self.tr("Refresh"))
        refresh.clicked.connect(self.reload)
        buttons.addWidget(refresh)
        if self.ws.may(Action.VERIFY_INTEGRITY):
            self.verify_button = QPushButton(self.tr("Verify integrity"))
            self.verify_button.setToolTip(self.tr("Check the file's pages and the whole audit "
                                                  "chain"))
            self.verify_button.clicked.connect(self.verify)
            buttons.addWidget(self.verify_button)
        buttons.addSpacing(12)
        buttons.addWidget(self.verify_result, 1)
        buttons.addStretch(0)
        self.layout_.addLayout(buttons)
        self.layout_.addWidget(self.table, 1)

    def _fetch_page(self, offset: int, limit: int) -> list[AuditRow]:
        outcome = attempt(audit_trail.audit_page, self.ws, offset=offset, limit=limit)
        return outcome.value or []

    def reload(self) -> None:
        """The newest page again, read on the workspace's worker; older pages follow as the
        view scrolls (a page at a time, short enough for the GUI thread)."""
        model = self.model
        if model is None:
            return
        if self.loading is not None and not self.loading.done:
            self.loading.cancel()
        ws, limit = self.ws, model.page_size
        self.loading = run_in_background(
            self, ws, self.tr("Loading the audit trail…"),
            lambda: audit_trail.audit_page(ws, offset=0, limit=limit),
            on_success=model.show_first_page, on_failure=self.verify_result.show_error,
            read_only=True, keep_enabled=True)

    def verify(self) -> None:
        """Every page of the file and every signed row of the chain: seconds on a large
        database, so on the worker, with progress."""
        ws = self.ws
        run_in_background(self, ws, self.tr("Verifying the database and the audit trail…"),
                          lambda: verify_database(ws), on_success=self._show_report,
                          on_failure=self._show_verify_error)

    def _show_report(self, report: IntegrityReport) -> None:
        if report.ok:
            self.verify_result.show_ok(report.summary())
        else:
            self.verify_result.show_error(report.summary())
        self.reload()

    def _show_verify_error(self, error: HaiError) -> None:
        self.verify_result.show_error(error)
        self.reload()

    def on_shown(self) -> None:
        self.reload()
