"""The two arms' regimens and the dose-level site rules, loaded from resources/ and checked.

Facts from the protocol (drug, basis, dose, route, duration, day) live in regimens.toml; the
dose levels and rounding the protocol leaves to the site live in dose_levels.toml, each with
its source (the pre-cycle thresholds, re-weigh threshold and BSA cap are site rules).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from hai_desktop.core.arms import Arm
from hai_desktop.core.data_files import read_toml
from hai_desktop.core.errors import HaiError, ValidationError
from hai_desktop.core.i18n import QT_TRANSLATE_NOOP, DataText, alternatives, data_text, msg

# Shown through translate("Route", …) in the interface; the route code is what is stored.
ROUTE_TEXT = {
    "IV": QT_TRANSLATE_NOOP("Route", "intravenous infusion"),
    "IV bolus": QT_TRANSLATE_NOOP("Route", "intravenous bolus"),
    "IV continuous": QT_TRANSLATE_NOOP("Route", "continuous intravenous infusion"),
    "HAI": QT_TRANSLATE_NOOP("Route", "hepatic intra-arterial infusion"),
}
BASES = ("mg/m2", "mg/kg")


@dataclass(frozen=True)
class DrugSpec:
    id: str
    name: str
    arms: tuple[Arm, ...]
    basis: str
    dose: float
    route: str
    duration: str
    day: int
    sequence: int
    diluent: str
    targeted: bool = False
    note: str = ""
    # What the nurses check at the chair (site rules, see regimens.toml).
    minutes: tuple[float, float] = (0.0, 0.0)  # the ordered duration: shortest, longest
    volume_ml: float | None = None
    concentration_mg_per_ml: float | None = None
    pump: str = ""
    max_rate_mg_per_min: float | None = None
    pump_ko: str = ""  # the site's Korean beside the English (data_text)
    note_ko: str = ""
    diluent_ko: str = ""

    def pump_in(self, language: str, pump: str | None = None) -> str:
        """The pump an order line names (default: this drug's) in `language`: the Korean
        where the line kept this drug's own English."""
        pump = self.pump if pump is None else pump
        return data_text(language, pump, self.pump_ko if pump == self.pump else "")

    def diluent_text(self, diluent: str) -> str:
        """The diluent an order line names, with this drug's Korean where the line kept this
        drug's own English (a DataText: shown in the reader's language inside a message)."""
        return DataText(diluent, self.diluent_ko if diluent == self.diluent else "")

    def note_in(self, language: str) -> str:
        return data_text(language, self.note, self.note_ko)

    @property
    def route_text(self) -> str:
        return ROUTE_TEXT[self.route]

    @property
    def is_hai(self) -> bool:
        return self.route == "HAI"

    @property
    def label(self) -> str:
        """The name told apart from its namesakes: "fluorouracil bolus", "oxaliplatin HAI"."""
        qualifier = self.id.removeprefix(self.name.lower()).strip("_").replace("_", " ")
        return f"{self.name} {qualifier.upper() if qualifier == 'hai' else qualifier}".strip()


@dataclass(frozen=True)
class DoseLevels:
    drug: str
    levels: tuple[float, ...]
    status: str
    source: str
    rounding_increment_mg: float
    max_deviation_percent: float

    def dose_at(self, level: int) -> float:
        """Level 0 is the protocol dose; -1, -2 … the reductions."""
        if level > 0 or -level >= len(self.levels):
            raise ValidationError(
                msg("{drug}: dose level {level} does not exist (levels 0 to {lowest}).",
                    drug=self.drug, level=level, lowest=1 - len(self.levels)), field=self.drug)
        return self.levels[-level]


@dataclass(frozen=True)
class Regimens:
    drugs: tuple[DrugSpec, ...]
    levels: dict[str, DoseLevels]
    cycle_days: int
    min_cycles: int
    max_cycles: int

    def drug(self, drug_id: str) -> DrugSpec:
        for drug in self.drugs:
            if drug.id == drug_id:
                return drug
        raise KeyError(drug_id)

    def drugs_for(self, arm: Arm, targeted: str) -> list[DrugSpec]:
        """The arm's drug lines in order of administration, with the chosen targeted agent."""
        chosen = [d for d in self.drugs if arm in d.arms and (not d.targeted or d.id == targeted)]
        if targeted not in {d.id for d in self.drugs if d.targeted}:
            raise ValidationError(msg("Choose the targeted agent: {drugs}.",
                                      drugs=alternatives(d.id for d in self.drugs if d.targeted)),
                                  field="targeted")
        return sorted(chosen, key=lambda d: d.sequence)

    @property
    def unconfirmed(self) -> list[str]:
        return [d for d, lv in self.levels.items() if lv.status != "confirmed"]


def load_regimens(regimens_path: Path, levels_path: Path) -> Regimens:
    raw, raw_levels = read_toml(regimens_path), read_toml(levels_path)
    try:
        drugs = tuple(DrugSpec(
            id=d["id"], name=d["name"], arms=tuple(Arm(a) for a in d["arms"]), basis=d["basis"],
            dose=float(d["dose"]), route=d["route"], duration=d["duration"], day=int(d["day"]),
            sequence=int(d["sequence"]), diluent=d.get("diluent", ""),
            targeted=bool(d.get("targeted", False)), note=d.get("note", ""),
            minutes=_minutes(d["minutes"]), volume_ml=_optional(d.get("volume_ml")),
            concentration_mg_per_ml=_optional(d.get("concentration_mg_per_ml")),
            pump=d.get("pump", ""), max_rate_mg_per_min=_optional(d.get("max_rate_mg_per_min")),
            pump_ko=d.get("pump_ko", ""), note_ko=d.get("note_ko", ""),
            diluent_ko=d.get("diluent_ko", ""))
            for d in raw["drug"])
        levels = {lv["id"]: DoseLevels(
            drug=lv["id"], levels=tuple(float(x) for x in lv["levels"]), status=lv["status"],
            source=lv["source"], rounding_increment_mg=float(lv["rounding_increment_mg"]),
            max_deviation_percent=float(lv["max_deviation_percent"]))
            for lv in raw_levels["drug"]}
        regimens = Regimens(drugs, levels, int(raw["cycle_days"]), int(raw["min_cycles"]),
                            int(raw["max_cycles"]))
        _check(regimens, regimens_path, levels_path)  # a value of the wrong type fails here too
    except (KeyError, TypeError, ValueError, ArithmeticError) as exc:
        raise HaiError(msg("{regimens}/{levels}: invalid entry ({exc}).",
                           regimens=regimens_path.name, levels=levels_path.name, exc=exc)) from exc
    return regimens


def _minutes(value: Any) -> tuple[float, float]:
    low, high = (value, value) if isinstance(value, int | float) else value
    return float(low), float(high)


def _optional(value: Any) -> float | None:
    return None if value is None else float(value)


def _check(regimens: Regimens, regimens_path: Path, levels_path: Path) -> None:
    for drug in regimens.drugs:
        low, high = drug.minutes
        if not 0 < low <= high:
            raise HaiError(msg("{regimens_path}: {id}: minutes must be above zero (a number, or "
                               "[shortest, longest]).", regimens_path=regimens_path, id=drug.id))
        if drug.volume_ml is not None and drug.concentration_mg_per_ml is not None:
            raise HaiError(msg("{regimens_path}: {id}: give volume_ml or concentration_mg_per_ml, "
                               "not both.", regimens_path=regimens_path, id=drug.id))
        if drug.basis not in BASES:
            raise HaiError(msg("{regimens_path}: {id}: basis must be one of {BASES}.",
                               regimens_path=regimens_path, id=drug.id, BASES=', '.join(BASES)))
        if drug.route not in ROUTE_TEXT:
            raise HaiError(msg("{regimens_path}: {id}: route must be one of {ROUTE_TEXT}.",
                               regimens_path=regimens_path,
                               id=drug.id,
                               ROUTE_TEXT=', '.join(ROUTE_TEXT)))
        lv = regimens.levels.get(drug.id)
        if lv is None or not lv.levels:
            raise HaiError(msg("{levels_path}: no dose levels for {id}.",
                               levels_path=levels_path, id=drug.id))
        if lv.levels[0] != drug.dose:
            raise HaiError(msg("{levels_path}: level 0 of {id} is {levels:g}, but the protocol "
                               "dose is {dose:g}.",
                               levels_path=levels_path,
                               id=drug.id,
                               levels=lv.levels[0],
                               dose=drug.dose))
        if list(lv.levels) != sorted(lv.levels, reverse=True) or len(set(lv.levels)) != len(
                lv.levels):
            raise HaiError(msg("{levels_path}: the levels of {id} must only go down.",
                               levels_path=levels_path, id=drug.id))


@cache
def protocol_regimens() -> Regimens:
    from hai_desktop.paths import resource

    return load_regimens(resource("protocol", "regimens.toml"),
                         resource("protocol", "dose_levels.toml"))
