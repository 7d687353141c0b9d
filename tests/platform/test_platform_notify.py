"""The break warning as a desktop notification: against real dunst on a private session bus
(read back from the bus with a monitor, buttons pressed through dunst's own context menu),
and against a small jeepney notification server of our own where dunst cannot show a case
(no "actions" capability, markup, signals broadcast the way GNOME Shell and Plasma send them).

Each bus here is private to this module's tests (not the run-wide one from conftest.py): dunst
owns org.freedesktop.Notifications for as long as it runs, which would clash with the fake
desktop of the do-not-disturb tests.
"""

from __future__ import annotations

import json
import os
import queue
import shutil
import subprocess
import tempfile
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import jeepney  # type: ignore[import-untyped]
import pytest
from jeepney.io.blocking import open_dbus_connection  # type: ignore[import-untyped]
from platform_helpers import missing_or_skip, require_programs, start_reporting
from processes import PRIVATE_BUS_CONFIG, stop_process
from pytestqt.qtbot import QtBot

from backbreak import APP_ID
from backbreak.paths import icon_path
from backbreak.platform.notify import (
    ACTION_SNOOZE,
    ACTION_START,
    FreedesktopNotifier,
    NoNotifier,
    PlyerNotifier,
    TrayBalloonNotifier,
    detect_notifier,
    inside_app_bundle,
    session_bus_path,
    warning_actions,
)

NAME = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
INTERFACE = "org.freedesktop.Notifications"
DUNST_TOOLS = {"dunst": "dunst", "dunstctl": "dunst", "dbus-send": "dbus"}
WAIT_MS = 5000


# -- a bus of our own --------------------------------------------------------------------------


@dataclass
class PrivateBus:
    address: str
    socket_path: str
    popen: subprocess.Popen[bytes]

    def stop(self) -> None:
        stop_process(self.popen)


def start_bus(folder: Path) -> PrivateBus:
    require_programs({"dbus-daemon": "dbus"})
    socket_path = folder / "bus.sock"
    config = folder / "bus.conf"
    config.write_text(PRIVATE_BUS_CONFIG.format(socket=socket_path))
    argv = ["dbus-daemon", f"--config-file={config}", "--nofork", "--nopidfile"]
    popen, address = start_reporting(argv, "--print-address=", "dbus-daemon (notifications)")
    return PrivateBus(address, str(socket_path), popen)


@pytest.fixture
def bus(qapp: Any) -> Iterator[PrivateBus]:
    """A fresh private bus with no notification server on it."""
    folder = Path(tempfile.mkdtemp(prefix="bb-nb-"))  # short: socket paths < 108 bytes
    started = start_bus(folder)
    try:
        yield started
    finally:
        started.stop()
        shutil.rmtree(folder, ignore_errors=True)


class BusMonitor:
    """Everything that crosses a bus, read back without a thread: messages() takes what
    has arrived so far (a monitor connection, as dbus-monitor uses)."""

    def __init__(self, address: str) -> None:
        self._connection = open_dbus_connection(address)
        reply = self._connection.send_and_get_reply(
            jeepney.Monitoring().BecomeMonitor([]), timeout=5
        )
        assert reply.header.message_type is jeepney.MessageType.method_return
        self.seen: list[Any] = []

    def messages(self) -> list[Any]:
        while True:
            try:
                self.seen.append(self._connection.receive(timeout=0))
            except TimeoutError:
                return self.seen

    def calls(self, member: str) -> list[tuple[Any, ...]]:
        """Bodies of the method calls to the notification server named `member`."""
        return [
            tuple(m.body)
            for m in self.messages()
            if m.header.message_type is jeepney.MessageType.method_call
            and m.header.fields.get(jeepney.HeaderFields.interface) == INTERFACE
            and m.header.fields.get(jeepney.HeaderFields.member) == member
        ]

    def signals(self, member: str) -> list[tuple[Any, ...]]:
        return [
            tuple(m.body)
            for m in self.messages()
            if m.header.message_type is jeepney.MessageType.signal
            and m.header.fields.get(jeepney.HeaderFields.interface) == INTERFACE
            and m.header.fields.get(jeepney.HeaderFields.member) == member
        ]

    def close(self) -> None:
        self._connection.close()


@dataclass
class RecordingNotifier:
    """Stands in for the fallback (the tray balloon) to see what it was handed."""

    name: str = "recording"
    warnings: list[tuple[str, str]] = field(default_factory=list)
    withdrawn: int = 0

    def warn(self, title: str, body: str, actions: Any, *, timeout_s: float) -> None:
        self.warnings.append((title, body))

    def withdraw(self) -> None:
        self.withdrawn += 1

    def close(self) -> None:
        pass


# -- real dunst --------------------------------------------------------------------------------

# dunst opens its context menu by piping one line per button into the `dmenu` program and
# invoking the button whose line comes back. This stand-in records the menu and answers
# the first line that contains the text in the file `choice`.
PICKER = """#!/bin/sh
tee {menu} | grep -m1 -F -e "$(cat {choice})"
"""

DUNSTRC = """[global]
dmenu = {picker}
# Never hold notifications back for an idle user (Xvfb never sees input).
idle_threshold = 0
"""


class Dunst:
    def __init__(self, bus: PrivateBus, env: dict[str, str], folder: Path) -> None:
        self.bus = bus
        self.env = env
        self.folder = folder

    def ctl(self, *args: str) -> str:
        done = subprocess.run(
            ["dunstctl", *args], env=self.env, capture_output=True, text=True, timeout=10
        )
        assert done.returncode == 0, f"dunstctl {' '.join(args)}: {done.stderr}"
        return done.stdout

    def displayed(self) -> int:
        return int(self.ctl("count", "displayed").strip())

    def history_summaries(self) -> list[str]:
        """Titles of the notifications dunst has closed (newest first)."""
        history = json.loads(self.ctl("history"))
        return [entry["summary"]["data"] for entry in history["data"][0]]

    def press(self, notification_id: int, action_key: str) -> None:
        """Press a button as a person would, through dunst's context menu (which dunst
        opens in the background: see menu())."""
        (self.folder / "menu.txt").unlink(missing_ok=True)
        (self.folder / "choice").write_text(f"[{notification_id},{action_key}]")
        self.ctl("context")

    def menu(self) -> list[str]:
        """The lines of the last context menu dunst offered."""
        return (self.folder / "menu.txt").read_text().splitlines()


@pytest.fixture(scope="module")
def dunst_desktop(x_display: str, qapp: Any) -> Iterator[Dunst]:
    missing_or_skip({n: p for n, p in DUNST_TOOLS.items() if shutil.which(n) is None})
    folder = Path(tempfile.mkdtemp(prefix="bb-nd-"))
    started = start_bus(folder)
    dunst: subprocess.Popen[bytes] | None = None
    try:
        picker = folder / "pick.sh"
        picker.write_text(PICKER.format(menu=folder / "menu.txt", choice=folder / "choice"))
        picker.chmod(0o755)
        dunstrc = folder / "dunstrc"
        dunstrc.write_text(DUNSTRC.format(picker=picker))
        (folder / "config").mkdir()
        env = {
            **{k: v for k, v in os.environ.items() if k not in ("WAYLAND_DISPLAY", "XAUTHORITY")},
            "DISPLAY": x_display,
            "DBUS_SESSION_BUS_ADDRESS": started.address,
            "XDG_CONFIG_HOME": str(folder / "config"),
        }
        with (folder / "dunst.log").open("wb") as log:
            dunst = subprocess.Popen(
                ["dunst", "-config", str(dunstrc)],
                env=env,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        desktop = Dunst(started, env, folder)
        wait_for(lambda: name_has_owner(started.address, NAME), "dunst to own its name")
        yield desktop
    finally:
        if dunst is not None:
            stop_process(dunst)
        started.stop()
        shutil.rmtree(folder, ignore_errors=True)


def name_has_owner(address: str, name: str) -> bool:
    with open_dbus_connection(address) as connection:
        reply = connection.send_and_get_reply(jeepney.message_bus.NameHasOwner(name), timeout=5)
        return bool(reply.body[0])


def wait_for(probe: Any, what: str, timeout: float = 10.0) -> None:
    import time

    deadline = time.monotonic() + timeout
    while not probe():
        if time.monotonic() > deadline:
            raise TimeoutError(f"waited {timeout} s for {what}")
        time.sleep(0.05)


@pytest.fixture
def dunst(dunst_desktop: Dunst) -> Iterator[Dunst]:
    yield dunst_desktop
    dunst_desktop.ctl("close-all")


@pytest.fixture
def monitor(dunst: Dunst) -> Iterator[BusMonitor]:
    watching = BusMonitor(dunst.bus.address)
    yield watching
    watching.close()


@pytest.fixture
def pressed() -> list[str]:
    return []


@pytest.fixture
def notifier(dunst: Dunst, pressed: list[str]) -> Iterator[FreedesktopNotifier]:
    made = FreedesktopNotifier(dunst.bus.socket_path, pressed.append, icon=icon_path("backbreak"))
    yield made
    made.close()


def shown_id(qtbot: QtBot, monitor: BusMonitor, count: int = 1) -> int:
    """The id dunst gave our `count`-th notification (read from its reply on the bus)."""
    qtbot.waitUntil(lambda: len(monitor.calls("Notify")) >= count, timeout=WAIT_MS)
    notify_serials = [
        m.header.serial
        for m in monitor.messages()
        if m.header.fields.get(jeepney.HeaderFields.member) == "Notify"
    ]
    serial = notify_serials[count - 1]

    def reply() -> int | None:
        for m in monitor.messages():
            if m.header.fields.get(jeepney.HeaderFields.reply_serial) == serial:
                return int(m.body[0])
        return None

    qtbot.waitUntil(lambda: reply() is not None, timeout=WAIT_MS)
    answer = reply()
    assert answer is not None
    return answer


def test_dunst_shows_the_warning_and_start_now_is_reported(
    qtbot: QtBot,
    dunst: Dunst,
    monitor: BusMonitor,
    notifier: FreedesktopNotifier,
    pressed: list[str],
) -> None:
    notifier.warn(
        "A break in 30 seconds",
        "Time to stand up & stretch <soon>",
        warning_actions(5),
        timeout_s=30,
    )
    notification_id = shown_id(qtbot, monitor)
    [(app, replaces, icon, title, body, actions, hints, expire)] = monitor.calls("Notify")
    assert (app, replaces, title, expire) == ("backbreak", 0, "A break in 30 seconds", 30000)
    assert icon == icon_path("backbreak").as_uri()
    assert body == "Time to stand up & stretch <soon>"  # dunst offers no body-markup
    assert actions == ["start", "Start now", "snooze", "Snooze 5 min"]
    assert hints == {"urgency": ("y", 1), "desktop-entry": ("s", APP_ID)}
    qtbot.waitUntil(lambda: dunst.displayed() == 1, timeout=WAIT_MS)

    dunst.press(notification_id, ACTION_START)
    qtbot.waitUntil(lambda: pressed == ["start"], timeout=WAIT_MS)
    assert sorted(dunst.menu()) == [
        f"#Snooze 5 min (A break in 30 seconds) [{notification_id},snooze]",
        f"#Start now (A break in 30 seconds) [{notification_id},start]",
    ]
    # Answered, so it goes away (dunst itself leaves it up after a menu action).
    qtbot.waitUntil(lambda: dunst.displayed() == 0, timeout=WAIT_MS)
    assert monitor.calls("CloseNotification") == [(notification_id,)]


def test_snooze_on_dunst_is_reported(
    qtbot: QtBot,
    dunst: Dunst,
    monitor: BusMonitor,
    notifier: FreedesktopNotifier,
    pressed: list[str],
) -> None:
    notifier.warn("Snooze me", "", warning_actions(10), timeout_s=30)
    notification_id = shown_id(qtbot, monitor)
    assert monitor.calls("Notify")[0][5] == ["start", "Start now", "snooze", "Snooze 10 min"]
    qtbot.waitUntil(lambda: dunst.displayed() == 1, timeout=WAIT_MS)
    dunst.press(notification_id, ACTION_SNOOZE)
    qtbot.waitUntil(lambda: pressed == ["snooze"], timeout=WAIT_MS)


def test_withdraw_closes_the_warning_on_dunst(
    qtbot: QtBot,
    dunst: Dunst,
    monitor: BusMonitor,
    notifier: FreedesktopNotifier,
    pressed: list[str],
) -> None:
    notifier.warn("Withdraw me", "", warning_actions(5), timeout_s=30)
    notification_id = shown_id(qtbot, monitor)
    qtbot.waitUntil(lambda: dunst.displayed() == 1, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: notifier.showing, timeout=WAIT_MS)
    notifier.withdraw()
    qtbot.waitUntil(lambda: dunst.displayed() == 0, timeout=WAIT_MS)
    assert monitor.calls("CloseNotification") == [(notification_id,)]
    # dunst says why it closed: 3, "closed by a call to CloseNotification".
    qtbot.waitUntil(
        lambda: (notification_id, 3) in monitor.signals("NotificationClosed"), timeout=WAIT_MS
    )
    notifier.withdraw()  # twice is harmless: nothing more is sent
    qtbot.wait(100)
    assert len(monitor.calls("CloseNotification")) == 1
    assert pressed == []


def test_a_new_warning_replaces_the_one_on_dunst(
    qtbot: QtBot, dunst: Dunst, monitor: BusMonitor, notifier: FreedesktopNotifier
) -> None:
    notifier.warn("First text", "", warning_actions(5), timeout_s=30)
    first = shown_id(qtbot, monitor)
    notifier.warn("Second text", "", warning_actions(None), timeout_s=30)
    second = shown_id(qtbot, monitor, count=2)
    assert second == first
    assert monitor.calls("Notify")[1][1] == first  # replaces_id
    assert monitor.calls("Notify")[1][5] == ["start", "Start now"]  # no snooze left
    qtbot.wait(200)
    assert dunst.displayed() == 1
    assert "First text" not in dunst.history_summaries()


def test_a_warning_taken_back_before_dunst_answered_never_shows(
    qtbot: QtBot, dunst: Dunst, monitor: BusMonitor, notifier: FreedesktopNotifier
) -> None:
    notifier.warn("Never seen", "", warning_actions(5), timeout_s=30)
    notifier.withdraw()
    # Whatever the first exchange was doing is settled before the next warning goes out.
    notifier.warn("Seen", "", warning_actions(5), timeout_s=30)
    shown_id(qtbot, monitor)
    qtbot.waitUntil(lambda: dunst.displayed() == 1, timeout=WAIT_MS)
    assert [call[3] for call in monitor.calls("Notify")] == ["Seen"]
    assert "Never seen" not in dunst.history_summaries()


def test_a_warning_dunst_let_expire_is_not_closed_again(
    qtbot: QtBot, dunst: Dunst, monitor: BusMonitor, notifier: FreedesktopNotifier
) -> None:
    notifier.warn("Expires", "", warning_actions(5), timeout_s=1)
    notification_id = shown_id(qtbot, monitor)
    assert monitor.calls("Notify")[0][7] == 1000
    # 1: expired.
    qtbot.waitUntil(
        lambda: (notification_id, 1) in monitor.signals("NotificationClosed"), timeout=WAIT_MS
    )
    qtbot.waitUntil(lambda: not notifier.showing, timeout=WAIT_MS)
    notifier.withdraw()
    notifier.warn("Comes back fresh", "", warning_actions(5), timeout_s=30)
    shown_id(qtbot, monitor, count=2)
    assert monitor.calls("CloseNotification") == []
    assert monitor.calls("Notify")[1][1] == 0  # a new notification, not a replacement


# -- a notification server of our own ----------------------------------------------------------


class FakeNotificationServer:
    """org.freedesktop.Notifications served with jeepney from a thread of the test process.

    Safe as a thread because nothing here blocks the Qt loop: the notifier never waits, and
    this server has its own connection. It records every call and sends signals the way
    GNOME Shell and Plasma do: broadcast, to no destination.
    """

    def __init__(self, address: str, capabilities: list[str]) -> None:
        self.capabilities = capabilities
        self.calls: list[tuple[str, tuple[Any, ...]]] = []
        self._next_id = 41
        self._outbox: queue.Queue[Any] = queue.Queue()
        self._stop = threading.Event()
        self._connection = open_dbus_connection(address)
        reply = self._connection.send_and_get_reply(
            jeepney.message_bus.RequestName(NAME, 4),
            timeout=5,  # 4: do not queue
        )
        assert reply.body == (1,), "could not own org.freedesktop.Notifications"
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def emit(self, member: str, signature: str, body: tuple[Any, ...]) -> None:
        emitter = jeepney.DBusAddress(PATH, interface=INTERFACE)
        self._outbox.put(jeepney.new_signal(emitter, member, signature, body))

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(5)
        self._connection.close()

    def notify_calls(self) -> list[tuple[Any, ...]]:
        return [args for member, args in self.calls if member == "Notify"]

    def _serve(self) -> None:
        while not self._stop.is_set():
            while not self._outbox.empty():
                self._connection.send(self._outbox.get())
            try:
                message = self._connection.receive(timeout=0.02)
            except TimeoutError:
                continue
            except OSError:  # the bus went away (a test stops it)
                return
            if message.header.message_type is not jeepney.MessageType.method_call:
                continue
            member = message.header.fields.get(jeepney.HeaderFields.member)
            if member == "GetCapabilities":
                reply = jeepney.new_method_return(message, "as", (self.capabilities,))
            elif member == "Notify":
                self._next_id += 1
                reply = jeepney.new_method_return(message, "u", (self._next_id,))
            else:
                reply = jeepney.new_method_return(message)
            self._connection.send(reply)
            # Recorded once answered, so a test that sees the call knows the reply went.
            self.calls.append((member, tuple(message.body)))


@pytest.fixture
def fallback() -> RecordingNotifier:
    return RecordingNotifier()


ServerFactory = Callable[[list[str]], FakeNotificationServer]


@pytest.fixture
def serve(bus: PrivateBus) -> Iterator[ServerFactory]:
    """Starts a FakeNotificationServer with the given capabilities on `bus`."""
    started: list[FakeNotificationServer] = []

    def start(capabilities: list[str]) -> FakeNotificationServer:
        started.append(FakeNotificationServer(bus.address, capabilities))
        return started[-1]

    yield start
    for server in started:
        server.stop()


@pytest.fixture
def plain_server(serve: ServerFactory) -> FakeNotificationServer:
    """A server that can show neither buttons nor markup."""
    return serve(["body"])


def test_a_server_without_actions_gets_the_warning_without_buttons(
    qtbot: QtBot, bus: PrivateBus, plain_server: FakeNotificationServer
) -> None:
    notifier = FreedesktopNotifier(bus.socket_path, lambda key: None)
    try:
        notifier.warn("No buttons here", "Stretch", warning_actions(5), timeout_s=30)
        qtbot.waitUntil(lambda: len(plain_server.notify_calls()) == 1, timeout=WAIT_MS)
        [call] = plain_server.notify_calls()
        assert call[3:6] == ("No buttons here", "Stretch", [])
    finally:
        notifier.close()  # takes the warning back on its way out
    qtbot.waitUntil(lambda: ("CloseNotification", (42,)) in plain_server.calls, timeout=WAIT_MS)


def test_markup_is_escaped_where_the_server_reads_markup(
    qtbot: QtBot, bus: PrivateBus, serve: ServerFactory
) -> None:
    server = serve(["body", "body-markup", "actions"])
    notifier = FreedesktopNotifier(bus.socket_path, lambda key: None)
    notifier.warn("Markup", "Neck & shoulders <2 min>", [], timeout_s=30)
    qtbot.waitUntil(lambda: len(server.notify_calls()) == 1, timeout=WAIT_MS)
    assert server.notify_calls()[0][4] == "Neck &amp; shoulders &lt;2 min&gt;"
    notifier.close()


def test_broadcast_signals_reach_the_notifier_and_others_are_ignored(
    qtbot: QtBot, bus: PrivateBus, serve: ServerFactory
) -> None:
    """GNOME Shell and Plasma broadcast ActionInvoked: the notifier's match rule gets them,
    and a button on another app's notification does nothing."""
    server = serve(["actions", "body"])
    pressed: list[str] = []
    notifier = FreedesktopNotifier(bus.socket_path, pressed.append)
    notifier.warn("Broadcast", "", warning_actions(5), timeout_s=30)
    # Recorded once answered: the id reaches the notifier before any signal sent after.
    qtbot.waitUntil(lambda: len(server.notify_calls()) == 1, timeout=WAIT_MS)
    server.emit("ActionInvoked", "us", (7, "start"))  # another app's notification
    server.emit("ActionInvoked", "us", (42, "snooze"))
    qtbot.waitUntil(lambda: pressed == ["snooze"], timeout=WAIT_MS)
    qtbot.waitUntil(lambda: ("CloseNotification", (42,)) in server.calls, timeout=WAIT_MS)
    # A button pressed after the warning was answered and closed does nothing.
    server.emit("ActionInvoked", "us", (42, "start"))
    qtbot.wait(200)
    assert pressed == ["snooze"]
    notifier.close()


def test_no_notification_server_hands_the_warning_to_the_fallback(
    qtbot: QtBot, bus: PrivateBus, fallback: RecordingNotifier
) -> None:
    notifier = FreedesktopNotifier(bus.socket_path, lambda key: None, fallback=fallback)
    notifier.warn("Nobody listens", "body", warning_actions(5), timeout_s=30)
    qtbot.waitUntil(lambda: fallback.warnings == [("Nobody listens", "body")], timeout=WAIT_MS)
    notifier.withdraw()
    assert fallback.withdrawn == 1
    notifier.close()


def test_an_unreachable_bus_hands_the_warning_to_the_fallback(
    qapp: Any, tmp_path: Path, fallback: RecordingNotifier
) -> None:
    notifier = FreedesktopNotifier(str(tmp_path / "no-bus"), lambda key: None, fallback=fallback)
    assert not notifier.connected
    notifier.warn("No bus", "", [], timeout_s=30)
    assert fallback.warnings == [("No bus", "")]  # at once: nothing to wait for
    notifier.close()


def test_a_bus_that_goes_away_hands_later_warnings_to_the_fallback(
    qtbot: QtBot, bus: PrivateBus, serve: ServerFactory, fallback: RecordingNotifier
) -> None:
    server = serve(["actions", "body"])
    notifier = FreedesktopNotifier(bus.socket_path, lambda key: None, fallback=fallback)
    notifier.warn("Before", "", [], timeout_s=30)
    qtbot.waitUntil(lambda: len(server.notify_calls()) == 1, timeout=WAIT_MS)
    bus.stop()
    qtbot.waitUntil(lambda: not notifier.connected, timeout=WAIT_MS)
    notifier.warn("After", "", [], timeout_s=30)
    assert fallback.warnings == [("After", "")]
    notifier.close()


# -- choosing a backend ------------------------------------------------------------------------


def test_session_bus_path_from_the_environment(tmp_path: Path) -> None:
    assert session_bus_path({"DBUS_SESSION_BUS_ADDRESS": "unix:path=/run/x/bus,guid=1"}) == (
        "/run/x/bus"
    )
    assert session_bus_path({"DBUS_SESSION_BUS_ADDRESS": "unix:abstract=/tmp/dbus-Ab"}) == (
        "\0/tmp/dbus-Ab"
    )
    assert session_bus_path({"DBUS_SESSION_BUS_ADDRESS": "tcp:host=x,port=1"}) is None
    assert session_bus_path({"XDG_RUNTIME_DIR": str(tmp_path)}) is None  # no bus socket
    assert session_bus_path({}) is None


def test_detect_uses_the_session_bus_on_linux(qapp: Any, bus: PrivateBus) -> None:
    chosen = detect_notifier(
        lambda key: None, environ={"DBUS_SESSION_BUS_ADDRESS": bus.address}, platform="linux"
    )
    assert isinstance(chosen, FreedesktopNotifier)
    assert chosen.connected
    chosen.close()


def test_detect_without_a_bus_uses_the_tray_or_nothing(qapp: Any) -> None:
    def no_icon() -> None:
        return None

    assert isinstance(
        detect_notifier(lambda key: None, tray_icon=no_icon, environ={}, platform="linux"),
        TrayBalloonNotifier,
    )
    assert isinstance(detect_notifier(lambda key: None, environ={}, platform="linux"), NoNotifier)


def test_detect_on_windows_and_macos_os_edge_mocked(qapp: Any) -> None:
    """Windows and macOS are not run here: only which backend is picked, by platform name
    and interpreter path."""
    assert isinstance(detect_notifier(lambda key: None, platform="win32"), PlyerNotifier)
    outside = "/usr/local/bin/python3"
    bundled = "/Applications/backbreak.app/Contents/MacOS/python3"
    assert not inside_app_bundle(outside)
    assert inside_app_bundle(bundled)
    assert not inside_app_bundle("/Users/me/my.app.d/bin/python3")
    # Outside a bundle plyer would crash the process on macOS: never used there.
    assert isinstance(
        detect_notifier(lambda key: None, platform="darwin", executable=outside), NoNotifier
    )
    assert isinstance(
        detect_notifier(lambda key: None, platform="darwin", executable=bundled), PlyerNotifier
    )


def test_plyer_notifies_and_falls_back_for_good_when_it_fails_os_edge_mocked(
    monkeypatch: pytest.MonkeyPatch, fallback: RecordingNotifier
) -> None:
    """plyer's platform layer (Windows balloon, macOS notification centre) is replaced by a
    recorder: it cannot run here."""
    import plyer

    sent: list[dict[str, Any]] = []
    notification = SimpleNamespace(notify=lambda **kwargs: sent.append(kwargs))
    monkeypatch.setattr(plyer, "notification", notification)
    notifier = PlyerNotifier(fallback)
    notifier.warn("Title", "Body", warning_actions(5), timeout_s=30)
    assert sent == [{"title": "Title", "message": "Body", "app_name": "backbreak", "timeout": 30}]

    def broken(**kwargs: Any) -> None:
        raise OSError("no notification area")

    monkeypatch.setattr(notification, "notify", broken)
    notifier.warn("Second", "", [], timeout_s=30)
    monkeypatch.setattr(notification, "notify", lambda **kwargs: sent.append(kwargs))
    notifier.warn("Third", "", [], timeout_s=30)
    assert fallback.warnings == [("Second", ""), ("Third", "")]
    assert len(sent) == 1


def test_warning_buttons() -> None:
    assert warning_actions(5) == [("start", "Start now"), ("snooze", "Snooze 5 min")]
    assert warning_actions(None) == [("start", "Start now")]
