"""A stand-in Wayland compositor with only what an ext-idle-notify-v1 client binds: wl_seat and
ext_idle_notifier_v1, built on pywayland's server side.

A mock, and only because no compositor Debian 12 ships has the protocol (sway 1.7 on
wlroots 0.15, weston 10, mutter 43 predate it): KDE's older idle protocol is tested against
real sway (test_wayland_idle.py). It keeps to the protocol's rules: a notification starts
"not idle", says "idled" once its timeout passes without input, and "resumed" at the next
input, when its timeout starts again.

    python3 fake_idle_compositor.py LOG
prints the socket's name (in $XDG_RUNTIME_DIR) once it accepts clients; SIGUSR1 is input on
the seat; every request and event is a line in LOG ("notification 1000", "idled",
"resumed", "destroyed"; "gone" when a notification ends, by request or with its client).
"""

from __future__ import annotations

import signal
import sys
from typing import Any

from pywayland import lib
from pywayland.protocol.ext_idle_notify_v1 import ExtIdleNotificationV1, ExtIdleNotifierV1
from pywayland.protocol.wayland import WlSeat
from pywayland.protocol_core.message import Message
from pywayland.server import Display

_client_arguments = Message.c_to_arguments


def _server_arguments(message: Message, args_ptr: Any) -> list[Any]:
    """pywayland 0.4.19 reads a request's new_id and object arguments as a client would (a
    proxy of its own display), which a server has not: get_idle_notification's are read
    here, as the id of the object to create, the timeout and (unused) the seat."""
    if message.name == "get_idle_notification":
        return [args_ptr[0].n, args_ptr[1].u, None]
    return _client_arguments(message, args_ptr)


class Notification:
    def __init__(self, resource: Any, timeout_ms: int, loop: Any, log: Any) -> None:
        self.resource = resource
        self.timeout_ms = timeout_ms
        self.idle = False
        self.gone = False
        self.log = log
        self.timer = loop.add_timer(self.expired, None)
        self.timer.timer_update(max(1, timeout_ms))

    def expired(self, _data: object) -> int:
        if not self.idle and not self.gone:
            self.idle = True
            self.resource.idled()
            self.log("idled")
        return 0

    def input(self) -> None:
        if self.gone:
            return
        if self.idle:
            self.idle = False
            self.resource.resumed()
            self.log("resumed")
        self.timer.timer_update(max(1, self.timeout_ms))


def _serve(resource: Any) -> Any:
    """pywayland 0.4.19 hands libwayland the resource's handle as its data but NULL as its
    implementation, which is what libwayland passes a request's dispatcher; the handle is
    given as both, so that requests reach resource.dispatcher."""
    lib.wl_resource_set_dispatcher(
        resource._ptr,
        lib.dispatcher_func,
        resource._handle,
        resource._handle,
        lib.resource_destroy_func,
    )
    return resource


def main(log_path: str) -> None:
    Message.c_to_arguments = _server_arguments  # type: ignore[method-assign]
    with open(log_path, "a", buffering=1) as log_file:

        def log(line: str) -> None:
            log_file.write(line + "\n")

        display = Display()
        loop = display.get_event_loop()
        notifications: list[Notification] = []

        def get_notification(notifier: Any, new_id: int, timeout: int, _seat: Any) -> None:
            log(f"notification {timeout}")
            client = lib.wl_resource_get_client(notifier._ptr)
            resource = _serve(
                ExtIdleNotificationV1.resource_class(client, notifier.version, new_id)
            )
            notification = Notification(resource, timeout, loop, log)
            notifications.append(notification)

            def destroy(res: Any) -> None:
                log("destroyed")
                notification.gone = True
                notification.timer.remove()
                notifications.remove(notification)
                res.destroy()

            resource.dispatcher["destroy"] = destroy
            # Asked to ("destroyed" first) or with its client, when that disconnects: the
            # server drops a client at its hang-up, maybe before reading its last requests.
            resource.dispatcher.destructor = lambda _res: log("gone")

        # pywayland destroys a resource nothing refers to: the bound globals are kept here.
        bound: list[Any] = []

        def bind_notifier(resource: Any) -> None:
            resource.dispatcher["get_idle_notification"] = get_notification
            bound.append(_serve(resource))

        def seat_input(_signal: int, _data: object) -> int:
            for notification in list(notifications):
                notification.input()
            display.flush_clients()
            return 0

        def quit_(_signal: int, _data: object) -> int:
            display.terminate()
            return 0

        seat = WlSeat.global_class(display, version=1)
        seat.bind_func = bound.append
        notifier = ExtIdleNotifierV1.global_class(display, version=1)
        notifier.bind_func = bind_notifier
        loop.add_signal(signal.SIGUSR1, seat_input, None)
        loop.add_signal(signal.SIGTERM, quit_, None)
        print(display.add_socket(), flush=True)
        display.run()
        display.destroy()


if __name__ == "__main__":
    main(sys.argv[1])
