"""Every dialog of hai_desktop/ui/dialogs, opened on the demo (a Hangul patient where a patient
is involved) and refused once (OK with the form as it opens, or with a wrong value typed): it
fits a 1366×768 workstation (1366×728 above the task bar, less the window frame), its buttons
are in view, the refusal is shown whole (never elided), at the field at fault which has the
focus, no field is squeezed by it and nothing typed is lost. A PNG of each is saved in
$TMPDIR/hai-dialog-fit for a person to look at.
"""

from __future__ import annotations

import inspect
import pkgutil
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QPoint
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

import hai_desktop.ui.dialogs as dialogs_package
from hai_desktop.core.eligibility import evaluate, protocol_checklist
from hai_desktop.services import (
    administration,
    catheter,
    dose_levels,
    follow_up,
    outcomes,
    randomization,
)
from hai_desktop.services import orders as o
from hai_desktop.services.patients import PatientSummary, list_patients
from hai_desktop.services.screening import load_screening
from hai_desktop.services.site_rules import list_site_rules
from hai_desktop.services.supportive_care import supportive_table
from hai_desktop.services.users import list_users
from hai_desktop.services.workspace import Workspace, sign_in
from hai_desktop.settings import Settings
from hai_desktop.ui.dialogs.base import WINDOW_FRAME, WORKSTATION, FormDialog
from tests.ui.conftest import PASSWORDS

SHOTS = Path(tempfile.gettempdir()) / "hai-dialog-fit"
HANGUL_PATIENT = "S-0006"  # 남재원 · NAM, Jae-won: randomized to HAI, orders, a catheter
ROOM = WORKSTATION - WINDOW_FRAME


@dataclass
class Opened:
    ws: Workspace
    patient: PatientSummary


Factory = Callable[[Opened], QDialog]
Fill = Callable[[QDialog], None]  # what a person types before pressing OK


def _patient(ws: Workspace, number: str = HANGUL_PATIENT) -> PatientSummary:
    return next(p for p in list_patients(ws) if p.screening_number == number)


def _latest_order(opened: Opened) -> o.OrderView:
    order = max(o.orders_for_patient(opened.ws, opened.patient.id), key=lambda x: x.id)
    return o.load_order(opened.ws, order.id)


def _submit(_dialog: QDialog) -> None:
    """OK with the form as it opens."""


def _typed(**texts: str) -> Fill:
    """Type each text into the dialog's field of that name (a QLineEdit or a widget holding
    one) before OK."""

    def fill(dialog: QDialog) -> None:
        for field, text in texts.items():
            widget = getattr(dialog, field)
            edit = widget if isinstance(widget, QLineEdit) else widget.findChild(QLineEdit)
            edit.setText(text)

    return fill


def _build() -> dict[str, tuple[str, Factory, Fill | None]]:
    """dialog id → (the user who opens it, how it is built, how it is refused; None: a dialog
    that only shows something)."""
    from hai_desktop.ui.dialogs import (
        about,
        add_user,
        administration_confirm,
        adverse_event,
        allergies,
        allergy_entry,
        allocation_list,
        catheter_event,
        catheter_inspection,
        change_password,
        dose_level,
        double_check,
        end_of_treatment,
        export_trial_data,
        follow_up_contact,
        hai_competency,
        hai_pain,
        lab_result,
        mutation_status,
        no_known_allergies,
        order_administration,
        order_new,
        order_sign,
        pump_disconnection,
        randomize,
        reason,
        recovery_code,
        register_candidate,
        resection_outcome,
        reset_password,
        resolve_incident,
        sign_screening,
        site_rule,
        supportive_item,
        tumour_assessment,
        tumour_baseline,
        void_envelope,
    )

    def course(opened: Opened):
        return follow_up.course_of(opened.ws, opened.patient.id)

    def assessment(opened: Opened) -> QDialog:
        return tumour_assessment.TumourAssessmentDialog(opened.ws, opened.patient,
                                                        course(opened).response)

    def screening_result(opened: Opened, number: str):
        patient = _patient(opened.ws, number)
        view = load_screening(opened.ws, patient.id)
        return patient, view, evaluate(protocol_checklist(), view.answers, view.context)

    def confirm(opened: Opened) -> QDialog:
        patient, _view, result = screening_result(opened, "S-0001")
        return sign_screening.ConfirmEligibilityDialog(opened.ws, patient, result)

    def correct(opened: Opened) -> QDialog:
        patient, view, result = screening_result(opened, "S-0003")
        return sign_screening.CorrectScreeningDialog(opened.ws, patient, result, view.answers,
                                                     view.prior_adjuvant)

    def competency(opened: Opened) -> QDialog:
        return hai_competency.CompetencyDialog(opened.ws, list_users(opened.ws), 12)

    def inspection(opened: Opened) -> QDialog:
        record = catheter.catheter_record(opened.ws, opened.patient.id)
        return catheter_inspection.InspectionDialog(opened.ws, opened.patient, record)

    def catheter_event_dialog(opened: Opened) -> QDialog:
        record = catheter.catheter_record(opened.ws, opened.patient.id)
        return catheter_event.CatheterEventDialog(opened.ws, opened.patient, record)

    def check(opened: Opened) -> QDialog:
        view = _latest_order(opened)
        state = administration.double_check_state(opened.ws, view.order.id)
        return double_check.DoubleCheckDialog(opened.ws, view.order.id, state)

    def confirm_given(opened: Opened) -> QDialog:
        view = _latest_order(opened)
        state = administration.double_check_state(opened.ws, view.order.id)
        return administration_confirm.ConfirmAdministrationDialog(opened.ws, view, state)

    def outcome(opened: Opened) -> QDialog:
        record = outcomes.outcome_record(opened.ws, opened.patient.id)
        return resection_outcome.ResectionOutcomeDialog(opened.ws, opened.patient, record)

    def incident(opened: Opened) -> QDialog:
        return resolve_incident.ResolveIncidentDialog(
            opened.ws, randomization.incidents(opened.ws)[0])

    def envelope(opened: Opened) -> QDialog:
        unused = next(e for e in randomization.envelopes(opened.ws) if e.status == "unused")
        return void_envelope.VoidEnvelopeDialog(opened.ws, unused)

    def randomize_dialog(opened: Opened) -> QDialog:
        patient = _patient(opened.ws, "S-0003")
        return randomize.RandomizeDialog(opened.ws, patient,
                                         randomization.next_envelope(opened.ws, patient.id))

    def rule(opened: Opened) -> QDialog:
        quantity = next(r for r in list_site_rules(opened.ws) if r.spec.kind == "quantity")
        return site_rule.SiteRuleDialog(opened.ws, quantity)

    def levels(opened: Opened) -> QDialog:
        table = dose_levels.dose_level_table(opened.ws)
        return dose_level.DoseLevelDialog(opened.ws, next(iter(table.levels.values())))

    def item(opened: Opened) -> QDialog:
        return supportive_item.SupportiveItemDialog(
            opened.ws, supportive_table(opened.ws).items[0])

    def sign(opened: Opened) -> QDialog:
        return order_sign.OrderSignDialog(
            "Sign order", f"<b>{opened.patient.display_id}</b>", "I prescribe this order",
            "Sign", lambda _password: None)

    def reason_dialog(opened: Opened) -> QDialog:
        order_id = _latest_order(opened).order.id
        return reason.ReasonDialog("Void order", "Why this order is voided.", "Void",
                                   lambda text: o.void_order(opened.ws, order_id, text))

    ws_patient = lambda cls: (lambda opened: cls(opened.ws, opened.patient))  # noqa: E731
    return {
        "about": ("admin", lambda opened: about.AboutDialog(opened.ws), None),
        "add_user": ("admin", lambda opened: add_user.AddUserDialog(opened.ws), _submit),
        "administration_confirm": ("nurse2", confirm_given, _submit),
        "adverse_event": ("investigator", ws_patient(adverse_event.AdverseEventDialog),
                          _submit),
        "allergies": ("nurse", ws_patient(allergies.AllergiesDialog), None),
        "allergy_entry": ("nurse", ws_patient(allergy_entry.AllergyEntryDialog), _submit),
        "allocation_import": ("admin", lambda opened: allocation_list.ImportListDialog(
            opened.ws), _submit),
        "allocation_generate": ("admin", lambda opened: allocation_list.GenerateListDialog(
            opened.ws), _typed(block_sizes="3, 5")),
        "allocation_export": ("admin", lambda opened: allocation_list.ExportListDialog(
            opened.ws), _submit),
        "catheter_event": ("radiologist", catheter_event_dialog, _submit),
        "catheter_inspection": ("nurse", inspection, _submit),
        "change_password": ("nurse", lambda opened: change_password.ChangePasswordDialog(
            opened.ws), _submit),
        "dose_level": ("investigator", levels, _submit),
        "double_check": ("nurse", check, _submit),
        "export_trial_data": ("admin", lambda opened: export_trial_data.ExportTrialDataDialog(
            opened.ws), _submit),
        "export_identified": ("admin", lambda opened: export_trial_data.ConfirmIdentifiedDialog(
            opened.ws), _submit),
        "hai_competency": ("admin", competency, _submit),
        "hai_pain": ("nurse", ws_patient(hai_pain.HaiPainDialog), _submit),
        "lab_result": ("investigator", ws_patient(lab_result.LabResultDialog),
                       _typed(value="o.8")),
        "mutation_status": ("investigator", lambda opened: mutation_status.MutationStatusDialog(
            opened.ws, opened.patient.id), _submit),
        "no_known_allergies": ("nurse", ws_patient(no_known_allergies.NoKnownAllergiesDialog),
                               _submit),
        "order_administration": ("nurse", lambda opened: order_administration.
                                 AdministrationDialog(opened.ws, _latest_order(opened)), _submit),
        "order_new": ("investigator", ws_patient(order_new.NewOrderDialog),
                      _typed(height_field="68 in")),
        "order_sign": ("investigator", sign, _submit),
        "pump_disconnection": ("nurse", lambda opened: pump_disconnection.
                               PumpDisconnectionDialog(opened.ws, _latest_order(opened)), _submit),
        "randomize": ("investigator", randomize_dialog, None),
        "reason": ("investigator", reason_dialog, _submit),
        "recovery_code": ("admin", lambda _opened: recovery_code.RecoveryCodeDialog(
            "ABCD-EFGH-JKLM-NPQR-STUV-WXYZ"), None),
        "register_candidate": ("coordinator", lambda opened: register_candidate.
                               RegisterCandidateDialog(opened.ws),
                               _typed(family_name="남", given_name="재원")),
        "resection_outcome": ("investigator", outcome, _submit),
        "reset_password": ("admin", lambda opened: reset_password.ResetPasswordDialog(
            opened.ws, "nurse"), _submit),
        "resolve_incident": ("investigator", incident, _submit),
        "sign_screening": ("investigator", confirm, _submit),
        "correct_screening": ("investigator", correct, _submit),
        "site_rule": ("admin", rule, _typed(value="o.8")),
        "supportive_item": ("investigator", item, _submit),
        "void_envelope": ("admin", envelope, _submit),
        "tumour_baseline": ("radiologist", lambda opened: tumour_baseline.TumourBaselineDialog(
            opened.ws, opened.patient, "04 Oct 2026"), _submit),
        "tumour_assessment": ("radiologist", assessment, _submit),
        "follow_up_contact": ("coordinator", lambda opened: follow_up_contact.
                              FollowUpContactDialog(opened.ws, opened.patient,
                                                    course(opened).randomized_on), _submit),
        "end_of_treatment": ("investigator", lambda opened: end_of_treatment.
                             EndOfTreatmentDialog(opened.ws, opened.patient, course(opened).ends),
                             _submit),
    }


DIALOGS = _build()
# Modules that hold no dialog of their own (helpers, shared rows, the crash report box).
NOT_DIALOGS = {"base", "order_form_rows", "order_preview", "crash"}


def test_every_dialog_module_is_covered() -> None:
    """A new dialog gets a row here (and so its own fit and refusal check)."""
    modules = {m.name for m in pkgutil.iter_modules(dialogs_package.__path__)}
    covered = {inspect.getmodule(factory).__name__.rsplit(".", 1)[-1]  # type: ignore[union-attr]
               for _role, factory, _provoke in DIALOGS.values()}
    named = {name.split("_")[0] for name in DIALOGS}
    missing = {m for m in modules - NOT_DIALOGS
               if m not in DIALOGS and m not in covered and m.split("_")[0] not in named}
    assert not missing, f"dialogs without a fit test: {sorted(missing)}"


@pytest.fixture
def opened(demo_db: Path, settings: Settings, request: pytest.FixtureRequest
           ) -> Iterator[Opened]:
    role = DIALOGS[request.node.callspec.params["name"]][0]
    ws = sign_in(demo_db, role, PASSWORDS[role], settings)
    try:
        yield Opened(ws, _patient(ws))
    finally:
        ws.db.close()


def _fields(dialog: QWidget) -> list[QWidget]:
    kinds = (QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit, QTextEdit)
    return [w for w in dialog.findChildren(QWidget)
            if isinstance(w, kinds) and w.isVisibleTo(dialog)
            and not isinstance(w.parent(), QComboBox | QAbstractSpinBox)]


def _typed_texts(dialog: QWidget) -> dict[int, str]:
    return {id(w): w.text() for w in dialog.findChildren(QLineEdit)
            if w.echoMode() == QLineEdit.EchoMode.Normal and w.isVisibleTo(dialog)}


def _inside(widget: QWidget, dialog: QWidget) -> bool:
    top_left = widget.mapTo(dialog, QPoint(0, 0))
    size = dialog.size()  # not dialog.height(): a dialog may name a field "height"
    return (top_left.x() >= 0 and top_left.y() >= 0
            and top_left.x() + widget.size().width() <= size.width()
            and top_left.y() + widget.size().height() <= size.height())


def _shown_whole(line: QLabel) -> None:
    assert line.isVisible() and line.text()
    assert line.height() >= line.heightForWidth(line.width()), (
        f"cut: {line.text()!r} is {line.height()} px, needs {line.heightForWidth(line.width())}")
    assert not line.visibleRegion().isEmpty(), f"scrolled away: {line.text()!r}"
    assert "&#" not in line.text() and "&amp;" not in line.text() and "&lt;" not in line.text()


def _save(dialog: QWidget, name: str) -> Path:
    SHOTS.mkdir(parents=True, exist_ok=True)
    QCoreApplication.processEvents()
    path = SHOTS / f"{name}.png"
    assert dialog.grab().save(str(path))
    return path


def _settle(qtbot: QtBot) -> None:
    QCoreApplication.processEvents()
    qtbot.wait(20)


@pytest.mark.parametrize("name", sorted(DIALOGS))
def test_the_dialog_fits_1366x768_and_shows_its_refusal_at_the_field(
        name: str, opened: Opened, qtbot: QtBot) -> None:
    _role, factory, provoke = DIALOGS[name]
    dialog = factory(opened)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    _settle(qtbot)
    assert dialog.size().width() <= ROOM.width() and dialog.size().height() <= ROOM.height(), \
        dialog.size()
    if provoke is None:
        _save(dialog, name)
        return
    assert isinstance(dialog, FormDialog)
    heights = {id(w): w.height() for w in _fields(dialog)}
    provoke(dialog)
    typed = _typed_texts(dialog)
    dialog.ok_button.click()
    _settle(qtbot)
    _save(dialog, name)
    assert dialog.isVisible(), "refused: the dialog stays open"
    assert dialog.size().width() <= ROOM.width() and dialog.size().height() <= ROOM.height(), \
        dialog.size()
    for button in (dialog.ok_button, dialog.cancel_button):
        assert button.isVisible() and _inside(button, dialog), button.text()
    at_fields = dialog.errors.shown()
    for field in at_fields:
        _shown_whole(dialog.errors.labels[field])
    if not at_fields:
        _shown_whole(dialog.message)
    named = dialog.errors.field_of(dialog.last_error or "")
    wrong = getattr(dialog.last_error, "field", None)
    assert named is not None or wrong is None, (
        f"the refusal names field {wrong!r}, which the dialog does not know")
    if named is not None:
        focus, wanted = dialog.focusWidget(), dialog.errors.focus[named]
        assert focus is not None and (focus is wanted or wanted.isAncestorOf(focus)
                                      or wanted.focusProxy() is focus), (
            f"the focus is on {focus!r}, not on {named}, the field at fault")
    for field in _fields(dialog):
        if id(field) in heights:
            assert field.height() >= heights[id(field)], f"{field!r} was squeezed"
    assert _typed_texts(dialog) == typed, "what was typed is kept"
