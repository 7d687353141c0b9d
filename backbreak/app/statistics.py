"""The statistics window while the app runs: built when first asked for, drawn from the
history, redrawn as breaks are recorded, closed for good (its memory freed) when the person
closes it."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from backbreak.app.one_window import OneWindow
from backbreak.qt import QObject, tr

if TYPE_CHECKING:
    from backbreak.app.dependencies import Dependencies
    from backbreak.core.exercises import Practice
    from backbreak.ui.stats.window import StatsWindow

log = logging.getLogger(__name__)


class StatisticsView(OneWindow):
    """Opens, fills and refreshes the statistics window."""

    window: StatsWindow | None

    def __init__(self, deps: Dependencies, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._deps = deps

    def show(self) -> None:
        from backbreak.ui.stats.window import StatsWindow

        window = self.window
        if window is None:
            window = StatsWindow()
            window.setWindowTitle(tr("App", "backbreak: statistics"))
            window.export_requested.connect(self._export)
            # Closed, its charts and their caches are freed (some megabytes), and the memory
            # tidy (window_gone) gives back the pages its report read.
            self._keep(window)
        self.refresh()
        log.info("statistics window shown")
        self._bring_up(window)

    def on_recorded(self) -> None:
        if self.window is not None and self.window.isVisible():
            self.refresh()

    def refresh(self) -> None:
        """Recompute what the statistics window shows (when open) from the history."""
        window, store = self.window, self._deps.history.store
        if window is None or store is None:
            return
        source = self._deps.library.get()
        practices: list[Practice] = []
        if source is not None:
            practices.extend(source.picker.library.exercises)
            practices.extend(source.picker.library.routines)
        report = store.report(
            self._deps.clock.now(),
            self._deps.tz,
            self._deps.settings.current.streak_rules(),
            self._deps.rules().working_hours,
            regions_of={p.id: [r.value for r in p.regions] for p in practices},
        )
        window.show_summary(report, exercise_names={p.id: p.name for p in practices})

    def _export(self, path: str) -> None:
        window, store = self.window, self._deps.history.store
        if window is None or store is None:
            return
        from backbreak.store.history_files import HistoryUnavailableError
        from backbreak.ui.stats.words import export_failed_text, exported_text

        try:
            count = store.export_csv(Path(path))
        except (OSError, HistoryUnavailableError) as error:
            window.show_message(export_failed_text(path, error))
            return
        window.show_message(exported_text(count, path))
