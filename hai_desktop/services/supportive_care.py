"""The premedication and supportive-care table in force, its investigator sign-off, and the items
each order carries.

Like the dose-level table: defaults from resources/protocol/supportive_care.toml, a change is
audited with its source and reason, and until an investigator signs the table in force off
(password re-entry, bound to its content hash) every order says "premedication not confirmed by
the investigator". On an order, leaving an item out or changing its dose needs a reason.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from hai_desktop.core.errors import HaiError, NotFound, ValidationError
from hai_desktop.core.i18n import msg
from hai_desktop.core.supportive import (
    SupportiveItem,
    check_ismp_text,
    items_for,
    protocol_supportive_items,
)
from hai_desktop.services import signing
from hai_desktop.services.permissions import Action
from hai_desktop.services.workspace import Workspace
from hai_desktop.store.models import SupportiveCareRule, utc_now

SIGNATURE_ENTITY, SIGNATURE_ID = "supportive_care_rules", "table"
SIGN_OFF_MEANING = "premedication table confirmed by the investigator"
UNCONFIRMED = msg("Premedication and supportive care not confirmed by the investigator")


def _from_row(row: SupportiveCareRule, default: SupportiveItem) -> SupportiveItem:
    # The file's Korean timing no longer says what a changed timing says: show the change.
    timing_ko = default.timing_ko if row.timing == default.timing else ""
    return replace(default, dose=row.dose, route=row.route, timing=row.timing,
                   active=row.active, source=row.source, status="changed", timing_ko=timing_ko)


def items_in_force(session: Session) -> tuple[SupportiveItem, ...]:
    rows = {r.item_id: r for r in session.scalars(select(SupportiveCareRule))}
    return tuple(_from_row(rows[i.id], i) if i.id in rows else i
                 for i in protocol_supportive_items())


def _content(items: Iterable[SupportiveItem]) -> dict[str, object]:
    return {i.id: {"dose": i.dose, "route": i.route, "timing": i.timing, "active": i.active}
            for i in sorted(items, key=lambda x: x.id)}


@dataclass(frozen=True)
class SupportiveTable:
    items: tuple[SupportiveItem, ...]
    confirmed_by: str | None
    confirmed_at: datetime | None

    @property
    def confirmed(self) -> bool:
        return self.confirmed_at is not None


def load_table(session: Session) -> SupportiveTable:
    items = items_in_force(session)
    signoff = signing.signoff_in_force(session, SIGNATURE_ENTITY, SIGNATURE_ID,
                                       _content(items))
    if signoff is not None:
        return SupportiveTable(items, signoff.full_name, signoff.signed_at)
    return SupportiveTable(items, None, None)


def supportive_table(ws: Workspace) -> SupportiveTable:
    ws.require(Action.VIEW_RECORDS)
    with ws.db.read_session() as session:
        return load_table(session)


def _ismp(text: str, what: str, field: str, *, route: bool = False) -> str:
    value = " ".join(text.split())
    if not value:
        raise ValidationError(msg("Enter the {what}.", what=what), field=field)
    try:
        check_ismp_text(f" {value} " if route else value, what[:1].upper() + what[1:])
    except HaiError as exc:
        raise ValidationError(exc.message, field=field, hint=exc.hint) from None
    return value


def change_item(ws: Workspace, item_id: str, *, dose: str, route: str, timing: str,
                active: bool, source: str, reason: str) -> None:
    ws.require(Action.EDIT_SUPPORTIVE_CARE)
    defaults = {i.id: i for i in protocol_supportive_items()}
    if item_id not in defaults:
        raise NotFound(msg("There is no premedication or supportive-care item '{item_id}'.",
                           item_id=item_id))
    dose_text = _ismp(dose, "dose", "dose")
    route_text = _ismp(route, "route", "route", route=True)
    if not timing.strip():
        raise ValidationError(msg("Say when it is given (e.g. 30 min before the first cytotoxic "
                                  "drug)."), field="timing")
    if not source.strip():
        raise ValidationError(msg("Give the source of the change."), field="source")
    if not reason.strip():
        raise ValidationError(msg("Give the reason for the change."), field="reason")
    with ws.session(reason=reason.strip()) as session:
        row = session.get(SupportiveCareRule, item_id)
        if row is None:
            row = SupportiveCareRule(item_id=item_id)
            session.add(row)
        row.dose, row.route, row.timing = dose_text, route_text, " ".join(timing.split())
        row.active, row.source, row.updated_at = bool(active), source.strip(), utc_now()


def sign_off_table(ws: Workspace, password: str) -> SupportiveTable:
    """The investigator confirms the whole table in force (password re-entry)."""
    ws.require(Action.SIGN_OFF_SUPPORTIVE_CARE)
    ws.confirm_password(password, purpose="sign off the premedication table")
    with ws.session(reason="premedication table signed off") as session:
        previous = signing.current_signoff(session, SIGNATURE_ENTITY, SIGNATURE_ID)
        if previous is not None:
            previous.superseded = True
        signing.sign(ws, session, entity=SIGNATURE_ENTITY, entity_id=SIGNATURE_ID,
                     meaning=SIGN_OFF_MEANING, content=_content(items_in_force(session)))
    return supportive_table(ws)


# ---- on an order --------------------------------------------------------------------------

@dataclass(frozen=True)
class SupportiveChange:
    """The investigator's change to one item on this order: leave it out, or another dose."""

    omit: bool = False
    dose: str | None = None
    reason: str = ""


@dataclass(frozen=True)
class SupportiveLine:
    item: SupportiveItem
    dose: str
    omitted: bool
    reason: str | None


def plan_supportive(session: Session, drugs_given: Iterable[str],
                    changes: Mapping[str, SupportiveChange]
                    ) -> tuple[list[SupportiveLine], bool]:
    """The items this order carries, with the changes checked; and whether the table in force
    is signed off."""
    table = load_table(session)
    applicable = items_for(table.items, drugs_given)
    known = {i.id for i in applicable}
    unknown = sorted(set(changes) - known)
    if unknown:
        raise ValidationError(msg("{unknown} is not given with the drugs of this order.",
                                  unknown=', '.join(unknown)),
                              field=f"supportive:{unknown[0]}")
    lines = []
    for item in applicable:
        change = changes.get(item.id, SupportiveChange())
        field = f"supportive:{item.id}"
        dose = item.dose
        if change.dose is not None and " ".join(change.dose.split()) != item.dose:
            dose = _ismp(change.dose, f"dose of {item.name}", field)
        changed = change.omit or dose != item.dose
        if changed and not change.reason.strip():
            what = "leaving out" if change.omit else "changing the dose of"
            raise ValidationError(msg("Give the reason for {what} {name} on this order.",
                                      what=what, name=item.name),
                                  field=field)
        lines.append(SupportiveLine(item, dose, change.omit,
                                    change.reason.strip() if changed else None))
    return lines, table.confirmed
