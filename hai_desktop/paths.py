"""Where the application's resources are, whether run from a checkout or a bundle."""

from __future__ import annotations

import os
import sys
from pathlib import Path

ENV_RESOURCES = "HAI_DESKTOP_RESOURCES"


def resources_dir() -> Path:
    env = os.environ.get(ENV_RESOURCES)
    if env:
        return Path(env)
    bundle = getattr(sys, "_MEIPASS", None)  # PyInstaller unpacks data files here
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
