"""Only backbreak/qt.py imports Qt (PySide6 or shiboken6), anywhere in backbreak: a change of
binding, or of how a Qt module is loaded, touches one file. Nested imports count too."""

from __future__ import annotations

import ast
from pathlib import Path

import backbreak

PACKAGE = Path(backbreak.__file__).parent
QT = ("PySide6", "shiboken6")


def qt_imports(text: str) -> list[tuple[int, str]]:
    """(line, module) for every import of Qt in a module's source, at any depth."""
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(text)):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module]
        else:
            continue
        found += [(node.lineno, name) for name in names if name.startswith(QT)]
    return found


def test_only_the_qt_module_imports_qt() -> None:
    offenders = [
        f"{source.relative_to(PACKAGE)}:{line} {name}"
        for source in sorted(PACKAGE.rglob("*.py"))
        if source != PACKAGE / "qt.py"
        for line, name in qt_imports(source.read_text())
    ]
    assert offenders == []


def test_the_check_sees_an_import_inside_a_function() -> None:
    text = "import json\n\ndef f():\n    from PySide6 import QtNetwork\n    import shiboken6\n"
    assert qt_imports(text) == [(4, "PySide6"), (5, "shiboken6")]
