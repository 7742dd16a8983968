"""Properties of the catheter rules on any records: an inspection form or a catheter event is
accepted or refused with the project's own error naming a field; the catheter's state, open pain
reports and the HAI gate are computed for any history without raising, and the gate never lets
HAI through a catheter that is not in place, nor for the control arm."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from hai_desktop.core.catheter import (
    CatheterEventData,
    CatheterState,
    InspectionData,
    OverrideData,
    PainReportData,
    catheter_rules,
    catheter_state,
    check_catheter_event,
    check_inspection,
    hai_gate,
    open_pain_reports,
    perfusion_check_due,
)
from hai_desktop.core.errors import ValidationError

RULES = catheter_rules()
TODAY = date(2026, 11, 24)
days = st.dates(TODAY - timedelta(days=120), TODAY + timedelta(days=3))
moments = st.builds(lambda d, s: datetime.combine(d, time(), tzinfo=UTC) + timedelta(seconds=s),
                    days, st.integers(0, 86_399))
words = st.one_of(st.text(max_size=10), st.sampled_from(["", " ", "fit", "not fit"]))
answer_values = st.one_of(st.none(), st.booleans(), st.sampled_from(
    [c for item in RULES.items for c in item.choices] + ["", " ", "yes", "21G "]), words)
item_ids = st.sampled_from([item.id for item in RULES.items] + ["no_such_item"])
complete = st.fixed_dictionaries({item.id: answer_values for item in RULES.items})
valid_answers = st.fixed_dictionaries({
    item.id: st.sampled_from(item.choices) if item.choices else st.booleans()
    for item in RULES.items})
answers = st.one_of(st.dictionaries(item_ids, answer_values), complete)
states = st.one_of(
    st.just(CatheterState("none", None, None)),
    st.builds(lambda since, later: CatheterState("in place", since, later or since),
              days, st.one_of(st.none(), days)),
    st.builds(lambda since: CatheterState("removed", since, since), days),
)
kinds = st.sampled_from([k.id for k in RULES.event_kinds] + ["exploded", ""])
events = st.builds(CatheterEventData, kind=kinds, occurred_on=days,
                   complication=st.one_of(st.none(), st.sampled_from(
                       [c.id for c in RULES.complications])), id=st.integers(1, 50),
                   recorded_at=st.one_of(st.none(), moments))


def inspection_on(day_strategy: st.SearchStrategy[date],
                  outcomes: list[str]) -> st.SearchStrategy[InspectionData]:
    """An inspection done at some time on its own day."""
    return st.builds(
        lambda id_, day, seconds, outcome: InspectionData(
            id_, day, datetime.combine(day, time(), tzinfo=UTC) + timedelta(seconds=seconds),
            outcome, ()),
        st.integers(1, 10_000), day_strategy, st.integers(0, 86_399), st.sampled_from(outcomes))


inspections = inspection_on(days, [o.id for o in RULES.outcomes])
pains = st.builds(PainReportData, id=st.integers(1, 50), reported_at=moments)


@settings(max_examples=300)
@given(answers, st.sampled_from([o.id for o in RULES.outcomes] + ["fine", ""]),
       st.one_of(st.none(), words), st.one_of(st.none(), words), days, st.booleans(), states,
       st.booleans(), st.sampled_from([a.id for a in RULES.actions] + ["danced"]))
def test_any_inspection_form_is_accepted_or_refused_naming_a_field(
        form: dict[str, object], outcome: str, reason: str | None, explanation: str | None,
        inspected_on: date, arm_is_hai: bool, state: CatheterState, pain: bool,
        action: str) -> None:
    try:
        checked = check_inspection(
            form, outcome, outcome_reason=reason, explanation=explanation,  # type: ignore[arg-type]
            inspected_on=inspected_on, today=TODAY, arm_is_hai=arm_is_hai, state=state,
            pain_since_last=pain, action=action)
    except ValidationError as refused:
        assert refused.field and refused.message
        return
    # Accepted: a HAI patient's catheter in place, every item answered as its kind allows.
    assert arm_is_hai and state.in_place and inspected_on <= TODAY
    assert set(checked.answers) == {item.id for item in RULES.items}
    assert checked.outcome == outcome and (not pain or checked.answers["pain_previous_hai"])
    if outcome == "fit" and (checked.findings or pain):
        assert checked.explanation


IN_PLACE = CatheterState("in place", TODAY - timedelta(days=30), TODAY - timedelta(days=30))


@settings(max_examples=300)
@given(valid_answers, st.sampled_from([o.id for o in RULES.outcomes]),
       st.sampled_from(["", "flow poor"]), st.sampled_from(["", "IR review: port fine"]),
       st.booleans(), st.sampled_from([a.id for a in RULES.actions]))
def test_a_complete_form_is_accepted_exactly_when_the_protocols_rules_allow(
        form: dict[str, bool | str], outcome: str, reason: str, explanation: str, pain: bool,
        action: str) -> None:
    """The rules, restated: a reason for the outcomes that need one; pain since the last fit
    inspection answered yes; 'fit' never with the catheter removed, and with findings or pain
    only with an explanation."""
    findings = [item for item in RULES.items if item.is_finding(form[item.id])]
    allowed = (not (RULES.outcome(outcome).needs_reason and not reason)
               and not (pain and form["pain_previous_hai"] is not True)
               and not (outcome == "fit" and (action == "removed"
                                              or ((findings or pain) and not explanation))))
    try:
        checked = check_inspection(form, outcome, outcome_reason=reason,
                                   explanation=explanation, inspected_on=TODAY, today=TODAY,
                                   arm_is_hai=True, state=IN_PLACE, pain_since_last=pain,
                                   action=action)
    except ValidationError:
        assert not allowed
        return
    assert allowed
    assert checked.findings == tuple(item.id for item in findings)


@settings(max_examples=300)
@given(kinds, days, st.one_of(st.none(), words, st.sampled_from(
    [c.id for c in RULES.complications])), st.one_of(st.none(), st.sampled_from(
        [r.id for r in RULES.access_routes] + ["teleported"])), states)
def test_any_catheter_event_is_accepted_or_refused_naming_a_field(
        kind: str, occurred_on: date, complication: str | None, route: str | None,
        state: CatheterState) -> None:
    try:
        check_catheter_event(kind, occurred_on=occurred_on, today=TODAY,
                             complication=complication, access_route=route, state=state)
    except ValidationError as refused:
        assert refused.field and refused.message
        return
    assert occurred_on <= TODAY
    if kind == "implanted":
        assert state.status == "none"
    elif kind == "reinserted":
        assert state.status == "removed"
    else:
        assert state.in_place


# A catheter implanted a month ago, maybe with later events, inspected in the last days: random
# histories rarely make HAI possible at all.
recent = st.dates(TODAY - timedelta(days=4), TODAY)
implanted = CatheterEventData("implanted", TODAY - timedelta(days=30), None, 1)
histories = st.one_of(st.lists(events, max_size=6),
                      st.lists(events, max_size=2).map(lambda later: [implanted, *later]),
                      st.just([implanted]))
recent_inspections = inspection_on(recent, ["fit", "fit", "fit", "not fit"])


@settings(max_examples=300)
@given(histories, st.lists(st.one_of(recent_inspections, recent_inspections, inspections),
                          max_size=4, unique_by=lambda i: i.id),
       st.lists(pains, max_size=2), st.one_of(recent, days), st.booleans(),
       st.integers(0, 3),
       st.one_of(st.none(), st.builds(OverrideData, order_id=st.just(1), day=days,
                                      reason=words)))
def test_the_gate_is_decided_for_any_history_and_needs_a_catheter_in_place(
        history: list[CatheterEventData], done: list[InspectionData],
        reported: list[PainReportData], day: date, arm_is_hai: bool, window: int,
        override: OverrideData | None) -> None:
    state = catheter_state(history)
    assert state.status in ("none", "in place", "removed")
    still_open = open_pain_reports(done, reported, since=state.since)
    assert set(still_open) <= set(reported)
    gate = hai_gate(day, arm_is_hai=arm_is_hai, state=state, inspections=done,
                    pain_reports=reported, override=override, window_days=window)
    assert gate.reason
    if gate.allowed:
        assert arm_is_hai and state.in_place
        if not gate.overridden:
            used = next(i for i in done if i.id == gate.inspection_id)
            assert used.outcome == "fit" and 0 <= (day - used.inspected_on).days <= window


@settings(max_examples=200)
@given(st.one_of(st.none(), days), days, st.integers(1, 400))
def test_the_perfusion_check_is_due_or_not_or_refused_for_a_later_check(
        last: date | None, day: date, interval: int) -> None:
    try:
        due = perfusion_check_due(last, day, interval)
    except ValidationError:
        assert last is not None and last > day
        return
    assert due == (last is None or (day - last).days >= interval)
