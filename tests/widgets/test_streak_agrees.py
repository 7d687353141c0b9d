"""One streak everywhere (issue 14): with a daily goal of 2, two days that met it and a fully
paused working day between them, the statistics window, `status --json` and `backbreak stats`
all say 2. (The window used to pass the paused day over and the other two to break on it.)

The app runs in-process on a hand clock set to the real time, so that `backbreak stats`,
which reads the real clock, sees the same today; both read the same history file."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from apps import build_app
from clocks import HandClock
from pytestqt.qtbot import QtBot
from schedulers import HandScheduler

from backbreak.app.exercise_library import ExerciseSource
from backbreak.app.root import App
from backbreak.core.history import HistoryEvent, HistoryEventKind
from backbreak.core.hours import day_key
from backbreak.core.planner import BreakKind, Planner
from backbreak.paths import Paths
from backbreak.store.history_store import HistoryStore
from backbreak.store.settings_store import SettingsStore

ZONE = ZoneInfo("Europe/Berlin")
DAY_STARTS = time(4, 0)  # the default


def write_history(paths: Paths, now: datetime) -> None:
    """Two days ago: 2 breaks done; yesterday: paused from before it began until this morning;
    today: 2 breaks done. Times are placed inside each backbreak day whatever the hour now."""
    today = day_key(now, ZONE, DAY_STARTS)
    today_start = datetime.combine(today, DAY_STARTS, tzinfo=ZONE)
    so_far = now - today_start  # this much of today has passed (under a day)
    two_days_ago = datetime.combine(today - timedelta(days=2), time(10, 0), tzinfo=ZONE)
    events = [
        (HistoryEventKind.COMPLETED, two_days_ago),
        (HistoryEventKind.COMPLETED, two_days_ago + timedelta(minutes=30)),
        (HistoryEventKind.PAUSED, two_days_ago + timedelta(hours=12)),
        (HistoryEventKind.RESUMED, today_start + so_far / 4),
        (HistoryEventKind.COMPLETED, today_start + so_far / 2),
        (HistoryEventKind.COMPLETED, today_start + so_far * 3 / 4),
    ]
    with HistoryStore(paths.history_file) as store:
        for kind, at in events:
            store.record(HistoryEvent.create(kind, at, ZONE, break_kind=BreakKind.MICRO))


@pytest.fixture
def controller(qtbot: QtBot) -> Iterator[App]:
    now = datetime.now(UTC)
    paths = Paths.from_platform()
    paths.ensure()
    store = SettingsStore(paths.config_dir)
    settings = store.load().settings
    store.save(settings.with_changes({"history.daily_goal": 2}))
    settings = store.load().settings
    write_history(paths, now)
    history = HistoryStore(paths.history_file)
    clock = HandClock(start=now)
    app = build_app(
        Planner(settings.to_rules(), ZONE, clock.now()),
        clock,
        ZONE,
        scheduler_factory=HandScheduler,
        exercises=lambda: ExerciseSource.load(paths, app.settings.current),
        settings=settings,
        settings_store=store,
        history=history,
    )
    qtbot.addWidget(app.windows.window)
    app.start(scheduler_delay_ms=0)
    app.history.get_ready()  # today's figures, as a status bar's first request has them
    yield app
    app.stop()
    history.close()


def test_the_window_the_status_and_the_stats_command_count_one_streak(
    qtbot: QtBot, controller: App
) -> None:
    assert controller.status().streak == 2
    controller.statistics.show()
    window = controller.statistics.window
    assert window is not None
    qtbot.addWidget(window)
    shown = window.streaks.streaks
    assert shown is not None and shown.current == 2
    command = shutil.which("backbreak")
    args = [command] if command else [sys.executable, "-m", "backbreak"]
    result = subprocess.run(
        [*args, "stats", "--json"],
        capture_output=True,
        text=True,
        timeout=30,
        env=dict(os.environ, TZ="Europe/Berlin"),
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["current_streak"] == 2
