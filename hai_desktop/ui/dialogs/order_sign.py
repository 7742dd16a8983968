"""Sign a step of an order with the password (prescribe, verify), and the base of the steps
signed at the chair (double check, administration, pump disconnection, second nurse).

Like the randomize step: the meaning of the signature is spelled out, errors stay in the
dialog, and only the password is cleared after a refusal.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtWidgets import QFormLayout, QWidget

from hai_desktop.core.errors import HaiError, ValidationError
from hai_desktop.records import PatientRecord
from hai_desktop.ui.dialogs.base import FormDialog, password_field
from hai_desktop.ui.widgets.common import label


class OrderSignDialog(FormDialog):
    """Runs `action(password)` on OK; a HaiError keeps the dialog open with the message."""

    def __init__(self, title: str, intro: str, meaning: str, ok_text: str,
                 action: Callable[[str], object], parent: QWidget | None = None, *,
                 bound_to: str = "order") -> None:
        super().__init__(title, intro, ok_text, parent)
        self._action = action
        self.password = password_field()
        self.add_field("password", self.tr("Your password"), self.password)
        # The meaning is shown as the signature records it.
        bound = {
            "order": self.tr("Signature meaning: <i>“{meaning}”</i>. It is bound to the "
                             "order's content: a changed order no longer verifies."),
            "table": self.tr("Signature meaning: <i>“{meaning}”</i>. It is bound to the "
                             "table's content: a changed table no longer verifies."),
        }.get(bound_to) or self.tr("Signature meaning: <i>“{meaning}”</i>. It is bound to the "
                                   "{what}'s content: a changed {what} no longer verifies.")
        self.form.addRow(label(bound.format(meaning=html.escape(meaning), what=bound_to),
                               "Muted", wrap=True))
        self.password.setFocus()

    def submit(self) -> bool:
        if not self.password.text():
            self.show_error(ValidationError(self.tr("Enter your password to sign."),
                                            field="password"))
            return False
        password = self.password.text()
        try:
            self.save(lambda: self._action(password))
        except HaiError as error:
            self.password.clear()
            self.show_error(error)  # a wrong password at the password field
            return False
        return True


class ChairDialog(FormDialog):
    """A signed step at the chair (double check, administration, disconnection, second nurse):
    the patient line (intro) and the password form stay in view, what the nurse reads between
    them scrolls, and every refusal is shown at the field at fault (the base form's one path).

    Subclasses fill `body` (the scrolling part) and `form` (kept under it), register the fields
    a service may name (`watch`), and call `fit_to()` at the end of their constructor.
    """

    def __init__(self, title: str, intro: str, ok_text: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(title, intro, ok_text, parent, pinned=True)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.body.setContentsMargins(0, 0, 12, 0)  # room beside the scroll bar
        self.body.setSpacing(12)


def patient_line(patient: PatientRecord) -> str:
    """"<b>HAI-003</b> · NAM, Jae-won" — who the dialog is about, as the wristband reads."""
    return (f"<b>{html.escape(patient.display_id)}</b> · "
            f"{html.escape(patient.name)}")
