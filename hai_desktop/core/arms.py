"""The two arms of the trial (protocol: 1:1 randomization)."""

from __future__ import annotations

import enum

from hai_desktop.core.i18n import QT_TRANSLATE_NOOP


class Arm(enum.StrEnum):
    HAI = "hai"
    CONTROL = "control"

    @property
    def label(self) -> str:
        return {Arm.HAI: QT_TRANSLATE_NOOP("Arm", "HAI oxaliplatin + FOLFIRI + targeted"),
                Arm.CONTROL: QT_TRANSLATE_NOOP("Arm", "FOLFIRI + targeted")}[self]

    @property
    def short(self) -> str:
        return {Arm.HAI: QT_TRANSLATE_NOOP("Arm", "Experimental (HAI)"),
                Arm.CONTROL: QT_TRANSLATE_NOOP("Arm", "Control")}[self]
