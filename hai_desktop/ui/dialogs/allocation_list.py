"""The allocation list's own actions: import the statistician's CSV, generate a list for
training or for the statistician, and export the full (unblinding) list."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from hai_desktop.core.errors import ValidationError
from hai_desktop.core.randomization import CSV_HEADER, protocol_design
from hai_desktop.services.randomization import (
    ListSummary,
    export_full_list,
    generate_list,
    import_allocation_list,
)
from hai_desktop.services.workspace import Workspace
from hai_desktop.ui.dialogs.base import FormDialog
from hai_desktop.ui.models.envelopes import stratum_text
from hai_desktop.ui.widgets.common import label


class FileField(QWidget):
    """A path with a Choose… button; `choose` asks the file dialog."""

    def __init__(self, choose_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = QLineEdit()
        self.path.setMinimumWidth(320)
        self.button = QPushButton(choose_text)
        self.button.setAutoDefault(False)  # Enter submits the form, never reopens the chooser
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.path, 1)
        row.addWidget(self.button)
        self.setFocusProxy(self.path)

    def text(self) -> str:
        return self.path.text().strip()

    def set_text(self, text: str) -> None:
        self.path.setText(text)


class ImportListDialog(FormDialog):
    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        header = ",".join(CSV_HEADER)
        super().__init__(
            self.tr("Import allocation list"),
            self.tr("Import the allocation list from the central statistician: a CSV file "
                    "(UTF-8) whose first line is <b>{header}</b>, then one line per envelope, "
                    "e.g. <tt>S1-001,S1,HAI</tt>.<br><br>The list is checked line by line and "
                    "stored with its SHA-256 fingerprint; it can never be edited. While "
                    "envelopes are in use, only an extension that keeps every existing envelope "
                    "unchanged is accepted.").format(header=header),
            self.tr("Import list"), parent)
        self.ws = ws
        self.summary: ListSummary | None = None
        self.file = FileField(self.tr("Choose file…"))
        self.file.button.clicked.connect(self.choose_file)
        self.source_note = QLineEdit()
        self.source_note.setPlaceholderText(self.tr("e.g. central statistician, version 1, "
                                                    "2026-11-01"))
        self.add_field("path", self.tr("CSV file"), self.file)
        self.add_field("source_note", self.tr("Where it comes from"), self.source_note)
        self.file.button.setFocus()

    def choose_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Allocation list from the statistician"), str(Path.home()),
            self.tr("CSV files (*.csv);;All files (*)"))
        if path:
            self.file.set_text(path)
            self.source_note.setFocus()

    def submit(self) -> bool:
        if not self.file.text():
            self.show_error(ValidationError(
                self.tr("Choose the CSV file from the statistician."), field="path"))
            return False
        path = Path(self.file.text())
        try:
            data = path.read_bytes()
        except OSError as exc:
            self.show_error(ValidationError(
                self.tr("The file {path} could not be read: {problem}.").format(
                    path=path, problem=exc.strerror), field="path"))
            return False
        outcome = self.attempt(import_allocation_list, self.ws, data,
                               source_note=self.source_note.text())
        if outcome.error is not None:
            self.show_error(outcome.error)
            return False
        self.summary = outcome.value
        return True


def parse_block_sizes(text: str) -> tuple[int, ...]:
    parts = [p for p in re.split(r"[\s,;/]+", text.strip()) if p]
    if not parts or not all(p.isdigit() for p in parts):
        raise ValidationError(QCoreApplication.translate(
            "GenerateListDialog", "Block sizes are even whole numbers separated by commas, "
            "e.g. 2, 4."), field="block_sizes")
    return tuple(int(p) for p in parts)


class GenerateListDialog(FormDialog):
    def __init__(self, ws: Workspace, in_use: bool = False,
                 parent: QWidget | None = None) -> None:
        design = protocol_design()
        intro = self.tr(
            "Generate a list of permuted blocks (1:1, block sizes drawn at random from the "
            "set, every block complete) per stratum, from a seed drawn by a cryptographic "
            "random source. The seed, generator version and parameters are recorded, so the "
            "same list can be produced again.<br><br><b>For training, or for the statistician "
            "to review.</b> In the trial itself the list comes from the central statistician: "
            "use Import list… instead.")
        if in_use:
            intro += self.tr("<br><br><b>A generated list is in use:</b> the same seed extends "
                             "it — every existing envelope stays as it is and more are added "
                             "to each stratum.")
        super().__init__(self.tr("Generate allocation list"), intro, self.tr("Generate list"),
                         parent)
        self.ws = ws
        self.summary: ListSummary | None = None
        self.per_stratum = QSpinBox()
        self.per_stratum.setRange(2, 2000)
        self.per_stratum.setValue(30)
        self.per_stratum.setSuffix(self.tr(" envelopes"))
        self.per_stratum.setMaximumWidth(180)
        self.block_sizes = QLineEdit(", ".join(map(str, design.block_sizes)))
        self.block_sizes.setMaximumWidth(180)
        self.add_row(self.tr("Per stratum (at least)"), self.per_stratum)
        self.add_field("block_sizes", self.tr("Block sizes"), self.block_sizes)
        self.form.addRow("", label(self.tr(
            "{n} strata: {strata}. The last block of each stratum is completed, so a stratum may "
            "hold a few more envelopes.").format(
                n=len(design.strata),
                strata="; ".join(f"{s.code} {stratum_text(s)}" for s in design.strata)),
            "Muted", wrap=True))
        self.per_stratum.setFocus()

    def submit(self) -> bool:
        try:
            sizes = parse_block_sizes(self.block_sizes.text())
        except ValidationError as error:
            self.show_error(error)  # at the block sizes, which get the focus
            return False
        outcome = self.attempt(generate_list, self.ws, self.per_stratum.value(), sizes)
        if outcome.error is not None:
            self.show_error(outcome.error)
            return False
        self.summary = outcome.value
        return True


class ExportListDialog(FormDialog):
    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Export the full allocation list"),
            self.tr("<span style='color:#b3261e'><b>This file unblinds the allocation:</b> it "
                    "shows the arm of every envelope, including the sealed ones.</span> Export "
                    "it only when the protocol requires it (e.g. for the statistician or an "
                    "inspection), and keep it away from everyone who randomizes patients.<br><br>"
                    "The export and its reason are recorded in the audit trail."),
            self.tr("Export full list"), parent)
        self.ws = ws
        self.exported = 0
        self.written: Path | None = None
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("e.g. requested by the trial statistician for "
                                               "DSMB"))
        self.file = FileField(self.tr("Choose…"))
        self.file.set_text(str(Path.home() / f"allocation-list-{date.today():%Y-%m-%d}.csv"))
        self.file.button.clicked.connect(self.choose_file)
        self.add_field("reason", self.tr("Reason"), self.reason)
        self.add_field("path", self.tr("Save as"), self.file)
        self.reason.setFocus()

    def choose_file(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the full allocation list"), self.file.text(),
            self.tr("CSV files (*.csv)"))
        if path:
            chosen = Path(path)
            self.file.set_text(str(chosen if chosen.suffix else chosen.with_suffix(".csv")))

    def submit(self) -> bool:
        if not self.file.text():
            self.show_error(ValidationError(self.tr("Choose where to save the file."),
                                            field="path"))
            return False
        path = Path(self.file.text())
        outcome = self.attempt(export_full_list, self.ws, path, self.reason.text())
        if outcome.error is not None:
            self.show_error(outcome.error)
            return False
        self.exported = outcome.value or 0
        self.written = path
        return True
