"""The two arms of the trial (protocol: 1:1 randomization)."""

from __future__ import annotations

import enum


class Arm(enum.StrEnum):
    HAI = "hai"
    CONTROL = "control"

    @property
    def label(self) -> str:
        return {Arm.HAI: "HAI oxaliplatin + FOLFIRI + targeted",
                Arm.CONTROL: "FOLFIRI + targeted"}[self]

    @property
    def short(self) -> str:
        return {Arm.HAI: "Experimental (HAI)", Arm.CONTROL: "Control"}[self]
