"""A stand-in for desktop services on private buses, run as its own process by the tests.

    python fake_dbus_service.py SESSION_BUS_ADDRESS SYSTEM_BUS_ADDRESS

It owns no names at first. The test process scripts it over the session bus, through the
interface org.backbreak.test.Fake at /org/backbreak/test/Fake:

    Own(s bus, s name) -> b            take a well-known name ("session" or "system" bus)
    Release(s bus, s name) -> b
    Reply(s path, s interface, s member, v value)   answer that method with `value`
    Fail(s path, s interface, s member, s error)    answer it with the D-Bus error `error`
    Silence(s path, s interface, s member)          never answer it (for timeouts)
    SetProperty(s path, s interface, s name, v value)   for org.freedesktop.DBus.Properties.Get
    Emit(s bus, s path, s interface, s member, b value) send a signal with one boolean

Anything not scripted gets org.freedesktop.DBus.Error.UnknownMethod. "ready :1.N" on stdout
means both connections are up; :1.N is its unique name on the session bus, where the
control interface is. A separate process, not a thread of the test: a blocking QtDBus
call from the test would otherwise wait on its own event loop.

PySide6 picks the D-Bus type of an integer itself (int32, or int64 when it does not fit), so
GetIdletime answers "i" here where Mutter sends "t": the backends accept any integer type.
"""

from __future__ import annotations

import sys
from typing import Any

from PySide6 import QtCore, QtDBus

CONTROL_PATH = "/org/backbreak/test/Fake"
CONTROL_INTERFACE = "org.backbreak.test.Fake"
PROPERTIES = "org.freedesktop.DBus.Properties"

Key = tuple[str, str, str]


def unwrap(value: Any) -> Any:
    while isinstance(value, QtDBus.QDBusVariant):
        value = value.variant()
    return value


class FakeServices(QtDBus.QDBusVirtualObject):
    def __init__(self, buses: dict[str, QtDBus.QDBusConnection]) -> None:
        super().__init__()
        self.buses = buses
        self.replies: dict[Key, tuple[str, Any]] = {}
        self.properties: dict[Key, Any] = {}

    def introspect(self, path: str) -> str:
        return ""

    def handleMessage(  # noqa: N802 (Qt's name)
        self, message: QtDBus.QDBusMessage, connection: QtDBus.QDBusConnection
    ) -> bool:
        path, interface, member = message.path(), message.interface(), message.member()
        args = [unwrap(a) for a in message.arguments()]
        if path == CONTROL_PATH and interface == CONTROL_INTERFACE:
            result = self.control(member, args)
            reply = message.createReply()
            if result is not None:
                reply.setArguments([result])
            return connection.send(reply)
        if interface == PROPERTIES and member == "Get":
            key = (path, str(args[0]), str(args[1]))
            if key in self.properties:
                reply = message.createReply()
                reply.setArguments([QtDBus.QDBusVariant(self.properties[key])])
            else:
                reply = message.createErrorReply(
                    "org.freedesktop.DBus.Error.UnknownProperty", f"no property {key}"
                )
            return connection.send(reply)
        kind, value = self.replies.get((path, interface, member), ("fail", None))
        if kind == "silence":
            return True
        if kind == "reply":
            reply = message.createReply()
            reply.setArguments([value])
        else:
            error = value or "org.freedesktop.DBus.Error.UnknownMethod"
            reply = message.createErrorReply(error, f"{interface}.{member} is scripted to fail")
        return connection.send(reply)

    def control(self, member: str, args: list[Any]) -> Any:
        if member == "Own":
            return self.buses[args[0]].registerService(args[1])
        if member == "Release":
            return self.buses[args[0]].unregisterService(args[1])
        if member == "Reply":
            self.replies[(args[0], args[1], args[2])] = ("reply", args[3])
        elif member == "Fail":
            self.replies[(args[0], args[1], args[2])] = ("fail", args[3])
        elif member == "Silence":
            self.replies[(args[0], args[1], args[2])] = ("silence", None)
        elif member == "SetProperty":
            self.properties[(args[0], args[1], args[2])] = args[3]
        elif member == "Emit":
            signal = QtDBus.QDBusMessage.createSignal(args[1], args[2], args[3])
            signal.setArguments([bool(args[4])])
            return self.buses[args[0]].send(signal)
        return None


def main(session_address: str, system_address: str) -> int:
    app = QtCore.QCoreApplication([])
    buses = {
        "session": QtDBus.QDBusConnection.connectToBus(session_address, "fake-session"),
        "system": QtDBus.QDBusConnection.connectToBus(system_address, "fake-system"),
    }
    services = FakeServices(buses)
    for bus in buses.values():
        if not bus.isConnected() or not bus.registerVirtualObject(
            "/", services, QtDBus.QDBusConnection.VirtualObjectRegisterOption.SubPath
        ):
            print("cannot serve on", bus.name(), flush=True)
            return 1
    print("ready", buses["session"].baseService(), flush=True)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
