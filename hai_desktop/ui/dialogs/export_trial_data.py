"""Export the trial data for the statistician: where (a new folder and its .zip beside it), why,
the archive password typed twice, and — only if ticked, with a warning and the user's password
again — the patients' identifiers.

The service checks everything again and writes nothing unless all is right; a refusal stays in
the dialog with everything typed except the passwords.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from hai_desktop.core.errors import HaiError, ValidationError
from hai_desktop.core.i18n import QT_TRANSLATE_NOOP
from hai_desktop.services.export import (
    ARCHIVE_PASSWORD_MIN,
    ExportResult,
    archive_path,
    export_trial_data,
)
from hai_desktop.services.workspace import Workspace
from hai_desktop.ui.background import Operation, run_in_background
from hai_desktop.ui.dialogs.base import FormDialog, password_field
from hai_desktop.ui.widgets.common import label, restyle

INTRO = QT_TRANSLATE_NOOP(
    "ExportTrialDataDialog",
    "Every record of the trial as CSV files with a data dictionary in a new folder, and the "
    "same files in one AES-256 zip archive beside it: send the archive, give its password "
    "separately. <b>Pseudonymised</b>: study IDs (screening numbers if never randomized), no "
    "names, dates of birth or record numbers; free text goes as typed.")
IDENTIFIED_WARNING = QT_TRANSLATE_NOOP(
    "ExportTrialDataDialog",
    "Identified: The files will hold every patient's name, date of birth and hospital record "
    "number: only where the protocol and the consent allow it. They are written only inside "
    "the encrypted archive, never as plain files. Your password is asked again, and the audit "
    "trail records it.")


def default_name(today: date | None = None) -> str:
    return f"hai-trial-export-{(today or date.today()):%Y-%m-%d}"


class ConfirmIdentifiedDialog(FormDialog):
    """The second, deliberate confirmation of an identified export: the user's password."""

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Confirm an identified export"),
                         self.tr("<b>The export will identify the patients</b> (names, dates "
                                 "of birth, hospital record numbers). Type your password to "
                                 "confirm."),
                         self.tr("Confirm identified export"), parent)
        self.ws = ws
        self.password = password_field()
        self.add_field("password", self.tr("Password of {username}").format(
            username=ws.user.username), self.password)
        self.password.setFocus()

    def submit(self) -> bool:
        if not self.password.text():
            self.show_error(ValidationError(self.tr("Type your password, or cancel to export "
                                                    "pseudonymised data."), field="password"))
            return False
        return True  # checked by the export itself (a wrong password is audited there)


class ExportTrialDataDialog(FormDialog):

    def __init__(self, ws: Workspace, parent: QWidget | None = None, *,
                 folder: Path | None = None) -> None:
        super().__init__(self.tr("Export trial data"),
                         QCoreApplication.translate("ExportTrialDataDialog", INTRO),
                         self.tr("Export"), parent)
        self.intro.setMinimumWidth(640)  # fewer wrapped lines: a lower dialog
        self.ws = ws
        self.export: ExportResult | None = None  # not `result`: that is QDialog.result()
        self.pending: Operation[ExportResult] | None = None
        self.folder = QLineEdit(str(folder or Path.home()))
        self.choose_button = QPushButton(self.tr("Choose…"))
        self.choose_button.clicked.connect(self.choose_folder)
        where = QWidget()
        row = QHBoxLayout(where)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.folder, 1)
        row.addWidget(self.choose_button)
        self.name = QLineEdit(default_name())
        self.target_line = label("", "Muted", wrap=True)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("e.g. interim analysis for the DSMB (audited)"))
        self.archive_password = password_field()
        self.archive_password.setPlaceholderText(self.tr("at least {n} characters").format(
            n=ARCHIVE_PASSWORD_MIN))
        self.archive_repeat = password_field()
        self.archive_repeat.setPlaceholderText(self.tr("the same again"))
        # Both on one row: the dialog must fit a 768-pixel-high screen (2/3 of it at most).
        for field in (self.archive_password, self.archive_repeat):
            field.setMinimumWidth(200)
        passwords = QWidget()
        pair = QHBoxLayout(passwords)
        pair.setContentsMargins(0, 0, 0, 0)
        pair.addWidget(self.archive_password, 1)
        pair.addWidget(label(self.tr("repeat")))
        pair.addWidget(self.archive_repeat, 1)
        self.identified = QCheckBox(self.tr("Include names, dates of birth and hospital record "
                                            "numbers"))
        self.warning = label(QCoreApplication.translate("ExportTrialDataDialog",
                                                        IDENTIFIED_WARNING), wrap=True)
        restyle(self.warning, "InlineError")
        self.add_row(self.tr("Put it in"), where)
        self.add_field("folder", self.tr("New folder"), self.name)
        self.add_field("reason", self.tr("Reason"), self.reason)
        self.add_field("archive_password", self.tr("Archive password"), passwords,
                       self.archive_password)
        self.add_row(self.tr("Identified"), self.identified)
        # Below the form, full width: wrapped labels inside a form row are cut short.
        self.body.addWidget(self.target_line)
        self.body.addWidget(self.warning)
        self.folder.textChanged.connect(lambda _t: self._show_target())
        self.name.textChanged.connect(lambda _t: self._show_target())
        self.identified.toggled.connect(lambda _on: self._show_warning())
        self.identified.toggled.connect(lambda _on: self._show_target())
        self._show_target()
        self._show_warning()
        self.reason.setFocus()

    # ---- the form ----------------------------------------------------------------------------
    def target(self) -> Path:
        return Path(self.folder.text().strip()).expanduser() / self.name.text().strip()

    def _show_target(self) -> None:
        target = self.target()
        if self.identified.isChecked():
            self.target_line.setText(self.tr("Writes only {archive} (encrypted) in that folder; "
                                             "nothing existing is overwritten.").format(
                archive=archive_path(target).name))
            self.target_line.setToolTip(str(archive_path(target)))
            return
        self.target_line.setText(self.tr("Writes {folder}/ and {archive} in that folder; "
                                         "nothing existing is overwritten.").format(
            folder=target.name, archive=archive_path(target).name))
        self.target_line.setToolTip(self.tr("{folder} and {archive}").format(
            folder=target, archive=archive_path(target)))

    def _show_warning(self) -> None:
        self.warning.setVisible(self.identified.isChecked())
        self.ok_button.setText(self.tr("Export identified data") if self.identified.isChecked()
                               else self.tr("Export"))
        self.ok_button.updateGeometry()
        self.fit()

    def choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Where the export goes"),
                                                  self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    def _focus(self, error: HaiError) -> None:
        widgets: dict[str, QWidget] = {
            "folder": self.name, "reason": self.reason,
            "archive_password": self.archive_password}
        widget = widgets.get(getattr(error, "field", None) or "")
        if widget is not None:
            widget.setFocus()

    def _refuse(self, error: HaiError) -> bool:
        self.show_error(error)
        self._focus(error)
        # Passwords are never kept in a form that was refused.
        self.archive_password.clear()
        self.archive_repeat.clear()
        return False

    def submit(self) -> bool:
        if self.archive_password.text() != self.archive_repeat.text():
            return self._refuse(ValidationError(
                self.tr("The two archive passwords differ: type the same password twice."),
                field="archive_password"))
        confirm: str | None = None
        if self.identified.isChecked():
            dialog = ConfirmIdentifiedDialog(self.ws, self)
            if not dialog.exec():
                self.show_error(self.tr("Identified export cancelled: nothing was written."))
                return False
            confirm = dialog.password.text()
        ws, target, reason = self.ws, self.target(), self.reason.text()
        archive_password, identified = self.archive_password.text(), self.identified.isChecked()
        # Writing every record takes a while: on the worker, the dialog disabled meanwhile.
        self.pending = run_in_background(
            self, ws, self.tr("Exporting the trial data…"),
            lambda: export_trial_data(ws, target, reason=reason,
                                      archive_password=archive_password,
                                      identified=identified, confirm_password=confirm),
            on_success=self._exported, on_failure=self._refused)
        return False  # closed by _exported once the files are written

    @property
    def busy(self) -> bool:
        return self.pending is not None and not self.pending.done

    def _refused(self, error: HaiError) -> None:
        self._refuse(error)

    def _exported(self, result: ExportResult) -> None:
        self.export = result
        self.accept()

    def reject(self) -> None:
        if not self.busy:  # an export under way ends first: its files are then all there
            super().reject()
