"""How the trial stands (issue #20): the trial report, made from the records on the worker and
shown page under page, for the investigators, coordinators and the monitor. The same PDF is
saved or printed from here. Pseudonymised: study IDs and counts only.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from hai_desktop.core.errors import HaiError
from hai_desktop.core.i18n import QT_TRANSLATE_NOOP
from hai_desktop.services import trial_report
from hai_desktop.services.permissions import Action
from hai_desktop.services.workspace import Workspace
from hai_desktop.ui.background import Operation, run_in_background
from hai_desktop.ui.screens.base import Screen
from hai_desktop.ui.widgets.common import InlineMessage, card, label, primary_button
from hai_desktop.ui.widgets.date_field import DateField
from hai_desktop.ui.widgets.pdf_preview import PdfPreview
from hai_desktop.ui.widgets.save_pdf import save_pdf

NOT_ALLOWED = QT_TRANSLATE_NOOP("TrialReportScreen", "Your role does not read the trial report.")


class TrialReportScreen(Screen):
    title = QT_TRANSLATE_NOOP("TrialReportScreen", "Trial report")
    description = QT_TRANSLATE_NOOP(
        "TrialReportScreen",
        "Accrual, the CONSORT flow, conversion to resection and response per arm, survival and "
        "grade ≥ 3 adverse events, from the records, by intention to treat. Study IDs only.")

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(ws, parent)
        self.pdf: bytes | None = None
        self.making: Operation[bytes] | None = None
        self.message = InlineMessage()
        if not ws.may(Action.VIEW_TRIAL_REPORT):
            frame, body = card()
            body.addWidget(label(QCoreApplication.translate("TrialReportScreen", NOT_ALLOWED),
                                 "SectionTitle"))
            body.addWidget(label(self.tr("Investigators, research coordinators and the monitor "
                                         "read it."), wrap=True))
            self.layout_.addWidget(frame)
            self.layout_.addStretch(1)
            self.preview: PdfPreview | None = None
            return
        top = QHBoxLayout()
        top.addWidget(label(self.tr("Data cut-off")))
        self.cutoff = DateField()
        self.cutoff.setToolTip(self.tr("Events, contacts and scans after this day are not "
                                       "counted. Empty: today."))
        top.addWidget(self.cutoff)
        self.show_button = QPushButton(self.tr("&Make report"))
        self.show_button.setToolTip(self.tr("Make the report again from the records"))
        self.save_button = primary_button(self.tr("Save &PDF…"))
        top.addWidget(self.show_button)
        top.addStretch(1)
        top.addWidget(self.save_button)
        self.layout_.addLayout(top)
        self.layout_.addWidget(self.message)
        self.preview = PdfPreview()
        self.layout_.addWidget(self.preview, 1)
        self.show_button.clicked.connect(self.reload)
        self.save_button.clicked.connect(self.save)
        self.cutoff.edit.returnPressed.connect(self.reload)

    def on_shown(self) -> None:
        if self.preview is not None and self.pdf is None:
            self.reload()

    def reload(self) -> None:
        """The report made on the worker; the pages are drawn when it arrives."""
        if self.preview is None:
            return
        if self.cutoff.error():
            self.message.show_error(self.cutoff.error() or "")
            return
        if self.making is not None and not self.making.done:
            self.making.cancel()
        self.message.clear_message()
        ws, cutoff = self.ws, self.cutoff.date()
        self.making = run_in_background(
            self, ws, self.tr("Making the trial report…"),
            lambda: trial_report.trial_report_pdf(ws, cutoff=cutoff, saved=False),
            on_success=self._show, on_failure=self._failed, read_only=True, keep_enabled=True)

    def _show(self, pdf: bytes) -> None:
        assert self.preview is not None
        self.pdf = pdf
        pages = self.preview.show_pdf(pdf, scale=1.3)
        self.message.show_ok(self.tr("Trial report made from the records: {pages} pages.")
                             .format(pages=pages))

    def _failed(self, error: HaiError) -> None:
        self.message.show_error(error)

    def save(self) -> None:
        if self.cutoff.error():  # never a report for another day than the one typed
            self.message.show_error(self.cutoff.error() or "")
            self.cutoff.setFocus()
            return
        ws, cutoff = self.ws, self.cutoff.date()
        day = (cutoff or ws.today()).isoformat()
        save_pdf(self, ws, title=self.tr("Save the trial report"),
                 default_name=f"trial-report-{day}.pdf",
                 working=self.tr("Making the trial report…"),
                 make=lambda: trial_report.trial_report_pdf(ws, cutoff=cutoff),
                 on_saved=lambda path: self.message.show_ok(
                     self.tr("Trial report saved to {path}.").format(path=path)),
                 on_failure=self._failed)
