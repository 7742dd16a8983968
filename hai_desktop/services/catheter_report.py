"""The printable HAI catheter log of one patient, gathered through the catheter, patient and user
services (so the same permission checks and the same voided-record rules apply) and audited as a
print, like the toxicity summary."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta
from typing import TYPE_CHECKING

from hai_desktop.core.arms import Arm
from hai_desktop.core.catheter import (
    FIT,
    IN_PLACE,
    NEEDS_IR_REVIEW,
    REMOVED,
    CatheterState,
    catheter_rules,
)
from hai_desktop.core.clock import day_text
from hai_desktop.core.errors import ConflictError, NotFound
from hai_desktop.core.i18n import (
    QT_TRANSLATE_NOOP,
    Label,
    msg,
    printed,
    printed_label,
    printed_message,
    printing_in,
    printing_language,
)
from hai_desktop.core.roles import Role
from hai_desktop.services import catheter
from hai_desktop.services.patients import get_patient
from hai_desktop.services.permissions import Action
from hai_desktop.services.users import list_users
from hai_desktop.services.workspace import Workspace
from hai_desktop.store import audit

if TYPE_CHECKING:
    from hai_desktop.reports.catheter_log import CatheterLogData, CountLine, LogLine

RECORD_LABELS = {"event": QT_TRANSLATE_NOOP("CatheterLog", "Catheter event"),
                 "inspection": QT_TRANSLATE_NOOP("CatheterLog", "Inspection"),
                 "pain during HAI": QT_TRANSLATE_NOOP("CatheterLog", "Pain during HAI")}


def _who(by: str, names: Mapping[str, str]) -> str:
    """"nurse (nurse)" -> "Ha-na Choi (Nurse)": the log keeps usernames, paper needs people."""
    username, _sep, role = by.partition(" (")
    name = names.get(username, username)
    role = role.removesuffix(")")
    if role in {r.value for r in Role}:
        return f"{name} ({printed_label('Role', Role(role).label)})"
    return name


def _log_line(row: catheter.LogRow, names: Mapping[str, str]) -> LogLine:
    from hai_desktop.reports.catheter_log import LogLine

    rules, language = catheter_rules(), printing_language()
    if row.record == "event":
        kinds = {k.id: k.label_in(language) for k in rules.event_kinds}
        labels = {c.id: c.label_in(language) for c in rules.complications}
        what = kinds.get(row.what, row.what)
        if row.complication:
            what += f": {labels.get(row.complication, row.complication).lower()}"
        alert = bool(row.complication)
    elif row.record == "inspection":
        what = {o.id: o.label_in(language) for o in rules.outcomes}.get(row.what, row.what)
        alert = row.what != FIT
    else:
        what, alert = printed("CatheterLog", "{location} pain").format(
            location=printed_label("PainLocation", row.what)), True
    at = row.at.astimezone() if row.at is not None else None
    record = (printed_label("CatheterLog", RECORD_LABELS[row.record])
              if row.record in RECORD_LABELS else row.record)
    return LogLine(on=row.on, at=at, record=record, what=what,
                   details=printed_message(row.details), by=_who(row.by, names), alert=alert,
                   voided=row.voided, void_reason=row.void_reason)


def _counts(counts: catheter.CatheterLogCounts
            ) -> tuple[list[CountLine], list[CountLine], list[CountLine]]:
    from hai_desktop.reports.catheter_log import CountLine

    rules, language = catheter_rules(), printing_language()
    labels = {c.id: c.label_in(language) for c in rules.complications}
    complications = [CountLine(labels.get(k, k), n) for k, n in counts.complications.items()]
    labels = {o.id: o.label_in(language) for o in rules.outcomes}
    inspections = [CountLine(labels.get(k, k), n)
                   for k, n in counts.inspections_by_outcome.items()]
    other = [CountLine(printed("CatheterLog", "Patients with a catheter recorded"),
                       counts.patients_with_catheter),
             CountLine(printed("CatheterLog", "Catheters in place now"),
                       counts.catheters_in_place),
             CountLine(printed("CatheterLog", "Pain during HAI reports"), counts.pain_reports)]
    return complications, inspections, other


def _state_text(state: CatheterState) -> str:
    """CatheterState.describe() in the language being printed."""
    language = printing_language()
    if state.status == IN_PLACE and state.since is not None:
        return printed("CatheterLog", "in place since {day}").format(
            day=day_text(state.since, language))
    if state.status == REMOVED and state.since is not None:
        return printed("CatheterLog", "removed on {day}").format(
            day=day_text(state.since, language))
    return printed("CatheterLog", "none recorded")


def _ir_review_text(record: catheter.CatheterRecord) -> list[str]:
    """CatheterRecord.needs_ir_review (the same two reasons) in the language being printed."""
    language = printing_language()
    why = []
    for pain in record.open_pain:
        there = pain.reported_at.astimezone()  # as the record says it: the computer's zone
        if pain.infusion == catheter.INFUSION_STOPPED:
            text = printed("CatheterLog", "pain during HAI reported {time} ({location}, "
                           "infusion stopped)")
        elif pain.infusion == catheter.INFUSION_CONTINUED:
            text = printed("CatheterLog", "pain during HAI reported {time} ({location}, "
                           "infusion continued)")
        else:  # an older record's own word
            text = printed("CatheterLog", "pain during HAI reported {time} ({location}, "
                           "infusion {infusion})")
        why.append(text.format(time=f"{day_text(there.date(), language)} {there:%H:%M}",
                               location=printed_label("PainLocation", pain.location),
                               infusion=printed_label("HaiInfusion", pain.infusion)))
    if record.inspections and record.inspections[-1].outcome == NEEDS_IR_REVIEW:
        why.append(printed("CatheterLog", "the inspection of {day} asked for it").format(
            day=day_text(record.inspections[-1].inspected_on, language)))
    return why


def log_data(ws: Workspace, patient_id: int, *, today: date | None = None) -> CatheterLogData:
    """Everything the printed log shows, as plain values."""
    # reportlab is loaded when something is printed, not when the application starts.
    from hai_desktop import __version__
    from hai_desktop.reports.catheter_log import CatheterLogData
    from hai_desktop.reports.common import now_utc

    ws.require(Action.VIEW_RECORDS)
    patient = get_patient(ws, patient_id)
    if patient is None:
        raise NotFound(msg("That patient is not in the registry."))
    if patient.arm is None:
        raise ConflictError(msg("{screening_number} is not randomized: the HAI catheter is "
                                "recorded for experimental-arm patients on study.",
                                screening_number=patient.screening_number))
    if patient.arm is not Arm.HAI:
        raise ConflictError(msg("{display_id} is in the control arm ({arm}): no HAI, so there is "
                                "no catheter log to print.",
                                display_id=patient.display_id,
                                arm=Label("Arm", Arm(patient.arm).label)))
    today = today or ws.today()
    record = catheter.catheter_record(ws, patient_id, today=today)
    rows = catheter.catheter_log(ws, patient_id)
    names = {u.username: u.full_name for u in list_users(ws)}
    complications, inspections, other = _counts(catheter.catheter_log_counts(ws))
    routes = {t.id: t.label_in(printing_language()) for t in catheter_rules().access_routes}
    state = record.state
    next_check = (record.last_check_on + timedelta(days=record.perfusion_interval_days)
                  if record.last_check_on is not None else None)
    arm = Arm(patient.arm)
    seq, head = ws.db.audit_head()
    return CatheterLogData(
        study_id=patient.study_id, screening_number=patient.screening_number,
        initials=patient.initials, name=patient.name,
        date_of_birth=patient.date_of_birth,
        arm=f"{printed_label('Arm', arm.short)}: {printed_label('Arm', arm.label)}",
        printed_at=now_utc(), zone=ws.zone, printed_by=ws.user.full_name, version=__version__,
        training=ws.is_training, audit_anchor=f"audit #{seq} · {head[:8]}",
        status=_state_text(state), in_place=state.in_place,
        access_route=(routes.get(record.access_route, record.access_route)
                      if record.access_route else None),
        port_location=record.port_location, tip_position=record.tip_position,
        operator=record.operator, since=state.since,
        last_check_on=record.last_check_on, last_check_result=record.last_check_result,
        perfusion_check_due=record.perfusion_check_due,
        perfusion_interval_days=record.perfusion_interval_days, next_check_by=next_check,
        needs_ir_review=tuple(_ir_review_text(record)),
        gate_day=today, gate_allowed=record.today.allowed, gate_reason=record.today.reason,
        rows=tuple(_log_line(r, names) for r in rows),
        complications=tuple(complications), inspections=tuple(inspections),
        other_counts=tuple(other))


def catheter_log_report(ws: Workspace, patient_id: int, *, today: date | None = None) -> bytes:
    """The patient's HAI catheter log as PDF; each print is audited (as the toxicity summary).
    Refused for a control-arm or unrandomized patient: there is no catheter."""
    ws.require(Action.PRINT_REPORTS)
    from hai_desktop.reports.catheter_log import catheter_log_pdf

    language = ws.settings.document_language
    with printing_in(language):  # the texts the data carries are the document's too
        data = log_data(ws, patient_id, today=today)
    pdf = catheter_log_pdf(data, language=language)
    with ws.session(reason="catheter log printed") as session:
        audit.record_event(session, "print", "catheter_log_pdf", str(patient_id),
                           {"rows": len(data.rows)})
    return pdf
