"""The screening log: every candidate with status and reasons, and the CONSORT counts."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import tzinfo
from typing import TYPE_CHECKING

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Spacer, Table, TableStyle

from hai_desktop.reports.common import (
    FONT_BOLD,
    RULE,
    PageMeta,
    Paragraph,
    build_pdf,
    escape,
    now_utc,
    styles,
)

if TYPE_CHECKING:
    from hai_desktop.services.screening import ConsortCounts, ScreeningLogRow

TITLE = "Screening log"


def _consort_table(counts: ConsortCounts) -> Table:
    s = styles()
    rows = [
        ["Screened (registered candidates)", str(counts.screened)],
        ["Screening not yet complete", str(counts.not_yet_determined)],
        ["Ineligible (confirmed)", str(counts.ineligible)],
    ]
    rows += [[Paragraph(f"&nbsp;&nbsp;&nbsp;&nbsp;{escape(reason)}", s["cell"]), str(n)]
             for reason, n in counts.ineligible_by_reason]
    rows += [
        ["Eligible (confirmed)", str(counts.eligible)],
        ["Randomized", str(counts.randomized)],
        ["Eligible, awaiting randomization", str(counts.eligible_awaiting_randomization)],
    ]
    table = Table([[Paragraph(c, s["cell"]) if isinstance(c, str) else c for c in row]
                   for row in rows], colWidths=[120 * mm, 20 * mm], hAlign="LEFT")
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.4, RULE),
        ("ALIGN", (1, 0), (1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]))
    return table


def _log_table(rows: Sequence[ScreeningLogRow]) -> Table:
    s = styles()
    header = ["Screening no.", "Study ID", "Initials", "Sex", "Consent", "Status",
              "Eligibility", "Assessed", "Reasons for ineligibility"]
    body = [[Paragraph(h, s["cell_bold"]) for h in header]]
    for r in rows:
        eligibility = r.result.label if r.confirmed else f"{r.result.label} (not confirmed)"
        body.append([
            Paragraph(r.screening_number, s["cell"]), Paragraph(r.study_id or "—", s["cell"]),
            Paragraph(r.initials, s["cell"]), Paragraph(r.sex, s["cell"]),
            Paragraph(f"{r.consent_date:%d %b %Y}" if r.consent_date else "—", s["cell"]),
            Paragraph(r.patient_status.label, s["cell"]), Paragraph(eligibility, s["cell"]),
            Paragraph(f"{r.assessed_on:%d %b %Y}" if r.assessed_on else "—", s["cell"]),
            Paragraph("<br/>".join(escape(x) for x in r.reasons) or "—", s["cell"]),
        ])
    widths = [21, 18, 17, 11, 22, 24, 30, 22, 102]
    table = Table(body, colWidths=[w * mm for w in widths], repeatRows=1)
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.4, RULE),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eef2f7")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONTNAME", (0, 0), (-1, 0), FONT_BOLD),
    ]))
    return table


def render_screening_log(rows: Sequence[ScreeningLogRow], counts: ConsortCounts, *,
                         training: bool, printed_by: str, version: str,
                         audit_anchor: str, zone: tzinfo) -> bytes:
    s = styles()
    story = [
        Paragraph(f"{TITLE}{' — TRAINING' if training else ''}", s["title"]),
        Paragraph("Every registered candidate with the eligibility result and the reasons "
                  "for ineligibility (protocol Table 1). Pseudonymised: screening number and "
                  "initials only.", s["muted"]),
        Paragraph("CONSORT counts", s["heading"]),
        _consort_table(counts),
        Paragraph("A candidate failing several criteria is counted under each.", s["muted"]),
        Paragraph("Candidates", s["heading"]),
        _log_table(rows) if rows else Paragraph("No candidates registered yet.", s["body"]),
        Spacer(1, 4 * mm),
    ]
    meta = PageMeta(title=TITLE, training=training, version=version, audit_anchor=audit_anchor,
                    printed_by=printed_by, printed_at=now_utc(), zone=zone)
    return build_pdf(story, meta, landscape_pages=True)
