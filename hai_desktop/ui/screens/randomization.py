"""Randomization envelopes (placeholder until the allocation work lands)."""

from __future__ import annotations

from hai_desktop.ui.screens.placeholder import PlaceholderScreen


class RandomizationScreen(PlaceholderScreen):
    title = "Randomization"
    description = "Sealed-envelope allocation per stratum."
    purpose = ("Here you will randomize an eligible patient: the application names the next "
               "sealed envelope of the patient's stratum and records who opened it and when.")
    coming = (
        "Allocation list per stratum, sealed until used and never editable",
        "Re-randomization, out-of-order use and exhausted strata refused with a clear message",
        "Printed envelope sets; spoiled envelopes voided with a reason",
    )
