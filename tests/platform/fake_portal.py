"""A stand-in for xdg-desktop-portal's Background portal, run by the tests as its own process
on a private session bus. Not the real portal: it needs a Flatpak sandbox and a desktop's
portal backend (an access dialog), neither of which runs here.

    python fake_portal.py BUS_ADDRESS grant|refuse|silent

It owns org.freedesktop.portal.Desktop and prints "ready". For every
org.freedesktop.portal.Background.RequestBackground call it replies with the request's
object path, made from the caller's unique name and its handle_token as the real portal
makes it, prints the call's options as one JSON line, and then answers on that path as
xdg-desktop-portal does (src/background.c):

    grant   Response(0, {"background": true, "autostart": <what was asked>})
    refuse  Response(1, {"background": false, "autostart": false})
    silent  nothing, ever (a portal that hangs)
"""

from __future__ import annotations

import json
import sys
from typing import Any

from jeepney import (  # type: ignore[import-untyped]
    DBusAddress,
    HeaderFields,
    MessageType,
    new_error,
    new_method_return,
    new_signal,
)
from jeepney.bus_messages import message_bus  # type: ignore[import-untyped]
from jeepney.io.blocking import open_dbus_connection  # type: ignore[import-untyped]

PORTAL_SERVICE = "org.freedesktop.portal.Desktop"
PORTAL_PATH = "/org/freedesktop/portal/desktop"
BACKGROUND_INTERFACE = "org.freedesktop.portal.Background"
REQUEST_INTERFACE = "org.freedesktop.portal.Request"


def answer(connection: Any, call: Any, mode: str) -> None:
    window, options = call.body
    sender = str(call.header.fields[HeaderFields.sender])
    token = options["handle_token"][1]
    path = f"{PORTAL_PATH}/request/{sender.lstrip(':').replace('.', '_')}/{token}"
    connection.send(new_method_return(call, "o", (path,)))
    asked = {key: value for key, (_, value) in options.items()}
    print(json.dumps({"window": window, **asked}), flush=True)
    if mode == "silent":
        return
    granted = mode == "grant"
    results = {
        "background": ("b", granted),
        "autostart": ("b", granted and bool(asked.get("autostart"))),
    }
    address = DBusAddress(path, interface=REQUEST_INTERFACE)
    connection.send(new_signal(address, "Response", "ua{sv}", (0 if granted else 1, results)))


def is_name_acquired(message: Any) -> bool:
    fields = message.header.fields
    return bool(
        message.header.message_type is MessageType.signal
        and fields.get(HeaderFields.member) == "NameAcquired"
        and message.body == (PORTAL_SERVICE,)
    )


def main(address: str, mode: str) -> None:
    connection = open_dbus_connection(address)
    # Queued (flags 0) behind a fake of an earlier step that is still going away: the bus
    # hands the name over once it has seen that one's connection close.
    reply = connection.send_and_get_reply(message_bus.RequestName(PORTAL_SERVICE, 0))
    if reply.body == (2,):  # in the queue
        while not is_name_acquired(connection.receive()):
            pass
    else:
        assert reply.body == (1,), reply.body  # the primary owner
    print("ready", flush=True)
    while True:
        message = connection.receive()
        fields = message.header.fields
        if message.header.message_type is not MessageType.method_call:
            continue
        if (
            fields.get(HeaderFields.path) == PORTAL_PATH
            and fields.get(HeaderFields.interface) == BACKGROUND_INTERFACE
            and fields.get(HeaderFields.member) == "RequestBackground"
        ):
            answer(connection, message, mode)
        else:
            error = "org.freedesktop.DBus.Error.UnknownMethod"
            connection.send(new_error(message, error, "s", ("not in this fake",)))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
