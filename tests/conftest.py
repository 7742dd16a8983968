"""Shared fixtures: real encrypted databases in temporary folders, never mocks of the store."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

# Before anything imports Qt: tests never need a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from hai_desktop.services.demo import build_demo_database
from hai_desktop.services.workspace import Workspace, sign_in
from hai_desktop.settings import Settings
from hai_desktop.store.keyslots import key_slot_path

DEMO_DB_NAME = "hai-demo.db"


def make_settings(folder: Path, **overrides: object) -> Settings:
    return Settings(data_dir=folder, log_dir=folder / "logs", **overrides)  # type: ignore[arg-type]


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return make_settings(tmp_path)


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo database built once per test run; tests get their own copy."""
    folder = tmp_path_factory.mktemp("demo-template")
    path = folder / DEMO_DB_NAME
    build_demo_database(path, make_settings(folder)).sign_out()
    return path


def copy_database(source: Path, target_dir: Path) -> Path:
    target = target_dir / source.name
    target_dir.mkdir(parents=True, exist_ok=True)
    shutil.copy2(source, target)
    shutil.copy2(key_slot_path(source), key_slot_path(target))
    return target


@pytest.fixture
def demo_db(demo_template: Path, tmp_path: Path) -> Path:
    """A private copy of the TRAINING database (all demo users, demo patients)."""
    return copy_database(demo_template, tmp_path / "demo")


@pytest.fixture
def admin_ws(demo_db: Path, settings: Settings) -> Iterator[Workspace]:
    ws = sign_in(demo_db, "admin", "amber-training", settings)
    yield ws
    ws.db.close()
