"""The trial report as a PDF (issue #20): accrual against the target, the CONSORT flow, conversion
to resection and objective response per arm with exact 95 % CIs, Kaplan-Meier curves of OS and
PFS with numbers at risk, log-rank test and Cox hazard ratio, and grade >= 3 adverse events by
term and arm. Pseudonymised: study IDs and counts only. A TrialReport in, PDF bytes out."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, tzinfo

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreak, Spacer

from hai_desktop.core.arms import Arm
from hai_desktop.core.i18n import QT_TRANSLATE_NOOP, printed, printed_label, printing_in
from hai_desktop.core.survival import Rate
from hai_desktop.reports.accrual_chart import accrual_chart
from hai_desktop.reports.common import (
    PageMeta,
    Paragraph,
    build_pdf,
    cell,
    day_text,
    grid,
    styles,
)
from hai_desktop.reports.consort_flow import consort_flow
from hai_desktop.reports.survival_chart import ArmCurve, survival_chart
from hai_desktop.views import ARMS, SurvivalComparison, TrialReport

TITLE = QT_TRANSLATE_NOOP("TrialReport", "Trial report")


@dataclass(frozen=True)
class ReportMeta:
    training: bool
    version: str
    audit_anchor: str
    printed_by: str
    printed_at: datetime
    zone: tzinfo


def arm_name(arm: Arm) -> str:
    return printed_label("Arm", arm.label)


def rate_text(rate: Rate) -> str:
    """'4/10 · 40.0 % (12.2–73.8)': the count, the rate and its exact 95 % CI."""
    if rate.total == 0:
        return "—"
    return (f"{rate.count}/{rate.total} · {100 * rate.count / rate.total:.1f} % "
            f"({100 * rate.lower:.1f}–{100 * rate.upper:.1f})")


def months_text(value: float | None) -> str:
    return printed("TrialReport", "not reached") if value is None else f"{value:.1f}"


def p_text(value: float) -> str:
    return "< 0.001" if value < 0.001 else f"{value:.3f}"


def trial_report_pdf(report: TrialReport, meta: ReportMeta, *, language: str = "en") -> bytes:
    with printing_in(language):
        return _pdf(report, meta)


def _pdf(report: TrialReport, meta: ReportMeta) -> bytes:
    s = styles()
    total = sum(report.randomized.values())
    story: list[Flowable] = [
        Spacer(1, 3 * mm),
        Paragraph(printed("TrialReport", TITLE), s["title"]),
        Paragraph(printed("TrialReport", "Data cut-off {cutoff} · pseudonymised: study IDs "
                          "and counts only · every analysis by intention to treat").format(
            cutoff=day_text(report.cutoff)), s["muted"]),
        Paragraph(printed("TrialReport", "Accrual"), s["heading"]),
        Paragraph(printed("TrialReport", "{count} of {target} participants randomized "
                          "({percent:.0f} %); the dashed line is the plan: the target evenly "
                          "over 2 years (protocol).").format(
            count=total, target=report.target, percent=100 * total / report.target), s["body"]),
        accrual_chart(report.accrual, report.target),
        *_endpoint_tables(report),
        CondPageBreak(150 * mm),
        Paragraph(printed("TrialReport", "CONSORT flow diagram"), s["heading"]),
        consort_flow(report.flow, height_mm=135),
        *_severe_events(report),
        *_deviations(report),
        KeepTogether([Paragraph(printed("TrialReport", "Methods"), s["heading"]),
                      Paragraph(printed("TrialReport", _METHODS), s["small"])]),
        PageBreak(),
        *_survival(report.os, printed("TrialReport", "Overall survival")),
        CondPageBreak(120 * mm),
        *_survival(report.pfs, printed("TrialReport", "Progression-free survival")),
    ]
    page = PageMeta(title=printed("TrialReport", TITLE), training=meta.training,
                    version=meta.version, audit_anchor=meta.audit_anchor,
                    printed_by=meta.printed_by, printed_at=meta.printed_at, zone=meta.zone)
    return build_pdf(story, page)


_METHODS = QT_TRANSLATE_NOOP(
    "TrialReport",
    "Conversion: liver metastases resected (the investigator's record of the primary "
    "endpoint). Objective response: a best overall response of CR or PR by RECIST 1.1; "
    "patients without an assessment count as non-responders. Rates with exact "
    "(Clopper-Pearson) 95 % confidence intervals. OS: from randomization to death from any "
    "cause, censored at the last date known alive. PFS: to the first progression (RECIST, or "
    "reported at follow-up) or death, censored at the last adequate tumour assessment. "
    "Kaplan-Meier estimates, two-sided log-rank test, Cox proportional hazards (Efron ties) "
    "for HAI versus control with a Wald 95 % CI. Months of 30.44 days.")


def _endpoint_tables(report: TrialReport) -> list[Flowable]:
    s = styles()
    header: list[object] = [cell(printed("TrialReport", "Arm"), "cell_bold"),
                            cell(printed("TrialReport", "N"), "cell_bold"),
                            cell(printed("TrialReport", "Conversion to resection, n/N · % "
                                         "(95 % CI)"), "cell_bold"),
                            cell(printed("TrialReport", "Objective response, n/N · % (95 % "
                                         "CI)"), "cell_bold")]
    rows: list[list[object]] = [header]
    for arm in ARMS:
        rows.append([cell(arm_name(arm)), cell(str(report.randomized[arm])),
                     cell(rate_text(report.conversion[arm])),
                     cell(rate_text(report.response_rate[arm]))])
    return [Paragraph(printed("TrialReport", "Primary endpoint and objective response"),
                      s["heading"]),
            grid(rows, [58, 12, 53, 53])]


def _survival(comparison: SurvivalComparison, title: str) -> list[Flowable]:
    s = styles()
    # The short names: the legend and the at-risk rows have room for a few words only.
    curves = [ArmCurve(printed_label("Arm", arm.short), comparison.observations[arm])
              for arm in ARMS]
    header: list[object] = [cell(printed("TrialReport", "Arm"), "cell_bold"),
                            cell(printed("TrialReport", "Events / patients"), "cell_bold"),
                            cell(printed("TrialReport", "Median, months"), "cell_bold")]
    rows: list[list[object]] = [header]
    for arm in ARMS:
        observations = comparison.observations[arm]
        rows.append([cell(arm_name(arm)),
                     cell(f"{sum(o.event for o in observations)} / {len(observations)}"),
                     cell(months_text(comparison.medians[arm]))])
    test = comparison.log_rank
    hr = comparison.hazard_ratio
    if test is None:
        tested = printed("TrialReport", "Log-rank test and hazard ratio: not estimable yet "
                         "(an arm without patients or events).")
    else:
        tested = printed("TrialReport", "Log-rank χ² {chi:.2f}, p = {p}.").format(
            chi=test.statistic, p=p_text(test.p_value))
        tested += " " + (printed("TrialReport", "Hazard ratio HAI vs control {hr:.2f} (95 % CI "
                                 "{low:.2f}–{high:.2f}), p = {p}.").format(
            hr=hr.ratio, low=hr.lower, high=hr.upper, p=p_text(hr.p_value)) if hr is not None
            else printed("TrialReport", "Hazard ratio: not estimable yet (no event in one "
                         "arm)."))
    return [KeepTogether([Paragraph(title, s["heading"]),
                          survival_chart(curves, endpoint=title, height_mm=85)]),
            grid(rows, [70, 40, 40]), Spacer(1, 2 * mm), Paragraph(tested, s["body"])]


def _severe_events(report: TrialReport) -> Sequence[Flowable]:
    s = styles()
    heading = Paragraph(printed("TrialReport", "Grade ≥ 3 adverse events (CTCAE v4.03): "
                                "patients by term and arm"), s["heading"])
    if not report.severe_events:
        return [heading, Paragraph(printed("TrialReport", "None recorded."), s["body"])]
    rows: list[list[object]] = [[cell(printed("TrialReport", "Term"), "cell_bold"),
                                 *(cell(f"{arm_name(arm)} (N = {report.randomized[arm]})",
                                        "cell_bold") for arm in ARMS)]]
    for line in report.severe_events:
        rows.append([cell(line.term), *(cell(str(line.patients[arm])) for arm in ARMS)])
    return [heading, grid(rows, [76, 50, 50]),
            Paragraph(printed("TrialReport", "N: patients randomized to the arm (intention to "
                              "treat); a patient counts once per term."), s["muted"])]


DEVIATION_HEADINGS = (QT_TRANSLATE_NOOP("TrialReport", "Study ID"),
                      QT_TRANSLATE_NOOP("TrialReport", "Visit"),
                      QT_TRANSLATE_NOOP("TrialReport", "Expected"),
                      QT_TRANSLATE_NOOP("TrialReport", "Done on"),
                      QT_TRANSLATE_NOOP("TrialReport", "Days outside the window"))


def _deviations(report: TrialReport) -> list[Flowable]:
    s = styles()
    heading = Paragraph(printed("TrialReport", "Protocol deviations: visits done outside their "
                                "window"), s["heading"])
    if not report.deviations:
        return [heading, Paragraph(printed("TrialReport", "None recorded."), s["body"])]
    rows: list[list[object]] = [[cell(printed("TrialReport", text), "cell_bold")
                                 for text in DEVIATION_HEADINGS]]
    for d in report.deviations:
        rows.append([cell(d.study_id), cell(f"{printed_label('VisitKind', d.visit)} {d.number}"),
                     cell(day_text(d.expected)), cell(day_text(d.done_on)),
                     cell(str(d.days_outside))])
    return [heading, grid(rows, [28, 48, 34, 34, 32]),
            Paragraph(printed("TrialReport", "The windows are site rules "
                              "(assessment_window_days, follow_up_window_days)."), s["muted"])]
