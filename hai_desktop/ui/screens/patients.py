"""The patient list: search, pick the patient every other screen then works on; the selected
patient's allergies (everyone reads them; nurses, pharmacists and investigators record them)."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QTableView

from hai_desktop.core.i18n import QT_TRANSLATE_NOOP
from hai_desktop.services.outcomes import outcome_record
from hai_desktop.services.patients import PatientSummary, list_patients
from hai_desktop.services.permissions import Action
from hai_desktop.services.workspace import Workspace
from hai_desktop.ui.background import Operation, run_in_background
from hai_desktop.ui.dialogs.resection_outcome import ResectionOutcomeDialog
from hai_desktop.ui.models.patients import PatientColumn, PatientsTableModel
from hai_desktop.ui.run_service import run_service
from hai_desktop.ui.screens.base import Screen
from hai_desktop.ui.widgets.common import InlineMessage, label
from hai_desktop.ui.widgets.tables import data_table, sorting_proxy

SEARCH_DELAY_MS = 200  # wait for a pause in typing before asking the database


class PatientsScreen(Screen):
    title = QT_TRANSLATE_NOOP("PatientsScreen", "Patients")
    description = QT_TRANSLATE_NOOP(
        "PatientsScreen",
        "Select a patient to work on: the header above every screen then shows who it is.")
    patient_selected = Signal(object)  # PatientSummary | None
    allergies_changed = Signal()  # the header shows them: it asks again

    def __init__(self, ws: Workspace, parent: Screen | None = None) -> None:
        super().__init__(ws, parent)
        self.model = PatientsTableModel(self)
        self.proxy = sorting_proxy(self.model, self)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr(
            "Search: name, screening number, study ID, initials or hospital record number"))
        self.search.setClearButtonEnabled(True)
        self.count_label = label("", "Muted")
        self.table = self._build_table()
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.search.returnPressed.connect(self.choose_first_match)
        self._choose_first = False
        # The primary endpoint is the investigator's to record (other roles do not see it).
        self.outcome_button = QPushButton(self.tr("Outcome…"))
        self.outcome_button.setToolTip(self.tr("Liver resection (the primary endpoint) of the "
                                               "selected randomized patient"))
        self.outcome_button.clicked.connect(self.record_outcome)
        self.outcome_button.setVisible(ws.may(Action.RECORD_OUTCOME))
        # Alt+A: no menu title or other button of this screen uses A.
        self.allergies_button = QPushButton(self.tr("&Allergies…"))
        self.allergies_button.setToolTip(
            self.tr("Allergies and infusion reactions of the selected patient")
            if ws.may(Action.RECORD_ALLERGIES) else
            self.tr("Allergies and infusion reactions of the selected patient (read only for "
                    "your role)"))
        self.allergies_button.clicked.connect(self.open_allergies)
        self.message = InlineMessage()
        self.loading: Operation[list[PatientSummary]] | None = None
        self._reselecting = False
        row = QHBoxLayout()
        row.addWidget(self.search, 1)
        row.addWidget(self.count_label)
        row.addWidget(self.allergies_button)
        row.addWidget(self.outcome_button)
        self.layout_.addLayout(row)
        self.layout_.addWidget(self.message)
        self.layout_.addWidget(self.table, 1)
        self.setFocusProxy(self.search)
        self.reload()
        self._update_buttons()

    def _build_table(self) -> QTableView:
        table = data_table(self.proxy, stretch=PatientColumn.ARM, row_height=34,
                           sort_column=PatientColumn.SCREENING_NUMBER)
        table.selectionModel().selectionChanged.connect(self._on_selection)
        return table

    def reload(self) -> None:
        """Ask again on the workspace's worker (ten years of patients take a moment): typing
        goes on meanwhile, the newest search wins and an older one not yet answered is
        dropped."""
        if self.loading is not None and not self.loading.done:
            self.loading.cancel()
        ws, text = self.ws, self.search.text()
        self.loading = run_in_background(
            self, ws, self.tr("Loading the patient list…"), lambda: list_patients(ws, text),
            on_success=self._show_patients, on_failure=self.message.show_error,
            read_only=True, keep_enabled=True)

    def _show_patients(self, patients: list[PatientSummary]) -> None:
        selected = self.patient
        self.model.set_patients(patients)
        n = len(patients)
        self.count_label.setText(self.tr("1 patient") if n == 1
                                 else self.tr("{n} patients").format(n=n))
        if self._choose_first:
            self._chose_first_match()
        elif selected is not None:
            # The rows arrive from the worker a moment later: choosing the same patient again
            # must not tell the other screens, which would reload a form being typed in.
            self._reselecting = True
            try:
                self.select_patient(selected.id)
            finally:
                self._reselecting = False

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()  # typing replaces the last search

    def choose_first_match(self) -> None:
        """Enter in the search box: search now and choose the first (or only) match; the list
        takes the focus, so Up / Down choose another."""
        self._search_timer.stop()
        self._choose_first = True  # once this search's rows arrive from the worker
        self.reload()

    def _chose_first_match(self) -> None:
        self._choose_first = False
        if self.proxy.rowCount() == 0:
            return
        self.select_row(0)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def visible_patients(self) -> list[PatientSummary]:
        """The rows as shown (search and sort applied)."""
        return [self.model.patient_at(self.proxy.mapToSource(self.proxy.index(r, 0)).row())
                for r in range(self.proxy.rowCount())]

    def select_patient(self, patient_id: int) -> bool:
        row = self.model.row_of(patient_id)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.selectRow(index.row())
        return True

    def select_row(self, view_row: int) -> None:
        self.table.selectRow(view_row)

    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return  # a new search keeps the current patient until another is chosen
        patient: PatientSummary = self.model.patient_at(self.proxy.mapToSource(rows[0]).row())
        if patient != self.patient:
            same_one = self.patient is not None and self.patient.id == patient.id
            self.patient = patient
            self._update_buttons()
            if not (self._reselecting and same_one):
                self.patient_selected.emit(patient)

    def set_patient(self, patient: PatientSummary | None) -> None:
        super().set_patient(patient)
        self.message.clear_message()
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.allergies_button.setEnabled(self.patient is not None)
        self.outcome_button.setEnabled(self.ws.may(Action.RECORD_OUTCOME)
                                       and self.patient is not None
                                       and self.patient.arm is not None)

    def record_outcome(self) -> None:
        patient = self.patient
        if patient is None or patient.arm is None:
            return
        self.message.clear_message()
        loaded = run_service(self, outcome_record, self.ws, patient.id)
        if loaded.value is None:
            return
        if ResectionOutcomeDialog(self.ws, patient, loaded.value, self).exec():
            self.message.show_ok(self.tr("Outcome of {id} saved.").format(
                id=patient.display_id))

    def open_allergies(self) -> None:
        from hai_desktop.ui.dialogs.allergies import AllergiesDialog

        patient = self.patient
        if patient is None:
            return
        self.message.clear_message()
        dialog = AllergiesDialog(self.ws, patient, self)
        dialog.exec()
        if dialog.changed:
            self.allergies_changed.emit()

    def on_shown(self) -> None:
        self.reload()
