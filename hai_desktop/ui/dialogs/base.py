"""A form dialog whose errors stay inside it, so the person can correct and try again."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hai_desktop.core.errors import HaiError
from hai_desktop.ui.widgets.common import InlineMessage, label


def password_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMinimumWidth(280)
    return field


class FormDialog(QDialog):
    """Intro text, a form, an inline error line and OK/Cancel; subclasses implement submit().
    Title, intro and button texts come translated from the subclass; "Cancel" by default."""

    def __init__(self, title: str, intro: str, ok_text: str, parent: QWidget | None = None,
                 cancel_text: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self.intro = label(intro, wrap=True)
        # The layout's minimum-size constraint overrides a minimum on the dialog itself: give
        # the wrapped intro the width instead, so the dialog is 520 px wide at least.
        self.intro.setMinimumWidth(520 - 48)
        self.form = QFormLayout()
        self.form.setSpacing(10)
        self.message = InlineMessage()
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
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(14)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)

    def add_row(self, caption: str, widget: QWidget) -> None:
        self.form.addRow(QLabel(caption), widget)

    # Dialogs whose rows appear and disappear grow to their content when an error shows.
    grows_to_content = False

    def fit(self) -> None:
        """Grow to the content: wrapped labels need their height-for-width, which the
        minimum-size constraint does not ask for. Not adjustSize(): it caps a window at two
        thirds of the screen (512 px on a 1366×768 laptop) and squeezed the rows instead."""
        layout = self.layout()
        if layout is not None:
            layout.activate()
        width = max(self.width(), self.minimumSizeHint().width())
        height = (self.heightForWidth(width) if self.hasHeightForWidth()
                  else self.sizeHint().height())
        screen = self.screen()
        if screen is not None:
            height = min(height, screen.availableGeometry().height())
        self.resize(width, max(height, self.minimumSizeHint().height(), self.height()))

    def show_error(self, error: HaiError | str) -> None:
        self.message.show_error(error)
        if self.grows_to_content:
            self.fit()

    def _on_ok(self) -> None:
        self.message.clear_message()
        if self.submit():
            self.accept()

    def submit(self) -> bool:
        """Do the work; return True to close, or show an error and return False."""
        raise NotImplementedError
