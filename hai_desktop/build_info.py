"""The build-info file inside a packaged bundle: written by packaging/hai-desktop.spec at build
time, read by --version and Help → About. A run from source has none ("development")."""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

BUILD_INFO_NAME = "build-info.json"
DEVELOPMENT = "development"


@dataclass(frozen=True)
class BuildInfo:
    built_at: str  # ISO 8601, UTC
    commit: str  # the source commit, or "" when the build was not made from a git checkout
    platform: str

    def describe(self) -> str:
        return f"{self.built_at} ({self.commit})" if self.commit else self.built_at


def bundle_dir() -> Path | None:
    """Where PyInstaller unpacked the bundle's data (None when running from source)."""
    if not getattr(sys, "frozen", False):
        return None
    bundle = getattr(sys, "_MEIPASS", None)
    return Path(bundle) if bundle else Path(sys.executable).resolve().parent


def write_build_info(folder: Path, *, built_at: datetime, commit: str, platform: str) -> Path:
    path = folder / BUILD_INFO_NAME
    path.write_text(json.dumps({"built_at": built_at.strftime("%Y-%m-%dT%H:%M:%SZ"),
                                "commit": commit, "platform": platform}, indent=1) + "\n",
                    encoding="utf-8")
    return path


def read_build_info(folder: Path) -> BuildInfo:
    """The bundle's build facts; OSError/ValueError/KeyError when the file is missing or bad."""
    raw = json.loads((folder / BUILD_INFO_NAME).read_text(encoding="utf-8"))
    return BuildInfo(str(raw["built_at"]), str(raw.get("commit", "")),
                     str(raw.get("platform", "")))


def build_description() -> str:
    """'development' from source; the build date (and commit) in a bundle."""
    folder = bundle_dir()
    if folder is None:
        return DEVELOPMENT
    try:
        return read_build_info(folder).describe()
    except (OSError, ValueError, KeyError) as exc:
        return f"unknown: {BUILD_INFO_NAME} missing or unreadable in the bundle ({exc})"
