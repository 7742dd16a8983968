"""Allocation lists: blocks, balance, reproducibility, frequencies, and the CSV importer."""

from __future__ import annotations

import hashlib
import re
from dataclasses import replace
from pathlib import Path

import pytest

from hai_desktop.core.arms import Arm
from hai_desktop.core.errors import HaiError, ValidationError
from hai_desktop.core.randomization import (
    CounterStream,
    GenerationParameters,
    generate_allocation_list,
    generate_stratum,
    imbalance_profile,
    list_sha256,
    load_design,
    parse_csv,
    protocol_design,
    to_csv,
)
from hai_desktop.paths import resource

SEED = "00112233445566778899aabbccddeeff"


def test_the_design_is_the_protocols() -> None:
    design = protocol_design()
    assert [(s.code, s.ecog, s.prior_adjuvant) for s in design.strata] == [
        ("S1", 0, False), ("S2", 0, True), ("S3", 1, False), ("S4", 1, True)]
    assert design.block_sizes == (2, 4)
    assert design.stratum_for(1, True).label == "ECOG 1 / adjuvant yes"
    with pytest.raises(ValidationError, match="only ECOG 0 and 1"):
        design.stratum_for(2, False)


@pytest.mark.parametrize("seed", [SEED, "ff" * 16, "0" * 32, "1234"])
@pytest.mark.parametrize("sizes", [(2, 4), (4,), (2, 4, 6)])
def test_blocks_are_complete_balanced_and_of_allowed_size(seed: str,
                                                          sizes: tuple[int, ...]) -> None:
    envelopes = generate_allocation_list(GenerationParameters(seed, 50, sizes))
    for stratum in protocol_design().strata:
        mine = [e for e in envelopes if e.stratum == stratum.code]
        assert len(mine) >= 50 and [e.sequence for e in mine] == list(range(1, len(mine) + 1))
        blocks: dict[int, list[Arm]] = {}
        for e in mine:
            blocks.setdefault(e.block, []).append(e.arm)
        for arms in blocks.values():
            assert len(arms) in sizes
            assert arms.count(Arm.HAI) == arms.count(Arm.CONTROL)  # every block 1:1, even last
        profile = imbalance_profile([e.arm for e in mine])
        assert max(abs(x) for x in profile) <= max(sizes) // 2
        assert profile[-1] == 0


def test_same_seed_same_list_bytes_and_hash() -> None:
    params = GenerationParameters(SEED, 130, (2, 4))
    first, second = generate_allocation_list(params), generate_allocation_list(params)
    assert first == second
    assert to_csv(first) == to_csv(second)
    assert list_sha256(first) == list_sha256(second) == hashlib.sha256(to_csv(first)).hexdigest()


def test_the_generator_is_pinned() -> None:
    """A change of the random stream would silently change every regenerated list."""
    stream = CounterStream(bytes.fromhex(SEED), "S1")
    assert [stream.below(1000) for _ in range(5)] == PINNED_DRAWS
    arms = "".join("H" if e.arm is Arm.HAI else "C"
                   for e in generate_stratum(SEED, "S1", 12, (2, 4)))
    assert arms == PINNED_ARMS


# Recorded from generator hmac-sha256-ctr/1 when it was written; they must never change.
PINNED_DRAWS = [666, 583, 852, 441, 976]
PINNED_ARMS = "HCHCCHCHCHCCHH"


def test_different_seeds_give_different_lists() -> None:
    hashes = {list_sha256(generate_allocation_list(GenerationParameters(f"{i:032x}", 20, (2, 4))))
              for i in range(50)}
    assert len(hashes) == 50


def test_each_position_is_a_fair_coin_over_10000_lists() -> None:
    positions, lists = 12, 10_000
    counts = [0] * positions
    for i in range(lists):
        seed = hashlib.sha256(f"fixed seed set {i}".encode()).hexdigest()[:32]
        for k, e in enumerate(generate_stratum(seed, "S1", positions, (2, 4))[:positions]):
            counts[k] += e.arm is Arm.HAI
    for k, hai in enumerate(counts):
        assert 0.48 <= hai / lists <= 0.52, f"position {k + 1}: {hai / lists:.3f}"


def test_uniform_draws_have_no_favourite() -> None:
    stream = CounterStream(b"seed", "x")
    draws = [stream.below(3) for _ in range(30_000)]
    for value in range(3):
        assert 0.32 <= draws.count(value) / len(draws) <= 0.345


@pytest.mark.parametrize("params, message", [
    (GenerationParameters(SEED, 10, (3,)), "even numbers"),
    (GenerationParameters(SEED, 10, ()), "even numbers"),
    (GenerationParameters(SEED, 0, (2,)), "1–9999"),
    (GenerationParameters("not hex", 10, (2,)), "hexadecimal"),
    (GenerationParameters(SEED, 10, (2,), generator="python-random"), "not known"),
])
def test_bad_parameters_are_refused(params: GenerationParameters, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        generate_allocation_list(params)


# ---- importing the central list ---------------------------------------------------------------

def test_a_csv_round_trips() -> None:
    envelopes = generate_allocation_list(GenerationParameters(SEED, 8, (2, 4)))
    parsed = parse_csv(to_csv(envelopes))
    assert [(e.number, e.stratum, e.sequence, e.arm) for e in parsed] == [
        (e.number, e.stratum, e.sequence, e.arm) for e in envelopes]


def test_the_largest_list_allowed_round_trips() -> None:
    """9,999 envelopes per stratum in complete blocks run past S1-9999 (found by hypothesis)."""
    envelopes = generate_allocation_list(GenerationParameters(SEED, 9999, (4, 6)))
    assert max(e.sequence for e in envelopes) > 9999
    assert parse_csv(to_csv(envelopes)) == [replace(e, block=0) for e in envelopes]


def test_excel_style_csv_is_accepted() -> None:
    data = "\ufeffEnvelope_Number,Stratum,Arm\r\nS1-001,S1,hai\r\nS1-002,S1,Control\r\n\r\n"
    parsed = parse_csv(data.encode("utf-8"))
    assert [e.arm for e in parsed] == [Arm.HAI, Arm.CONTROL]


@pytest.mark.parametrize("text, message", [
    ("", "The file is empty"),
    ("   \n", "The file is empty"),
    ("S1-001,S1,HAI\n", "Line 1 must be the header envelope_number,stratum,arm"),
    ("envelope_number,stratum,arm\n", "header but no envelopes"),
    ("envelope_number,stratum,arm\nS9-001,S9,HAI\n", "Line 2: stratum 'S9' is not one of"),
    ("envelope_number,stratum,arm\nS1-001,S1,BOTH\n", "Line 2: arm 'BOTH' must be HAI"),
    ("envelope_number,stratum,arm\nS1-001,S1,HAI\nS1-001,S1,CONTROL\n",
     "Line 3: envelope S1-001 appears twice \\(first on line 2\\)"),
    ("envelope_number,stratum,arm\nS2-001,S1,HAI\n", "numbered for S2 but listed under S1"),
    ("envelope_number,stratum,arm\nenvelope 1,S1,HAI\n", "must look like S1-001"),
    ("envelope_number,stratum,arm\nS1-001,S1\n", "expected 3 columns"),
])
def test_import_refusals(text: str, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        parse_csv(text.encode("utf-8"))


def test_a_list_with_old_mac_line_ends_is_read() -> None:
    """CR alone ends lines in 'CSV (Macintosh)' exports; csv.Error escaped (found by
    hypothesis)."""
    data = b"envelope_number,stratum,arm\rS1-001,S1,HAI\rS1-002,S1,CONTROL\r"
    assert [e.arm for e in parse_csv(data)] == [Arm.HAI, Arm.CONTROL]


def test_a_stray_carriage_return_ends_a_line_and_the_refusal_names_it() -> None:
    with pytest.raises(ValidationError, match="Line 3: expected 3 columns"):
        parse_csv(b"envelope_number,stratum,arm\n\r0\n")


def test_a_binary_file_is_refused() -> None:
    with pytest.raises(ValidationError, match="not UTF-8"):
        parse_csv(b"\xff\xfe\x00\x01")


@pytest.mark.parametrize("sizes, message", [
    # The block-size check's own message named no file; inf escaped as OverflowError (both
    # found by hypothesis, test_properties_loaders.py).
    ("[3]", "Block sizes must be even"),
    ("[inf]", "cannot convert float infinity"),
])
def test_a_design_file_with_bad_block_sizes_is_refused_naming_the_file(
        tmp_path: Path, sizes: str, message: str) -> None:
    text = resource("protocol", "randomization.toml").read_text(encoding="utf-8")
    bad = tmp_path / "randomization.toml"
    bad.write_text(re.sub(r"sizes = \[.*\]", f"sizes = {sizes}", text), encoding="utf-8")
    with pytest.raises(HaiError, match=f"randomization.toml is invalid: {message}"):
        load_design(bad)
