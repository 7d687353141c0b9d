"""The status window stays on screen whatever it is told (issue 15: a long message grew it to
2 200 px wide, with the text and Quit off screen)."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from backbreak.core.status import Status
from backbreak.qt import QtGui
from backbreak.ui.actions import AppActions
from backbreak.ui.status_window import ZERO_WIDTH_SPACE, StatusWindow

SENTENCE = "The settings file could not be read, so it was moved aside and the defaults are used. "
PATH = "/home/someone/.config/backbreak/" + "a-very-long-folder-name" * 12 + "/settings.toml"


@pytest.fixture
def actions() -> AppActions:
    return AppActions()


@pytest.fixture
def window(qtbot: QtBot, actions: AppActions) -> StatusWindow:
    window = StatusWindow(actions, QtGui.QIcon(), QtGui.QIcon())
    qtbot.addWidget(window)
    window.show_status(Status(state="counting", seconds_to_next_break=600, breaks_today=2))
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.mark.parametrize(
    "message", [SENTENCE * 12, f"Moved aside: {PATH}", "x" * 600], ids=["words", "path", "one-word"]
)
def test_a_long_message_wraps_and_the_window_keeps_its_width(
    qtbot: QtBot, window: StatusWindow, message: str
) -> None:
    width = window.width()
    area = window.screen().availableGeometry()
    window.status_label.setText(message)
    qtbot.wait(50)  # let any resize the layout asks for land
    assert window.width() == width <= area.width()
    assert window.height() <= area.height()
    # Every word is there to read: the label got the height its wrapped lines need, and the
    # text is the message (the invisible break opportunities aside).
    label = window.status_label
    assert label.height() >= label.heightForWidth(label.width())
    assert label.text().replace(ZERO_WIDTH_SPACE, "") == message
    # Quit is still inside the window.
    quit_box = window.quit_button.geometry()
    assert quit_box.right() < window.width() and quit_box.bottom() < window.height()


def test_the_window_shrinks_back_for_a_short_sentence(qtbot: QtBot, window: StatusWindow) -> None:
    height = window.height()
    window.status_label.setText(SENTENCE * 12)
    assert window.height() > height
    window.show_status(Status(state="counting", seconds_to_next_break=300, breaks_today=2))
    assert window.height() == height


def test_snooze_and_skip_show_on_a_row_of_their_own_while_a_break_is_at_hand(
    qtbot: QtBot, window: StatusWindow, actions: AppActions
) -> None:
    """Without a tray the window is where a person turns: it offers what the tray menu does,
    on a row that comes and goes, the window's width kept."""
    width, height = window.width(), window.height()
    assert not window.break_choices.isVisible()
    actions.offer_break_choices(snooze_minutes=5, skip=True)
    assert window.snooze_button.isVisible() and window.skip_button.isVisible()
    assert window.snooze_button.text() == "Snooze for 5 min"
    assert (window.width(), window.height() > height) == (width, True)
    skipped = []
    actions.skip.triggered.connect(lambda _checked=False: skipped.append(True))
    window.skip_button.click()
    assert skipped == [True]
    actions.offer_break_choices(snooze_minutes=None, skip=True)  # snoozed: only Skip
    assert not window.snooze_button.isVisible() and window.skip_button.isVisible()
    actions.offer_break_choices(snooze_minutes=None, skip=False)
    assert not window.break_choices.isVisible()
    assert (window.width(), window.height()) == (width, height)
