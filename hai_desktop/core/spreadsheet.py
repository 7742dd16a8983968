"""CSV cells a spreadsheet would run as a formula, made inert (OWASP, "CSV injection").

A name typed as `=HYPERLINK(…)` or `@SUM(…)` is text to this program but a formula to Excel or
LibreOffice when the statistician opens the export; a leading apostrophe makes the spreadsheet
show it as text. Numbers stay numbers: "-1" (a dose level) is not a formula."""

from __future__ import annotations

import re

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")


def inert_cell(text: str) -> str:
    """`text` as a CSV cell: with an apostrophe in front when a spreadsheet would read it as a
    formula; otherwise unchanged."""
    if text.startswith(FORMULA_STARTS) and not _NUMBER.fullmatch(text):
        return "'" + text
    return text
