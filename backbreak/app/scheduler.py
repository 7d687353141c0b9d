"""APScheduler, driven by the Qt event loop, with one timer and jobs on the GUI thread.

Why not APScheduler's own QtScheduler: it arms `QTimer.singleShot` on every wake-up and keeps
the return value to cancel it later, but PySide6's singleShot returns None, so old wake-up
chains are never stopped and pile up. Its default executor also runs jobs on a worker thread,
where touching a widget is undefined behaviour. Here one QTimer object is re-armed, and jobs
run inline on the thread that owns the timer (the GUI thread).

APScheduler is imported only when `BreakScheduler` is first built (app.session defers that
until the tray icon is up). Importing it costs ~16 MiB RSS and ~0.15 s here: apscheduler.util
imports asyncio (for iscoroutinefunction), asyncio imports ssl (OpenSSL's libcrypto alone is
~3 MiB resident), the package reads its own metadata with importlib.metadata, and the
scheduler base imports the thread and process pool executors. See `import_lean`.
"""

from __future__ import annotations

import inspect
import logging
import sys
import types
from datetime import datetime
from typing import Any

from backbreak.qt import QObject, Qt, QTimer, Signal

log = logging.getLogger(__name__)

# QTimer takes a signed 32-bit millisecond count (about 24.8 days).
_MAX_TIMER_MS = 2**31 - 1
_JOB_ID = "next-event"


def import_lean() -> None:
    """Import the parts of APScheduler we use, without what its import graph drags in.

    Importing apscheduler.schedulers.base costs ~16 MiB RSS and ~0.15 s here, for things we
    never use:
    - apscheduler.util imports asyncio only for iscoroutinefunction (inspect's gives the same
      answer for our plain callables), and asyncio imports ssl, which loads OpenSSL;
    - the package reads its own version, and the scheduler class discovers trigger, executor
      and job store plugins, through importlib.metadata, which scans every installed
      distribution. We pass trigger and executor objects, never plugin names, so the plugin
      tables may stay empty;
    - apscheduler.executors.pool (imported by the scheduler base for its default executor)
      imports multiprocessing and concurrent.futures.process, ~3.4 MiB of modules for a
      process pool we never start: our own executor runs jobs on the GUI thread;
    - apscheduler.job imports uuid (which loads platform and libuuid, ~0.3 MiB) to name jobs
      that were given no id; ours has one.
    For the duration of this import only, those modules are replaced by small stand-ins;
    afterwards the real ones import as usual for anyone who asks. APScheduler is pinned to
    3.11.x, and tests/widgets/test_scheduler.py checks both that the scheduler works and that
    none of these modules got loaded, so an upgrade that needs more is caught.
    """
    if "apscheduler.schedulers.base" in sys.modules:
        return
    stand_ins = _stand_ins()
    installed = {name: module for name, module in stand_ins.items() if name not in sys.modules}
    sys.modules.update(installed)  # type: ignore[arg-type]
    try:
        import apscheduler.executors.base
        import apscheduler.schedulers.base
        import apscheduler.triggers.date  # noqa: F401
    finally:
        for name, module in installed.items():
            if sys.modules.get(name) is module:
                del sys.modules[name]


def _stand_ins() -> dict[str, types.ModuleType | None]:
    """The modules `import_lean` replaces while APScheduler is imported (None: refused)."""
    asyncio_stand_in = types.ModuleType("asyncio")
    asyncio_stand_in.iscoroutinefunction = inspect.iscoroutinefunction  # type: ignore[attr-defined]
    metadata_stand_in = types.ModuleType("importlib.metadata")

    class PackageNotFoundError(ModuleNotFoundError):
        pass

    def version(_name: str) -> str:
        raise PackageNotFoundError(_name)  # APScheduler then reports a placeholder version

    def entry_points(**_selection: str) -> tuple[()]:
        return ()

    metadata_stand_in.PackageNotFoundError = PackageNotFoundError  # type: ignore[attr-defined]
    metadata_stand_in.version = version  # type: ignore[attr-defined]
    metadata_stand_in.entry_points = entry_points  # type: ignore[attr-defined]
    process_pool_stand_in = types.ModuleType("concurrent.futures.process")

    class BrokenProcessPool(RuntimeError):  # noqa: N818 (the name APScheduler imports)
        pass

    process_pool_stand_in.BrokenProcessPool = BrokenProcessPool  # type: ignore[attr-defined]
    uuid_stand_in = types.ModuleType("uuid")
    uuid_stand_in.uuid4 = _unnamed_job  # type: ignore[attr-defined]
    return {
        "ssl": None,  # makes `import ssl` fail, should anything still try
        "asyncio": asyncio_stand_in,
        "importlib.metadata": metadata_stand_in,
        "multiprocessing": types.ModuleType("multiprocessing"),
        "concurrent.futures.process": process_pool_stand_in,
        "uuid": uuid_stand_in,
    }


def _unnamed_job() -> Any:
    """Stands in for uuid.uuid4 while APScheduler is imported (see `import_lean`): a job
    given no id is named by 16 random bytes, as uuid4 would."""
    import os

    return types.SimpleNamespace(hex=os.urandom(16).hex())


def _build_scheduler(timer: QTimer) -> Any:
    import_lean()
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
        # A trigger object, not the alias "date": plugin lookup by name needs the metadata
        # scan that import_lean leaves out.
        from apscheduler.triggers.date import DateTrigger

        self._date_trigger = DateTrigger
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
            self._job_ran.emit,
            self._date_trigger(run_date=when),
            id=_JOB_ID,
            replace_existing=True,
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
