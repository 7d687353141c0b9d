"""The wired app with real settings and history files: changes apply at once, edits to the
file are picked up, every break leaves its trace in the history, and the warning's buttons
work. (Offscreen; a fake clock; the notifier is the last-resort one.)"""

from __future__ import annotations

import gc
import linecache
import threading
import weakref
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
from backbreak.core.history import HistoryEventKind
from backbreak.core.planner import BreakKind, Phase, Planner
from backbreak.core.settings import SettingsError
from backbreak.paths import RENDERED_ICON_SIZES, Paths
from backbreak.platform.autostart import AutostartError
from backbreak.platform.notify import ACTION_SNOOZE, ACTION_START
from backbreak.qt import Qt, QtGui, QTimer, QtWidgets, is_alive
from backbreak.store.history_store import HistoryStore
from backbreak.store.settings_store import SettingsStore
from backbreak.ui.settings.general import GeneralPage

ZONE = ZoneInfo("Europe/Berlin")


class App:
    def __init__(self, qtbot: QtBot, tmp_path: Path) -> None:
        self.clock = HandClock()
        self.paths = Paths(
            tmp_path / "config", tmp_path / "data", tmp_path / "log", tmp_path / "run"
        )
        self.paths.ensure()
        self.store = SettingsStore(self.paths.config_dir)
        settings = self.store.load().settings
        self.history = HistoryStore(self.paths.history_file)
        self.controller = build_app(
            Planner(settings.to_rules(), ZONE, self.clock.now()),
            self.clock,
            ZONE,
            scheduler_factory=HandScheduler,
            exercises=lambda: ExerciseSource.load(self.paths, self.controller.settings.current),
            settings=settings,
            settings_store=self.store,
            history=self.history,
            data_dir=self.paths.data_dir,
        )
        qtbot.addWidget(self.controller.windows.window)
        self.controller.start(scheduler_delay_ms=0)

    def kinds(self) -> list[HistoryEventKind]:
        return [event.kind for event in self.history.events()]


@pytest.fixture
def app(qtbot: QtBot, tmp_path: Path) -> Iterator[App]:
    running = App(qtbot, tmp_path)
    yield running
    running.controller.stop()
    running.history.close()


def test_a_new_interval_moves_the_next_break_and_is_saved(app: App) -> None:
    assert app.controller.status().seconds_to_next_break == 25 * 60
    app.controller.settings.change({"schedule.micro_interval_minutes": 40})
    assert app.controller.status().seconds_to_next_break == 40 * 60
    assert "micro_interval_minutes = 40" in app.store.path.read_text()
    assert "Next stretch in 40 min" in app.controller.windows.window.status_label.text()


def test_an_invalid_change_is_refused_by_name_and_changes_nothing(app: App) -> None:
    with pytest.raises(SettingsError, match="Micro break interval"):
        app.controller.settings.change({"schedule.micro_interval_minutes": 999})
    assert app.controller.status().seconds_to_next_break == 25 * 60
    assert not app.store.path.exists()


def test_an_edit_to_the_file_while_running_is_picked_up(qtbot: QtBot, app: App) -> None:
    app.controller.settings.change({"schedule.micro_interval_minutes": 40})
    text = app.store.path.read_text().replace(
        "micro_interval_minutes = 40", "micro_interval_minutes = 15"
    )
    app.store.path.write_text(text)
    # The file watcher (or the backup timer) notices without being asked.
    qtbot.waitUntil(lambda: app.controller.status().seconds_to_next_break == 15 * 60, timeout=8000)


def test_a_taken_break_leaves_its_trace_in_the_history(app: App) -> None:
    app.controller.session.take_break_now()
    card = app.controller.session.card
    assert card is not None
    ran = card.remaining_seconds  # Done once the routine's time has run (sooner: ended early)
    app.clock.current += timedelta(seconds=ran)
    card.done_button.click()
    events = app.history.events()
    assert [e.kind for e in events] == [HistoryEventKind.STARTED, HistoryEventKind.COMPLETED]
    completed = events[-1]
    assert completed.exercise_id is not None
    assert completed.actual_seconds == ran
    assert completed.planned_seconds is not None and completed.planned_seconds > 0
    # A second process (the CLI) reads today's count from the same file.
    settings = app.controller.settings.current
    today = app.history.today(
        app.clock.now(), ZONE, settings.streak_rules(), settings.to_rules().working_hours
    )
    assert today.completed == 1


def test_offered_snoozed_and_skipped_breaks_are_recorded(app: App) -> None:
    app.clock.current += timedelta(minutes=25)
    app.controller.session.on_due()  # the scheduler's wake-up, without waiting 25 min
    assert app.controller.session.card is not None
    app.controller.session.snooze()
    app.clock.current += timedelta(minutes=5)
    app.controller.session.on_due()
    app.controller.session.skip()
    assert app.kinds() == [
        HistoryEventKind.PROMPTED,
        HistoryEventKind.SNOOZED,
        HistoryEventKind.PROMPTED,
        HistoryEventKind.SKIPPED,
    ]


def test_the_warnings_buttons_start_or_snooze_the_coming_break(app: App) -> None:
    app.clock.current += timedelta(minutes=24, seconds=35)
    app.controller.session.on_due()  # the warning falls due
    app.controller.warnings.on_notification_action(ACTION_SNOOZE)
    assert app.controller.status().state == Phase.SNOOZED.value
    # Put off by the 5-minute snooze from when it was due (25 minutes in).
    app.clock.current += timedelta(minutes=5, seconds=24)
    app.controller.session.on_due()
    assert app.controller.session.card is None
    app.clock.current += timedelta(seconds=1)
    app.controller.session.on_due()
    assert app.controller.session.card is not None
    app.controller.warnings.on_notification_action(ACTION_START)
    assert app.controller.status().state == Phase.ON_BREAK.value


def test_status_tells_todays_breaks_and_the_streak(qtbot: QtBot, app: App) -> None:
    # Today's figures come once the tray icon is up, just after start-up.
    qtbot.waitUntil(lambda: app.controller.status().done_today is not None)
    status = app.controller.status()
    assert (status.done_today, status.daily_goal, status.streak) == (0, 6, 0)
    app.controller.session.take_break_now()
    card = app.controller.session.card
    assert card is not None
    app.clock.current += timedelta(seconds=card.remaining_seconds)
    card.done_button.click()
    assert app.controller.status().done_today == 1
    app.controller.settings.change({"history.daily_goal": 4})
    assert app.controller.status().daily_goal == 4


def test_the_statistics_window_shows_the_history_and_exports_it(
    qtbot: QtBot, app: App, tmp_path: Path
) -> None:
    app.controller.session.take_break_now()
    card = app.controller.session.card
    assert card is not None
    app.clock.current += timedelta(seconds=card.remaining_seconds)
    card.done_button.click()
    app.controller.statistics.show()
    window = app.controller.statistics.window
    assert window is not None and window.isVisible()
    qtbot.addWidget(window)
    assert "1 of 6" in window.today_ring.accessibleDescription()
    target = tmp_path / "out.csv"
    window.export_requested.emit(str(target))
    assert target.read_text().count("\n") == 3  # header, started, completed
    assert str(target) in window.message_label.text()


def test_the_settings_window_changes_apply_at_once_and_are_saved(qtbot: QtBot, app: App) -> None:
    app.controller.preferences.show()
    window = app.controller.preferences.window
    assert window is not None and window.isVisible()
    qtbot.addWidget(window)
    window.changed.emit({"schedule.micro_interval_minutes": 50})
    assert app.controller.status().seconds_to_next_break == 50 * 60
    assert "micro_interval_minutes = 50" in app.store.path.read_text()
    # An edit to the file shows in the open window.
    app.store.path.write_text(
        app.store.path.read_text().replace(
            "micro_interval_minutes = 50", "micro_interval_minutes = 20"
        )
    )
    app.controller.settings.check_file()
    assert window.settings.get("schedule.micro_interval_minutes") == 20


def finish_a_break(qtbot: QtBot, app: App) -> None:
    app.controller.session.take_break_now()
    card = app.controller.session.card
    assert card is not None
    card.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    app.clock.current += timedelta(seconds=card.remaining_seconds)
    card.done_button.click()


def test_the_comfort_check_in_comes_once_a_day_after_a_completed_break(
    qtbot: QtBot, app: App
) -> None:
    finish_a_break(qtbot, app)
    # It comes once the card has gone, not over it.
    qtbot.waitUntil(lambda: app.controller.comfort.prompt is not None, timeout=3000)
    prompt = app.controller.comfort.prompt
    assert prompt is not None
    with qtbot.waitSignal(prompt.rated):
        prompt.rating_buttons[7].click()
    comfort = [e for e in app.history.events() if e.kind is HistoryEventKind.COMFORT]
    assert [e.rating for e in comfort] == [7]
    qtbot.waitUntil(lambda: app.controller.comfort.prompt is None, timeout=3000)
    # The next break the same day: no second question.
    finish_a_break(qtbot, app)
    qtbot.wait(600)
    assert app.controller.comfort.prompt is None


def test_no_comfort_check_in_when_it_is_switched_off(qtbot: QtBot, app: App) -> None:
    app.controller.settings.change({"history.comfort_check_in": False})
    finish_a_break(qtbot, app)
    qtbot.wait(600)
    assert app.controller.comfort.prompt is None


def test_closed_statistics_and_settings_windows_are_freed_and_open_again(
    qtbot: QtBot, app: App
) -> None:
    """A closed window is destroyed, not hidden (its memory comes back), and opening it
    again shows a fresh one with today's figures and settings."""
    views = (app.controller.statistics, app.controller.preferences)
    for view in views:
        view.show()
        window = view.window
        assert window is not None and window.isVisible()
        window.close()
        qtbot.waitUntil(lambda v=view: v.window is None)
        view.show()
        assert view.window is not None and view.window.isVisible()
    app.controller.settings.change({"schedule.micro_interval_minutes": 40})
    settings_window = app.controller.preferences.window
    assert settings_window is not None
    settings_window.close()
    qtbot.waitUntil(lambda: app.controller.preferences.window is None)
    app.controller.preferences.show()
    assert app.controller.preferences.window is not None


def test_the_settings_and_statistics_windows_carry_the_app_icon_and_the_app_none(
    app: App,
) -> None:
    """Task bars and window switchers show the windows by the app's icon, in every size; the
    app as a whole sets none, so the tray icon's own hidden window does not hold every size
    of it all day."""
    assert QtGui.QGuiApplication.windowIcon().isNull()
    for view in (app.controller.statistics, app.controller.preferences):
        view.show()
        window = view.window
        assert window is not None
        sizes = {size.width() for size in window.windowIcon().availableSizes()}
        assert sizes == set(RENDERED_ICON_SIZES)
        window.close()
    assert QtGui.QGuiApplication.windowIcon().isNull()


def test_a_closed_window_is_given_back_to_the_system_a_moment_later(qtbot: QtBot, app: App) -> None:
    """An idle tray app allocates too little for Python's cycle collector to run, so a
    closed window's Python side (tied up with the handlers connected to it) would stay for
    hours; the memory tidy collects it a moment after the window goes (and drops the
    source text PySide6's import hook cached for the window's modules)."""
    gc.disable()  # as in an idle app: no collection comes by itself during the test
    try:
        views = (app.controller.statistics, app.controller.preferences)
        closed = []
        for view in views:
            view.show()
            window = view.window
            assert window is not None
            closed.append(weakref.ref(window))
            window.close()
            del window
            qtbot.waitUntil(lambda v=view: v.window is None)
        assert app.controller.memory.pending
        linecache.updatecache(__file__)  # as PySide6's import hook leaves each module's source
        # As Qt's style leaves pieces of the controls it drew (QPixmapCache)
        QtGui.QPixmapCache.insert("drawn-for-a-closed-window", QtGui.QPixmap(64, 64))
        qtbot.waitUntil(lambda: not app.controller.memory.pending, timeout=5000)
        assert [ref() for ref in closed] == [None, None]
        assert __file__ not in linecache.cache
        assert QtGui.QPixmapCache.find("drawn-for-a-closed-window") is None
    finally:
        gc.enable()


def test_what_start_up_freed_is_given_back_once_it_has_settled(
    qtbot: QtBot, app: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    collections: list[int] = []
    monkeypatch.setattr(gc, "collect", lambda: collections.append(0) or 0)
    assert app.controller.memory.pending  # started with the app
    qtbot.waitUntil(lambda: collections == [0], timeout=10_000)
    assert not app.controller.memory.pending  # and not again until a window closes


def test_stopping_the_app_deletes_its_windows_at_once(app: App) -> None:
    """Quitting with a card and both windows open: they go during stop(), while the services
    they report to are still there. A deferred delete would run after the event loop has
    ended, at teardown, and their handlers would emit from deleted objects (a traceback on
    quit, seen with the bundle)."""
    app.controller.session.take_break_now()
    app.controller.statistics.show()
    app.controller.preferences.show()
    windows = [
        app.controller.session.card,
        app.controller.statistics.window,
        app.controller.preferences.window,
    ]
    assert all(window is not None for window in windows)
    app.controller.stop()
    assert [is_alive(window) for window in windows if window is not None] == [False] * 3


def test_stopping_the_app_stops_a_pending_memory_tidy(qtbot: QtBot, app: App) -> None:
    app.controller.statistics.show()
    window = app.controller.statistics.window
    assert window is not None
    window.close()
    qtbot.waitUntil(lambda: app.controller.memory.pending)
    app.controller.stop()
    assert not app.controller.memory.pending


class SlowAutostart:
    """Start at login as the Background portal does it inside a Flatpak: the answer comes when
    the person has answered the desktop's question (`answer`), or is a refusal."""

    def __init__(self, refusal: str | None = None) -> None:
        self.enabled = False
        self.refusal = refusal
        self.answer = threading.Event()

    def is_enabled(self) -> bool:
        return self.enabled

    def enable(self) -> None:
        self.answer.wait(timeout=30)
        if self.refusal is not None:
            raise AutostartError(self.refusal)
        self.enabled = True

    def disable(self) -> None:
        self.answer.wait(timeout=30)
        self.enabled = False


def start_at_login_box(qtbot: QtBot, app: App, autostart: SlowAutostart) -> QtWidgets.QCheckBox:
    app.controller.preferences.autostart = autostart
    app.controller.preferences.show()
    window = app.controller.preferences.window
    assert window is not None
    qtbot.addWidget(window)
    box = window.control("general.start_at_login")
    assert isinstance(box, QtWidgets.QCheckBox) and not box.isChecked()
    return box


def test_breaks_go_on_while_the_desktop_is_asked_about_start_at_login(
    qtbot: QtBot, app: App
) -> None:
    autostart = SlowAutostart()
    box = start_at_login_box(qtbot, app, autostart)
    box.click()
    # The question is with the desktop: the app's loop still runs (a break can come, the
    # tray answers) while the answer is awaited.
    ticked: list[bool] = []
    QTimer.singleShot(50, lambda: ticked.append(True))
    qtbot.waitUntil(lambda: bool(ticked), timeout=2000)
    app.controller.session.take_break_now()
    assert app.controller.session.planner.phase is Phase.ON_BREAK
    assert not autostart.enabled
    autostart.answer.set()
    qtbot.waitUntil(lambda: autostart.enabled, timeout=5000)
    assert box.isChecked()
    assert "start_at_login = true" in app.store.path.read_text()


def test_a_refusal_from_the_desktop_is_said_and_the_switch_goes_back(
    qtbot: QtBot, app: App
) -> None:
    autostart = SlowAutostart(refusal="Start at login was not allowed: the desktop said no.")
    autostart.answer.set()
    box = start_at_login_box(qtbot, app, autostart)
    box.click()
    window = app.controller.preferences.window
    assert window is not None
    qtbot.waitUntil(lambda: "the desktop said no" in window.message.text(), timeout=5000)
    assert not box.isChecked()
    assert not autostart.enabled


def test_skipping_a_break_of_ones_own_is_no_skip_but_a_break_ended_early(app: App) -> None:
    # "Take a break now" then Skip uses none of the day's skips; the statistics must not
    # count it as one either ("Skipped: 1" beside three skips still left).
    app.controller.session.take_break_now()
    skips_before = app.controller.session.plan().skips_left
    app.clock.current += timedelta(seconds=10)
    app.controller.session.skip()
    assert app.controller.session.plan().skips_left == skips_before
    assert HistoryEventKind.SKIPPED not in app.kinds()
    assert app.kinds()[-1] is HistoryEventKind.ENDED_EARLY
    ended = app.history.events()[-1]
    assert ended.actual_seconds == 10


# The offscreen platform says it cannot open documents: the case this test is about.
@pytest.mark.qt_log_ignore("does not support QPlatformServices::openDocument", extend=True)
def test_the_settings_say_where_the_data_folder_is_and_when_it_would_not_open(
    qtbot: QtBot, app: App
) -> None:
    app.controller.preferences.show()
    window = app.controller.preferences.window
    assert window is not None
    qtbot.addWidget(window)
    general = window._pages["general"]
    assert isinstance(general, GeneralPage)
    assert general.data_place.text() == f"Kept in {app.paths.data_dir}"
    # No program opens folders on the offscreen platform, as on a desktop without a file
    # manager: the button says so instead of doing nothing.
    window.data_button.click()
    assert window.message.isVisibleTo(window)
    assert window.message.text() == (
        f"No program could open the folder. It is {app.paths.data_dir}"
    )


def test_a_snoozed_break_comes_back_with_the_stretch_it_offered(app: App) -> None:
    # The person put this stretch off, not stretching: the same one comes back (a new one
    # each time read as if the app had forgotten).
    session = app.controller.session
    offered = []
    for _ in range(3):
        app.clock.current += timedelta(minutes=25)
        session.on_due()
        assert session.card is not None and session.guide is not None
        offered.append(session.guide_id)
        session.snooze()
        app.clock.current += timedelta(minutes=5)
        session.on_due()
        assert session.card is not None
        assert session.guide_id == offered[-1]
        session.skip()
    assert len(set(offered)) > 1  # a new break brings another stretch
    # Each snooze and skip names the break it was about (an offered break is not the plan's
    # next one).
    kinds = {
        event.break_kind
        for event in app.history.events()
        if event.kind.name in ("SNOOZED", "SKIPPED")
    }
    assert kinds == {BreakKind.MICRO}
