"""The one form every dialog is built on: its errors stay inside it, at the field at fault, so
the person can correct and try again — on a 1366×768 workstation as on a large screen.

- The intro and the form scroll; the message line and the buttons stay in view below them.
- A service's ValidationError.field names the widget it is about (`add_field` / `watch`): the
  refusal is shown under that field and the field gets the focus; any other refusal goes to
  the message line. Everything typed stays.
- The message line keeps its height when it is empty (nothing moves under the pointer); a long
  message wraps, and the dialog grows (up to the screen; then the form scrolls) instead of
  cutting it or squeezing a field.
- Refusals are cleared on the next submit; a field's own line empties as soon as it is edited
  (keeping its height until then, again so nothing moves).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ParamSpec, TypeVar

from PySide6.QtCore import QSize, Qt, SignalInstance
from PySide6.QtGui import QCloseEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from hai_desktop.core.errors import AuthenticationError, HaiError, ValidationError
from hai_desktop.ui.background import wait_for
from hai_desktop.ui.run_service import Outcome, error_text
from hai_desktop.ui.widgets.common import InlineMessage, label

P = ParamSpec("P")
T = TypeVar("T")

# The smallest screen the unit works on: a 1366×768 laptop less its taskbar. No dialog is
# larger, whatever the screen (the test renders each dialog against it).
WORKSTATION = QSize(1366, 728)
# The window's title bar and frame around the dialog's own area.
WINDOW_FRAME = QSize(16, 40)


def password_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMinimumWidth(280)
    return field


def room_for_dialogs() -> QSize:
    """The most a dialog's own area may take: the screen's available area, no more than the
    1366×728 workstation's, less the window frame."""
    # Not QWidget.screen(): with PySide6 6.11 a QScreen reached that way was found freed later.
    screen = QApplication.primaryScreen()
    available = (screen.availableGeometry().size().boundedTo(WORKSTATION)
                 if screen is not None else WORKSTATION)
    return available - WINDOW_FRAME


def problem_label() -> QLabel:
    """A red line under a field, hidden until a refusal names the field. Plain text: it shows
    a service's message, which may quote what was typed."""
    problem = label("", "InlineError", wrap=True)
    problem.setTextFormat(Qt.TextFormat.PlainText)
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
    # The pair grows (or not) in a form as the field alone would.
    policy = box.sizePolicy()
    policy.setHorizontalPolicy(widget.sizePolicy().horizontalPolicy())
    box.setSizePolicy(policy)
    return box


def _edited_signal(widget: QWidget) -> SignalInstance | None:
    """The signal a person's answer to this field emits, if it is a kind of field we know."""
    changed = getattr(widget, "changed", None)  # DateField, QuantityField, ScanField …
    if isinstance(changed, SignalInstance):
        return changed
    if isinstance(widget, QLineEdit):
        return widget.textEdited
    if isinstance(widget, QComboBox):
        return widget.currentIndexChanged
    if isinstance(widget, QSpinBox):
        return widget.valueChanged
    if isinstance(widget, QAbstractButton):
        return widget.toggled
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        return widget.textChanged
    return None


class FieldErrors:
    """The fields a service may name (ValidationError.field), each with its problem line — or
    none, for a field marked in place (e.g. a checklist's unanswered items), whose refusal is
    read on the dialog's message line while the field gets the focus."""

    def __init__(self) -> None:
        self.labels: dict[str, QLabel] = {}
        self.focus: dict[str, QWidget] = {}

    def wrap(self, name: str, widget: QWidget, focus: QWidget | None = None) -> QWidget:
        """`widget` with a problem line under it, registered as field `name`."""
        problem = problem_label()
        self.watch(name, focus or widget, problem, answered_by=widget)
        box = with_problem(widget, problem)
        box.setFocusProxy(focus or widget)
        return box

    def watch(self, name: str, focus: QWidget, problem: QLabel | None = None,
              answered_by: QWidget | None = None) -> None:
        """`problem` shows what the service says about field `name`; `focus` gets the cursor.
        Once `answered_by` is edited, the line empties (its height stays until the next
        submit); without it, the field keeps its line up to date itself."""
        self.focus[name] = focus
        if problem is None:
            return
        self.labels[name] = problem
        signal = _edited_signal(answered_by) if answered_by is not None else None
        if signal is not None:
            signal.connect(lambda *_args, line=problem: line.setText(""))

    def clear(self) -> None:
        for problem in self.labels.values():
            problem.clear()
            problem.setMinimumHeight(0)
            problem.hide()

    def field_of(self, error: HaiError | str, name: str | None = None) -> str | None:
        """The field of this form the refusal is about (`name`, else the one it names)."""
        name = name or (error.field if isinstance(error, ValidationError) else None)
        return name if name in self.focus else None

    def show(self, error: HaiError, name: str) -> bool:
        """Show it under field `name`; False when that field has no line of its own."""
        if name not in self.labels:
            return False
        self.labels[name].setText(error_text(error))
        self.labels[name].show()
        return True

    def text(self, name: str) -> str:
        problem = self.labels[name]
        return problem.text() if not problem.isHidden() else ""

    def shown(self) -> list[str]:
        return [name for name, problem in self.labels.items()
                if not problem.isHidden() and problem.text()]


class FittedScroll(QScrollArea):
    """A vertical scroll area whose content is as tall as its wrapped text needs at the width
    it gets (QScrollArea sizes by sizeHint, which squeezes word-wrapped rows together): no
    field is ever squeezed, the area scrolls instead."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__()
        self.setWidget(widget)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Tab goes field to field (the area scrolls to each); the area itself is no stop.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def bar_width(self) -> int:
        return self.verticalScrollBar().sizeHint().width()

    def content_height(self, width: int) -> int:
        """The content's height at `width`, every row at its full height."""
        widget = self.widget()
        layout = widget.layout() if widget is not None else None
        if layout is None:
            return widget.sizeHint().height() if widget is not None else 0
        layout.activate()
        if layout.hasHeightForWidth():
            return max(layout.totalHeightForWidth(width), layout.totalMinimumSize().height())
        return max(layout.totalSizeHint().height(), layout.totalMinimumSize().height())

    def fit_content(self) -> None:
        widget = self.widget()
        if widget is not None:
            widget.setMinimumWidth(widget.minimumSizeHint().width())
            widget.setMinimumHeight(self.content_height(self.viewport().width()))
            self.setMinimumWidth(widget.minimumSizeHint().width() + self.bar_width() + 2)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_content()


class SavingDialog(QDialog):
    """A dialog whose OK saves on the worker while it waits (`saving`): Escape and the close
    button wait for a save under way, since what it saved must be shown here."""

    saving = False
    _close_when_saved = False

    def save(self, call: Callable[[], T]) -> T:
        """`call()` — the service behind OK, its inputs read from the form already — on the
        workspace's worker while the dialog waits, disabled, still painting (a password check
        takes a noticeable moment); its HaiError is raised here (background.wait_for). The
        progress window names no patient or person: it may show above the lock screen."""
        self.saving = True
        try:
            return wait_for(self, self.tr("Saving…"), call)
        finally:
            self.saving = False
            if self._close_when_saved:  # the session ended meanwhile (close_when_saved)
                super().reject()

    def close_when_saved(self) -> None:
        """At the end of the session (switch user): closed now, or as soon as its save
        returns, whatever it returns."""
        if self.saving:
            self._close_when_saved = True
        else:
            super().reject()

    def reject(self) -> None:
        if not self.saving:
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.saving:
            event.ignore()
            return
        super().closeEvent(event)


class FormDialog(SavingDialog):
    """Intro text and a form (scrolling), the message line and OK/Cancel (always in view);
    subclasses implement submit(). Title, intro and button texts come translated from the
    subclass; "Cancel" by default.

    `body` is the scrolling part (the intro, then the form); a subclass may add to it.
    `pinned=True` keeps the intro and the form (e.g. the password) in view under the title,
    and only what the subclass adds to `body` scrolls.
    """

    def __init__(self, title: str, intro: str, ok_text: str, parent: QWidget | None = None,
                 cancel_text: str | None = None, *, pinned: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self.intro = label(intro, wrap=True)
        # Rich text: intros bold the patient's ID and escape the names they show (once).
        self.intro.setTextFormat(Qt.TextFormat.RichText)
        self.intro.setMinimumWidth(520 - 48)  # the dialog is 520 px wide at least
        self.form = QFormLayout()
        self.form.setSpacing(10)
        # Text fields take the width, choices keep theirs (a field with its problem line too).
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.errors = FieldErrors()
        self.message = InlineMessage(reserve_line=True)
        self.buttons = QDialogButtonBox()
        self.ok_button: QPushButton = self.buttons.addButton(
            ok_text, QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setObjectName("Primary")
        self.ok_button.setDefault(True)
        self.cancel_button: QPushButton = self.buttons.addButton(
            self.tr("Cancel") if cancel_text is None else cancel_text,
            QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self._on_ok)
        self.buttons.rejected.connect(self.reject)
        self.content = QWidget()
        self.body = QVBoxLayout(self.content)
        self.body.setContentsMargins(0, 0, 0, 0)
        self.body.setSpacing(14)
        self.scroll_area = FittedScroll(self.content)
        self.outer = QVBoxLayout(self)
        self.outer.setContentsMargins(24, 20, 24, 16)
        self.outer.setSpacing(14)
        if pinned:
            self.outer.addWidget(self.intro)
            self.outer.addWidget(self.scroll_area, 1)
            self.outer.addLayout(self.form)
        else:
            self.body.addWidget(self.intro)
            self.body.addLayout(self.form)
            self.outer.addWidget(self.scroll_area, 1)
        self.outer.addWidget(self.message)
        self.outer.addWidget(self.buttons)
        self._fitted = False
        self.last_error: HaiError | str | None = None  # what the person was last told
        self._rows: dict[int, QWidget] = {}  # a field added with add_field → its row's widget

    def add_row(self, caption: str, widget: QWidget) -> None:
        if isinstance(widget, QLabel) and widget.wordWrap():
            # A wrapped text takes the row's width (its own hint is a narrow column).
            policy = widget.sizePolicy()
            policy.setHorizontalPolicy(QSizePolicy.Policy.Expanding)
            widget.setSizePolicy(policy)
        self.form.addRow(QLabel(caption), widget)

    def add_field(self, name: str, caption: str, widget: QWidget,
                  focus: QWidget | None = None) -> QWidget:
        """A row whose problem line shows the service's refusals of field `name`."""
        box = self.errors.wrap(name, widget, focus)
        self._rows[id(widget)] = box
        self.add_row(caption, box)
        return box

    def set_row_visible(self, widget: QWidget, visible: bool) -> None:
        """Show or hide the form row of `widget` (a field added with add_field or add_row)."""
        self.form.setRowVisible(self._rows.get(id(widget), widget), visible)

    def is_row_visible(self, widget: QWidget) -> bool:
        return self.form.isRowVisible(self._rows.get(id(widget), widget))

    def watch(self, name: str, focus: QWidget, problem: QLabel | None = None) -> None:
        """A field laid out by the subclass, with its own problem line (or none: then its
        refusals are read on the message line)."""
        self.errors.watch(name, focus, problem)

    def problem_at(self, name: str) -> str:
        return self.errors.text(name)

    def refusal_text(self) -> str:
        """What the dialog says is wrong now: its message line, else the fields' lines."""
        if self.message.text():
            return self.message.text()
        return " ".join(self.errors.text(name) for name in self.errors.shown())

    # ---- one path for every refusal ----------------------------------------------------------
    def show_error(self, error: HaiError | str, name: str | None = None) -> None:
        """At the field it names (or `name`), with the focus there; else on the message line."""
        self.last_error = error
        if isinstance(error, AuthenticationError) and "password" in self.errors.focus:
            name = name or "password"  # a wrong password: at the password, to type again
        field = self.errors.field_of(error, name)
        if not (isinstance(error, HaiError) and field is not None
                and self.errors.show(error, field)):
            self.message.show_error(error)
        self.fit()
        if field is not None:
            focus = self.errors.focus[field]
            focus.setFocus()
            if field in self.errors.labels:
                self.scroll_area.ensureWidgetVisible(self.errors.labels[field])
            self.scroll_area.ensureWidgetVisible(focus)

    # Kept for the dialogs written against the older names.
    show_problem = show_error

    def clear_problems(self) -> None:
        self.message.clear_message()
        self.errors.clear()

    def _on_ok(self) -> None:
        if self.saving:
            return
        self.clear_problems()
        if self.submit():
            self.accept()

    def submit(self) -> bool:
        """Do the work; return True to close, or show an error and return False."""
        raise NotImplementedError

    # ---- the save behind OK, off the GUI thread (SavingDialog.save) --------------------------
    def attempt(self, service: Callable[P, T], *args: P.args, **kwargs: P.kwargs
                ) -> Outcome[T]:
        """`save` a service call; a HaiError is returned for show_error."""
        try:
            return Outcome(value=self.save(lambda: service(*args, **kwargs)))
        except HaiError as error:
            return Outcome(error=error)

    # ---- size --------------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        if not self._fitted:
            self.fit()
        super().showEvent(event)

    def fit(self, available: QSize | None = None) -> None:
        """As large as the content needs, no larger than the screen nor the 1366×728
        workstation (`available`, the dialog's own area); the form scrolls beyond that. Once
        shown, it only grows: what is under the pointer stays where it is."""
        room = available or room_for_dialogs()
        self.outer.activate()
        margins = self.outer.contentsMargins()
        sides = margins.left() + margins.right()
        content = self.content.minimumSizeHint().expandedTo(self.content.sizeHint())
        width = max(0 if self.scroll_area.isHidden() else content.width() + sides,
                    self.outer.minimumSize().width())
        if self._fitted:
            width = max(width, self.width())
        width = min(width, room.width())
        inside = width - sides
        scrolls = not self.scroll_area.isHidden()
        wanted = self.scroll_area.content_height(inside) if scrolls else 0
        outside = self._height_outside_scroll(width)
        if scrolls and outside + wanted > room.height():  # it scrolls: the bar takes some width
            inside -= self.scroll_area.bar_width()
            wanted = self.scroll_area.content_height(inside)
        height = outside + wanted + 2
        if self._fitted:
            height = max(height, self.height())
        self._fitted = True
        self.resize(width, min(height, room.height()))
        self.scroll_area.fit_content()
        if self._hold_wrapped_lines():  # a refusal wrapped to more lines than laid out
            self.fit(available)

    def _hold_wrapped_lines(self) -> bool:
        """Give each shown refusal the height its wrapped text needs at the width it got (a
        form row lays a field out at its size hint, not its height-for-width)."""
        self.outer.activate()
        grown = False
        for line in [*self.errors.labels.values(), self.message]:
            if line.isHidden() or not line.text() or line.width() <= 0:
                continue
            needed = line.heightForWidth(line.width())
            if needed > line.minimumHeight() and needed > line.height():
                line.setMinimumHeight(needed)
                grown = True
        return grown

    # The older name, used by the dialogs signed at the chair.
    def fit_to(self, available: QSize | None = None) -> None:
        self.fit(available)

    def _height_outside_scroll(self, width: int) -> int:
        layout = self.outer
        whole = (layout.totalHeightForWidth(width) if layout.hasHeightForWidth()
                 else layout.totalSizeHint().height())
        return whole - (0 if self.scroll_area.isHidden() else self.scroll_area.sizeHint().height())
