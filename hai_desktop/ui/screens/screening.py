"""Screening: the eligibility checklist of the current patient, and the screening log.

The checklist is evaluated by core.eligibility on every edit (nothing is saved for that), so the
banner always shows what the program concludes from what is on the screen. Saving stores
partial answers; confirming is a signed step, after which the checklist is read-only until a
correction (reason + password). Unsaved answers are kept per patient while the application
runs, so switching screens or patients loses nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from hai_desktop.core.eligibility import (
    Answer,
    AssessmentContext,
    EligibilityResult,
    Status,
    evaluate,
    protocol_checklist,
)
from hai_desktop.core.i18n import QT_TRANSLATE_NOOP
from hai_desktop.services.patients import PatientSummary, list_patients
from hai_desktop.services.permissions import Action
from hai_desktop.services.screening import (
    ScreeningView,
    assessment_context,
    load_screening,
    save_screening,
)
from hai_desktop.services.workspace import Workspace
from hai_desktop.ui.dialogs.register_candidate import RegisterCandidateDialog
from hai_desktop.ui.dialogs.sign_screening import (
    ConfirmEligibilityDialog,
    CorrectScreeningDialog,
)
from hai_desktop.ui.i18n import message_text, role_text, stamp_text
from hai_desktop.ui.run_service import attempt
from hai_desktop.ui.screens.base import Screen
from hai_desktop.ui.screens.screening_log import ScreeningLogPanel
from hai_desktop.ui.widgets.checklist import CHECKLIST_STYLE, ChecklistForm, ResultBanner
from hai_desktop.ui.widgets.common import InlineMessage, card, label, primary_button

EMPTY_PAGE, FORM_PAGE = 0, 1
CHECKLIST_TAB, LOG_TAB = 0, 1
SIGNATURE_BROKEN = QT_TRANSLATE_NOOP(
    "ScreeningScreen",
    "⚠ This confirmed checklist no longer matches its signature: the stored "
    "answers or rules changed after it was signed. Do not rely on it; tell the "
    "investigator.")


@dataclass(frozen=True)
class Draft:
    """Unsaved answers of a patient, kept while another patient or screen is open."""

    answers: dict[str, Answer]
    prior_adjuvant: str | None
    correcting: bool


class ScreeningScreen(Screen):
    title = QT_TRANSLATE_NOOP("ScreeningScreen", "Screening")

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(ws, parent)
        self.setStyleSheet(CHECKLIST_STYLE)
        self.layout_.setContentsMargins(24, 14, 24, 10)
        self.layout_.setSpacing(8)
        self.may_edit = ws.may(Action.EDIT_SCREENING)
        self.may_confirm = ws.may(Action.CONFIRM_ELIGIBILITY)
        self.may_register = ws.may(Action.REGISTER_PATIENT)
        self.view: ScreeningView | None = None
        self.context: AssessmentContext | None = None
        self.result: EligibilityResult | None = None
        self.correcting = False
        self.form: ChecklistForm | None = None
        self._baseline: tuple[dict[str, Answer], str | None] | None = None
        self._drafts: dict[int, Draft] = {}
        self._loaded_id: int | None = None
        self._stale = False
        self.tabs = QTabWidget()
        self.log_panel = ScreeningLogPanel(ws, load=False)
        self.register_button = QPushButton(self.tr("Register candidate…  (Ctrl+N)"))
        self.register_button.setObjectName("CornerButton")
        self.register_button.setVisible(self.may_register)
        self.register_button.clicked.connect(self.register_candidate)
        self._build_tabs()
        self._build_shortcuts()
        self._show_page()

    # ---- building --------------------------------------------------------------------------
    def _build_tabs(self) -> None:
        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_empty_page())
        self.pages.addWidget(self._build_form_page())
        self.tabs.addTab(self.pages, self.tr("Checklist"))
        self.tabs.addTab(self.log_panel, self.tr("Screening log"))
        self.tabs.setDocumentMode(True)
        corner = QWidget()
        row = QHBoxLayout(corner)
        row.setContentsMargins(0, 0, 0, 2)
        row.addWidget(self.register_button)
        self.tabs.setCornerWidget(corner, Qt.Corner.TopRightCorner)
        self.tabs.currentChanged.connect(self._on_tab)
        self.log_panel.open_patient.connect(self.open_patient)
        self.layout_.addWidget(self.tabs, 1)

    def _build_empty_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 12, 0, 0)
        frame, body = card()
        body.addWidget(label(self.tr("No patient selected"), "SectionTitle"))
        text = (self.tr("Choose a patient on the Patients screen (Ctrl+2) to see their "
                        "eligibility checklist, or register a new candidate for screening.")
                if self.may_register else
                self.tr("Choose a patient on the Patients screen (Ctrl+2) to see their "
                        "eligibility checklist."))
        body.addWidget(label(text, wrap=True))
        self.empty_register_button = primary_button(self.tr("Register candidate…"))
        self.empty_register_button.clicked.connect(self.register_candidate)
        self.empty_register_button.setVisible(self.may_register)
        row = QHBoxLayout()
        row.addWidget(self.empty_register_button)
        row.addStretch(1)
        body.addLayout(row)
        layout.addWidget(frame)
        layout.addStretch(1)
        return page

    def _build_form_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 10, 0, 0)
        layout.setSpacing(6)
        self.banner = ResultBanner()
        self.state_label = label("", "Muted", wrap=True)
        self.discard_button = QPushButton(self.tr("Discard changes"))
        self.discard_button.clicked.connect(self.discard_changes)
        self.save_button = primary_button(self.tr("Save  (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        self.confirm_button = QPushButton(self.tr("Confirm eligibility…"))
        self.confirm_button.clicked.connect(self.confirm)
        self.correct_button = QPushButton(self.tr("Correct…"))
        self.correct_button.clicked.connect(self.start_correction)
        self.cancel_correction_button = QPushButton(self.tr("Cancel correction"))
        self.cancel_correction_button.clicked.connect(self.cancel_correction)
        actions = QHBoxLayout()
        actions.setSpacing(8)
        actions.addWidget(self.state_label, 1)
        for button in (self.discard_button, self.cancel_correction_button, self.correct_button,
                       self.save_button, self.confirm_button):
            actions.addWidget(button)
        self.integrity_warning = label(
            QCoreApplication.translate("ScreeningScreen", SIGNATURE_BROKEN), "InlineError",
            wrap=True)
        self.integrity_warning.hide()
        self.message = InlineMessage()
        self.signatures = QLabel()
        self.signatures.setObjectName("Detail")
        self.signatures.setWordWrap(True)
        self.signatures.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_body = QWidget()
        self.scroll_layout = QVBoxLayout(self.scroll_body)
        self.scroll_layout.setContentsMargins(0, 0, 6, 0)
        self.scroll_layout.setSpacing(8)
        self.scroll_layout.addWidget(self.signatures)
        self.scroll_area.setWidget(self.scroll_body)
        layout.addWidget(self.banner)
        layout.addLayout(actions)
        layout.addWidget(self.integrity_warning)
        layout.addWidget(self.message)
        layout.addWidget(self.scroll_area, 1)
        return page

    def _ensure_form(self) -> ChecklistForm:
        """Built on first use, so starting the application does not pay for 21 rows."""
        if self.form is None:
            self.form = ChecklistForm(protocol_checklist())
            self.form.changed.connect(self._on_edit)
            self.scroll_layout.addWidget(self.form)
            self.scroll_layout.addStretch(1)
            self.form.show()  # added to a page that may already be showing
            chain = self.form.focus_chain()
            for first, second in pairwise(chain):
                QWidget.setTabOrder(first, second)
        return self.form

    def _build_shortcuts(self) -> None:
        # Window shortcuts of this screen: active only while it is the visible screen.
        self.save_shortcut = QShortcut(QKeySequence("Ctrl+S"), self)
        self.save_shortcut.activated.connect(self.save)
        self.register_shortcut = QShortcut(QKeySequence("Ctrl+N"), self)
        self.register_shortcut.activated.connect(self.register_candidate)

    # ---- patient ---------------------------------------------------------------------------
    def set_patient(self, patient: PatientSummary | None) -> None:
        previous = self.patient
        super().set_patient(patient)
        if patient is not None and previous is not None and patient.id == previous.id:
            return  # same patient, e.g. a new status after confirming: the form stays
        self._keep_draft()
        self._stale = True
        if self.isVisible():
            self.load()
        else:
            self._show_page()

    def on_shown(self) -> None:
        if self.tabs.currentIndex() == LOG_TAB:
            self.log_panel.reload()
        if self._stale or not self.is_dirty():
            self.load()
        else:  # keep the unsaved answers; only the rules (site ULNs, window) may have changed
            self._refresh_context()
            self._evaluate()

    def _show_page(self) -> None:
        self.pages.setCurrentIndex(EMPTY_PAGE if self.patient is None else FORM_PAGE)

    def _keep_draft(self) -> None:
        if self._loaded_id is not None and self.form is not None and self.is_dirty():
            self._drafts[self._loaded_id] = Draft(self.form.answers(),
                                                  self.form.prior_adjuvant(), self.correcting)
        self._loaded_id = None

    def load(self) -> None:
        """Read the current patient's checklist (and any unsaved draft of it)."""
        self._stale = False
        self._show_page()
        self.message.clear_message()
        if self.patient is None:
            self.view = None
            return
        outcome = attempt(load_screening, self.ws, self.patient.id)
        if outcome.error is not None or outcome.value is None:
            self.view = None
            if outcome.error is not None:
                self.message.show_error(outcome.error)
            return
        form = self._ensure_form()
        self.view = outcome.value
        self._loaded_id = self.patient.id
        draft = self._drafts.pop(self.patient.id, None)
        self.correcting = draft.correcting if draft and self.view.confirmed else False
        self.context = self.view.context
        if not self.view.confirmed or self.correcting:
            self._refresh_context()
        form.set_context(self.context)
        form.set_answers(self.view.answers, self.view.prior_adjuvant)
        self._baseline = (form.answers(), form.prior_adjuvant())
        if draft is not None and (not self.view.confirmed or self.correcting):
            form.set_answers(draft.answers, draft.prior_adjuvant)
        self._apply_mode()
        self._evaluate()
        if draft is not None:
            self.message.show_ok(self.tr("Unsaved answers from earlier are back on the form: "
                                         "save them (Ctrl+S) or discard them."))

    def _refresh_context(self) -> None:
        if self.patient is None:
            return
        outcome = attempt(assessment_context, self.ws, self.patient.id)
        if outcome.value is not None:
            self.context = outcome.value
            if self.form is not None:
                self.form.set_context(self.context)

    # ---- state -----------------------------------------------------------------------------
    def is_dirty(self) -> bool:
        if self.form is None or self._baseline is None or self._loaded_id is None:
            return False
        return (self.form.answers(), self.form.prior_adjuvant()) != self._baseline

    def is_read_only(self) -> bool:
        if self.view is None or not self.may_edit:
            return True
        return self.view.confirmed and not self.correcting

    def _apply_mode(self) -> None:
        if self.form is not None:
            self.form.set_read_only(self.is_read_only())
        view = self.view
        self.integrity_warning.setVisible(view is not None and view.signature_valid is False)
        if view is not None and view.history:
            self.signatures.setText(self.tr("Signatures: {signatures}").format(
                signatures="  ·  ".join(message_text(line) for line in view.history)))
        self.signatures.setVisible(view is not None and bool(view.history))
        self._update_actions()

    def _update_actions(self) -> None:
        view = self.view
        dirty = self.is_dirty()
        confirmed = view is not None and view.confirmed
        editing = self.may_edit and view is not None and (not confirmed or self.correcting)
        determined = self.result is not None and self.result.status is not Status.UNDETERMINED
        self.save_button.setVisible(editing)
        self.save_button.setText(self.tr("Save correction…") if self.correcting
                                 else self.tr("Save  (Ctrl+S)"))
        self.save_button.setEnabled(dirty or self.correcting)
        self.discard_button.setVisible(editing and dirty and not self.correcting)
        self.confirm_button.setVisible(self.may_confirm and view is not None and not confirmed)
        self.confirm_button.setEnabled(determined)
        self.confirm_button.setToolTip("" if determined else
                                       self.tr("Answer every item first: the result must be "
                                               "eligible or ineligible to be confirmed."))
        self.correct_button.setVisible(self.may_confirm and confirmed and not self.correcting)
        self.correct_button.setEnabled(view is not None and not view.randomized)
        self.correct_button.setToolTip(
            self.tr("The patient is randomized: the screening record can no longer be changed "
                    "here.")
            if view is not None and view.randomized else
            self.tr("Unlock the checklist to correct it; saving asks for a reason and your "
                    "password."))
        self.cancel_correction_button.setVisible(self.correcting)
        self.state_label.setText(self._state_text(dirty))

    def _state_text(self, dirty: bool) -> str:
        view = self.view
        if view is None:
            return ""
        if self.correcting:
            return self.tr("Correcting the confirmed checklist: saving asks for a reason and "
                           "your password, and signs it again.")
        if view.confirmed:
            signer = view.confirmed_by_name or view.confirmed_by
            when = stamp_text(view.confirmed_at, self.ws.zone)
            if view.randomized:
                return self.tr("Confirmed by {signer} on {when} — read-only. Randomized: "
                               "corrections are no longer possible here.").format(
                    signer=signer, when=when)
            return self.tr("Confirmed by {signer} on {when} — read-only.").format(
                signer=signer, when=when)
        if not self.may_edit:
            return self.tr("Not yet confirmed. Read-only for your role ({role}).").format(
                role=role_text(self.ws.user.role))
        return self.tr("Not yet confirmed. Unsaved changes.") if dirty else \
            self.tr("Not yet confirmed. All changes saved.")

    # ---- live evaluation -------------------------------------------------------------------
    def _on_edit(self) -> None:
        self._evaluate()

    def _evaluate(self) -> None:
        if self.form is None or self.context is None:
            return
        self.result = evaluate(self.form.checklist, self.form.answers(), self.context)
        self.banner.show_result(self.result)
        self.form.show_result(self.result)
        self._update_actions()

    # ---- actions ---------------------------------------------------------------------------
    def save(self) -> bool:
        """Ctrl+S: save the answers (or, when correcting, sign the correction)."""
        if self.form is None or self.patient is None or self.view is None:
            return False
        if self.correcting:
            return self.save_correction()
        if self.is_read_only():
            return False
        self.message.clear_message()
        outcome = attempt(save_screening, self.ws, self.patient.id, self.form.answers(),
                          self.form.prior_adjuvant())
        if outcome.error is not None or outcome.value is None:
            if outcome.error is not None:
                self.message.show_error(outcome.error)
            return False
        self.view = outcome.value
        self.form.mark_saved()
        self._baseline = (self.form.answers(), self.form.prior_adjuvant())
        self._apply_mode()
        self._evaluate()
        self.message.show_ok(self.tr("Saved."))
        return True

    def discard_changes(self) -> None:
        if self.patient is not None:
            self._drafts.pop(self.patient.id, None)
        self.load()

    def confirm(self) -> bool:
        if self.patient is None or self.view is None or self.view.confirmed:
            return False
        if self.is_dirty() and not self.save():
            return False
        assert self.result is not None
        dialog = ConfirmEligibilityDialog(self.ws, self.patient, self.result, self)
        if not dialog.exec() or dialog.view is None:
            return False
        self._after_signing(dialog.view, self.tr("Eligibility confirmed and signed."))
        return True

    def start_correction(self) -> None:
        if self.view is None or not self.view.confirmed or self.view.randomized:
            return
        self.correcting = True
        self._refresh_context()
        self._apply_mode()
        self._evaluate()
        self.message.show_ok(self.tr("The checklist is unlocked for a correction."))

    def cancel_correction(self) -> None:
        self.correcting = False
        self.load()

    def save_correction(self) -> bool:
        if self.form is None or self.patient is None or self.result is None:
            return False
        dialog = CorrectScreeningDialog(self.ws, self.patient, self.result, self.form.answers(),
                                        self.form.prior_adjuvant(), self)
        if not dialog.exec() or dialog.view is None:
            return False
        self.correcting = False
        self._after_signing(dialog.view, self.tr("Correction signed."))
        return True

    def _after_signing(self, view: ScreeningView, text: str) -> None:
        self.load()
        self.message.show_ok(text)
        self.patient_changed.emit(view.patient)  # the status in the header changes

    def register_candidate(self) -> None:
        if not self.may_register or not self.isVisible():
            return
        dialog = RegisterCandidateDialog(self.ws, self)
        if dialog.exec() and dialog.registered is not None:
            self.tabs.setCurrentIndex(CHECKLIST_TAB)
            self.patient_changed.emit(dialog.registered)
            if self.patient is None or self.patient.id != dialog.registered.id:
                self.set_patient(dialog.registered)  # not wired to a main window (tests)
            self.log_panel.reload()

    def open_patient(self, screening_number: str) -> None:
        outcome = attempt(list_patients, self.ws, screening_number)
        match = [p for p in outcome.value or [] if p.screening_number == screening_number]
        if match:
            self.tabs.setCurrentIndex(CHECKLIST_TAB)
            self.patient_changed.emit(match[0])
            if self.patient is None or self.patient.id != match[0].id:
                self.set_patient(match[0])

    def _on_tab(self, index: int) -> None:
        if index == LOG_TAB:
            self.log_panel.reload()

    # ---- for tests and the window ----------------------------------------------------------
    def banner_text(self) -> str:
        return self.banner.text()
