"""A service's refusal, shown in Korean (issue #17): the interface puts the translated template
together with the message's own values, and no English sentence is left on the screen."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from hai_desktop.core.errors import ConflictError
from hai_desktop.core.i18n import msg
from hai_desktop.services.patients import list_patients
from hai_desktop.settings import Settings
from hai_desktop.ui.dialogs.lab_result import LabResultDialog
from hai_desktop.ui.run_service import error_text, show_error
from tests.ui.conftest import OpenMain
from tests.ui.test_sign_in import start_flow, type_credentials
from tests.ui.test_translations import english_words, korean  # noqa: F401  (the fixture)

WRONG_CREDENTIALS = "사용자 이름 또는 비밀번호가 올바르지 않습니다."


def test_a_wrong_password_is_refused_in_korean(qtbot: QtBot, korean: None,  # noqa: F811
                                               demo_db: Path, settings: Settings) -> None:
    flow = start_flow(qtbot, settings, demo_db)
    type_credentials(qtbot, flow.sign_in_window, "nurse", "not-the-password")
    assert flow.main_window is None
    shown = flow.sign_in_window.message.text()
    assert shown == WRONG_CREDENTIALS
    assert english_words([shown]) == []


def test_a_refusal_with_values_in_korean(qtbot: QtBot, korean: None,  # noqa: F811
                                         open_main: OpenMain) -> None:
    main = open_main("nurse")
    patient = next(p for p in list_patients(main.ws) if p.screening_number == "S-0004")
    dialog = LabResultDialog(main.ws, patient, main)
    qtbot.addWidget(dialog)
    dialog.select_term("Alanine aminotransferase increased")
    qtbot.keyClicks(dialog.value, "5,2 U/L")
    dialog.update_preview()
    shown = dialog.preview.text()
    assert shown == "ALT의 소수점은 쉼표가 아닌 점으로 입력하십시오(예: 5.2)."
    assert english_words([shown]) == []
    not_on_study = next(p for p in list_patients(main.ws) if p.study_id is None)
    other = LabResultDialog(main.ws, not_on_study, main)  # a refusal whose value is a message
    qtbot.addWidget(other)
    other.select_term("Alanine aminotransferase increased")
    qtbot.keyClicks(other.value, "50 U/L")
    other.update_preview()
    assert other.preview.text() == (f"{not_on_study.screening_number}은(는) 무작위배정되지 "
                                    "않았습니다: 검사 결과는 연구 중인 환자에게만 등급을 "
                                    "산정합니다.")


def test_an_error_dialog_title_message_and_hint_in_korean(qtbot: QtBot, korean: None,  # noqa: F811
                                                          monkeypatch: pytest.MonkeyPatch
                                                          ) -> None:
    error = ConflictError(msg("Hold: {holds}. Proceeding needs the investigator's reason.",
                              holds=msg("ANC {anc} is below {anc_min} [site rule]",
                                        anc="0.9 ×10⁹/L", anc_min="1.5 ×10⁹/L")),
                          hint=msg("Wait a moment, then try again."))
    assert error_text(error) == ("보류: ANC 0.9 ×10⁹/L이(가) 1.5 ×10⁹/L 미만입니다 [기관 규칙]. "
                                 "진행하려면 연구자의 사유가 필요합니다. 잠시 기다린 후 다시 "
                                 "시도하십시오.")
    seen: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: seen.append(box) or 0)  # not modal
    show_error(None, error)
    box = seen[0]
    assert box.windowTitle() == "지금은 할 수 없습니다"
    assert box.text().startswith("보류: ANC 0.9") and box.informativeText().startswith("잠시")
