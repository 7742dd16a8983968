"""Arrows point down: only hai_desktop.ui may import Qt; core imports no database library."""

from __future__ import annotations

import ast
from pathlib import Path

import hai_desktop

PACKAGE = Path(hai_desktop.__file__).resolve().parent


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def modules_under(layer: str) -> list[Path]:
    files = sorted((PACKAGE / layer).rglob("*.py"))
    assert files, f"no modules found under {layer}"
    return files


def offenders(layers: tuple[str, ...], forbidden: tuple[str, ...]) -> list[str]:
    found = []
    for layer in layers:
        for path in modules_under(layer):
            for name in imported_modules(path):
                if name.split(".")[0] in forbidden:
                    found.append(f"{path.relative_to(PACKAGE)} imports {name}")
    return found


def test_no_qt_outside_the_ui() -> None:
    assert offenders(("core", "store", "services", "reports"), ("PySide6", "shiboken6")) == []


def test_core_is_pure() -> None:
    assert offenders(("core",), ("PySide6", "sqlalchemy", "alembic", "sqlcipher3")) == []


def test_the_check_itself_sees_qt_imports(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text("from PySide6.QtWidgets import QWidget\nimport PySide6.QtCore\n")
    assert imported_modules(sample) == {"PySide6.QtWidgets", "PySide6.QtCore"}


def test_reports_use_the_paragraph_that_prints_hangul() -> None:
    """reports.common.Paragraph sets Hangul in the Korean font; reportlab's own would print a
    Korean name as empty boxes."""
    offenders = []
    for path in sorted((PACKAGE / "reports").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.ImportFrom) and (node.module or "").startswith("reportlab")
                    and any(alias.name == "Paragraph" and alias.asname is None
                            for alias in node.names)):
                offenders.append(path.name)
    assert offenders == []
