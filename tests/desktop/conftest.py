"""Fixtures for tests that run real programs on a virtual desktop (see harness.py).

Every test in tests/desktop is skipped, naming the Debian packages to install, when a program
the harness needs is missing.

    def test_something(desktop: DesktopSession, run_app: RunApp) -> None:
        app = run_app(["backbreak"])
        icon = desktop.wait_for_tray_icon(app.pid)
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path

import pytest

# The harness is a plain module next to this file, importable whatever pytest's import mode.
sys.path.insert(0, str(Path(__file__).resolve().parent))

from harness import (
    TRAY_HOSTS,
    DesktopSession,
    LaunchedApp,
    RunApp,
    TrayHost,
    missing_message,
    which_missing,
)

HERE = Path(__file__).resolve().parent
DESKTOP_HOSTS: list[TrayHost] = ["xembed", "sni"]


def _missing() -> dict[str, str]:
    return which_missing(TRAY_HOSTS)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "desktop: runs the real app on a virtual X desktop (Xvfb, tray host, dunst)"
    )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    # This hook sees every collected item of the run, not only ours: act on tests/desktop only.
    ours = [item for item in items if HERE in item.path.resolve().parents]
    if not ours:
        return
    missing = _missing()
    if missing and os.environ.get("CI"):
        # CI installs these (packaging/install-debian-deps.sh --test): a skip there would
        # pass off an untested desktop layer as green.
        raise pytest.UsageError("CI must run the desktop tests; " + missing_message(missing))
    skip = pytest.mark.skip(reason=missing_message(missing)) if missing else None
    for item in ours:
        item.add_marker(pytest.mark.desktop)
        if skip is not None:
            item.add_marker(skip)


@pytest.fixture(params=DESKTOP_HOSTS)
def desktop(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[DesktopSession]:
    """A started virtual desktop, once with an XEmbed tray (trayer), once with an SNI tray.

    Logs, the notification log and the app's XDG dirs are kept in tmp_path/desktop.
    """
    missing = _missing()
    if missing:
        pytest.skip(missing_message(missing))
    host: TrayHost = request.param
    with DesktopSession(host, base_dir=tmp_path / "desktop") as session:
        yield session


@pytest.fixture
def run_app(desktop: DesktopSession) -> Iterator[RunApp]:
    """Start a program in the desktop (env = desktop.env); output goes to files.

    Whatever is still running at teardown is stopped (SIGTERM, then SIGKILL). Its output
    files are printed, so a failing test shows them.
    """
    launched: list[LaunchedApp] = []

    def run(
        argv: Sequence[str],
        *,
        name: str | None = None,
        extra_env: Mapping[str, str] | None = None,
    ) -> LaunchedApp:
        app = desktop.launch(argv, name=name, extra_env=extra_env)
        launched.append(app)
        return app

    yield run
    for app in launched:
        code = app.stop()
        print(f"--- {app.name} (pid {app.pid}) exited {code}; stderr: {app.stderr_path}")
        print(app.stderr()[-4000:])
