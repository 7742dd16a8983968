"""ALT, AST, ALP and bilirubin as multiples of ULN over time, with the CTCAE cut-offs drawn.

Painted with QPainter: four short series do not need a chart library, and the lines at 1, 3
and 5 × ULN let a nurse see the grade band at a glance.
"""

from __future__ import annotations

from datetime import date
from itertools import pairwise

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from hai_desktop.services.labs import LiverPoint
from hai_desktop.ui.i18n import date_text, short_day_text

SERIES_COLOURS = {"ALT": "#1f5fa8", "AST": "#0f7280", "ALP": "#8a5a00", "Bilirubin": "#b3261e"}
REFERENCE_LINES = ((1.0, "ULN"), (3.0, "3 × ULN"), (5.0, "5 × ULN"))
MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, MARGIN_BOTTOM = 64, 56, 34, 42


class LiverChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.series: dict[str, list[LiverPoint]] = {}
        self.setMinimumHeight(280)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Liver tests as multiples of the upper limit of normal"))

    def set_series(self, series: dict[str, list[LiverPoint]]) -> None:
        self.series = series
        self.setToolTip(self.summary())
        self.update()

    def points(self) -> list[LiverPoint]:
        return [p for points in self.series.values() for p in points]

    def summary(self) -> str:
        """The latest value of each test, for the tooltip and screen readers."""
        latest = [self.tr("{test} {multiple} × ULN on {date}").format(
                      test=name, multiple=f"{points[-1].uln_multiple:.1f}",
                      date=short_day_text(points[-1].taken_on))
                  for name, points in self.series.items() if points]
        return "; ".join(latest) or self.tr("No liver tests recorded.")

    # ---- scales ----------------------------------------------------------------------------
    def _ranges(self) -> tuple[date, date, float]:
        points = self.points()
        first = min(p.taken_on for p in points)
        last = max(p.taken_on for p in points)
        top = max(6.0, max(p.uln_multiple for p in points) * 1.1)
        return first, last, top

    def _plot_rect(self) -> QRectF:
        return QRectF(MARGIN_LEFT, MARGIN_TOP, max(10, self.width() - MARGIN_LEFT - MARGIN_RIGHT),
                      max(10, self.height() - MARGIN_TOP - MARGIN_BOTTOM))

    def _to_point(self, day: date, value: float, first: date, last: date, top: float,
                  rect: QRectF) -> QPointF:
        span = max(1, (last - first).days)
        x = rect.left() + rect.width() * ((day - first).days / span if last > first else 0.5)
        y = rect.bottom() - rect.height() * (value / top)
        return QPointF(x, y)

    # ---- painting --------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#ffffff"))
        if not self.points():
            painter.setPen(QColor("#5b6573"))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter,
                             self.tr("No ALT, AST, ALP or bilirubin results yet.\nEnter them "
                                     "with “Lab result…”; they appear here as × ULN."))
            return
        first, last, top = self._ranges()
        rect = self._plot_rect()
        self._draw_axes(painter, rect, first, last, top)
        for name, points in self.series.items():
            self._draw_series(painter, name, points, first, last, top, rect)
        self._draw_legend(painter, rect)

    def _draw_axes(self, painter: QPainter, rect: QRectF, first: date, last: date,
                   top: float) -> None:
        painter.setPen(QPen(QColor("#9aa3ad"), 1))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        painter.drawLine(rect.bottomLeft(), rect.topLeft())
        small = QFont(painter.font())
        small.setPointSizeF(max(7.0, small.pointSizeF() - 1))
        painter.setFont(small)
        for value, text in REFERENCE_LINES:
            y = rect.bottom() - rect.height() * value / top
            painter.setPen(QPen(QColor("#c8ced6"), 1, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))
            painter.setPen(QColor("#5b6573"))
            painter.drawText(QRectF(0, y - 9, MARGIN_LEFT - 6, 18),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, text)
        for day in (first, last) if last > first else (first,):
            x = self._to_point(day, 0, first, last, top, rect).x()
            painter.drawText(QRectF(x - 50, rect.bottom() + 6, 100, 18),
                             Qt.AlignmentFlag.AlignCenter, date_text(day))

    def _draw_series(self, painter: QPainter, name: str, points: list[LiverPoint],
                     first: date, last: date, top: float, rect: QRectF) -> None:
        colour = QColor(SERIES_COLOURS.get(name, "#000000"))
        placed = [self._to_point(p.taken_on, p.uln_multiple, first, last, top, rect)
                  for p in points]
        painter.setPen(QPen(colour, 2))
        for start, end in pairwise(placed):
            painter.drawLine(start, end)
        painter.setBrush(colour)
        for point in placed:
            painter.drawEllipse(point, 3.5, 3.5)
        painter.setBrush(Qt.BrushStyle.NoBrush)

    def _draw_legend(self, painter: QPainter, rect: QRectF) -> None:
        x = rect.left()
        for name, colour in SERIES_COLOURS.items():
            if not self.series.get(name):
                continue
            painter.setPen(QPen(QColor(colour), 3))
            painter.drawLine(QPointF(x, 14), QPointF(x + 18, 14))
            painter.setPen(QColor("#1d232b"))
            painter.drawText(QRectF(x + 22, 4, 90, 20), Qt.AlignmentFlag.AlignVCenter, name)
            x += 22 + painter.fontMetrics().horizontalAdvance(name) + 18
