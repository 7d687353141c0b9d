"""What the desktop tells the app, as events: the person went away or came back,
do-not-disturb (or a call) began or ended, the computer sleeps or woke, the screen locked or
unlocked, the wall clock was set.

Each sense comes from the first backend that works here (backbreak.platform), or from none.
Backends that can only be asked sit behind platform.polling's adapters; the break session
listens to the signals and never asks a backend itself.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from backbreak.platform.polling import IdleSource, PolledCalls, PolledDnd, PolledIdle
from backbreak.qt import QObject, Signal

if TYPE_CHECKING:
    from backbreak.platform.sleep import SleepWatcher
    from backbreak.qt import QtWidgets

log = logging.getLogger(__name__)


class DesktopSenses(QObject):
    """The desktop's events for the break session, from whatever sources were found."""

    away = Signal(float)  # seconds without input (at or past the idle threshold)
    back = Signal()
    # Whether a break may interrupt now: on while do-not-disturb is, or a call goes on (a
    # break waits for both alike; `dnd_cause` says which).
    dnd_seen = Signal(bool)
    sleeping = Signal()
    woke = Signal(float)  # seconds asleep, when only the clocks noticed the sleep
    locked = Signal()
    unlocked = Signal()
    clock_changed = Signal(float)  # seconds the wall clock moved beyond time passing

    def __init__(
        self,
        *,
        idle: IdleSource | None = None,
        dnd: PolledDnd | None = None,
        calls: PolledCalls | None = None,
        buses: tuple[Any, Any] = (None, None),
        watch_sleep: bool = False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._idle = idle
        self._dnd = dnd
        self._session_bus, self._system_bus = buses
        self._watch_sleep = watch_sleep
        self._sleep: SleepWatcher | None = None
        if idle is not None:
            idle.setParent(self)
            idle.away.connect(self.away)
            idle.back.connect(self.back)
        # The last answer of each: one going off leaves the break waiting for the other.
        self._dnd_on = self._call_on = False
        self._heed_calls = True  # the setting "schedule.during_calls" is "wait"
        if dnd is not None:
            dnd.setParent(self)
            dnd.seen.connect(self._dnd_seen)
        self._calls = calls
        if calls is not None:
            calls.setParent(self)
            calls.seen.connect(self._call_seen)

    @classmethod
    def asking(
        cls,
        *,
        idle_seconds: Callable[[], float | None] | None = None,
        idle_name: str = "none",
        idle_threshold_s: float = 60.0,
        dnd_active: Callable[[], bool | None] | None = None,
        dnd_cause: Callable[[], str | None] | None = None,
        in_call: Callable[[], bool | None] | None = None,
    ) -> DesktopSenses:
        """Senses from backends that can be asked (and no sleep watch): what detect() finds,
        or what a test hands in."""
        idle = (
            PolledIdle(idle_seconds, idle_name, threshold_s=idle_threshold_s)
            if idle_seconds is not None
            else None
        )
        dnd = PolledDnd(dnd_active, dnd_cause) if dnd_active is not None else None
        calls = PolledCalls(in_call) if in_call is not None else None
        return cls(idle=idle, dnd=dnd, calls=calls)

    @classmethod
    def detect(cls, app: QtWidgets.QApplication, *, idle_threshold_s: float) -> DesktopSenses:
        from backbreak.platform.calls import detect_calls
        from backbreak.platform.dnd import detect_do_not_disturb
        from backbreak.platform.idle import detect_idle_monitor

        session_bus = system_bus = x_display = None
        if sys.platform not in ("win32", "darwin"):
            from backbreak.platform.dbus import Bus
            from backbreak.platform.x11 import XDisplay

            session_bus = Bus.session(os.environ)
            system_bus = Bus.system()
            # Only Qt's X11 platform shares the X server's view of input; under Wayland,
            # XWayland does not see input to Wayland windows.
            if app.platformName() == "xcb" and os.environ.get("DISPLAY"):
                x_display = XDisplay.open(os.environ["DISPLAY"])
        idle: IdleSource | None = None
        if os.environ.get("WAYLAND_DISPLAY"):
            # The compositor says when the person leaves and comes back (ext-idle-notify or
            # KDE's idle protocol); GNOME's Mutter offers neither, and its D-Bus idle
            # monitor below is asked instead. Asked whichever platform Qt runs on: the source
            # has a connection of its own, and with Qt on XWayland (QT_QPA_PLATFORM=xcb)
            # the X server never sees the input that goes to Wayland windows.
            try:
                from backbreak.platform.wayland_idle import open_wayland_idle
            except ImportError:  # pywayland missing (installed without its dependencies)
                log.warning("pywayland is not installed: no idle time from the compositor")
            else:
                idle = open_wayland_idle(os.environ, threshold_s=idle_threshold_s)
        if idle is None:
            monitor = detect_idle_monitor(os.environ, session_bus=session_bus, x_display=x_display)
            if monitor is not None:
                idle = PolledIdle(monitor.idle_seconds, monitor.name, threshold_s=idle_threshold_s)
        found = detect_do_not_disturb(os.environ, session_bus=session_bus, x_display=x_display)
        dnd = None if found is None else PolledDnd(found.active, lambda: found.cause)
        in_call = detect_calls(os.environ)
        calls = None if in_call is None else PolledCalls(in_call.in_call)
        return cls(
            idle=idle, dnd=dnd, calls=calls, buses=(session_bus, system_bus), watch_sleep=True
        )

    @property
    def idle_name(self) -> str:
        """Where idle time comes from, for `status` ("none": natural breaks are off)."""
        return self._idle.name if self._idle is not None else "none"

    @property
    def dnd_cause(self) -> str | None:
        """What holds a break back: platform.calls' CALL while a call goes on, else what held
        it back at do-not-disturb's last "on" (platform.dnd's FULL_SCREEN or DO_NOT_DISTURB),
        or None (not known)."""
        if self._call_on and self._calls is not None:
            return self._calls.cause
        return self._dnd.cause if self._dnd is not None else None

    def heed_calls(self, heeded: bool) -> None:
        """Whether a call holds a break back (the setting "schedule.during_calls"). Ignored
        from now on, a call going on lets a waiting break come."""
        self._heed_calls = heeded
        if not heeded:
            if self._calls is not None:
                self._calls.watch(False)
            if self._call_on:
                self._call_seen(False)

    def _dnd_seen(self, on: bool) -> None:
        self._dnd_on = on
        self.dnd_seen.emit(self._dnd_on or self._call_on)

    def _call_seen(self, on: bool) -> None:
        self._call_on = on and self._heed_calls
        self.dnd_seen.emit(self._dnd_on or self._call_on)

    @property
    def screen_locked(self) -> bool:
        """Whether the last lock signal said locked (False: unlocked, or not known)."""
        return self._sleep is not None and self._sleep.is_locked is True

    def start(self) -> None:
        if not self._watch_sleep:
            return
        from backbreak.platform.sleep import SleepWatcher

        watcher = SleepWatcher(self)
        watcher.about_to_sleep.connect(self.sleeping)
        watcher.woke.connect(self.woke)
        watcher.clock_changed.connect(self.clock_changed)
        watcher.locked.connect(self.locked)
        watcher.unlocked.connect(self.unlocked)
        watcher.start(session_bus=self._session_bus, system_bus=self._system_bus)
        log.info("sleep and lock from: %s", ", ".join(watcher.sources) or "nothing")
        self._sleep = watcher

    def stop(self) -> None:
        """Stop asking, stop the gap check, leave the D-Bus signals we subscribed to."""
        if self._idle is not None:
            self._idle.stop()
        if self._dnd is not None:
            self._dnd.stop()
        if self._calls is not None:
            self._calls.stop()
        if self._sleep is not None:
            self._sleep.stop()
            self._sleep = None

    def set_idle_threshold(self, seconds: float) -> None:
        if self._idle is not None:
            self._idle.set_threshold(seconds)

    def watch_for(self, *, idle: bool, dnd: bool) -> None:
        """Ask only while it matters: idle time inside working hours while a break could
        come, do-not-disturb (and calls) while a break waits for it."""
        if self._idle is not None:
            self._idle.watch(idle)
        if self._dnd is not None:
            self._dnd.watch(dnd)
        if self._calls is not None:
            self._calls.watch(dnd and self._heed_calls)

    @property
    def watching(self) -> bool:
        return any(s is not None and s.watching for s in (self._idle, self._dnd, self._calls))

    def poll(self) -> None:
        """Ask every source now (the timers do this while it matters)."""
        for source in (self._dnd, self._calls):
            if source is not None and source.watching:
                source.poll()
        if self._idle is not None:
            self._idle.poll()

    def check_dnd(self) -> None:
        """A break may fall due now: ask whether do-not-disturb is on, so it waits if so."""
        if self._dnd is not None:
            self._dnd.poll()

    def ask_about_calls(self, then: Callable[[], None]) -> bool:
        """A warning or a break may come now: unless the last answer about a call is fresh,
        ask it in the background, and run `then` once it is told (True). False: nothing to
        ask (no call sense, calls are ignored, or the answer is fresh); `then` is not run."""
        if self._calls is None or not self._heed_calls or self._calls.fresh:
            return False
        self._calls.poll(then)
        return True

    def wait_for_answers(self) -> None:
        """Wait for what is being asked in the background, and tell it now."""
        if self._calls is not None:
            self._calls.wait()

    def check_clocks(self) -> None:
        """Compare the clocks now, so that a wall-clock jump reaches the planner before the
        instant after it does (else the jump counts as work)."""
        if self._sleep is not None:
            self._sleep.check_now()
