"""Idle time: the X server's counter for real on Xvfb, the D-Bus backends against a fake
desktop service on a private bus, and the Windows/macOS backends at their ctypes edge."""

from __future__ import annotations

import ctypes
import time
from collections.abc import Iterator
from typing import Any

import pytest
from platform_helpers import FakeDesktop, missing_or_skip, x_run

from backbreak.platform import idle
from backbreak.platform.dbus import Bus
from backbreak.platform.idle import (
    MacIdleMonitor,
    MutterIdleMonitor,
    ScreenSaverIdleMonitor,
    WindowsIdleMonitor,
    XScreenSaverIdleMonitor,
    detect_idle_monitor,
)
from backbreak.platform.x11 import XDisplay

MUTTER = (MutterIdleMonitor.PATH, MutterIdleMonitor.INTERFACE)
SCREENSAVER_PATH = ScreenSaverIdleMonitor.PATHS[0]
X11_SESSION = {"XDG_SESSION_TYPE": "x11"}
WAYLAND_SESSION = {"XDG_SESSION_TYPE": "wayland", "WAYLAND_DISPLAY": "wayland-0"}


@pytest.fixture
def display(x_display: str) -> Iterator[XDisplay]:
    opened = XDisplay.open(x_display)
    if opened is None:
        missing_or_skip({"libX11.so.6": "libx11-6"})
    assert opened is not None
    yield opened
    opened.close()


def xss_monitor(display: XDisplay) -> XScreenSaverIdleMonitor:
    monitor = XScreenSaverIdleMonitor.open(display)
    if monitor is None:
        try:
            ctypes.CDLL(idle.LIBXSS)
        except OSError:
            missing_or_skip({idle.LIBXSS: "libxss1"})
        pytest.fail("Xvfb has no MIT-SCREEN-SAVER extension")
    return monitor


# -- X11, for real -------------------------------------------------------------------------


def test_x11_idle_grows_without_input_and_resets_on_input(
    x_display: str, display: XDisplay
) -> None:
    monitor = xss_monitor(display)
    x_run(x_display, "xdotool", "mousemove", "10", "10")
    first = monitor.idle_seconds()
    assert first is not None and first < 0.5

    time.sleep(1.2)
    later = monitor.idle_seconds()
    assert later is not None and later >= first + 1.0

    # A real pointer motion (to a new place) is user input for the server.
    x_run(x_display, "xdotool", "mousemove", "200", "150")
    after_input = monitor.idle_seconds()
    assert after_input is not None and after_input < 0.5


def test_detect_prefers_the_x_server_on_an_x11_session(x_display: str) -> None:
    monitor = detect_idle_monitor({**X11_SESSION, "DISPLAY": x_display}, platform="linux")
    assert monitor.name == "x11-screensaver"
    seconds = monitor.idle_seconds()
    assert seconds is not None and seconds >= 0


def test_detect_ignores_xwayland_on_a_wayland_session(x_display: str) -> None:
    # Under XWayland the counter misses input to Wayland windows: better no answer at all.
    environ = {**WAYLAND_SESSION, "DISPLAY": x_display}
    assert detect_idle_monitor(environ, platform="linux") is None


def test_without_libxss_there_is_no_x11_backend(display: XDisplay) -> None:
    assert XScreenSaverIdleMonitor.open(display, library="libXss-not-here.so.1") is None


def test_an_unreachable_display_gives_no_connection() -> None:
    assert XDisplay.open("") is None
    assert XDisplay.open(":4093") is None  # nothing listens there


def test_a_closed_display_answers_none(x_display: str) -> None:
    display = XDisplay.open(x_display)
    assert display is not None
    monitor = xss_monitor(display)
    display.close()
    assert monitor.idle_seconds() is None


# -- D-Bus, against the fake desktop -------------------------------------------------------


def test_gnome_mutter_idletime_is_milliseconds(fake: FakeDesktop, session_bus: Bus) -> None:
    fake.own(MutterIdleMonitor.SERVICE)
    fake.reply(*MUTTER, "GetIdletime", 4321)
    assert MutterIdleMonitor(session_bus).idle_seconds() == pytest.approx(4.321)


def test_kde_screensaver_idle_time_is_milliseconds(fake: FakeDesktop, session_bus: Bus) -> None:
    fake.own(ScreenSaverIdleMonitor.SERVICE)
    fake.own(ScreenSaverIdleMonitor.KDE_SERVICE)  # KDE: the same process owns both
    fake.reply(SCREENSAVER_PATH, ScreenSaverIdleMonitor.INTERFACE, "GetSessionIdleTime", 2500)
    assert ScreenSaverIdleMonitor.implementation_uses_milliseconds(session_bus)
    monitor = detect_idle_monitor(X11_SESSION, platform="linux", session_bus=session_bus)
    assert isinstance(monitor, ScreenSaverIdleMonitor)
    assert monitor.idle_seconds() == pytest.approx(2.5)


def test_other_screensavers_answer_in_seconds(fake: FakeDesktop, session_bus: Bus) -> None:
    # xfce4-screensaver, mate-screensaver: XScreenSaver idle / 1000, on the KDE path too.
    fake.own(ScreenSaverIdleMonitor.SERVICE)
    fake.reply("/ScreenSaver", ScreenSaverIdleMonitor.INTERFACE, "GetSessionIdleTime", 42)
    assert not ScreenSaverIdleMonitor.implementation_uses_milliseconds(session_bus)
    monitor = detect_idle_monitor(X11_SESSION, platform="linux", session_bus=session_bus)
    assert monitor.name == "freedesktop-screensaver"
    assert monitor.idle_seconds() == pytest.approx(42.0)


def test_gnome_comes_before_the_screensaver_interface(fake: FakeDesktop, session_bus: Bus) -> None:
    fake.own(MutterIdleMonitor.SERVICE)
    fake.own(ScreenSaverIdleMonitor.SERVICE)
    fake.reply(*MUTTER, "GetIdletime", 1000)
    fake.reply(SCREENSAVER_PATH, ScreenSaverIdleMonitor.INTERFACE, "GetSessionIdleTime", 7)
    monitor = detect_idle_monitor(X11_SESSION, platform="linux", session_bus=session_bus)
    assert monitor.name == "gnome-mutter"


def test_kwin_on_wayland_is_not_asked(fake: FakeDesktop, session_bus: Bus) -> None:
    # Plasma on Wayland answers 0 forever (old KWin) or NotSupported (kscreenlocker now).
    fake.own(ScreenSaverIdleMonitor.SERVICE)
    fake.own(ScreenSaverIdleMonitor.KDE_SERVICE)
    fake.reply(SCREENSAVER_PATH, ScreenSaverIdleMonitor.INTERFACE, "GetSessionIdleTime", 0)
    monitor = detect_idle_monitor(WAYLAND_SESSION, platform="linux", session_bus=session_bus)
    assert monitor is None


def test_gnome_on_wayland_is_used(fake: FakeDesktop, session_bus: Bus) -> None:
    fake.own(MutterIdleMonitor.SERVICE)
    fake.reply(*MUTTER, "GetIdletime", 90_000)
    monitor = detect_idle_monitor(WAYLAND_SESSION, platform="linux", session_bus=session_bus)
    assert monitor.name == "gnome-mutter"
    assert monitor.idle_seconds() == pytest.approx(90.0)


def test_a_refusing_service_does_not_win(fake: FakeDesktop, session_bus: Bus) -> None:
    fake.own(ScreenSaverIdleMonitor.SERVICE)
    for path in ScreenSaverIdleMonitor.PATHS:
        fake.fail(
            path,
            ScreenSaverIdleMonitor.INTERFACE,
            "GetSessionIdleTime",
            "org.freedesktop.DBus.Error.NotSupported",
        )
    monitor = detect_idle_monitor(X11_SESSION, platform="linux", session_bus=session_bus)
    assert monitor is None


def test_a_service_that_hangs_costs_at_most_the_timeout(
    fake: FakeDesktop, session_bus: Bus
) -> None:
    fake.own(MutterIdleMonitor.SERVICE)
    fake.silence(*MUTTER, "GetIdletime")
    started = time.monotonic()
    assert MutterIdleMonitor(session_bus).idle_seconds() is None
    assert time.monotonic() - started < 0.5  # the timeout is 200 ms


def test_no_service_answers_none_at_once(session_bus: Bus) -> None:
    started = time.monotonic()
    assert MutterIdleMonitor(session_bus).idle_seconds() is None
    assert time.monotonic() - started < 0.1  # the bus itself says "no such name"


def test_negative_or_odd_answers_are_not_believed(fake: FakeDesktop, session_bus: Bus) -> None:
    fake.own(MutterIdleMonitor.SERVICE)
    for odd in (-5, "soon", True):
        fake.reply(*MUTTER, "GetIdletime", odd)
        assert MutterIdleMonitor(session_bus).idle_seconds() is None


def test_without_a_session_bus_nothing_is_tried() -> None:
    # No DBUS_SESSION_BUS_ADDRESS, no $XDG_RUNTIME_DIR/bus, no DISPLAY: libdbus must not be
    # left to "autolaunch" a bus of its own.
    assert detect_idle_monitor({}, platform="linux") is None


# -- Windows and macOS: only the ctypes edge -----------------------------------------------


class FakeUser32:
    def __init__(self, last_input_tick: int, succeed: bool = True) -> None:
        self.last_input_tick = last_input_tick
        self.succeed = succeed

        def get_last_input_info(info: Any) -> int:
            assert info.contents.cbSize == 8  # sizeof(LASTINPUTINFO), as Windows checks
            info.contents.dwTime = self.last_input_tick
            return 1 if self.succeed else 0

        self.GetLastInputInfo: Any = get_last_input_info


class FakeKernel32:
    def __init__(self, tick: int) -> None:
        def get_tick_count() -> int:
            return tick

        self.GetTickCount: Any = get_tick_count


def test_windows_last_input_against_tick_count(monkeypatch: pytest.MonkeyPatch) -> None:
    """Cannot run Windows APIs here: user32/kernel32 are fakes that fill in LASTINPUTINFO
    the way GetLastInputInfo does; this checks the structure, prototypes and arithmetic."""
    user32, kernel32 = FakeUser32(last_input_tick=1_000), FakeKernel32(tick=13_500)
    monkeypatch.setattr(idle, "_windows_libraries", lambda: (user32, kernel32))
    monitor = WindowsIdleMonitor.load()
    assert monitor is not None
    assert monitor.idle_seconds() == pytest.approx(12.5)
    assert user32.GetLastInputInfo.argtypes == [ctypes.POINTER(idle._LastInputInfo)]
    assert kernel32.GetTickCount.restype is ctypes.c_uint32


def test_windows_tick_count_wrapping_after_49_days(monkeypatch: pytest.MonkeyPatch) -> None:
    """Cannot run Windows APIs here (fakes, as above): the 32-bit tick count wrapped between
    the last input and now."""
    user32, kernel32 = FakeUser32(last_input_tick=0xFFFF_FC18), FakeKernel32(tick=2_000)
    monkeypatch.setattr(idle, "_windows_libraries", lambda: (user32, kernel32))
    monitor = WindowsIdleMonitor.load()
    assert monitor is not None
    assert monitor.idle_seconds() == pytest.approx(3.0)  # 1000 ms before the wrap, 2000 after
    user32.succeed = False
    assert monitor.idle_seconds() is None


def test_windows_backend_is_absent_elsewhere() -> None:
    """On Linux, the real loader finds no user32: the backend reports itself unavailable."""
    assert WindowsIdleMonitor.load() is None


class FakeCoreGraphics:
    def __init__(self, seconds: float) -> None:
        self.calls: list[tuple[int, int]] = []

        def since_last_event(state: int, event_type: int) -> float:
            self.calls.append((state, event_type))
            return seconds

        self.CGEventSourceSecondsSinceLastEventType: Any = since_last_event


def test_macos_seconds_since_last_hid_event(monkeypatch: pytest.MonkeyPatch) -> None:
    """Cannot run macOS APIs here: CoreGraphics is a fake; this checks the prototype and
    that the HID system state and "any input event" are asked for."""
    core_graphics = FakeCoreGraphics(seconds=7.25)
    monkeypatch.setattr(idle, "_core_graphics", lambda: core_graphics)
    monitor = MacIdleMonitor.load()
    assert monitor is not None
    assert monitor.idle_seconds() == pytest.approx(7.25)
    assert core_graphics.calls == [(1, 0xFFFFFFFF)]
    function = core_graphics.CGEventSourceSecondsSinceLastEventType
    assert function.restype is ctypes.c_double


def test_macos_nonsense_is_not_believed(monkeypatch: pytest.MonkeyPatch) -> None:
    """Cannot run macOS APIs here (a fake, as above)."""
    monkeypatch.setattr(idle, "_core_graphics", lambda: FakeCoreGraphics(float("nan")))
    monitor = MacIdleMonitor.load()
    assert monitor is not None
    assert monitor.idle_seconds() is None


def test_macos_backend_is_absent_elsewhere() -> None:
    """On Linux there is no CoreGraphics framework to load."""
    assert MacIdleMonitor.load() is None


def test_platform_picks_its_backend(monkeypatch: pytest.MonkeyPatch) -> None:
    """Cannot run Windows/macOS APIs here: with fakes loaded, the factory picks the native
    backend for each platform and asks no X server or bus."""
    monkeypatch.setattr(idle, "_windows_libraries", lambda: (FakeUser32(0), FakeKernel32(500)))
    monkeypatch.setattr(idle, "_core_graphics", lambda: FakeCoreGraphics(1.0))
    environ = {"DISPLAY": ":0", "DBUS_SESSION_BUS_ADDRESS": "unix:path=/nonexistent"}
    assert detect_idle_monitor(environ, platform="win32").name == "windows"
    assert detect_idle_monitor(environ, platform="darwin").name == "macos"
