"""The statistics window: today, the last week and month, a year's calendar, streaks, the
exercises and body regions of the last 7 days, and how the person's back felt.

Every chart is a small widget of its own in this package (`chart.Chart`), painted with
QPainter (vector, so it stays crisp at any device pixel ratio). Each chart states its numbers
in words in its accessible description, for screen readers.

The window only shows a `core.history.Report` and asks for exports; the app reads the history
store, builds the report and writes the CSV file (see `export_requested`).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from pathlib import Path

from backbreak.core.history import Report
from backbreak.qt import Qt, QtCore, QtGui, QtWidgets, Signal, tr
from backbreak.ui.icons import give_window_icon
from backbreak.ui.stats.chart import Chart
from backbreak.ui.stats.comfort import ComfortTrend
from backbreak.ui.stats.day_bars import DayBars
from backbreak.ui.stats.regions import RegionChips
from backbreak.ui.stats.streaks import StreakView
from backbreak.ui.stats.today_ring import TodayRing
from backbreak.ui.stats.top_exercises import TopExercises
from backbreak.ui.stats.year_heatmap import YearHeatmap
from backbreak.ui.style import plain_label

WINDOW_SIZE = (760, 620)


class StatsWindow(QtWidgets.QWidget):
    """The statistics window. Show a summary with `show_summary`; the "Export CSV…" button
    asks for a file (`choose_export_path`) and emits `export_requested` with its path, and the
    app reports how it went with `show_message` (`exported_text`, `export_failed_text`)."""

    export_requested = Signal(str)

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("StatsWindow")
        self.setWindowTitle(tr("Stats", "backbreak statistics"))
        give_window_icon(self)
        self.setAccessibleName(tr("Stats", "backbreak statistics"))
        self.summary: Report | None = None

        self.today_ring = TodayRing()
        self.streaks = StreakView()
        self.week_bars = DayBars(tr("Stats", "Last 7 days"), labelled_values=True)
        self.month_bars = DayBars(tr("Stats", "Last 30 days"), labelled_values=False)
        self.heatmap = YearHeatmap()
        self.top_exercises = TopExercises()
        self.regions = RegionChips()
        self.comfort = ComfortTrend()

        self.empty_note = plain_label(
            tr(
                "Stats",
                "No breaks recorded yet. These charts fill in as you take your breaks.",
            )
        )
        self.empty_note.setWordWrap(True)
        self.empty_note.setAccessibleName(self.empty_note.text())
        self.empty_note.hide()

        self.scroll_area = QtWidgets.QScrollArea()
        self.scroll_area.setAccessibleName(tr("Stats", "Statistics"))
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QtWidgets.QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.scroll_area.setWidget(self._content())

        self.message_label = plain_label()
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message_label.setAccessibleName(tr("Stats", "Export result"))
        self.export_button = QtWidgets.QPushButton(tr("Stats", "Export CSV…"))
        self.export_button.setAccessibleName(tr("Stats", "Export the history as a CSV file"))
        self.export_button.clicked.connect(self._export)
        bottom = QtWidgets.QHBoxLayout()
        bottom.setContentsMargins(16, 6, 16, 12)
        bottom.addWidget(self.message_label, 1)
        bottom.addWidget(self.export_button)

        outer = QtWidgets.QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self.scroll_area, 1)
        outer.addLayout(bottom)
        # As wide as the charts' words need in the language spoken (they never cut their
        # words), so a longer language does not start with a scroll bar.
        content = self.scroll_area.widget()
        needed = self.scroll_area.verticalScrollBar().sizeHint().width()
        if content is not None:
            needed += content.minimumSizeHint().width()
        self.resize(max(WINDOW_SIZE[0], needed), WINDOW_SIZE[1])

    def _content(self) -> QtWidgets.QWidget:
        """The charts, in rows under their titles, below the note shown while there is
        nothing yet."""
        content = QtWidgets.QWidget()
        content.setObjectName("StatsContent")
        content.setAccessibleName(tr("Stats", "Statistics"))
        layout = QtWidgets.QVBoxLayout(content)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(14)
        layout.addWidget(self.empty_note)
        layout.addLayout(_row((self.today_ring, 3), (self.streaks, 2), (self.week_bars, 4)))
        layout.addLayout(_section(self.heatmap))
        layout.addLayout(_row((self.month_bars, 1), (self.comfort, 1)))
        layout.addLayout(_row((self.top_exercises, 1), (self.regions, 1)))
        layout.addStretch(1)
        return content

    def sizeHint(self) -> QtCore.QSize:
        return QtCore.QSize(*WINDOW_SIZE)

    def charts(self) -> list[Chart]:
        return [
            self.today_ring,
            self.streaks,
            self.week_bars,
            self.heatmap,
            self.month_bars,
            self.comfort,
            self.top_exercises,
            self.regions,
        ]

    def show_summary(
        self,
        summary: Report,
        *,
        exercise_names: Mapping[str, str] | None = None,
    ) -> None:
        """Show `summary` (a `core.history.Report`). `exercise_names` maps exercise ids to
        their names (ids the map lacks are shown made readable); days off and fully paused
        days (the report's `rest_days`) are drawn hollow in the
        bar charts and the calendar."""
        self.summary = summary
        rest_days = summary.rest_days
        goal = summary.today.goal
        self.today_ring.set_today(summary.today)
        self.streaks.set_streaks(summary.streaks, goal)
        self.week_bars.set_days(summary.last_7_days, goal, rest_days)
        self.month_bars.set_days(summary.last_30_days, goal, rest_days)
        self.heatmap.set_days(summary.year, goal, rest_days)
        self.top_exercises.set_exercises(summary.top_exercises, exercise_names or {})
        self.regions.set_regions(summary.regions)
        self.comfort.set_days(summary.comfort_trend)
        nothing_yet = (
            all(entry.done == 0 for entry in summary.year)
            and summary.today.skipped == 0
            and summary.today.snoozed == 0
            and not any(entry.ratings for entry in summary.comfort_trend)
        )
        self.empty_note.setVisible(nothing_yet)

    def show_message(self, text: str) -> None:
        """A result line beside the export button ("Exported 1,234 events to …", or why not);
        screen readers hear it too."""
        self.message_label.setText(text)
        self.message_label.setAccessibleDescription(text)
        if QtGui.QAccessible.isActive():
            QtGui.QAccessible.updateAccessibility(
                QtGui.QAccessibleAnnouncementEvent(self.message_label, text)
            )

    def choose_export_path(self) -> str:
        """Ask where to save the CSV file; "" when the person cancels. Tests override this."""
        day = self.summary.today.day if self.summary is not None else date.today()
        suggested = Path.home() / f"backbreak-history-{day.isoformat()}.csv"
        path, _filter = QtWidgets.QFileDialog.getSaveFileName(
            self,
            tr("Stats", "Export the history as CSV"),
            str(suggested),
            tr("Stats", "CSV files (*.csv)"),
        )
        return path

    def _export(self) -> None:
        path = self.choose_export_path()
        if not path:
            return
        if not Path(path).suffix:
            path += ".csv"
        self.export_requested.emit(path)


def _title(text: str) -> QtWidgets.QLabel:
    label = plain_label(text)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    label.setAccessibleName(text)
    return label


def _section(chart: Chart) -> QtWidgets.QVBoxLayout:
    """A chart under its title (the chart's accessible name)."""
    layout = QtWidgets.QVBoxLayout()
    layout.setSpacing(4)
    title = _title(chart.accessibleName())
    title.setBuddy(chart)
    layout.addWidget(title)
    layout.addWidget(chart, 1)
    return layout


def _row(*charts: tuple[Chart, int]) -> QtWidgets.QHBoxLayout:
    layout = QtWidgets.QHBoxLayout()
    layout.setSpacing(18)
    for chart, stretch in charts:
        layout.addLayout(_section(chart), stretch)
    return layout
