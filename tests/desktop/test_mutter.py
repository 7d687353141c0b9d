"""The installed backbreak on headless Mutter, GNOME's compositor (issue 16): no Wayland idle
protocol there, so idle time comes from org.gnome.Mutter.IdleMonitor; no tray, so the status
window stands in. Input goes through Mutter's RemoteDesktop API.

Skipped, naming the Debian package, where mutter is missing; CI installs it
(packaging/install-debian-deps.sh --test) and fails instead of skipping.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from harness import LaunchedApp, missing_message, wait_until
from mutter_session import MutterSession, mutter_missing
from test_sway import OPACITY_WARNING, THRESHOLD_S, app_log, cli, start, status, write_threshold

# Mutter's idle monitor is asked every 15 s while it matters (platform.polling).
POLL_S = 15


@pytest.fixture
def mutter(tmp_path: Path) -> Iterator[MutterSession]:
    missing = mutter_missing()
    if missing:
        message = missing_message(missing).replace("desktop tests", "GNOME desktop tests")
        if os.environ.get("CI"):
            pytest.fail("CI must run the GNOME desktop tests; " + message)
        pytest.skip(message)
    with MutterSession(base_dir=tmp_path / "mutter") as session:
        yield session


@pytest.fixture
def launched(mutter: MutterSession) -> Iterator[list[LaunchedApp]]:
    apps: list[LaunchedApp] = []
    yield apps
    for app in apps:
        code = app.stop()
        print(f"--- {app.name} (pid {app.pid}) exited {code}; stderr:")
        print(app.stderr()[-4000:])


def test_on_gnome_the_status_window_stands_in_and_a_break_comes_without_a_warning(
    mutter: MutterSession, launched: list[LaunchedApp]
) -> None:
    start(mutter, launched)
    data = status(mutter)
    assert data["ui"] == "window"
    assert data["idle_detection"] == "gnome-mutter"
    code, out = cli(mutter, "break-now")
    assert code == 0, out
    wait_until(lambda: status(mutter)["state"] == "on_break" or None, 10, "the break")
    wait_until(lambda: "card shows" in app_log(mutter) or None, 10, "the card")
    time.sleep(0.5)  # the fade in
    code, out = cli(mutter, "skip")
    assert code == 0, out
    wait_until(lambda: status(mutter)["state"] == "counting" or None, 10, "the card to go")
    assert OPACITY_WARNING not in app_log(mutter)


def test_mutters_idle_monitor_away_back_and_a_natural_break(
    mutter: MutterSession, launched: list[LaunchedApp]
) -> None:
    write_threshold(mutter)
    start(mutter, launched)
    time.sleep(1)  # a second of work, so that there is work to break from
    mutter.move_cursor(5, 5)
    last_input = time.monotonic()
    wait_until(lambda: status(mutter)["idle"] is True or None, THRESHOLD_S + POLL_S + 15, "away")
    assert time.monotonic() - last_input >= THRESHOLD_S - 1
    mutter.move_cursor(-5, -5)
    wait_until(lambda: status(mutter)["idle"] is False or None, POLL_S + 10, "back")
    assert status(mutter)["breaks_today"] == 1
