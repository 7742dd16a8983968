"""Record or correct one adverse event, graded against CTCAE v4.03's own words.

Left: the term search (the regimen's common terms first) and, once a term is picked, its
definition and the five grade texts beside the grade choice; grades CTCAE marks "-" cannot be
chosen. Right: dates, cycle, attribution to each drug, seriousness, action, outcome, note.
Nothing is pre-chosen that the person has to grade or attribute.
"""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from hai_desktop.core import ctcae
from hai_desktop.core.errors import HaiError, ValidationError
from hai_desktop.core.regimens import DrugSpec
from hai_desktop.records import AdverseEventRecord, LabResultRecord
from hai_desktop.services import toxicity
from hai_desktop.services.patients import PatientSummary
from hai_desktop.services.workspace import Workspace
from hai_desktop.ui.dialogs.base import FormDialog
from hai_desktop.ui.i18n import date_text, translate
from hai_desktop.ui.run_service import attempt
from hai_desktop.ui.widgets.common import choice_box, label, section_title, select_data
from hai_desktop.ui.widgets.date_field import DateField


def _coded(context: str, items: tuple[str, ...] | list[str]) -> list[tuple[str, str]]:
    """Entries shown in the interface's language whose stored value is the English code."""
    return [(translate(context, item), item) for item in items]


class GradeChoice(QWidget):
    """Grades 1–5, each with CTCAE's text beside it; "-" grades are shown but disabled."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[int, QRadioButton] = {}
        self.texts: dict[int, QLabel] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(6)
        for row, grade in enumerate(ctcae.GRADES):
            button = QRadioButton(f"&{grade}")
            button.setToolTip(self.tr("Grade {grade} (Alt+{grade})").format(grade=grade))
            text = label("", wrap=True, rich=True)
            text.setMinimumWidth(330)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.group.addButton(button, grade)
            self.buttons[grade], self.texts[grade] = button, text
            grid.addWidget(button, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(text, row, 1)
        grid.setColumnStretch(1, 1)

    def show_term(self, term: ctcae.CtcaeTerm | None) -> None:
        self.clear()
        for grade in ctcae.GRADES:
            text = term.grade_text(grade) if term else ""
            self.buttons[grade].setEnabled(bool(text))
            self.texts[grade].setEnabled(bool(text))
            self.texts[grade].setText(
                html.escape(text) if text else
                (self.tr("<i>— CTCAE has no grade {grade} for this term</i>").format(
                    grade=grade) if term else ""))

    def clear(self) -> None:
        self.group.setExclusive(False)
        for button in self.buttons.values():
            button.setChecked(False)
        self.group.setExclusive(True)

    def grade(self) -> int | None:
        checked = self.group.checkedId()
        return checked if checked > 0 else None

    def set_grade(self, grade: int | None) -> None:
        if grade in self.buttons and self.buttons[grade].isEnabled():
            self.buttons[grade].setChecked(True)


class AdverseEventDialog(FormDialog):
    def __init__(self, ws: Workspace, patient: PatientSummary, parent: QWidget | None = None,
                 *, editing: AdverseEventRecord | None = None,
                 lab_result: LabResultRecord | None = None) -> None:
        title = self.tr("Correct the adverse event") if editing else self.tr(
            "Record an adverse event")
        intro = self.tr("<b>{id}</b> · {name} — graded with <b>CTCAE v4.03</b>: read the grade "
                        "texts and choose the one that fits.").format(
            id=html.escape(patient.display_id), name=html.escape(patient.name))
        super().__init__(title, intro,
                         self.tr("Save correction") if editing else self.tr("Save event"), parent)
        self.ws, self.patient, self.editing = ws, patient, editing
        self.lab_result = lab_result
        self.event_id: int | None = None
        self.term: ctcae.CtcaeTerm | None = None
        self.drugs: list[DrugSpec] = attempt(toxicity.regimen_drugs, ws, patient.id).value or []
        self._build()
        self._fill()
        self.search.setFocus()

    # ---- layout ------------------------------------------------------------------------------
    def _build(self) -> None:
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Type a term, an abbreviation (ANC, ALT) or a "
                                               "body system…"))
        self.search.setClearButtonEnabled(True)
        self.results = QListWidget()
        # Long terms are elided (the chosen one is shown whole below), never a sideways bar.
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.setMinimumHeight(130)
        self.results.setMaximumHeight(160)
        self.picked = section_title(self.tr("No term chosen"))
        self.picked.setWordWrap(True)
        self.definition = label("", "Muted", wrap=True, rich=True)
        self.grades = GradeChoice()
        self.lab_note = label("", "Reminder", wrap=True)
        self.lab_note.hide()
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6)
        column.addWidget(label(self.tr("<b>CTCAE term</b> (common terms for this regimen "
                                       "first)")))
        column.addWidget(self.errors.wrap("term", self.search))
        column.addWidget(self.results)
        column.addWidget(self.picked)
        column.addWidget(self.definition)
        column.addWidget(self.lab_note)
        column.addWidget(label(self.tr("<b>Grade</b>")))
        column.addWidget(self.errors.wrap("grade", self.grades))
        column.addStretch(1)
        left.setMinimumWidth(470)

        self.specify = QLineEdit()
        self.specify.setPlaceholderText(self.tr("name the event (this term is “Other, "
                                                "specify”)"))
        self.cycle = QSpinBox()
        self.cycle.setRange(0, 99)
        self.cycle.setSpecialValueText("—")
        self.onset = DateField()
        self.resolved = DateField(self.tr("not yet"))
        self.attribution: dict[str, QComboBox] = {}
        self.serious = QCheckBox(self.tr("Serious adverse event"))
        self.criterion = choice_box(_coded("SeriousCriterion", toxicity.SERIOUS_CRITERIA))
        self.action = choice_box(_coded("AdverseEventAction", toxicity.ACTIONS), blank=False)
        self.outcome = choice_box(_coded("AdverseEventOutcome", toxicity.OUTCOMES))
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("optional"))
        self.grade_reason = QLineEdit()
        self.grade_reason.setPlaceholderText(self.tr("why the grade differs from the lab "
                                                     "value's"))
        self.correction_reason = QLineEdit()
        self.correction_reason.setPlaceholderText(self.tr("kept in the audit trail"))
        self.add_field("specify", self.tr("Specify"), self.specify)
        self.add_field("cycle", self.tr("Cycle"), self.cycle)
        self.add_field("onset", self.tr("Onset"), self.onset)
        self.add_field("resolved", self.tr("Resolved"), self.resolved)
        related = label(self.tr("each drug of the regimen, chosen — never pre-filled"),
                        "Muted", wrap=True)
        self.add_row(self.tr("<b>Related to</b>"), related)
        for drug in self.drugs:
            box = choice_box(_coded("Attribution", toxicity.ATTRIBUTIONS))
            box.setToolTip(self.tr("Attribution of this event to {drug}").format(
                drug=drug.label))
            self.attribution[drug.id] = box
            self.add_field(f"attribution:{drug.id}", f"  {drug.label}", box)
        if self.attribution:  # the service names them together: the first one is at fault
            self.watch("attributions", next(iter(self.attribution.values())))
        self.add_row(self.tr("SAE"), self.serious)
        self.add_field("serious_criterion", self.tr("SAE criterion"), self.criterion)
        self.add_field("action", self.tr("Action taken"), self.action)
        self.add_field("outcome", self.tr("Outcome"), self.outcome)
        self.add_field("note", self.tr("Note"), self.note)
        self.add_field("grade_reason", self.tr("Grade reason"), self.grade_reason)
        self.add_field("reason", self.tr("Reason for correction"), self.correction_reason)
        for box in (self.criterion, self.action, self.outcome, *self.attribution.values()):
            box.setMinimumWidth(230)
        self._move_form_beside(left)

        self.search.textChanged.connect(self._search)
        self.search.returnPressed.connect(self._pick_first)
        self.results.currentItemChanged.connect(lambda item, _old: self._pick(item))
        self.grades.group.idToggled.connect(lambda *_a: self._show_grade_reason())
        self.serious.toggled.connect(self._show_criterion)
        # Down from the search moves into the list, as in any search box.
        QShortcut(QKeySequence(Qt.Key.Key_Down), self.search, self.results.setFocus)
        self._search("")
        self._show_criterion(False)
        self.set_row_visible(self.specify, False)
        self.set_row_visible(self.grade_reason, False)
        self.set_row_visible(self.correction_reason, self.editing is not None)

    def _move_form_beside(self, left: QWidget) -> None:
        """The term and grade texts on the left, the rest of the form on the right."""
        layout = self.body
        layout.removeItem(self.form)
        right = QWidget()
        right.setLayout(self.form)
        right.setMinimumWidth(470)
        columns = QHBoxLayout()
        columns.setSpacing(24)
        columns.addWidget(left, 3)
        columns.addWidget(right, 2, Qt.AlignmentFlag.AlignTop)
        layout.insertLayout(1, columns)

    # ---- term search -------------------------------------------------------------------------
    def _search(self, text: str) -> None:
        self.results.clear()
        for found in ctcae.search_terms(text, limit=60):
            item = QListWidgetItem(f"{found.term}  ·  {found.soc}")
            item.setData(Qt.ItemDataRole.UserRole, found.term)
            self.results.addItem(item)
        if not self.results.count():
            self.results.addItem(QListWidgetItem(self.tr("No CTCAE term matches: try another "
                                                         "word.")))

    def _pick_first(self) -> None:
        if self.results.count() and self.results.item(0).data(Qt.ItemDataRole.UserRole):
            self.results.setCurrentRow(0)
            self.grades.buttons[1].setFocus()

    def _pick(self, item: QListWidgetItem | None) -> None:
        name = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if name:
            self.choose_term(ctcae.term(name))

    def choose_term(self, term: ctcae.CtcaeTerm) -> None:
        if self.term == term:
            return
        self.term = term
        self.picked.setText(f"{term.term} · {term.soc}")
        self.definition.setText(html.escape(term.definition
                                            or self.tr("CTCAE gives no definition.")))
        self.grades.show_term(term)
        needs = ctcae.needs_specification(term)
        self.set_row_visible(self.specify, needs)
        self._show_grade_reason()

    # ---- dependent fields --------------------------------------------------------------------
    def _show_criterion(self, serious: bool) -> None:
        self.set_row_visible(self.criterion, serious)

    def _show_grade_reason(self) -> None:
        computed = self.lab_result.grade if self.lab_result is not None else (
            self.editing.computed_grade if self.editing is not None else None)
        differs = computed is not None and self.grades.grade() not in (None, computed)
        self.set_row_visible(self.grade_reason, differs)

    def _fill(self) -> None:
        event, lab = self.editing, self.lab_result
        if event is not None:
            self.choose_term(ctcae.term(event.term))
            self.search.setText(event.term)
            self.grades.set_grade(event.grade)
            self.specify.setText(event.specify or "")
            self.cycle.setValue(event.cycle or 0)
            self.onset.set_date(event.onset)
            self.resolved.set_date(event.resolved)
            for drug, attribution in toxicity.attributions_of(event).items():
                if drug in self.attribution:
                    select_data(self.attribution[drug], attribution)
            self.serious.setChecked(event.serious)
            select_data(self.criterion, event.serious_criterion)
            select_data(self.action, event.action)
            select_data(self.outcome, event.outcome)
            self.note.setText(event.note or "")
            self.grade_reason.setText(event.grade_reason or "")
            return
        self.cycle.setValue(self.patient.current_cycle or 0)
        if lab is not None:
            self.choose_term(ctcae.term(lab.term))
            self.search.setText(lab.term)
            self.grades.set_grade(lab.grade)
            self.onset.set_date(lab.taken_on)
            self.cycle.setValue(lab.cycle or 0)
            self.lab_note.setText(self.tr(
                "From the lab result of {date}: {value} → CTCAE v4.03 grade <b>{grade}</b>. A "
                "different grade needs a reason.").format(
                date=date_text(lab.taken_on), value=html.escape(lab.value_text), grade=lab.grade))
            self.lab_note.show()

    # ---- saving ------------------------------------------------------------------------------
    def _date(self, field: DateField, name: str) -> date | None:
        if field.error():
            raise ValidationError(field.error() or self.tr("Not a date."), field=name)
        return field.date()

    def event_input(self) -> toxicity.EventInput:
        if self.term is None:
            raise ValidationError(self.tr("Choose the CTCAE term from the list."), field="term")
        lab_id = self.lab_result.id if self.lab_result is not None else (
            self.editing.lab_result_id if self.editing is not None else None)
        return toxicity.EventInput(
            patient_id=self.patient.id, term=self.term.term, grade=self.grades.grade(),
            onset=self._date(self.onset, "onset"), resolved=self._date(self.resolved, "resolved"),
            attributions={drug: box.currentData() for drug, box in self.attribution.items()
                          if box.currentData()},
            outcome=self.outcome.currentData() or "", cycle=self.cycle.value() or None,
            specify=self.specify.text(), serious=self.serious.isChecked(),
            serious_criterion=self.criterion.currentData() or "",
            action=self.action.currentData(), note=self.note.text(),
            grade_reason=self.grade_reason.text(), lab_result_id=lab_id)

    def _focus(self, field: str | None) -> None:
        widgets: dict[str, QWidget] = {
            "term": self.search, "specify": self.specify, "grade": self.grades,
            "onset": self.onset, "resolved": self.resolved, "outcome": self.outcome,
            "serious_criterion": self.criterion, "action": self.action,
            "grade_reason": self.grade_reason, "reason": self.correction_reason,
            "attributions": next(iter(self.attribution.values()), self.outcome)}
        if field == "grade_reason":
            self.set_row_visible(self.grade_reason, True)
        widget = widgets.get(field or "")
        if widget is not None:
            widget.setFocus()

    def submit(self) -> bool:
        try:
            event = self.event_input()
            if self.editing is None:
                self.event_id = self.save(lambda: toxicity.record_event(self.ws, event))
            else:
                editing, reason = self.editing.id, self.correction_reason.text()
                self.save(lambda: toxicity.correct_event(self.ws, editing, event, reason))
                self.event_id = editing
        except HaiError as error:
            self.show_error(error)
            self._focus(getattr(error, "field", None))
            return False
        return True
