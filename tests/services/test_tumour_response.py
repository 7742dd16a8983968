"""RECIST 1.1 tumour response through the services, on the encrypted file and the server: a
baseline with targets in mm and cm, assessments whose responses follow RECIST's worked rules
(the nadir rule, a new lesion, a target not assessed), every refusal with its field and nothing
written, voiding with a reason, and who may do what."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, time, timedelta

import pytest

from hai_desktop.core.errors import ConflictError, PermissionDenied, ValidationError
from hai_desktop.core.recist import NonTarget, Response
from hai_desktop.core.tumour_assessment import LesionEntry, Organ
from hai_desktop.services import randomization, tumour_response
from hai_desktop.services.tumour_response import AssessmentInput, BaselineInput
from tests.services.conftest import PASSWORDS, People, pid

TODAY = date.today()


def randomized_days_ago(people: People, days: int, number: str = "S-0003") -> int:
    """The demo's waiting patient, randomized `days` ago (a TRAINING database may date it)."""
    coordinator = people["coordinator"]
    patient_id = pid(coordinator, number)
    offer = randomization.next_envelope(coordinator, patient_id)
    card = randomization.peek_card_for_training(coordinator, offer.number)
    randomization.randomize(coordinator, patient_id, envelope_number=offer.number,
                            arm_on_card=card, password=PASSWORDS["coordinator"],
                            at=datetime.combine(TODAY - timedelta(days=days), time(3, 0),
                                                tzinfo=UTC))
    return patient_id


LIVER_AND_NODE = [
    LesionEntry(Organ.LIVER, True, False, "segment VIII", "42 mm"),
    LesionEntry(Organ.LIVER, True, False, "segment IVa", "2.8 cm"),
    LesionEntry(Organ.LYMPH_NODE, True, True, "hepatoduodenal", "16"),
    LesionEntry(Organ.LIVER, False, False, "segment II, 8 mm", ""),
]


def _baseline(people: People, patient_id: int, day: date) -> int:
    return tumour_response.record_baseline(people["radiologist"], BaselineInput(
        patient_id, day, "CT", LIVER_AND_NODE, cea_text="48.5 µg/L", note="TRAINING"))


def _scan(people: People, patient_id: int, day: date, sizes: tuple[str | None, ...],
          non_target: str = NonTarget.PRESENT, new_lesion: bool = False,
          user: str = "investigator", cea: str = "") -> int:
    return tumour_response.record_assessment(people[user], AssessmentInput(
        patient_id, day, "CT", dict(zip(("T1", "T2", "T3"), sizes, strict=True)), non_target,
        new_lesion, "segment VI, 15 mm" if new_lesion else "", cea_text=cea))


def test_responses_follow_recist_from_baseline_to_progression_over_the_nadir(
        people: People) -> None:
    patient_id = randomized_days_ago(people, 200)
    start = TODAY - timedelta(days=203)
    seq = people.audit_head_seq()
    _baseline(people, patient_id, start)
    rows = people.audit_rows_after(seq)
    created = [(action, entity) for action, entity, _id, _new in rows]
    assert created.count(("create", "lesions")) == 4
    assert created.count(("create", "lesion_measurements")) == 3  # the non-target has no size
    assessment = next(json.loads(new) for action, entity, _id, new in rows
                      if entity == "tumour_assessments")
    assert (assessment["cea_ng_ml"], assessment["cea_text"], assessment["recorded_by"]) == (
        48.5, "48.5 µg/L", "radiologist")

    record = tumour_response.response_of(people["monitor"], patient_id)
    assert [(lv.key, lv.organ, lv.node, lv.baseline_mm) for lv in record.lesions] == [
        ("T1", "liver", False, 42.0), ("T2", "liver", False, 28.0),
        ("T3", "lymph node", True, 16.0), ("NT1", "liver", False, None)]
    assert record.best is None and record.assessments == []

    # 86 → 60 (-30.2 %: PR) → 55 (nadir, PR) → 66 (+20 % and +11 mm over the nadir: PD, even
    # though still 23 % under baseline).
    _scan(people, patient_id, start + timedelta(days=60), ("30", "2 cm", "10"), cea="12")
    _scan(people, patient_id, start + timedelta(days=116), ("28", "18", "9"), user="coordinator")
    _scan(people, patient_id, start + timedelta(days=172), ("34", "22", "10"))
    record = tumour_response.response_of(people["nurse"], patient_id)
    points = [a.point for a in record.assessments]
    assert all(p is not None for p in points)
    assert [(p.sum_mm, p.overall) for p in points if p] == [
        (60.0, Response.PR), (55.0, Response.PR), (66.0, Response.PD)]
    last = points[-1]
    assert last is not None and (last.nadir_mm, last.from_nadir_mm) == (55.0, 11.0)
    assert last.from_baseline_percent == pytest.approx(-23.26, abs=0.01)
    assert record.best is Response.PR
    assert record.first_progression_on == start + timedelta(days=172)
    assert record.last_adequate_on == start + timedelta(days=172)
    assert record.cea_series == [(start, 48.5), (start + timedelta(days=60), 12.0)]


def test_a_new_lesion_is_progression_and_a_target_not_assessed_is_not_evaluable(
        people: People) -> None:
    patient_id = randomized_days_ago(people, 130)
    start = TODAY - timedelta(days=131)
    _baseline(people, patient_id, start)
    _scan(people, patient_id, start + timedelta(days=56), ("40", None, "16"))
    _scan(people, patient_id, start + timedelta(days=112), ("20", "10", "9"), new_lesion=True)
    record = tumour_response.response_of(people["investigator"], patient_id)
    ne, pd = (a.point for a in record.assessments)
    assert ne is not None and (ne.sum_mm, ne.overall) == (None, Response.NE)
    assert pd is not None and pd.overall is Response.PD and pd.target is Response.PR
    assert record.best is Response.PD
    assert record.last_adequate_on == start + timedelta(days=112)
    assert record.assessments[1].new_lesion_site == "segment VI, 15 mm"


@pytest.mark.parametrize("lesions, field, message", [
    ([LesionEntry(Organ.LIVER, True, False, "", f"{20 + i} mm") for i in range(3)], "lesions",
     "3 target lesions in the liver"),
    ([LesionEntry(Organ.LYMPH_NODE, True, True, "", "12 mm")], "T1", "from 15 mm"),
    ([LesionEntry(Organ.LIVER, True, False, "", "0.8 cm")], "T1", "measurable from 10 mm"),
    ([LesionEntry(Organ.LIVER, True, False, "", "")], "T1", "Enter the lesion diameter"),
    ([LesionEntry(Organ.LIVER, True, False, "", "25 kg")], "T1", "kg is not a unit"),
    ([LesionEntry("pancreas", True, False, "", "25")], "T1", "Choose the organ"),
    ([], "lesions", "at least one lesion"),
])
def test_a_wrong_baseline_is_refused_with_its_field_and_nothing_is_written(
        people: People, lesions: list[LesionEntry], field: str, message: str) -> None:
    patient_id = randomized_days_ago(people, 30)
    radiologist = people["radiologist"]
    before = people.audit_head_seq(), people.records()
    with pytest.raises(ValidationError, match=message) as info:
        tumour_response.record_baseline(radiologist, BaselineInput(
            patient_id, TODAY - timedelta(days=31), "CT", lesions))
    assert info.value.field == field
    assert (people.audit_head_seq(), people.records()) == before


def test_a_wrong_assessment_is_refused_with_its_field_and_nothing_is_written(
        people: People) -> None:
    patient_id = randomized_days_ago(people, 100)
    start = TODAY - timedelta(days=101)
    investigator = people["investigator"]
    with pytest.raises(ValidationError, match="Record the baseline lesions first"):
        _scan(people, patient_id, TODAY, ("30", "20", "10"))
    _baseline(people, patient_id, start)
    _scan(people, patient_id, start + timedelta(days=56), ("30", "20", "10"))
    before = people.audit_head_seq(), people.records()
    cases: list[tuple[AssessmentInput, str, str]] = [
        (AssessmentInput(patient_id, TODAY + timedelta(days=1), "CT",
                         {"T1": "1", "T2": "1", "T3": "1"}, NonTarget.PRESENT, False),
         "assessed_on", "in the future"),
        (AssessmentInput(patient_id, start, "CT", {"T1": "1", "T2": "1", "T3": "1"},
                         NonTarget.PRESENT, False), "assessed_on", "not after the baseline"),
        (AssessmentInput(patient_id, start + timedelta(days=56), "CT",
                         {"T1": "1", "T2": "1", "T3": "1"}, NonTarget.PRESENT, False),
         "assessed_on", "already recorded"),
        (AssessmentInput(patient_id, TODAY, "PET", {"T1": "1", "T2": "1", "T3": "1"},
                         NonTarget.PRESENT, False), "method", "CT or MRI"),
        (AssessmentInput(patient_id, TODAY, "CT", {"T1": "1", "T3": "1"}, NonTarget.PRESENT,
                         False), "T2", "mark it not assessed"),
        (AssessmentInput(patient_id, TODAY, "CT", {"T1": "1", "T2": "1", "T3": "1",
                                                   "T4": "1"}, NonTarget.PRESENT, False),
         "T4", "not a target lesion"),
        (AssessmentInput(patient_id, TODAY, "CT", {"T1": "1", "T2": "1", "T3": "1"}, None,
                         False), "non_target", "status of the non-target"),
        (AssessmentInput(patient_id, TODAY, "CT", {"T1": "1", "T2": "1", "T3": "1"},
                         NonTarget.PRESENT, True), "new_lesion_site", "new lesion"),
        (AssessmentInput(patient_id, TODAY, "CT", {"T1": "1", "T2": "1", "T3": "1"},
                         NonTarget.PRESENT, False, cea_text="5,2"), "cea", "dot for decimals"),
        (AssessmentInput(patient_id, TODAY, "CT", {"T1": "1 m", "T2": "1", "T3": "1"},
                         NonTarget.PRESENT, False), "T1", "not a plausible lesion diameter"),
    ]
    for entry, field, message in cases:
        with pytest.raises(ValidationError, match=message) as info:
            tumour_response.record_assessment(investigator, entry)
        assert info.value.field == field, message
    assert (people.audit_head_seq(), people.records()) == before


def test_voiding_recomputes_the_response_and_a_baseline_goes_last(people: People) -> None:
    patient_id = randomized_days_ago(people, 120)
    start = TODAY - timedelta(days=121)
    baseline_id = _baseline(people, patient_id, start)
    first = _scan(people, patient_id, start + timedelta(days=56), ("30", "20", "10"))
    wrong = _scan(people, patient_id, start + timedelta(days=112), ("60", "40", "20"))
    investigator = people["investigator"]
    assert tumour_response.response_of(investigator, patient_id).best is Response.PR
    with pytest.raises(ValidationError, match="reason"):
        tumour_response.void_assessment(investigator, wrong, "  ")
    for username in ("coordinator", "radiologist", "nurse", "monitor"):
        with pytest.raises(PermissionDenied, match="may not void tumour assessments"):
            tumour_response.void_assessment(people[username], wrong, "typo")
    seq = people.audit_head_seq()
    tumour_response.void_assessment(investigator, wrong, "another patient's scan")
    ((action, entity, _id, new),) = people.audit_rows_after(seq)
    assert (action, entity) == ("void", "tumour_assessments")
    assert json.loads(new)["void_reason"] == "another patient's scan"
    record = tumour_response.response_of(investigator, patient_id)
    assert [a.id for a in record.assessments] == [first]
    assert record.first_progression_on is None
    assert [(v.id, v.void_reason) for v in record.voided] == [(wrong, "another patient's scan")]
    with pytest.raises(ConflictError, match="already voided"):
        tumour_response.void_assessment(investigator, wrong, "again")
    with pytest.raises(ConflictError, match="void them first"):
        tumour_response.void_assessment(investigator, baseline_id, "wrong lesions")
    tumour_response.void_assessment(investigator, first, "re-read")
    tumour_response.void_assessment(investigator, baseline_id, "wrong lesions")
    assert tumour_response.response_of(investigator, patient_id).baseline is None
    _baseline(people, patient_id, start)  # a new baseline may now be recorded
    with pytest.raises(ConflictError, match=r"baseline of .* is already recorded"):
        _baseline(people, patient_id, start)


def test_only_randomized_patients_and_only_the_roles_that_read_the_scans(
        people: People) -> None:
    investigator = people["investigator"]
    with pytest.raises(ConflictError, match="not randomized"):
        tumour_response.record_baseline(investigator, BaselineInput(
            pid(investigator, "S-0003"), TODAY, "CT", LIVER_AND_NODE))
    patient_id = pid(investigator, "S-0004")
    for username in ("nurse", "pharmacist", "admin", "monitor"):
        with pytest.raises(PermissionDenied, match="may not record tumour assessments"):
            tumour_response.record_baseline(people[username], BaselineInput(
                patient_id, TODAY, "CT", LIVER_AND_NODE))


def test_an_assessment_typed_against_a_replaced_baseline_is_refused(people: People) -> None:
    patient_id = randomized_days_ago(people, 90)
    start = TODAY - timedelta(days=91)
    shown = _baseline(people, patient_id, start)
    tumour_response.void_assessment(people["investigator"], shown, "wrong patient's scan")
    _baseline(people, patient_id, start)  # recorded again elsewhere while the dialog was open
    with pytest.raises(ConflictError, match="baseline of HAI-008 was changed"):
        tumour_response.record_assessment(people["investigator"], AssessmentInput(
            patient_id, TODAY, "CT", {"T1": "30", "T2": "20", "T3": "10"}, NonTarget.PRESENT,
            False, baseline_id=shown))
