"""Reading the protocol's data files (resources/): a fault names the file, never a traceback."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from hai_desktop.core.errors import HaiError
from hai_desktop.core.i18n import msg


def read_toml(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise HaiError(msg("The protocol data file {path} cannot be read: {exc}.",
                           path=path, exc=exc)) from exc


def not_as_expected(path: Path, problem: object) -> HaiError:
    """An entry missing or of the wrong kind in a file that parsed."""
    return HaiError(msg("The protocol data file {path} is not as expected: {exc}.",
                        path=path, exc=problem))
