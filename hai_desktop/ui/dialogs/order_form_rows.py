"""The rows of the order form that are more than one field: a drug's dose level (with the
decisions due), the neuropathy grade before oxaliplatin, and one premedication or supportive-care
item that the investigator may leave out or change on this order (with the reason)."""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from hai_desktop.core import ctcae
from hai_desktop.core.i18n import QT_TRANSLATE_NOOP
from hai_desktop.core.supportive import SupportiveItem
from hai_desktop.services.orders import NEUROPATHY_TERM
from hai_desktop.services.supportive_care import SupportiveChange
from hai_desktop.ui.i18n import current_language, message_text
from hai_desktop.ui.widgets.common import choose_text, label
from hai_desktop.ui.widgets.date_field import DateField


class Checked(QWidget):
    """A widget with its own inline error line under it; the line takes room of its own, so an
    error never squeezes the field above it."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__()
        self.widget = widget
        self.error_label = QLabel()
        self.error_label.setObjectName("InlineError")
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)  # a message may quote the text
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget)
        layout.addWidget(self.error_label)
        self.setFocusProxy(widget)

    def set_problem(self, message: str | None) -> None:
        self.error_label.setText(message_text(message) if message else "")
        self.error_label.setVisible(bool(message))

    def error_text(self) -> str:
        return self.error_label.text() if not self.error_label.isHidden() else ""


def _short_due(text: str) -> str:
    """'Grade 3 Diarrhea (cycle 2), irinotecan: …' → 'Grade 3 Diarrhea' (a translation keeps
    the grade and the term before its first comma)."""
    return text.split(" (cycle")[0].split(",")[0]


class Reduction(QWidget):
    """A drug's dose level for this cycle: unchanged, a lower level, or stopped — a change
    with its reason. Levels above the patient's current one are not offered (they only go
    down); a stopped drug shows as stopped and cannot be restarted. While a dose decision is
    due (a toxicity, or neuropathy before oxaliplatin) "continue at the same level" is offered
    too, with its reason."""

    STOP, CONTINUE = "stop", "continue"
    CONTINUE_TEXT = QT_TRANSLATE_NOOP("Reduction", "continue at the same level (give the "
                                                   "reason)")

    def __init__(self, drug: str, levels: tuple[float, ...], basis: str,
                 current: tuple[int, bool] = (0, False), due: list[str] | None = None) -> None:
        super().__init__()
        self.drug = drug
        self.current_level, self.stopped = current
        self.toxicity_due = list(due or [])
        self.neuropathy_due: str | None = None
        self.due = label("", "InlineError", wrap=True)
        per = "m²" if basis == "mg/m2" else "kg"
        self.level = QComboBox()
        self.level.setMinimumWidth(300)
        self.reason = QLineEdit()
        if self.stopped:
            self.level.addItem(self.tr("stopped earlier"), None)
            self.level.setEnabled(False)
            self.reason.setPlaceholderText(self.tr("a stopped drug is not given again"))
            self.reason.setEnabled(False)
        else:
            now = levels[-self.current_level] if -self.current_level < len(levels) else 0
            self.level.addItem(self.tr("unchanged · level {level} · {dose} mg/{per}").format(
                level=self.current_level, dose=f"{now:g}", per=per), None)
            for index in range(-self.current_level + 1, len(levels)):
                self.level.addItem(self.tr("reduce to level {level} · {dose} mg/{per}").format(
                    level=-index, dose=f"{levels[index]:g}", per=per), -index)
            self.level.addItem(self.tr("stop this drug"), self.STOP)
        # The reason appears under the choice once there is a change to explain.
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        column.addWidget(self.due)
        column.addWidget(self.level)
        column.addWidget(self.reason)
        self.level.currentIndexChanged.connect(self._show_reason)
        self._show_due()
        self._show_reason()

    # ---- decisions due -----------------------------------------------------------------------
    def set_neuropathy_due(self, text: str | None) -> None:
        """Neuropathy at or above the site's grade makes a decision due on oxaliplatin."""
        if text == self.neuropathy_due:
            return
        self.neuropathy_due = text
        self._show_due()

    def _dues(self) -> list[str]:
        return self.toxicity_due + ([self.neuropathy_due] if self.neuropathy_due else [])

    def _show_due(self) -> None:
        dues = self._dues()
        # One short line per due decision; the whole sentence is in the tooltip.
        self.due.setText("<br>".join(self.tr("⚠ {what}: dose decision due").format(
            what=html.escape(_short_due(d))) for d in dues))
        self.due.setToolTip("\n".join(dues))
        self.due.setVisible(bool(dues))
        if self.stopped:
            return
        offered = self.level.findData(self.CONTINUE) >= 0
        # Called while the form recalculates: no change signals from here (the choice stays
        # the same one, except a "continue" no longer due, which falls back to unchanged).
        blocker = QSignalBlocker(self.level)
        if dues and not offered:
            self.level.insertItem(self.level.findData(self.STOP),
                                  QCoreApplication.translate("Reduction", self.CONTINUE_TEXT),
                                  self.CONTINUE)
        elif not dues and offered:
            if self.level.currentData() == self.CONTINUE:
                self.level.setCurrentIndex(0)
            self.level.removeItem(self.level.findData(self.CONTINUE))
        blocker.unblock()
        self._show_reason()

    def _show_reason(self) -> None:
        choice = self.level.currentData()
        self.reason.setVisible(choice is not None)
        if choice == self.CONTINUE:
            self.reason.setPlaceholderText(self.tr("why continue at the same level (e.g. "
                                                   "resolved)"))
        elif choice == self.STOP:
            self.reason.setPlaceholderText(self.tr("reason for stopping (e.g. the toxicity)"))
        elif not self.stopped:
            self.reason.setPlaceholderText(self.tr("reason for the reduction (e.g. the "
                                                   "toxicity)"))

    # ---- the choice ----------------------------------------------------------------------------
    def choose(self, data: int | str | None) -> None:
        self.level.setCurrentIndex(self.level.findData(data))

    def reduction(self) -> tuple[int, str] | None:
        level = self.level.currentData()
        return (int(level), self.reason.text()) if isinstance(level, int) else None

    def stop_reason(self) -> str | None:
        return self.reason.text() if self.level.currentData() == self.STOP else None

    def continue_reason(self) -> str | None:
        return self.reason.text() if self.level.currentData() == self.CONTINUE else None

    @property
    def given(self) -> bool:
        """The drug is on this order (not stopped earlier, not being stopped now)."""
        return not self.stopped and self.level.currentData() != self.STOP


GRADE_ZERO_TEXT = QT_TRANSLATE_NOOP("NeuropathyRow", "No sensory neuropathy")


def neuropathy_grade_text(grade: int) -> str:
    """CTCAE v4.03's words for the grade (grade 0 is 'none': CTCAE has no text for it)."""
    return (QCoreApplication.translate("NeuropathyRow", GRADE_ZERO_TEXT) if grade == 0
            else ctcae.term(NEUROPATHY_TERM).grade_text(grade))


class NeuropathyRow(QWidget):
    """Peripheral sensory neuropathy before this oxaliplatin dose: the grade (CTCAE v4.03,
    nothing pre-filled) with its definition beside it, and the day it was assessed."""

    changed = Signal()

    def __init__(self, decision_grade: int) -> None:
        super().__init__()
        self.decision_grade = decision_grade
        self.grade = QComboBox()
        self.grade.addItem(choose_text(), None)
        for grade in range(5):
            self.grade.addItem(self.tr("grade {grade}").format(grade=grade), grade)
        self.grade.setToolTip(f"{ctcae.CTCAE_VERSION}: {NEUROPATHY_TERM}. "
                              f"{ctcae.term(NEUROPATHY_TERM).definition}")
        self.definition = label("", "Muted", wrap=True, rich=True)
        self.definition.setMinimumWidth(220)
        self.assessed = DateField()
        self.assessed.edit.setMaximumWidth(140)
        self.grade.setMinimumWidth(120)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(4)
        grid.addWidget(self.grade, 0, 0)
        grid.addWidget(self.definition, 0, 1)
        when = QHBoxLayout()
        when.setSpacing(6)
        when.addWidget(QLabel(self.tr("assessed on")))
        when.addWidget(self.assessed)
        when.addStretch(1)
        grid.addLayout(when, 1, 0, 1, 2)
        grid.setColumnStretch(1, 1)
        self.setFocusProxy(self.grade)
        self.grade.currentIndexChanged.connect(self._on_grade)
        self.assessed.changed.connect(self.changed)
        self._on_grade()

    def _on_grade(self) -> None:
        grade = self.value()
        if grade is None:
            self.definition.setText(self.tr("{version} — grade it before every oxaliplatin "
                                            "dose (0 if none)").format(
                version=ctcae.CTCAE_VERSION))
        else:
            text = html.escape(neuropathy_grade_text(grade))
            if grade >= self.decision_grade:
                text = self.tr("{text} — <b>grade {grade} or more [site rule]: a dose decision "
                               "is due</b>").format(text=text, grade=self.decision_grade)
            self.definition.setText(text)
        self.changed.emit()

    def value(self) -> int | None:
        data = self.grade.currentData()
        return int(data) if isinstance(data, int) else None

    def set_value(self, grade: int | None) -> None:
        self.grade.setCurrentIndex(max(self.grade.findData(grade), 0))

    def assessed_on(self) -> date | None:
        return self.assessed.date()

    def decision_due(self) -> bool:
        grade = self.value()
        return grade is not None and grade >= self.decision_grade


DOSE_WIDTH, ROUTE_WIDTH = 230, 110


class SupportiveRow(QWidget):
    """One item as the order will carry it: name, dose (editable), route and when; leaving it
    out or changing the dose reveals the reason it needs."""

    changed = Signal()

    def __init__(self, item: SupportiveItem) -> None:
        super().__init__()
        self.item = item
        self.name = label("", wrap=True)
        self.dose = QLineEdit(item.dose)
        # The same columns on every item, so the doses line up down the list.
        self.dose.setFixedWidth(DOSE_WIDTH)
        self.dose.setCursorPosition(0)
        self.dose.setToolTip(self.tr("Default: {dose} [site rule]. Written in ISMP style (0.5 "
                                     "mg, never .5 or 1.0 mg; mcg, never µg).").format(
            dose=item.dose))
        self.route = label(html.escape(item.route), rich=True)
        self.route.setFixedWidth(ROUTE_WIDTH)
        self.omit = QCheckBox(self.tr("leave out"))
        self.omit.setToolTip(self.tr("Not given on this order (the reason is printed on the "
                                     "sheet)"))
        shown = item.timing_in(current_language())  # the English decides "as needed"
        timing = (self.tr("{timing} — as needed").format(timing=shown)
                  if item.as_needed and "as needed" not in item.timing else shown)
        self.timing = label(html.escape(timing), "Muted", wrap=True, rich=True)
        self.timing.setToolTip(item.source)
        self.reason = QLineEdit()
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 2, 0, 2)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(2)
        grid.addWidget(self.name, 0, 0)
        grid.addWidget(self.dose, 0, 1)
        grid.addWidget(self.route, 0, 2)
        grid.addWidget(self.omit, 0, 3)
        grid.addWidget(self.timing, 1, 0, 1, 4)
        grid.addWidget(self.reason, 2, 0, 1, 4)
        grid.setColumnStretch(0, 1)
        self.setFocusProxy(self.dose)
        self.omit.toggled.connect(self._on_change)
        self.dose.textChanged.connect(self._on_change)
        self.reason.textChanged.connect(lambda _text: self.changed.emit())
        self._show_reason()

    def is_changed(self) -> bool:
        return self.omit.isChecked() or " ".join(self.dose.text().split()) != self.item.dose

    def change(self) -> SupportiveChange | None:
        """What this order changes about the item (None: given as the table says)."""
        if not self.is_changed():
            return None
        return SupportiveChange(omit=self.omit.isChecked(), dose=self.dose.text(),
                                reason=self.reason.text())

    def set_change(self, *, omitted: bool, dose: str, reason: str | None) -> None:
        self.omit.setChecked(omitted)
        self.dose.setText(dose)
        self.reason.setText(reason or "")

    def _on_change(self) -> None:
        self._show_reason()
        self.changed.emit()

    def _show_reason(self) -> None:
        omitted = self.omit.isChecked()
        self.reason.setVisible(self.is_changed())
        self.dose.setEnabled(not omitted)
        name = html.escape(self.item.name_in(current_language()))
        self.name.setText(self.tr("<s>{name}</s> — left out").format(name=name) if omitted
                          else f"<b>{name}</b>")
        self.reason.setPlaceholderText(
            (self.tr("reason for leaving out {name} (printed on the sheet)") if omitted else
             self.tr("reason for the dose change of {name} (printed on the sheet)")).format(
                name=self.item.name_in(current_language())))
