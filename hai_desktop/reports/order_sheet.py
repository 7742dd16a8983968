"""The chemotherapy order sheet (ASCO/ONS safety standards; ISMP number style).

Two patient identifiers, trial ID and arm, allergies, regimen, cycle and day 1, height, weight,
BSA with formula and date, CrCl, every drug with basis, level, calculated and final dose, route
spelled out, diluent, duration and sequence, reasons for reductions, pre-cycle labs, signature
lines; on every page "Page x of y", printed time, version and a Code 128 of the order ID.

The HAI oxaliplatin line follows the HAI gate of the day the sheet is printed: without a valid
catheter inspection (or an investigator's override) it reads "HAI withheld — no valid catheter
inspection" with the reason instead of a dose; the systemic drugs print as usual.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reportlab.graphics.barcode import code128
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

from hai_desktop.core.arms import Arm
from hai_desktop.core.catheter import WITHHELD
from hai_desktop.core.numbers import ismp, signed_percent
from hai_desktop.core.order_code import order_code
from hai_desktop.core.regimens import ROUTE_TEXT, protocol_regimens
from hai_desktop.reports.common import (
    FONT_BOLD,
    PageMeta,
    build_pdf,
    escape,
    grid,
    now_utc,
    styles,
)

if TYPE_CHECKING:
    from hai_desktop.services.catheter import OrderGate
    from hai_desktop.services.orders import OrderView
    from hai_desktop.store.models import OrderLine

ALERT = colors.HexColor("#b91c1c")
NOTICE_BG = colors.HexColor("#fff7ed")
WITHHELD_BG = colors.HexColor("#fee2e2")


def _patient_block(view: OrderView) -> Table:
    s = styles()
    p, o = view.patient, view.order
    arm = Arm(o.arm)
    cells = [
        ("Patient", f"<b>{escape(p.family_name.upper())}, {escape(p.given_name)}</b>"),
        ("Study ID", f"<b>{escape(p.study_id or '—')}</b> ({p.screening_number})"),
        ("Date of birth", f"{p.date_of_birth:%d %b %Y}"),
        ("Record no.", escape(p.hospital_record_number)),
        ("Arm", f"{arm.short}: {arm.label}"),
        ("Allergies", f"<font color='#b91c1c'><b>{escape(p.allergies)}</b></font>"
         if p.allergies else "No known allergies recorded"),
    ]
    # Two identifiers side by side per row keeps the signature block on the first page.
    rows = []
    for (k1, v1), (k2, v2) in zip(cells[0::2], cells[1::2], strict=True):
        rows.append([Paragraph(k1, s["cell"]), Paragraph(v1, s["cell"]),
                     Paragraph(k2, s["cell"]), Paragraph(v2, s["cell"])])
    return grid(rows, [28, 62, 28, 62], header=False)


def _measurements(view: OrderView) -> Table:
    s = styles()
    o = view.order
    bsa = f"<b>{ismp(round(o.bsa_m2, 2))} m²</b> ({o.bsa_formula}"
    bsa += f", capped at {ismp(o.bsa_cap_m2)} m² [site rule])" if o.bsa_cap_m2 else ")"
    rows = [
        [Paragraph(x, s["cell_bold"]) for x in ("Height", "Weight", "Measured", "BSA",
                                                 "CrCl (Cockcroft–Gault)")],
        [Paragraph(f"{ismp(o.height_cm)} cm ({escape(o.height_text)})", s["cell"]),
         Paragraph(f"{ismp(o.weight_kg)} kg ({escape(o.weight_text)})", s["cell"]),
         Paragraph(f"{o.measured_on:%d %b %Y}", s["cell"]), Paragraph(bsa, s["cell"]),
         Paragraph(escape(o.crcl_working or "not calculated (no creatinine)"), s["cell"])],
    ]
    return grid(rows, [30, 30, 24, 38, 58])


def _labs(view: OrderView) -> Table:
    s = styles()
    o = view.order

    def threshold(value: float | None) -> str:
        return f"≥ {ismp(value)} ×10⁹/L" if value is not None else "not recorded"

    rows = [
        [Paragraph(x, s["cell_bold"]) for x in ("Pre-cycle labs", "Result", "Threshold to treat "
                                                 "[site rule]", "Date")],
        [Paragraph("ANC", s["cell"]), Paragraph(escape(o.anc_text or "—"), s["cell"]),
         Paragraph(threshold(o.anc_min), s["cell"]),
         Paragraph(f"{o.labs_date:%d %b %Y}" if o.labs_date else "—", s["cell"])],
        [Paragraph("Platelets", s["cell"]), Paragraph(escape(o.platelets_text or "—"), s["cell"]),
         Paragraph(threshold(o.platelets_min), s["cell"]),
         Paragraph("", s["cell"])],
    ]
    return grid(rows, [40, 45, 55, 40])


def _withheld_row(view: OrderView, line: OrderLine, basis: str, style: ParagraphStyle
                  ) -> list[object]:
    """The HAI line when its gate is closed: no dose to give, the reason instead."""
    gate = view.hai_gate
    assert gate is not None
    spec = protocol_regimens().drug(line.drug_id)
    text = (f"<font color='#b91c1c'><b>{escape(WITHHELD)}</b></font>: {escape(gate.detail)}. "
            "<b>Do not give</b>; the systemic drugs go ahead.")
    return [Paragraph(str(line.sequence), style), Paragraph(f"<b>{spec.name}</b>", style),
            Paragraph(basis, style), Paragraph(text, style), "", "", "", "", ""]


def _drug_table(view: OrderView) -> Table:
    s = dict(styles())
    s["cell"] = ParagraphStyle("drug", parent=s["cell"], fontSize=7.5, leading=9)
    header = ["#", "Drug (generic)", "Basis · level", "Calculated", "Dose", "Route",
              "Diluent / volume", "Over", "Notes"]
    rows: list[list[object]] = [[Paragraph(h, s["cell_bold"]) for h in header]]
    spans = []
    gate = view.hai_gate
    for line in view.lines:
        spec = protocol_regimens().drug(line.drug_id)
        per = "m²" if line.basis == "mg/m2" else "kg"
        if spec.is_hai and not line.stopped and gate is not None and gate.withheld:
            basis = f"{ismp(line.dose_per_unit)} mg/{per} · level {line.level}"
            spans += [("SPAN", (3, len(rows)), (8, len(rows))),
                      ("BACKGROUND", (3, len(rows)), (8, len(rows)), WITHHELD_BG)]
            rows.append(_withheld_row(view, line, basis, s["cell"]))
            continue
        if line.stopped:
            dose, calculated, basis = "STOPPED", "—", f"— · {line.level}"
        else:
            dose = f"<b>{ismp(line.final_mg)} mg</b>"
            if spec.is_hai and gate is not None and gate.allowed:
                dose += f"<br/>{_gate_note(gate)}"
            calculated = (f"{ismp(round(line.calculated_mg, 1))} mg "
                          f"({signed_percent(line.difference_percent)})")
            basis = f"{ismp(line.dose_per_unit)} mg/{per} · level {line.level}"
        notes = []
        if line.reduction_reason:
            notes.append(f"Reason: {escape(line.reduction_reason)}")
        if spec.note:
            notes.append(escape(spec.note))
        if spec.is_hai and view.order.status in ("given", "administered") \
                and line.given_mg == 0 and not line.stopped:
            notes.append("<b>Not given</b> (HAI withheld)")
        rows.append([Paragraph(str(line.sequence), s["cell"]),
                     Paragraph(f"<b>{spec.name}</b>", s["cell"]), Paragraph(basis, s["cell"]),
                     Paragraph(calculated, s["cell"]), Paragraph(dose, s["cell"]),
                     Paragraph(ROUTE_TEXT[line.route], s["cell"]),
                     Paragraph(escape(line.diluent), s["cell"]),
                     Paragraph(escape(line.duration), s["cell"]),
                     Paragraph("<br/>".join(notes) or "—", s["cell"])])
    table = grid(rows, [5, 24, 22, 22, 20, 27, 27, 12, 21])
    table.setStyle(TableStyle([("TOPPADDING", (0, 0), (-1, -1), 2),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 2), *spans]))
    return table


def _gate_note(gate: OrderGate) -> str:
    """Under the HAI dose: why it may be given today (the notices say more)."""
    return "gate: override" if gate.overridden else "gate: catheter fit"


def _signatures(view: OrderView) -> Table:
    s = styles()
    roles = [("Prescriber (investigator)", "prescribed"),
             ("Pharmacist", "pharmacist verified"),
             ("Nurse administering", "administered"),
             ("Second nurse (check)", "second-nurse check")]
    signed = {sig.meaning: sig for sig in view.signatures}
    rows = [[Paragraph(x, s["cell_bold"]) for x in ("Role", "Printed name", "Signed (UTC)",
                                                     "Signature")]]
    for role, meaning in roles:
        sig = signed.get(meaning)
        if sig is None:
            rows.append([Paragraph(role, s["cell"]), "", "", ""])
        else:
            mark = "electronically signed" if sig.valid else "<font color='#b91c1c'>SIGNATURE " \
                                                             "NO LONGER MATCHES</font>"
            rows.append([Paragraph(role, s["cell"]), Paragraph(escape(sig.full_name), s["cell"]),
                         Paragraph(f"{sig.signed_at:%d %b %Y %H:%M}", s["cell"]),
                         Paragraph(mark, s["cell"])])
    table = grid(rows, [45, 50, 35, 50])
    table.setStyle(TableStyle([("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white]),
                               ("TOPPADDING", (0, 1), (-1, -1), 7),
                               ("BOTTOMPADDING", (0, 1), (-1, -1), 7)]))
    return table


def _draw_code(order_id: int, marks: list[str]):
    def draw(canvas: Canvas, width: float, height: float) -> None:
        barcode = code128.Code128(order_code(order_id), barHeight=9 * mm, barWidth=0.9)
        barcode.drawOn(canvas, width - 15 * mm - barcode.width, height - 14 * mm)
        canvas.setFont(FONT_BOLD, 7)
        canvas.drawRightString(width - 15 * mm, height - 17 * mm, order_code(order_id))
        if marks:
            canvas.setFillColor(ALERT)
            canvas.setFont(FONT_BOLD, 12)
            canvas.drawString(15 * mm, height - 9 * mm, "   ·   ".join(marks))
    return draw


def render_order_sheet(view: OrderView, *, training: bool, printed_by: str, version: str,
                       audit_anchor: str, draft: bool, copy: int | None) -> bytes:
    s = styles()
    o = view.order
    marks = []
    if draft:
        marks.append("DRAFT — NOT FOR ADMINISTRATION")
    if copy is not None and copy > 1:
        marks.append(f"REPRINT — copy {copy}")
    targeted = "cetuximab" if o.targeted_agent == "cetuximab" else "bevacizumab"
    story: list[object] = [
        Spacer(1, 4 * mm),
        Paragraph(f"Chemotherapy order — cycle {o.cycle}, day 1 {o.day1:%d %b %Y}", s["title"]),
        Paragraph(f"Order #{o.id} · {Arm(o.arm).label} ({targeted}) · every "
                  f"{protocol_regimens().cycle_days} days · status {o.status}", s["muted"]),
        Spacer(1, 3 * mm), _patient_block(view),
    ]
    notices = view.notices + [f"HOLD: {h}" for h in view.holds]
    if view.hai_gate is not None:
        notices.insert(0, view.hai_gate.sheet_text)
    if o.hold_override:
        notices.append(f"Proceeding despite the hold — investigator's reason: {o.hold_override}")
    if o.targeted_override:
        notices.append(f"Targeted agent override — reason: {o.targeted_override}")
    if not view.signatures_valid:
        notices.append("A signature no longer matches this order's content: do not give.")
    if notices:
        box = Table([[Paragraph("<br/>".join(f"• {escape(n)}" for n in notices), s["body"])]],
                    colWidths=[180 * mm])
        box.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), NOTICE_BG),
                                 ("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor("#f59e0b"))]))
        story += [Spacer(1, 3 * mm), box]
    story += [
        Paragraph("Measurements", s["heading"]), _measurements(view),
        Paragraph("Pre-cycle checks", s["heading"]), _labs(view),
        Paragraph("Drugs, in order of administration", s["heading"]), _drug_table(view),
        KeepTogether([Paragraph("Signatures", s["heading"]), _signatures(view)]),
    ]
    meta = PageMeta(title=f"Order #{o.id}", training=training, version=version,
                    audit_anchor=audit_anchor, printed_by=printed_by, printed_at=now_utc(),
                    code=_draw_code(o.id, marks))
    return build_pdf(story, meta)
