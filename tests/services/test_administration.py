"""Administration as it really happened, on a real encrypted file: the dose given (any
difference with its reason; more than ordered a medication-error incident for the
investigator), start and end against the ordered duration (the site's tolerance), the 46-h
pump's disconnection recorded later, and the HAI line only by a nurse trained in HAI."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from hai_desktop.core.errors import (
    ConflictError,
    PermissionDenied,
    ValidationError,
)
from hai_desktop.services import administration as adm
from hai_desktop.services import catheter, competency
from hai_desktop.services import orders as o
from hai_desktop.services.randomization import incidents, resolve_incident
from hai_desktop.services.site_rules import set_site_rule
from tests.services.chair import COMPRESSED, as_ordered, check_twice, moments
from tests.services.conftest import People, pid
from tests.services.test_double_check import printed_order

TODAY = date.today()
NOT_GIVEN = {"oxaliplatin_hai": adm.AdministrationEntry("")}
FIT = {"site_redness": False, "site_swelling": False, "site_haematoma": False,
       "site_tenderness": False, "site_erosion": False, "huber_needle": True,
       "needle_gauge": "20G", "needle_seated": True, "saline_painless": True,
       "saline_resistance": False, "saline_leak": False, "pain_previous_hai": False}


def checked(people: People, number: str = "S-0004") -> int:
    oid = printed_order(people, number)
    check_twice(people, oid)
    return oid


def entry(text: str, **changes: object) -> adm.AdministrationEntry:
    start, end = moments()
    values: dict[str, object] = {"started": start, "ended": end, "duration_reason": COMPRESSED}
    values.update(changes)
    return adm.AdministrationEntry(text, **values)  # type: ignore[arg-type]


def test_given_as_ordered(people: People) -> None:
    oid = checked(people)
    nurse = people["nurse"]
    adm.record_administration(nurse, oid, as_ordered(nurse, oid, **NOT_GIVEN), "navy-training")
    view = o.load_order(nurse, oid)
    lines = {x.drug_id: x for x in view.lines}
    assert view.order.status == o.GIVEN
    assert lines["irinotecan"].given_mg == 325 and lines["irinotecan"].given_reason is None
    assert lines["irinotecan"].duration_reason == COMPRESSED
    assert lines["oxaliplatin_hai"].given_mg == 0
    assert lines["oxaliplatin_hai"].given_reason.startswith("HAI withheld")
    assert lines["irinotecan"].ended_by == "nurse"


def test_less_than_ordered_needs_the_reason(people: People) -> None:
    oid = checked(people)
    nurse = people["nurse"]
    with pytest.raises(ValidationError, match=r"200 mg given, 325 mg ordered \(61.5 %\)\. Give "
                                              "the reason") as info:
        adm.record_administration(nurse, oid, as_ordered(
            nurse, oid, irinotecan=entry("200"), **NOT_GIVEN), "navy-training")
    assert info.value.field == "irinotecan:reason"
    adm.record_administration(nurse, oid, as_ordered(
        nurse, oid, irinotecan=entry("200", dose_reason="stopped for cholinergic symptoms"),
        **NOT_GIVEN), "navy-training")
    line = next(x for x in o.load_order(nurse, oid).lines if x.drug_id == "irinotecan")
    assert (line.given_mg, line.given_reason) == (200, "stopped for cholinergic symptoms")
    assert o.load_order(nurse, oid).incidents == []  # less is not a medication error


def test_more_than_ordered_is_a_medication_error_for_the_investigator(people: People) -> None:
    oid = checked(people)
    nurse, inv = people["nurse"], people["investigator"]
    before = len(incidents(inv, open_only=True))
    with pytest.raises(ValidationError, match="more than ordered is a medication error") as info:
        adm.record_administration(nurse, oid, as_ordered(
            nurse, oid, leucovorin=entry("780", dose_reason="bag labelled 780 mg"),
            **NOT_GIVEN), "navy-training")
    assert info.value.field == "leucovorin:more"
    with pytest.raises(ValidationError, match="Give the reason") as info:
        adm.record_administration(nurse, oid, as_ordered(
            nurse, oid, leucovorin=entry("780", more_than_ordered_confirmed=True),
            **NOT_GIVEN), "navy-training")
    assert info.value.field == "leucovorin:reason"
    adm.record_administration(nurse, oid, as_ordered(
        nurse, oid, leucovorin=entry("780", more_than_ordered_confirmed=True,
                                     dose_reason="bag labelled 780 mg from the old BSA"),
        **NOT_GIVEN), "navy-training")
    raised = incidents(inv, open_only=True)
    assert len(raised) == before + 1
    incident = raised[0]
    assert incident.kind == "medication_error" and incident.patient == "S-0004"
    assert incident.summary == (
        f"Order #{oid}, cycle 1: leucovorin 780 mg given, 725 mg ordered (107.6 %), recorded "
        "by Ha-na Choi. Reason given: bag labelled 780 mg from the old BSA")
    view = o.load_order(inv, oid)
    assert [i.summary for i in view.incidents] == [incident.summary]
    resolve_incident(inv, incident.id, "patient reviewed, no harm; pharmacy relabelling fixed")
    assert o.load_order(inv, oid).incidents[0].resolved_by == "investigator"


def test_impossible_times_are_refused_and_implausible_ones_need_a_reason(
        people: People) -> None:
    oid = checked(people)
    nurse = people["nurse"]
    start, end = moments()
    with pytest.raises(ValidationError, match="end must be after the start") as info:
        adm.record_administration(nurse, oid, as_ordered(nurse, oid, fluorouracil_infusion=(
            adm.AdministrationEntry("4350", start, start)), **NOT_GIVEN), "navy-training")
    assert info.value.field == "fluorouracil_infusion"
    with pytest.raises(ValidationError, match="start time is in the future"):
        adm.record_administration(nurse, oid, as_ordered(nurse, oid, irinotecan=(
            adm.AdministrationEntry("325", end + timedelta(hours=1), None)), **NOT_GIVEN),
                                  "navy-training")
    with pytest.raises(ValidationError, match="enter the end time") as info:
        adm.record_administration(nurse, oid, as_ordered(nurse, oid, irinotecan=(
            adm.AdministrationEntry("325", start, None)), **NOT_GIVEN), "navy-training")
    assert info.value.field == "irinotecan"
    with pytest.raises(ValidationError, match=r"shorter than ordered \(1 h 30 min ordered; "
                                              r"within ±25 % \[site rule\]") as info:
        adm.record_administration(nurse, oid, as_ordered(nurse, oid, irinotecan=(
            adm.AdministrationEntry("325", start, end)), **NOT_GIVEN), "navy-training")
    assert info.value.field == "irinotecan:duration"


def test_within_the_sites_tolerance_no_reason_is_needed(people: People) -> None:
    set_site_rule(people["admin"], "administration_duration_tolerance_percent", "100",
                  "test: any duration up to twice the ordered one")
    oid = checked(people)
    nurse = people["nurse"]
    start, end = moments()
    # With ±100 % nothing above zero is "shorter": no reason asked.
    entries = {line.drug_id: adm.AdministrationEntry(f"{line.final_mg:g}", start, end)
               for line in o.load_order(nurse, oid).lines if not line.stopped}
    adm.record_administration(nurse, oid, entries | NOT_GIVEN, "navy-training")
    assert all(x.duration_reason is None for x in o.load_order(nurse, oid).lines)


def test_the_46_h_pump_is_disconnected_later(people: People) -> None:
    oid = checked(people)
    nurse = people["nurse"]
    adm.record_administration(nurse, oid, as_ordered(nurse, oid, running=True, **NOT_GIVEN),
                              "navy-training")
    view = o.load_order(nurse, oid)
    running = adm.running_lines(view.lines)
    assert [x.drug_id for x in running] == ["fluorouracil_infusion"]
    started = running[0].started_at
    assert started is not None
    adm.confirm_administration(people["nurse2"], oid, "nutmeg-training")  # at the chair
    with pytest.raises(ValidationError, match="in the future"):
        adm.record_disconnection(nurse, oid, "fluorouracil_infusion",
                                 datetime.now(UTC) + timedelta(hours=46), "navy-training")
    with pytest.raises(ValidationError, match="shorter than ordered") as info:
        adm.record_disconnection(nurse, oid, "fluorouracil_infusion", datetime.now(UTC),
                                 "navy-training")
    assert info.value.field == "fluorouracil_infusion:duration"
    with pytest.raises(ValidationError, match="end must be after the start"):
        adm.record_disconnection(nurse, oid, "fluorouracil_infusion", started,
                                 "navy-training")
    adm.record_disconnection(people["nurse2"], oid, "fluorouracil_infusion", datetime.now(UTC),
                             "nutmeg-training",
                             duration_reason="pump alarm: occlusion, disconnected early")
    line = next(x for x in o.load_order(nurse, oid).lines
                if x.drug_id == "fluorouracil_infusion")
    assert line.ended_by == "nurse2" and line.ended_at is not None
    assert line.duration_reason == "pump alarm: occlusion, disconnected early"
    assert o.load_order(nurse, oid).order.status == o.ADMINISTERED
    assert o.load_order(nurse, oid).signatures_valid  # the end is not part of the order
    with pytest.raises(ConflictError, match="no running fluorouracil_infusion"):
        adm.record_disconnection(nurse, oid, "fluorouracil_infusion", datetime.now(UTC),
                                 "navy-training")


def _fit_inspection(people: People, number: str = "S-0004") -> None:
    patient_id = pid(people["nurse"], number)
    catheter.record_catheter_event(people["radiologist"], catheter.CatheterEventInput(
        patient_id=patient_id, kind="implanted", occurred_on=TODAY - timedelta(days=7),
        operator="Dr Tae-hyun Kang", access_route="femoral",
        port_location="right lower abdomen", tip_position="gastroduodenal artery"))
    catheter.record_inspection(people["nurse"], catheter.InspectionInput(
        patient_id=patient_id, outcome="fit", answers=FIT))


def test_only_a_nurse_trained_in_hai_inspects_the_catheter_and_gives_hai(
        people: People) -> None:
    nurse2 = people["nurse2"]
    patient_id = pid(nurse2, "S-0004")
    catheter.record_catheter_event(people["radiologist"], catheter.CatheterEventInput(
        patient_id=patient_id, kind="implanted", occurred_on=TODAY - timedelta(days=7),
        operator="Dr Tae-hyun Kang", access_route="femoral",
        port_location="right lower abdomen", tip_position="gastroduodenal artery"))
    with pytest.raises(PermissionDenied, match="no HAI competency is recorded for you"):
        catheter.record_inspection(nurse2, catheter.InspectionInput(
            patient_id=patient_id, outcome="fit", answers=FIT))
    catheter.record_inspection(people["nurse"], catheter.InspectionInput(
        patient_id=patient_id, outcome="fit", answers=FIT))
    oid = checked(people)
    with pytest.raises(PermissionDenied, match="give chemotherapy through the HAI catheter"):
        adm.record_administration(nurse2, oid, as_ordered(nurse2, oid), "nutmeg-training")
    # An administrator records her training: from then on she may.
    competency_id = competency.record_competency(people["admin"], "nurse2",
                                                 trained_on=TODAY - timedelta(days=3),
                                                 trainer="Dr Tae-hyun Kang")
    adm.record_administration(nurse2, oid, as_ordered(nurse2, oid), "nutmeg-training")
    assert next(x for x in o.load_order(nurse2, oid).lines
                if x.drug_id == "oxaliplatin_hai").given_mg == 180
    competency.void_competency(people["admin"], competency_id, "training not completed")
    assert not competency.competency_valid(nurse2, "nurse2")


def test_a_competency_lasts_the_sites_months(people: People) -> None:
    admin = people["admin"]
    trained = TODAY - timedelta(days=100)
    competency.record_competency(admin, "nurse2", trained_on=trained, trainer="Dr Kang")
    row = next(c for c in competency.competencies(admin) if c.username == "nurse2")
    assert row.valid_until == competency.add_months(trained, 12)
    assert row.valid_on(TODAY) and not row.valid_on(row.valid_until + timedelta(days=1))
    set_site_rule(admin, "hai_competency_valid_months", "3", "test: quarterly renewal")
    with pytest.raises(ValidationError, match=r"would have expired .*\[site rule: 3 months\]"):
        competency.record_competency(admin, "nurse2", trained_on=trained, trainer="Dr Kang")
    with pytest.raises(ValidationError, match="future"):
        competency.record_competency(admin, "nurse2", trained_on=TODAY + timedelta(days=1),
                                     trainer="Dr Kang")
    with pytest.raises(PermissionDenied):
        competency.record_competency(people["investigator"], "nurse2", trained_on=TODAY,
                                     trainer="Dr Kang")


@pytest.mark.parametrize("day, months, expected", [
    (date(2026, 1, 31), 1, date(2026, 2, 28)), (date(2024, 1, 31), 1, date(2024, 2, 29)),
    (date(2026, 11, 15), 12, date(2027, 11, 15)), (date(2026, 12, 2), 3, date(2027, 3, 2))])
def test_months_are_calendar_months(day: date, months: int, expected: date) -> None:
    assert competency.add_months(day, months) == expected


def test_the_second_nurse_confirms_what_was_given(people: People) -> None:
    oid = checked(people)
    nurse = people["nurse"]
    adm.record_administration(nurse, oid, as_ordered(nurse, oid, **NOT_GIVEN), "navy-training")
    with pytest.raises(PermissionDenied, match="another nurse"):
        adm.confirm_administration(nurse, oid, "navy-training")
    adm.confirm_administration(people["nurse2"], oid, "nutmeg-training")
    assert o.load_order(nurse, oid).order.status == o.ADMINISTERED
