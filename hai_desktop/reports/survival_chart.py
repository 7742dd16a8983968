"""Kaplan-Meier curves per arm for the trial report (issue #20): the step curves with their
censored observations marked, the time axis in months, and the numbers at risk under it, one
row per arm, as the CONSORT-era convention prints them. Plain values in (core.survival), a
reportlab Drawing out: the services gather, this only lays out."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reportlab.graphics.shapes import Drawing, Line, PolyLine, String
from reportlab.lib import colors
from reportlab.lib.units import mm

from hai_desktop.core.i18n import printed
from hai_desktop.core.survival import Observation, kaplan_meier, numbers_at_risk
from hai_desktop.reports.common import (
    CONTENT_WIDTH_MM,
    FONT,
    FONT_BOLD,
    INK,
    MUTED,
    RULE,
    text_width,
)

# Two arms told apart by line style as well as colour (a grey printout keeps them apart).
ARM_STYLES: tuple[tuple[colors.Color, list[float] | None], ...] = (
    (colors.HexColor("#1d4ed8"), None), (colors.HexColor("#b45309"), [4.0, 2.0]))


@dataclass(frozen=True)
class ArmCurve:
    label: str  # "HAI + FOLFIRI" — the arm as the report names it
    observations: Sequence[Observation]


def _ticks(longest: float, step: float) -> list[float]:
    end = max(step, math.ceil(longest / step) * step)
    return [k * step for k in range(int(end / step) + 1)]


def survival_chart(arms: Sequence[ArmCurve], *, endpoint: str, tick_months: float = 6,
                   width_mm: float = CONTENT_WIDTH_MM, height_mm: float = 95) -> Drawing:
    """`endpoint` names the y axis ("Overall survival"). The x axis runs in steps of
    `tick_months` to the longest follow-up; the numbers at risk are counted at each tick."""
    width, height = width_mm * mm, height_mm * mm
    # Wide enough for the longest arm label before the first count (centred on month 0).
    label_column = max(34 * mm, 10 + max((text_width(a.label, FONT, 7) for a in arms),
                                          default=0.0) + 6 * mm)
    left, right = label_column, width - 6 * mm
    risk_rows = len(arms)
    bottom = (14 + 5 * risk_rows) * mm  # room for the axis, its caption and the at-risk rows
    top = height - 9 * mm
    longest = max((o.time for arm in arms for o in arm.observations), default=0.0)
    ticks = _ticks(longest, tick_months)
    drawing = Drawing(width, height)

    def sx(months: float) -> float:
        return left + (right - left) * months / ticks[-1]

    def sy(fraction: float) -> float:
        return bottom + (top - bottom) * fraction

    for k in range(6):  # 0, 0.2, … 1.0
        value = k / 5
        drawing.add(Line(left, sy(value), right, sy(value), strokeColor=RULE, strokeWidth=0.3))
        drawing.add(String(left - 2, sy(value) - 2.5, f"{value:.1f}", fontName=FONT,
                           fontSize=7, fillColor=MUTED, textAnchor="end"))
    drawing.add(Line(left, bottom, left, top, strokeColor=INK, strokeWidth=0.6))
    drawing.add(Line(left, bottom, right, bottom, strokeColor=INK, strokeWidth=0.6))
    drawing.add(String(left, top + 7, printed("SurvivalChart", "{endpoint} (probability)")
                       .format(endpoint=endpoint), fontName=FONT, fontSize=7, fillColor=MUTED))
    for tick in ticks:
        drawing.add(Line(sx(tick), bottom, sx(tick), bottom - 1.5 * mm, strokeColor=INK,
                         strokeWidth=0.5))
        drawing.add(String(sx(tick), bottom - 4.5 * mm, f"{tick:g}", fontName=FONT, fontSize=7,
                           fillColor=INK, textAnchor="middle"))
    drawing.add(String((left + right) / 2, bottom - 8.5 * mm,
                       printed("SurvivalChart", "Months from randomization"), fontName=FONT,
                       fontSize=7, fillColor=MUTED, textAnchor="middle"))

    risk_top = bottom - 13 * mm
    drawing.add(String(2, risk_top, printed("SurvivalChart", "Number at risk"),
                       fontName=FONT_BOLD, fontSize=7, fillColor=INK))
    legend_y = height - 3.5 * mm
    legend_x = left
    for row, (arm, (color, dash)) in enumerate(zip(arms, ARM_STYLES, strict=False)):
        _add_curve(drawing, arm.observations, color, dash, sx, sy)
        y = risk_top - (row + 1) * 4.5 * mm
        drawing.add(Line(2, y + 2.5, 8, y + 2.5, strokeColor=color, strokeWidth=1.2,
                         strokeDashArray=dash))  # type: ignore[arg-type]  # None: solid
        drawing.add(String(10, y, arm.label, fontName=FONT, fontSize=7, fillColor=INK))
        for tick, count in zip(ticks, numbers_at_risk(arm.observations, ticks), strict=True):
            drawing.add(String(sx(tick), y, str(count), fontName=FONT, fontSize=7,
                               fillColor=INK, textAnchor="middle"))
        drawing.add(Line(legend_x, legend_y + 2.5, legend_x + 9 * mm, legend_y + 2.5,
                         strokeColor=color, strokeWidth=1.4,
                         strokeDashArray=dash))  # type: ignore[arg-type]  # None: solid
        drawing.add(String(legend_x + 11 * mm, legend_y, arm.label, fontName=FONT, fontSize=8,
                           fillColor=INK))
        legend_x += 60 * mm
    return drawing


def _add_curve(drawing: Drawing, observations: Sequence[Observation], color: colors.Color,
               dash: list[float] | None, sx: Callable[[float], float],
               sy: Callable[[float], float]) -> None:
    """The step function from (0, 1), dropping at each event; a short upright tick where an
    observation was censored."""
    points = [sx(0.0), sy(1.0)]
    survival = 1.0
    for step in kaplan_meier(observations):
        x = sx(step.time)
        points += [x, sy(survival)]
        if step.events:
            survival = step.survival
            points += [x, sy(survival)]
        if step.censored:
            drawing.add(Line(x, sy(survival) - 1.6, x, sy(survival) + 1.6, strokeColor=color,
                             strokeWidth=0.8))
    drawing.add(PolyLine(points, strokeColor=color, strokeWidth=1.3,
                         strokeDashArray=dash))  # type: ignore[arg-type]  # None: solid
