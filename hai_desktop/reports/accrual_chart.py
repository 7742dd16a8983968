"""Accrual against the target for the trial report (issue #20): patients randomized in all at
the end of each month, beside the protocol's plan (108 over 2 years, evenly) and the target
line. core.schedule.AccrualPoint values in, a reportlab Drawing out."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.shapes import Drawing, Line, PolyLine, String
from reportlab.lib import colors
from reportlab.lib.units import mm

from hai_desktop.core.i18n import printed
from hai_desktop.core.schedule import AccrualPoint
from hai_desktop.reports.common import CONTENT_WIDTH_MM, FONT, INK, MUTED, RULE

ACTUAL = colors.HexColor("#1d4ed8")
PLANNED = colors.HexColor("#9ca3af")


def accrual_chart(points: Sequence[AccrualPoint], target: int, *,
                  width_mm: float = CONTENT_WIDTH_MM, height_mm: float = 70) -> Drawing:
    width, height = width_mm * mm, height_mm * mm
    left, right, bottom, top = 14 * mm, width - 30 * mm, 10 * mm, height - 9 * mm
    drawing = Drawing(width, height)
    months = max(len(points), 1)
    y_top = max([target, *(p.randomized for p in points)]) * 1.08

    def sx(index: float) -> float:
        return left + (right - left) * index / months

    def sy(count: float) -> float:
        return bottom + (top - bottom) * count / y_top

    for value in range(0, int(y_top) + 1, 20):
        drawing.add(Line(left, sy(value), right, sy(value), strokeColor=RULE, strokeWidth=0.3))
        drawing.add(String(left - 2, sy(value) - 2.5, str(value), fontName=FONT, fontSize=7,
                           fillColor=MUTED, textAnchor="end"))
    drawing.add(Line(left, bottom, left, top, strokeColor=INK, strokeWidth=0.6))
    drawing.add(Line(left, bottom, right, bottom, strokeColor=INK, strokeWidth=0.6))
    step = max(1, months // 8)
    for index, point in enumerate(points):
        if index % step == 0 or index == months - 1:
            drawing.add(String(sx(index + 1), bottom - 4 * mm, f"{point.month:%Y-%m}",
                               fontName=FONT, fontSize=6.5, fillColor=INK,
                               textAnchor="middle"))
    drawing.add(Line(left, sy(target), right, sy(target), strokeColor=INK, strokeWidth=0.6,
                     strokeDashArray=[2, 2]))
    drawing.add(String(right + 2, sy(target) - 2.5,
                       printed("AccrualChart", "target {n}").format(n=target), fontName=FONT,
                       fontSize=7, fillColor=INK))
    planned = [sx(0), sy(0)] + [v for i, p in enumerate(points) for v in (sx(i + 1),
                                                                         sy(p.planned))]
    drawing.add(PolyLine(planned, strokeColor=PLANNED, strokeWidth=1, strokeDashArray=[4, 2]))
    actual = [sx(0), sy(0)]
    for index, point in enumerate(points):
        previous = points[index - 1].randomized if index else 0
        actual += [sx(index + 1), sy(previous), sx(index + 1), sy(point.randomized)]
    drawing.add(PolyLine(actual, strokeColor=ACTUAL, strokeWidth=1.4))
    if points:
        last = points[-1]
        y = sy(last.randomized) - 2.5
        if abs(y - (sy(target) - 2.5)) < 9:  # never over the target's label
            y = sy(target) - 11.5
        drawing.add(String(right + 2, y,
                           printed("AccrualChart", "{n} randomized").format(n=last.randomized),
                           fontName=FONT, fontSize=7, fillColor=ACTUAL))
    legend_y = height - 3.5 * mm
    for x, color, dash, text in (
            (left, ACTUAL, None, printed("AccrualChart", "Randomized in all")),
            (left + 55 * mm, PLANNED, [4, 2],
             printed("AccrualChart", "Planned: even accrual over the accrual period"))):
        drawing.add(Line(x, legend_y + 2.5, x + 9 * mm, legend_y + 2.5, strokeColor=color,
                         strokeWidth=1.3, strokeDashArray=dash))  # type: ignore[arg-type]
        drawing.add(String(x + 11 * mm, legend_y, text, fontName=FONT, fontSize=8,
                           fillColor=INK))
    return drawing
