"""A PDF shown page under page inside the application (pypdfium2 renders, Pillow hands the
pixels to Qt); nothing is written to disk."""

from __future__ import annotations

import pypdfium2
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtPrintSupport import QPrinter
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


def print_pdf(pdf: bytes, printer: QPrinter, dpi: float = 200) -> int:
    """Send every page to a Qt printer, each scaled to the printable page; returns the count.

    The pages are rendered at print resolution (white paper under the ink: a transparent page
    would print as nothing on some drivers).
    """
    images = render_pages(pdf, scale=dpi / 72)
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError(QCoreApplication.translate("PdfPreview", "The printer could not be "
                                                 "opened."))
    try:
        for number, image in enumerate(images):
            if number:
                printer.newPage()
            target = painter.viewport()
            size = image.size()
            size.scale(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.setViewport(target.x(), target.y(), size.width(), size.height())
            painter.setWindow(image.rect())
            painter.drawImage(0, 0, image)
            painter.setViewport(target)
    finally:
        painter.end()
    return len(images)
