"""Suspend/resume, wall-clock jumps and screen lock, as Qt signals: `SleepWatcher`.

Suspend and resume come from two sources:

- logind's org.freedesktop.login1.Manager.PrepareForSleep(bool start) on the system bus:
  `true` just before the machine sleeps, `false` right after it wakes.
- A gap check that works everywhere (`GapDetector`): a coarse timer ticks every minute and
  compares how far three clocks moved since the last tick:

  - the *awake* clock (time.monotonic). On Linux (CLOCK_MONOTONIC) and macOS
    (mach_absolute_time) it stands still while the machine sleeps; on Windows
    (GetTickCount64) it runs on.
  - the *since-boot* clock: runs while asleep and is never set. Linux CLOCK_BOOTTIME;
    Darwin's CLOCK_MONOTONIC (which, unlike Python's time.monotonic there, counts sleep);
    elsewhere there is none and the awake clock stands in.
  - the wall clock (time.time), which people and NTP may set.

  since-boot minus awake is the time spent suspended. On Windows that is 0, but Qt's timer
  then fires late by the time asleep, so lateness beyond the interval counts as asleep too
  (which also covers a process stopped with SIGSTOP, or a frozen VM). wall minus since-boot
  is a clock change. Comparing the awake clock with the wall clock alone, as is common,
  cannot tell a suspend from the clock being set forward on Linux and macOS; since-boot can.

  Qt's timers run on the awake clock, so after a long suspend the check notices within one
  interval of waking (logind tells at once). One tick a minute costs a few microseconds.

Screen lock comes from two sources:

- the ActiveChanged(bool) signal that screen lockers emit on the session bus:
  org.freedesktop.ScreenSaver (KDE, emitted on both of its object paths),
  org.gnome.ScreenSaver (GNOME Shell's shield), and the gnome-screensaver family's own
  interfaces (Xfce, MATE, Cinnamon). Duplicates are dropped: only a change of state is
  signalled.
- logind's Lock() and Unlock() signals on our own session's object
  (org.freedesktop.login1.Session, on the system bus): what `loginctl lock-session` and
  `unlock-session` send, and what swayidle and other lockers without a D-Bus interface of
  their own lock on. Each is news whatever the state: such a locker unlocks without a word,
  so a state remembered as "locked" may be stale. A locker's ActiveChanged that follows
  (GNOME and KDE lock on logind's signal too) is then the same news, and dropped.
"""

from __future__ import annotations

import functools
import logging
import os
import sys
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from backbreak.qt import QObject, Qt, QTimer, Signal, Slot

if TYPE_CHECKING:
    from backbreak.platform.dbus import Bus, Subscription

log = logging.getLogger(__name__)

GAP_CHECK_INTERVAL_MS = 60_000
# Suspends and clock jumps shorter than this are not worth a signal to a break timer, and
# keep the check clear of timer jitter and of NTP slewing the wall clock.
MIN_GAP_S = 30.0

LOGIND = ("org.freedesktop.login1", "/org/freedesktop/login1", "org.freedesktop.login1.Manager")
LOGIND_SESSION_INTERFACE = "org.freedesktop.login1.Session"
SCREEN_SAVER_INTERFACES = (
    "org.freedesktop.ScreenSaver",
    "org.gnome.ScreenSaver",
    "org.xfce.ScreenSaver",
    "org.mate.ScreenSaver",
    "org.cinnamon.ScreenSaver",
)


def default_since_boot_clock(platform: str = sys.platform) -> Callable[[], float]:
    """A clock that runs while the machine sleeps and that nobody sets (see module text)."""
    if platform.startswith("linux"):
        name = "CLOCK_BOOTTIME"
    elif platform == "darwin":
        name = "CLOCK_MONOTONIC"  # Darwin's, unlike Python's time.monotonic there, counts sleep
    else:
        return time.monotonic
    clock_id: int | None = getattr(time, name, None)
    if clock_id is None:
        return time.monotonic
    return functools.partial(time.clock_gettime, clock_id)


def logind_session_path(system_bus: Bus, environ: Mapping[str, str]) -> str | None:
    """The object path of our logind session, or None (no logind, or no session).

    Asked of logind rather than built from XDG_SESSION_ID: logind escapes the id in the
    path ("2" is .../session/_32). Without XDG_SESSION_ID (started by a user service, not
    from the session), "auto" is the caller's session, else the user's graphical one.
    """
    service, path, interface = LOGIND
    session_id = environ.get("XDG_SESSION_ID") or "auto"
    reply = system_bus.call(service, path, interface, "GetSession", session_id)
    if not reply:
        return None
    found = reply[0]
    # QtDBus hands an object path ("o") as QDBusObjectPath.
    text = found.path() if hasattr(found, "path") else str(found)
    return text or None


@dataclass(frozen=True)
class ClockReading:
    awake: float
    since_boot: float
    wall: float


class Clocks:
    """The three clocks the gap check reads; inject fakes in tests."""

    def __init__(
        self,
        *,
        awake: Callable[[], float] = time.monotonic,
        since_boot: Callable[[], float] | None = None,
        wall: Callable[[], float] = time.time,
    ) -> None:
        self.awake = awake
        self.since_boot = since_boot if since_boot is not None else default_since_boot_clock()
        self.wall = wall

    def read(self) -> ClockReading:
        return ClockReading(self.awake(), self.since_boot(), self.wall())


@dataclass(frozen=True)
class Gap:
    """What happened between two readings: seconds asleep (or not running), and seconds the
    wall clock was moved by (positive: forward)."""

    asleep: float
    clock_jump: float


def measure_gap(before: ClockReading, after: ClockReading, expected_s: float) -> Gap:
    """The gap between two readings taken `expected_s` apart by a timer (see module text)."""
    awake = after.awake - before.awake
    since_boot = after.since_boot - before.since_boot
    suspended = max(0.0, since_boot - awake)
    late = max(0.0, awake - expected_s)
    return Gap(asleep=suspended + late, clock_jump=(after.wall - before.wall) - since_boot)


class GapDetector:
    """Remembers the last reading; `check()` at every timer tick."""

    def __init__(self, clocks: Clocks, interval_s: float) -> None:
        self.clocks = clocks
        self.interval_s = interval_s
        self._last = clocks.read()

    def restart(self) -> ClockReading:
        self._last = self.clocks.read()
        return self._last

    def check(self) -> Gap:
        now = self.clocks.read()
        gap = measure_gap(self._last, now, self.interval_s)
        self._last = now
        return gap


class SleepWatcher(QObject):
    """Signals when the machine sleeps and wakes, the wall clock jumps, the screen locks.

    Call start() with the buses to listen on (None: that source is skipped); the gap check
    runs whatever the buses. Tests drive it through check_gap(), on_prepare_for_sleep(),
    on_screen_saver_active(), on_session_lock() and on_session_unlock(), which are also the
    slots the D-Bus signals arrive at.
    """

    about_to_sleep = Signal()
    woke = Signal(float)  # seconds asleep (or not running) about
    clock_changed = Signal(float)  # seconds the wall clock moved by, beyond time passing
    locked = Signal()
    unlocked = Signal()

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        clocks: Clocks | None = None,
        interval_ms: int = GAP_CHECK_INTERVAL_MS,
        min_gap_s: float = MIN_GAP_S,
    ) -> None:
        super().__init__(parent)
        self._detector = GapDetector(clocks or Clocks(), interval_ms / 1000)
        self._min_gap_s = min_gap_s
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        # Whole-second precision lets the OS batch this wake-up with others.
        self._timer.setTimerType(Qt.TimerType.VeryCoarseTimer)
        self._timer.timeout.connect(self.check_gap)
        self._sleep_started: ClockReading | None = None
        self._locked: bool | None = None
        self._subscriptions: list[Subscription] = []

    @property
    def is_locked(self) -> bool | None:
        """The screen lock's last known state; None before any locker said anything."""
        return self._locked

    @property
    def sources(self) -> list[str]:
        """What this watcher listens to, for the log: "gap-check", "logind",
        "logind-lock", "screen-lock"."""
        names = ["gap-check"] if self._timer.isActive() else []
        members = {subscription.signal for subscription in self._subscriptions}
        if "PrepareForSleep" in members:
            names.append("logind")
        if "Lock" in members:
            names.append("logind-lock")
        if "ActiveChanged" in members:
            names.append("screen-lock")
        return names

    def start(
        self,
        *,
        session_bus: Bus | None = None,
        system_bus: Bus | None = None,
        environ: Mapping[str, str] = os.environ,
    ) -> None:
        """Listen on the buses given; `environ` names our logind session (XDG_SESSION_ID)."""
        self.stop()
        if system_bus is not None:
            self._subscribe_to_logind(system_bus, environ)
        if session_bus is not None:
            for interface in SCREEN_SAVER_INTERFACES:
                # Any sender and any path: each locker uses its own object path(s).
                spec = ("", "", interface, "ActiveChanged", "on_screen_saver_active(bool)")
                self._subscribe(session_bus, spec)
        self._detector.restart()
        self._timer.start()
        log.info("watching for sleep and lock: %s", ", ".join(self.sources))

    def stop(self) -> None:
        self._timer.stop()
        for subscription in self._subscriptions:
            subscription.cancel()
        self._subscriptions.clear()

    def _subscribe_to_logind(self, system_bus: Bus, environ: Mapping[str, str]) -> None:
        service, path, interface = LOGIND
        spec = (service, path, interface, "PrepareForSleep", "on_prepare_for_sleep(bool)")
        self._subscribe(system_bus, spec)
        session_path = logind_session_path(system_bus, environ)
        if session_path is None:
            return
        # Our session's object only: another user's session locking (fast user switching)
        # is not this person stepping away.
        for member, slot in (("Lock", "on_session_lock()"), ("Unlock", "on_session_unlock()")):
            self._subscribe(
                system_bus, (service, session_path, LOGIND_SESSION_INTERFACE, member, slot)
            )

    def _subscribe(self, bus: Bus, spec: tuple[str, str, str, str, str]) -> None:
        service, path, interface, member, slot = spec
        subscription = bus.subscribe(service, path, interface, member, self, slot)
        if subscription is not None:
            self._subscriptions.append(subscription)
        else:
            log.info("cannot listen to %s.%s on %r", interface, member, bus)

    # -- the gap check -----------------------------------------------------------------------

    @Slot()
    def check_gap(self) -> None:
        gap = self._detector.check()
        if gap.asleep >= self._min_gap_s:
            # A sleep logind announced ends here if its "woke" has not arrived yet.
            self._sleep_started = None
            log.info("woke after about %.0f s asleep (gap check)", gap.asleep)
            self.woke.emit(gap.asleep)
        if abs(gap.clock_jump) >= self._min_gap_s:
            log.info("the wall clock moved by %+.0f s", gap.clock_jump)
            self.clock_changed.emit(gap.clock_jump)

    def check_now(self) -> None:
        """Compare the clocks now, between ticks (before the app hands the planner a new
        instant, so that a wall-clock jump is noticed at once, not up to a minute later).
        Only while the watcher runs: a stopped watcher's last reading is stale."""
        if self._timer.isActive():
            self.check_gap()

    # -- logind ------------------------------------------------------------------------------

    @Slot(bool)
    def on_prepare_for_sleep(self, starting: bool) -> None:
        if starting:
            # The gap check keeps running: if logind's "woke" is lost, it still notices.
            self._sleep_started = self._detector.clocks.read()
            log.info("about to sleep")
            self.about_to_sleep.emit()
            return
        started, self._sleep_started = self._sleep_started, None
        if started is None:
            return  # the gap check reported this wake already, or no sleep was announced
        # Count the sleep from logind's pair of signals, then start the gap check afresh so
        # that its next tick does not report the same sleep again.
        now = self._detector.restart()
        asleep = measure_gap(started, now, expected_s=float("inf")).asleep
        self._timer.start()
        log.info("woke after %.0f s asleep (logind)", asleep)
        self.woke.emit(asleep)

    # -- screen lock -------------------------------------------------------------------------

    @Slot(bool)
    def on_screen_saver_active(self, active: bool) -> None:
        if active == self._locked:
            return  # the same news from another path or interface
        self._locked = active
        log.info("screen %s", "locked" if active else "unlocked")
        (self.locked if active else self.unlocked).emit()

    @Slot()
    def on_session_lock(self) -> None:
        # Always news (see the module text): a remembered "locked" may be stale.
        self._locked = True
        log.info("screen locked (logind)")
        self.locked.emit()

    @Slot()
    def on_session_unlock(self) -> None:
        self._locked = False
        log.info("screen unlocked (logind)")
        self.unlocked.emit()
