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


# ---- the views boundary: reports lay out what services read, and never call a service ----------

def import_targets(path: Path, package: str) -> set[str]:
    """Every module the file may import, wherever the import stands (inside functions and
    TYPE_CHECKING blocks too): `from a.b import c` counts as both a.b and a.b.c (c may be a
    module), relative imports resolved against `package`, importlib.import_module("…") too."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*parent, base] if base else parent)
            found.add(base)
            found.update(f"{base}.{alias.name}" for alias in node.names)
        elif (isinstance(node, ast.Call) and node.args
              and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)
              and ((isinstance(node.func, ast.Attribute) and node.func.attr == "import_module")
                   or (isinstance(node.func, ast.Name)
                       and node.func.id in ("import_module", "__import__")))):
            found.add(node.args[0].value)
    return found


def package_of(path: Path) -> str:
    """The package a module's relative imports start from (a package's __init__ too)."""
    return ".".join(path.relative_to(PACKAGE.parent).parts[:-1])


def inside(names: set[str], forbidden: tuple[str, ...]) -> list[str]:
    """The names that are a forbidden module or anything inside it."""
    return sorted(name for name in names
                  if any(name == f or name.startswith(f + ".") for f in forbidden))


def reaching(paths: list[Path], forbidden: tuple[str, ...]) -> list[str]:
    """'file imports module' for each import of a forbidden module or anything inside it."""
    return [f"{path.relative_to(PACKAGE)} imports {name}" for path in paths
            for name in inside(import_targets(path, package_of(path)), forbidden)]


def test_reports_never_import_services() -> None:
    assert reaching(modules_under("reports"), ("hai_desktop.services",)) == []


def test_views_import_neither_services_nor_qt() -> None:
    views = [PACKAGE / "views.py", PACKAGE / "records.py"]
    assert reaching(views, ("hai_desktop.services", "hai_desktop.ui", "hai_desktop.store",
                            "PySide6", "shiboken6")) == []


def test_screens_and_reports_never_import_the_store_models() -> None:
    """They read stored rows through hai_desktop.records, never the ORM classes (whose
    sessions, lazy loads and setters belong to the services)."""
    assert reaching(modules_under("ui") + modules_under("reports"),
                    ("hai_desktop.store.models",)) == []


def test_the_view_records_are_the_ones_services_hand_out() -> None:
    """One class each, not a copy per layer: services re-export the views' records."""
    from hai_desktop import views
    from hai_desktop.services import catheter, orders, screening

    assert orders.OrderView is views.OrderView
    assert orders.SignatureView is views.SignatureView
    assert catheter.OrderGate is views.OrderGate
    assert screening.ScreeningLogRow is views.ScreeningLogRow
    assert screening.ConsortCounts is views.ConsortCounts


def test_the_boundary_check_sees_every_kind_of_import(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n"
        "    from hai_desktop.services.orders import OrderView\n"
        "def later():\n"
        "    from hai_desktop import services\n"
        "    import hai_desktop.services.screening\n"
        "    from ..services import catheter\n"
        "    importlib.import_module('hai_desktop.services.export')\n"
        "from hai_desktop.servicesque import nothing\n")
    found = import_targets(sample, "hai_desktop.reports")
    assert inside(found, ("hai_desktop.services",)) == [
        "hai_desktop.services", "hai_desktop.services.catheter", "hai_desktop.services.export",
        "hai_desktop.services.orders", "hai_desktop.services.orders.OrderView",
        "hai_desktop.services.screening"]


def test_the_stratum_rule_is_decided_in_services_only() -> None:
    """RandomizationDesign.stratum_for (ECOG × prior adjuvant → stratum) is called from one
    place, services.randomization.stratum_from_factors: the screen, the screening and the
    export ask the services for a patient's stratum instead of deciding it again."""
    callers = []
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for function in ast.walk(tree):
            if not isinstance(function, ast.FunctionDef):
                continue
            for node in ast.walk(function):
                if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                        and node.func.attr == "stratum_for"):
                    callers.append(f"{path.relative_to(PACKAGE)}:{function.name}")
    assert sorted(set(callers)) == ["services/randomization.py:stratum_from_factors"]
