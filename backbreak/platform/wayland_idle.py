"""Idle time pushed by a Wayland compositor: ext-idle-notify-v1 (sway from 1.8, KWin from
Plasma 5.27, Hyprland, niri...), else KDE's older org_kde_kwin_idle (sway 1.7, Debian 12's).

A Wayland client cannot ask how long the person has been idle; it asks the compositor to
say when nobody touched the seat for a given time ("idled") and when they touch it again
("resumed"). That is what the break session wants anyway, so this source takes
platform.polling.PolledIdle's place (both are a polling.IdleSource) and wakes the app only
when the person leaves or comes back: no timer.

The source has a connection of its own beside Qt's (pywayland's Display opens one; it cannot
wrap Qt's), so neither reads the other's events. Its socket is watched by Qt's event loop (a
QSocketNotifier): no thread. GNOME's Mutter (43, Debian 12's) offers neither protocol; there
`open_wayland_idle` finds nothing and the senses ask org.gnome.Mutter.IdleMonitor
(platform.idle) instead.

Loaded only on a Wayland session (app.senses): importing pywayland loads its C library.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Mapping
from typing import Any

from pywayland.client.display import Display
from pywayland.protocol.ext_idle_notify_v1 import ExtIdleNotifierV1
from pywayland.protocol.wayland import WlRegistry, WlSeat

from backbreak.qt import QObject, QtCore, Signal

log = logging.getLogger(__name__)

EXT_IDLE = "wayland-ext-idle-notify"
KDE_IDLE = "wayland-kde-idle"
# The protocol's timeout is a 32-bit count of milliseconds (49 days).
_MAX_TIMEOUT_MS = 2**32 - 1


class _Notification:
    """One idle notification object of either protocol."""

    def __init__(self, proxy: Any, destructor: str) -> None:
        self._proxy = proxy
        self._destructor = destructor  # ext-idle-notify's is "destroy", KDE's "release"

    def destroy(self) -> None:
        if not self._proxy.destroyed:
            getattr(self._proxy, self._destructor)()


class _Compositor:
    """The connection, the seat and whichever idle global the compositor offers."""

    def __init__(self, display: Display, seat: Any, notifier: Any, name: str) -> None:
        self.display = display
        self.seat = seat
        self.notifier = notifier
        self.name = name

    @classmethod
    def connect(cls, display_name: str) -> _Compositor | None:
        """Connect and bind; None (connection closed) when no idle protocol is offered."""
        display = Display(display_name)
        try:
            display.connect()
        except ValueError:  # pywayland's "Unable to connect to display"
            log.info("cannot connect to the Wayland display %s", display_name)
            return None
        registry = display.get_registry()
        offered: dict[str, tuple[int, int]] = {}

        def note(_registry: WlRegistry, name: int, interface: str, version: int) -> None:
            offered.setdefault(interface, (name, version))

        registry.dispatcher["global"] = note
        display.roundtrip()
        notifier, idle_name = None, ""
        if "wl_seat" in offered and ExtIdleNotifierV1.name in offered:
            global_name, _version = offered[ExtIdleNotifierV1.name]
            # Version 1 is enough: get_idle_notification honours idle inhibitors (a video
            # playing), which is right here: someone watching a film is still sitting.
            notifier, idle_name = registry.bind(global_name, ExtIdleNotifierV1, 1), EXT_IDLE
        elif "wl_seat" in offered and "org_kde_kwin_idle" in offered:
            from backbreak.platform.wayland_kde_idle import OrgKdeKwinIdle

            global_name, _version = offered[OrgKdeKwinIdle.name]
            notifier, idle_name = registry.bind(global_name, OrgKdeKwinIdle, 1), KDE_IDLE
        if notifier is None:
            log.info("the Wayland compositor offers no idle protocol")
            display.disconnect()
            return None
        # The first seat: compositors with idle protocols have one (wlroots' seat0).
        seat = registry.bind(offered["wl_seat"][0], WlSeat, 1)
        registry.destroy()
        display.flush()
        return cls(display, seat, notifier, idle_name)

    def notification(
        self, timeout_ms: int, on_idle: Callable[[], None], on_resumed: Callable[[], None]
    ) -> _Notification:
        if self.name == EXT_IDLE:
            proxy = self.notifier.get_idle_notification(timeout_ms, self.seat)
            idle_event, destructor = "idled", "destroy"
        else:
            proxy = self.notifier.get_idle_timeout(self.seat, timeout_ms)
            idle_event, destructor = "idle", "release"
        proxy.dispatcher[idle_event] = lambda _proxy: on_idle()
        proxy.dispatcher["resumed"] = lambda _proxy: on_resumed()
        self.display.flush()
        return _Notification(proxy, destructor)

    def close(self) -> None:
        """Destroy what we made and disconnect (pywayland destroys the proxies left)."""
        if self.name == EXT_IDLE and not self.notifier.destroyed:
            self.notifier.destroy()
        self.display.flush()
        self.display.disconnect()


class WaylandIdle(QObject):
    """Tells when the person is away and when they are back, as the compositor says so."""

    away = Signal(float)  # seconds since the last input, at or past the threshold
    back = Signal()

    def __init__(
        self,
        compositor: _Compositor,
        *,
        threshold_s: float,
        clock: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.name = compositor.name
        self._compositor: _Compositor | None = compositor
        self._clock = clock
        self._threshold_s = threshold_s
        self._pending_threshold_s: float | None = None
        self._idle_since: float | None = None  # monotonic time of the last input, while away
        self._watching = False
        self._socket = QtCore.QSocketNotifier(
            compositor.display.get_fd(), QtCore.QSocketNotifier.Type.Read, self
        )
        self._socket.activated.connect(self._readable)
        self._notification: _Notification | None = self._notify()

    # -- what the senses ask ------------------------------------------------------------------

    def set_threshold(self, seconds: float) -> None:
        """A new notification with the new timeout. While away, only once the person is back:
        a fresh notification starts "not idle" and would never say "resumed"."""
        if seconds == self._threshold_s and self._pending_threshold_s is None:
            return
        if self._idle_since is not None:
            self._pending_threshold_s = seconds
            return
        self._threshold_s = seconds
        self._renew()

    def watch(self, wanted: bool) -> None:
        """Tell from now on (or stop telling). The notification stays either way: it costs
        nothing while nobody comes or goes, and keeping it keeps the time the person left, so
        watching again while they are away says so at once, with the right time."""
        was_watching, self._watching = self._watching, wanted
        if wanted and not was_watching and self._idle_since is not None:
            self.poll()

    @property
    def watching(self) -> bool:
        return self._watching

    def poll(self) -> None:
        """Say what is true now (the compositor has told us already)."""
        if self._idle_since is not None:
            self.away.emit(self._clock() - self._idle_since)
        else:
            self.back.emit()

    def stop(self) -> None:
        """Destroy the notification, the protocol objects and the connection."""
        self._socket.setEnabled(False)
        if self._notification is not None:
            self._notification.destroy()
            self._notification = None
        if self._compositor is not None:
            self._compositor.close()
            self._compositor = None

    # -- what the compositor says -------------------------------------------------------------

    def _notify(self) -> _Notification | None:
        if self._compositor is None:
            return None
        timeout_ms = min(_MAX_TIMEOUT_MS, max(0, round(self._threshold_s * 1000)))
        return self._compositor.notification(timeout_ms, self._idled, self._resumed)

    def _renew(self) -> None:
        if self._notification is not None:
            self._notification.destroy()
        self._notification = self._notify()

    def _idled(self) -> None:
        # No input for the whole timeout: the person left that long ago.
        self._idle_since = self._clock() - self._threshold_s
        if self._watching:
            self.poll()

    def _resumed(self) -> None:
        self._idle_since = None
        if self._pending_threshold_s is not None:
            self._threshold_s, self._pending_threshold_s = self._pending_threshold_s, None
            self._renew()
        if self._watching:
            self.back.emit()

    def _readable(self) -> None:
        """Read what the compositor sent, run the events' handlers, send our requests."""
        if self._compositor is None:
            return
        display = self._compositor.display
        try:
            display.read()
            display.dispatch()
            display.flush()
        except RuntimeError:  # the compositor closed the connection (it quit or crashed)
            log.warning("the Wayland compositor went away: no idle time from it any more")
            self._socket.setEnabled(False)
            self._notification = None
            self._compositor = None
            display.disconnect()


def open_wayland_idle(
    environ: Mapping[str, str], *, threshold_s: float, parent: QObject | None = None
) -> WaylandIdle | None:
    """The compositor's idle source, or None where it offers no idle protocol."""
    display_name = environ.get("WAYLAND_DISPLAY")
    if not display_name:
        return None
    compositor = _Compositor.connect(display_name)
    if compositor is None:
        return None
    log.info("idle time from: %s", compositor.name)
    return WaylandIdle(compositor, threshold_s=threshold_s, parent=parent)
