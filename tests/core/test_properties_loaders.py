"""Properties of the protocol-data loaders (the parsers of resources/): the shipped file with a
line removed, a value replaced by any other TOML value, or cut short either loads or stops the
program with the project's own error naming the file — never another exception."""

from __future__ import annotations

import json
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hai_desktop.core import ctcae
from hai_desktop.core.catheter import load_catheter_rules
from hai_desktop.core.eligibility import load_checklist
from hai_desktop.core.errors import HaiError
from hai_desktop.core.randomization import load_design
from hai_desktop.core.regimens import load_regimens
from hai_desktop.core.units import load_quantity_specs
from hai_desktop.paths import resource

LEVELS = resource("protocol", "dose_levels.toml")
# Each file, its loader, and the files a refusal may name (a dose that differs between the
# regimens and the dose levels is reported against either).
LOADERS: dict[str, tuple[Path, Callable[[Path], Any]]] = {
    "quantities": (resource("protocol", "quantities.toml"), load_quantity_specs),
    "eligibility": (resource("protocol", "eligibility.toml"), load_checklist),
    "catheter": (resource("protocol", "catheter.toml"), load_catheter_rules),
    "randomization": (resource("protocol", "randomization.toml"), load_design),
    "regimens": (resource("protocol", "regimens.toml"), lambda p: load_regimens(p, LEVELS)),
    "dose levels": (LEVELS, lambda p: load_regimens(resource("protocol", "regimens.toml"), p)),
    "lab grading": (resource("ctcae", "lab_grading.toml"),
                    lambda p: ctcae.load_lab_grading(p, ctcae.lab_kinds())),
}
toml_values = st.one_of(
    st.integers(-10, 10_000).map(str), st.floats(allow_nan=False).map(repr),
    st.booleans().map(lambda b: str(b).lower()), st.text(max_size=8).map(json.dumps),
    st.lists(st.integers(-3, 3), max_size=3).map(str), st.just('"LLN"'), st.just("[]"),
    st.just("{}"), st.just('["x", 1]'))


def _load_text(name: str, text: str) -> None:
    original, load = LOADERS[name]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / original.name
        path.write_text(text, encoding="utf-8")
        try:
            load(path)
        except HaiError as refused:
            names = {path.name} | ({"regimens.toml", "dose_levels.toml"} if path.name in (
                "regimens.toml", "dose_levels.toml") else set())
            assert any(n in str(refused) for n in names), str(refused)


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(sorted(LOADERS)), st.data())
def test_a_protocol_file_with_one_value_changed_loads_or_names_the_file(
        name: str, data: st.DataObject) -> None:
    lines = LOADERS[name][0].read_text(encoding="utf-8").splitlines()
    assignments = [i for i, line in enumerate(lines) if "=" in line
                   and not line.lstrip().startswith("#")]
    index = data.draw(st.sampled_from(assignments))
    key = lines[index].split("=", 1)[0]
    lines[index] = f"{key}= {data.draw(toml_values)}"
    _load_text(name, "\n".join(lines) + "\n")


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(sorted(LOADERS)), st.data())
def test_a_protocol_file_missing_a_line_or_cut_short_loads_or_names_the_file(
        name: str, data: st.DataObject) -> None:
    text = LOADERS[name][0].read_text(encoding="utf-8")
    lines = text.splitlines()
    if data.draw(st.booleans()):
        del lines[data.draw(st.integers(0, len(lines) - 1))]
        text = "\n".join(lines) + "\n"
    else:
        text = text[:data.draw(st.integers(0, len(text)))]
    _load_text(name, text)
