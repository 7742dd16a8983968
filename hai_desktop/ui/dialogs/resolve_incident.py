"""The investigator closes an incident with what was found and done."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from hai_desktop.core.i18n import QT_TRANSLATE_NOOP
from hai_desktop.services.randomization import IncidentView, resolve_incident
from hai_desktop.services.workspace import Workspace
from hai_desktop.ui.dialogs.base import FormDialog
from hai_desktop.ui.i18n import stamp_text

_WHAT_TO_SAY = {
    "medication_error": QT_TRANSLATE_NOOP(
        "ResolveIncidentDialog", "Describe what was found and what was done (e.g. the patient "
        "reviewed, no harm; the pharmacy's labelling corrected)."),
    "": QT_TRANSLATE_NOOP(
        "ResolveIncidentDialog", "Describe what was found and what was done (e.g. the card was "
        "re-read with the coordinator; envelope voided; the patient may be randomized with the "
        "next envelope)."),
}


def _what_to_say(kind: str) -> str:
    return QCoreApplication.translate("ResolveIncidentDialog",
                                      _WHAT_TO_SAY.get(kind, _WHAT_TO_SAY[""]))


class ResolveIncidentDialog(FormDialog):
    def __init__(self, ws: Workspace, incident: IncidentView,
                 parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Resolve incident #{id}").format(id=incident.id),
            self.tr("<b>Incident #{id}</b> — {kind}, raised by {by} on {time}<br><br>{summary}"
                    "<br><br>{what_to_say} The resolution is recorded with your name in the "
                    "audit trail.").format(
                id=incident.id, kind=html.escape(incident.kind),
                by=html.escape(incident.reported_by),
                time=stamp_text(incident.reported_at, ws.zone),
                summary=html.escape(incident.summary), what_to_say=_what_to_say(incident.kind)),
            self.tr("Resolve incident"), parent)
        self.ws = ws
        self.incident = incident
        self.resolution = QPlainTextEdit()
        self.resolution.setTabChangesFocus(True)
        self.resolution.setFixedHeight(96)
        self.resolution.setPlaceholderText(self.tr("What was found, and what was done"))
        self.add_field("resolution", self.tr("Resolution"), self.resolution)
        self.resolution.setFocus()

    def submit(self) -> bool:
        outcome = self.attempt(resolve_incident, self.ws, self.incident.id,
                               self.resolution.toPlainText())
        if outcome.error is not None:
            self.show_error(outcome.error)
            self.resolution.setFocus()
            return False
        return True
