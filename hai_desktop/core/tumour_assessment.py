"""What a tumour assessment form may hold before it is stored: the baseline's lesions with their
diameters, a later assessment's measurements, non-target status, new lesions and CEA. The
RECIST arithmetic itself is core.recist; this module turns what was typed (mm or cm, ng/mL or
µg/L, through pint) into its inputs, or says which field to fix. Pure: no database, no Qt.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from hai_desktop.core import units
from hai_desktop.core.errors import ValidationError
from hai_desktop.core.i18n import QT_TRANSLATE_NOOP, msg
from hai_desktop.core.recist import Lesion, NonTarget, RecistRules, check_baseline


class Organ(enum.StrEnum):
    """Where a lesion is (RECIST counts targets per organ; all nodes are one organ)."""

    LIVER = QT_TRANSLATE_NOOP("Organ", "liver")
    LYMPH_NODE = QT_TRANSLATE_NOOP("Organ", "lymph node")
    LUNG = QT_TRANSLATE_NOOP("Organ", "lung")
    PERITONEUM = QT_TRANSLATE_NOOP("Organ", "peritoneum")
    PRIMARY = QT_TRANSLATE_NOOP("Organ", "primary tumour (colon or rectum)")
    OTHER = QT_TRANSLATE_NOOP("Organ", "other")


class Method(enum.StrEnum):
    """The imaging a measurement comes from; RECIST asks for the same method throughout."""

    CT = QT_TRANSLATE_NOOP("Method", "CT")
    MRI = QT_TRANSLATE_NOOP("Method", "MRI")


NON_TARGET_LABELS = {
    NonTarget.ABSENT: QT_TRANSLATE_NOOP("NonTarget", "all disappeared (nodes under 10 mm)"),
    NonTarget.PRESENT: QT_TRANSLATE_NOOP("NonTarget", "still present, not progressed"),
    NonTarget.PROGRESSED: QT_TRANSLATE_NOOP("NonTarget", "unequivocal progression"),
    NonTarget.NOT_EVALUATED: QT_TRANSLATE_NOOP("NonTarget", "not evaluated"),
}

# The same status in a word, where a grid has no room for the sentence.
NON_TARGET_SHORT = {
    NonTarget.ABSENT: QT_TRANSLATE_NOOP("NonTargetShort", "absent"),
    NonTarget.PRESENT: QT_TRANSLATE_NOOP("NonTargetShort", "present"),
    NonTarget.PROGRESSED: QT_TRANSLATE_NOOP("NonTargetShort", "progressed"),
    NonTarget.NOT_EVALUATED: QT_TRANSLATE_NOOP("NonTargetShort", "not evaluated"),
}


@dataclass(frozen=True)
class LesionEntry:
    """One lesion as typed at baseline; the key (T1…, NT1…) is given by the program."""

    organ: str
    target: bool
    node: bool
    site: str  # where exactly: "segment VIII", "hepatoduodenal node"
    diameter_text: str  # a target's longest diameter (a node's short axis); optional otherwise


def diameter_mm(text: str, field: str) -> float:
    """A diameter typed in mm or cm, in mm (rounded to a thousandth so 1.3 cm is 13 mm)."""
    return round(units.in_unit(units.parse_quantity(text, "lesion_diameter", field=field),
                               "lesion_diameter"), 3)


def cea_ng_ml(text: str) -> float | None:
    """CEA typed in ng/mL or µg/L, in ng/mL; None when left blank (not measured)."""
    if not text.strip():
        return None
    return round(units.in_unit(units.parse_quantity(text, "cea", field="cea"), "cea"), 6)


def lesion_keys(entries: Sequence[LesionEntry]) -> list[str]:
    """T1, T2 … for targets and NT1, NT2 … for non-targets, in the order entered."""
    keys: list[str] = []
    targets = others = 0
    for entry in entries:
        if entry.target:
            targets += 1
            keys.append(f"T{targets}")
        else:
            others += 1
            keys.append(f"NT{others}")
    return keys


def baseline_lesions(entries: Sequence[LesionEntry], rules: RecistRules) -> list[Lesion]:
    """The baseline's lesions as RECIST sees them, refused with the field to fix."""
    lesions: list[Lesion] = []
    for key, entry in zip(lesion_keys(entries), entries, strict=True):
        if entry.organ not in Organ.__members__.values():
            raise ValidationError(msg("Choose the organ of lesion {key}.", key=key), field=key)
        node = entry.node or entry.organ == Organ.LYMPH_NODE
        size = (diameter_mm(entry.diameter_text, key)
                if entry.target or entry.diameter_text.strip() else None)
        if size == 0 and entry.target:
            raise ValidationError(msg("Target lesion {key} cannot be 0 mm at baseline: give its "
                                      "diameter, or leave it out.", key=key), field=key)
        lesions.append(Lesion(key, entry.organ, entry.target, node, size))
    check_baseline(lesions, rules)
    return lesions


def check_assessment_date(on: date | None, *, baseline_on: date | None, randomized_on: date,
                          today: date, taken: Sequence[date]) -> date:
    """A follow-up assessment's date: after the baseline and randomization, not in the future,
    one per day."""
    if on is None:
        raise ValidationError(msg("Enter the date of the scan."), field="assessed_on")
    if on > today:
        raise ValidationError(msg("The scan date {on} is in the future: record the assessment "
                                  "once the scan has been read.", on=on.isoformat()),
                              field="assessed_on")
    if baseline_on is None:
        raise ValidationError(msg("Record the baseline lesions first: a response is measured "
                                  "against them."), field="assessed_on")
    if on <= max(baseline_on, randomized_on):
        raise ValidationError(msg("The scan date {on} is not after the baseline ({baseline_on}) "
                                  "and randomization ({randomized_on}): check the date.",
                                  on=on.isoformat(), baseline_on=baseline_on.isoformat(),
                                  randomized_on=randomized_on.isoformat()), field="assessed_on")
    if on in taken:
        raise ValidationError(msg("An assessment of {on} is already recorded: correct that one "
                                  "(void it with a reason and record it again).",
                                  on=on.isoformat()), field="assessed_on")
    return on


def check_baseline_date(on: date | None, *, today: date) -> date:
    if on is None:
        raise ValidationError(msg("Enter the date of the baseline scan."), field="assessed_on")
    if on > today:
        raise ValidationError(msg("The baseline scan date {on} is in the future.",
                                  on=on.isoformat()), field="assessed_on")
    return on


def measured_targets(lesions: Sequence[Lesion], typed: Mapping[str, str | None]
                     ) -> dict[str, float | None]:
    """Each target's diameter in mm; None where it was marked not assessed. A target left
    blank is refused: 'not assessed' must be said, since it makes the response NE."""
    unknown = sorted(set(typed) - {lesion.key for lesion in lesions if lesion.target})
    if unknown:
        raise ValidationError(msg("{key} is not a target lesion of this patient's baseline.",
                                  key=unknown[0]), field=unknown[0])
    sizes: dict[str, float | None] = {}
    for lesion in lesions:
        if not lesion.target:
            continue
        text = typed.get(lesion.key, "")
        if text is None:
            sizes[lesion.key] = None
            continue
        if not text.strip():
            raise ValidationError(msg("Enter the diameter of {key} (0 if it has disappeared), or "
                                      "mark it not assessed.", key=lesion.key), field=lesion.key)
        sizes[lesion.key] = diameter_mm(text, lesion.key)
    return sizes


def check_non_target(status: str | None, lesions: Sequence[Lesion]) -> NonTarget:
    has_non_targets = any(not lesion.target for lesion in lesions)
    if not has_non_targets:
        return NonTarget.NOT_EVALUATED  # nothing to judge: RECIST's Table 1 ignores it
    if status is None or status not in NonTarget.__members__.values():
        raise ValidationError(msg("Choose the status of the non-target lesions."),
                              field="non_target")
    return NonTarget(status)
