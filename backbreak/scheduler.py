"""APScheduler, driven by the Qt event loop, with one timer and jobs on the GUI thread.

Why not APScheduler's own QtScheduler: it arms `QTimer.singleShot` on every wake-up and keeps
the return value to cancel it later, but PySide6's singleShot returns None, so old wake-up
chains are never stopped and pile up. Its default executor also runs jobs on a worker thread,
where touching a widget is undefined behaviour. Here one QTimer object is re-armed, and jobs
run inline on the thread that owns the timer (the GUI thread).

APScheduler is imported only when `BreakScheduler` is first built (application.py defers that
until the tray icon is up). Importing it costs ~16 MiB RSS and ~0.15 s here: apscheduler.util
imports asyncio (for iscoroutinefunction), asyncio imports ssl (OpenSSL's libcrypto alone is
~3 MiB resident), the package reads its own metadata with importlib.metadata, and the
scheduler base imports the thread and process pool executors. See `_import_without_ssl`.
"""

from __future__ import annotations

import logging
import sys
from datetime import datetime
from typing import Any

from backbreak.qt import QObject, Qt, QTimer, Signal

log = logging.getLogger(__name__)

# QTimer takes a signed 32-bit millisecond count (about 24.8 days).
_MAX_TIMER_MS = 2**31 - 1
_JOB_ID = "next-event"


def _import_without_ssl() -> None:
    """Import APScheduler while `import ssl` fails, so asyncio (which APScheduler imports only
    for iscoroutinefunction) takes its documented no-ssl path and OpenSSL is never loaded:
    ~5 MiB less RSS. We never use asyncio, let alone TLS through it. The block is lifted
    afterwards, so any later `import ssl` works as usual."""
    if "apscheduler.schedulers.base" in sys.modules or "ssl" in sys.modules:
        return
    sys.modules["ssl"] = None  # type: ignore[assignment]  # makes `import ssl` raise
    try:
        import apscheduler.schedulers.base  # noqa: F401
    finally:
        del sys.modules["ssl"]


def _build_scheduler(timer: QTimer) -> Any:
    _import_without_ssl()
    from apscheduler.executors.base import BaseExecutor, run_job
    from apscheduler.schedulers.base import BaseScheduler

    class GuiThreadExecutor(BaseExecutor):  # type: ignore[misc]
        """Runs each job at once, on the calling (GUI) thread."""

        def _do_submit_job(self, job: Any, run_times: list[datetime]) -> None:
            try:
                events = run_job(job, job._jobstore_alias, run_times, self._logger.name)
            except BaseException:
                self._run_job_error(job.id, *sys.exc_info()[1:])
            else:
                self._run_job_success(job.id, events)

    class QtTimerScheduler(BaseScheduler):  # type: ignore[misc]
        def _start_timer(self, wait_seconds: float | None) -> None:
            timer.stop()
            if wait_seconds is not None:
                timer.start(min(max(0, int(wait_seconds * 1000)), _MAX_TIMER_MS))

        def _stop_timer(self) -> None:
            timer.stop()

        def wakeup(self) -> None:
            self._start_timer(0)

        def shutdown(self, wait: bool = True) -> None:
            super().shutdown(wait)
            self._stop_timer()

        def _create_default_executor(self) -> BaseExecutor:
            return GuiThreadExecutor()

        def process_due_jobs(self) -> None:
            self._start_timer(self._process_jobs())

    return QtTimerScheduler(
        job_defaults={
            # The job only asks the core what is due, and the core decides whether a late
            # wake-up still means a break; so never drop a late run (the default grace of
            # 1 s misfires with Qt's coarse timers), and fold several missed runs into one.
            "misfire_grace_time": None,
            "coalesce": True,
            "max_instances": 1,
        }
    )


class BreakScheduler(QObject):
    """Keeps exactly one pending job: the next event the core announced.

    `due` is emitted through a queued connection, after APScheduler has finished its own
    bookkeeping for the run, so a slot may re-plan (replace the job) safely."""

    due = Signal()
    _job_ran = Signal()

    def __init__(self) -> None:
        super().__init__()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        # Coarse timers may be 5 % late: over 25 minutes that is more than a minute.
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._scheduler = _build_scheduler(self._timer)
        self._timer.timeout.connect(self._scheduler.process_due_jobs)
        self._job_ran.connect(self.due, Qt.ConnectionType.QueuedConnection)
        self._scheduler.start()

    def plan(self, when: datetime | None) -> None:
        """Replace the pending job with one at `when` (None: nothing pending)."""
        if when is None:
            if self._scheduler.get_job(_JOB_ID) is not None:
                self._scheduler.remove_job(_JOB_ID)
            return
        self._scheduler.add_job(
            self._job_ran.emit, "date", run_date=when, id=_JOB_ID, replace_existing=True
        )

    def pending(self) -> datetime | None:
        job = self._scheduler.get_job(_JOB_ID)
        return None if job is None else job.next_run_time

    def job_count(self) -> int:
        return len(self._scheduler.get_jobs())

    def timer_active(self) -> bool:
        return self._timer.isActive()

    def shutdown(self) -> None:
        if self._scheduler.running:
            self._scheduler.shutdown(wait=False)
