"""A throwaway GNOME-like Wayland desktop: headless Mutter with a virtual monitor on a private
session bus, for org.gnome.Mutter.IdleMonitor (GNOME's Mutter has neither Wayland idle
protocol, so the app asks its D-Bus monitor there).

Mutter runs as the test's user (root too) in the session's runtime folder. It has no tray
(GNOME Shell's would come from an extension) and no screenshot protocol grim speaks; input
goes through its RemoteDesktop API, as GNOME's remote desktop does.

    with MutterSession(base_dir=tmp_path) as desk:
        app = desk.launch(["backbreak"], name="backbreak")
        desk.move_cursor(5, 5)
"""

from __future__ import annotations

import os
import re
import shutil
from typing import Any

from harness import DesktopError, wait_until
from jeepney import DBusAddress, MessageType, new_method_call
from jeepney.io.blocking import DBusConnection, open_dbus_connection
from sway_session import SwaySession

MUTTER_BINARIES: dict[str, str] = {
    "mutter": "mutter",
    "dbus-daemon": "dbus",
    "dbus-send": "dbus",
}
_REMOTE_DESKTOP = "org.gnome.Mutter.RemoteDesktop"
_IDLE_MONITOR = "org.gnome.Mutter.IdleMonitor"


def mutter_missing() -> dict[str, str]:
    """Programs the Mutter desktop needs and this machine lacks, mapped to Debian packages."""
    return {name: pkg for name, pkg in MUTTER_BINARIES.items() if shutil.which(name) is None}


class MutterSession(SwaySession):
    """Private buses + headless Mutter (1024x768); no tray."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._input: DBusConnection | None = None
        self._input_session: DBusAddress | None = None

    def _start_compositor(self) -> None:
        assert self._app_runtime is not None
        self.env["XDG_CURRENT_DESKTOP"] = "GNOME"
        argv = ["mutter", "--headless", "--wayland", "--no-x11", "--virtual-monitor", "1024x768"]
        mutter = self.compositor = self._spawn("mutter", argv, self.env)
        runtime = self._app_runtime

        def display() -> str | None:
            if mutter.poll() is not None:
                raise DesktopError(f"mutter exited ({mutter.returncode}): {self.log('mutter')}")
            names = [n for n in os.listdir(runtime) if re.fullmatch(r"wayland-\d+", n)]
            return str(runtime / names[0]) if names else None

        self.env["WAYLAND_DISPLAY"] = wait_until(display, self.startup_timeout, "mutter's socket")
        wait_until(
            lambda: self._name_has_owner(_IDLE_MONITOR) or None,
            self.startup_timeout,
            "mutter's idle monitor on the bus",
        )

    def _start_tray(self) -> None:
        """GNOME without the AppIndicator extension: no tray."""

    def _name_has_owner(self, name: str) -> bool:
        connection = self._connect()
        try:
            address = DBusAddress(
                "/org/freedesktop/DBus",
                bus_name="org.freedesktop.DBus",
                interface="org.freedesktop.DBus",
            )
            reply = connection.send_and_get_reply(
                new_method_call(address, "NameHasOwner", "s", (name,)), timeout=5
            )
            return bool(reply.body[0])
        finally:
            connection.close()

    def _connect(self) -> DBusConnection:
        return open_dbus_connection(self.env["DBUS_SESSION_BUS_ADDRESS"])

    def move_cursor(self, dx: int, dy: int) -> None:
        """Pointer motion through a RemoteDesktop session (made at the first move; Mutter ends
        it when our connection closes)."""
        if self._input is None:
            self._input = self._connect()
            manager = DBusAddress(
                "/org/gnome/Mutter/RemoteDesktop",
                bus_name=_REMOTE_DESKTOP,
                interface=_REMOTE_DESKTOP,
            )
            path = self._call(manager, "CreateSession")[0]
            self._input_session = DBusAddress(
                path, bus_name=_REMOTE_DESKTOP, interface=f"{_REMOTE_DESKTOP}.Session"
            )
            self._call(self._input_session, "Start")
        assert self._input_session is not None
        self._call(self._input_session, "NotifyPointerMotionRelative", "dd", float(dx), float(dy))

    def _call(self, address: DBusAddress, method: str, signature: str = "", *args: Any) -> Any:
        assert self._input is not None
        reply = self._input.send_and_get_reply(
            new_method_call(address, method, signature or None, args), timeout=5
        )
        if reply.header.message_type is MessageType.error:
            raise DesktopError(f"{method}: {reply.body}")
        return reply.body

    def idle_time_ms(self) -> int:
        """What Mutter's idle monitor says now (milliseconds without input)."""
        connection = self._connect()
        try:
            address = DBusAddress(
                "/org/gnome/Mutter/IdleMonitor/Core",
                bus_name=_IDLE_MONITOR,
                interface=_IDLE_MONITOR,
            )
            reply = connection.send_and_get_reply(
                new_method_call(address, "GetIdletime"), timeout=5
            )
            return int(reply.body[0])
        finally:
            connection.close()

    def close(self) -> None:
        if self._input is not None:
            self._input.close()
            self._input = None
        super().close()
