"""The roles of the people who use the workstation (DESIGN.md, Storage and security)."""

from __future__ import annotations

import enum

from hai_desktop.core.i18n import QT_TRANSLATE_NOOP


class Role(enum.StrEnum):
    ADMIN = "admin"
    INVESTIGATOR = "investigator"
    PHARMACIST = "pharmacist"
    NURSE = "nurse"
    INTERVENTIONAL_RADIOLOGIST = "interventional_radiologist"
    COORDINATOR = "coordinator"
    MONITOR = "monitor"

    @property
    def label(self) -> str:
        return ROLE_LABELS[self]


ROLE_LABELS: dict[Role, str] = {
    Role.ADMIN: QT_TRANSLATE_NOOP("Role", "Administrator"),
    Role.INVESTIGATOR: QT_TRANSLATE_NOOP("Role", "Investigator"),
    Role.PHARMACIST: QT_TRANSLATE_NOOP("Role", "Pharmacist"),
    Role.NURSE: QT_TRANSLATE_NOOP("Role", "Infusion nurse"),
    Role.INTERVENTIONAL_RADIOLOGIST: QT_TRANSLATE_NOOP("Role", "Interventional radiologist"),
    Role.COORDINATOR: QT_TRANSLATE_NOOP("Role", "Research coordinator"),
    Role.MONITOR: QT_TRANSLATE_NOOP("Role", "Monitor (read-only)"),
}
