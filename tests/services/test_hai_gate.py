"""The HAI gate on orders, on a real encrypted file: the HAI oxaliplatin line is printed and
given only through a catheter inspected fit on that day (window: a site rule), after the last
catheter event and any pain report; otherwise it reads "HAI withheld" and the systemic drugs go
ahead. The investigator's override (with a reason) lets it through for the day. The sheets are
read back with pdfplumber."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime, timedelta

import pdfplumber
import pytest

from hai_desktop.core.errors import ConflictError, PermissionDenied, ValidationError
from hai_desktop.services import administration as adm
from hai_desktop.services import catheter as c
from hai_desktop.services import orders as o
from hai_desktop.services.audit_trail import audit_page
from hai_desktop.services.site_rules import set_site_rule
from hai_desktop.services.workspace import Workspace
from hai_desktop.store.models import OrderLine
from tests.services.chair import COMPRESSED, check_twice, moments
from tests.services.test_catheter import (
    IMPLANTED_ON,
    event,
    implant,
    inspection,
    local,
    pid,
    with_answer,
)

TODAY = date.today()
YESTERDAY = TODAY - timedelta(days=1)
WITHHELD = "HAI withheld — no valid catheter inspection"
HAI = "oxaliplatin_hai"


def order_input(ws: Workspace, number: str = "S-0004") -> o.OrderInput:
    return o.OrderInput(patient_id=pid(ws, number), day1=TODAY, targeted_agent="bevacizumab",
                        height="170 cm", weight="70 kg", measured_on=TODAY, anc="2.1",
                        platelets="180", labs_date=YESTERDAY, creatinine="0.9 mg/dL",
                        neuropathy_grade=0, neuropathy_assessed_on=TODAY)


def verified_order(people: dict[str, Workspace], number: str = "S-0004") -> int:
    inv = people["investigator"]
    oid = o.create_order(inv, order_input(inv, number))
    o.sign_order(inv, oid, "indigo-training")
    o.verify_order(people["pharmacist"], oid, "pine-training")
    return oid


def _no_watermark(obj: dict[str, object]) -> bool:
    return obj.get("object_type") != "char" or float(obj["size"]) < 40  # type: ignore[arg-type]


def sheet_text(pdf: bytes) -> str:
    """The sheet's text (TRAINING watermark left out), every line break and run of spaces as
    one space."""
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        text = " ".join(page.filter(_no_watermark).extract_text() or ""
                        for page in document.pages)
    return " ".join(text.split())


def hai_row(pdf: bytes, first: str = "Calculated", last: str | None = None) -> str:
    """The HAI oxaliplatin row of the drug table, from the column headed `first` to the one
    before `last` (default: to the right edge): what the nurse reads instead of (or with) the
    dose."""
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        page = document.pages[0].filter(_no_watermark)
        words = page.extract_words()
        top = next(w["top"] for w in words if w["text"] == "Calculated")
        headers = {w["text"]: w for w in words if abs(w["top"] - top) < 1}
        header = headers[first]
        right = headers[last]["x0"] if last else page.width
        after = next(w for w in words if w["text"] == "irinotecan" and w["top"] > header["top"])
        row = next(w for w in words if w["text"] == "oxaliplatin"
                   and header["top"] < w["top"] < after["top"])
        cell = page.crop((header["x0"] - 1, row["top"] - 1, right - 1, after["top"] - 1))
        return " ".join((cell.extract_text() or "").split())


def hai_dose(pdf: bytes) -> str:
    return hai_row(pdf, "Dose", "Route")


def printed(people: dict[str, Workspace], oid: int) -> str:
    return sheet_text(o.order_sheet_pdf(people["nurse"], oid))


def doses(ws: Workspace, oid: int, **changes: str) -> dict[str, str]:
    lines = o.load_order(ws, oid).lines
    return {line.drug_id: f"{line.final_mg:g}" for line in lines if not line.stopped} | changes


def give(people: dict[str, Workspace], oid: int, given: dict[str, str],
         start: datetime | None = None) -> None:
    """Checked at the chair by both nurses (again when what is to be given changed), then
    given: `given` the doses as typed, "" or "0" for the HAI line not given."""
    nurse = people["nurse"]
    if not adm.double_check_state(nurse, oid).complete:
        check_twice(people, oid)
    t0, t1 = moments()
    entries = {drug: adm.AdministrationEntry(text, start or t0, t1, duration_reason=COMPRESSED)
               for drug, text in given.items()}
    adm.record_administration(nurse, oid, entries, "navy-training")


def hai_line(ws: Workspace, oid: int) -> OrderLine:
    return next(line for line in o.load_order(ws, oid).lines if line.drug_id == HAI)


SYSTEMIC_DOSES = ("350 mg", "325 mg", "725 mg", "4,350 mg")  # bevacizumab … 5-FU infusion


# ---- no valid inspection: withheld, the systemic drugs go ahead ------------------------------

def test_without_a_catheter_the_hai_line_is_withheld_and_the_rest_is_given(
        people: dict[str, Workspace]) -> None:
    inv, nurse = people["investigator"], people["nurse"]
    plan = o.plan_order(inv, order_input(inv))
    assert any(n.startswith("No HAI catheter recorded") for n in plan.notices)
    oid = verified_order(people)
    gate = c.gate_for_order(nurse, oid)
    assert gate.applies and gate.withheld and gate.day == TODAY
    assert gate.reason == f"{WITHHELD}: no catheter is recorded; record the implantation"
    pdf = o.order_sheet_pdf(nurse, oid)
    text = sheet_text(pdf)
    assert hai_row(pdf) == (f"{WITHHELD}: no catheter is recorded; record the implantation. "
                            "Do not give; the systemic drugs go ahead.")
    assert (f"{WITHHELD}: no catheter is recorded; record the implantation — the systemic "
            "drugs go ahead") in text  # the notices
    assert " mg" not in hai_row(pdf)  # no dose to give, not even the calculated one
    assert "Page 1 of 2" in text
    for dose in SYSTEMIC_DOSES:
        assert dose in text, dose
    # Giving the HAI line is refused; recording it as not given lets the systemic drugs go.
    with pytest.raises(ValidationError, match=f"{WITHHELD}.*cannot be recorded as given") as info:
        give(people, oid, doses(nurse, oid))
    assert info.value.field == HAI
    give(people, oid, doses(nurse, oid, **{HAI: ""}))
    view = o.load_order(nurse, oid)
    assert view.order.status == o.GIVEN and view.hai_gate is None
    line = hai_line(nurse, oid)
    assert (line.given_mg, line.started_at) == (0, None)
    assert all(x.given_mg == x.final_mg for x in view.lines if x.drug_id != HAI)
    assert any(r.action == "HAI not given" for r in audit_page(inv, limit=10))
    assert "Not given (HAI withheld)" in sheet_text(o.order_sheet_pdf(nurse, oid))


def test_an_inspection_recorded_when_the_gate_is_closed_is_refused_without_a_dose(
        people: dict[str, Workspace]) -> None:
    oid = verified_order(people)
    o.order_sheet_pdf(people["nurse"], oid)
    implant(people)
    c.record_inspection(people["nurse"], inspection(pid(people["nurse"], "S-0004"),
                                                    outcome="needs IR review"))
    with pytest.raises(ValidationError, match="found the catheter 'needs IR review'"):
        give(people, oid, doses(people["nurse"], oid))
    give(people, oid, doses(people["nurse"], oid, **{HAI: "0"}))
    assert hai_line(people["nurse"], oid).given_mg == 0


# ---- a fit inspection on the day -------------------------------------------------------------

def test_a_fit_inspection_today_opens_the_gate_when_printed_not_when_written(
        people: dict[str, Workspace]) -> None:
    oid = verified_order(people)  # written without a catheter: the gate is read at printing
    patient_id = implant(people)
    inspection_id = c.record_inspection(people["nurse"], inspection(patient_id))
    gate = c.gate_for_order(people["nurse"], oid)
    assert gate.allowed and gate.inspection_id == inspection_id and not gate.overridden
    pdf = o.order_sheet_pdf(people["nurse"], oid)
    text = sheet_text(pdf)
    assert WITHHELD not in text
    assert hai_row(pdf).startswith("181.8 mg 180 mg hepatic")  # calculated, dose, route
    assert hai_dose(pdf) == "180 mg gate: catheter fit"
    assert "Page 1 of 2" in text
    assert f"HAI gate ({TODAY:%d %b %Y}): Catheter fit for HAI (inspected" in text
    prints = [r for r in audit_page(people["investigator"], limit=5) if r.action == "print"]
    assert "Catheter fit for HAI" in (prints[0].new_values or "")
    give(people, oid, doses(people["nurse"], oid))
    assert hai_line(people["nurse"], oid).given_mg == 180
    passed = [r for r in audit_page(people["investigator"], limit=10)
              if r.action == "HAI gate passed"]
    assert f'"inspection_id":{inspection_id}' in (passed[0].new_values or "")


def test_the_gate_is_read_for_the_day_not_the_order(people: dict[str, Workspace]) -> None:
    patient_id = implant(people)
    c.record_inspection(people["nurse"], inspection(patient_id))
    oid = verified_order(people)
    nurse = people["nurse"]
    assert c.gate_for_order(nurse, oid).allowed
    tomorrow = c.gate_for_order(nurse, oid, day=TODAY + timedelta(days=1))
    assert tomorrow.withheld and "1 day earlier" in tomorrow.reason


def test_an_inspection_made_after_the_hai_start_is_not_before_use(
        people: dict[str, Workspace]) -> None:
    patient_id = implant(people)
    oid = verified_order(people)
    o.order_sheet_pdf(people["nurse"], oid)
    now = datetime.now(UTC)
    # Half an hour ago, or less just after midnight: the start must fall on today, the
    # inspection's day, for the refusal to be about its time rather than its day.
    since_midnight = now - now.astimezone().replace(hour=0, minute=0, second=0, microsecond=0)
    started = now - min(timedelta(minutes=30), since_midnight / 2)
    c.record_inspection(people["nurse"], inspection(patient_id))
    with pytest.raises(ValidationError, match="after the HAI infusion started") as info:
        give(people, oid, doses(people["nurse"], oid), start=started)
    assert info.value.field == HAI


def test_the_window_expired(people: dict[str, Workspace]) -> None:
    patient_id = implant(people)
    c.record_inspection(people["nurse"], inspection(patient_id, inspected_on=YESTERDAY,
                                                    inspected_at=local(YESTERDAY, 9)))
    oid = verified_order(people)
    gate = c.gate_for_order(people["nurse"], oid)
    assert gate.withheld
    assert gate.reason == (f"{WITHHELD}: the last one was on {YESTERDAY:%d %b %Y}, 1 day "
                           "earlier; an inspection counts on its own day only [site rule]")
    assert c.gate_for_order(people["nurse"], oid, day=YESTERDAY).allowed
    pdf = o.order_sheet_pdf(people["nurse"], oid)
    assert hai_row(pdf).startswith(f"{WITHHELD}: the last one was on")
    assert " mg" not in hai_row(pdf)
    with pytest.raises(ValidationError):
        set_site_rule(people["admin"], c.WINDOW_RULE, "8", "typo")
    set_site_rule(people["admin"], c.WINDOW_RULE, "1", "site policy: day-before inspection")
    assert c.gate_for_order(people["nurse"], oid).allowed
    assert hai_dose(o.order_sheet_pdf(people["nurse"], oid)) == "180 mg gate: catheter fit"


def test_an_inspection_before_a_later_catheter_event(people: dict[str, Workspace]) -> None:
    set_site_rule(people["admin"], c.WINDOW_RULE, "1", "site policy: day-before inspection")
    patient_id = implant(people)
    c.record_inspection(people["nurse"], inspection(patient_id, inspected_on=YESTERDAY,
                                                    inspected_at=local(YESTERDAY, 9)))
    oid = verified_order(people)
    assert c.gate_for_order(people["nurse"], oid).allowed
    c.record_catheter_event(people["radiologist"], event(patient_id, "repositioned",
                                                         reason="tip migrated"))
    gate = c.gate_for_order(people["nurse"], oid)
    assert gate.withheld
    assert f"predates the catheter event of {TODAY:%d %b %Y}; inspect it again" in gate.reason
    assert "predates the catheter event" in printed(people, oid)
    c.record_inspection(people["nurse"], inspection(patient_id))
    assert c.gate_for_order(people["nurse"], oid).allowed


def test_an_event_recorded_after_the_same_days_inspection_closes_the_gate(
        people: dict[str, Workspace]) -> None:
    patient_id = implant(people)
    c.record_inspection(people["nurse"], inspection(patient_id))
    oid = verified_order(people)
    assert c.gate_for_order(people["nurse"], oid).allowed
    c.record_catheter_event(people["radiologist"], event(patient_id, "complication",
                                                         complication="leak", operator=""))
    gate = c.gate_for_order(people["nurse"], oid)
    assert gate.withheld and "recorded later that day" in gate.reason
    c.record_inspection(people["nurse"], inspection(
        patient_id, answers=with_answer("saline_leak", True),
        explanation="leak at the needle hub only; needle re-sited, no leak after"))
    assert c.gate_for_order(people["nurse"], oid).allowed


# ---- removed catheter ------------------------------------------------------------------------

def test_a_removed_catheter_withholds_hai_on_every_later_order_until_reinsertion(
        people: dict[str, Workspace]) -> None:
    inv, nurse = people["investigator"], people["nurse"]
    patient_id = implant(people)
    c.record_inspection(nurse, inspection(patient_id))
    first = verified_order(people)
    assert c.gate_for_order(nurse, first).allowed
    c.record_catheter_event(inv, event(patient_id, "removed", TODAY,
                                       reason="hepatic artery thrombosis"))
    removed = f"HAI stopped — catheter removed on {TODAY:%d %b %Y}; reinsert before HAI"
    assert c.gate_for_order(nurse, first).reason == removed
    plan = o.plan_order(inv, order_input(inv))
    notice = f"HAI catheter removed on {TODAY:%d %b %Y}: the HAI line is withheld"
    assert any(n.startswith(notice) for n in plan.notices)
    second = verified_order(people)
    assert not any(n.startswith(notice) for n in o.load_order(nurse, second).notices)
    for oid in (first, second):
        pdf = o.order_sheet_pdf(nurse, oid)
        assert hai_row(pdf) == f"{WITHHELD}: {removed}. Do not give; the systemic drugs go ahead."
        with pytest.raises(ValidationError, match="HAI stopped — catheter removed"):
            give(people, oid, doses(nurse, oid))
    with pytest.raises(ConflictError, match="An override cannot help"):
        c.override_hai_gate(inv, second, "urgent")
    c.record_catheter_event(people["radiologist"], event(
        patient_id, "reinserted", reason="new catheter", access_route="femoral",
        port_location="left lower abdomen", tip_position="gastroduodenal artery"))
    # The morning's inspection saw the old catheter: the reinserted one is inspected again.
    gate = c.gate_for_order(nurse, second)
    assert gate.withheld and "recorded later that day" in gate.reason
    c.record_inspection(nurse, inspection(patient_id))
    assert c.gate_for_order(nurse, second).allowed
    assert hai_dose(o.order_sheet_pdf(nurse, second)) == "180 mg gate: catheter fit"
    assert not any(n.startswith("HAI catheter removed")
                   for n in o.plan_order(inv, order_input(inv)).notices)


def test_a_reinsertion_on_a_later_day_needs_a_new_inspection(
        people: dict[str, Workspace]) -> None:
    patient_id = implant(people)
    inv, nurse = people["investigator"], people["nurse"]
    c.record_inspection(nurse, inspection(patient_id, inspected_on=IMPLANTED_ON + timedelta(1),
                                          inspected_at=local(IMPLANTED_ON + timedelta(1), 9)))
    c.record_catheter_event(inv, event(patient_id, "removed", TODAY - timedelta(days=3),
                                       reason="dislocation"))
    c.record_catheter_event(inv, event(
        patient_id, "reinserted", YESTERDAY, reason="dislocation", access_route="surgical",
        port_location="right abdomen", tip_position="gastroduodenal artery"))
    oid = verified_order(people)
    gate = c.gate_for_order(nurse, oid)
    assert gate.withheld and "predates the catheter event" in gate.reason
    c.record_inspection(nurse, inspection(patient_id))
    assert c.gate_for_order(nurse, oid).allowed


# ---- pain during HAI -------------------------------------------------------------------------

def test_pain_reported_after_the_inspection_withholds_hai(people: dict[str, Workspace]) -> None:
    patient_id = implant(people)
    nurse = people["nurse"]
    c.record_inspection(nurse, inspection(patient_id))
    first = verified_order(people)
    o.order_sheet_pdf(nurse, first)
    give(people, first, doses(nurse, first))
    c.record_hai_pain(nurse, patient_id, first, location="epigastric", infusion="stopped",
                      action="infusion stopped after 40 min, IR informed")
    second = verified_order(people)
    gate = c.gate_for_order(nurse, second)
    assert gate.withheld and "pain during HAI was reported on" in gate.reason
    assert "pain during HAI was reported" in printed(people, second)
    with pytest.raises(ValidationError, match="pain during HAI was reported"):
        give(people, second, doses(nurse, second))
    pain = with_answer("pain_previous_hai", True)
    with pytest.raises(ValidationError, match="choose 'needs IR review'"):
        c.record_inspection(nurse, inspection(patient_id, answers=pain))
    c.record_inspection(people["radiologist"], inspection(
        patient_id, answers=pain, explanation="angiography today: patent, no extrahepatic "
                                              "perfusion; pain from the infusion rate"))
    assert c.gate_for_order(nurse, second).allowed


# ---- the investigator's override -------------------------------------------------------------

def test_the_investigators_override_lets_hai_through_for_the_day(
        people: dict[str, Workspace]) -> None:
    inv, nurse = people["investigator"], people["nurse"]
    patient_id = implant(people)
    c.record_inspection(nurse, inspection(patient_id, inspected_on=YESTERDAY,
                                          inspected_at=local(YESTERDAY, 9)))
    oid = verified_order(people)
    with pytest.raises(PermissionDenied, match="may not override the HAI gate"):
        c.override_hai_gate(nurse, oid, "the patient is here")
    with pytest.raises(PermissionDenied):
        c.override_hai_gate(people["radiologist"], oid, "checked it myself")
    with pytest.raises(ValidationError, match="Give the reason") as info:
        c.override_hai_gate(inv, oid, "   ")
    assert info.value.field == "reason"
    assert c.gate_for_order(nurse, oid).withheld
    # The gate bypassed without an override: refused.
    o.order_sheet_pdf(nurse, oid)
    with pytest.raises(ValidationError, match=WITHHELD):
        give(people, oid, doses(nurse, oid))
    reason = "inspected yesterday evening by IR, no change; transport delayed"
    c.override_hai_gate(inv, oid, reason)
    gate = c.gate_for_order(nurse, oid)
    assert gate.allowed and gate.overridden and gate.override_by == "Dr Joon-ho Lee"
    with pytest.raises(ConflictError, match="already overridden today by Dr Joon-ho Lee"):
        c.override_hai_gate(inv, oid, "again")
    assert c.gate_for_order(nurse, oid, day=TODAY + timedelta(days=1)).withheld  # today only
    pdf = o.order_sheet_pdf(nurse, oid)
    assert f"HAI gate overridden by Dr Joon-ho Lee: {reason}" in sheet_text(pdf)
    assert WITHHELD not in sheet_text(pdf)
    assert hai_dose(pdf) == "180 mg gate: override"
    assert "Page 1 of 2" in sheet_text(pdf)
    rows = [r for r in audit_page(inv, limit=10) if r.entity == "hai_gate_overrides"]
    assert rows and rows[0].action == "create" and reason in (rows[0].reason or "")
    give(people, oid, doses(nurse, oid))
    assert hai_line(nurse, oid).given_mg == 180
    passed = [r for r in audit_page(inv, limit=10) if r.action == "HAI gate passed"]
    assert '"overridden":true' in (passed[0].new_values or "")
    with pytest.raises(ConflictError, match="can no longer be given"):
        c.override_hai_gate(inv, oid, "late")


def test_no_override_when_the_gate_is_open_or_there_is_no_hai(
        people: dict[str, Workspace]) -> None:
    inv = people["investigator"]
    patient_id = implant(people)
    c.record_inspection(people["nurse"], inspection(patient_id))
    oid = verified_order(people)
    with pytest.raises(ConflictError, match="no override is needed"):
        c.override_hai_gate(inv, oid, "just in case")
    control = verified_order(people, "S-0005")
    gate = c.gate_for_order(inv, control)
    assert not gate.applies and not gate.withheld and "control arm" in gate.reason
    with pytest.raises(ConflictError, match="nothing to override"):
        c.override_hai_gate(inv, control, "x")
    text = printed(people, control)
    assert WITHHELD not in text and "HAI gate" not in text
