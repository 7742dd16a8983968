"""The PyInstaller spec ships what the program reads at run time; checked without building
(.ci/run builds the bundle and runs its --self-test)."""

from __future__ import annotations

import ast
import configparser
import importlib.util
import os
import xml.etree.ElementTree as ET
from pathlib import Path

import hai_desktop.store.migrations
from hai_desktop.paths import resources_dir

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
SPEC = PACKAGING / "hai-desktop.spec"


def spec_tree() -> ast.Module:
    return ast.parse(SPEC.read_text(encoding="utf-8"), filename=str(SPEC))


def spec_constant(name: str) -> object:
    """The literal value the spec assigns to `name` at its top level."""
    for node in spec_tree().body:
        if isinstance(node, ast.Assign) and any(
                isinstance(t, ast.Name) and t.id == name for t in node.targets):
            return ast.literal_eval(node.value)
    raise AssertionError(f"{SPEC.name} assigns no {name}")


def test_every_resource_folder_is_bundled() -> None:
    listed = spec_constant("RESOURCE_FOLDERS")
    assert isinstance(listed, tuple)
    on_disk = sorted(p.name for p in resources_dir().iterdir() if p.is_dir())
    assert sorted(listed) == on_disk, (
        "resources/ and RESOURCE_FOLDERS in packaging/hai-desktop.spec differ: add the folder "
        "to the spec (or remove it from the list)")
    loose = [p.name for p in resources_dir().iterdir() if p.is_file()]
    assert loose == [], f"files directly in resources/ are not bundled: {loose}"


def test_every_migration_file_is_bundled() -> None:
    folder = Path(hai_desktop.store.migrations.__file__).resolve().parent
    assert spec_constant("MIGRATIONS") == folder.relative_to(ROOT).as_posix()
    patterns = spec_constant("MIGRATION_FILES")
    assert isinstance(patterns, tuple)
    shipped = {p for pattern in patterns for p in folder.glob(pattern)}
    needed = {p for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts}
    assert needed == shipped, f"not bundled: {sorted(str(p) for p in needed - shipped)}"
    assert folder / "env.py" in shipped and len(list(folder.glob("versions/*.py"))) >= 8


def test_the_wheel_lists_every_package_and_maps_resources_into_it() -> None:
    """pyproject.toml names the packages one by one (resources/ is mapped to
    hai_desktop.resources, which no folder search finds): a new package must be added there."""
    import tomllib

    import setuptools

    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]
    listed = config["setuptools"]["packages"]
    found = setuptools.find_packages(where=str(ROOT), include=["hai_desktop*"])
    assert sorted(listed) == sorted([*found, "hai_desktop.resources"])
    assert config["setuptools"]["package-dir"] == {"hai_desktop.resources": "resources"}
    patterns = config["setuptools"]["package-data"]["hai_desktop.resources"]
    shipped = {p for pattern in patterns for p in resources_dir().glob(pattern) if p.is_file()}
    on_disk = {p for p in resources_dir().rglob("*") if p.is_file()}
    assert on_disk == shipped, f"not in the wheel: {sorted(map(str, on_disk - shipped))}"


def test_hidden_imports_exist() -> None:
    names = []
    for node in spec_tree().body:
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "hiddenimports":
            names = [e.value for e in node.value.elts  # type: ignore[attr-defined]
                     if isinstance(e, ast.Constant) and isinstance(e.value, str)]
    assert "sqlalchemy.dialects.sqlite.pysqlcipher" in names and "alembic.op" in names
    # find_spec imports a dotted name's parent, and psycopg_binary refuses to be imported
    # before psycopg (whether another test imported it first depends on the worker's order).
    importlib.import_module("psycopg")
    missing = [n for n in names if importlib.util.find_spec(n) is None]
    assert missing == []


def test_desktop_entry_starts_the_bundle_with_the_icon() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    entry.read(PACKAGING / "hai-desktop.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Type"] == "Application" and desktop["Terminal"] == "false"
    program = desktop["Exec"].split()[0]
    assert Path(program).name == spec_constant("NAME") == "hai-desktop"
    assert desktop["TryExec"] == program
    assert desktop["Categories"].endswith(";")
    icon = PACKAGING / f"{desktop['Icon']}.svg"
    root = ET.parse(icon).getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg" and root.get("viewBox")


def test_build_script_builds_the_spec_and_runs_the_self_test() -> None:
    script = PACKAGING / "build.sh"
    assert os.access(script, os.X_OK)
    text = script.read_text(encoding="utf-8")
    assert "packaging/hai-desktop.spec" in text and "--self-test" in text
    assert "packaging/build.sh" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")
