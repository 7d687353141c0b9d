"""Short D-Bus calls and signal subscriptions through QtDBus, for the Linux backends.

Why QtDBus and not jeepney: QtGui already links libQt6DBus and loads libdbus-1, so importing
PySide6.QtDBus and making a call costs ~0.4 MiB RSS, against ~2 MiB for jeepney plus its
own socket and a second message loop to integrate. Measured on PySide6 6.11 / CPython 3.11.

Every call here is blocking (QDBus.Block: no event loop runs meanwhile, so nothing re-enters
the caller) with a short timeout, never auto-starts a service, and reports failure as None:
a desktop that does not implement something is the normal case, not an error.

Import this module only where QtDBus exists (not on Windows).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from backbreak.qt import QObject, QtCore, QtDBus

log = logging.getLogger(__name__)

# The GUI thread waits at most this long for an answer.
CALL_TIMEOUT_MS = 200
_PROPERTIES = "org.freedesktop.DBus.Properties"


def session_bus_configured(environ: Mapping[str, str]) -> bool:
    """Whether a session bus is there to use, without letting libdbus "autolaunch" one.

    With DBUS_SESSION_BUS_ADDRESS unset, libdbus falls back to $XDG_RUNTIME_DIR/bus (systemd's
    per-user bus), and failing that runs `dbus-launch --autolaunch`, which starts a private
    bus daemon that nothing else uses. Only the first two count here.
    """
    if environ.get("DBUS_SESSION_BUS_ADDRESS"):
        return True
    runtime = environ.get("XDG_RUNTIME_DIR")
    if not runtime:
        return False
    return (Path(runtime) / "bus").is_socket()


class Bus:
    """One bus connection with the few operations the backends need."""

    def __init__(
        self,
        connection: QtDBus.QDBusConnection,
        *,
        timeout_ms: int = CALL_TIMEOUT_MS,
        owned_name: str | None = None,
    ) -> None:
        self.connection = connection
        self.timeout_ms = timeout_ms
        self._owned_name = owned_name  # set for connections this object opened itself

    def __repr__(self) -> str:
        return f"Bus({self.connection.name()!r})"

    @classmethod
    def session(cls, environ: Mapping[str, str]) -> Bus | None:
        """The user's session bus (Qt's shared connection), or None when there is none.

        libdbus reads the process environment, not `environ`: both must name a bus, so that
        a mapping that differs from os.environ can never lead to an autolaunched daemon.
        """
        if not (session_bus_configured(environ) and session_bus_configured(os.environ)):
            return None
        connection = QtDBus.QDBusConnection.sessionBus()
        return cls(connection) if connection.isConnected() else None

    @classmethod
    def system(cls) -> Bus | None:
        """The system bus (Qt's shared connection), or None when it cannot be reached."""
        connection = QtDBus.QDBusConnection.systemBus()
        return cls(connection) if connection.isConnected() else None

    @classmethod
    def connect_to(cls, address: str, name: str, *, timeout_ms: int = CALL_TIMEOUT_MS) -> Bus:
        """A private connection to the bus at `address` (tests); `close()` ends it."""
        connection = QtDBus.QDBusConnection.connectToBus(address, name)
        return cls(connection, timeout_ms=timeout_ms, owned_name=name)

    @property
    def connected(self) -> bool:
        return self.connection.isConnected()

    def close(self) -> None:
        """End a connection opened by `connect_to`; Qt's shared ones are left alone."""
        if self._owned_name is not None:
            QtDBus.QDBusConnection.disconnectFromBus(self._owned_name)
            self._owned_name = None

    def call(
        self, service: str, path: str, interface: str, method: str, *args: Any
    ) -> list[Any] | None:
        """The reply's arguments, or None on any error (no such service, method, a timeout)."""
        message = QtDBus.QDBusMessage.createMethodCall(service, path, interface, method)
        if args:
            message.setArguments(list(args))
        # No D-Bus activation: a service that is not running is an answer ("not here"),
        # not a reason to start a daemon behind the user's back.
        message.setAutoStartService(False)
        reply = self.connection.call(message, QtDBus.QDBus.CallMode.Block, self.timeout_ms)
        if reply.type() != QtDBus.QDBusMessage.MessageType.ReplyMessage:
            log.debug(
                "%s.%s on %s: %s %s",
                interface,
                method,
                service,
                reply.errorName(),
                reply.errorMessage(),
            )
            return None
        return [_unwrap(value) for value in reply.arguments()]

    def get_property(self, service: str, path: str, interface: str, name: str) -> Any:
        """A property's value, or None when it cannot be read."""
        reply = self.call(service, path, _PROPERTIES, "Get", interface, name)
        return reply[0] if reply else None

    def name_owner(self, name: str) -> str | None:
        """The unique name (":1.42") that owns a well-known name, or None."""
        reply = self.call(
            "org.freedesktop.DBus",
            "/org/freedesktop/DBus",
            "org.freedesktop.DBus",
            "GetNameOwner",
            name,
        )
        return str(reply[0]) if reply else None

    def subscribe(
        self,
        service: str,
        path: str,
        interface: str,
        signal: str,
        receiver: QObject,
        slot: str,
    ) -> Subscription | None:
        """Deliver a D-Bus signal to a Qt slot, e.g. slot="_on_active(bool)"; None when Qt
        refuses. The Subscription's cancel() undoes it.

        An empty service or path matches any sender or object. The slot must be declared with
        @Slot and its arguments must match the signal's, or Qt refuses (and logs a warning).
        """
        subscription = Subscription(
            self.connection, (service, path, interface, signal), receiver, slot
        )
        return subscription if subscription.connect() else None


class Subscription:
    """One D-Bus signal delivered to one Qt slot (Bus.subscribe); cancel() undoes it."""

    def __init__(
        self,
        connection: QtDBus.QDBusConnection,
        match: tuple[str, str, str, str],
        receiver: QObject,
        slot: str,
    ) -> None:
        self.signal = match[3]
        self._connection = connection
        self._match = match
        self._receiver = receiver
        self._slot = QtCore.SLOT(slot)

    # PySide6's stub says the slot is bytes, but the binding accepts only the str that
    # SLOT() returns (bytes raises ValueError); checked on 6.11.

    def connect(self) -> bool:
        done: bool = self._connection.connect(  # type: ignore[call-overload]
            *self._match, self._receiver, self._slot
        )
        return done

    def cancel(self) -> bool:
        done: bool = self._connection.disconnect(  # type: ignore[call-overload]
            *self._match, self._receiver, self._slot
        )
        return done


def _unwrap(value: Any) -> Any:
    """Replace QDBusVariant (a 'v' argument, e.g. any property) with the value inside."""
    while isinstance(value, QtDBus.QDBusVariant):
        value = value.variant()
    return value
