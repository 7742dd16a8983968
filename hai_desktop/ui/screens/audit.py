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

from hai_desktop.core.i18n import QT_TRANSLATE_NOOP
from hai_desktop.services import audit_trail
from hai_desktop.services.audit_trail import AuditRow
from hai_desktop.services.integrity import verify_database
from hai_desktop.services.permissions import Action
from hai_desktop.services.workspace import Workspace
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
        if self.model is not None:
            self.model.reload()

    def verify(self) -> None:
        outcome = attempt(verify_database, self.ws)
        if outcome.error is not None:
            self.verify_result.show_error(outcome.error)
        elif outcome.value is not None:
            report = outcome.value
            if report.ok:
                self.verify_result.show_ok(report.summary())
            else:
                self.verify_result.show_error(report.summary())
        self.reload()

    def on_shown(self) -> None:
        self.reload()
