"""Allocation lists: stratified permuted blocks with random block sizes, 1:1.

A generated list is reproducible from its seed on any machine and Python version: the random
stream is our own (HMAC-SHA256 in counter mode, "hmac-sha256-ctr/1"), not Python's `random`,
whose algorithms may change between versions. Lists travel as a documented CSV whose SHA-256
is the list's fingerprint.
"""

from __future__ import annotations

import csv
import hashlib
import hmac
import io
import re
import secrets
import tomllib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from hai_desktop.core.arms import Arm
from hai_desktop.core.errors import HaiError, ValidationError
from hai_desktop.core.i18n import msg

GENERATOR = "hmac-sha256-ctr/1"
CSV_HEADER = ("envelope_number", "stratum", "arm")
ARM_CODES = {"HAI": Arm.HAI, "CONTROL": Arm.CONTROL}
_ENVELOPE = re.compile(r"^(S\d)-(\d{3,5})$")  # complete blocks may run past 9999


@dataclass(frozen=True)
class Stratum:
    code: str
    ecog: int
    prior_adjuvant: bool

    @property
    def label(self) -> str:
        # A message: the interface and a Korean document read it in their language.
        return (msg("ECOG {ecog} / adjuvant yes", ecog=self.ecog) if self.prior_adjuvant
                else msg("ECOG {ecog} / adjuvant no", ecog=self.ecog))


@dataclass(frozen=True)
class RandomizationDesign:
    strata: tuple[Stratum, ...]
    block_sizes: tuple[int, ...]
    source: str

    def stratum(self, code: str) -> Stratum:
        for stratum in self.strata:
            if stratum.code == code:
                return stratum
        raise KeyError(code)

    def stratum_for(self, ecog: int, prior_adjuvant: bool) -> Stratum:
        for stratum in self.strata:
            if (stratum.ecog, stratum.prior_adjuvant) == (ecog, prior_adjuvant):
                return stratum
        raise ValidationError(msg("No stratum for ECOG {ecog}: only ECOG 0 and 1 are randomized.",
                                  ecog=ecog),
                              field="ecog")


def load_design(path: Path) -> RandomizationDesign:
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
        strata = tuple(Stratum(str(s["code"]), int(s["ecog"]), bool(s["prior_adjuvant"]))
                       for s in raw["stratum"])
        sizes = tuple(int(n) for n in raw["blocks"]["sizes"])
    except (OSError, tomllib.TOMLDecodeError, KeyError, TypeError, ValueError,
            OverflowError) as exc:
        raise HaiError(msg("The randomization design file {path} is invalid: {exc}.",
                           path=path, exc=exc)) from exc
    try:
        check_block_sizes(sizes)
    except ValidationError as exc:
        raise HaiError(msg("The randomization design file {path} is invalid: {message}",
                           path=path, message=exc.message)) \
            from exc
    return RandomizationDesign(strata, sizes, str(raw.get("source", "")))


@cache
def protocol_design() -> RandomizationDesign:
    from hai_desktop.paths import resource

    return load_design(resource("protocol", "randomization.toml"))


def check_block_sizes(sizes: Sequence[int]) -> None:
    if not sizes or any(n <= 0 or n % 2 for n in sizes):
        raise ValidationError(msg("Block sizes must be even numbers above zero (1:1 in each "
                                  "block)."),
                              field="block_sizes")


# ---- the random stream ------------------------------------------------------------------------

class CounterStream:
    """Deterministic uniform integers from a seed: HMAC-SHA256(seed, label ‖ counter)."""

    def __init__(self, seed: bytes, label: str) -> None:
        self._key = hmac.new(seed, f"{GENERATOR}|{label}".encode(), hashlib.sha256).digest()
        self._counter = 0
        self._buffer = b""

    def _bytes(self, n: int) -> bytes:
        while len(self._buffer) < n:
            self._counter += 1
            self._buffer += hmac.new(self._key, self._counter.to_bytes(8, "big"),
                                     hashlib.sha256).digest()
        out, self._buffer = self._buffer[:n], self._buffer[n:]
        return out

    def below(self, n: int) -> int:
        """Uniform in [0, n) by rejection, so no value is favoured."""
        if n <= 0:
            raise ValueError("n must be positive")
        limit = (1 << 64) - ((1 << 64) % n)
        while True:
            value = int.from_bytes(self._bytes(8), "big")
            if value < limit:
                return value % n


def new_seed() -> str:
    """128 bits from the operating system's cryptographic source, as hex."""
    return secrets.token_hex(16)


# ---- lists ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Envelope:
    number: str
    stratum: str
    sequence: int
    arm: Arm
    block: int = 0


@dataclass(frozen=True)
class GenerationParameters:
    seed: str
    envelopes_per_stratum: int
    block_sizes: tuple[int, ...]
    generator: str = GENERATOR


def _blocks(stream: CounterStream, sizes: Sequence[int], needed: int) -> Iterator[list[Arm]]:
    made = 0
    while made < needed:
        size = sizes[stream.below(len(sizes))]
        arms = [Arm.HAI] * (size // 2) + [Arm.CONTROL] * (size // 2)
        for i in range(size - 1, 0, -1):  # Fisher–Yates
            j = stream.below(i + 1)
            arms[i], arms[j] = arms[j], arms[i]
        made += size
        yield arms


def generate_stratum(seed: str, stratum: str, envelopes: int, sizes: Sequence[int]
                     ) -> list[Envelope]:
    """At least `envelopes` envelopes in complete blocks (the last block is never cut)."""
    stream = CounterStream(bytes.fromhex(seed), stratum)
    result: list[Envelope] = []
    for block_number, arms in enumerate(_blocks(stream, sizes, envelopes), start=1):
        for arm in arms:
            sequence = len(result) + 1
            result.append(Envelope(f"{stratum}-{sequence:03d}", stratum, sequence, arm,
                                   block_number))
    return result


def generate_allocation_list(params: GenerationParameters,
                             design: RandomizationDesign | None = None) -> list[Envelope]:
    design = design or protocol_design()
    check_block_sizes(params.block_sizes)
    if params.generator != GENERATOR:
        raise ValidationError(msg("Generator '{generator}' is not known to this version.",
                                  generator=params.generator))
    if not 1 <= params.envelopes_per_stratum <= 9999:
        raise ValidationError(msg("Envelopes per stratum must be 1–9999."),
                              field="envelopes_per_stratum")
    try:
        bytes.fromhex(params.seed)
    except ValueError:
        raise ValidationError(msg("The seed must be hexadecimal."), field="seed") from None
    return [envelope for stratum in design.strata
            for envelope in generate_stratum(params.seed, stratum.code,
                                             params.envelopes_per_stratum, params.block_sizes)]


def to_csv(envelopes: Iterable[Envelope]) -> bytes:
    """The documented exchange format: UTF-8, LF line ends, header, one envelope a line."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_HEADER)
    for e in envelopes:
        writer.writerow([e.number, e.stratum, "HAI" if e.arm is Arm.HAI else "CONTROL"])
    return out.getvalue().encode("utf-8")


def list_sha256(envelopes: Iterable[Envelope]) -> str:
    return hashlib.sha256(to_csv(envelopes)).hexdigest()


def parse_csv(data: bytes, design: RandomizationDesign | None = None) -> list[Envelope]:
    """Read the central statistician's list; every refusal names the line and what to fix."""
    design = design or protocol_design()
    codes = [s.code for s in design.strata]
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ValidationError(msg("The file is not UTF-8 text: export it as CSV "
                                  "(UTF-8).")) from None
    if not text.strip():
        raise ValidationError(msg("The file is empty: it should hold the allocation list."))
    try:
        # newline="": the csv module then reads CR, LF and CRLF line ends alike.
        lines = list(csv.reader(io.StringIO(text, newline="")))
    except csv.Error as exc:
        raise ValidationError(msg("The file is not a readable CSV ({exc}).", exc=exc)) from None
    header = tuple(c.strip().lower() for c in lines[0])
    if header != CSV_HEADER:
        raise ValidationError(msg("Line 1 must be the header {CSV_HEADER} (found: {lines}).",
                                  CSV_HEADER=','.join(CSV_HEADER), lines=','.join(lines[0])))
    envelopes: list[Envelope] = []
    first_line: dict[str, int] = {}
    for line_number, row in enumerate(lines[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != 3:
            raise ValidationError(msg("Line {line_number}: expected 3 columns ({CSV_HEADER}), "
                                      "found {count}.",
                                      line_number=line_number,
                                      CSV_HEADER=','.join(CSV_HEADER),
                                      count=len(row)))
        number, stratum, arm = (c.strip() for c in row)
        if stratum not in codes:
            raise ValidationError(msg("Line {line_number}: stratum '{stratum}' is not one of "
                                      "{codes}.",
                                      line_number=line_number,
                                      stratum=stratum,
                                      codes=', '.join(codes)))
        if arm.upper() not in ARM_CODES:
            raise ValidationError(msg("Line {line_number}: arm '{arm}' must be HAI or CONTROL.",
                                      line_number=line_number, arm=arm))
        match = _ENVELOPE.match(number)
        if not match:
            raise ValidationError(msg("Line {line_number}: envelope number '{number}' must look "
                                      "like S1-001.", line_number=line_number, number=number))
        if match.group(1) != stratum:
            raise ValidationError(msg("Line {line_number}: envelope {number} is numbered for "
                                      "{numbered_for} but listed under {stratum}.",
                                      line_number=line_number,
                                      number=number,
                                      numbered_for=match.group(1),
                                      stratum=stratum))
        if number in first_line:
            raise ValidationError(msg("Line {line_number}: envelope {number} appears twice (first "
                                      "on line {first_line}).",
                                      line_number=line_number,
                                      number=number,
                                      first_line=first_line[number]))
        first_line[number] = line_number
        envelopes.append(Envelope(number, stratum, int(match.group(2)), ARM_CODES[arm.upper()]))
    if not envelopes:
        raise ValidationError(msg("The file has a header but no envelopes."))
    return envelopes


def imbalance_profile(arms: Sequence[Arm]) -> list[int]:
    """Running difference HAI − control after each envelope (for balance checks)."""
    total, profile = 0, []
    for arm in arms:
        total += 1 if arm is Arm.HAI else -1
        profile.append(total)
    return profile
