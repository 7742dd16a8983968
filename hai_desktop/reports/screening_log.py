"""The screening log: every candidate with status and reasons, and the CONSORT counts."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import tzinfo
from typing import TYPE_CHECKING

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Spacer, Table, TableStyle

from hai_desktop.core.eligibility import Status
from hai_desktop.core.i18n import printed, printed_label, printed_message, printing_in
from hai_desktop.reports.common import (
    FONT_BOLD,
    RULE,
    PageMeta,
    Paragraph,
    build_pdf,
    day_text,
    escape,
    now_utc,
    styles,
)

if TYPE_CHECKING:
    from hai_desktop.views import ConsortCounts, ScreeningLogRow



def _result_text(result: Status) -> str:
    """Status.label in the language being printed."""
    return {Status.ELIGIBLE: printed("ScreeningLog", "Eligible"),
            Status.INELIGIBLE: printed("ScreeningLog", "Ineligible"),
            Status.UNDETERMINED: printed("ScreeningLog", "Not yet determined")}[result]


def _consort_table(counts: ConsortCounts) -> Table:
    s = styles()
    rows: list[list[object]] = [
        [printed("ScreeningLog", "Screened (registered candidates)"), str(counts.screened)],
        [printed("ScreeningLog", "Screening not yet complete"), str(counts.not_yet_determined)],
        [printed("ScreeningLog", "Ineligible (confirmed)"), str(counts.ineligible)],
    ]
    # The criteria's texts as stored with the result, in the document's language.
    rows += [[Paragraph(f"&nbsp;&nbsp;&nbsp;&nbsp;{escape(printed_message(reason))}", s["cell"]),
              str(n)]
             for reason, n in counts.ineligible_by_reason]
    rows += [
        [printed("ScreeningLog", "Eligible (confirmed)"), str(counts.eligible)],
        [printed("ScreeningLog", "Randomized"), str(counts.randomized)],
        [printed("ScreeningLog", "Eligible, awaiting randomization"),
         str(counts.eligible_awaiting_randomization)],
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
    header = [printed("ScreeningLog", "Screening no."), printed("ScreeningLog", "Study ID"),
              printed("ScreeningLog", "Initials"), printed("ScreeningLog", "Sex"),
              printed("ScreeningLog", "Consent"), printed("ScreeningLog", "Status"),
              printed("ScreeningLog", "Eligibility"), printed("ScreeningLog", "Assessed"),
              printed("ScreeningLog", "Reasons for ineligibility")]
    body = [[Paragraph(h, s["cell_bold"]) for h in header]]
    for r in rows:
        result = _result_text(r.result)
        eligibility = (result if r.confirmed else
                       printed("ScreeningLog", "{result} (not confirmed)").format(result=result))
        body.append([
            Paragraph(r.screening_number, s["cell"]), Paragraph(r.study_id or "—", s["cell"]),
            Paragraph(r.initials, s["cell"]), Paragraph(r.sex, s["cell"]),
            Paragraph(day_text(r.consent_date), s["cell"]),
            Paragraph(printed_label("PatientStatus", r.patient_status.label), s["cell"]),
            Paragraph(eligibility, s["cell"]), Paragraph(day_text(r.assessed_on), s["cell"]),
            Paragraph("<br/>".join(escape(printed_message(x)) for x in r.reasons) or "—",
                      s["cell"]),
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
                         audit_anchor: str, zone: tzinfo, language: str = "en") -> bytes:
    """`language`: the one the log is printed in (settings.document_language)."""
    with printing_in(language):
        return _render_screening_log(rows, counts, training=training, printed_by=printed_by,
                                     version=version, audit_anchor=audit_anchor, zone=zone)


def _render_screening_log(rows: Sequence[ScreeningLogRow], counts: ConsortCounts, *,
                          training: bool, printed_by: str, version: str,
                          audit_anchor: str, zone: tzinfo) -> bytes:
    s = styles()
    title = printed("ScreeningLog", "Screening log")
    story = [
        Paragraph(printed("ScreeningLog", "Screening log — TRAINING") if training else title,
                  s["title"]),
        Paragraph(printed("ScreeningLog", "Every registered candidate with the eligibility "
                          "result and the reasons for ineligibility (protocol Table 1). "
                          "Pseudonymised: screening number and initials only."), s["muted"]),
        Paragraph(printed("ScreeningLog", "CONSORT counts"), s["heading"]),
        _consort_table(counts),
        Paragraph(printed("ScreeningLog",
                          "A candidate failing several criteria is counted under each."),
                  s["muted"]),
        Paragraph(printed("ScreeningLog", "Candidates"), s["heading"]),
        _log_table(rows) if rows else Paragraph(printed("ScreeningLog",
                                                        "No candidates registered yet."),
                                                s["body"]),
        Spacer(1, 4 * mm),
    ]
    meta = PageMeta(title=title, training=training, version=version, audit_anchor=audit_anchor,
                    printed_by=printed_by, printed_at=now_utc(), zone=zone)
    return build_pdf(story, meta, landscape_pages=True)
