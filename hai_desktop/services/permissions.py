"""Who may do what: the one table. Services refuse, the UI only hides."""

from __future__ import annotations

import enum

from hai_desktop.core.errors import PermissionDenied
from hai_desktop.core.i18n import QT_TRANSLATE_NOOP, Label, msg
from hai_desktop.core.roles import Role


class Action(enum.StrEnum):
    """What a role may do; its value names it in messages (translate("Action", value))."""

    VIEW_RECORDS = QT_TRANSLATE_NOOP("Action", "view records")
    VIEW_AUDIT_TRAIL = QT_TRANSLATE_NOOP("Action", "view the audit trail")
    VERIFY_INTEGRITY = QT_TRANSLATE_NOOP("Action", "verify database integrity")
    MANAGE_USERS = QT_TRANSLATE_NOOP("Action", "manage users")
    RESET_PASSWORDS = QT_TRANSLATE_NOOP("Action", "reset passwords")
    CHANGE_OWN_PASSWORD = QT_TRANSLATE_NOOP("Action", "change own password")
    MANAGE_RECOVERY_CODE = QT_TRANSLATE_NOOP("Action", "replace the recovery code")
    REGISTER_PATIENT = QT_TRANSLATE_NOOP("Action", "register patients")
    EDIT_SCREENING = QT_TRANSLATE_NOOP("Action", "fill in the screening checklist")
    CONFIRM_ELIGIBILITY = QT_TRANSLATE_NOOP("Action", "confirm eligibility")
    EDIT_SITE_RULES = QT_TRANSLATE_NOOP("Action", "change site rules")
    EXPORT_DATA = QT_TRANSLATE_NOOP("Action", "export data")
    PRINT_REPORTS = QT_TRANSLATE_NOOP("Action", "print reports")
    MANAGE_ALLOCATION_LIST = QT_TRANSLATE_NOOP("Action", "import or generate the allocation list")
    RANDOMIZE = QT_TRANSLATE_NOOP("Action", "randomize patients")
    VOID_ENVELOPE = QT_TRANSLATE_NOOP("Action", "void sealed envelopes")
    EXPORT_ALLOCATION_LIST = QT_TRANSLATE_NOOP("Action", "export the full allocation list")
    RESOLVE_INCIDENTS = QT_TRANSLATE_NOOP("Action", "resolve incidents")
    EDIT_DOSE_LEVELS = QT_TRANSLATE_NOOP("Action", "change the dose-level table")
    SIGN_OFF_DOSE_LEVELS = QT_TRANSLATE_NOOP("Action", "sign off the dose-level table")
    PRESCRIBE = QT_TRANSLATE_NOOP("Action", "prescribe and sign chemotherapy orders")
    VERIFY_ORDER = QT_TRANSLATE_NOOP("Action", "verify chemotherapy orders")
    PRINT_ORDER = QT_TRANSLATE_NOOP("Action", "print chemotherapy orders")
    ADMINISTER = QT_TRANSLATE_NOOP("Action", "record administration")
    VOID_ORDER = QT_TRANSLATE_NOOP("Action", "void chemotherapy orders")
    RECORD_TOXICITY = QT_TRANSLATE_NOOP("Action", "record adverse events and lab results")
    VOID_TOXICITY = QT_TRANSLATE_NOOP("Action", "void adverse events and lab results")
    RECORD_CATHETER_EVENT = QT_TRANSLATE_NOOP(
        "Action", "record catheter implantation, revisions and removal")
    INSPECT_CATHETER = QT_TRANSLATE_NOOP("Action", "inspect the HAI catheter before use")
    RECORD_HAI_PAIN = QT_TRANSLATE_NOOP("Action", "record pain during HAI")
    OVERRIDE_HAI_GATE = QT_TRANSLATE_NOOP("Action", "override the HAI gate")
    BACKUP = QT_TRANSLATE_NOOP("Action", "back up and restore the database")
    MOVE_TO_SERVER = QT_TRANSLATE_NOOP("Action", "move the unit's file to the shared server")
    RECORD_OUTCOME = QT_TRANSLATE_NOOP("Action", "record the liver resection outcome")
    EXPORT_TRIAL_DATA = QT_TRANSLATE_NOOP("Action", "export the trial data for the statistician")
    RECORD_ALLERGIES = QT_TRANSLATE_NOOP("Action", "record allergies and infusion reactions")
    EDIT_SUPPORTIVE_CARE = QT_TRANSLATE_NOOP("Action", "change the premedication table")
    SIGN_OFF_SUPPORTIVE_CARE = QT_TRANSLATE_NOOP("Action", "sign off the premedication table")
    DOUBLE_CHECK = QT_TRANSLATE_NOOP("Action", "double-check an order at the chair")
    MANAGE_HAI_COMPETENCY = QT_TRANSLATE_NOOP("Action", "record HAI competencies")
    RECORD_TUMOUR_ASSESSMENT = QT_TRANSLATE_NOOP("Action", "record tumour assessments")
    VOID_TUMOUR_ASSESSMENT = QT_TRANSLATE_NOOP("Action", "void tumour assessments")
    RECORD_END_OF_TREATMENT = QT_TRANSLATE_NOOP("Action", "record the end of treatment")
    RECORD_FOLLOW_UP = QT_TRANSLATE_NOOP("Action", "record follow-up contacts")
    VIEW_TRIAL_REPORT = QT_TRANSLATE_NOOP("Action", "view the trial report")


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
    # Issue #20: the measurements are read from the radiology report, entered by whoever
    # reads it with the investigator (radiologist, investigator, coordinator); voiding one
    # changes a response, so only the investigator does it.
    Action.RECORD_TUMOUR_ASSESSMENT: frozenset({Role.INVESTIGATOR, Role.COORDINATOR,
                                                Role.INTERVENTIONAL_RADIOLOGIST}),
    Action.VOID_TUMOUR_ASSESSMENT: frozenset({Role.INVESTIGATOR}),
    # Protocol: "after 12 cycles, the decision will be made by the researcher".
    Action.RECORD_END_OF_TREATMENT: frozenset({Role.INVESTIGATOR}),
    # Follow-up calls are the coordinators' work (DESIGN: coordinators keep the trial's data).
    Action.RECORD_FOLLOW_UP: frozenset({Role.INVESTIGATOR, Role.COORDINATOR}),
    # The issue: a screen and a PDF for investigators and coordinators; the monitor follows
    # the trial's conduct. Pseudonymised (study IDs only), so not for every role.
    Action.VIEW_TRIAL_REPORT: frozenset({Role.INVESTIGATOR, Role.COORDINATOR, Role.MONITOR}),
}


def allowed(role: Role, action: Action) -> bool:
    return role in PERMISSIONS.get(action, frozenset())


def require(role: Role, action: Action) -> None:
    if not allowed(role, action):
        raise PermissionDenied(msg("Your role ({role}) may not {action}.",
                                   role=Label("Role", role.label),
                                   action=Label("Action", action.value)),
                               hint=msg("Ask a colleague whose role allows it."))
