"""Text in the person's language, for core, store, services and reports (none of which import Qt).

Three markers, each of which Qt's lupdate finds (packaging/translations.py passes the aliases),
so every text has one entry in resources/translations/hai_desktop_<language>.ts:

- `QT_TRANSLATE_NOOP("Role", "Infusion nurse")`: a label core or store defines; returns the
  English text unchanged, and the interface shows `QCoreApplication.translate("Role", label)`.
- `msg("Cycle {cycle} is already signed.", cycle=3)`: a message a service raises or returns. It
  is the English sentence (a `str`, so logs, tests and the CLI read it as before) that also
  remembers its template and values, so the interface, or a printed document, can put the
  translated template together with the same values (`message_in`, ui.i18n.message_text).
  Its entries have the empty context.
- `printed("OrderSheet", "Prescriber")`: a text of a printed document, in the language the
  document is being printed in (`printing_in`), which is a setting of its own.

The translations are read here from the `.ts` file itself (XML, the source people edit); the
interface loads the compiled `.qm` through Qt. Clinical terms staff read in English (drug names,
CTCAE terms, units) are never marked, so they stay as they are.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date, datetime, tzinfo
from functools import cache
from typing import Any

from hai_desktop.paths import resource

ENGLISH = "en"
# The languages a document can be printed in (the interface has the same two).
DOCUMENT_LANGUAGES: dict[str, str] = {"en": "English", "ko": "한국어"}
TRANSLATION_STEM = "hai_desktop"
MESSAGE_CONTEXT = ""  # lupdate gives msg() texts the empty context


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    return text


class Message(str):
    """An English message that keeps its template and values (see `msg`)."""

    template: str
    values: Mapping[str, Any]

    def __new__(cls, template: str, values: Mapping[str, Any]) -> Message:
        made = super().__new__(cls, template.format(**values) if values else template)
        made.template = template
        made.values = dict(values)
        return made

    def __reduce__(self) -> tuple[Any, ...]:  # crosses process and thread queues intact
        return (Message, (self.template, self.values))


class Day(str):
    """A day inside a message: '19 Nov 2026' as English text, shown in each language's own
    form when the message is translated (clock.day_text)."""

    day: date

    def __new__(cls, day: date) -> Day:
        made = super().__new__(cls, f"{day:%d %b %Y}")
        made.day = day
        return made

    def __reduce__(self) -> tuple[Any, ...]:
        return (Day, (self.day,))


class DataText(str):
    """A protocol data file's text inside a message: the English, shown as the Korean written
    beside it in the file when the message is translated to Korean (see `data_text`)."""

    korean: str

    def __new__(cls, english: str, korean: str) -> DataText:
        made = super().__new__(cls, english)
        made.korean = korean
        return made

    def __reduce__(self) -> tuple[Any, ...]:
        return (DataText, (str(self), self.korean))


class Label(str):
    """A stored choice inside a message ("epigastric"), shown as its label of `context` (the
    QT_TRANSLATE_NOOP context it is marked with) when the message is translated."""

    context: str

    def __new__(cls, context: str, text: str) -> Label:
        made = super().__new__(cls, text)
        made.context = context
        return made

    def __reduce__(self) -> tuple[Any, ...]:
        return (Label, (self.context, str(self)))


class Moment(str):
    """A stored (UTC) time inside a message, read in the site's zone: '02 Dec 2026 14:05 KST',
    '2026-12-02 14:05 KST' in Korean (clock.stamp)."""

    moment: datetime
    zone: tzinfo

    def __new__(cls, moment: datetime, zone: tzinfo) -> Moment:
        from hai_desktop.core.clock import stamp  # clock imports this module

        made = super().__new__(cls, stamp(moment, zone))
        made.moment, made.zone = moment, zone
        return made

    def __reduce__(self) -> tuple[Any, ...]:
        return (Moment, (self.moment, self.zone))


def msg(template: str, /, **values: Any) -> Message:
    """A message for people: `template` is an English sentence with named `{fields}`."""
    return Message(template, values)


def alternatives(items: Iterable[str]) -> str:
    """'kg, g or lb' — choices in the reader's language (one item: itself)."""
    items = list(items)
    if len(items) < 2:
        return items[0] if items else ""
    return msg("{first} or {last}", first=", ".join(items[:-1]), last=items[-1])


def joined(parts: Iterable[str], separator: str = ", ") -> Message:
    """Parts, some of them messages, as one message whose parts are each translated (its own
    template has no entry in the catalogue, so it stays as it is in every language)."""
    values = {f"part{number}": part for number, part in enumerate(parts)}
    mark = separator.replace("{", "{{").replace("}", "}}")
    return Message(mark.join("{" + name + "}" for name in values), values)


@cache
def catalog(language: str) -> Mapping[tuple[str, str], str]:
    """(context, English source) → translation, from the language's .ts; finished entries
    only. English, or a language without a file, has none."""
    import xml.etree.ElementTree as ET  # here: the sign-in window imports this module

    if language == ENGLISH:
        return {}
    path = resource("translations", f"{TRANSLATION_STEM}_{language}.ts")
    if not path.exists():
        return {}
    found: dict[tuple[str, str], str] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete"):
                continue
            if message.get("numerus") == "yes":
                forms = [form.text or "" for form in translation.iter("numerusform")]
                text = forms[0] if forms else ""
            else:
                text = translation.text or ""
            if text:
                found[(name, message.findtext("source") or "")] = text
    return found


def text_in(language: str, context: str, text: str) -> str:
    """`text` of `context` in `language`; the English where there is no translation."""
    return catalog(language).get((context, text), text)


def message_in(language: str, text: str) -> str:
    """A message in `language`: a Message's translated template filled with its values (those
    that are messages themselves translated too); any other text as it is."""
    if language == ENGLISH:
        return str(text)
    if not isinstance(text, Message):  # a day, label or data text on its own; else plain text
        return str(value_in(language, text))
    return filled(text, text_in(language, MESSAGE_CONTEXT, text.template),
                  lambda value: value_in(language, value))


def filled(message: Message, template: str, value_of: Callable[[Any], Any]) -> str:
    """`template` (the message's, translated) filled with the message's values as `value_of`
    gives them; the English message itself when the translation is damaged."""
    values = {name: value_of(value) for name, value in message.values.items()}
    try:
        return template.format(**values) if message.values else template
    except (KeyError, IndexError, ValueError):  # a damaged translation: the English is right
        return str(message)


def value_in(language: str, value: Any) -> Any:
    """A message's value in `language`: a message, day, label or data text translated."""
    if isinstance(value, Message):
        return message_in(language, value)
    if isinstance(value, Label):
        return text_in(language, value.context, str(value))
    if isinstance(value, DataText):
        return data_text(language, str(value), value.korean)
    if isinstance(value, Day):
        from hai_desktop.core.clock import day_text  # clock imports this module

        return day_text(value.day, language)
    if isinstance(value, Moment):
        from hai_desktop.core.clock import stamp

        return stamp(value.moment, value.zone, language=language)
    return value


# ---- messages kept in the database (an order's notices) --------------------------------------

def message_record(text: str) -> Any:
    """A text for a JSON column: a message as its English text (what the audit trail reads),
    template and values, so it can be shown in another language later; plain text as it is."""
    if isinstance(text, Message):
        return {"text": str(text), "message": text.template,
                "values": {name: message_record(value) if isinstance(value, str) else value
                           for name, value in text.values.items()}}
    if isinstance(text, Day):
        return {"day": text.day.isoformat()}
    if isinstance(text, Label):
        return {"label": str(text), "context": text.context}
    if isinstance(text, DataText):
        return {"data": str(text), "korean": text.korean}
    return str(text)


def message_from_record(record: Any) -> Any:
    """The text `message_record` kept (a record it does not know: its text as it is)."""
    if not isinstance(record, dict):
        return record
    if "message" in record:
        values = {name: message_from_record(value)
                  for name, value in dict(record.get("values", {})).items()}
        return Message(str(record["message"]), values)
    if "day" in record:
        return Day(date.fromisoformat(str(record["day"])))
    if "label" in record:
        return Label(str(record.get("context", "")), str(record["label"]))
    if "data" in record:
        return DataText(str(record["data"]), str(record.get("korean", "")))
    return str(record)


# ---- texts of the protocol data files --------------------------------------------------------

KOREAN = "ko"


def data_text(language: str, english: str, korean: str) -> str:
    """A protocol data file's text in `language`: the Korean written beside the English in the
    file (`text_ko` next to `text`) when the language is Korean and there is one; otherwise the
    English, which remains the text of record (stored, audited, exported)."""
    return korean if language == KOREAN and korean else english


# ---- printed documents ------------------------------------------------------------------------

_document_language: ContextVar[str] = ContextVar("document_language", default=ENGLISH)


def document_language(setting: str) -> str:
    """The `document_language` setting's language: English unless it names another we have."""
    code = setting.strip().lower()
    return code if code in DOCUMENT_LANGUAGES else ENGLISH


@contextmanager
def printing_in(language: str) -> Iterator[None]:
    """Within this block `printed()` and `printed_message()` give `language`'s texts (a
    context variable: each thread that renders a document sets its own)."""
    token = _document_language.set(document_language(language))
    try:
        yield
    finally:
        _document_language.reset(token)


def printing_language() -> str:
    return _document_language.get()


def printed(context: str, text: str) -> str:
    """A document's own text in the language it is being printed in."""
    return text_in(_document_language.get(), context, text)


def printed_label(context: str, label: str) -> str:
    """A label core defines (marked there with QT_TRANSLATE_NOOP) in the document's language."""
    return text_in(_document_language.get(), context, label)


def printed_message(text: str) -> str:
    """A service's message (a `msg`) in the language the document is being printed in."""
    return message_in(_document_language.get(), text)
