"""APScheduler in the Qt loop: one pending job, one timer, events on time and once."""

from __future__ import annotations

import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta

import pytest
from pytestqt.qtbot import QtBot

from backbreak.app.scheduler import BreakScheduler
from backbreak.qt import QtCore, QTimer


@pytest.fixture
def scheduler(qtbot: QtBot) -> BreakScheduler:
    scheduler = BreakScheduler()
    yield scheduler
    scheduler.shutdown()


def test_a_thousand_replans_leave_one_job_and_one_timer(scheduler: BreakScheduler) -> None:
    start = datetime.now(UTC) + timedelta(hours=1)
    for minute in range(1000):
        scheduler.plan(start + timedelta(minutes=minute))
    QtCore.QCoreApplication.processEvents()
    assert scheduler.job_count() == 1
    assert scheduler.pending() == start + timedelta(minutes=999)
    timers = scheduler.findChildren(QTimer)
    assert len(timers) == 1
    assert timers[0].isActive()
    # The one timer waits for the one job: about 999 minutes + 1 hour from now.
    assert timers[0].remainingTime() > 59 * 60 * 1000


def test_planning_nothing_removes_the_job_and_stops_the_timer(
    qtbot: QtBot, scheduler: BreakScheduler
) -> None:
    scheduler.plan(datetime.now(UTC) + timedelta(minutes=5))
    scheduler.plan(None)
    qtbot.waitUntil(lambda: not scheduler.timer_active(), timeout=1000)
    assert scheduler.job_count() == 0
    assert scheduler.pending() is None


def test_an_event_fires_once_on_time(qtbot: QtBot, scheduler: BreakScheduler) -> None:
    fired: list[float] = []
    scheduler.due.connect(lambda: fired.append(time.monotonic()))
    started = time.monotonic()
    scheduler.plan(datetime.now(UTC) + timedelta(seconds=1.5))
    qtbot.waitUntil(lambda: len(fired) == 1, timeout=3000)
    assert 1.4 <= fired[0] - started <= 2.5
    qtbot.wait(1500)
    assert len(fired) == 1
    assert scheduler.job_count() == 0


def test_a_slot_may_replan_from_the_due_signal(qtbot: QtBot, scheduler: BreakScheduler) -> None:
    # The signal arrives after APScheduler's own bookkeeping, so the replacement job survives.
    fired: list[int] = []

    def replan() -> None:
        fired.append(1)
        if len(fired) < 3:
            scheduler.plan(datetime.now(UTC) + timedelta(seconds=0.3))

    scheduler.due.connect(replan)
    scheduler.plan(datetime.now(UTC) + timedelta(seconds=0.3))
    qtbot.waitUntil(lambda: len(fired) == 3, timeout=5000)
    assert scheduler.job_count() == 0


def test_a_past_instant_fires_at_once(qtbot: QtBot, scheduler: BreakScheduler) -> None:
    with qtbot.waitSignal(scheduler.due, timeout=1000):
        scheduler.plan(datetime.now(UTC) - timedelta(minutes=10))


def test_loading_the_scheduler_leaves_out_what_apscheduler_drags_in() -> None:
    # A fresh interpreter, so earlier imports in this test run cannot hide a regression. The
    # scheduler must work, without asyncio, OpenSSL or the metadata scan having been loaded,
    # and those must still import normally afterwards.
    code = """
import sys
from datetime import UTC, datetime, timedelta
from backbreak.qt import QtCore
app = QtCore.QCoreApplication([])
from backbreak.app.scheduler import BreakScheduler
scheduler = BreakScheduler()
fired = []
scheduler.due.connect(lambda: (fired.append(1), app.quit()))
scheduler.plan(datetime.now(UTC) + timedelta(seconds=0.3))
QtCore.QTimer.singleShot(3000, app.quit)
app.exec()
print(len(fired), sorted(m for m in ("ssl", "_ssl", "asyncio", "importlib.metadata",
                                     "multiprocessing", "concurrent.futures.process", "uuid")
                         if m in sys.modules))
import asyncio, importlib.metadata, ssl, multiprocessing, concurrent.futures.process, uuid
print(callable(asyncio.run), bool(importlib.metadata.version("APScheduler")),
      bool(ssl.OPENSSL_VERSION), callable(multiprocessing.Process),
      issubclass(concurrent.futures.process.BrokenProcessPool, Exception),
      len(uuid.uuid4().hex))
scheduler.shutdown()
"""
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split("\n")[:2] == ["1 []", "True True True True True 32"]
