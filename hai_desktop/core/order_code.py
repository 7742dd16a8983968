"""The code printed as Code 128 on every page of an order sheet, and read back from a scanner."""

from __future__ import annotations

import re

PREFIX = "HAI-ORDER-"
_CODE = re.compile(r"^HAI-ORDER-(\d{6,})$")


def order_code(order_id: int) -> str:
    return f"{PREFIX}{order_id:06d}"


def order_id_from_code(text: str) -> int | None:
    """The order ID a scanned or typed code names (None: not an order code). Keyboard-wedge
    scanners may add spaces, a lower-case layout or a trailing newline."""
    match = _CODE.match("".join(text.split()).upper())
    return int(match.group(1)) if match else None
