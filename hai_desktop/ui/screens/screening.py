"""Screening checklist (placeholder until the eligibility work lands)."""

from __future__ import annotations

from hai_desktop.ui.screens.placeholder import PlaceholderScreen


class ScreeningScreen(PlaceholderScreen):
    title = "Screening"
    description = "Eligibility checklist and screening log."
    purpose = ("Here you will check each inclusion and exclusion criterion of the protocol "
               "with its evidence, and see whether the patient is eligible.")
    coming = (
        "Each criterion: yes / no / not yet known, with value, unit, date and source document",
        "Lab criteria evaluated from the entered values and the local normal limits",
        "Result: eligible, ineligible (every failed criterion named) or not yet determined",
        "Screening log with reasons (CONSORT counts)",
    )
