"""The dose-level table in force: defaults from resources/, edits audited, investigator sign-off.

Until an investigator signs the current table off (password re-entry, bound to the table's
content hash), every order shows "dose levels not confirmed by the investigator". Any later
change to the table voids that confirmation automatically: the hash no longer matches.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from hai_desktop.core.errors import NotFound, ValidationError
from hai_desktop.core.i18n import msg
from hai_desktop.core.regimens import DoseLevels, protocol_regimens
from hai_desktop.services import signing
from hai_desktop.services.permissions import Action
from hai_desktop.services.workspace import Workspace
from hai_desktop.store.models import DoseLevelRule, utc_now

SIGNATURE_ENTITY, SIGNATURE_ID = "dose_level_rules", "table"
SIGN_OFF_MEANING = "dose-level table confirmed by the investigator"


def _from_row(row: DoseLevelRule, default: DoseLevels) -> DoseLevels:
    return replace(default, levels=tuple(float(x) for x in row.levels.split(",")),
                   rounding_increment_mg=row.rounding_increment_mg,
                   max_deviation_percent=row.max_deviation_percent, source=row.source,
                   status="changed")


def table_in_force(session: Session) -> dict[str, DoseLevels]:
    defaults = protocol_regimens().levels
    rows = {r.drug_id: r for r in session.scalars(select(DoseLevelRule))}
    return {drug: _from_row(rows[drug], lv) if drug in rows else lv
            for drug, lv in defaults.items()}


def _content(table: dict[str, DoseLevels]) -> dict[str, object]:
    return {drug: {"levels": list(lv.levels), "rounding": lv.rounding_increment_mg,
                   "limit": lv.max_deviation_percent} for drug, lv in sorted(table.items())}


@dataclass(frozen=True)
class DoseLevelTable:
    levels: dict[str, DoseLevels]
    confirmed_by: str | None
    confirmed_at: datetime | None

    @property
    def confirmed(self) -> bool:
        return self.confirmed_at is not None


def load_table(session: Session) -> DoseLevelTable:
    table = table_in_force(session)
    signoff = signing.signoff_in_force(session, SIGNATURE_ENTITY, SIGNATURE_ID,
                                       _content(table))
    if signoff is not None:
        return DoseLevelTable(table, signoff.full_name, signoff.signed_at)
    return DoseLevelTable(table, None, None)


def dose_level_table(ws: Workspace) -> DoseLevelTable:
    ws.require(Action.VIEW_RECORDS)
    with ws.db.read_session() as session:
        return load_table(session)


def _parse_levels(text: str, drug: str) -> tuple[float, ...]:
    try:
        levels = tuple(float(x) for x in text.replace(" ", "").split(",") if x)
    except ValueError:
        raise ValidationError(msg("{drug}: write the levels as numbers separated by commas, e.g. "
                                  "180, 150, 120.", drug=drug), field="levels") from None
    if not levels or any(x <= 0 for x in levels):
        raise ValidationError(msg("{drug}: every level must be a dose above zero.",
                                  drug=drug), field="levels")
    if list(levels) != sorted(set(levels), reverse=True):
        raise ValidationError(msg("{drug}: levels must go down from the protocol dose (a reduced "
                                  "dose is never increased again).", drug=drug), field="levels")
    return levels


def change_dose_levels(ws: Workspace, drug: str, *, levels: str, rounding_increment_mg: float,
                       max_deviation_percent: float, source: str, reason: str) -> None:
    ws.require(Action.EDIT_DOSE_LEVELS)
    defaults = protocol_regimens().levels
    if drug not in defaults:
        raise NotFound(msg("There is no drug '{drug}' in the regimens.", drug=drug))
    parsed = _parse_levels(levels, drug)
    protocol_dose = protocol_regimens().drug(drug).dose
    if parsed[0] != protocol_dose:
        raise ValidationError(msg("{drug}: level 0 must be the protocol dose, {protocol_dose:g}.",
                                  drug=drug, protocol_dose=protocol_dose),
                              field="levels")
    if not 0 <= rounding_increment_mg <= 100:
        raise ValidationError(msg("The rounding increment must be 0–100 mg."), field="rounding")
    if not 0 < max_deviation_percent <= 10:
        raise ValidationError(msg("The rounding limit must be above 0 and at most 10 % (HOPA)."),
                              field="limit")
    if not source.strip():
        raise ValidationError(msg("Give the source of the new levels."), field="source")
    if not reason.strip():
        raise ValidationError(msg("Give the reason for the change."), field="reason")
    with ws.session(reason=reason.strip()) as session:
        row = session.get(DoseLevelRule, drug)
        if row is None:
            row = DoseLevelRule(drug_id=drug)
            session.add(row)
        row.levels = ",".join(f"{x:g}" for x in parsed)
        row.rounding_increment_mg = float(rounding_increment_mg)
        row.max_deviation_percent = float(max_deviation_percent)
        row.source = source.strip()
        row.updated_at = utc_now()


def sign_off_table(ws: Workspace, password: str) -> DoseLevelTable:
    """The investigator confirms the whole table in force (password re-entry)."""
    ws.require(Action.SIGN_OFF_DOSE_LEVELS)
    ws.confirm_password(password, purpose="sign off dose levels")
    with ws.session(reason="dose-level table signed off") as session:
        previous = signing.current_signoff(session, SIGNATURE_ENTITY, SIGNATURE_ID)
        if previous is not None:
            previous.superseded = True
        signing.sign(ws, session, entity=SIGNATURE_ENTITY, entity_id=SIGNATURE_ID,
                     meaning=SIGN_OFF_MEANING, content=_content(table_in_force(session)))
    return dose_level_table(ws)
