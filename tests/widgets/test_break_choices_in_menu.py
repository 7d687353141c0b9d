"""The tray menu offers Snooze and Skip while a break is at hand, as the card and the warning
notification do, and only while the rules take them (offscreen, with a fake clock)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from zoneinfo import ZoneInfo

import pytest
from apps import app_with_rules
from clocks import HandClock
from pytestqt.qtbot import QtBot

from backbreak.app.root import App
from backbreak.ui.tray import tray_menu

ZONE = ZoneInfo("Europe/Berlin")


def build(qtbot: QtBot, clock: HandClock, **rules: object) -> App:
    app = app_with_rules(qtbot, clock, ZONE, **rules)
    app.start(scheduler_delay_ms=0)
    return app


@pytest.fixture
def clock() -> HandClock:
    return HandClock()


@pytest.fixture
def app(qtbot: QtBot, clock: HandClock) -> Iterator[App]:
    app = build(qtbot, clock)
    yield app
    app.stop()


def shown_in_menu(app: App) -> list[str]:
    """The entries a person sees in the tray menu, top to bottom."""
    menu = tray_menu(app.actions)
    try:
        return [a.text() for a in menu.actions() if a.isVisible() and not a.isSeparator()]
    finally:
        menu.deleteLater()


def test_snooze_and_skip_come_with_the_warning_and_go_with_the_break(
    qtbot: QtBot, app: App, clock: HandClock
) -> None:
    assert shown_in_menu(app)[:2] == ["Take a break now", "Pause breaks"]

    clock.current += timedelta(minutes=24, seconds=31)  # the warning, 30 s before the break
    app.session.on_due()
    # Before the break is offered there is nothing to skip yet; putting it off is allowed.
    assert shown_in_menu(app)[:3] == ["Take a break now", "Snooze for 5 min", "Pause breaks"]

    clock.current += timedelta(seconds=30)
    app.session.on_due()
    assert app.session.card is not None
    assert shown_in_menu(app)[:4] == [
        "Take a break now",
        "Snooze for 5 min",
        "Skip this break",
        "Pause breaks",
    ]

    app.actions.snooze.trigger()  # as a click in the menu does
    qtbot.waitUntil(lambda: app.session.card is None)
    assert app.status().state == "snoozed"
    # A snoozed break can be skipped, not snoozed again before it is back.
    assert shown_in_menu(app)[:3] == ["Take a break now", "Skip this break", "Pause breaks"]

    app.actions.skip.trigger()
    assert app.status().state == "counting"
    assert app.status().skips_left == 2
    assert shown_in_menu(app)[:2] == ["Take a break now", "Pause breaks"]


def test_the_menu_offers_neither_once_the_rules_refuse_them(qtbot: QtBot, clock: HandClock) -> None:
    app = build(qtbot, clock, max_snoozes=0, daily_skips=0)
    try:
        clock.current += timedelta(minutes=25)
        app.session.on_due()
        assert app.session.card is not None
        assert not app.actions.snooze.isVisible()
        assert not app.actions.skip.isVisible()
        app.session.card.start_button.click()
        assert app.status().state == "on_break"
        assert not app.actions.skip.isVisible()
    finally:
        app.stop()


def test_a_break_the_person_started_can_be_left_without_a_skip_left(
    qtbot: QtBot, clock: HandClock
) -> None:
    app = build(qtbot, clock, daily_skips=0)
    try:
        app.actions.take_break.trigger()
        assert app.session.card is not None
        # "Take a break now" is the person's own: leaving it uses none of the day's skips.
        # While it runs there is no break to take now (the entry would only raise the card).
        assert shown_in_menu(app)[:2] == ["Skip this break", "Pause breaks"]
        app.actions.skip.trigger()
        qtbot.waitUntil(lambda: app.session.card is None)
        assert app.status().state == "counting"
    finally:
        app.stop()


def test_strict_mode_menu_has_no_snooze_or_skip(qtbot: QtBot, clock: HandClock) -> None:
    app = build(qtbot, clock, strict=True)
    try:
        clock.current += timedelta(minutes=25)
        app.session.on_due()
        assert app.session.card is not None
        texts = shown_in_menu(app)
        assert not any(text.startswith(("Snooze", "Skip")) for text in texts)
    finally:
        app.stop()


def test_the_snooze_entry_names_the_snooze_length(qtbot: QtBot, clock: HandClock) -> None:
    app = build(qtbot, clock, snooze_length=timedelta(minutes=1))
    try:
        clock.current += timedelta(minutes=25)
        app.session.on_due()
        assert app.actions.snooze.text() == "Snooze for 1 min"
    finally:
        app.stop()


def test_the_open_card_follows_the_rules_as_the_menu_does(
    qtbot: QtBot, app: App, clock: HandClock
) -> None:
    clock.current += timedelta(minutes=25)
    app.session.on_due()
    card = app.session.card
    assert card is not None
    qtbot.addWidget(card)
    assert card.snooze_button.isVisible() and card.skip_button.isVisible()

    assert app.settings.change({"schedule.strict": True}) is None
    # Strict mode on while the break is offered: no way out on the card either.
    assert not card.snooze_button.isVisible() and not card.skip_button.isVisible()
    assert not app.actions.snooze.isVisible() and not app.actions.skip.isVisible()

    assert app.settings.change({"schedule.strict": False}) is None
    assert card.snooze_button.isVisible() and card.skip_button.isVisible()
    card.start_button.click()
    assert card.done_button.isVisible()
    assert app.settings.change({"schedule.strict": True}) is None
    assert not card.done_button.isVisible() and not card.skip_button.isVisible()
