"""Exceptions in Qt slots and Qt's own warnings reach backbreak.log, the file people attach to
bug reports; the person is told once, and the app keeps running.

In a child process: the handlers are process-wide (sys.excepthook, Qt's message handler), and
pytest-qt installs its own for the test process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

CHILD = """
import sys
from pathlib import Path
from backbreak.crash import CrashReporter
from backbreak.logs import setup_logging
from backbreak.qt import QtCore, QtWidgets, QTimer

log_file = Path(sys.argv[1])
setup_logging(log_file)
reporter = CrashReporter(str(log_file))
told = []
reporter.tell = told.append
reporter.install()
app = QtWidgets.QApplication([])

def broken_slot():
    return {}["no such key"]

def qt_complains():
    QtCore.qWarning("a warning from Qt")

def done():
    print("told", len(told), "|", told[0] if told else "")
    app.exit(0)

QTimer.singleShot(0, broken_slot)
QTimer.singleShot(10, broken_slot)  # a second one: logged, not told again
QTimer.singleShot(20, qt_complains)
QTimer.singleShot(40, done)
code = app.exec()
reporter.uninstall()
print("still running after the errors; exit", code)
"""


def run_child(code: str, log_file: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code, str(log_file)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )


def test_slot_exceptions_and_qt_warnings_reach_the_log_and_the_person_once(
    tmp_path: Path,
) -> None:
    log_file = tmp_path / "log" / "backbreak.log"
    result = run_child(CHILD, log_file)
    assert result.returncode == 0, result.stderr
    assert "still running after the errors; exit 0" in result.stdout
    # Told once, in plain words, with where to look.
    assert "told 1 |" in result.stdout
    assert "Something went wrong inside backbreak" in result.stdout
    assert str(log_file) in result.stdout
    logged = log_file.read_text()
    assert logged.count("uncaught exception") == 2
    assert "Traceback (most recent call last)" in logged
    assert "in broken_slot" in logged
    assert "KeyError: 'no such key'" in logged
    assert "a warning from Qt" in logged


CHILD_UPDATED = """
import sys
from pathlib import Path
from backbreak.crash import CrashReporter
from backbreak.qt import QtWidgets, QTimer

reporter = CrashReporter(sys.argv[1])
told = []
reporter.tell = told.append
reporter.install()
app = QtWidgets.QApplication([])

def open_a_window_whose_code_was_replaced():
    from backbreak.ui import no_such_window_any_more  # as after an update: names gone

def done():
    print("told |", told[0] if told else "")
    app.exit(0)

QTimer.singleShot(0, open_a_window_whose_code_was_replaced)
QTimer.singleShot(20, done)
app.exec()
reporter.uninstall()
"""


def test_code_replaced_under_the_running_app_is_told_as_an_update(tmp_path: Path) -> None:
    """Windows load their code when first shown; after an update that code no longer fits
    what runs. The person is told to start backbreak again, not that something broke."""
    result = run_child(CHILD_UPDATED, tmp_path / "backbreak.log")
    assert result.returncode == 0, result.stderr
    assert "files changed while it was running" in result.stdout
    assert "Quit backbreak and start it again" in result.stdout
