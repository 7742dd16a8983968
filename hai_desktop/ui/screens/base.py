"""What every screen shares: a title, the current patient, and a refresh when shown."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from hai_desktop.core.changes import Change
from hai_desktop.services.patients import PatientSummary
from hai_desktop.services.workspace import Workspace
from hai_desktop.ui.i18n import arm_short_text
from hai_desktop.ui.widgets.common import screen_title, subtitle


class Screen(QWidget):
    # English, marked QT_TRANSLATE_NOOP("<the screen's class>", …): shown translated.
    title = ""
    description = ""
    # A patient registered, opened from a list, or whose status changed (e.g. randomized): the
    # main window makes it current and refreshes the header and the patient list.
    patient_changed = Signal(object)  # PatientSummary

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.patient: PatientSummary | None = None
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(28, 22, 28, 22)
        self.layout_.setSpacing(14)
        self.layout_.addWidget(screen_title(self.class_text(self.title)))
        if self.description:
            self.layout_.addWidget(subtitle(self.class_text(self.description)))

    def class_text(self, text: str) -> str:
        """A class attribute's text, translated in the context of the class that defines it."""
        for cls in type(self).__mro__:
            translated = QCoreApplication.translate(cls.__name__, text)
            if translated != text:
                return translated
        return text

    def set_patient(self, patient: PatientSummary | None) -> None:
        self.patient = patient

    def on_shown(self) -> None:
        """Called each time the screen becomes current: reload what may have changed."""

    def on_changed(self, change: Change) -> None:
        """Records changed while this screen is current. This workstation's own changes were
        made here, by this screen, which has shown their result already; another
        workstation's are shown now (on_shown keeps what is being typed)."""
        if change.foreign and change.touches(self.patient.id if self.patient else None):
            self.on_shown()

    def patient_updated(self, patient: PatientSummary) -> None:
        """The same patient with a new status or cycle: kept for the next reload."""
        self.patient = patient


class PatientScreen(Screen):
    """A screen about the current patient: it reloads when the patient changes and each time
    it is shown (another screen or workstation may have changed the record)."""

    def set_patient(self, patient: PatientSummary | None) -> None:
        super().set_patient(patient)
        if self.isVisible():  # a hidden screen reloads when it is shown
            self.reload()

    def on_shown(self) -> None:
        self.reload()

    def reload(self) -> None:
        raise NotImplementedError

    def patient_heading(self, what: str) -> str:
        """"<what> of ID · name · arm · cycle", the line above a patient's records; `what` is
        already translated ("Toxicity")."""
        patient = self.patient
        assert patient is not None and patient.arm is not None
        values = {"what": what, "id": html.escape(patient.display_id),
                  "name": html.escape(patient.name),
                  "arm": html.escape(arm_short_text(patient.arm)),
                  "cycle": patient.current_cycle}
        if patient.current_cycle:
            return QCoreApplication.translate(
                "PatientScreen", "{what} of <b>{id}</b> · {name} · {arm} arm · cycle {cycle}"
            ).format(**values)
        return QCoreApplication.translate(
            "PatientScreen", "{what} of <b>{id}</b> · {name} · {arm} arm").format(**values)

    def patient_sentence(self, text: str) -> str:
        """"ID · name <text>", why this screen has nothing for the patient."""
        patient = self.patient
        assert patient is not None
        return (f"<b>{html.escape(patient.display_id)}</b> · {html.escape(patient.name)}"
                f" {text}")
