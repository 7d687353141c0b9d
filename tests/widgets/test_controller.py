"""The wired app (offscreen, so no tray: the status window stands in)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from zoneinfo import ZoneInfo

import pytest
from pytestqt.qtbot import QtBot

from backbreak.application import Controller
from backbreak.core.clock import SystemClock
from backbreak.core.control import Request
from backbreak.core.session import BreakRules, BreakSession, PauseChoice

ZONE = ZoneInfo("Europe/Berlin")


def build(qtbot: QtBot, interval: timedelta = timedelta(minutes=25)) -> Controller:
    clock = SystemClock()
    session = BreakSession(
        BreakRules(interval=interval, break_length=timedelta(seconds=30)), clock, ZONE
    )
    controller = Controller(session, clock, ZONE)
    qtbot.addWidget(controller.window)
    return controller


@pytest.fixture
def controller(qtbot: QtBot) -> Iterator[Controller]:
    controller = build(qtbot)
    controller.start(scheduler_delay_ms=0)
    yield controller
    controller.shutdown()


def test_without_a_tray_the_status_window_shows_the_next_break(controller: Controller) -> None:
    assert controller.tray is None
    assert controller.window.isVisible()
    assert controller.window.status_label.text() == "Next stretch in 25 min"
    assert controller.status()["ui"] == "window"


def test_take_a_break_now_shows_the_card_and_done_counts_it(
    qtbot: QtBot, controller: Controller
) -> None:
    controller.actions.take_break.trigger()
    assert controller.card is not None
    assert controller.card.isVisible()
    assert controller.status()["state"] == "on_break"
    controller.card.done_button.click()
    qtbot.waitUntil(lambda: controller.card is None)
    assert controller.status()["breaks_today"] == 1
    assert controller.window.today_label.text() == "Breaks done today: 1"


def test_pause_hides_the_card_and_offers_resume(qtbot: QtBot, controller: Controller) -> None:
    assert not controller.window.resume_button.isVisible()
    controller.take_break_now()
    controller.pause(PauseChoice.MINUTES_30)
    qtbot.waitUntil(lambda: controller.card is None)
    assert controller.status()["state"] == "paused"
    assert controller.window.resume_button.isVisible()
    assert controller.window.status_label.text().startswith("Paused until ")
    controller.window.resume_button.click()
    assert controller.status()["state"] == "counting"
    assert not controller.window.resume_button.isVisible()


def test_pause_menu_offers_the_three_choices(controller: Controller) -> None:
    menu = controller.window.pause_button.menu()
    assert menu is not None
    assert [a.text() for a in menu.actions()] == [
        "For 30 minutes",
        "For 1 hour",
        "Until tomorrow",
    ]


def test_the_scheduler_brings_the_break_when_due(qtbot: QtBot) -> None:
    controller = build(qtbot, interval=timedelta(seconds=1))
    controller.start(scheduler_delay_ms=0)
    try:
        qtbot.waitUntil(lambda: controller.card is not None, timeout=4000)
        assert controller.status()["state"] == "on_break"
        assert controller.scheduler is not None
        assert controller.scheduler.job_count() == 0  # nothing pending during a break
        controller.card.skip_button.click()  # type: ignore[union-attr]
        qtbot.waitUntil(lambda: controller.card is None)
        assert controller.scheduler.job_count() == 1  # the next one is planned
    finally:
        controller.shutdown()


def test_requests_from_the_socket_drive_the_same_actions(controller: Controller) -> None:
    reply = controller.handle_request(Request("pause", {"duration": "until-tomorrow"}))
    assert reply.ok
    assert reply.result["state"] == "paused"
    assert reply.result["paused_until"].endswith(("T04:00:00+01:00", "T04:00:00+02:00"))
    assert controller.handle_request(Request("resume")).result["state"] == "counting"
