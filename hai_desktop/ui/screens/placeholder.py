"""Screens that later work fills in: they say what will be here and for which patient."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from hai_desktop.services.patients import PatientSummary
from hai_desktop.services.workspace import Workspace
from hai_desktop.ui.screens.base import Screen
from hai_desktop.ui.widgets.common import card, label, section_title


class PlaceholderScreen(Screen):
    """A polished empty screen: the plan in one sentence, the coming features, the patient."""

    # English, marked QT_TRANSLATE_NOOP("<the screen's class>", …): shown translated.
    purpose = ""
    coming: tuple[str, ...] = ()

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(ws, parent)
        frame, body = card()
        body.addWidget(section_title(self.tr("Coming in a later version")))
        body.addWidget(label(self.class_text(self.purpose), wrap=True))
        if self.coming:
            items = "".join(f"<li style='margin-bottom:4px'>{self.class_text(item)}</li>"
                            for item in self.coming)
            bullets = f"<ul style='margin-left:-16px'>{items}</ul>"  # markup: nothing to read
            body.addWidget(label(bullets, wrap=True))
        self.patient_label = QLabel()
        self.patient_label.setObjectName("SectionTitle")
        self.patient_label.setWordWrap(True)
        body.addSpacing(6)
        body.addWidget(self.patient_label)
        self.layout_.addWidget(frame)
        self.layout_.addStretch(1)
        self.set_patient(None)

    def set_patient(self, patient: PatientSummary | None) -> None:
        super().set_patient(patient)
        if patient is None:
            self.patient_label.setText(
                self.tr("No patient selected: choose one on the Patients screen (Ctrl+2)."))
        else:
            self.patient_label.setText(
                self.tr("Current patient: {id} · {name} ({initials})").format(
                    id=patient.display_id, name=patient.name, initials=patient.initials))
