"""Every action × every role through the real services on a copy of the demo database.

EXPECTED is written out here from DESIGN.md and PROTOCOL.md, not read from PERMISSIONS: the
table in services/permissions.py must agree with it, and every service must enforce it. Each
action has one small call of the actual service that needs it, with valid arguments, prepared
(by someone allowed) up to that call. A role that may not is refused with PermissionDenied
before anything is written; a role that may goes through.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from hai_desktop.core.arms import Arm
from hai_desktop.core.eligibility import Answer
from hai_desktop.core.errors import ConflictError, PermissionDenied
from hai_desktop.core.follow_up import ContactMethod, EndReason, EndScope, VitalStatus
from hai_desktop.core.recist import NonTarget
from hai_desktop.services import (
    administration,
    allergies,
    catheter,
    competency,
    export,
    follow_up,
    labs,
    orders,
    outcomes,
    randomization,
    screening,
    server_move,
    supportive_care,
    trial_report,
    tumour_response,
    users,
)
from hai_desktop.services.audit_trail import audit_page
from hai_desktop.services.backup import backup_database
from hai_desktop.services.demo import DEMO_ACCOUNTS
from hai_desktop.services.demo_screening import eligible_answers
from hai_desktop.services.dose_levels import change_dose_levels, sign_off_table
from hai_desktop.services.integrity import verify_database
from hai_desktop.services.patients import list_patients
from hai_desktop.services.permissions import PERMISSIONS, Action
from hai_desktop.services.site_rules import set_site_rule
from hai_desktop.services.workspace import Workspace
from hai_desktop.settings import Settings
from hai_desktop.store.keyslots import key_slot_path
from hai_desktop.store.models import Role
from hai_desktop.store.server import ServerAddress
from tests.conftest import copy_database, make_settings
from tests.helpers import audit_head_seq, database_key, file_digest, record_snapshot
from tests.server import drop_database, new_database, server_settings
from tests.services.chair import as_ordered, check, check_twice
from tests.services.conftest import PASSWORDS, People, pid

ADMIN, INV, PHARM, NURSE, IR, COORD, MONITOR = (
    Role.ADMIN, Role.INVESTIGATOR, Role.PHARMACIST, Role.NURSE, Role.INTERVENTIONAL_RADIOLOGIST,
    Role.COORDINATOR, Role.MONITOR)
EVERYONE = frozenset(Role)

# Who may do what, from the design ("monitors/auditors: read everything, change nothing, follow
# the audit trail"; "investigators sign orders, decide dose reductions"; "pharmacists verify";
# "coordinators: screening log, randomization, exports"; orders "draft → signed (investigator)
# → verified (pharmacist) → printed → administered (two nurses)") and the protocol (the HAI
# catheter is placed by interventional radiology and "only trained professionals may access
# it"; the investigator decides dose reductions and catheter reinsertion).
EXPECTED: dict[Action, frozenset[Role]] = {
    Action.VIEW_RECORDS: EVERYONE,
    Action.VIEW_AUDIT_TRAIL: frozenset({ADMIN, INV, COORD, MONITOR}),
    Action.VERIFY_INTEGRITY: frozenset({ADMIN, INV, MONITOR}),
    Action.MANAGE_USERS: frozenset({ADMIN}),
    Action.RESET_PASSWORDS: frozenset({ADMIN}),
    Action.CHANGE_OWN_PASSWORD: EVERYONE,
    Action.MANAGE_RECOVERY_CODE: frozenset({ADMIN}),
    Action.REGISTER_PATIENT: frozenset({COORD, INV}),
    Action.EDIT_SCREENING: frozenset({COORD, INV}),
    Action.CONFIRM_ELIGIBILITY: frozenset({COORD, INV}),
    Action.EDIT_SITE_RULES: frozenset({ADMIN, INV}),
    Action.EXPORT_DATA: frozenset({ADMIN, COORD, INV}),
    Action.PRINT_REPORTS: EVERYONE,
    Action.MANAGE_ALLOCATION_LIST: frozenset({ADMIN, COORD}),
    Action.RANDOMIZE: frozenset({COORD, INV}),
    Action.VOID_ENVELOPE: frozenset({COORD, INV}),
    Action.EXPORT_ALLOCATION_LIST: frozenset({ADMIN}),  # it unblinds every envelope
    Action.RESOLVE_INCIDENTS: frozenset({INV}),
    Action.EDIT_DOSE_LEVELS: frozenset({ADMIN, INV}),
    Action.SIGN_OFF_DOSE_LEVELS: frozenset({INV}),
    Action.PRESCRIBE: frozenset({INV}),
    Action.VERIFY_ORDER: frozenset({PHARM}),
    Action.PRINT_ORDER: frozenset({INV, PHARM, NURSE}),
    Action.ADMINISTER: frozenset({NURSE}),
    Action.VOID_ORDER: frozenset({INV, PHARM}),
    Action.RECORD_TOXICITY: frozenset({NURSE, INV, COORD}),
    Action.VOID_TOXICITY: frozenset({INV}),
    Action.RECORD_CATHETER_EVENT: frozenset({IR, INV}),
    Action.INSPECT_CATHETER: frozenset({IR, NURSE}),
    Action.RECORD_HAI_PAIN: frozenset({NURSE, IR, INV}),
    Action.OVERRIDE_HAI_GATE: frozenset({INV}),
    Action.BACKUP: frozenset({ADMIN}),
    # Issue #9: moving the unit's file to the shared server is the administrator's.
    Action.MOVE_TO_SERVER: frozenset({ADMIN}),
    # The primary endpoint (conversion to liver resection) is the investigator's to record.
    Action.RECORD_OUTCOME: frozenset({INV}),
    # Issue #9: the statistician's export is made by administrators and coordinators.
    Action.EXPORT_TRIAL_DATA: frozenset({ADMIN, COORD}),
    # Issue #16: whoever takes the history asks about allergies: nurses, physicians,
    # pharmacists (a coordinator transcribes nothing clinical; a monitor changes nothing).
    Action.RECORD_ALLERGIES: frozenset({NURSE, INV, PHARM}),
    # The premedication table is a site rule like the dose levels: changed by administrators
    # and investigators, signed off by an investigator.
    Action.EDIT_SUPPORTIVE_CARE: frozenset({ADMIN, INV}),
    Action.SIGN_OFF_SUPPORTIVE_CARE: frozenset({INV}),
    # ASCO/ONS: the independent double check at the chair is made by the nurses who give.
    Action.DOUBLE_CHECK: frozenset({NURSE}),
    # Who is trained in HAI (protocol: catheter access only for trained staff) is kept by the
    # administrators, like the accounts themselves.
    Action.MANAGE_HAI_COMPETENCY: frozenset({ADMIN}),
    # Issue #20: the scan's measurements are entered from the radiology report by the
    # radiologist, the investigator or the coordinator; a void changes a response, so it is
    # the investigator's. The end of treatment is the investigator's decision (protocol: "the
    # decision will be made by the researcher"); follow-up calls are the coordinators' work.
    Action.RECORD_TUMOUR_ASSESSMENT: frozenset({IR, INV, COORD}),
    Action.VOID_TUMOUR_ASSESSMENT: frozenset({INV}),
    Action.RECORD_END_OF_TREATMENT: frozenset({INV}),
    Action.RECORD_FOLLOW_UP: frozenset({INV, COORD}),
    # The trial report is for the investigators and coordinators who run the trial and the
    # monitor who follows it; pseudonymised, it is still the whole trial's results.
    Action.VIEW_TRIAL_REPORT: frozenset({INV, COORD, MONITOR}),
}

USER_OF_ROLE = {a.role: a.username for a in DEMO_ACCOUNTS if a.username != "nurse2"}
TODAY = date.today()
_serial = itertools.count(1)


@dataclass
class Ward:
    """The module's database, everyone signed in once, and a folder for files written."""

    people: People
    files: Path

    def __getitem__(self, username: str) -> Workspace:
        return self.people[username]


@pytest.fixture(scope="module")
def ward(demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Ward]:
    folder = tmp_path_factory.mktemp("matrix")
    path = copy_database(demo_template, folder / "db")
    # The tests' cheap argon2 cost for the passwords the calls set: the calls are what is tested.
    people = People(path, make_settings(folder))
    for account in DEMO_ACCOUNTS:
        people[account.username]  # each signs in once, here
    yield Ward(people, folder / "files")
    people.close()


# ---- preparations: the state each call needs, made by someone allowed -----------------------

def _new_candidate(ward: Ward, *, eligible: bool = False, confirmed: bool = False) -> int:
    coordinator = ward["coordinator"]
    patient = screening.register_candidate(coordinator, screening.Registration(
        family_name="Matrix", given_name="Ji-ho", hospital_record_number=f"TR-8{next(_serial):06d}",
        sex="M", date_of_birth=date(1961, 6, 1), consent_date=TODAY))
    if eligible:
        screening.save_screening(coordinator, patient.id, eligible_answers(TODAY), "no")
    if confirmed:
        screening.confirm_screening(coordinator, patient.id, PASSWORDS["coordinator"])
    return patient.id


def _order_input(ward: Ward) -> orders.OrderInput:
    return orders.OrderInput(
        patient_id=pid(ward["investigator"], "S-0004"), day1=TODAY,
        targeted_agent="bevacizumab", height="170 cm", weight="70 kg", measured_on=TODAY,
        anc="2.1", platelets="180", labs_date=TODAY - timedelta(days=1),
        creatinine="0.9 mg/dL", neuropathy_grade=0, neuropathy_assessed_on=TODAY)


def _order(ward: Ward, up_to: str) -> int:
    order_id = orders.create_order(ward["investigator"], _order_input(ward))
    steps = ["draft", "signed", "verified", "printed"]
    if steps.index(up_to) >= 1:
        orders.sign_order(ward["investigator"], order_id, PASSWORDS["investigator"])
    if steps.index(up_to) >= 2:
        orders.verify_order(ward["pharmacist"], order_id, PASSWORDS["pharmacist"])
    if steps.index(up_to) >= 3:
        orders.order_sheet_pdf(ward["nurse"], order_id)
    return order_id


def _void_open_orders(ward: Ward) -> None:
    """Orders left open would push S-0004 towards the protocol's last cycle."""
    inv = ward["investigator"]
    for order in orders.orders_for_patient(inv, pid(inv, "S-0004")):
        if order.status in ("draft", "signed", "verified", "printed", "rejected"):
            orders.void_order(inv, order.id, "test order")


def _offer(ward: Ward) -> tuple[int, str, Arm]:
    coordinator = ward["coordinator"]
    patient_id = _new_candidate(ward, eligible=True, confirmed=True)
    offer = randomization.next_envelope(coordinator, patient_id)
    return patient_id, offer.number, randomization.peek_card_for_training(coordinator,
                                                                          offer.number)


def _randomized(ward: Ward) -> int:
    """A newly randomized patient, with no outcome recorded yet."""
    patient_id, number, card = _offer(ward)
    randomization.randomize(ward["coordinator"], patient_id, envelope_number=number,
                            arm_on_card=card, password=PASSWORDS["coordinator"])
    return patient_id


def _incident(ward: Ward) -> int:
    patient_id, number, card = _offer(ward)
    wrong = Arm.CONTROL if card is Arm.HAI else Arm.HAI
    with pytest.raises(ConflictError, match="incident"):
        randomization.randomize(ward["coordinator"], patient_id, envelope_number=number,
                                arm_on_card=wrong, password=PASSWORDS["coordinator"])
    return randomization.incidents(ward["coordinator"], open_only=True)[0].id


def _last_unused_envelope(ward: Ward) -> str:
    unused = [e for e in randomization.envelopes(ward["coordinator"]) if e.status == "unused"]
    return unused[-1].number


def _printed_and_checked(ward: Ward) -> tuple[int, dict[str, administration.AdministrationEntry]]:
    """Checked at the chair by both nurses; every systemic drug as ordered, the HAI line not
    given (no catheter inspected today)."""
    order_id = _order(ward, "printed")
    check_twice(ward.people, order_id)
    return order_id, as_ordered(ward["nurse"], order_id,
                                oxaliplatin_hai=administration.AdministrationEntry(""))


def _fit_answers() -> dict[str, bool | str | None]:
    return {"site_redness": False, "site_swelling": False, "site_haematoma": False,
            "site_tenderness": False, "site_erosion": False, "huber_needle": True,
            "needle_gauge": "20G", "needle_seated": True, "saline_painless": True,
            "saline_resistance": False, "saline_leak": False, "pain_previous_hai": True}


def _pain(ward: Ward) -> int:
    nurse = ward["nurse"]
    return catheter.record_hai_pain(nurse, pid(nurse, "S-0006"), None, location="abdominal",
                                    infusion="continued", action="analgesia given")


_scan_days = itertools.count(0)


def _next_scan_day() -> date:
    """HAI-002 was randomized 34 days ago (after its baseline): each scan on another day."""
    return TODAY - timedelta(days=next(_scan_days))


def _scan_of_s0005(ws: Workspace, day: date) -> tumour_response.AssessmentInput:
    return tumour_response.AssessmentInput(pid(ws, "S-0005"), day, "CT",
                                           {"T1": "25", "T2": "18"}, NonTarget.PRESENT, False)


def _change_password_and_back(ws: Workspace, _ctx: Any) -> None:
    own = PASSWORDS[ws.user.username]
    ws.change_own_password(own, "matrix-secret-42")
    ws.change_own_password("matrix-secret-42", own)


@dataclass(frozen=True)
class Call:
    """`prepare` sets the stage (by an allowed user); `call` is the service call under test."""

    call: Callable[[Workspace, Any], object]
    prepare: Callable[[Ward], Any] = lambda ward: None
    cleanup: Callable[[Ward], None] = lambda ward: None


def _file(ward: Ward, name: str) -> Path:
    ward.files.mkdir(parents=True, exist_ok=True)
    return ward.files / f"{next(_serial)}-{name}"


_server_databases: list[ServerAddress] = []


def _empty_server(ward: Ward) -> Settings:
    address = new_database(prefix="hai_matrix")
    _server_databases.append(address)
    return server_settings(ward.people.settings, address)


def _drop_servers(_ward: Ward) -> None:
    while _server_databases:
        drop_database(_server_databases.pop())


CALLS: dict[Action, Call] = {
    Action.VIEW_RECORDS: Call(lambda ws, _: list_patients(ws)),
    Action.VIEW_AUDIT_TRAIL: Call(lambda ws, _: audit_page(ws, limit=5)),
    Action.VERIFY_INTEGRITY: Call(lambda ws, _: verify_database(ws)),
    Action.MANAGE_USERS: Call(lambda ws, _: users.add_user(
        ws, username=f"temp{next(_serial)}", full_name="Temporary Nurse", role=Role.NURSE,
        temporary_password="temporary-pass-9")),
    Action.RESET_PASSWORDS: Call(
        lambda ws, name: users.reset_password(ws, name, "temporary-pass-8", "forgotten"),
        prepare=lambda ward: users.add_user(
            ward["admin"], username=f"reset{next(_serial)}", full_name="Reset Me",
            role=Role.NURSE, temporary_password="temporary-pass-9").username),
    Action.CHANGE_OWN_PASSWORD: Call(_change_password_and_back),
    Action.MANAGE_RECOVERY_CODE: Call(lambda ws, _: ws.replace_recovery_code("sheet lost")),
    Action.REGISTER_PATIENT: Call(lambda ws, _: screening.register_candidate(
        ws, screening.Registration(
            family_name="Matrix", given_name="Seo-jun",
            hospital_record_number=f"TR-9{next(_serial):06d}", sex="F",
            date_of_birth=date(1970, 2, 3), consent_date=TODAY))),
    Action.EDIT_SCREENING: Call(
        lambda ws, patient_id: screening.save_screening(
            ws, patient_id, {"ecog": Answer(choice="0", source="Clinic note")}, None),
        prepare=_new_candidate),
    Action.CONFIRM_ELIGIBILITY: Call(
        lambda ws, patient_id: screening.confirm_screening(ws, patient_id,
                                                           PASSWORDS[ws.user.username]),
        prepare=lambda ward: _new_candidate(ward, eligible=True)),
    Action.EDIT_SITE_RULES: Call(lambda ws, _: set_site_rule(
        ws, "reweigh_percent", f"{10 + next(_serial) % 2}", "local policy")),
    Action.EXPORT_DATA: Call(lambda ws, path: screening.export_screening_log_csv(ws, path),
                             prepare=lambda ward: _file(ward, "log.csv")),
    Action.PRINT_REPORTS: Call(lambda ws, _: screening.screening_log_pdf(ws)),
    Action.MANAGE_ALLOCATION_LIST: Call(
        lambda ws, number: randomization.envelope_set_pdf(ws, [number]),
        prepare=_last_unused_envelope),
    Action.RANDOMIZE: Call(
        lambda ws, offer: randomization.randomize(
            ws, offer[0], envelope_number=offer[1], arm_on_card=offer[2],
            password=PASSWORDS[ws.user.username]),
        prepare=_offer),
    Action.VOID_ENVELOPE: Call(
        lambda ws, number: randomization.void_envelope(ws, number, "torn when opened"),
        prepare=_last_unused_envelope),
    Action.EXPORT_ALLOCATION_LIST: Call(
        lambda ws, path: randomization.export_full_list(ws, path, "final analysis"),
        prepare=lambda ward: _file(ward, "list.csv")),
    Action.RESOLVE_INCIDENTS: Call(
        lambda ws, incident_id: randomization.resolve_incident(
            ws, incident_id, "card misread; envelope kept"),
        prepare=_incident),
    Action.EDIT_DOSE_LEVELS: Call(lambda ws, _: change_dose_levels(
        ws, "irinotecan", levels="180,150,120", rounding_increment_mg=5.0,
        max_deviation_percent=5.0, source="Irish NCCP FOLFIRI protocol 00227",
        reason="re-checked by the unit")),
    Action.SIGN_OFF_DOSE_LEVELS: Call(
        lambda ws, _: sign_off_table(ws, PASSWORDS[ws.user.username])),
    Action.PRESCRIBE: Call(lambda ws, order_input: orders.create_order(ws, order_input),
                           prepare=_order_input, cleanup=_void_open_orders),
    Action.VERIFY_ORDER: Call(
        lambda ws, order_id: orders.verify_order(ws, order_id, PASSWORDS[ws.user.username]),
        prepare=lambda ward: _order(ward, "signed"), cleanup=_void_open_orders),
    Action.PRINT_ORDER: Call(lambda ws, order_id: orders.order_sheet_pdf(ws, order_id),
                             prepare=lambda ward: _order(ward, "verified"),
                             cleanup=_void_open_orders),
    Action.ADMINISTER: Call(
        lambda ws, ctx: administration.record_administration(
            ws, ctx[0], ctx[1], password=PASSWORDS[ws.user.username]),
        prepare=_printed_and_checked, cleanup=_void_open_orders),
    Action.DOUBLE_CHECK: Call(
        lambda ws, order_id: check(ws, order_id, ws.user.username,
                                   password=PASSWORDS[ws.user.username]),
        prepare=lambda ward: _order(ward, "printed"), cleanup=_void_open_orders),
    Action.RECORD_ALLERGIES: Call(lambda ws, _: allergies.record_allergy(
        ws, allergies.AllergyInput(pid(ws, "S-0001"), f"latex {next(_serial)}",
                                   "latex or environment", "contact urticaria", "mild",
                                   "patient"))),
    Action.EDIT_SUPPORTIVE_CARE: Call(lambda ws, _: supportive_care.change_item(
        ws, "ondansetron", dose="8 mg", route="IV", timing="30 min before the first cytotoxic "
        "drug", active=True, source="ASCO antiemetics guideline 2020", reason="re-checked")),
    Action.SIGN_OFF_SUPPORTIVE_CARE: Call(
        lambda ws, _: supportive_care.sign_off_table(ws, PASSWORDS[ws.user.username])),
    Action.MANAGE_HAI_COMPETENCY: Call(lambda ws, _: competency.record_competency(
        ws, "nurse2", trained_on=TODAY, trainer="Dr Tae-hyun Kang")),
    Action.VOID_ORDER: Call(lambda ws, order_id: orders.void_order(ws, order_id, "in error"),
                            prepare=lambda ward: _order(ward, "draft"),
                            cleanup=_void_open_orders),
    Action.RECORD_TOXICITY: Call(lambda ws, _: labs.record_lab(ws, labs.LabInput(
        patient_id=pid(ws, "S-0006"), term="Alanine aminotransferase increased",
        value="45 U/L", taken_on=TODAY))),
    Action.VOID_TOXICITY: Call(
        lambda ws, result_id: labs.void_lab(ws, result_id, "another patient's sample"),
        prepare=lambda ward: labs.record_lab(ward["nurse"], labs.LabInput(
            patient_id=pid(ward["nurse"], "S-0006"), term="Alanine aminotransferase increased",
            value="47 U/L", taken_on=TODAY))),
    Action.RECORD_CATHETER_EVENT: Call(lambda ws, _: catheter.record_catheter_event(
        ws, catheter.CatheterEventInput(patient_id=pid(ws, "S-0006"), kind="complication",
                                        occurred_on=TODAY, complication="occlusion"))),
    Action.INSPECT_CATHETER: Call(lambda ws, _: catheter.record_inspection(
        ws, catheter.InspectionInput(
            patient_id=pid(ws, "S-0006"), answers=_fit_answers(), outcome="fit",
            explanation="IR review: positional discomfort, port patent"))),
    Action.RECORD_HAI_PAIN: Call(lambda ws, _: catheter.record_hai_pain(
        ws, pid(ws, "S-0006"), None, location="epigastric", infusion="stopped",
        action="infusion stopped, IR called")),
    # Pain reported today closes S-0006's HAI gate until a fit inspection after it.
    Action.OVERRIDE_HAI_GATE: Call(
        lambda ws, order_id: catheter.override_hai_gate(ws, order_id, "IR on the phone: "
                                                        "port patent, go ahead"),
        prepare=lambda ward: (_pain(ward), orders.orders_for_patient(
            ward["investigator"], pid(ward["investigator"], "S-0006"))[0].id)[1]),
    Action.BACKUP: Call(lambda ws, path: backup_database(ws, path),
                        prepare=lambda ward: _file(ward, "backup.db")),
    Action.MOVE_TO_SERVER: Call(
        lambda ws, target: server_move.move_to_server(ws, PASSWORDS[ws.user.username], target),
        prepare=_empty_server, cleanup=_drop_servers),
    Action.RECORD_OUTCOME: Call(lambda ws, patient_id: outcomes.record_outcome(
        ws, outcomes.OutcomeInput(patient_id, "not yet")), prepare=_randomized),
    # Scans of HAI-002 (randomized 34 days ago), each on a day of its own.
    Action.RECORD_TUMOUR_ASSESSMENT: Call(
        lambda ws, day: tumour_response.record_assessment(ws, _scan_of_s0005(ws, day)),
        prepare=lambda _ward: _next_scan_day()),
    Action.VOID_TUMOUR_ASSESSMENT: Call(
        lambda ws, scan_id: tumour_response.void_assessment(ws, scan_id, "wrong scan"),
        prepare=lambda ward: tumour_response.record_assessment(
            ward["radiologist"], _scan_of_s0005(ward["radiologist"], _next_scan_day()))),
    Action.RECORD_END_OF_TREATMENT: Call(
        lambda ws, patient_id: follow_up.record_end_of_treatment(ws, follow_up.EndInput(
            patient_id, TODAY, EndScope.ALL, EndReason.REFUSAL)),
        prepare=lambda ward: pid(ward["investigator"], "S-0004")),
    Action.VIEW_TRIAL_REPORT: Call(lambda ws, _: trial_report.trial_report(ws)),
    Action.RECORD_FOLLOW_UP: Call(lambda ws, _: follow_up.record_contact(
        ws, follow_up.ContactInput(pid(ws, "S-0005"), TODAY, ContactMethod.TELEPHONE,
                                   VitalStatus.ALIVE))),
    Action.EXPORT_TRIAL_DATA: Call(
        lambda ws, folder: export.export_trial_data(ws, folder, reason="interim analysis",
                                                    archive_password="matrix-archive-42"),
        prepare=lambda ward: _file(ward, "export")),
}


def test_the_permission_table_is_the_expected_one_row_by_row() -> None:
    missing = [a.name for a in Action if a not in EXPECTED]
    assert not missing, f"no expected row for {missing}: write down who may do it"
    assert not [a.name for a in Action if a not in CALLS], "each action needs a service call"
    for action in Action:
        assert PERMISSIONS.get(action) == EXPECTED[action], action.name


@pytest.mark.parametrize("role", list(Role), ids=lambda r: r.value)
@pytest.mark.parametrize("action", list(Action), ids=lambda a: a.name)
def test_each_service_call_is_allowed_or_refused_as_the_table_says(
        ward: Ward, action: Action, role: Role) -> None:
    case = CALLS[action]
    ws = ward[USER_OF_ROLE[role]]
    context = case.prepare(ward)
    path = ward.people.path
    key = database_key(path, "admin", PASSWORDS["admin"])
    try:
        if role in EXPECTED.get(action, frozenset()):
            case.call(ws, context)  # valid arguments: it goes through
            return
        before = (audit_head_seq(path, key), record_snapshot(path, key),
                  file_digest(key_slot_path(path)))
        refusal = re.escape(f"Your role ({role.label}) may not")
        with pytest.raises(PermissionDenied, match=refusal):
            case.call(ws, context)
        # Refused before anything was written: no audit row, no record, no key-file change.
        assert (audit_head_seq(path, key), record_snapshot(path, key),
                file_digest(key_slot_path(path))) == before
    finally:
        case.cleanup(ward)


@pytest.mark.parametrize("action", list(Action), ids=lambda a: a.name)
def test_a_locked_workstation_refuses_every_action_even_to_a_role_that_may(
        ward: Ward, action: Action) -> None:
    case = CALLS[action]
    role = min(EXPECTED[action], key=lambda r: r.value)
    ws = ward[USER_OF_ROLE[role]]
    context = case.prepare(ward)
    path = ward.people.path
    key = database_key(path, "admin", PASSWORDS["admin"])
    ws.lock("idle")
    try:
        before = audit_head_seq(path, key), record_snapshot(path, key)
        with pytest.raises(PermissionDenied, match="The workstation is locked"):
            case.call(ws, context)
        assert (audit_head_seq(path, key), record_snapshot(path, key)) == before
    finally:
        ws.unlock(PASSWORDS[ws.user.username])
        case.cleanup(ward)
