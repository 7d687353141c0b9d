"""PySide6's import hook answers its question (does a module mention PySide6?) without
leaving each module's source in linecache once the app has called spare_source_reads()."""

from __future__ import annotations

import importlib
import linecache
import sys
from pathlib import Path
from typing import Any

import pytest

from backbreak.qt import spare_source_reads


@pytest.fixture
def feature(monkeypatch: pytest.MonkeyPatch) -> Any:
    """PySide6's feature module, with its own hook put back after the test."""
    module = sys.modules["shibokensupport.feature"]
    monkeypatch.setattr(module, "_mod_uses_pyside", module._mod_uses_pyside)
    return module


def import_fresh(folder: Path, name: str, text: str, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = folder / f"{name}.py"
    path.write_text(text, encoding="utf-8")
    monkeypatch.syspath_prepend(str(folder))
    importlib.invalidate_caches()
    __import__(name)  # an import statement: PySide6's hook replaces builtins.__import__
    monkeypatch.delitem(sys.modules, name)
    return path


def test_the_hook_gives_the_same_answers_and_keeps_no_source(
    feature: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # As PySide6 ships it: the answer is right and the whole source stays in linecache.
    before = import_fresh(tmp_path, "bb_plain_before", "VALUE = 1\n", monkeypatch)
    assert feature.pyside_feature_dict["bb_plain_before"] == -1
    assert str(before) in linecache.cache

    assert spare_source_reads()
    assert str(before) not in linecache.cache  # what it had cached is dropped
    plain = import_fresh(tmp_path, "bb_plain", "VALUE = 1\n", monkeypatch)
    qt_user = import_fresh(
        tmp_path, "bb_qt_user", "from PySide6 import QtCore\nVALUE = 2\n", monkeypatch
    )
    assert feature.pyside_feature_dict["bb_plain"] == -1  # ignored: no features there
    assert feature.pyside_feature_dict["bb_qt_user"] == 0  # PySide's default features
    assert str(plain) not in linecache.cache
    assert str(qt_user) not in linecache.cache
