"""CTCAE toxicity grading (placeholder until the toxicity work lands)."""

from __future__ import annotations

from hai_desktop.ui.screens.placeholder import PlaceholderScreen


class ToxicityScreen(PlaceholderScreen):
    title = "Toxicity"
    description = "Adverse events graded with CTCAE v4.03."
    purpose = ("Here you will record adverse events in seconds: search a CTCAE term, see the "
               "grade texts beside the choice, and let lab terms grade themselves from the value.")
    coming = (
        "All 790 CTCAE v4.03 terms searchable",
        "Attribution per drug, onset and resolution, seriousness, action taken",
        "Per-cycle history and liver test trends",
    )
