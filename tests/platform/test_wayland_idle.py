"""platform.wayland_idle against a real compositor: headless sway (KDE's idle protocol, which
Debian 12's sway offers) and, for ext-idle-notify-v1, which no compositor Debian 12 ships
offers yet, a stand-in compositor on pywayland's server side (fake_idle_compositor.py).

The app's Qt loop reads the compositor's socket (offscreen platform here: the idle source
needs only the socket, not Qt's Wayland platform).
"""

from __future__ import annotations

import logging
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from platform_helpers import read_line, stop_process
from pytestqt.qtbot import QtBot

from backbreak.platform.polling import IdleSource
from backbreak.platform.wayland_idle import (
    EXT_IDLE,
    KDE_IDLE,
    WaylandIdle,
    open_wayland_idle,
)

DESKTOP = Path(__file__).resolve().parents[1] / "desktop"
sys.path.insert(0, str(DESKTOP))  # the Wayland desktop's helpers live beside the X one's

from sway_session import SwaySession, sway_missing  # noqa: E402

FAKE_COMPOSITOR = Path(__file__).resolve().parent / "fake_idle_compositor.py"
THRESHOLD_S = 1.0


@pytest.fixture
def sway(tmp_path: Path) -> Iterator[SwaySession]:
    missing = {k: v for k, v in sway_missing().items() if k in ("sway", "swaymsg", "setpriv")}
    if missing:
        message = "apt-get install -y --no-install-recommends " + " ".join(set(missing.values()))
        if os.environ.get("CI"):
            pytest.fail(f"CI must run the Wayland idle tests; {message}")
        pytest.skip(message)
    with SwaySession(base_dir=tmp_path / "sway", desktop=False) as session:
        yield session


@pytest.fixture
def source(sway: SwaySession) -> Iterator[WaylandIdle]:
    found = open_wayland_idle(sway.env, threshold_s=THRESHOLD_S)
    assert found is not None
    yield found
    found.stop()


class Fake:
    def __init__(self, popen: subprocess.Popen[bytes], socket: str, log: Path) -> None:
        self.popen, self.socket, self.log = popen, socket, log

    def input(self) -> None:
        self.popen.send_signal(signal.SIGUSR1)

    def lines(self) -> list[str]:
        return self.log.read_text().splitlines()


@pytest.fixture
def fake(tmp_path: Path) -> Iterator[Fake]:
    log = tmp_path / "compositor.log"
    with (tmp_path / "compositor.err").open("wb") as errors:
        popen = subprocess.Popen(
            [sys.executable, str(FAKE_COMPOSITOR), str(log)],
            stdout=subprocess.PIPE,
            stderr=errors,
            stdin=subprocess.DEVNULL,
        )
    try:
        assert popen.stdout is not None
        name = read_line(popen.stdout.fileno(), 15, "the stand-in compositor")
        yield Fake(popen, str(Path(os.environ["XDG_RUNTIME_DIR"]) / name), log)
    finally:
        stop_process(popen)
        print((tmp_path / "compositor.err").read_text())


def test_sway_says_away_after_the_threshold_and_back_on_input(
    qtbot: QtBot, sway: SwaySession, source: WaylandIdle
) -> None:
    idle: IdleSource = source  # what the senses take
    assert idle.name == KDE_IDLE
    idle.watch(True)
    sway.move_cursor(1, 1)
    started = time.monotonic()
    with qtbot.waitSignal(source.away, timeout=10_000) as away:
        pass
    assert time.monotonic() - started >= THRESHOLD_S - 0.1
    assert away.args is not None and away.args[0] >= THRESHOLD_S
    with qtbot.waitSignal(source.back, timeout=5_000):
        sway.move_cursor(-1, -1)


def test_not_watching_it_keeps_quiet_and_watching_again_says_how_long_already(
    qtbot: QtBot, sway: SwaySession, source: WaylandIdle
) -> None:
    seen: list[float] = []
    source.away.connect(seen.append)
    sway.move_cursor(1, 1)
    qtbot.wait(int(THRESHOLD_S * 1000) + 1500)
    assert seen == []
    source.watch(True)  # away since before: told at once, with the time since the last input
    assert len(seen) == 1 and seen[0] >= THRESHOLD_S + 1.0


def test_a_new_threshold_waits_for_the_person_to_come_back(
    qtbot: QtBot, sway: SwaySession, source: WaylandIdle
) -> None:
    source.watch(True)
    with qtbot.waitSignal(source.away, timeout=10_000):
        sway.move_cursor(1, 1)
    source.set_threshold(3.0)  # while away: a fresh notification would never say "resumed"
    with qtbot.waitSignal(source.back, timeout=5_000):
        sway.move_cursor(-1, -1)
    started = time.monotonic()
    with qtbot.waitSignal(source.away, timeout=10_000) as away:
        pass
    assert time.monotonic() - started >= 2.9
    assert away.args is not None and away.args[0] >= 3.0


def test_the_compositor_going_away_ends_the_source_quietly(
    qtbot: QtBot, sway: SwaySession, source: WaylandIdle, caplog: pytest.LogCaptureFixture
) -> None:
    source.watch(True)
    with caplog.at_level(logging.WARNING, logger="backbreak.platform.wayland_idle"):
        sway.stop_compositor()
        qtbot.waitUntil(lambda: "went away" in caplog.text, timeout=5_000)
    source.poll()  # still answers (nothing is known any more: not away)
    source.stop()


def test_no_source_without_a_compositor_or_its_idle_protocol(tmp_path: Path) -> None:
    assert open_wayland_idle({}, threshold_s=60) is None
    assert open_wayland_idle({"WAYLAND_DISPLAY": str(tmp_path / "none")}, threshold_s=60) is None


def test_ext_idle_notify_idled_resumed_and_a_renewed_notification(qtbot: QtBot, fake: Fake) -> None:
    source = open_wayland_idle({"WAYLAND_DISPLAY": fake.socket}, threshold_s=0.5)
    assert source is not None
    try:
        assert source.name == EXT_IDLE
        source.watch(True)
        with qtbot.waitSignal(source.away, timeout=5_000) as away:
            pass
        assert away.args is not None and away.args[0] >= 0.5
        with qtbot.waitSignal(source.back, timeout=5_000):
            fake.input()
        source.set_threshold(2.0)  # not away: the notification is made anew at once
        qtbot.waitUntil(lambda: "notification 2000" in fake.lines(), timeout=5_000)
    finally:
        source.stop()
    # Both notifications end: the first when renewed, the second with stop().
    qtbot.waitUntil(lambda: fake.lines().count("gone") == 2, timeout=5_000)
    first = ["notification 500", "idled", "resumed", "destroyed", "gone"]
    assert fake.lines()[:6] == [*first, "notification 2000"]


def test_the_app_asks_the_compositor_whichever_platform_qt_runs_on(
    fake: Fake, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Qt on XWayland (or offscreen here) in a Wayland session: the X server never sees the
    # input to Wayland windows, so idle time still comes from the compositor.
    from backbreak.app.senses import DesktopSenses
    from backbreak.qt import QtWidgets

    app = QtWidgets.QApplication.instance()
    assert isinstance(app, QtWidgets.QApplication)
    assert not app.platformName().startswith("wayland")
    monkeypatch.setenv("WAYLAND_DISPLAY", fake.socket)
    monkeypatch.delenv("DISPLAY", raising=False)
    senses = DesktopSenses.detect(app, idle_threshold_s=60)
    try:
        assert senses.idle_name == EXT_IDLE
    finally:
        senses.stop()
