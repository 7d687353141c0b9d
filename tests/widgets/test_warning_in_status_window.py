"""With no tray and no notification service the pre-break warning was dropped (issue 15): it is
shown in the status window now, with Start now and Snooze, and the window comes up for it
without being activated. Offscreen (no tray there), a hand clock, the notifier that
detect_notifier picks on a Linux without a session bus."""

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

from backbreak.app.warnings import warning_words
from backbreak.core.planner import Phase, Planner
from backbreak.core.settings import defaults
from backbreak.paths import i18n_dir
from backbreak.platform.notify import Notifier, TrayBalloonNotifier, detect_notifier
from backbreak.qt import Qt, QtCore, QtWidgets
from backbreak.ui.status_window import StatusWindow
from backbreak.ui.window_notifier import StatusWindowNotifier

ZONE = ZoneInfo("Europe/Berlin")


class App:
    def __init__(self, qtbot: QtBot) -> None:
        self.clock = HandClock()
        settings = defaults()
        # The notifier as run() builds it, on a Linux with no session bus.
        self.controller = build_app(
            Planner(settings.to_rules(), ZONE, self.clock.now()),
            self.clock,
            ZONE,
            scheduler_factory=HandScheduler,
            settings=settings,
            make_notifier=lambda on_action, windows: detect_notifier(
                on_action,
                tray_icon=lambda: None,
                elsewhere=StatusWindowNotifier(windows.window_for_messages, on_action),
                environ={},
                platform="linux",
            ),
        )
        qtbot.addWidget(self.controller.windows.window)
        self.controller.start(scheduler_delay_ms=0)
        qtbot.waitUntil(lambda: self.controller.session.scheduler is not None)
        assert self.controller.windows.tray is None  # the status-window mode this is about
        self.window: StatusWindow = self.controller.windows.window

    def warning_falls_due(self) -> None:
        lead = self.controller.settings.current.to_rules().warning_before
        self.clock.current += timedelta(minutes=25) - lead
        self.controller.session.on_due()

    def warning_buttons(self) -> dict[str, QtWidgets.QPushButton]:
        return {
            button.text(): button
            for button in self.window.warning.findChildren(QtWidgets.QPushButton)
            if not button.isHidden()
        }


@pytest.fixture
def app(qtbot: QtBot) -> Iterator[App]:
    running = App(qtbot)
    yield running
    running.controller.stop()


def test_the_last_resort_notifier_hands_the_warning_to_the_window(app: App) -> None:
    notifier = app.controller.warnings.notifier
    assert isinstance(notifier, TrayBalloonNotifier)  # what no bus and no tray leave
    app.warning_falls_due()
    assert app.window.warning.isVisible()
    assert app.window.warning_title.text() == "Time for a stretch soon"
    seconds = round(app.controller.settings.current.to_rules().warning_before.total_seconds())
    assert app.window.warning_text.text() == f"A stretch break comes in {seconds} seconds."
    assert set(app.warning_buttons()) == {"Start now", "Snooze 5 min"}


def test_snooze_in_the_window_snoozes_and_the_warning_goes(app: App) -> None:
    app.warning_falls_due()
    app.warning_buttons()["Snooze 5 min"].click()
    assert app.controller.status().state == Phase.SNOOZED.value
    assert not app.window.warning.isVisible() and app.warning_buttons() == {}


def test_start_now_in_the_window_starts_the_break(app: App) -> None:
    app.warning_falls_due()
    app.warning_buttons()["Start now"].click()
    assert app.controller.status().state == Phase.ON_BREAK.value
    assert app.controller.session.card is not None
    assert not app.window.warning.isVisible()


def test_the_break_coming_takes_the_warning_away(app: App) -> None:
    app.warning_falls_due()
    assert app.window.warning.isVisible()
    app.clock.current += app.controller.settings.current.to_rules().warning_before
    app.controller.session.on_due()
    assert app.controller.session.card is not None
    assert not app.window.warning.isVisible()


def test_a_minimised_window_comes_up_unactivated_and_goes_back(qtbot: QtBot, app: App) -> None:
    app.window.showMinimized()
    qtbot.waitUntil(app.window.isMinimized)
    # (Offscreen nothing manages focus, so what is asked of the window is what is checked.)
    asked: list[str] = []
    show_normal = app.window.showNormal

    def watched_show_normal() -> None:
        without = app.window.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        asked.append("show without activating" if without else "show")
        show_normal()

    app.window.showNormal = watched_show_normal  # type: ignore[method-assign]
    app.window.activateWindow = lambda: asked.append("activate")  # type: ignore[method-assign]
    app.window.raise_ = lambda: asked.append("raise")  # type: ignore[method-assign]
    app.warning_falls_due()
    assert not app.window.isMinimized() and app.window.isVisible()
    assert asked == ["show without activating"]
    assert not app.window.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    app.warning_buttons()["Snooze 5 min"].click()
    assert app.window.isMinimized()  # put back where the person had it


def test_a_window_the_person_keeps_open_stays_open(app: App) -> None:
    assert app.window.isVisible() and not app.window.isMinimized()
    app.warning_falls_due()
    app.controller.session.snooze()
    assert app.window.isVisible() and not app.window.isMinimized()


def test_the_warning_goes_by_itself_after_its_time(qtbot: QtBot, app: App) -> None:
    notifier: Notifier = StatusWindowNotifier(app.controller.windows.window_for_messages, print)
    notifier.warn("A title", "A text", [], timeout_s=0.05)  # shown at least a second
    assert app.window.warning.isVisible()
    qtbot.waitUntil(lambda: not app.window.warning.isVisible(), timeout=3000)


def test_quitting_while_the_warning_shows_leaves_nothing_running(app: App) -> None:
    app.warning_falls_due()
    assert app.window.warning.isVisible()
    app.controller.stop()
    # The guard in tests/conftest.py fails the test on the warning's live expiry timer.
    assert app.controller.windows.window_for_messages() is None


def test_with_a_tray_the_window_is_not_used() -> None:
    class Elsewhere:
        name = "elsewhere"
        warned = 0

        def warn(self, *args: object, **kwargs: object) -> None:
            self.warned += 1

        def withdraw(self) -> None: ...
        def close(self) -> None: ...

    class Icon:
        def __init__(self) -> None:
            self.shown: list[str] = []

        def isVisible(self) -> bool:  # noqa: N802 - Qt's name
            return True

        def icon(self) -> None: ...

        def showMessage(self, title: str, *args: object) -> None:  # noqa: N802 - Qt's name
            self.shown.append(title)

    elsewhere, icon = Elsewhere(), Icon()
    notifier = TrayBalloonNotifier(lambda: icon, elsewhere)  # type: ignore[arg-type,return-value]
    notifier.warn("Soon", "A break", [], timeout_s=30)
    assert icon.shown == ["Soon"] and elsewhere.warned == 0
    TrayBalloonNotifier(lambda: None, elsewhere).warn("Soon", "A break", [], timeout_s=30)
    assert elsewhere.warned == 1


def test_the_first_start_welcome_shows_in_the_window_too(app: App, tmp_path: Path) -> None:
    assert app.controller.welcome_once(tmp_path / "welcome-shown")
    assert app.window.warning.isVisible()
    assert "backbreak" in app.window.warning_title.text() + app.window.warning_text.text()
    assert app.warning_buttons() == {}


@pytest.mark.parametrize(
    ("seconds", "words"),
    [
        (30, "A stretch break comes in 30 seconds."),
        (90, "A stretch break comes in 90 seconds."),
        (60, "A stretch break comes in 1 minute."),
        (120, "A stretch break comes in 2 minutes."),
    ],
)
def test_the_warning_says_whole_minutes_in_minutes(
    qapp: QtWidgets.QApplication, seconds: int, words: str
) -> None:
    # English as the app speaks it: with its catalogue of plural forms ("1 minute").
    english = QtCore.QTranslator()
    assert english.load(str(i18n_dir() / "backbreak_en.qm"))
    QtCore.QCoreApplication.installTranslator(english)
    try:
        assert warning_words(seconds) == words
    finally:
        QtCore.QCoreApplication.removeTranslator(english)
