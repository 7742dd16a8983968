"""Administration → Export trial data…, driven offscreen on a demo copy: who sees it, every
refusal shown in the dialog (nothing written), a pseudonymised export read back, and an
identified one confirmed with the password in a second dialog (a wrong one refused)."""

from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path

import pyzipper
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from hai_desktop.services.demo import DEMO_PATIENTS
from hai_desktop.ui.dialogs.export_trial_data import (
    ConfirmIdentifiedDialog,
    ExportTrialDataDialog,
    default_name,
)
from hai_desktop.ui.screens.administration import AdministrationScreen
from tests.ui.conftest import PASSWORDS, OpenMain, fill_through_dialog
from tests.ui.test_catheter import answer_next_dialog, small_shot
from tests.ui.test_orders import SHOTS
from tests.ui.test_screenshots import save_and_check

ARCHIVE = "stat-archive-2026!"


def admin_screen(main: object) -> AdministrationScreen:
    main.show_screen("administration")  # type: ignore[attr-defined]
    screen = main.screens["administration"]  # type: ignore[attr-defined]
    assert isinstance(screen, AdministrationScreen)
    tabs = [screen.admin_tabs.tabText(i) for i in range(screen.admin_tabs.count())]
    if "Data export" in tabs:
        screen.admin_tabs.setCurrentIndex(tabs.index("Data export"))
    return screen


def through_dialog(qtbot: QtBot, screen: AdministrationScreen,
                   fill: Callable[[ExportTrialDataDialog], None]) -> None:
    assert screen.export_button is not None
    fill_through_dialog(qtbot, ExportTrialDataDialog, screen.export_button, fill)


def fill_form(qtbot: QtBot, dialog: ExportTrialDataDialog, folder: Path, *, reason: str,
              password: str, repeat: str | None = None) -> None:
    dialog.folder.setText(str(folder))
    dialog.reason.setText("")
    qtbot.keyClicks(dialog.reason, reason)
    dialog.archive_password.setText(password)
    dialog.archive_repeat.setText(password if repeat is None else repeat)


def test_only_administrators_and_coordinators_see_the_export(open_main: OpenMain) -> None:
    for username, shown in (("coordinator", True), ("admin", True), ("investigator", False),
                            ("nurse", False), ("monitor", False)):
        screen = admin_screen(open_main(username))
        tabs = [screen.admin_tabs.tabText(i) for i in range(screen.admin_tabs.count())]
        assert ("Data export" in tabs) is shown, username
        assert (screen.export_button is not None and screen.export_button.isVisible()) is shown


def test_refusals_stay_in_the_dialog_then_the_export_is_written(
        qtbot: QtBot, open_main: OpenMain, tmp_path: Path) -> None:
    main = open_main("coordinator")
    main.resize(1280, 800)
    screen = admin_screen(main)
    folder = tmp_path / "exports"
    folder.mkdir()
    (folder / "taken").mkdir()
    errors: list[str] = []

    def fill(dialog: ExportTrialDataDialog) -> None:
        assert dialog.name.text() == default_name()
        assert not dialog.warning.isVisible()
        attempts = [({"reason": "", "password": ARCHIVE}, dialog.reason),
                    ({"reason": "interim analysis", "password": ARCHIVE,
                      "repeat": ARCHIVE + "x"}, dialog.archive_password),
                    ({"reason": "interim analysis", "password": "too-short"},
                     dialog.archive_password)]
        for values, focused in attempts:
            fill_form(qtbot, dialog, folder, **values)  # type: ignore[arg-type]
            dialog.ok_button.click()
            qtbot.waitUntil(lambda: not dialog.busy)
            assert dialog.isVisible()
            errors.append(dialog.refusal_text())
            assert dialog.focusWidget() is focused
            assert dialog.archive_password.text() == dialog.archive_repeat.text() == ""
        dialog.name.setText("taken")
        fill_form(qtbot, dialog, folder, reason="interim analysis", password=ARCHIVE)
        dialog.ok_button.click()
        qtbot.waitUntil(lambda: not dialog.busy)
        errors.append(dialog.refusal_text())
        assert dialog.reason.text() == "interim analysis", "what was typed is kept"
        dialog.name.setText("dsmb-2026")
        fill_form(qtbot, dialog, folder, reason="interim analysis", password=ARCHIVE)
        assert dialog.target_line.text().startswith("Writes dsmb-2026/ and dsmb-2026.zip")
        small_shot(dialog, "export-dialog.png", tmp_path)
        dialog.ok_button.click()
        assert not dialog.isEnabled()  # written on the worker; the dialog waits for it
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=30_000)

    through_dialog(qtbot, screen, fill)
    assert "reason for the export" in errors[0]
    assert "differ" in errors[1]
    assert "at least 12 characters" in errors[2]
    assert "already exists" in errors[3]
    assert sorted(p.name for p in folder.iterdir()) == ["dsmb-2026", "dsmb-2026.zip", "taken"]
    assert list((folder / "taken").iterdir()) == []
    assert screen.export_note is not None
    assert "pseudonymised" in screen.export_note.text()
    assert "dsmb-2026.zip" in screen.export_note.text()
    assert str(folder / "dsmb-2026") in screen.export_note.text()
    with pyzipper.AESZipFile(folder / "dsmb-2026.zip") as archive:
        archive.setpassword(ARCHIVE.encode())
        summary = archive.read("dsmb-2026/patient_summary.csv").decode("utf-8")
    rows = list(csv.DictReader(summary.splitlines()))
    assert [(r["study_id"], r["liver_resection"]) for r in rows] == [
        ("HAI-001", "not yet"), ("HAI-002", "not yet"), ("HAI-003", "not yet"),
        ("HAI-004", "yes"), ("HAI-005", "no"), ("HAI-006", "no"), ("HAI-007", "no")]
    assert not any(p.family_name in summary or p.hospital_record_number in summary
                   for p in DEMO_PATIENTS)
    SHOTS.mkdir(parents=True, exist_ok=True)
    qtbot.wait(20)  # the card lays out the note's second line
    main.grab().save(str(SHOTS / "export-administration.png"))


def test_an_identified_export_is_confirmed_with_the_password(
        qtbot: QtBot, open_main: OpenMain, tmp_path: Path) -> None:
    main = open_main("admin")
    screen = admin_screen(main)
    SHOTS.mkdir(parents=True, exist_ok=True)
    folder = tmp_path / "exports"
    folder.mkdir()
    seen: dict[str, object] = {}

    def confirm_with(password: str) -> None:
        def fill(dialog: QWidget) -> None:
            assert isinstance(dialog, ConfirmIdentifiedDialog)
            if "shot" not in seen:  # a three-line dialog: smaller than small_shot's minimum
                save_and_check(dialog, tmp_path / "confirm.png", (400, 120))
                dialog.grab().save(str(SHOTS / "export-confirm-identified.png"))
                seen["shot"] = True
            qtbot.keyClicks(dialog.password, password)
            dialog.ok_button.click()

        answer_next_dialog(qtbot, fill)

    def fill(dialog: ExportTrialDataDialog) -> None:
        dialog.identified.setChecked(True)
        assert dialog.warning.isVisible()
        assert dialog.ok_button.text() == "Export identified data"
        dialog.name.setText("identified")
        fill_form(qtbot, dialog, folder, reason="source data verification", password=ARCHIVE)
        qtbot.wait(50)  # the button box lays out the longer button text
        small_shot(dialog, "export-dialog-identified.png", tmp_path)
        confirm_with("not-the-password")
        dialog.ok_button.click()
        qtbot.waitUntil(lambda: not dialog.busy)
        seen["wrong"] = dialog.refusal_text()
        assert dialog.isVisible() and list(folder.iterdir()) == []
        fill_form(qtbot, dialog, folder, reason="source data verification", password=ARCHIVE)
        confirm_with(PASSWORDS["admin"])
        dialog.ok_button.click()
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=30_000)

    through_dialog(qtbot, screen, fill)
    assert "password is wrong" in str(seen["wrong"])
    # Issue #18: identified data is written only inside the encrypted archive.
    assert sorted(p.name for p in folder.iterdir()) == ["identified.zip"]
    with pyzipper.AESZipFile(folder / "identified.zip") as archive:
        archive.setpassword(ARCHIVE.encode())
        screening = archive.read("identified/screening.csv").decode("utf-8")
    assert all(p.hospital_record_number in screening and p.family_name in screening
               for p in DEMO_PATIENTS)
    assert screen.export_note is not None and "IDENTIFIED" in screen.export_note.text()
    main.resize(1280, 800)
    qtbot.wait(20)
    main.grab().save(str(SHOTS / "export-administration-admin.png"))
