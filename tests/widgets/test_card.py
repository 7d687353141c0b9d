"""The break card: offered (Start, Snooze, Skip), then running (countdown, Done, Skip)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from pytestqt.qtbot import QtBot

from backbreak.card import BreakCard
from backbreak.qt import Qt, QtWidgets


def make_card(qtbot: QtBot, seconds: int = 30, **allowed: bool) -> BreakCard:
    card = BreakCard(timedelta(seconds=seconds), **allowed)  # type: ignore[arg-type]
    card.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.addWidget(card)
    card.present()
    return card


@pytest.fixture
def card(qtbot: QtBot) -> BreakCard:
    return make_card(qtbot)


def visible_buttons(card: BreakCard) -> list[str]:
    return [b.text() for b in card.findChildren(QtWidgets.QPushButton) if b.isVisible()]


def test_card_is_a_frameless_window_on_top(card: BreakCard) -> None:
    flags = card.windowFlags()
    assert flags & Qt.WindowType.FramelessWindowHint
    assert flags & Qt.WindowType.WindowStaysOnTopHint
    assert card.isVisible()


def test_an_offered_break_shows_start_snooze_and_skip(card: BreakCard) -> None:
    assert sorted(visible_buttons(card)) == ["Skip", "Snooze 5 min", "Start"]
    assert card.remaining_seconds == 30


def test_strict_mode_hides_snooze_and_skip(qtbot: QtBot) -> None:
    card = make_card(qtbot, can_snooze=False, can_skip=False)
    assert visible_buttons(card) == ["Start"]
    with qtbot.assertNotEmitted(card.skip_requested):
        qtbot.keyClick(card, Qt.Key.Key_Escape)
    with qtbot.assertNotEmitted(card.snooze_requested):
        qtbot.keyClick(card, Qt.Key.Key_S)


@pytest.mark.parametrize(
    ("button", "signal"),
    [
        ("start_button", "start_requested"),
        ("snooze_button", "snooze_requested"),
        ("skip_button", "skip_requested"),
    ],
)
def test_buttons_report_the_choice(qtbot: QtBot, card: BreakCard, button: str, signal: str) -> None:
    with qtbot.waitSignal(getattr(card, signal)):
        qtbot.mouseClick(getattr(card, button), Qt.MouseButton.LeftButton)


@pytest.mark.parametrize(
    ("key", "signal"),
    [
        (Qt.Key.Key_Return, "start_requested"),
        (Qt.Key.Key_Space, "start_requested"),
        (Qt.Key.Key_S, "snooze_requested"),
        (Qt.Key.Key_Escape, "skip_requested"),
    ],
)
def test_keys_report_the_choice(qtbot: QtBot, card: BreakCard, key: Qt.Key, signal: str) -> None:
    with qtbot.waitSignal(getattr(card, signal)):
        qtbot.keyClick(card, key)


def test_a_running_break_counts_down_and_offers_done(qtbot: QtBot, card: BreakCard) -> None:
    card.begin()
    assert sorted(visible_buttons(card)) == ["Done", "Skip"]
    qtbot.waitUntil(lambda: card.remaining_seconds == 29, timeout=2500)
    with qtbot.waitSignal(card.done):
        qtbot.keyClick(card, Qt.Key.Key_Return)
    assert not card.isVisible()


def test_the_countdown_reaching_zero_finishes_the_break(qtbot: QtBot) -> None:
    card = make_card(qtbot, seconds=2)
    card.begin()
    with qtbot.waitSignal(card.done, timeout=4000):
        pass


def test_done_is_emitted_only_once_and_never_when_dismissed(qtbot: QtBot) -> None:
    card = make_card(qtbot)
    emitted: list[bool] = []
    card.done.connect(lambda: emitted.append(True))
    card.begin()
    card.done_button.click()
    card.done_button.click()
    assert emitted == [True]
    other = make_card(qtbot, seconds=1)
    other.done.connect(lambda: emitted.append(False))
    other.begin()
    other.dismiss()
    qtbot.wait(1500)
    assert emitted == [True]


def test_every_control_has_an_accessible_name(card: BreakCard) -> None:
    for widget in card.findChildren(QtWidgets.QPushButton) + card.findChildren(
        QtWidgets.QProgressBar
    ):
        assert widget.accessibleName(), widget
