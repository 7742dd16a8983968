"""End of treatment, follow-up contacts and each patient's derived course through the services,
on the encrypted file and the server: OS and PFS by their written censoring rules (progression
by RECIST or reported at follow-up, whichever is first; death; a patient lost), the schedule
stopping at death, refusals with their field, corrections and voids with a reason."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, timedelta

import pytest

from hai_desktop.core.endpoints import DAYS_PER_MONTH
from hai_desktop.core.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from hai_desktop.core.follow_up import (
    ContactMethod,
    DeathCause,
    EndReason,
    EndScope,
    ProgressionBasis,
    VitalStatus,
)
from hai_desktop.core.recist import NonTarget, Response
from hai_desktop.core.schedule import VisitKind, VisitStatus
from hai_desktop.services import catheter, follow_up, orders, tumour_response
from hai_desktop.services.demo_orders import demo_randomization_day
from hai_desktop.services.follow_up import ContactInput, EndInput
from hai_desktop.services.patients import get_patient, list_patients
from hai_desktop.services.tumour_response import AssessmentInput, BaselineInput
from tests.services.conftest import People, pid
from tests.services.test_tumour_response import LIVER_AND_NODE, randomized_days_ago

TODAY = date.today()


def _alive(patient_id: int, day: date, **more: object) -> ContactInput:
    return ContactInput(patient_id, day, ContactMethod.TELEPHONE, VitalStatus.ALIVE,
                        **more)  # type: ignore[arg-type]


def test_death_ends_os_and_the_schedule_and_pfs_takes_the_first_progression(
        people: People) -> None:
    patient_id = randomized_days_ago(people, 400)
    randomized_on = TODAY - timedelta(days=400)
    coordinator, investigator = people["coordinator"], people["investigator"]
    tumour_response.record_baseline(investigator, BaselineInput(
        patient_id, randomized_on - timedelta(days=3), "CT", LIVER_AND_NODE))
    tumour_response.record_assessment(investigator, AssessmentInput(
        patient_id, randomized_on + timedelta(days=56), "CT",
        {"T1": "30", "T2": "20", "T3": "10"}, NonTarget.PRESENT, False))
    tumour_response.record_assessment(investigator, AssessmentInput(
        patient_id, randomized_on + timedelta(days=200), "MRI",
        {"T1": "45", "T2": "30", "T3": "12"}, NonTarget.PRESENT, False))  # 60 → 87: PD
    follow_up.record_end_of_treatment(investigator, EndInput(
        patient_id, randomized_on + timedelta(days=190), EndScope.ALL, EndReason.PROGRESSION))
    # A progression reported from another hospital before this unit's scan: PFS takes it.
    follow_up.record_contact(coordinator, _alive(
        patient_id, randomized_on + timedelta(days=185), progression_on=randomized_on
        + timedelta(days=180), progression_basis=ProgressionBasis.IMAGING_OTHER))
    seq = people.audit_head_seq()
    follow_up.record_contact(coordinator, ContactInput(
        patient_id, randomized_on + timedelta(days=330), ContactMethod.RECORDS, VitalStatus.DEAD,
        death_on=randomized_on + timedelta(days=321), death_cause=DeathCause.DISEASE,
        note="TRAINING: died at home"))
    ((action, entity, _id, new),) = people.audit_rows_after(seq)
    assert (action, entity) == ("create", "follow_up_contacts")
    assert json.loads(new)["death_on"] == (randomized_on + timedelta(days=321)).isoformat()

    course = follow_up.course_of(people["monitor"], patient_id)
    assert course.vital_status == VitalStatus.DEAD
    assert (course.os.event, course.os.on) == (True, randomized_on + timedelta(days=321))
    assert course.os.months == pytest.approx(321 / DAYS_PER_MONTH)
    assert (course.pfs.event, course.pfs.on) == (True, randomized_on + timedelta(days=180))
    assert course.response.first_progression_on == randomized_on + timedelta(days=200)
    assert course.treatment_ended is not None and course.treatment_ended.reason == "progression"
    # Nothing is expected after the death; the assessments stopped at the end of treatment.
    assert all(v.visit.opens <= randomized_on + timedelta(days=321) for v in course.visits)
    assessments = [v for v in course.visits if v.visit.kind is VisitKind.ASSESSMENT]
    assert all(v.visit.expected <= randomized_on + timedelta(days=190) for v in assessments)
    # The day-200 scan is 32 days after week 24's date, more than half an interval: not week
    # 24 done late but a scan after treatment ended; week 24 was missed.
    assert [(v.visit.number, v.status) for v in assessments] == [
        (1, VisitStatus.DONE), (2, VisitStatus.OVERDUE), (3, VisitStatus.OVERDUE)]
    with pytest.raises(ConflictError, match="recorded as dead"):
        follow_up.record_contact(coordinator, _alive(patient_id, TODAY))
    # A contact dated before the death may still be entered late.
    follow_up.record_contact(coordinator, _alive(patient_id, randomized_on + timedelta(days=90)))


def test_a_patient_lost_is_censored_at_the_last_date_known_alive(people: People) -> None:
    patient_id = randomized_days_ago(people, 500)
    randomized_on = TODAY - timedelta(days=500)
    coordinator = people["coordinator"]
    follow_up.record_contact(coordinator, _alive(patient_id, randomized_on + timedelta(days=180)))
    follow_up.record_contact(coordinator, ContactInput(
        patient_id, randomized_on + timedelta(days=380), ContactMethod.TELEPHONE,
        VitalStatus.LOST, last_alive_on=randomized_on + timedelta(days=250),
        note="TRAINING: moved abroad, no answer"))
    course = follow_up.course_of(coordinator, patient_id)
    assert course.vital_status == VitalStatus.LOST
    assert (course.os.event, course.os.on) == (False, randomized_on + timedelta(days=250))
    assert (course.pfs.event, course.pfs.on) == (False, randomized_on)  # never assessed
    assert all(v.visit.opens <= randomized_on + timedelta(days=380) for v in course.visits)
    # The call that found the patient lost was the 12-month follow-up; nothing after it.
    follow_ups = [v for v in course.visits if v.visit.kind is VisitKind.FOLLOW_UP]
    assert [(v.visit.number, v.status) for v in follow_ups] == [(1, VisitStatus.DONE),
                                                                (2, VisitStatus.DONE)]


@pytest.mark.parametrize("given, field, message", [
    ({"status": VitalStatus.DEAD}, "death_on", "date of death"),
    ({"status": VitalStatus.DEAD, "death_on": -1}, "death_cause", "cause of death"),
    ({"status": VitalStatus.DEAD, "death_on": 5, "death_cause": DeathCause.OTHER},
     "death_on", "after the contact date"),
    ({"death_on": -3}, "death_on", "only when the patient died"),
    ({"status": VitalStatus.LOST}, "last_alive_on", "last date the patient was known"),
    ({"status": VitalStatus.LOST, "last_alive_on": 3}, "last_alive_on", "is not lost"),
    ({"status": "sleeping"}, "status", "alive, dead or lost"),
    ({"method": "carrier pigeon"}, "method", "how the patient was contacted"),
    ({"progression_on": -2}, "progression_basis", "how the progression"),
    ({"progression_basis": ProgressionBasis.CLINICAL}, "progression_on", "date of progression"),
    ({"contacted_on": 1}, "contacted_on", "in the future"),
    ({"contacted_on": -40}, "contacted_on", "before randomization"),
])
def test_a_wrong_contact_is_refused_with_its_field_and_nothing_is_written(
        people: People, given: dict[str, object], field: str, message: str) -> None:
    patient_id = randomized_days_ago(people, 30)
    coordinator = people["coordinator"]
    values: dict[str, object] = {"contacted_on": TODAY, "method": ContactMethod.TELEPHONE,
                                 "status": VitalStatus.ALIVE}
    for name, value in given.items():  # day offsets from today
        values[name] = TODAY + timedelta(days=value) if isinstance(value, int) else value
    before = people.audit_head_seq(), people.records()
    with pytest.raises(ValidationError, match=message) as info:
        follow_up.record_contact(coordinator, ContactInput(patient_id, **values))  # type: ignore[arg-type]
    assert info.value.field == field
    assert (people.audit_head_seq(), people.records()) == before


def test_end_of_treatment_is_the_investigators_and_is_corrected_with_a_reason(
        people: People) -> None:
    investigator = people["investigator"]
    control = pid(investigator, "S-0005")  # the demo's control-arm patients: S-0005, S-0007
    hai = pid(investigator, "S-0004")
    with pytest.raises(ValidationError, match="control arm") as info:
        follow_up.record_end_of_treatment(investigator, EndInput(
            control, TODAY, EndScope.HAI_ONLY, EndReason.TOXICITY))
    assert info.value.field == "scope"
    with pytest.raises(ValidationError, match="other reason") as info:
        follow_up.record_end_of_treatment(investigator, EndInput(
            hai, TODAY, EndScope.ALL, EndReason.OTHER, "  "))
    assert info.value.field == "detail"
    for username in ("coordinator", "nurse", "monitor", "admin"):
        with pytest.raises(PermissionDenied, match="may not record the end of treatment"):
            follow_up.record_end_of_treatment(people[username], EndInput(
                hai, TODAY, EndScope.HAI_ONLY, EndReason.TOXICITY))
    follow_up.record_end_of_treatment(investigator, EndInput(
        hai, TODAY, EndScope.HAI_ONLY, EndReason.TOXICITY, "grade 3 abdominal pain with HAI"))
    course = follow_up.course_of(investigator, hai)
    assert course.treatment_ended is None  # 5-FU and leucovorin go on
    assert [(e.scope, e.reason) for e in course.ends] == [("HAI only — 5-FU and leucovorin "
                                                           "continue", "toxicity")]
    with pytest.raises(ConflictError, match="already recorded"):
        follow_up.record_end_of_treatment(investigator, EndInput(
            hai, TODAY, EndScope.HAI_ONLY, EndReason.REFUSAL))
    with pytest.raises(NotFound, match="record it first"):
        follow_up.correct_end_of_treatment(investigator, EndInput(
            hai, TODAY, EndScope.ALL, EndReason.REFUSAL), "typo")
    seq = people.audit_head_seq()
    follow_up.correct_end_of_treatment(investigator, EndInput(
        hai, TODAY, EndScope.HAI_ONLY, EndReason.REFUSAL, "declined further HAI"),
        "the patient's own decision, not the pain")
    ((action, entity, _id, new),) = people.audit_rows_after(seq)
    assert (action, entity) == ("update", "treatment_ends")
    assert json.loads(new)["reason"] == "patient refused further treatment"
    with pytest.raises(ValidationError, match="Nothing was changed"):
        follow_up.correct_end_of_treatment(investigator, EndInput(
            hai, TODAY, EndScope.HAI_ONLY, EndReason.REFUSAL, "declined further HAI"), "again")


def test_a_contact_recorded_in_error_is_voided_with_a_reason(people: People) -> None:
    patient_id = randomized_days_ago(people, 60)
    coordinator = people["coordinator"]
    wrong = follow_up.record_contact(coordinator, ContactInput(
        patient_id, TODAY, ContactMethod.TELEPHONE, VitalStatus.DEAD,
        death_on=TODAY - timedelta(days=2), death_cause=DeathCause.UNKNOWN))
    assert follow_up.course_of(coordinator, patient_id).os.event
    # Every screen's patient says so, in the list and alone.
    summary = get_patient(people["nurse"], patient_id)
    assert summary is not None and summary.died_on == TODAY - timedelta(days=2)
    assert [p.died_on for p in list_patients(coordinator) if p.id == patient_id] == [
        TODAY - timedelta(days=2)]
    for username in ("nurse", "radiologist", "monitor"):
        with pytest.raises(PermissionDenied, match="may not record follow-up contacts"):
            follow_up.void_contact(people[username], wrong, "wrong patient")
    follow_up.void_contact(coordinator, wrong, "another patient of the same name")
    course = follow_up.course_of(coordinator, patient_id)
    assert not course.os.event and course.vital_status == VitalStatus.ALIVE
    assert [c.void_reason for c in follow_up.voided_contacts(coordinator, patient_id)] == [
        "another patient of the same name"]
    summary = get_patient(coordinator, patient_id)
    assert summary is not None and summary.died_on is None


def test_a_scan_that_arrives_after_a_death_is_entered_dated_before_it(people: People) -> None:
    """HAI-007 died on day 301: an outside CT of day 280 is entered; one dated after the death
    is refused at its date."""
    radiologist = people["radiologist"]
    s0010 = pid(radiologist, "S-0010")
    start = demo_randomization_day("S-0010", TODAY)
    scan = AssessmentInput(s0010, start + timedelta(days=280), "CT", {"T1": "61", "T2": "40"},
                           NonTarget.PROGRESSED, False, note="outside CT, report arrived late")
    tumour_response.record_assessment(radiologist, scan)
    with pytest.raises(ValidationError, match="after HAI-007's death on") as refused:
        tumour_response.record_assessment(radiologist, replace(
            scan, assessed_on=start + timedelta(days=302)))
    assert refused.value.field == "assessed_on"
    assert len(tumour_response.response_of(radiologist, s0010).assessments) == 2


def test_the_catheter_header_after_hai_ended(people: People) -> None:
    """The demo: HAI-003 is treated (an inspection is due before its HAI today); HAI-006's port
    was left in place when she stopped treatment; HAI-005's was removed. The only death is
    HAI-007's."""
    nurse, investigator = people["nurse"], people["investigator"]
    assert catheter.header_status(nurse, pid(nurse, "S-0006")) == "inspect before HAI"
    ended = demo_randomization_day("S-0009", TODAY) + timedelta(days=60)
    assert catheter.header_status(nurse, pid(nurse, "S-0009")) == \
        f"in place, HAI ended {ended:%d %b %Y}"
    # Her last perfusion check is more than a year old: no alarm once HAI is over.
    assert not catheter.catheter_record(nurse, pid(nurse, "S-0009")).perfusion_check_due
    assert catheter.header_status(nurse, pid(nurse, "S-0008")).startswith("removed")
    # HAI alone stopped (5-FU and leucovorin go on): while today's order with its HAI line is
    # open the inspection is still asked for; once it is given, none is due.
    s0006 = pid(nurse, "S-0006")
    follow_up.record_end_of_treatment(investigator, EndInput(
        s0006, TODAY, EndScope.HAI_ONLY, EndReason.TOXICITY, "liver tests"))
    assert catheter.catheter_record(nurse, s0006).hai_ended_on is None
    assert catheter.header_status(nurse, s0006) == "inspect before HAI"
    (today_order,) = [o for o in orders.orders_for_patient(investigator, s0006)
                      if o.status == orders.VERIFIED]
    orders.void_order(investigator, today_order.id, "HAI stopped: a new order without it")
    record = catheter.catheter_record(nurse, s0006)
    assert record.hai_ended_on == TODAY and not record.perfusion_check_due
    assert catheter.header_status(nurse, s0006) == f"in place, HAI ended {TODAY:%d %b %Y}"
    died = {p.display_id: p.died_on for p in list_patients(nurse) if p.died_on}
    assert died == {"HAI-007": demo_randomization_day("S-0010", TODAY) + timedelta(days=301)}


def _scan(people: People, patient_id: int, day: date, t1: str, t2: str, t3: str) -> None:
    tumour_response.record_assessment(people["investigator"], AssessmentInput(
        patient_id, day, "CT", {"T1": t1, "T2": t2, "T3": t3}, NonTarget.PRESENT, False))


def test_a_cut_off_sees_only_what_was_known_on_that_day(people: People) -> None:
    """Scans on days 56 (PR), 112 (SD) and 200 (PD), a death on day 300: at a cut-off on day
    150, PFS is censored at day 112 (not at randomization), nothing has progressed, OS is
    censored at the cut-off, and the patient was alive then."""
    from hai_desktop.services import trial_report

    patient_id = randomized_days_ago(people, 320)
    start = TODAY - timedelta(days=320)
    tumour_response.record_baseline(people["investigator"], BaselineInput(
        patient_id, start - timedelta(days=2), "CT", LIVER_AND_NODE))
    _scan(people, patient_id, start + timedelta(days=56), "30", "20", "10")
    _scan(people, patient_id, start + timedelta(days=112), "30", "22", "10")
    _scan(people, patient_id, start + timedelta(days=200), "45", "30", "12")
    follow_up.record_contact(people["coordinator"], ContactInput(
        patient_id, start + timedelta(days=305), ContactMethod.RECORDS, VitalStatus.DEAD,
        death_on=start + timedelta(days=300), death_cause=DeathCause.DISEASE))
    coordinator = people["coordinator"]
    at_cut = trial_report.trial_report(coordinator, cutoff=start + timedelta(days=150))
    (row,) = [r for r in at_cut.patients if r.study_id == "HAI-008"]
    assert (row.pfs_event, row.pfs_months) == (False, pytest.approx(112 / DAYS_PER_MONTH))
    assert (row.os_event, row.os_months) == (False, pytest.approx(150 / DAYS_PER_MONTH))
    assert (row.best_response, row.vital_status) == ("PR", "alive")
    now = trial_report.trial_report(coordinator)
    (row,) = [r for r in now.patients if r.study_id == "HAI-008"]
    assert (row.pfs_event, row.pfs_months) == (True, pytest.approx(200 / DAYS_PER_MONTH))
    assert (row.os_event, row.vital_status) == (True, "dead")


def test_a_scan_after_the_resection_does_not_make_a_response(people: People) -> None:
    """SD on day 56, a resection on day 90, the targets gone on day 150: still SD."""
    from hai_desktop.services import outcomes

    patient_id = randomized_days_ago(people, 200)
    start = TODAY - timedelta(days=200)
    tumour_response.record_baseline(people["investigator"], BaselineInput(
        patient_id, start - timedelta(days=2), "CT", LIVER_AND_NODE))
    _scan(people, patient_id, start + timedelta(days=56), "40", "26", "15")
    outcomes.record_outcome(people["investigator"], outcomes.OutcomeInput(
        patient_id, "yes", start + timedelta(days=90), "R0"))
    _scan(people, patient_id, start + timedelta(days=150), "0", "0", "8")
    record = tumour_response.response_of(people["monitor"], patient_id)
    assert [a.point.overall for a in record.assessments if a.point] == [Response.SD,
                                                                         Response.PR]
    assert record.best is Response.SD


def test_a_death_before_the_patient_was_last_seen_alive_is_refused(people: People) -> None:
    patient_id = randomized_days_ago(people, 100)
    start = TODAY - timedelta(days=100)
    coordinator = people["coordinator"]
    follow_up.record_contact(coordinator, _alive(patient_id, start + timedelta(days=60)))
    before = people.audit_head_seq(), people.records()
    with pytest.raises(ValidationError, match="known to be alive") as info:
        follow_up.record_contact(coordinator, ContactInput(
            patient_id, TODAY, ContactMethod.RECORDS, VitalStatus.DEAD,
            death_on=start + timedelta(days=40), death_cause=DeathCause.UNKNOWN))
    assert info.value.field == "death_on"
    assert (people.audit_head_seq(), people.records()) == before


def test_a_patient_found_again_is_followed_again(people: People) -> None:
    patient_id = randomized_days_ago(people, 700)
    start = TODAY - timedelta(days=700)
    coordinator = people["coordinator"]
    follow_up.record_contact(coordinator, ContactInput(
        patient_id, start + timedelta(days=200), ContactMethod.TELEPHONE, VitalStatus.LOST,
        last_alive_on=start + timedelta(days=150)))
    lost = follow_up.course_of(coordinator, patient_id)
    assert max(v.visit.opens for v in lost.visits) <= start + timedelta(days=200)
    follow_up.record_contact(coordinator, _alive(patient_id, start + timedelta(days=380)))
    found = follow_up.course_of(coordinator, patient_id)
    assert found.vital_status == VitalStatus.ALIVE
    assert max(v.visit.expected for v in found.visits) > TODAY  # the schedule goes on


def test_off_study_without_a_recorded_end_stops_the_assessments(people: People) -> None:
    """A patient taken off study before ends of treatment were recorded (this change's
    migration finds such patients): the assessments stop, the follow-up goes on."""
    from hai_desktop.store.models import Patient, PatientStatus

    patient_id = randomized_days_ago(people, 300)
    coordinator = people["coordinator"]
    with coordinator.session(reason="test: taken off study before issue #20") as session:
        patient = session.get(Patient, patient_id)
        assert patient is not None
        patient.status = PatientStatus.OFF_STUDY.value
    course = follow_up.course_of(coordinator, patient_id)
    assert [v.visit.kind for v in course.visits] and all(
        v.visit.kind is VisitKind.FOLLOW_UP for v in course.visits)
