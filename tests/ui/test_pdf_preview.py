"""The in-application PDF preview renders real pages (white paper, the sheet's text in ink)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from hai_desktop.services.screening import screening_log_pdf
from hai_desktop.services.workspace import Workspace
from hai_desktop.ui.widgets.pdf_preview import PdfPreview, render_pages


def test_pages_render_as_opaque_images(admin_ws: Workspace) -> None:
    pages = render_pages(screening_log_pdf(admin_ws), scale=1.0)
    assert len(pages) == 2  # the demo's ten candidates
    image = pages[0]
    assert image.width() > 800 > image.height() > 500  # A4 landscape at 72 dpi
    corner = image.pixelColor(5, 5)
    assert (corner.red(), corner.green(), corner.blue()) == (255, 255, 255)
    inked = sum(1 for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)
                if image.pixelColor(x, y).lightness() < 128)
    assert inked > 100  # text and table lines, not a blank page


def test_the_preview_widget_shows_each_page(qtbot: QtBot, admin_ws: Workspace) -> None:
    preview = PdfPreview()
    qtbot.addWidget(preview)
    assert preview.show_pdf(screening_log_pdf(admin_ws), scale=0.5) == 2
    assert preview.pages[0].pixmap().width() > 300
