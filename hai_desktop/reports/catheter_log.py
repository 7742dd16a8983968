"""The HAI catheter log of one patient on paper: the placement, the last perfusion check, the
"needs IR review" flag and today's HAI gate, then every catheter event, inspection and pain
report in date order (voided entries kept and marked), and the trial-wide counts. Plain values
in, PDF bytes out: the services gather, this only lays out."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, tzinfo

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from hai_desktop.core.clock import clock_time, zone_label
from hai_desktop.core.i18n import (
    QT_TRANSLATE_NOOP,
    printed,
    printed_label,
    printed_message,
    printing_in,
)
from hai_desktop.reports.common import (
    ALERT_BG,
    ALERT_EDGE,
    ALERT_INK,
    CONTENT_WIDTH_MM,
    OK_BG,
    OK_EDGE,
    PageMeta,
    Paragraph,
    TableCommand,
    build_pdf,
    cell,
    day_text,
    escape,
    grid,
    identifier_table,
    note_box,
    patient_line,
    styles,
)

TITLE = QT_TRANSLATE_NOOP("CatheterLog", "HAI catheter log")
LOG_HEADER = (QT_TRANSLATE_NOOP("CatheterLog", "Date, time"),
              QT_TRANSLATE_NOOP("CatheterLog", "Record"),
              QT_TRANSLATE_NOOP("CatheterLog", "What / outcome"),
              QT_TRANSLATE_NOOP("CatheterLog", "Findings and details"),
              QT_TRANSLATE_NOOP("CatheterLog", "By"))
LOG_WIDTHS = [24.0, 21.0, 31.0, 74.0, 30.0]
OK_INK = "#047857"
VOID_INK = "#6b7280"


# ---- the data --------------------------------------------------------------------------------

@dataclass(frozen=True)
class LogLine:
    """One line of the log. `at` is the moment, printed in the log's zone (None for an event:
    it has a date only); `record` and `what` are already in words, `by` is the person's name."""

    on: date
    at: datetime | None
    record: str
    what: str
    details: str
    by: str
    alert: bool = False  # a complication, pain, or an inspection that is not "fit"
    voided: bool = False
    void_reason: str = ""


@dataclass(frozen=True)
class CountLine:
    label: str
    count: int


@dataclass(frozen=True)
class CatheterLogData:
    study_id: str | None
    screening_number: str
    initials: str
    name: str
    arm: str
    printed_at: datetime
    zone: tzinfo  # the site's: every time printed is local
    printed_by: str
    version: str
    training: bool
    status: str  # the catheter's state in words ("in place since 02 Mar 2026")
    in_place: bool
    access_route: str | None
    port_location: str | None
    tip_position: str | None
    operator: str | None
    since: date | None
    last_check_on: date | None
    last_check_result: str | None
    perfusion_check_due: bool
    perfusion_interval_days: int
    next_check_by: date | None
    needs_ir_review: Sequence[str]
    gate_day: date
    gate_allowed: bool
    gate_reason: str
    rows: Sequence[LogLine]
    complications: Sequence[CountLine]
    inspections: Sequence[CountLine]
    other_counts: Sequence[CountLine] = ()  # patients, catheters in place, pain reports
    date_of_birth: date | None = None
    audit_anchor: str = ""

    @property
    def display_id(self) -> str:
        return self.study_id or self.screening_number


# ---- small helpers ---------------------------------------------------------------------------



def _coloured(text: str, ink: str) -> str:
    return f"<font color='{ink}'><b>{text}</b></font>"


# ---- sections --------------------------------------------------------------------------------


def _placement(data: CatheterLogData) -> Table:
    """The catheter now: state, placement, the perfusion check (and whether it is due)."""
    state = escape(data.status)
    state = f"<b>{state}</b>" if data.in_place else _coloured(state, ALERT_INK)
    rows: list[tuple[str, str]] = [(printed("CatheterLog", "Catheter"), state)]
    if data.in_place or data.access_route:
        rows += [(printed("CatheterLog", "Access route"), escape(data.access_route or "—")),
                 (printed("CatheterLog", "Port"), escape(data.port_location or "—")),
                 (printed("CatheterLog", "Tip"), escape(data.tip_position or "—")),
                 (printed("CatheterLog", "Operator"), escape(data.operator or "—")),
                 (printed("CatheterLog", "Since"), day_text(data.since))]
    if data.last_check_on is not None:
        check = day_text(data.last_check_on) + (f" — {escape(data.last_check_result)}"
                                            if data.last_check_result else "")
    else:
        check = printed("CatheterLog", "none recorded")
    interval = printed("CatheterLog", "every {days} days (site rule)").format(
        days=data.perfusion_interval_days)
    if data.perfusion_check_due:
        check += "<br/>" + _coloured(printed("CatheterLog", "Perfusion check due"),
                                     ALERT_INK) + f" — {interval}"
    elif data.next_check_by is not None:
        check += "<br/>" + printed("CatheterLog", "Next due by {day} — {interval}").format(
            day=day_text(data.next_check_by), interval=interval)
    rows.append((printed("CatheterLog", "Last angiographic / perfusion check"), check))
    body = [[cell(k), cell(v)] for k, v in rows]
    table = Table(body, colWidths=[44 * mm, (CONTENT_WIDTH_MM - 44) * mm])
    table.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor("#9ca3af")),
        ("LINEBELOW", (0, 0), (-1, -2), 0.3, colors.HexColor("#e5e7eb")),
        ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#f3f4f6")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
    ]))
    return table


def _flags(data: CatheterLogData) -> list[Flowable]:
    out: list[Flowable] = []
    if data.needs_ir_review:
        text = printed("CatheterLog", "<b>⚑ Needs IR review:</b> {reasons} — the next "
                       "inspection is mandatory.").format(
            reasons="; ".join(escape(r) for r in data.needs_ir_review))
        out += [Spacer(1, 2.5 * mm), note_box(text, ALERT_BG, ALERT_EDGE)]
    # The gate's reason is the catheter service's message.
    gate = printed("CatheterLog", "<b>Today's HAI gate ({day}):</b> {reason}").format(
        day=day_text(data.gate_day), reason=escape(printed_message(data.gate_reason)))
    out += [Spacer(1, 2.5 * mm), note_box(gate, OK_BG, OK_EDGE) if data.gate_allowed
            else note_box(gate, ALERT_BG, ALERT_EDGE)]
    return out


def _when(line: LogLine, zone: tzinfo) -> str:
    return day_text(line.on) + (f"<br/>{clock_time(line.at, zone)}" if line.at is not None
                                else "")


def _log_table(lines: Sequence[LogLine], zone: tzinfo) -> Table:
    body: list[list[object]] = [[cell(printed_label("CatheterLog", h), "cell_bold")
                                 for h in LOG_HEADER]]
    voided_rows: list[int] = []
    for r, line in enumerate(lines, start=1):
        what = escape(line.what)
        details = escape(line.details) or "—"
        if line.voided:
            what = f"<strike>{what}</strike>"
            details = printed("CatheterLog", "<b>VOIDED</b> ({reason}) — {details}").format(
                reason=escape(line.void_reason), details=details)
            voided_rows.append(r)
        elif line.alert:
            what = _coloured(what, ALERT_INK)
        body.append([cell(_when(line, zone)), cell(escape(line.record)), cell(what),
                     cell(details, "small"), cell(escape(line.by), "small")])
    table = grid(body, LOG_WIDTHS)
    commands: list[TableCommand] = [("TOPPADDING", (0, 0), (-1, -1), 2.5),
                                          ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5)]
    for r in voided_rows:
        commands += [("BACKGROUND", (0, r), (-1, r), colors.HexColor("#f3f4f6")),
                     ("TEXTCOLOR", (0, r), (-1, r), colors.HexColor(VOID_INK))]
    table.setStyle(TableStyle(commands))
    return table


def _count_table(title: str, lines: Sequence[CountLine]) -> Table:
    body: list[list[object]] = [[cell(title, "cell_bold"),
                                 cell(printed("CatheterLog", "Number"), "cell_bold")]]
    body += [[cell(escape(c.label)), cell(f"<para alignment='right'>{c.count}</para>")]
             for c in lines]
    return grid(body, [62, 22])


def _counts(data: CatheterLogData) -> Table:
    """Complications by type beside inspections by outcome (and the other counts below it)."""
    right: list[Flowable] = [_count_table(printed("CatheterLog", "Inspections by outcome"),
                                          data.inspections)]
    if data.other_counts:
        right += [Spacer(1, 3 * mm),
                  _count_table(printed("CatheterLog", "Also counted"), data.other_counts)]
    pair = Table([[_count_table(printed("CatheterLog", "Complications by type"),
                                data.complications), right]],
                 colWidths=[90 * mm, 90 * mm], hAlign="LEFT")
    pair.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                              ("LEFTPADDING", (0, 0), (-1, -1), 0),
                              ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    return pair


# ---- the document ----------------------------------------------------------------------------


def catheter_log_pdf(data: CatheterLogData, *, language: str = "en") -> bytes:
    """`language`: the one the document is printed in (settings.document_language)."""
    with printing_in(language):
        return _catheter_log_pdf(data)


def _described(rows: Sequence[LogLine]) -> str:
    live = sum(not r.voided for r in rows)
    voided = len(rows) - live
    text = (printed("CatheterLog", "1 entry on record") if live == 1 else
            printed("CatheterLog", "{count} entries on record").format(count=live))
    if voided:
        text = printed("CatheterLog", "{entries}, {voided} voided (shown, marked)").format(
            entries=text, voided=voided)
    return printed("CatheterLog", "{entries} · events, inspections before use and pain during "
                   "HAI, oldest first").format(entries=text)


def _catheter_log_pdf(data: CatheterLogData) -> bytes:
    s = styles()
    story: list[Flowable] = [
        Spacer(1, 3 * mm),
        Paragraph(printed_label("CatheterLog", TITLE), s["title"]),
        Paragraph(_described(data.rows), s["muted"]),
        Spacer(1, 3 * mm), identifier_table(data),
        Paragraph(printed("CatheterLog", "The catheter now"), s["heading"]), _placement(data),
        *_flags(data),
        Paragraph(printed("CatheterLog", "Log"), s["heading"]),
    ]
    if data.rows:
        zone = zone_label(data.printed_at.astimezone(data.zone))
        story += [_log_table(data.rows, data.zone),
                  Paragraph(printed("CatheterLog", "Times are local ({zone}). Events carry a "
                                    "date only.").format(zone=zone), s["muted"])]
    else:
        story.append(Paragraph(printed("CatheterLog",
                                       "Nothing recorded for this patient's catheter."),
                               s["body"]))
    story.append(KeepTogether([
        Paragraph(printed("CatheterLog", "Across the trial"), s["heading"]),
        Paragraph(printed("CatheterLog",
                          "Live records of every patient (voided entries not counted)."),
                  s["muted"]),
        Spacer(1, 2 * mm), _counts(data)]))
    meta = PageMeta(title=printed("CatheterLog", "HAI catheter log {id}").format(
                        id=data.display_id), training=data.training,
                    version=data.version, audit_anchor=data.audit_anchor,
                    printed_by=data.printed_by, printed_at=data.printed_at, zone=data.zone,
                    code=patient_line(data))
    return build_pdf(story, meta)
