"""Tumour response by RECIST 1.1 (Eisenhauer et al., Eur J Cancer 2009;45:228-247).

The baseline's target and non-target lesions, each later assessment's measurements, and from
them the sum of diameters, its change from baseline and from the nadir, the time-point response
(section 4.3, Tables 1 and 2) and the best overall response (section 4.4). The thresholds come
from resources/protocol/recist.toml (`RecistRules`), never from here. Pure: no database, no Qt.

Diameters are in millimetres: the longest diameter of a non-nodal lesion, the short axis of a
lymph node (section 3.1.1). A target node's short axis counts in the sum even when it has shrunk
under 10 mm, so the sum of a complete response may be above 0 (section 4.3.1).
"""

from __future__ import annotations

import enum
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import cache
from pathlib import Path

from hai_desktop.core.data_files import not_as_expected, read_toml
from hai_desktop.core.errors import ValidationError
from hai_desktop.core.i18n import QT_TRANSLATE_NOOP, msg


@dataclass(frozen=True)
class RecistRules:
    max_targets: int
    max_targets_per_organ: int
    measurable_min_mm: float
    node_measurable_min_mm: float  # short axis: a target node
    node_pathological_min_mm: float  # short axis: a non-target node; under it, normal
    pr_decrease_percent: float
    pd_increase_percent: float
    pd_increase_mm: float
    cr_node_max_mm: float  # every node's short axis under it at a complete response
    confirmation_required: bool
    stable_disease_min_days: int  # a site rule (RECIST leaves it to the protocol)
    source: str


def load_recist_rules(path: Path) -> RecistRules:
    """Read resources/protocol/recist.toml; a missing or malformed entry names the file."""
    raw = read_toml(path)
    try:
        baseline, response, best = raw["baseline"], raw["response"], raw["best_response"]
        return RecistRules(
            max_targets=int(baseline["max_target_lesions"]),
            max_targets_per_organ=int(baseline["max_target_lesions_per_organ"]),
            measurable_min_mm=float(baseline["measurable_lesion_min_mm"]),
            node_measurable_min_mm=float(baseline["measurable_node_short_axis_min_mm"]),
            node_pathological_min_mm=float(baseline["pathological_node_short_axis_min_mm"]),
            pr_decrease_percent=float(response["partial_response_decrease_percent"]),
            pd_increase_percent=float(response["progression_increase_percent"]),
            pd_increase_mm=float(response["progression_increase_mm"]),
            cr_node_max_mm=float(response["complete_response_node_short_axis_max_mm"]),
            confirmation_required=bool(best["confirmation_required"]),
            stable_disease_min_days=int(best["stable_disease_min_days"]),
            source=str(raw["source"]),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise not_as_expected(path, exc) from exc


@cache
def protocol_recist() -> RecistRules:
    from hai_desktop.paths import resource

    return load_recist_rules(resource("protocol", "recist.toml"))


class Response(enum.StrEnum):
    """A time-point or best overall response; the value is the abbreviation RECIST uses."""

    CR = QT_TRANSLATE_NOOP("Response", "CR")
    PR = QT_TRANSLATE_NOOP("Response", "PR")
    SD = QT_TRANSLATE_NOOP("Response", "SD")
    NON_CR_NON_PD = QT_TRANSLATE_NOOP("Response", "Non-CR/non-PD")
    PD = QT_TRANSLATE_NOOP("Response", "PD")
    NE = QT_TRANSLATE_NOOP("Response", "NE")


class NonTarget(enum.StrEnum):
    """The non-target lesions' status at an assessment, judged as a whole (section 4.3.2)."""

    ABSENT = "absent"  # all disappeared, every node under 10 mm: CR
    PRESENT = "present"  # one or more persist: non-CR/non-PD
    PROGRESSED = "progressed"  # unequivocal progression: PD
    NOT_EVALUATED = "not evaluated"


@dataclass(frozen=True)
class Lesion:
    """A lesion found at baseline. `diameter_mm`: a target's longest diameter (short axis for a
    node); a non-target's is optional (recorded, never summed)."""

    key: str  # "T1" … for targets, "NT1" … for non-targets
    organ: str
    target: bool
    node: bool = False
    diameter_mm: float | None = None


def check_baseline(lesions: Sequence[Lesion], rules: RecistRules) -> None:
    """Refuse a baseline RECIST would not accept, naming the lesion at fault (section 3)."""
    if not lesions:
        raise ValidationError(msg("Record at least one lesion: the baseline has none."),
                              field="lesions")
    keys = Counter(lesion.key for lesion in lesions)
    repeated = sorted(key for key, count in keys.items() if count > 1)
    if repeated:
        raise ValidationError(msg("Lesion {key} is recorded twice: give each its own number.",
                                  key=repeated[0]), field="lesions")
    targets = [lesion for lesion in lesions if lesion.target]
    if len(targets) > rules.max_targets:
        raise ValidationError(msg("{count} target lesions: RECIST 1.1 allows at most {most}. "
                                  "Record the others as non-target.", count=len(targets),
                                  most=rules.max_targets), field="lesions")
    per_organ = Counter(lesion.organ for lesion in targets)
    for organ, count in per_organ.items():
        if count > rules.max_targets_per_organ:
            raise ValidationError(msg("{count} target lesions in the {organ}: RECIST 1.1 allows "
                                      "at most {most} per organ. Record the others as "
                                      "non-target.", count=count, organ=organ,
                                      most=rules.max_targets_per_organ), field="lesions")
    for lesion in targets:
        _check_target_size(lesion, rules)


def _check_target_size(lesion: Lesion, rules: RecistRules) -> None:
    size = lesion.diameter_mm
    if size is None:
        raise ValidationError(msg("Target lesion {key} needs its diameter in mm.",
                                  key=lesion.key), field=lesion.key)
    if lesion.node and size < rules.node_measurable_min_mm:
        raise ValidationError(msg(
            "Target node {key} is {size} mm in short axis: a node is a target only from "
            "{least} mm. Record it as non-target (pathological from {pathological} mm).",
            key=lesion.key, size=f"{size:g}", least=f"{rules.node_measurable_min_mm:g}",
            pathological=f"{rules.node_pathological_min_mm:g}"), field=lesion.key)
    if not lesion.node and size < rules.measurable_min_mm:
        raise ValidationError(msg(
            "Target lesion {key} is {size} mm: a lesion is measurable from {least} mm in "
            "longest diameter. Record it as non-target.", key=lesion.key, size=f"{size:g}",
            least=f"{rules.measurable_min_mm:g}"), field=lesion.key)


@dataclass(frozen=True)
class Measurements:
    """One assessment: each target's diameter in mm (None: not assessed), the non-target
    lesions' status, and whether a new lesion was found (unequivocally)."""

    on: date
    targets: Mapping[str, float | None]
    non_target: NonTarget
    new_lesion: bool


@dataclass(frozen=True)
class TimePoint:
    on: date
    sum_mm: float | None  # None: a target was not assessed
    from_baseline_percent: float | None
    nadir_mm: float  # the smallest sum before this assessment, baseline included
    from_nadir_percent: float | None
    from_nadir_mm: float | None
    target: Response | None  # None: no target lesions (Table 2)
    non_target: Response | None  # None: no non-target lesions
    overall: Response


def _mm(value: float) -> Decimal:
    """A diameter as typed (10.1 stays 10.1): sums and thresholds are compared exactly, since
    in floating point 3.1 + 4.6 is 7.699999999999999, just under 70 % of 11."""
    return Decimal(repr(value))


def baseline_sum(lesions: Sequence[Lesion]) -> float:
    return float(sum((_mm(lesion.diameter_mm or 0.0) for lesion in lesions if lesion.target),
                     Decimal(0)))


def _percent(value: float, reference: float) -> float | None:
    return None if reference == 0 else (value - reference) / reference * 100


def assess(lesions: Sequence[Lesion], series: Sequence[Measurements],
           rules: RecistRules) -> list[TimePoint]:
    """Each assessment's time point, in date order, the nadir carried from one to the next."""
    targets = [lesion for lesion in lesions if lesion.target]
    has_non_targets = any(not lesion.target for lesion in lesions)
    base = baseline_sum(lesions)
    nadir = base
    points: list[TimePoint] = []
    for measured in sorted(series, key=lambda m: m.on):
        point = _time_point(targets, has_non_targets, base, nadir, measured, rules)
        points.append(point)
        if point.sum_mm is not None:
            nadir = min(nadir, point.sum_mm)
    return points


def _time_point(targets: Sequence[Lesion], has_non_targets: bool, base: float, nadir: float,
                measured: Measurements, rules: RecistRules) -> TimePoint:
    sizes = [measured.targets.get(lesion.key) for lesion in targets]
    known = [size for size in sizes if size is not None]
    complete = len(known) == len(targets)
    total = float(sum((_mm(size) for size in known), Decimal(0)))
    target = (_target_response(targets, sizes, total, complete, base, nadir, rules)
              if targets else None)
    non_target = _non_target_response(measured.non_target) if has_non_targets else None
    return TimePoint(
        on=measured.on, sum_mm=total if complete else None,
        from_baseline_percent=_percent(total, base) if complete else None,
        nadir_mm=nadir,
        from_nadir_percent=_percent(total, nadir) if complete else None,
        from_nadir_mm=float(_mm(total) - _mm(nadir)) if complete else None,
        target=target, non_target=non_target,
        overall=overall_response(target, non_target, measured.new_lesion))


def _progressed(total: float, nadir: float, rules: RecistRules) -> bool:
    """≥ 20 % over the nadir and ≥ 5 mm more (section 4.3.1)."""
    now, least = _mm(total), _mm(nadir)
    return (now - least >= _mm(rules.pd_increase_mm)
            and now * 100 >= least * (100 + _mm(rules.pd_increase_percent)))


def _target_response(targets: Sequence[Lesion], sizes: Sequence[float | None], total: float,
                     complete: bool, base: float, nadir: float,
                     rules: RecistRules) -> Response:
    # The lesions measured may show progression even when another was not assessed.
    if _progressed(total, nadir, rules):
        return Response.PD
    if not complete:
        return Response.NE
    gone = all((size or 0.0) < rules.cr_node_max_mm if lesion.node else size == 0
               for lesion, size in zip(targets, sizes, strict=True))
    if gone:
        return Response.CR
    if _mm(total) * 100 <= _mm(base) * (100 - _mm(rules.pr_decrease_percent)):
        return Response.PR
    return Response.SD


def _non_target_response(status: NonTarget) -> Response:
    return {NonTarget.ABSENT: Response.CR, NonTarget.PRESENT: Response.NON_CR_NON_PD,
            NonTarget.PROGRESSED: Response.PD, NonTarget.NOT_EVALUATED: Response.NE}[status]


def overall_response(target: Response | None, non_target: Response | None,
                     new_lesion: bool) -> Response:
    """RECIST 1.1 Table 1 (target disease, with or without non-target) and Table 2
    (non-target disease only)."""
    if new_lesion or target is Response.PD or non_target is Response.PD:
        return Response.PD
    if target is None:  # Table 2
        return non_target or Response.NE
    if target is Response.CR:
        return Response.CR if non_target in (None, Response.CR) else Response.PR
    if target in (Response.PR, Response.SD):
        return target
    return Response.NE


# Best first (section 4.4); NE counts for nothing.
_RANK = (Response.CR, Response.PR, Response.SD, Response.NON_CR_NON_PD, Response.PD)


def best_overall_response(points: Sequence[TimePoint], baseline_on: date,
                          rules: RecistRules) -> Response:
    """The best time-point response from the start of treatment until the first progression
    (confirmation not required in a randomised trial, section 4.4). Stable disease counts only
    once it was seen at least `stable_disease_min_days` after baseline; an earlier SD followed
    by progression is PD, and NE when nothing after it was evaluable."""
    seen: list[Response] = []
    for point in points:
        response = point.overall
        if response is Response.PD:
            seen.append(response)
            break  # "until disease progression" (section 4.4): nothing after it counts
        if response in (Response.SD, Response.NON_CR_NON_PD) and \
                (point.on - baseline_on).days < rules.stable_disease_min_days:
            continue  # too early to count as stable
        seen.append(response)
    ranked = [response for response in seen if response is not Response.NE]
    if not ranked:
        return Response.NE
    return min(ranked, key=_RANK.index)


def objective_response(best: Response) -> bool:
    """Counts towards the objective response rate: a complete or partial response."""
    return best in (Response.CR, Response.PR)
