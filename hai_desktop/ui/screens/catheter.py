"""HAI catheter inspection log (placeholder until the catheter work lands)."""

from __future__ import annotations

from hai_desktop.ui.screens.placeholder import PlaceholderScreen


class CatheterScreen(PlaceholderScreen):
    title = "Catheter"
    description = "HAI port and catheter inspection before each use."
    purpose = ("Here you will log the catheter inspection before each HAI use; its result "
               "decides whether the HAI oxaliplatin line of today's order may run.")
    coming = (
        "Port pocket and access site, needle placement, saline test injection (no aspiration)",
        "Last angiographic or perfusion check, pain during infusion, action taken",
        "“Fit for HAI today”, with who checked",
    )
