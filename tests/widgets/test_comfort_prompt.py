"""The comfort check-in window: one click (or key) answers, "Not now"/Esc/being ignored
dismisses, each reported once; it thanks and goes away; it follows the desktop's palette."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from backbreak.qt import QCoreApplication, Qt, QtCore, QtGui, QtWidgets
from backbreak.ui.comfort_prompt import ComfortPrompt


def make_prompt(qtbot: QtBot, **options: int) -> ComfortPrompt:
    prompt = ComfortPrompt(**options)
    # qtbot closes its widgets at the end; a prompt deleted on close would be gone by then.
    prompt.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.addWidget(prompt)
    prompt.present()
    return prompt


@pytest.fixture
def prompt(qtbot: QtBot) -> ComfortPrompt:
    return make_prompt(qtbot, thanks_ms=100, key_pause_ms=150)


class Outcomes:
    """Everything the prompt reported, in order."""

    def __init__(self, prompt: ComfortPrompt) -> None:
        self.seen: list[int | str] = []
        prompt.rated.connect(self.seen.append)
        prompt.dismissed.connect(lambda: self.seen.append("dismissed"))


def test_it_is_a_frameless_window_on_top_that_does_not_take_the_keyboard(
    prompt: ComfortPrompt,
) -> None:
    flags = prompt.windowFlags()
    assert flags & Qt.WindowType.FramelessWindowHint
    assert flags & Qt.WindowType.WindowStaysOnTopHint
    assert flags & Qt.WindowType.Tool == Qt.WindowType.Tool
    assert prompt.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    assert prompt.isVisible()


def test_it_asks_the_question_with_eleven_buttons_in_one_row(prompt: ComfortPrompt) -> None:
    assert prompt.question.text() == "How does your upper back feel?"
    assert [button.text() for button in prompt.rating_buttons] == [str(n) for n in range(11)]
    tops = {button.y() for button in prompt.rating_buttons}
    assert len(tops) == 1
    lefts = [button.x() for button in prompt.rating_buttons]
    assert lefts == sorted(lefts)


def test_every_button_fits_in_the_window_and_shows_its_whole_number(
    prompt: ComfortPrompt,
) -> None:
    for button in [*prompt.rating_buttons, prompt.not_now_button]:
        corner = button.mapTo(prompt, QtCore.QPoint(button.width(), button.height()))
        assert prompt.rect().contains(corner), button.text()
        # Whole, not cut by the page it sits on ("10" lost its right edge to the frame).
        assert button.visibleRegion().boundingRect() == button.rect(), button.text()
        needed = button.fontMetrics().horizontalAdvance(button.text())
        assert button.width() >= needed + 8, button.text()


def test_one_click_answers_once_and_then_the_thanks_go_away(
    qtbot: QtBot, prompt: ComfortPrompt
) -> None:
    outcomes = Outcomes(prompt)
    qtbot.mouseClick(prompt.rating_buttons[7], Qt.MouseButton.LeftButton)
    assert outcomes.seen == [7]
    assert "7 out of 10" in prompt.thanks.text()
    assert prompt.thanks.isVisible()
    # More clicks or keys after the answer change nothing.
    prompt.rating_buttons[3].click()
    qtbot.keyClick(prompt, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not prompt.isVisible(), timeout=1500)
    assert outcomes.seen == [7]


def test_the_window_is_gone_within_a_second_and_a_half_of_the_answer(qtbot: QtBot) -> None:
    prompt = make_prompt(qtbot)  # the real thanks time
    timer = QtCore.QElapsedTimer()
    timer.start()
    prompt.rating_buttons[4].click()
    qtbot.waitUntil(lambda: not prompt.isVisible(), timeout=3000)
    assert timer.elapsed() <= 1500 + 200  # the event loop's own lateness


@pytest.mark.parametrize(("key", "rating"), [(Qt.Key.Key_0, 0), (Qt.Key.Key_7, 7)])
def test_a_digit_key_answers(qtbot: QtBot, prompt: ComfortPrompt, key: Qt.Key, rating: int) -> None:
    outcomes = Outcomes(prompt)
    qtbot.keyClick(prompt, key)
    assert outcomes.seen == [rating]


def test_one_then_zero_is_ten(qtbot: QtBot, prompt: ComfortPrompt) -> None:
    outcomes = Outcomes(prompt)
    qtbot.keyClick(prompt, Qt.Key.Key_1)
    assert outcomes.seen == []  # it waits for a possible 0
    qtbot.keyClick(prompt, Qt.Key.Key_0)
    assert outcomes.seen == [10]


def test_one_on_its_own_is_one_after_a_moment(qtbot: QtBot, prompt: ComfortPrompt) -> None:
    outcomes = Outcomes(prompt)
    qtbot.keyClick(prompt, Qt.Key.Key_1)
    with qtbot.waitSignal(prompt.rated, timeout=1000) as blocker:
        pass
    assert blocker.args == [1]
    assert outcomes.seen == [1]


def test_one_then_another_digit_is_one(qtbot: QtBot, prompt: ComfortPrompt) -> None:
    outcomes = Outcomes(prompt)
    qtbot.keyClick(prompt, Qt.Key.Key_1)
    qtbot.keyClick(prompt, Qt.Key.Key_5)
    assert outcomes.seen == [1]


def test_shift_between_one_and_zero_still_makes_ten(qtbot: QtBot, prompt: ComfortPrompt) -> None:
    # On AZERTY keyboards the digits are shifted keys.
    outcomes = Outcomes(prompt)
    qtbot.keyClick(prompt, Qt.Key.Key_1, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyPress(prompt, Qt.Key.Key_Shift)
    qtbot.keyClick(prompt, Qt.Key.Key_0, Qt.KeyboardModifier.ShiftModifier)
    assert outcomes.seen == [10]


def test_escape_dismisses(qtbot: QtBot, prompt: ComfortPrompt) -> None:
    outcomes = Outcomes(prompt)
    qtbot.keyClick(prompt, Qt.Key.Key_Escape)
    assert outcomes.seen == ["dismissed"]
    qtbot.waitUntil(lambda: not prompt.isVisible(), timeout=1000)
    assert outcomes.seen == ["dismissed"]


def test_escape_after_a_waiting_one_dismisses_instead(qtbot: QtBot, prompt: ComfortPrompt) -> None:
    outcomes = Outcomes(prompt)
    qtbot.keyClick(prompt, Qt.Key.Key_1)
    qtbot.keyClick(prompt, Qt.Key.Key_Escape)
    qtbot.wait(300)  # past the moment a lone 1 would have been taken
    assert outcomes.seen == ["dismissed"]


def test_not_now_dismisses_once(qtbot: QtBot, prompt: ComfortPrompt) -> None:
    outcomes = Outcomes(prompt)
    qtbot.mouseClick(prompt.not_now_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not prompt.isVisible(), timeout=1000)
    assert outcomes.seen == ["dismissed"]


def test_ignored_it_goes_away_by_itself_as_dismissed(qtbot: QtBot) -> None:
    prompt = make_prompt(qtbot, timeout_ms=200)
    outcomes = Outcomes(prompt)
    with qtbot.waitSignal(prompt.dismissed, timeout=2000):
        pass
    qtbot.waitUntil(lambda: not prompt.isVisible(), timeout=1000)
    assert outcomes.seen == ["dismissed"]


def test_it_does_not_vanish_while_the_pointer_rests_on_it(qtbot: QtBot) -> None:
    prompt = make_prompt(qtbot, timeout_ms=200)
    outcomes = Outcomes(prompt)
    QCoreApplication.sendEvent(
        prompt, QtGui.QEnterEvent(QtCore.QPointF(5, 5), QtCore.QPointF(5, 5), QtCore.QPointF())
    )
    qtbot.wait(400)
    assert prompt.isVisible()
    assert outcomes.seen == []
    QCoreApplication.sendEvent(prompt, QtCore.QEvent(QtCore.QEvent.Type.Leave))
    with qtbot.waitSignal(prompt.dismissed, timeout=2000):
        pass


def test_withdrawn_by_the_app_it_reports_nothing(qtbot: QtBot, prompt: ComfortPrompt) -> None:
    outcomes = Outcomes(prompt)
    prompt.withdraw()
    qtbot.waitUntil(lambda: not prompt.isVisible(), timeout=1000)
    assert outcomes.seen == []


def test_closed_from_outside_it_counts_as_dismissed(prompt: ComfortPrompt) -> None:
    outcomes = Outcomes(prompt)
    prompt.close()
    assert outcomes.seen == ["dismissed"]


def test_every_button_has_an_accessible_name(prompt: ComfortPrompt) -> None:
    names = [button.accessibleName() for button in prompt.rating_buttons]
    assert names == [f"Rating {n} of 10" for n in range(11)]
    for button in prompt.findChildren(QtWidgets.QPushButton):
        assert button.accessibleName(), button.text()
    assert prompt.accessibleName()
    assert "0, very sore, to 10, no discomfort" in prompt.accessibleDescription()


@pytest.fixture
def dark_desktop(qapp: QtWidgets.QApplication) -> Iterator[None]:
    """The desktop switches to a dark theme (Qt hands the new palette to every window)."""
    light = qapp.palette()
    dark = QtGui.QPalette(QtGui.QColor("#202124"))
    qapp.setPalette(dark)
    yield
    qapp.setPalette(light)


def test_it_follows_a_dark_palette(qtbot: QtBot, dark_desktop: None) -> None:
    prompt = make_prompt(qtbot)
    image = prompt.grab().toImage()
    assert QtGui.QColor(image.pixel(image.width() // 2, 5)).lightness() < 80
    # The question is drawn in light text on the dark window.
    question = prompt.question.mapTo(prompt, QtCore.QPoint(0, 0))
    text = {
        QtGui.QColor(image.pixel(x, y)).lightness()
        for x in range(question.x(), question.x() + 200)
        for y in range(question.y(), question.y() + prompt.question.height())
    }
    assert max(text) > 200


def test_the_secondary_words_are_muted_but_readable_in_both_palettes(
    qtbot: QtBot, qapp: QtWidgets.QApplication
) -> None:
    for palette in (qapp.palette(), QtGui.QPalette(QtGui.QColor("#202124"))):
        prompt = make_prompt(qtbot)
        prompt.setPalette(palette)
        window = palette.color(QtGui.QPalette.ColorRole.Window)
        text = palette.color(QtGui.QPalette.ColorRole.WindowText)
        note = prompt.findChild(QtWidgets.QLabel, "ComfortNote")
        assert note is not None
        note.ensurePolished()
        muted = note.palette().color(QtGui.QPalette.ColorRole.WindowText)
        # Between the text colour and the background: neither as strong as the question
        # nor invisible.
        low, high = sorted((window.lightness(), text.lightness()))
        assert low + 30 < muted.lightness() < high - 30, (palette, muted.name())
