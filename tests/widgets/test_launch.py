"""The app comes up in two steps (app.main._Launch): the tray icon and the event loop first,
then everything else. Offscreen there is no tray, so the rest is built at once; a command
sent in between waits for its answer; a failure while building comes out of run() as before.
(The XEmbed tray, where the rest waits for the icon to be embedded, is the desktop tests'.)"""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from backbreak.app import main
from backbreak.cli.client import send_request
from backbreak.core.control import Reply, Request
from backbreak.crash import CrashReporter
from backbreak.paths import Paths
from backbreak.qt import QtWidgets


@pytest.fixture
def paths(tmp_path: Path) -> Paths:
    made = Paths(tmp_path / "config", tmp_path / "data", tmp_path / "log", tmp_path / "run")
    made.ensure()
    return made


def launch_for(paths: Paths, monkeypatch: pytest.MonkeyPatch) -> main._Launch:
    # The test's own QApplication; no translator installed on it for the tests after this one.
    monkeypatch.setattr(main, "speak", lambda _qt_app, _setting: "en")
    qt_app = QtWidgets.QApplication.instance()
    assert isinstance(qt_app, QtWidgets.QApplication)
    return main._Launch(paths, qt_app, CrashReporter(str(paths.log_file)))


def test_a_command_sent_before_the_app_is_built_gets_its_answer(
    qtbot: QtBot, paths: Paths, monkeypatch: pytest.MonkeyPatch
) -> None:
    launch = launch_for(paths, monkeypatch)
    try:
        assert launch.server.listen(answering=False)
        replies: list[Reply] = []
        client = threading.Thread(
            target=lambda: replies.append(send_request(paths.control_socket, Request("status")))
        )
        client.start()
        qtbot.wait(200)
        assert client.is_alive()  # waiting: nothing answers before the app is built
        launch.begin()
        qtbot.waitUntil(lambda: not client.is_alive(), timeout=5000)
        assert launch.app is not None and launch.failure is None
        assert replies[0].ok and replies[0].result["state"] == "counting"
    finally:
        launch.close()


def test_a_failure_while_building_the_app_is_raised_after_the_loop(
    qtbot: QtBot, paths: Paths, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_args: object) -> None:
        raise RuntimeError("the settings folder is on fire")

    monkeypatch.setattr(main, "_build_app", broken)
    exits: list[int] = []
    launch = launch_for(paths, monkeypatch)
    monkeypatch.setattr(launch._qt_app, "exit", exits.append)
    try:
        assert launch.server.listen(answering=False)
        launch.begin()
        qtbot.waitUntil(lambda: launch.failure is not None)
        assert isinstance(launch.failure, RuntimeError)
        assert exits == [1]  # the loop ends, and _run_app raises what was caught
        assert launch.app is None
    finally:
        launch.close()


def test_without_a_tray_the_rest_is_built_at_once_and_stop_cancels_it(qtbot: QtBot) -> None:
    from backbreak.ui.tray import WhenDrawn

    calls: list[str] = []
    at_once = WhenDrawn(None, lambda: calls.append("built"), longest_ms=1000)
    qtbot.waitUntil(lambda: calls == ["built"], timeout=500)
    stopped = WhenDrawn(None, lambda: calls.append("too late"), longest_ms=1000)
    stopped.stop()
    qtbot.wait(50)
    assert calls == ["built"]
    at_once.deleteLater()
    stopped.deleteLater()


def test_an_icon_the_desktop_draws_itself_waits_a_moment_not_the_deadline(qtbot: QtBot) -> None:
    """A StatusNotifierItem icon has no geometry (offscreen it has none either): the rest is
    built after a short pause for the desktop's questions, not after the minute's deadline."""
    from backbreak.ui.tray import WhenDrawn

    icon = QtWidgets.QSystemTrayIcon()
    assert icon.geometry().isEmpty()
    calls: list[str] = []
    waiting = WhenDrawn(icon, lambda: calls.append("built"), longest_ms=60_000)
    assert calls == []
    qtbot.waitUntil(lambda: calls == ["built"], timeout=5000)
    waiting.deleteLater()
    icon.deleteLater()


def test_opening_the_early_menu_builds_the_rest_before_it_shows(qtbot: QtBot) -> None:
    """A click on the icon during the pause: the rest is built before the menu opens, so
    its entries are connected before one can be chosen; later openings build nothing."""
    from backbreak.ui.actions import AppActions
    from backbreak.ui.tray import WhenDrawn, tray_menu

    actions = AppActions()
    icon = QtWidgets.QSystemTrayIcon()
    menu = tray_menu(actions)
    icon.setContextMenu(menu)
    assert [a.text() for a in menu.actions() if a.isVisible() and a.text()] == [
        "Take a break now",
        "Pause breaks",
        "Statistics",
        "Settings…",
        "Show status window",
        "Quit backbreak",
    ]
    calls: list[str] = []
    waiting = WhenDrawn(icon, lambda: calls.append("built"), longest_ms=60_000)
    menu.aboutToShow.emit()
    assert calls == ["built"]
    menu.aboutToShow.emit()
    qtbot.wait(WhenDrawn.SNI_PAUSE_MS + 50)
    assert calls == ["built"]
    waiting.deleteLater()
    icon.deleteLater()
    menu.deleteLater()
    actions.deleteLater()


def test_an_early_icon_no_tray_takes_over_goes_with_its_menu(qtbot: QtBot, tmp_path: Path) -> None:
    """The tray went between the early icon and the app (offscreen there is none): the app
    lets the icon go at start, and its menu too, a top-level widget nothing else frees."""
    from zoneinfo import ZoneInfo

    from apps import build_app
    from clocks import HandClock
    from schedulers import HandScheduler

    from backbreak.core.planner import Planner, Rules
    from backbreak.qt import is_alive
    from backbreak.ui.actions import AppActions
    from backbreak.ui.tray import tray_menu

    actions = AppActions()
    icon = QtWidgets.QSystemTrayIcon()
    menu = tray_menu(actions)
    icon.setContextMenu(menu)
    clock = HandClock()
    zone = ZoneInfo("Europe/Berlin")
    app = build_app(
        Planner(Rules(), zone, clock.now()),
        clock,
        zone,
        scheduler_factory=HandScheduler,
        shown_icon=icon,
        actions=actions,
    )
    qtbot.addWidget(app.windows.window)  # the status window stands in for the tray
    app.start(scheduler_delay_ms=0)
    try:
        assert not is_alive(icon) and not is_alive(menu)
        assert app.actions is actions  # the menu's actions are the app's
    finally:
        app.stop()
