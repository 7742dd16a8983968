"""The dose-level table on the Administration screen: an administrator changes HAI oxaliplatin's
levels (a rising list refused first), the table is then not confirmed, an investigator signs it
off (a wrong password first), and a nurse only reads it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from hai_desktop.services.dose_levels import dose_level_table
from hai_desktop.ui.dialogs.dose_level import DoseLevelDialog
from hai_desktop.ui.screens.administration import AdministrationScreen
from hai_desktop.ui.screens.administration_dose_levels import DoseLevelsPanel
from tests.ui.conftest import OpenMain
from tests.ui.test_orders import shot, sign_through_dialog
from tests.ui.test_screening import answer_next_dialog, type_into


def dose_levels_tab(main: object) -> DoseLevelsPanel:
    main.show_screen("administration")  # type: ignore[attr-defined]
    screen = main.screens["administration"]  # type: ignore[attr-defined]
    assert isinstance(screen, AdministrationScreen)
    screen.show_tab(screen.dose_levels)
    return screen.dose_levels


def test_change_then_sign_off(qtbot: QtBot, open_main: OpenMain, tmp_path: Path) -> None:
    admin = open_main("admin")
    panel = dose_levels_tab(admin)
    assert panel.change_button is not None and panel.sign_off_button is None
    assert "Not confirmed" in panel.status.text()
    panel.select_drug("oxaliplatin_hai")
    row = panel.drugs.index("oxaliplatin_hai")
    assert panel.table.item(row, 5).text() == "site to confirm"
    seen: list[str] = []

    def change(dialog: QWidget) -> None:
        assert isinstance(dialog, DoseLevelDialog)
        type_into(qtbot, dialog.level_text, "100, 90, 95")
        dialog.ok_button.click()
        assert dialog.isVisible()
        seen.append(dialog.refusal_text())
        type_into(qtbot, dialog.level_text, "100, 75, 50")
        type_into(qtbot, dialog.source, "Unit HAI SOP v2, table 3")
        dialog.ok_button.click()
        assert dialog.isVisible()
        seen.append(dialog.refusal_text())
        qtbot.keyClicks(dialog.reason, "unit SOP adopted")
        dialog.ok_button.click()

    answer_next_dialog(qtbot, change)
    panel.change_button.click()
    assert "levels must go down" in seen[0]
    assert "reason" in seen[1].lower()
    assert panel.table.item(row, 2).text() == "100 / 75 / 50 mg/m²"
    assert panel.table.item(row, 5).text() == "changed"
    assert panel.table.item(row, 6).text() == "Unit HAI SOP v2, table 3"
    assert dose_level_table(admin.ws).levels["oxaliplatin_hai"].levels == (100, 75, 50)

    investigator = open_main("investigator")
    investigator.resize(1280, 800)
    panel = dose_levels_tab(investigator)
    assert panel.sign_off_button is not None and panel.change_button is not None
    errors = sign_through_dialog(qtbot, panel.sign_off_button, "investigator", wrong_first=True)
    assert errors and "password" in errors[0].lower()
    assert panel.status.text().startswith("✓ Confirmed by")
    assert dose_level_table(investigator.ws).confirmed
    qtbot.wait(10)
    shot(investigator, "administration_dose_levels.png", tmp_path)


def test_nurse_reads_the_table(open_main: OpenMain) -> None:
    panel = dose_levels_tab(open_main("nurse"))
    assert panel.change_button is None and panel.sign_off_button is None
    assert panel.table.rowCount() == len(panel.drugs) == 7
    assert "Not confirmed" in panel.status.text()
