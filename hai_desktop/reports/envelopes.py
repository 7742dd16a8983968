"""The envelope set: for each envelope an outside label (trial, stratum, number — never the
arm) and an insert card (the allocation, with lines for patient ID, date and signature).

One envelope per row, label left and card right, five rows to an A4 page with dashed cut lines.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import tzinfo

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from hai_desktop.core.arms import Arm
from hai_desktop.core.clock import site_zone
from hai_desktop.core.i18n import printed, printed_label, printing_in
from hai_desktop.core.randomization import Envelope, RandomizationDesign, Stratum
from hai_desktop.reports.common import (
    FONT,
    FONT_BOLD,
    INK,
    MUTED,
    TRIAL,
    PageMeta,
    build_canvas_pdf,
    now_utc,
)

ROWS_PER_PAGE = 5
MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM = 12 * mm, 14 * mm, 20 * mm
LABEL_WIDTH = 88 * mm


def _stratum_text(stratum: Stratum) -> str:
    """Stratum.label in the language being printed."""
    return (printed("Envelopes", "ECOG {ecog} / adjuvant yes") if stratum.prior_adjuvant else
            printed("Envelopes", "ECOG {ecog} / adjuvant no")).format(ecog=stratum.ecog)


def _cut_lines(canvas: Canvas, x0: float, y0: float, width: float, height: float) -> None:
    canvas.saveState()
    canvas.setDash(3, 3)
    canvas.setStrokeColor(MUTED)
    canvas.setLineWidth(0.4)
    canvas.rect(x0, y0, width, height)
    canvas.restoreState()


def _label(canvas: Canvas, envelope: Envelope, design: RandomizationDesign, x: float, y: float,
           height: float, training: bool) -> None:
    """Outside of the envelope: nothing here may reveal the arm."""
    stratum = design.stratum(envelope.stratum)
    canvas.setFillColor(INK)
    canvas.setFont(FONT_BOLD, 8)
    canvas.drawString(x + 5 * mm, y + height - 8 * mm,
                      printed("Envelopes", "LABEL · outside of the envelope"))
    canvas.setFont(FONT, 8)
    canvas.drawString(x + 5 * mm, y + height - 13 * mm, TRIAL)
    canvas.setFont(FONT_BOLD, 22)
    canvas.drawString(x + 5 * mm, y + height - 25 * mm, envelope.number)
    canvas.setFont(FONT, 9)
    canvas.drawString(x + 5 * mm, y + height - 32 * mm,
                      printed("Envelopes", "Stratum {code}: {stratum}").format(
                          code=stratum.code, stratum=_stratum_text(stratum)))
    canvas.setFont(FONT, 7.5)
    canvas.setFillColor(MUTED)
    canvas.drawString(x + 5 * mm, y + 6 * mm,
                      printed("Envelopes", "Open only when hai-desktop names it."))
    if training:
        canvas.setFillColor(colors.HexColor("#c2410c"))
        canvas.setFont(FONT_BOLD, 9)
        canvas.drawRightString(x + LABEL_WIDTH - 5 * mm, y + height - 8 * mm,
                               printed("Envelopes", "TRAINING"))


def _card(canvas: Canvas, envelope: Envelope, design: RandomizationDesign, x: float, y: float,
          width: float, height: float, training: bool) -> None:
    """Inside the envelope: the allocation."""
    stratum = design.stratum(envelope.stratum)
    canvas.setFillColor(INK)
    canvas.setFont(FONT_BOLD, 8)
    canvas.drawString(x + 5 * mm, y + height - 8 * mm,
                      printed("Envelopes", "CARD · inside the envelope"))
    canvas.setFont(FONT, 8)
    canvas.drawString(x + 5 * mm, y + height - 13 * mm,
                      printed("Envelopes", "Envelope {number} · stratum {code}: {stratum}")
                      .format(number=envelope.number, code=stratum.code,
                              stratum=_stratum_text(stratum)))
    canvas.setFont(FONT_BOLD, 13)
    arm = envelope.arm
    canvas.drawString(x + 5 * mm, y + height - 22 * mm,
                      printed("Envelopes", "Experimental arm (HAI)") if arm is Arm.HAI
                      else printed("Envelopes", "Control arm"))
    canvas.setFont(FONT, 8)
    canvas.drawString(x + 5 * mm, y + height - 27 * mm, printed_label("Arm", arm.label))
    canvas.setStrokeColor(MUTED)
    canvas.setLineWidth(0.5)
    captions = (printed("Envelopes", "Patient screening no."),
                printed("Envelopes", "Date opened"), printed("Envelopes", "Opened by (signature)"))
    for i, caption in enumerate(captions):
        line_y = y + height - 36 * mm - i * 6.5 * mm
        canvas.drawString(x + 5 * mm, line_y + 1 * mm, caption)
        canvas.line(x + 40 * mm, line_y, x + width - 6 * mm, line_y)
    if training:
        canvas.setFillColor(colors.HexColor("#c2410c"))
        canvas.setFont(FONT_BOLD, 9)
        canvas.drawRightString(x + width - 5 * mm, y + height - 8 * mm,
                               printed("Envelopes", "TRAINING"))


def render_envelope_set(envelopes: Sequence[Envelope], design: RandomizationDesign, *,
                        training: bool, printed_by: str, version: str,
                        audit_anchor: str, zone: tzinfo | None = None,
                        language: str = "en") -> bytes:
    """`zone`: the site's (Workspace.zone) for the printed time; None, the computer's own (as
    an empty time_zone setting means). `language`: the one the set is printed in
    (settings.document_language)."""
    with printing_in(language):
        return _render_envelope_set(envelopes, design, training=training,
                                    printed_by=printed_by, version=version,
                                    audit_anchor=audit_anchor, zone=zone)


def _render_envelope_set(envelopes: Sequence[Envelope], design: RandomizationDesign, *,
                         training: bool, printed_by: str, version: str,
                         audit_anchor: str, zone: tzinfo | None) -> bytes:
    page_width, page_height = A4
    row_height = (page_height - MARGIN_TOP - MARGIN_BOTTOM) / ROWS_PER_PAGE
    card_width = page_width - 2 * MARGIN_X - LABEL_WIDTH

    def instructions(canvas: Canvas) -> None:
        canvas.setFont(FONT, 7.5)
        canvas.setFillColor(MUTED)
        canvas.drawString(MARGIN_X, page_height - 9 * mm,
                          printed("Envelopes", "Cut along the dashed lines: label outside, card "
                                  "inside. Print on opaque paper and check that no card shows "
                                  "through the envelope."))

    def draw(canvas: Canvas) -> None:
        for index, envelope in enumerate(envelopes):
            if index and index % ROWS_PER_PAGE == 0:
                canvas.showPage()
            row = index % ROWS_PER_PAGE
            if row == 0:
                instructions(canvas)
            y = page_height - MARGIN_TOP - (row + 1) * row_height
            _cut_lines(canvas, MARGIN_X, y, LABEL_WIDTH, row_height)
            _cut_lines(canvas, MARGIN_X + LABEL_WIDTH, y, card_width, row_height)
            _label(canvas, envelope, design, MARGIN_X, y, row_height, training)
            _card(canvas, envelope, design, MARGIN_X + LABEL_WIDTH, y, card_width, row_height,
                  training)
        canvas.showPage()

    meta = PageMeta(title=printed("Envelopes", "Sealed envelope set"), training=training,
                    version=version, audit_anchor=audit_anchor, printed_by=printed_by,
                    printed_at=now_utc(),
                    zone=zone if zone is not None else site_zone(""))
    return build_canvas_pdf(draw, meta)
