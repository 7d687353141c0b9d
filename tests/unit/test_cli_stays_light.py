"""`backbreak status --json` is polled by status bars every few seconds: it must not load Qt."""

from __future__ import annotations

import subprocess
import sys


def test_status_json_never_imports_qt() -> None:
    code = (
        "import sys\n"
        "from backbreak.cli.main import main\n"
        "code = main(['status', '--json'])\n"
        "print(code, any(m.startswith('PySide6') for m in sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    # No app runs in this test's private runtime folder: exit 3 (after the JSON that says
    # so), and still no Qt.
    assert result.stdout.split()[-2:] == ["3", "False"], result.stderr


def test_stats_json_never_imports_qt() -> None:
    code = (
        "import sys\n"
        "from backbreak.cli.main import main\n"
        "code = main(['stats', '--json'])\n"
        "print(code, any(m.startswith('PySide6') for m in sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.split()[-2:] == ["0", "False"], result.stderr


def test_status_json_loads_neither_the_planner_nor_the_parser() -> None:
    """Each poll pays for every module on its way: the protocol and the socket, nothing of
    the rules, the calendar, a pause's words, the settings, the library or the history, and
    no parser."""
    heavy = (
        "argparse",
        "backbreak.core.planner",
        "backbreak.core.hours",
        "backbreak.core.pause_lengths",
        "backbreak.core.settings",
        "backbreak.core.history",
        "backbreak.core.exercises",
        "backbreak.texts",
    )
    code = (
        "import sys\n"
        "from backbreak.cli.main import main\n"
        "code = main(['status', '--json'])\n"
        f"print(code, sorted(m for m in sys.modules if m.startswith({heavy!r})))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.splitlines()[-1] == "3 []", result.stderr
