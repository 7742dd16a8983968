"""The benchmark script still runs (one quick pass); its figures are not asserted as speeds."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.server import server_available

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_benchmarks_print_every_figure() -> None:
    result = subprocess.run([sys.executable, "-m", "tests.benchmarks", "--quick"], cwd=ROOT,
                            capture_output=True, text=True, timeout=300, check=True)
    out = result.stdout
    assert out.startswith("hai-desktop benchmarks")
    assert re.search(r"sign-in window, cold start to first paint\s+\d+ ms\s+[\d.]+× bare", out)
    assert re.search(r"unlock \(argon2id t=\d+, m=\d+ MiB, p=\d+\).*\d+ ms", out)
    assert re.search(r"sign-in on the GUI thread \(as before\): longest GUI stall\s+\d+ ms", out)
    assert re.search(r"sign-in on the background worker: longest GUI stall\s+\d+ ms", out)
    assert re.search(r"SQLCipher\s+\d+ rows/s\s+[\d.]+× plain speed", out)
    if server_available():
        assert re.search(r"PostgreSQL server \(TLS, loopback\)\s+\d+ rows/s\s+[\d.]+× plain", out)
    assert re.search(r"generate a 4 × 130 list \(\d+ envelopes\)\s+[\d.]+ ms", out)
    assert re.search(r"envelope set PDF \(\d+ pages\)\s+\d+ ms", out)
    assert re.search(r"12 drug lines from typed text\s+[\d.]+ ms\s+pint \d+ % of it", out)
    assert re.search(r"order sheet PDF \(load \+ render\)\s+\d+ ms", out)
    for view in ("patient list", "toxicity history", "audit trail"):
        assert re.search(rf"first paint: {view}.*\s\d+ ms\s+target < 200 ms", out)
    assert re.search(r"Today for the investigator: \d+ items, every course of \d+ randomized "
                     r"patients\s+\d+ ms", out)
    assert re.search(r"after a demo session.*\s\d+ MB\s+peak \d+ MB, [\d.]+× bare", out)
