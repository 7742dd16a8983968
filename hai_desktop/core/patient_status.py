"""Where a patient is in the trial: screening → eligible → randomized → on treatment → off study."""

from __future__ import annotations

import enum

from hai_desktop.core.i18n import QT_TRANSLATE_NOOP


class PatientStatus(enum.StrEnum):
    SCREENING = "screening"
    ELIGIBLE = "eligible"
    INELIGIBLE = "ineligible"
    RANDOMIZED = "randomized"
    ON_TREATMENT = "on_treatment"
    OFF_STUDY = "off_study"

    @property
    def label(self) -> str:
        return PATIENT_STATUS_LABELS[self]


PATIENT_STATUS_LABELS: dict[PatientStatus, str] = {
    PatientStatus.SCREENING: QT_TRANSLATE_NOOP("PatientStatus", "Screening"),
    PatientStatus.ELIGIBLE: QT_TRANSLATE_NOOP("PatientStatus", "Eligible"),
    PatientStatus.INELIGIBLE: QT_TRANSLATE_NOOP("PatientStatus", "Ineligible"),
    PatientStatus.RANDOMIZED: QT_TRANSLATE_NOOP("PatientStatus", "Randomized"),
    PatientStatus.ON_TREATMENT: QT_TRANSLATE_NOOP("PatientStatus", "On treatment"),
    PatientStatus.OFF_STUDY: QT_TRANSLATE_NOOP("PatientStatus", "Off study"),
}
