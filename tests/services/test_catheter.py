"""The HAI catheter log on a real encrypted file: catheter events by interventional radiology or
the investigator, the inspection before use by the nurse or interventional radiologist, pain
during HAI, every refusal with its field, voiding with a reason, counts and the CSV export."""

from __future__ import annotations

import csv
import io
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest

from hai_desktop.core.catheter import catheter_rules
from hai_desktop.core.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from hai_desktop.services import catheter as c
from hai_desktop.services.audit_trail import audit_page
from hai_desktop.services.site_rules import site_rule_specs
from hai_desktop.services.workspace import Workspace
from tests.services.conftest import pid

TODAY = date.today()
IMPLANTED_ON = TODAY - timedelta(days=10)

def clean_answers() -> dict[str, bool | str | None]:
    """Every checklist item answered, no finding."""
    return {"site_redness": False, "site_swelling": False, "site_haematoma": False,
            "site_tenderness": False, "site_erosion": False, "huber_needle": True,
            "needle_gauge": "20G", "needle_seated": True, "saline_painless": True,
            "saline_resistance": False, "saline_leak": False, "pain_previous_hai": False}


def implantation(patient_id: int, **changes: object) -> c.CatheterEventInput:
    base = c.CatheterEventInput(
        patient_id=patient_id, kind="implanted", occurred_on=IMPLANTED_ON,
        operator="Dr Tae-hyun Kang", access_route="femoral",
        port_location="right lower abdomen", tip_position="gastroduodenal artery",
        notes="MAA scan: liver only")
    return replace(base, **changes)  # type: ignore[arg-type]


def implant(people: dict[str, Workspace], number: str = "S-0004", **changes: object) -> int:
    ws = people["radiologist"]
    c.record_catheter_event(ws, implantation(pid(ws, number), **changes))
    return pid(ws, number)


def inspection(patient_id: int, **changes: object) -> c.InspectionInput:
    base = c.InspectionInput(patient_id=patient_id, answers=clean_answers(), outcome="fit")
    return replace(base, **changes)  # type: ignore[arg-type]


def event(patient_id: int, kind: str, on: date = TODAY, **changes: object
          ) -> c.CatheterEventInput:
    base = c.CatheterEventInput(patient_id=patient_id, kind=kind, occurred_on=on,
                                operator="Dr Tae-hyun Kang", reason="routine")
    return replace(base, **changes)  # type: ignore[arg-type]


def local(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute)).astimezone()


# ---- site rules ------------------------------------------------------------------------------

def test_the_two_site_rules_ship_with_the_catheter_files_defaults() -> None:
    specs, rules = site_rule_specs(), catheter_rules()
    window, interval = specs[c.WINDOW_RULE], specs[c.PERFUSION_RULE]
    assert (window.kind, int(window.default)) == ("integer", rules.inspection_window_days)
    assert (interval.kind, int(interval.default)) == ("integer",
                                                      rules.perfusion_check_interval_days)
    assert "Site rule" in window.source and "Site rule" in interval.source
    assert window.check("0") == "0" and (window.minimum, interval.minimum) == (0, 1)
    with pytest.raises(ValidationError, match="0–7"):
        window.check("-1")


# ---- catheter events -------------------------------------------------------------------------

def test_implantation_and_later_events_make_the_record(people: dict[str, Workspace]) -> None:
    patient_id = implant(people)
    ir, inv = people["radiologist"], people["investigator"]
    record = c.catheter_record(ir, patient_id)
    assert record.state.in_place and record.state.since == IMPLANTED_ON
    assert (record.access_route, record.port_location, record.tip_position, record.operator) == (
        "femoral", "right lower abdomen", "gastroduodenal artery", "Dr Tae-hyun Kang")
    assert record.events[0].recorded_by == "radiologist"
    assert record.perfusion_check_due  # no check recorded yet
    c.record_catheter_event(inv, event(patient_id, "repositioned", TODAY - timedelta(days=5),
                                       reason="tip migrated", tip_position="proper hepatic"))
    c.record_catheter_event(ir, event(patient_id, "complication", TODAY - timedelta(days=4),
                                      complication="occlusion", operator=""))
    c.record_catheter_event(inv, event(patient_id, "removed", TODAY - timedelta(days=3),
                                       reason="occlusion not cleared"))
    record = c.catheter_record(ir, patient_id)
    assert record.state.status == "removed" and record.tip_position == "proper hepatic"
    assert "removed on" in record.today.reason
    c.record_catheter_event(ir, event(patient_id, "reinserted", TODAY - timedelta(days=1),
                                      reason="new port", access_route="subclavian",
                                      port_location="left subclavicular",
                                      tip_position="gastroduodenal artery"))
    record = c.catheter_record(ir, patient_id)
    assert record.state.in_place and record.state.since == TODAY - timedelta(days=1)
    assert (record.access_route, record.port_location) == ("subclavian", "left subclavicular")
    assert [e.kind for e in record.events] == ["implanted", "repositioned", "complication",
                                               "removed", "reinserted"]
    assert [e.kind for e in c.events_for_patient(ir, patient_id)] == [
        e.kind for e in record.events]


@pytest.mark.parametrize("user", ["radiologist", "investigator"])
def test_ir_and_the_investigator_record_catheter_events(people: dict[str, Workspace],
                                                        user: str) -> None:
    ws = people[user]
    event_id = c.record_catheter_event(ws, implantation(pid(ws, "S-0004")))
    assert c.events_for_patient(ws, pid(ws, "S-0004"))[0].id == event_id


@pytest.mark.parametrize("user", ["nurse", "pharmacist", "coordinator", "admin"])
def test_other_roles_may_not_record_catheter_events(people: dict[str, Workspace],
                                                    user: str) -> None:
    ws = people[user]
    with pytest.raises(PermissionDenied, match="may not record catheter implantation"):
        c.record_catheter_event(ws, implantation(pid(ws, "S-0004")))


@pytest.mark.parametrize("changes, field, message", [
    ({"kind": "transplanted"}, "kind", "Choose the event"),
    ({"occurred_on": None}, "occurred_on", "Enter the date"),
    ({"occurred_on": TODAY + timedelta(days=1)}, "occurred_on", "in the future"),
    ({"access_route": None}, "access_route", "Choose the access route"),
    ({"access_route": "jugular"}, "access_route", "Choose the access route"),
    ({"operator": " "}, "operator", "Name the operator"),
    ({"port_location": ""}, "port_location", "port location"),
    ({"tip_position": ""}, "tip_position", "tip position"),
    ({"complication": "infection"}, "complication", "only with the event 'complication'"),
    ({"kind": "removed", "access_route": None}, "kind", "No catheter is in place"),
    ({"kind": "reinserted"}, "kind", "Only a removed catheter can be reinserted"),
])
def test_bad_catheter_events_are_refused_with_their_field(
        people: dict[str, Workspace], changes: dict[str, object], field: str,
        message: str) -> None:
    ws = people["radiologist"]
    with pytest.raises(ValidationError, match=message) as info:
        c.record_catheter_event(ws, implantation(pid(ws, "S-0004"), **changes))
    assert info.value.field == field


@pytest.mark.parametrize("kind, changes, field, message", [
    ("implanted", {"access_route": "femoral"}, "kind", "already recorded"),
    ("removed", {"reason": ""}, "reason", "reason for the removal of the catheter"),
    ("revised", {"reason": " "}, "reason", "reason for the revision of the catheter"),
    ("complication", {}, "complication", "Choose the complication"),
    ("complication", {"complication": "leak", "access_route": "femoral"}, "access_route",
     "recorded at implantation or reinsertion"),
    ("removed", {"occurred_on": IMPLANTED_ON - timedelta(days=1)}, "occurred_on",
     "before the catheter's last event"),
])
def test_bad_later_events_are_refused_with_their_field(
        people: dict[str, Workspace], kind: str, changes: dict[str, object], field: str,
        message: str) -> None:
    patient_id = implant(people)
    with pytest.raises(ValidationError, match=message) as info:
        c.record_catheter_event(people["radiologist"], event(patient_id, kind, **changes))
    assert info.value.field == field


def test_no_catheter_events_outside_the_experimental_arm(people: dict[str, Workspace]) -> None:
    ws = people["radiologist"]
    with pytest.raises(ValidationError, match="control arm") as info:
        c.record_catheter_event(ws, implantation(pid(ws, "S-0005")))
    assert info.value.field == "arm"
    with pytest.raises(ConflictError, match="not randomized"):
        c.record_catheter_event(ws, implantation(pid(ws, "S-0003")))
    with pytest.raises(NotFound):
        c.record_catheter_event(ws, implantation(99_999))


def test_an_event_is_voided_with_a_reason_and_the_record_must_hold_together(
        people: dict[str, Workspace]) -> None:
    patient_id = implant(people)
    ir = people["radiologist"]
    implanted = c.events_for_patient(ir, patient_id)[0].id
    removed = c.record_catheter_event(ir, event(patient_id, "removed", reason="infection"))
    with pytest.raises(ValidationError, match="reason") as info:
        c.void_catheter_event(ir, removed, "  ")
    assert info.value.field == "reason"
    with pytest.raises(PermissionDenied):
        c.void_catheter_event(people["nurse"], removed, "wrong patient")
    with pytest.raises(ConflictError, match=r"no longer holds together.*removed"):
        c.void_catheter_event(ir, implanted, "entered twice")
    c.void_catheter_event(ir, removed, "recorded for the wrong patient")
    assert c.catheter_record(ir, patient_id).state.in_place
    (voided,) = [e for e in c.events_for_patient(ir, patient_id, include_voided=True)
                 if e.voided]
    assert (voided.id, voided.void_reason) == (removed, "recorded for the wrong patient")
    with pytest.raises(ConflictError, match="already voided"):
        c.void_catheter_event(ir, removed, "again")
    rows = [r for r in audit_page(people["investigator"], limit=20)
            if r.entity == "catheter_events" and r.entity_id == str(removed)]
    assert [r.action for r in rows] == ["void", "create"]  # newest first
    assert rows[0].reason == "recorded for the wrong patient"
    assert '"voided":true' in (rows[0].new_values or "")


# ---- the inspection --------------------------------------------------------------------------

@pytest.mark.parametrize("user", ["nurse", "radiologist"])
def test_the_nurse_and_ir_inspect(people: dict[str, Workspace], user: str) -> None:
    patient_id = implant(people)
    ws = people[user]
    inspection_id = c.record_inspection(ws, inspection(
        patient_id, last_check_on=IMPLANTED_ON, last_check_result="MAA: liver only"))
    (saved,) = c.inspections_for_patient(ws, patient_id)
    assert saved.id == inspection_id
    assert (saved.inspected_on, saved.outcome, saved.inspected_by, saved.needle_gauge) == (
        TODAY, "fit", user, "20G")
    assert saved.inspector_role == ws.user.role.value
    assert c.answers_of(saved)["huber_needle"] is True and c.findings_of(saved) == []
    assert not saved.check_due  # checked 10 days ago, interval 56 days [site rule]
    record = c.catheter_record(ws, patient_id)
    assert record.today.allowed and not record.perfusion_check_due
    assert record.last_check_result == "MAA: liver only"


@pytest.mark.parametrize("user", ["pharmacist", "coordinator", "investigator", "admin"])
def test_other_roles_may_not_inspect(people: dict[str, Workspace], user: str) -> None:
    patient_id = implant(people)
    with pytest.raises(PermissionDenied, match="may not inspect the HAI catheter"):
        c.record_inspection(people[user], inspection(patient_id))


def with_answer(item: str, value: bool | str | None) -> dict[str, bool | str | None]:
    return clean_answers() | {item: value}


@pytest.mark.parametrize("changes, field, message", [
    ({"inspected_on": TODAY + timedelta(days=1)}, "inspected_on", "in the future"),
    ({"inspected_on": IMPLANTED_ON - timedelta(days=1),
      "inspected_at": local(IMPLANTED_ON - timedelta(days=1), 9)}, "inspected_on",
     "cannot be of this catheter"),
    ({"answers": with_answer("saline_leak", None)}, "saline_leak",
     "not yet answered: Leak or subcutaneous swelling"),
    ({"answers": {}}, "site_redness", "Answer every checklist item"),
    ({"answers": with_answer("needle_gauge", "")}, "needle_gauge", "not yet answered"),
    ({"answers": with_answer("needle_gauge", "14G")}, "needle_gauge", "must be one of"),
    ({"answers": with_answer("site_redness", "yes")}, "site_redness", "Answer yes or no"),
    ({"answers": with_answer("site_redness", True)}, "explanation",
     "'fit' with findings \\(Redness over the port pocket"),
    ({"answers": with_answer("huber_needle", False)}, "explanation", "needs an explanation"),
    ({"outcome": "not fit"}, "outcome_reason", "reason for 'not fit'"),
    ({"outcome": "ok"}, "outcome", "Choose the outcome"),
    ({"action": "prayed"}, "action", "Choose the action taken"),
    ({"action": "removed"}, "action", "cannot be fit for HAI"),
    ({"inspected_on": TODAY - timedelta(days=1)}, "inspected_at", "Enter the time"),
    ({"inspected_on": TODAY - timedelta(days=1), "inspected_at": local(TODAY, 8)},
     "inspected_at", "not on the inspection date"),
    ({"last_check_on": IMPLANTED_ON}, "last_check_result", "result of the last"),
    ({"last_check_result": "MAA fine"}, "last_check_on", "date of the last"),
    ({"last_check_on": TODAY + timedelta(days=2), "last_check_result": "MAA fine"},
     "last_check_on", "is after"),
])
def test_bad_inspections_are_refused_with_their_field(
        people: dict[str, Workspace], changes: dict[str, object], field: str,
        message: str) -> None:
    patient_id = implant(people)
    with pytest.raises(ValidationError, match=message) as info:
        c.record_inspection(people["nurse"], inspection(patient_id, **changes))
    assert info.value.field == field
    assert c.inspections_for_patient(people["nurse"], patient_id) == []


def test_a_finding_with_an_explanation_or_an_outcome_that_withholds(
        people: dict[str, Workspace]) -> None:
    patient_id = implant(people)
    nurse = people["nurse"]
    answers = with_answer("site_redness", True)
    c.record_inspection(nurse, inspection(patient_id, answers=answers,
                                          explanation="faint redness, unchanged since last "
                                                      "week, reviewed by IR"))
    first = c.inspections_for_patient(nurse, patient_id)[0]
    assert c.findings_of(first) == ["Redness over the port pocket or access site"]
    assert c.catheter_record(nurse, patient_id).today.allowed
    c.record_inspection(nurse, inspection(patient_id, answers=answers, outcome="not fit",
                                          outcome_reason="pocket infected", action="IR referral"))
    record = c.catheter_record(nurse, patient_id)
    assert not record.today.allowed and "'not fit'" in record.today.reason


@pytest.mark.parametrize("number, exc, field, message", [
    ("S-0005", ValidationError, "arm", "control arm: there is no HAI catheter"),
    ("S-0004", ValidationError, "catheter", "No catheter is recorded"),
    ("S-0003", ConflictError, None, "not randomized"),
])
def test_no_inspection_without_a_catheter(people: dict[str, Workspace], number: str,
                                          exc: type[Exception], field: str | None,
                                          message: str) -> None:
    nurse = people["nurse"]
    with pytest.raises(exc, match=message) as info:
        c.record_inspection(nurse, inspection(pid(nurse, number)))
    assert getattr(info.value, "field", None) == field


def test_no_inspection_of_a_removed_catheter(people: dict[str, Workspace]) -> None:
    patient_id = implant(people)
    c.record_catheter_event(people["investigator"], event(patient_id, "removed",
                                                          reason="dislocation"))
    with pytest.raises(ValidationError, match=r"removed on .*record its reinsertion") as info:
        c.record_inspection(people["nurse"], inspection(patient_id))
    assert info.value.field == "catheter"


def test_an_inspection_is_voided_with_a_reason(people: dict[str, Workspace]) -> None:
    patient_id = implant(people)
    nurse = people["nurse"]
    inspection_id = c.record_inspection(nurse, inspection(patient_id))
    with pytest.raises(ValidationError, match="reason"):
        c.void_inspection(nurse, inspection_id, "")
    with pytest.raises(PermissionDenied):
        c.void_inspection(people["coordinator"], inspection_id, "wrong patient")
    c.void_inspection(nurse, inspection_id, "entered for the wrong patient")
    assert c.inspections_for_patient(nurse, patient_id) == []
    assert not c.catheter_record(nurse, patient_id).today.allowed
    (voided,) = c.inspections_for_patient(nurse, patient_id, include_voided=True)
    assert voided.void_reason == "entered for the wrong patient"


def test_the_perfusion_check_is_due_after_the_sites_interval(
        people: dict[str, Workspace]) -> None:
    patient_id = implant(people, occurred_on=TODAY - timedelta(days=70))
    nurse = people["nurse"]
    c.record_inspection(nurse, inspection(patient_id, last_check_on=TODAY - timedelta(days=60),
                                          last_check_result="MAA: liver only"))
    assert c.inspections_for_patient(nurse, patient_id)[0].check_due
    assert c.catheter_record(nurse, patient_id).perfusion_check_due
    from hai_desktop.services.site_rules import set_site_rule

    set_site_rule(people["investigator"], c.PERFUSION_RULE, "90", "local IR policy")
    record = c.catheter_record(nurse, patient_id)
    assert record.perfusion_interval_days == 90 and not record.perfusion_check_due


# ---- pain during HAI -------------------------------------------------------------------------

def test_pain_during_hai_makes_the_next_inspection_mandatory_and_asks_for_ir_review(
        people: dict[str, Workspace]) -> None:
    patient_id = implant(people)
    nurse = people["nurse"]
    c.record_inspection(nurse, inspection(patient_id))
    assert c.catheter_record(nurse, patient_id).needs_ir_review == []
    c.record_hai_pain(nurse, patient_id, None, location="epigastric",
                      infusion=c.INFUSION_STOPPED, action="infusion stopped, IR called")
    record = c.catheter_record(nurse, patient_id)
    assert record.inspection_mandatory and not record.today.allowed
    assert "pain during HAI reported" in record.needs_ir_review[0]
    assert "epigastric, infusion stopped" in record.needs_ir_review[0]
    # The next inspection must answer the pain; a fit needs the IR review's explanation.
    with pytest.raises(ValidationError, match="answer yes to 'Epigastric") as info:
        c.record_inspection(nurse, inspection(patient_id))
    assert info.value.field == "pain_previous_hai"
    pain = with_answer("pain_previous_hai", True)
    with pytest.raises(ValidationError, match="choose 'needs IR review'") as info:
        c.record_inspection(nurse, inspection(patient_id, answers=pain))
    assert info.value.field == "outcome"
    c.record_inspection(nurse, inspection(patient_id, answers=pain, outcome="needs IR review",
                                          action="IR referral"))
    record = c.catheter_record(nurse, patient_id)
    assert record.inspection_mandatory and len(record.needs_ir_review) == 2
    assert "asked for it" in record.needs_ir_review[1]
    c.record_inspection(people["radiologist"], inspection(
        patient_id, answers=pain, explanation="angiography: catheter patent, no leak; pain "
                                              "from the infusion rate"))
    record = c.catheter_record(nurse, patient_id)
    assert not record.inspection_mandatory and record.needs_ir_review == []
    assert record.today.allowed


@pytest.mark.parametrize("changes, field, message", [
    ({"location": "knee"}, "location", "Choose where the pain is"),
    ({"infusion": "paused"}, "infusion", "stopped or continued"),
    ({"action": " "}, "action", "Say what was done"),
    ({"reported_at": datetime.now(UTC) + timedelta(hours=2)}, "reported_at", "future"),
])
def test_bad_pain_reports_are_refused_with_their_field(
        people: dict[str, Workspace], changes: dict[str, object], field: str,
        message: str) -> None:
    patient_id = implant(people)
    arguments: dict[str, object] = {"location": "abdominal", "infusion": "continued",
                                    "action": "rate halved"} | changes
    with pytest.raises(ValidationError, match=message) as info:
        c.record_hai_pain(people["nurse"], patient_id, None, **arguments)  # type: ignore[arg-type]
    assert info.value.field == field


def test_pain_is_reported_only_for_an_hai_infusion(people: dict[str, Workspace]) -> None:
    nurse = people["nurse"]
    pain = {"location": "abdominal", "infusion": "continued", "action": "rate halved"}
    with pytest.raises(ValidationError, match="control arm") as info:
        c.record_hai_pain(nurse, pid(nurse, "S-0005"), None, **pain)
    assert info.value.field == "arm"
    with pytest.raises(ValidationError, match="No catheter is in place") as info:
        c.record_hai_pain(nurse, pid(nurse, "S-0004"), None, **pain)
    assert info.value.field == "catheter"
    patient_id = implant(people)
    with pytest.raises(NotFound, match="no order #99999"):
        c.record_hai_pain(nurse, patient_id, 99_999, **pain)
    with pytest.raises(PermissionDenied):
        c.record_hai_pain(people["pharmacist"], patient_id, None, **pain)


# ---- the log ---------------------------------------------------------------------------------

def test_counts_across_the_trial(people: dict[str, Workspace]) -> None:
    inv = people["investigator"]
    before = c.catheter_log_counts(inv)
    assert list(before.complications) == [t.id for t in catheter_rules().complications]
    assert list(before.inspections_by_outcome) == ["fit", "not fit", "needs IR review"]
    patient_id = implant(people)
    for complication in ("occlusion", "infection", "occlusion"):
        c.record_catheter_event(inv, event(patient_id, "complication",
                                           complication=complication))
    nurse = people["nurse"]
    c.record_inspection(nurse, inspection(patient_id))
    c.record_inspection(nurse, inspection(patient_id, outcome="not fit",
                                          outcome_reason="resistance"))
    c.record_hai_pain(nurse, patient_id, None, location="abdominal", infusion="stopped",
                      action="stopped")
    after = c.catheter_log_counts(people["coordinator"])
    assert after.complications["occlusion"] - before.complications["occlusion"] == 2
    assert after.complications["infection"] - before.complications["infection"] == 1
    assert after.complications["leak"] == before.complications["leak"]
    assert after.inspections_by_outcome["fit"] - before.inspections_by_outcome["fit"] == 1
    assert after.inspections_by_outcome["not fit"] - before.inspections_by_outcome[
        "not fit"] == 1
    assert after.events_by_kind["complication"] - before.events_by_kind["complication"] == 3
    assert after.patients_with_catheter - before.patients_with_catheter == 1
    assert after.catheters_in_place - before.catheters_in_place == 1
    assert after.pain_reports - before.pain_reports == 1


def test_the_patients_log_exported_as_csv(people: dict[str, Workspace],
                                          tmp_path: Path) -> None:
    patient_id = implant(people)
    ir, nurse = people["radiologist"], people["nurse"]
    c.record_inspection(nurse, inspection(patient_id, answers=with_answer("site_redness", True),
                                          explanation="faint, reviewed"))
    c.record_catheter_event(ir, event(patient_id, "complication", complication="leak",
                                      operator="", notes="leak at the port, line 1\nline 2"))
    wrong = c.record_catheter_event(ir, event(patient_id, "revised", reason="typo"))
    c.void_catheter_event(ir, wrong, "entered in error")
    folder = tmp_path / "export"
    folder.mkdir()
    target = folder / "catheter-HAI-001.csv"
    with pytest.raises(PermissionDenied):
        c.export_catheter_log_csv(nurse, patient_id, target)
    assert not target.exists()
    assert c.export_catheter_log_csv(people["coordinator"], patient_id, target) == 4
    assert [p.name for p in folder.iterdir()] == [target.name]  # no temporary file left
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8"))))
    assert tuple(rows[0]) == c.CSV_COLUMNS
    assert [(r["record"], r["what"]) for r in rows] == [
        ("event", "implanted"), ("event", "complication"), ("event", "revised"),
        ("inspection", "fit")]
    assert {r["study_id"] for r in rows} == {"HAI-001"}
    assert "Baek" not in target.read_text(encoding="utf-8")  # pseudonymised
    assert rows[1]["complication"] == "leak" and "line 1\nline 2" in rows[1]["details"]
    assert (rows[2]["voided"], rows[2]["void_reason"]) == ("yes", "entered in error")
    assert "findings: Redness over the port pocket" in rows[3]["details"]
    assert rows[3]["recorded_by"] == "nurse (nurse)"
    exports = [r for r in audit_page(people["investigator"], limit=5) if r.action == "export"]
    assert exports and exports[0].entity == "catheter_log"
    assert '"rows":4' in (exports[0].new_values or "")
    with pytest.raises(ValidationError, match="could not be written") as info:
        c.export_catheter_log_csv(people["coordinator"], patient_id,
                                  tmp_path / "missing" / "log.csv")
    assert info.value.field == "path"
