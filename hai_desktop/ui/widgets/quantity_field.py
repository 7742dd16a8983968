"""A measured value as people type it: a line edit, its unit beside it, the problem under it.

The text is checked with core.units.parse_quantity as it is typed ("1.5 kg" in an ANC field
says which units fit); the text itself is never changed, so nothing typed is lost. The label
beside it follows what was typed: the kind's unit for a bare number ("172" cm), the value
understood in that unit when another unit was typed ("68 in" = 172.7 cm), never a unit that
contradicts the text. A screen can also show a problem found elsewhere (e.g. by the
eligibility evaluation) at the same place.
"""

from __future__ import annotations

import re

import pint
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from hai_desktop.core.errors import ValidationError
from hai_desktop.core.units import format_quantity, parse_quantity, spec
from hai_desktop.ui.i18n import current_language, message_text

# The widest value a person usually types, in the field's own font.
WIDEST_TYPICAL = "150000/mm3"
_BARE_NUMBER = re.compile(r"\s*[-+]?(\d[\d,]*(\.\d*)?|\.\d+)\s*")


class QuantityField(QWidget):
    changed = Signal()

    def __init__(self, kind: str, *, caption: str = "", placeholder: str = "",
                 edit_width: int = 92, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        quantity_spec = spec(kind)
        self.edit = QLineEdit()
        # Wide enough for a count typed with its unit: "150000/mm3" is never clipped.
        room = self.edit.fontMetrics().horizontalAdvance(WIDEST_TYPICAL) + 20
        self.edit.setFixedWidth(max(edit_width, room))
        self.edit.setPlaceholderText(placeholder)
        self.edit.setToolTip(self.tr("{quantity}: a number in {unit}, or with its unit "
                                     "({units}).").format(
            quantity=quantity_spec.label_in(current_language()).capitalize(),
            unit=quantity_spec.unit,
            units=", ".join(quantity_spec.accepts)))
        self.unit_label = QLabel(quantity_spec.unit)
        self.unit_label.setObjectName("UnitLabel")
        self.caption_label = QLabel(caption) if caption else None
        self.error_label = QLabel()
        self.error_label.setObjectName("InlineError")
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)  # a message may quote the text
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self._external: str | None = None
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        if self.caption_label is not None:
            row.addWidget(self.caption_label)
        row.addWidget(self.edit)
        row.addWidget(self.unit_label)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.error_label)
        self.setFocusProxy(self.edit)
        self.edit.textChanged.connect(self._on_text)

    def text(self) -> str:
        return self.edit.text()

    def set_text(self, text: str | None) -> None:
        self.edit.setText(text or "")
        self.edit.setCursorPosition(0)

    def is_empty(self) -> bool:
        return not self.edit.text().strip()

    def own_error(self) -> str | None:
        """What is wrong with the text itself (None when empty or a valid quantity)."""
        if self.is_empty():
            return None
        try:
            parse_quantity(self.edit.text(), self.kind)
        except ValidationError as error:
            return error.message
        return None

    def quantity(self) -> pint.Quantity[float] | None:
        if self.is_empty() or self.own_error():
            return None
        return parse_quantity(self.edit.text(), self.kind)

    def set_problem(self, message: str | None) -> None:
        """A problem found outside the field (shown when the text itself is fine)."""
        self._external = message
        self._refresh()

    def error_text(self) -> str:
        return self.error_label.text() if self.error_label.isVisibleTo(self) else ""

    def set_read_only(self, read_only: bool) -> None:
        self.edit.setReadOnly(read_only)

    def _on_text(self, _text: str) -> None:
        self._refresh()
        self.changed.emit()

    def _refresh(self) -> None:
        message = self.own_error() or self._external
        self.error_label.setText(message_text(message) if message else "")
        self.error_label.setVisible(bool(message))
        self.unit_label.setText(self.unit_text())

    def unit_text(self) -> str:
        """The unit beside the field: the kind's for a bare number (or nothing valid yet);
        with another unit typed, the value as understood in the kind's unit."""
        unit = spec(self.kind).unit
        if _BARE_NUMBER.fullmatch(self.edit.text()) or self.is_empty():
            return unit
        value = self.quantity()
        return unit if value is None else f"= {format_quantity(value, self.kind)}"
