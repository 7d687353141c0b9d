"""How long since the last keyboard or mouse input: `detect_idle_monitor()`.

Backends, and what each one really measures:

- X11 (`XScreenSaverIdleMonitor`): the MIT-SCREEN-SAVER extension through libXss (Debian
  package libxss1), milliseconds since the X server last saw input from any device. Under
  XWayland it only sees input that goes to X clients, so on a Wayland session it keeps
  counting while the user types into Wayland windows: it is never used there.
- GNOME (`MutterIdleMonitor`): org.gnome.Mutter.IdleMonitor.GetIdletime on the session bus,
  uint64 milliseconds, from the compositor itself: right on Wayland and on X11.
- org.freedesktop.ScreenSaver.GetSessionIdleTime (`ScreenSaverIdleMonitor`): in no
  freedesktop spec; the unit depends on who implements it. KDE's kscreenlocker returns
  KIdleTime::idleTime(), *milliseconds*. xfce4-screensaver, mate-screensaver and the old
  gnome-screensaver they derive from return XScreenSaver idle / 1000, *seconds*. KDE is told
  apart by owning org.kde.screensaver from the same connection. On Wayland, kscreenlocker
  answers org.freedesktop.DBus.Error.NotSupported ("GetSessionIdleTime is not supported on
  this platform"), and before that change KWin's Wayland idle poller answered 0 forever
  (KWinIdleTimePoller::forcePollRequest returned 0), so this backend is not used on Wayland.
- Windows (`WindowsIdleMonitor`): GetLastInputInfo against GetTickCount (both 32-bit
  millisecond ticks, wrapping every 49.7 days).
- macOS (`MacIdleMonitor`): CoreGraphics CGEventSourceSecondsSinceLastEventType for the HID
  system state (hardware input only, so a "keep awake" tool posting synthetic events does not
  count as the user) and any input event type.

So on a Wayland session other than GNOME (KDE Plasma, sway, ...) nothing answers and
`detect_idle_monitor()` finds no monitor: there, only a Wayland client holding an
ext-idle-notify-v1 notification learns about idleness, which Qt does not expose.
"""

from __future__ import annotations

import ctypes
import logging
import math
import sys
from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, Protocol

from backbreak.platform.x11 import XDisplay, load_library

if TYPE_CHECKING:
    from backbreak.platform.dbus import Bus

log = logging.getLogger(__name__)

LIBXSS = "libXss.so.1"


class IdleMonitor(Protocol):
    name: str

    def idle_seconds(self) -> float | None:
        """Seconds since the last user input; None when it could not be told this time."""
        ...


# -- D-Bus ---------------------------------------------------------------------------------


def _non_negative(value: Any, scale: float) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        return None
    return value * scale


class MutterIdleMonitor:
    """GNOME Shell's idle monitor (Mutter), on the session bus."""

    name = "gnome-mutter"
    SERVICE = "org.gnome.Mutter.IdleMonitor"
    PATH = "/org/gnome/Mutter/IdleMonitor/Core"
    INTERFACE = "org.gnome.Mutter.IdleMonitor"

    def __init__(self, bus: Bus) -> None:
        self._bus = bus

    def idle_seconds(self) -> float | None:
        reply = self._bus.call(self.SERVICE, self.PATH, self.INTERFACE, "GetIdletime")
        return _non_negative(reply[0], 0.001) if reply else None


class ScreenSaverIdleMonitor:
    """org.freedesktop.ScreenSaver.GetSessionIdleTime; see the module text for its units."""

    name = "freedesktop-screensaver"
    SERVICE = "org.freedesktop.ScreenSaver"
    INTERFACE = "org.freedesktop.ScreenSaver"
    # KDE registers the object at both; the gnome-screensaver family at the first.
    PATHS = ("/org/freedesktop/ScreenSaver", "/ScreenSaver")
    KDE_SERVICE = "org.kde.screensaver"

    def __init__(self, bus: Bus, *, milliseconds: bool, path: str = PATHS[0]) -> None:
        self._bus = bus
        self._scale = 0.001 if milliseconds else 1.0
        self._path = path
        self.milliseconds = milliseconds

    @classmethod
    def implementation_uses_milliseconds(cls, bus: Bus) -> bool:
        """True when KDE serves the interface (it owns org.kde.screensaver on the same
        connection): KDE answers in milliseconds, the others in seconds."""
        owner = bus.name_owner(cls.SERVICE)
        return owner is not None and owner == bus.name_owner(cls.KDE_SERVICE)

    def idle_seconds(self) -> float | None:
        reply = self._bus.call(self.SERVICE, self._path, self.INTERFACE, "GetSessionIdleTime")
        return _non_negative(reply[0], self._scale) if reply else None


# -- X11 -----------------------------------------------------------------------------------


class _XScreenSaverInfo(ctypes.Structure):
    _fields_ = [
        ("window", ctypes.c_ulong),
        ("state", ctypes.c_int),
        ("kind", ctypes.c_int),
        ("til_or_since", ctypes.c_ulong),
        ("idle", ctypes.c_ulong),  # milliseconds
        ("event_mask", ctypes.c_ulong),
    ]


class XScreenSaverIdleMonitor:
    """The X server's own idle counter, through the MIT-SCREEN-SAVER extension."""

    name = "x11-screensaver"

    def __init__(self, display: XDisplay, xss: ctypes.CDLL) -> None:
        self._display = display
        self._xss = xss

    @classmethod
    def open(cls, display: XDisplay, *, library: str = LIBXSS) -> XScreenSaverIdleMonitor | None:
        """None when libXss is missing or the server lacks the extension."""
        xss = load_library(library, "Debian package libxss1; no X11 idle time")
        if xss is None:
            return None
        xss.XScreenSaverQueryExtension.argtypes = [
            ctypes.c_void_p,
            ctypes.POINTER(ctypes.c_int),
            ctypes.POINTER(ctypes.c_int),
        ]
        xss.XScreenSaverQueryExtension.restype = ctypes.c_int
        xss.XScreenSaverQueryInfo.argtypes = [
            ctypes.c_void_p,
            ctypes.c_ulong,
            ctypes.POINTER(_XScreenSaverInfo),
        ]
        xss.XScreenSaverQueryInfo.restype = ctypes.c_int
        event_base, error_base = ctypes.c_int(), ctypes.c_int()
        with display.errors_trapped():
            present = xss.XScreenSaverQueryExtension(
                display.pointer, ctypes.byref(event_base), ctypes.byref(error_base)
            )
        if not present:
            log.info("the X server %s has no MIT-SCREEN-SAVER extension", display.name)
            return None
        return cls(display, xss)

    def idle_seconds(self) -> float | None:
        if not self._display.is_open:
            return None
        info = _XScreenSaverInfo()
        with self._display.errors_trapped() as errors:
            status = self._xss.XScreenSaverQueryInfo(
                self._display.pointer, self._display.root, ctypes.byref(info)
            )
        if not status or errors:
            return None
        return int(info.idle) / 1000.0


# -- Windows -------------------------------------------------------------------------------


class _LastInputInfo(ctypes.Structure):
    _fields_ = [("cbSize", ctypes.c_uint), ("dwTime", ctypes.c_uint32)]


def _windows_libraries() -> tuple[Any, Any]:
    """user32 and kernel32. A seam of its own: the tests replace it with fakes."""
    # getattr: ctypes.WinDLL exists on Windows only, and a sys.platform test would make mypy
    # (checking on Linux) call the rest unreachable.
    win_dll: Any = getattr(ctypes, "WinDLL", None)
    if win_dll is None:
        raise OSError("user32 and kernel32 exist on Windows only")
    return win_dll("user32"), win_dll("kernel32")


class WindowsIdleMonitor:
    name = "windows"

    def __init__(self, user32: Any, kernel32: Any) -> None:
        user32.GetLastInputInfo.argtypes = [ctypes.POINTER(_LastInputInfo)]
        user32.GetLastInputInfo.restype = ctypes.c_int
        kernel32.GetTickCount.argtypes = []
        kernel32.GetTickCount.restype = ctypes.c_uint32
        self._user32 = user32
        self._kernel32 = kernel32

    @classmethod
    def load(cls) -> WindowsIdleMonitor | None:
        try:
            user32, kernel32 = _windows_libraries()
        except OSError:
            return None
        return cls(user32, kernel32)

    def idle_seconds(self) -> float | None:
        info = _LastInputInfo()
        info.cbSize = ctypes.sizeof(_LastInputInfo)
        # A pointer, not byref(): the same code then runs against the tests' fake library.
        if not self._user32.GetLastInputInfo(ctypes.pointer(info)):
            return None
        now = int(self._kernel32.GetTickCount())
        # Both are 32-bit tick counts that wrap every 49.7 days; unsigned subtraction
        # gives the right distance across a wrap.
        return ((now - int(info.dwTime)) & 0xFFFFFFFF) / 1000.0


# -- macOS ---------------------------------------------------------------------------------

_CORE_GRAPHICS = "/System/Library/Frameworks/CoreGraphics.framework/CoreGraphics"
_HID_SYSTEM_STATE = 1  # kCGEventSourceStateHIDSystemState
_ANY_INPUT_EVENT = 0xFFFFFFFF  # kCGAnyInputEventType (~0)


def _core_graphics() -> Any:
    """The CoreGraphics framework (OSError elsewhere). A seam: the tests replace it."""
    # No existence check first: since macOS 11 system frameworks live in the dyld shared
    # cache, not as files, yet dlopen still finds them by this path.
    return ctypes.CDLL(_CORE_GRAPHICS)


class MacIdleMonitor:
    name = "macos"

    def __init__(self, core_graphics: Any) -> None:
        since = core_graphics.CGEventSourceSecondsSinceLastEventType
        since.argtypes = [ctypes.c_int32, ctypes.c_uint32]
        since.restype = ctypes.c_double  # CFTimeInterval
        self._since_last_event: Callable[[int, int], float] = since

    @classmethod
    def load(cls) -> MacIdleMonitor | None:
        try:
            return cls(_core_graphics())
        except OSError:
            return None

    def idle_seconds(self) -> float | None:
        seconds = float(self._since_last_event(_HID_SYSTEM_STATE, _ANY_INPUT_EVENT))
        return seconds if math.isfinite(seconds) and seconds >= 0 else None


# -- choosing one --------------------------------------------------------------------------


def is_wayland_session(environ: Mapping[str, str]) -> bool:
    session_type = environ.get("XDG_SESSION_TYPE", "").lower()
    if session_type in ("x11", "wayland"):
        return session_type == "wayland"
    return bool(environ.get("WAYLAND_DISPLAY"))


def desktop_connections(
    environ: Mapping[str, str],
    platform: str,
    session_bus: Bus | None,
    x_display: XDisplay | None,
) -> tuple[Bus | None, XDisplay | None, XDisplay | None]:
    """The session bus and the X display to ask: those given, or else opened from `environ`
    (DBUS_SESSION_BUS_ADDRESS or $XDG_RUNTIME_DIR/bus; DISPLAY, outside a Wayland session)
    where the platform has them. Third, the X display opened here, if one was (the caller
    closes it when no backend keeps it)."""
    opened = None
    if platform not in ("win32", "darwin"):
        if x_display is None and environ.get("DISPLAY") and not is_wayland_session(environ):
            x_display = opened = XDisplay.open(environ["DISPLAY"])
        if session_bus is None:
            from backbreak.platform.dbus import Bus

            session_bus = Bus.session(environ)
    return session_bus, x_display, opened


def idle_candidates(
    environ: Mapping[str, str],
    *,
    platform: str,
    session_bus: Bus | None,
    x_display: XDisplay | None,
) -> Iterator[IdleMonitor]:
    """The backends worth asking here, best first, built one at a time as they are reached.

    On an X11 session the X server's own counter comes first: it is what the desktops' D-Bus
    services read there too, costs no round trip through a desktop process, and has no unit
    to guess. On Wayland only the compositor knows, so only GNOME's Mutter is asked.
    """
    if platform == "win32":
        if (windows := WindowsIdleMonitor.load()) is not None:
            yield windows
        return
    if platform == "darwin":
        if (mac := MacIdleMonitor.load()) is not None:
            yield mac
        return
    wayland = is_wayland_session(environ)
    x11 = None if wayland or x_display is None else XScreenSaverIdleMonitor.open(x_display)
    if x11 is not None:
        yield x11
    if session_bus is None:
        return
    yield MutterIdleMonitor(session_bus)
    if not wayland:
        milliseconds = ScreenSaverIdleMonitor.implementation_uses_milliseconds(session_bus)
        for path in ScreenSaverIdleMonitor.PATHS:
            yield ScreenSaverIdleMonitor(session_bus, milliseconds=milliseconds, path=path)


def detect_idle_monitor(
    environ: Mapping[str, str],
    *,
    platform: str = sys.platform,
    session_bus: Bus | None = None,
    x_display: XDisplay | None = None,
) -> IdleMonitor | None:
    """The first backend that answers here; None when none does.

    session_bus / x_display: connections to use; when None they are opened from `environ`
    (DBUS_SESSION_BUS_ADDRESS or $XDG_RUNTIME_DIR/bus; DISPLAY) where the platform has them.
    Pass the same XDisplay to detect_do_not_disturb() to share one X connection. An X
    connection opened here is closed again unless the X11 backend wins.
    """
    session_bus, x_display, own_display = desktop_connections(
        environ, platform, session_bus, x_display
    )
    chosen: IdleMonitor | None = None
    for candidate in idle_candidates(
        environ, platform=platform, session_bus=session_bus, x_display=x_display
    ):
        if candidate.idle_seconds() is not None:
            chosen = candidate
            break
    if own_display is not None and not isinstance(chosen, XScreenSaverIdleMonitor):
        own_display.close()
    log.info("idle time from: %s", chosen.name if chosen is not None else "none")
    return chosen
