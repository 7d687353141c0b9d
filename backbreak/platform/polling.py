"""Push-style senses made from backends that can only be asked (`idle_seconds()`,
`active()`, `in_call()`): a timer asks while the answer matters, and signals carry what was
seen. A call is asked on a worker thread (PolledCalls), the rest on the GUI thread.

The app listens to the signals only, so a source that pushes by itself (a Wayland
compositor's ext-idle-notify, swayidle) can take an adapter's place without the app
changing. Signals repeat what is still true at every poll ("away" while away); a listener
acts only on what is news to it, which also keeps it right when something else (the screen
lock) told it the same in between.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Protocol

from backbreak.platform.calls import CALL
from backbreak.qt import QObject, QtCore, Signal, make_timer

log = logging.getLogger(__name__)

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

    def setParent(self, parent: QObject | None) -> None: ...  # noqa: N802 - Qt's name

    def set_threshold(self, seconds: float) -> None: ...

    def watch(self, wanted: bool) -> None: ...

    def poll(self) -> None: ...

    def stop(self) -> None: ...


class _Asking(QObject):
    """A sense that asks every POLL_INTERVAL_MS while it is watched (`watch`), and not at all
    otherwise: the three polled senses share this timer's handling."""

    def __init__(self) -> None:
        super().__init__()
        self._timer = make_timer(self, self._on_tick, interval_ms=POLL_INTERVAL_MS)

    def _on_tick(self) -> None:
        self.poll()

    def poll(self) -> None:
        raise NotImplementedError

    def watch(self, wanted: bool) -> None:
        """Ask from now on (or stop asking): only while the answer matters."""
        if wanted and not self._timer.isActive():
            self._timer.start()
        elif not wanted and self._timer.isActive():
            self._timer.stop()

    @property
    def watching(self) -> bool:
        return self._timer.isActive()

    def stop(self) -> None:
        self._timer.stop()


class PolledIdle(_Asking):
    """Idle time asked of a monitor; tells when the person is away and when they are back."""

    away = Signal(float)  # seconds since the last input, at or past the threshold
    back = Signal()

    def __init__(
        self, idle_seconds: Callable[[], float | None], name: str, *, threshold_s: float
    ) -> None:
        super().__init__()
        self.name = name
        self._idle_seconds = idle_seconds
        self._threshold_s = threshold_s

    def set_threshold(self, seconds: float) -> None:
        self._threshold_s = seconds

    def poll(self) -> None:
        seconds = self._idle_seconds()
        if seconds is None:  # could not be told this time
            return
        if seconds >= self._threshold_s:
            self.away.emit(seconds)
        else:
            self.back.emit()


class PolledDnd(_Asking):
    """Do-not-disturb (or a full-screen window) asked of the desktop.

    Asking costs a few D-Bus round trips, so it is asked when a break falls due (`poll()`)
    and, while a break waits for it, every POLL_INTERVAL_MS."""

    seen = Signal(bool)  # on or off, when it could be told

    def __init__(
        self, active: Callable[[], bool | None], cause: Callable[[], str | None] | None = None
    ) -> None:
        super().__init__()
        self._active = active
        self._cause_of = cause
        # What held the break back at the last "on" (platform.dnd's FULL_SCREEN or
        # DO_NOT_DISTURB; None: not known), to tell the person the real reason.
        self.cause: str | None = None

    def poll(self) -> None:
        active = self._active()
        if active:
            self.cause = self._cause_of() if self._cause_of is not None else None
        if active is not None:
            self.seen.emit(active)


# An answer about calls younger than this is taken as it is when a break falls due: it was
# asked at the warning, half a minute before. An older one is asked again first.
CALL_ANSWER_FRESH_S = 60.0
# The longest a check can take (pactl's and pw-dump's timeouts, and /proc), and more.
CALL_WAIT_S = 5.0


class PolledCalls(_Asking):
    """Whether the person is in a call (platform.calls), asked on a worker thread: a look
    through /proc and runs of pactl and pw-dump take 20 ms on a quiet desktop and over
    100 ms on a busy one, too long to stall the tray for every POLL_INTERVAL_MS.

    `poll()` asks in the background (the timer while a break waits; a wake-up before a
    warning or a break, which goes on with `then` once the answer is told); `seen` comes on
    the GUI thread."""

    seen = Signal(bool)  # in a call or not, when it could be told
    _answered = Signal()  # from the worker thread: an answer is waiting to be told

    def __init__(self, in_call: Callable[[], bool | None]) -> None:
        super().__init__()
        self._in_call = in_call
        self.cause = CALL  # what holds a break back, as PolledDnd.cause says it
        self._worker: threading.Thread | None = None
        self._lock = threading.Lock()
        self._answers: list[bool | None] = []  # answered on the worker, not yet told
        self._then: list[Callable[[], None]] = []  # to run once the answer is told
        # A worker asks and its answer is not told yet (set and cleared on the GUI thread).
        self._asking = False
        self._answered_at: float | None = None  # time.monotonic() of the last answer told
        self._stopped = False
        self._answered.connect(self._tell)  # queued: the worker emits it

    @property
    def fresh(self) -> bool:
        """An answer was told less than CALL_ANSWER_FRESH_S ago."""
        told = self._answered_at
        return told is not None and time.monotonic() - told < CALL_ANSWER_FRESH_S

    def poll(self, then: Callable[[], None] | None = None) -> None:
        """Ask in the background (unless an answer is being asked for already: then wait for
        that one), and run `then` once the answer is told (or could not be)."""
        if self._stopped:
            return
        if then is not None:
            self._then.append(then)
        if self._asking:  # its answer will be told, and `then` run, soon
            return
        self._asking = True
        if self._worker is not None:  # its answer was told: it has ended, or is ending
            self._worker.join(CALL_WAIT_S)
        self._worker = threading.Thread(target=self._ask, name="backbreak-calls", daemon=True)
        self._worker.start()

    def wait(self, timeout_s: float = CALL_WAIT_S) -> None:
        """Wait for the answer being asked in the background, and tell it now."""
        if self._worker is not None:
            self._worker.join(timeout_s)
        self._tell()

    def stop(self) -> None:
        """Stop asking; wait for a question under way (no thread is left behind)."""
        self._timer.stop()
        self._stopped = True
        self._then.clear()
        if self._worker is not None:
            self._worker.join(CALL_WAIT_S)
            self._worker = None

    def _ask(self) -> None:
        try:
            answer = self._in_call()
        except Exception:  # never lose the worker's failure, nor stop the senses for it
            log.exception("asking whether a call goes on failed")
            answer = None
        self._keep(answer)
        self._answered.emit()

    def _keep(self, answer: bool | None) -> None:
        with self._lock:
            self._answers.append(answer)

    def _tell(self) -> None:
        with self._lock:
            answers, self._answers = self._answers, []
        if not answers:  # told already (wait() ran before the queued signal came)
            return
        self._asking = False
        for answer in answers:
            if self._stopped or answer is None:  # could not be told this time
                continue
            self._answered_at = time.monotonic()
            self.seen.emit(answer)
        then, self._then = self._then, []
        for callback in then:
            if not self._stopped:
                callback()
