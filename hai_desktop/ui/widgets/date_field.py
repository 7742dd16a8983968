"""A date entry that can be empty: type it (2026-11-20, 20.11.2026, 20/11/2026) or pick it.

QDateEdit always holds some date, so "not entered yet" would need a sentinel; a clinical form
must tell an empty test date from a real one. The text is kept exactly as typed until it
parses, so nothing a person types is ever replaced behind their back.
"""

from __future__ import annotations

import datetime
import re
from datetime import date

from PySide6.QtCore import QDate, QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)

_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")
_DAY_FIRST = re.compile(r"^\s*(\d{1,2})[./](\d{1,2})[./](\d{4})\s*$")


def parse_date_text(text: str) -> date | None:
    """The date typed, None when empty; ValueError when it is not a date."""
    text = text.strip()
    if not text:
        return None
    if text.lower() in ("t", "today"):
        return date.today()
    match = _ISO.match(text)
    if match:
        year, month, day = (int(g) for g in match.groups())
        return date(year, month, day)
    match = _DAY_FIRST.match(text)
    if match:
        day, month, year = (int(g) for g in match.groups())
        return date(year, month, day)
    raise ValueError(text)


class DateField(QWidget):
    """A line edit for a date plus a calendar button; `date()` is None while empty."""

    changed = Signal()

    def __init__(self, placeholder: str | None = None, parent: QWidget | None = None) -> None:
        """`placeholder`: the hint in the empty field (translated); by default the format."""
        super().__init__(parent)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(self.tr("yyyy-mm-dd") if placeholder is None
                                     else placeholder)
        self.edit.setToolTip(self.tr("Type the date as yyyy-mm-dd or dd.mm.yyyy, or pick it "
                                     "with ▾. 't' is today."))
        self.edit.setMinimumWidth(104)
        self.pick_button = QToolButton()
        self.pick_button.setText("▾")
        self.pick_button.setToolTip(self.tr("Pick the date from a calendar"))
        self.pick_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes field to field
        self.pick_button.clicked.connect(self._pick)
        self.edit.textChanged.connect(lambda _text: self.changed.emit())
        self.edit.editingFinished.connect(self._normalise)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.pick_button)
        self.setFocusProxy(self.edit)

    # ---- value -------------------------------------------------------------------------------
    def text(self) -> str:
        return self.edit.text()

    def date(self) -> date | None:
        """The date, or None when empty or not (yet) a date (see `error()`)."""
        try:
            return parse_date_text(self.edit.text())
        except ValueError:
            return None

    def error(self) -> str | None:
        try:
            parse_date_text(self.edit.text())
        except ValueError:
            return self.tr("'{text}' is not a date. Type the date as yyyy-mm-dd or "
                           "dd.mm.yyyy, or pick it with ▾.").format(text=self.edit.text().strip())
        return None

    def set_date(self, value: datetime.date | None) -> None:  # `date` here is the method
        self.edit.setText(value.isoformat() if value else "")

    def clear(self) -> None:
        self.edit.clear()

    def set_read_only(self, read_only: bool) -> None:
        self.edit.setReadOnly(read_only)
        self.pick_button.setVisible(not read_only)

    def _normalise(self) -> None:
        value = self.date()
        if value is not None and self.edit.text() != value.isoformat():
            self.edit.setText(value.isoformat())

    # ---- calendar ----------------------------------------------------------------------------
    def _pick(self) -> None:
        menu = QMenu(self)
        calendar = QCalendarWidget()
        calendar.setGridVisible(False)
        calendar.setMaximumDate(QDate.currentDate())  # a test or meeting is never in the future
        current = self.date()
        calendar.setSelectedDate(QDate(current.year, current.month, current.day) if current
                                 else QDate.currentDate())
        action = QWidgetAction(menu)
        action.setDefaultWidget(calendar)
        menu.addAction(action)

        def chosen(day: QDate) -> None:
            self.set_date(day.toPython())  # type: ignore[arg-type]  # stubs: toPython -> object
            menu.close()
            self.edit.setFocus()

        calendar.clicked.connect(chosen)
        calendar.activated.connect(chosen)
        menu.popup(self.mapToGlobal(QPoint(0, self.height())))
