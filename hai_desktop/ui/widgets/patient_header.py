"""The strip above every screen: who the current patient is, on which arm, at which cycle.

It is the guard against acting on the wrong patient, so it is always visible and says plainly
when no patient is selected.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from hai_desktop.services.patients import PatientSummary
from hai_desktop.store.models import Arm

NO_PATIENT = "No patient selected"
CATHETER_NOT_RECORDED = "not yet recorded"


class HeaderField(QWidget):
    """A small caption over a bold value, e.g. ARM / Experimental (HAI)."""

    def __init__(self, caption: str, *, warning: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caption = caption
        self.value = QLabel(objectName="HeaderValueWarning" if warning else "HeaderValue")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 0, 14, 0)
        layout.setSpacing(0)
        layout.addWidget(QLabel(caption.upper(), objectName="HeaderCaption"))
        layout.addWidget(self.value)

    def set_value(self, text: str) -> None:
        self.value.setText(text)

    def text(self) -> str:
        return f"{self.caption}: {self.value.text()}"


def _divider() -> QFrame:
    line = QFrame(objectName="HeaderDivider")
    line.setFrameShape(QFrame.Shape.VLine)
    line.setFixedWidth(1)
    return line


class PatientHeader(QFrame):
    def __init__(self, parent: QWidget | None = None, *,
                 catheter_status: Callable[[PatientSummary], str] | None = None) -> None:
        super().__init__(parent)
        # The catheter's state comes from the services; the header only shows it.
        self.catheter_status = catheter_status
        self.setObjectName("PatientHeader")
        self.patient: PatientSummary | None = None
        self.id_label = QLabel(objectName="HeaderId")
        self.name_label = QLabel(objectName="HeaderName")
        self.empty_label = QLabel(
            f"{NO_PATIENT} — choose one on the Patients screen (Ctrl+1).",
            objectName="HeaderEmpty")
        self.arm_field = HeaderField("Arm")
        self.cycle_field = HeaderField("Cycle")
        self.status_field = HeaderField("Status")
        self.catheter_field = HeaderField("Catheter", warning=True)
        self._patient_widgets: list[QWidget] = []
        self._catheter_widgets: list[QWidget] = []
        self._build()
        self.set_patient(None)

    def _build(self) -> None:
        identity = QVBoxLayout()
        identity.setSpacing(0)
        identity.addWidget(self.id_label)
        identity.addWidget(self.name_label)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(22, 8, 22, 8)
        layout.setSpacing(0)
        layout.addLayout(identity)
        layout.addSpacing(10)
        self._patient_widgets = [self.id_label, self.name_label]
        for field in (self.arm_field, self.cycle_field, self.status_field):
            divider = _divider()
            layout.addWidget(divider)
            layout.addWidget(field)
            self._patient_widgets += [divider, field]
        divider = _divider()
        layout.addWidget(divider)
        layout.addWidget(self.catheter_field)
        self._catheter_widgets = [divider, self.catheter_field]
        layout.addWidget(self.empty_label)
        layout.addStretch(1)
        self.setFixedHeight(70)

    def set_patient(self, patient: PatientSummary | None) -> None:
        self.patient = patient
        for widget in self._patient_widgets:
            widget.setVisible(patient is not None)
        # Only the experimental arm has a catheter; its status gates that day's HAI infusion.
        for widget in self._catheter_widgets:
            widget.setVisible(patient is not None and patient.arm is Arm.HAI)
        self.empty_label.setVisible(patient is None)
        if patient is not None:
            self._show(patient)

    def _show(self, patient: PatientSummary) -> None:
        self.id_label.setText(patient.display_id)
        self.name_label.setText(f"{patient.full_name} ({patient.initials}) · {patient.sex} · "
                                f"{patient.date_of_birth:%d %b %Y}")
        self.arm_field.set_value(patient.arm.short if patient.arm else "not randomized")
        self.cycle_field.set_value(str(patient.current_cycle) if patient.current_cycle else "—")
        self.status_field.set_value(patient.status.label)
        self.refresh_catheter()

    def refresh_catheter(self) -> None:
        patient = self.patient
        if patient is None or patient.arm is not Arm.HAI:
            return
        text = self.catheter_status(patient) if self.catheter_status else None
        self.catheter_field.set_value(text or CATHETER_NOT_RECORDED)

    def summary_text(self) -> str:
        """Everything the header says, as one line (for tests and accessibility)."""
        if self.patient is None:
            return NO_PATIENT
        parts = [self.id_label.text(), self.name_label.text(), self.arm_field.text(),
                 self.cycle_field.text(), self.status_field.text()]
        if self.catheter_field.isVisibleTo(self):
            parts.append(self.catheter_field.text())
        return " | ".join(parts)
