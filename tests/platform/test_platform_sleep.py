"""Suspend, clock jumps and screen lock: the gap check with injected clocks, and logind and
screen-locker signals from a fake service on private buses."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from platform_helpers import FakeDesktop
from pytestqt.qtbot import QtBot

from backbreak.platform.dbus import Bus
from backbreak.platform.sleep import (
    LOGIND,
    ClockReading,
    Clocks,
    GapDetector,
    SleepWatcher,
    default_since_boot_clock,
    measure_gap,
)

MINUTE = 60.0
HOUR = 3600.0


class FakeClocks:
    """The three clocks, moved by hand."""

    def __init__(self) -> None:
        self.awake = 1000.0
        self.since_boot = 5000.0
        self.wall = 1_800_000_000.0

    def clocks(self) -> Clocks:
        return Clocks(
            awake=lambda: self.awake, since_boot=lambda: self.since_boot, wall=lambda: self.wall
        )

    def run(self, seconds: float) -> None:
        """Time passes with the machine awake."""
        self.awake += seconds
        self.since_boot += seconds
        self.wall += seconds

    def suspend(self, seconds: float) -> None:
        """Linux and macOS: the awake clock stands still while suspended."""
        self.since_boot += seconds
        self.wall += seconds

    def suspend_windows(self, seconds: float) -> None:
        """Windows: time.monotonic runs on while suspended, and there is no other clock."""
        self.run(seconds)


class Recorder:
    def __init__(self, watcher: SleepWatcher) -> None:
        self.events: list[tuple[str, float | None]] = []
        watcher.about_to_sleep.connect(lambda: self.events.append(("about_to_sleep", None)))
        watcher.woke.connect(lambda s: self.events.append(("woke", s)))
        watcher.clock_changed.connect(lambda s: self.events.append(("clock_changed", s)))
        watcher.locked.connect(lambda: self.events.append(("locked", None)))
        watcher.unlocked.connect(lambda: self.events.append(("unlocked", None)))


@pytest.fixture
def clock() -> FakeClocks:
    return FakeClocks()


@pytest.fixture
def watcher(qapp: object, clock: FakeClocks) -> Iterator[SleepWatcher]:
    watcher = SleepWatcher(clocks=clock.clocks())
    yield watcher
    watcher.stop()
    watcher.deleteLater()


# -- measuring a gap -------------------------------------------------------------------------


def reading(awake: float, since_boot: float, wall: float) -> ClockReading:
    return ClockReading(awake, since_boot, wall)


def test_a_punctual_tick_is_no_gap() -> None:
    gap = measure_gap(reading(0, 0, 0), reading(MINUTE, MINUTE, MINUTE), MINUTE)
    assert gap.asleep == 0 and gap.clock_jump == 0


def test_suspend_on_linux_and_macos() -> None:
    # The awake clock moved one interval; the since-boot and wall clocks an hour more.
    gap = measure_gap(reading(0, 0, 0), reading(MINUTE, MINUTE + HOUR, MINUTE + HOUR), MINUTE)
    assert gap.asleep == pytest.approx(HOUR)
    assert gap.clock_jump == pytest.approx(0)


def test_suspend_on_windows_shows_as_a_late_timer() -> None:
    later = MINUTE + HOUR
    gap = measure_gap(reading(0, 0, 0), reading(later, later, later), MINUTE)
    assert gap.asleep == pytest.approx(HOUR)
    assert gap.clock_jump == pytest.approx(0)


def test_clock_set_forward_is_not_a_suspend() -> None:
    # Comparing the awake clock with the wall clock alone would call this two hours asleep.
    gap = measure_gap(reading(0, 0, 0), reading(MINUTE, MINUTE, MINUTE + 2 * HOUR), MINUTE)
    assert gap.asleep == 0
    assert gap.clock_jump == pytest.approx(2 * HOUR)


def test_clock_set_back() -> None:
    gap = measure_gap(reading(0, 0, 0), reading(MINUTE, MINUTE, MINUTE - HOUR), MINUTE)
    assert gap.asleep == 0
    assert gap.clock_jump == pytest.approx(-HOUR)


def test_suspend_and_a_clock_change_together() -> None:
    # NTP steps the clock right after resume: both are told apart.
    after = reading(MINUTE, MINUTE + HOUR, MINUTE + HOUR + 90)
    gap = measure_gap(reading(0, 0, 0), after, MINUTE)
    assert gap.asleep == pytest.approx(HOUR)
    assert gap.clock_jump == pytest.approx(90)


def test_detector_measures_from_the_previous_tick(clock: FakeClocks) -> None:
    detector = GapDetector(clock.clocks(), MINUTE)
    clock.run(MINUTE)
    assert detector.check().asleep == 0
    clock.suspend(HOUR)
    clock.run(MINUTE)
    assert detector.check().asleep == pytest.approx(HOUR)
    clock.run(MINUTE)
    assert detector.check().asleep == 0  # reported once


def test_the_since_boot_clock_runs_with_the_awake_clock_while_awake() -> None:
    since_boot, awake = default_since_boot_clock(), Clocks().awake
    boot_0, awake_0 = since_boot(), awake()
    boot_1, awake_1 = since_boot(), awake()
    assert (boot_1 - boot_0) == pytest.approx(awake_1 - awake_0, abs=0.01)
    assert default_since_boot_clock("win32") is awake  # no separate clock there


# -- the watcher: gap check ----------------------------------------------------------------


def test_watcher_reports_a_suspend_found_by_the_gap_check(
    watcher: SleepWatcher, clock: FakeClocks
) -> None:
    events = Recorder(watcher).events
    watcher.start()
    clock.run(MINUTE)
    watcher.check_gap()
    assert events == []
    clock.suspend(2 * HOUR)
    clock.run(MINUTE)
    watcher.check_gap()
    assert events == [("woke", pytest.approx(2 * HOUR))]


def test_watcher_reports_windows_style_suspend(watcher: SleepWatcher, clock: FakeClocks) -> None:
    events = Recorder(watcher).events
    watcher.start()
    clock.suspend_windows(HOUR)
    clock.run(MINUTE)
    watcher.check_gap()
    assert events == [("woke", pytest.approx(HOUR))]


def test_watcher_reports_clock_changes(watcher: SleepWatcher, clock: FakeClocks) -> None:
    events = Recorder(watcher).events
    watcher.start()
    clock.run(MINUTE)
    clock.wall -= 3 * HOUR
    watcher.check_gap()
    assert events == [("clock_changed", pytest.approx(-3 * HOUR))]


def test_check_now_reports_a_jump_at_once_between_ticks(
    watcher: SleepWatcher, clock: FakeClocks
) -> None:
    events = Recorder(watcher).events
    watcher.start()
    clock.run(10)
    clock.wall += 3 * HOUR  # set forward ten seconds after the last tick
    watcher.check_now()  # the app asks before it hands the planner a new instant
    assert events == [("clock_changed", pytest.approx(3 * HOUR))]
    watcher.stop()
    clock.run(5 * MINUTE)  # a stopped watcher's last reading is stale: it says nothing
    watcher.check_now()
    assert len(events) == 1


def test_small_gaps_are_ignored(watcher: SleepWatcher, clock: FakeClocks) -> None:
    events = Recorder(watcher).events
    watcher.start()
    clock.run(MINUTE + 5)  # a timer a few seconds late
    clock.wall += 2  # NTP slewing
    watcher.check_gap()
    assert events == []


def test_the_real_timer_runs_the_gap_check(qtbot: QtBot, clock: FakeClocks) -> None:
    watcher = SleepWatcher(clocks=clock.clocks(), interval_ms=50)
    try:
        watcher.start()
        assert watcher.sources == ["gap-check"]
        clock.suspend(HOUR)
        with qtbot.waitSignal(watcher.woke, timeout=2000) as woke:
            pass
        assert woke.args == [pytest.approx(HOUR)]
    finally:
        watcher.stop()
        watcher.deleteLater()


# -- the watcher: logind and screen lockers over D-Bus -------------------------------------


def emit_prepare_for_sleep(fake: FakeDesktop, starting: bool) -> None:
    _service, path, interface = LOGIND
    fake.emit(path, interface, "PrepareForSleep", starting, bus="system")


def test_logind_announces_sleep_and_wake(
    qtbot: QtBot, watcher: SleepWatcher, clock: FakeClocks, fake: FakeDesktop, system_bus: Bus
) -> None:
    events = Recorder(watcher).events
    fake.own(LOGIND[0], bus="system")
    watcher.start(system_bus=system_bus)
    assert watcher.sources == ["gap-check", "logind"]

    with qtbot.waitSignal(watcher.about_to_sleep, timeout=3000):
        emit_prepare_for_sleep(fake, True)
    clock.suspend(40 * MINUTE)
    with qtbot.waitSignal(watcher.woke, timeout=3000):
        emit_prepare_for_sleep(fake, False)
    assert events == [("about_to_sleep", None), ("woke", pytest.approx(40 * MINUTE))]

    # The gap check does not report the same sleep again.
    clock.run(MINUTE)
    watcher.check_gap()
    assert len(events) == 2


def test_gap_check_first_then_logind_reports_once(
    qtbot: QtBot, watcher: SleepWatcher, clock: FakeClocks, fake: FakeDesktop, system_bus: Bus
) -> None:
    events = Recorder(watcher).events
    fake.own(LOGIND[0], bus="system")
    watcher.start(system_bus=system_bus)
    with qtbot.waitSignal(watcher.about_to_sleep, timeout=3000):
        emit_prepare_for_sleep(fake, True)
    clock.suspend(HOUR)
    clock.run(MINUTE)
    watcher.check_gap()  # the timer fired before logind's signal was delivered
    emit_prepare_for_sleep(fake, False)
    qtbot.wait(200)  # let logind's late "woke" arrive, and be dropped
    assert events == [("about_to_sleep", None), ("woke", pytest.approx(HOUR))]


def test_prepare_for_sleep_from_anyone_but_logind_is_ignored(
    qtbot: QtBot, watcher: SleepWatcher, fake: FakeDesktop, system_bus: Bus
) -> None:
    events = Recorder(watcher).events
    watcher.start(system_bus=system_bus)
    emit_prepare_for_sleep(fake, True)  # the fake does not own org.freedesktop.login1
    qtbot.wait(200)
    assert events == []


def test_screen_lock_from_kde_is_reported_once(
    qtbot: QtBot, watcher: SleepWatcher, fake: FakeDesktop, session_bus: Bus
) -> None:
    events = Recorder(watcher).events
    watcher.start(session_bus=session_bus)
    assert watcher.is_locked is None
    # KDE emits ActiveChanged on both paths it serves the interface at.
    with qtbot.waitSignal(watcher.locked, timeout=3000):
        for path in ("/ScreenSaver", "/org/freedesktop/ScreenSaver"):
            fake.emit(path, "org.freedesktop.ScreenSaver", "ActiveChanged", True)
    qtbot.wait(100)
    assert events == [("locked", None)]
    assert watcher.is_locked is True


def test_screen_lock_from_gnome_shell(
    qtbot: QtBot, watcher: SleepWatcher, fake: FakeDesktop, session_bus: Bus
) -> None:
    watcher.start(session_bus=session_bus)
    with qtbot.waitSignal(watcher.locked, timeout=3000):
        fake.emit("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver", "ActiveChanged", True)
    with qtbot.waitSignal(watcher.unlocked, timeout=3000):
        fake.emit("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver", "ActiveChanged", False)
    assert watcher.is_locked is False


def test_stop_unsubscribes(
    qtbot: QtBot, watcher: SleepWatcher, fake: FakeDesktop, session_bus: Bus
) -> None:
    events = Recorder(watcher).events
    watcher.start(session_bus=session_bus)
    assert watcher.sources == ["gap-check", "screen-lock"]
    watcher.stop()
    assert watcher.sources == []
    fake.emit("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver", "ActiveChanged", True)
    qtbot.wait(200)
    assert events == []
