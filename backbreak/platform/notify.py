"""The pre-break warning as a desktop notification with buttons: `detect_notifier()`.

Backends, first that applies wins:

- Linux/BSD (`FreedesktopNotifier`): org.freedesktop.Notifications on the session bus,
  spoken with jeepney (pure Python) over a non-blocking socket that a QSocketNotifier
  watches, so replies and signals arrive in the Qt event loop: no thread, and nothing ever
  waits for the server. Not QtDBus: PySide6 marshals plain Python values by its own
  guesses (an int becomes int32, a dict a{sv} of the wrong variants), and Notify must be
  exactly (susssasa{sv}i). Not plyer: on Linux it needs dbus-python or `notify-send`.
  Each warning asks GetCapabilities first (the server may have changed since the last
  one; one round trip every few minutes costs nothing): buttons only with "actions",
  markup escaped with "body-markup". ActionInvoked and NotificationClosed are read on the
  connection that called Notify: dunst sends them to that connection only, other servers
  broadcast them (hence the AddMatch).
- Windows (`PlyerNotifier`): plyer's balloon. macOS: plyer only inside an .app bundle:
  outside one NSUserNotificationCenter has no default centre and the process crashes.
  plyer shows no buttons and cannot take a notification back.
- Any system with a tray icon (`TrayBalloonNotifier`): QSystemTrayIcon.showMessage, which
  is a desktop notification on an SNI tray but a Qt-drawn balloon on an XEmbed tray. Also
  the stand-in when the notification server or plyer fails. No buttons. With no tray icon
  either, it hands the warning to `elsewhere` (the app's status window, with its buttons).
- Otherwise `elsewhere`, or `NoNotifier`.

No backend waits for an answer: an unanswered or lost notification never holds up a break.
Action keys arrive through the `on_action` callback given to the factory, always on the GUI
thread.
"""

from __future__ import annotations

import logging
import os
import socket
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from backbreak import APP_ID
from backbreak.qt import COUNT, QObject, QtCore, make_timer, tr

if TYPE_CHECKING:
    from backbreak.qt import QtWidgets

log = logging.getLogger(__name__)

ACTION_START = "start"
ACTION_SNOOZE = "snooze"
APP_NAME = "backbreak"

ActionCallback = Callable[[str], None]
TrayIconSource = Callable[[], "QtWidgets.QSystemTrayIcon | None"]

# A warning shown shorter than this would be gone before anyone reads it.
MIN_EXPIRE_MS = 1000


def warning_actions(snooze_minutes: int | None) -> list[tuple[str, str]]:
    """The warning's buttons as (action key, label); no snooze button when `snooze_minutes`
    is None (strict mode, or no snoozes left)."""
    actions = [(ACTION_START, tr("Notify", "Start now"))]
    if snooze_minutes is not None:
        actions.append((ACTION_SNOOZE, tr("Notify", "Snooze %n min", None, COUNT, snooze_minutes)))
    return actions


class Notifier(Protocol):
    name: str

    def warn(
        self, title: str, body: str, actions: Sequence[tuple[str, str]], *, timeout_s: float
    ) -> None:
        """Show (or replace) the one warning, with buttons (action key, label) where the
        system can; it goes away by itself after `timeout_s`. Returns at once."""
        ...

    def withdraw(self) -> None:
        """Take the warning back, if it is still up (the break started, was snoozed, ...)."""
        ...

    def close(self) -> None:
        """Withdraw and let go of any connection (at quit)."""
        ...


class NoNotifier:
    name = "none"

    def warn(
        self, title: str, body: str, actions: Sequence[tuple[str, str]], *, timeout_s: float
    ) -> None:
        pass

    def withdraw(self) -> None:
        pass

    def close(self) -> None:
        pass


class TrayBalloonNotifier:
    """QSystemTrayIcon.showMessage on whatever tray icon the app has at the time; with none
    (a desktop with no tray, where the app shows its status window), `elsewhere`."""

    name = "tray-message"

    def __init__(self, tray_icon: TrayIconSource, elsewhere: Notifier | None = None) -> None:
        self._tray_icon = tray_icon
        self._elsewhere = elsewhere

    def warn(
        self, title: str, body: str, actions: Sequence[tuple[str, str]], *, timeout_s: float
    ) -> None:
        icon = self._tray_icon()
        if icon is None or not icon.isVisible():
            if self._elsewhere is None:
                log.info("no tray icon to show the warning on")
                return
            log.info("no tray icon: the warning goes to %s", self._elsewhere.name)
            self._elsewhere.warn(title, body, actions, timeout_s=timeout_s)
            return
        icon.showMessage(title, body, icon.icon(), max(MIN_EXPIRE_MS, round(timeout_s * 1000)))

    def withdraw(self) -> None:
        # Qt has no call to hide a tray message; it times out by itself.
        if self._elsewhere is not None:
            self._elsewhere.withdraw()

    def close(self) -> None:
        if self._elsewhere is not None:
            self._elsewhere.close()


class PlyerNotifier:
    """plyer.notification (Windows; macOS inside an app bundle). On any error the fallback
    takes over for good: a backend that failed once is not trusted with the next warning."""

    name = "plyer"

    def __init__(self, fallback: Notifier) -> None:
        self._fallback = fallback
        self._failed = False

    def warn(
        self, title: str, body: str, actions: Sequence[tuple[str, str]], *, timeout_s: float
    ) -> None:
        if not self._failed:
            try:
                from plyer import notification

                # plyer's Windows balloon wants an .ico; with none it uses the default icon.
                notification.notify(
                    title=title,
                    message=body,
                    app_name=APP_NAME,
                    timeout=max(1, round(timeout_s)),
                )
                return
            except Exception:  # plyer raises whatever its platform layer raises
                log.exception("plyer could not notify; using %s from now on", self._fallback.name)
                self._failed = True
        self._fallback.warn(title, body, actions, timeout_s=timeout_s)

    def withdraw(self) -> None:
        self._fallback.withdraw()  # plyer cannot take a notification back

    def close(self) -> None:
        self._fallback.close()


# -- org.freedesktop.Notifications over jeepney ---------------------------------------------

NOTIFICATIONS_SERVICE = "org.freedesktop.Notifications"
NOTIFICATIONS_PATH = "/org/freedesktop/Notifications"
NOTIFICATIONS_INTERFACE = "org.freedesktop.Notifications"
URGENCY_NORMAL = 1
# Longest the connection may take to authenticate before it counts as dead (the bus answers
# in well under a millisecond; a wedged bus must not keep a warning from falling back).
AUTH_TIMEOUT_MS = 2000

MessageHandler = Callable[[Any], None]


def _jeepney() -> Any:
    """jeepney, imported where first needed: only the Linux backend uses it. Untyped (no
    py.typed), so its objects are Any here."""
    import jeepney  # type: ignore[import-untyped]

    return jeepney


class QtDBusSocket(QObject):
    """One D-Bus connection driven by the Qt event loop: a non-blocking unix socket, a
    QSocketNotifier per direction, jeepney's Authenticator and Parser for the protocol.

    Calls never block: `call()` queues the message and hands the reply (a jeepney Message,
    method return or error) to a callback later. Signals go to `on_signal`. When the
    connection fails (refused, closed by the bus, garbage), `on_lost` is called once and
    the object stays dead.
    """

    def __init__(
        self,
        path: str,
        *,
        on_signal: MessageHandler,
        on_lost: Callable[[], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        jeepney = _jeepney()
        self._on_signal = on_signal
        self._on_lost = on_lost
        self._parser = jeepney.Parser()
        self._auth: Any = jeepney.auth.Authenticator(enable_fds=False, inc_null_byte=True)
        self._serial = 0
        self._replies: dict[int, MessageHandler] = {}
        self._held: list[bytes] = []  # messages queued before authentication finished
        self._out = bytearray()
        self.alive = True
        self._sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self._sock.setblocking(False)
        self._reader: QtCore.QSocketNotifier | None = None
        self._writer: QtCore.QSocketNotifier | None = None
        self._auth_timer = make_timer(
            self, lambda: self._fail("authentication timed out"), single_shot=True
        )
        try:
            # A unix socket connects at once or not at all (EAGAIN: the backlog is full).
            self._sock.connect(path)
        except OSError as error:
            self._sock.close()
            self.alive = False
            log.info("cannot reach the session bus at %r: %s", path, error)
            return
        fd = self._sock.fileno()
        self._reader = QtCore.QSocketNotifier(fd, QtCore.QSocketNotifier.Type.Read, self)
        self._reader.activated.connect(self._read)
        self._writer = QtCore.QSocketNotifier(fd, QtCore.QSocketNotifier.Type.Write, self)
        self._writer.setEnabled(False)
        self._writer.activated.connect(self._flush)
        self._auth_timer.start(AUTH_TIMEOUT_MS)
        self._write(bytes(self._auth.data_to_send()))

    @property
    def authenticated(self) -> bool:
        return bool(self._auth.authenticated)

    def call(self, message: Any, on_reply: MessageHandler | None = None) -> None:
        """Send a method call; `on_reply` gets the reply (or error) message when it comes.
        On a dead connection nothing is sent and `on_reply` is never called."""
        if not self.alive:
            return
        self._serial += 1
        if on_reply is not None:
            self._replies[self._serial] = on_reply
        data = bytes(message.serialise(serial=self._serial))
        if self.authenticated:
            self._write(data)
        else:
            self._held.append(data)

    def close(self) -> None:
        """Send what is queued if the socket takes it now, then close. No on_lost."""
        if self.alive:
            self._flush()
            self._shut()

    # -- internals --

    def _shut(self) -> None:
        self.alive = False
        self._auth_timer.stop()
        self._replies.clear()
        # Notifiers off before the descriptor closes: Qt must not watch a closed (or
        # reused) descriptor.
        for notifier in (self._reader, self._writer):
            if notifier is not None:
                notifier.setEnabled(False)
                notifier.deleteLater()
        self._reader = self._writer = None
        self._sock.close()

    def _fail(self, reason: str) -> None:
        if not self.alive:
            return
        log.info("session bus connection lost: %s", reason)
        self._shut()
        self._on_lost()

    def _write(self, data: bytes) -> None:
        self._out += data
        self._flush()

    def _flush(self) -> None:
        while self._out and self.alive:
            try:
                sent = self._sock.send(self._out)
            except BlockingIOError:
                break
            except OSError as error:
                self._fail(f"send: {error}")
                return
            del self._out[:sent]
        if self._writer is not None:
            self._writer.setEnabled(bool(self._out))

    def _read(self) -> None:
        chunks = []
        while self.alive:
            try:
                data = self._sock.recv(65536)
            except BlockingIOError:
                break
            except OSError as error:
                self._fail(f"recv: {error}")
                return
            if not data:
                self._fail("closed by the bus")
                return
            chunks.append(data)
        if not chunks:
            return
        data = b"".join(chunks)
        try:
            if not self.authenticated:
                self._authenticate(data)  # the bus sends nothing else before BEGIN
                return
            self._parser.add_data(data)
            messages = list(iter(self._parser.get_next_message, None))
        except Exception as error:  # jeepney raises ValueError subclasses on bad input
            self._fail(f"unreadable data: {error!r}")
            return
        for message in messages:
            self._dispatch(message)
            if not self.alive:
                return

    def _authenticate(self, data: bytes) -> None:
        """One step of the SASL exchange; once accepted, BEGIN and the held messages go."""
        self._auth.feed(data)
        if self.authenticated:
            self._auth_timer.stop()
            held, self._held = self._held, []
            self._write(_jeepney().auth.BEGIN + b"".join(held))
        else:
            more = self._auth.data_to_send()
            if more:
                self._write(bytes(more))

    def _dispatch(self, message: Any) -> None:
        jeepney = _jeepney()
        kind = message.header.message_type
        if kind in (jeepney.MessageType.method_return, jeepney.MessageType.error):
            serial = message.header.fields.get(jeepney.HeaderFields.reply_serial)
            handler = self._replies.pop(serial, None)
            if handler is not None:
                handler(message)
        elif kind is jeepney.MessageType.signal:
            self._on_signal(message)


@dataclass(frozen=True)
class _Warning:
    title: str
    body: str
    actions: tuple[tuple[str, str], ...]
    expire_ms: int
    generation: int


def _escape_markup(text: str) -> str:
    """`text` shown as written by a server that reads the body as markup (the spec's subset of
    HTML). Written here rather than html.escape, whose module loads the ~0.7 MiB entity table
    for every start of the app."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _is_error(message: Any) -> bool:
    return bool(message.header.message_type is _jeepney().MessageType.error)


def _error_text(message: Any) -> str:
    name = message.header.fields.get(_jeepney().HeaderFields.error_name, "?")
    detail = message.body[0] if message.body and isinstance(message.body[0], str) else ""
    return f"{name} {detail}".strip()


class FreedesktopNotifier:
    """org.freedesktop.Notifications through `QtDBusSocket` (see the module text).

    The notifier keeps what should be on screen (`_wanted`) apart from what the server
    shows (`_shown_id`) and brings the second in line with the first, one exchange at a
    time: a warn() or withdraw() while a Notify is on its way is settled when its reply
    arrives, so the server never holds two warnings and a withdrawn one never stays.
    """

    name = "freedesktop-notifications"

    def __init__(
        self,
        bus_path: str,
        on_action: ActionCallback,
        *,
        fallback: Notifier | None = None,
        icon: Path | None = None,
        app_name: str = APP_NAME,
    ) -> None:
        self._bus_path = bus_path
        self._on_action = on_action
        self._fallback: Notifier = fallback or NoNotifier()
        self._icon = icon.as_uri() if icon is not None else ""
        self._app_name = app_name
        self._connection: QtDBusSocket | None = None
        self._wanted: _Warning | None = None
        self._generation = 0
        self._shown_id = 0  # the server's id for our notification; 0: none up
        self._shown_generation = -1  # which warning the server was last given (or refused)
        self._busy = False  # a GetCapabilities -> Notify exchange is under way
        self._connect()

    @property
    def connected(self) -> bool:
        return self._connection is not None and self._connection.alive

    @property
    def showing(self) -> bool:
        """Whether the server holds a warning of ours (shown, not yet closed or expired)."""
        return self._shown_id != 0

    def warn(
        self, title: str, body: str, actions: Sequence[tuple[str, str]], *, timeout_s: float
    ) -> None:
        self._generation += 1
        self._wanted = _Warning(
            title,
            body,
            tuple(actions),
            max(MIN_EXPIRE_MS, round(timeout_s * 1000)),
            self._generation,
        )
        if not self.connected:
            self._connect()
        self._sync()

    def withdraw(self) -> None:
        self._wanted = None
        self._sync()
        self._fallback.withdraw()

    def close(self) -> None:
        self.withdraw()
        if self._connection is not None:
            self._connection.close()
            self._connection = None
        self._fallback.close()

    # -- internals --

    def _connect(self) -> None:
        jeepney = _jeepney()
        connection = QtDBusSocket(self._bus_path, on_signal=self._on_signal, on_lost=self._on_lost)
        self._connection = connection
        self._shown_id = 0
        self._busy = False
        if not connection.alive:
            return
        connection.call(jeepney.message_bus.Hello())
        # Servers other than dunst broadcast their signals: ask the bus for them.
        rule = jeepney.MatchRule(
            type="signal",
            sender=NOTIFICATIONS_SERVICE,
            interface=NOTIFICATIONS_INTERFACE,
            path=NOTIFICATIONS_PATH,
        )
        connection.call(jeepney.message_bus.AddMatch(rule))

    def _method(self, member: str, signature: str | None = None, body: tuple[Any, ...] = ()) -> Any:
        jeepney = _jeepney()
        address = jeepney.DBusAddress(
            NOTIFICATIONS_PATH, NOTIFICATIONS_SERVICE, NOTIFICATIONS_INTERFACE
        )
        return jeepney.new_method_call(address, member, signature, body)

    def _sync(self) -> None:
        if self._busy:
            return  # settled when the reply comes
        wanted = self._wanted
        if wanted is not None and wanted.generation != self._shown_generation:
            if not self.connected:
                self._give_to_fallback(wanted, "no session bus")
                return
            assert self._connection is not None
            self._busy = True
            self._connection.call(self._method("GetCapabilities"), self._on_capabilities)
        elif wanted is None and self._shown_id:
            shown, self._shown_id = self._shown_id, 0
            if self._connection is not None:
                self._connection.call(self._method("CloseNotification", "u", (shown,)))

    def _give_to_fallback(self, wanted: _Warning, reason: str) -> None:
        log.info("warning through %s instead: %s", self._fallback.name, reason)
        self._shown_generation = wanted.generation  # no retry loop for this one
        self._fallback.warn(
            wanted.title, wanted.body, wanted.actions, timeout_s=wanted.expire_ms / 1000
        )

    def _on_capabilities(self, reply: Any) -> None:
        wanted = self._wanted
        if wanted is None:  # withdrawn meanwhile
            self._busy = False
            self._sync()
            return
        if _is_error(reply):
            self._busy = False
            self._give_to_fallback(wanted, f"no notification server ({_error_text(reply)})")
            return
        capabilities = set(reply.body[0]) if reply.body else set()
        body = wanted.body
        if "body-markup" in capabilities:
            body = _escape_markup(body)
        actions: list[str] = []
        if "actions" in capabilities:
            for key, label in wanted.actions:
                actions += [key, label]
        hints = {
            "urgency": ("y", URGENCY_NORMAL),
            # The menu entry's name without ".desktop" (the spec's hint): the desktop files
            # it by the app's settings and icon, which a bare "backbreak" would not find.
            "desktop-entry": ("s", APP_ID),
        }
        message = self._method(
            "Notify",
            "susssasa{sv}i",
            (
                self._app_name,
                self._shown_id,  # replaces_id: update the warning that is up, if any
                self._icon,
                wanted.title,
                body,
                actions,
                hints,
                wanted.expire_ms,
            ),
        )
        assert self._connection is not None
        self._connection.call(message, lambda reply: self._on_notified(reply, wanted))

    def _on_notified(self, reply: Any, sent: _Warning) -> None:
        self._busy = False
        if _is_error(reply):
            self._give_to_fallback(sent, f"Notify refused ({_error_text(reply)})")
        else:
            notification_id = reply.body[0] if reply.body else 0
            if isinstance(notification_id, int) and not isinstance(notification_id, bool):
                self._shown_id = notification_id
            self._shown_generation = sent.generation
        self._sync()  # a warn() or withdraw() that came meanwhile

    def _on_signal(self, message: Any) -> None:
        HeaderFields = _jeepney().HeaderFields  # noqa: N806 (jeepney's name)
        fields = message.header.fields
        if (
            fields.get(HeaderFields.interface) != NOTIFICATIONS_INTERFACE
            or fields.get(HeaderFields.path) != NOTIFICATIONS_PATH
            or not message.body
        ):
            return
        member = fields.get(HeaderFields.member)
        notification_id = message.body[0]
        if not self._shown_id or notification_id != self._shown_id:
            return  # another app's notification (broadcast), or one we took back
        if member == "NotificationClosed":
            self._shown_id = 0
        elif member == "ActionInvoked" and len(message.body) >= 2:
            key = str(message.body[1])
            # Answered: take it off the screen (dunst leaves it up after a menu action).
            self._wanted = None
            self._sync()
            self._on_action(key)

    def _on_lost(self) -> None:
        self._shown_id = 0
        if self._busy:
            self._busy = False
            if self._wanted is not None:
                self._give_to_fallback(self._wanted, "the session bus went away")


# -- choosing --------------------------------------------------------------------------------


def session_bus_path(environ: Mapping[str, str]) -> str | None:
    """The unix socket of the session bus, as jeepney connects to it, or None.

    DBUS_SESSION_BUS_ADDRESS first, else systemd's $XDG_RUNTIME_DIR/bus; never an
    autolaunched bus (see backbreak.platform.dbus.session_bus_configured).
    """
    address = environ.get("DBUS_SESSION_BUS_ADDRESS")
    if address:
        try:
            return str(next(_jeepney().bus.get_connectable_addresses(address)))
        except (RuntimeError, ValueError, StopIteration) as error:
            log.info("cannot use DBUS_SESSION_BUS_ADDRESS=%r: %s", address, error)
            return None
    runtime = environ.get("XDG_RUNTIME_DIR")
    if runtime and (Path(runtime) / "bus").is_socket():
        return str(Path(runtime) / "bus")
    return None


def inside_app_bundle(executable: str) -> bool:
    """Whether the interpreter runs from inside a macOS .app bundle (…/X.app/Contents/…)."""
    parts = Path(executable).resolve().parts
    return any(
        part.endswith(".app") and index + 1 < len(parts) and parts[index + 1] == "Contents"
        for index, part in enumerate(parts)
    )


def _plyer_importable() -> bool:
    try:
        import plyer  # noqa: F401
    except Exception:  # plyer's import can fail in odd ways on odd systems
        log.exception("plyer cannot be imported")
        return False
    return True


def detect_notifier(
    on_action: ActionCallback,
    *,
    tray_icon: TrayIconSource | None = None,
    elsewhere: Notifier | None = None,
    icon: Path | None = None,
    environ: Mapping[str, str] = os.environ,
    platform: str = sys.platform,
    executable: str = sys.executable,
) -> Notifier:
    """The best way to show the warning here (see the module text).

    on_action: called with ACTION_START / ACTION_SNOOZE when a button is pressed (GUI thread).
    tray_icon: returns the app's tray icon, or None while it has none (the last resort).
    elsewhere: where the warning goes when there is no tray icon either (the status window).
    icon: the notification's icon file; by default backbreak's own (paths.icon_path).
    """
    if icon is None:
        from backbreak.paths import icon_path

        try:
            icon = icon_path(APP_NAME)
        except FileNotFoundError:  # assets missing: a notification without an icon
            icon = None
    last_resort: Notifier = (
        TrayBalloonNotifier(tray_icon, elsewhere)
        if tray_icon is not None
        else elsewhere or NoNotifier()
    )
    chosen: Notifier = last_resort
    if platform == "win32" or (platform == "darwin" and inside_app_bundle(executable)):
        if _plyer_importable():
            chosen = PlyerNotifier(last_resort)
    elif platform != "darwin":
        path = session_bus_path(environ)
        if path is not None:
            chosen = FreedesktopNotifier(path, on_action, fallback=last_resort, icon=icon)
    log.info("break warnings through: %s", chosen.name)
    return chosen


__all__ = [
    "ACTION_SNOOZE",
    "ACTION_START",
    "FreedesktopNotifier",
    "NoNotifier",
    "Notifier",
    "PlyerNotifier",
    "QtDBusSocket",
    "TrayBalloonNotifier",
    "detect_notifier",
    "inside_app_bundle",
    "session_bus_path",
    "warning_actions",
]
