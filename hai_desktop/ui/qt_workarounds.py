"""Work-arounds for defects of the Qt binding in use, each with the check that shows it.

PySide6 6.12.0 on Python 3.11: every call of a C++ method that returns void (QLabel.setText,
QWidget.show, ...) gives back None without taking a reference to it, so None's reference
count drops by one per call. From about 48,000 at start-up it reaches zero after a few hundred
keystrokes in a live form, and Python aborts with "Fatal Python error: none_dealloc". Python
3.12 made None immortal (PEP 683), so there the defect is harmless; on 3.11 we give None a
reference count that no session can use up. None is never freed in a running interpreter
anyway, so this changes nothing else.
"""

from __future__ import annotations

import ctypes
import sys

NONE_RESERVE = 1 << 40  # a void call per nanosecond would need 13 days to use it up


def none_refcount_leaks() -> bool:
    """True when calling a void Qt method takes a reference away from None."""
    from PySide6.QtCore import QObject

    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(20):
        probe.setObjectName("probe")
    return sys.getrefcount(None) < before


def protect_none() -> bool:
    """Give None a large reserve of references on Python < 3.12; True when applied."""
    if sys.version_info >= (3, 12) or getattr(protect_none, "applied", False):
        return False
    # ob_refcnt is the first field of every CPython object, at the object's address.
    ctypes.c_ssize_t.from_address(id(None)).value += NONE_RESERVE
    protect_none.applied = True  # type: ignore[attr-defined]
    return True
