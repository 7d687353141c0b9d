"""Shutting down stops everything the app's parts started: no timer still armed, no deferred
call still to come, no window or pop-up left, no thread. (Offscreen, the real scheduler and
real clock, real settings and history files, a real control socket.)"""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from apps import build_app
from leaks import leftovers
from pytestqt.qtbot import QtBot

from backbreak.app.exercise_library import ExerciseSource
from backbreak.app.root import App
from backbreak.core.planner import Planner
from backbreak.ipc import ControlServer
from backbreak.paths import Paths
from backbreak.platform.sleep import SleepWatcher
from backbreak.qt import QtCore, QtWidgets
from backbreak.store.history_store import HistoryStore
from backbreak.store.settings_store import SettingsStore

ZONE = ZoneInfo("Europe/Berlin")


class RealClock:
    def now(self) -> datetime:
        return datetime.now(UTC)


@pytest.fixture
def paths(tmp_path: Path, user_dirs: dict[str, Path]) -> Paths:
    paths = Paths(tmp_path / "config", tmp_path / "data", tmp_path / "log", tmp_path / "run")
    paths.ensure()
    return paths


@pytest.fixture
def history(paths: Paths) -> Iterator[HistoryStore]:
    store = HistoryStore(paths.history_file)
    yield store
    store.close()


def build(paths: Paths, history: HistoryStore) -> App:
    store = SettingsStore(paths.config_dir)
    settings = store.load().settings
    controller: App = build_app(
        Planner(settings.to_rules(), ZONE, RealClock().now()),
        RealClock(),
        ZONE,
        exercises=lambda: ExerciseSource.load(paths, controller.settings.current),
        settings=settings,
        settings_store=store,
        history=history,
        data_dir=paths.data_dir,
    )
    return controller


def settle() -> None:
    """Let queued calls and deleteLater() requests happen."""
    QtCore.QCoreApplication.processEvents()
    QtCore.QCoreApplication.sendPostedEvents(None, QtCore.QEvent.Type.DeferredDelete)


def test_shutdown_leaves_nothing_of_the_app_running(
    qtbot: QtBot, paths: Paths, history: HistoryStore
) -> None:
    windows_before = set(QtWidgets.QApplication.topLevelWidgets())
    threads_before = set(threading.enumerate())
    controller = build(paths, history)
    server = ControlServer(paths.control_socket, controller.handle_request)
    assert server.listen()
    watcher = SleepWatcher(controller)
    watcher.start()
    controller.start(scheduler_delay_ms=0)
    qtbot.waitUntil(lambda: controller.session.scheduler is not None)
    assert controller.session.scheduler is not None and controller.session.scheduler.timer_active()
    # Everything that can be open at once: both windows, a running card, the status window
    # (no tray offscreen), a comfort question, and a client halfway through a request.
    controller.statistics.show()
    controller.preferences.show()
    controller.session.take_break_now()
    controller.comfort.ask()
    assert controller.session.card is not None and controller.session.card.running
    client = socket.socket(socket.AF_UNIX)
    client.connect(paths.control_socket)
    client.sendall(b'{"command": ')  # and then nothing more
    qtbot.waitUntil(lambda: bool(server.findChildren(QtCore.QObject)))
    assert leftovers(threads_before, stop=False), "the test should start something to stop"

    watcher.stop()
    controller.stop()
    server.close()
    client.close()
    settle()

    assert leftovers(threads_before, stop=False) == []
    left = [
        f"{type(widget).__name__} {widget.objectName()!r} {getattr(widget, 'text', str)()!r}"
        for widget in set(QtWidgets.QApplication.topLevelWidgets()) - windows_before
    ]
    assert left == []
    assert controller.session.scheduler is None and controller.session.card is None


def test_a_deferred_start_does_not_happen_after_shutdown(
    qtbot: QtBot, paths: Paths, history: HistoryStore
) -> None:
    controller = build(paths, history)
    controller.start(scheduler_delay_ms=50)
    controller.stop()
    qtbot.wait(300)  # well past the moment the scheduler would have been made
    assert controller.session.scheduler is None


def test_calls_that_arrive_after_shutdown_do_nothing(
    qtbot: QtBot, paths: Paths, history: HistoryStore
) -> None:
    controller = build(paths, history)
    controller.start(scheduler_delay_ms=0)
    qtbot.waitUntil(lambda: controller.session.scheduler is not None)
    controller.stop()
    controller.stop()  # twice is harmless
    # A wake-up or a poll already queued when the app stopped.
    controller.session.on_due()
    controller.refresh()
    controller.senses.poll()
    controller.comfort.ask()
    controller.quit()
    settle()
    assert controller.session.card is None and controller.comfort.prompt is None
    assert leftovers(set(threading.enumerate()), stop=False) == []
