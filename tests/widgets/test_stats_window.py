"""The statistics window: what each chart draws and says, for summaries made by
core.history.summarise from hand-made events and aggregates, in light and dark palettes."""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable, Iterator
from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from pytestqt.qtbot import QtBot

from backbreak.core.exercises import load_library
from backbreak.core.history import (
    YEAR_DAYS,
    HistoryAggregates,
    HistoryEvent,
    HistoryEventKind,
    Report,
    StreakRules,
    aggregate,
    summarise,
    working_day_rule,
)
from backbreak.core.hours import WorkingHours
from backbreak.paths import assets_dir
from backbreak.qt import Qt, QtCore, QtGui, QtWidgets
from backbreak.store.history_store import HistoryStore
from backbreak.ui.stats.chart import Chart, ChartColours, heat_level
from backbreak.ui.stats.window import StatsWindow
from backbreak.ui.stats.words import export_failed_text, exported_text

BERLIN = ZoneInfo("Europe/Berlin")
K = HistoryEventKind
TODAY = date(2026, 3, 16)  # a Monday
WEEKDAYS = working_day_rule(WorkingHours.weekdays(("09:00", "17:00")))
REGIONS_OF = {
    "neck-roll": ["neck", "shoulders"],
    "cat-cow": ["whole spine", "lower back"],
    "hip-flexor": ["hips"],
}


def event(
    kind: HistoryEventKind,
    day: date,
    clock: str = "10:00",
    *,
    exercise: str | None = None,
    rating: int | None = None,
) -> HistoryEvent:
    hours, minutes = (int(part) for part in clock.split(":"))
    at = datetime.combine(day, time(hours, minutes), tzinfo=BERLIN)
    return HistoryEvent.create(kind, at, BERLIN, exercise_id=exercise, rating=rating)


def breaks(day: date, count: int, exercise: str | None = None) -> list[HistoryEvent]:
    """`count` completed breaks on `day`, one every 20 minutes from 09:00."""
    return [
        event(K.COMPLETED, day, f"{9 + (20 * n) // 60:02d}:{(20 * n) % 60:02d}", exercise=exercise)
        for n in range(count)
    ]


def summary_of(
    events: Iterable[HistoryEvent], goal: int = 6, working: Callable[[date], bool] = WEEKDAYS
) -> Report:
    return summarise(
        aggregate(events, today=TODAY),
        today=TODAY,
        rules=StreakRules(goal, working),
        regions_of=REGIONS_OF,
    )


def a_week() -> list[HistoryEvent]:
    """Today 4 done of 6 (3 completed, 1 natural), 1 skipped, 2 snoozed; the seven working
    days before met the goal; one comfort rating today."""
    history: list[HistoryEvent] = []
    for back in range(1, 12):
        day = TODAY - timedelta(days=back)
        if WEEKDAYS(day):
            history += breaks(day, 6)
    history += [
        event(K.COMPLETED, TODAY, "09:00", exercise="neck-roll"),
        event(K.COMPLETED, TODAY, "09:40", exercise="neck-roll"),
        event(K.COMPLETED, TODAY, "10:20", exercise="cat-cow"),
        event(K.NATURAL, TODAY, "11:00"),
        event(K.SKIPPED, TODAY, "11:40"),
        event(K.SNOOZED, TODAY, "12:20"),
        event(K.SNOOZED, TODAY, "12:25"),
        event(K.COMFORT, TODAY, "17:00", rating=7),
    ]
    return history


@pytest.fixture(autouse=True)
def c_locale() -> Iterator[None]:
    """Day names, dates and numbers as the C locale writes them (Monday first), whatever the
    machine's language."""
    before = QtCore.QLocale()
    QtCore.QLocale.setDefault(QtCore.QLocale.c())
    yield
    QtCore.QLocale.setDefault(before)


@pytest.fixture
def window(qtbot: QtBot) -> StatsWindow:
    stats = StatsWindow()
    qtbot.addWidget(stats)
    stats.show()
    qtbot.waitExposed(stats)
    return stats


def pixel(widget: QtWidgets.QWidget, point: QtCore.QPointF) -> QtGui.QColor:
    image = widget.grab().toImage()
    return image.pixelColor(point.toPoint())


def distance(first: QtGui.QColor, second: QtGui.QColor) -> int:
    return (
        abs(first.red() - second.red())
        + abs(first.green() - second.green())
        + abs(first.blue() - second.blue())
    )


def dark_palette() -> QtGui.QPalette:
    palette = QtGui.QPalette()
    role = QtGui.QPalette.ColorRole
    for name, colour in (
        (role.Window, "#202124"),
        (role.WindowText, "#e8eaed"),
        (role.Base, "#181818"),
        (role.Text, "#e8eaed"),
        (role.Button, "#2d2e31"),
        (role.ButtonText, "#e8eaed"),
        (role.Highlight, "#3d8fd6"),
        (role.HighlightedText, "#ffffff"),
        (role.Mid, "#444444"),
    ):
        palette.setColor(name, QtGui.QColor(colour))
    return palette


# ---------------------------------------------------------------------------------------------
# Today


def test_the_ring_says_done_of_goal_with_skipped_and_snoozed(window: StatsWindow) -> None:
    window.show_summary(summary_of(a_week()))
    ring = window.today_ring
    assert ring.centre_text() == "4/6"
    assert ring.accessibleDescription() == "Today: 4 of 6 breaks done, 1 skipped, 2 snoozed."
    assert ring.side_lines() == ["To go: 2", "Skipped: 1", "Snoozed: 2"]


def test_the_ring_fills_clockwise_from_the_top_as_far_as_the_share_of_the_goal(
    window: StatsWindow,
) -> None:
    window.show_summary(summary_of(a_week()))  # 4 of 6: the arc runs from 12 to 8 o'clock
    ring = window.today_ring
    colours = ChartColours.from_palette(ring.palette())
    box = ring.ring_rect()
    inset = box.width() * 0.055  # the middle of the ring's thickness
    right = QtCore.QPointF(box.right() - inset, box.center().y())  # 3 o'clock: done
    left = QtCore.QPointF(box.left() + inset, box.center().y())  # 9 o'clock: still to go
    assert distance(pixel(ring, right), colours.accent) < 30
    assert distance(pixel(ring, left), colours.faint) < 30


def test_a_day_off_shows_the_count_without_a_goal(window: StatsWindow) -> None:
    sunday = TODAY - timedelta(days=1)
    summary = summarise(
        aggregate(breaks(sunday, 2), today=sunday),
        today=sunday,
        rules=StreakRules(6, WEEKDAYS),
    )
    window.show_summary(summary)
    assert window.today_ring.centre_text() == "2"
    assert window.today_ring.side_lines()[0] == "Day off"
    assert window.today_ring.accessibleDescription().startswith(
        "Today is not a working day: 2 breaks done"
    )


# ---------------------------------------------------------------------------------------------
# Bars


def test_one_bar_per_day_taller_for_more_breaks(window: StatsWindow) -> None:
    window.show_summary(summary_of(a_week()))
    week = window.week_bars.bar_rects()
    month = window.month_bars.bar_rects()
    assert len(week) == 7
    assert len(month) == 30
    # Tue..Fri met the goal (6), Sat and Sun had nothing, today has 4.
    heights = [round(rect.height()) for rect in week]
    assert heights[0] == heights[3] > heights[6] > heights[4] == heights[5]
    # Bars meeting the goal reach the goal line; today's (4 of 6) does not.
    goal_y = window.week_bars.goal_y()
    assert week[0].top() == pytest.approx(goal_y, abs=0.01)
    assert week[6].top() > goal_y
    # Bars go left to right, oldest first.
    assert [rect.left() for rect in week] == sorted(rect.left() for rect in week)


def test_the_week_is_told_day_by_day_and_the_month_in_totals(window: StatsWindow) -> None:
    window.show_summary(summary_of(a_week()))
    assert window.week_bars.accessibleDescription() == (
        "Last 7 days, goal 6 a day: Tuesday 6, Wednesday 6, Thursday 6, Friday 6, "
        "Saturday 0 (day off), Sunday 0 (day off), today 4."
    )  # the report's rest days: the weekend has no working hours
    month = window.month_bars.accessibleDescription()
    assert month.startswith("Last 30 days: 46 breaks done, 1.5 a day on average;")
    assert "the goal of 6 met on 7 of 30 days" in month


def test_days_off_are_drawn_hollow(window: StatsWindow) -> None:
    saturday = TODAY - timedelta(days=2)
    history = [*a_week(), *breaks(saturday, 6)]
    window.show_summary(summary_of(history))  # Saturday: no working hours
    bars = window.week_bars
    colours = ChartColours.from_palette(bars.palette())
    rects = bars.bar_rects()
    saturday_bar, friday_bar = rects[4], rects[3]
    assert saturday_bar.height() == pytest.approx(friday_bar.height())
    assert distance(pixel(bars, friday_bar.center()), colours.accent) < 30
    assert distance(pixel(bars, saturday_bar.center()), colours.accent) > 100
    assert "Saturday 6 (day off)" in bars.accessibleDescription()


# ---------------------------------------------------------------------------------------------
# The year


def test_the_calendar_has_a_cell_for_each_of_365_days_weeks_as_columns(
    window: StatsWindow,
) -> None:
    window.show_summary(summary_of(a_week()))
    heatmap = window.heatmap
    days = [entry.day for entry in heatmap.days]
    assert len(days) == YEAR_DAYS == 365
    rects = [heatmap.cell_rect(day) for day in days]
    assert all(not rect.isEmpty() for rect in rects)
    assert len({(rect.x(), rect.y()) for rect in rects}) == 365
    monday, sunday = heatmap.cell_rect(TODAY), heatmap.cell_rect(TODAY - timedelta(days=1))
    assert monday.x() > sunday.x()  # a new week, a new column
    assert monday.y() < sunday.y()  # Monday on top (the C locale's first day of the week)
    week_ago = heatmap.cell_rect(TODAY - timedelta(days=7))
    assert week_ago.y() == monday.y()
    assert heatmap.cell_rect(TODAY - timedelta(days=YEAR_DAYS)).isEmpty()


def test_calendar_cells_are_shaded_in_five_levels_of_the_goal(window: StatsWindow) -> None:
    counts = {1: 0, 2: 1, 3: 3, 4: 5, 5: 6, 6: 12}  # days ago: breaks done
    history = [
        done
        for back, count in counts.items()
        for done in breaks(TODAY - timedelta(days=back), count)
    ]
    every_day_works = summary_of(history, working=lambda _day: True)
    window.show_summary(every_day_works)  # no rest days: every cell shaded
    heatmap = window.heatmap
    assert [heat_level(count, 6) for count in counts.values()] == [0, 1, 2, 3, 4, 4]
    colours = ChartColours.from_palette(heatmap.palette())
    image = heatmap.grab().toImage()
    seen = []
    for back, count in counts.items():
        centre = heatmap.cell_rect(TODAY - timedelta(days=back)).center().toPoint()
        found = image.pixelColor(centre)
        assert distance(found, colours.heat[heat_level(count, 6)]) < 12, (back, found.name())
        seen.append(found.name())
    assert len(set(seen[:5])) == 5  # each level its own colour
    assert seen[4] == seen[5]  # the goal met is the goal met


def test_the_calendar_tells_its_numbers_and_each_day_under_the_pointer(
    window: StatsWindow,
) -> None:
    window.show_summary(summary_of(a_week()))
    heatmap = window.heatmap
    assert heatmap.accessibleDescription() == (
        "Last 365 days: breaks done on 8 days, 46 in all; the goal met on 7 days; "
        "the most on 13 March (6)."
    )
    friday = TODAY - timedelta(days=3)
    assert heatmap.tooltip_at(heatmap.cell_rect(friday).center()) == (
        "Friday 13 March: 6 breaks done"
    )


# ---------------------------------------------------------------------------------------------
# Streaks, exercises, regions, comfort


def test_streaks_are_shown_as_numbers(window: StatsWindow) -> None:
    window.show_summary(summary_of(a_week()))
    assert window.streaks.numbers() == ("7", "7")
    assert window.streaks.accessibleDescription().startswith(
        "Current streak: 7 working days. Best streak: 7 working days."
    )


def test_the_most_done_exercises_are_listed_by_name(window: StatsWindow) -> None:
    history = [*a_week(), *breaks(TODAY - timedelta(days=2), 1, exercise="hip-flexor")]
    window.show_summary(summary_of(history), exercise_names={"neck-roll": "Neck roll"})
    top = window.top_exercises
    # Unknown to the library: the id made readable.
    assert top.names() == ["Neck roll", "Cat cow", "Hip flexor"]
    assert top.accessibleDescription() == (
        "Most done exercises in the last 7 days: Neck roll 2, Cat cow 1, Hip flexor 1."
    )


def test_every_exercise_name_fits_the_most_done_chart_uncut(window: StatsWindow) -> None:
    """At the window's own size, no English exercise name is cut short ("Rolling the hands
    backwar..." was)."""
    library, _problems = load_library(assets_dir())
    metrics = QtGui.QFontMetricsF(window.top_exercises.font())
    room = window.top_exercises.name_room()
    too_long = [p.name for p in library.exercises if metrics.horizontalAdvance(p.name) > room]
    assert too_long == []


def test_region_chips_are_filled_when_covered_and_dimmed_when_not(window: StatsWindow) -> None:
    window.show_summary(summary_of(a_week()))  # neck-roll and cat-cow, no hip-flexor
    chips = window.regions
    colours = ChartColours.from_palette(chips.palette())
    laid_out = chips.chips()
    assert [(chip.label, chip.covered) for chip in laid_out] == [
        ("Neck  2", True),
        ("Shoulders  2", True),
        ("Lower back  1", True),
        ("Whole spine  1", True),
        ("Hips", False),
    ]
    image = chips.grab().toImage()
    for chip in laid_out:
        # Inside the pill, left of its words.
        inside = QtCore.QPointF(chip.rect.left() + 6, chip.rect.center().y()).toPoint()
        found = image.pixelColor(inside)
        expected = colours.accent if chip.covered else colours.window
        assert distance(found, expected) < 30, (chip.label, found.name())
    assert chips.accessibleDescription() == (
        "Body regions worked in the last 7 days: Neck 2, Shoulders 2, Lower back 1, Whole spine 1. "
        "Not worked yet: Hips."
    )


def test_comfort_without_ratings_says_so_instead_of_drawing_a_line(window: StatsWindow) -> None:
    unrated = [e for e in a_week() if e.kind is not K.COMFORT]
    window.show_summary(summary_of(unrated))
    comfort = window.comfort
    colours = ChartColours.from_palette(comfort.palette())
    assert not comfort.has_ratings
    assert comfort.empty_text().startswith("No comfort ratings in the last 30 days.")
    assert comfort.accessibleDescription() == (
        "Comfort, last 30 days: no ratings yet; 46 breaks done."
    )
    assert comfort.rating_points() == []
    assert not _has_colour(comfort, colours.accent)

    window.show_summary(summary_of(a_week()))
    comfort = window.comfort  # the same chart, now with a rating
    assert comfort.has_ratings
    assert len(comfort.rating_points()) == 1
    assert _has_colour(comfort, colours.accent)
    assert comfort.accessibleDescription().startswith(
        "Comfort, last 30 days: rated on 1 days, 7.0 out of 10 on average, latest 7.0 on 16 March"
    )


def test_the_bars_and_the_comfort_line_name_the_day_under_the_pointer(
    window: StatsWindow,
) -> None:
    window.show_summary(summary_of(a_week()))
    bars = window.week_bars
    today, friday = bars.bar_rects()[-1], bars.bar_rects()[-4]
    assert bars.tooltip_at(today.center()) == "Monday 16 March: 4 breaks done"
    assert bars.tooltip_at(friday.center()) == "Friday 13 March: 6 breaks done"
    assert bars.tooltip_at(QtCore.QPointF(-5, today.center().y())) is None  # left of the plot
    comfort = window.comfort
    (rated,) = comfort.rating_points()
    assert comfort.tooltip_at(rated) == "Monday 16 March: 4 breaks done; comfort 7.0 out of 10"


def _has_colour(widget: QtWidgets.QWidget, colour: QtGui.QColor) -> bool:
    image = widget.grab().toImage()
    return any(
        distance(image.pixelColor(x, y), colour) < 12
        for x in range(0, image.width(), 2)
        for y in range(0, image.height(), 2)
    )


def test_an_empty_history_reads_as_not_started_yet(window: StatsWindow) -> None:
    window.show_summary(summarise(HistoryAggregates(), today=TODAY))
    assert window.empty_note.isVisible()
    assert window.today_ring.centre_text() == "0/6"
    assert window.week_bars.accessibleDescription() == "Last 7 days: no breaks done yet."
    assert window.heatmap.accessibleDescription() == "Last 365 days: no breaks recorded yet."
    assert window.top_exercises.accessibleDescription() == (
        "No exercises done in the last 7 days yet."
    )
    assert window.regions.accessibleDescription() == (
        "Body regions, last 7 days: no exercises done yet."
    )
    window.show_summary(summary_of(a_week()))
    assert not window.empty_note.isVisible()


# ---------------------------------------------------------------------------------------------
# Export


class ChoosingWindow(StatsWindow):
    """The window with the file dialog replaced by a chosen answer."""

    def __init__(self, answer: str) -> None:
        super().__init__()
        self.answer = answer
        self.asked = 0

    def choose_export_path(self) -> str:
        self.asked += 1
        return self.answer


def test_export_emits_the_chosen_path(qtbot: QtBot, tmp_path: Path) -> None:
    chosen = str(tmp_path / "history.csv")
    stats = ChoosingWindow(chosen)
    qtbot.addWidget(stats)
    with qtbot.waitSignal(stats.export_requested, timeout=1000) as signal:
        stats.export_button.click()
    assert signal.args == [chosen]
    assert stats.export_button.text() == "Export CSV…"


def test_export_adds_the_csv_suffix_and_a_cancelled_choice_exports_nothing(
    qtbot: QtBot, tmp_path: Path
) -> None:
    stats = ChoosingWindow(str(tmp_path / "history"))
    qtbot.addWidget(stats)
    emitted: list[str] = []
    stats.export_requested.connect(emitted.append)
    stats.export_button.click()
    stats.answer = ""
    stats.export_button.click()
    assert stats.asked == 2
    assert emitted == [str(tmp_path / "history.csv")]


def test_from_the_history_store_to_the_window_and_back_to_a_csv_file(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """The wiring the app does: aggregates from a real SQLite history, summarised and shown;
    the chosen path handed to export_csv and the result shown."""
    target = tmp_path / "export.csv"
    stats = ChoosingWindow(str(target))
    qtbot.addWidget(stats)
    with HistoryStore(tmp_path / "history.sqlite3") as store:
        store.record_many(a_week())
        stats.show_summary(
            summarise(store.aggregates(TODAY), today=TODAY, rules=StreakRules(6, WEEKDAYS))
        )

        def export(path: str) -> None:
            stats.show_message(exported_text(store.export_csv(Path(path)), path))

        stats.export_requested.connect(export)
        stats.export_button.click()
    assert stats.today_ring.centre_text() == "4/6"
    with target.open(encoding="utf-8", newline="") as stream:
        rows = list(csv.reader(stream))
    assert len(rows) == 1 + len(a_week())
    assert stats.message_label.text() == f"Exported {len(a_week())} events to {target}"


# ---------------------------------------------------------------------------------------------
# Look and accessibility


def test_a_dark_palette_repaints_the_charts_in_dark_colours(
    window: StatsWindow, qtbot: QtBot
) -> None:
    window.show_summary(summary_of(a_week()))
    heatmap = window.heatmap
    empty_day = heatmap.cell_rect(TODAY - timedelta(days=100)).center()
    ring = window.today_ring
    track = QtCore.QPointF(
        ring.ring_rect().left() + ring.ring_rect().width() * 0.055,
        ring.ring_rect().center().y(),
    )
    assert pixel(heatmap, empty_day).lightness() > 180
    assert pixel(ring, track).lightness() > 180

    window.setPalette(dark_palette())
    qtbot.wait(1)
    assert heatmap.palette().color(QtGui.QPalette.ColorRole.Window).name() == "#202124"
    assert pixel(heatmap, empty_day).lightness() < 80
    assert pixel(ring, track).lightness() < 80
    assert pixel(heatmap, QtCore.QPointF(heatmap.width() / 2, 2)).lightness() < 80
    done = heatmap.cell_rect(TODAY - timedelta(days=3)).center()  # goal met: the highlight
    assert distance(pixel(heatmap, done), QtGui.QColor("#3d8fd6")) < 12


def test_every_widget_has_an_accessible_name_and_every_chart_its_numbers(
    window: StatsWindow,
) -> None:
    window.show_summary(summary_of(a_week()))
    charts = window.findChildren(Chart)
    assert len(charts) == 8
    for chart in charts:
        assert chart.accessibleName(), type(chart).__name__
        assert any(ch.isdigit() for ch in chart.accessibleDescription()), chart.accessibleName()
        assert chart.focusPolicy() & Qt.FocusPolicy.TabFocus
    for widget in [
        window,
        *window.findChildren(QtWidgets.QLabel),
        *window.findChildren(QtWidgets.QPushButton),
        window.scroll_area,
    ]:
        assert widget.accessibleName(), widget
    assert window.today_ring.accessibleName() == "Today"


def _frame_has_colour(widget: QtWidgets.QWidget, colour: QtGui.QColor) -> bool:
    """Whether `colour` shows in the outermost 3 pixels, where a chart draws its focus ring."""
    image = widget.grab().toImage()
    edge = [(x, y) for x in range(image.width()) for y in (1, 2, image.height() - 3)]
    edge += [(x, y) for y in range(image.height()) for x in (1, 2, image.width() - 3)]
    return any(distance(image.pixelColor(x, y), colour) < 60 for x, y in edge)


def test_every_chart_shows_keyboard_focus_even_with_nothing_to_draw(
    window: StatsWindow, qtbot: QtBot
) -> None:
    """Before the first summary arrives every chart is empty; tabbing onto it must still show
    where the focus is."""
    window.activateWindow()
    qtbot.waitActive(window)
    highlight = window.palette().color(QtGui.QPalette.ColorRole.Highlight)
    for chart in window.charts():
        name = type(chart).__name__
        assert not _frame_has_colour(chart, highlight), name
        chart.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(chart.hasFocus)
        assert _frame_has_colour(chart, highlight), name


def test_the_window_opens_at_a_reasonable_size_and_scrolls_when_made_small(
    window: StatsWindow, qtbot: QtBot
) -> None:
    window.show_summary(summary_of(a_week()))
    assert (window.width(), window.height()) == (760, 620)
    window.resize(420, 300)
    qtbot.wait(1)
    QtWidgets.QApplication.processEvents()
    assert window.scroll_area.verticalScrollBar().maximum() > 0
    assert window.heatmap.width() >= window.heatmap.minimumWidth()


def test_show_message_shows_the_result_line(window: StatsWindow) -> None:
    window.show_message("Could not export to /nowhere/x.csv: No such file or directory")
    assert window.message_label.text() == (
        "Could not export to /nowhere/x.csv: No such file or directory"
    )


def test_a_failed_export_names_the_file_and_the_reason(qtbot: QtBot, tmp_path: Path) -> None:
    target = tmp_path / "no such folder" / "history.csv"
    stats = ChoosingWindow(str(target))
    qtbot.addWidget(stats)
    with HistoryStore(tmp_path / "history.sqlite3") as store:

        def export(path: str) -> None:
            try:
                count = store.export_csv(Path(path))
            except OSError as error:
                stats.show_message(export_failed_text(path, error))
            else:
                stats.show_message(exported_text(count, path))

        stats.export_requested.connect(export)
        stats.export_button.click()
    assert stats.message_label.text() == (
        f"Could not export to {target}: No such file or directory"
    )
    assert not target.exists()


def test_the_comfort_charts_bars_say_their_own_scale(window: StatsWindow) -> None:
    # The bars share the plot with the 0-10 comfort scale but not its numbers: the month's
    # busiest day (6 breaks) fills the plot, and the legend says so, or a day of 1 break
    # reaching the "10" line reads as 10 breaks.
    window.show_summary(summary_of(a_week()))
    comfort = window.comfort
    assert comfort.legend() == ("Comfort (0-10)", "Breaks done (0-6)")
    tallest = max(comfort.bar_rects(), key=lambda rect: rect.height())
    assert abs(tallest.top() - comfort._plot_rect().top()) < 0.5
