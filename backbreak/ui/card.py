"""The break card: a small frameless window on top that offers a stretch and guides it.

Three stages. Offered: the exercise's name, what it does, and the figure showing the movement
while the person decides (Start, Snooze, Skip). Running: the figure follows the script of
backbreak.core.guide step by step, with the step's words, its countdown or repetition count,
the breathing cue and the progress through the whole break (Done, Skip). Finished: a word of
thanks, then the card fades away.

The card only reports what the person chose; the controller asks the planner whether it is
allowed and tells the card what to show. What is on the card, and the words it puts there:
backbreak.ui.card_face.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import timedelta

from backbreak.core.breaks import TAKEN_SHARE
from backbreak.core.exercises import Breath, Safety, still_for
from backbreak.core.guide import Guide, Moment
from backbreak.qt import Qt, QtCore, QtGui, QTimer, QtWidgets, Signal, delete_now, make_timer, tr
from backbreak.ui.card_face import CardFace, caption_words
from backbreak.ui.popup import (
    POPUP_FLAGS,
    WindowFade,
    grow_to_fit,
    place_popup,
    pop_up_quietly,
)
from backbreak.ui.style import opaque

# About 60 frames a second while the figure moves; four a second are plenty for counting
# down when it holds still (reduced motion).
FRAME_INTERVAL_MS = 16
STILL_INTERVAL_MS = 250
# While a stretch is held on an in- or out-breath, the breathing pacer beside the figure still
# moves: 20 steps a second look smooth for a slow breath.
PACER_INTERVAL_MS = 50
QUIET_FRAMES = 3
# How long the thanks stay before the card fades away by itself.
FINISHED_LINGER_MS = 1800
CARD_WIDTH = {"small": 360, "medium": 440, "large": 540}
# The card's own keys (see _card_key); with no modifier but the keypad's.
CARD_KEYS = frozenset(
    {Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space, Qt.Key.Key_S, Qt.Key.Key_Escape}
)
KEYPAD = Qt.KeyboardModifier.KeypadModifier


def monotonic_seconds() -> Callable[[], float]:
    """A clock for the card's animation: seconds since it was made, never going back."""
    timer = QtCore.QElapsedTimer()
    timer.start()
    return lambda: timer.elapsed() / 1000.0


class BreakCard(QtWidgets.QWidget, CardFace):
    start_requested = Signal()
    snooze_requested = Signal()
    skip_requested = Signal()
    done = Signal()  # the running break finished: time ran out, or the person said so
    cue = Signal(str)  # "start", "step" or "end": moments a sound may mark

    def __init__(
        self,
        guide: Guide | None,
        *,
        length: timedelta = timedelta(seconds=30),
        long_break: bool = False,
        snooze_minutes: int = 5,
        can_snooze: bool = True,
        can_skip: bool = True,
        strict: bool = False,
        reduced_motion: bool = False,
        safety: Safety | None = None,
        reminder: str = "",
        size: str = "medium",
        clock: Callable[[], float] | None = None,
    ) -> None:
        super().__init__(None, POPUP_FLAGS)
        self.setObjectName("BreakCard")
        self.setWindowTitle(tr("Card", "backbreak: time for a stretch"))
        self.setAccessibleName(tr("Card", "Stretch break"))
        pop_up_quietly(self)
        self._guide = guide
        self._clock = clock or monotonic_seconds()
        self._total = guide.total_seconds if guide is not None else length.total_seconds()
        self._running = False
        self._finished = False
        self._shown_at = self._clock()
        self._started_at = 0.0
        self._last_segment: object = None
        self._quiet = 0  # frames in a row that changed nothing on screen
        self._reduced_motion = reduced_motion
        self._can_snooze = can_snooze
        self._can_skip = can_skip
        self._strict = strict  # no way out of a running break until its time has run
        self._ran_out = False

        frame = self._build_face(
            caption_words(self._total, long_break=long_break),
            size=size,
            reduced_motion=reduced_motion,
            routine=guide.exercises if guide is not None else None,
            reminder=reminder,
            safety=safety,
            snooze_minutes=snooze_minutes,
        )
        self._take_choices()
        outer = QtWidgets.QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame)
        self.setFixedWidth(CARD_WIDTH.get(size, CARD_WIDTH["medium"]))
        self._apply_palette()
        self._make_timers()
        # Lay the card out before the figure poses its first frame: the figure then fits its
        # routine once, at the size it is shown at, not at a default size and again on show.
        outer.activate()
        self._show_stage()
        self.tick()

    def _take_choices(self) -> None:
        """The buttons and the safety advice's link answer; the card's own keys win over a
        focused button's (eventFilter)."""
        self.safety.linkActivated.connect(lambda _link: self.show_all_safety_advice())
        self.start_button.clicked.connect(self.start_requested)
        self.done_button.clicked.connect(self._finish)
        self.snooze_button.clicked.connect(self.snooze_requested)
        self.skip_button.clicked.connect(self.skip_requested)
        for button in (self.start_button, self.done_button, self.snooze_button, self.skip_button):
            # Tab moves between the buttons; the card itself keeps Enter, Space, S and Esc,
            # whatever has focus: a button that got the focus (the window manager gives it to
            # the first one when the card is clicked) must not turn Space into "Skip".
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.installEventFilter(self)
        self.safety.installEventFilter(self)

    def _make_timers(self) -> None:
        self._tick = QTimer(self)
        self._tick.setTimerType(Qt.TimerType.PreciseTimer)
        self._tick.setInterval(STILL_INTERVAL_MS if self._reduced_motion else FRAME_INTERVAL_MS)
        self._tick.timeout.connect(self.tick)
        self._fade = WindowFade(self, self._fade_finished)
        # "Nicely done" stays a moment before the fade; owned, so close_now() can stop it.
        self._linger = make_timer(
            self, self.dismiss, interval_ms=FINISHED_LINGER_MS, single_shot=True
        )

    # -- what the controller and the tests see ------------------------------------------------

    @property
    def running(self) -> bool:
        return self._running

    @property
    def finished(self) -> bool:
        return self._finished

    @property
    def frame_interval_ms(self) -> int:
        """How often the card wakes now: 16 ms while the figure moves, longer while it holds."""
        return self._tick.interval()

    @property
    def fully_shown(self) -> bool:
        """Mapped, exposed and done fading in."""
        window = self.windowHandle()
        return (
            window is not None
            and window.isExposed()
            and not self._fade.leaving
            and not self._fade.running
        )

    @property
    def remaining_seconds(self) -> int:
        return self._seconds_left(self._elapsed())

    def present(self) -> None:
        """Fade in, centred on the screen the pointer is on. On Wayland a client cannot
        place its windows, so the compositor's placement stands."""
        layout = self.layout()
        if layout is not None and self._guide is not None:
            layout.activate()  # the instruction's width, from the card's fixed width
            self._make_room_for_every_step(self._guide)
        self._fade.pop_up()
        self._tick.start()

    def begin(self) -> None:
        """The break runs: guide it from its first second."""
        if self._running or self._finished:
            return
        self._running = True
        self._started_at = self._clock()
        self._last_segment = None
        self._quiet = 0
        self._show_stage()
        self.cue.emit("start")
        self.tick()
        if not self._tick.isActive():
            self._tick.start()

    def dismiss(self) -> None:
        """Fade out without a word (the break was withdrawn, snoozed, skipped or paused)."""
        self._linger.stop()
        self._fade.fade_out()

    def close_now(self) -> None:
        """Close at once, with no fade: the app is shutting down."""
        self._linger.stop()
        self._fade.stop()
        self._tick.stop()
        self.close()

    def tick(self) -> None:
        """One frame: move the figure and the words to where the break is now."""
        if self._fade.leaving:
            return
        now = self._clock()
        guide = self._guide
        if self._finished:
            return
        if self._running:
            elapsed = now - self._started_at
            if guide is not None:
                moment = guide.at(elapsed)
                self._show_moment(moment)
                self._pace_frames(moment)
            self._show_time(elapsed)
            if elapsed >= self._total:
                self._time_is_up()
        elif guide is not None:
            moment = guide.preview_at(now - self._shown_at)
            self.figure.set_exercise(moment.exercise)
            self.figure.set_moment(moment.segment.step_index, moment.seconds_in)

    def _pace_frames(self, moment: Moment) -> None:
        """While the figure holds a pose, the frame timer rests until just before it moves
        again (at most STILL_INTERVAL_MS, so the countdown stays on time): a 60 Hz timer
        costs a few percent of a core even when nothing is drawn."""
        if self._reduced_motion:
            return
        segment = moment.segment
        if segment.step_index is None:
            still = segment.duration - moment.seconds_in
        else:
            still = still_for(segment.exercise, segment.step_index, moment.seconds_in)
        still = min(still, segment.duration - moment.seconds_in)
        longest = STILL_INTERVAL_MS
        step = segment.step
        if step is not None and step.breath in (Breath.INHALE, Breath.EXHALE):
            longest = PACER_INTERVAL_MS  # the breathing pacer grows or shrinks meanwhile
        interval = max(FRAME_INTERVAL_MS, min(longest, int(still * 1000) - 20))
        # A figure moving less than a quarter pixel a frame (a slow breath, the end of an
        # ease) needs fewer frames: each frame that changed nothing on screen makes the next
        # one come later, up to QUIET_FRAMES frames apart; the first that moves brings 60 Hz
        # back. Slow movement then costs a third of the ticks, and a movement that starts
        # is late by three frames at most.
        self._quiet = 0 if self.figure.moved else min(self._quiet + 1, QUIET_FRAMES - 1)
        interval = max(interval, min(longest, FRAME_INTERVAL_MS * (1 + self._quiet)))
        if interval != self._tick.interval():
            self._tick.setInterval(interval)

    # -- Qt events ------------------------------------------------------------------------

    def keyPressEvent(self, event: QtGui.QKeyEvent) -> None:
        if not self._card_key(event):
            super().keyPressEvent(event)

    def eventFilter(self, watched: QtCore.QObject, event: QtCore.QEvent) -> bool:
        """The card's keys win over a focused button's own (Space would press it)."""
        if event.type() in (QtCore.QEvent.Type.KeyPress, QtCore.QEvent.Type.KeyRelease):
            assert isinstance(event, QtGui.QKeyEvent)
            if event.key() in CARD_KEYS and not event.modifiers() & ~KEYPAD:
                if event.type() == QtCore.QEvent.Type.KeyPress:
                    self._card_key(event)
                return True  # the release too, or the button would click on it
        return super().eventFilter(watched, event)

    def _card_key(self, event: QtGui.QKeyEvent) -> bool:
        """Enter and Space start or finish, S snoozes, Esc skips; True when the key was one
        of those."""
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            if self._running:
                if not self._strict:
                    self._finish()
            elif not self._finished:
                self.start_requested.emit()
        elif key == Qt.Key.Key_S:
            if self.snooze_button.isVisible():
                self.snooze_requested.emit()
        elif key == Qt.Key.Key_Escape:
            if self.skip_button.isVisible():
                self.skip_requested.emit()
        else:
            return False
        return True

    def show_all_safety_advice(self) -> None:
        """Open the first card's safety block to every point of the advice."""
        if self._open_safety_advice() and self.isVisible():
            place_popup(self)

    def changeEvent(self, event: QtCore.QEvent) -> None:
        if event.type() == QtCore.QEvent.Type.PaletteChange:
            self._apply_palette()
        super().changeEvent(event)

    def paintEvent(self, event: QtGui.QPaintEvent) -> None:
        """The card's outline, one pixel of the text colour faintly over the card's: the
        palette's own mid tone is white in some light palettes (GTK's), no edge at all on a
        white desktop."""
        palette = self.palette()
        edge = QtGui.QColor(palette.color(QtGui.QPalette.ColorRole.WindowText))
        edge.setAlphaF(0.3)
        painter = QtGui.QPainter(self)
        painter.setPen(opaque(edge, palette.color(QtGui.QPalette.ColorRole.Window)))
        painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        painter.end()

    def hideEvent(self, event: QtGui.QHideEvent) -> None:
        self._tick.stop()
        super().hideEvent(event)

    # -- stages -----------------------------------------------------------------------------

    def follow_rules(self, *, can_snooze: bool, can_skip: bool, strict: bool) -> None:
        """The rules changed while the card is up (the settings, a limit used up): its
        buttons offer what the rules allow now, as the tray menu does."""
        self._can_snooze, self._can_skip, self._strict = can_snooze, can_skip, strict
        self._show_ways_out()

    def _show_ways_out(self) -> None:
        self.done_button.setVisible(self._running and not self._strict)
        self.snooze_button.setVisible(self._can_snooze and not self._running and not self._finished)
        self.skip_button.setVisible(self._can_skip and not self._finished)

    def _show_stage(self) -> None:
        guide = self._guide
        self.start_button.setVisible(not self._running and not self._finished)
        self._show_ways_out()
        self.figure.setVisible(guide is not None)
        self._show_running(self._running)
        if guide is None:
            self._title.setText(tr("Card", "Stretch where you sit"))
            self._summary.setText("")
            self._summary.setVisible(False)
            self._show_step_words(
                "",
                tr(
                    "Card",
                    "Sit tall and roll your shoulders slowly backwards, five times. Then "
                    "let your gaze rest on something far away while you breathe out.",
                ),
            )
            self._show_time(self._elapsed())
            return
        first = guide.segments[0]
        self._title.setText(guide.name)
        self._summary.setText(guide.summary)
        if self._finished:
            self._show_step_words(
                tr("Card", "Nicely done"),
                tr("Card", "Well done. Take one easy breath before you carry on."),
            )
        elif not self._running:
            self._show_step_words(tr("Card", "Get ready"), first.exercise.setup)
        if self._finished:
            self._show_cautions((), ())
        else:
            self._show_cautions(guide.cautions(), guide.notes())
        grow_to_fit(self)

    def _show_moment(self, moment: Moment) -> None:
        segment = moment.segment
        self.figure.set_exercise(segment.exercise)
        self.figure.set_moment(segment.step_index, moment.seconds_in)
        if segment is not self._last_segment:
            if self._last_segment is not None:
                self.cue.emit("step")
            self._last_segment = segment
            self._show_segment_words(moment)
            if self._running and self._guide is not None:
                # The exercise on now: its cautions from its get-ready stage to its end.
                on_now = segment.exercise
                self._show_cautions(self._guide.cautions(on_now), self._guide.notes(on_now))
            grow_to_fit(self)
        self._show_count(moment)

    def _show_time(self, elapsed: float) -> None:
        done = min(1.0, max(0.0, elapsed / self._total)) if self._total > 0 else 0.0
        self._show_time_left(self._seconds_left(elapsed), round(1000 * done))
        self._name_done_button(counts=done >= TAKEN_SHARE)

    def _elapsed(self) -> float:
        return self._clock() - self._started_at if self._running else 0.0

    def _seconds_left(self, elapsed: float) -> int:
        return max(0, math.ceil(self._total - elapsed - 1e-6))

    def _time_is_up(self) -> None:
        self._ran_out = True
        self._running = False
        self._finished = True
        self._tick.stop()
        self._show_stage()
        self.figure.set_moment(None, 0.0)
        self.cue.emit("end")
        self.done.emit()
        self._linger.start()

    @property
    def ran_out(self) -> bool:
        """The break's whole time ran (rather than the person ending it)."""
        return self._finished and self._ran_out

    def _finish(self) -> None:
        """The person says they are done before the time is up."""
        if self._fade.leaving or not self._running:
            return
        self._running = False
        self._finished = True
        self.cue.emit("end")
        self.done.emit()  # the app may answer with show_ended_early()
        if not self._linger.isActive():
            self.dismiss()

    def show_ended_early(self) -> None:
        """The break ended before most of its time and does not count: say so kindly, and
        stay a moment for it to be read."""
        self._tick.stop()
        self._show_stage()
        self.figure.set_moment(None, 0.0)
        self._show_step_words(
            tr("Card", "Ended early"),
            tr(
                "Card",
                "That's fine. A break this short doesn't count toward today's breaks; "
                "the next one comes after your usual stretch of work.",
            ),
        )
        self._linger.start()

    # -- look ------------------------------------------------------------------------------

    def _apply_palette(self) -> None:
        """The face's colours follow the card's palette (the outline is painted:
        paintEvent)."""
        self._colour_face(self.palette())

    def _fade_finished(self) -> None:
        if self._fade.leaving:
            self._tick.stop()
            self.close()


def warm_up() -> None:
    """Pay what only the first card of a process costs, ahead of it: Qt sets up its fonts,
    style and accessibility bridge, and PySide makes its enum types, the first time a card is
    built and drawn, which made the first card some 25-40 ms slower than later ones. Builds a
    card, draws it into a pixmap (no window), and deletes it on return."""
    card = BreakCard(None)
    card.grab()
    delete_now(card)
