"""The strip above every screen: who the current patient is, on which arm, at which cycle, and
a line under it with their allergies.

It is the guard against acting on the wrong patient, so it is always visible and says plainly
when no patient is selected. The allergy band has the whole width (allergens and reactions do
not fit between the other fields): red with the allergies, amber while nobody has asked the
patient ("not yet asked" is never the same as "none known"), plain for "none known".
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer
from PySide6.QtGui import QFontMetrics, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from hai_desktop.core.allergies import AllergyState, AllergyStatus
from hai_desktop.core.arms import Arm
from hai_desktop.core.i18n import QT_TRANSLATE_NOOP
from hai_desktop.services.patients import PatientSummary
from hai_desktop.ui.i18n import (
    arm_short_text,
    date_text,
    message_text,
    patient_status_text,
)
from hai_desktop.ui.style import ERROR_RED, WARNING_BG
from hai_desktop.ui.widgets.common import named

NO_PATIENT = QT_TRANSLATE_NOOP("PatientHeader", "No patient selected")
CATHETER_NOT_RECORDED = QT_TRANSLATE_NOOP("PatientHeader", "not yet recorded")
ALLERGIES_UNREADABLE = QT_TRANSLATE_NOOP("PatientHeader", "could not be read")
NOT_ASKED_HINT = QT_TRANSLATE_NOOP(
    "PatientHeader", "an order cannot be signed until they are recorded (Patients → Allergies…)")


def _tr(text: str) -> str:
    return QCoreApplication.translate("PatientHeader", text)
HEADER_HEIGHT = 92
# Red as the allergy bands patients wear: what must not be given is the loudest thing here.
_BAND = "QLabel {{ font-size: 12pt; font-weight: 700; padding: 1px 9px; border-radius: 3px; {} }}"
BAND_STYLES = {
    AllergyState.RECORDED: _BAND.format(f"background: {ERROR_RED}; color: white;"),
    AllergyState.NOT_ASKED: _BAND.format(f"background: {WARNING_BG}; color: #9a4a00; "
                                         "border: 1px solid #f0c68a;"),
    AllergyState.NONE_KNOWN: _BAND.format("font-weight: 600;"),
}


class HeaderField(QWidget):
    """A small caption over a bold value, e.g. ARM / Experimental (HAI)."""

    def __init__(self, caption: str, *, warning: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caption = caption
        self.value = named(QLabel(), "HeaderValueWarning" if warning else "HeaderValue")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 0, 14, 0)
        layout.setSpacing(0)
        layout.addWidget(named(QLabel(caption.upper()), "HeaderCaption"))
        layout.addWidget(self.value)

    def set_value(self, text: str) -> None:
        self.value.setText(text)

    def text(self) -> str:
        return f"{self.caption}: {self.value.text()}"


def _more(count: int) -> str:
    return QCoreApplication.translate("PatientHeader", " +{count} more").format(count=count)


def fitted_list(parts: list[str], metrics: QFontMetrics, room: int) -> str:
    """As many whole entries as fit, then "+N more" ('iodinated contrast medium +1 more'):
    a name is never cut in two while another could be shown whole instead."""
    for shown in range(len(parts), 0, -1):
        rest = len(parts) - shown
        text = ", ".join(parts[:shown]) + (_more(rest) if rest else "")
        if metrics.horizontalAdvance(text) <= room:
            return text
    more = _more(len(parts) - 1) if len(parts) > 1 else ""
    first = metrics.elidedText(parts[0] if parts else "", Qt.TextElideMode.ElideRight,
                               max(room - metrics.horizontalAdvance(more), 20))
    return first + more


# Bold text draws a few pixels wider than its advance: never clip the last letter.
SLACK = 8


class AllergyBand(QLabel):
    """The allergy entries on one line, shortened to the room there is; the whole text is kept
    and is the tooltip."""

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        # A timer of its own: it dies with the label (a bare singleShot could outlive it).
        self._refit = QTimer(self, singleShot=True, interval=0)
        self._refit.timeout.connect(self._fit)

    @property
    def full_text(self) -> str:
        return ", ".join(self.parts)

    def set_parts(self, parts: list[str], tooltip: str = "") -> None:
        self.parts = parts
        self.ensurePolished()  # the band's stylesheet font decides what fits
        self.setToolTip(tooltip or self.full_text)
        self.setText(self.full_text)
        self.updateGeometry()
        self._fit()

    def minimumSizeHint(self) -> QSize:
        # May shrink below its text: the fields beside it keep their room.
        return QSize(80, super().minimumSizeHint().height())

    def sizeHint(self) -> QSize:
        # As wide as the whole text, so the band ends where the allergies end.
        hint = super().sizeHint()
        margins = self.contentsMargins()  # the band's padding (its stylesheet)
        hint.setWidth(self.fontMetrics().horizontalAdvance(self.full_text) + margins.left()
                      + margins.right() + SLACK)
        return hint

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # After the layout pass: a new text asks for a new layout, never during one.
        self._refit.start()

    def _fit(self) -> None:
        room = self.contentsRect().width() - SLACK
        shown = fitted_list(self.parts, self.fontMetrics(), room)
        if shown != self.text():
            self.setText(shown)


def allergy_parts(status: AllergyStatus | None) -> tuple[list[str], str]:
    """What the band says (the allergens: reactions would push the second one out of sight),
    and the tooltip with the whole story."""
    if status is None:
        return [_tr(ALLERGIES_UNREADABLE)], ""
    if status.state is AllergyState.RECORDED:
        return [e.allergen for e in status.entries], status.summary
    if status.state is AllergyState.NOT_ASKED:
        # status.short is a core label (not the allergens here): shown translated
        return ["⚠ " + QCoreApplication.translate("AllergyStatus", status.short)], \
            QCoreApplication.translate("PatientHeader", "Not yet asked: {hint}.").format(
                hint=_tr(NOT_ASKED_HINT))
    return [QCoreApplication.translate("AllergyStatus", status.short)], status.summary


def _divider() -> QFrame:
    line = named(QFrame(), "HeaderDivider")
    line.setFrameShape(QFrame.Shape.VLine)
    line.setFixedWidth(1)
    return line


class PatientHeader(QFrame):
    def __init__(self, parent: QWidget | None = None, *,
                 catheter_status: Callable[[PatientSummary], str | None] | None = None,
                 allergy_status: Callable[[PatientSummary], AllergyStatus | None] | None = None,
                 ) -> None:
        super().__init__(parent)
        # The catheter's and the allergies' states come from the services; the header only
        # shows them.
        self.catheter_status = catheter_status
        self.allergy_status = allergy_status
        self.allergy_state: AllergyState | None = None
        self.setObjectName("PatientHeader")
        self.patient: PatientSummary | None = None
        self.id_label = named(QLabel(), "HeaderId")
        self.name_label = named(QLabel(), "HeaderName")
        self.empty_label = named(QLabel(
            self.tr("{none} — choose one on the Patients screen (Ctrl+2).").format(
                none=_tr(NO_PATIENT))), "HeaderEmpty")
        self.arm_field = HeaderField(self.tr("Arm"))
        self.cycle_field = HeaderField(self.tr("Cycle"))
        self.status_field = HeaderField(self.tr("Status"))
        self.catheter_field = HeaderField(self.tr("Catheter"), warning=True)
        self.allergy_caption = named(QLabel(self.tr("ALLERGIES")), "HeaderCaption")
        self.allergy_value = AllergyBand()
        self._patient_widgets: list[QWidget] = []
        self._catheter_widgets: list[QWidget] = []
        self._build()
        self.set_patient(None)

    def _build(self) -> None:
        identity = QVBoxLayout()
        identity.setSpacing(0)
        identity.addWidget(self.id_label)
        identity.addWidget(self.name_label)
        top = QHBoxLayout()
        top.setSpacing(0)
        top.addLayout(identity)
        top.addSpacing(10)
        self._patient_widgets = [self.id_label, self.name_label, self.allergy_caption,
                                 self.allergy_value]
        for field in (self.arm_field, self.cycle_field, self.status_field):
            divider = _divider()
            top.addWidget(divider)
            top.addWidget(field)
            self._patient_widgets += [divider, field]
        divider = _divider()
        top.addWidget(divider)
        top.addWidget(self.catheter_field)
        self._catheter_widgets = [divider, self.catheter_field]
        top.addWidget(self.empty_label)
        top.addStretch(1)
        # The allergies get a line of their own, the whole width: allergens never squeezed
        # between the other fields.
        band = QHBoxLayout()
        band.setSpacing(8)
        band.addWidget(self.allergy_caption)
        band.addWidget(self.allergy_value)
        band.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 8, 22, 6)
        layout.setSpacing(3)
        layout.addLayout(top, 1)
        layout.addLayout(band)
        self.setFixedHeight(HEADER_HEIGHT)

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
        self.name_label.setText(f"{patient.name} ({patient.initials}) · {patient.sex} · "
                                f"{date_text(patient.date_of_birth)}")
        self.arm_field.set_value(arm_short_text(patient.arm) if patient.arm
                                 else self.tr("not randomized"))
        self.cycle_field.set_value(str(patient.current_cycle) if patient.current_cycle else "—")
        self.status_field.set_value(patient_status_text(patient))
        self.refresh_allergies()
        self.refresh_catheter()

    def refresh_allergies(self) -> None:
        """Ask the services again (after the allergies dialog saved, or a screen change)."""
        patient = self.patient
        if patient is None:
            return
        status = self.allergy_status(patient) if self.allergy_status else None
        self.allergy_state = status.state if status is not None else None
        self.allergy_value.setStyleSheet(BAND_STYLES[status.state] if status is not None
                                         else BAND_STYLES[AllergyState.NOT_ASKED])
        self.allergy_value.set_parts(*allergy_parts(status))

    def refresh_catheter(self) -> None:
        patient = self.patient
        if patient is None or patient.arm is not Arm.HAI:
            return
        text = self.catheter_status(patient) if self.catheter_status else None
        self.catheter_field.set_value(message_text(text) if text else _tr(CATHETER_NOT_RECORDED))

    def allergy_line(self) -> str:
        return self.tr("Allergies: {list}").format(list=self.allergy_value.full_text)

    def summary_text(self) -> str:
        """Everything the header says, as one line (for tests and accessibility)."""
        if self.patient is None:
            return _tr(NO_PATIENT)
        parts = [self.id_label.text(), self.name_label.text(), self.arm_field.text(),
                 self.cycle_field.text(), self.status_field.text()]
        if self.catheter_field.isVisibleTo(self):
            parts.append(self.catheter_field.text())
        parts.append(self.allergy_line())
        return " | ".join(parts)
