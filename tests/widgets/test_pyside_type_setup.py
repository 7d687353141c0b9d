"""Opening the settings window does not make PySide6 set up every QtWidgets class.

PySide6 sets a Qt class up (its Python type and all its enum types) the first time Python
meets it, and keeps it for the life of the process. Handed a QWidget that Python has not seen
(a scroll area's own viewport, say), it sets up every QtWidgets class the widget might be, to
find its type: ~1 MiB that the app would hold from the settings window's first opening on.
Type setup is once per process, so the window is built in a fresh one.
"""

from __future__ import annotations

import os
import subprocess
import sys

# Classes the settings window never uses: set up only by a search for a widget's type.
NEVER_USED = ("QWizard", "QFileDialog", "QDockWidget", "QMainWindow")

BUILD_AND_LIST = f"""
import enum, gc
from backbreak.qt import QtWidgets
app = QtWidgets.QApplication([])
from backbreak.core.exercises import load_library
from backbreak.core.settings import Settings
from backbreak.paths import assets_dir
from backbreak.ui.settings.window import SettingsWindow
library, _problems = load_library(assets_dir())
window = SettingsWindow(Settings(), library=library)
window.show()
app.processEvents()
gc.collect()
owners = {{
    kind.__qualname__.split(".")[0]
    for kind in gc.get_objects()
    if isinstance(kind, enum.EnumType) and (kind.__module__ or "").startswith("PySide6")
}}
print("set up:", sorted(owners & set({NEVER_USED!r})), "of", len(owners))
window.close()
"""


def test_the_settings_window_sets_up_only_the_qt_classes_it_uses() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", BUILD_AND_LIST],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    line = next(line for line in result.stdout.splitlines() if line.startswith("set up:"))
    assert line.startswith("set up: [] of "), line
