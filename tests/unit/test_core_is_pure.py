"""backbreak.core holds the rules only: it must run without Qt (and without a display)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import backbreak.core

CORE_DIR = Path(backbreak.core.__file__).parent
FORBIDDEN = ("PySide6", "PyQt5", "PyQt6", "shiboken6", "backbreak.qt", "apscheduler")
# APScheduler's triggers are calendar arithmetic on the instants they are given (core.aligned
# finds clock-aligned marks with the cron trigger); its schedulers run on the real clock.
ALLOWED = ("apscheduler.triggers",)


def _imported_modules(source: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(source.read_text(), str(source))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_no_core_module_imports_qt() -> None:
    offenders = {
        f"{source.name}: {name}"
        for source in CORE_DIR.rglob("*.py")
        for name in _imported_modules(source)
        if name.startswith(FORBIDDEN) and not name.startswith(ALLOWED)
    }
    assert not offenders


def test_importing_every_core_module_loads_no_qt() -> None:
    modules = [
        ".".join(("backbreak", "core", *p.relative_to(CORE_DIR).with_suffix("").parts))
        for p in CORE_DIR.rglob("*.py")
    ]
    modules = [name.removesuffix(".__init__") for name in modules]
    assert "backbreak.core.planner" in modules
    assert "backbreak.core.exercises.placing" in modules  # packages inside core count too
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_core_imports_nothing_of_backbreak_outside_core() -> None:
    """The rules stand alone: nothing in core reaches the app's shell (its files, stores,
    windows or Qt), so core can be read, tested and reused by itself."""
    offenders = {
        f"{source.relative_to(CORE_DIR)}: {name}"
        for source in CORE_DIR.rglob("*.py")
        for name in _imported_modules(source)
        if name.startswith("backbreak") and not name.startswith("backbreak.core")
    }
    assert not offenders
