"""The CONSORT 2010 flow diagram of the trial report (issue #20), drawn from the data: assessed
for eligibility, excluded with the reasons, randomized, then per arm allocated, treated, lost
to follow-up, discontinued and analysed. A views.TrialFlow in, a reportlab Drawing out."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from reportlab.graphics.shapes import Drawing, Line, Polygon, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm

from hai_desktop.core.i18n import QT_TRANSLATE_NOOP, printed
from hai_desktop.reports.common import CONTENT_WIDTH_MM, FONT, FONT_BOLD, INK, MUTED, text_width
from hai_desktop.views import ArmFlow, TrialFlow

LINE = 9.5  # points between lines of a box
PAD = 4.0
STAGE = colors.HexColor("#e0e7ff")
EDGE = colors.HexColor("#6b7280")

Items = list[tuple[str, int]]  # (text, level): 1 a bullet, 2 a reason under the bullet before


def _count(text: str, n: int) -> str:
    # No-break spaces: "(n = 54)" never wraps across lines.
    return printed("ConsortFlow", "{what} (n = {n})").format(what=text, n=n).replace(
        "(n = ", "(n\u00a0=\u00a0")


def _fit(text: str, width: float, font: str = FONT, size: float = 7.5) -> list[str]:
    """Words wrapped to `width` points (split at plain spaces only)."""
    lines: list[str] = []
    for word in text.split(" "):
        if lines and text_width(f"{lines[-1]} {word}", font, size) <= width:
            lines[-1] += f" {word}"
        else:
            lines.append(word)
    return lines or [""]


def _rect(x: float, y: float, width: float, height: float, fill: colors.Color,
          edge: colors.Color | None) -> Rect:
    # Set after construction: reportlab's stubs type the keyword arguments too narrowly.
    rect = Rect(x, y, width, height)
    rect.fillColor, rect.strokeColor, rect.strokeWidth = fill, edge, 0.6
    return rect


class _Page:
    def __init__(self, drawing: Drawing) -> None:
        self.drawing = drawing

    def box(self, x: float, top: float, width: float, head: str,
            items: Sequence[tuple[str, int]] = ()) -> float:
        """A box with its bold first line, then its items; returns its bottom."""
        lines = [(line, 0.0, n == 0) for n, line in enumerate(
            _fit(head, width - 2 * PAD, FONT_BOLD))]
        for item, level in items:
            indent = 8.0 * level
            lines += [(line, indent, n == 0)
                      for n, line in enumerate(_fit(item, width - 2 * PAD - indent))]
        height = len(lines) * LINE + 2 * PAD
        self.drawing.add(_rect(x, top - height, width, height, colors.white, EDGE))
        y = top - PAD - 7
        for text, indent, first in lines:
            if indent and first:
                mark = "•" if indent == 8 else "–"
                self.drawing.add(String(x + PAD + indent - 6, y, mark, fontName=FONT,
                                        fontSize=7.5, fillColor=MUTED))
            self.drawing.add(String(x + PAD + indent, y, text,
                                    fontName=FONT if indent else FONT_BOLD, fontSize=7.5,
                                    fillColor=MUTED if indent else INK))
            y -= LINE
        return top - height

    def arrow(self, x1: float, y1: float, x2: float, y2: float) -> None:
        self.drawing.add(Line(x1, y1, x2, y2, strokeColor=EDGE, strokeWidth=0.7))
        if y2 < y1:  # down
            head = [x2 - 2.5, y2 + 4, x2 + 2.5, y2 + 4, x2, y2]
        else:  # to the right
            head = [x2 - 4, y2 + 2.5, x2 - 4, y2 - 2.5, x2, y2]
        self.drawing.add(Polygon(head, fillColor=EDGE, strokeColor=EDGE, strokeWidth=0.5))

    def stage(self, top: float, bottom: float, name: str) -> None:
        """The stage's label in the left margin, as CONSORT's side bars."""
        self.drawing.add(_rect(0, bottom, 16 * mm, top - bottom, STAGE, None))
        self.drawing.add(String(8 * mm, (top + bottom) / 2 - 3, name, fontName=FONT_BOLD,
                                fontSize=7, fillColor=INK, textAnchor="middle"))


def _allocation(arm: ArmFlow) -> tuple[str, Items]:
    return (_count(printed("ConsortFlow", "Allocated to {arm}").format(arm=arm.arm),
                   arm.allocated),
            [(_count(printed("ConsortFlow", "Received the allocated treatment"), arm.received),
              1),
             (_count(printed("ConsortFlow", "Did not receive it"),
                     sum(n for _, n in arm.not_received)), 1),
             *((_count(reason, n), 2) for reason, n in arm.not_received)])


def _follow_up(arm: ArmFlow) -> tuple[str, Items]:
    return (_count(printed("ConsortFlow", "Lost to follow-up"), arm.lost_to_follow_up),
            [(_count(printed("ConsortFlow", "Treatment ended"),
                     sum(n for _, n in arm.discontinued)), 1),
             *((_count(reason, n), 2) for reason, n in arm.discontinued)])


def _analysis(arm: ArmFlow) -> tuple[str, Items]:
    return (_count(printed("ConsortFlow", "Analysed (intention to treat)"), arm.analysed),
            [(_count(printed("ConsortFlow", "Excluded from analysis"),
                     arm.allocated - arm.analysed), 1)])


STAGES: tuple[tuple[str, Callable[[ArmFlow], tuple[str, Items]]], ...] = (
    (QT_TRANSLATE_NOOP("ConsortFlow", "Allocation"), _allocation),
    (QT_TRANSLATE_NOOP("ConsortFlow", "Follow-up"), _follow_up),
    (QT_TRANSLATE_NOOP("ConsortFlow", "Analysis"), _analysis),
)


def consort_flow(flow: TrialFlow, *, width_mm: float = CONTENT_WIDTH_MM,
                 height_mm: float = 200) -> Drawing:
    width, height = width_mm * mm, height_mm * mm
    drawing = Drawing(width, height)
    page = _Page(drawing)
    left = 20 * mm
    centre_w = 62 * mm
    centre_x = left + (width - left - centre_w) / 2 - 22 * mm
    side_x = centre_x + centre_w + 10 * mm
    side_w = width - side_x

    top = height - 2
    assessed_bottom = page.box(centre_x, top, centre_w,
                               _count(printed("ConsortFlow", "Assessed for eligibility"),
                                      flow.screened))
    excluded = sum(n for _, n in flow.excluded)
    awaiting: Items = ([(_count(printed("ConsortFlow", "Screening or randomization not "
                                                       "finished yet"), flow.awaiting), 1)]
                       if flow.awaiting else [])
    side_top = assessed_bottom - 6
    side_bottom = page.box(side_x, side_top, side_w,
                           _count(printed("ConsortFlow", "Excluded"), excluded + flow.awaiting),
                           [(_count(reason, n), 1) for reason, n in flow.excluded] + awaiting)
    middle = centre_x + centre_w / 2
    join = (side_top + side_bottom) / 2
    randomized_top = min(side_bottom, join - 14) - 10
    page.arrow(middle, assessed_bottom, middle, randomized_top)
    page.arrow(middle, join, side_x, join)
    randomized_bottom = page.box(centre_x, randomized_top, centre_w,
                                 _count(printed("ConsortFlow", "Randomized"), flow.randomized))
    page.stage(top, randomized_bottom, printed("ConsortFlow", "Enrollment"))

    column_w = (width - left - 8 * mm) / max(len(flow.arms), 1)
    xs = [left + k * (column_w + 8 * mm) for k in range(len(flow.arms))]
    row_top = randomized_bottom - 16
    split = row_top + 8  # the randomization divides into the arms here
    drawing.add(Line(middle, randomized_bottom, middle, split, strokeColor=EDGE,
                     strokeWidth=0.7))
    if xs:
        drawing.add(Line(xs[0] + column_w / 2, split, xs[-1] + column_w / 2, split,
                         strokeColor=EDGE, strokeWidth=0.7))
    above = [split] * len(flow.arms)
    for name, content in STAGES:
        bottoms = []
        for k, (x, arm) in enumerate(zip(xs, flow.arms, strict=True)):
            page.arrow(x + column_w / 2, above[k], x + column_w / 2, row_top)
            head, items = content(arm)
            bottoms.append(page.box(x, row_top, column_w, head, items))
        if bottoms:
            page.stage(row_top, min(bottoms), printed("ConsortFlow", name))
            above, row_top = bottoms, min(bottoms) - 16
    return drawing
