"""Whether a system tray host is there, told as it changes: `TrayHosts`.

A tray icon lives in a host the desktop runs (a panel, a bar, a shell extension). When the
host goes (the panel crashed or was restarted, an extension was switched off), Qt's
QSystemTrayIcon says nothing: it stays "visible" with nothing on screen. Two kinds of host,
the two Qt speaks:

- XEmbed (the freedesktop system tray spec): the host owns the X selection
  `_NET_SYSTEM_TRAY_S<screen>`. Watched on an X connection of our own: with XFixes
  (libXfixes) the server sends an event when the selection gets or loses an owner, which
  wakes us through the connection's socket; without it, the owner is asked every few seconds
  (one round trip).
- StatusNotifierItem: a watcher owns `org.kde.StatusNotifierWatcher` on the session bus and
  a host (the bar that draws the items) has registered with it. The watcher is watched
  through the bus's NameOwnerChanged signal (QDBusServiceWatcher, which matches on the name,
  so other names coming and going wake nobody), the host through the watcher's
  StatusNotifierHostRegistered/Unregistered signals, and asked for every few seconds while
  a watcher has none (a watcher comes up a moment before its bar registers).

Qt picks the kind for each QSystemTrayIcon when it is made: StatusNotifierItem if a watcher
with a registered host is on the bus, XEmbed otherwise (`icon_kind()` says which). An icon
is not moved to a new host by Qt in every case (measured with Qt 6.11: an XEmbed icon is
re-embedded when a new host takes the selection, a StatusNotifierItem is not registered with
a new watcher, and neither moves to the other kind), so the app makes a new icon when a
host appears.

`NoTrayHosts` is the fallback where neither can be watched (another platform, no display
and no bus): it knows nothing, and the app keeps asking Qt as before.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Mapping
from enum import StrEnum
from typing import TYPE_CHECKING, Protocol

from backbreak.qt import QObject, QtCore, Signal, Slot, make_timer

if TYPE_CHECKING:
    from backbreak.platform.dbus import Bus, Subscription
    from backbreak.platform.x11 import XDisplay
    from backbreak.qt import QtDBus

log = logging.getLogger(__name__)

SNI_WATCHER = "org.kde.StatusNotifierWatcher"
SNI_WATCHER_PATH = "/StatusNotifierWatcher"
# Without XFixes, how often the XEmbed selection's owner is asked (one X round trip).
XEMBED_POLL_INTERVAL_MS = 2000
# While a StatusNotifierItem watcher is there without a host, how often to ask for one.
SNI_HOST_POLL_INTERVAL_MS = 5000


class HostKind(StrEnum):
    XEMBED = "xembed"
    SNI = "sni"


class TrayHostWatch(Protocol):
    """What the app asks of the tray hosts. `changed` is emitted when a host appears or
    goes; `present(kind)` is True or False for a kind being watched, None for one that is
    not (cannot tell)."""

    @property
    def changed(self) -> QtCore.SignalInstance: ...

    def start(self) -> None: ...

    def stop(self) -> None: ...

    def present(self, kind: HostKind) -> bool | None: ...

    def anywhere(self) -> bool | None: ...

    def icon_kind(self) -> HostKind | None: ...

    def setParent(self, parent: QObject | None) -> None: ...  # noqa: N802 - Qt's name


class NoTrayHosts(QObject):
    """Watches nothing and knows nothing (the no-op fallback)."""

    changed = Signal()

    def start(self) -> None:
        pass

    def stop(self) -> None:
        pass

    def present(self, kind: HostKind) -> bool | None:
        return None

    def anywhere(self) -> bool | None:
        return None

    def icon_kind(self) -> HostKind | None:
        return None


class _HostWatcher(QObject):
    """What both watchers share: the last answer, a timer that asks again, and a change
    told once (`changed`, and a line in the log)."""

    changed = Signal(bool)  # whether a host is there now
    KIND = "tray host"  # for the log

    def __init__(self, poll_interval_ms: int, parent: QObject | None) -> None:
        super().__init__(parent)
        self._present: bool | None = None
        self._poll = make_timer(self, self.check, interval_ms=poll_interval_ms)

    @property
    def present(self) -> bool | None:
        return self._present

    def _ask(self) -> bool | None:
        """Whether a host is there now; None when it cannot be told."""
        raise NotImplementedError

    @Slot()
    def check(self) -> None:
        present = self._ask()
        if present is None or present == self._present:
            return
        self._present = present
        log.info("%s %s", self.KIND, "appeared" if present else "went away")
        self.changed.emit(present)


class XEmbedHostWatcher(_HostWatcher):
    """The owner of `_NET_SYSTEM_TRAY_S<screen>` on an X connection of its own."""

    KIND = "XEmbed tray host"

    def __init__(
        self,
        display: XDisplay,
        *,
        poll_interval_ms: int = XEMBED_POLL_INTERVAL_MS,
        use_xfixes: bool = True,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(poll_interval_ms, parent)
        self.display = display
        self.selection = f"_NET_SYSTEM_TRAY_S{display.default_screen}"
        self.how = ""  # "xfixes" or "poll" once started
        self._use_xfixes = use_xfixes
        self._notifier: QtCore.QSocketNotifier | None = None

    def start(self) -> None:
        from backbreak.platform.x11 import XFixes

        fixes = XFixes.open(self.display) if self._use_xfixes else None
        if fixes is not None and fixes.watch_selection(self.selection):
            self.how = "xfixes"
            self._notifier = QtCore.QSocketNotifier(
                self.display.fd, QtCore.QSocketNotifier.Type.Read, self
            )
            self._notifier.activated.connect(self._on_readable)
        else:
            self.how = "poll"
            self._poll.start()
        self._present = self._ask()

    def stop(self) -> None:
        """Stop watching and close the connection (it is this watcher's own)."""
        self._poll.stop()
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None
        self.display.close()

    def _ask(self) -> bool | None:
        owner = self.display.selection_owner(self.selection)
        return None if owner is None else owner != 0

    def _on_readable(self) -> None:
        # Xlib may read events off the socket while waiting for a reply, where this
        # notifier cannot see them; so drain, ask, and drain what came with the answer (it
        # happened before the answer, so the answer holds it).
        self.display.drain_events()
        self.check()
        self.display.drain_events()


class SniHostWatcher(_HostWatcher):
    """A StatusNotifierItem host: org.kde.StatusNotifierWatcher on the session bus with a
    host (the bar that draws the items) registered with it. The watcher alone is not
    enough: Qt makes a StatusNotifierItem only when a host is registered (an XEmbed icon
    otherwise), and a watcher whose bar is gone shows nothing."""

    KIND = "StatusNotifierItem host"  # `changed`: a watcher with a host is there now
    HOST_SIGNALS = ("StatusNotifierHostRegistered", "StatusNotifierHostUnregistered")

    def __init__(
        self,
        bus: Bus,
        *,
        poll_interval_ms: int = SNI_HOST_POLL_INTERVAL_MS,
        parent: QObject | None = None,
    ) -> None:
        # The poll asks for a host while the watcher is there without one, in case a
        # watcher does not say when one registers. A host that goes while its watcher stays
        # is known only from StatusNotifierHostUnregistered (KDE's watcher sends it;
        # Haskell's status-notifier-watcher does not, and is not asked again once it has a
        # host).
        super().__init__(poll_interval_ms, parent)
        self.bus = bus
        self._watcher_here = False
        self._service_watcher: QtDBus.QDBusServiceWatcher | None = None
        self._subscriptions: list[Subscription] = []

    def start(self) -> None:
        from backbreak.qt import QtDBus

        mode = QtDBus.QDBusServiceWatcher.WatchModeFlag.WatchForOwnerChange
        watcher = QtDBus.QDBusServiceWatcher(SNI_WATCHER, self.bus.connection, mode, self)
        watcher.serviceOwnerChanged.connect(self._on_owner_changed)
        self._service_watcher = watcher
        for member in self.HOST_SIGNALS:
            subscription = self.bus.subscribe(
                SNI_WATCHER, SNI_WATCHER_PATH, SNI_WATCHER, member, self, "check()"
            )
            if subscription is not None:
                self._subscriptions.append(subscription)
        # Asked after the matches are in place, so a change in between is not missed.
        self._watcher_here = self.bus.name_owner(SNI_WATCHER) is not None
        self._present = self._ask()

    def stop(self) -> None:
        self._poll.stop()
        for subscription in self._subscriptions:
            subscription.cancel()
        self._subscriptions.clear()
        if self._service_watcher is not None:
            self._service_watcher.serviceOwnerChanged.disconnect(self._on_owner_changed)
            self._service_watcher.deleteLater()
            self._service_watcher = None

    def _ask(self) -> bool:
        registered = self._watcher_here and self.bus.get_property(
            SNI_WATCHER, SNI_WATCHER_PATH, SNI_WATCHER, "IsStatusNotifierHostRegistered"
        )
        present = registered is True
        if self._watcher_here and not present:
            self._poll.start()
        else:
            self._poll.stop()
        return present

    def _on_owner_changed(self, _name: str, _old: str, new: str) -> None:
        self._watcher_here = bool(new)
        self.check()


class TrayHosts(QObject):
    """Both kinds of host, each where it can be watched (None where it cannot)."""

    changed = Signal()

    def __init__(
        self,
        xembed: XEmbedHostWatcher | None,
        sni: SniHostWatcher | None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.xembed = xembed
        self.sni = sni
        for watcher in self._watchers():
            watcher.setParent(self)
            watcher.changed.connect(lambda _present: self.changed.emit())

    def _watchers(self) -> list[XEmbedHostWatcher | SniHostWatcher]:
        return [w for w in (self.xembed, self.sni) if w is not None]

    @property
    def name(self) -> str:
        """What is watched, for the log."""
        parts = []
        if self.xembed is not None:
            parts.append(f"xembed ({self.xembed.how or 'not started'})")
        if self.sni is not None:
            parts.append("sni")
        return ", ".join(parts) or "nothing"

    def start(self) -> None:
        for watcher in self._watchers():
            watcher.start()
        log.info("watching the tray hosts: %s", self.name)

    def stop(self) -> None:
        for watcher in self._watchers():
            watcher.stop()

    def present(self, kind: HostKind) -> bool | None:
        watcher = self.xembed if kind == HostKind.XEMBED else self.sni
        return watcher.present if watcher is not None else None

    def anywhere(self) -> bool | None:
        """Whether some watched kind of host is there; None when nothing could be asked.
        A kind that is not watched does not count: Qt could not use it either (no X
        connection, no session bus)."""
        answers = [w.present for w in self._watchers()]
        if any(answers):
            return True
        return None if all(a is None for a in answers) else False

    def icon_kind(self) -> HostKind | None:
        """The kind of host a QSystemTrayIcon made now lives in, by Qt's rule."""
        if self.sni is not None and self.sni.present:
            return HostKind.SNI
        if self.xembed is not None and self.xembed.present:
            return HostKind.XEMBED
        return None


def detect_tray_hosts(
    platform_name: str,
    environ: Mapping[str, str] = os.environ,
    *,
    x_display: XDisplay | None = None,
    session_bus: Bus | None = None,
) -> TrayHostWatch:
    """The watch for this desktop: XEmbed on Qt's X11 platform (xcb), StatusNotifierItem
    where there is a session bus and Qt draws on a real screen (xcb, wayland); NoTrayHosts
    when neither applies. `x_display`/`session_bus` replace the connections it would open."""
    on_screen = platform_name.startswith(("xcb", "wayland"))
    if not sys.platform.startswith("linux") or not on_screen:
        return NoTrayHosts()
    xembed = None
    if platform_name.startswith("xcb"):
        if x_display is None and environ.get("DISPLAY"):
            from backbreak.platform.x11 import XDisplay

            # Its own connection: events selected on it must not queue up behind the idle
            # and do-not-disturb backends' requests on theirs.
            x_display = XDisplay.open(environ["DISPLAY"])
        if x_display is not None:
            xembed = XEmbedHostWatcher(x_display)
    if session_bus is None:
        from backbreak.platform.dbus import Bus

        session_bus = Bus.session(environ)
    sni = SniHostWatcher(session_bus) if session_bus is not None else None
    if xembed is None and sni is None:
        return NoTrayHosts()
    return TrayHosts(xembed, sni)
