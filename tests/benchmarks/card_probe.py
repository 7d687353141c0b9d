"""Run inside a desktop by bench_card.py: measures the break card in this process, prints JSON.

python3 card_probe.py SECONDS_OF_ANIMATION SHOWS
"""

from __future__ import annotations

import itertools
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

from backbreak.app.exercise_library import ExerciseSource
from backbreak.app.main import local_timezone
from backbreak.app.root import App
from backbreak.core.clock import SystemClock
from backbreak.core.planner import BreakKind, Planner, Rules
from backbreak.paths import Paths
from backbreak.qt import QObject, QtCore, QtWidgets


class EventClock(QObject):
    """Notes when an object gets events of one type: paints of a widget, or the ticks of an
    animation's frame timer."""

    def __init__(self, kind: QtCore.QEvent.Type = QtCore.QEvent.Type.Paint) -> None:
        super().__init__()
        self.kind = kind
        self.times: list[float] = []

        self.intervals: list[int] = []  # for a timer: its interval when it fired

    def clear(self) -> None:
        self.times.clear()
        self.intervals.clear()

    def eventFilter(self, watched: QtCore.QObject, event: QtCore.QEvent) -> bool:
        if event.type() == self.kind:
            self.times.append(time.perf_counter())
            if isinstance(watched, QtCore.QTimer):
                self.intervals.append(watched.interval())
        return False


def spin_until(app: QtWidgets.QApplication, done: object, timeout: float = 5.0) -> None:
    end = time.perf_counter() + timeout
    while not done():  # type: ignore[operator]
        if time.perf_counter() > end:
            raise TimeoutError("waited too long")
        app.processEvents(QtCore.QEventLoop.ProcessEventsFlag.AllEvents, 2)


def run_for(app: QtWidgets.QApplication, seconds: float) -> None:
    loop = QtCore.QEventLoop()
    QtCore.QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()


def frame_figures(
    ticks: EventClock, paints: list[float], cpu: float, seconds: float
) -> dict[str, float]:
    """Frame time: from one tick of the frame timer to the next while the figure moves (the
    timer at its 16 ms frame interval; while a stretch is held it rests on purpose). A late
    tick is a late frame, whether or not the figure moved enough to be repainted."""
    gaps = sorted(
        b - a
        for (a, b), interval in zip(
            itertools.pairwise(ticks.times), ticks.intervals[1:], strict=False
        )
        if interval <= 16
    )
    p99 = gaps[min(len(gaps) - 1, int(len(gaps) * 0.99))] if gaps else float("inf")
    return {
        "fps": len(ticks.times) / seconds,
        "repaints": len(paints) / seconds,
        "p99_ms": p99 * 1000,
        "median_ms": statistics.median(gaps) * 1000 if gaps else float("inf"),
        "cpu_percent": 100 * cpu / seconds,
    }


def baseline_animation(app: QtWidgets.QApplication, seconds: float) -> dict[str, float]:
    """A bare window repainting one line at the same rate: what any 60 fps animation costs."""
    widget = QtWidgets.QWidget()
    widget.resize(440, 210)
    clock = EventClock()
    widget.installEventFilter(clock)
    timer = QtCore.QTimer()
    ticks = EventClock(QtCore.QEvent.Type.Timer)
    timer.installEventFilter(ticks)
    timer.setTimerType(QtCore.Qt.TimerType.PreciseTimer)
    timer.setInterval(16)
    timer.timeout.connect(widget.update)
    widget.show()
    timer.start()
    run_for(app, 1.0)
    clock.times.clear()
    ticks.clear()
    cpu0 = time.process_time()
    run_for(app, seconds)
    cpu = time.process_time() - cpu0
    timer.stop()
    widget.close()
    return frame_figures(ticks, clock.times, cpu, seconds)


def show_once(app: QtWidgets.QApplication, controller: App) -> float:
    """Milliseconds from "take a break now" to the card fully shown; then finish the break."""
    t0 = time.perf_counter()
    controller.session.take_break_now(BreakKind.MICRO)
    card = controller.session.card
    assert card is not None
    spin_until(app, lambda: card.fully_shown)
    elapsed = (time.perf_counter() - t0) * 1000
    gone: list[bool] = []
    card.destroyed.connect(lambda: gone.append(True))
    card.done_button.click()
    spin_until(app, lambda: controller.session.card is None and bool(gone))
    run_for(app, 0.3)
    return elapsed


def main() -> int:
    # The probe's folders go with it (each run used to leave one behind in /tmp).
    with tempfile.TemporaryDirectory(prefix="bench-card-") as base:
        return probe(float(sys.argv[1]), int(sys.argv[2]), Path(base))


def probe(seconds: float, shows: int, base: Path) -> int:
    app = QtWidgets.QApplication(["backbreak-bench"])
    app.setQuitOnLastWindowClosed(False)
    paths = Paths(base / "config", base / "data", base / "log", base / "run")
    tz = local_timezone()
    clock = SystemClock()

    # Cold: the library is read when the first card needs it.
    t0 = time.perf_counter()
    ExerciseSource.load(paths)
    load_library_ms = (time.perf_counter() - t0) * 1000

    controller = App(
        Planner(Rules(), tz, clock.now()), clock, tz, exercises=lambda: ExerciseSource.load(paths)
    )
    controller.session.prepare_for_breaks()  # the app does this shortly after start-up
    controller.session.prepare_card()  # and this at a break's warning, 30 s before it
    show_ms = [show_once(app, controller) for _ in range(shows)]

    # Animation: a long break running on the card. The routine is drawn at random; name it.
    controller.session.take_break_now(BreakKind.LONG)
    card = controller.session.card
    assert card is not None
    painted = EventClock()
    card.figure.installEventFilter(painted)
    ticks = EventClock(QtCore.QEvent.Type.Timer)
    card._tick.installEventFilter(ticks)  # the card's frame timer (benchmark only)
    run_for(app, 1.0)
    painted.times.clear()
    ticks.clear()
    cpu0 = time.process_time()
    run_for(app, seconds)
    cpu = time.process_time() - cpu0
    card_figures = frame_figures(ticks, painted.times, cpu, seconds)
    controller.stop()
    run_for(app, 0.5)
    baseline = baseline_animation(app, seconds)
    print(
        json.dumps(
            {
                "load_library_ms": load_library_ms,
                "show_ms": show_ms,
                "card": card_figures,
                "routine": controller.session.guide.practice_id
                if controller.session.guide
                else None,
                "baseline": baseline,
            }
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
