"""Who may do what: the one table. Services refuse, the UI only hides."""

from __future__ import annotations

import enum

from hai_desktop.core.errors import PermissionDenied
from hai_desktop.core.i18n import msg
from hai_desktop.core.roles import Role


class Action(enum.StrEnum):
    VIEW_RECORDS = "view records"
    VIEW_AUDIT_TRAIL = "view the audit trail"
    VERIFY_INTEGRITY = "verify database integrity"
    MANAGE_USERS = "manage users"
    RESET_PASSWORDS = "reset passwords"
    CHANGE_OWN_PASSWORD = "change own password"
    MANAGE_RECOVERY_CODE = "replace the recovery code"
    REGISTER_PATIENT = "register patients"
    EDIT_SCREENING = "fill in the screening checklist"
    CONFIRM_ELIGIBILITY = "confirm eligibility"
    EDIT_SITE_RULES = "change site rules"
    EXPORT_DATA = "export data"
    PRINT_REPORTS = "print reports"
    MANAGE_ALLOCATION_LIST = "import or generate the allocation list"
    RANDOMIZE = "randomize patients"
    VOID_ENVELOPE = "void sealed envelopes"
    EXPORT_ALLOCATION_LIST = "export the full allocation list"
    RESOLVE_INCIDENTS = "resolve incidents"
    EDIT_DOSE_LEVELS = "change the dose-level table"
    SIGN_OFF_DOSE_LEVELS = "sign off the dose-level table"
    PRESCRIBE = "prescribe and sign chemotherapy orders"
    VERIFY_ORDER = "verify chemotherapy orders"
    PRINT_ORDER = "print chemotherapy orders"
    ADMINISTER = "record administration"
    VOID_ORDER = "void chemotherapy orders"
    RECORD_TOXICITY = "record adverse events and lab results"
    VOID_TOXICITY = "void adverse events and lab results"
    RECORD_CATHETER_EVENT = "record catheter implantation, revisions and removal"
    INSPECT_CATHETER = "inspect the HAI catheter before use"
    RECORD_HAI_PAIN = "record pain during HAI"
    OVERRIDE_HAI_GATE = "override the HAI gate"
    BACKUP = "back up and restore the database"
    MOVE_TO_SERVER = "move the unit's file to the shared server"
    RECORD_OUTCOME = "record the liver resection outcome"
    EXPORT_TRIAL_DATA = "export the trial data for the statistician"
    RECORD_ALLERGIES = "record allergies and infusion reactions"
    EDIT_SUPPORTIVE_CARE = "change the premedication table"
    SIGN_OFF_SUPPORTIVE_CARE = "sign off the premedication table"
    DOUBLE_CHECK = "double-check an order at the chair"
    MANAGE_HAI_COMPETENCY = "record HAI competencies"


_ALL = frozenset(Role)

PERMISSIONS: dict[Action, frozenset[Role]] = {
    Action.VIEW_RECORDS: _ALL,
    Action.VIEW_AUDIT_TRAIL: frozenset({Role.ADMIN, Role.INVESTIGATOR, Role.COORDINATOR,
                                        Role.MONITOR}),
    Action.VERIFY_INTEGRITY: frozenset({Role.ADMIN, Role.MONITOR, Role.INVESTIGATOR}),
    Action.MANAGE_USERS: frozenset({Role.ADMIN}),
    Action.RESET_PASSWORDS: frozenset({Role.ADMIN}),
    Action.CHANGE_OWN_PASSWORD: _ALL,
    Action.MANAGE_RECOVERY_CODE: frozenset({Role.ADMIN}),
    Action.REGISTER_PATIENT: frozenset({Role.COORDINATOR, Role.INVESTIGATOR}),
    Action.EDIT_SCREENING: frozenset({Role.COORDINATOR, Role.INVESTIGATOR}),
    Action.CONFIRM_ELIGIBILITY: frozenset({Role.COORDINATOR, Role.INVESTIGATOR}),
    Action.EDIT_SITE_RULES: frozenset({Role.ADMIN, Role.INVESTIGATOR}),
    Action.EXPORT_DATA: frozenset({Role.ADMIN, Role.COORDINATOR, Role.INVESTIGATOR}),
    Action.PRINT_REPORTS: _ALL,
    Action.MANAGE_ALLOCATION_LIST: frozenset({Role.ADMIN, Role.COORDINATOR}),
    Action.RANDOMIZE: frozenset({Role.COORDINATOR, Role.INVESTIGATOR}),
    Action.VOID_ENVELOPE: frozenset({Role.COORDINATOR, Role.INVESTIGATOR}),
    Action.EXPORT_ALLOCATION_LIST: frozenset({Role.ADMIN}),
    Action.RESOLVE_INCIDENTS: frozenset({Role.INVESTIGATOR}),
    Action.EDIT_DOSE_LEVELS: frozenset({Role.ADMIN, Role.INVESTIGATOR}),
    Action.SIGN_OFF_DOSE_LEVELS: frozenset({Role.INVESTIGATOR}),
    Action.PRESCRIBE: frozenset({Role.INVESTIGATOR}),
    Action.VERIFY_ORDER: frozenset({Role.PHARMACIST}),
    Action.PRINT_ORDER: frozenset({Role.INVESTIGATOR, Role.PHARMACIST, Role.NURSE}),
    Action.ADMINISTER: frozenset({Role.NURSE}),
    Action.VOID_ORDER: frozenset({Role.INVESTIGATOR, Role.PHARMACIST}),
    Action.RECORD_TOXICITY: frozenset({Role.NURSE, Role.INVESTIGATOR, Role.COORDINATOR}),
    Action.VOID_TOXICITY: frozenset({Role.INVESTIGATOR}),
    Action.RECORD_CATHETER_EVENT: frozenset({Role.INTERVENTIONAL_RADIOLOGIST,
                                             Role.INVESTIGATOR}),
    # Protocol: only trained professionals access the catheter (IR or trained infusion nurse).
    Action.INSPECT_CATHETER: frozenset({Role.INTERVENTIONAL_RADIOLOGIST, Role.NURSE}),
    Action.RECORD_HAI_PAIN: frozenset({Role.NURSE, Role.INTERVENTIONAL_RADIOLOGIST,
                                       Role.INVESTIGATOR}),
    Action.OVERRIDE_HAI_GATE: frozenset({Role.INVESTIGATOR}),
    Action.BACKUP: frozenset({Role.ADMIN}),
    Action.MOVE_TO_SERVER: frozenset({Role.ADMIN}),
    # The primary endpoint is a clinical judgement from the operation and pathology reports.
    Action.RECORD_OUTCOME: frozenset({Role.INVESTIGATOR}),
    # Issue #9: the whole trial's data leaves the workstation only through administrators and
    # research coordinators (DESIGN: "coordinators: ... exports for the statistician").
    Action.EXPORT_TRIAL_DATA: frozenset({Role.ADMIN, Role.COORDINATOR}),
    # Issue #16: whoever takes the history asks about allergies (nurse, physician, pharmacist).
    Action.RECORD_ALLERGIES: frozenset({Role.NURSE, Role.INVESTIGATOR, Role.PHARMACIST}),
    Action.EDIT_SUPPORTIVE_CARE: frozenset({Role.ADMIN, Role.INVESTIGATOR}),
    Action.SIGN_OFF_SUPPORTIVE_CARE: frozenset({Role.INVESTIGATOR}),
    # ASCO/ONS: two practitioners licensed to give chemotherapy check at the chair.
    Action.DOUBLE_CHECK: frozenset({Role.NURSE}),
    Action.MANAGE_HAI_COMPETENCY: frozenset({Role.ADMIN}),
}


def allowed(role: Role, action: Action) -> bool:
    return role in PERMISSIONS.get(action, frozenset())


def require(role: Role, action: Action) -> None:
    if not allowed(role, action):
        raise PermissionDenied(msg("Your role ({role}) may not {action}.",
                                   role=role.label, action=action.value),
                               hint=msg("Ask a colleague whose role allows it."))
