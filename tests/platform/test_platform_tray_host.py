"""The tray host watch against real hosts: trayer (XEmbed) on Xvfb, and Haskell's
status-notifier-watcher on a private session bus with gtk-sni-tray-standalone (on Xvfb) as
the bar that registers with it. Each host is started and killed under the watch, which must
say so in both directions."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from typing import Any

import pytest
from platform_helpers import BusAddresses, missing_or_skip, stop_process, x_env

from backbreak.platform.dbus import Bus
from backbreak.platform.tray_host import (
    SNI_WATCHER,
    HostKind,
    NoTrayHosts,
    SniHostWatcher,
    TrayHosts,
    XEmbedHostWatcher,
    detect_tray_hosts,
)
from backbreak.platform.x11 import XDisplay

WAIT_MS = 10_000


class Seen:
    """What a watcher signalled, in order."""

    def __init__(self) -> None:
        self.events: list[bool] = []

    def __call__(self, present: bool) -> None:
        self.events.append(present)


def start_program(argv: list[str], env: dict[str, str]) -> subprocess.Popen[bytes]:
    missing_or_skip(
        {
            argv[0]: {
                "trayer": "trayer",
                "status-notifier-watcher": "haskell-status-notifier-item-utils",
                "gtk-sni-tray-standalone": "haskell-gtk-sni-tray-utils",
            }[argv[0]]
        }
        if shutil.which(argv[0]) is None
        else {}
    )
    return subprocess.Popen(
        argv,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )


def kill(popen: subprocess.Popen[bytes]) -> None:
    # SIGKILL: a host that crashes says goodbye to nobody.
    popen.kill()
    stop_process(popen)


@pytest.fixture
def display(x_display: str) -> Iterator[XDisplay]:
    opened = XDisplay.open(x_display)
    if opened is None:
        missing_or_skip({"libX11.so.6": "libx11-6"})
    assert opened is not None
    yield opened
    opened.close()


def trayer(x_display: str) -> subprocess.Popen[bytes]:
    return start_program(
        ["trayer", "--edge", "top", "--height", "24"], {**x_env(x_display), "NO_AT_BRIDGE": "1"}
    )


@pytest.mark.parametrize("use_xfixes", [True, False], ids=["xfixes", "poll"])
def test_xembed_host_coming_and_going_is_seen(
    qtbot: Any, x_display: str, display: XDisplay, use_xfixes: bool
) -> None:
    watcher = XEmbedHostWatcher(display, poll_interval_ms=200, use_xfixes=use_xfixes)
    seen = Seen()
    watcher.changed.connect(seen)
    watcher.start()
    host: subprocess.Popen[bytes] | None = None
    try:
        assert watcher.how == ("xfixes" if use_xfixes else "poll")
        assert watcher.selection == "_NET_SYSTEM_TRAY_S0"
        assert watcher.present is False
        host = trayer(x_display)
        qtbot.waitUntil(lambda: seen.events == [True], timeout=WAIT_MS)
        assert watcher.present is True
        kill(host)
        qtbot.waitUntil(lambda: seen.events == [True, False], timeout=WAIT_MS)
        assert watcher.present is False
        host = trayer(x_display)
        qtbot.waitUntil(lambda: seen.events == [True, False, True], timeout=WAIT_MS)
    finally:
        watcher.stop()
        if host is not None:
            kill(host)
    assert not display.is_open  # the watcher's connection is its own, closed with it


def test_xembed_watch_wakes_on_the_event_not_on_a_timer(
    qtbot: Any, x_display: str, display: XDisplay
) -> None:
    """With XFixes nothing ticks: the news comes through the connection's socket."""
    watcher = XEmbedHostWatcher(display, poll_interval_ms=100)
    seen = Seen()
    watcher.changed.connect(seen)
    watcher.start()
    host = None
    try:
        asks = []
        real_ask = watcher._ask

        def counting_ask() -> bool | None:
            asks.append(1)
            return real_ask()

        watcher._ask = counting_ask  # type: ignore[method-assign]
        qtbot.wait(500)
        assert asks == []  # idle: not asked once in half a second
        host = trayer(x_display)
        qtbot.waitUntil(lambda: seen.events == [True], timeout=WAIT_MS)
    finally:
        watcher.stop()
        if host is not None:
            kill(host)


@pytest.fixture
def session_env(bus_addresses: BusAddresses) -> dict[str, str]:
    return {**os.environ, "DBUS_SESSION_BUS_ADDRESS": bus_addresses.session}


def sni_host(x_display: str, session_env: dict[str, str]) -> subprocess.Popen[bytes]:
    """The bar that draws the items (GTK, on the X server) and registers with the watcher."""
    env = {**session_env, **x_env(x_display), "NO_AT_BRIDGE": "1"}
    return start_program(["gtk-sni-tray-standalone", "--bottom"], env)


def test_sni_host_coming_and_going_is_seen(
    qtbot: Any, x_display: str, session_bus: Bus, session_env: dict[str, str]
) -> None:
    # No asking in this test: the watcher's signal says when the bar registers.
    watcher = SniHostWatcher(session_bus, poll_interval_ms=60_000)
    seen = Seen()
    watcher.changed.connect(seen)
    watcher.start()
    started: list[subprocess.Popen[bytes]] = []
    try:
        assert watcher.present is False
        started.append(start_program(["status-notifier-watcher"], session_env))
        qtbot.waitUntil(lambda: session_bus.name_owner(SNI_WATCHER) is not None)
        # A watcher with no bar registered with it: nothing would draw an icon.
        qtbot.wait(500)
        assert seen.events == []
        started.append(sni_host(x_display, session_env))
        qtbot.waitUntil(lambda: seen.events == [True], timeout=WAIT_MS)
        assert watcher.present is True
        # The watcher goes (the bar still runs): nothing draws the item any more.
        kill(started.pop(0))
        qtbot.waitUntil(lambda: seen.events == [True, False], timeout=WAIT_MS)
        kill(started.pop())
        # Both back, as when a panel restarts.
        started.append(start_program(["status-notifier-watcher"], session_env))
        started.append(sni_host(x_display, session_env))
        qtbot.waitUntil(lambda: seen.events == [True, False, True], timeout=WAIT_MS)
    finally:
        watcher.stop()
        for popen in started:
            kill(popen)


def test_both_kinds_together(
    qtbot: Any,
    x_display: str,
    display: XDisplay,
    session_bus: Bus,
    session_env: dict[str, str],
) -> None:
    hosts = TrayHosts(XEmbedHostWatcher(display), SniHostWatcher(session_bus))
    changes: list[int] = []
    hosts.changed.connect(lambda: changes.append(1))
    hosts.start()
    started: list[subprocess.Popen[bytes]] = []
    try:
        assert hosts.name == "xembed (xfixes), sni"
        assert hosts.anywhere() is False
        assert hosts.icon_kind() is None
        started.append(trayer(x_display))
        qtbot.waitUntil(lambda: hosts.anywhere() is True, timeout=WAIT_MS)
        assert hosts.present(HostKind.XEMBED) is True
        assert hosts.present(HostKind.SNI) is False
        assert hosts.icon_kind() == HostKind.XEMBED
        started.append(start_program(["status-notifier-watcher"], session_env))
        qtbot.waitUntil(lambda: session_bus.name_owner(SNI_WATCHER) is not None)
        started.append(sni_host(x_display, session_env))
        qtbot.waitUntil(lambda: hosts.present(HostKind.SNI) is True, timeout=WAIT_MS)
        # Qt puts a new icon in the StatusNotifierItem host when there is one.
        assert hosts.icon_kind() == HostKind.SNI
        kill(started.pop(0))
        qtbot.waitUntil(lambda: hosts.present(HostKind.XEMBED) is False, timeout=WAIT_MS)
        assert hosts.anywhere() is True  # the SNI host is still there
        assert len(changes) == 3
    finally:
        hosts.stop()
        for popen in started:
            kill(popen)


def test_only_what_can_be_watched_counts() -> None:
    hosts = TrayHosts(None, None)
    assert hosts.anywhere() is None
    assert hosts.present(HostKind.XEMBED) is None
    assert hosts.name == "nothing"


@pytest.mark.parametrize("platform_name", ["offscreen", "minimal", "windows", "cocoa"])
def test_no_watch_where_qt_draws_no_tray(platform_name: str) -> None:
    found = detect_tray_hosts(platform_name, {"DISPLAY": ":0"})
    assert isinstance(found, NoTrayHosts)
    assert found.anywhere() is None
    assert found.icon_kind() is None


def test_detect_on_x11_watches_both(
    qapp: Any, x_display: str, display: XDisplay, session_bus: Bus
) -> None:
    found = detect_tray_hosts("xcb", {}, x_display=display, session_bus=session_bus)
    assert isinstance(found, TrayHosts)
    assert found.xembed is not None and found.sni is not None
    found.stop()


def test_detect_on_wayland_watches_sni_only(qapp: Any, session_bus: Bus) -> None:
    found = detect_tray_hosts("wayland", {"DISPLAY": ":99"}, session_bus=session_bus)
    assert isinstance(found, TrayHosts)
    assert found.xembed is None and found.sni is not None
