"""A form dialog whose refusals are shown at the field they name (the service's
ValidationError.field), the dialog growing to show them: an error line never squeezes a field,
and everything typed stays."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from hai_desktop.core.errors import HaiError
from hai_desktop.ui.dialogs.base import FormDialog
from hai_desktop.ui.dialogs.register_candidate import FieldErrors


class FieldFormDialog(FormDialog):
    grows_to_content = True

    def __init__(self, title: str, intro: str, ok_text: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(title, intro, ok_text, parent)
        self.errors = FieldErrors()

    def add_field(self, name: str, caption: str, widget: QWidget,
                  focus: QWidget | None = None) -> None:
        """A row whose error line is keyed by the service's field name."""
        self.add_row(caption, self.errors.wrap(name, widget, focus))

    def show_at_field(self, error: HaiError) -> None:
        """At its field when it names one of this form, else under the form."""
        if not self.errors.show(error):
            self.message.show_error(error)
        self.fit()

    def _on_ok(self) -> None:
        self.errors.clear()
        super()._on_ok()
