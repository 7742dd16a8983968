"""The Qt parts of `hai-desktop --self-test`: the offscreen platform, the platform and print
plugins a workstation needs, and printing a real order sheet to PDF through the application's
own print path (pdfium renders, Qt prints), read back with pdfium."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QPluginLoader, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QLabel

from hai_desktop.services.self_test import SelfTestError, read_pdf


def _plugin_names() -> dict[str, tuple[str, ...]]:
    """Plugin files (folder/file stem) the program needs on this operating system."""
    if sys.platform.startswith("win"):
        return {"platforms": ("qoffscreen", "qwindows"), "printsupport": ("windowsprintersupport",)}
    if sys.platform == "darwin":
        return {"platforms": ("libqoffscreen", "libqcocoa"),
                "printsupport": ("libcocoaprintersupport",)}
    return {"platforms": ("libqoffscreen", "libqxcb"), "printsupport": ("libcupsprintersupport",)}


def plugin_folders() -> list[Path]:
    folders = [Path(p) for p in QCoreApplication.libraryPaths()]
    folders.append(Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)))
    return list(dict.fromkeys(f for f in folders if f.is_dir()))


def find_plugin(folder: str, stem: str) -> Path | None:
    for root in plugin_folders():
        for candidate in sorted((root / folder).glob(f"{stem}.*")):
            if candidate.suffix in (".so", ".dll", ".dylib"):
                return candidate
    return None


def has_display() -> bool:
    if sys.platform.startswith("win") or sys.platform == "darwin":
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def qt_application() -> QApplication:
    """The running application, or a new one on the offscreen platform (no display needed)."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    return QApplication(["hai-desktop", "--self-test"])


def check_qt_offscreen() -> str:
    qt_application()
    platform = QGuiApplication.platformName()
    if platform != "offscreen":
        raise SelfTestError(f"Qt runs on the '{platform}' platform, not 'offscreen'.")
    widget = QLabel("hai-desktop self-test ≥ µ ×10⁹/L")
    widget.adjustSize()
    image = widget.grab().toImage()
    widget.deleteLater()
    if image.isNull() or image.width() == 0:
        raise SelfTestError("Qt could not draw a widget offscreen.")
    return f"Qt {qVersion()} on the offscreen platform: a widget drawn {image.width()} px wide"


def check_qt_hangul() -> str:
    """The bundled Korean font reaches Qt: a Hangul name is drawn with real glyphs (the
    workstation may have no Korean font of its own)."""
    from hai_desktop.services.self_test import SELF_TEST_NAME
    from hai_desktop.ui.style import add_bundled_fonts, fonts_drawing

    qt_application()
    families = add_bundled_fonts()
    name = "".join(SELF_TEST_NAME)
    runs = fonts_drawing(f"{name} · ANC ≥ 1.5 ×10⁹/L", QApplication.font())
    if not runs or not all(found for _family, found in runs):
        raise SelfTestError(f"Qt draws '{name}' with empty boxes (fonts: {runs}).")
    used = ", ".join(dict.fromkeys(family for family, _found in runs))
    return f"'{name}' drawn in {used} (bundled: {', '.join(families)}); {korean_interface()}"


def korean_interface() -> str:
    """The Korean translation loads and translates (then English again)."""
    from hai_desktop.ui.i18n import install_language, translation_file

    try:
        install_language("ko")
        text = QCoreApplication.translate("SignInWindow", "Sign in")
    finally:
        install_language("en")
    if text == "Sign in":
        raise SelfTestError(f"The Korean translation ({translation_file('ko')}) translates "
                            "nothing.")
    return f"Korean interface loads ('Sign in' → '{text}')"


def check_qt_plugins() -> str:
    """Each needed plugin file is there and loads (the windowing one only where a display is:
    it needs the desktop's own libraries, e.g. libxcb-cursor0)."""
    qt_application()
    found, notes = [], []
    for folder, stems in _plugin_names().items():
        for stem in stems:
            path = find_plugin(folder, stem)
            if path is None:
                where = ", ".join(str(p) for p in plugin_folders()) or "no plugin folder"
                raise SelfTestError(f"The Qt plugin {folder}/{stem} is missing (looked in "
                                    f"{where}).")
            loader = QPluginLoader(str(path))
            windowing = folder == "platforms" and "offscreen" not in stem
            if loader.load():
                found.append(f"{folder}/{path.name}")
            elif windowing and not has_display():
                notes.append(f"{folder}/{path.name} present, not loadable without a display "
                             f"here ({loader.errorString()})")
            else:
                raise SelfTestError(f"The Qt plugin {path} cannot be loaded: "
                                    f"{loader.errorString()}")
    return "; ".join([f"loaded {', '.join(found)}", *notes])


def check_print_to_pdf(pdf: bytes, folder: Path) -> str:
    """The order sheet through the print path of the orders screen, to a PDF file, read back."""
    from hai_desktop.ui.widgets.pdf_preview import print_pdf, render_pages

    qt_application()
    images = render_pages(pdf, scale=0.5)  # the in-application preview
    if not images or images[0].isNull():
        raise SelfTestError("pdfium → Pillow → Qt gave no preview image.")
    target = folder / "printed.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(target))
    printed = print_pdf(pdf, printer, dpi=100)
    if not target.is_file():
        raise SelfTestError(f"Qt printed {printed} page(s) but wrote no file {target}.")
    facts = read_pdf(target.read_bytes())
    if facts.pages != printed:
        raise SelfTestError(f"Qt printed {printed} page(s); the PDF written has {facts.pages}.")
    return (f"preview {images[0].width()}×{images[0].height()} px; printed {printed} page(s) "
            f"through QPrinter to PDF, read back")
