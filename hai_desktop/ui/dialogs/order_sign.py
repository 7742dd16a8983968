"""Sign a step of an order with the password (prescribe, verify), and the base of the steps
signed at the chair (double check, administration, pump disconnection, second nurse).

Like the randomize step: the meaning of the signature is spelled out, errors stay in the
dialog, and only the password is cleared after a refusal.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QApplication,
    QFormLayout,
    QFrame,
    QLabel,
    QLayout,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from hai_desktop.core.errors import HaiError
from hai_desktop.store.models import Patient
from hai_desktop.ui.dialogs.base import FormDialog, password_field
from hai_desktop.ui.run_service import busy_cursor, error_text
from hai_desktop.ui.widgets.common import label


class OrderSignDialog(FormDialog):
    """Runs `action(password)` on OK; a HaiError keeps the dialog open with the message."""

    def __init__(self, title: str, intro: str, meaning: str, ok_text: str,
                 action: Callable[[str], object], parent: QWidget | None = None, *,
                 bound_to: str = "order") -> None:
        super().__init__(title, intro, ok_text, parent)
        self._action = action
        self.password = password_field()
        self.add_row(self.tr("Your password"), self.password)
        # The meaning is shown as the signature records it.
        bound = {
            "order": self.tr("Signature meaning: <i>“{meaning}”</i>. It is bound to the "
                             "order's content: a changed order no longer verifies."),
            "table": self.tr("Signature meaning: <i>“{meaning}”</i>. It is bound to the "
                             "table's content: a changed table no longer verifies."),
        }.get(bound_to) or self.tr("Signature meaning: <i>“{meaning}”</i>. It is bound to the "
                                   "{what}'s content: a changed {what} no longer verifies.")
        self.form.addRow(label(bound.format(meaning=html.escape(meaning), what=bound_to),
                               "Muted", wrap=True))
        self.password.setFocus()

    def submit(self) -> bool:
        if not self.password.text():
            self.show_error(self.tr("Enter your password to sign."))
            return False
        with busy_cursor():
            try:
                self._action(self.password.text())
            except HaiError as error:
                self.password.clear()
                self.password.setFocus()
                self.show_error(error)
                return False
        return True


class ChairDialog(FormDialog):
    """A signed step at the chair (double check, administration, disconnection, second nurse):
    what the nurse reads scrolls, the password and the buttons stay in view, and every refusal
    is shown at the field at fault — on a 1366×768 workstation as on a large screen.

    Subclasses fill `body` (the scrolling part) and `form` (kept under it), register the fields
    a service may name (`watch`), and call `fit_to()` at the end of their constructor.
    """

    def __init__(self, title: str, intro: str, ok_text: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(title, intro, ok_text, parent)
        self.content = QWidget()
        self.body = QVBoxLayout(self.content)
        self.body.setContentsMargins(0, 0, 12, 0)  # room beside the scroll bar
        self.body.setSpacing(12)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(self.content)
        outer = self.layout()
        assert isinstance(outer, QVBoxLayout)
        outer.insertWidget(1, self.scroll_area, 1)
        # The content may be taller than the screen: the dialog may be smaller than it.
        outer.setSizeConstraint(QLayout.SizeConstraint.SetDefaultConstraint)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.fields: dict[str, tuple[QWidget, QLabel]] = {}

    # ---- refusals at their field -------------------------------------------------------------
    def watch(self, name: str, focus: QWidget, problem: QLabel) -> None:
        """`problem` shows what the service says about field `name`; `focus` gets the cursor."""
        self.fields[name] = (focus, problem)

    def clear_problems(self) -> None:
        self.message.clear_message()
        for _focus, problem in self.fields.values():
            problem.clear()
            problem.hide()

    def problem_at(self, name: str) -> str:
        problem = self.fields[name][1]
        return problem.text() if not problem.isHidden() else ""

    def show_problem(self, error: HaiError, name: str | None = None) -> None:
        """At the field the error names (or `name`), else on the dialog's message line."""
        name = name or getattr(error, "field", None)
        if name not in self.fields:
            self.show_error(error)
            return
        focus, problem = self.fields[name]
        problem.setText(error_text(error))
        problem.show()
        focus.setFocus()
        self.scroll_area.ensureWidgetVisible(problem)
        self.scroll_area.ensureWidgetVisible(focus)

    # ---- size --------------------------------------------------------------------------------
    def fit_to(self, available: QSize | None = None) -> None:
        """As large as the content needs, no larger than the screen (`available`: e.g. a
        1366×768 workstation, less its window frame)."""
        if available is None:
            # Not self.screen(): with PySide6 6.11 a QScreen reached through QWidget.screen()
            # was found freed later (a crash on the next window); the primary screen is the
            # workstation's.
            available = QApplication.primaryScreen().availableGeometry().size()
        room = QSize(available.width() - 16, available.height() - 48)  # title bar, frame
        layout = self.layout()
        assert layout is not None
        layout.activate()
        if self.scroll_area.isHidden():
            self.resize(layout.sizeHint().boundedTo(room))
            return
        inside = self.content.sizeHint()
        bar = self.scroll_area.verticalScrollBar().sizeHint().width()
        width = max(layout.minimumSize().width(), inside.width() + bar + 48)
        width = min(width, room.width())
        # Wrapped text (the intro, the lines) is as tall as it is at that width.
        whole = (layout.totalHeightForWidth(width) if layout.hasHeightForWidth()
                 else layout.sizeHint().height())
        outside = whole - self.scroll_area.sizeHint().height()
        wanted = (self.content.heightForWidth(width - bar - 48)
                  if self.content.hasHeightForWidth() else inside.height())
        self.resize(width, min(outside + wanted + 8, room.height()))


def patient_line(patient: Patient) -> str:
    """"<b>HAI-003</b> · NAM, Jae-won" — who the dialog is about, as the wristband reads."""
    return (f"<b>{html.escape(patient.display_id)}</b> · "
            f"{html.escape(patient.name)}")


def problem_label() -> QLabel:
    """A red line under a field, hidden until a refusal names the field."""
    problem = label("", "InlineError", wrap=True)
    problem.hide()
    return problem


def with_problem(widget: QWidget, problem: QLabel) -> QWidget:
    """`widget` with its problem line under it (the pair is one row of a form)."""
    box = QWidget()
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    column.addWidget(widget)
    column.addWidget(problem)
    box.setFocusProxy(widget)
    return box
