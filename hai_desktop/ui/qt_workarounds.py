"""Work-arounds for defects of the Qt binding in use, each with the check that shows it.

PySide6 6.12.0 on Python 3.11: every call of a C++ method that returns void (QLabel.setText,
QWidget.show, ...) gives back None without taking a reference to it, so None's reference
count drops by one per call. From about 48,000 at start-up it reaches zero after a few hundred
keystrokes in a live form, and Python aborts with "Fatal Python error: none_dealloc". True and
False lose references the same way on some paths ("bool_dealloc" at exit after a long form
session). Python 3.12 made these singletons immortal (PEP 683), so there the defect is
harmless; on 3.11 we give each a reference count that no session can use up. They are never
freed in a running interpreter anyway, so this changes nothing else. PySide6 6.11.3 does not
have the defect.
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
    """Give None, True and False a large reserve of references on Python < 3.12; True when
    applied (once per process)."""
    if sys.version_info >= (3, 12) or getattr(protect_none, "applied", False):
        return False
    for singleton in (None, True, False):
        # ob_refcnt is the first field of every CPython object, at the object's address.
        ctypes.c_ssize_t.from_address(id(singleton)).value += NONE_RESERVE
    protect_none.applied = True  # type: ignore[attr-defined]
    return True
