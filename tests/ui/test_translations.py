"""The interface in Korean and English (issue #17): the Korean .ts has every string the code
marks and a translation for each, keeping every {placeholder} and &mnemonic; the committed .qm
is what the .ts builds; a string shown in a widget without being marked fails; the language
setting and the Session menu switch the running application; screens rendered in Korean show
no English beyond the terms staff read in English."""

from __future__ import annotations

import ast
import re
import shutil
import sys
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenuBar,
    QTableView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from hai_desktop.core.errors import HaiError
from hai_desktop.services.patients import list_patients
from hai_desktop.services.workspace import sign_in
from hai_desktop.settings import Settings, load_settings, save_setting
from hai_desktop.ui.app import SessionFlow
from hai_desktop.ui.i18n import chosen_language, current_language, install_language
from hai_desktop.ui.main_window import SCREENS, MainWindow
from hai_desktop.ui.sign_in import SignInWindow
from tests.ui.conftest import OpenMain, patients_screen, sign_out_and_wait, wait_for_background

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))
import translations  # noqa: E402  (packaging/translations.py: the PySide6 tools' wrapper)

UI = ROOT / "hai_desktop" / "ui"
# Calls whose string argument a person reads: a literal there must be marked for translation.
TEXT_CALLS = {"setText", "setWindowTitle", "setToolTip", "setPlaceholderText", "setStatusTip",
              "addItem", "addItems", "addTab", "setTabText", "addMenu", "setTitle", "show_ok",
              "show_error", "show_warning", "setHorizontalHeaderLabels", "QTableWidgetItem",
              "question", "warning", "information", "critical", "setInformativeText",
              "setLabelText", "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox",
              "QAction", "QMenu", "QMessageBox", "label", "primary_button", "screen_title",
              "subtitle", "section_title", "add_row", "add_field", "HeaderField",
              "QListWidgetItem", "__init__", "setSuffix", "setPrefix", "setSpecialValueText"}
# Keyword arguments that name things rather than show them.
NOT_SHOWN_KEYWORDS = {"objectName", "object_name", "name", "field", "key"}
# Helpers whose later arguments are style names (label(text, "Muted")): only the first shows.
FIRST_ARGUMENT_ONLY = {"label", "screen_title", "subtitle", "section_title", "primary_button"}
# Calls whose first argument names the field (ValidationError.field), the rest may show.
NAME_FIRST = {"add_field"}
LOGGERS = {"log", "logging", "logger"}
# Every module of the interface is checked: a new module, or a new string in one, fails until
# it is marked. (The self-test's own report is English, like `--version`.)
NOT_YET_TRANSLATED = {"self_test.py"}
# What may stay in Latin letters on a Korean screen: terms staff read in English (drugs, CTCAE,
# units, the trial's names), identifiers, and the demo's data (names in Latin letters, initials).
ENGLISH_TERMS = re.compile(
    r"^(HAI|FOLFIRI|oxaliplatin|SQLCipher|TLS|NCT\d+|hai-desktop|CTCAE|v\d[\d.]*|UTC|KST|"
    r"Ctrl|Enter|Tab|[A-Z]{1,4}|[A-Z]+-\d+|TR-\d+|[MF]|[A-Z][a-z]+-[a-z]+|NAM|db|demo|hai|TRAINING)$")
KO = "ko"


def entries() -> translations.Entries:
    return translations.entries(translations.ts_file(KO))


# ---- the files ---------------------------------------------------------------------------------

def test_the_ts_has_every_string_the_code_marks(tmp_path: Path) -> None:
    copy = tmp_path / "copy.ts"
    shutil.copy(translations.ts_file(KO), copy)
    translations.update(KO, target=copy)
    assert translations.entries(copy) == entries(), (
        "the code marks strings the .ts lacks (or no longer has some): run "
        "`.venv/bin/python packaging/translations.py update` and translate the new entries")


def test_every_korean_entry_is_finished() -> None:
    unfinished = [(context, source) for context, messages in entries().items()
                  for source, text in messages.items() if not text.strip()]
    assert unfinished == []
    assert sum(len(m) for m in entries().values()) >= 100


def test_translations_keep_every_placeholder_and_mnemonic() -> None:
    for context, messages in entries().items():
        for source, text in messages.items():
            # The same fields; a field's format may differ (a date: %d %b %Y / %Y-%m-%d).
            assert sorted(re.findall(r"\{(\w*)[:!}]", source)) == sorted(
                re.findall(r"\{(\w*)[:!}]", text)), (context, source, text)
            if re.search(r"&\w", source):
                assert re.search(r"&\w", text), f"{context}: {text!r} lost its mnemonic"


def test_the_committed_qm_is_built_from_the_ts() -> None:
    assert translations.built_qm(KO) == translations.qm_file(KO).read_bytes(), (
        "run `.venv/bin/python packaging/translations.py release`")


# ---- the code ------------------------------------------------------------------------------

def _shown_text(node: ast.expr) -> bool:
    """Words in literal text (plain, f-string, or in a list of them); values put together
    with signs ("{name} · {id}") are not words to translate."""
    if isinstance(node, ast.List | ast.Tuple):
        return any(_shown_text(e) for e in node.elts)
    parts = node.values if isinstance(node, ast.JoinedStr) else [node]
    return any(isinstance(part, ast.Constant) and isinstance(part.value, str)
               and bool(re.search(r"[A-Za-z]{2}", part.value)) for part in parts)


def unmarked_strings(path: Path) -> list[str]:
    """Literal text given straight to a call that shows it (any of its arguments)."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(
            node.func, "id", "")
        owner = getattr(getattr(node.func, "value", None), "id", "")
        if name not in TEXT_CALLS or owner in LOGGERS:
            continue
        shown_args = node.args[1:] if name in NAME_FIRST else node.args
        arguments = node.args[:1] if name in FIRST_ARGUMENT_ONLY else [
            *shown_args, *(k.value for k in node.keywords if k.arg not in NOT_SHOWN_KEYWORDS)]
        found += [f"{path.relative_to(ROOT)}:{node.lineno}: {ast.unparse(a)[:60]}"
                  for a in arguments if _shown_text(a)]
    return found


def checked_modules() -> list[Path]:
    return [p for p in sorted(UI.rglob("*.py")) if "__pycache__" not in p.parts
            and p.relative_to(UI).as_posix() not in NOT_YET_TRANSLATED]


def test_no_string_is_shown_without_being_marked_for_translation() -> None:
    modules = checked_modules()
    assert {"sign_in.py", "main_window.py", "lock_screen.py", "screens/patients.py",
            "widgets/patient_header.py"} <= {p.relative_to(UI).as_posix() for p in modules}
    problems = [line for path in modules for line in unmarked_strings(path)]
    assert problems == [], "\n".join(problems)


def test_the_check_finds_an_unmarked_string(tmp_path: Path) -> None:
    sample = ROOT / "tests" / "ui" / "_unmarked_sample.py"
    sample.write_text('label.setText("Order saved")\nbutton = QPushButton(f"Open {x}")\n'
                      'ok.setText(self.tr("Order saved"))\nw.setObjectName("Primary")\n'
                      'super().__init__("Register", self.tr("Intro"), parent)\n'
                      'table.setHorizontalHeaderLabels(["Drug", self.tr("Dose")])\n'
                      'QLabel("", objectName="Muted")\nQLabel(f"{a} · {b}")\n',
                      encoding="utf-8")
    try:
        assert [line.split(": ", 1)[1] for line in unmarked_strings(sample)] == [
            "'Order saved'", "f'Open {x}'", "'Register'", "['Drug', self.tr('Dose')]"]
    finally:
        sample.unlink()


# ---- the language, chosen --------------------------------------------------------------------

@pytest.fixture
def korean() -> Iterator[None]:
    install_language(KO)
    yield
    install_language("en")


def test_the_setting_chooses_the_language(tmp_path: Path) -> None:
    assert chosen_language("ko") == "ko" and chosen_language(" EN ") == "en"
    assert chosen_language("") in ("en", "ko")  # the computer's, when it is one we have
    config = tmp_path / "settings.toml"
    config.write_text('time_zone = "Asia/Seoul"\n\n[kdf]\ntime_cost = 3\n', encoding="utf-8")
    save_setting("language", "ko", config)
    assert load_settings(config).language == "ko" and load_settings(config).kdf.time_cost == 3
    save_setting("language", "en", config)
    assert config.read_text(encoding="utf-8").count("language") == 1
    assert load_settings(config).language == "en"
    with pytest.raises(HaiError, match="'language'"):
        save_setting("language", "fr", config)
    assert load_settings(config).language == "en", "a refused value is not left behind"


def visible_texts(root: QWidget) -> list[str]:
    """What a person can read on the window: labels, buttons, fields' hints, list items, table
    headings and cells, menu titles."""
    texts: list[str] = [root.windowTitle()]
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root):
            continue
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        if isinstance(widget, QListWidget):
            texts += [widget.item(i).text() for i in range(widget.count())]
        if isinstance(widget, QMenuBar):
            texts += [a.text() for a in widget.actions()]
        if isinstance(widget, QTableView):
            model = widget.model()
            texts += [str(model.headerData(c, _horizontal())) for c in range(model.columnCount())]
            texts += [str(model.index(r, c).data()) for r in range(model.rowCount())
                      for c in range(model.columnCount())]
    return [t for t in texts if t]


def _horizontal() -> object:
    from PySide6.QtCore import Qt
    return Qt.Orientation.Horizontal


def english_words(texts: list[str], data: tuple[str, ...] = ()) -> list[str]:
    """Words in Latin letters that are neither a term kept in English nor part of the data
    shown (a file path, a person's name as typed)."""
    words: set[str] = set()
    for text in texts:
        text = re.sub(r"<[^>]+>", " ", text)
        for value in data:
            text = text.replace(value, " ")
        words |= set(re.findall(r"[A-Za-z][A-Za-z0-9.\-]*[A-Za-z0-9]|[A-Za-z]", text))
    return sorted(w for w in words if not ENGLISH_TERMS.match(w))


def test_the_sign_in_window_in_korean(qtbot: QtBot, korean: None, demo_db: Path,
                                      settings: Settings, tmp_path: Path) -> None:
    window = SignInWindow(settings, demo_db)
    qtbot.addWidget(window)
    window.show()
    assert current_language() == KO
    assert window.sign_in_button.text() == "로그인"
    assert english_words(visible_texts(window), data=(str(demo_db),)) == []
    window.grab().save(str(tmp_path / "sign-in-ko.png"))


def test_the_main_window_and_lock_screen_in_korean(qtbot: QtBot, korean: None,
                                                   open_main: OpenMain, tmp_path: Path) -> None:
    main = open_main("nurse")
    main.resize(1366, 768)
    assert main.sidebar.item(0).text() == "오늘 (2)" and main.sidebar.item(1).text() == "환자"
    assert "주사실 간호사" in main.user_status.text()
    texts = visible_texts(main)
    assert "선택된 환자 없음 — 환자 화면(Ctrl+2)에서 선택하십시오." in texts
    assert "오늘 할 일이 없습니다." not in texts and "2건 · 2건 지연" in texts  # Today first
    data = (main.ws.user.full_name, main.ws.db.name)
    assert english_words(texts, data) == []
    main.grab().save(str(tmp_path / "today-ko.png"))
    main.show_screen("patients")
    wait_for_background(qtbot, main.ws)  # the list, asked for when the screen is first shown
    texts = visible_texts(main)
    assert "치료 중" in texts and "실험군 (HAI)" in texts  # statuses and arms in the list
    assert english_words(texts, data) == []
    main.grab().save(str(tmp_path / "patients-ko.png"))
    main.lock("manual")
    assert english_words(visible_texts(main.lock_screen), data) == []


@cache
def untranslated_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """A pattern for each marked English text (interface string, service message, label) that
    has a Korean translation of its own: found on a Korean screen, it means the translation was
    not applied. Fields match anything; texts with fewer than two words that the Korean does
    not keep are left out (the same word may be data: a drug, a CTCAE term, a value as typed).
    Each comes with its longest fixed part, a cheap test before the pattern is tried."""
    sources: set[str] = set()
    for messages in entries().values():
        for source, text in messages.items():
            plain = re.sub(r"<[^>]+>|&(?=\w)", "", source).strip()
            # Words the translation keeps (a CTCAE term, "HAI") prove nothing.
            words = [w for w in re.findall(r"[A-Za-z]{2,}", re.sub(r"\{[^}]*\}", "", plain))
                     if w not in text]
            if text and text != source and len(words) >= 2:
                sources.add(plain)
    patterns = []
    for plain in sorted(sources, key=len, reverse=True):
        pieces = [p for p in re.split(r"(\{\w*(?:[:!][^}]*)?\})|\s+", plain) if p]
        fixed = max(re.split(r"\{[^}]*\}", plain), key=len).strip()
        pattern = r"\s*".join(".{1,60}?" if p.startswith("{") else _literal(p) for p in pieces)
        patterns.append((fixed, re.compile(pattern)))
    return tuple(patterns)


def _literal(piece: str) -> str:
    """A fixed part of a text, whole words only ("on" is not the start of "only")."""
    start = r"\b" if re.match(r"\w", piece) else ""
    end = r"\b" if re.search(r"\w$", piece) else ""
    return f"{start}{re.escape(piece)}{end}"


def untranslated(texts: list[str],
                 patterns: tuple[tuple[str, re.Pattern[str]], ...]) -> list[str]:
    found = []
    for text in texts:
        plain = re.sub(r"<[^>]+>", " ", text)
        squeezed = " ".join(plain.split())
        for fixed, pattern in patterns:
            if " ".join(fixed.split()) in squeezed and (match := pattern.search(plain)):
                found.append(f"{match.group(0)!r} in {plain[:120]!r}")
                break
    return found


def recorded_texts(main: MainWindow) -> set[str]:
    """Texts shown as people typed or the record stores them, not the interface's: the current
    patient's allergies as entered, and the audit trail's actions, reasons and changes (the
    record of what was stored, kept in English)."""
    from hai_desktop.services.allergies import allergy_status_of
    from hai_desktop.ui.models.audit import AuditColumn, AuditTableModel, audit_cell

    found: set[str] = set()
    if main.current_patient is not None:
        for entry in allergy_status_of(main.ws, main.current_patient.id).entries:
            found |= {entry.allergen, entry.reaction or ""}
    for view in main.findChildren(QTableView):
        model = view.model()
        if isinstance(model, AuditTableModel):
            found |= {audit_cell(row, column) for row in model.loaded_rows()
                      for column in (AuditColumn.ACTION, AuditColumn.REASON, AuditColumn.CHANGES)}
    return {text for text in found if text}


def without_records(texts: list[str], records: set[str]) -> list[str]:
    kept = []
    for text in texts:
        for record in sorted(records, key=len, reverse=True):
            text = text.replace(record, " ")
        kept.append(text)
    return kept


def test_the_check_finds_an_untranslated_text() -> None:
    pattern = untranslated_patterns()
    assert untranslated(["Signed in: Min-ji Park — Administrator"], pattern)
    assert untranslated(["<b>Order saved</b> for cycle 3"], pattern) or \
        untranslated(["No patient selected — choose one on the Patients screen (Ctrl+2)."],
                     pattern)
    assert untranslated(["환자", "oxaliplatin 100 mg/m²", "HAI-003 · 남재원"], pattern) == []


@pytest.mark.parametrize("username", ["admin", "investigator", "nurse", "pharmacist", "radiologist",
                                      "coordinator", "monitor"])
def test_every_screen_in_korean(qtbot: QtBot, korean: None, open_main: OpenMain,
                                tmp_path: Path, username: str) -> None:
    """Each screen the user has, for a patient with orders, toxicities and a catheter, shows no
    English text that has a Korean translation (Korean screenshots saved beside)."""
    pattern = untranslated_patterns()
    main = open_main(username)
    main.resize(1366, 768)
    patients_screen(main).select_row(5)  # type: ignore[attr-defined]
    assert main.current_patient is not None
    problems = []
    for entry in SCREENS:
        if entry.key not in main.screens:
            continue
        main.show_screen(entry.key)
        qtbot.wait(50)
        main.grab().save(str(tmp_path / f"{username}-{entry.key}-ko.png"))
        texts = without_records(visible_texts(main), recorded_texts(main))
        problems += [f"{entry.key}: {p}" for p in untranslated(texts, pattern)]
    assert problems == [], "\n".join(problems)


def korean_dialogs(main: MainWindow) -> list[QWidget]:
    """The dialogs a nurse, investigator or coordinator opens most, for the current patient."""
    from hai_desktop.services import catheter
    from hai_desktop.ui.dialogs.add_user import AddUserDialog
    from hai_desktop.ui.dialogs.adverse_event import AdverseEventDialog
    from hai_desktop.ui.dialogs.allergy_entry import AllergyEntryDialog
    from hai_desktop.ui.dialogs.catheter_event import CatheterEventDialog
    from hai_desktop.ui.dialogs.catheter_inspection import InspectionDialog
    from hai_desktop.ui.dialogs.export_trial_data import ExportTrialDataDialog
    from hai_desktop.ui.dialogs.hai_pain import HaiPainDialog
    from hai_desktop.ui.dialogs.lab_result import LabResultDialog
    from hai_desktop.ui.dialogs.order_new import NewOrderDialog
    from hai_desktop.ui.dialogs.register_candidate import RegisterCandidateDialog

    ws, patient = main.ws, main.current_patient
    assert patient is not None
    record = catheter.catheter_record(ws, patient.id)
    return [NewOrderDialog(ws, patient, main), AdverseEventDialog(ws, patient, main),
            LabResultDialog(ws, patient, main), AllergyEntryDialog(ws, patient, main),
            InspectionDialog(ws, patient, record, main),
            CatheterEventDialog(ws, patient, record, main), HaiPainDialog(ws, patient, main),
            RegisterCandidateDialog(ws, main), ExportTrialDataDialog(ws, main),
            AddUserDialog(ws, main)]


def test_the_dialogs_in_korean(qtbot: QtBot, korean: None, open_main: OpenMain,
                               tmp_path: Path) -> None:
    """The everyday dialogs, opened in Korean for a patient with orders, toxicities and a
    catheter, show no English text that has a Korean translation (screenshots beside)."""
    pattern = untranslated_patterns()
    main = open_main("admin")
    patients_screen(main).select_row(5)  # type: ignore[attr-defined]
    problems = []
    for dialog in korean_dialogs(main):
        dialog.show()
        qtbot.wait(20)
        name = type(dialog).__name__
        dialog.grab().save(str(tmp_path / f"{name}-ko.png"))
        texts = without_records(visible_texts(dialog), recorded_texts(main))
        problems += [f"{name}: {p}" for p in untranslated(texts, pattern)]
        assert dialog.windowTitle() and not untranslated([dialog.windowTitle()], pattern)
        dialog.close()
    assert problems == [], "\n".join(problems)


def test_the_session_menu_switches_the_running_application(
        qtbot: QtBot, demo_db: Path, settings: Settings, tmp_path: Path) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    config = tmp_path / "settings.toml"
    flow = SessionFlow(settings, demo_db, app, config_path=config)
    try:
        flow.open_workspace(sign_in(demo_db, "nurse", "navy-training", settings))
        # The backup at sign-in runs on the worker first, then the window opens.
        qtbot.waitUntil(lambda: flow.main_window is not None, timeout=30_000)
        main = flow.main_window
        assert main is not None and main.sidebar.item(1).text() == "Patients"
        patient = patients_screen(main)
        patient.select_row(2)  # type: ignore[attr-defined]
        main.show_screen("toxicity")
        chosen = main.current_patient
        main.language_actions[KO].trigger()
        korean = flow.main_window
        assert korean is not None and korean is not main
        assert korean.sidebar.item(1).text() == "환자" and current_language() == KO
        assert korean.current_patient == chosen and korean.current_screen_key() == "toxicity"
        assert korean.ws is main.ws and len(list_patients(korean.ws)) == 10, "still signed in"
        assert load_settings(config).language == KO
        assert flow.sign_in_window.sign_in_button.text() == "로그인"
        korean.language_actions["en"].trigger()
        assert flow.main_window is not None
        assert flow.main_window.sidebar.item(1).text() == "Patients"
        assert load_settings(config).language == "en"
    finally:
        install_language("en")
        if flow.main_window is not None:
            sign_out_and_wait(qtbot, flow.main_window)
        flow.sign_in_window.close()
