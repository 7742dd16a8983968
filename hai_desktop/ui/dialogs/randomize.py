"""Randomize with a sealed envelope, in the order it happens at the desk.

Step 1 names the envelope to open (large, with its stratum) and asks to check the label first.
Step 2 records what the card says: the arm (nothing pre-selected: the person reads it off the
card) and the password that signs the allocation. The program checks the card against its
list; a mismatch blocks and raises an incident. Step 3 confirms the study ID and the arm.

Errors stay in the dialog; only the password is cleared after a refusal.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from hai_desktop.core.arms import Arm
from hai_desktop.core.errors import HaiError
from hai_desktop.core.i18n import QT_TRANSLATE_NOOP
from hai_desktop.services.patients import PatientSummary
from hai_desktop.services.randomization import (
    EnvelopeOffer,
    RandomizationResult,
    incidents,
    randomize,
)
from hai_desktop.services.workspace import Workspace
from hai_desktop.ui.dialogs.base import SavingDialog, password_field
from hai_desktop.ui.i18n import arm_short_text, arm_text, date_time_text
from hai_desktop.ui.models.envelopes import stratum_text
from hai_desktop.ui.run_service import Outcome
from hai_desktop.ui.widgets.common import InlineMessage, label, primary_button

OPEN_STEP, CARD_STEP, DONE_STEP = 0, 1, 2
SIGNATURE_MEANING = QT_TRANSLATE_NOOP(
    "RandomizeDialog", "I opened this envelope and recorded the arm written on its card")


def _big(text: str, name: str = "EnvelopeBig") -> QLabel:
    widget = label(text, name)
    widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return widget


def _patient_line(patient: PatientSummary) -> str:
    return QCoreApplication.translate(
        "RandomizeDialog", "Patient <b>{number}</b> · {name} ({initials})").format(
            number=html.escape(patient.screening_number), name=html.escape(patient.name),
            initials=html.escape(patient.initials))


class RandomizeDialog(SavingDialog):
    randomized = Signal(object)  # RandomizationResult, as soon as it is stored
    incident_raised = Signal()

    def __init__(self, ws: Workspace, patient: PatientSummary, offer: EnvelopeOffer,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.patient = patient
        self.offer = offer
        # Not `result`: that is QDialog.result(), the dialog's exit code.
        self.randomization: RandomizationResult | None = None
        self.raised_incidents: list[int] = []
        self.setWindowTitle(self.tr("Randomize {number}").format(number=patient.screening_number))
        self.setModal(True)
        # One page shown at a time; hidden pages take no room, so the dialog fits each step
        # (a QStackedWidget would not pass the wrapped labels' heights on).
        self.pages = [self._open_page(), self._card_page(), self._done_page()]
        self._current = OPEN_STEP
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 22, 28, 18)
        for page in self.pages:
            page.setMinimumWidth(660)
            layout.addWidget(page)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        self.show_step(OPEN_STEP)

    def refusal_text(self) -> str:
        """What the dialog says is wrong now (as every form dialog tells it)."""
        return self.message.text()

    # ---- step 1: which envelope ----------------------------------------------------------

    def _open_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        number, stratum = self.offer.number, self.offer.stratum
        layout.addWidget(label(self.tr("STEP 1 OF 2 — OPEN THE ENVELOPE"), "StepCaption"))
        self.open_heading = _big(self.tr("Open envelope {number}").format(number=number))
        layout.addWidget(self.open_heading)
        layout.addWidget(label(self.tr("Stratum {code}: <b>{stratum}</b>").format(
            code=stratum.code, stratum=html.escape(stratum_text(stratum))), "EnvelopeStratum"))
        layout.addWidget(label(_patient_line(self.patient), wrap=True))
        reminder = label(self.tr(
            "<b>Before opening</b>, check that the label on the envelope reads "
            "<b>{number}</b> and <b>{stratum}</b>. If it does not, stop: "
            "do not open another envelope, and tell the investigator.<br>"
            "Envelopes are used strictly in order; a spoiled envelope is voided, never "
            "replaced by the next one silently.").format(
                number=number, stratum=html.escape(stratum_text(stratum))),
            "Reminder", wrap=True)
        layout.addWidget(reminder)
        layout.addStretch(1)
        self.opened_button = primary_button(
            self.tr("I opened envelope {number}  →").format(number=number))
        self.opened_button.clicked.connect(lambda: self.show_step(CARD_STEP))
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        layout.addLayout(self._button_row(cancel, self.opened_button))
        self._step_buttons = {OPEN_STEP: self.opened_button}
        return page

    # ---- step 2: what the card says --------------------------------------------------------
    def _card_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(label(self.tr("STEP 2 OF 2 — RECORD THE CARD AND SIGN"), "StepCaption"))
        self.card_heading = _big(self.tr("I opened envelope {number}").format(
            number=self.offer.number))
        layout.addWidget(self.card_heading)
        layout.addWidget(label(_patient_line(self.patient), wrap=True))
        number_form = QFormLayout()
        number_form.setSpacing(10)
        self.envelope_number = QLineEdit(self.offer.number)
        self.envelope_number.setMaximumWidth(160)
        self.envelope_number.setToolTip(self.tr("The number printed on the envelope you "
                                                "opened."))
        self.envelope_number.textChanged.connect(self._on_number_changed)
        number_form.addRow(QLabel(self.tr("Envelope number on the label")),
                           self.envelope_number)
        layout.addLayout(number_form)
        layout.addSpacing(4)
        layout.addWidget(label(self.tr("<b>Which arm is written on the card?</b>")))
        self.arm_group = QButtonGroup(self)
        self.arm_group.setExclusive(True)
        self.arm_buttons: dict[Arm, QRadioButton] = {}
        for arm in (Arm.HAI, Arm.CONTROL):
            button = QRadioButton(f"{arm_short_text(arm)}  —  {arm_text(arm)}")
            button.setObjectName("ArmChoice")
            self.arm_group.addButton(button)
            self.arm_buttons[arm] = button
            layout.addWidget(button)
        layout.addSpacing(4)
        password_form = QFormLayout()
        password_form.setSpacing(10)
        self.password = password_field()
        password_form.addRow(QLabel(self.tr("Your password")), self.password)
        layout.addLayout(password_form)
        layout.addWidget(label(self.tr(
            "Signature meaning: <i>“{meaning}”</i>. The program checks the card against its "
            "list; if they disagree nothing is allocated and the investigator is told.").format(
                meaning=QCoreApplication.translate("RandomizeDialog", SIGNATURE_MEANING)),
            "Muted", wrap=True))
        self.message = InlineMessage()
        layout.addWidget(self.message)
        layout.addStretch(1)
        back = QPushButton(self.tr("←  Back"))
        back.clicked.connect(lambda: self.show_step(OPEN_STEP))
        self.back_button = back
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.reject)
        self.randomize_button = primary_button(self.tr("Randomize"))
        self.randomize_button.clicked.connect(self.submit)
        layout.addLayout(self._button_row(back, self.cancel_button, self.randomize_button))
        self._step_buttons[CARD_STEP] = self.randomize_button
        return page

    # ---- step 3: done ----------------------------------------------------------------------
    def _done_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(label(self.tr("RANDOMIZED"), "DoneCaption"))
        self.study_id_label = _big("", "StudyIdBig")
        self.arm_label = label("", "ArmBig", wrap=True)
        self.done_details = label("", wrap=True)
        layout.addWidget(self.study_id_label)
        layout.addWidget(self.arm_label)
        layout.addWidget(self.done_details)
        self.done_hint = label("", "Reminder", wrap=True)
        layout.addWidget(self.done_hint)
        layout.addStretch(1)
        self.close_button = primary_button(self.tr("Close"))
        self.close_button.clicked.connect(self.accept)
        layout.addLayout(self._button_row(self.close_button))
        self._step_buttons[DONE_STEP] = self.close_button
        return page

    @staticmethod
    def _button_row(*buttons: QPushButton) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addStretch(1)
        for button in buttons:
            row.addWidget(button)
        return row

    # ---- behaviour -------------------------------------------------------------------------
    def show_step(self, step: int) -> None:
        self._current = step
        for index, page in enumerate(self.pages):
            page.setVisible(index == step)
        for index, button in self._step_buttons.items():
            button.setDefault(index == step)  # Enter presses the page's main button
        if step == OPEN_STEP:
            self.opened_button.setFocus()
        elif step == CARD_STEP:
            checked = self.arm_group.checkedButton()
            (checked or self.arm_buttons[Arm.HAI]).setFocus()
        else:
            self.close_button.setFocus()
        self._fit()

    def _fit(self) -> None:
        """Grow to the step's content: wrapped labels need their height-for-width, which only
        adjustSize() asks for (the minimum-size constraint does not)."""
        layout = self.layout()
        if layout is not None:
            layout.activate()
        self.adjustSize()

    def step(self) -> int:
        return self._current

    def chosen_arm(self) -> Arm | None:
        return next((arm for arm, b in self.arm_buttons.items() if b.isChecked()), None)

    def _on_number_changed(self, text: str) -> None:
        self.card_heading.setText(self.tr("I opened envelope {number}").format(
            number=text.strip().upper() or "…"))

    def _refuse(self, text: str, focus: QWidget) -> None:
        self.message.show_error(text)
        focus.setFocus()
        self._fit()

    def submit(self) -> None:
        if self.step() != CARD_STEP or not self.randomize_button.isEnabled():
            return
        self.message.clear_message()
        arm = self.chosen_arm()
        if not self.envelope_number.text().strip():
            self._refuse(self.tr("Type the number on the envelope you opened."),
                         self.envelope_number)
            return
        if arm is None:
            self._refuse(self.tr("Choose the arm written on the card."),
                         self.arm_buttons[Arm.HAI])
            return
        if not self.password.text():
            self._refuse(self.tr("Enter your password to sign the randomization."),
                         self.password)
            return
        before = {i.id for i in incidents(self.ws, open_only=True)}
        ws, patient_id = self.ws, self.patient.id
        number, password = self.envelope_number.text(), self.password.text()
        outcome: Outcome[RandomizationResult]
        try:  # on the worker while the dialog waits (the password check takes a moment)
            outcome = Outcome(value=self.save(lambda: randomize(
                ws, patient_id, envelope_number=number, arm_on_card=arm, password=password)))
        except HaiError as error:
            outcome = Outcome(error=error)
        if not self.isVisible():
            return  # closed at the end of the session while it saved: nothing more to do
        self.password.clear()
        if outcome.error is not None or outcome.value is None:
            assert outcome.error is not None
            self.message.show_error(outcome.error)
            raised = [i.id for i in incidents(self.ws, open_only=True) if i.id not in before]
            if raised:
                self._blocked_by_incident(raised)
            else:
                self.password.setFocus()
            self._fit()
            return
        self._show_result(outcome.value)

    def _blocked_by_incident(self, raised: list[int]) -> None:
        """A card that disagrees with the list: nothing more can be done here."""
        self.raised_incidents += raised
        self.randomize_button.setEnabled(False)
        for widget in (*self.arm_buttons.values(), self.envelope_number, self.password,
                       self.back_button):
            widget.setEnabled(False)
        self.cancel_button.setText(self.tr("Close"))
        self.cancel_button.setDefault(True)
        self.cancel_button.setFocus()
        self.incident_raised.emit()

    def _show_result(self, result: RandomizationResult) -> None:
        self.randomization = result
        self.study_id_label.setText(result.study_id)
        self.arm_label.setText(f"{arm_short_text(result.arm)} — {arm_text(result.arm)}")
        self.done_details.setText(self.tr(
            "{patient}<br>Envelope <b>{number}</b> · stratum {code} ({stratum})<br>"
            "Randomized {when} UTC by {name}").format(
                patient=_patient_line(self.patient), number=result.envelope,
                code=result.stratum.code, stratum=html.escape(stratum_text(result.stratum)),
                when=date_time_text(result.randomized_at),
                name=html.escape(self.ws.user.full_name)))
        self.done_hint.setText(self.tr(
            "Write <b>{study_id}</b>, today's date and your signature on the card, and file it "
            "with the opened envelope in the patient's trial folder.").format(
                study_id=result.study_id))
        self.setWindowTitle(self.tr("{number} randomized as {study_id}").format(
            number=self.patient.screening_number, study_id=result.study_id))
        self.show_step(DONE_STEP)
        self.randomized.emit(result)
