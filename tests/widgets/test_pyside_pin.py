"""Guards the PySide6 pin: 6.12.0 on CPython 3.11 aborts ("Fatal Python error: none_dealloc")
after a few thousand void-returning Qt calls, because each drops a reference to None."""

from __future__ import annotations

import subprocess
import sys
from importlib.metadata import version

import pytest


def test_installed_pyside6_is_below_6_12_on_python_below_3_12() -> None:
    if sys.version_info >= (3, 12):
        pytest.skip("Python 3.12+ is immune; the pin applies below 3.12 only")
    major, minor = (int(part) for part in version("PySide6-Essentials").split(".")[:2])
    assert (major, minor) < (6, 12)


def test_a_hundred_thousand_void_qt_calls_do_not_abort() -> None:
    # In a child process: the bug kills the interpreter, which would take pytest with it.
    code = """
import os
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6 import QtCore, QtGui, QtWidgets
app = QtWidgets.QApplication([])
image = QtGui.QImage(64, 64, QtGui.QImage.Format.Format_ARGB32)
painter = QtGui.QPainter(image)
pen = QtGui.QPen()
for i in range(100_000):  # void-returning calls, as an animation's paint loop makes
    pen.setWidthF(1.0 + (i % 7))
    painter.setPen(pen)
    painter.drawLine(QtCore.QPointF(0, 0), QtCore.QPointF(i % 64, 63))
painter.end()
print("survived")
"""
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "survived"
