"""The break warning against python-dbusmock's `notification_daemon` template, on a session
bus started for each test (tests/support/dbusmock_desktop.py): the warning goes out with its
buttons, a button pressed on the daemon's side (ActionInvoked, as the daemon sends it)
reaches the app's callback, and a withdrawn warning is closed. test_platform_notify.py runs
the same notifier against dunst and against a server of our own."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from dbusmock_desktop import MockBuses, MockService, dbusmock_python, private_buses, start_template
from platform_helpers import DBUS_TOOLS, missing_or_skip, require_programs
from pytestqt.qtbot import QtBot

from backbreak import APP_ID
from backbreak.platform.notify import (
    ACTION_SNOOZE,
    ACTION_START,
    FreedesktopNotifier,
    Notifier,
    detect_notifier,
    warning_actions,
)

NAME = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
INTERFACE = "org.freedesktop.Notifications"
WAIT_MS = 5000
QUIET_MS = 300
TITLE = "Time for a stretch soon"
BODY = "A stretch break comes in 30 seconds."

# What a daemon with buttons says it can do (the template's own default has no "actions").
WITH_ACTIONS = "body body-markup actions icon-static"

StartDaemon = Callable[[str], MockService]


@pytest.fixture(scope="module")
def mock_python() -> str:
    python = dbusmock_python()
    if python is None:
        missing_or_skip({"python3-dbusmock": "python3-dbusmock"})
    assert python is not None
    return python


@pytest.fixture
def buses(mock_python: str) -> Iterator[MockBuses]:
    require_programs(DBUS_TOOLS)
    with private_buses() as started:
        yield started


@pytest.fixture
def start_daemon(mock_python: str, buses: MockBuses) -> Iterator[StartDaemon]:
    started: list[MockService] = []

    def start(capabilities: str) -> MockService:
        parameters = {"capabilities": capabilities}
        service = start_template(
            mock_python, buses, "notification_daemon", NAME, system=False, parameters=parameters
        )
        started.append(service)
        return service

    yield start
    for service in started:
        service.stop()


@pytest.fixture
def pressed() -> list[str]:
    return []


@pytest.fixture
def notifier(qapp: Any, buses: MockBuses, pressed: list[str]) -> Iterator[Notifier]:
    """What the app gets on Linux: detect_notifier with the session bus in the environment,
    and the app's callback (here: a list of the keys pressed)."""
    chosen = detect_notifier(pressed.append, environ=buses.environ(), platform="linux")
    assert isinstance(chosen, FreedesktopNotifier)
    yield chosen
    chosen.close()


def sent(qtbot: QtBot, daemon: MockService, count: int = 1) -> list[list[Any]]:
    """The Notify calls the daemon took, once there are `count` of them."""
    calls: list[list[Any]] = []

    def arrived() -> bool:
        calls[:] = daemon.method_calls(PATH, "Notify")
        return len(calls) >= count

    qtbot.waitUntil(arrived, timeout=WAIT_MS)
    return calls


def closed(daemon: MockService) -> list[int]:
    return [int(args[0]) for args in daemon.method_calls(PATH, "CloseNotification")]


def test_the_warning_goes_out_with_start_now_and_snooze(
    qtbot: QtBot, start_daemon: StartDaemon, notifier: Notifier
) -> None:
    daemon = start_daemon(WITH_ACTIONS)
    notifier.warn(TITLE, BODY, warning_actions(5), timeout_s=30)
    ((app_name, replaces, _icon, title, body, actions, hints, expire),) = sent(qtbot, daemon)
    assert (app_name, replaces, title, body) == ("backbreak", 0, TITLE, BODY)
    assert actions == [ACTION_START, "Start now", ACTION_SNOOZE, "Snooze 5 min"]
    assert hints["urgency"] == ("y", 1) and hints["desktop-entry"] == ("s", APP_ID)
    assert expire == 30_000


@pytest.mark.parametrize("key", [ACTION_START, ACTION_SNOOZE])
def test_a_button_pressed_on_the_daemon_reaches_the_app_and_the_warning_goes(
    qtbot: QtBot, start_daemon: StartDaemon, notifier: Notifier, pressed: list[str], key: str
) -> None:
    daemon = start_daemon(WITH_ACTIONS)
    notifier.warn(TITLE, BODY, warning_actions(5), timeout_s=30)
    sent(qtbot, daemon)
    notification_id = 1  # the template numbers its notifications from 1
    daemon.emit(PATH, INTERFACE, "ActionInvoked", "us", notification_id, key)
    qtbot.waitUntil(lambda: pressed == [key], timeout=WAIT_MS)
    # Answered: taken off the screen (a daemon may leave it up after a button).
    qtbot.waitUntil(lambda: closed(daemon) == [notification_id], timeout=WAIT_MS)


def test_a_button_of_another_apps_notification_is_not_ours(
    qtbot: QtBot, start_daemon: StartDaemon, notifier: Notifier, pressed: list[str]
) -> None:
    daemon = start_daemon(WITH_ACTIONS)
    notifier.warn(TITLE, BODY, warning_actions(5), timeout_s=30)
    sent(qtbot, daemon)
    daemon.emit(PATH, INTERFACE, "ActionInvoked", "us", 99, ACTION_START)
    qtbot.wait(QUIET_MS)
    assert pressed == []


def test_a_withdrawn_warning_is_closed_on_the_daemon(
    qtbot: QtBot, start_daemon: StartDaemon, notifier: Notifier
) -> None:
    daemon = start_daemon(WITH_ACTIONS)
    notifier.warn(TITLE, BODY, warning_actions(5), timeout_s=30)
    sent(qtbot, daemon)
    assert isinstance(notifier, FreedesktopNotifier)
    qtbot.waitUntil(lambda: notifier.showing, timeout=WAIT_MS)
    notifier.withdraw()
    qtbot.waitUntil(lambda: closed(daemon) == [1], timeout=WAIT_MS)
    assert not notifier.showing
    # The next warning is a new notification, not a replacement of the closed one.
    notifier.warn(TITLE, BODY, warning_actions(None), timeout_s=30)
    second = sent(qtbot, daemon, count=2)[1]
    assert second[1] == 0
    assert second[5] == [ACTION_START, "Start now"]  # no snooze button left


def test_a_daemon_without_buttons_gets_the_warning_without_them(
    qtbot: QtBot, start_daemon: StartDaemon, notifier: Notifier
) -> None:
    daemon = start_daemon("body body-markup")
    notifier.warn(TITLE, "Stretch <now> & breathe", warning_actions(5), timeout_s=30)
    ((*_, body, actions, _hints, _expire),) = sent(qtbot, daemon)
    assert actions == []
    assert body == "Stretch &lt;now&gt; &amp; breathe"  # markup read as text


def test_a_warning_the_daemon_closed_is_not_closed_again(
    qtbot: QtBot, start_daemon: StartDaemon, notifier: Notifier
) -> None:
    daemon = start_daemon(WITH_ACTIONS)
    notifier.warn(TITLE, BODY, warning_actions(5), timeout_s=30)
    sent(qtbot, daemon)
    assert isinstance(notifier, FreedesktopNotifier)
    qtbot.waitUntil(lambda: notifier.showing, timeout=WAIT_MS)
    daemon.emit(PATH, INTERFACE, "NotificationClosed", "uu", 1, 1)  # reason 1: it expired
    qtbot.waitUntil(lambda: not notifier.showing, timeout=WAIT_MS)
    notifier.withdraw()
    qtbot.wait(QUIET_MS)
    assert closed(daemon) == []
