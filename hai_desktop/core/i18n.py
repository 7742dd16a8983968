"""Labels that core and store define and the interface shows in the person's language.

`QT_TRANSLATE_NOOP("Role", "Infusion nurse")` returns the English text unchanged (core imports
no Qt); its only job is to let Qt's lupdate find the text and its context, so the interface can
show `QCoreApplication.translate("Role", role.label)` in Korean.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    return text
