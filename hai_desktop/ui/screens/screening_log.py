"""The screening log tab: every candidate with status and reasons, the CONSORT counts beside,
export to CSV and the printable PDF."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QModelIndex, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hai_desktop.core.i18n import QT_TRANSLATE_NOOP
from hai_desktop.services.permissions import Action
from hai_desktop.services.screening import (
    ConsortCounts,
    consort_counts,
    export_screening_log_csv,
    screening_log,
    screening_log_pdf,
)
from hai_desktop.services.workspace import Workspace
from hai_desktop.ui.i18n import message_text
from hai_desktop.ui.models.screening_log import LogColumn, ScreeningLogModel
from hai_desktop.ui.run_service import attempt
from hai_desktop.ui.widgets.common import InlineMessage, label, named
from hai_desktop.ui.widgets.save_pdf import save_pdf
from hai_desktop.ui.widgets.tables import data_table, open_rows_with, sorting_proxy


def _tile(number: QLabel, caption: str, extra: QLabel | None = None) -> QWidget:
    tile = QWidget()
    layout = QVBoxLayout(tile)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    layout.addWidget(number)
    layout.addWidget(label(caption, "Muted"))
    if extra is not None:
        layout.addWidget(extra)
    layout.addStretch(1)
    return tile


class ConsortStrip(QFrame):
    """The CONSORT flow in one line of numbers: screened → not yet / ineligible (by reason) /
    eligible → randomized / awaiting."""

    # English, marked for translation: shown through caption().
    CAPTIONS = (("screened", QT_TRANSLATE_NOOP("ConsortStrip", "Screened")),
                ("not_yet_determined", QT_TRANSLATE_NOOP("ConsortStrip",
                                                         "Screening not complete")),
                ("ineligible", QT_TRANSLATE_NOOP("ConsortStrip", "Ineligible (confirmed)")),
                ("eligible", QT_TRANSLATE_NOOP("ConsortStrip", "Eligible (confirmed)")),
                ("randomized", QT_TRANSLATE_NOOP("ConsortStrip", "Randomized")),
                ("eligible_awaiting_randomization",
                 QT_TRANSLATE_NOOP("ConsortStrip", "Awaiting randomization")))

    @staticmethod
    def caption(text: str) -> str:
        return QCoreApplication.translate("ConsortStrip", text)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Card")
        self.numbers = {key: named(QLabel("0"), "ConsortNumber") for key, _ in self.CAPTIONS}
        self.reasons = named(QLabel(), "Detail")
        self.reasons.setWordWrap(True)
        row = QHBoxLayout(self)
        row.setContentsMargins(16, 8, 16, 8)
        row.setSpacing(18)
        for index, (key, caption) in enumerate(self.CAPTIONS):
            if index in (1, 4):
                row.addWidget(label("→", "ConsortArrow"))
            extra = self.reasons if key == "ineligible" else None
            row.addWidget(_tile(self.numbers[key], self.caption(caption), extra),
                          3 if extra else 0)
        row.addStretch(1)

    def show_counts(self, counts: ConsortCounts) -> None:
        for key, number in self.numbers.items():
            number.setText(str(getattr(counts, key)))
        self.reasons.setText("  ·  ".join(f"{message_text(reason)}: {n}"
                                          for reason, n in counts.ineligible_by_reason))
        self.reasons.setVisible(bool(counts.ineligible_by_reason))

    def text(self) -> str:
        lines = [f"{self.caption(caption)}: {self.numbers[key].text()}"
                 for key, caption in self.CAPTIONS]
        if self.reasons.text():
            lines.append(self.reasons.text())
        return "\n".join(lines)


class ScreeningLogPanel(QWidget):
    open_patient = Signal(str)  # screening number, on double-click

    def __init__(self, ws: Workspace, parent: QWidget | None = None, *,
                 load: bool = True) -> None:
        super().__init__(parent)
        self.ws = ws
        self.consort: ConsortCounts | None = None
        self.model = ScreeningLogModel(self)
        self.proxy = sorting_proxy(self.model, self)
        self.table = self._build_table()
        self.consort_strip = ConsortStrip()
        self.consort_strip.setToolTip(self.tr("CONSORT counts. A patient failing two criteria "
                                              "counts under both reasons."))
        self.count_label = label("", "Muted")
        self.message = InlineMessage()
        self.export_button = QPushButton(self.tr("Export CSV…"))
        self.export_button.setToolTip(self.tr("Pseudonymised: screening number and initials, "
                                              "no names or record numbers."))
        self.export_button.clicked.connect(self.export_csv)
        self.export_button.setVisible(ws.may(Action.EXPORT_DATA))
        self.pdf_button = QPushButton(self.tr("Print / save PDF…"))
        self.pdf_button.clicked.connect(self.save_pdf)
        self.pdf_button.setVisible(ws.may(Action.PRINT_REPORTS))
        self._build()
        if load:
            self.reload()

    def _build_table(self) -> QTableView:
        table = data_table(self.proxy, stretch=LogColumn.REASONS, word_wrap=False,
                           sort_column=LogColumn.SCREENING_NUMBER)
        open_rows_with(table, self._on_double_click)
        return table

    def _build(self) -> None:
        buttons = QHBoxLayout()
        buttons.addWidget(self.count_label)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.pdf_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 10, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.consort_strip)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addWidget(label(self.tr("Double-click a row to open that patient's checklist; "
                                       "hover the reasons for the program's detail."),
                               "Muted", wrap=True))

    def reload(self) -> None:
        outcome = attempt(screening_log, self.ws)
        if outcome.error is not None:
            self.message.show_error(outcome.error)
            return
        rows = outcome.value or []
        self.model.set_rows(rows)
        self.consort = consort_counts(rows)
        self.consort_strip.show_counts(self.consort)
        n = len(rows)
        self.count_label.setText(self.tr("1 candidate") if n == 1
                                 else self.tr("{n} candidates").format(n=n))

    def _on_double_click(self, index: QModelIndex) -> None:
        row = self.model.row_at(self.proxy.mapToSource(index).row())
        self.open_patient.emit(row.screening_number)

    def _ask_path(self, title: str, suffix: str, pattern: str) -> Path | None:
        default = str(Path.home() / f"screening-log-{date.today():%Y-%m-%d}.{suffix}")
        path, _filter = QFileDialog.getSaveFileName(self, title, default, pattern)
        if not path:
            return None
        chosen = Path(path)
        return chosen if chosen.suffix else chosen.with_suffix(f".{suffix}")

    def export_csv(self) -> None:
        self.message.clear_message()
        path = self._ask_path(self.tr("Export screening log"), "csv", self.tr("CSV files (*.csv)"))
        if path is None:
            return
        outcome = attempt(export_screening_log_csv, self.ws, path)
        if outcome.error is not None:
            self.message.show_error(outcome.error)
        else:
            self.message.show_ok(self.tr("{n} rows exported to {path}.").format(n=outcome.value,
                                                                               path=path))

    def save_pdf(self) -> None:
        self.message.clear_message()
        ws = self.ws
        save_pdf(self, ws, title=self.tr("Save screening log as PDF"),
                 default_name=f"screening-log-{date.today():%Y-%m-%d}.pdf",
                 working=self.tr("Making the screening log…"),
                 make=lambda: screening_log_pdf(ws), on_saved=self._pdf_saved,
                 on_failure=self.message.show_error)

    def _pdf_saved(self, path: Path) -> None:
        self.message.show_ok(self.tr("Screening log saved as {path}; print it from your PDF "
                                     "viewer.").format(path=path))
