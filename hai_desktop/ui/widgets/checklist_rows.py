"""One compact row per eligibility criterion: text, inputs for its kind, evidence, status chip.

Every row has the same four columns (chip · criterion and the program's working · answer ·
test date and source document) so the form reads as one table. A row turns what is entered
into a core.eligibility.Answer and shows the CriterionOutcome the program computed; a person
never ticks a lab criterion as passed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from datetime import date
from typing import TypedDict

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from hai_desktop.core.eligibility import (
    DIPSTICK_GRADES,
    MDT_RESECTABLE,
    MDT_UNRESECTABLE,
    NO,
    UNKNOWN_ANSWER,
    YES,
    Answer,
    AssessmentContext,
    Criterion,
    CriterionOutcome,
    Kind,
    Verdict,
)
from hai_desktop.core.i18n import QT_TRANSLATE_NOOP
from hai_desktop.core.units import format_quantity
from hai_desktop.ui.i18n import current_language, date_text, message_text, translate
from hai_desktop.ui.widgets.answer_keys import NO_KEY, NOT_KNOWN_KEY, YES_KEY, AnswerKeys
from hai_desktop.ui.widgets.common import repolish, restyle
from hai_desktop.ui.widgets.date_field import DateField
from hai_desktop.ui.widgets.quantity_field import QuantityField

CHIP_WIDTH = 92
INPUTS_WIDTH = 310
EVIDENCE_WIDTH = 210

# English, marked for translation (context CriterionRow): shown through chip_text().
CHIP_TEXT = {Verdict.PASSES: QT_TRANSLATE_NOOP("CriterionRow", "✓ passes"),
             Verdict.FAILS: QT_TRANSLATE_NOOP("CriterionRow", "✗ fails"),
             Verdict.UNKNOWN: QT_TRANSLATE_NOOP("CriterionRow", "? not yet")}
CHIP_NAME = {Verdict.PASSES: "ChipPass", Verdict.FAILS: "ChipFail",
             Verdict.UNKNOWN: "ChipUnknown"}

# Short anchors for the scales, so the choice can be made without the protocol at hand (keyed
# by the scale's name in the protocol data; the hints marked for translation, context
# CriterionRow).
SCALE_HINTS: dict[str, dict[int, str]] = {
    "ECOG": {0: QT_TRANSLATE_NOOP("CriterionRow", "fully active"),
             1: QT_TRANSLATE_NOOP("CriterionRow", "restricted in strenuous activity"),
             2: QT_TRANSLATE_NOOP("CriterionRow", "ambulatory, no work"),
             3: QT_TRANSLATE_NOOP("CriterionRow", "limited self-care"),
             4: QT_TRANSLATE_NOOP("CriterionRow", "completely disabled")},
    "CTCAE v4.03 grade": {0: QT_TRANSLATE_NOOP("CriterionRow", "none"),
                          1: QT_TRANSLATE_NOOP("CriterionRow", "asymptomatic"),
                          2: QT_TRANSLATE_NOOP("CriterionRow", "moderate; limits instrumental ADL"),
                          3: QT_TRANSLATE_NOOP("CriterionRow", "severe; limits self-care ADL"),
                          4: QT_TRANSLATE_NOOP("CriterionRow", "life-threatening")},
}


def chip_text(verdict: Verdict) -> str:
    return QCoreApplication.translate("CriterionRow", CHIP_TEXT[verdict])



def focus_next(widget: QWidget) -> None:
    """Enter moves on: focus the next widget in the tab chain that can take focus."""
    candidate = widget.nextInFocusChain()
    while candidate is not None and candidate is not widget:
        if (candidate.isVisible() and candidate.isEnabled()
                and candidate.focusPolicy() & Qt.FocusPolicy.TabFocus):
            candidate.setFocus(Qt.FocusReason.TabFocusReason)
            return
        candidate = candidate.nextInFocusChain()


def enter_moves_on(*edits: QLineEdit) -> None:
    for edit in edits:
        edit.returnPressed.connect(lambda e=edit: focus_next(e))


def muted(text: str = "", *, wrap: bool = True) -> QLabel:
    widget = QLabel(text)
    widget.setObjectName("Detail")
    widget.setWordWrap(wrap)
    return widget


class AnswerContent(TypedDict, total=False):
    """The part of an Answer a row kind fills in (the rest is the test date and source)."""

    choice: str | None
    value: str | None
    uln: str | None
    details: Mapping[str, str]


class ClickableLabel(QLabel):
    """A wrapped text beside a check box that toggles it (QCheckBox text cannot wrap)."""

    def __init__(self, text: str, buddy: QCheckBox) -> None:
        super().__init__(text)
        self._buddy = buddy
        self.setWordWrap(True)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self._buddy.isEnabled():
            self._buddy.toggle()
        super().mousePressEvent(event)


# The letter that answers each stored choice, the same in every checklist (see answer_keys).
ANSWER_LETTERS = {YES: YES_KEY, NO: NO_KEY, UNKNOWN_ANSWER: NOT_KNOWN_KEY}


class ChoiceGroup(QWidget):
    """Radio buttons of which none is chosen until a person chooses (never pre-selected).

    With the focus on any of its buttons, the checklists' answer keys (Y, N, U; 1, 2, 3 by
    position) choose and move on to the next field, as in the catheter inspection."""

    changed = Signal()

    def __init__(self, options: Iterable[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        options = list(options)
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        self.answer_keys = AnswerKeys([ANSWER_LETTERS.get(value) for value, _text in options])
        hint = self.answer_keys.hint([text for _value, text in options])
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(14)
        for value, text in options:
            button = QRadioButton(text)
            button.setToolTip(hint)
            self.group.addButton(button)
            self.buttons[value] = button
            layout.addWidget(button)
        layout.addStretch(1)
        self.group.buttonToggled.connect(lambda _b, on: self.changed.emit() if on else None)

    def value(self) -> str | None:
        return next((v for v, b in self.buttons.items() if b.isChecked()), None)

    def set_value(self, value: str | None) -> None:
        if value in self.buttons:
            self.buttons[value].setChecked(True)
            return
        self.group.setExclusive(False)
        for button in self.buttons.values():
            button.setChecked(False)
        self.group.setExclusive(True)
        self.changed.emit()

    def choose(self, value: str) -> None:
        """As a click would (for keyboard shortcuts and tests)."""
        self.buttons[value].click()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # The buttons pass on the keys they do not use (letters, digits): they arrive here.
        index = self.answer_keys.index_of(event)
        if index is None or not self.isEnabled():
            super().keyPressEvent(event)
            return
        values = list(self.buttons)
        if not self.buttons[values[index]].isEnabled():  # read only
            return
        self.choose(values[index])
        focus_next(self.buttons[values[-1]])

    def set_read_only(self, read_only: bool) -> None:
        for button in self.buttons.values():
            button.setEnabled(not read_only)


class CriterionRow(QFrame):
    """The shared frame; subclasses add the inputs of their kind."""

    changed = Signal()
    lab = False  # a dated test result: the row has a test date

    def __init__(self, criterion: Criterion, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CriterionRow")
        self.criterion = criterion
        self.context: AssessmentContext | None = None
        self.chip = QLabel(chip_text(Verdict.UNKNOWN))
        self.chip.setObjectName(CHIP_NAME[Verdict.UNKNOWN])
        self.chip.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.chip.setFixedWidth(CHIP_WIDTH)
        language = current_language()  # the protocol's text in Korean where the file has it
        self.text_label = QLabel(criterion.text_in(language))
        self.text_label.setObjectName("CriterionText")
        self.text_label.setWordWrap(True)
        if criterion.note:
            self.text_label.setToolTip(criterion.note_in(language))
        self.detail = muted()
        self.message = QLabel()
        self.message.setObjectName("InlineError")
        self.message.setWordWrap(True)
        self.message.hide()
        self.verdict = Verdict.UNKNOWN
        self._shown: tuple[object, ...] | None = None  # what show_outcome last displayed
        self.inputs = QVBoxLayout()
        self.inputs.setContentsMargins(0, 0, 0, 0)
        self.inputs.setSpacing(4)
        self.evidence = QVBoxLayout()
        self.evidence.setContentsMargins(0, 0, 0, 0)
        self.evidence.setSpacing(4)
        self.test_date: DateField | None = None
        self.source: QLineEdit | None = None
        self.build_inputs()
        self.build_evidence()
        self._layout()

    # ---- building --------------------------------------------------------------------------
    def _layout(self) -> None:
        grid = QGridLayout(self)
        grid.setContentsMargins(10, 7, 10, 7)
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(2)
        text_box = QVBoxLayout()
        text_box.setSpacing(2)
        text_box.addWidget(self.text_label)
        text_box.addWidget(self.detail)
        text_box.addStretch(1)
        inputs, evidence = QWidget(), QWidget()
        inputs.setLayout(self.inputs)
        evidence.setLayout(self.evidence)
        inputs.setFixedWidth(INPUTS_WIDTH)
        evidence.setFixedWidth(EVIDENCE_WIDTH)
        top = Qt.AlignmentFlag.AlignTop
        grid.addWidget(self.chip, 0, 0, top)
        grid.addLayout(text_box, 0, 1)
        grid.addWidget(inputs, 0, 2, top)
        grid.addWidget(evidence, 0, 3, top)
        grid.addWidget(self.message, 1, 1, 1, 3)
        grid.setColumnStretch(1, 1)

    def build_inputs(self) -> None:
        raise NotImplementedError

    def build_evidence(self) -> None:
        if self.lab:
            self.test_date = DateField(self.tr("test date"))
            self.test_date.edit.setToolTip(self.tr("Date of the test (yyyy-mm-dd or dd.mm.yyyy; "
                                                   "'t' is today). It counts only within the "
                                                   "site's lab window."))
            self.test_date.changed.connect(self.changed)
            enter_moves_on(self.test_date.edit)
            self.evidence.addWidget(self.test_date)
        self.source = QLineEdit()
        self.source.setPlaceholderText(self.tr("source document"))
        self.source.setToolTip(self.tr("Where the evidence is: report, note or minutes (free "
                                       "text)."))
        self.source.textChanged.connect(lambda _t: self.changed.emit())
        enter_moves_on(self.source)
        self.evidence.addWidget(self.source)

    def focus_chain(self) -> list[QWidget]:
        """The widgets Tab visits in this row, in reading order."""
        chain = self.input_widgets()
        if self.test_date is not None:
            chain.append(self.test_date.edit)
        if self.source is not None:
            chain.append(self.source)
        return chain

    def input_widgets(self) -> list[QWidget]:
        return []

    # ---- answer ----------------------------------------------------------------------------
    def answer(self) -> Answer:
        return Answer(test_date=self.test_date.date() if self.test_date else None,
                      source=self.source.text().strip() if self.source else "",
                      **self.content())

    def content(self) -> AnswerContent:
        """choice / value / uln / details of this kind."""
        return {}

    def set_answer(self, answer: Answer) -> None:
        if self.test_date is not None:
            self.test_date.set_date(answer.test_date)
        if self.source is not None:
            self.source.setText(answer.source)
            self.source.setCursorPosition(0)  # show the start of a long text
        self.load(answer)

    def load(self, answer: Answer) -> None:
        raise NotImplementedError

    def set_context(self, context: AssessmentContext) -> None:
        self.context = context

    def set_read_only(self, read_only: bool) -> None:
        if self.test_date is not None:
            self.test_date.set_read_only(read_only)
        if self.source is not None:
            self.source.setReadOnly(read_only)
            self.source.setToolTip(self.source.text() if read_only else
                                   self.tr("Where the evidence is: report, note or minutes (free "
                                           "text)."))
        self.inputs_read_only(read_only)
        for edit in self.findChildren(QLineEdit):  # the read-only look follows a property
            repolish(edit)

    def inputs_read_only(self, read_only: bool) -> None:
        raise NotImplementedError

    # ---- outcome ---------------------------------------------------------------------------
    def quantity_fields(self) -> dict[str, QuantityField]:
        """Sub-field name (as in a ValidationError's field after the dot) → its input;
        the criterion's own value is under ''."""
        return {}

    def show_outcome(self, outcome: CriterionOutcome) -> None:
        fields = self.quantity_fields()
        problem = outcome.problem
        key = (outcome.verdict, outcome.detail, problem.field if problem else None,
               problem.message if problem else None,
               self.test_date.error() if self.test_date else None,
               self.meeting.error() if isinstance(self, MdtRow) else None,
               tuple(f.own_error() for f in fields.values()))
        if key == self._shown:
            return  # nothing changed for this row: leave its widgets alone
        self._shown = key
        self.verdict = outcome.verdict
        self.chip.setText(chip_text(outcome.verdict))
        restyle(self.chip, CHIP_NAME[outcome.verdict])
        for field in fields.values():
            field.set_problem(None)
        messages = []
        if self.test_date is not None and self.test_date.error():
            messages.append(self.test_date.error())
        if problem is not None:
            name = problem.field or ""
            sub = name.split(".", 1)[1] if name.startswith(f"{self.criterion.id}.") else (
                "" if name == self.criterion.id else None)
            shown_by_field = any(f.own_error() == problem.message for f in fields.values())
            if sub in fields and sub != "test_date":
                fields[sub].set_problem(problem.message)
            elif not shown_by_field and problem.message not in messages:
                messages.append(problem.message)
        # A core message (msg) in the interface's language; plain text as it is.
        self.detail.setText("" if problem is not None else message_text(outcome.detail))
        self.detail.setVisible(bool(self.detail.text()))
        self.message.setText("\n".join(message_text(m) for m in messages if m))
        self.message.setVisible(bool(messages))

    def problem_text(self) -> str:
        """Every inline problem this row shows (for tests and the screen's summary)."""
        texts = [self.message.text()] if self.message.isVisibleTo(self) else []
        texts += [f.error_text() for f in self.quantity_fields().values() if f.error_text()]
        return "\n".join(texts)


# ---- the kinds ----------------------------------------------------------------------------

class YesNoRow(CriterionRow):
    def build_inputs(self) -> None:
        self.choice = ChoiceGroup(((YES, self.tr("Yes")), (NO, self.tr("No")),
                                   (UNKNOWN_ANSWER, self.tr("Not yet known"))))
        self.choice.changed.connect(self.changed)
        self.inputs.addWidget(self.choice)

    def input_widgets(self) -> list[QWidget]:
        return list(self.choice.buttons.values())

    def content(self) -> AnswerContent:
        return {"choice": self.choice.value()}

    def load(self, answer: Answer) -> None:
        self.choice.set_value(answer.choice)

    def inputs_read_only(self, read_only: bool) -> None:
        self.choice.set_read_only(read_only)


class OrdinalRow(CriterionRow):
    def build_inputs(self) -> None:
        scale = str(self.criterion.params.get("scale", "value"))
        hints = SCALE_HINTS.get(scale, {})
        self.combo = QComboBox()
        self.combo.addItem(self.tr("— {scale} not yet recorded").format(scale=scale), None)
        for value in self.criterion.params["values"]:
            hint = hints.get(int(value))
            hint = QCoreApplication.translate("CriterionRow", hint) if hint else hint
            self.combo.addItem(f"{value} — {hint}" if hint else str(value), str(value))
        self.combo.setMinimumContentsLength(18)
        self.combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.inputs.addWidget(self.combo)

    def input_widgets(self) -> list[QWidget]:
        return [self.combo]

    def content(self) -> AnswerContent:
        return {"choice": self.combo.currentData()}

    def load(self, answer: Answer) -> None:
        index = self.combo.findData(answer.choice) if answer.choice else 0
        self.combo.setCurrentIndex(max(index, 0))

    def inputs_read_only(self, read_only: bool) -> None:
        self.combo.setEnabled(not read_only)


class AgeRow(CriterionRow):
    def build_inputs(self) -> None:
        self.born = muted(self.tr("Computed from the date of birth"))
        self.inputs.addWidget(self.born)

    def build_evidence(self) -> None:
        self.evidence.addWidget(muted(self.tr("Registry (date of birth)")))

    def set_context(self, context: AssessmentContext) -> None:
        super().set_context(context)
        if context.date_of_birth is not None:
            self.born.setText(self.tr("Born {born}; assessed {assessed}").format(
                born=date_text(context.date_of_birth),
                assessed=date_text(context.assessment_date)))

    def load(self, answer: Answer) -> None:
        pass

    def inputs_read_only(self, read_only: bool) -> None:
        pass


class LabMinRow(CriterionRow):
    lab = True

    def build_inputs(self) -> None:
        self.value = QuantityField(str(self.criterion.params["quantity"]), edit_width=110)
        self.value.changed.connect(self.changed)
        enter_moves_on(self.value.edit)
        self.inputs.addWidget(self.value)

    def input_widgets(self) -> list[QWidget]:
        return [self.value.edit]

    def quantity_fields(self) -> dict[str, QuantityField]:
        return {"": self.value}

    def content(self) -> AnswerContent:
        return {"value": self.value.text().strip() or None}

    def load(self, answer: Answer) -> None:
        self.value.set_text(answer.value)

    def inputs_read_only(self, read_only: bool) -> None:
        self.value.set_read_only(read_only)


class LabUlnRow(LabMinRow):
    def build_inputs(self) -> None:
        kind = str(self.criterion.params["quantity"])
        self.value = QuantityField(kind, edit_width=110)
        self.uln = QuantityField(kind, caption="ULN", edit_width=64)
        self.uln.edit.setToolTip(self.tr("The upper limit of normal printed with this result, "
                                         "when it differs from the site's (leave empty to use "
                                         "the site ULN)."))
        self.site_uln = muted("", wrap=False)
        row = QHBoxLayout()
        row.setSpacing(8)
        row.addWidget(self.uln)
        row.addWidget(self.site_uln, 1)
        for field in (self.value, self.uln):
            field.changed.connect(self.changed)
            enter_moves_on(field.edit)
        self.inputs.addWidget(self.value)
        self.inputs.addLayout(row)

    def input_widgets(self) -> list[QWidget]:
        return [self.value.edit, self.uln.edit]

    def quantity_fields(self) -> dict[str, QuantityField]:
        return {"": self.value, "uln": self.uln}

    def set_context(self, context: AssessmentContext) -> None:
        super().set_context(context)
        kind = str(self.criterion.params["quantity"])
        site = context.uln.get(kind)
        if site is not None:
            self.site_uln.setText(self.tr("site: {uln}").format(uln=format_quantity(site, kind)))
            self.uln.edit.setPlaceholderText(self.tr("site"))
            self.uln.edit.setToolTip(self.tr(
                "Site ULN {uln} [site rule]. Type the ULN printed with this result only if it "
                "differs.").format(uln=format_quantity(site, kind)))

    def content(self) -> AnswerContent:
        return {"value": self.value.text().strip() or None,
                "uln": self.uln.text().strip() or None}

    def load(self, answer: Answer) -> None:
        self.value.set_text(answer.value)
        self.uln.set_text(answer.uln)

    def inputs_read_only(self, read_only: bool) -> None:
        self.value.set_read_only(read_only)
        self.uln.set_read_only(read_only)


class CrClRow(CriterionRow):
    lab = True

    def build_inputs(self) -> None:
        self.weight = QuantityField("weight", caption=self.tr("Weight"), edit_width=80)
        self.creatinine = QuantityField("serum_creatinine", caption=self.tr("Creatinine"),
                                        edit_width=80)
        for field in (self.weight, self.creatinine):
            field.caption_label.setMinimumWidth(70)  # type: ignore[union-attr]
            field.changed.connect(self.changed)
            enter_moves_on(field.edit)
            self.inputs.addWidget(field)

    def build_evidence(self) -> None:
        super().build_evidence()
        assert self.test_date is not None
        self.test_date.edit.setPlaceholderText(self.tr("creatinine date"))

    def input_widgets(self) -> list[QWidget]:
        return [self.weight.edit, self.creatinine.edit]

    def quantity_fields(self) -> dict[str, QuantityField]:
        return {"weight": self.weight, "creatinine": self.creatinine}

    def content(self) -> AnswerContent:
        return {"details": {"weight": self.weight.text().strip(),
                            "creatinine": self.creatinine.text().strip()}}

    def load(self, answer: Answer) -> None:
        self.weight.set_text(answer.detail("weight"))
        self.creatinine.set_text(answer.detail("creatinine"))

    def inputs_read_only(self, read_only: bool) -> None:
        self.weight.set_read_only(read_only)
        self.creatinine.set_read_only(read_only)


class ProteinuriaRow(CriterionRow):
    lab = True

    def build_inputs(self) -> None:
        self.limit = DIPSTICK_GRADES.index(str(self.criterion.params["dipstick_limit"]))
        self.dipstick = QComboBox()
        self.dipstick.addItem(self.tr("— dipstick not yet recorded"), None)
        for grade in DIPSTICK_GRADES:
            self.dipstick.addItem(translate("Dipstick", grade), grade)  # stored: English
        self.protein = QuantityField("urine_protein_24h", caption=self.tr("24-h protein"),
                                     edit_width=70)
        self.protein.changed.connect(self.changed)
        enter_moves_on(self.protein.edit)
        self.dipstick.currentIndexChanged.connect(self._on_grade)
        self.inputs.addWidget(self.dipstick)
        self.inputs.addWidget(self.protein)
        self.protein.hide()

    def build_evidence(self) -> None:
        super().build_evidence()
        assert self.test_date is not None
        self.test_date.edit.setPlaceholderText(self.tr("urinalysis date"))

    def needs_protein(self) -> bool:
        grade = self.dipstick.currentData()
        return grade is not None and DIPSTICK_GRADES.index(grade) >= self.limit

    def _on_grade(self, _index: int) -> None:
        self.protein.setVisible(self.needs_protein())
        self.changed.emit()

    def input_widgets(self) -> list[QWidget]:
        return [self.dipstick, self.protein.edit]

    def quantity_fields(self) -> dict[str, QuantityField]:
        return {"protein_24h": self.protein}

    def content(self) -> AnswerContent:
        # A 24-h value typed before the grade went below 2+ stays in the field, not in the answer.
        protein = self.protein.text().strip() if self.needs_protein() else ""
        return {"choice": self.dipstick.currentData(), "details": {"protein_24h": protein}}

    def load(self, answer: Answer) -> None:
        index = self.dipstick.findData(answer.choice) if answer.choice else 0
        self.protein.set_text(answer.detail("protein_24h"))
        self.dipstick.setCurrentIndex(max(index, 0))
        self.protein.setVisible(self.needs_protein())

    def inputs_read_only(self, read_only: bool) -> None:
        self.dipstick.setEnabled(not read_only)
        self.protein.set_read_only(read_only)


class MdtRow(CriterionRow):
    """Meeting date, the disciplines present, the decision and the protocol reason(s)."""

    def build_inputs(self) -> None:
        self.disciplines: dict[str, QCheckBox] = {}
        self.reasons: list[QCheckBox] = []
        team = QGridLayout()
        team.setContentsMargins(0, 0, 0, 0)
        team.setHorizontalSpacing(10)
        team.setVerticalSpacing(2)
        place = 0  # cells of a two-column grid; a long name takes a whole line
        language = current_language()
        for name in self.criterion.params["required_disciplines"]:
            # Shown in the interface's language; the answer keeps the English name.
            box = QCheckBox(self.criterion.discipline_in(str(name), language).capitalize())
            box.toggled.connect(lambda _on: self.changed.emit())
            self.disciplines[str(name)] = box
            wide = len(box.text()) > 16
            if wide and place % 2:
                place += 1
            team.addWidget(box, place // 2, place % 2, 1, 2 if wide else 1)
            place += 2 if wide else 1
        self.decision = ChoiceGroup(((MDT_UNRESECTABLE, self.tr("Unresectable")),
                                     (MDT_RESECTABLE, self.tr("Resectable"))))
        self.decision.changed.connect(self._on_decision)
        self.inputs.addWidget(muted(self.tr("Team present"), wrap=False))
        self.inputs.addLayout(team)
        self.inputs.addWidget(muted(self.tr("Decision"), wrap=False))
        self.inputs.addWidget(self.decision)
        self.reasons_caption = muted(self.tr("Unresectable because (protocol criteria)"),
                                     wrap=False)
        self.inputs.addWidget(self.reasons_caption)
        for number, reason in enumerate(self.criterion.reasons_in(language), start=1):
            box = QCheckBox(f"{number}.")
            box.setToolTip(str(reason))
            box.toggled.connect(lambda _on: self.changed.emit())
            self.reasons.append(box)
            line = QHBoxLayout()
            line.setSpacing(4)
            line.addWidget(box, 0, Qt.AlignmentFlag.AlignTop)
            text = ClickableLabel(str(reason), box)
            text.setObjectName("ReasonText")
            line.addWidget(text, 1)
            self.inputs.addLayout(line)

    def build_evidence(self) -> None:
        self.meeting = DateField(self.tr("meeting date"))
        self.meeting.changed.connect(self.changed)
        enter_moves_on(self.meeting.edit)
        self.evidence.addWidget(self.meeting)
        super().build_evidence()
        assert self.source is not None
        self.source.setPlaceholderText(self.tr("source: MDT minutes"))

    _read_only = False

    def _on_decision(self) -> None:
        unresectable = self.decision.value() == MDT_UNRESECTABLE
        for box in self.reasons:
            box.setEnabled(unresectable and not self._read_only)
        self.changed.emit()

    def input_widgets(self) -> list[QWidget]:
        return [*self.disciplines.values(), *self.decision.buttons.values(), *self.reasons]

    def focus_chain(self) -> list[QWidget]:
        assert self.source is not None
        return [*self.input_widgets(), self.meeting.edit, self.source]

    def content(self) -> AnswerContent:
        meeting = self.meeting.date()
        decision = self.decision.value()
        reasons = [str(i) for i, box in enumerate(self.reasons) if box.isChecked()] \
            if decision == MDT_UNRESECTABLE else []
        return {"details": {
            "date": meeting.isoformat() if meeting else self.meeting.text().strip(),
            "disciplines": ";".join(n for n, box in self.disciplines.items() if box.isChecked()),
            "decision": decision or "", "reasons": ";".join(reasons)}}

    def load(self, answer: Answer) -> None:
        text = answer.detail("date")
        try:
            self.meeting.set_date(date.fromisoformat(text) if text else None)
        except ValueError:
            self.meeting.edit.setText(text)
        present = {d.strip() for d in answer.detail("disciplines").split(";")}
        for name, box in self.disciplines.items():
            box.setChecked(name in present)
        chosen = {r.strip() for r in answer.detail("reasons").split(";")}
        for number, box in enumerate(self.reasons):
            box.setChecked(str(number) in chosen)
        self.decision.set_value(answer.detail("decision") or None)
        self._on_decision()

    def inputs_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self.meeting.set_read_only(read_only)
        for box in self.disciplines.values():
            box.setEnabled(not read_only)
        self.decision.set_read_only(read_only)
        self._on_decision()

    def show_outcome(self, outcome: CriterionOutcome) -> None:
        super().show_outcome(outcome)
        date_error = self.meeting.error()
        if date_error and date_error not in self.message.text():
            self.message.setText("\n".join(t for t in (date_error, self.message.text()) if t))
            self.message.show()


ROW_CLASSES: dict[Kind, Callable[[Criterion], CriterionRow]] = {
    Kind.YES_NO: YesNoRow, Kind.ORDINAL: OrdinalRow, Kind.AGE: AgeRow, Kind.LAB_MIN: LabMinRow,
    Kind.LAB_ULN: LabUlnRow, Kind.CRCL: CrClRow, Kind.PROTEINURIA: ProteinuriaRow,
    Kind.MDT: MdtRow,
}


def row_for(criterion: Criterion) -> CriterionRow:
    return ROW_CLASSES[criterion.kind](criterion)


def has_content(answer: Answer) -> bool:
    return bool(answer.choice or (answer.value or "").strip() or answer.test_date
                or answer.source.strip() or (answer.uln or "").strip()
                or any((v or "").strip() for v in answer.details.values()))
