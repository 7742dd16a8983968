"""The toxicity summary of one patient: worst CTCAE v4.03 grade per term per cycle, every adverse
event (voided ones left out), the liver tests as × ULN over time, the G-CSF note and the dose
decisions. Plain values in, PDF bytes out: the services gather, this only lays out."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo

from reportlab.graphics.shapes import (
    Circle,
    Drawing,
    Line,
    Polygon,
    PolyLine,
    Rect,
    Shape,
    String,
)
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from hai_desktop.core.i18n import (
    QT_TRANSLATE_NOOP,
    printed,
    printed_label,
    printed_message,
    printing_in,
)
from hai_desktop.reports.common import (
    ALERT_BG,
    ALERT_INK,
    CONTENT_WIDTH_MM,
    FONT,
    FONT_BOLD,
    HANGUL,
    INK,
    MUTED,
    OK_BG,
    OK_EDGE,
    RULE,
    PageMeta,
    Paragraph,
    TableCommand,
    build_pdf,
    cell,
    day_text,
    escape,
    font_runs,
    grid,
    identifier_table,
    note_box,
    patient_line,
    printed_stamp,
    short_day_text,
    styles,
)

TITLE = QT_TRANSLATE_NOOP("ToxicitySummary", "Toxicity summary — CTCAE v4.03")
SEVERE = 3  # grade ≥ 3 is what makes a dose decision due: it must stand out on paper
CYCLES_PER_GRID = 12  # more cycles than this would make unreadable columns: split the grid

# Colour and marker and dash per series, so the chart still reads on a black-and-white printer.
SERIES_STYLE: dict[str, tuple[colors.Color, str, list[float] | None]] = {
    "ALT": (colors.HexColor("#1d4ed8"), "circle", None),
    "AST": (colors.HexColor("#c2410c"), "square", [4, 2]),
    "ALP": (colors.HexColor("#047857"), "triangle", [1.5, 1.5]),
    "Bilirubin": (colors.HexColor("#7e22ce"), "diamond", [6, 2, 1, 2]),
}
REFERENCE_MULTIPLES = (1, 3, 5)


# ---- the data --------------------------------------------------------------------------------

@dataclass(frozen=True)
class GradeRow:
    """One term (with its specification) and its worst grade in each cycle it occurred."""

    term: str
    worst: Mapping[int, int]


@dataclass(frozen=True)
class EventLine:
    onset: date
    resolved: date | None
    cycle: int | None
    term: str
    specify: str
    grade: int
    computed_grade: int | None
    grade_reason: str
    serious: bool
    serious_criterion: str
    action: str
    outcome: str
    attributions: str


@dataclass(frozen=True)
class ChartPoint:
    taken_on: date
    uln_multiple: float


@dataclass(frozen=True)
class DecisionLine:
    drug: str
    decision: str
    reason: str
    decided_by: str
    decided_at: datetime
    event: str  # the event the decision answers, in words


@dataclass(frozen=True)
class ToxicitySummaryData:
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
    cycles: Sequence[int]
    history: Sequence[GradeRow]
    events: Sequence[EventLine]
    liver: Mapping[str, Sequence[ChartPoint]]
    gcsf_reasons: Sequence[str] = ()
    decisions: Sequence[DecisionLine] = ()
    date_of_birth: date | None = None
    audit_anchor: str = ""

    @property
    def display_id(self) -> str:
        return self.study_id or self.screening_number


# ---- small formatting helpers ----------------------------------------------------------------


def _cycle(cycle: int | None) -> str:
    return str(cycle) if cycle else "—"



def _severe_cells(cells: list[tuple[int, int]]) -> list[TableCommand]:
    return [cmd for col, row in cells for cmd in (
        ("BACKGROUND", (col, row), (col, row), ALERT_BG),
        ("TEXTCOLOR", (col, row), (col, row), colors.HexColor(ALERT_INK)),
        ("FONTNAME", (col, row), (col, row), FONT_BOLD))]


# ---- sections --------------------------------------------------------------------------------


def _gcsf_note(reasons: Sequence[str]) -> Table:
    # The reasons are the toxicity service's messages.
    text = printed("ToxicitySummary", "<b>G-CSF secondary prevention is allowed</b> (protocol; "
                   "not as primary prophylaxis) — {reasons}. The investigator decides.").format(
        reasons="; ".join(escape(printed_message(r)) for r in reasons))
    return note_box(text, OK_BG, OK_EDGE)


def _grade_grid(cycles: Sequence[int], rows: Sequence[GradeRow]) -> Table:
    """Terms down, cycles across; only cycles with events appear (0: no cycle recorded)."""
    cell_w = min(14.0, 100.0 / max(len(cycles), 1))
    header_top: list[object] = [cell(printed("ToxicitySummary", "CTCAE term"), "cell_bold"),
                  cell(printed("ToxicitySummary", "Cycle"), "cell_bold")]
    header_top += [""] * (len(cycles) - 1)
    header: list[object] = [
        "", *(cell(f"<para alignment='center'><b>{_cycle(c)}</b></para>") for c in cycles)]
    body: list[list[object]] = [header_top, header]
    severe: list[tuple[int, int]] = []
    for r, row in enumerate(rows, start=2):
        line: list[object] = [cell(escape(row.term))]
        for c, cycle in enumerate(cycles, start=1):
            grade = row.worst.get(cycle)
            line.append("" if grade is None else str(grade))
            if grade is not None and grade >= SEVERE:
                severe.append((c, r))
        body.append(line)
    table = Table(body, colWidths=[80 * mm] + [cell_w * mm] * len(cycles), repeatRows=2,
                  hAlign="LEFT")
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.4, RULE),
        ("BACKGROUND", (0, 0), (-1, 1), colors.HexColor("#eef2f7")),
        ("SPAN", (0, 0), (0, 1)), ("SPAN", (1, 0), (-1, 0)),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (1, 2), (-1, -1), "CENTER"),
        ("FONTNAME", (1, 2), (-1, -1), FONT), ("FONTSIZE", (1, 2), (-1, -1), 9),
        # Narrow cycle columns: keep two-digit cycle numbers on one line.
        ("LEFTPADDING", (1, 0), (-1, -1), 1.5), ("RIGHTPADDING", (1, 0), (-1, -1), 1.5),
        *_severe_cells(severe),
    ]))
    return table


def _grade_grids(cycles: Sequence[int], rows: Sequence[GradeRow]) -> list[Flowable]:
    # Even chunks (11 + 10 rather than 12 + 9) so the two grids look alike.
    size = math.ceil(len(cycles) / math.ceil(len(cycles) / CYCLES_PER_GRID))
    chunks = [cycles[i:i + size] for i in range(0, len(cycles), size)]
    out: list[Flowable] = []
    for chunk in chunks:
        # A term absent from every cycle of this chunk would be an empty line: leave it out.
        shown = [r for r in rows if any(c in r.worst for c in chunk)]
        out += [_grade_grid(chunk, shown), Spacer(1, 2 * mm)]
    return out


def _event_table(events: Sequence[EventLine]) -> Table:
    header = [printed("ToxicitySummary", "Onset / resolved"), printed("ToxicitySummary", "Cycle"),
              printed("ToxicitySummary", "Term (CTCAE v4.03)"),
              printed("ToxicitySummary", "Grade"), printed("ToxicitySummary", "Serious"),
              printed("ToxicitySummary", "Action · outcome"),
              printed("ToxicitySummary", "Attribution")]
    body: list[list[object]] = [[cell(h, "cell_bold") for h in header]]
    severe: list[tuple[int, int]] = []
    for r, e in enumerate(events, start=1):
        term = f"<b>{escape(e.term)}</b>"
        if e.specify:
            term += f"<br/>{escape(e.specify)}"
        if e.grade_reason:
            term += "<br/><font color='#6b7280'>{}</font>".format(printed(
                "ToxicitySummary", "Grade differs from the lab: {reason}").format(
                    reason=escape(e.grade_reason)))
        grade = f"<b>{e.grade}</b>"
        if e.computed_grade is not None:
            grade += "<br/><font size='7'>{}</font>".format(
                printed("ToxicitySummary", "lab: {grade}").format(grade=e.computed_grade))
        # The services give the outcome and serious criterion in the document's language.
        serious = (printed("ToxicitySummary", "<b>SAE</b>: {criterion}").format(
            criterion=escape(e.serious_criterion)) if e.serious
            else printed("ToxicitySummary", "No"))
        # No resolution date is not "ongoing": the outcome column says whether it resolved.
        dates = day_text(e.onset) + (f"<br/>{day_text(e.resolved)}" if e.resolved else "")
        action = (printed("ToxicitySummary", "no action") if e.action == "none"
                  else escape(printed_label("AdverseEventAction", e.action)))
        body.append([
            cell(dates), cell(_cycle(e.cycle)), cell(term), cell(grade),
            cell(serious), cell(f"{action}<br/>{escape(e.outcome)}"),
            cell(escape(e.attributions), "small"),
        ])
        if e.grade >= SEVERE:
            severe.append((3, r))
    table = grid(body, [23, 13, 39, 14.5, 19, 35, 36.5])
    table.setStyle(TableStyle([("TOPPADDING", (0, 0), (-1, -1), 2),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                               *_severe_cells(severe)]))
    return table


def _decision_table(decisions: Sequence[DecisionLine], zone: tzinfo) -> Table:
    header = [printed("ToxicitySummary", "Drug"), printed("ToxicitySummary", "Decision"),
              printed("ToxicitySummary", "For event"), printed("ToxicitySummary", "Reason"),
              printed("ToxicitySummary", "By"), printed("ToxicitySummary", "When")]
    body: list[list[object]] = [[cell(h, "cell_bold") for h in header]]
    for d in decisions:
        body.append([cell(f"<b>{escape(d.drug)}</b>"), cell(escape(d.decision)),
                     cell(escape(d.event)), cell(escape(d.reason)), cell(escape(d.decided_by)),
                     cell(printed_stamp(d.decided_at, zone))])
    return grid(body, [26, 18, 42, 46, 24, 24])


# ---- the liver chart -------------------------------------------------------------------------

def _nice_step(span: float, most: int, steps: Sequence[float]) -> float:
    return next((s for s in steps if span / s <= most), steps[-1])


def _marker(shape: str, x: float, y: float, color: colors.Color) -> Shape:
    r = 2.0
    if shape == "circle":
        return Circle(x, y, r, fillColor=color, strokeColor=color)
    if shape == "square":
        # The stubs type Rect's **kw as the TypedDict itself rather than its Unpack.
        return Rect(x - r, y - r, 2 * r, 2 * r,
                    fillColor=color, strokeColor=color)  # type: ignore[arg-type]
    if shape == "triangle":
        return Polygon([x - r, y - r, x + r, y - r, x, y + r * 1.2], fillColor=color,
                       strokeColor=color)
    return Polygon([x, y - r * 1.3, x + r, y, x, y + r * 1.3, x - r, y], fillColor=color,
                   strokeColor=color)


def _drawing_font(text: str) -> str:
    """A chart's strings reach the canvas past its Hangul fallback (renderPDF passes `mode`),
    so a text with Hangul is set wholly in the Hangul font, which has the Latin letters too."""
    return FONT if all(font == FONT for _run, font in font_runs(text, FONT)) else HANGUL


def liver_chart(series: Mapping[str, Sequence[ChartPoint]], *, width_mm: float = CONTENT_WIDTH_MM,
                height_mm: float = 66) -> Drawing:
    """ALT, AST, ALP and bilirubin in × ULN against the sample date, with the 1×, 3× and 5×
    ULN lines (CTCAE's grade boundaries for the transaminases) and a legend above the plot."""
    width, height = width_mm * mm, height_mm * mm
    left, right, bottom, top = 14 * mm, width - 16 * mm, 11 * mm, height - 9 * mm
    drawing = Drawing(width, height)
    points = [p for pts in series.values() for p in pts]
    first = min(p.taken_on for p in points)
    last = max(p.taken_on for p in points)
    pad = max(2, (last - first).days // 20)
    x0, x1 = first - timedelta(days=pad), last + timedelta(days=pad)
    y_top = max(6.0, math.ceil(max(p.uln_multiple for p in points) * 1.1))
    y_step = _nice_step(y_top, 7, (1, 2, 5, 10, 20, 50, 100))
    y_top = math.ceil(y_top / y_step) * y_step

    def sx(day: date) -> float:
        return left + (right - left) * (day - x0).days / max((x1 - x0).days, 1)

    def sy(value: float) -> float:
        return bottom + (top - bottom) * value / y_top

    # Axes, horizontal grid and y labels.
    for k in range(int(y_top / y_step) + 1):
        value = k * y_step
        drawing.add(Line(left, sy(value), right, sy(value), strokeColor=colors.HexColor(
            "#eef0f3"), strokeWidth=0.4))
        drawing.add(String(left - 2, sy(value) - 2.5, f"{value:g}", fontName=FONT,
                           fontSize=7, fillColor=MUTED, textAnchor="end"))
    drawing.add(Line(left, bottom, left, top, strokeColor=INK, strokeWidth=0.6))
    drawing.add(Line(left, bottom, right, bottom, strokeColor=INK, strokeWidth=0.6))
    drawing.add(String(left - 2, top + 7, "× ULN", fontName=FONT, fontSize=7, fillColor=MUTED,
                       textAnchor="end"))

    # Dates on the x axis: steps of whole days/weeks/months, at most about seven labels.
    span = (x1 - x0).days
    step = int(_nice_step(span, 7, (1, 2, 7, 14, 28, 56, 91, 182, 365, 730)))
    tick = first
    while tick <= x1:
        if tick >= x0:
            drawing.add(Line(sx(tick), bottom, sx(tick), bottom - 1.5 * mm, strokeColor=INK,
                             strokeWidth=0.5))
            drawing.add(String(sx(tick), bottom - 4.5 * mm, short_day_text(tick), fontName=FONT,
                               fontSize=7, fillColor=INK, textAnchor="middle"))
        tick += timedelta(days=step)
    years = f"{first:%Y}" if first.year == last.year else f"{first:%Y}–{last:%Y}"
    caption = printed("ToxicitySummary", "Sample date ({years})").format(years=years)
    drawing.add(String((left + right) / 2, 1 * mm, caption, fontName=_drawing_font(caption),
                       fontSize=7, fillColor=MUTED, textAnchor="middle"))

    # The reference lines, labelled in the right margin; on a tall scale the labels are pushed
    # apart so they do not print over each other.
    label_y = -math.inf
    for multiple in REFERENCE_MULTIPLES:
        drawing.add(Line(left, sy(multiple), right, sy(multiple), strokeColor=colors.HexColor(
            "#9ca3af"), strokeWidth=0.7, strokeDashArray=[3, 2]))
        label_y = max(sy(multiple) - 2.5, label_y + 8)
        drawing.add(String(right + 2, label_y, f"{multiple}× ULN", fontName=FONT, fontSize=7,
                           fillColor=MUTED))

    # The series, then the legend across the top.
    legend_x = left
    for name, (color, shape, dash) in SERIES_STYLE.items():
        pts = sorted(series.get(name, ()), key=lambda p: p.taken_on)
        coords = [(sx(p.taken_on), sy(p.uln_multiple)) for p in pts]
        if len(coords) > 1:
            drawing.add(PolyLine([v for xy in coords for v in xy], strokeColor=color,
                                 strokeWidth=1.2,
                                 strokeDashArray=dash))  # type: ignore[arg-type]  # None: solid
        for x, y in coords:
            drawing.add(_marker(shape, x, y, color))
        text = name if pts else printed("ToxicitySummary", "{name} (none)").format(name=name)
        ly = height - 3.5 * mm
        drawing.add(Line(legend_x, ly + 2.5, legend_x + 9 * mm, ly + 2.5, strokeColor=color,
                         strokeWidth=1.2,
                         strokeDashArray=dash))  # type: ignore[arg-type]  # None: solid
        drawing.add(_marker(shape, legend_x + 4.5 * mm, ly + 2.5, color))
        font = _drawing_font(text)
        drawing.add(String(legend_x + 11 * mm, ly, text, fontName=font, fontSize=8,
                           fillColor=INK))
        legend_x += 11 * mm + stringWidth(text, font, 8) + 7 * mm
    return drawing


def _liver_section(series: Mapping[str, Sequence[ChartPoint]]) -> list[Flowable]:
    s = styles()
    heading = Paragraph(printed("ToxicitySummary", "Liver tests (× upper limit of normal)"),
                        s["heading"])
    if not any(series.values()):
        return [heading, Paragraph(printed("ToxicitySummary",
                                           "No ALT, AST, ALP or bilirubin result on record."),
                                   s["body"])]
    return [KeepTogether([heading, liver_chart(series)])]


# ---- the document ----------------------------------------------------------------------------


def toxicity_summary_pdf(data: ToxicitySummaryData, *, language: str = "en") -> bytes:
    """`language`: the one the document is printed in (settings.document_language)."""
    with printing_in(language):
        return _toxicity_summary_pdf(data)


def _described(data: ToxicitySummaryData, cycles: Sequence[int]) -> str:
    count = len(data.events)
    text = (printed("ToxicitySummary", "1 adverse event on record (voided events left out)")
            if count == 1 else
            printed("ToxicitySummary", "{count} adverse events on record (voided events left "
                    "out)").format(count=count))
    if len(cycles) > 1:
        text += " · " + printed("ToxicitySummary", "cycles {first}–{last}").format(
            first=min(cycles), last=max(cycles))
    elif cycles:
        text += " · " + printed("ToxicitySummary", "cycle {cycle}").format(cycle=cycles[0])
    return text


def _toxicity_summary_pdf(data: ToxicitySummaryData) -> bytes:
    s = styles()
    cycles = [c for c in data.cycles if c]
    no_event = printed("ToxicitySummary", "No adverse event recorded.")
    story: list[Flowable] = [
        Spacer(1, 3 * mm),
        Paragraph(printed_label("ToxicitySummary", TITLE), s["title"]),
        Paragraph(_described(data, cycles), s["muted"]),
        Spacer(1, 3 * mm), identifier_table(data),
    ]
    if data.gcsf_reasons:
        story += [Spacer(1, 3 * mm), _gcsf_note(data.gcsf_reasons)]
    story.append(Paragraph(printed("ToxicitySummary", "Worst grade per term and cycle"),
                           s["heading"]))
    if data.history:
        story += _grade_grids(data.cycles, data.history)
        note = printed("ToxicitySummary", "Blank: not recorded in that cycle. Grade ≥ 3 shaded.")
        if 0 in data.cycles:
            note += " " + printed("ToxicitySummary",
                                  "Cycle “—”: events recorded without a cycle.")
        story.append(Paragraph(note, s["muted"]))
    else:
        story.append(Paragraph(no_event, s["body"]))
    story += _liver_section(data.liver)
    story.append(Paragraph(printed("ToxicitySummary", "Adverse events"), s["heading"]))
    story.append(_event_table(data.events) if data.events else Paragraph(no_event, s["body"]))
    story.append(Paragraph(printed("ToxicitySummary", "Dose decisions after grade ≥ 3 events"),
                           s["heading"]))
    story.append(_decision_table(data.decisions, data.zone) if data.decisions else
                 Paragraph(printed("ToxicitySummary", "No dose decision recorded."), s["body"]))
    meta = PageMeta(title=printed("ToxicitySummary", "Toxicity summary {id}").format(
                        id=data.display_id), training=data.training,
                    version=data.version, audit_anchor=data.audit_anchor,
                    printed_by=data.printed_by, printed_at=data.printed_at, zone=data.zone,
                    code=patient_line(data))
    return build_pdf(story, meta)
