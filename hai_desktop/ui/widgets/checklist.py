"""The eligibility checklist form and its live result banner.

The form is built from the protocol's criteria data (core.eligibility.protocol_checklist):
grouped by inclusion/exclusion and section, one CriterionRow per criterion, plus the prior
adjuvant chemotherapy question (a stratification factor, not a criterion) beside ECOG.
"""

from __future__ import annotations

import html
from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from hai_desktop.core.eligibility import (
    NO,
    YES,
    Answer,
    AssessmentContext,
    Checklist,
    Criterion,
    CriterionOutcome,
    EligibilityResult,
    Group,
    Status,
)
from hai_desktop.core.i18n import QT_TRANSLATE_NOOP
from hai_desktop.ui.i18n import current_language, message_text
from hai_desktop.ui.style import BORDER, ERROR_RED, INK, MUTED, OK_GREEN, WARNING_BG
from hai_desktop.ui.widgets.checklist_rows import (
    CHIP_WIDTH,
    EVIDENCE_WIDTH,
    INPUTS_WIDTH,
    ChoiceGroup,
    CriterionRow,
    has_content,
    muted,
    row_for,
)
from hai_desktop.ui.widgets.common import named, repolish, restyle

AMBER = "#8a5a00"
PASS_TINT = "#e4f3e9"
FAIL_TINT = "#fbe7e5"
NEUTRAL_TINT = "#eef1f5"

# Screening-only rules; the colours are style.py's, the tints are light versions of them.
CHECKLIST_STYLE = f"""
QFrame#ChecklistSheet {{ background: white; border: 1px solid {BORDER}; border-radius: 8px; }}
QFrame#CriterionRow {{ background: transparent; border: none;
                       border-bottom: 1px solid #e8ecf1; }}
QLabel#GroupTitle {{ font-size: 13pt; font-weight: 700; color: {INK}; padding: 10px 10px 2px; }}
QLabel#SectionHeading {{ font-size: 9pt; font-weight: 700; color: {MUTED};
                         padding: 8px 10px 2px; letter-spacing: 1px; }}
QLabel#ColumnHeading {{ font-size: 9pt; color: {MUTED}; }}
QLabel#CriterionText {{ font-weight: 600; }}
QLabel#Detail {{ color: {MUTED}; font-size: 10pt; }}
QLabel#ReasonText {{ font-size: 10pt; }}
QLabel#UnitLabel {{ color: {MUTED}; }}
QLabel#InlineError {{ font-size: 10pt; }}
QLabel#ChipPass, QLabel#ChipFail, QLabel#ChipUnknown, QLabel#ChipNeutral {{
    border-radius: 10px; padding: 2px 6px; font-weight: 700; font-size: 10pt; }}
QLabel#ChipPass {{ background: {PASS_TINT}; color: {OK_GREEN}; }}
QLabel#ChipFail {{ background: {FAIL_TINT}; color: {ERROR_RED}; }}
QLabel#ChipUnknown {{ background: {NEUTRAL_TINT}; color: {MUTED}; }}
QLabel#ChipNeutral {{ background: transparent; color: {MUTED}; }}
QRadioButton:disabled, QCheckBox:disabled, QComboBox:disabled {{ color: #3d4957; }}
QLineEdit[readOnly="true"] {{ background: #f6f8fa; }}
QFrame#BannerEligible, QFrame#BannerIneligible, QFrame#BannerUndetermined {{
    border-radius: 6px; border: 1px solid {BORDER}; }}
QFrame#BannerEligible {{ background: {PASS_TINT}; border-left: 6px solid {OK_GREEN}; }}
QFrame#BannerIneligible {{ background: {FAIL_TINT}; border-left: 6px solid {ERROR_RED}; }}
QFrame#BannerUndetermined {{ background: {WARNING_BG}; border-left: 6px solid #c98a1a; }}
QLabel#BannerHeading {{ font-size: 14pt; font-weight: 800; }}
QFrame#BannerEligible QLabel#BannerHeading {{ color: {OK_GREEN}; }}
QFrame#BannerIneligible QLabel#BannerHeading {{ color: {ERROR_RED}; }}
QFrame#BannerUndetermined QLabel#BannerHeading {{ color: {AMBER}; }}
QLabel#ConsortNumber {{ font-size: 18pt; font-weight: 700; color: {INK}; }}
QLabel#ConsortArrow {{ font-size: 16pt; color: {MUTED}; }}
QPushButton#CornerButton {{ padding: 3px 12px; }}
QPushButton#LinkButton {{ border: none; background: transparent; color: #1f5fa8;
                          padding: 0; text-decoration: underline; }}
QScrollArea#BannerList, QScrollArea#BannerList > QWidget > QWidget {{
    background: transparent; border: none; }}
"""

# English, marked for translation (context ChecklistForm): shown translated.
BANNER_HEADINGS = {Status.ELIGIBLE: QT_TRANSLATE_NOOP("ChecklistForm", "ELIGIBLE"),
                   Status.INELIGIBLE: QT_TRANSLATE_NOOP("ChecklistForm", "INELIGIBLE"),
                   Status.UNDETERMINED: QT_TRANSLATE_NOOP("ChecklistForm", "NOT YET DETERMINED")}
BANNER_NAMES = {Status.ELIGIBLE: "BannerEligible", Status.INELIGIBLE: "BannerIneligible",
                Status.UNDETERMINED: "BannerUndetermined"}
BANNER_SHORT_LIST = 2  # missing answers listed before "Show all"
# The banner keeps one height whatever it says, so the rows under the pointer never move: room
# for the short list and its "… and n more" line; longer lists scroll inside the banner.
BANNER_LIST_LINES = BANNER_SHORT_LIST + 1


class ElidedLabel(QLabel):
    """One line that ends in "…" when it does not fit; the whole text is its tooltip."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setToolTip(text)

    def minimumSizeHint(self) -> QSize:
        return QSize(0, super().minimumSizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        shown = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight,
                                              self.contentsRect().width())
        painter.drawText(self.contentsRect(), int(self.alignment()), shown)


def _lines(outcomes: tuple[CriterionOutcome, ...]) -> list[str]:
    """"criterion: what is wrong or missing", the criterion as the data file has it in the
    interface's language (the English is the same as EligibilityResult.reasons)."""
    language = current_language()
    return [f"{o.criterion.text_in(language)}: {message_text(o.detail)}" for o in outcomes]


class ResultBanner(QFrame):
    """The live result: green eligible, red ineligible (every failed criterion), amber not yet
    determined (every missing answer, the first few unless expanded)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(BANNER_NAMES[Status.UNDETERMINED])
        self.heading = named(QLabel(), "BannerHeading")
        self.summary = ElidedLabel()
        self.summary.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.body = QLabel()
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.list_area = named(QScrollArea(), "BannerList")
        self.list_area.setWidgetResizable(True)
        self.list_area.setFrameShape(QFrame.Shape.NoFrame)
        self.list_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list_area.setWidget(self.body)
        self.list_area.setFixedHeight(self.fontMetrics().lineSpacing() * BANNER_LIST_LINES + 6)
        self.more_button = named(QPushButton(), "LinkButton")
        self.more_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.more_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.more_button.clicked.connect(self._toggle)
        keep_place = self.more_button.sizePolicy()
        keep_place.setRetainSizeWhenHidden(True)  # the top line keeps its height without it
        self.more_button.setSizePolicy(keep_place)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.expanded = False
        self.result: EligibilityResult | None = None
        top = QHBoxLayout()
        top.setSpacing(12)
        top.addWidget(self.heading)
        top.addWidget(self.summary, 1)
        top.addWidget(self.more_button, 0, Qt.AlignmentFlag.AlignRight)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 8, 14, 8)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addWidget(self.list_area)

    def show_result(self, result: EligibilityResult) -> None:
        self.result = result
        status = result.status
        restyle(self, BANNER_NAMES[status])
        repolish(self.heading)
        self.heading.setText(QCoreApplication.translate("ChecklistForm", BANNER_HEADINGS[status]))
        total = len(result.outcomes)
        if status is Status.ELIGIBLE:
            self.summary.setText(self.tr("All {total} criteria checked by the program: every "
                                         "inclusion criterion is met and no exclusion criterion "
                                         "applies.").format(total=total))
            items: list[str] = []
        elif status is Status.INELIGIBLE:
            n = len(result.failed)
            self.summary.setText(self.tr("1 criterion not met:") if n == 1 else
                                 self.tr("{n} criteria not met:").format(n=n))
            items = _lines(result.failed)  # result.reasons, in the interface's language
        else:
            n = len(result.missing)
            self.summary.setText(self.tr("{answered} of {total} criteria answered; {n} still "
                                         "missing:").format(answered=total - n, total=total, n=n))
            items = _lines(result.missing)  # result.missing_answers, likewise
        short = status is Status.UNDETERMINED and len(items) > BANNER_SHORT_LIST + 1
        shown = items if (self.expanded or not short) else items[:BANNER_SHORT_LIST]
        lines = [f"• {html.escape(item)}" for item in shown]
        if len(shown) < len(items):
            lines.append(self.tr("<i>… and {n} more (marked ? below)</i>").format(
                n=len(items) - len(shown)))
        self.body.setText("<br>".join(lines))
        self.body.setVisible(bool(lines))
        self.more_button.setVisible(short)
        self.more_button.setText(self.tr("Show fewer") if self.expanded
                                 else self.tr("Show all {n}").format(n=len(items)))

    def text(self) -> str:
        """Everything the banner says, as plain text (tests, accessibility)."""
        body = self.body.text().replace("<br>", "\n") if self.body.isVisibleTo(self) else ""
        return f"{self.heading.text()} {self.summary.text()}\n{html.unescape(body)}"

    def _toggle(self) -> None:
        self.expanded = not self.expanded
        if self.result is not None:
            self.show_result(self.result)


class PriorAdjuvantRow(QFrame):
    """Prior adjuvant chemotherapy yes/no: with ECOG it decides the randomization stratum."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CriterionRow")
        chip = named(QLabel(self.tr("stratum")), "ChipNeutral")
        chip.setAlignment(Qt.AlignmentFlag.AlignCenter)
        chip.setFixedWidth(CHIP_WIDTH)
        text = named(QLabel(self.tr("Prior adjuvant chemotherapy")), "CriterionText")
        note = muted(self.tr("A stratification factor (with ECOG), not an eligibility "
                             "criterion; needed before an eligible result is confirmed."))
        self.choice = ChoiceGroup(((YES, self.tr("Yes")), (NO, self.tr("No"))))
        self.choice.changed.connect(self.changed)
        inputs = QWidget()
        inputs.setFixedWidth(INPUTS_WIDTH)
        box = QVBoxLayout(inputs)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.choice)
        spacer = QWidget()
        spacer.setFixedWidth(EVIDENCE_WIDTH)
        texts = QVBoxLayout()
        texts.setSpacing(2)
        texts.addWidget(text)
        texts.addWidget(note)
        grid = QGridLayout(self)
        grid.setContentsMargins(10, 7, 10, 7)
        grid.setHorizontalSpacing(14)
        top = Qt.AlignmentFlag.AlignTop
        grid.addWidget(chip, 0, 0, top)
        grid.addLayout(texts, 0, 1)
        grid.addWidget(inputs, 0, 2, top)
        grid.addWidget(spacer, 0, 3)
        grid.setColumnStretch(1, 1)

    def value(self) -> str | None:
        return self.choice.value()

    def set_value(self, value: str | None) -> None:
        self.choice.set_value(value)

    def set_read_only(self, read_only: bool) -> None:
        self.choice.set_read_only(read_only)


def _column_headings() -> QWidget:
    strip = QWidget()
    grid = QGridLayout(strip)
    grid.setContentsMargins(10, 0, 10, 0)
    grid.setHorizontalSpacing(14)
    headings = ((QCoreApplication.translate("ChecklistForm", "Result"), CHIP_WIDTH),
                (QCoreApplication.translate("ChecklistForm", "Criterion"), 0),
                (QCoreApplication.translate("ChecklistForm", "Answer"), INPUTS_WIDTH),
                (QCoreApplication.translate("ChecklistForm", "Evidence: test date · source"),
                 EVIDENCE_WIDTH))
    for column, (text, width) in enumerate(headings):
        heading = named(QLabel(text), "ColumnHeading")
        if width:
            heading.setFixedWidth(width)
        grid.addWidget(heading, 0, column)
    grid.setColumnStretch(1, 1)
    return strip


class ChecklistForm(QFrame):
    """All rows of the checklist; `answers()` is what to save, `show_result` what to show."""

    changed = Signal()

    def __init__(self, checklist: Checklist, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ChecklistSheet")
        self.checklist = checklist
        self.rows: dict[str, CriterionRow] = {}
        self.prior_adjuvant_row = PriorAdjuvantRow()
        self.prior_adjuvant_row.changed.connect(self._on_change)
        self._stored: set[str] = set()
        self._loading = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 10)
        layout.setSpacing(0)
        for group in (Group.INCLUSION, Group.EXCLUSION):
            criteria = [c for c in checklist.criteria if c.group is group]
            if not criteria:
                continue
            title = self.tr("Inclusion criteria — all must apply") if group is Group.INCLUSION \
                else self.tr("Exclusion criteria — none may apply")
            layout.addWidget(named(QLabel(title), "GroupTitle"))
            layout.addWidget(_column_headings())
            sections: list[Criterion] = []  # the first criterion of each section
            for criterion in criteria:
                if criterion.section not in (s.section for s in sections):
                    sections.append(criterion)
            for first in sections:
                heading = first.section_in(current_language())  # upper() leaves Korean as is
                layout.addWidget(named(QLabel(heading.upper()), "SectionHeading"))
                for criterion in (c for c in criteria if c.section == first.section):
                    row = row_for(criterion)
                    row.changed.connect(self._on_change)
                    self.rows[criterion.id] = row
                    layout.addWidget(row)
                    if criterion.id == "ecog":
                        layout.addWidget(self.prior_adjuvant_row)

    # ---- values ------------------------------------------------------------------------------
    def set_context(self, context: AssessmentContext) -> None:
        for row in self.rows.values():
            row.set_context(context)

    def set_answers(self, answers: Mapping[str, Answer], prior_adjuvant: str | None) -> None:
        self._loading = True
        try:
            for criterion_id, row in self.rows.items():
                row.set_answer(answers.get(criterion_id, Answer()))
            self.prior_adjuvant_row.set_value(prior_adjuvant)
            self._stored = {cid for cid, a in answers.items() if cid in self.rows}
        finally:
            self._loading = False
        self.changed.emit()

    def answers(self) -> dict[str, Answer]:
        """Every answered item, and every stored one (so clearing an item is saved too)."""
        result = {}
        for criterion_id, row in self.rows.items():
            answer = row.answer()
            if has_content(answer) or criterion_id in self._stored:
                result[criterion_id] = answer
        return result

    def mark_saved(self) -> None:
        """What is on the form is now stored (clearing any of it later must be saved too)."""
        self._stored |= set(self.answers())

    def prior_adjuvant(self) -> str | None:
        return self.prior_adjuvant_row.value()

    def show_result(self, result: EligibilityResult) -> None:
        for outcome in result.outcomes:
            row = self.rows.get(outcome.criterion.id)
            if row is not None:
                row.show_outcome(outcome)

    def set_read_only(self, read_only: bool) -> None:
        for row in self.rows.values():
            row.set_read_only(read_only)
        self.prior_adjuvant_row.set_read_only(read_only)

    def focus_chain(self) -> list[QWidget]:
        chain: list[QWidget] = []
        for criterion_id, row in self.rows.items():
            chain += row.focus_chain()
            if criterion_id == "ecog":
                chain += list(self.prior_adjuvant_row.choice.buttons.values())
        return chain

    def problems(self) -> dict[str, str]:
        """Criterion id → the inline problems its row shows."""
        return {cid: text for cid, row in self.rows.items() if (text := row.problem_text())}

    def _on_change(self) -> None:
        if not self._loading:
            self.changed.emit()
