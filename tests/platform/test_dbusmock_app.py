"""The whole app against python-dbusmock's logind, GNOME screensaver and notification daemon
(tests/support/dbusmock_desktop.py): its DesktopSenses hold a real SleepWatcher on the mock
buses, its warnings go to the mock daemon. What a person would notice after a lock or a
suspend: longer than the break, the break counts as taken (the status says one more break
today, the history keeps a natural break); shorter, the count goes on where it was.

The app runs on a hand clock (tests/support/clocks.py): the lock's length is the hand clock's
step between the signals. The D-Bus signals themselves travel for real.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from clocks import BERLIN, HandClock
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
from schedulers import HandScheduler

from backbreak.app.exercise_library import ExerciseSource
from backbreak.app.root import App
from backbreak.app.senses import DesktopSenses
from backbreak.core.history import HistoryEventKind
from backbreak.core.planner import Planner
from backbreak.paths import Paths
from backbreak.platform.dbus import Bus
from backbreak.platform.notify import ACTION_SNOOZE, detect_notifier
from backbreak.platform.sleep import LOGIND, LOGIND_SESSION_INTERFACE
from backbreak.store.history_store import HistoryStore
from backbreak.store.settings_store import SettingsStore

LOGIND_NAME, LOGIND_PATH, LOGIND_MANAGER = LOGIND
SCREENSAVER = ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver")
NOTIFICATIONS = "org.freedesktop.Notifications"
NOTIFICATIONS_PATH = "/org/freedesktop/Notifications"
SESSION_ID = "c1"
WAIT_MS = 5000
# The default rules: a break after 25 minutes of work; a micro break lasts 30 seconds.
EVERY = timedelta(minutes=25)
LONGER_THAN_THE_BREAK = timedelta(minutes=2)
SHORTER_THAN_THE_BREAK = timedelta(seconds=10)


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
def mocks(mock_python: str, buses: MockBuses) -> Iterator[dict[str, MockService]]:
    """logind with the person's session, GNOME's screensaver, a daemon with buttons."""
    started: dict[str, MockService] = {}
    try:
        started["logind"] = start_template(mock_python, buses, "logind", LOGIND_NAME, system=True)
        started["screensaver"] = start_template(
            mock_python, buses, "gnome_screensaver", SCREENSAVER[0], system=False
        )
        started["notifications"] = start_template(
            mock_python,
            buses,
            "notification_daemon",
            NOTIFICATIONS,
            system=False,
            parameters={"capabilities": "body actions"},
        )
        body = (SESSION_ID, "seat0", os.getuid(), "person", True)
        started["logind"].call(LOGIND_PATH, MOCK_INTERFACE, "AddSession", "ssusb", body)
        yield started
    finally:
        for service in started.values():
            service.stop()


class Desktop:
    """The app on the mock desktop, and what a test does to that desktop."""

    def __init__(self, app: App, clock: HandClock, mocks: dict[str, MockService]) -> None:
        self.app = app
        self.clock = clock
        self.mocks = mocks
        self.session_path = f"/org/freedesktop/login1/session/{SESSION_ID}"

    def work(self, length: timedelta) -> None:
        self.clock.current += length

    def logind_lock(self, member: str) -> None:
        self.mocks["logind"].call(self.session_path, LOGIND_SESSION_INTERFACE, member)

    def shield(self, active: bool) -> None:
        _name, path, interface = SCREENSAVER
        self.mocks["screensaver"].call(path, interface, "SetActive", "b", (active,))

    def prepare_for_sleep(self, starting: bool) -> None:
        self.mocks["logind"].emit(LOGIND_PATH, LOGIND_MANAGER, "PrepareForSleep", "b", starting)

    def history(self) -> list[HistoryEventKind]:
        store = self.app.history.store
        assert store is not None
        return [event.kind for event in store.events()]


def connect(address: str) -> Bus:
    bus = Bus.connect_to(address, f"test-{uuid.uuid4().hex}")
    assert bus.connected, f"cannot connect to {address}"
    return bus


@pytest.fixture
def desktop(
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    buses: MockBuses,
    mocks: dict[str, MockService],
) -> Iterator[Desktop]:
    # The watcher finds its logind session as the app does: by XDG_SESSION_ID.
    monkeypatch.setenv("XDG_SESSION_ID", SESSION_ID)
    session_bus, system_bus = connect(buses.session), connect(buses.system)
    paths = Paths(tmp_path / "config", tmp_path / "data", tmp_path / "log", tmp_path / "run")
    paths.ensure()
    settings = SettingsStore(paths.config_dir).load().settings
    history = HistoryStore(paths.history_file)
    clock = HandClock()
    app: App | None = None

    def exercises() -> ExerciseSource:
        assert app is not None
        return ExerciseSource.load(paths, app.settings.current)

    def notifier(on_action: Any, _windows: Any) -> Any:
        return detect_notifier(on_action, environ=buses.environ(), platform="linux")

    app = App(
        Planner(settings.to_rules(), BERLIN, clock.now()),
        clock,
        BERLIN,
        scheduler_factory=HandScheduler,
        senses=DesktopSenses(buses=(session_bus, system_bus), watch_sleep=True),
        exercises=exercises,
        settings=settings,
        history=history,
        make_notifier=notifier,
    )
    qtbot.addWidget(app.windows.window)
    app.start(scheduler_delay_ms=0)
    app.history.get_ready()  # today's figures, as just after start-up
    try:
        yield Desktop(app, clock, mocks)
    finally:
        app.stop()
        history.close()
        session_bus.close()
        system_bus.close()


def next_break_at(desktop: Desktop) -> datetime:
    at = desktop.app.status().next_break_at
    assert at is not None
    return at


# -- locked longer than the break: that was the break ----------------------------------------


def test_a_logind_lock_longer_than_the_break_counts_as_a_break_taken(
    qtbot: QtBot, desktop: Desktop
) -> None:
    desktop.work(timedelta(minutes=10))
    assert desktop.app.status().breaks_today == 0
    with qtbot.waitSignal(desktop.app.senses.locked, timeout=WAIT_MS):
        desktop.logind_lock("Lock")
    assert desktop.app.status().idle
    desktop.work(LONGER_THAN_THE_BREAK)
    with qtbot.waitSignal(desktop.app.senses.unlocked, timeout=WAIT_MS):
        desktop.logind_lock("Unlock")
    status = desktop.app.status()
    assert (status.breaks_today, status.done_today) == (1, 1)
    assert HistoryEventKind.NATURAL in desktop.history()
    # A fresh count: the next break is a whole interval from now.
    assert next_break_at(desktop) == desktop.clock.now() + EVERY


def test_gnome_locked_longer_than_the_break_counts_as_a_break_taken(
    qtbot: QtBot, desktop: Desktop
) -> None:
    desktop.work(timedelta(minutes=10))
    with qtbot.waitSignal(desktop.app.senses.locked, timeout=WAIT_MS):
        desktop.shield(True)
    desktop.work(LONGER_THAN_THE_BREAK)
    with qtbot.waitSignal(desktop.app.senses.unlocked, timeout=WAIT_MS):
        desktop.shield(False)
    assert desktop.app.status().breaks_today == 1
    assert desktop.history().count(HistoryEventKind.NATURAL) == 1


def test_a_suspend_longer_than_the_break_counts_as_a_break_taken(
    qtbot: QtBot, desktop: Desktop
) -> None:
    desktop.work(timedelta(minutes=10))
    with qtbot.waitSignal(desktop.app.senses.sleeping, timeout=WAIT_MS):
        desktop.prepare_for_sleep(True)
    desktop.work(timedelta(hours=1))
    with qtbot.waitSignal(desktop.app.senses.woke, timeout=WAIT_MS):
        desktop.prepare_for_sleep(False)
    status = desktop.app.status()
    assert (status.breaks_today, status.done_today) == (1, 1)
    assert HistoryEventKind.NATURAL in desktop.history()
    assert next_break_at(desktop) == desktop.clock.now() + EVERY


# -- shorter than the break: the count goes on -----------------------------------------------


def test_a_lock_shorter_than_the_break_only_holds_the_count(qtbot: QtBot, desktop: Desktop) -> None:
    desktop.work(timedelta(minutes=10))
    due = next_break_at(desktop)
    with qtbot.waitSignal(desktop.app.senses.locked, timeout=WAIT_MS):
        desktop.shield(True)
    desktop.work(SHORTER_THAN_THE_BREAK)
    with qtbot.waitSignal(desktop.app.senses.unlocked, timeout=WAIT_MS):
        desktop.shield(False)
    assert desktop.app.status().breaks_today == 0
    assert HistoryEventKind.NATURAL not in desktop.history()
    # The ten minutes worked still count; the seconds locked were not work.
    assert next_break_at(desktop) == due + SHORTER_THAN_THE_BREAK


def test_a_suspend_shorter_than_the_break_only_holds_the_count(
    qtbot: QtBot, desktop: Desktop
) -> None:
    desktop.work(timedelta(minutes=10))
    due = next_break_at(desktop)
    with qtbot.waitSignal(desktop.app.senses.sleeping, timeout=WAIT_MS):
        desktop.prepare_for_sleep(True)
    desktop.work(SHORTER_THAN_THE_BREAK)
    with qtbot.waitSignal(desktop.app.senses.woke, timeout=WAIT_MS):
        desktop.prepare_for_sleep(False)
    assert desktop.app.status().breaks_today == 0
    assert next_break_at(desktop) == due + SHORTER_THAN_THE_BREAK


# -- the warning's Snooze, pressed on the notification daemon --------------------------------


def test_snooze_pressed_on_the_warning_puts_the_break_off(qtbot: QtBot, desktop: Desktop) -> None:
    daemon = desktop.mocks["notifications"]
    scheduler = desktop.app.session.scheduler
    assert isinstance(scheduler, HandScheduler)
    qtbot.waitUntil(lambda: scheduler.planned is not None, timeout=WAIT_MS)
    assert scheduler.planned is not None
    desktop.clock.current = scheduler.planned  # the warning, half a minute before the break
    scheduler.fire()
    qtbot.waitUntil(
        lambda: bool(daemon.method_calls(NOTIFICATIONS_PATH, "Notify")), timeout=WAIT_MS
    )
    daemon.emit(NOTIFICATIONS_PATH, NOTIFICATIONS, "ActionInvoked", "us", 1, ACTION_SNOOZE)
    qtbot.waitUntil(lambda: desktop.app.status().state == "snoozed", timeout=WAIT_MS)
    assert HistoryEventKind.SNOOZED in desktop.history()


# -- woken to a locked screen ----------------------------------------------------------------


def test_waking_to_a_locked_screen_is_still_away(qtbot: QtBot, desktop: Desktop) -> None:
    # The screen locks as the lid closes; the computer wakes to the lock screen and nobody
    # is there to type the password for half an hour.
    desktop.work(timedelta(minutes=10))
    with qtbot.waitSignal(desktop.app.senses.locked, timeout=WAIT_MS):
        desktop.shield(True)
    with qtbot.waitSignal(desktop.app.senses.sleeping, timeout=WAIT_MS):
        desktop.prepare_for_sleep(True)
    desktop.work(timedelta(hours=1))
    with qtbot.waitSignal(desktop.app.senses.woke, timeout=WAIT_MS):
        desktop.prepare_for_sleep(False)
    assert desktop.app.status().breaks_today == 1  # the sleep was the break
    desktop.work(timedelta(minutes=30))
    status = desktop.app.status()
    assert status.idle  # still away: the lock screen is no work
    assert status.state == "counting"  # no break offered to a locked screen
    with qtbot.waitSignal(desktop.app.senses.unlocked, timeout=WAIT_MS):
        desktop.shield(False)
    # Back at the desk: a fresh count from the unlock, and no second break for the same time.
    assert next_break_at(desktop) == desktop.clock.now() + EVERY
    assert desktop.app.status().breaks_today == 1
