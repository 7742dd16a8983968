"""The windows on the shared server: the sign-in window names the server, a nurse signs in with
the keyboard through the real flow, the status bar and Administration say where the data are
(a real PostgreSQL server over TLS)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from hai_desktop.settings import Settings
from hai_desktop.store.server import ServerAddress
from hai_desktop.ui.models.users import UserColumn
from hai_desktop.ui.screens.administration import AdministrationScreen
from tests.server import run_sql
from tests.ui.test_orders import shot
from tests.ui.test_sign_in import start_flow, type_credentials


def test_a_nurse_signs_in_to_the_server_with_the_keyboard(
        qtbot: QtBot, server_demo: Settings, tmp_path: Path) -> None:
    flow = start_flow(qtbot, server_demo, tmp_path / "no-file-here.db")
    window = flow.sign_in_window
    address = ServerAddress.from_settings(server_demo)
    assert window.path_label.text() == address.label
    assert window.sign_in_button.isEnabled()  # no file is needed on this workstation
    shot(window, "server-sign-in.png", tmp_path)
    type_credentials(qtbot, window, "nurse", "wrong-password")
    assert "User name or password is wrong" in window.message.text()
    assert window.password.text() == "" and window.username.text() == "nurse"
    window.username.clear()
    type_credentials(qtbot, window, "nurse", "navy-training")
    main = flow.main_window
    assert main is not None
    qtbot.addWidget(main)
    assert main.encryption_status.text() == "Server over TLS"
    assert f"{address.database} (server)" in main.db_status.text()
    assert address.database in main.windowTitle()
    assert main.training_status.isVisible()


def test_administration_on_the_server_explains_backups_and_recovery(
        qtbot: QtBot, server_demo: Settings, tmp_path: Path) -> None:
    # An account moved from a file that has no password on the server yet.
    run_sql(ServerAddress.from_settings(server_demo),
            "UPDATE users SET password_hash = NULL WHERE username = 'pharmacist'")
    flow = start_flow(qtbot, server_demo, tmp_path / "no-file-here.db")
    type_credentials(qtbot, flow.sign_in_window, "admin", "amber-training")
    main = flow.main_window
    assert main is not None
    qtbot.addWidget(main)
    main.show_screen("administration")
    screen = main.screens["administration"]
    assert isinstance(screen, AdministrationScreen)
    texts = " ".join(label.text() for label in screen.findChildren(QLabel))
    assert "Shared server" in texts and "pg_dump" in texts and "TLSv1." in texts
    assert screen.recovery_button is None and screen.backup_button is None
    model = screen.users_model
    assert model is not None
    row = model.usernames().index("pharmacist")
    assert model.cell(model.user_at(row), UserColumn.PASSWORD) == ("None yet — give a "
                                                                    "temporary one")
    main.resize(1280, 860)
    shot(main, "server-administration.png", tmp_path)
