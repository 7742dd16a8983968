"""The CONSORT flow diagram: every number of the flow is printed in its box, in English and in
Korean, and the page is rendered to PNG (/tmp/ui-shots) to be looked at."""

from __future__ import annotations

import io
import re

import pdfplumber
import pypdfium2
from reportlab.platypus import Paragraph

from hai_desktop.core.i18n import printing_in
from hai_desktop.reports.common import build_pdf, styles
from hai_desktop.reports.consort_flow import consort_flow
from hai_desktop.views import ArmFlow, TrialFlow
from tests.reports.test_survival_chart import SHOTS, chart_meta, without_watermark

FLOW = TrialFlow(
    screened=131,
    excluded=(("Extrahepatic metastases", 12), ("Liver disease resectable at baseline", 5),
              ("ECOG performance status 2 or more", 3), ("Declined to take part", 2)),
    awaiting=1,
    randomized=108,
    arms=(ArmFlow("HAI oxaliplatin + FOLFIRI + targeted", 54, 52,
                  (("Catheter could not be placed", 2),), 1,
                  (("Resectable", 21), ("Progression", 14), ("Toxicity", 6),
                   ("Patient's refusal", 2)), 54),
          ArmFlow("FOLFIRI + targeted", 54, 54, (), 2,
                  (("Resectable", 9), ("Progression", 25), ("Toxicity", 4)), 54)),
)


def flow_pdf(flow: TrialFlow) -> bytes:
    return build_pdf([Paragraph("CONSORT flow", styles()["title"]), consort_flow(flow)],
                     chart_meta())


def numbers(text: str) -> list[int]:
    return [int(n) for n in re.findall(r"\(n\s=\s(\d+)\)", text)]


def flat(text: str) -> str:
    return " ".join(text.split())  # no-break spaces and line ends as plain spaces


def test_every_number_of_the_flow_is_in_its_box() -> None:
    pdf = flow_pdf(FLOW)
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        assert len(document.pages) == 1, "the diagram fits one page"
        page = document.pages[0]
        text = without_watermark(page)
        # The arms' columns read apart (a page's text interleaves them line by line).
        middle = page.width * 0.55
        hai = flat(without_watermark(page.crop((0, 0, middle, page.height))))
        control = flat(without_watermark(page.crop((middle, 0, page.width, page.height))))
    for expected in ("Assessed for eligibility (n = 131)", "Excluded (n = 23)",
                     "Extrahepatic metastases (n = 12)", "Randomized (n = 108)",
                     "Enrollment", "Allocation", "Follow-up", "Analysis"):
        assert expected in flat(text), expected
    for expected in ("Allocated to HAI oxaliplatin + FOLFIRI + targeted (n = 54)",
                     "Received the allocated treatment (n = 52)", "Did not receive it (n = 2)",
                     "Catheter could not be placed (n = 2)", "Lost to follow-up (n = 1)",
                     "Treatment ended (n = 43)", "Patient's refusal (n = 2)",
                     "Analysed (intention to treat) (n = 54)",
                     "Excluded from analysis (n = 0)"):
        assert expected in hai, expected
    for expected in ("Allocated to FOLFIRI + targeted (n = 54)",
                     "Received the allocated treatment (n = 54)", "Lost to follow-up (n = 2)",
                     "Treatment ended (n = 38)", "Progression (n = 25)"):
        assert expected in control, expected
    assert sum(numbers(text)) == sum([
        131, 23, 12, 5, 3, 2, 1, 108,
        54, 52, 2, 2, 1, 43, 21, 14, 6, 2, 54, 0,
        54, 54, 0, 2, 38, 9, 25, 4, 54, 0])
    image = pypdfium2.PdfDocument(pdf)[0].render(scale=1.2).to_pil()
    SHOTS.mkdir(parents=True, exist_ok=True)
    image.save(SHOTS / "consort-flow.png")


def test_the_flow_in_korean() -> None:
    with printing_in("ko"):
        pdf = flow_pdf(FLOW)
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        text = flat(without_watermark(document.pages[0]))
    assert "적격성 평가 (n = 131)" in text and "무작위배정 (n = 108)" in text
    assert "Enrollment" not in text and "등록" in text
    SHOTS.mkdir(parents=True, exist_ok=True)
    pypdfium2.PdfDocument(pdf)[0].render(scale=1.2).to_pil().save(SHOTS / "consort-flow-ko.png")
