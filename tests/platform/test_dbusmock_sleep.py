"""Sleep, wake, lock and unlock against python-dbusmock's `logind` (system bus) and
`gnome_screensaver` (session bus) templates: the real services' names, paths and signatures,
on buses started for each test (tests/support/dbusmock_desktop.py). test_platform_sleep.py
covers the same watcher against our own scripted fake, and the gap check."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import pytest
from dbusmock_desktop import (
    MOCK_INTERFACE,
    MockBuses,
    MockService,
    dbusmock_python,
    private_buses,
    start_template,
)
from platform_helpers import DBUS_TOOLS, missing_or_skip, require_programs
from pytestqt.qtbot import QtBot

from backbreak.platform.dbus import Bus
from backbreak.platform.sleep import LOGIND, LOGIND_SESSION_INTERFACE, Clocks, SleepWatcher

LOGIND_NAME, LOGIND_PATH, LOGIND_MANAGER = LOGIND
SCREENSAVER = ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver")
WAIT_MS = 5000
# How long a signal that must not arrive is given to arrive anyway.
QUIET_MS = 300
MINUTE = 60.0


class HandClocks:
    """The watcher's three clocks; `suspend` moves the two that run while asleep."""

    def __init__(self) -> None:
        self.awake = 1000.0
        self.since_boot = 5000.0
        self.wall = 1_800_000_000.0

    def clocks(self) -> Clocks:
        return Clocks(
            awake=lambda: self.awake, since_boot=lambda: self.since_boot, wall=lambda: self.wall
        )

    def suspend(self, seconds: float) -> None:
        self.since_boot += seconds
        self.wall += seconds


class Recorder:
    def __init__(self, watcher: SleepWatcher) -> None:
        self.events: list[str] = []
        watcher.about_to_sleep.connect(lambda: self.events.append("about_to_sleep"))
        watcher.woke.connect(lambda _s: self.events.append("woke"))
        watcher.locked.connect(lambda: self.events.append("locked"))
        watcher.unlocked.connect(lambda: self.events.append("unlocked"))


# -- fixtures ------------------------------------------------------------------------------


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


def connect(address: str) -> Bus:
    bus = Bus.connect_to(address, f"test-{uuid.uuid4().hex}")
    assert bus.connected, f"cannot connect to {address}"
    return bus


@pytest.fixture
def system_bus(qapp: object, buses: MockBuses) -> Iterator[Bus]:
    bus = connect(buses.system)
    yield bus
    bus.close()


@pytest.fixture
def session_bus(qapp: object, buses: MockBuses) -> Iterator[Bus]:
    bus = connect(buses.session)
    yield bus
    bus.close()


@pytest.fixture
def logind(mock_python: str, buses: MockBuses) -> Iterator[MockService]:
    service = start_template(mock_python, buses, "logind", LOGIND_NAME, system=True)
    yield service
    service.stop()


@pytest.fixture
def screensaver(mock_python: str, buses: MockBuses) -> Iterator[MockService]:
    service = start_template(mock_python, buses, "gnome_screensaver", SCREENSAVER[0], system=False)
    yield service
    service.stop()


@pytest.fixture
def hand() -> HandClocks:
    return HandClocks()


@pytest.fixture
def watcher(qapp: object, hand: HandClocks) -> Iterator[SleepWatcher]:
    watcher = SleepWatcher(clocks=hand.clocks())
    yield watcher
    watcher.stop()
    watcher.deleteLater()


def add_session(logind: MockService, session_id: str) -> str:
    """A session of the person's in the mock logind (seat0, this uid); its object path."""
    (path,) = logind.call(
        LOGIND_PATH,
        MOCK_INTERFACE,
        "AddSession",
        "ssusb",
        (session_id, "seat0", os.getuid(), "person", True),
    )
    return str(path)


def lock_session(logind: MockService, path: str, member: str = "Lock") -> None:
    """logind's Session.Lock()/Unlock(): what `loginctl lock-session` ends in."""
    logind.call(path, LOGIND_SESSION_INTERFACE, member)


def set_screensaver(screensaver: MockService, active: bool) -> None:
    """GNOME Shell's shield goes up or down: SetActive emits ActiveChanged."""
    _name, path, interface = SCREENSAVER
    screensaver.call(path, interface, "SetActive", "b", (active,))


# -- logind: suspend and resume ---------------------------------------------------------------


def test_prepare_for_sleep_from_logind_is_sleep_then_wake(
    qtbot: QtBot,
    watcher: SleepWatcher,
    hand: HandClocks,
    logind: MockService,
    system_bus: Bus,
) -> None:
    events = Recorder(watcher).events
    watcher.start(system_bus=system_bus, environ={})
    assert "logind" in watcher.sources

    with qtbot.waitSignal(watcher.about_to_sleep, timeout=WAIT_MS):
        logind.emit(LOGIND_PATH, LOGIND_MANAGER, "PrepareForSleep", "b", True)
    hand.suspend(40 * MINUTE)
    with qtbot.waitSignal(watcher.woke, timeout=WAIT_MS) as woke:
        logind.emit(LOGIND_PATH, LOGIND_MANAGER, "PrepareForSleep", "b", False)
    assert woke.args == [pytest.approx(40 * MINUTE)]
    assert events == ["about_to_sleep", "woke"]


# -- logind: our session's Lock and Unlock ----------------------------------------------------


def test_logind_session_lock_and_unlock_are_reported(
    qtbot: QtBot, watcher: SleepWatcher, logind: MockService, system_bus: Bus
) -> None:
    path = add_session(logind, "c1")
    events = Recorder(watcher).events
    watcher.start(system_bus=system_bus, environ={"XDG_SESSION_ID": "c1"})
    assert watcher.sources == ["gap-check", "logind", "logind-lock"]

    with qtbot.waitSignal(watcher.locked, timeout=WAIT_MS):
        lock_session(logind, path)
    assert watcher.is_locked is True
    with qtbot.waitSignal(watcher.unlocked, timeout=WAIT_MS):
        lock_session(logind, path, "Unlock")
    assert watcher.is_locked is False
    assert events == ["locked", "unlocked"]


def test_another_sessions_lock_is_not_this_persons(
    qtbot: QtBot, watcher: SleepWatcher, logind: MockService, system_bus: Bus
) -> None:
    add_session(logind, "c1")
    other = add_session(logind, "c2")  # fast user switching: someone else's session
    events = Recorder(watcher).events
    watcher.start(system_bus=system_bus, environ={"XDG_SESSION_ID": "c1"})
    lock_session(logind, other)
    qtbot.wait(QUIET_MS)
    assert events == []


def test_a_second_lock_after_a_silent_unlock_is_still_reported(
    qtbot: QtBot, watcher: SleepWatcher, logind: MockService, system_bus: Bus
) -> None:
    # swayidle runs swaylock on logind's Lock; swaylock unlocks without a word on the bus.
    path = add_session(logind, "c1")
    events = Recorder(watcher).events
    watcher.start(system_bus=system_bus, environ={"XDG_SESSION_ID": "c1"})
    for _ in range(2):
        with qtbot.waitSignal(watcher.locked, timeout=WAIT_MS):
            lock_session(logind, path)
    assert events == ["locked", "locked"]


def test_gnome_locking_on_loginds_lock_is_reported_once(
    qtbot: QtBot,
    watcher: SleepWatcher,
    logind: MockService,
    screensaver: MockService,
    system_bus: Bus,
    session_bus: Bus,
) -> None:
    path = add_session(logind, "c1")
    events = Recorder(watcher).events
    watcher.start(session_bus=session_bus, system_bus=system_bus, environ={"XDG_SESSION_ID": "c1"})
    with qtbot.waitSignal(watcher.locked, timeout=WAIT_MS):
        lock_session(logind, path)
    set_screensaver(screensaver, True)  # the shield goes up because logind asked
    qtbot.wait(QUIET_MS)
    with qtbot.waitSignal(watcher.unlocked, timeout=WAIT_MS):
        set_screensaver(screensaver, False)  # the person typed their password
    assert events == ["locked", "unlocked"]


# -- the screensaver's ActiveChanged ----------------------------------------------------------


def test_gnome_screensaver_active_changed_is_lock_and_unlock(
    qtbot: QtBot, watcher: SleepWatcher, screensaver: MockService, session_bus: Bus
) -> None:
    events = Recorder(watcher).events
    watcher.start(session_bus=session_bus)
    assert watcher.sources == ["gap-check", "screen-lock"]
    with qtbot.waitSignal(watcher.locked, timeout=WAIT_MS):
        set_screensaver(screensaver, True)
    set_screensaver(screensaver, True)  # said again: no news
    qtbot.wait(QUIET_MS)
    with qtbot.waitSignal(watcher.unlocked, timeout=WAIT_MS):
        set_screensaver(screensaver, False)
    assert events == ["locked", "unlocked"]
    assert watcher.is_locked is False


def test_a_stopped_watcher_hears_nothing(
    qtbot: QtBot,
    watcher: SleepWatcher,
    logind: MockService,
    screensaver: MockService,
    system_bus: Bus,
    session_bus: Bus,
) -> None:
    path = add_session(logind, "c1")
    events = Recorder(watcher).events
    watcher.start(session_bus=session_bus, system_bus=system_bus, environ={"XDG_SESSION_ID": "c1"})
    watcher.stop()
    assert watcher.sources == []
    lock_session(logind, path)
    set_screensaver(screensaver, True)
    logind.emit(LOGIND_PATH, LOGIND_MANAGER, "PrepareForSleep", "b", True)
    qtbot.wait(QUIET_MS)
    assert events == []
