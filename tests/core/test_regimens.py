"""The regimens as the protocol gives them, and the dose-level site rules."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from hai_desktop.core.arms import Arm
from hai_desktop.core.errors import HaiError, ValidationError
from hai_desktop.core.regimens import load_regimens, protocol_regimens
from hai_desktop.paths import resource


def ids(arm: Arm, targeted: str) -> list[str]:
    return [d.id for d in protocol_regimens().drugs_for(arm, targeted)]


def test_experimental_arm_has_hai_oxaliplatin_and_no_bolus() -> None:
    assert ids(Arm.HAI, "bevacizumab") == ["bevacizumab", "oxaliplatin_hai", "irinotecan",
                                           "leucovorin", "fluorouracil_infusion"]


def test_control_arm_has_the_bolus_and_no_hai() -> None:
    assert ids(Arm.CONTROL, "cetuximab") == ["cetuximab", "irinotecan", "leucovorin",
                                             "fluorouracil_bolus", "fluorouracil_infusion"]


@pytest.mark.parametrize("drug, basis, dose, route, duration", [
    ("oxaliplatin_hai", "mg/m2", 100, "hepatic intra-arterial infusion", "2 h"),
    ("irinotecan", "mg/m2", 180, "intravenous infusion", "1.5 h"),
    ("leucovorin", "mg/m2", 400, "intravenous infusion", "2 h"),
    # The paper gives no bolus duration: 2–4 min is a site rule, and says so (issue #16).
    ("fluorouracil_bolus", "mg/m2", 400, "intravenous bolus", "2–4 min [site rule]"),
    ("fluorouracil_infusion", "mg/m2", 2400, "continuous intravenous infusion", "46 h"),
    ("cetuximab", "mg/m2", 500, "intravenous infusion", "2 h"),
    ("bevacizumab", "mg/kg", 5, "intravenous infusion", "30 min"),
])
def test_protocol_doses(drug: str, basis: str, dose: float, route: str, duration: str) -> None:
    spec = protocol_regimens().drug(drug)
    assert (spec.basis, spec.dose, spec.route_text, spec.duration) == (basis, dose, route,
                                                                       duration)


def test_cycles() -> None:
    r = protocol_regimens()
    assert (r.cycle_days, r.min_cycles, r.max_cycles) == (14, 4, 12)


def test_dose_levels_only_go_down_and_carry_sources() -> None:
    levels = protocol_regimens().levels
    assert levels["irinotecan"].levels == (180, 150, 120)
    assert levels["bevacizumab"].levels == (5,)
    assert levels["oxaliplatin_hai"].status == "site to confirm"
    assert all(lv.source for lv in levels.values())
    assert levels["irinotecan"].dose_at(-1) == 150
    with pytest.raises(ValidationError, match="level 1 does not exist"):
        levels["irinotecan"].dose_at(1)
    with pytest.raises(ValidationError, match="level -1 does not exist"):
        levels["bevacizumab"].dose_at(-1)


def test_unknown_targeted_agent() -> None:
    with pytest.raises(ValidationError, match="cetuximab or bevacizumab"):
        protocol_regimens().drugs_for(Arm.HAI, "panitumumab")


def test_a_level_table_that_goes_up_is_refused(tmp_path: Path) -> None:
    shutil.copy(resource("protocol", "regimens.toml"), tmp_path / "regimens.toml")
    text = resource("protocol", "dose_levels.toml").read_text(encoding="utf-8")
    (tmp_path / "dose_levels.toml").write_text(
        text.replace("levels = [180, 150, 120]", "levels = [180, 200, 120]"), encoding="utf-8")
    with pytest.raises(HaiError, match="irinotecan must only go down"):
        load_regimens(tmp_path / "regimens.toml", tmp_path / "dose_levels.toml")
    (tmp_path / "dose_levels.toml").write_text(
        text.replace("levels = [180, 150, 120]", "levels = [170, 150, 120]"), encoding="utf-8")
    with pytest.raises(HaiError, match="protocol dose is 180"):
        load_regimens(tmp_path / "regimens.toml", tmp_path / "dose_levels.toml")


@pytest.mark.parametrize("changed, old, new, message", [
    # Found by hypothesis (test_properties_loaders.py): an IndexError, and messages that named
    # no file.
    ("dose_levels.toml", "levels = [180, 150, 120]", "levels = []",
     "dose_levels.toml: no dose levels for irinotecan"),
    ("regimens.toml", 'basis = "mg/kg"', 'basis = "mg/lb"',
     "regimens.toml: bevacizumab: basis must be one of mg/m2, mg/kg"),
    ("regimens.toml", 'route = "IV"', "route = []", "invalid entry"),  # was TypeError
    ("regimens.toml", "cycle_days = 14", "cycle_days = inf", "invalid entry"),  # OverflowError
])
def test_a_broken_regimen_file_is_refused_naming_the_file(tmp_path: Path, changed: str,
                                                         old: str, new: str,
                                                         message: str) -> None:
    for name in ("regimens.toml", "dose_levels.toml"):
        text = resource("protocol", name).read_text(encoding="utf-8")
        assert name != changed or old in text
        (tmp_path / name).write_text(text.replace(old, new) if name == changed else text,
                                     encoding="utf-8")
    with pytest.raises(HaiError, match=message):
        load_regimens(tmp_path / "regimens.toml", tmp_path / "dose_levels.toml")
