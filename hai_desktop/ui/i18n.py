"""The interface in Korean or English, through Qt's own translation machinery.

Every user-visible string in the interface is written in English in the code, marked with
`self.tr("…")` inside a class or `QCoreApplication.translate("Context", "…")` outside one, and
translated in `resources/translations/hai_desktop_<language>.ts` (the source, edited by people
or Qt Linguist), built to the `.qm` file the program loads (`packaging/translations.py`). Values
go in with named fields after the translation: `self.tr("Order {code} saved").format(code=…)`,
so a translation may put them in its own order.

The language is a setting (`language = "ko"` or `"en"`; empty: the computer's locale) and a
choice in the Session menu. Clinical terms staff read in English — drug names, CTCAE terms,
units — stay in English in both languages.
"""

from __future__ import annotations

from datetime import date, datetime, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from hai_desktop.core.clock import day_text, short_day, stamp
from hai_desktop.core.i18n import MESSAGE_CONTEXT, Label, Message, filled, value_in
from hai_desktop.paths import resource

if TYPE_CHECKING:  # the sign-in window imports this module: no store at start-up
    from hai_desktop.core.arms import Arm
    from hai_desktop.core.patient_status import PatientStatus
    from hai_desktop.core.roles import Role
    from hai_desktop.services.patients import PatientSummary

LANGUAGES: dict[str, str] = {"en": "English", "ko": "한국어"}
DEFAULT_LANGUAGE = "en"  # the language the code is written in: needs no translation file
TRANSLATION_STEM = "hai_desktop"

_installed: list[QTranslator] = []


def system_language() -> str:
    """The computer's language when it is one the interface has, else English."""
    name = QLocale.system().name()  # "ko_KR", "en_US" …
    code = name.split("_")[0].lower()
    return code if code in LANGUAGES else DEFAULT_LANGUAGE


def chosen_language(setting: str) -> str:
    """The `language` setting's language; an empty setting follows the computer."""
    code = setting.strip().lower()
    return code if code in LANGUAGES else system_language()


def translation_file(language: str) -> Path:
    return resource("translations", f"{TRANSLATION_STEM}_{language}.qm")


def install_language(language: str) -> str:
    """Load the translations of `language` (ours and Qt's own, for its standard dialogs)
    into the running application, replacing any loaded before; returns the language now in
    use. English needs no file."""
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install_language needs a running QApplication")
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language == DEFAULT_LANGUAGE or language not in LANGUAGES:
        QLocale.setDefault(QLocale("en_US"))
        return DEFAULT_LANGUAGE
    ours = QTranslator(app)
    path = translation_file(language)
    if not ours.load(str(path)):
        raise RuntimeError(f"The translation file {path} cannot be loaded: reinstall the "
                           "application or choose English.")
    app.installTranslator(ours)
    _installed.append(ours)
    qt_own = QTranslator(app)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_own.load(f"qtbase_{language}", qt_folder):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    QLocale.setDefault(QLocale(language))
    return language


def current_language() -> str:
    return (DEFAULT_LANGUAGE if not _installed
            else _installed[0].language().split("_")[0].lower() or DEFAULT_LANGUAGE)


# ---- dates as people here read them -----------------------------------------------------------

def date_text(day: date | None) -> str:
    """17 Sep 1956 in English; 1956-09-17 in Korean (the form Korean charts and forms use)."""
    return day_text(day, current_language())


def date_time_text(moment: datetime) -> str:
    """17 Sep 2026 14:09 / 2026-09-17 14:09, in the zone `moment` is in (convert first)."""
    return f"{date_text(moment)} {moment:%H:%M}"


def short_day_text(day: date) -> str:
    """A day without its year, where the year is plain: 05 Dec / 12-05."""
    return short_day(day, current_language())


def stamp_text(moment: datetime | None, zone: tzinfo, *, with_zone: bool = True) -> str:
    """A stored (UTC) time in the site's zone: 02 Dec 2026 14:05 KST / 2026-12-02 14:05 KST."""
    return stamp(moment, zone, with_zone=with_zone, language=current_language())


def day_time_text(moment: datetime) -> str:
    """01 Dec 14:09 / 12-01 14:09."""
    return f"{short_day_text(moment)} {moment:%H:%M}"


# ---- labels core and store define (marked there with QT_TRANSLATE_NOOP) -----------------------

def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def message_text(text: str) -> str:
    """A service's message (core.i18n.msg) in the interface's language, its values filled in
    (those that are messages themselves translated too); any other text as it is."""
    if not isinstance(text, Message):  # a day, label or data text on its own; else plain text
        return str(_value_text(text))
    return filled(text, translate(MESSAGE_CONTEXT, text.template), _value_text)


def _value_text(value: object) -> object:
    if isinstance(value, Message):
        return message_text(value)
    if isinstance(value, Label):
        return translate(value.context, str(value))
    return value_in(current_language(), value)  # a day or a data file's text


def role_text(role: Role) -> str:
    return translate("Role", role.label)


def arm_text(arm: Arm) -> str:
    return translate("Arm", arm.label)


def arm_short_text(arm: Arm) -> str:
    return translate("Arm", arm.short)


def status_text(status: PatientStatus) -> str:
    return translate("PatientStatus", status.label)


def patient_status_text(patient: PatientSummary) -> str:
    """The study status, and the death where one is recorded."""
    if patient.died_on is None:
        return status_text(patient.status)
    return QCoreApplication.translate("PatientStatus", "{status} · died {date}").format(
        status=status_text(patient.status), date=date_text(patient.died_on))
