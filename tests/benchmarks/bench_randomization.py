"""Randomization figures: generate and verify a 4 × 130 envelope list, render its envelope PDF,
and one allocation (integrity check included) on the encrypted file."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from pathlib import Path

from tests.benchmarks.bench_foundation import Row


def _median_ms(work: Callable[[], object], repeats: int) -> float:
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000


def bench_randomization(db_path: Path, repeats: int) -> list[Row]:
    from hai_desktop.core.randomization import (
        GenerationParameters,
        generate_allocation_list,
        list_sha256,
        new_seed,
        parse_csv,
        protocol_design,
        to_csv,
    )
    from hai_desktop.reports.envelopes import render_envelope_set

    params = GenerationParameters(new_seed(), 130, (2, 4))
    envelopes = generate_allocation_list(params)
    generate = _median_ms(lambda: generate_allocation_list(params), repeats)
    verify = _median_ms(lambda: list_sha256(parse_csv(to_csv(envelopes))), repeats)
    render = _median_ms(lambda: render_envelope_set(
        envelopes, protocol_design(), training=True, printed_by="bench", version="bench",
        audit_anchor="audit #0"), max(1, repeats // 3))
    return [
        Row(f"generate a 4 × 130 list ({len(envelopes)} envelopes)", f"{generate:.1f} ms"),
        Row("verify it (CSV → parse → SHA-256)", f"{verify:.1f} ms"),
        Row(f"envelope set PDF ({-(-len(envelopes) // 5)} pages)", f"{render:.0f} ms"),
    ]
