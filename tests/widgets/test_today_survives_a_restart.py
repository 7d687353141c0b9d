"""Quitting and starting the app again keeps today's breaks and skips: the planner carries
on from the history an earlier run left, so the skip limit and "Breaks done today" hold."""

from __future__ import annotations

from datetime import timedelta

from apps import build_app
from clocks import BERLIN, HandClock
from pytestqt.qtbot import QtBot
from schedulers import HandScheduler

from backbreak.app.root import App
from backbreak.core.planner import Planner, Rules
from backbreak.paths import Paths
from backbreak.store.history_store import HistoryStore


def run_app(qtbot: QtBot, clock: HandClock, history: HistoryStore) -> App:
    app = build_app(
        Planner(Rules(daily_skips=2), BERLIN, clock.now()),
        clock,
        BERLIN,
        scheduler_factory=HandScheduler,
        history=history,
    )
    qtbot.addWidget(app.windows.window)
    app.start(scheduler_delay_ms=0)
    app.history.get_ready()  # today's figures, read soon after start-up
    return app


def test_a_restart_keeps_todays_breaks_and_skips(qtbot: QtBot) -> None:
    paths = Paths.from_platform()
    paths.ensure()
    clock = HandClock()
    history = HistoryStore(paths.history_file)
    first = run_app(qtbot, clock, history)
    try:
        clock.current += timedelta(minutes=25)
        first.session.on_due()
        first.actions.skip.trigger()
        first.actions.take_break.trigger()
        card = first.session.card
        assert card is not None
        clock.current += timedelta(minutes=1)
        card.done_button.click()
        qtbot.waitUntil(lambda: first.session.card is None)
        assert (first.status().breaks_today, first.status().skips_left) == (1, 1)
    finally:
        first.stop()
        history.close()

    clock.current += timedelta(minutes=5)
    history = HistoryStore(paths.history_file)
    second = run_app(qtbot, clock, history)
    try:
        status = second.status()
        assert (status.breaks_today, status.done_today, status.skips_left) == (1, 1, 1)
        assert second.windows.window.today_label.text() == "Breaks done today: 1"
    finally:
        second.stop()
        history.close()
