"""The Kaplan-Meier chart of the trial report: a PDF with it is read back, its numbers at risk
are those counted independently here, and it is rendered to PNG (/tmp/ui-shots) to be
looked at."""

from __future__ import annotations

import io
from datetime import UTC, datetime
from pathlib import Path

import pdfplumber
import pypdfium2
from reportlab.platypus import Paragraph

from hai_desktop.core.survival import Observation
from hai_desktop.reports.common import PageMeta, build_pdf, styles
from hai_desktop.reports.survival_chart import ArmCurve, survival_chart
from tests.core.test_survival import trial

SHOTS = Path("/tmp/ui-shots")  # as the UI tests: outside the checkout


def chart_meta() -> PageMeta:
    return PageMeta(title="Trial report", training=True, version="test",
                    audit_anchor="anchor", printed_by="김지원 (TRAINING)",
                    printed_at=datetime(2026, 12, 4, 9, 0, tzinfo=UTC), zone=UTC)


def chart_pdf(arms: list[ArmCurve]) -> bytes:
    return build_pdf([Paragraph("Overall survival by arm", styles()["title"]),
                      survival_chart(arms, endpoint="Overall survival")], chart_meta())


def without_watermark(page: pdfplumber.page.Page) -> str:
    """The page's text without the TRAINING watermark's letters, which fall between others."""
    return page.filter(lambda obj: obj.get("size", 0) < 20).extract_text()


def test_the_chart_prints_each_arm_with_its_numbers_at_risk(tmp_path: Path) -> None:
    hai, control = trial(7)
    arms = [ArmCurve("HAI + FOLFIRI", hai), ArmCurve("FOLFIRI", control)]
    pdf = chart_pdf(arms)
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        text = without_watermark(document.pages[0])
    assert "Number at risk" in text and "Months from randomization" in text
    assert "Overall survival (probability)" in text
    lines = text.splitlines()
    longest = max(o.time for o in hai + control)
    ticks = [6.0 * k for k in range(int(-(-longest // 6)) + 1)]
    for arm in arms:
        expected = [sum(o.time >= t for o in arm.observations) for t in ticks]
        row = next(line for line in lines if line.startswith(arm.label + " ") and
                   line.removeprefix(arm.label).split()[0].isdigit())
        assert [int(n) for n in row.removeprefix(arm.label).split()] == expected
    assert expected[0] == len(control) == 54
    page = pypdfium2.PdfDocument(pdf)[0]
    image = page.render(scale=1.2).to_pil()
    SHOTS.mkdir(parents=True, exist_ok=True)
    image.save(SHOTS / "survival-chart.png")
    image.save(tmp_path / "survival-chart.png")
    assert image.size[0] > 600


def test_an_arm_with_nobody_followed_yet_is_a_flat_line_at_one() -> None:
    pdf = chart_pdf([ArmCurve("HAI + FOLFIRI", [Observation(0.0, False)]),
                     ArmCurve("FOLFIRI", [])])
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        text = without_watermark(document.pages[0])
    assert "Number at risk" in text
    assert "HAI + FOLFIRI 1 0" in text and "FOLFIRI 0 0" in text


def test_the_chart_in_korean_prints_its_hangul_whole() -> None:
    from hai_desktop.core.i18n import printing_in

    hai, control = trial(7)
    with printing_in("ko"):
        pdf = chart_pdf([ArmCurve("HAI + FOLFIRI (간동맥)", hai), ArmCurve("FOLFIRI", control)])
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        text = without_watermark(document.pages[0])
    assert "위험 대상자 수" in text and "무작위배정 후 개월" in text
    assert "HAI + FOLFIRI (간동맥) 54" in text
    image = pypdfium2.PdfDocument(pdf)[0].render(scale=1.2).to_pil()
    SHOTS.mkdir(parents=True, exist_ok=True)
    image.save(SHOTS / "survival-chart-ko.png")
