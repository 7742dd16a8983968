"""Who may access the HAI catheter: the protocol restricts it "to medical professionals who are
skilled in using the HAI catheter and are knowledgeable about and trained in HAI chemotherapy".

Administrators record each person's training (date, trainer); it stays valid for the months of
the site rule `hai_competency_valid_months`, counted when it is recorded. Inspections and the
HAI line's administration refuse a user without a valid competency on that day. A competency
recorded in error, or withdrawn, is voided with the reason.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from hai_desktop.core.errors import NotFound, PermissionDenied, ValidationError
from hai_desktop.core.i18n import Day, Label, msg
from hai_desktop.services import site_rules
from hai_desktop.services.permissions import Action
from hai_desktop.services.voiding import reason_for_voiding, row_to_void
from hai_desktop.services.workspace import Workspace
from hai_desktop.store.keyslots import normalise_username
from hai_desktop.store.models import HaiCompetency, User


def add_months(day: date, months: int) -> date:
    """Same day of the month `months` later (the month's last day where it is shorter)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


@dataclass(frozen=True)
class CompetencyView:
    id: int
    username: str
    full_name: str
    trained_on: date
    trainer: str
    valid_until: date
    note: str | None
    recorded_by: str
    voided: bool
    void_reason: str | None

    def valid_on(self, day: date) -> bool:
        return not self.voided and self.trained_on <= day <= self.valid_until


def valid_competency(session: Session, username: str, day: date) -> HaiCompetency | None:
    return session.scalars(select(HaiCompetency).where(
        HaiCompetency.username == username, HaiCompetency.voided.is_(False),
        HaiCompetency.trained_on <= day, HaiCompetency.valid_until >= day)
        .order_by(HaiCompetency.valid_until.desc())).first()


def require_competency(session: Session, username: str, day: date, *, doing: str) -> None:
    """Refuse `doing` (e.g. "inspect the HAI catheter") to a user not trained in HAI that day."""
    if valid_competency(session, username, day) is not None:
        return
    last = session.scalars(select(HaiCompetency).where(
        HaiCompetency.username == username, HaiCompetency.voided.is_(False))
        .order_by(HaiCompetency.valid_until.desc())).first()
    why = (msg("your HAI competency expired on {day}", day=Day(last.valid_until))
           if last is not None and last.valid_until < day
           else msg("no HAI competency is recorded for you"))
    raise PermissionDenied(
        msg("Only staff trained in HAI may {doing} (protocol): {why}.",
            doing=Label("HaiTask", doing), why=why),
        hint=msg("Ask a colleague with a valid HAI competency, or an administrator to record your "
                 "training (Administration → HAI competency)."))


def competency_valid(ws: Workspace, username: str, *, day: date | None = None) -> bool:
    ws.require(Action.VIEW_RECORDS)
    with ws.db.read_session() as session:
        return valid_competency(session, username, day or ws.today()) is not None


def competencies(ws: Workspace, *, include_voided: bool = True) -> list[CompetencyView]:
    ws.require(Action.VIEW_RECORDS)
    with ws.db.read_session() as session:
        names = dict(session.execute(select(User.username, User.full_name)).all())
        query = select(HaiCompetency).order_by(HaiCompetency.username, HaiCompetency.id)
        if not include_voided:
            query = query.where(HaiCompetency.voided.is_(False))
        return [CompetencyView(c.id, c.username, names.get(c.username, c.username),
                               c.trained_on, c.trainer, c.valid_until, c.note, c.recorded_by,
                               c.voided, c.void_reason)
                for c in session.scalars(query)]


def record_competency(ws: Workspace, username: str, *, trained_on: date, trainer: str,
                      note: str = "", today: date | None = None) -> int:
    ws.require(Action.MANAGE_HAI_COMPETENCY)
    today = today or ws.today()
    if trained_on > today:
        raise ValidationError(msg("The training date cannot be in the future."), field="trained_on")
    if not trainer.strip():
        raise ValidationError(msg("Name who trained and assessed the person."), field="trainer")
    name = normalise_username(username)
    with ws.session(reason="HAI competency recorded") as session:
        user = session.scalar(select(User).where(User.username == name))
        if user is None:
            raise NotFound(msg("There is no user '{username}'.", username=username))
        if not user.active:
            raise ValidationError(msg("{full_name}'s account is deactivated.",
                                      full_name=user.full_name),
                                  field="username")
        valid_until = add_months(trained_on, site_rules.competency_months(session))
        if valid_until < today:
            raise ValidationError(
                msg("Training on {trained_on:%d %b %Y} would have expired on {valid_until:%d %b "
                    "%Y} [site rule: {session} months]: record the most recent training.",
                    trained_on=trained_on,
                    valid_until=valid_until,
                    session=site_rules.competency_months(session)), field="trained_on")
        row = HaiCompetency(username=user.username, trained_on=trained_on,
                            trainer=" ".join(trainer.split()), valid_until=valid_until,
                            note=note.strip() or None, recorded_by=ws.user.username)
        session.add(row)
        session.flush()
        return row.id


def void_competency(ws: Workspace, competency_id: int, reason: str) -> None:
    ws.require(Action.MANAGE_HAI_COMPETENCY)
    text = reason_for_voiding(reason, msg("HAI competency"))
    with ws.session(reason=text) as session:
        row = row_to_void(session, HaiCompetency, competency_id, msg("HAI competency"))
        row.voided, row.void_reason = True, text
