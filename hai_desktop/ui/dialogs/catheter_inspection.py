"""The HAI catheter inspection before use: a fast keyboard form, blank until answered.

Left: every checklist item of the protocol file, section by section, each a row of radio
buttons with no default. One Tab stop per row, top to bottom; Y / N (or 1, 2, 3 for a choice)
answers the row and moves to the next; Enter saves. Right: the fixed reminder that arterial
ports are not aspirated, the last angiographic or perfusion check, the outcome, the reason or
explanation the outcome needs (shown only then) and the action taken. A refusal is shown under
the form, names what to fix and keeps everything typed; unanswered rows are outlined.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import date, timedelta
from itertools import pairwise

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from hai_desktop.core.catheter import (
    FIT,
    NO_ACTION,
    PAIN_ITEM,
    ChecklistItem,
    ItemKind,
    catheter_rules,
    perfusion_check_due,
)
from hai_desktop.core.errors import HaiError, ValidationError
from hai_desktop.services import catheter
from hai_desktop.services.patients import PatientSummary
from hai_desktop.services.workspace import Workspace
from hai_desktop.ui.dialogs.base import FormDialog
from hai_desktop.ui.i18n import (
    current_language,
    date_text,
    date_time_text,
    message_text,
    role_text,
    translate,
)
from hai_desktop.ui.style import ACCENT, ERROR_RED
from hai_desktop.ui.widgets.answer_keys import NO_KEY, YES_KEY, AnswerKeys
from hai_desktop.ui.widgets.common import label, repolish, section_title
from hai_desktop.ui.widgets.date_field import DateField

Answer = bool | str

ROW_STYLE = f"""
QFrame#AnswerRow {{ border: 1px solid transparent; border-radius: 4px; padding: 0 4px; }}
QFrame#AnswerRow:focus {{ background: #dde9f8; border: 1px solid {ACCENT}; }}
QFrame#AnswerRow[missing="true"] {{ border: 2px solid {ERROR_RED}; }}
"""


class AnswerButtons(QFrame):
    """Radio buttons for one answer, none checked until the person answers.

    The row itself takes the focus (one Tab stop); a key from `keys` answers it and moves the
    focus on, Left/Right step through the choices, Enter reaches the dialog's default button.
    """

    answered = Signal()

    def __init__(self, options: Sequence[tuple[str, Answer]], keys: Sequence[str],
                 *, vertical: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AnswerRow")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.values = [value for _text, value in options]
        self.keys = AnswerKeys(keys, len(options))  # the same keys as every checklist
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: list[QRadioButton] = []
        layout = QBoxLayout(QBoxLayout.Direction.TopToBottom if vertical
                            else QBoxLayout.Direction.LeftToRight, self)
        layout.setContentsMargins(6, 3, 6, 3)
        layout.setSpacing(4 if vertical else 14)
        for index, (text, _value) in enumerate(options):
            button = QRadioButton(text)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the row is the Tab stop
            self.group.addButton(button, index)
            self.buttons.append(button)
            layout.addWidget(button)
        layout.addStretch(1)
        self.group.idClicked.connect(lambda _index: self._answered())

    def value(self) -> Answer | None:
        index = self.group.checkedId()
        return None if index < 0 else self.values[index]

    def set_value(self, value: Answer | None) -> None:
        if value is None:
            self.group.setExclusive(False)
            for button in self.buttons:
                button.setChecked(False)
            self.group.setExclusive(True)
        else:
            self.buttons[self.values.index(value)].setChecked(True)
        self.answered.emit()

    def choose(self, index: int) -> None:
        self.buttons[index].setChecked(True)
        self._answered()

    def set_missing(self, missing: bool) -> None:
        self.setProperty("missing", missing)
        repolish(self)

    def _answered(self) -> None:
        self.set_missing(False)
        self.answered.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        index = self.keys.index_of(event)
        if index is not None:
            self.choose(index)
            self.focusNextChild()
            return
        if event.key() in (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down):
            step = -1 if event.key() in (Qt.Key.Key_Left, Qt.Key.Key_Up) else 1
            current = self.group.checkedId()
            start = (0 if step > 0 else len(self.buttons) - 1) if current < 0 else current + step
            self.choose(max(0, min(len(self.buttons) - 1, start)))
            return
        if event.key() == Qt.Key.Key_Space and self.group.checkedId() < 0:
            self.choose(0)
            return
        super().keyPressEvent(event)  # Enter, Escape, Tab: the dialog's

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()


def _item_buttons(item: ChecklistItem) -> AnswerButtons:
    if item.kind is ItemKind.YES_NO:
        return AnswerButtons([(QCoreApplication.translate("InspectionDialog", "Yes"), True),
                              (QCoreApplication.translate("InspectionDialog", "No"), False)],
                             [YES_KEY, NO_KEY])
    return AnswerButtons([(choice, choice) for choice in item.choices], [])


class InspectionDialog(FormDialog):
    def __init__(self, ws: Workspace, patient: PatientSummary,
                 record: catheter.CatheterRecord, parent: QWidget | None = None,
                 *, today: date | None = None) -> None:
        self.rules = catheter_rules()
        intro = self.tr("<b>{id}</b> · {name} — catheter {state}.<br>Answer every item: Tab "
                        "moves row by row, <b>Y</b>/<b>N</b> (or 1, 2, 3) answers and moves on, "
                        "Enter saves. Nothing is pre-ticked.").format(
            id=html.escape(patient.display_id), name=html.escape(patient.name),
            state=html.escape(message_text(record.state.describe())))
        super().__init__(self.tr("Inspect the HAI catheter before use"), intro,
                         self.tr("Save inspection"), parent)
        self.ws, self.patient, self.record = ws, patient, record
        self.today = today or ws.today()
        self.inspection_id: int | None = None
        self.setStyleSheet(ROW_STYLE)
        self.answers: dict[str, AnswerButtons] = {}
        self.item_labels: dict[str, QLabel] = {}
        self._build()
        self._update()
        first = self.answers[self.rules.items[0].id]
        first.setFocus()

    # ---- layout ------------------------------------------------------------------------------
    def _build(self) -> None:
        # The right column's labels are not wrapped (explicit line breaks instead): a wrapped
        # label makes Qt underestimate the dialog's height and squeeze the outcome buttons.
        language = current_language()  # the protocol's texts in Korean where the file has it
        reminder = html.escape(self.rules.reminder_in(language)).replace(": ", ":<br>", 1)
        self.reminder = label(f"⚠  {reminder}", "Reminder")
        self.reminder.setStyleSheet("font-size: 13pt; font-weight: 700;")
        self.reminder.setToolTip(self.rules.reminder_source)
        self.pain_note = label("", "InlineError")
        self.pain_note.setVisible(bool(self.record.open_pain))
        if self.record.open_pain:
            first = self.record.open_pain[0]
            reported = first.reported_at.astimezone()
            self.pain_note.setText(self.tr(
                "Pain during HAI was reported on {when}<br>({location}): answer “yes” to the "
                "previous-HAI item.<br>“Fit” then needs the explanation of the "
                "interventional<br>radiology review that cleared the catheter.").format(
                when=date_time_text(reported),
                location=html.escape(translate("PainLocation", first.location))))

        left = QWidget()
        grid = QGridLayout(left)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(2)
        row = 0
        for section in self.rules.sections:
            title = section_title(self.rules.section_in(section, language))
            grid.addWidget(title, row, 0, 1, 2)
            row += 1
            for item in (i for i in self.rules.items if i.section == section):
                # Not wrapped: a wrapped label in a grid gets less height than it needs.
                text = label(html.escape(item.text_in(language)), rich=True)
                text.setToolTip(item.source)
                buttons = _item_buttons(item)
                buttons.setToolTip(item.text_in(language))
                buttons.answered.connect(self._update)
                self.answers[item.id], self.item_labels[item.id] = buttons, text
                grid.addWidget(text, row, 0)
                grid.addWidget(buttons, row, 1)
                row += 1
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(row, 1)

        self.last_check = DateField(self.tr("not known"))
        self.last_check.set_date(self.record.last_check_on)
        self.last_check_result = QLineEdit(self.record.last_check_result or "")
        self.last_check_result.setPlaceholderText(self.tr("e.g. liver perfused, no "
                                                          "extrahepatic flow"))
        self.check_note = label("", "Muted", rich=True)
        self.outcome = AnswerButtons([(o.label_in(language), o.id) for o in self.rules.outcomes],
                                     ["f", "n", "r"], vertical=True)
        self.outcome.setToolTip(self.tr("F: fit · N: not fit · R: needs IR review"))
        self.outcome_reason = QLineEdit()
        self.outcome_reason.setPlaceholderText(self.tr("why the catheter is not fit"))
        self.explanation = QLineEdit()
        self.explanation.setPlaceholderText(self.tr("why HAI is safe today despite the "
                                                    "finding"))
        self.action = QComboBox()
        for action in self.rules.actions:
            self.action.addItem(action.label_in(language), action.id)  # stored: the id
        self.action.setCurrentIndex(max(self.action.findData(NO_ACTION), 0))
        user = self.ws.user
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.form.setVerticalSpacing(6)
        self.add_field("last_check_on", self.tr("Last angiographic or perfusion check"),
                       self.last_check)
        self.last_check.setToolTip(self.tr("The last hepatic angiography or perfusion "
                                           "scintigraphy (Tc-99m MAA) of the catheter"))
        self.add_field("last_check_result", self.tr("Its result"), self.last_check_result)
        self.form.addRow(self.check_note)
        self.add_field("outcome", self.tr("Outcome"), self.outcome)
        self.add_field("outcome_reason", self.tr("Reason (not fit)"), self.outcome_reason)
        self.add_field("explanation", self.tr("Explanation"), self.explanation)
        self.add_field("action", self.tr("Action taken"), self.action)
        for item_id, buttons in self.answers.items():
            self.watch(item_id, buttons)  # marked in place in the list; read on the message
        self.add_row(self.tr("Inspected by"),
                     label(self.tr("{name} ({role}),<br>today, now").format(
                         name=html.escape(user.full_name),
                         role=html.escape(role_text(user.role))), "Muted"))
        self._layout_columns(left)

        self.last_check.changed.connect(self._update)
        self.outcome.answered.connect(self._update)
        chain: list[QWidget] = [*self.answers.values(), self.last_check.edit,
                                self.last_check_result, self.outcome, self.outcome_reason,
                                self.explanation, self.action, self.ok_button,
                                self.cancel_button]
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)

    def _layout_columns(self, left: QWidget) -> None:
        layout = self.body
        layout.removeItem(self.form)
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(12)
        column.addWidget(self.reminder)
        column.addWidget(self.pain_note)
        column.addLayout(self.form)
        column.addStretch(1)
        columns = QHBoxLayout()
        columns.setSpacing(28)
        columns.addWidget(left, 1)
        columns.addWidget(right, 0)
        layout.insertLayout(1, columns)

    # ---- dependent fields --------------------------------------------------------------------
    def answer_values(self) -> dict[str, Answer | None]:
        return {item_id: buttons.value() for item_id, buttons in self.answers.items()}

    def findings(self) -> list[ChecklistItem]:
        values = self.answer_values()
        return [item for item in self.rules.items
                if (value := values[item.id]) is not None and item.is_finding(value)]

    def _update(self) -> None:
        found = {item.id for item in self.findings()}
        for item_id, text in self.item_labels.items():
            text.setStyleSheet(f"color: {ERROR_RED}; font-weight: 600;"
                               if item_id in found else "")
        outcome = self.outcome.value()
        needs_reason = outcome is not None and self.rules.outcome(str(outcome)).needs_reason
        explain = outcome == FIT and (bool(found) or bool(self.record.open_pain))
        changed = (self.is_row_visible(self.outcome_reason) != needs_reason
                   or self.is_row_visible(self.explanation) != explain)
        self.set_row_visible(self.outcome_reason, needs_reason)
        self.set_row_visible(self.explanation, explain)
        self._update_check_note()
        if changed and self.isVisible():
            self.fit()

    def _update_check_note(self) -> None:
        interval = self.record.perfusion_interval_days
        last = self.last_check.date()
        if self.last_check.error():
            self.check_note.setText(html.escape(self.last_check.error() or ""))
            return
        if last is not None and last > self.today:
            self.check_note.setText(self.tr("That date is in the future."))
            return
        due = perfusion_check_due(last, self.today, interval)
        self.check_note.setText(
            (self.tr("<span style='color:{colour}; font-weight:600'>A new check is due</span>"
                     "<br>(every {days} days, site rule).").format(colour=ERROR_RED,
                                                                   days=interval) if due else
             self.tr("Next check due by {date}<br>(every {days} days, site rule).").format(
                 date=self._next_check(last), days=interval))
            if last is not None or due else "")

    def _next_check(self, last: date | None) -> str:
        assert last is not None
        return date_text(last + timedelta(days=self.record.perfusion_interval_days))

    # ---- saving ------------------------------------------------------------------------------
    def inspection_input(self) -> catheter.InspectionInput:
        if self.last_check.error():
            raise ValidationError(self.last_check.error() or self.tr("Not a date."),
                                  field="last_check_on")
        outcome = self.outcome.value()
        return catheter.InspectionInput(
            patient_id=self.patient.id, answers=self.answer_values(),
            outcome=str(outcome) if outcome is not None else "",
            outcome_reason=self.outcome_reason.text(), explanation=self.explanation.text(),
            action=self.action.currentData(), last_check_on=self.last_check.date(),
            last_check_result=self.last_check_result.text())

    def _mark_unanswered(self) -> None:
        for buttons in self.answers.values():
            buttons.set_missing(buttons.value() is None)

    def _focus(self, field: str | None) -> None:
        if field in self.answers:
            self._mark_unanswered()
            if field == PAIN_ITEM:
                self.answers[PAIN_ITEM].set_missing(True)
        if field == "explanation":
            self.set_row_visible(self.explanation, True)
        if field == "outcome" and self.outcome.value() == FIT and self.record.open_pain:
            self.set_row_visible(self.explanation, True)
        widgets: dict[str, QWidget] = {
            **self.answers, "outcome": self.outcome, "outcome_reason": self.outcome_reason,
            "explanation": self.explanation, "action": self.action,
            "last_check_on": self.last_check, "last_check_result": self.last_check_result}
        widget = widgets.get(field or "")
        if widget is not None:
            widget.setFocus()

    def submit(self) -> bool:
        try:
            inspection = self.inspection_input()
            self.inspection_id = self.save(lambda: catheter.record_inspection(
                self.ws, inspection, today=self.today))
        except HaiError as error:
            self.show_error(error)
            self._focus(getattr(error, "field", None))
            return False
        return True
