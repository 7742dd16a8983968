"""What every printed sheet shares: fonts, styles, and a footer on every page with
"Page x of y", the printed time in the site's zone (never UTC for people), the software version
and the audit anchor; a diagonal TRAINING watermark on demo data."""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, tzinfo
from functools import cache
from typing import Any, Protocol

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, SimpleDocTemplate, Table, TableStyle
from reportlab.platypus import Paragraph as _ReportlabParagraph

from hai_desktop.core.clock import day_text as clock_day_text
from hai_desktop.core.clock import short_day, stamp
from hai_desktop.core.i18n import printed, printing_language
from hai_desktop.paths import resource

FONT, FONT_BOLD = "DejaVuSans", "DejaVuSans-Bold"
# Hangul (patient names, Korean text): DejaVu has none, so every character it lacks is set in
# NanumGothic instead, run by run (reportlab has no font fallback of its own).
HANGUL, HANGUL_BOLD = "NanumGothic", "NanumGothic-Bold"
# Helvetica: reportlab's default where a table cell or drawing names no font.
FALLBACK = {FONT: HANGUL, FONT_BOLD: HANGUL_BOLD, "Helvetica": HANGUL,
            "Helvetica-Bold": HANGUL_BOLD}
TRIAL = "HAI oxaliplatin + FOLFIRI trial · NCT05103020"
INK = colors.HexColor("#1f2937")
MUTED = colors.HexColor("#6b7280")
RULE = colors.HexColor("#d1d5db")
CONTENT_WIDTH_MM = 180  # A4 portrait between the 15 mm margins of build_pdf
# What must stand out on paper (a gate closed, a grade 3), and what reassures (a gate open).
ALERT_INK = "#991b1b"
ALERT_BG = colors.HexColor("#fde2e2")
ALERT_EDGE = colors.HexColor("#b91c1c")
OK_BG = colors.HexColor("#ecfdf5")
OK_EDGE = colors.HexColor("#059669")


@cache
def register_fonts() -> None:
    # The standard PDF fonts lack ≥, ×, ⁹ and µ-style signs used in clinical values. TrueType
    # fonts are embedded as subsets of the glyphs used, with a map back to the text.
    for name, file in ((FONT, "DejaVuSans.ttf"), (FONT_BOLD, "DejaVuSans-Bold.ttf"),
                       (HANGUL, "NanumGothic.ttf"), (HANGUL_BOLD, "NanumGothicBold.ttf")):
        pdfmetrics.registerFont(TTFont(name, str(resource("fonts", file))))
    for normal, bold in ((FONT, FONT_BOLD), (HANGUL, HANGUL_BOLD)):
        pdfmetrics.registerFontFamily(normal, normal=normal, bold=bold, italic=normal,
                                      boldItalic=bold)


@cache
def _glyphs(font: str) -> frozenset[int]:
    """The characters `font` can draw (a standard Type 1 font: those its WinAnsi encoding has)."""
    register_fonts()
    face = pdfmetrics.getFont(font).face  # type: ignore[attr-defined]  # stubs: Font lacks .face
    table = getattr(face, "charToGlyph", None)
    if table is not None:
        return frozenset(table)
    return frozenset(code for code in range(0x10000) if _in_win_ansi(chr(code)))


def _in_win_ansi(char: str) -> bool:
    try:
        char.encode("cp1252")
    except UnicodeEncodeError:
        return False
    return True


def font_runs(text: str, font: str) -> list[tuple[str, str]]:
    """`text` cut into (run, font) pieces: characters `font` lacks go to its fallback, where the
    fallback has them; spaces stay with the run they are in."""
    fallback = FALLBACK.get(font)
    if fallback is None or text.isascii():
        return [(text, font)] if text else []
    own, other = _glyphs(font), _glyphs(fallback)
    runs: list[tuple[str, str]] = []
    for char in text:
        code = ord(char)
        wanted = fallback if code not in own and code in other else font
        if runs and (runs[-1][1] == wanted or char.isspace()):
            runs[-1] = (runs[-1][0] + char, runs[-1][1])
        else:
            runs.append((char, wanted))
    return runs


def text_width(text: str, font: str, size: float) -> float:
    return sum(pdfmetrics.stringWidth(run, name, size) for run, name in font_runs(text, font))


class Paragraph(_ReportlabParagraph):
    """A reportlab Paragraph whose fragments switch to the Hangul font where DejaVu has no
    glyph, so a name like 김지원 prints (and extracts) as text rather than empty boxes."""

    def _setup(self, text: Any, style: Any, bulletText: Any, frags: Any, cleaner: Any) -> None:
        # reportlab's private set-up, absent from its stubs
        super()._setup(text, style, bulletText, frags, cleaner)  # type: ignore[misc]
        if frags is None:
            self.frags = _with_fallback(self.frags)


def _with_fallback(frags: list[Any]) -> list[Any]:
    out: list[Any] = []
    for frag in frags:
        text = getattr(frag, "text", None)
        if not isinstance(text, str) or not text or getattr(frag, "cbDefn", None) is not None:
            out.append(frag)
            continue
        runs = font_runs(text, frag.fontName)
        if len(runs) == 1 and runs[0][1] == frag.fontName:
            out.append(frag)
            continue
        for run, font in runs:
            piece = frag.clone()
            piece.text, piece.fontName = run, font
            out.append(piece)
    return out


@cache
def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    base = ParagraphStyle("body", fontName=FONT, fontSize=9, leading=11.5, textColor=INK)
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=7.5, leading=9.5),
        "muted": ParagraphStyle("muted", parent=base, fontSize=8, textColor=MUTED),
        "title": ParagraphStyle("title", parent=base, fontName=FONT_BOLD, fontSize=15,
                                leading=19, spaceAfter=2 * mm),
        "heading": ParagraphStyle("heading", parent=base, fontName=FONT_BOLD, fontSize=11,
                                  leading=14, spaceBefore=4 * mm, spaceAfter=2 * mm),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8, leading=10),
        "cell_bold": ParagraphStyle("cell_bold", parent=base, fontName=FONT_BOLD, fontSize=8,
                                    leading=10),
    }


@dataclass(frozen=True)
class PageMeta:
    title: str
    training: bool
    version: str
    audit_anchor: str
    printed_by: str
    printed_at: datetime
    zone: tzinfo  # the site's zone (Workspace.zone): every time printed is local
    code: Callable[[Canvas, float, float], None] | None = None


def now_utc() -> datetime:
    return datetime.now(UTC)


class _FallbackCanvas(Canvas):
    """drawString and its right/centred forms set each run in a font that has its glyphs
    (tables draw their plain-text cells through these too)."""

    @property
    def _font(self) -> tuple[str, float]:
        """The current font and size (reportlab's private attributes, absent from its stubs)."""
        return self._fontname, self._fontsize  # type: ignore[attr-defined]

    def drawString(self, x: float, y: float, text: str, *args: Any, **kwargs: Any) -> None:
        font, size = self._font
        runs = font_runs(text, font)
        # reportlab's charts pass mode=None (plain text): still a run-by-run case.
        plain = not args and all(value is None for value in kwargs.values())
        if not plain or not runs or runs == [(text, font)]:
            super().drawString(x, y, text, *args, **kwargs)
            return
        for run, name in runs:
            self.setFont(name, size)
            super().drawString(x, y, run)
            x += pdfmetrics.stringWidth(run, name, size)
        self.setFont(font, size)

    def drawRightString(self, x: float, y: float, text: str, *args: Any,
                        **kwargs: Any) -> None:
        self.drawString(x - text_width(text, *self._font), y, text,
                        *args, **kwargs)

    def drawCentredString(self, x: float, y: float, text: str, *args: Any,
                          **kwargs: Any) -> None:
        self.drawString(x - text_width(text, *self._font) / 2, y, text,
                        *args, **kwargs)


class _NumberedCanvas(_FallbackCanvas):
    """Holds pages until the end so each footer can say 'Page x of y'."""

    meta: PageMeta

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()  # type: ignore[attr-defined]  # reportlab's private, not in its stubs

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            _decorate(self, self.meta, number, total)
            super().showPage()
        super().save()


def _decorate(canvas: Canvas, meta: PageMeta, page: int, total: int) -> None:
    width, height = canvas._pagesize  # type: ignore[attr-defined]  # private, not in the stubs
    canvas.saveState()
    if meta.training:
        canvas.setFillColor(colors.Color(0.85, 0.33, 0.0, alpha=0.12))
        canvas.setFont(FONT_BOLD, 72)
        canvas.translate(width / 2, height / 2)
        canvas.rotate(35)
        canvas.drawCentredString(0, -20, "TRAINING")
        canvas.rotate(-35)
        canvas.translate(-width / 2, -height / 2)
    canvas.setFont(FONT, 7)
    canvas.setFillColor(MUTED)
    canvas.setStrokeColor(RULE)
    canvas.line(15 * mm, 14 * mm, width - 15 * mm, 14 * mm)
    first = printed("Report", "{title} · printed {time} by {name}").format(
        title=meta.title, time=printed_stamp(meta.printed_at, meta.zone), name=meta.printed_by)
    if meta.training:
        first = printed("Report", "TRAINING — not for clinical use") + " · " + first
    canvas.drawString(15 * mm, 10.5 * mm, first)
    canvas.drawString(15 * mm, 7 * mm,
                      f"{TRIAL} · hai-desktop {meta.version} · {meta.audit_anchor}")
    canvas.setFont(FONT_BOLD, 8)
    canvas.setFillColor(INK)
    canvas.drawRightString(width - 15 * mm, 10.5 * mm,
                           printed("Report", "Page {page} of {pages}").format(page=page,
                                                                              pages=total))
    if meta.code is not None:
        meta.code(canvas, width, height)
    canvas.restoreState()


class _Document(SimpleDocTemplate):
    """Tells a listener where each flowable landed (the order sheet checks its page breaks)."""

    listener: Callable[[Flowable, int], None] | None = None

    def afterFlowable(self, flowable: Flowable) -> None:
        if self.listener is not None:
            self.listener(flowable, self.page)


def build_pdf(story: Sequence[Flowable], meta: PageMeta, *, landscape_pages: bool = False,
              top_margin_mm: float = 14,
              after_flowable: Callable[[Flowable, int], None] | None = None) -> bytes:
    """`top_margin_mm` leaves room for what `meta.code` draws at the top of every page;
    `after_flowable(flowable, page)` hears where each flowable (or part of one) was laid out."""
    register_fonts()
    buffer = io.BytesIO()
    size = landscape(A4) if landscape_pages else A4
    doc = _Document(buffer, pagesize=size, leftMargin=15 * mm, rightMargin=15 * mm,
                    topMargin=top_margin_mm * mm, bottomMargin=18 * mm, title=meta.title,
                    author="hai-desktop", subject=TRIAL)
    doc.listener = after_flowable

    class Canvas_(_NumberedCanvas):
        pass

    Canvas_.meta = meta
    doc.build(list(story), canvasmaker=Canvas_)
    return buffer.getvalue()


def build_canvas_pdf(draw: Callable[[Canvas], None], meta: PageMeta) -> bytes:
    """For sheets laid out by hand (labels, cards): `draw` paints and ends its own pages."""
    register_fonts()
    buffer = io.BytesIO()

    class Canvas_(_NumberedCanvas):
        pass

    Canvas_.meta = meta
    canvas = Canvas_(buffer, pagesize=A4)
    canvas.setTitle(meta.title)
    canvas.setAuthor("hai-desktop")
    draw(canvas)
    canvas.save()
    return buffer.getvalue()


def escape(text: str) -> str:
    """Text for a reportlab Paragraph, whose markup would read <, > and & as tags."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# One TableStyle command ("GRID", (0, 0), (-1, -1), 0.4, RULE): reportlab's stubs spell out
# each command's shape, which a list built up from several kinds of command cannot meet.
TableCommand = tuple[Any, ...]


def grid(rows: list[list[object]], widths: list[float], header: bool = True) -> Table:
    """A ruled table, widths in mm; the header row repeats on every page it spans."""
    table = Table(rows, colWidths=[w * mm for w in widths], repeatRows=1 if header else 0)
    style: list[TableCommand] = [
        ("GRID", (0, 0), (-1, -1), 0.4, RULE), ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONTNAME", (0, 0), (-1, -1), FONT)]
    if header:
        style += [("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eef2f7")),
                  ("FONTNAME", (0, 0), (-1, 0), FONT_BOLD)]
    table.setStyle(TableStyle(style))
    return table


def day_text(value: date | None) -> str:
    """A day as the document's language writes it: 17 Sep 1956 / 1956-09-17."""
    return clock_day_text(value, printing_language())


def short_day_text(value: date) -> str:
    """05 Dec / 12-05, where the year is plain."""
    return short_day(value, printing_language())


def printed_stamp(moment: datetime | None, zone: tzinfo, *, with_zone: bool = True) -> str:
    """A stored (UTC) time in the site's zone, as the document's language writes it."""
    return stamp(moment, zone, with_zone=with_zone, language=printing_language())


def cell(text: str, style: str = "cell") -> Paragraph:
    return Paragraph(text, styles()[style])


class PatientIdentity(Protocol):
    """What a per-patient report says about whose it is."""

    @property
    def name(self) -> str: ...
    @property
    def study_id(self) -> str | None: ...
    @property
    def screening_number(self) -> str: ...
    @property
    def initials(self) -> str: ...
    @property
    def arm(self) -> str: ...
    @property
    def date_of_birth(self) -> date | None: ...


def identifier_table(patient: PatientIdentity) -> Table:
    """Two identifiers per row, as on the order sheet; the arm's label gets a row of its own."""
    number = escape(patient.screening_number)
    cells = [
        (printed("Report", "Patient"), f"<b>{escape(patient.name)}</b>"),
        (printed("Report", "Study ID"), f"<b>{escape(patient.study_id)}</b> ({number})"
         if patient.study_id else
         printed("Report", "not randomized ({number})").format(number=number)),
        (printed("Report", "Initials"), escape(patient.initials)),
        (printed("Report", "Date of birth"), day_text(patient.date_of_birth)),
    ]
    rows: list[list[object]] = [[cell(k1), cell(v1), cell(k2), cell(v2)] for (k1, v1), (k2, v2)
                                in zip(cells[0::2], cells[1::2], strict=True)]
    rows.append([cell(printed("Report", "Arm")), cell(escape(patient.arm)), "", ""])
    table = grid(rows, [26, 64, 26, 64], header=False)
    table.setStyle(TableStyle([("SPAN", (1, -1), (-1, -1))]))
    return table


def patient_line(patient: PatientIdentity) -> Callable[[Canvas, float, float], None]:
    """Draws whose pages these are at the top right: pages of a paper chart get separated."""
    number = (f"{patient.study_id} ({patient.screening_number})" if patient.study_id else
              patient.screening_number)
    text = f"{patient.name} · {number} · {patient.initials}"

    def draw(canvas: Canvas, width: float, height: float) -> None:
        canvas.setFont(FONT, 7.5)
        canvas.setFillColor(MUTED)
        canvas.drawRightString(width - 15 * mm, height - 9 * mm, text)
    return draw


def note_box(text: str, background: colors.Color, edge: colors.Color) -> Table:
    """A paragraph in a coloured box across the page: a notice the reader must not miss."""
    box = Table([[cell(text, "body")]], colWidths=[CONTENT_WIDTH_MM * mm])
    box.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), background),
                             ("BOX", (0, 0), (-1, -1), 0.8, edge),
                             ("TOPPADDING", (0, 0), (-1, -1), 4),
                             ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    return box
