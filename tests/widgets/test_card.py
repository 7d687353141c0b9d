"""The simple break card: counts down, and Done / Skip / keys finish it once."""

from __future__ import annotations

from datetime import timedelta

import pytest
from pytestqt.qtbot import QtBot

from backbreak.card import BreakCard
from backbreak.qt import Qt, QtWidgets


@pytest.fixture
def card(qtbot: QtBot) -> BreakCard:
    card = BreakCard(timedelta(seconds=30))
    card.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.addWidget(card)
    card.present()
    return card


def test_card_is_a_frameless_window_on_top(card: BreakCard) -> None:
    flags = card.windowFlags()
    assert flags & Qt.WindowType.FramelessWindowHint
    assert flags & Qt.WindowType.WindowStaysOnTopHint
    assert card.isVisible()


def test_done_finishes_the_break_as_completed(qtbot: QtBot, card: BreakCard) -> None:
    with qtbot.waitSignal(card.finished) as blocker:
        qtbot.mouseClick(card.done_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [True]
    assert not card.isVisible()


def test_skip_finishes_the_break_as_not_completed(qtbot: QtBot, card: BreakCard) -> None:
    with qtbot.waitSignal(card.finished) as blocker:
        qtbot.mouseClick(card.skip_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [False]


@pytest.mark.parametrize(
    ("key", "completed"),
    [(Qt.Key.Key_Return, True), (Qt.Key.Key_Space, True), (Qt.Key.Key_Escape, False)],
)
def test_keys_finish_the_break(qtbot: QtBot, card: BreakCard, key: Qt.Key, completed: bool) -> None:
    with qtbot.waitSignal(card.finished) as blocker:
        qtbot.keyClick(card, key)
    assert blocker.args == [completed]


def test_countdown_reaches_zero_and_completes(qtbot: QtBot) -> None:
    card = BreakCard(timedelta(seconds=2))
    qtbot.addWidget(card)
    card.present()
    with qtbot.waitSignal(card.finished, timeout=4000) as blocker:
        pass
    assert blocker.args == [True]


def test_finished_is_emitted_only_once(qtbot: QtBot, card: BreakCard) -> None:
    emitted: list[bool] = []
    card.finished.connect(emitted.append)
    card.done_button.click()
    card.skip_button.click()
    assert emitted == [True]


def test_every_control_has_an_accessible_name(card: BreakCard) -> None:
    for widget in card.findChildren(QtWidgets.QPushButton) + card.findChildren(
        QtWidgets.QProgressBar
    ):
        assert widget.accessibleName(), widget
