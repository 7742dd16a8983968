"""The base form's one submit-and-error path, on real dialogs: the message line keeps its height
(nothing moves under the pointer), a field's line empties once the field is answered and goes
on the next submit, a wrong password is shown at the password; texts from people and services
are shown as text (never as escaped entities); a unit typed by the user is the unit shown."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtGui import QTextDocument
from pytestqt.qtbot import QtBot

from hai_desktop.core.errors import HaiError, ValidationError
from hai_desktop.services.patients import list_patients
from hai_desktop.services.workspace import sign_in
from hai_desktop.settings import Settings
from hai_desktop.ui.dialogs.lab_result import LabResultDialog
from hai_desktop.ui.dialogs.order_sign import OrderSignDialog
from hai_desktop.ui.dialogs.register_candidate import RegisterCandidateDialog
from hai_desktop.ui.widgets.common import InlineMessage
from hai_desktop.ui.widgets.quantity_field import WIDEST_TYPICAL, QuantityField
from tests.ui.conftest import PASSWORDS, type_through_input_method


def _refuse(_password: str) -> None:
    raise HaiError("The order changed: print it again.")


def test_the_message_line_keeps_its_height_and_the_buttons_stay(qtbot: QtBot) -> None:
    dialog = OrderSignDialog("Sign", "<b>HAI-003</b> · 남재원", "I prescribe this order", "Sign",
                             _refuse)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    line, ok = dialog.message.height(), dialog.ok_button.mapTo(dialog, QPoint(0, 0))
    assert dialog.message.isVisible() and line > 0, "the empty line is kept"
    dialog.password.setText("secret")
    dialog.ok_button.click()
    QCoreApplication.processEvents()
    assert dialog.message.text() == "The order changed: print it again."
    assert dialog.message.height() == line, "a one-line message takes the reserved line"
    assert dialog.ok_button.mapTo(dialog, QPoint(0, 0)) == ok, "OK did not move"
    assert dialog.password.text() == "", "a password is never kept after a refusal"


def test_a_field_line_empties_when_answered_and_goes_on_the_next_submit(
        qtbot: QtBot, demo_db: Path, settings: Settings) -> None:
    ws = sign_in(demo_db, "coordinator", PASSWORDS["coordinator"], settings)
    dialog = RegisterCandidateDialog(ws)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    type_through_input_method(dialog.family_name, "남")
    type_through_input_method(dialog.given_name, "재원")
    dialog.ok_button.click()
    QCoreApplication.processEvents()
    [field] = dialog.errors.shown()
    line = dialog.errors.labels[field]
    assert field == "latin_family_name" and "Latin letters" in line.text()
    assert dialog.focusWidget() is dialog.latin_family_name
    height = line.height()
    qtbot.keyClicks(dialog.latin_family_name, "NAM")
    QCoreApplication.processEvents()
    assert line.text() == "" and line.isVisible() and line.height() == height, (
        "answered: the line empties but keeps its height until the next submit")
    qtbot.keyClicks(dialog.latin_given_name, "Jae-won")
    dialog.ok_button.click()
    QCoreApplication.processEvents()
    assert field not in dialog.errors.shown() and line.isHidden()
    assert dialog.family_name.text() == "남" and dialog.given_name.text() == "재원"
    assert dialog.latin_family_name.text() == "NAM"
    ws.db.close()


def test_a_wrong_password_is_shown_at_the_password(qtbot: QtBot, demo_db: Path,
                                                     settings: Settings) -> None:
    from hai_desktop.ui.dialogs.sign_screening import ConfirmEligibilityDialog
    from tests.ui.test_dialog_fit import Opened, _build

    ws = sign_in(demo_db, "investigator", PASSWORDS["investigator"], settings)
    try:
        opened = Opened(ws, next(p for p in list_patients(ws) if p.screening_number == "S-0001"))
        dialog = _build()["sign_screening"][1](opened)
        assert isinstance(dialog, ConfirmEligibilityDialog)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.password.setText("not-my-password")
        dialog.ok_button.click()
        QCoreApplication.processEvents()
        assert "password is wrong" in dialog.problem_at("password")
        assert dialog.focusWidget() is dialog.password and not dialog.message.text()
    finally:
        ws.db.close()


def test_a_typed_value_is_shown_as_typed_not_as_entities(qtbot: QtBot, demo_db: Path,
                                                          settings: Settings) -> None:
    """'o.8' in a lab value: the preview (rich text) and the refusal (plain text) both read
    'o.8' — the preview once escaped the quotes and showed "&#x27;o.8&#x27;"."""
    ws = sign_in(demo_db, "investigator", PASSWORDS["investigator"], settings)
    try:
        patient = next(p for p in list_patients(ws) if p.screening_number == "S-0006")
        dialog = LabResultDialog(ws, patient)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.value.setText("o.8 <b>")
        dialog.update_preview()
        assert dialog.preview.textFormat() == Qt.TextFormat.RichText
        shown = QTextDocument()
        shown.setHtml(dialog.preview.text())
        assert "'o.8 <b>' is not a valid" in shown.toPlainText()
        dialog.ok_button.click()
        QCoreApplication.processEvents()
        refusal = dialog.errors.labels["value"]
        assert refusal.textFormat() == Qt.TextFormat.PlainText
        assert refusal.text().startswith("'o.8 <b>' is not a valid "), refusal.text()
    finally:
        ws.db.close()


def test_the_inline_message_is_plain_text(qtbot: QtBot) -> None:
    message = InlineMessage()
    qtbot.addWidget(message)
    message.show_error(ValidationError("'<i>x</i>' & 'y' is not a valid weight."))
    assert message.textFormat() == Qt.TextFormat.PlainText
    assert message.text() == "'<i>x</i>' & 'y' is not a valid weight."


def test_the_unit_beside_a_value_follows_the_unit_typed(qtbot: QtBot) -> None:
    height = QuantityField("height")
    qtbot.addWidget(height)
    assert height.unit_label.text() == "cm"
    height.set_text("68 in")
    assert height.unit_label.text() == "= 172.7 cm", "never '68 in' beside 'cm'"
    height.set_text("5 ft 7 in")
    assert height.unit_label.text() == "= 170.2 cm"
    height.set_text("172")
    assert height.unit_label.text() == "cm"
    height.set_text("68 furlongs")
    assert height.unit_label.text() == "cm" and height.error_text()
    platelets = QuantityField("platelets", edit_width=64)
    qtbot.addWidget(platelets)
    platelets.set_text("150000/mm3")
    assert platelets.unit_label.text() == "= 150 ×10⁹/L"


def test_a_count_typed_with_its_unit_is_not_clipped(qtbot: QtBot) -> None:
    field = QuantityField("platelets", edit_width=64)  # the narrowest a screen asks for
    qtbot.addWidget(field)
    field.show()
    field.set_text(WIDEST_TYPICAL)
    edit = field.edit
    margins = edit.textMargins()
    room = edit.contentsRect().width() - margins.left() - margins.right() - 4  # frame, cursor
    assert edit.fontMetrics().horizontalAdvance(WIDEST_TYPICAL) <= room
