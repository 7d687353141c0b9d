"""Start at login inside a Flatpak: the XDG Background portal (`PortalAutostart`).

Inside the sandbox ~/.config/autostart is the app's own private folder, which no session
reads: the desktop entry must be written by the portal, outside. So enable and disable call
org.freedesktop.portal.Background.RequestBackground with "autostart" true or false and wait
for the answer: the Response signal on the request's object path, which the portal makes
from our unique name and the handle_token we chose (watched before calling, so the answer
cannot come before we listen). The first time, the portal may ask the person ("Allow
backbreak to run in the background?"), so the wait is long (ANSWER_TIMEOUT_S); a portal that
is there answers at once afterwards, and one that is not fails the call at once.

xdg-desktop-portal answers 0 with {"autostart": true} when it wrote the entry, and 1 (with
{"autostart": false}) when the person or their earlier choice said no; it then turns
autostart off, so that answer is recorded too.

The portal cannot be asked whether autostart is on, so the last answer is kept in a file of
the data folder (Paths.portal_autostart_file: it exists while autostart is on).

Spoken with jeepney's blocking connection, a connection of its own for the one request:
the Autostart protocol is synchronous, and the app calls it on a worker thread of its own
(app.preferences), so breaks and windows go on while the person reads the portal's question
or a hung portal runs out the timeout.
"""

from __future__ import annotations

import logging
import secrets
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from backbreak.core.translate import tr
from backbreak.files import write_atomically
from backbreak.paths import APP_NAME
from backbreak.platform.autostart import AutostartError, _failed

log = logging.getLogger(__name__)

PORTAL_SERVICE = "org.freedesktop.portal.Desktop"
PORTAL_PATH = "/org/freedesktop/portal/desktop"
BACKGROUND_INTERFACE = "org.freedesktop.portal.Background"
REQUEST_INTERFACE = "org.freedesktop.portal.Request"
RESPONSE_GRANTED = 0
RESPONSE_REFUSED = 1
# Long enough for a person to read the portal's question and answer it, the first time.
ANSWER_TIMEOUT_S = 120.0
# The bus itself answers authentication in well under a millisecond.
AUTH_TIMEOUT_S = 2.0


def request_path(unique_name: str, token: str) -> str:
    """The object path the portal gives the request (the Request interface's documentation):
    the caller's unique name without its ':' and with '.' as '_', then the handle token."""
    sender = unique_name.removeprefix(":").replace(".", "_")
    return f"{PORTAL_PATH}/request/{sender}/{token}"


def _jeepney() -> Any:
    """jeepney, imported where first needed; untyped (no py.typed), so Any here."""
    import jeepney  # type: ignore[import-untyped]

    return jeepney


def _no_answer() -> AutostartError:
    return AutostartError(
        tr(
            "Autostart",
            "Could not change start at login: the desktop's background portal did not "
            "answer, or reported an error.",
        )
    )


def _refused() -> AutostartError:
    return AutostartError(
        tr(
            "Autostart",
            "Start at login was not allowed: the desktop said no. You can allow backbreak "
            "to run in the background in the desktop's settings for apps, then try again.",
        )
    )


class PortalAutostart:
    name = "background-portal"

    def __init__(
        self,
        state_file: Path,
        *,
        bus_address: str | None,
        command: Sequence[str] = (APP_NAME,),
        timeout_s: float = ANSWER_TIMEOUT_S,
    ) -> None:
        self.state_file = state_file
        self.bus_address = bus_address
        # Run inside the sandbox by `flatpak run --command=...`: the name, not a path.
        self.command = list(command)
        self.timeout_s = timeout_s

    def is_enabled(self) -> bool:
        return self.state_file.is_file()

    def enable(self) -> None:
        response, autostart = self._request(autostart=True)
        if autostart is not None:
            self._remember(autostart)
        if response == RESPONSE_GRANTED and autostart:
            return
        raise _refused() if response == RESPONSE_REFUSED else _no_answer()

    def disable(self) -> None:
        response, autostart = self._request(autostart=False)
        if autostart is False or (response == RESPONSE_GRANTED and autostart is None):
            # A refusal turns autostart off too: what was asked for.
            self._remember(False)
            return
        raise _no_answer()

    def _remember(self, enabled: bool) -> None:
        try:
            if enabled:
                self.state_file.parent.mkdir(parents=True, exist_ok=True)
                write_atomically(self.state_file, b"", mode=0o600)
            else:
                self.state_file.unlink(missing_ok=True)
        except OSError as error:
            raise _failed(self.state_file, error) from error

    def _request(self, *, autostart: bool) -> tuple[int, bool | None]:
        """Ask the portal; its response code and the "autostart" it reported, if any."""
        if not self.bus_address:
            log.info("no session bus to reach the background portal")
            raise _no_answer()
        deadline = time.monotonic() + self.timeout_s
        try:
            from jeepney.io.blocking import open_dbus_connection  # type: ignore[import-untyped]

            connection = open_dbus_connection(
                self.bus_address, auth_timeout=min(AUTH_TIMEOUT_S, self.timeout_s)
            )
        except (OSError, ValueError, RuntimeError, StopIteration) as error:
            log.info("cannot reach the session bus for the background portal: %s", error)
            raise _no_answer() from error
        try:
            return self._ask(connection, autostart, deadline)
        except AutostartError:
            raise
        except (OSError, ValueError) as error:  # TimeoutError is an OSError
            log.info("the background portal did not answer: %s", error)
            raise _no_answer() from error
        finally:
            connection.close()

    def _ask(self, connection: Any, autostart: bool, deadline: float) -> tuple[int, bool | None]:
        jeepney = _jeepney()
        token = f"{APP_NAME}_{secrets.token_hex(8)}"
        handle = request_path(connection.unique_name, token)
        self._watch(connection, handle, deadline)
        # Filtered here by path below: the match also catches any Response on this connection.
        rule = jeepney.MatchRule(type="signal", interface=REQUEST_INTERFACE, member="Response")
        with connection.filter(rule, bufsize=16) as responses:
            reply = connection.send_and_get_reply(
                self._message(token, autostart), timeout=_left(deadline)
            )
            if reply.header.message_type is jeepney.MessageType.error:
                log.info("RequestBackground failed: %s %s", _error_name(reply), reply.body)
                raise _no_answer()
            actual = str(reply.body[0])
            if actual != handle:
                # A portal older than handle_token (before 0.9) picks its own path.
                handle = actual
                self._watch(connection, handle, deadline)
            while True:
                signal = connection.recv_until_filtered(responses, timeout=_left(deadline))
                if signal.header.fields.get(jeepney.HeaderFields.path) == handle:
                    break
        response, results = signal.body
        reported = results.get("autostart", (None, None))[1]
        log.info("background portal: response %s, results %s", response, results)
        return int(response), reported if isinstance(reported, bool) else None

    def _message(self, token: str, autostart: bool) -> Any:
        jeepney = _jeepney()
        address = jeepney.DBusAddress(PORTAL_PATH, PORTAL_SERVICE, BACKGROUND_INTERFACE)
        options = {
            "handle_token": ("s", token),
            "reason": (
                "s",
                tr("Autostart", "Start backbreak when you log in, to remind you of breaks."),
            ),
            "autostart": ("b", autostart),
            "commandline": ("as", self.command),
            "dbus-activatable": ("b", False),
        }
        # The portal is D-Bus activated: auto-start stays allowed, unlike the QtDBus calls.
        return jeepney.new_method_call(address, "RequestBackground", "sa{sv}", ("", options))

    @staticmethod
    def _watch(connection: Any, handle: str, deadline: float) -> None:
        """Have the bus route the request's Response signal to us (it is broadcast)."""
        jeepney = _jeepney()
        rule = jeepney.MatchRule(
            type="signal", interface=REQUEST_INTERFACE, member="Response", path=handle
        )
        reply = connection.send_and_get_reply(
            jeepney.message_bus.AddMatch(rule), timeout=_left(deadline)
        )
        if reply.header.message_type is jeepney.MessageType.error:
            log.info("AddMatch failed: %s", _error_name(reply))
            raise _no_answer()


def _left(deadline: float) -> float:
    """Seconds until `deadline`; jeepney waits forever on None and returns data that is
    already there even at 0, so never negative."""
    return max(0.0, deadline - time.monotonic())


def _error_name(message: Any) -> str:
    return str(message.header.fields.get(_jeepney().HeaderFields.error_name, "?"))


__all__ = ["ANSWER_TIMEOUT_S", "PortalAutostart", "request_path"]
