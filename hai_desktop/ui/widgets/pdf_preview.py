"""A PDF shown page under page inside the application (pypdfium2 renders, Pillow hands the
pixels to Qt); nothing is written to disk."""

from __future__ import annotations

import pypdfium2
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget


def render_pages(pdf: bytes, scale: float = 1.5) -> list[QImage]:
    document = pypdfium2.PdfDocument(pdf)
    images = []
    try:
        for index in range(len(document)):
            image = document[index].render(scale=scale).to_pil().convert("RGB")
            data = image.tobytes()
            qimage = QImage(data, image.width, image.height, image.width * 3,
                            QImage.Format.Format_RGB888)
            images.append(qimage.copy())  # own the pixels: `data` goes away
    finally:
        document.close()
    return images


class PdfPreview(QScrollArea):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.pages: list[QLabel] = []
        self._body = QWidget()
        self._layout = QVBoxLayout(self._body)
        self._layout.setSpacing(12)
        self._layout.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.setWidget(self._body)
        self._body.setStyleSheet("background: #5b6573;")

    def show_pdf(self, pdf: bytes, scale: float = 1.5) -> int:
        for page in self.pages:
            page.deleteLater()
        self.pages = []
        for image in render_pages(pdf, scale):
            page = QLabel()
            page.setPixmap(QPixmap.fromImage(image))
            self._layout.addWidget(page)
            self.pages.append(page)
        return len(self.pages)
