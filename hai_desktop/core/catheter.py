"""HAI catheter: its state from its events, the inspection before each use, and the HAI gate.

Protocol (PROTOCOL.md, HAI catheter): the catheter's condition and function are examined before
each use; abdominal pain or catheter discomfort during HAI means it must be inspected for
malfunction, infection or leakage. The checklist, outcomes and event kinds are data
(resources/protocol/catheter.toml, each with its source); the rules that join them are here.

The callers pass only live records: voided events and inspections are filtered out before.

Rules chosen here, where the protocol is silent:
- An inspection counts for HAI on `day` when 0 <= (day - inspected_on) <= window_days: 0 means the
  same day only, 1 that day or the day before [site rule, default 0].
- A catheter event (of any kind) dated after an inspection invalidates it. Events carry a date
  only, so an event on the same date as the inspection does not invalidate it: the inspection
  before use is taken to follow that day's procedure — unless the event was recorded after the
  inspection (`recorded_at`, when known): then the inspection cannot have seen it (e.g. a
  catheter removed and reinserted after the morning's inspection).
- The last inspection decides: a later "not fit" or "needs IR review" overrides an earlier "fit".
- A pain report stays open until a "fit" inspection made after it. Such a "fit" needs an
  explanation (the interventional radiology review that cleared the catheter); otherwise the
  outcome must be "needs IR review" or "not fit". A pain report after the fit inspection
  withholds HAI.
- No catheter in place (none recorded, or removed): never allowed, not even by an override.
"""

from __future__ import annotations

import enum
import tomllib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

from hai_desktop.core.errors import HaiError, ValidationError
from hai_desktop.core.i18n import DataText, Day, Message, data_text, msg

FIT, NOT_FIT, NEEDS_IR_REVIEW = "fit", "not fit", "needs IR review"
NO_CATHETER, IN_PLACE, REMOVED = "none", "in place", "removed"
NO_ACTION, REMOVED_ACTION = "none", "removed"
IMPLANTED, REINSERTED, REMOVED_EVENT, COMPLICATION = (
    "implanted", "reinserted", "removed", "complication")
PAIN_ITEM = "pain_previous_hai"  # the checklist item a pain report must be reflected in
WITHHELD = msg("HAI withheld — no valid catheter inspection")
_REQUIRED_OUTCOMES = (FIT, NOT_FIT, NEEDS_IR_REVIEW)
_STATUSES = (IN_PLACE, REMOVED)


def _day(value: date) -> Day:
    return Day(value)


# ---- protocol data --------------------------------------------------------------------------

class ItemKind(enum.StrEnum):
    YES_NO = "yes_no"
    CHOICE = "choice"


@dataclass(frozen=True)
class ChecklistItem:
    id: str
    section: str
    text: str
    kind: ItemKind
    source: str
    site_rule: bool
    finding_when: bool | None = None  # yes_no: the answer that is a problem
    choices: tuple[str, ...] = ()
    # The site's Korean, shown in a Korean interface; the English is the text of record.
    text_ko: str = ""
    section_ko: str = ""

    def text_in(self, language: str) -> str:
        return data_text(language, self.text, self.text_ko)

    def section_in(self, language: str) -> str:
        return data_text(language, self.section, self.section_ko)

    def is_finding(self, answer: bool | str) -> bool:
        return self.kind is ItemKind.YES_NO and answer is self.finding_when


@dataclass(frozen=True)
class Term:
    """One entry of a fixed list (outcome, action, event kind, complication, access route)."""

    id: str
    label: str
    source: str
    site_rule: bool
    label_ko: str  # the site's Korean (shown); the id is stored, the English is of record

    def label_in(self, language: str) -> str:
        return data_text(language, self.label, self.label_ko)


@dataclass(frozen=True)
class Outcome(Term):
    allows_hai: bool
    needs_reason: bool


@dataclass(frozen=True)
class EventKind(Term):
    status: str | None  # what the event makes of the catheter; None = unchanged


@dataclass(frozen=True)
class CatheterRules:
    version: str
    source: str
    reminder: str
    reminder_source: str
    items: tuple[ChecklistItem, ...]
    outcomes: tuple[Outcome, ...]
    actions: tuple[Term, ...]
    event_kinds: tuple[EventKind, ...]
    complications: tuple[Term, ...]
    access_routes: tuple[Term, ...]
    inspection_window_days: int
    inspection_window_source: str
    perfusion_check_interval_days: int
    perfusion_check_source: str
    reminder_ko: str = ""

    def reminder_in(self, language: str) -> str:
        return data_text(language, self.reminder, self.reminder_ko)

    def section_in(self, section: str, language: str) -> str:
        """One of `sections` in `language` (its items carry the Korean)."""
        item = next((i for i in self.items if i.section == section), None)
        return item.section_in(language) if item is not None else section

    def item(self, item_id: str) -> ChecklistItem:
        return _find(self.items, item_id)

    def outcome(self, outcome_id: str) -> Outcome:
        return _find(self.outcomes, outcome_id)

    def event_kind(self, kind: str) -> EventKind:
        return _find(self.event_kinds, kind)

    @property
    def sections(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(item.section for item in self.items))


_Entry = TypeVar("_Entry", bound="ChecklistItem | Term")


def _find(entries: Sequence[_Entry], key: str) -> _Entry:
    for entry in entries:
        if entry.id == key:
            return entry
    raise KeyError(key)


def _ids(entries: Sequence[Term | ChecklistItem]) -> tuple[str, ...]:
    return tuple(entry.id for entry in entries)


def load_catheter_rules(path: Path) -> CatheterRules:
    """Read and validate the catheter file; any fault names the file and the entry."""
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise HaiError(msg("The catheter rules file {path} cannot be read: {exc}.",
                           path=path, exc=exc)) from exc
    except tomllib.TOMLDecodeError as exc:
        raise HaiError(msg("The catheter rules file {path} is not valid TOML: {exc}.",
                           path=path, exc=exc)) from exc
    try:
        reminder = raw["reminder"]
        defaults = raw["defaults"]
        rules = CatheterRules(
            version=str(raw.get("version", "")),
            source=_text(raw, "source", "the file"),
            reminder=_text(reminder, "text", "[reminder]"),
            reminder_source=_text(reminder, "source", "[reminder]"),
            items=_list(path, raw, "item", _item),
            outcomes=_list(path, raw, "outcome", _outcome),
            actions=_list(path, raw, "action", _term),
            event_kinds=_list(path, raw, "event_kind", _event_kind),
            complications=_list(path, raw, "complication", _term),
            access_routes=_list(path, raw, "access_route", _term),
            inspection_window_days=_days(defaults, "inspection_window_days", 0),
            inspection_window_source=_text(defaults, "inspection_window_source", "[defaults]"),
            perfusion_check_interval_days=_days(defaults, "perfusion_check_interval_days", 1),
            perfusion_check_source=_text(defaults, "perfusion_check_source", "[defaults]"),
            reminder_ko=str(reminder.get("text_ko", "")),
        )
    except KeyError as exc:
        raise HaiError(msg("{path}: missing {exc}.", path=path, exc=exc)) from exc
    except ValueError as exc:
        raise HaiError(msg("{path}: {exc}.", path=path, exc=exc)) from exc
    # The code names these ids: the file must keep them.
    needed = {"outcome": (_ids(rules.outcomes), _REQUIRED_OUTCOMES),
              "item": (_ids(rules.items), (PAIN_ITEM,)),
              "action": (_ids(rules.actions), (NO_ACTION,)),
              "event_kind": (_ids(rules.event_kinds),
                             (IMPLANTED, REINSERTED, REMOVED_EVENT, COMPLICATION))}
    for table, (present, required) in needed.items():
        missing = [i for i in required if i not in present]
        if missing:
            raise HaiError(msg("{path}: [[{table}]] lacks {missing}.",
                               path=path, table=table, missing=', '.join(missing)))
    return rules


def _text(entry: Mapping[str, Any], key: str, where: str) -> str:
    value = entry.get(key)
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"{where}: missing or empty {key}")
    return value


def _days(entry: Mapping[str, Any], key: str, minimum: int) -> int:
    value = entry[key]
    if not isinstance(value, int) or isinstance(value, bool) or value < minimum:
        raise ValueError(f"[defaults] {key} must be a whole number of at least {minimum}")
    return value


def _list(path: Path, raw: Mapping[str, Any], table: str,
          build: Callable[[Mapping[str, Any], str], _Entry]) -> tuple[_Entry, ...]:
    entries = raw.get(table)
    if not isinstance(entries, list) or not entries:
        raise HaiError(msg("{path}: no [[{table}]] entries found.", path=path, table=table))
    built: list[_Entry] = []
    for number, entry in enumerate(entries, start=1):
        where = f"[[{table}]] #{number} ({entry.get('id', 'no id')})"
        try:
            built.append(build(entry, where))
        except KeyError as exc:
            raise HaiError(msg("{path}, {where}: missing {exc}.",
                               path=path, where=where, exc=exc)) from exc
        except (ValueError, TypeError) as exc:  # TypeError: e.g. a number where a list goes
            raise HaiError(msg("{path}, {where}: {exc}.", path=path, where=where, exc=exc)) from exc
    ids = [b.id for b in built]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        raise HaiError(msg("{path}: [[{table}]] ids used twice: {duplicates}.",
                           path=path, table=table, duplicates=', '.join(duplicates)))
    return tuple(built)


def _site_rule(entry: Mapping[str, Any]) -> bool:
    value = entry["site_rule"]
    if not isinstance(value, bool):
        raise ValueError("site_rule must be true or false")
    return value


def _term(entry: Mapping[str, Any], where: str) -> Term:
    return Term(_text(entry, "id", where), _text(entry, "label", where),
                _text(entry, "source", where), _site_rule(entry), str(entry.get("label_ko", "")))


def _outcome(entry: Mapping[str, Any], where: str) -> Outcome:
    term = _term(entry, where)
    return Outcome(term.id, term.label, term.source, term.site_rule, term.label_ko,
                   allows_hai=bool(entry["allows_hai"]), needs_reason=bool(entry["needs_reason"]))


def _event_kind(entry: Mapping[str, Any], where: str) -> EventKind:
    term = _term(entry, where)
    status = entry.get("status")
    if status is not None and status not in _STATUSES:
        raise ValueError(f"status must be one of {', '.join(_STATUSES)}")
    return EventKind(term.id, term.label, term.source, term.site_rule, term.label_ko,
                     status=status)


def _item(entry: Mapping[str, Any], where: str) -> ChecklistItem:
    kind = ItemKind(entry["kind"])
    finding_when: bool | None = None
    choices: tuple[str, ...] = ()
    if kind is ItemKind.YES_NO:
        if entry["finding_when"] not in ("yes", "no"):
            raise ValueError("finding_when must be 'yes' or 'no'")
        finding_when = entry["finding_when"] == "yes"
    else:
        choices = tuple(str(c) for c in entry["choices"])
        if not choices:
            raise ValueError("choices is empty")
    return ChecklistItem(id=_text(entry, "id", where), section=_text(entry, "section", where),
                         text=_text(entry, "text", where), kind=kind,
                         source=_text(entry, "source", where), site_rule=_site_rule(entry),
                         finding_when=finding_when, choices=choices,
                         text_ko=str(entry.get("text_ko", "")),
                         section_ko=str(entry.get("section_ko", "")))


@cache
def catheter_rules() -> CatheterRules:
    from hai_desktop.paths import resource

    return load_catheter_rules(resource("protocol", "catheter.toml"))


# ---- records as the rules see them ----------------------------------------------------------

@dataclass(frozen=True)
class CatheterEventData:
    kind: str
    occurred_on: date
    complication: str | None
    id: int
    recorded_at: datetime | None = None  # when it was entered (None: unknown)


@dataclass(frozen=True)
class InspectionData:
    id: int
    inspected_on: date
    inspected_at: datetime  # when it was done (not when it was typed in)
    outcome: str
    findings: tuple[str, ...]


@dataclass(frozen=True)
class PainReportData:
    id: int
    reported_at: datetime


@dataclass(frozen=True)
class OverrideData:
    order_id: int
    day: date
    reason: str


# ---- the catheter's state -------------------------------------------------------------------

@dataclass(frozen=True)
class CatheterState:
    status: str  # "none" | "in place" | "removed"
    since: date | None  # date of the last implanted / reinserted / removed event
    last_event_on: date | None  # date of the last event of any kind
    # When the last recorded of the events dated `last_event_on` was entered (None: unknown)
    last_recorded_at: datetime | None = None

    @property
    def in_place(self) -> bool:
        return self.status == IN_PLACE

    def describe(self) -> str:
        if self.status == IN_PLACE and self.since is not None:
            return msg("in place since {day}", day=_day(self.since))
        if self.status == REMOVED and self.since is not None:
            return msg("removed on {day}", day=_day(self.since))
        return msg("none recorded")


NO_CATHETER_STATE = CatheterState(NO_CATHETER, None, None)


def catheter_state(events: Sequence[CatheterEventData],
                   rules: CatheterRules | None = None) -> CatheterState:
    """Replay the events by date; on one date, in the order they were recorded (id)."""
    rules = rules or catheter_rules()
    statuses = {kind.id: kind.status for kind in rules.event_kinds}
    status, since, last = NO_CATHETER, None, None
    for event in sorted(events, key=lambda e: (e.occurred_on, e.id)):
        last = event.occurred_on
        new_status = statuses.get(event.kind)
        if new_status is not None:
            status, since = new_status, event.occurred_on
    entered = [e.recorded_at for e in events if e.occurred_on == last and e.recorded_at]
    return CatheterState(status, since, last, max(entered, default=None))


def check_catheter_event(kind: str, *, occurred_on: date, today: date, complication: str | None,
                         access_route: str | None, state: CatheterState,
                         rules: CatheterRules | None = None) -> None:
    """Refuse an event that the catheter's current state makes impossible."""
    rules = rules or catheter_rules()
    kinds = _ids(rules.event_kinds)
    if kind not in kinds:
        raise ValidationError(msg("Choose the event: {kinds}.",
                                  kinds=', '.join(kinds)), field="kind")
    if occurred_on > today:
        raise ValidationError(msg("The event date {occurred_on} is in the future.",
                                  occurred_on=_day(occurred_on)),
                              field="occurred_on")
    complications = _ids(rules.complications)
    if kind == COMPLICATION and complication not in complications:
        raise ValidationError(msg("Choose the complication: {complications}.",
                                  complications=', '.join(complications)),
                              field="complication")
    if kind != COMPLICATION and complication:
        raise ValidationError(msg("A complication is recorded only with the event 'complication'."),
                              field="complication")
    routes = _ids(rules.access_routes)
    if kind in (IMPLANTED, REINSERTED) and access_route not in routes:
        raise ValidationError(msg("Choose the access route: {routes}.", routes=', '.join(routes)),
                              field="access_route")
    if kind == IMPLANTED and state.status != NO_CATHETER:
        raise ValidationError(msg("A catheter is already recorded ({state}): record a revision, "
                                  "removal or reinsertion instead.",
                                  state=state.describe()), field="kind")
    if kind == REINSERTED and state.status != REMOVED:
        raise ValidationError(msg("Only a removed catheter can be reinserted (catheter: {state}).",
                                  state=state.describe()), field="kind")
    if kind not in (IMPLANTED, REINSERTED) and state.status != IN_PLACE:
        raise ValidationError(msg("No catheter is in place (catheter: {state}): '{kind}' cannot be "
                                  "recorded.", state=state.describe(), kind=kind), field="kind")
    # Only the status changes must follow the last event; a late-recorded complication may not.
    floor = state.last_event_on if rules.event_kind(kind).status else state.since
    if floor is not None and occurred_on < floor:
        raise ValidationError(msg("The event date {occurred_on} is before the catheter's last "
                                  "event on {floor}.",
                                  occurred_on=_day(occurred_on),
                                  floor=_day(floor)), field="occurred_on")


# ---- the inspection -------------------------------------------------------------------------

@dataclass(frozen=True)
class CheckedInspection:
    answers: Mapping[str, bool | str]
    inspected_on: date
    outcome: str
    outcome_reason: str | None
    explanation: str | None
    action: str
    findings: tuple[str, ...]  # ids of the items whose answer is a problem, in checklist order
    finding_texts: tuple[str, ...]

    @property
    def needle_gauge(self) -> str | None:
        gauge = self.answers.get("needle_gauge")
        return gauge if isinstance(gauge, str) else None


def _blank(text: str | None) -> str | None:
    return (text or "").strip() or None


def check_inspection(answers: Mapping[str, bool | str | None], outcome: str, *,
                     outcome_reason: str | None, explanation: str | None, inspected_on: date,
                     today: date, arm_is_hai: bool, state: CatheterState, pain_since_last: bool,
                     action: str = NO_ACTION, rules: CatheterRules | None = None
                     ) -> CheckedInspection:
    """Validate one inspection; every refusal says what to fix and names the field.

    `answers`: item id -> True (yes) / False (no) for yes_no items, the choice for choice items,
    None (or absent) when not answered. `pain_since_last`: a pain report is open (see
    `open_pain_reports`).
    """
    rules = rules or catheter_rules()
    _check_catheter_for_inspection(inspected_on, today, arm_is_hai, state)
    checked = _check_answers(answers, rules)
    outcomes = _ids(rules.outcomes)
    if outcome not in outcomes:
        raise ValidationError(msg("Choose the outcome: {outcomes}.",
                                  outcomes=', '.join(outcomes)), field="outcome")
    actions = _ids(rules.actions)
    if action not in actions:
        raise ValidationError(msg("Choose the action taken: {actions}.",
                                  actions=', '.join(actions)), field="action")
    reason, why = _blank(outcome_reason), _blank(explanation)
    if rules.outcome(outcome).needs_reason and reason is None:
        raise ValidationError(msg("Give the reason for '{outcome}'.",
                                  outcome=outcome), field="outcome_reason")
    pain_item = rules.item(PAIN_ITEM)
    if pain_since_last and checked[PAIN_ITEM] is not True:
        raise ValidationError(msg("Pain during HAI was reported since the last inspection: answer "
                                  "yes to '{pain_item}'.",
                                  pain_item=pain_item.text), field=PAIN_ITEM)
    findings = tuple(item for item in rules.items if item.is_finding(checked[item.id]))
    if outcome == FIT:
        if action == REMOVED_ACTION:
            raise ValidationError(msg("A catheter removed at this inspection cannot be fit "
                                      "for HAI."),
                                  field="action")
        # Pain first: it is the protocol's own trigger, and the more specific message.
        if pain_since_last and why is None:
            raise ValidationError(
                msg("Pain during HAI was reported since the last fit inspection: choose "
                    "'{NEEDS_IR_REVIEW}' or '{NOT_FIT}', or explain in the explanation the "
                    "interventional radiology review that found the catheter fit.",
                    NEEDS_IR_REVIEW=NEEDS_IR_REVIEW, NOT_FIT=NOT_FIT), field="outcome")
        if findings and why is None:
            raise ValidationError(
                msg("'{FIT}' with findings ({findings}) needs an explanation of why HAI is safe "
                    "today.",
                    FIT=FIT, findings='; '.join(f.text for f in findings)), field="explanation")
    return CheckedInspection(answers=checked, inspected_on=inspected_on, outcome=outcome,
                             outcome_reason=reason, explanation=why, action=action,
                             findings=tuple(f.id for f in findings),
                             finding_texts=tuple(f.text for f in findings))


def _check_catheter_for_inspection(inspected_on: date, today: date, arm_is_hai: bool,
                                   state: CatheterState) -> None:
    if not arm_is_hai:
        raise ValidationError(msg("This patient is in the control arm: there is no HAI catheter to "
                                  "inspect."), field="arm")
    if state.status == REMOVED:
        raise ValidationError(msg("The catheter was {state}: record its reinsertion before "
                                  "inspecting it.", state=state.describe()), field="catheter")
    if not state.in_place:
        raise ValidationError(msg("No catheter is recorded for this patient: record the "
                                  "implantation before inspecting it."), field="catheter")
    if inspected_on > today:
        raise ValidationError(msg("The inspection date {inspected_on} is in the future.",
                                  inspected_on=_day(inspected_on)),
                              field="inspected_on")
    if state.since is not None and inspected_on < state.since:
        raise ValidationError(msg("The catheter is {state}: an inspection on {inspected_on} cannot "
                                  "be of this catheter.",
                                  state=state.describe(), inspected_on=_day(inspected_on)),
                              field="inspected_on")


def _unanswered(answer: bool | str | None) -> bool:
    return answer is None or (isinstance(answer, str) and not answer.strip())


def _check_answers(answers: Mapping[str, bool | str | None], rules: CatheterRules
                   ) -> dict[str, bool | str]:
    known = _ids(rules.items)
    unknown = [key for key in answers if key not in known]
    if unknown:
        raise ValidationError(msg("Not a checklist item: {unknown}.",
                                  unknown=', '.join(unknown)), field=unknown[0])
    # Blank means not answered: the form never pre-ticks an answer.
    unanswered = [item for item in rules.items if _unanswered(answers.get(item.id))]
    if unanswered:
        raise ValidationError(msg("Answer every checklist item; not yet answered: {unanswered}.",
                                  unanswered='; '.join(item.text for item in unanswered)),
                              field=unanswered[0].id)
    checked: dict[str, bool | str] = {}
    for item in rules.items:
        answer = answers[item.id]
        if answer is None:  # cannot happen after the check above; keeps the type narrow
            continue
        if item.kind is ItemKind.YES_NO and not isinstance(answer, bool):
            raise ValidationError(msg("Answer yes or no to '{item}'.",
                                      item=item.text), field=item.id)
        if item.kind is ItemKind.CHOICE and answer not in item.choices:
            raise ValidationError(msg("'{item}' must be one of {choices}.",
                                      item=item.text, choices=', '.join(item.choices)),
                                  field=item.id)
        checked[item.id] = answer
    return checked


def _latest(inspections: Sequence[InspectionData]) -> InspectionData | None:
    return max(inspections, key=lambda i: (i.inspected_on, i.inspected_at, i.id), default=None)


def open_pain_reports(inspections: Sequence[InspectionData],
                      pain_reports: Sequence[PainReportData], *, since: date | None = None
                      ) -> tuple[PainReportData, ...]:
    """Pain reports not yet followed by a "fit" inspection (only a fit inspection closes one).

    `since`: the catheter's in-place date; reports from before it concern an earlier catheter.
    """
    last_fit = _latest([i for i in inspections if i.outcome == FIT])
    return tuple(sorted(
        (p for p in pain_reports
         if (last_fit is None or p.reported_at > last_fit.inspected_at)
         and (since is None or p.reported_at.date() >= since)),
        key=lambda p: (p.reported_at, p.id)))


def perfusion_check_due(last_check_on: date | None, day: date, interval_days: int) -> bool:
    """Due when never done, or when `interval_days` or more have passed since the last one."""
    if interval_days < 1:
        raise ValueError("interval_days must be at least 1")
    if last_check_on is None:
        return True
    if last_check_on > day:
        raise ValidationError(msg("The last perfusion check date {last_check_on} is after {day}.",
                                  last_check_on=_day(last_check_on),
                                  day=_day(day)), field="last_check_on")
    return (day - last_check_on).days >= interval_days


# ---- the gate on the HAI line of an order ---------------------------------------------------

@dataclass(frozen=True)
class GateResult:
    allowed: bool
    reason: str
    inspection_id: int | None = None
    overridden: bool = False
    why: str = ""  # why no inspection is valid, without the headline (WITHHELD)


def _window_text(window_days: int) -> Message:
    if window_days == 0:
        return msg("an inspection counts on its own day only [site rule]")
    if window_days == 1:
        return msg("an inspection counts for 1 day after its own [site rule]")
    return msg("an inspection counts for {days} days after its own [site rule]",
               days=window_days)


def _why_not_valid(day: date, state: CatheterState, inspections: Sequence[InspectionData],
                   pain_reports: Sequence[PainReportData], window_days: int
                   ) -> tuple[Message | None, InspectionData | None]:
    """Why no inspection makes HAI safe on `day` (None: the returned inspection does)."""
    latest = _latest([i for i in inspections if i.inspected_on <= day])
    if latest is None:
        return msg("none recorded for this catheter"), None
    done = _day(latest.inspected_on)
    if state.last_event_on is not None and latest.inspected_on < state.last_event_on:
        return msg("the last one ({done}) predates the catheter event of {event}; inspect it "
                   "again", done=done, event=_day(state.last_event_on)), None
    if (state.last_event_on == latest.inspected_on and state.last_recorded_at is not None
            and state.last_recorded_at > latest.inspected_at):
        return msg("the last one ({done} {time}) was made before the catheter event recorded "
                   "later that day; inspect it again", done=done,
                   time=f"{latest.inspected_at:%H:%M}"), None
    if latest.outcome != FIT:
        return msg("the last one ({done}) found the catheter '{outcome}'", done=done,
                   outcome=_outcome_text(latest.outcome)), None
    age = (day - latest.inspected_on).days
    if age > window_days:
        if age == 1:
            return msg("the last one was on {done}, 1 day earlier; {window}", done=done,
                       window=_window_text(window_days)), None
        return msg("the last one was on {done}, {age} days earlier; {window}", done=done,
                   age=age, window=_window_text(window_days)), None
    pain = [p for p in pain_reports if p.reported_at > latest.inspected_at]
    if pain:
        first = min(pain, key=lambda p: p.reported_at)
        return msg("pain during HAI was reported on {day} {time}, after the inspection of "
                   "{done}; inspect it again", day=_day(first.reported_at.date()),
                   time=f"{first.reported_at:%H:%M}", done=done), None
    return None, latest


def hai_gate(day: date, *, arm_is_hai: bool, state: CatheterState,
             inspections: Sequence[InspectionData], pain_reports: Sequence[PainReportData],
             override: OverrideData | None, window_days: int) -> GateResult:
    """May the HAI oxaliplatin line run on `day`? Only through a catheter in place, found fit by
    the last inspection within the window, with no catheter event or pain report since."""
    if window_days < 0:
        raise ValueError("window_days must be 0 or more")
    if not arm_is_hai:
        return GateResult(False, msg("No HAI — the patient is in the control arm"))
    if state.status == REMOVED:
        assert state.since is not None
        return GateResult(False, msg("HAI stopped — catheter removed on {day}; reinsert before "
                                     "HAI", day=_day(state.since)))
    if not state.in_place:
        # Nothing to infuse through: an override cannot help, recording the implantation does.
        missing = msg("no catheter is recorded; record the implantation")
        return GateResult(False, _withheld(missing), why=missing)
    why, inspection = _why_not_valid(day, state, inspections, pain_reports, window_days)
    if inspection is not None:
        return GateResult(True, msg("Catheter fit for HAI (inspected {day} {time})",
                                    day=_day(inspection.inspected_on),
                                    time=f"{inspection.inspected_at:%H:%M}"), inspection.id)
    if override is not None and override.day == day and override.reason.strip():
        return GateResult(True, msg("HAI allowed by investigator override: {reason} (no valid "
                                    "catheter inspection: {why})",
                                    reason=override.reason.strip(), why=why),
                          overridden=True, why=why or "")
    return GateResult(False, _withheld(why), why=why or "")


def _outcome_text(outcome_id: str) -> str:
    try:
        term = catheter_rules().outcome(outcome_id)
    except (KeyError, ValueError, HaiError):  # an outcome the site has since retired
        return outcome_id
    return DataText(outcome_id, term.label_ko)  # the English names the outcome as stored


def _withheld(why: str | None) -> Message:
    return msg("HAI withheld — no valid catheter inspection: {why}", why=why)
