"""Numbers as clinicians must read them (ISMP list of error-prone abbreviations and symbols):
no trailing zero after a decimal point, always a leading zero, a thousands separator."""

from __future__ import annotations


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
