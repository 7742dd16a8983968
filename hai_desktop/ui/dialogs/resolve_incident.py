"""The investigator closes an incident with what was found and done."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QPlainTextEdit, QWidget

from hai_desktop.core.clock import stamp
from hai_desktop.services.randomization import IncidentView, resolve_incident
from hai_desktop.services.workspace import Workspace
from hai_desktop.ui.dialogs.base import FormDialog
from hai_desktop.ui.run_service import attempt

_WHAT_TO_SAY = {
    "medication_error": "Describe what was found and what was done (e.g. the patient reviewed, "
                        "no harm; the pharmacy's labelling corrected).",
    "": "Describe what was found and what was done (e.g. the card was re-read with the "
        "coordinator; envelope voided; the patient may be randomized with the next envelope).",
}


def _what_to_say(kind: str) -> str:
    return _WHAT_TO_SAY.get(kind, _WHAT_TO_SAY[""])


class ResolveIncidentDialog(FormDialog):
    def __init__(self, ws: Workspace, incident: IncidentView,
                 parent: QWidget | None = None) -> None:
        super().__init__(
            f"Resolve incident #{incident.id}",
            f"<b>Incident #{incident.id}</b> — {html.escape(incident.kind)}, raised by "
            f"{html.escape(incident.reported_by)} on {stamp(incident.reported_at, ws.zone)}"
            f"<br><br>{html.escape(incident.summary)}<br><br>{_what_to_say(incident.kind)} "
            "The resolution is recorded with your name in the audit trail.",
            "Resolve incident", parent)
        self.ws = ws
        self.incident = incident
        self.resolution = QPlainTextEdit()
        self.resolution.setTabChangesFocus(True)
        self.resolution.setFixedHeight(96)
        self.resolution.setPlaceholderText("What was found, and what was done")
        self.add_row("Resolution", self.resolution)
        self.resolution.setFocus()

    def submit(self) -> bool:
        outcome = attempt(resolve_incident, self.ws, self.incident.id,
                          self.resolution.toPlainText())
        if outcome.error is not None:
            self.show_error(outcome.error)
            self.resolution.setFocus()
            return False
        return True
