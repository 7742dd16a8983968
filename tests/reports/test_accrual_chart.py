"""Accrual against the target: read back from a PDF and rendered to PNG (/tmp/ui-shots)."""

from __future__ import annotations

import io
import random
from datetime import date, timedelta

import pdfplumber
import pypdfium2
from reportlab.platypus import Paragraph

from hai_desktop.core.schedule import accrual, protocol_schedule
from hai_desktop.reports.accrual_chart import accrual_chart
from hai_desktop.reports.common import build_pdf, styles
from tests.reports.test_survival_chart import SHOTS, chart_meta, without_watermark


def test_accrual_against_the_target_of_108() -> None:
    rules = protocol_schedule()
    rng = random.Random(5)
    opened = date(2026, 1, 12)
    randomized = sorted(opened + timedelta(days=rng.randrange(0, 560)) for _ in range(71))
    points = accrual(randomized, opened, date(2027, 7, 31), rules)
    pdf = build_pdf([Paragraph("Accrual", styles()["title"]),
                     accrual_chart(points, rules.target_participants)], chart_meta())
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        text = without_watermark(document.pages[0])
    assert "target 108" in text and "71 randomized" in text
    assert "2026-01" in text and "2027-07" in text
    assert points[-1].randomized == 71 and points[-1].planned == 108 * 19 / 24
    image = pypdfium2.PdfDocument(pdf)[0].render(scale=1.2).to_pil()
    SHOTS.mkdir(parents=True, exist_ok=True)
    image.save(SHOTS / "accrual.png")
    image.crop((0, 0, image.size[0], image.size[1] // 3)).save(SHOTS / "accrual-top.png")
