"""Numbers as clinicians must read them (ISMP list of error-prone abbreviations and symbols):
no trailing zero after a decimal point, always a leading zero, a thousands separator; and
limits compared the way the protocol writes them (≥ and ≤ include the limit)."""

from __future__ import annotations

import math


def ismp(value: float, decimals: int = 2) -> str:
    """4350 → "4,350"; 0.5 → "0.5"; 350.0 → "350"; never "350.0" or ".5"."""
    rounded = round(value, decimals)
    if abs(rounded - round(rounded)) < 10 ** -(decimals + 3):
        return f"{round(rounded):,}"
    return f"{rounded:,.{decimals}f}".rstrip("0").rstrip(".")


def mg(value: float, decimals: int = 2) -> str:
    return f"{ismp(value, decimals)} mg"


def signed_percent(value: float) -> str:
    rounded = round(value, 1)
    return f"{'+' if rounded >= 0 else '−'}{ismp(abs(rounded), 1)} %"


def at_least(value: float, limit: float) -> bool:
    """value ≥ limit, with a value within floating-point noise of the limit counted as on it."""
    return value >= limit or math.isclose(value, limit, rel_tol=1e-9)


def at_most(value: float, limit: float) -> bool:
    return value <= limit or math.isclose(value, limit, rel_tol=1e-9)
