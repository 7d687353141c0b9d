"""A history another program keeps locked costs the GUI thread a short wait, not seconds per
command, and held events are written from a timer once the lock goes (issue 12, item 13)."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from apps import build_app
from clocks import HandClock
from pytestqt.qtbot import QtBot
from schedulers import HandScheduler

from backbreak.app import history_service
from backbreak.app.exercise_library import ExerciseSource
from backbreak.core.history import HistoryEventKind
from backbreak.core.planner import Planner
from backbreak.paths import Paths
from backbreak.store.history_store import HistoryStore
from backbreak.store.settings_store import SettingsStore

ZONE = ZoneInfo("Europe/Berlin")


class App:
    def __init__(self, qtbot: QtBot, tmp_path: Path) -> None:
        self.clock = HandClock()
        self.paths = Paths(
            tmp_path / "config", tmp_path / "data", tmp_path / "log", tmp_path / "run"
        )
        self.paths.ensure()
        settings = SettingsStore(self.paths.config_dir).load().settings
        self.history = HistoryStore(self.paths.history_file)
        self.controller = build_app(
            Planner(settings.to_rules(), ZONE, self.clock.now()),
            self.clock,
            ZONE,
            scheduler_factory=HandScheduler,
            exercises=lambda: ExerciseSource.load(self.paths, self.controller.settings.current),
            settings=settings,
            history=self.history,
        )
        qtbot.addWidget(self.controller.windows.window)
        self.controller.start(scheduler_delay_ms=0)
        self.controller.history.get_ready()  # today's figures, as just after start-up


@pytest.fixture
def app(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[App]:
    monkeypatch.setattr(history_service, "HISTORY_RETRY_INTERVAL_MS", 50)
    running = App(qtbot, tmp_path)
    yield running
    running.controller.stop()
    running.history.close()


def test_a_locked_history_costs_a_short_wait_and_is_written_once_free(
    qtbot: QtBot, app: App
) -> None:
    blocker = sqlite3.connect(app.paths.history_file, isolation_level=None)
    blocker.execute("BEGIN EXCLUSIVE")  # another program holds the write lock
    try:
        started = time.monotonic()
        app.controller.session.take_break_now()
        status = app.controller.status()
        assert time.monotonic() - started < 1.5  # was over a second per event, 4 s a command
        assert status.done_today == 0
        assert app.history.unsaved == 1
        assert app.controller.history._retry.isActive()
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
    qtbot.waitUntil(lambda: app.history.unsaved == 0, timeout=5000)
    assert not app.controller.history._retry.isActive()
    assert [event.kind for event in app.history.events()] == [HistoryEventKind.STARTED]
