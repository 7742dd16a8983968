"""Properties of allocation lists: any file offered as the central list is read or refused with
the project's own error; any list the program generates is complete balanced blocks and reads
back from its own CSV unchanged; the random stream draws within its range."""

from __future__ import annotations

import csv
import io
from collections import Counter
from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from hai_desktop.core.arms import Arm
from hai_desktop.core.errors import ValidationError
from hai_desktop.core.randomization import (
    CSV_HEADER,
    CounterStream,
    GenerationParameters,
    generate_allocation_list,
    imbalance_profile,
    parse_csv,
    protocol_design,
    to_csv,
)

STRATA = [s.code for s in protocol_design().strata]
cells = st.one_of(
    st.sampled_from([*STRATA, "S9", "", " S1 ", "s1"]),
    st.sampled_from(["HAI", "CONTROL", "hai", " Control ", "BOTH", ""]),
    st.builds(lambda s, n: f"{s}-{n:03d}", st.sampled_from([*STRATA, "S9"]),
              st.integers(0, 12_000)),
    st.text(max_size=12),
)
rows = st.lists(st.lists(cells, min_size=0, max_size=4), max_size=8)


def as_csv(header: list[str], body: list[list[str]]) -> bytes:
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows([header, *body])
    return out.getvalue().encode("utf-8")


def _read(data: bytes) -> None:
    try:
        envelopes = parse_csv(data)
    except ValidationError as refused:
        assert refused.message
        return
    assert envelopes
    assert len({e.number for e in envelopes}) == len(envelopes)
    assert all(e.stratum in STRATA and e.number.startswith(f"{e.stratum}-")
               for e in envelopes)


@settings(max_examples=300)
@given(st.binary(max_size=200))
def test_any_bytes_are_read_or_refused_with_our_error(data: bytes) -> None:
    _read(data)


@settings(max_examples=300)
@given(st.sampled_from([list(CSV_HEADER), ["Envelope_Number", "Stratum", "Arm"], ["x"]]), rows)
def test_any_table_under_a_header_is_read_or_refused_with_our_error(
        header: list[str], body: list[list[str]]) -> None:
    _read(as_csv(header, body))


sizes = st.lists(st.sampled_from([2, 4, 6, 8]), min_size=1, max_size=3, unique=True)
seeds = st.binary(min_size=1, max_size=32).map(bytes.hex)


# The largest lists (9,999 per stratum) are checked once in test_randomization.py: too slow here.
@settings(max_examples=60)
@given(seeds, st.integers(1, 60), sizes)
def test_a_generated_list_is_balanced_blocks_and_reads_back_from_its_csv(
        seed: str, per_stratum: int, block_sizes: list[int]) -> None:
    envelopes = generate_allocation_list(GenerationParameters(seed, per_stratum,
                                                              tuple(block_sizes)))
    for stratum in STRATA:
        mine = [e for e in envelopes if e.stratum == stratum]
        assert per_stratum <= len(mine) < per_stratum + max(block_sizes)
        assert [e.sequence for e in mine] == list(range(1, len(mine) + 1))
        for block, members in _blocks(mine).items():
            arms = Counter(e.arm for e in members)
            assert len(members) in block_sizes, block
            assert arms[Arm.HAI] == arms[Arm.CONTROL]
        # Complete 1:1 blocks: the running difference never leaves half the largest block.
        assert max(map(abs, imbalance_profile([e.arm for e in mine]))) <= max(block_sizes) // 2
    assert parse_csv(to_csv(envelopes)) == [replace(e, block=0) for e in envelopes]


def _blocks(envelopes: list[object]) -> dict[int, list[object]]:
    found: dict[int, list[object]] = {}
    for e in envelopes:
        found.setdefault(e.block, []).append(e)  # type: ignore[attr-defined]
    return found


@settings(max_examples=200)
@given(st.binary(min_size=1, max_size=32), st.text(max_size=8), st.integers(1, 10**12))
def test_the_stream_draws_inside_its_range_and_repeats_from_its_seed(
        seed: bytes, label: str, n: int) -> None:
    first = [CounterStream(seed, label).below(n) for _ in range(3)]
    stream = CounterStream(seed, label)
    draws = [stream.below(n) for _ in range(20)]
    assert all(0 <= d < n for d in draws)
    assert first == [draws[0]] * 3
