"""TRAINING catheter logs of the HAI arm's treated patients.

S-0006: implanted by interventional radiology a week before cycle 1 with its perfusion
(Tc-99m MAA) check, inspected by the nurse before each HAI, epigastric pain during the cycle 2
infusion (the next inspection is by the radiologist, who explains why the catheter is fit),
and no inspection yet for today's order — so its HAI line shows as withheld until the nurse
inspects the port. S-0008 and S-0009 (treated a year and more ago): implanted, and inspected
before each HAI without a finding, the perfusion checked again by a port angiogram every 8
weeks (S-0008 needed one before cycle 5).
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, tzinfo

from hai_desktop.core.catheter import catheter_rules
from hai_desktop.services import catheter
from hai_desktop.services.workspace import Workspace

CATHETER_PATIENTS = ("S-0006", "S-0008", "S-0009")
PAIN = ("S-0006", 2)  # the patient and cycle of the pain during HAI


def _at(day: date, hour: int, minute: int, zone: tzinfo) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=zone)


def _normal_answers(*, pain_last_time: bool = False) -> dict[str, bool | str | None]:
    """Every item answered with its normal finding (the form itself starts blank)."""
    answers: dict[str, bool | str | None] = {}
    for item in catheter_rules().items:
        if item.choices:
            answers[item.id] = "20G" if "20G" in item.choices else item.choices[0]
        else:
            answers[item.id] = not item.finding_when
    answers["pain_previous_hai"] = pain_last_time
    return answers


def implant(radiologist: Workspace, number: str, patient_id: int, first_day1: date) -> None:
    if number not in CATHETER_PATIENTS:
        return
    catheter.record_catheter_event(radiologist, catheter.CatheterEventInput(
        patient_id=patient_id, kind="implanted", occurred_on=first_day1 - timedelta(days=7),
        operator="Dr Tae-hyun Kang (TRAINING)", access_route="femoral",
        port_location="left lower abdominal wall, subcutaneous pocket",
        tip_position="gastroduodenal artery, coil-embolised; tip at the common hepatic artery",
        notes="TRAINING: Tc-99m MAA perfusion the same day: both lobes, no extrahepatic uptake"))


def inspect_before_hai(nurse: Workspace, radiologist: Workspace, number: str, patient_id: int,
                       cycle: int, day1: date, first_day1: date) -> None:
    """The inspection at 08:30 before the 09:00 start."""
    if number not in CATHETER_PATIENTS:
        return
    after_pain = (number, cycle - 1) == PAIN
    mapped = first_day1 - timedelta(days=7)  # the MAA check at implantation
    # Repeated at the site's perfusion-check interval, so no HAI goes out with one overdue.
    with nurse.db.read_session() as session:
        every = catheter.perfusion_interval_days(session)
    last_check = mapped + timedelta(days=every * ((day1 - mapped).days // every))
    who = radiologist if after_pain else nurse
    catheter.record_inspection(who, catheter.InspectionInput(
        patient_id=patient_id, answers=_normal_answers(pain_last_time=after_pain),
        outcome="fit", inspected_on=day1, inspected_at=_at(day1, 8, 30, who.zone),
        explanation=("TRAINING: IR review of the pain during the last HAI — port angiogram "
                     "today, no leak, no extrahepatic perfusion; pain was infusion-rate "
                     "related, rate reduced") if after_pain else "",
        last_check_on=last_check,
        last_check_result="Tc-99m MAA: hepatic perfusion only (TRAINING)" if last_check == mapped
        else "port angiogram: hepatic perfusion only, no extrahepatic flow (TRAINING)"))


def pain_during_hai(nurse: Workspace, number: str, patient_id: int, cycle: int, day1: date,
                    order_id: int) -> None:
    if (number, cycle) != PAIN:
        return
    catheter.record_hai_pain(nurse, patient_id, order_id, location="epigastric",
                             infusion=catheter.INFUSION_CONTINUED,
                             action="TRAINING: infusion slowed, pain settled in 10 min",
                             reported_at=_at(day1, 10, 15, nurse.zone))
