"""The break card: offered (figure, Start, Snooze, Skip), then running (the guided steps with
their countdowns, breathing cues and progress; Done, Skip), then finished.

The card's clock is a plain number the tests move, and `tick()` is one frame."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from itertools import pairwise

import pytest
from pytestqt.qtbot import QtBot

from backbreak.core.exercises import Exercise, Library, load_library
from backbreak.core.guide import Guide
from backbreak.paths import assets_dir
from backbreak.qt import Qt, QtGui, QtWidgets
from backbreak.ui.card import BreakCard

LIBRARY, _ = load_library(assets_dir())


class FakeClock:
    def __init__(self) -> None:
        self.seconds = 100.0

    def __call__(self) -> float:
        return self.seconds


def exercise(library: Library, exercise_id: str) -> Exercise:
    found = library.exercise(exercise_id)
    assert found is not None
    return found


def make_card(
    qtbot: QtBot,
    practice_id: str | None = "shoulder-blade-squeeze",
    clock: FakeClock | None = None,
    **options: object,
) -> BreakCard:
    guide = None
    if practice_id is not None:
        practice = LIBRARY.get(practice_id)
        assert practice is not None
        guide = Guide.for_practice(practice)
    card = BreakCard(guide, clock=clock, **options)  # type: ignore[arg-type]
    card.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.addWidget(card)
    card.present()
    return card


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def card(qtbot: QtBot, clock: FakeClock) -> BreakCard:
    return make_card(qtbot, clock=clock)


def visible_buttons(card: BreakCard) -> list[str]:
    return sorted(b.text() for b in card.findChildren(QtWidgets.QPushButton) if b.isVisible())


def texts(card: BreakCard) -> str:
    return " | ".join(label.text() for label in card.findChildren(QtWidgets.QLabel))


def test_card_is_a_frameless_window_on_top_that_does_not_take_the_keyboard(
    card: BreakCard,
) -> None:
    flags = card.windowFlags()
    assert flags & Qt.WindowType.FramelessWindowHint
    assert flags & Qt.WindowType.WindowStaysOnTopHint
    assert card.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    assert card.isVisible()


def test_an_offered_break_names_the_exercise_and_shows_how_to_get_ready(
    card: BreakCard,
) -> None:
    assert visible_buttons(card) == ["Skip", "Snooze 5 min", "Start"]
    squeeze = exercise(LIBRARY, "shoulder-blade-squeeze")
    assert squeeze.name in texts(card)
    assert squeeze.setup in texts(card)
    assert card.figure.isVisible()
    # Nothing is counted before the person starts.
    assert not card.time_left.isVisible()


def test_the_offered_figure_already_moves(qtbot: QtBot, card: BreakCard, clock: FakeClock) -> None:
    first = card.figure.grab().toImage()
    clock.seconds += 1.5
    card.tick()
    assert card.figure.grab().toImage() != first


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
        (Qt.Key.Key_Enter, "start_requested"),
        (Qt.Key.Key_Space, "start_requested"),
        (Qt.Key.Key_S, "snooze_requested"),
        (Qt.Key.Key_Escape, "skip_requested"),
    ],
)
def test_keys_report_the_choice(qtbot: QtBot, card: BreakCard, key: Qt.Key, signal: str) -> None:
    with qtbot.waitSignal(getattr(card, signal)):
        qtbot.keyClick(card, key)


def test_a_running_break_walks_through_the_steps_with_countdowns_and_breath(
    card: BreakCard, clock: FakeClock
) -> None:
    squeeze = exercise(LIBRARY, "shoulder-blade-squeeze")
    guide = Guide.for_practice(squeeze)
    card.begin()
    assert visible_buttons(card) == ["End early", "Skip"]
    assert card.time_left.isVisible()
    # While getting into position, the card says how.
    assert squeeze.setup in card.instruction.text()
    seen_instructions: list[str] = []
    for segment in guide.segments[:4]:
        clock.seconds = 100.0 + segment.start + 0.25
        card.tick()
        seen_instructions.append(card.instruction.text())
        step = segment.step
        if step is not None:
            assert card.instruction.text() == step.instruction
            assert card.breath.text()  # every step says how to breathe
        left = guide.at(segment.start + 0.25).seconds_left
        assert f"{left // 60}:{left % 60:02d}" in card.time_left.text()
    assert len(set(seen_instructions)) >= 2


def test_a_counted_step_shows_the_repetition(qtbot: QtBot, clock: FakeClock) -> None:
    counted = next(e for e in LIBRARY.exercises if any(step.reps is not None for step in e.steps))
    card = make_card(qtbot, counted.id, clock=clock)
    guide = Guide.for_practice(counted)
    segment = next(s for s in guide.segments if s.step is not None and s.step.reps is not None)
    step = segment.step
    assert step is not None and step.reps is not None
    card.begin()
    clock.seconds = 100.0 + segment.start + step.seconds_each * 1.5
    card.tick()
    assert f"2 of {step.reps}" in texts(card)


def test_a_routine_says_which_exercise_of_how_many(qtbot: QtBot, clock: FakeClock) -> None:
    routine = next(r for r in LIBRARY.routines if len(r.items) >= 2)
    card = make_card(qtbot, routine.id, clock=clock)
    guide = Guide.for_practice(routine)
    second = next(s for s in guide.segments if s.item == 1)
    card.begin()
    clock.seconds = 100.0 + second.start + 0.1
    card.tick()
    assert f"(2 of {len(routine.items)})" in texts(card)
    assert second.exercise.name in texts(card)


def test_the_break_ends_when_the_guide_does(
    qtbot: QtBot, card: BreakCard, clock: FakeClock
) -> None:
    total = exercise(LIBRARY, "shoulder-blade-squeeze").seconds()
    cues: list[str] = []
    card.cue.connect(cues.append)
    card.begin()
    clock.seconds += total - 0.5
    card.tick()
    assert card.running and card.remaining_seconds == 1
    with qtbot.waitSignal(card.done):
        clock.seconds += 1.0
        card.tick()
    assert card.finished and visible_buttons(card) == []
    assert "Nicely done" in texts(card)
    assert cues[0] == "start" and cues[-1] == "end" and "step" in cues
    # The thanks stay a moment, then the card goes by itself.
    qtbot.waitUntil(lambda: not card.isVisible(), timeout=4000)


def test_done_is_emitted_once_and_never_when_dismissed(qtbot: QtBot, clock: FakeClock) -> None:
    card = make_card(qtbot, clock=clock)
    emitted: list[bool] = []
    card.done.connect(lambda: emitted.append(True))
    card.begin()
    card.done_button.click()
    card.done_button.click()
    assert emitted == [True]
    qtbot.waitUntil(lambda: not card.isVisible(), timeout=2000)

    other = make_card(qtbot, clock=clock)
    other.done.connect(lambda: emitted.append(False))
    other.begin()
    other.dismiss()
    clock.seconds += 10_000
    other.tick()
    qtbot.waitUntil(lambda: not other.isVisible(), timeout=2000)
    assert emitted == [True]


def test_the_running_card_counts_by_itself(qtbot: QtBot) -> None:
    """With the real clock: the frame timer moves the countdown without anyone ticking."""
    card = make_card(qtbot)
    card.begin()
    start = card.remaining_seconds
    qtbot.waitUntil(lambda: card.remaining_seconds == start - 1, timeout=2500)
    assert card.time_left.text().endswith("left")


def test_reduced_motion_holds_each_step_still(qtbot: QtBot, clock: FakeClock) -> None:
    card = make_card(qtbot, "cat-cow", clock=clock, reduced_motion=True)
    guide = Guide.for_practice(exercise(LIBRARY, "cat-cow"))
    step = next(s for s in guide.segments if s.step is not None and s.duration >= 2)
    card.begin()
    clock.seconds = 100.0 + step.start + 0.2
    card.tick()
    early = card.figure.grab().toImage()
    clock.seconds = 100.0 + step.start + step.duration - 0.3
    card.tick()
    assert card.figure.grab().toImage() == early
    # The words still count down.
    assert card.remaining_seconds == guide.at(step.end - 0.3).seconds_left


def test_without_a_library_the_card_still_offers_a_plain_stretch(
    qtbot: QtBot, clock: FakeClock
) -> None:
    card = make_card(qtbot, None, clock=clock, length=timedelta(seconds=30))
    assert not card.figure.isVisible()
    assert "shoulders" in card.instruction.text()
    card.begin()
    assert card.remaining_seconds == 30
    clock.seconds += 10
    card.tick()
    assert card.remaining_seconds == 20


def test_the_safety_advice_shows_when_given(qtbot: QtBot, clock: FakeClock) -> None:
    safety = LIBRARY.safety
    assert safety is not None and safety.red_flags
    card = make_card(qtbot, clock=clock, safety=safety)
    assert card.safety.isVisible()
    # Short: the title, when to see a doctor, and a link to the rest.
    short = card.safety.accessibleDescription()
    assert safety.title in short and safety.red_flags in short
    assert safety.points[0] not in short
    assert "Read all the safety advice" in card.safety.text()
    card.safety.linkActivated.emit("#safety")
    full = card.safety.accessibleDescription()
    assert all(point in full for point in safety.points)
    assert safety.red_flags in full
    plain = make_card(qtbot, clock=clock)
    assert not plain.safety.isVisible()
    assert safety.title not in texts(plain)


def test_every_card_shows_the_reminder_and_the_exercises_cautions(
    qtbot: QtBot, clock: FakeClock
) -> None:
    safety = LIBRARY.safety
    assert safety is not None
    neck = exercise(LIBRARY, "neck-flexion-roll")
    assert neck.cautions
    card = make_card(qtbot, "neck-flexion-roll", clock=clock, reminder=safety.reminder)
    # Offered: the reminder and the neck caution, read as a screen reader would.
    assert card.reminder.isVisible() and card.reminder.text() == safety.reminder
    assert card.caution.isVisible()
    assert card.caution.accessibleName() == "Take care"
    assert neck.cautions[0] in card.caution.text()
    card.begin()  # getting ready, then the steps: the caution stays with its exercise
    assert neck.cautions[0] in card.caution.text()
    clock.seconds += neck.setup_seconds + 1
    card.tick()
    assert card.caution.isVisible() and neck.cautions[0] in card.caution.text()
    assert card.reminder.isVisible()


def test_a_routine_names_each_exercises_cautions_while_it_is_on(
    qtbot: QtBot, clock: FakeClock
) -> None:
    routine = next(
        r
        for r in LIBRARY.routines
        if len({i.exercise.id for i in r.items}) > 1
        and [i.exercise for i in r.items if i.exercise.cautions]
        and not r.items[0].exercise.cautions
    )
    card = make_card(qtbot, routine.id, clock=clock)
    careful = next(i.exercise for i in routine.items if i.exercise.cautions)
    assert careful.cautions[0] in card.caution.text()  # offered: every caution of the break
    card.begin()
    card.tick()
    assert not card.caution.isVisible()  # the first exercise has none
    guide = Guide.for_practice(routine)
    start = next(s.start for s in guide.segments if s.exercise.id == careful.id)
    clock.seconds += start + 0.5
    card.tick()
    assert card.caution.isVisible() and careful.cautions[0] in card.caution.text()


def test_an_interpretation_says_so_on_its_card(qtbot: QtBot, clock: FakeClock) -> None:
    card = make_card(qtbot, "rolling-hands-backwards", clock=clock)
    # A note, not a warning: the information sign before it, not the warning sign.
    assert "\N{INFORMATION SOURCE} This is our own description" in card.caution.text()
    assert "⚠" not in card.caution.text()


def test_pack_text_is_shown_as_text_not_markup(qtbot: QtBot, clock: FakeClock) -> None:
    from dataclasses import replace

    hostile = replace(exercise(LIBRARY, "chin-tuck"), cautions=("<b>bold</b> <img src='x'>",))
    card = BreakCard(Guide.for_practice(hostile), clock=clock)
    card.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.addWidget(card)
    assert card.caution.textFormat() == Qt.TextFormat.PlainText
    assert "<b>bold</b> <img src='x'>" in card.caution.text()


@pytest.mark.parametrize("focused", ["skip_button", "snooze_button", "start_button"])
def test_space_and_enter_start_and_finish_whatever_button_has_focus(
    qtbot: QtBot, card: BreakCard, focused: str
) -> None:
    button = getattr(card, focused)
    skipped: list[bool] = []
    snoozed: list[bool] = []
    card.skip_requested.connect(lambda: skipped.append(True))
    card.snooze_requested.connect(lambda: snoozed.append(True))
    button.setFocus()
    with qtbot.waitSignal(card.start_requested):
        qtbot.keyClick(button, Qt.Key.Key_Space)
    card.begin()
    with qtbot.waitSignal(card.done):
        qtbot.keyClick(card.skip_button, Qt.Key.Key_Return)
    assert skipped == [] and snoozed == []


@pytest.fixture
def dark_desktop(qapp: QtWidgets.QApplication) -> Iterator[None]:
    """The desktop switches to a dark theme (Qt hands the new palette to every window)."""
    light = qapp.palette()
    dark = QtGui.QPalette(QtGui.QColor("#202124"))
    dark.setColor(QtGui.QPalette.ColorRole.Highlight, QtGui.QColor("#8ab4f8"))
    qapp.setPalette(dark)
    yield
    qapp.setPalette(light)


def test_the_card_follows_a_dark_palette(
    qtbot: QtBot, clock: FakeClock, dark_desktop: None
) -> None:
    card = make_card(qtbot, clock=clock)
    card.tick()
    image = card.grab().toImage()
    corner = QtGui.QColor(image.pixel(image.width() // 2, 5))
    assert corner.lightness() < 80
    # The figure is drawn in the palette's accent colour.
    figure = card.figure.grab().toImage()
    colours = {
        figure.pixel(x, y)
        for x in range(0, figure.width(), 3)
        for y in range(0, figure.height(), 3)
    }
    assert QtGui.QColor("#8ab4f8").rgb() in colours


def test_the_card_is_crisp_at_double_pixel_density(qtbot: QtBot, clock: FakeClock) -> None:
    card = make_card(qtbot, clock=clock)
    image = card.figure.grab().toImage()
    card.figure.setFixedSize(card.figure.size())
    # Grabbing at twice the density paints the vectors again at that density (not an
    # upscaled bitmap): the picture has twice the pixels and its own detail.
    pixmap = QtGui.QPixmap(card.figure.size() * 2)
    pixmap.setDevicePixelRatio(2.0)
    pixmap.fill(QtGui.QColor("white"))
    card.figure.render(pixmap)
    sharp = pixmap.toImage()
    assert sharp.width() == image.width() * 2
    upscaled = image.scaled(sharp.size()).convertToFormat(sharp.format())
    assert sharp != upscaled


def test_every_control_has_an_accessible_name(card: BreakCard) -> None:
    for widget in (
        card.findChildren(QtWidgets.QPushButton)
        + card.findChildren(QtWidgets.QProgressBar)
        + [card.figure, card.instruction, card.breath, card.time_left]
    ):
        assert widget.accessibleName(), widget


def test_the_frame_timer_rests_while_a_stretch_is_held(qtbot: QtBot, clock: FakeClock) -> None:
    card = make_card(qtbot, "chin-tuck", clock=clock)
    tuck = exercise(LIBRARY, "chin-tuck")
    card.begin()
    clock.seconds = 100.0 + tuck.setup_seconds + 0.5  # the head glides back
    card.tick()
    assert card.frame_interval_ms == 16
    clock.seconds = 100.0 + tuck.setup_seconds + 2.0  # held until 5 s
    card.tick()
    assert card.frame_interval_ms == 250
    clock.seconds = 100.0 + tuck.setup_seconds + 4.9  # lets go in 0.1 s: wakes before then
    card.tick()
    assert 16 <= card.frame_interval_ms < 100


def test_on_a_dark_desktop_the_safety_link_is_in_the_light_accent_colour(
    qtbot: QtBot, clock: FakeClock, dark_desktop: None
) -> None:
    card = make_card(qtbot, clock=clock, safety=LIBRARY.safety)
    assert 'style="color: #8ab4f8"' in card.safety.text()


def overlapping(card: BreakCard) -> list[str]:
    """Pairs of the card's visible parts, top to bottom, that run into each other."""
    parts = [
        ("figure", card.figure),
        ("step line", card._step_heading),
        ("instruction", card.instruction),
        ("cautions", card.caution),
        ("reminder", card.reminder),
    ]
    shown = [(name, widget.geometry()) for name, widget in parts if widget.isVisible()]
    return [
        f"{upper} over {lower}"
        for (upper, above), (lower, below) in pairwise(shown)
        if above.bottom() >= below.top()
    ]


@pytest.mark.parametrize("size", ["small", "medium", "large"])
def test_the_card_has_room_for_every_step_and_keeps_its_size(
    qtbot: QtBot, clock: FakeClock, size: str
) -> None:
    # The longest words of any step, at every size: a card that does not grow with them
    # squeezes its parts into each other (the figure's floor ran through the step line).
    for practice in (*LIBRARY.exercises, *LIBRARY.routines):
        clock.seconds = 100.0
        card = make_card(qtbot, practice.id, clock=clock, size=size, reminder="Gentle is enough.")
        card.begin()
        heights = set()
        for segment in Guide.for_practice(practice).segments:
            clock.seconds = 100.0 + segment.start + 0.25
            card.tick()
            card.layout().activate()
            assert overlapping(card) == [], (practice.id, segment.start)
            heights.add(card.height())
        assert len(heights) == 1, (practice.id, sorted(heights))
        card.close_now()


def test_the_finish_button_says_end_early_until_the_break_would_count(
    card: BreakCard, clock: FakeClock
) -> None:
    # A break ended before 80 % of its time does not count: until then the button says so,
    # then it is "Done". It keeps its width, so the row does not shift.
    total = exercise(LIBRARY, "shoulder-blade-squeeze").seconds()
    card.begin()
    width = card.done_button.width()
    assert card.done_button.text() == "End early"
    assert "will not count" in card.done_button.accessibleName()
    clock.seconds += total * 0.79
    card.tick()
    assert card.done_button.text() == "End early"
    clock.seconds += total * 0.02
    card.tick()
    assert card.done_button.text() == "Done"
    assert card.done_button.width() == width
