"""The wired app (offscreen, so no tray: the status window stands in), with a fake clock."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from apps import app_with_rules, build_app
from clocks import HandClock
from pytestqt.qtbot import QtBot
from schedulers import HandScheduler

from backbreak.app.exercise_library import ExerciseSource
from backbreak.app.root import App
from backbreak.core.control import Request
from backbreak.core.planner import PauseLength, Phase, Planner, Rules
from backbreak.paths import Paths, assets_dir
from backbreak.qt import QtWidgets

ZONE = ZoneInfo("Europe/Berlin")
# Real-time tests wait on the event they expect, for up to this long: a deadline a machine
# with both cores busy still meets (the waits end as soon as the event comes).
REAL_TIME_DEADLINE_MS = 30_000


def build(qtbot: QtBot, clock: HandClock, **rules: object) -> App:
    return app_with_rules(qtbot, clock, ZONE, **rules)


@pytest.fixture
def clock() -> HandClock:
    return HandClock()


@pytest.fixture
def controller(qtbot: QtBot, clock: HandClock) -> Iterator[App]:
    controller = build(qtbot, clock)
    controller.start(scheduler_delay_ms=0)
    yield controller
    controller.stop()


def test_without_a_tray_the_status_window_shows_the_next_break(controller: App) -> None:
    assert controller.windows.tray is None
    assert controller.windows.window.isVisible()
    assert controller.windows.window.status_label.text() == "Next stretch in 25 min"
    assert controller.status().ui == "window"


def test_take_a_break_now_shows_a_running_card_and_done_counts_it(
    qtbot: QtBot, controller: App, clock: HandClock
) -> None:
    controller.actions.take_break.trigger()
    assert controller.session.card is not None
    assert controller.session.card.running
    assert controller.status().state == "on_break"
    clock.current += timedelta(seconds=30)
    controller.session.card.done_button.click()
    qtbot.waitUntil(lambda: controller.session.card is None)
    assert controller.status().breaks_today == 1
    assert controller.windows.window.today_label.text() == "Breaks done today: 1"


def test_a_due_break_is_offered_and_start_runs_it(
    qtbot: QtBot, controller: App, clock: HandClock
) -> None:
    clock.current += timedelta(minutes=25)
    controller.session.on_due()
    card = controller.session.card
    assert card is not None
    assert not card.running
    assert controller.status().state == "offered"
    card.start_button.click()
    assert card.running
    assert controller.status().state == "on_break"


def test_snooze_from_the_card_closes_it_and_brings_it_back_later(
    qtbot: QtBot, controller: App, clock: HandClock
) -> None:
    clock.current += timedelta(minutes=25)
    controller.session.on_due()
    assert controller.session.card is not None
    controller.session.card.snooze_button.click()
    qtbot.waitUntil(lambda: controller.session.card is None)
    assert controller.status().state == "snoozed"
    clock.current += timedelta(minutes=5)
    controller.session.on_due()
    assert controller.session.card is not None
    assert controller.status().snoozes_left == 1


def test_strict_mode_card_has_no_snooze_or_skip(qtbot: QtBot, clock: HandClock) -> None:
    controller = build(qtbot, clock, strict=True)
    controller.start(scheduler_delay_ms=0)
    try:
        clock.current += timedelta(minutes=25)
        controller.session.on_due()
        assert controller.session.card is not None
        assert not controller.session.card.snooze_button.isVisible()
        assert not controller.session.card.skip_button.isVisible()
        reply = controller.handle_request(Request("skip"))
        assert not reply.ok
        # A code for scripts, and words for the person.
        assert reply.reason == "strict-no-skip"
        assert reply.error == "Strict mode is on: breaks cannot be skipped."
    finally:
        controller.stop()


def test_pause_hides_the_card_and_offers_resume(qtbot: QtBot, controller: App) -> None:
    assert not controller.windows.window.resume_button.isVisible()
    controller.session.take_break_now()
    controller.session.pause(PauseLength.MINUTES_30)
    qtbot.waitUntil(lambda: controller.session.card is None)
    assert controller.status().state == "paused"
    assert controller.windows.window.resume_button.isVisible()
    assert controller.windows.window.status_label.text().startswith("Paused until ")
    controller.windows.window.resume_button.click()
    assert controller.status().state == "counting"
    assert not controller.windows.window.resume_button.isVisible()


def test_pause_menu_offers_every_length(controller: App) -> None:
    menu = controller.windows.window.pause_button.menu()
    assert menu is not None
    assert [a.text() for a in menu.actions()] == [
        "For 30 minutes",
        "For 1 hour",
        "For 2 hours",
        "Until the next working day",
        "Until I resume",
    ]


def test_the_scheduler_brings_the_break_in_real_time(qtbot: QtBot) -> None:
    class RealClock:
        def now(self) -> datetime:
            return datetime.now(UTC)

    real = RealClock()
    planner = Planner(
        Rules(micro_every=timedelta(seconds=2), warning_before=timedelta(0)), ZONE, real.now()
    )
    controller = build_app(planner, real, ZONE)
    qtbot.addWidget(controller.windows.window)
    controller.start(scheduler_delay_ms=0)
    try:
        # Due 2 s after start; a busy machine may be late, never early. The wait ends as
        # soon as the card is up, so the generous deadline costs nothing when all is well.
        qtbot.waitUntil(lambda: controller.session.card is not None, timeout=REAL_TIME_DEADLINE_MS)
        assert controller.status().state == "offered"
        assert controller.session.scheduler is not None
        # Nothing but the range boundary is pending while a break is offered.
        assert controller.session.scheduler.job_count() <= 1
        controller.session.card.skip_button.click()  # type: ignore[union-attr]
        qtbot.waitUntil(lambda: controller.session.card is None)
        assert controller.session.planner.phase is Phase.COUNTING
        assert controller.session.scheduler.job_count() == 1
    finally:
        controller.stop()


def test_requests_from_the_socket_drive_the_same_actions(controller: App, clock: HandClock) -> None:
    reply = controller.handle_request(Request("pause", {"duration": "2h"}))
    assert reply.ok
    assert reply.result["state"] == "paused"
    two_hours_on = (clock.start + timedelta(hours=2)).astimezone(ZONE)
    assert reply.result["paused_until"] == two_hours_on.isoformat()
    assert controller.handle_request(Request("resume")).result["state"] == "counting"
    refused = controller.handle_request(Request("snooze"))
    assert not refused.ok
    assert refused.reason == "nothing-to-snooze"
    assert refused.error == "There is no break to snooze."


def test_idle_polling_turns_an_absence_into_a_natural_break(qtbot: QtBot, clock: HandClock) -> None:
    away = {"seconds": 0.0}
    planner = Planner(Rules(), ZONE, clock.now())
    controller = build_app(
        planner,
        clock,
        ZONE,
        scheduler_factory=HandScheduler,
        idle_seconds=lambda: away["seconds"],
        idle_source_name="fake",
    )
    qtbot.addWidget(controller.windows.window)
    controller.start(scheduler_delay_ms=0)
    try:
        assert controller.status().idle_detection == "fake"
        clock.current += timedelta(minutes=10)
        away["seconds"] = 90.0  # away since 90 s ago
        controller.senses.poll()
        assert controller.status().idle is True
        clock.current += timedelta(minutes=5)
        away["seconds"] = 0.0
        controller.senses.poll()
        status = controller.status()
        assert status.idle is False
        assert status.breaks_today == 1  # the absence was the break
        assert status.seconds_to_next_break == 25 * 60
    finally:
        controller.stop()


def test_without_an_idle_source_status_says_natural_breaks_are_off(
    controller: App,
) -> None:
    assert controller.status().idle_detection == "none"


def test_real_scheduler_fires_on_time_and_a_resume_replans(qtbot: QtBot) -> None:
    class RealClock:
        def now(self) -> datetime:
            return datetime.now(UTC)

    real = RealClock()
    started = real.now()
    rules = Rules(micro_every=timedelta(seconds=3), warning_before=timedelta(seconds=1))
    controller = build_app(Planner(rules, ZONE, started), real, ZONE)
    qtbot.addWidget(controller.windows.window)
    shown: list[datetime] = []
    said: list[tuple[datetime, str]] = []
    controller.windows.told.connect(lambda message: said.append((real.now(), message)))
    controller.start(scheduler_delay_ms=0)
    try:
        qtbot.wait(1000)
        controller.session.system_sleeping()  # one second asleep: not work, and too short a break
        qtbot.wait(1000)
        controller.session.system_woke()
        qtbot.waitUntil(lambda: controller.session.card is not None, timeout=REAL_TIME_DEADLINE_MS)
        shown.append(real.now())
        # Three seconds of work, at least one of them slept through: due no sooner than four
        # seconds after start. (A busy machine makes everything late, never early, so only
        # the lower bounds are exact.)
        assert (shown[0] - started).total_seconds() >= 3.6
        assert len(said) == 1  # the warning, once, a second before the break
        assert (said[0][0] - started).total_seconds() >= 2.6
        assert said[0][0] <= shown[0]
        qtbot.wait(1500)
        assert controller.status().state == "offered"  # nothing fired twice
    finally:
        controller.stop()


def test_a_sleep_noticed_only_on_waking_is_not_counted_as_work(
    qtbot: QtBot, controller: App, clock: HandClock
) -> None:
    clock.current += timedelta(minutes=20)
    controller.refresh()
    # No logind: the clocks show 3 hours went missing.
    clock.current += timedelta(hours=3)
    controller.session.system_woke(3 * 3600)
    status = controller.status()
    assert status.state == "counting"
    assert status.breaks_today == 1  # three hours away more than covers a break
    assert status.seconds_to_next_break == 25 * 60


def test_a_break_due_during_do_not_disturb_waits_until_it_ends(
    qtbot: QtBot, clock: HandClock
) -> None:
    dnd = {"on": True}
    planner = Planner(Rules(), ZONE, clock.now())
    controller = build_app(
        planner, clock, ZONE, scheduler_factory=HandScheduler, dnd_active=lambda: dnd["on"]
    )
    qtbot.addWidget(controller.windows.window)
    controller.start(scheduler_delay_ms=0)
    try:
        clock.current += timedelta(minutes=25)
        controller.session.on_due()  # the wake-up asks about do-not-disturb first
        assert controller.session.card is None
        assert controller.status().state == "deferred"
        dnd["on"] = False
        clock.current += timedelta(minutes=3)
        controller.senses.poll()  # polled while the break waits
        assert controller.session.card is not None
        assert controller.status().state == "offered"
    finally:
        controller.stop()


class RecordingNotifier:
    """Stands in for the desktop's notification service (tests/platform drives the real
    D-Bus one); keeps what the controller asked to show."""

    name = "recording"

    def __init__(self) -> None:
        self.shown: list[tuple[str, str, list[str]]] = []

    def warn(self, title: str, body: str, actions: object, *, timeout_s: float) -> None:
        self.shown.append((title, body, [key for key, _label in actions]))  # type: ignore[attr-defined]

    def withdraw(self) -> None:
        pass

    def close(self) -> None:
        pass


def test_a_break_the_do_not_disturb_cap_brings_over_full_screen_is_announced(
    qtbot: QtBot, clock: HandClock
) -> None:
    """Full screen for longer than the cap: the card comes anyway, but a full-screen window
    stays above it, so a notification says a break is waiting (with Start and Snooze)."""
    planner = Planner(Rules(dnd_cap=timedelta(minutes=10)), ZONE, clock.now())
    controller = build_app(
        planner, clock, ZONE, scheduler_factory=HandScheduler, dnd_active=lambda: True
    )
    notifier = RecordingNotifier()
    controller.warnings.notifier = notifier  # type: ignore[assignment]
    qtbot.addWidget(controller.windows.window)
    controller.start(scheduler_delay_ms=0)
    try:
        clock.current += timedelta(minutes=25)
        controller.session.on_due()
        assert controller.status().state == "deferred"
        clock.current += timedelta(minutes=10)
        controller.session.on_due()
        assert controller.session.card is not None
        [(title, body, actions)] = [shown for shown in notifier.shown if "waiting" in shown[0]]
        assert title == "A stretch break is waiting"
        assert "full screen" in body
        assert actions == ["start", "snooze"]
    finally:
        controller.stop()


def with_library(qtbot: QtBot, clock: HandClock, paths: Paths) -> App:
    """A started controller that reads the exercise library (and the pack) under `paths`."""
    controller = build_app(
        Planner(Rules(), ZONE, clock.now()),
        clock,
        ZONE,
        scheduler_factory=HandScheduler,
        exercises=lambda: ExerciseSource.load(paths),
    )
    qtbot.addWidget(controller.windows.window)
    controller.start(scheduler_delay_ms=0)
    return controller


def make_pack(folder: Path, *, broken: bool) -> None:
    """A user's pack with one good exercise copied from ours under a new id (and, when asked,
    one file with a mistake)."""
    source = (assets_dir() / "exercises" / "shoulder-roll.toml").read_text()
    (folder / "exercises").mkdir(parents=True)
    own = source.replace('id = "shoulder-roll"', 'id = "my-shoulder-roll"', 1)
    assert own != source
    (folder / "exercises" / "my-shoulder-roll.toml").write_text(own)
    if broken:
        (folder / "exercises" / "oops.toml").write_text('id = "oops"\nname = 3\n')


def test_breaks_show_guided_exercises_from_the_library_and_the_persons_pack(
    qtbot: QtBot, clock: HandClock, tmp_path: Path
) -> None:
    paths = Paths(tmp_path / "config", tmp_path / "data", tmp_path / "log", tmp_path / "run")
    make_pack(paths.user_pack_dir, broken=True)
    controller = with_library(qtbot, clock, paths)
    try:
        source = controller.library.get()
        assert source is not None
        assert source.picker.library.exercise("my-shoulder-roll") is not None
        # The bad file is named to the person, and the rest of the pack still loads.
        assert "oops.toml" in controller.windows.window.status_label.text()
        shown: list[str] = []
        for _ in range(4):
            controller.session.take_break_now()
            card = controller.session.card
            assert card is not None and card.running
            assert card.figure.isVisible()
            shown.append(card.instruction.text())
            card.done_button.click()
            qtbot.waitUntil(lambda: controller.session.card is None)
        recent = source.picker.recent
        assert len(recent) == 4
        # No exercise comes twice in a row of four (the library has plenty).
        assert len(set(recent)) == 4
    finally:
        controller.stop()


def test_the_safety_advice_comes_with_the_first_card_only(
    qtbot: QtBot, clock: HandClock, tmp_path: Path
) -> None:
    paths = Paths(tmp_path / "config", tmp_path / "data", tmp_path / "log", tmp_path / "run")
    for run in range(2):  # the second run is the app started again on the same computer
        controller = with_library(qtbot, clock, paths)
        try:
            for card_number in range(2):
                controller.session.take_break_now()
                card = controller.session.card
                assert card is not None
                labels = " ".join(label.text() for label in card.findChildren(QtWidgets.QLabel))
                first_ever = run == 0 and card_number == 0
                assert ("Stretch safely" in labels) is first_ever
                card.done_button.click()
                assert controller.session.card is None
        finally:
            controller.stop()
