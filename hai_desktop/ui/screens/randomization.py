"""Randomization with sealed envelopes: the current patient's state and the Randomize steps,
the allocation list (fingerprint, balance report), the envelopes, and incidents.

Concealment: nothing here shows the arm of an envelope that has not been opened for a patient.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from hai_desktop.core.i18n import QT_TRANSLATE_NOOP
from hai_desktop.core.patient_status import PatientStatus
from hai_desktop.core.randomization import Stratum, protocol_design
from hai_desktop.services.patients import PatientSummary, get_patient
from hai_desktop.services.permissions import Action
from hai_desktop.services.randomization import (
    UNUSED,
    USED,
    VOIDED,
    EnvelopeOffer,
    EnvelopeView,
    IncidentView,
    ListSummary,
    RandomizationResult,
    active_list,
    envelope_set_pdf,
    envelopes,
    incidents,
    next_envelope,
    patient_stratum,
)
from hai_desktop.services.screening import load_screening
from hai_desktop.services.workspace import Workspace
from hai_desktop.ui.dialogs.allocation_list import (
    ExportListDialog,
    GenerateListDialog,
    ImportListDialog,
)
from hai_desktop.ui.dialogs.randomize import RandomizeDialog
from hai_desktop.ui.dialogs.resolve_incident import ResolveIncidentDialog
from hai_desktop.ui.dialogs.void_envelope import VoidEnvelopeDialog
from hai_desktop.ui.i18n import arm_short_text, arm_text, date_text, message_text, status_text
from hai_desktop.ui.models.base import Index
from hai_desktop.ui.models.envelopes import (
    BalanceColumn,
    BalanceModel,
    EnvelopeColumn,
    EnvelopesModel,
    balance_table,
    stratum_text,
)
from hai_desktop.ui.models.incidents import IncidentColumn, IncidentsModel
from hai_desktop.ui.run_service import attempt
from hai_desktop.ui.screens.base import Screen
from hai_desktop.ui.style import ERROR_RED, OK_GREEN
from hai_desktop.ui.widgets.common import InlineMessage, card, label, primary_button, section_title
from hai_desktop.ui.widgets.save_pdf import save_pdf
from hai_desktop.ui.widgets.tables import data_table, open_rows_with

PATIENT_TAB, LIST_TAB, ENVELOPES_TAB, INCIDENTS_TAB = range(4)
NO_PATIENT, NOT_YET, WAITING, RANDOMIZED = "none", "not yet", "waiting", "randomized"
FINGERPRINT_CHARS = 16
PAGE_MARGIN = 10  # inside the tab frame


def _scrolled(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(widget)
    return area


def _fact_table(rows: list[tuple[str, str]]) -> str:
    """Caption/value pairs as a two-column HTML table (values may hold markup)."""
    cells = "".join(f"<tr><td style='color:#5b6878; padding:3px 18px 3px 0'>{html.escape(k)}"
                    f"</td><td style='padding:3px 0'>{v}</td></tr>" for k, v in rows)
    return f"<table cellspacing='0'>{cells}</table>"


def _strong(markup: str, colour: str) -> str:
    """Text (the services' own, already escaped) in bold colour."""
    return f"<span style='color:{colour}; font-weight:600'>{markup}</span>"


def _when(moment: datetime) -> str:
    return f"{date_text(moment)} {moment:%H:%M} UTC"


# ---- the current patient ---------------------------------------------------------------------

@dataclass(frozen=True)
class WaitingFacts:
    stratum: Stratum | None
    ecog: str | None
    prior_adjuvant: str | None
    confirmed: str
    problem: str | None = None


class PatientPanel(QWidget):
    """Not eligible yet / eligible and waiting (stratum, next envelope) / randomized."""

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.state = NO_PATIENT
        self.offer: EnvelopeOffer | None = None
        frame, body = card()
        self.state_label = label("", "StateCaption")
        self.patient_line = label("", "SectionTitle", wrap=True)
        self.big_label = label("", "EnvelopeBig")
        self.big_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.facts = label("", wrap=True)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message = InlineMessage()
        self.randomize_button = primary_button(self.tr("&Randomize…"))
        self.randomize_button.setToolTip(self.tr("Open the named envelope, record the arm on "
                                                 "its card and sign with your password."))
        self.hint = label("", "Muted", wrap=True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.randomize_button)
        buttons.addStretch(1)
        body.addWidget(self.state_label)
        body.addWidget(self.patient_line)
        body.addWidget(self.big_label)
        body.addWidget(self.facts)
        body.addWidget(self.message)
        body.addLayout(buttons)
        body.addWidget(self.hint)
        how = label(self.tr(
            "<b>How it works.</b> The program names the next unused envelope of the patient's "
            "stratum (ECOG performance status × prior adjuvant chemotherapy, from the confirmed "
            "screening). You open that envelope, choose the arm written on its card and sign. "
            "If the card disagrees with the list, nothing is allocated and an incident is raised "
            "for the investigator. Envelopes are used in order; spoiled ones are voided with a "
            "reason on the Envelopes tab."), "Muted", wrap=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(PAGE_MARGIN, 12, PAGE_MARGIN, 8)
        layout.setSpacing(12)
        layout.addWidget(frame)
        layout.addWidget(how)
        layout.addStretch(1)

    def show_patient(self, patient: PatientSummary | None,
                     envelope_rows: list[EnvelopeView]) -> None:
        self.offer = None
        self.message.clear_message()
        self.randomize_button.hide()
        self.hint.hide()
        self.big_label.hide()
        if patient is None:
            self._set_state(NO_PATIENT, self.tr("NO PATIENT SELECTED"), None)
            self.patient_line.setText(self.tr("Choose a patient on the Patients screen (Ctrl+2)."))
            self.facts.setText("")
        elif patient.study_id is not None:
            self._show_randomized(patient, envelope_rows)
        elif patient.status is PatientStatus.ELIGIBLE:
            self._show_waiting(patient)
        else:
            self._show_not_yet(patient)

    def _set_state(self, state: str, caption: str, colour: str | None) -> None:
        self.state = state
        self.state_label.setText(caption)
        self.state_label.setStyleSheet(f"color: {colour};" if colour else "")

    def _identity(self, patient: PatientSummary) -> str:
        return (f"{html.escape(patient.display_id)} · {html.escape(patient.name)} "
                f"({html.escape(patient.initials)})")

    def _show_not_yet(self, patient: PatientSummary) -> None:
        ineligible = patient.status is PatientStatus.INELIGIBLE
        self._set_state(NOT_YET, self.tr("NOT RANDOMIZED — INELIGIBLE") if ineligible else
                        self.tr("NOT ELIGIBLE YET"), "#8a5a00")
        self.patient_line.setText(self._identity(patient))
        why = (self.tr("The confirmed screening found this patient ineligible: they are not "
                       "randomized.")
               if ineligible else
               self.tr("Randomization needs a confirmed <b>eligible</b> screening. Complete and "
                       "confirm the checklist on the Screening screen (Ctrl+3) first."))
        self.facts.setText(_fact_table([(self.tr("Status"),
                                         html.escape(status_text(patient.status))),
                                        ("", why)]))

    def _waiting_facts(self, patient: PatientSummary) -> WaitingFacts:
        outcome = attempt(load_screening, self.ws, patient.id)
        if outcome.value is None:
            problem = (message_text(outcome.error.message) if outcome.error
                       else self.tr("No screening record."))
            return WaitingFacts(None, None, None, "", problem)
        view = outcome.value
        answer = view.answers.get("ecog")
        ecog = answer.choice if answer is not None else None
        signer = getattr(view, "confirmed_by_name", None) or view.confirmed_by or ""
        confirmed = (self.tr("{when} by {name}").format(when=_when(view.confirmed_at),
                                                        name=html.escape(signer))
                     if view.confirmed_at else self.tr("not confirmed"))
        stratum = attempt(patient_stratum, self.ws, patient.id)  # the services' stratum rule
        if stratum.value is None:
            return WaitingFacts(None, ecog, view.prior_adjuvant, confirmed,
                                message_text(stratum.error.message) if stratum.error else None)
        return WaitingFacts(stratum.value, ecog, view.prior_adjuvant, confirmed)

    def _show_waiting(self, patient: PatientSummary) -> None:
        self._set_state(WAITING, self.tr("ELIGIBLE — WAITING FOR RANDOMIZATION"), "#1f5fa8")
        self.patient_line.setText(self._identity(patient))
        facts = self._waiting_facts(patient)
        stratum = (f"<b>{facts.stratum.code} · {html.escape(stratum_text(facts.stratum))}</b>"
                   if facts.stratum else "—")
        adjuvant = {"yes": self.tr("yes"), "no": self.tr("no")}.get(
            facts.prior_adjuvant or "", facts.prior_adjuvant or "—")
        rows = [(self.tr("Stratum"), stratum),
                (self.tr("From the screening"),
                 self.tr("ECOG performance status {ecog}; prior adjuvant chemotherapy "
                         "{adjuvant}").format(ecog=facts.ecog or "—", adjuvant=adjuvant)),
                (self.tr("Eligibility confirmed"), facts.confirmed)]
        may = self.ws.may(Action.RANDOMIZE)
        if may:
            outcome = attempt(next_envelope, self.ws, patient.id)
            if outcome.value is not None:
                self.offer = outcome.value
                self.big_label.setText(self.tr("Next envelope: {number}").format(
                    number=self.offer.number))
                self.big_label.show()
            elif outcome.error is not None:
                self.message.show_error(outcome.error)
        elif facts.problem:
            self.message.show_error(facts.problem)
        self.facts.setText(_fact_table(rows))
        self.randomize_button.setVisible(may)
        self.randomize_button.setEnabled(self.offer is not None)
        self.hint.setText(self.tr("You will open the envelope, record the arm on its card and "
                                  "sign with your password.") if may else
                          self.tr("A study coordinator or investigator randomizes this patient."))
        self.hint.show()

    def _show_randomized(self, patient: PatientSummary,
                         envelope_rows: list[EnvelopeView]) -> None:
        self._set_state(RANDOMIZED, self.tr("RANDOMIZED"), "#0f7280")
        self.patient_line.setText(f"{html.escape(patient.screening_number)} · "
                                  f"{html.escape(patient.name)} "
                                  f"({html.escape(patient.initials)})")
        self.big_label.setText(patient.study_id or "")
        self.big_label.show()
        envelope = next((e for e in envelope_rows if e.status == USED
                         and e.study_id == patient.study_id), None)
        arm = patient.arm
        rows = [(self.tr("Study ID"), f"<b>{html.escape(patient.study_id or '')}</b>"),
                (self.tr("Arm"), f"<b>{html.escape(arm_short_text(arm))}</b> — "
                                 f"{html.escape(arm_text(arm))}" if arm else "—")]
        if envelope is not None:
            rows.append((self.tr("Envelope"), self.tr(
                "<b>{number}</b> · stratum {code} ({stratum})").format(
                    number=envelope.number, code=envelope.stratum.code,
                    stratum=html.escape(stratum_text(envelope.stratum)))))
            when = _when(envelope.used_at) if envelope.used_at else "—"
            # EnvelopeView carries no opener yet; shown once the service provides `used_by`.
            by = getattr(envelope, "used_by", None)
            rows.append((self.tr("Randomized"),
                         self.tr("{when} by {name}").format(when=when, name=html.escape(by))
                         if by else when))
        else:
            rows.append((self.tr("Envelope"), self.tr("not in the list in force")))
        self.facts.setText(_fact_table(rows))

    def text(self) -> str:
        """What the panel says, as plain lines (tests, accessibility)."""
        parts = [self.state_label.text(), self.patient_line.text()]
        if self.big_label.isVisibleTo(self):
            parts.append(self.big_label.text())
        parts.append(_plain(self.facts.text()))
        if self.message.isVisibleTo(self):
            parts.append(self.message.text())
        return "\n".join(p for p in parts if p)


def _plain(markup: str) -> str:
    doc = QTextDocument()
    doc.setHtml(markup)
    return doc.toPlainText()


# ---- the list ----------------------------------------------------------------------------------

class ListPanel(QWidget):
    """The list in force: where it came from, its fingerprint, and the balance report."""

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.values: dict[str, QLabel] = {}
        frame, body = card()
        head = QHBoxLayout()
        head.addWidget(section_title(self.tr("Allocation list in force")))
        self.training_badge = label(self.tr("TRAINING"), "TrainingBadge")
        self.training_badge.setToolTip(self.tr("A list for practice: not the trial's allocation."))
        head.addWidget(self.training_badge)
        head.addStretch(1)
        body.addLayout(head)
        self.empty = label(self.tr("There is no allocation list yet. Import the central "
                                   "statistician's list, or generate one for training."),
                           wrap=True)
        body.addWidget(self.empty)
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(6)
        fields = (("origin", self.tr("Origin")), ("created", self.tr("Created")),
                  ("source", self.tr("Source")), ("generator", self.tr("Generator")),
                  ("sha256", "SHA-256"), ("integrity", self.tr("Integrity")))
        for i, (key, caption) in enumerate(fields):
            value = label("", wrap=True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.values[key] = value
            row, col = divmod(i, 2)
            grid.addWidget(label(caption, "Muted"), row, col * 2, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(value, row, col * 2 + 1, Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.grid = QWidget()
        self.grid.setLayout(grid)
        body.addWidget(self.grid)
        self.buttons = QHBoxLayout()
        body.addSpacing(4)
        body.addLayout(self.buttons)
        self.balance_model = BalanceModel(self)
        self.balance = data_table(self.balance_model, stretch=BalanceColumn.STRATUM,
                                  row_height=30)
        self.balance.setSelectionMode(QTableView.SelectionMode.NoSelection)
        self.balance.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.balance.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.balance.horizontalHeader().setMinimumSectionSize(110)
        balance_frame, balance_body = card()
        title_row = QHBoxLayout()
        title_row.addWidget(section_title(self.tr("Balance report")))
        title_row.addSpacing(10)
        title_row.addWidget(label(self.tr("randomized per arm and envelopes left, per stratum "
                                          "and overall (arms of opened envelopes only)"),
                                  "Muted"), 1)
        balance_body.addLayout(title_row)
        balance_body.addWidget(self.balance)
        self.balance_frame = balance_frame
        self.message = InlineMessage()
        self.import_button = QPushButton(self.tr("&Import list…"))
        self.generate_button = QPushButton(self.tr("Generate &training list…"))
        self.print_button = QPushButton(self.tr("P&rint envelope set…"))
        self.print_button.setToolTip(self.tr("Labels (outside: stratum and number, no arm) and "
                                             "insert cards (the allocation) of every unused "
                                             "envelope, as PDF. Printing is recorded in the audit "
                                             "trail."))
        self.export_button = QPushButton(self.tr("E&xport full list…"))
        self.export_button.setToolTip(self.tr("Unblinds the list: administrators only, with a "
                                              "reason."))
        manage = ws.may(Action.MANAGE_ALLOCATION_LIST)
        for button in (self.import_button, self.generate_button, self.print_button):
            button.setVisible(manage)
        # A real database takes only the statistician's list (the service refuses too).
        self.generate_button.setVisible(manage and ws.is_training)
        self.export_button.setVisible(ws.may(Action.EXPORT_ALLOCATION_LIST))
        for button in (self.import_button, self.generate_button, self.print_button,
                       self.export_button):
            self.buttons.addWidget(button)
        self.buttons.addStretch(1)
        body.addWidget(self.message)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(PAGE_MARGIN, 12, PAGE_MARGIN, 8)
        layout.setSpacing(12)
        layout.addWidget(frame)
        layout.addWidget(balance_frame)
        layout.addStretch(1)

    def show_summary(self, summary: ListSummary | None) -> None:
        self.empty.setVisible(summary is None)
        self.grid.setVisible(summary is not None)
        self.balance_frame.setVisible(summary is not None)
        self.training_badge.setVisible(summary is not None and summary.training)
        self.print_button.setEnabled(summary is not None and summary.unused > 0)
        self.export_button.setEnabled(summary is not None)
        if summary is None:
            self.balance_model.set_rows([])
            return
        origin = {"imported": self.tr("Imported (central statistician's CSV)"),
                  "generated": self.tr("Generated in this program")}.get(summary.origin,
                                                                          summary.origin)
        if summary.training:
            origin = self.tr("{origin} — training").format(origin=origin)
        self.values["origin"].setText(origin)
        self.values["created"].setText(self.tr("{when} by {name}").format(
            when=_when(summary.created_at), name=html.escape(summary.created_by)))
        self.values["source"].setText(html.escape(summary.source_note or "—"))
        generator = summary.generator or self.tr("— (imported)")
        if summary.block_sizes:
            generator = self.tr("{generator}; block sizes {sizes}").format(
                generator=generator, sizes=summary.block_sizes.replace(",", ", "))
        self.values["generator"].setText(html.escape(generator))
        sha = self.values["sha256"]
        sha.setText(self.tr("{fingerprint}… (hover for all 64)").format(
            fingerprint=summary.sha256[:FINGERPRINT_CHARS]))
        sha.setToolTip(summary.sha256)
        integrity = self.values["integrity"]
        if summary.integrity_problem:
            integrity.setText(_strong(f"⚠ {html.escape(summary.integrity_problem)}", ERROR_RED))
        else:
            integrity.setText(self.tr("<span style='color:{colour}; font-weight:600'>✓ The list "
                                      "matches its fingerprint</span> ({n} envelopes)").format(
                colour=OK_GREEN, n=summary.total))
        rows = balance_table(summary)
        self.balance_model.set_rows(rows)
        header = self.balance.horizontalHeader().height() or 32
        self.balance.setFixedHeight(header + 30 * len(rows) + 4)


# ---- envelopes ---------------------------------------------------------------------------------

class EnvelopeFilter(QSortFilterProxyModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stratum: str | None = None
        self.status: str | None = None

    def set_filter(self, stratum: str | None, status: str | None) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt ≥ 6.9; invalidateFilter is deprecated
            self.beginFilterChange()
            self.stratum, self.status = stratum, status
            self.endFilterChange()
        else:  # pragma: no cover - older PySide6
            self.stratum, self.status = stratum, status
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, EnvelopesModel)
        envelope = model.row_at(source_row)
        return ((self.stratum is None or envelope.stratum.code == self.stratum)
                and (self.status is None or envelope.status == self.status))


class EnvelopesPanel(QWidget):
    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.model = EnvelopesModel(self)
        self.proxy = EnvelopeFilter(self)
        self.proxy.setSourceModel(self.model)
        self.stratum_filter = QComboBox()
        self.stratum_filter.addItem(self.tr("All strata"), None)
        for stratum in protocol_design().strata:
            self.stratum_filter.addItem(f"{stratum.code} · {stratum_text(stratum)}", stratum.code)
        self.status_filter = QComboBox()
        for text, value in ((self.tr("All envelopes"), None),
                            (self.tr("Unused (sealed)"), UNUSED), (self.tr("Used"), USED),
                            (self.tr("Voided"), VOIDED)):
            self.status_filter.addItem(text, value)
        for combo in (self.stratum_filter, self.status_filter):
            combo.currentIndexChanged.connect(self._apply_filter)
        self.count_label = label("", "Muted")
        self.void_button = QPushButton(self.tr("&Void envelope…"))
        self.void_button.setToolTip(self.tr("Void the selected unused envelope (spoiled or lost)."))
        self.void_button.setVisible(ws.may(Action.VOID_ENVELOPE))
        self.void_button.setEnabled(False)
        self.message = InlineMessage()
        self.table = data_table(self.proxy, stretch=EnvelopeColumn.VOID_REASON, row_height=30,
                                word_wrap=False)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        filters = QHBoxLayout()
        filters.addWidget(label(self.tr("Stratum"), "Muted"))
        filters.addWidget(self.stratum_filter)
        filters.addSpacing(12)
        filters.addWidget(label(self.tr("Show"), "Muted"))
        filters.addWidget(self.status_filter)
        filters.addSpacing(12)
        filters.addWidget(self.count_label)
        filters.addStretch(1)
        filters.addWidget(self.void_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(PAGE_MARGIN, 12, PAGE_MARGIN, 8)
        layout.setSpacing(8)
        layout.addLayout(filters)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addWidget(label(self.tr("Concealment: the arm is shown only for envelopes opened "
                                       "for a patient. Sealed and voided envelopes never show "
                                       "it."), "Muted", wrap=True))

    def show_envelopes(self, rows: list[EnvelopeView]) -> None:
        selected = self.selected()
        self.model.set_rows(rows)
        self._apply_filter()
        if selected is not None:
            self.select(selected.number)

    def _apply_filter(self) -> None:
        self.proxy.set_filter(self.stratum_filter.currentData(), self.status_filter.currentData())
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count_label.setText(
            self.tr("{shown} of {total} envelopes").format(shown=shown, total=total)
            if shown != total else self.tr("{total} envelopes").format(total=total))
        self._update_buttons()

    def selected(self) -> EnvelopeView | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.row_at(self.proxy.mapToSource(rows[0]).row())

    def select(self, number: str) -> bool:
        row = self.model.row_of(number)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        self.table.selectRow(index.row())
        self.table.scrollTo(index)
        return True

    def _update_buttons(self, *_args: object) -> None:
        envelope = self.selected()
        self.void_button.setEnabled(envelope is not None and envelope.status == UNUSED)


# ---- incidents ---------------------------------------------------------------------------------

class IncidentsPanel(QWidget):
    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.model = IncidentsModel(self)
        self.show_resolved = QCheckBox(self.tr("Show resolved incidents too"))
        self.count_label = label("", "Muted")
        self.resolve_button = primary_button(self.tr("Res&olve…"))
        self.resolve_button.setVisible(ws.may(Action.RESOLVE_INCIDENTS))
        self.resolve_button.setEnabled(False)
        self.message = InlineMessage()
        self.table = data_table(self.model, stretch=IncidentColumn.SUMMARY, row_height=30,
                                word_wrap=False)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self.detail = label("", wrap=True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.empty = label(self.tr("No open incidents."), "SectionTitle")
        head = QHBoxLayout()
        head.addWidget(self.count_label)
        head.addSpacing(12)
        head.addWidget(self.show_resolved)
        head.addStretch(1)
        head.addWidget(self.resolve_button)
        detail_frame, detail_body = card()
        detail_body.setContentsMargins(16, 10, 16, 10)
        detail_body.addWidget(self.detail)
        self.detail_frame = detail_frame
        layout = QVBoxLayout(self)
        layout.setContentsMargins(PAGE_MARGIN, 12, PAGE_MARGIN, 8)
        layout.setSpacing(8)
        layout.addLayout(head)
        layout.addWidget(self.message)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addWidget(detail_frame)
        layout.addWidget(label(self.tr("An incident is raised when an envelope's card disagrees "
                                       "with the allocation list; the patient cannot be "
                                       "randomized until the investigator resolves it."),
                               "Muted", wrap=True))

    def show_incidents(self, rows: list[IncidentView]) -> None:
        shown = rows if self.show_resolved.isChecked() else [r for r in rows if not r.resolved]
        self.model.set_rows(shown)
        n_open = sum(not r.resolved for r in rows)
        self.count_label.setText(
            self.tr("{open} open, {resolved} resolved").format(open=n_open,
                                                               resolved=len(rows) - n_open)
            if len(rows) > n_open else self.tr("{open} open").format(open=n_open))
        self.empty.setText(self.tr("No incidents.") if self.show_resolved.isChecked() else
                           self.tr("No open incidents."))
        self.empty.setVisible(not shown)
        self.table.setVisible(bool(shown))
        if shown:
            self.table.selectRow(0)
        self._on_selection()

    def selected(self) -> IncidentView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _on_selection(self, *_args: object) -> None:
        incident = self.selected()
        self.resolve_button.setEnabled(incident is not None and not incident.resolved)
        self.detail_frame.setVisible(incident is not None)
        if incident is None:
            return
        text = self.tr("<b>Incident #{id}</b> · {kind} · raised {when} by {name}<br>"
                       "{summary}").format(
            id=incident.id, kind=html.escape(incident.kind), when=_when(incident.reported_at),
            name=html.escape(incident.reported_by), summary=html.escape(incident.summary))
        if incident.resolved:
            text += self.tr("<br><b>Resolution:</b> {resolution}").format(
                resolution=html.escape(incident.resolution or ""))
        self.detail.setText(text)


# ---- the screen --------------------------------------------------------------------------------

class RandomizationScreen(Screen):
    title = QT_TRANSLATE_NOOP("RandomizationScreen", "Randomization")
    description = QT_TRANSLATE_NOOP(
        "RandomizationScreen",
        "Sealed envelopes per stratum, opened in order and signed for. Unopened envelopes"
        " never show an arm.")

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(ws, parent)
        self.summary: ListSummary | None = None
        self.envelope_rows: list[EnvelopeView] = []
        self.incident_rows: list[IncidentView] = []
        self.patient_panel = PatientPanel(ws)
        self.list_panel = ListPanel(ws)
        self.envelopes_panel = EnvelopesPanel(ws)
        self.incidents_panel = IncidentsPanel(ws)
        self.tabs = QTabWidget()
        self.tabs.addTab(_scrolled(self.patient_panel), self.tr("&Patient"))
        self.tabs.addTab(_scrolled(self.list_panel), self.tr("Allocation &list"))
        self.tabs.addTab(self.envelopes_panel, self.tr("&Envelopes"))
        self.tabs.addTab(self.incidents_panel, self.tr("I&ncidents"))
        self.incident_badge = label("", "IncidentBadge")
        self.incident_badge.setToolTip(self.tr("Open incidents wait for the investigator."))
        self.tabs.setCornerWidget(self.incident_badge, Qt.Corner.TopRightCorner)
        self.layout_.addWidget(self.tabs, 1)
        self.patient_panel.randomize_button.clicked.connect(self.open_randomize)
        self.list_panel.import_button.clicked.connect(self.import_list)
        self.list_panel.generate_button.clicked.connect(self.generate_list)
        self.list_panel.print_button.clicked.connect(self.print_envelopes)
        self.list_panel.export_button.clicked.connect(self.export_list)
        self.envelopes_panel.void_button.clicked.connect(self.void_selected)
        open_rows_with(self.envelopes_panel.table, self._on_envelope_double_click)
        self.incidents_panel.resolve_button.clicked.connect(self.resolve_selected)
        open_rows_with(self.incidents_panel.table, lambda _i: self.resolve_selected())
        self.incidents_panel.show_resolved.toggled.connect(
            lambda _on: self.incidents_panel.show_incidents(self.incident_rows))
        self.tabs.currentChanged.connect(self._on_tab)
        self.setFocusProxy(self.tabs)

    # ---- loading -----------------------------------------------------------------------------
    def reload(self) -> None:
        summary = attempt(active_list, self.ws)
        self.summary = summary.value
        self.list_panel.show_summary(self.summary)
        if summary.error is not None:
            self.list_panel.message.show_error(summary.error)
        rows = attempt(envelopes, self.ws)
        self.envelope_rows = rows.value or []
        self.envelopes_panel.show_envelopes(self.envelope_rows)
        self.reload_incidents()
        self.refresh_patient()

    def reload_incidents(self) -> None:
        # Medication errors are the orders' (Dosing & Orders shows and resolves them).
        outcome = attempt(incidents, self.ws, medication_errors=False)
        self.incident_rows = outcome.value or []
        self.incidents_panel.show_incidents(self.incident_rows)
        n_open = sum(not i.resolved for i in self.incident_rows)
        self.tabs.setTabText(INCIDENTS_TAB, self.tr("I&ncidents ({n} open)").format(n=n_open)
                             if n_open else self.tr("I&ncidents"))
        self.incident_badge.setText(self.tr("⚠ 1 open incident") if n_open == 1 else
                                    self.tr("⚠ {n} open incidents").format(n=n_open))
        self.incident_badge.setVisible(n_open > 0)

    def refresh_patient(self) -> None:
        patient = self.patient
        if patient is not None:
            fresh = attempt(get_patient, self.ws, patient.id).value
            if fresh is not None and fresh != patient:
                self.patient = patient = fresh
                self.patient_changed.emit(fresh)  # e.g. randomized at another workstation
        self.patient_panel.show_patient(patient, self.envelope_rows)

    def set_patient(self, patient: PatientSummary | None) -> None:
        super().set_patient(patient)
        if self.isVisible():
            self.refresh_patient()
        else:
            self.patient_panel.show_patient(None, [])  # filled in when shown

    def on_shown(self) -> None:
        self.reload()

    def _on_tab(self, index: int) -> None:
        if index == INCIDENTS_TAB:
            self.reload_incidents()  # raised or resolved at another workstation

    # ---- randomize ---------------------------------------------------------------------------
    def open_randomize(self) -> None:
        patient, offer = self.patient, self.patient_panel.offer
        if patient is None or offer is None:
            return
        dialog = RandomizeDialog(self.ws, patient, offer, self)
        dialog.randomized.connect(self._on_randomized)
        dialog.incident_raised.connect(self.reload_incidents)
        dialog.exec()
        self.reload()

    def _on_randomized(self, _result: RandomizationResult) -> None:
        patient = self.patient
        if patient is None:
            return
        fresh = attempt(get_patient, self.ws, patient.id).value
        if fresh is not None:
            self.patient = fresh
            self.patient_changed.emit(fresh)  # header and patient list show the study ID

    # ---- list actions ------------------------------------------------------------------------
    def import_list(self) -> None:
        dialog = ImportListDialog(self.ws, self)
        if dialog.exec() and dialog.summary is not None:
            self.reload()
            self.list_panel.message.show_ok(self.tr(
                "Allocation list imported: {n} envelopes, fingerprint {fingerprint}….").format(
                    n=dialog.summary.total,
                    fingerprint=dialog.summary.sha256[:FINGERPRINT_CHARS]))

    def generate_list(self) -> None:
        in_use = self.summary is not None and (self.summary.allocated_hai +
                                               self.summary.allocated_control) > 0
        dialog = GenerateListDialog(self.ws, in_use, self)
        if dialog.exec() and dialog.summary is not None:
            self.reload()
            self.list_panel.message.show_ok(self.tr(
                "Allocation list generated: {n} envelopes, fingerprint {fingerprint}….").format(
                    n=dialog.summary.total,
                    fingerprint=dialog.summary.sha256[:FINGERPRINT_CHARS]))

    def export_list(self) -> None:
        dialog = ExportListDialog(self.ws, self)
        if dialog.exec():
            self.list_panel.message.show_ok(self.tr(
                "{n} envelopes exported to {path}. The file unblinds the list: keep it away from "
                "anyone who randomizes.").format(n=dialog.exported, path=dialog.written))

    def print_envelopes(self) -> None:
        message = self.list_panel.message
        message.clear_message()
        ws = self.ws
        save_pdf(self, ws, title=self.tr("Save the envelope set as PDF"),
                 default_name=f"envelope-set-{date.today():%Y-%m-%d}.pdf",
                 working=self.tr("Making the envelope set…"),
                 make=lambda: envelope_set_pdf(ws), on_saved=self._envelopes_saved,
                 on_failure=message.show_error)

    def _envelopes_saved(self, path: Path) -> None:
        unused = self.summary.unused if self.summary else 0
        self.list_panel.message.show_ok(self.tr(
            "Envelope set ({n} unused envelopes: labels and cards) saved as {path}. Print it at "
            "100 % (no scaling); the cards carry the allocation — seal them at once.").format(
                n=unused, path=path))

    # ---- envelopes and incidents --------------------------------------------------------------
    def _on_envelope_double_click(self, _index: QModelIndex | QPersistentModelIndex) -> None:
        if self.envelopes_panel.void_button.isVisible() and \
                self.envelopes_panel.void_button.isEnabled():
            self.void_selected()

    def void_selected(self) -> None:
        envelope = self.envelopes_panel.selected()
        if envelope is None or envelope.status != UNUSED:
            return
        dialog = VoidEnvelopeDialog(self.ws, envelope, self)
        if dialog.exec():
            self.reload()
            self.envelopes_panel.select(envelope.number)
            self.envelopes_panel.message.show_ok(self.tr(
                "Envelope {number} voided: the next patient of stratum {code} gets the envelope "
                "after it.").format(number=envelope.number, code=envelope.stratum.code))

    def resolve_selected(self) -> None:
        incident = self.incidents_panel.selected()
        if incident is None or incident.resolved or not self.ws.may(Action.RESOLVE_INCIDENTS):
            return
        dialog = ResolveIncidentDialog(self.ws, incident, self)
        if dialog.exec():
            self.reload()
            self.incidents_panel.message.show_ok(
                self.tr("Incident #{id} resolved.").format(id=incident.id))
