"""HAI catheter: the data file, the catheter's state, the inspection's refusals and the gate on
the day's HAI line, each rule on its own and at its boundaries."""

from __future__ import annotations

import shutil
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from hai_desktop.core.catheter import (
    CatheterEventData,
    CatheterState,
    CheckedInspection,
    ChecklistItem,
    InspectionData,
    OverrideData,
    PainReportData,
    Term,
    catheter_rules,
    catheter_state,
    check_catheter_event,
    check_inspection,
    hai_gate,
    load_catheter_rules,
    open_pain_reports,
    perfusion_check_due,
)
from hai_desktop.core.errors import HaiError, ValidationError
from hai_desktop.paths import resource

TODAY = date(2026, 11, 24)
IMPLANTED_ON = date(2026, 11, 2)
IN_PLACE = CatheterState("in place", IMPLANTED_ON, IMPLANTED_ON)
NO_CATHETER = CatheterState("none", None, None)
REMOVED = CatheterState("removed", date(2026, 11, 20), date(2026, 11, 20))
WITHHELD = "HAI withheld — no valid catheter inspection"

ITEM_IDS = ("site_redness", "site_swelling", "site_haematoma", "site_tenderness", "site_erosion",
            "huber_needle", "needle_gauge", "needle_seated", "saline_painless",
            "saline_resistance", "saline_leak", "pain_previous_hai")


def at(day: date, hour: int = 9, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=UTC)


def clean_answers() -> dict[str, bool | str | None]:
    """Every item answered, no finding."""
    return {"site_redness": False, "site_swelling": False, "site_haematoma": False,
            "site_tenderness": False, "site_erosion": False, "huber_needle": True,
            "needle_gauge": "20G", "needle_seated": True, "saline_painless": True,
            "saline_resistance": False, "saline_leak": False, "pain_previous_hai": False}


def inspect(answers: dict[str, bool | str | None] | None = None, outcome: str = "fit",
            **changes: object) -> CheckedInspection:
    arguments: dict[str, object] = dict(
        outcome_reason=None, explanation=None, inspected_on=TODAY, today=TODAY,
        arm_is_hai=True, state=IN_PLACE, pain_since_last=False)
    arguments.update(changes)
    return check_inspection(clean_answers() if answers is None else answers, outcome,
                            **arguments)  # type: ignore[arg-type]


def inspection(id: int, on: date, outcome: str = "fit", hour: int = 9) -> InspectionData:
    return InspectionData(id=id, inspected_on=on, inspected_at=at(on, hour), outcome=outcome,
                          findings=())


def event(id: int, kind: str, on: date, complication: str | None = None) -> CatheterEventData:
    return CatheterEventData(kind=kind, occurred_on=on, complication=complication, id=id)


# ---- the data file --------------------------------------------------------------------------

def test_the_file_loads_with_the_expected_lists() -> None:
    rules = catheter_rules()
    assert tuple(item.id for item in rules.items) == ITEM_IDS
    assert rules.reminder == "Arterial ports are not aspirated: no blood-return check."
    assert [o.id for o in rules.outcomes] == ["fit", "not fit", "needs IR review"]
    assert [o.id for o in rules.outcomes if o.allows_hai] == ["fit"]
    assert [o.id for o in rules.outcomes if o.needs_reason] == ["not fit"]
    assert [a.id for a in rules.actions] == [
        "none", "flushed", "needle re-sited", "IR referral", "catheter repositioned",
        "removed", "reinserted"]
    assert [(k.id, k.status) for k in rules.event_kinds] == [
        ("implanted", "in place"), ("revised", None), ("repositioned", None),
        ("removed", "removed"), ("reinserted", "in place"), ("complication", None)]
    assert [c.id for c in rules.complications] == [
        "occlusion", "dislocation", "infection", "leak", "hepatic artery thrombosis",
        "extrahepatic perfusion"]
    assert [r.id for r in rules.access_routes] == ["femoral", "subclavian", "brachial",
                                                   "surgical"]
    assert rules.item("needle_gauge").choices == ("19G", "20G", "22G")
    assert rules.inspection_window_days == 0
    assert rules.perfusion_check_interval_days == 56
    assert rules.sections == ("Port pocket and access site", "Needle placement",
                              "Saline test injection", "Previous HAI")


def test_every_entry_has_a_source_and_site_rules_say_so() -> None:
    rules = catheter_rules()
    entries: tuple[ChecklistItem | Term, ...] = (
        *rules.items, *rules.outcomes, *rules.actions, *rules.event_kinds, *rules.complications,
        *rules.access_routes)
    assert len(entries) == 12 + 3 + 7 + 6 + 6 + 4
    for entry in entries:
        assert entry.source.strip(), entry.id
        assert entry.source.startswith(("Protocol paper", "Site practice")), entry.id
        assert ("[site rule]" in entry.source) == entry.site_rule, entry.id
    for source in (rules.reminder_source, rules.inspection_window_source,
                   rules.perfusion_check_source):
        assert "[site rule]" in source
    # The one item the protocol itself asks for.
    assert not rules.item("pain_previous_hai").site_rule


@pytest.mark.parametrize(("item_id", "problem_answer"), [
    ("site_redness", True), ("site_swelling", True), ("site_haematoma", True),
    ("site_tenderness", True), ("site_erosion", True), ("huber_needle", False),
    ("needle_seated", False), ("saline_painless", False), ("saline_resistance", True),
    ("saline_leak", True), ("pain_previous_hai", True),
])
def test_which_answer_is_a_finding(item_id: str, problem_answer: bool) -> None:
    item = catheter_rules().item(item_id)
    assert item.is_finding(problem_answer)
    assert not item.is_finding(not problem_answer)


def test_a_choice_is_never_a_finding() -> None:
    assert not catheter_rules().item("needle_gauge").is_finding("19G")


@pytest.mark.parametrize(("old", "new", "message"), [
    # site_erosion's source line removed (its text is the file's only one)
    ('site_rule = true\nsource = "Site practice [site rule]: skin breakdown over an implanted '
     'port exposes it to infection."',
     'site_rule = true', "(site_erosion): missing or empty source"),
    ('id = "site_swelling"', 'id = "site_redness"', "ids used twice: site_redness"),
    ('finding_when = "no"', 'finding_when = "maybe"', "finding_when must be 'yes' or 'no'"),
    ('id = "not fit"', 'id = "unfit"', "[[outcome]] lacks not fit"),
    ('id = "pain_previous_hai"', 'id = "pain"', "[[item]] lacks pain_previous_hai"),
    ('status = "removed"', 'status = "gone"', "status must be one of"),
    ("inspection_window_days = 0", "inspection_window_days = -1", "at least 0"),
    # A number where the list goes escaped as TypeError (found by hypothesis).
    ('choices = ["19G", "20G", "22G"]', "choices = 0", "(needle_gauge): 'int' object"),
])
def test_a_broken_file_is_refused_with_the_entry_named(tmp_path: Path, old: str, new: str,
                                                       message: str) -> None:
    path = tmp_path / "catheter.toml"
    shutil.copy(resource("protocol", "catheter.toml"), path)
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(HaiError, match=r"catheter\.toml") as caught:
        load_catheter_rules(path)
    assert message in str(caught.value)


# ---- the catheter's state -------------------------------------------------------------------

NOV = {n: date(2026, 11, n) for n in range(1, 31)}


@pytest.mark.parametrize(("events", "status", "since", "last", "text"), [
    ([], "none", None, None, "none recorded"),
    ([event(1, "implanted", NOV[2])], "in place", NOV[2], NOV[2], "in place since 02 Nov 2026"),
    ([event(1, "implanted", NOV[2]), event(2, "complication", NOV[9], "occlusion")],
     "in place", NOV[2], NOV[9], "in place since 02 Nov 2026"),
    ([event(1, "implanted", NOV[2]), event(2, "repositioned", NOV[9])],
     "in place", NOV[2], NOV[9], "in place since 02 Nov 2026"),
    ([event(1, "implanted", NOV[2]), event(2, "removed", NOV[12])],
     "removed", NOV[12], NOV[12], "removed on 12 Nov 2026"),
    ([event(1, "implanted", NOV[2]), event(2, "removed", NOV[12]),
      event(3, "reinserted", NOV[20])], "in place", NOV[20], NOV[20],
     "in place since 20 Nov 2026"),
    # Given out of order: replayed by date.
    ([event(3, "reinserted", NOV[20]), event(1, "implanted", NOV[2]),
      event(2, "removed", NOV[12])], "in place", NOV[20], NOV[20],
     "in place since 20 Nov 2026"),
    # Removed and reinserted on one day: the order they were recorded in decides.
    ([event(1, "implanted", NOV[2]), event(2, "removed", NOV[12]),
      event(3, "reinserted", NOV[12])], "in place", NOV[12], NOV[12],
     "in place since 12 Nov 2026"),
    ([event(1, "implanted", NOV[2]), event(3, "removed", NOV[12]),
      event(2, "reinserted", NOV[12])], "removed", NOV[12], NOV[12], "removed on 12 Nov 2026"),
])
def test_catheter_state(events: list[CatheterEventData], status: str, since: date | None,
                        last: date | None, text: str) -> None:
    state = catheter_state(events)
    assert (state.status, state.since, state.last_event_on) == (status, since, last)
    assert state.describe() == text
    assert state.in_place == (status == "in place")


@pytest.mark.parametrize(("kind", "state", "changes", "field", "message"), [
    ("installed", NO_CATHETER, {}, "kind", "Choose the event"),
    ("implanted", NO_CATHETER, {"occurred_on": TODAY + timedelta(days=1)}, "occurred_on",
     "25 Nov 2026 is in the future"),
    ("implanted", NO_CATHETER, {"access_route": None}, "access_route", "Choose the access route"),
    ("implanted", NO_CATHETER, {"access_route": "radial"}, "access_route", "femoral"),
    ("implanted", IN_PLACE, {}, "kind", "already recorded (in place since 02 Nov 2026)"),
    ("reinserted", IN_PLACE, {}, "kind", "Only a removed catheter can be reinserted"),
    ("removed", NO_CATHETER, {"access_route": None}, "kind", "No catheter is in place"),
    ("removed", REMOVED, {"access_route": None}, "kind", "No catheter is in place"),
    ("complication", IN_PLACE, {"access_route": None}, "complication",
     "Choose the complication"),
    ("complication", IN_PLACE, {"access_route": None, "complication": "bleeding"},
     "complication", "Choose the complication"),
    ("revised", IN_PLACE, {"access_route": None, "complication": "leak"}, "complication",
     "only with the event 'complication'"),
    ("removed", replace(IN_PLACE, last_event_on=NOV[10]),
     {"access_route": None, "occurred_on": NOV[9]}, "occurred_on",
     "before the catheter's last event on 10 Nov 2026"),
    ("complication", replace(IN_PLACE, last_event_on=NOV[10]),
     {"access_route": None, "complication": "leak", "occurred_on": NOV[1]}, "occurred_on",
     "last event on 02 Nov 2026"),
])
def test_impossible_catheter_events_are_refused(kind: str, state: CatheterState,
                                                changes: dict[str, object], field: str,
                                                message: str) -> None:
    arguments: dict[str, object] = dict(occurred_on=TODAY, today=TODAY, complication=None,
                                        access_route="femoral", state=state)
    arguments.update(changes)
    with pytest.raises(ValidationError) as caught:
        check_catheter_event(kind, **arguments)  # type: ignore[arg-type]
    assert caught.value.field == field
    assert message in caught.value.message


@pytest.mark.parametrize(("kind", "state", "complication", "route", "on"), [
    ("implanted", NO_CATHETER, None, "surgical", TODAY),
    ("reinserted", REMOVED, None, "femoral", TODAY),
    ("removed", IN_PLACE, None, None, TODAY),
    # A complication found late may be dated before a later revision, not before the implant.
    ("complication", replace(IN_PLACE, last_event_on=NOV[10]), "infection", None, NOV[5]),
])
def test_possible_catheter_events_pass(kind: str, state: CatheterState, complication: str | None,
                                       route: str | None, on: date) -> None:
    check_catheter_event(kind, occurred_on=on, today=TODAY, complication=complication,
                         access_route=route, state=state)


# ---- the inspection -------------------------------------------------------------------------

def test_a_clean_fit_inspection() -> None:
    checked = inspect()
    assert checked.outcome == "fit"
    assert checked.findings == () and checked.finding_texts == ()
    assert checked.needle_gauge == "20G"
    assert checked.action == "none"
    assert checked.explanation is None and checked.outcome_reason is None
    assert checked.answers == clean_answers()


def test_findings_are_listed_in_checklist_order() -> None:
    answers = clean_answers() | {"saline_leak": True, "site_redness": True,
                                 "huber_needle": False}
    checked = inspect(answers, explanation="  Faint redness, unchanged for 3 cycles.  ")
    assert checked.findings == ("site_redness", "huber_needle", "saline_leak")
    assert checked.finding_texts == (
        "Redness over the port pocket or access site", "Non-coring (Huber) needle used",
        "Leak or subcutaneous swelling on the saline test injection")
    assert checked.explanation == "Faint redness, unchanged for 3 cycles."


@pytest.mark.parametrize(("outcome", "changes"), [
    ("needs IR review", {}),
    ("needs IR review", {"action": "IR referral"}),
    ("not fit", {"outcome_reason": "Leak on saline test", "action": "removed"}),
    ("fit", {"explanation": "Tiny haematoma, saline test clean."}),
])
def test_outcomes_with_findings_that_are_accepted(outcome: str,
                                                  changes: dict[str, object]) -> None:
    answers = clean_answers() | {"site_haematoma": True}
    checked = inspect(answers, outcome, **changes)
    assert checked.findings == ("site_haematoma",)
    assert checked.outcome == outcome


BAD_INSPECTIONS = [
    # (changed answers, outcome, keyword changes, field, message part)
    ({}, "fit", {"arm_is_hai": False}, "arm", "control arm"),
    ({}, "fit", {"state": NO_CATHETER}, "catheter", "No catheter is recorded"),
    ({}, "fit", {"state": REMOVED}, "catheter",
     "removed on 20 Nov 2026: record its reinsertion"),
    ({}, "fit", {"inspected_on": TODAY + timedelta(days=1)}, "inspected_on",
     "25 Nov 2026 is in the future"),
    ({}, "fit", {"inspected_on": NOV[1]}, "inspected_on", "cannot be of this catheter"),
    ({"site_swelling": None}, "fit", {}, "site_swelling",
     "not yet answered: Swelling of the port pocket or access site."),
    ({"needle_gauge": ""}, "fit", {}, "needle_gauge", "not yet answered: Needle gauge."),
    ({"needle_gauge": "  "}, "fit", {}, "needle_gauge", "not yet answered: Needle gauge."),
    ({"saline_leak": None, "site_redness": None}, "fit", {}, "site_redness",
     "Redness over the port pocket or access site; Leak or subcutaneous"),
    ({"blood_return": True}, "fit", {}, "blood_return", "Not a checklist item: blood_return"),
    ({"site_erosion": "no"}, "fit", {}, "site_erosion", "Answer yes or no to 'Skin erosion"),
    ({"needle_gauge": "18G"}, "fit", {}, "needle_gauge", "must be one of 19G, 20G, 22G"),
    ({"needle_gauge": True}, "fit", {}, "needle_gauge", "must be one of 19G, 20G, 22G"),
    ({}, "", {}, "outcome", "Choose the outcome: fit, not fit, needs IR review"),
    ({}, "ok", {}, "outcome", "Choose the outcome"),
    ({}, "fit", {"action": "aspirated"}, "action", "Choose the action taken"),
    ({}, "not fit", {}, "outcome_reason", "Give the reason for 'not fit'"),
    ({}, "not fit", {"outcome_reason": "   "}, "outcome_reason", "Give the reason"),
    ({"saline_resistance": True}, "fit", {}, "explanation",
     "'fit' with findings (Resistance felt on the saline test injection) needs an explanation"),
    ({"saline_resistance": True}, "fit", {"explanation": " "}, "explanation", "needs an expl"),
    ({}, "needs IR review", {"pain_since_last": True}, "pain_previous_hai",
     "answer yes to 'Epigastric or abdominal pain"),
    ({"pain_previous_hai": True}, "fit", {"pain_since_last": True}, "outcome",
     "choose 'needs IR review' or 'not fit', or explain"),
    ({}, "fit", {"action": "removed"}, "action", "removed at this inspection cannot be fit"),
]


@pytest.mark.parametrize(("answers", "outcome", "changes", "field", "message"), BAD_INSPECTIONS)
def test_bad_inspections_are_refused(answers: dict[str, bool | str | None], outcome: str,
                                     changes: dict[str, object], field: str,
                                     message: str) -> None:
    with pytest.raises(ValidationError) as caught:
        inspect(clean_answers() | answers, outcome, **changes)
    assert caught.value.field == field
    assert message in caught.value.message


def test_an_item_left_out_is_unanswered() -> None:
    answers = clean_answers()
    del answers["saline_leak"]
    with pytest.raises(ValidationError) as caught:
        inspect(answers)
    assert caught.value.field == "saline_leak"
    assert caught.value.message == ("Answer every checklist item; not yet answered: Leak or "
                                    "subcutaneous swelling on the saline test injection.")


def test_the_form_starts_blank_and_a_blank_form_is_refused_whole() -> None:
    with pytest.raises(ValidationError) as caught:
        inspect({})
    assert caught.value.field == "site_redness"
    rules = catheter_rules()
    assert all(rules.item(i).text in caught.value.message for i in ITEM_IDS)
    assert caught.value.message.count("; ") == len(ITEM_IDS)  # after "item" and between items


@pytest.mark.parametrize(("outcome", "changes"), [
    ("needs IR review", {}),
    ("not fit", {"outcome_reason": "Pain at every infusion; IR to review"}),
    ("fit", {"explanation": "IR angiography 23 Nov: tip in place, no extrahepatic flow"}),
])
def test_an_open_pain_report_allows_these_outcomes(outcome: str,
                                                   changes: dict[str, object]) -> None:
    answers = clean_answers() | {"pain_previous_hai": True}
    checked = inspect(answers, outcome, pain_since_last=True, **changes)
    assert checked.findings == ("pain_previous_hai",)


# ---- pain reports and perfusion checks ------------------------------------------------------

@pytest.mark.parametrize(("inspections", "reports", "since", "open_ids"), [
    ([], [PainReportData(1, at(NOV[10]))], None, (1,)),
    ([inspection(1, NOV[10])], [PainReportData(1, at(NOV[10], 8))], None, ()),
    ([inspection(1, NOV[10])], [PainReportData(1, at(NOV[10], 11))], None, (1,)),
    # Only a fit inspection closes a pain report.
    ([inspection(1, NOV[10]), inspection(2, NOV[12], "needs IR review")],
     [PainReportData(1, at(NOV[11]))], None, (1,)),
    ([inspection(1, NOV[10]), inspection(2, NOV[12], "fit")],
     [PainReportData(2, at(NOV[13])), PainReportData(1, at(NOV[11]))], None, (2,)),
    # Reports about an earlier catheter do not count against a reinserted one.
    ([], [PainReportData(1, at(NOV[5])), PainReportData(2, at(NOV[20], 15))], NOV[20], (2,)),
])
def test_open_pain_reports(inspections: list[InspectionData], reports: list[PainReportData],
                           since: date | None, open_ids: tuple[int, ...]) -> None:
    assert tuple(p.id for p in open_pain_reports(inspections, reports, since=since)) == open_ids


@pytest.mark.parametrize(("last", "day", "interval", "due"), [
    (None, TODAY, 56, True),
    (TODAY, TODAY, 56, False),
    (TODAY - timedelta(days=55), TODAY, 56, False),
    (TODAY - timedelta(days=56), TODAY, 56, True),
    (TODAY - timedelta(days=57), TODAY, 56, True),
    (TODAY - timedelta(days=1), TODAY, 1, True),
])
def test_perfusion_check_due(last: date | None, day: date, interval: int, due: bool) -> None:
    assert perfusion_check_due(last, day, interval) is due


def test_perfusion_check_refuses_a_future_date_and_a_zero_interval() -> None:
    with pytest.raises(ValidationError) as caught:
        perfusion_check_due(TODAY + timedelta(days=1), TODAY, 56)
    assert caught.value.field == "last_check_on"
    assert "25 Nov 2026 is after 24 Nov 2026" in caught.value.message
    with pytest.raises(ValueError, match="at least 1"):
        perfusion_check_due(TODAY, TODAY, 0)


# ---- the gate -------------------------------------------------------------------------------

YESTERDAY, TWO_DAYS_AGO = TODAY - timedelta(days=1), TODAY - timedelta(days=2)
OVERRIDE = OverrideData(order_id=7, day=TODAY, reason="IR on site checked the port by phone")
REINSERTED = CatheterState("in place", NOV[20], NOV[20])

GATE_CASES = [
    # (name, state, inspections, pain reports, override, window, allowed, inspection id,
    #  overridden, reason part)
    ("same day", IN_PLACE, [inspection(1, TODAY)], [], None, 0, True, 1, False,
     "Catheter fit for HAI (inspected 24 Nov 2026 09:00)"),
    ("yesterday, same-day window", IN_PLACE, [inspection(1, YESTERDAY)], [], None, 0, False,
     None, False, "the last one was on 23 Nov 2026, 1 day earlier; an inspection counts on "
     "its own day only [site rule]"),
    ("yesterday, 1-day window", IN_PLACE, [inspection(1, YESTERDAY)], [], None, 1, True, 1,
     False, "Catheter fit"),
    ("two days ago, 1-day window", IN_PLACE, [inspection(1, TWO_DAYS_AGO)], [], None, 1, False,
     None, False, "an inspection counts for 1 day after its own"),
    ("two days ago, 2-day window", IN_PLACE, [inspection(1, TWO_DAYS_AGO)], [], None, 2, True,
     1, False, "Catheter fit"),
    ("none", IN_PLACE, [], [], None, 0, False, None, False, "none recorded"),
    ("only a later inspection", IN_PLACE, [inspection(1, TODAY + timedelta(days=1))], [], None,
     0, False, None, False, "none recorded"),
    ("later not fit beats earlier fit", IN_PLACE,
     [inspection(1, TODAY, "fit", 8), inspection(2, TODAY, "not fit", 10)], [], None, 0, False,
     None, False, "found the catheter 'not fit'"),
    ("later fit beats earlier needs IR review", IN_PLACE,
     [inspection(1, TODAY, "needs IR review", 8), inspection(2, TODAY, "fit", 10)], [], None,
     0, True, 2, False, "inspected 24 Nov 2026 10:00"),
    ("before a later catheter event", replace(IN_PLACE, last_event_on=YESTERDAY),
     [inspection(1, TWO_DAYS_AGO)], [], None, 7, False, None, False,
     "the last one (22 Nov 2026) predates the catheter event of 23 Nov 2026"),
    ("event on the inspection's date", replace(IN_PLACE, last_event_on=TODAY),
     [inspection(1, TODAY)], [], None, 0, True, 1, False, "Catheter fit"),
    ("reinserted: the old inspection no longer counts", REINSERTED,
     [inspection(1, NOV[19])], [], None, 30, False, None, False, "predates"),
    ("reinserted and inspected again", REINSERTED,
     [inspection(1, NOV[19]), inspection(2, NOV[20])], [], None, 30, True, 2, False,
     "Catheter fit"),
    ("pain after the inspection", IN_PLACE, [inspection(1, TODAY)],
     [PainReportData(1, at(TODAY, 10, 30))], None, 0, False, None, False,
     "pain during HAI was reported on 24 Nov 2026 10:30, after the inspection of 24 Nov 2026"),
    ("pain before the inspection", IN_PLACE, [inspection(1, TODAY)],
     [PainReportData(1, at(TODAY, 8))], None, 0, True, 1, False, "Catheter fit"),
    ("override", IN_PLACE, [], [], OVERRIDE, 0, True, None, True,
     "HAI allowed by investigator override: IR on site checked the port by phone "
     "(no valid catheter inspection: none recorded"),
    ("override of another day", IN_PLACE, [], [], replace(OVERRIDE, day=YESTERDAY), 0, False,
     None, False, "none recorded"),
    ("override without a reason", IN_PLACE, [], [], replace(OVERRIDE, reason="  "), 0, False,
     None, False, "none recorded"),
    ("override not needed", IN_PLACE, [inspection(1, TODAY)], [], OVERRIDE, 0, True, 1, False,
     "Catheter fit"),
    ("override after pain", IN_PLACE, [inspection(1, TODAY)],
     [PainReportData(1, at(TODAY, 10))], OVERRIDE, 0, True, None, True, "pain during HAI"),
    ("no catheter, even with override", NO_CATHETER, [], [], OVERRIDE, 0, False, None, False,
     f"{WITHHELD}: no catheter is recorded; record the implantation"),
]


@pytest.mark.parametrize(
    ("state", "inspections", "pain", "override", "window", "allowed", "inspection_id",
     "overridden", "reason"),
    [case[1:] for case in GATE_CASES], ids=[case[0] for case in GATE_CASES])
def test_hai_gate(state: CatheterState, inspections: list[InspectionData],
                  pain: list[PainReportData], override: OverrideData | None, window: int,
                  allowed: bool, inspection_id: int | None, overridden: bool,
                  reason: str) -> None:
    result = hai_gate(TODAY, arm_is_hai=True, state=state, inspections=inspections,
                      pain_reports=pain, override=override, window_days=window)
    assert (result.allowed, result.inspection_id, result.overridden) == (
        allowed, inspection_id, overridden)
    assert reason in result.reason
    if not allowed:
        assert result.reason.startswith(f"{WITHHELD}: ")


@pytest.mark.parametrize("override", [None, OVERRIDE])
def test_a_removed_catheter_stops_hai_even_with_an_override(
        override: OverrideData | None) -> None:
    result = hai_gate(TODAY, arm_is_hai=True, state=REMOVED,
                      inspections=[inspection(1, TODAY)], pain_reports=[], override=override,
                      window_days=0)
    assert result == result.__class__(
        False, "HAI stopped — catheter removed on 20 Nov 2026; reinsert before HAI", None, False)


def test_the_gate_follows_the_events_through_removal_and_reinsertion() -> None:
    events = [event(1, "implanted", NOV[2]), event(2, "removed", NOV[12])]
    inspections = [inspection(1, NOV[10])]
    gate = dict(arm_is_hai=True, pain_reports=[], override=None, window_days=0)
    before = hai_gate(NOV[10], state=catheter_state(events[:1]), inspections=inspections,
                      **gate)  # type: ignore[arg-type]
    assert before.allowed and before.inspection_id == 1
    removed = hai_gate(NOV[12], state=catheter_state(events), inspections=inspections,
                       **gate)  # type: ignore[arg-type]
    assert removed.reason.startswith("HAI stopped — catheter removed on 12 Nov 2026")
    events.append(event(3, "reinserted", NOV[20]))
    inspections.append(inspection(2, NOV[19]))  # back-entered, before the reinsertion
    state = catheter_state(events)
    assert not hai_gate(NOV[20], state=state, inspections=inspections,
                        **gate).allowed  # type: ignore[arg-type]
    inspections.append(inspection(3, NOV[20], hour=14))
    after = hai_gate(NOV[20], state=state, inspections=inspections,
                     **gate)  # type: ignore[arg-type]
    assert after.allowed and after.inspection_id == 3


def test_the_control_arm_has_no_hai_whatever_the_records() -> None:
    result = hai_gate(TODAY, arm_is_hai=False, state=IN_PLACE,
                      inspections=[inspection(1, TODAY)], pain_reports=[], override=OVERRIDE,
                      window_days=0)
    assert (result.allowed, result.overridden) == (False, False)
    assert result.reason == "No HAI — the patient is in the control arm"


def test_a_negative_window_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="0 or more"):
        hai_gate(TODAY, arm_is_hai=True, state=IN_PLACE, inspections=[], pain_reports=[],
                 override=None, window_days=-1)
