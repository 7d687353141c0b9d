"""The wired app and issue 11's decisions: a break counts when it is taken, strict mode has no
way out of a break, a clock jump is handed to the planner with its amount, and noticed before
the planner hears of the instant after it."""

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

from backbreak.core.control import Request
from backbreak.core.history import HistoryEventKind
from backbreak.core.planner import NotAllowedError, PauseLength, Planner, Rules
from backbreak.qt import QtCore, QtGui, QtWidgets
from backbreak.store.history_store import HistoryStore

ZONE = ZoneInfo("Europe/Berlin")


class App:
    def __init__(self, qtbot: QtBot, tmp_path: Path, **rules: object) -> None:
        self.clock = HandClock()
        self.history = HistoryStore(tmp_path / "history.sqlite3")
        planner = Planner(Rules(**rules), ZONE, self.clock.now())  # type: ignore[arg-type]
        self.controller = build_app(
            planner, self.clock, ZONE, scheduler_factory=HandScheduler, history=self.history
        )
        qtbot.addWidget(self.controller.windows.window)
        self.controller.start(scheduler_delay_ms=0)

    def kinds(self) -> list[HistoryEventKind]:
        return [event.kind for event in self.history.events()]

    def stop(self) -> None:
        self.controller.stop()
        self.history.close()


@pytest.fixture
def app(qtbot: QtBot, tmp_path: Path) -> Iterator[App]:
    running = App(qtbot, tmp_path)
    yield running
    running.stop()


@pytest.fixture
def strict_app(qtbot: QtBot, tmp_path: Path) -> Iterator[App]:
    running = App(qtbot, tmp_path, strict=True)
    yield running
    running.stop()


def test_done_at_once_is_recorded_as_ended_early_and_the_card_says_it_does_not_count(
    qtbot: QtBot, app: App
) -> None:
    app.controller.session.take_break_now()
    card = app.controller.session.card
    assert card is not None
    app.clock.current += timedelta(seconds=3)
    card.done_button.click()
    assert "Ended early" in card._step_heading.text()
    assert "doesn't count" in card.instruction.text()
    assert HistoryEventKind.ENDED_EARLY in app.kinds()
    assert HistoryEventKind.COMPLETED not in app.kinds()
    assert app.controller.status().breaks_today == 0


def test_done_after_the_break_has_run_counts(qtbot: QtBot, app: App) -> None:
    app.controller.session.take_break_now()
    card = app.controller.session.card
    assert card is not None
    app.clock.current += timedelta(seconds=30)
    app.controller.session._on_break_done(card)  # what the card's time running out leads to
    assert HistoryEventKind.COMPLETED in app.kinds()
    assert app.controller.status().breaks_today == 1


def test_strict_mode_gives_no_way_out_of_a_break(qtbot: QtBot, strict_app: App) -> None:
    controller = strict_app.controller
    strict_app.clock.current += timedelta(minutes=25)
    controller.session.on_due()
    assert controller.session.card is not None
    # Offered: the pause choices are greyed out, and the socket's pause is refused.
    assert not any(action.isEnabled() for action in controller.actions.pause_choices)
    reply = controller.handle_request(Request("pause", {"duration": "1h"}))
    assert not reply.ok and reply.reason == "strict-no-pause"
    controller.session.card.start_button.click()
    card = controller.session.card
    assert card is not None and card.running
    assert not card.done_button.isVisible()
    enter = QtGui.QKeyEvent(
        QtCore.QEvent.Type.KeyPress, QtCore.Qt.Key.Key_Return, QtCore.Qt.KeyboardModifier.NoModifier
    )
    QtWidgets.QApplication.sendEvent(card, enter)
    assert card.running and controller.status().state == "on_break"
    with pytest.raises(NotAllowedError, match="strict"):
        controller.session.pause(PauseLength.HOUR_1)
    # Once the break has run, pausing is fine again.
    strict_app.clock.current += timedelta(seconds=30)
    controller.session._on_break_done(card)
    assert all(action.isEnabled() for action in controller.actions.pause_choices)


def test_a_clock_jump_keeps_the_work_before_it(app: App) -> None:
    app.clock.current += timedelta(minutes=20)  # nothing called the planner meanwhile
    app.clock.current += timedelta(hours=1)  # the clock is set an hour forward
    app.controller.session.clock_changed(3600.0)
    assert app.controller.status().seconds_to_next_break == 5 * 60


def test_a_jump_is_noticed_before_the_planner_hears_the_instant_after_it(app: App) -> None:
    jumps = [3 * 3600.0]

    def check_clocks() -> None:  # the sleep watcher comparing its clocks
        while jumps:
            app.controller.session.clock_changed(jumps.pop())

    app.controller.senses.check_clocks = check_clocks  # type: ignore[method-assign]
    app.clock.current += timedelta(seconds=10)
    app.clock.current += timedelta(hours=3, seconds=2)  # set forward, two seconds ago
    status = app.controller.status()
    assert status.state == "counting"
    assert status.seconds_to_next_break == 25 * 60 - 12
