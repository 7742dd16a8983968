"""A patient's allergies and infusion reactions: the status an order needs first (not yet asked /
no known allergies — who asked, when / the allergies), the entries, and the actions of the
roles that take the history (nurse, pharmacist, investigator): add, correct or void with a
reason, or state "no known allergies". Everyone else reads it.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hai_desktop.core.allergies import AllergyState, AllergyStatus
from hai_desktop.records import AllergyRecord
from hai_desktop.services import allergies, users
from hai_desktop.services.patients import PatientSummary
from hai_desktop.services.permissions import Action
from hai_desktop.services.workspace import Workspace
from hai_desktop.ui.dialogs.allergy_entry import AllergyEntryDialog
from hai_desktop.ui.dialogs.no_known_allergies import NoKnownAllergiesDialog
from hai_desktop.ui.dialogs.reason import ReasonDialog
from hai_desktop.ui.i18n import date_text
from hai_desktop.ui.models.allergies import AllergiesTableModel, AllergyColumn
from hai_desktop.ui.run_service import attempt
from hai_desktop.ui.widgets.common import InlineMessage, label
from hai_desktop.ui.widgets.status_line import StatusLine
from hai_desktop.ui.widgets.tables import data_table, open_rows_with


def status_text(status: AllergyStatus) -> tuple[str, str]:
    """What the status line says, and its style."""
    if status.state is AllergyState.NOT_ASKED:
        return (QCoreApplication.translate(
            "AllergiesDialog", "⚠ <b>Not yet asked.</b> Nobody has recorded this patient's "
            "allergies: an order cannot be signed until the allergies, or “no known "
            "allergies”, are recorded."), "Reminder")
    if status.state is AllergyState.NONE_KNOWN:
        text = (QCoreApplication.translate(
            "AllergiesDialog", "<b>No known allergies</b> — asked by {name} on {date}.")
            if status.asked_on else QCoreApplication.translate(
            "AllergiesDialog", "<b>No known allergies</b> — asked by {name}."))
        return text.format(name=html.escape(status.asked_by or "—"),
                           date=date_text(status.asked_on)), "InlineOk"
    names = ", ".join(e.allergen for e in status.entries)
    return QCoreApplication.translate(
        "AllergiesDialog", "⚠ <b>Allergies recorded:</b> {names}").format(
        names=html.escape(names)), "InlineError"


class AllergiesDialog(QDialog):
    def __init__(self, ws: Workspace, patient: PatientSummary,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.patient = ws, patient
        self.may_record = ws.may(Action.RECORD_ALLERGIES)
        self.changed = False  # something was saved: the caller refreshes the header
        self.status: AllergyStatus | None = None
        self.setWindowTitle(self.tr("Allergies — {id}").format(id=patient.display_id))
        self.setModal(True)
        self.heading = label(self.tr("<b>{id}</b> · {name} · allergies and infusion "
                                     "reactions").format(id=html.escape(patient.display_id),
                                                         name=html.escape(patient.name)),
                             "SectionTitle")
        self.status_label = StatusLine()
        self.show_voided = QCheckBox(self.tr("Show &voided entries"))
        self.model = AllergiesTableModel(ws.zone, self)
        self.table = data_table(self.model, stretch=AllergyColumn.REACTION, row_height=30)
        # A reaction is a sentence: rows grow to show it whole.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        open_rows_with(self.table, lambda _index: self.correct_selected())
        self.add_button = QPushButton(self.tr("&Add…"))
        self.add_button.setObjectName("Primary")
        self.correct_button = QPushButton(self.tr("&Correct…"))
        self.void_button = QPushButton(self.tr("Vo&id…"))
        self.none_button = QPushButton(self.tr("&No known allergies…"))
        self.void_statement_button = QPushButton(self.tr("Void “no known allergies”…"))
        self.message = InlineMessage()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self._build()
        self.show_voided.toggled.connect(lambda _on: self.reload())
        self.add_button.clicked.connect(self.add_entry)
        self.correct_button.clicked.connect(self.correct_selected)
        self.void_button.clicked.connect(self.void_selected)
        self.none_button.clicked.connect(self.state_none_known)
        self.void_statement_button.clicked.connect(self.void_statement)
        self.reload()
        self.resize(1080, 520)

    def refusal_text(self) -> str:
        """What the dialog says is wrong now (as every form dialog tells it)."""
        return self.message.text()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)
        layout.addWidget(self.heading)
        layout.addWidget(self.status_label)
        top = QHBoxLayout()
        top.addWidget(self.show_voided)
        top.addStretch(1)
        if not self.may_record:
            top.addWidget(label(self.tr("Read only: nurses, pharmacists and investigators "
                                        "record allergies."), "Muted"))
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        actions = QHBoxLayout()
        for button in (self.add_button, self.correct_button, self.void_button):
            actions.addWidget(button)
        actions.addSpacing(18)
        actions.addWidget(self.none_button)
        actions.addWidget(self.void_statement_button)
        actions.addStretch(1)
        for button in (self.add_button, self.correct_button, self.void_button,
                       self.none_button, self.void_statement_button):
            button.setVisible(self.may_record)
            button.setAutoDefault(False)
        layout.addLayout(actions)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    # ---- showing -----------------------------------------------------------------------------
    def reload(self, select_id: int | None = None) -> None:
        status = attempt(allergies.allergy_status_of, self.ws, self.patient.id)
        rows = attempt(allergies.allergies_for_patient, self.ws, self.patient.id,
                       include_voided=self.show_voided.isChecked())
        error = status.error or rows.error
        if error is not None:
            self.message.show_error(error)
            return
        assert status.value is not None and rows.value is not None
        self.status = status.value
        text, style = status_text(status.value)
        self.status_label.show_state(text, style)
        names = {u.username: u.full_name for u in attempt(users.list_users, self.ws).value or []}
        self.model.set_allergies(rows.value, names)
        if select_id is not None:
            ids = [r.id for r in self.model.rows()]
            if select_id in ids:
                self.table.selectRow(ids.index(select_id))
        self._update_buttons()

    def selected(self) -> AllergyRecord | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select_allergen(self, allergen: str) -> bool:
        names = [r.allergen for r in self.model.rows()]
        if allergen not in names:
            return False
        self.table.selectRow(names.index(allergen))
        return True

    def _update_buttons(self) -> None:
        chosen = self.selected()
        live = chosen is not None and not chosen.voided
        self.correct_button.setEnabled(live)
        self.void_button.setEnabled(live)
        recorded = self.status is not None and self.status.state is AllergyState.RECORDED
        none_known = self.status is not None and self.status.state is AllergyState.NONE_KNOWN
        self.none_button.setEnabled(not recorded)
        self.none_button.setToolTip(
            self.tr("Void the allergies recorded in error first") if recorded else
            self.tr("The patient was asked and has no known allergy: who asked and when"))
        self.void_statement_button.setVisible(self.may_record and none_known)

    # ---- actions -----------------------------------------------------------------------------
    def _saved(self, text: str, select_id: int | None = None) -> None:
        self.changed = True
        self.reload(select_id)
        self.message.show_ok(text)

    def add_entry(self) -> None:
        dialog = AllergyEntryDialog(self.ws, self.patient, self)
        if dialog.exec():
            self._saved(self.tr("{allergen} recorded.").format(
                allergen=dialog.allergen.text().strip()), dialog.saved_id)

    def correct_selected(self) -> None:
        row = self.selected()
        if row is None or row.voided or not self.may_record:
            return
        dialog = AllergyEntryDialog(self.ws, self.patient, self, correcting=row)
        if dialog.exec():
            self._saved(self.tr("{allergen} corrected.").format(
                allergen=dialog.allergen.text().strip()), row.id)

    def void_selected(self) -> None:
        row = self.selected()
        if row is None or row.voided:
            return
        dialog = ReasonDialog(
            self.tr("Void the allergy {allergen}").format(allergen=row.allergen),
            self.tr("“{allergen}” was recorded in error (wrong patient, not an allergy). It "
                    "stays in the record, struck through. With no allergy left the patient is "
                    "“not yet asked” again. Why is it voided?").format(
                allergen=html.escape(row.allergen)), self.tr("Void allergy"),
            lambda reason: allergies.void_allergy(self.ws, row.id, reason), self)
        if dialog.exec():
            self._saved(self.tr("{allergen} voided.").format(allergen=row.allergen))

    def state_none_known(self) -> None:
        if NoKnownAllergiesDialog(self.ws, self.patient, self).exec():
            self._saved(self.tr("“No known allergies” recorded."))

    def void_statement(self) -> None:
        dialog = ReasonDialog(
            self.tr("Void “no known allergies”"),
            self.tr("The statement was recorded in error (e.g. for the wrong patient). The "
                    "patient is “not yet asked” again until someone asks. Why is it voided?"),
            self.tr("Void statement"),
            lambda reason: allergies.void_statement(self.ws, self.patient.id, reason), self)
        if dialog.exec():
            self._saved(self.tr("“No known allergies” voided."))
