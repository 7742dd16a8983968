"""One nurse's independent double check at the chair, before anything is given (ASCO/ONS 2016).

The dialog shows exactly what the service will keep with the check: the patient's identity and
every line to give (number, drug, dose, route, volume, rate and duration, pump), a line not to
be given today in red. The nurse scans the sheet's code (a keyboard-wedge scanner types it and
Enter), types the record number from the wristband and the date of birth as the patient states
it, ticks each line against the bag and the pump, and signs with her own user name and password
— the second nurse does the same at the same workstation.
"""

from __future__ import annotations

import html
from datetime import tzinfo

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from hai_desktop.core.errors import (
    AuthenticationError,
    HaiError,
    PermissionDenied,
    ValidationError,
)
from hai_desktop.core.i18n import QT_TRANSLATE_NOOP
from hai_desktop.core.order_code import order_id_from_code
from hai_desktop.core.regimens import protocol_regimens
from hai_desktop.services.administration import (
    CheckItem,
    DoubleCheckState,
    check_scanned_code,
    record_double_check,
)
from hai_desktop.services.workspace import Workspace
from hai_desktop.ui.dialogs.base import password_field, problem_label, with_problem
from hai_desktop.ui.dialogs.order_sign import ChairDialog
from hai_desktop.ui.i18n import current_language, date_text, message_text, stamp_text, translate
from hai_desktop.ui.run_service import attempt
from hai_desktop.ui.style import ERROR_RED
from hai_desktop.ui.widgets.common import card, label, section_title
from hai_desktop.ui.widgets.date_field import DateField
from hai_desktop.ui.widgets.scan_field import ScanField

# English, shown translated (context "DoubleCheckDialog").
MATCHES = QT_TRANSLATE_NOOP("DoubleCheckDialog", "matches the bag and the pump")
NOT_GIVEN = QT_TRANSLATE_NOOP("DoubleCheckDialog", "checked: not given")
HEADINGS = ("#", QT_TRANSLATE_NOOP("DoubleCheckDialog", "Drug"),
            QT_TRANSLATE_NOOP("DoubleCheckDialog", "Dose"),
            QT_TRANSLATE_NOOP("DoubleCheckDialog", "Route"),
            QT_TRANSLATE_NOOP("DoubleCheckDialog", "Volume"),
            QT_TRANSLATE_NOOP("DoubleCheckDialog", "Rate · duration"),
            QT_TRANSLATE_NOOP("DoubleCheckDialog", "Pump"),
            QT_TRANSLATE_NOOP("DoubleCheckDialog", "Confirmed"))


def _tr(text: str) -> str:
    return QCoreApplication.translate("DoubleCheckDialog", text)


def which_check(state: DoubleCheckState, zone: tzinfo) -> str:
    """"Check 2 of 2 — check 1 by Ha-na Choi, 02 Dec 2026 14:05 KST"."""
    done = [QCoreApplication.translate("DoubleCheckDialog", "check {number} by {name}, {time}")
            .format(number=c.number, name=html.escape(c.full_name),
                    time=stamp_text(c.checked_at, zone))
            for c in state.current]
    if not done:
        return QCoreApplication.translate(
            "DoubleCheckDialog", "Check {number} of 2 — no check yet").format(
            number=state.next_number)
    return QCoreApplication.translate("DoubleCheckDialog", "Check {number} of 2 — {done}").format(
        number=state.next_number, done="; ".join(done))


def _cell(text: str, *, red: bool = False, bold: bool = False) -> QLabel:
    shown = f"<b>{html.escape(text)}</b>" if bold else html.escape(text)
    cell = label(shown, "InlineError" if red else None, wrap=True)
    cell.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    cell.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    return cell


class DoubleCheckDialog(ChairDialog):
    def __init__(self, ws: Workspace, order_id: int, state: DoubleCheckState,
                 parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Independent double check — order #{id}").format(id=order_id),
            self.tr("<b>{which}</b>. Check on your own, at the chair: the patient against the "
                    "wristband and what the patient says, each line against the bag and the "
                    "pump. Nothing is given before two different nurses have checked.").format(
                which=which_check(state, ws.zone)),
            self.tr("Sign my check"), parent)
        self.ws = ws
        self.order_id = order_id
        self.state = state
        self.line_boxes: dict[int, QCheckBox] = {}
        self.checks_done: int | None = None  # current checks after this one (1 or 2)
        self._add_identity()
        self._add_lines()
        self._add_checker()
        self.fit_to()

    # ---- the patient ---------------------------------------------------------------------
    def _add_identity(self) -> None:
        who = self.state.identity
        frame, box = card()
        box.setSpacing(8)
        box.addWidget(section_title(self.tr("The patient and the sheet")))
        facts = QGridLayout()
        facts.setHorizontalSpacing(28)
        facts.setVerticalSpacing(0)
        for n, (caption, value) in enumerate((
                (self.tr("Patient"), who.name),
                (self.tr("Study ID"), f"{who.study_id or '—'} ({who.screening_number})"),
                (self.tr("Record no."), who.record_number),
                (self.tr("Date of birth"), date_text(who.date_of_birth)),
                (self.tr("Order code"), who.order_code))):
            facts.addWidget(label(caption, "HeaderCaption"), 0, n)
            facts.addWidget(label(f"<b>{html.escape(value)}</b>"), 1, n)
        facts.setColumnStretch(5, 1)
        box.addLayout(facts)
        self.code = ScanField()
        self.code_ok = label("", "InlineOk")
        self.code_problem = problem_label()
        self.record_number = QLineEdit()
        self.record_number.setPlaceholderText(self.tr("as printed on the wristband"))
        self.record_problem = problem_label()
        self.date_of_birth = DateField(self.tr("as the patient says it"))
        self.dob_problem = problem_label()
        code_box = QWidget()
        code_row = QHBoxLayout(code_box)
        code_row.setContentsMargins(0, 0, 0, 0)
        code_row.addWidget(self.code, 1)
        code_row.addWidget(self.code_ok)
        entries = QGridLayout()
        entries.setHorizontalSpacing(16)
        entries.setVerticalSpacing(2)
        for n, (caption, widget, problem) in enumerate((
                (self.tr("Scan the order code on the sheet"), code_box, self.code_problem),
                (self.tr("Record no. from the wristband"), self.record_number,
                 self.record_problem),
                (self.tr("Date of birth as the patient states it"), self.date_of_birth,
                 self.dob_problem))):
            entries.addWidget(QLabel(caption), 0, n)
            entries.addWidget(with_problem(widget, problem), 1, n, Qt.AlignmentFlag.AlignTop)
            entries.setColumnStretch(n, 1)
        box.addLayout(entries)
        self.body.addWidget(frame)
        self.watch("order_code", self.code, self.code_problem)
        self.watch("record_number", self.record_number, self.record_problem)
        self.watch("date_of_birth", self.date_of_birth.edit, self.dob_problem)
        self.code.scanned.connect(self.code_scanned)
        self.code.textEdited.connect(lambda _text: self.code_ok.clear())

    def code_scanned(self, text: str) -> None:
        """Checked at once: the right sheet shows a tick, another order what it is."""
        self.code_ok.clear()
        self.code_problem.hide()
        if not text.strip():
            return
        if order_id_from_code(text) == self.order_id:
            self.code_ok.setText(self.tr("✓ order #{id}").format(id=self.order_id))
            return
        self.show_problem(self._code_refusal(text), "order_code")
        self.code.setFocus()
        self.code.selectAll()  # the next scan replaces the wrong code

    def _code_refusal(self, text: str) -> HaiError:
        """The service's own words about a code that is not this order's (whose sheet it
        is); nothing is written."""
        error = attempt(check_scanned_code, self.ws, self.order_id, text).error
        if isinstance(error, ValidationError) and error.field == "order_code":
            return error
        return ValidationError(self.tr("{code} is not the code of order #{id}: scan the code "
                                       "on this patient's sheet.").format(
            code=text.strip(), id=self.order_id), field="order_code")

    # ---- the lines -----------------------------------------------------------------------
    def _add_lines(self) -> None:
        frame, box = card()
        box.addWidget(section_title(self.tr("Each line against the bag and the pump")))
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(6)
        for column, heading in enumerate(HEADINGS):
            grid.addWidget(label(f"<b>{_tr(heading)}</b>", "Muted"), 0, column)
        row = 1
        for item in self.state.items:
            grid.addWidget(self._rule(), row, 0, 1, len(HEADINGS))
            row = self._add_item(grid, row + 1, item)
        for column, stretch in enumerate((0, 2, 2, 2, 4, 2, 3, 0)):
            grid.setColumnStretch(column, stretch)
        box.addLayout(grid)
        self.body.addWidget(frame)

    @staticmethod
    def _rule() -> QFrame:
        rule = QFrame()
        rule.setFrameShape(QFrame.Shape.HLine)
        rule.setStyleSheet("color: #d5dbe3;")
        return rule

    def _add_item(self, grid: QGridLayout, row: int, item: CheckItem) -> int:
        """One line across the grid; returns the next free row."""
        red = not item.give
        top = Qt.AlignmentFlag.AlignTop
        grid.addWidget(_cell(str(item.number), red=red, bold=True), row, 0, top)
        grid.addWidget(_cell(item.drug, red=red, bold=True), row, 1, top)
        grid.addWidget(_cell(self.tr("NOT TO BE GIVEN") if red else item.dose, red=red,
                             bold=True), row, 2, top)
        pump = protocol_regimens().drug(item.drug_id).pump_in(current_language(), item.pump)
        texts = (translate("Route", item.route), message_text(item.volume),
                 message_text(item.rate), pump)
        for column, text in enumerate(texts, start=3):
            grid.addWidget(_cell(text, red=red), row, column, top)
        box = QCheckBox(_tr(NOT_GIVEN if red else MATCHES))
        box.setToolTip(self.tr("Line {number}: Space ticks it, Tab goes on").format(
            number=item.number))
        if red:
            box.setStyleSheet(f"color: {ERROR_RED}; font-weight: 600;")
        problem = problem_label()
        grid.addWidget(with_problem(box, problem), row, 7, top)
        self.line_boxes[item.number] = box
        self.watch(f"line:{item.number}", box, problem)
        if not red:
            return row + 1
        # Why it is not given today, across the line (as the sheet prints it).
        grid.addWidget(_cell(item.dose.split(" — ", 1)[-1], red=True), row + 1, 1, 1, 6)
        return row + 2

    # ---- the nurse -----------------------------------------------------------------------
    def _add_checker(self) -> None:
        me = self.ws.user.username
        mine = any(c.username == me for c in self.state.current)
        self.username = QLineEdit()
        self.username.setFixedWidth(220)
        # The nurse who made check 1 cannot make check 2: then the colleague types her name.
        self.username.setText("" if mine else me)
        self.username.setPlaceholderText(self.tr("her own user name"))
        self.username_problem = problem_label()
        self.password = password_field()
        self.password_problem = problem_label()
        nurse = QWidget()
        row = QHBoxLayout(nurse)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(10)
        row.addWidget(with_problem(self.username, self.username_problem), 0,
                      Qt.AlignmentFlag.AlignTop)
        caption = QLabel(self.tr("Password"))
        caption.setFixedHeight(self.password.sizeHint().height())  # level with the field
        row.addWidget(caption, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(with_problem(self.password, self.password_problem), 0,
                      Qt.AlignmentFlag.AlignTop)
        row.addStretch(1)
        self.add_row(self.tr("Checking nurse"), nurse)
        self.form.addRow(label(
            self.tr("You made check 1: the second nurse types her own user name and password. "
                    "Signature meaning: <i>“independent double check”</i>.") if mine else
            self.tr("A colleague checking beside you types her own user name. Signature "
                    "meaning: <i>“independent double check”</i>."), "Muted", wrap=True))
        self.watch("username", self.username, self.username_problem)
        self.watch("password", self.password, self.password_problem)
        QWidget.setTabOrder(self.code, self.record_number)
        QWidget.setTabOrder(self.record_number, self.date_of_birth.edit)
        previous: QWidget = self.date_of_birth.edit
        for box in self.line_boxes.values():
            QWidget.setTabOrder(previous, box)
            previous = box
        QWidget.setTabOrder(previous, self.username)
        QWidget.setTabOrder(self.username, self.password)
        self.code.setFocus()

    def confirmed(self) -> list[int]:
        return [number for number, box in self.line_boxes.items() if box.isChecked()]

    def _checked_already(self) -> bool:
        """Whether the nurse named in the form made one of this order's checks."""
        typed = self.username.text().strip()
        return any(c.username == typed for c in self.state.current)

    def submit(self) -> bool:
        self.clear_problems()
        if self.date_of_birth.error():
            self.show_problem(ValidationError(self.date_of_birth.error() or "",
                                              field="date_of_birth"))
            return False
        outcome = self.attempt(record_double_check, self.ws, self.order_id,
                               username=self.username.text(), password=self.password.text(),
                               scanned_code=self.code.text(),
                               record_number=self.record_number.text(),
                               date_of_birth=self.date_of_birth.date(), confirmed=self.confirmed())
        if outcome.error is None:
            self.checks_done = outcome.value
            return True
        self.password.clear()
        error = outcome.error
        if isinstance(error, AuthenticationError):
            self.show_problem(error, "password")
        elif isinstance(error, PermissionDenied) or self._checked_already():
            self.show_problem(error, "username")  # this person may not make this check
        else:  # about the order (its state, the sheet, the patient): at its field or below
            self.show_problem(error)
        return False
