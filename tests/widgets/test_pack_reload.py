"""The person's own pack is read again when its folder changes while the app runs (issue 15):
the next break uses what was added, a card on screen keeps its guide, and a file that cannot
be used is said once. A real folder and a real file watcher; a hand clock and scheduler."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from apps import build_app
from clocks import HandClock
from pytestqt.qtbot import QtBot
from schedulers import HandScheduler

from backbreak.app.exercise_library import ExerciseSource
from backbreak.core.planner import Planner
from backbreak.paths import Paths, assets_dir
from backbreak.store.settings_store import SettingsStore

ZONE = ZoneInfo("Europe/Berlin")
# Ours, short enough for a micro break (20-40 s), and done seated or standing at the desk.
OURS = (assets_dir() / "exercises" / "neck-flexion-roll.toml").read_text()
# Seen by the watcher and reloaded well within this (settling takes under half a second).
WAIT_MS = 8000


def my_exercise(exercise_id: str, name: str) -> str:
    return OURS.replace('id = "neck-flexion-roll"', f'id = "{exercise_id}"').replace(
        'name = "Neck flexion and roll"', f'name = "{name}"'
    )


class App:
    def __init__(self, qtbot: QtBot, tmp_path: Path, *, pack_exists: bool = True) -> None:
        self.clock = HandClock()
        self.paths = Paths(
            tmp_path / "config", tmp_path / "data", tmp_path / "log", tmp_path / "run"
        )
        self.paths.ensure()
        self.pack = self.paths.user_pack_dir
        if pack_exists:
            (self.pack / "exercises").mkdir(parents=True)
        settings = SettingsStore(self.paths.config_dir).load().settings
        self.controller = build_app(
            Planner(settings.to_rules(), ZONE, self.clock.now()),
            self.clock,
            ZONE,
            scheduler_factory=HandScheduler,
            exercises=lambda: ExerciseSource.load(self.paths, self.controller.settings.current),
            settings=settings,
        )
        # Every message for the person, in order (they still reach the status window).
        self.told: list[str] = []
        self.controller.windows.told.connect(self.told.append)
        qtbot.addWidget(self.controller.windows.window)
        self.controller.start(scheduler_delay_ms=0)
        self.controller.library.get()  # read at once, as a break or the settings window would

    def ids(self) -> set[str]:
        source = self.controller.library.get()
        assert source is not None
        library = source.picker.library
        return {p.id for p in (*library.exercises, *library.routines)}


@pytest.fixture
def app(qtbot: QtBot, tmp_path: Path) -> Iterator[App]:
    running = App(qtbot, tmp_path)
    yield running
    running.controller.stop()


def test_an_exercise_added_while_running_is_in_the_next_break_not_the_one_on_screen(
    qtbot: QtBot, app: App
) -> None:
    # Everything of ours is set aside, so the next break can only show the new exercise.
    app.controller.settings.change({"exercises.excluded": sorted(app.ids())})
    app.clock.current += timedelta(minutes=25)
    app.controller.session.on_due()
    on_screen = app.controller.session.card
    assert on_screen is not None and app.controller.session.guide_id is None  # nothing fits yet

    (app.pack / "exercises" / "my-tuck.toml").write_text(my_exercise("my-tuck", "My tuck"))
    qtbot.waitUntil(lambda: "my-tuck" in app.ids(), timeout=WAIT_MS)

    assert app.controller.session.card is on_screen and on_screen.isVisible()
    assert app.controller.session.guide_id is None  # the break on screen is not disturbed
    app.controller.session.snooze()
    app.clock.current += timedelta(minutes=5)
    app.controller.session.on_due()
    assert app.controller.session.card is not None and app.controller.session.card is not on_screen
    assert app.controller.session.guide_id == "my-tuck"
    assert not [message for message in app.told if "could not be read" in message]


def test_a_broken_pack_file_is_said_once_and_again_after_it_was_fixed(
    qtbot: QtBot, app: App
) -> None:
    broken = app.pack / "exercises" / "half-done.toml"
    broken.write_text('id = "half-done"\nname = [unfinished\n')
    qtbot.waitUntil(lambda: any("half-done.toml" in m for m in app.told), timeout=WAIT_MS)
    said = [m for m in app.told if "half-done.toml" in m]
    assert len(said) == 1 and "could not be read and were left out" in said[0]
    assert str(app.paths.log_file) in said[0]  # where the details are
    assert "half-done.toml" in app.controller.windows.window.status_label.text()

    # Another file of the pack saved: the library is read again, the same problem not said.
    (app.pack / "exercises" / "my-roll.toml").write_text(my_exercise("my-roll", "My roll"))
    qtbot.waitUntil(lambda: "my-roll" in app.ids(), timeout=WAIT_MS)
    assert len([m for m in app.told if "half-done.toml" in m]) == 1
    assert "half-done" not in app.ids()

    # Fixed in place (the file rewritten, not replaced): it loads, and nothing is said.
    broken.write_text(my_exercise("half-done", "Half done"))
    qtbot.waitUntil(lambda: "half-done" in app.ids(), timeout=WAIT_MS)
    assert len([m for m in app.told if "half-done.toml" in m]) == 1

    # Broken again: a new problem, said again.
    broken.write_text("not = [toml\n")
    qtbot.waitUntil(
        lambda: len([m for m in app.told if "half-done.toml" in m]) == 2, timeout=WAIT_MS
    )


def test_a_pack_folder_made_after_start_is_watched(qtbot: QtBot, tmp_path: Path) -> None:
    app = App(qtbot, tmp_path, pack_exists=False)
    try:
        assert not app.pack.exists()
        (app.pack / "routines").mkdir(parents=True)
        (app.pack / "exercises").mkdir()
        (app.pack / "exercises" / "my-tuck.toml").write_text(my_exercise("my-tuck", "My tuck"))
        (app.pack / "routines" / "my-pair.toml").write_text(
            'id = "my-pair"\nname = "My pair"\nsummary = "Mine."\nuse = "micro"\n\n'
            '[[items]]\nexercise = "chin-tuck"\nrounds = 2\n\n'
            '[[items]]\nexercise = "shoulder-blade-squeeze"\nrounds = 2\n'
        )
        qtbot.waitUntil(lambda: {"my-tuck", "my-pair"} <= app.ids(), timeout=WAIT_MS)
    finally:
        app.controller.stop()


def test_changes_outside_the_pack_read_nothing_again(qtbot: QtBot, tmp_path: Path) -> None:
    """While the pack folder is missing its parent (the data folder) is watched, which the
    history writes to at every break: that is not a reason to read the library again."""
    app = App(qtbot, tmp_path, pack_exists=False)
    try:
        before = app.controller.library.get()
        (app.paths.data_dir / "history.jsonl").write_text("")
        qtbot.wait(1200)  # longer than the watch takes to settle
        assert app.controller.library.get() is before
    finally:
        app.controller.stop()


def test_shutdown_in_the_middle_of_a_burst_leaves_nothing_running(qtbot: QtBot, app: App) -> None:
    (app.pack / "exercises" / "my-tuck.toml").write_text(my_exercise("my-tuck", "My tuck"))
    watch = app.controller.library.pack_watch
    assert watch is not None
    qtbot.waitUntil(lambda: watch._settle.isActive(), timeout=WAIT_MS)
    app.controller.stop()
    assert not watch._settle.isActive() and watch.watched == []
    # (The guard in tests/conftest.py also fails the test on a live timer.)


def test_the_settings_window_opened_next_lists_the_new_exercise(qtbot: QtBot, app: App) -> None:
    app.controller.preferences.show()
    first = app.controller.preferences.window
    assert first is not None
    first.hide()
    (app.pack / "exercises" / "my-tuck.toml").write_text(my_exercise("my-tuck", "My tuck"))
    qtbot.waitUntil(lambda: "my-tuck" in app.ids(), timeout=WAIT_MS)
    app.controller.preferences.show()
    window = app.controller.preferences.window
    assert window is not None and window is not first
    assert "my-tuck" in window.picker._items
    window.hide()
