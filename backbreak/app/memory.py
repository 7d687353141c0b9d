"""Memory back to the system once start-up has settled and after a window closes.

A closed card, settings or statistics window is destroyed, but not all of it is gone at once:
its Python side is tied up in reference cycles (the window and the lambdas connected to its
signals) that only Python's cycle collector frees, and an idle tray app allocates so little
that the collector may not run for hours. What is freed stays in the C heap until
malloc_trim gives it back. Measured on the benchmark's card, settings and statistics round:
about 2.3 MiB held until this tidy runs. Qt's style also keeps what it drew of the closed
windows' controls (button and tab pieces, arrows) in QPixmapCache, up to 10 MiB, for windows
that are gone: about 0.8 MiB more after that round.
"""

from __future__ import annotations

import gc
import linecache
from collections.abc import Callable

from backbreak.qt import QObject, QtGui, make_timer

# Long enough for Qt's deferred deletes of the window and its children to have run.
TIDY_DELAY_MS = 1000
# Start-up's deferred work is done by then: APScheduler loaded (1.5 s), today's figures read.
# What it freed, about 0.9 MiB, goes back for the rest of the day.
AFTER_START_DELAY_MS = 5000


def drop_source_cache() -> None:
    """Free the source text linecache holds: a logged traceback's files, and, where
    qt.spare_source_reads could not take over PySide6's import hook (PYSIDE-2029, another
    PySide6 version), every module imported after PySide6 (~6 MiB at start-up, ~1 MiB more
    with the settings window's). linecache is only a cache; tracebacks read the files again
    if needed."""
    linecache.clearcache()


class MemoryTidy(QObject):
    """`soon()` after a window is gone (and once after start-up); a moment later the source
    text PySide6 cached is dropped, the cycles are collected, Qt's pixmap cache is emptied
    (what is still shown is drawn again on its next paint, and cached again) and `release`
    (the history's page cache and malloc_trim) returns what was freed."""

    def __init__(self, release: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._release = release
        self._timer = make_timer(self, self.tidy, single_shot=True)
        self._stopped = False

    def start(self) -> None:
        """One tidy once start-up has settled; then one after each window."""
        if not self._stopped:
            self._timer.start(AFTER_START_DELAY_MS)

    def stop(self) -> None:
        """Windows destroyed on the way out (after this) start nothing."""
        self._stopped = True
        self._timer.stop()

    def soon(self) -> None:
        """A window is gone: tidy once the others closed with it are gone too."""
        if not self._stopped:
            self._timer.start(TIDY_DELAY_MS)

    @property
    def pending(self) -> bool:
        return self._timer.isActive()

    def tidy(self) -> None:
        self._timer.stop()
        drop_source_cache()
        gc.collect()
        QtGui.QPixmapCache.clear()
        self._release()
