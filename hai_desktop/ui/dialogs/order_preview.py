"""The order sheet on screen before it is printed (marked DRAFT until verified)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from hai_desktop.ui.widgets.pdf_preview import PdfPreview


class OrderPreviewDialog(QDialog):
    def __init__(self, title: str, pdf: bytes, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.preview = PdfPreview()
        self.page_count = self.preview.show_pdf(pdf)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(self.preview, 1)
        layout.addWidget(buttons)
        self.resize(980, 820)
