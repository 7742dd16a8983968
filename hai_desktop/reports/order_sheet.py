"""The chemotherapy order sheet a nurse reads at arm's length (ASCO/ONS Chemotherapy
Administration Safety Standards 2016; ISMP number style and error-prone abbreviations).

On every page, drawn by the page itself: the site, the patient's name and identifiers (study ID
with screening number, hospital record number, date of birth), the allergies, the cycle and a
Code 128 of the order code; DRAFT or REPRINT marks; "Page x of y" and the printed local time.

Page 1 holds what is given: allergies, notices, measurements, pre-cycle labs in canonical units
with their date and the site's threshold in words, then the drugs numbered 1 … n in order of
administration (day, place in the sequence, basis and level, calculated and final dose, route
spelled out, volume, rate and pump) with the reason for any level below 0 on every cycle after
the reduction. Then premedication and supportive care by category (an item left out is struck
through with its reason), cumulative oxaliplatin and the neuropathy grade before this dose, what
was given (once given), medication errors, and the signatures, the two independent double checks
among them, with local times.

The HAI oxaliplatin line follows the HAI gate of the day the sheet is printed: without a valid
catheter inspection (or an investigator's override) it reads "HAI withheld — no valid catheter
inspection" with the reason instead of a dose; the systemic drugs print as usual.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import tzinfo
from functools import cache
from typing import TYPE_CHECKING

from reportlab.graphics.barcode import code128
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.doctemplate import ActionFlowable

from hai_desktop.core.administration import (
    Cumulative,
    DoseDeviation,
    dose_deviation,
    minutes_text,
    percent_of,
)
from hai_desktop.core.allergies import AllergyState, AllergyStatus
from hai_desktop.core.arms import Arm
from hai_desktop.core.catheter import WITHHELD
from hai_desktop.core.clock import clock_time, local, zone_label
from hai_desktop.core.errors import HaiError
from hai_desktop.core.i18n import (
    QT_TRANSLATE_NOOP,
    printed,
    printed_label,
    printed_message,
    printing_in,
    printing_language,
)
from hai_desktop.core.numbers import at_least, ismp, signed_percent
from hai_desktop.core.order_code import order_code
from hai_desktop.core.regimens import ROUTE_TEXT, protocol_regimens
from hai_desktop.core.supportive import CATEGORIES, CATEGORY_TITLES, order_line_texts
from hai_desktop.core.units import format_quantity, in_unit, parse_quantity
from hai_desktop.reports.common import (
    ALERT_BG,
    ALERT_EDGE,
    ALERT_INK,
    CONTENT_WIDTH_MM,
    FONT,
    FONT_BOLD,
    INK,
    MUTED,
    RULE,
    PageMeta,
    Paragraph,
    TableCommand,
    build_pdf,
    day_text,
    escape,
    grid,
    now_utc,
    printed_stamp,
    short_day_text,
    styles,
    text_width,
)

if TYPE_CHECKING:
    from hai_desktop.records import IncidentRecord, OrderLineRecord, SupportiveRecord
    from hai_desktop.views import OrderGate, OrderView, SignatureView

ALERT = colors.HexColor(ALERT_INK)
NOTICE_BG = colors.HexColor("#fff7ed")
NOTICE_EDGE = colors.HexColor("#f59e0b")
WITHHELD_BG = colors.HexColor("#fee2e2")
SUBTLE_BG = colors.HexColor("#f8fafc")
# As the services write them (reports import no services).
GIVEN_STATES = ("given", "administered")
CHECK_MEANING = "independent double check"
# The page's own header (identity band) and, below it, the red strip of DRAFT / REPRINT.
BAND_MM, MARK_MM = 31.0, 8.0
# A heading starts a long table only with this much room under it (its header and first row).
ROOM_FOR_A_TABLE = 45 * mm
PADDING = 7  # points each side of a cell: the columns below are measured for it
DRUG_WIDTHS = [7.0, 28.5, 25.0, 22.5, 25.0, 24.0, 48.0]
DRUG_HEADER = ("#", QT_TRANSLATE_NOOP("OrderSheet", "Drug"),
               QT_TRANSLATE_NOOP("OrderSheet", "Basis · level"),
               QT_TRANSLATE_NOOP("OrderSheet", "Calculated"),
               QT_TRANSLATE_NOOP("OrderSheet", "Dose"), QT_TRANSLATE_NOOP("OrderSheet", "Route"),
               QT_TRANSLATE_NOOP("OrderSheet", "Volume · rate · pump"))
LABS = (("ANC", "anc_text", "anc", "anc_min"),
        (QT_TRANSLATE_NOOP("OrderSheet", "Platelets"), "platelets_text", "platelets",
         "platelets_min"),
        (QT_TRANSLATE_NOOP("OrderSheet", "Creatinine"), "creatinine_text", "serum_creatinine",
         None))
# Value → (label on the sheet, signature meaning); the double checks are added by number.
SIGNERS = ((QT_TRANSLATE_NOOP("OrderSheet", "Prescriber (investigator)"), "prescribed"),
           (QT_TRANSLATE_NOOP("OrderSheet", "Pharmacist (verification)"), "pharmacist verified"))
GIVERS = ((QT_TRANSLATE_NOOP("OrderSheet", "Nurse administering"), "administered"),
          (QT_TRANSLATE_NOOP("OrderSheet", "Second nurse (after giving)"), "second-nurse check"))


# ---- styles ----------------------------------------------------------------------------------

def _style(name: str, **changes: object) -> ParagraphStyle:
    return ParagraphStyle(name, parent=styles()["body"], **changes)  # type: ignore[arg-type]


@cache
def _sheet_styles() -> dict[str, ParagraphStyle]:
    """Larger than the other reports: this sheet is read at the chair, at arm's length."""
    return {
        "cell": _style("sheet-cell", fontSize=9, leading=11),
        "small": _style("sheet-small", fontSize=8, leading=9.8, textColor=INK),
        "muted": _style("sheet-muted", fontSize=8, leading=9.8, textColor=MUTED),
        "head": _style("sheet-head", fontName=FONT_BOLD, fontSize=8, leading=9.5),
        "drug": _style("sheet-drug", fontName=FONT_BOLD, fontSize=9, leading=11),
        "dose": _style("sheet-dose", fontName=FONT_BOLD, fontSize=10.5, leading=12.5),
        "route": _style("sheet-route", fontSize=8.5, leading=10.2),
        "body": _style("sheet-body", fontSize=9, leading=11.5),
        "heading": _style("sheet-heading", fontName=FONT_BOLD, fontSize=11, leading=14,
                          spaceBefore=3.5 * mm, spaceAfter=1.5 * mm),
        "title": _style("sheet-title", fontName=FONT_BOLD, fontSize=14, leading=17),
        "number": _style("sheet-number", fontName=FONT_BOLD, fontSize=11, leading=13),
    }


def _p(text: str, style: str = "cell") -> Paragraph:
    return Paragraph(text, _sheet_styles()[style])


def _red(text: str) -> str:
    return f"<font color='{ALERT_INK}'><b>{text}</b></font>"


def _ruled(rows: list[list[object]], widths: Sequence[float], *, header: bool = True,
           extra: Sequence[TableCommand] = ()) -> Table:
    table = grid(rows, list(widths), header=header)
    table.setStyle(TableStyle([("TOPPADDING", (0, 0), (-1, -1), 2.5),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                               ("LEFTPADDING", (0, 0), (-1, -1), PADDING),
                               ("RIGHTPADDING", (0, 0), (-1, -1), PADDING), *extra]))
    return table


def _section(title: str, *body: Flowable) -> list[Flowable]:
    """A heading never printed alone at the foot of a page: a short section moves on whole; a
    long one starts only where its first rows fit under the heading."""
    heading = _p(title, "heading")
    height = sum(f.wrap(CONTENT_WIDTH_MM * mm, 1000 * mm)[1] for f in body)
    if height <= ROOM_FOR_A_TABLE:
        return [KeepTogether([heading, *body])]
    return [CondPageBreak(ROOM_FOR_A_TABLE), heading, *body]


# ---- the identity band on every page ---------------------------------------------------------

def _fitted(canvas: Canvas, text: str, font: str, size: float, width: float,
            smallest: float = 6.5) -> float:
    """The largest size ≤ `size` at which `text` fits `width` (long or foreign names shrink
    instead of running under the barcode)."""
    while size > smallest and text_width(text, font, size) > width:
        size -= 0.25
    canvas.setFont(font, size)
    return size


def _allergy_line(allergy: AllergyStatus | None) -> tuple[str, bool]:
    """The band's allergy line and whether it is an alert."""
    if allergy is None or allergy.state is AllergyState.NOT_ASKED:
        return printed("OrderSheet", "ALLERGY STATUS NOT RECORDED"), True
    if allergy.state is AllergyState.NONE_KNOWN:
        return printed("OrderSheet", "Allergies: none known"), False
    return printed("OrderSheet", "ALLERGIES: {allergies}").format(
        allergies=printed_message(allergy.short)), True


def _identity_band(view: OrderView, site: str, marks: list[str]
                   ) -> Callable[[Canvas, float, float], None]:
    """Whose sheet this is, on every page (pages of a chart get separated), and the code the
    nurses scan at the chair."""
    p, o = view.patient, view.order
    name = p.name
    study = (printed("OrderSheet", "Study ID {study_id} ({number})").format(
        study_id=p.study_id, number=p.screening_number) if p.study_id else
        printed("OrderSheet", "Screening no. {number} (not randomized)").format(
            number=p.screening_number))
    identifiers = printed("OrderSheet", "{study} · Record no. {record} · Born {born}").format(
        study=study, record=p.hospital_record_number, born=day_text(p.date_of_birth))
    allergy, alert = _allergy_line(view.allergy)
    code = order_code(o.id)
    cycle = printed("OrderSheet", "Cycle {cycle} · day 1 {day}").format(
        cycle=o.cycle, day=day_text(o.day1))
    heading = printed("OrderSheet", "{site} · Chemotherapy order").format(site=site)

    def draw(canvas: Canvas, width: float, height: float) -> None:
        left, right = 15 * mm, width - 15 * mm
        barcode = code128.Code128(code, barHeight=10 * mm, barWidth=0.8)
        barcode.drawOn(canvas, right - barcode.width, height - 16 * mm)
        room = right - left - barcode.width - 4 * mm
        canvas.setFillColor(INK)
        canvas.setFont(FONT_BOLD, 8.5)
        canvas.drawRightString(right, height - 19.5 * mm, code)
        canvas.setFont(FONT_BOLD, 9.5)
        canvas.drawRightString(right, height - 24.5 * mm, cycle)
        _fitted(canvas, heading, FONT_BOLD, 8.5, room)
        canvas.setFillColor(MUTED)
        canvas.drawString(left, height - 8 * mm, heading)
        canvas.setFillColor(INK)
        _fitted(canvas, name, FONT_BOLD, 14, room)
        canvas.drawString(left, height - 14.5 * mm, name)
        _fitted(canvas, identifiers, FONT, 9, room)
        canvas.drawString(left, height - 19.5 * mm, identifiers)
        canvas.setFillColor(ALERT if alert else INK)
        _fitted(canvas, allergy, FONT_BOLD, 9, room)
        canvas.drawString(left, height - 24.5 * mm, allergy)
        canvas.setStrokeColor(RULE)
        canvas.line(left, height - 27.5 * mm, right, height - 27.5 * mm)
        if marks:
            canvas.setFillColor(ALERT)
            canvas.rect(left, height - (BAND_MM + MARK_MM - 2) * mm, right - left, 6.5 * mm,
                        stroke=0, fill=1)
            canvas.setFillColor(colors.white)
            canvas.setFont(FONT_BOLD, 12)
            canvas.drawCentredString(width / 2, height - (BAND_MM + MARK_MM - 3.9) * mm,
                                     "   ·   ".join(marks))
    return draw


# ---- page 1: who, allergies, notices, measurements, labs -------------------------------------

def _title(view: OrderView) -> list[Flowable]:
    """The band at the top of each page says whose order it is; this says which one."""
    o = view.order
    arm = Arm(o.arm)
    targeted = "cetuximab" if o.targeted_agent == "cetuximab" else "bevacizumab"
    return [_p(printed("OrderSheet", "Chemotherapy order — cycle {cycle}, day 1 {day}").format(
                cycle=o.cycle, day=day_text(o.day1)), "title"),
            _p(printed("OrderSheet", "Order #{number} · status <b>{status}</b> · {arm}: "
                                     "{regimen} · {targeted} · every {days} days").format(
                number=o.id, status=printed_label("OrderStatus", o.status),
                arm=printed_label("Arm", arm.short),
                regimen=escape(printed_label("Arm", arm.label)), targeted=targeted,
                days=protocol_regimens().cycle_days), "muted"),
            Spacer(1, 2 * mm)]


def _allergy_box(allergy: AllergyStatus | None) -> Table:
    """Red and bold when recorded; a plain statement of who asked when none are known; loud
    when nobody has asked yet (only a draft can be in that state)."""
    if allergy is not None and allergy.state is AllergyState.RECORDED:
        lines = [_red(printed("OrderSheet", "ALLERGIES AND INFUSION REACTIONS"))]
        for entry in allergy.entries:
            reaction = f" — {escape(entry.reaction)}" if entry.reaction else ""
            lines.append(printed("OrderSheet", "{allergen} ({category}){reaction} · severity "
                                               "{severity}").format(
                allergen=_red(f"• {escape(entry.allergen)}"),
                category=escape(printed_label("AllergyCategory", entry.category)),
                reaction=_red(reaction),
                severity=_red(escape(printed_label("AllergySeverity", entry.severity)))))
        background, edge = ALERT_BG, ALERT_EDGE
    elif allergy is not None and allergy.state is AllergyState.NONE_KNOWN:
        lines = [printed("OrderSheet", "<b>Allergies:</b> {summary}").format(
            summary=escape(printed_message(allergy.summary)))]
        background, edge = colors.white, colors.HexColor("#9ca3af")
    else:
        lines = [printed("OrderSheet", "{alert} — ask the patient and record the allergies (or "
                                       "“no known allergies”) before this order is signed.")
                 .format(alert=_red(printed("OrderSheet", "ALLERGY STATUS NOT RECORDED")))]
        background, edge = ALERT_BG, ALERT_EDGE
    box = Table([[_p("<br/>".join(lines), "body")]], colWidths=[CONTENT_WIDTH_MM * mm])
    box.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), background),
                             ("BOX", (0, 0), (-1, -1), 1.2 if edge is ALERT_EDGE else 0.6, edge),
                             ("TOPPADDING", (0, 0), (-1, -1), 3),
                             ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    return box


def _notice_texts(view: OrderView) -> list[str]:
    o = view.order
    notices = [printed_message(n) for n in view.notices] + [
        printed("OrderSheet", "HOLD: {hold}").format(hold=printed_message(h))
        for h in view.holds]
    if view.hai_gate is not None:
        notices.insert(0, printed_message(view.hai_gate.sheet_text))
    if o.hold_override:
        notices.append(printed("OrderSheet", "Proceeding despite the hold — investigator's "
                                             "reason: {reason}").format(reason=o.hold_override))
    if o.targeted_override:
        notices.append(printed("OrderSheet", "Targeted agent override — reason: {reason}")
                       .format(reason=o.targeted_override))
    if not view.signatures_valid:
        notices.append(printed("OrderSheet", "A signature no longer matches this order's "
                                             "content: do not give."))
    return notices


def _notices(view: OrderView) -> list[Flowable]:
    notices = _notice_texts(view)
    if not notices:
        return []
    box = Table([[_p("<br/>".join(f"• {escape(n)}" for n in notices), "body")]],
                colWidths=[CONTENT_WIDTH_MM * mm])
    box.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), NOTICE_BG),
                             ("BOX", (0, 0), (-1, -1), 0.8, NOTICE_EDGE),
                             ("TOPPADDING", (0, 0), (-1, -1), 3),
                             ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    return [Spacer(1, 2 * mm), box]


def _measurements(view: OrderView) -> Table:
    o = view.order
    bsa = f"<b>{ismp(round(o.bsa_m2, 2))} m²</b> ({o.bsa_formula}"
    bsa += (printed("OrderSheet", ", capped at {cap} m² [site rule])").format(
        cap=ismp(o.bsa_cap_m2)) if o.bsa_cap_m2 else ")")
    rows: list[list[object]] = [
        [_p(x, "head") for x in (printed("OrderSheet", "Height"), printed("OrderSheet", "Weight"),
                                 printed("OrderSheet", "Measured"), "BSA",
                                 "CrCl (Cockcroft–Gault)")],
        [_p(f"{ismp(o.height_cm)} cm" + _typed(o.height_text, f"{ismp(o.height_cm)} cm")),
         _p(f"{ismp(o.weight_kg)} kg" + _typed(o.weight_text, f"{ismp(o.weight_kg)} kg")),
         _p(day_text(o.measured_on)), _p(bsa),
         _p(escape(printed_message(o.crcl_working) if o.crcl_working else
                   printed("OrderSheet", "not calculated (no creatinine)")), "small")],
    ]
    return _ruled(rows, [22, 22, 27, 45, 64])


def _measurements_and_labs(view: OrderView) -> list[Flowable]:
    return [KeepTogether([_p(printed("OrderSheet", "Measurements and pre-cycle labs"), "heading"),
                          _measurements(view),
                          Spacer(1, 1.5 * mm), _labs(view)])]


def _same_text(a: str, b: str) -> bool:
    return "".join(a.split()).casefold() == "".join(b.split()).casefold()


def _typed(typed: str | None, shown: str, *also: str) -> str:
    """' (typed 2,100 /µL)' when what was typed differs from what is printed."""
    if not typed or any(_same_text(typed, x) for x in (shown, *also)):
        return ""
    return " <font color='#6b7280'>{}</font>".format(
        printed("OrderSheet", "(typed {text})").format(text=escape(typed)))


def _lab_result(text: str | None, kind: str, limit: float | None) -> str:
    """The value in the kind's canonical unit, the typed text beside it if it differed; red
    below the threshold to treat (the hold and its override are in the notices)."""
    if not text:
        return _red(printed("OrderSheet", "not recorded"))
    try:
        value = parse_quantity(text, kind)
    except HaiError:
        return f"{escape(text)} " + _red(printed("OrderSheet",
                                                 "(unit not recognised: check the source)"))
    shown = format_quantity(value, kind)
    typed = _typed(text, shown, f"{in_unit(value, kind):.4g}")
    if limit is not None and not at_least(in_unit(value, kind), limit):
        return _red(printed("OrderSheet", "{value} — below the threshold").format(
            value=escape(shown))) + typed
    return f"<b>{escape(shown)}</b>" + typed


def _labs(view: OrderView) -> Table:
    o = view.order
    rows: list[list[object]] = [[_p(x, "head") for x in (
        printed("OrderSheet", "Test"), printed("OrderSheet", "Result"),
        printed("OrderSheet", "Threshold to treat"), printed("OrderSheet", "Date"))]]
    for label, attribute, kind, minimum in LABS:
        limit = getattr(o, minimum) if minimum else None
        threshold = (printed("OrderSheet", "at least {limit} ×10⁹/L [site rule]").format(
                         limit=ismp(limit)) if limit is not None else
                     printed("OrderSheet", "for the creatinine clearance") if minimum is None
                     else printed("OrderSheet", "not recorded"))
        rows.append([_p(printed_label("OrderSheet", label)),
                     _p(_lab_result(getattr(o, attribute), kind, limit)), _p(threshold),
                     _p(day_text(o.labs_date))])
    return _ruled(rows, [24, 72, 57, 27])


# ---- the drugs -------------------------------------------------------------------------------

def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _place(n: int, of: int) -> str:
    """'2nd of 5' / '5개 중 2번째'."""
    if printing_language() == "en":
        return f"{_ordinal(n)} of {of}"
    return printed("OrderSheet", "{n} of {total}").format(n=n, total=of)


def _gate_note(gate: OrderGate) -> str:
    """Under the HAI dose: why it may be given today (the notices say more)."""
    return (printed("OrderSheet", "gate: override") if gate.overridden else
            printed("OrderSheet", "gate: catheter fit"))


def _level_reason(view: OrderView, line: OrderLineRecord) -> str | None:
    """Why the drug is below level 0 — on every cycle after the reduction, not only its own."""
    if line.level >= 0 or line.stopped:
        return None
    return view.level_reasons.get(line.drug_id) or line.reduction_reason


@dataclass(frozen=True)
class _DrugRow:
    cells: list[object]
    notes: list[str]  # printed under the row, across it
    # One cell from this column to the last: what is said instead of giving the drug.
    span_from: int | None = None


def _drug_row(view: OrderView, line: OrderLineRecord, delivery: Mapping[str, tuple[str, str]]
              ) -> _DrugRow:
    spec = protocol_regimens().drug(line.drug_id)
    number = view.numbers[line.drug_id]
    day = line.day if line.day is not None else spec.day
    lead: list[object] = [
        _p(str(number), "number"),
        _p(f"<b>{escape(spec.label)}</b><br/><font size='8' color='#374151'>D{day} · "
           f"{_place(number, len(view.lines))}</font>", "drug")]
    per = "m²" if line.basis == "mg/m2" else "kg"
    level_text = printed("OrderSheet", "level {level}").format(level=line.level)
    level = level_text if line.level >= 0 else f"<b>{level_text}</b>"
    basis = _p(f"{ismp(line.dose_per_unit)} mg/{per}<br/>{level}", "route")
    gate = view.hai_gate
    if line.stopped:
        stopped = (printed("OrderSheet", "Not given: {reason}").format(
            reason=escape(line.reduction_reason)) if line.reduction_reason else
            printed("OrderSheet", "Not given"))
        return _DrugRow([*lead, _p(level_text, "route"), _p("—"),
                         _p(_red(printed("OrderSheet", "STOPPED"))), _p(stopped, "route"), ""],
                        [], span_from=5)
    if spec.is_hai and gate is not None and gate.withheld:
        text = printed("OrderSheet", "{withheld}: {detail}. <b>Do not give</b>; the systemic "
                                     "drugs go ahead.").format(
            withheld=_red(escape(printed_message(WITHHELD))),
            detail=escape(printed_message(gate.detail)))
        return _DrugRow([*lead, basis, _p(text, "body"), "", "", ""], [], span_from=3)
    dose = f"{ismp(line.final_mg)} mg"
    if spec.is_hai and gate is not None and gate.allowed:
        dose += f"<br/><font name='{FONT}' size='8'>{_gate_note(gate)}</font>"
    calculated = (f"{ismp(round(line.calculated_mg, 1))} mg<br/>"
                  f"<font size='8'>({signed_percent(line.difference_percent)})</font>")
    volume, rate = delivery.get(line.drug_id, (line.diluent, line.duration))
    how = f"{escape(printed_message(volume))}<br/><b>{escape(printed_message(rate))}</b>"
    pump = spec.pump_in(printing_language(), line.pump or spec.pump)
    if pump:
        how += f"<br/><font color='#374151'>{escape(pump)}</font>"
    notes = []
    reason = _level_reason(view, line)
    if reason:
        notes.append(printed("OrderSheet", "<b>Dose reduced — reason:</b> {reason}").format(
            reason=escape(reason)))
    if spec.note and not spec.is_hai:  # the HAI line's note is its gate, printed with the dose
        notes.append(escape(spec.note_in(printing_language())))
    return _DrugRow([*lead, basis, _p(calculated, "route"), _p(dose, "dose"),
                     _p(printed_label("Route", ROUTE_TEXT[line.route]), "route"),
                     _p(how, "small")], notes)


def _add_row(rows: list[list[object]], commands: list[TableCommand], cells: list[object],
             notes: Sequence[str]) -> None:
    """A line of a table, and under it (its number's cell spanning both, so the two never part
    at a page break) the notes across the other columns."""
    first = len(rows)
    rows.append(cells)
    if not notes:
        return
    rows.append(["", _p(" · ".join(notes), "small"), *[""] * (len(cells) - 2)])
    commands += [("SPAN", (1, first + 1), (-1, first + 1)),
                 ("SPAN", (0, first), (0, first + 1)),
                 ("LINEBELOW", (1, first), (-1, first), 0.4, colors.white),
                 ("BACKGROUND", (1, first + 1), (-1, first + 1), SUBTLE_BG),
                 ("TOPPADDING", (0, first + 1), (-1, first + 1), 1)]


def _drug_table(view: OrderView, delivery: Mapping[str, tuple[str, str]]) -> Table:
    rows: list[list[object]] = [[_p(printed_label("OrderSheet", h), "head")
                                 for h in DRUG_HEADER]]
    commands: list[TableCommand] = []
    for line in sorted(view.lines, key=lambda x: x.sequence):
        row = _drug_row(view, line, delivery)
        if row.span_from is not None:
            commands += [("SPAN", (row.span_from, len(rows)), (-1, len(rows))),
                         ("BACKGROUND", (row.span_from, len(rows)), (-1, len(rows)),
                          WITHHELD_BG)]
        _add_row(rows, commands, row.cells, row.notes)
    return _ruled(rows, DRUG_WIDTHS, extra=[("TOPPADDING", (0, 1), (-1, -1), 2),
                                            ("BOTTOMPADDING", (0, 1), (-1, -1), 2.5),
                                            *commands])


def _oxaliplatin(view: OrderView) -> list[Flowable]:
    """Cumulative oxaliplatin (neurotoxicity builds with the total dose) and the neuropathy
    grade assessed before this dose."""
    before, with_this = view.oxaliplatin_before, view.oxaliplatin_with_this
    if before is None or with_this is None:
        return []
    o = view.order
    line = next(x for x in view.lines if x.drug_id == "oxaliplatin_hai")

    def amount(total: Cumulative) -> str:
        doses = (printed("OrderSheet", "1 dose") if total.doses == 1 else
                 printed("OrderSheet", "{n} doses").format(n=total.doses))
        return (f"<b>{ismp(total.mg)} mg</b> · <b>{ismp(total.mg_per_m2, 1)} mg/m²</b> "
                f"({doses})")

    if view.hai_withheld:
        this = printed("OrderSheet", "HAI withheld today: no dose on this sheet")
    elif line.given_mg == 0:
        this = printed("OrderSheet", "not given on this order")
    else:
        this = amount(with_this)
    if o.neuropathy_grade is None:
        neuropathy = _red(printed("OrderSheet", "not recorded"))
    else:
        neuropathy = printed("OrderSheet", "<b>grade {grade}</b> (CTCAE), assessed {day}").format(
            grade=o.neuropathy_grade, day=day_text(o.neuropathy_assessed_on))
    rows: list[list[object]] = [
        [_p(printed("OrderSheet", "Before this cycle"), "muted"), _p(amount(before))],
        [_p(printed("OrderSheet", "With this dose"), "muted"), _p(this)],
        [_p(printed("OrderSheet", "Peripheral sensory neuropathy before this dose"), "muted"),
         _p(neuropathy)],
    ]
    return _section(printed("OrderSheet", "Cumulative oxaliplatin (HAI)"),
                    _ruled(rows, [62, 118], header=False))


# ---- premedication and supportive care -------------------------------------------------------

def _supportive_row(item: SupportiveRecord) -> list[object]:
    name, timing = order_line_texts(printing_language(), item.item_id, item.name, item.timing)
    what = f"{escape(name)} {escape(item.dose)}"
    route = escape(item.route)
    needed = " · <b>{}</b>".format(printed("OrderSheet", "as needed")) if item.as_needed else ""
    if item.omitted:
        reason = escape(item.change_reason or printed("OrderSheet", "no reason recorded"))
        return [_p(f"<strike>{what} {route}</strike>"),
                _p(printed("OrderSheet", "{not_given} — reason: {reason}").format(
                    not_given=_red(printed("OrderSheet", "Not given on this order")),
                    reason=reason))]
    when = escape(timing)
    if item.change_reason:
        when += "<br/>" + printed("OrderSheet", "<b>Changed on this order</b> — reason: "
                                                "{reason}").format(
            reason=escape(item.change_reason))
    return [_p(f"<font size='10'><b>{what}</b></font> {route}{needed}"), _p(when, "route")]


def _supportive(view: OrderView) -> list[Flowable]:
    """One table, grouped by category (premedication first) under each category's title, in
    the order of the site's table; a category's title never ends a page."""
    rows: list[list[object]] = [[_p(printed("OrderSheet", "Drug · dose · route"), "head"),
                                 _p(printed("OrderSheet", "When"), "head")]]
    commands: list[TableCommand] = []
    for category in CATEGORIES:
        items = [i for i in view.supportive if i.category == category]
        if not items:
            continue
        title = len(rows)
        title_text = printed_label("SupportiveCategory", CATEGORY_TITLES[category])
        rows.append([_p(f"<b>{escape(title_text)}</b>"), ""])
        commands += [("SPAN", (0, title), (-1, title)),
                     ("TOPPADDING", (0, title), (-1, title), 1.5),
                     ("BOTTOMPADDING", (0, title), (-1, title), 2),
                     ("BACKGROUND", (0, title), (-1, title), colors.HexColor("#e0e7ef")),
                     ("NOSPLIT", (0, title), (-1, title + 1))]
        for item in items:
            if item.omitted:
                commands.append(("BACKGROUND", (0, len(rows)), (-1, len(rows)),
                                 colors.HexColor("#f3f4f6")))
            rows.append(_supportive_row(item))
    if len(rows) == 1:
        return []
    return _section(printed("OrderSheet", "Premedication and supportive care"),
                    _ruled(rows, [72, 108], extra=commands))


# ---- what was given --------------------------------------------------------------------------

def _given_text(line: OrderLineRecord) -> str:
    spec = protocol_regimens().drug(line.drug_id)
    if line.given_mg is None:
        return _red(printed("OrderSheet", "not recorded"))
    if line.given_mg == 0:  # printed across the times too: there are none
        return f"{_red('0 mg')} — " + (printed("OrderSheet", "Not given (HAI withheld)")
                                       if spec.is_hai else printed("OrderSheet", "Not given"))
    given = f"{ismp(line.given_mg)} mg"
    deviation = dose_deviation(line.final_mg, line.given_mg)
    share = printed("OrderSheet", "{percent} % of the ordered dose").format(
        percent=ismp(percent_of(line.final_mg, line.given_mg), 1))
    if deviation is DoseDeviation.AS_ORDERED:
        return f"<font size='10'><b>{given}</b></font><br/>" + printed("OrderSheet", "as ordered")
    if deviation is DoseDeviation.MORE:
        more = _red(printed("OrderSheet", "MORE than ordered"))
        return f"<font size='10'>{_red(given)}</font><br/>{more}: {share}"
    less = printed("OrderSheet", "less than ordered")
    return f"<font size='10'><b>{given}</b></font><br/><b>{less}</b>: {share}"


def _when_given(line: OrderLineRecord, zone: tzinfo) -> str:
    """Start and end in the site's time; a pump still running says so."""
    if line.started_at is None:
        return "—"
    start = printed_stamp(line.started_at, zone, with_zone=False)
    if line.ended_at is None:
        return (f"{start} {zone_label(local(line.started_at, zone))}<br/>" +
                printed("OrderSheet", "{running} — disconnection not yet recorded").format(
                    running=_red(printed("OrderSheet", "running"))))
    began, ended = local(line.started_at, zone), local(line.ended_at, zone)
    if began.date() == ended.date():
        end = clock_time(line.ended_at, zone)
    else:  # the 46-h pump: the day it ended (its year only when that changed)
        day = short_day_text(ended.date()) if began.year == ended.year else day_text(ended.date())
        end = f"{day} {ended:%H:%M}"
    minutes = (line.ended_at - line.started_at).total_seconds() / 60
    return (f"{start} – {end} {zone_label(ended)}<br/>"
            f"<font size='8'>{minutes_text((round(minutes),) * 2)}</font>")


def _administration(view: OrderView, zone: tzinfo) -> list[Flowable]:
    if view.order.status not in GIVEN_STATES:
        return []
    rows: list[list[object]] = [[_p(h, "head") for h in (
        "#", printed("OrderSheet", "Drug"), printed("OrderSheet", "Ordered"),
        printed("OrderSheet", "Given"), printed("OrderSheet", "Start – end (local time)"))]]
    commands: list[TableCommand] = []
    for line in sorted(view.lines, key=lambda x: x.sequence):
        if line.stopped:
            continue
        row = len(rows)
        reasons = []
        if line.given_reason:
            reasons.append(printed("OrderSheet", "<b>Reason for the dose:</b> {reason}").format(
                reason=escape(line.given_reason)))
        if line.duration_reason:
            reasons.append(printed("OrderSheet", "<b>Reason for the duration:</b> {reason}")
                           .format(reason=escape(line.duration_reason)))
        if line.given_mg is not None and line.given_mg > line.final_mg:
            commands.append(("BACKGROUND", (3, row), (3, row), ALERT_BG))
        when: object = _p(_when_given(line, zone))
        if line.given_mg == 0:
            commands.append(("SPAN", (3, row), (4, row)))
            when = ""
        _add_row(rows, commands, [
            _p(str(view.numbers[line.drug_id]), "number"),
            _p(f"<b>{escape(protocol_regimens().drug(line.drug_id).label)}</b>"),
            _p(f"{ismp(line.final_mg)} mg"), _p(_given_text(line)), when], reasons)
    table = _ruled(rows, [7, 30, 22, 55, 66], extra=commands)
    return _section(printed("OrderSheet", "Administration record — what was given"), table,
                    *_incidents(view, zone))


def _incidents(view: OrderView, zone: tzinfo) -> list[Flowable]:
    out: list[Flowable] = []
    for incident in view.incidents:
        out += [Spacer(1, 2 * mm), _incident_box(incident, zone)]
    return out


def _incident_box(incident: IncidentRecord, zone: tzinfo) -> Table:
    kind = (printed("OrderSheet", "MEDICATION ERROR") if incident.kind == "medication_error"
            else incident.kind.upper())
    state = (printed("OrderSheet", "resolved {time} by {name}: {resolution}").format(
                time=printed_stamp(incident.resolved_at, zone),
                name=escape(incident.resolved_by or ""),
                resolution=escape(incident.resolution or ""))
             if incident.resolved_at is not None else
             printed("OrderSheet", "open — for the investigator"))
    text = (_red(printed("OrderSheet", "{kind} — incident #{number}, reported {time}").format(
                kind=kind, number=incident.id,
                time=printed_stamp(incident.reported_at, zone))) +
            f"<br/><font color='{ALERT_INK}'>{escape(printed_message(incident.summary))}</font>"
            "<br/>" + printed("OrderSheet", "<b>Status:</b> {state}").format(state=state))
    box = Table([[_p(text, "body")]], colWidths=[CONTENT_WIDTH_MM * mm])
    box.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), ALERT_BG),
                             ("BOX", (0, 0), (-1, -1), 1.2, ALERT_EDGE),
                             ("TOPPADDING", (0, 0), (-1, -1), 3),
                             ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    return box


# ---- signatures ------------------------------------------------------------------------------

def _signature_rows(view: OrderView) -> list[tuple[str, SignatureView | None]]:
    """Prescriber, pharmacist, the two independent double checks, the nurse who gave it and the
    second nurse: a blank row (to sign by hand) for each not yet signed."""
    signed = {s.meaning: s for s in view.signatures}
    checks = [s for s in view.signatures if s.meaning == CHECK_MEANING]
    rows: list[tuple[str, SignatureView | None]] = [
        (printed_label("OrderSheet", role), signed.get(meaning)) for role, meaning in SIGNERS]
    for n in range(1, max(2, len(checks)) + 1):
        rows.append((printed("OrderSheet", "Independent double check {n}").format(n=n),
                     checks[n - 1] if n <= len(checks) else None))
    rows += [(printed_label("OrderSheet", role), signed.get(meaning))
             for role, meaning in GIVERS]
    return rows


def _signatures(view: OrderView, zone: tzinfo) -> Table:
    rows: list[list[object]] = [[_p(x, "head") for x in (
        printed("OrderSheet", "Role"), printed("OrderSheet", "Printed name"),
        printed("OrderSheet", "Signed (local time)"), printed("OrderSheet", "Signature"))]]
    for role, sig in _signature_rows(view):
        if sig is None:
            rows.append([_p(role), "", "", ""])
            continue
        mark = (printed("OrderSheet", "electronically signed") if sig.valid else
                _red(printed("OrderSheet", "SIGNATURE NO LONGER MATCHES — do not give")))
        rows.append([_p(role), _p(f"<b>{escape(sig.full_name)}</b>"),
                     _p(printed_stamp(sig.signed_at, zone)), _p(mark)])
    # Room to sign by hand on the rows not yet signed.
    return _ruled(rows, [52, 46, 44, 38], extra=[("TOPPADDING", (0, 1), (-1, -1), 4),
                                                  ("BOTTOMPADDING", (0, 1), (-1, -1), 4.5)])


# ---- the document ----------------------------------------------------------------------------

def _marks(draft: bool, copy: int | None) -> list[str]:
    marks = []
    if draft:
        marks.append(printed("OrderSheet", "DRAFT — NOT FOR ADMINISTRATION"))
    if copy is not None and copy > 1:
        marks.append(printed("OrderSheet", "REPRINT — copy {copy}").format(copy=copy))
    return marks


def _blocks(view: OrderView, zone: tzinfo, delivery: Mapping[str, tuple[str, str]]
            ) -> list[list[Flowable]]:
    """The sheet's sections in reading order; the signatures come after the last one."""
    heading = (printed("OrderSheet", "Drugs, in order of administration (premedication first: "
                                     "see below)") if view.supportive else
               printed("OrderSheet", "Drugs, in order of administration"))
    blocks = [
        [*_title(view), _allergy_box(view.allergy), *_notices(view)],
        _measurements_and_labs(view),
        _section(heading, _drug_table(view, delivery)),
        _oxaliplatin(view),
        _supportive(view),
        _administration(view, zone),
    ]
    return [b for b in blocks if b]


def _story(view: OrderView, zone: tzinfo, delivery: Mapping[str, tuple[str, str]],
           signature_heading: Paragraph, *, keep_with_previous: bool) -> list[Flowable]:
    blocks = _blocks(view, zone, delivery)
    signatures: list[Flowable] = [signature_heading, _signatures(view, zone)]
    if keep_with_previous:
        # The last section moves to the next page with the signatures rather than leave them
        # alone there.
        last = blocks.pop()
        return [f for b in blocks for f in b] + [KeepTogether([*last, *signatures])]
    return [f for b in blocks for f in b] + [KeepTogether(signatures)]


def render_order_sheet(view: OrderView, *, training: bool, printed_by: str, version: str,
                       audit_anchor: str, draft: bool, copy: int | None, zone: tzinfo,
                       site: str, delivery: Mapping[str, tuple[str, str]],
                       language: str = "en") -> bytes:
    """`zone`: the site's time zone, for every time printed; `site`: its name, on every page;
    `delivery`: per drug its volume and rate texts as the nurses see them at the double check;
    `language`: the document's own (the document_language setting)."""
    with printing_in(language):
        return _render(view, training=training, printed_by=printed_by, version=version,
                       audit_anchor=audit_anchor, draft=draft, copy=copy, zone=zone, site=site,
                       delivery=delivery)


def _render(view: OrderView, *, training: bool, printed_by: str, version: str,
            audit_anchor: str, draft: bool, copy: int | None, zone: tzinfo, site: str,
            delivery: Mapping[str, tuple[str, str]]) -> bytes:
    marks = _marks(draft, copy)
    title = printed("OrderSheet", "Order #{number}").format(number=view.order.id)
    meta = PageMeta(title=title, training=training, version=version,
                    audit_anchor=audit_anchor, printed_by=printed_by, printed_at=now_utc(),
                    zone=zone, code=_identity_band(view, site, marks))
    top = BAND_MM + (MARK_MM if marks else 0)
    for keep_with_previous in (False, True):
        heading = _p(printed("OrderSheet", "Signatures"), "heading")
        pages = _Pages()
        pdf = build_pdf(_story(view, zone, delivery, heading,
                               keep_with_previous=keep_with_previous),
                        meta, top_margin_mm=top, after_flowable=pages.laid_out)
        if not pages.opens_a_page(heading):
            break
    return pdf


class _Pages:
    """Where each part of the sheet was laid out (to see whether the signatures stand alone)."""

    def __init__(self) -> None:
        self.placed: list[tuple[Flowable, int]] = []

    def laid_out(self, flowable: Flowable, page: int) -> None:
        if not isinstance(flowable, ActionFlowable | Spacer):  # page breaks, gaps: no content
            self.placed.append((flowable, page))

    def opens_a_page(self, flowable: Flowable) -> bool:
        """Nothing of the sheet before `flowable` on its page (and it is not on page 1)."""
        index = next((i for i, (f, _page) in enumerate(self.placed) if f is flowable), 0)
        return index > 0 and self.placed[index - 1][1] < self.placed[index][1]
