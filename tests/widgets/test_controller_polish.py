"""The wired app answers issue 15's everyday requests (offscreen, a hand-moved clock)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from apps import build_app
from clocks import HandClock
from pytestqt.qtbot import QtBot
from schedulers import HandScheduler

from backbreak.app.root import App
from backbreak.core.control import Request
from backbreak.core.planner import Planner, Rules

ZONE = ZoneInfo("Europe/Berlin")


@pytest.fixture
def clock() -> HandClock:
    return HandClock()  # a Monday, 09:00 UTC (10:00 or 11:00 in Berlin)


@pytest.fixture
def controller(qtbot: QtBot, clock: HandClock) -> Iterator[App]:
    planner = Planner(Rules(), ZONE, clock.now())
    controller = build_app(planner, clock, ZONE, scheduler_factory=HandScheduler)
    qtbot.addWidget(controller.windows.window)
    controller.start(scheduler_delay_ms=0)
    yield controller
    controller.stop()


def local(clock: HandClock, days: int, hour: int, minute: int = 0) -> str:
    day = clock.start.astimezone(ZONE).date() + timedelta(days=days)
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=ZONE).isoformat()


def test_pause_for_any_length(controller: App, clock: HandClock) -> None:
    reply = controller.handle_request(Request("pause", {"duration": "1h20m"}))
    assert reply.ok, reply.error
    later = clock.start + timedelta(hours=1, minutes=20)
    assert reply.result["paused_until"] == later.astimezone(ZONE).isoformat()


def test_pause_until_a_time_still_to_come_ends_today(controller: App, clock: HandClock) -> None:
    reply = controller.handle_request(Request("pause", {"until": "14:00"}))
    assert reply.ok, reply.error
    assert reply.result["state"] == "paused"
    assert reply.result["paused_until"] == local(clock, 0, 14)


def test_pause_until_a_time_already_past_ends_tomorrow(controller: App, clock: HandClock) -> None:
    reply = controller.handle_request(Request("pause", {"until": "08:30"}))
    assert reply.ok, reply.error
    assert reply.result["paused_until"] == local(clock, 1, 8, 30)


class RecordingNotifier:
    """Keeps what the controller asked the desktop to show."""

    name = "recording"

    def __init__(self) -> None:
        self.shown: list[tuple[str, str]] = []

    def warn(self, title: str, body: str, actions: object, *, timeout_s: float) -> None:
        self.shown.append((title, body))

    def withdraw(self) -> None:
        pass

    def close(self) -> None:
        pass


@pytest.mark.parametrize(
    ("cause", "sentence", "notice"),
    [
        (
            "do-not-disturb",
            "A stretch break waits until do-not-disturb is off",
            "It waited while do-not-disturb was on",
        ),
        (
            "full-screen",
            "A stretch break waits until you leave full screen",
            "Its card is behind the full-screen window",
        ),
    ],
)
def test_a_waiting_break_names_what_holds_it_back(
    qtbot: QtBot, clock: HandClock, cause: str, sentence: str, notice: str
) -> None:
    planner = Planner(Rules(dnd_cap=timedelta(minutes=10)), ZONE, clock.now())
    controller = build_app(
        planner,
        clock,
        ZONE,
        scheduler_factory=HandScheduler,
        dnd_active=lambda: True,
        dnd_cause=lambda: cause,
    )
    notifier = RecordingNotifier()
    controller.warnings.notifier = notifier  # type: ignore[assignment]
    qtbot.addWidget(controller.windows.window)
    controller.start(scheduler_delay_ms=0)
    try:
        assert controller.status().waiting_for is None
        clock.current += timedelta(minutes=25)
        controller.session.on_due()
        status = controller.status()
        assert status.state == "deferred" and status.waiting_for == cause
        assert controller.windows.window.status_label.text() == sentence
        # The cap brings the break while it is still on: the notice says why it waited.
        clock.current += timedelta(minutes=10)
        controller.session.on_due()
        [(_title, body)] = [shown for shown in notifier.shown if "waiting" in shown[0]]
        assert notice in body
        assert ("full screen" in body) == (cause == "full-screen")
    finally:
        controller.stop()


def started(qtbot: QtBot, clock: HandClock) -> App:
    controller = build_app(
        Planner(Rules(), ZONE, clock.now()), clock, ZONE, scheduler_factory=HandScheduler
    )
    qtbot.addWidget(controller.windows.window)
    controller.start(scheduler_delay_ms=0)
    return controller


def test_the_first_start_welcomes_once_per_computer(
    qtbot: QtBot, clock: HandClock, tmp_path: Path
) -> None:
    marker = tmp_path / "data" / "backbreak" / "welcome-shown"
    first = started(qtbot, clock)
    notifier = RecordingNotifier()
    first.warnings.notifier = notifier  # type: ignore[assignment]
    try:
        assert first.welcome_once(marker)
        [(title, body)] = notifier.shown
        assert title == "backbreak is running"
        assert "status window" in body  # offscreen: no tray, so that is where it lives
        assert "Next stretch in 25 min." in body  # when the first break comes
        assert "working hours" in body and "backbreak settings" in body
        assert marker.exists()
    finally:
        first.stop()
    second = started(qtbot, clock)
    second.warnings.notifier = notifier  # type: ignore[assignment]
    try:
        assert not second.welcome_once(marker)
        assert len(notifier.shown) == 1
    finally:
        second.stop()


def test_without_a_notification_service_the_window_says_it(controller: App, tmp_path: Path) -> None:
    assert controller.welcome_once(tmp_path / "welcome-shown")
    text = controller.windows.window.status_label.text().replace("\u200b", "")
    assert text.startswith("backbreak is running. ") and "backbreak settings" in text


def test_someone_who_used_backbreak_before_is_not_welcomed(controller: App, tmp_path: Path) -> None:
    notifier = RecordingNotifier()
    controller.warnings.notifier = notifier  # type: ignore[assignment]
    marker = tmp_path / "welcome-shown"
    assert not controller.welcome_once(marker, known_user=True)
    assert notifier.shown == [] and marker.exists()


def test_a_welcome_that_cannot_be_remembered_is_not_shown(controller: App, tmp_path: Path) -> None:
    # Shown at every start would be worse than not at all. (A file where the folder should
    # be: no one can write there, root neither.)
    (tmp_path / "blocked").write_text("")
    notifier = RecordingNotifier()
    controller.warnings.notifier = notifier  # type: ignore[assignment]
    assert not controller.welcome_once(tmp_path / "blocked" / "welcome-shown")
    assert notifier.shown == []


def test_with_a_tray_the_welcome_points_at_its_icon() -> None:
    from backbreak.core.status import Status
    from backbreak.texts import welcome_text

    status = Status(ui="tray", state="counting", seconds_to_next_break=1500)
    _title, body = welcome_text(status)
    assert "system tray" in body and "right-click" in body
    assert "Next stretch in 25 min." in body
