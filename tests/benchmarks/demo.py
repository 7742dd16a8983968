"""The TRAINING demo database for a benchmark's child process: a copy of the one the run built
(about 9 s each with the production key derivation), or built here when run alone."""

from __future__ import annotations

import shutil
from pathlib import Path

from hai_desktop.services.demo import build_demo_database
from hai_desktop.settings import Settings
from hai_desktop.store.keyslots import key_slot_path


def demo_database(folder: Path, settings: Settings, built: str | None = None) -> Path:
    path = folder / "hai-demo.db"
    if built:
        shutil.copy2(built, path)
        shutil.copy2(key_slot_path(Path(built)), key_slot_path(path))
    else:
        build_demo_database(path, settings).sign_out()
    return path
