"""The roles of the people who use the workstation (DESIGN.md, Storage and security)."""

from __future__ import annotations

import enum


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
    Role.ADMIN: "Administrator",
    Role.INVESTIGATOR: "Investigator",
    Role.PHARMACIST: "Pharmacist",
    Role.NURSE: "Infusion nurse",
    Role.INTERVENTIONAL_RADIOLOGIST: "Interventional radiologist",
    Role.COORDINATOR: "Research coordinator",
    Role.MONITOR: "Monitor (read-only)",
}
