"""The signed steps of screening: confirm the eligibility result, or correct a confirmed one.

Both ask for the password again (an electronic signature); the meaning of the signature is
spelled out above the field. A wrong password keeps the dialog open with the message.
"""

from __future__ import annotations

import html
from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QWidget

from hai_desktop.core.eligibility import Answer, EligibilityResult, Status
from hai_desktop.core.i18n import QT_TRANSLATE_NOOP
from hai_desktop.services.patients import PatientSummary
from hai_desktop.services.screening import ScreeningView, confirm_screening, correct_screening
from hai_desktop.services.workspace import Workspace
from hai_desktop.ui.dialogs.base import FormDialog, password_field
from hai_desktop.ui.i18n import current_language, message_text
from hai_desktop.ui.models.screening_log import eligibility_status_text

SIGNATURE_MEANING = QT_TRANSLATE_NOOP("ConfirmEligibilityDialog",
                                      "I confirm this eligibility result")


def _result_lines(result: EligibilityResult) -> str:
    text = f"<b>{html.escape(eligibility_status_text(result.status).upper())}</b>"
    if result.status is Status.INELIGIBLE:
        # result.reasons, with the criterion's text in the interface's language
        language = current_language()
        text += "<br>" + "<br>".join(
            f"• {html.escape(f'{o.criterion.text_in(language)}: {message_text(o.detail)}')}"
            for o in result.failed)
    return text


def _intro(patient: PatientSummary, result: EligibilityResult, lead: str) -> str:
    return QCoreApplication.translate(
        "ConfirmEligibilityDialog",
        "{lead}<br><br>Patient: <b>{number}</b> · {name} ({initials})<br>Result: {result}<br><br>"
        "Signature meaning: <i>“{meaning}”</i>. Your password signs it; the checklist is then "
        "read-only.").format(
            lead=lead, number=html.escape(patient.screening_number),
            name=html.escape(patient.name),
            initials=html.escape(patient.initials), result=_result_lines(result),
            meaning=QCoreApplication.translate("ConfirmEligibilityDialog", SIGNATURE_MEANING))


class ConfirmEligibilityDialog(FormDialog):
    def __init__(self, ws: Workspace, patient: PatientSummary, result: EligibilityResult,
                 parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Confirm eligibility"),
            _intro(patient, result, self.tr("You are signing the eligibility assessment as "
                                            "{name}.").format(
                name=html.escape(ws.user.full_name))),
            self.tr("Sign and confirm"), parent)
        self.ws = ws
        self.patient = patient
        self.view: ScreeningView | None = None
        self.password = password_field()
        self.add_field("password", self.tr("Your password"), self.password)
        self.password.setFocus()

    def submit(self) -> bool:
        outcome = self.attempt(confirm_screening, self.ws, self.patient.id, self.password.text())
        if outcome.error is not None:
            self.show_error(outcome.error)
            self.password.selectAll()
            self.password.setFocus()
            return False
        self.view = outcome.value
        return True


class CorrectScreeningDialog(FormDialog):
    def __init__(self, ws: Workspace, patient: PatientSummary, result: EligibilityResult,
                 answers: Mapping[str, Answer], prior_adjuvant: str | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Correct confirmed checklist"),
            _intro(patient, result, self.tr("The confirmed checklist changes and is signed "
                                            "again. The reason and both signatures stay in the "
                                            "audit trail.")),
            self.tr("Sign correction"), parent)
        self.ws = ws
        self.patient = patient
        self.answers = dict(answers)
        self.prior_adjuvant = prior_adjuvant
        self.view: ScreeningView | None = None
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("e.g. bilirubin result transcribed wrongly"))
        self.password = password_field()
        self.add_field("reason", self.tr("Reason for the correction"), self.reason)
        self.add_field("password", self.tr("Your password"), self.password)
        self.reason.setFocus()

    def submit(self) -> bool:
        outcome = self.attempt(correct_screening, self.ws, self.patient.id, self.answers,
                               self.prior_adjuvant, reason=self.reason.text(),
                               password=self.password.text())
        if outcome.error is not None:
            self.show_error(outcome.error)
            return False
        self.view = outcome.value
        return True
