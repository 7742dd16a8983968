"""The primary endpoint: conversion to liver resection (PROTOCOL.md, "Assessments": "rate of
conversion to liver resection"), with the date of surgery and the resection margin.

The margin is the pathologist's R classification (UICC/AJCC residual tumour): R0 no residual
tumour, R1 microscopic residual tumour (tumour at the margin), R2 macroscopic residual tumour.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from hai_desktop.core.errors import ValidationError
from hai_desktop.core.i18n import QT_TRANSLATE_NOOP, msg

RESECTED, NOT_RESECTED, NOT_YET = "yes", "no", "not yet"
RESECTION_CHOICES = (RESECTED, NOT_RESECTED, NOT_YET)
# Shown through translate("ResectionOutcome", …); the codes are what is stored.
RESECTION_LABELS = {
    RESECTED: QT_TRANSLATE_NOOP("ResectionOutcome", "Yes — liver metastases resected"),
    NOT_RESECTED: QT_TRANSLATE_NOOP("ResectionOutcome", "No — will not be resected"),
    NOT_YET: QT_TRANSLATE_NOOP("ResectionOutcome", "Not yet — still being treated or assessed")}
MARGINS = ("R0", "R1", "R2")
MARGIN_LABELS = {"R0": QT_TRANSLATE_NOOP("ResectionOutcome", "R0 — no residual tumour"),
                 "R1": QT_TRANSLATE_NOOP("ResectionOutcome", "R1 — microscopic residual tumour"),
                 "R2": QT_TRANSLATE_NOOP("ResectionOutcome", "R2 — macroscopic residual tumour")}
MARGIN_SOURCE = "UICC/AJCC residual tumour (R) classification, from the pathology report"


@dataclass(frozen=True)
class ResectionOutcomeData:
    liver_resection: str
    surgery_date: date | None
    margin: str | None
    note: str


def check_resection_outcome(liver_resection: str, surgery_date: date | None,
                            margin: str | None, note: str, *, randomized_on: date,
                            today: date) -> ResectionOutcomeData:
    """The outcome as it will be stored, or ValidationError naming the field to fix."""
    choice = liver_resection.strip().lower()
    margin = (margin or "").strip().upper() or None
    if choice not in RESECTION_CHOICES:
        raise ValidationError(msg("Choose whether the liver metastases were resected: yes, no or "
                                  "not yet."), field="liver_resection")
    if choice != RESECTED:
        # A date or margin without a resection would be counted by someone as one.
        if surgery_date is not None:
            raise ValidationError(msg("A date of surgery is kept only for a resection: clear it, "
                                      "or choose 'yes' if the liver was resected."),
                                  field="surgery_date")
        if margin is not None:
            raise ValidationError(msg("A resection margin is kept only for a resection: clear it, "
                                      "or choose 'yes' if the liver was resected."), field="margin")
        return ResectionOutcomeData(choice, None, None, note.strip())
    if surgery_date is None:
        raise ValidationError(msg("Enter the date of the liver resection."), field="surgery_date")
    if surgery_date > today:
        raise ValidationError(msg("The date of surgery {surgery_date} is in the future: record the "
                                  "resection once it has been done.",
                                  surgery_date=surgery_date.isoformat()),
                              field="surgery_date")
    if surgery_date < randomized_on:
        raise ValidationError(msg("The date of surgery {surgery_date} is before randomization "
                                  "({randomized_on}): check the date.",
                                  surgery_date=surgery_date.isoformat(),
                                  randomized_on=randomized_on.isoformat()),
                              field="surgery_date")
    if margin not in MARGINS:
        raise ValidationError(msg("Choose the resection margin (R0, R1 or R2) from the pathology "
                                  "report."), field="margin")
    return ResectionOutcomeData(choice, surgery_date, margin, note.strip())
