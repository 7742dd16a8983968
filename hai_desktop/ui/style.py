"""One look for the whole application: Fusion, a light palette, readable type, status colours.

Colours carry meaning (TRAINING orange, error red, OK green) and are named once here so a
screen never invents its own shade.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QColor, QFont, QFontDatabase, QPalette, QTextLayout
from PySide6.QtWidgets import QApplication

from hai_desktop.paths import resource

# Hangul for names and Korean text on a workstation with no Korean font: Qt falls back to these
# for every character the system font lacks (resources/fonts/PROVENANCE.md).
HANGUL_FONT_FILES = ("NanumGothic.ttf", "NanumGothicBold.ttf")

BASE_POINT_SIZE = 11

INK = "#1d2733"
MUTED = "#5b6878"
SURFACE = "#f4f6f9"
CARD = "#ffffff"
BORDER = "#d5dbe3"
ACCENT = "#1f5fa8"
ACCENT_DARK = "#174a85"
SIDEBAR = "#1e2a3a"
SIDEBAR_TEXT = "#d9e1ec"
TRAINING_ORANGE = "#c75300"
ERROR_RED = "#b3261e"
OK_GREEN = "#1e7a3c"
WARNING_BG = "#fff4e5"

# Status colours in tables: what a nurse should notice first is darkest/strongest.
STATUS_COLOURS: dict[str, str] = {
    "screening": "#6b4fa0",
    "eligible": "#1f5fa8",
    "ineligible": "#8a5a00",
    "randomized": "#0f7280",
    "on_treatment": OK_GREEN,
    "off_study": MUTED,
}

STYLESHEET = f"""
QWidget {{ color: {INK}; }}
QMainWindow, QDialog, #SignInWindow {{ background: {SURFACE}; }}
QLabel#ScreenTitle {{ font-size: 19pt; font-weight: 600; color: {INK}; }}
QLabel#ScreenSubtitle {{ color: {MUTED}; }}
QLabel#SectionTitle {{ font-size: 13pt; font-weight: 600; }}
QLabel#InlineError {{ color: {ERROR_RED}; font-weight: 600; }}
QLabel#InlineOk {{ color: {OK_GREEN}; font-weight: 600; }}
QLabel#Muted {{ color: {MUTED}; }}
QLabel#EmptyState {{ font-size: 15pt; color: {MUTED}; padding: 40px; }}
QLabel#TrainingBanner {{
    background: {TRAINING_ORANGE}; color: white; font-weight: 700;
    padding: 6px 12px; border-radius: 4px;
}}
QLabel#TrainingBadge {{
    background: {TRAINING_ORANGE}; color: white; font-weight: 700;
    padding: 1px 10px; border-radius: 3px;
}}
QLabel#AnchorWarning {{
    background: {ERROR_RED}; color: white; font-weight: 700;
    padding: 1px 10px; border-radius: 3px;
}}
QFrame#Card {{
    background: {CARD}; border: 1px solid {BORDER}; border-radius: 8px;
}}
QFrame#PatientHeader {{
    background: #e8f0fa; border: none; border-bottom: 1px solid {BORDER};
}}
QLabel#HeaderId {{ font-size: 17pt; font-weight: 700; color: {ACCENT_DARK}; }}
QLabel#HeaderName {{ font-size: 12pt; font-weight: 600; }}
QLabel#HeaderEmpty {{ font-size: 12pt; color: {MUTED}; }}
QLabel#HeaderCaption {{ font-size: 8pt; font-weight: 600; color: {MUTED}; }}
QLabel#HeaderValue {{ font-size: 12pt; font-weight: 600; }}
QLabel#HeaderValueWarning {{ font-size: 12pt; font-weight: 600; color: #9a4a00; }}
QFrame#HeaderDivider {{ color: #c3d0e0; background: #c3d0e0; border: none; }}
QListWidget#Sidebar {{
    background: {SIDEBAR}; color: {SIDEBAR_TEXT}; border: none; outline: 0;
    font-size: 12pt; padding-top: 8px;
}}
QListWidget#Sidebar::item {{ padding: 10px 14px; border-left: 4px solid transparent; }}
QListWidget#Sidebar::item:selected {{
    background: #2d3f56; color: white; border-left: 4px solid #6fb1ff;
}}
QListWidget#Sidebar::item:hover:!selected {{ background: #26354a; }}
QPushButton {{
    padding: 6px 16px; border: 1px solid {BORDER}; border-radius: 5px; background: white;
}}
QPushButton:hover {{ background: #eef3f9; }}
QPushButton:focus {{ border: 2px solid {ACCENT}; }}
QPushButton:disabled {{ color: #9aa5b1; background: #eef0f3; }}
QPushButton#Primary {{
    background: {ACCENT}; color: white; border: 1px solid {ACCENT_DARK}; font-weight: 600;
}}
QPushButton#Primary:hover {{ background: {ACCENT_DARK}; }}
QPushButton#Primary:disabled {{ background: #9db6d3; color: #eef3f9; }}
QLineEdit, QComboBox, QPlainTextEdit {{
    padding: 5px 8px; border: 1px solid {BORDER}; border-radius: 5px; background: white;
}}
QLineEdit:focus, QComboBox:focus, QPlainTextEdit:focus {{ border: 2px solid {ACCENT}; }}
QTableView {{
    background: white; border: 1px solid {BORDER}; border-radius: 6px;
    gridline-color: #e6eaf0; selection-background-color: #cfe2fb; selection-color: {INK};
    alternate-background-color: #f7f9fc;
}}
QHeaderView::section {{
    background: #eef2f7; padding: 6px 8px; border: none;
    border-bottom: 1px solid {BORDER}; font-weight: 600;
}}
QLabel#StateCaption {{ font-size: 11pt; font-weight: 700; letter-spacing: 1px; }}
QLabel#StepCaption {{ font-size: 9pt; font-weight: 700; color: {MUTED}; letter-spacing: 1px; }}
QLabel#DoneCaption {{ font-size: 10pt; font-weight: 700; color: {OK_GREEN}; letter-spacing: 1px; }}
QLabel#EnvelopeBig {{ font-size: 24pt; font-weight: 700; color: {ACCENT_DARK}; }}
QLabel#EnvelopeStratum {{ font-size: 13pt; }}
QLabel#StudyIdBig {{ font-size: 32pt; font-weight: 700; color: #0f7280; }}
QLabel#ArmBig {{ font-size: 15pt; font-weight: 600; }}
QLabel#Reminder {{
    background: {WARNING_BG}; border: 1px solid #f0c68a; border-radius: 6px; padding: 10px 12px;
}}
QLabel#IncidentBadge {{
    background: {ERROR_RED}; color: white; font-weight: 700; padding: 2px 10px;
    border-radius: 3px; margin: 0 0 4px 0;
}}
QRadioButton#ArmChoice {{ font-size: 12pt; padding: 3px 0; }}
QStatusBar {{ background: #e9edf2; border-top: 1px solid {BORDER}; }}
QStatusBar QLabel {{ padding: 0 6px; }}
QMenuBar {{ background: {SURFACE}; border-bottom: 1px solid {BORDER}; }}
QToolButton#MenuCorner {{ padding: 3px 12px; border: none; border-radius: 4px; }}
QToolButton#MenuCorner:hover {{ background: #e1e7ef; }}
"""


def light_palette() -> QPalette:
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor(SURFACE))
    palette.setColor(QPalette.ColorRole.WindowText, QColor(INK))
    palette.setColor(QPalette.ColorRole.Base, QColor(CARD))
    palette.setColor(QPalette.ColorRole.AlternateBase, QColor("#f7f9fc"))
    palette.setColor(QPalette.ColorRole.Text, QColor(INK))
    palette.setColor(QPalette.ColorRole.Button, QColor(CARD))
    palette.setColor(QPalette.ColorRole.ButtonText, QColor(INK))
    palette.setColor(QPalette.ColorRole.Highlight, QColor("#cfe2fb"))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor(INK))
    palette.setColor(QPalette.ColorRole.ToolTipBase, QColor("#fffbe6"))
    palette.setColor(QPalette.ColorRole.ToolTipText, QColor(INK))
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor("#8793a1"))
    return palette


@cache
def add_bundled_fonts() -> tuple[str, ...]:
    """The families added to Qt (about 25 ms: both files are read once, at start)."""
    families: list[str] = []
    for name in HANGUL_FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(resource("fonts", name)))
        if font_id < 0:
            raise RuntimeError(f"Qt could not load the font {resource('fonts', name)}")
        families += QFontDatabase.applicationFontFamilies(font_id)
    return tuple(dict.fromkeys(families))


def fonts_drawing(text: str, font: QFont) -> list[tuple[str, bool]]:
    """(family, every glyph found) for each run Qt lays `text` out in with `font`: which fonts
    really draw a Hangul name, and whether any character fell to an empty box."""
    layout = QTextLayout(text, font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    return [(run.rawFont().familyName(), all(g != 0 for g in run.glyphIndexes()))
            for run in layout.glyphRuns()]


def apply_style(app: QApplication, *, fonts: bool = True) -> None:
    """`fonts=False` leaves the Korean font to be added later (add_bundled_fonts): the English
    sign-in window has no Hangul, so it may first paint without waiting for it."""
    if fonts:
        add_bundled_fonts()
    app.setStyle("Fusion")
    app.setPalette(light_palette())
    font = QFont(app.font())
    font.setPointSize(BASE_POINT_SIZE)
    app.setFont(font)
    app.setStyleSheet(STYLESHEET)
