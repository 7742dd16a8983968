"""Where the application's resources are, whether run from a checkout or a bundle."""

from __future__ import annotations

import os
import sys
from pathlib import Path

ENV_RESOURCES = "HAI_DESKTOP_RESOURCES"


def resources_dir() -> Path:
    """An explicit folder (HAI_DESKTOP_RESOURCES), the PyInstaller bundle's, the installed
    package's (a wheel maps the repository's resources/ to hai_desktop/resources), or the
    checkout's top-level resources/ (an editable install or running from source)."""
    env = os.environ.get(ENV_RESOURCES)
    if env:
        return Path(env)
    bundle = getattr(sys, "_MEIPASS", None)  # PyInstaller unpacks data files here
    if bundle:
        return Path(bundle) / "resources"
    here = Path(__file__).resolve().parent
    installed = here / "resources"
    return installed if installed.is_dir() else here.parent / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
