"""No plaintext at rest: a whole demo session through the real application, then every file it
left — the database and its -wal/-shm, the key file, the log, the backup and its key file, and
anything in the process's temporary folder and home — is searched for patient names, record
numbers and passwords, in UTF-8 and UTF-16.

The files a person saves on purpose (order sheet, toxicity summary, catheter log) go to an
exports folder outside the search, and must contain the patient: that shows the names really
went through the session, so their absence everywhere else means something.
"""

from __future__ import annotations

import io
import json
import logging
import os
import sys
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass
from datetime import date, timedelta
from pathlib import Path

import pytest
import shiboken6
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from hai_desktop.core.arms import Arm
from hai_desktop.services import allergies, catheter, labs, orders, randomization
from hai_desktop.services.backup import backup_database
from hai_desktop.services.demo import (
    DEMO_ACCOUNTS,
    DEMO_KDF,
    DEMO_PATIENTS,
    DemoPatient,
    build_demo_database,
)
from hai_desktop.services.patients import PatientSummary, list_patients
from hai_desktop.services.workspace import sign_in
from hai_desktop.settings import Settings
from hai_desktop.store.keyfile import key_slot_path
from hai_desktop.ui.app import SessionFlow, start_gui
from hai_desktop.ui.dialogs.order_preview import OrderPreviewDialog
from hai_desktop.ui.dialogs.register_candidate import RegisterCandidateDialog
from hai_desktop.ui.dialogs.sign_screening import ConfirmEligibilityDialog
from hai_desktop.ui.main_window import SCREENS, MainWindow
from hai_desktop.ui.screens.catheter import CatheterScreen
from hai_desktop.ui.screens.orders import OrdersScreen
from hai_desktop.ui.screens.screening import ScreeningScreen
from hai_desktop.ui.screens.toxicity import ToxicityScreen
from tests.conftest import make_settings
from tests.helpers import all_bytes_of
from tests.ui.conftest import answer_next_dialog, sign_out_and_wait, wait_for_background
from tests.ui.test_screening import fill_everything_eligible

FAMILY, GIVEN, RECORD = "Quillfeather", "Zenobia-Marisol", "QZ-90210-7734"
NEW_PASSWORD = "saffron-lantern-42"
MISTYPED = "coral-trainnig"  # the coordinator's typo at the sign-in window
PASSWORDS = {a.username: a.password for a in DEMO_ACCOUNTS}
# Shorter needles turn up by chance in megabytes of ciphertext (in bytes, in either encoding: a
# two-syllable Hangul given name is 4 bytes of UTF-16); every demo patient still has a written
# name (김지원: 9 bytes of UTF-8, 6 of UTF-16), a Latin given name and a record number longer.
MIN_NEEDLE_UTF8, MIN_NEEDLE_UTF16 = 5, 6


def long_enough(text: str) -> bool:
    return (len(text.encode("utf-8")) >= MIN_NEEDLE_UTF8
            and len(text.encode("utf-16-le")) >= MIN_NEEDLE_UTF16)


def patient_texts(p: DemoPatient) -> set[str]:
    return {p.family_name + p.given_name, p.family_name, p.given_name, p.latin_family_name,
            p.latin_given_name, p.hospital_record_number}


def needles() -> set[str]:
    texts = {FAMILY, GIVEN, RECORD, NEW_PASSWORD, MISTYPED, *PASSWORDS.values()}
    for p in DEMO_PATIENTS:
        texts |= patient_texts(p)
    texts |= {t.upper() for t in texts}
    return {t for t in texts if long_enough(t)}


def find_plaintext(files: dict[str, bytes], texts: Iterable[str]) -> list[tuple[str, str, str]]:
    """(text, encoding, file) for every text found in a file, as UTF-8 or UTF-16-LE."""
    found = []
    for text in sorted(texts):
        for encoding in ("utf-8", "utf-16-le"):
            pattern = text.encode(encoding)
            found += [(text, encoding, name) for name, data in files.items() if pattern in data]
    return found


def test_the_search_finds_a_planted_needle_in_either_encoding(tmp_path: Path) -> None:
    control = tmp_path / "control.bin"
    control.write_bytes(os.urandom(4096) + "Bo-ra".encode("utf-16-le") + os.urandom(64))
    files = {str(p): data for p, data in all_bytes_of(tmp_path).items()}
    assert find_plaintext(files, needles()) == [("Bo-ra", "utf-16-le", str(control))]
    assert all(long_enough(t) for t in needles())
    for p in DEMO_PATIENTS:  # each patient is looked for, by the name in both forms
        assert {p.family_name + p.given_name, p.latin_given_name,
                p.hospital_record_number} <= needles()


# ---- the private places the session may write to ---------------------------------------------

@dataclass(frozen=True)
class Places:
    data: Path  # the database, its key file, logs and backups
    temp: Path  # the process's temporary folder
    home: Path  # HOME and the XDG folders (Qt's and the libraries' caches and settings)
    exports: Path  # files the person chose to save: outside the search

    def searched(self) -> dict[str, bytes]:
        return {str(p): data for folder in (self.data, self.temp, self.home)
                for p, data in all_bytes_of(folder).items()}


@pytest.fixture
def places(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Places:
    found = Places(tmp_path / "data", tmp_path / "temp", tmp_path / "home",
                   tmp_path / "exports")
    for folder in (found.data, found.temp, found.home, found.exports):
        folder.mkdir(mode=0o700)
    monkeypatch.setattr(tempfile, "tempdir", str(found.temp))
    for variable in ("TMPDIR", "TEMP", "TMP"):
        monkeypatch.setenv(variable, str(found.temp))
    monkeypatch.setenv("HOME", str(found.home))
    for variable, sub in (("XDG_CACHE_HOME", "cache"), ("XDG_CONFIG_HOME", "config"),
                          ("XDG_DATA_HOME", "share"), ("XDG_RUNTIME_DIR", "run")):
        (found.home / sub).mkdir(mode=0o700)
        monkeypatch.setenv(variable, str(found.home / sub))
    return found


@pytest.fixture
def own_log(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The application's log goes to this test's folder (it is configured once per process)."""
    root = logging.getLogger()
    earlier = [h for h in root.handlers if getattr(h, "hai_log", False)]
    for handler in earlier:
        root.removeHandler(handler)
    level = root.level
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # start_gui installs its own
    yield
    for handler in [h for h in root.handlers if getattr(h, "hai_log", False)]:
        root.removeHandler(handler)
        handler.close()
    for handler in earlier:
        root.addHandler(handler)
    root.setLevel(level)


# ---- the session ------------------------------------------------------------------------------

def _sign_in_window(qtbot: QtBot, flow: SessionFlow, username: str, password: str) -> None:
    window = flow.sign_in_window
    window.username.setText(username)
    qtbot.keyClicks(window.password, password)
    qtbot.keyClick(window.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.busy, timeout=30_000)  # unlocked on the worker


def _signed_in(qtbot: QtBot, flow: SessionFlow, username: str,
               opened: list[MainWindow]) -> MainWindow:
    _sign_in_window(qtbot, flow, username, PASSWORDS[username])
    main = flow.main_window
    assert main is not None and main.ws.user.username == username
    opened.append(main)  # signing out deletes the window: closed here only if a check failed
    return main


def _visit_every_screen(main: MainWindow, patient: PatientSummary) -> None:
    main.set_current_patient(list_patients(main.ws, patient.screening_number)[0])
    for entry in SCREENS:
        main.show_screen(entry.key)
        assert main.current_screen_key() == entry.key


def _show(main: MainWindow, key: str, patient: PatientSummary) -> QWidget:
    main.set_current_patient(patient)
    main.show_screen(key)
    return main.screens[key]


def _save_to(monkeypatch: pytest.MonkeyPatch, target: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *_a, **_k: (str(target), "PDF (*.pdf)")))


def _pdf_text(path: Path) -> str:
    return "".join(page.extract_text() for page in PdfReader(io.BytesIO(path.read_bytes())).pages)


def _register_and_screen(qtbot: QtBot, main: MainWindow) -> PatientSummary:
    screen = main.screens["screening"]
    assert isinstance(screen, ScreeningScreen)
    main.show_screen("screening")

    def register(dialog: QWidget) -> None:
        assert isinstance(dialog, RegisterCandidateDialog)
        qtbot.keyClicks(dialog.family_name, FAMILY)
        qtbot.keyClicks(dialog.given_name, GIVEN)
        qtbot.keyClicks(dialog.record_number, RECORD)
        dialog.sex.setCurrentIndex(dialog.sex.findData("F"))
        qtbot.keyClicks(dialog.date_of_birth.edit, "1959-08-17")
        qtbot.keyClicks(dialog.consent_date.edit, date.today().isoformat())
        dialog.ok_button.click()

    answer_next_dialog(qtbot, register)
    screen.register_candidate()
    patient = main.current_patient
    assert patient is not None and patient.initials == "ZMQ"
    assert screen.form is not None
    fill_everything_eligible(qtbot, screen.form)
    assert screen.save()

    def confirm(dialog: QWidget) -> None:
        assert isinstance(dialog, ConfirmEligibilityDialog)
        dialog.password.setText(PASSWORDS["coordinator"])
        dialog.ok_button.click()

    answer_next_dialog(qtbot, confirm)
    assert screen.confirm()
    return patient


def _randomize(main: MainWindow, patient: PatientSummary) -> None:
    ws = main.ws
    offer = randomization.next_envelope(ws, patient.id)
    card = randomization.peek_card_for_training(ws, offer.number)
    randomization.randomize(ws, patient.id, envelope_number=offer.number, arm_on_card=card,
                            password=PASSWORDS["coordinator"])


def _order_verified(settings: Settings, db: Path, patient: PatientSummary) -> bool:
    """The investigator writes and signs, the pharmacist verifies; for the HAI arm interventional
    radiology records the catheter. True when the patient is in the HAI arm."""
    inv = sign_in(db, "investigator", PASSWORDS["investigator"], settings)
    pharmacist = sign_in(db, "pharmacist", PASSWORDS["pharmacist"], settings)
    radiologist = sign_in(db, "radiologist", PASSWORDS["radiologist"], settings)
    try:
        today = date.today()
        hai = list_patients(inv, patient.screening_number)[0].arm is Arm.HAI
        if hai:
            catheter.record_catheter_event(radiologist, catheter.CatheterEventInput(
                patient_id=patient.id, kind="implanted", occurred_on=today - timedelta(days=3),
                operator="Dr Tae-hyun Kang", access_route="femoral",
                port_location="right lower abdomen", tip_position="gastroduodenal artery"))
        order_id = orders.create_order(inv, orders.OrderInput(
            patient_id=patient.id, day1=today, targeted_agent="bevacizumab", height="166 cm",
            weight="61 kg", measured_on=today, anc="2.6", platelets="210",
            labs_date=today - timedelta(days=1), creatinine="0.8 mg/dL", neuropathy_grade=0,
            neuropathy_assessed_on=today))
        allergies.record_allergy(inv, allergies.AllergyInput(
            patient.id, "ceftriaxone", "drug", "urticaria", "mild", "patient"))
        orders.sign_order(inv, order_id, PASSWORDS["investigator"])
        orders.verify_order(pharmacist, order_id, PASSWORDS["pharmacist"])
        return hai
    finally:
        for ws in (inv, pharmacist, radiologist):
            ws.sign_out()


def _nurse_session(qtbot: QtBot, main: MainWindow, patient: PatientSummary, hai: bool,
                   places: Places, monkeypatch: pytest.MonkeyPatch) -> list[dict[str, bytes]]:
    """Preview, print and save the order sheet; the toxicity summary; the catheter log; a new
    password. Returns what the temporary folder and the database folder (with the -wal and -shm
    files of the open database) held while the preview was open."""
    seen_in_temp: list[dict[str, bytes]] = []
    patient = list_patients(main.ws, patient.screening_number)[0]  # randomized since
    assert patient.arm is not None
    screen = _show(main, "orders", patient)
    assert isinstance(screen, OrdersScreen) and screen.rows

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, OrderPreviewDialog) and dialog.page_count >= 1
        seen_in_temp.append({str(p): d for folder in (places.temp, places.data)
                             for p, d in all_bytes_of(folder).items()})
        dialog.reject()

    answer_next_dialog(qtbot, look)
    screen.preview_selected()
    wait_for_background(qtbot, main.ws)
    assert seen_in_temp

    printed = places.exports / "printed-order.pdf"

    def file_printer() -> QPrinter:  # the person picks "print to file" in the Qt dialog
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        return printer

    monkeypatch.setattr(screen, "choose_printer", file_printer)
    screen.send_to_printer()
    wait_for_background(qtbot, main.ws)
    assert printed.stat().st_size > 20_000
    saved = places.exports / "order.pdf"
    _save_to(monkeypatch, saved)
    screen.print_selected()
    wait_for_background(qtbot, main.ws)
    assert RECORD in _pdf_text(saved) and FAMILY.upper() in _pdf_text(saved)

    labs.record_lab(main.ws, labs.LabInput(patient_id=patient.id,
                                           term="Alanine aminotransferase increased",
                                           value="88 U/L", taken_on=date.today()))
    toxicity = _show(main, "toxicity", patient)
    assert isinstance(toxicity, ToxicityScreen)
    summary = places.exports / "toxicity.pdf"
    _save_to(monkeypatch, summary)
    toxicity.summary_button.click()
    wait_for_background(qtbot, main.ws)
    assert f"{FAMILY.upper()}, {GIVEN}" in _pdf_text(summary)

    on_catheter = patient if hai else list_patients(main.ws, "S-0006")[0]
    log_screen = _show(main, "catheter", on_catheter)
    assert isinstance(log_screen, CatheterScreen) and log_screen.pdf_button.isEnabled()
    log_pdf = places.exports / "catheter-log.pdf"
    _save_to(monkeypatch, log_pdf)
    log_screen.pdf_button.click()
    wait_for_background(qtbot, main.ws)
    assert on_catheter.name in " ".join(_pdf_text(log_pdf).split())

    main.show_screen("administration")

    def change(dialog: QWidget) -> None:
        dialog.current.setText(PASSWORDS["nurse"])  # type: ignore[attr-defined]
        dialog.new.setText(NEW_PASSWORD)  # type: ignore[attr-defined]
        dialog.repeat.setText(NEW_PASSWORD)  # type: ignore[attr-defined]
        dialog.ok_button.click()  # type: ignore[attr-defined]
        answer_next_dialog(qtbot, lambda box: box.close())

    answer_next_dialog(qtbot, change)
    main.screens["administration"].change_password_button.click()  # type: ignore[attr-defined]
    main.ws.confirm_password(NEW_PASSWORD, purpose="test")
    return seen_in_temp


@pytest.mark.slow
def test_a_whole_session_leaves_no_patient_data_or_password_in_plaintext(
        qtbot: QtBot, places: Places, own_log: None,
        monkeypatch: pytest.MonkeyPatch) -> None:
    settings = make_settings(places.data)
    db = places.data / "hai-demo.db"
    build_demo_database(db, settings).sign_out()  # as `hai-desktop demo` builds it
    slots = json.loads(key_slot_path(db).read_text(encoding="utf-8"))["slots"]
    assert {s["username"] for s in slots} >= {a.username for a in DEMO_ACCOUNTS}
    assert all(s["kdf"] == asdict(DEMO_KDF) for s in slots)  # OWASP's argon2id minimum
    flow = start_gui(settings, db, demo=True)
    qtbot.addWidget(flow.sign_in_window)

    opened: list[MainWindow] = []
    try:
        _sign_in_window(qtbot, flow, "coordinator", MISTYPED)
        assert flow.main_window is None and "wrong" in flow.sign_in_window.message.text()
        coordinator = _signed_in(qtbot, flow, "coordinator", opened)
        patient = _register_and_screen(qtbot, coordinator)
        _randomize(coordinator, patient)
        _visit_every_screen(coordinator, patient)
        sign_out_and_wait(qtbot, coordinator)

        hai = _order_verified(settings, db, patient)
        nurse = _signed_in(qtbot, flow, "nurse", opened)
        seen_in_temp = _nurse_session(qtbot, nurse, patient, hai, places, monkeypatch)
        _visit_every_screen(nurse, patient)
        sign_out_and_wait(qtbot, nurse)
    finally:
        for main in opened:
            if shiboken6.isValid(main) and not main._signed_out:
                ending = main.quit()
                if ending is not None:
                    ending.wait()

    admin = sign_in(db, "admin", PASSWORDS["admin"], settings)
    backup = backup_database(admin, places.data / "backups" / "hai-backup.db")
    admin.sign_out()
    flow.sign_in_window.close()
    logging.getLogger("hai_desktop").info("session over")  # the log is really written to

    files = places.searched()
    for name in ("hai-demo.db", "hai-demo.db.keys", "hai-backup.db", "hai-backup.db.keys",
                 "hai-desktop.log"):
        assert any(Path(f).name == name for f in files), f"{name} was not written"
    assert backup.path.exists()
    for index, snapshot in enumerate(seen_in_temp):
        files.update({f"{name} (while the preview was open #{index})": data
                      for name, data in snapshot.items()})
    assert any(".db-wal (" in name for name in files)  # the open database's log was searched
    assert find_plaintext(files, needles()) == []
