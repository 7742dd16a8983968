"""Dosing calculator and chemotherapy orders for the current patient.

Left: the patient's orders, newest cycle first. Right: the selected order — its drug lines, the
notices and holds (amber), the signatures with their validity against the order's content, and
the buttons the signed-in role may use in the order's status.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from hai_desktop.core.arms import Arm
from hai_desktop.core.numbers import ismp
from hai_desktop.services import orders as svc
from hai_desktop.services.orders import OrderView, load_order, orders_for_patient
from hai_desktop.services.permissions import Action
from hai_desktop.services.workspace import Workspace
from hai_desktop.store.models import PatientStatus
from hai_desktop.ui.dialogs.order_preview import OrderPreviewDialog
from hai_desktop.ui.dialogs.order_sign import OrderSignDialog
from hai_desktop.ui.dialogs.reason import ReasonDialog
from hai_desktop.ui.models.orders import (
    LineColumn,
    OrderColumn,
    OrderLinesModel,
    OrderRow,
    OrdersModel,
)
from hai_desktop.ui.run_service import attempt, run_service
from hai_desktop.ui.screens.base import PatientScreen
from hai_desktop.ui.widgets.common import (
    InlineMessage,
    card,
    label,
    primary_button,
    section_title,
)
from hai_desktop.ui.widgets.pdf_preview import print_pdf
from hai_desktop.ui.widgets.tables import data_table

PRINTABLE = (svc.VERIFIED, svc.PRINTED, svc.GIVEN, svc.ADMINISTERED)
VOIDABLE = (svc.DRAFT, svc.SIGNED, svc.VERIFIED, svc.PRINTED, svc.REJECTED)
REPLACEABLE = VOIDABLE


def _button(text: str, tip: str) -> QPushButton:
    button = QPushButton(text)
    button.setToolTip(tip)
    return button


class OrderDetail(QWidget):
    """One order as the pharmacist checks it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view: OrderView | None = None
        frame, body = card()
        self.heading = section_title("No order selected")
        self.facts = label("", wrap=True)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.lines_model = OrderLinesModel(self)
        self.lines_table = data_table(self.lines_model, stretch=LineColumn.DURATION,
                                      row_height=30)
        self.lines_table.setMinimumHeight(30 * 6 + 8)
        self.notices = label("", "Reminder", wrap=True)
        self.signatures = label("", wrap=True)
        self.status_note = label("", "Muted", wrap=True)
        body.addWidget(self.heading)
        body.addWidget(self.facts)
        self.button_row = QHBoxLayout()
        body.addLayout(self.button_row)
        body.addWidget(self.lines_table)
        body.addWidget(self.notices)
        body.addWidget(label("<b>Signatures</b>"))
        body.addWidget(self.signatures)
        body.addWidget(self.status_note)
        self.sign_button = primary_button("&Sign…")
        self.sign_button.setToolTip("Prescribe: sign the order with your password")
        self.verify_button = primary_button("&Verify…")
        self.verify_button.setToolTip("Pharmacist check of the calculation, signed")
        self.reject_button = _button("Re&ject…", "Send the order back with a reason")
        self.printer_button = primary_button("P&rint…")
        self.printer_button.setToolTip("Print the order sheet to give from (each print is "
                                       "audited)")
        self.print_button = _button("Save &PDF…", "Save the order sheet as a PDF file (each "
                                    "copy is audited like a print)")
        self.preview_button = _button("Pre&view", "The order sheet on screen")
        self.administer_button = primary_button("Record &administration…")
        self.confirm_button = primary_button("&Confirm administration…")
        self.replace_button = _button("Replace…", "Write a corrected order that supersedes "
                                      "this one (a signed order never changes)")
        self.void_button = _button("V&oid…", "Void the order with a reason")
        self.override_button = _button("Override HAI gate…", "Let today's HAI line go ahead "
                                       "without a valid catheter inspection (investigator, "
                                       "with a reason)")
        self.button_row.setSpacing(8)
        for button in (self.sign_button, self.verify_button, self.reject_button,
                       self.printer_button, self.print_button, self.administer_button,
                       self.confirm_button,
                       self.preview_button, self.replace_button, self.override_button,
                       self.void_button):
            self.button_row.addWidget(button)
        self.button_row.addStretch(1)
        body.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(frame)

    def show_order(self, view: OrderView | None, ws: Workspace) -> None:
        self.view = view
        if view is None:
            self.heading.setText("No order selected")
            self.facts.setText("Choose an order on the left, or write the next cycle's order.")
            self.lines_model.set_rows([])
            for widget in (self.lines_table, self.notices, self.signatures, self.status_note):
                widget.hide()
            self._buttons(None, ws)
            return
        order = view.order
        self.heading.setText(f"Cycle {order.cycle} · order #{order.id} · {order.status}")
        crcl = (f"{order.crcl_ml_min:.0f} mL/min" if order.crcl_ml_min is not None
                else "not calculated")
        cap = f" (cap {order.bsa_cap_m2:g} m²)" if order.bsa_cap_m2 else ""
        facts = [
            f"Day 1 <b>{order.day1:%d %b %Y}</b> · {html.escape(Arm(order.arm).short)} arm · "
            f"targeted agent <b>{html.escape(order.targeted_agent)}</b>",
            f"Height {html.escape(order.height_text)} ({ismp(order.height_cm, 1)} cm) · weight "
            f"{html.escape(order.weight_text)} ({ismp(order.weight_kg, 1)} kg), measured "
            f"{order.measured_on:%d %b %Y}",
            f"BSA <b>{ismp(order.bsa_m2)} m²</b> ({html.escape(order.bsa_formula)}){cap} · "
            f"CrCl {crcl} (Cockcroft–Gault)",
            f"ANC {html.escape(order.anc_text or '—')} · platelets "
            f"{html.escape(order.platelets_text or '—')}"
            + (f" on {order.labs_date:%d %b %Y}" if order.labs_date else ""),
        ]
        self.facts.setText("<br>".join(facts))
        self.lines_model.set_rows(view.lines)
        self.lines_table.show()
        amber = [f"⚠ {html.escape(n)}" for n in view.notices]
        gate = view.hai_gate
        if gate is not None and gate.applies:
            amber.insert(0, f"⚠ <b>{html.escape(gate.reason)}</b>" if gate.withheld
                         else f"HAI today: {html.escape(gate.sheet_text)}")
        amber += [f"⚠ Hold: {html.escape(h)}" for h in view.holds]
        if order.hold_override:
            amber.append(f"Hold overridden by the investigator: "
                         f"{html.escape(order.hold_override)}")
        if order.targeted_override:
            amber.append(f"Targeted agent override: {html.escape(order.targeted_override)}")
        self.notices.setText("<br>".join(amber))
        self.notices.setVisible(bool(amber))
        sigs = [f"{'✓' if s.valid else '✗'} <b>{html.escape(s.meaning)}</b> — "
                f"{html.escape(s.full_name)}, {s.signed_at:%d %b %Y %H:%M} UTC"
                + ("" if s.valid else " — <b>no longer matches the order</b>")
                for s in view.signatures]
        self.signatures.setText("<br>".join(sigs) or "None yet.")
        self.signatures.show()
        note = ""
        if order.status == svc.VOIDED:
            note = f"Voided: {order.void_reason}" + (
                f" (rejected before: {order.rejection_reason})" if order.rejection_reason
                else "")
        elif order.rejection_reason:
            note = f"Rejected: {order.rejection_reason}"
        elif order.print_count:
            note = f"Printed {order.print_count} time{'s' if order.print_count != 1 else ''}."
        self.status_note.setText(html.escape(note))
        self.status_note.setVisible(bool(note))
        self._buttons(order.status, ws)

    def _buttons(self, status: str | None, ws: Workspace) -> None:
        shown = {
            self.sign_button: status == svc.DRAFT and ws.may(Action.PRESCRIBE),
            self.verify_button: status == svc.SIGNED and ws.may(Action.VERIFY_ORDER),
            self.reject_button: status == svc.SIGNED and ws.may(Action.VERIFY_ORDER),
            self.printer_button: status in PRINTABLE and ws.may(Action.PRINT_ORDER),
            self.print_button: status in PRINTABLE and ws.may(Action.PRINT_ORDER),
            self.administer_button: status == svc.PRINTED and ws.may(Action.ADMINISTER),
            self.confirm_button: status == svc.GIVEN and ws.may(Action.ADMINISTER),
            self.preview_button: status is not None,
            self.replace_button: status in REPLACEABLE and ws.may(Action.PRESCRIBE),
            self.void_button: status in VOIDABLE and ws.may(Action.VOID_ORDER),
            self.override_button: bool(
                self.view is not None and self.view.hai_gate is not None
                and self.view.hai_gate.withheld and status in (*PRINTABLE, svc.SIGNED)
                and ws.may(Action.OVERRIDE_HAI_GATE)),
        }
        for button, visible in shown.items():
            button.setVisible(visible)


class OrdersScreen(PatientScreen):
    title = "Dosing & Orders"
    description = ("Each cycle's dose calculation and its order: drafted and signed by the "
                   "investigator, verified by the pharmacist, printed, given and checked by "
                   "two nurses.")

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(ws, parent)
        self.rows: list[OrderRow] = []
        top = QHBoxLayout()
        self.patient_line = label("", wrap=True)
        top.addWidget(self.patient_line, 1)
        self.new_button = primary_button("&New order…")
        self.new_button.setToolTip("Calculate and draft the next cycle's order")
        self.new_button.setVisible(ws.may(Action.PRESCRIBE))
        self.mutation_button = _button("RAS / BRAF…", "The tumour's mutation status (decides "
                                       "whether cetuximab may be ordered)")
        self.mutation_button.setVisible(ws.may(Action.PRESCRIBE))
        top.addWidget(self.mutation_button)
        top.addWidget(self.new_button)
        self.layout_.addLayout(top)
        self.message = InlineMessage()
        self.layout_.addWidget(self.message)
        self.model = OrdersModel(self)
        self.table = data_table(self.model, stretch=OrderColumn.CREATED_BY)
        self.table.setMinimumHeight(120)
        self.detail = OrderDetail()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.detail)
        # Orders above, the selected order below at full width (its drug lines need it).
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(scroll)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 4)
        self.splitter.setSizes([150, 600])
        self.layout_.addWidget(self.splitter, 1)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._show_selected())
        self.new_button.clicked.connect(self.new_order)
        self.mutation_button.clicked.connect(self.edit_mutation_status)
        d = self.detail
        d.sign_button.clicked.connect(self.sign_selected)
        d.verify_button.clicked.connect(self.verify_selected)
        d.reject_button.clicked.connect(self.reject_selected)
        d.print_button.clicked.connect(self.print_selected)
        d.printer_button.clicked.connect(self.send_to_printer)
        d.preview_button.clicked.connect(self.preview_selected)
        d.void_button.clicked.connect(self.void_selected)
        d.replace_button.clicked.connect(self.replace_selected)
        d.override_button.clicked.connect(self.override_gate)
        d.administer_button.clicked.connect(self.administer_selected)
        d.confirm_button.clicked.connect(self.confirm_selected)
        self.detail.show_order(None, ws)

    # ---- loading -----------------------------------------------------------------------------
    def reload(self, select_id: int | None = None) -> None:
        patient = self.patient
        keep = select_id if select_id is not None else self.selected_id()
        self.message.clear_message()
        if patient is None:
            self.patient_line.setText("Choose a patient first (Patients, or Ctrl+F).")
            self.rows = []
        else:
            self.patient_line.setText(
                f"Orders of <b>{html.escape(patient.display_id)}</b> · "
                f"{html.escape(patient.full_name)}"
                + (f" · {html.escape(patient.arm.short)} arm" if patient.arm else ""))
            outcome = attempt(orders_for_patient, self.ws, patient.id)
            rows = []
            for order in outcome.value or []:
                view = attempt(load_order, self.ws, order.id).value
                sigs = view.signatures if view else []
                rows.append(OrderRow(order, len(sigs), all(s.valid for s in sigs)))
            self.rows = rows
            if outcome.error is not None:
                self.message.show_error(outcome.error)
        self.model.set_rows(self.rows)
        self.new_button.setEnabled(self._may_order())
        if not self.rows:
            self.detail.show_order(None, self.ws)
            if patient is not None and not self.message.text():
                self.detail.facts.setText("No orders yet for this patient."
                                          if self._may_order() else
                                          "Orders are written for randomized patients only.")
            return
        row = next((i for i, r in enumerate(self.rows) if r.order.id == keep), 0)
        self.table.selectRow(row)
        self._show_selected()

    def _may_order(self) -> bool:
        patient = self.patient
        return patient is not None and patient.arm is not None and patient.status in (
            PatientStatus.RANDOMIZED, PatientStatus.ON_TREATMENT)

    def selected_id(self) -> int | None:
        indexes = self.table.selectionModel().selectedRows()
        if not indexes:
            return None
        return self.model.row_at(indexes[0].row()).order.id

    def select_order(self, order_id: int) -> bool:
        for i, row in enumerate(self.rows):
            if row.order.id == order_id:
                self.table.selectRow(i)
                return True
        return False

    def _show_selected(self) -> None:
        order_id = self.selected_id()
        view = attempt(load_order, self.ws, order_id).value if order_id is not None else None
        self.detail.show_order(view, self.ws)

    def _patient_status_changed(self) -> None:
        from hai_desktop.services.patients import get_patient

        patient = self.patient
        if patient is None:
            return
        fresh = attempt(get_patient, self.ws, patient.id).value
        if fresh is not None and fresh != patient:
            self.patient = fresh
            self.patient_changed.emit(fresh)  # e.g. on treatment, current cycle

    # ---- actions -----------------------------------------------------------------------------
    def new_order(self) -> None:
        from hai_desktop.ui.dialogs.order_new import NewOrderDialog

        patient = self.patient
        if patient is None or not self._may_order():
            return
        dialog = NewOrderDialog(self.ws, patient, self)
        if dialog.exec() and dialog.order_id is not None:
            self._patient_status_changed()
            self.reload(select_id=dialog.order_id)

    def replace_selected(self) -> None:
        from hai_desktop.ui.dialogs.order_new import NewOrderDialog

        patient, view = self.patient, self.detail.view
        if patient is None or view is None:
            return
        dialog = NewOrderDialog(self.ws, patient, self, replacing=view.order)
        if dialog.exec() and dialog.order_id is not None:
            self.reload(select_id=dialog.order_id)
            self.message.show_ok(f"Order #{dialog.order_id} replaces order #{view.order.id} "
                                 "(voided as superseded).")

    def edit_mutation_status(self) -> None:
        from hai_desktop.ui.dialogs.mutation_status import MutationStatusDialog

        if self.patient is None:
            return
        dialog = MutationStatusDialog(self.ws, self.patient.id, self)
        if dialog.exec():
            ras, braf = svc.mutation_status(self.ws, self.patient.id)
            self.message.show_ok(f"Mutation status saved: RAS {ras.replace('_', ' ')}, BRAF "
                                 f"{braf.replace('_', ' ')}.")

    def _sign(self, title: str, intro: str, meaning: str, ok: str, service: object) -> None:
        order_id = self.selected_id()
        if order_id is None:
            return
        dialog = OrderSignDialog(title, intro, meaning, ok,
                                 lambda password: service(self.ws, order_id, password),  # type: ignore[operator]
                                 self)
        if dialog.exec():
            self.reload(select_id=order_id)

    def sign_selected(self) -> None:
        self._sign("Sign the order", "Sign this order as the prescribing investigator. A signed "
                   "order cannot change: a change is a new order that supersedes it.",
                   "prescribed", "Sign", svc.sign_order)

    def verify_selected(self) -> None:
        self._sign("Verify the order", "Verify the calculation, the dose levels and the "
                   "pre-cycle labs against the protocol before this order is printed.",
                   "pharmacist verified", "Verify", svc.verify_order)

    def confirm_selected(self) -> None:
        self._sign("Second-nurse check", "Confirm the doses and times the first nurse "
                   "recorded. The check must be made by another nurse.",
                   "second-nurse check", "Confirm", svc.confirm_administration)

    def _reason(self, title: str, intro: str, ok: str, service: object) -> None:
        order_id = self.selected_id()
        if order_id is None:
            return
        dialog = ReasonDialog(title, intro, ok,
                              lambda reason: service(self.ws, order_id, reason),  # type: ignore[operator]
                              self)
        if dialog.exec():
            self.reload(select_id=order_id)

    def reject_selected(self) -> None:
        self._reason("Reject the order", "Send the order back to the investigator; say what "
                     "must change.", "Reject", svc.reject_order)

    def void_selected(self) -> None:
        self._reason("Void the order", "A voided order is never given; it stays in the record "
                     "with the reason.", "Void", svc.void_order)

    def override_gate(self) -> None:
        from hai_desktop.services.catheter import override_hai_gate

        self._reason("Override the HAI gate", "Let today's HAI line of this order go ahead "
                     "without a valid catheter inspection. The override is printed on the sheet "
                     "and kept in the audit trail.", "Override", override_hai_gate)

    def print_selected(self) -> None:
        order_id = self.selected_id()
        view = self.detail.view
        if order_id is None or view is None:
            return
        name = f"order-{view.patient.screening_number}-cycle{view.order.cycle}.pdf"
        path, _filter = QFileDialog.getSaveFileName(self, "Save the order sheet", name,
                                                    "PDF (*.pdf)")
        if not path:
            return
        outcome = run_service(self, svc.order_sheet_pdf, self.ws, order_id)
        if outcome.value is not None:
            Path(path).write_bytes(outcome.value)
            self.reload(select_id=order_id)
            self.message.show_ok(f"Order sheet saved to {path}.")

    def choose_printer(self) -> QPrinter | None:
        """The Qt print dialog; None when the person cancels."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle("Print the order sheet")
        return printer if dialog.exec() == QDialog.DialogCode.Accepted else None

    def send_to_printer(self) -> None:
        order_id = self.selected_id()
        if order_id is None:
            return
        printer = self.choose_printer()
        if printer is None:
            return
        outcome = run_service(self, svc.order_sheet_pdf, self.ws, order_id)
        if outcome.value is not None:
            pages = print_pdf(outcome.value, printer)
            self.reload(select_id=order_id)
            self.message.show_ok(f"Order sheet sent to the printer ({pages} page"
                                 f"{'s' if pages != 1 else ''}).")

    def preview_selected(self) -> None:
        order_id = self.selected_id()
        if order_id is None:
            return
        outcome = run_service(self, svc.order_preview_pdf, self.ws, order_id)
        if outcome.value is not None:
            self.preview = OrderPreviewDialog(f"Order #{order_id} — preview", outcome.value,
                                              self)
            self.preview.exec()

    def administer_selected(self) -> None:
        from hai_desktop.ui.dialogs.order_administration import AdministrationDialog

        view = self.detail.view
        if view is None:
            return
        dialog = AdministrationDialog(self.ws, view, self)
        if dialog.exec():
            self.reload(select_id=view.order.id)
