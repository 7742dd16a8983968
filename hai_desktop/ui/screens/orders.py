"""Dosing calculator and chemotherapy orders (placeholder until the dosing work lands)."""

from __future__ import annotations

from hai_desktop.ui.screens.placeholder import PlaceholderScreen


class OrdersScreen(PlaceholderScreen):
    title = "Dosing & Orders"
    description = "Dose calculation and the chemotherapy order of each cycle."
    purpose = ("Here you will calculate each drug's dose from height, weight and dose level, "
               "and move the order from draft to signed, verified, printed and administered.")
    coming = (
        "Height and weight in any unit; BSA (Mosteller by default) and creatinine clearance",
        "Rounding with the % difference shown against the site limit",
        "Order sheet preview, print or PDF, with two-nurse administration",
    )
