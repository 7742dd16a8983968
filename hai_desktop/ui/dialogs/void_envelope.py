"""Void a spoiled or lost envelope: it is skipped from now on, never deleted or reused."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QLineEdit, QWidget

from hai_desktop.services.randomization import EnvelopeView, void_envelope
from hai_desktop.services.workspace import Workspace
from hai_desktop.ui.dialogs.base import FormDialog
from hai_desktop.ui.models.envelopes import stratum_text


class VoidEnvelopeDialog(FormDialog):
    def __init__(self, ws: Workspace, envelope: EnvelopeView,
                 parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Void envelope {number}").format(number=envelope.number),
            self.tr("Void envelope <b>{number}</b> (stratum {code}: {stratum})?<br><br>A voided "
                    "envelope is skipped: the next patient of this stratum gets the envelope "
                    "after it. It cannot be used again and the reason stays in the audit trail. "
                    "Keep the spoiled envelope (unopened if possible) for the monitor.").format(
                number=envelope.number, code=envelope.stratum.code,
                stratum=html.escape(stratum_text(envelope.stratum))),
            self.tr("Void envelope"), parent)
        self.ws = ws
        self.envelope = envelope
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("e.g. envelope torn in storage; label "
                                               "unreadable"))
        self.add_field("reason", self.tr("Reason"), self.reason)
        self.reason.setFocus()

    def submit(self) -> bool:
        outcome = self.attempt(void_envelope, self.ws, self.envelope.number, self.reason.text())
        if outcome.error is not None:
            self.show_error(outcome.error)
            self.reason.setFocus()
            return False
        return True
