"""Whether now is a bad moment to interrupt: `detect_do_not_disturb()`.

Backends, and what is reliably readable (checked against each project's source):

- X11 (`X11FullscreenDnd`): the focused window (_NET_ACTIVE_WINDOW on the root window) is
  fullscreen (its _NET_WM_STATE holds _NET_WM_STATE_FULLSCREEN): a presentation, a video, a
  game. Needs an EWMH window manager, which maintains _NET_ACTIVE_WINDOW. Not used on
  Wayland: XWayland only knows about X11 windows.
- KDE Plasma (`DBusPropertyDnd`, "Inhibited"): org.freedesktop.Notifications has a read-only
  boolean property Inhibited, true while do-not-disturb is on. It is a KDE extension (Plasma's
  libnotificationmanager), not part of the Desktop Notifications spec (1.2 and 1.3 define
  no properties); other servers answer Get with an error.
- dunst (`DBusPropertyDnd`, "paused"): its org.dunstproject.cmd0 interface, on the same
  object, has a boolean property paused (what `dunstctl set-paused` toggles).
- Xfce (`XfconfDnd`): xfce4-notifyd keeps do-not-disturb in xfconf, channel xfce4-notifyd,
  property /do-not-disturb, read with org.xfce.Xfconf.GetProperty on the session bus. The
  property does not exist until first toggled, which means off.
- GNOME (`GnomeShowBannersDnd`): do-not-disturb is the GSettings key
  org.gnome.desktop.notifications show-banners = false. GNOME puts it on no bus: GNOME Shell's
  notification server has no Inhibited property, dconf has no read method on D-Bus, and
  xdg-desktop-portal-gnome's Settings portal serves a fixed list of schemas without this one.
  So it is read with `gsettings get`, a ~10 ms subprocess, only on GNOME.

`detect_do_not_disturb()` combines every backend that applies to the session: active when any
says so. It does not drop the ones that cannot tell at start-up: the window manager or the
notification daemon may come up after backbreak at login (dunst is often D-Bus activated by
the first notification), and a call to a missing service fails in well under a millisecond.
"""

from __future__ import annotations

import logging
import shutil
import sys
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Protocol

from backbreak.platform.idle import desktop_connections, is_wayland_session
from backbreak.platform.programs import program_answer
from backbreak.platform.x11 import XDisplay

if TYPE_CHECKING:
    from backbreak.platform.dbus import Bus

log = logging.getLogger(__name__)

# How long the GUI thread waits for `gsettings`.
GSETTINGS_TIMEOUT_S = 0.2


# What holds a break back, for the words that say so: a full-screen window, or the
# notification daemon's (or the desktop's) do-not-disturb switch.
FULL_SCREEN = "full-screen"
DO_NOT_DISTURB = "do-not-disturb"


class DoNotDisturb(Protocol):
    name: str

    def active(self) -> bool | None:
        """True: do not interrupt now; False: go ahead; None: could not tell this time."""
        ...


class X11FullscreenDnd:
    """The focused X11 window is fullscreen."""

    name = "x11-fullscreen"
    cause = FULL_SCREEN

    def __init__(self, display: XDisplay) -> None:
        self._display = display

    def active(self) -> bool | None:
        display = self._display
        if not display.is_open:
            return None
        focused = display.cardinals(display.root, "_NET_ACTIVE_WINDOW", max_items=1)
        if not focused:  # unreadable, or no EWMH window manager keeps it
            return None
        if focused[0] == 0:  # nothing has the focus
            return False
        state = display.cardinals(focused[0], "_NET_WM_STATE")
        if state is None:  # the window went away between the two requests
            return None
        return display.atom("_NET_WM_STATE_FULLSCREEN") in state


class DBusPropertyDnd:
    """A boolean D-Bus property that is `dnd_when` while notifications are held back."""

    def __init__(
        self,
        bus: Bus,
        *,
        name: str,
        service: str,
        path: str,
        interface: str,
        prop: str,
        dnd_when: bool = True,
    ) -> None:
        self.name = name
        self._bus = bus
        self._where = (service, path, interface, prop)
        self._dnd_when = dnd_when

    def active(self) -> bool | None:
        value = self._bus.get_property(*self._where)
        return value is self._dnd_when if isinstance(value, bool) else None


def _notifications_switch(bus: Bus, name: str, interface: str, prop: str) -> DBusPropertyDnd:
    """A switch that the notification daemon, on its well-known name and path, holds."""
    return DBusPropertyDnd(
        bus,
        name=name,
        service="org.freedesktop.Notifications",
        path="/org/freedesktop/Notifications",
        interface=interface,
        prop=prop,
    )


def kde_inhibited(bus: Bus) -> DBusPropertyDnd:
    return _notifications_switch(
        bus, "notifications-inhibited", "org.freedesktop.Notifications", "Inhibited"
    )


def dunst_paused(bus: Bus) -> DBusPropertyDnd:
    return _notifications_switch(bus, "dunst-paused", "org.dunstproject.cmd0", "paused")


class XfconfDnd:
    """xfce4-notifyd's do-not-disturb switch, read from xfconfd."""

    name = "xfce-notifyd"
    SERVICE = "org.xfce.Xfconf"
    PATH = "/org/xfce/Xfconf"
    INTERFACE = "org.xfce.Xfconf"

    def __init__(self, bus: Bus) -> None:
        self._bus = bus

    def active(self) -> bool | None:
        reply = self._bus.call(
            self.SERVICE,
            self.PATH,
            self.INTERFACE,
            "GetProperty",
            "xfce4-notifyd",
            "/do-not-disturb",
        )
        if reply:
            return reply[0] if isinstance(reply[0], bool) else None
        # xfconfd answers an error for a property never set, which means "off"; no xfconfd
        # at all means we cannot tell.
        return False if self._bus.name_owner(self.SERVICE) is not None else None


class GnomeShowBannersDnd:
    """GNOME's do-not-disturb: org.gnome.desktop.notifications show-banners is false."""

    name = "gnome-show-banners"
    ARGV = ("get", "org.gnome.desktop.notifications", "show-banners")

    def __init__(self, gsettings: str) -> None:
        self._gsettings = gsettings

    def active(self) -> bool | None:
        answer = program_answer([self._gsettings, *self.ARGV], GSETTINGS_TIMEOUT_S)
        if answer not in ("true", "false"):
            return None
        return answer == "false"


class CombinedDnd:
    """Active when any backend says so; None only when none of them can tell. `cause` says
    what held the last "active" back (FULL_SCREEN or DO_NOT_DISTURB; None after any other
    answer): the person is told the real reason a break waits."""

    def __init__(self, backends: Sequence[DoNotDisturb]) -> None:
        self.backends = list(backends)
        self.name = "+".join(b.name for b in self.backends) or "none"
        self.cause: str | None = None

    def active(self) -> bool | None:
        answer: bool | None = None
        self.cause = None
        for backend in self.backends:
            said = backend.active()
            if said:
                # Every backend but the full-screen one reads a do-not-disturb switch.
                self.cause = getattr(backend, "cause", DO_NOT_DISTURB)
                return True  # no need to ask the rest
            if said is False:
                answer = False
        return answer


def _desktops(environ: Mapping[str, str]) -> set[str]:
    return {d.upper() for d in environ.get("XDG_CURRENT_DESKTOP", "").split(":") if d}


def dnd_candidates(
    environ: Mapping[str, str],
    *,
    platform: str,
    session_bus: Bus | None,
    x_display: XDisplay | None,
) -> list[DoNotDisturb]:
    """Every backend that applies to this session, cheapest first."""
    if platform in ("win32", "darwin"):
        return []
    desktops = _desktops(environ)  # e.g. "ubuntu:GNOME" -> {"UBUNTU", "GNOME"}
    candidates: list[DoNotDisturb] = []
    if x_display is not None and not is_wayland_session(environ):
        candidates.append(X11FullscreenDnd(x_display))
    if session_bus is not None:
        # Any desktop: dunst runs under plain window managers, and Inhibited is the one
        # cross-desktop way a notification server could say it.
        candidates += [kde_inhibited(session_bus), dunst_paused(session_bus)]
        if "XFCE" in desktops:
            candidates.append(XfconfDnd(session_bus))
    if "GNOME" in desktops:
        gsettings = shutil.which("gsettings", path=environ.get("PATH"))
        if gsettings is not None:
            candidates.append(GnomeShowBannersDnd(gsettings))
    return candidates


def detect_do_not_disturb(
    environ: Mapping[str, str],
    *,
    platform: str = sys.platform,
    session_bus: Bus | None = None,
    x_display: XDisplay | None = None,
) -> CombinedDnd | None:
    """Every backend that applies here, combined; None when none does.

    session_bus / x_display as for detect_idle_monitor(); pass the same XDisplay to both so
    the app keeps one X connection.
    """
    # An X display opened here stays open: the full-screen check (X11FullscreenDnd) uses it.
    session_bus, x_display, _opened = desktop_connections(environ, platform, session_bus, x_display)
    candidates = dnd_candidates(
        environ, platform=platform, session_bus=session_bus, x_display=x_display
    )
    if not candidates:
        log.info("do-not-disturb from: none")
        return None
    chosen = CombinedDnd(candidates)
    log.info("do-not-disturb from: %s", chosen.name)
    return chosen
