"""The wired app answers issue 15's everyday requests (offscreen, a hand-moved clock)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from clocks import HandClock
from pytestqt.qtbot import QtBot
from schedulers import HandScheduler

from backbreak.application import Controller
from backbreak.core.control import Request
from backbreak.core.planner import Planner, Rules

ZONE = ZoneInfo("Europe/Berlin")


@pytest.fixture
def clock() -> HandClock:
    return HandClock()  # a Monday, 09:00 UTC (10:00 or 11:00 in Berlin)


@pytest.fixture
def controller(qtbot: QtBot, clock: HandClock) -> Iterator[Controller]:
    planner = Planner(Rules(), ZONE, clock.now())
    controller = Controller(planner, clock, ZONE, scheduler_factory=HandScheduler)
    qtbot.addWidget(controller.window)
    controller.start(scheduler_delay_ms=0)
    yield controller
    controller.shutdown()


def local(clock: HandClock, days: int, hour: int, minute: int = 0) -> str:
    day = clock.start.astimezone(ZONE).date() + timedelta(days=days)
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=ZONE).isoformat()


def test_pause_for_any_length(controller: Controller, clock: HandClock) -> None:
    reply = controller.handle_request(Request("pause", {"duration": "1h20m"}))
    assert reply.ok, reply.error
    later = clock.start + timedelta(hours=1, minutes=20)
    assert reply.result["paused_until"] == later.astimezone(ZONE).isoformat()


def test_pause_until_a_time_still_to_come_ends_today(
    controller: Controller, clock: HandClock
) -> None:
    reply = controller.handle_request(Request("pause", {"until": "14:00"}))
    assert reply.ok, reply.error
    assert reply.result["state"] == "paused"
    assert reply.result["paused_until"] == local(clock, 0, 14)


def test_pause_until_a_time_already_past_ends_tomorrow(
    controller: Controller, clock: HandClock
) -> None:
    reply = controller.handle_request(Request("pause", {"until": "08:30"}))
    assert reply.ok, reply.error
    assert reply.result["paused_until"] == local(clock, 1, 8, 30)
