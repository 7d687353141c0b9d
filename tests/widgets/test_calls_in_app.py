"""The wired app during a call (issue 16): a break that falls due while another program uses
the microphone or camera waits, the status says so, the history keeps the wait, and the
break comes when the call ends or when it has waited as long as do-not-disturb may hold it.

The call is a function the senses ask, as do-not-disturb is in tests/widgets/test_controller
(tests/platform/test_calls.py drives the real detection against PipeWire and /proc). A hand
clock and a hand scheduler; real settings and history files.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from clocks import HandClock
from pytestqt.qtbot import QtBot
from schedulers import HandScheduler

from backbreak.app.root import App
from backbreak.app.senses import DesktopSenses
from backbreak.core.history import HistoryEvent, HistoryEventKind
from backbreak.core.planner import Planner
from backbreak.paths import Paths
from backbreak.store.history_store import HistoryStore
from backbreak.store.settings_store import SettingsStore
from backbreak.texts import status_sentence

ZONE = ZoneInfo("Europe/Berlin")


class RecordingNotifier:
    """Stands in for the desktop's notification service; keeps what it was asked to show."""

    name = "recording"

    def __init__(self) -> None:
        self.shown: list[tuple[str, str]] = []

    def warn(self, title: str, body: str, actions: object, *, timeout_s: float) -> None:
        self.shown.append((title, body))

    def withdraw(self) -> None:
        pass

    def close(self) -> None:
        pass


class Desk:
    """The app, with a call that the test begins and ends."""

    def __init__(self, qtbot: QtBot, tmp_path: Path) -> None:
        self.clock = HandClock()
        self.call: bool | None = False
        self.asked_on: list[str] = []  # the threads that asked whether a call goes on
        paths = Paths(tmp_path / "config", tmp_path / "data", tmp_path / "log", tmp_path / "run")
        paths.ensure()
        self.store = SettingsStore(paths.config_dir)
        settings = self.store.load().settings
        self.history = HistoryStore(paths.history_file)
        self.notifier = RecordingNotifier()
        self.app = App(
            Planner(settings.to_rules(), ZONE, self.clock.now()),
            self.clock,
            ZONE,
            scheduler_factory=HandScheduler,
            senses=DesktopSenses.asking(in_call=self.in_call),
            settings=settings,
            settings_store=self.store,
            history=self.history,
            make_notifier=lambda _on_action, _windows: self.notifier,  # type: ignore[arg-type,return-value]
        )
        qtbot.addWidget(self.app.windows.window)
        self.app.start(scheduler_delay_ms=0)

    def in_call(self) -> bool | None:
        self.asked_on.append(threading.current_thread().name)
        return self.call

    def wait(self, minutes: float) -> None:
        """Time passes; the wake-up timer fires (the hand scheduler does not by itself) and
        asks about a call in the background first: its answer is waited for."""
        self.clock.current += timedelta(minutes=minutes)
        self.app.session.on_due()
        self.app.senses.wait_for_answers()

    def poll(self, minutes: float) -> None:
        """Time passes while a break waits; the senses ask again, as their timer does (about
        a call, in the background: its answer is waited for)."""
        self.clock.current += timedelta(minutes=minutes)
        self.app.senses.poll()
        self.app.senses.wait_for_answers()

    def events(self) -> list[HistoryEvent]:
        return list(self.history.events())

    def sentence(self) -> str:
        return self.app.windows.window.status_label.text()


@pytest.fixture
def desk(qtbot: QtBot, tmp_path: Path) -> Iterator[Desk]:
    running = Desk(qtbot, tmp_path)
    yield running
    running.app.stop()
    running.history.close()


def test_a_break_due_during_a_call_waits_and_comes_when_the_call_ends(desk: Desk) -> None:
    desk.call = True
    desk.wait(25)
    assert desk.app.session.card is None
    status = desk.app.status()
    assert status.state == "deferred" and status.waiting_for == "call"
    assert desk.sentence() == "In a call: the break waits"
    assert status_sentence(status) == "In a call: the break waits"
    assert desk.app.senses.watching  # asked again while the break waits
    # The wait is in the history, with what it waits for.
    [waits] = desk.events()
    assert (waits.kind, waits.detail) == (HistoryEventKind.PROMPTED, "waits for call")
    desk.poll(5)  # still in the call
    assert desk.app.session.card is None
    desk.call = False
    desk.poll(7)  # the call ended
    assert desk.app.session.card is not None
    assert desk.app.status().state == "offered"
    assert desk.app.status().waiting_for is None
    offered = desk.events()[-1]
    assert (offered.kind, offered.detail) == (HistoryEventKind.PROMPTED, "waited 12 min for call")
    # No notice that the break is waiting: it came because the call is over.
    assert not [shown for shown in desk.notifier.shown if "waiting" in shown[0]]


def test_a_call_longer_than_the_cap_brings_the_break_with_a_notice(desk: Desk) -> None:
    desk.app.settings.change({"schedule.dnd_cap_minutes": 10})
    desk.call = True
    desk.wait(25)
    assert desk.app.status().waiting_for == "call"
    desk.poll(5)
    assert desk.app.session.card is None
    desk.wait(5)  # the cap: ten minutes of waiting
    assert desk.app.session.card is not None
    assert desk.app.status().state == "offered"
    [(title, body)] = [shown for shown in desk.notifier.shown if "waiting" in shown[0]]
    assert title == "A stretch break is waiting"
    assert "in a call" in body and "The call goes on" in body
    assert desk.events()[-1].detail == "waited 10 min for call"


def test_during_a_call_no_warning_comes_and_nothing_is_asked_on_the_gui_thread(
    qtbot: QtBot, desk: Desk
) -> None:
    """Asking takes tens of milliseconds: the wake-up before the warning asks it in the
    background and goes on with the answer; the break that falls due half a minute later
    takes that answer."""
    desk.call = True
    desk.clock.current += timedelta(minutes=24.5)
    desk.app.session.on_due()  # the warning's wake-up: it waits for the answer...
    qtbot.waitUntil(lambda: desk.app.status().seconds_to_next_break == 30)
    # ...which came from the worker thread, through the event loop.
    assert desk.asked_on == ["backbreak-calls"]
    assert not [shown for shown in desk.notifier.shown if "soon" in shown[0]]
    desk.wait(0.5)  # the break falls due: it waits, with no new question
    assert desk.app.status().waiting_for == "call"
    assert desk.asked_on == ["backbreak-calls"]


def test_without_a_call_the_warning_and_the_break_come(desk: Desk) -> None:
    desk.wait(24.5)
    [(title, _body)] = desk.notifier.shown
    assert title == "Time for a stretch soon"
    desk.wait(0.5)
    assert desk.app.session.card is not None
    assert set(desk.asked_on) == {"backbreak-calls"}


def test_with_calls_off_a_break_comes_during_a_call(desk: Desk) -> None:
    desk.app.settings.change({"schedule.during_calls": "off"})
    assert 'during_calls = "off"' in desk.store.path.read_text()
    desk.call = True
    desk.wait(25)
    assert desk.app.session.card is not None
    assert desk.app.status().state == "offered"
    assert [event.detail for event in desk.events()] == [""]


def test_turning_calls_off_while_a_break_waits_for_one_brings_it(desk: Desk) -> None:
    desk.call = True
    desk.wait(25)
    assert desk.app.status().state == "deferred"
    desk.app.settings.change({"schedule.during_calls": "off"})
    assert desk.app.session.card is not None
    assert desk.app.status().state == "offered"
    assert desk.events()[-1].detail == "waited 0 min for call"


def test_a_call_that_cannot_be_told_holds_nothing_back(desk: Desk) -> None:
    desk.call = None  # pactl failed, /proc unreadable: not known
    desk.wait(25)
    assert desk.app.session.card is not None


def test_a_call_and_do_not_disturb_together_wait_for_both(qtbot: QtBot, tmp_path: Path) -> None:
    """Do-not-disturb stays on after the call ends: the break keeps waiting, now for it."""
    clock = HandClock()
    state = {"call": True, "dnd": True}
    app = App(
        Planner(SettingsStore(tmp_path).load().settings.to_rules(), ZONE, clock.now()),
        clock,
        ZONE,
        scheduler_factory=HandScheduler,
        senses=DesktopSenses.asking(
            in_call=lambda: state["call"],
            dnd_active=lambda: state["dnd"],
            dnd_cause=lambda: "do-not-disturb",
        ),
    )
    qtbot.addWidget(app.windows.window)
    app.start(scheduler_delay_ms=0)
    try:
        clock.current += timedelta(minutes=25)
        app.session.on_due()
        app.senses.wait_for_answers()
        assert app.status().waiting_for == "call"  # the call is named first
        state["call"] = False
        clock.current += timedelta(minutes=1)
        app.senses.poll()
        app.senses.wait_for_answers()
        assert app.session.card is None
        assert app.status().waiting_for == "do-not-disturb"
        state["dnd"] = False
        clock.current += timedelta(minutes=1)
        app.senses.poll()
        app.senses.wait_for_answers()
        assert app.session.card is not None
    finally:
        app.stop()
