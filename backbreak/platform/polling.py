"""Push-style senses made from backends that can only be asked (`idle_seconds()`,
`active()`): a timer asks while the answer matters, and signals carry what was seen.

The app listens to the signals only, so a source that pushes by itself (a Wayland
compositor's ext-idle-notify, swayidle) can take an adapter's place without the app
changing. Signals repeat what is still true at every poll ("away" while away); a listener
acts only on what is news to it, which also keeps it right when something else (the screen
lock) told it the same in between.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from backbreak.platform.calls import CALL
from backbreak.qt import QObject, QtCore, QTimer, Signal

# How often to ask while it matters (only inside working hours, or while a break waits for
# do-not-disturb). A minute without touching anything is a glance away from the screen,
# which is what a micro break is for; 15 s keeps that within a quarter of it.
POLL_INTERVAL_MS = 15_000


class IdleSource(Protocol):
    """Where the senses hear that the person went away or came back: PolledIdle (asks a
    monitor) or a source the compositor pushes to (platform.wayland_idle.WaylandIdle).

    `away` carries the seconds without input, at or past the threshold; `back` follows
    input after that. A source is a QObject the senses adopt (setParent)."""

    name: str

    @property
    def away(self) -> QtCore.SignalInstance: ...

    @property
    def back(self) -> QtCore.SignalInstance: ...

    @property
    def watching(self) -> bool: ...

    def setParent(self, parent: QObject | None) -> None: ...

    def set_threshold(self, seconds: float) -> None: ...

    def watch(self, wanted: bool) -> None: ...

    def poll(self) -> None: ...

    def stop(self) -> None: ...


class PolledIdle(QObject):
    """Idle time asked of a monitor; tells when the person is away and when they are back."""

    away = Signal(float)  # seconds since the last input, at or past the threshold
    back = Signal()

    def __init__(
        self,
        idle_seconds: Callable[[], float | None],
        name: str,
        *,
        threshold_s: float,
        interval_ms: int = POLL_INTERVAL_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.name = name
        self._idle_seconds = idle_seconds
        self._threshold_s = threshold_s
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.poll)

    def set_threshold(self, seconds: float) -> None:
        self._threshold_s = seconds

    def watch(self, wanted: bool) -> None:
        """Ask from now on (or stop asking): idle time is needed only while it matters."""
        if wanted and not self._timer.isActive():
            self._timer.start()
        elif not wanted and self._timer.isActive():
            self._timer.stop()

    @property
    def watching(self) -> bool:
        return self._timer.isActive()

    def poll(self) -> None:
        seconds = self._idle_seconds()
        if seconds is None:  # could not be told this time
            return
        if seconds >= self._threshold_s:
            self.away.emit(seconds)
        else:
            self.back.emit()

    def stop(self) -> None:
        self._timer.stop()


class PolledDnd(QObject):
    """Do-not-disturb (or a full-screen window) asked of the desktop; or, made with
    `polled_calls`, whether the person is in a call.

    Asking costs a few D-Bus round trips (a call: a run of pactl and a look through /proc, some
    15 ms), so it is asked when a break falls due (`poll()`) and, while a break waits for it,
    every POLL_INTERVAL_MS."""

    seen = Signal(bool)  # on or off, when it could be told

    def __init__(
        self,
        active: Callable[[], bool | None],
        cause: Callable[[], str | None] | None = None,
        *,
        interval_ms: int = POLL_INTERVAL_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._active = active
        self._cause_of = cause
        # What held the break back at the last "on" (platform.dnd's FULL_SCREEN or
        # DO_NOT_DISTURB; None: not known), to tell the person the real reason.
        self.cause: str | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.poll)

    def watch(self, wanted: bool) -> None:
        if wanted and not self._timer.isActive():
            self._timer.start()
        elif not wanted and self._timer.isActive():
            self._timer.stop()

    @property
    def watching(self) -> bool:
        return self._timer.isActive()

    def poll(self) -> None:
        active = self._active()
        if active:
            self.cause = self._cause_of() if self._cause_of is not None else None
        if active is not None:
            self.seen.emit(active)

    def stop(self) -> None:
        self._timer.stop()


def polled_calls(
    in_call: Callable[[], bool | None], *, interval_ms: int = POLL_INTERVAL_MS
) -> PolledDnd:
    """A call sense (platform.calls): asked like do-not-disturb, since a break waits for a
    call the way it waits for do-not-disturb, and its cause is always platform.calls.CALL."""
    return PolledDnd(in_call, lambda: CALL, interval_ms=interval_ms)
