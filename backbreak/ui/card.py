"""The break card: a small frameless window on top that offers a stretch and guides it.

Three stages. Offered: the exercise's name, what it does, and the figure showing the movement
while the person decides (Start, Snooze, Skip). Running: the figure follows the script of
backbreak.core.guide step by step, with the step's words, its countdown or repetition count,
the breathing cue and the progress through the whole break (Done, Skip). Finished: a word of
thanks, then the card fades away.

The card only reports what the person chose; the controller asks the planner whether it is
allowed and tells the card what to show.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import timedelta

from backbreak.core.exercises import Breath, Safety, Side, still_for
from backbreak.core.guide import Guide, Moment
from backbreak.qt import COUNT, Qt, QtCore, QtGui, QTimer, QtWidgets, Signal, delete_now, tr
from backbreak.ui.figure import FigureWidget
from backbreak.ui.popup import WindowFade, place_popup
from backbreak.ui.style import muted_text, opaque, plain_label, scale_font

# About 60 frames a second while the figure moves; four a second are plenty for counting
# down when it holds still (reduced motion).
FRAME_INTERVAL_MS = 16
STILL_INTERVAL_MS = 250
# While a stretch is held on an in- or out-breath, the breathing pacer beside the figure still
# moves: 20 steps a second look smooth for a slow breath.
PACER_INTERVAL_MS = 50
QUIET_FRAMES = 3
FADE_IN_MS = 60
FADE_OUT_MS = 160
# How long the thanks stay before the card fades away by itself.
FINISHED_LINGER_MS = 1800
CARD_WIDTH = {"small": 360, "medium": 440, "large": 540}
# The card's own keys (see _card_key); with no modifier but the keypad's.
CARD_KEYS = frozenset(
    {Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space, Qt.Key.Key_S, Qt.Key.Key_Escape}
)
KEYPAD = Qt.KeyboardModifier.KeypadModifier
FIGURE_HEIGHT = {"small": 170, "medium": 210, "large": 270}


def monotonic_seconds() -> Callable[[], float]:
    """A clock for the card's animation: seconds since it was made, never going back."""
    timer = QtCore.QElapsedTimer()
    timer.start()
    return lambda: timer.elapsed() / 1000.0


class BreakCard(QtWidgets.QWidget):
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
        super().__init__(
            None,
            Qt.WindowType.Tool
            | Qt.WindowType.FramelessWindowHint
            | Qt.WindowType.WindowStaysOnTopHint,
        )
        self.setObjectName("BreakCard")
        self.setWindowTitle(tr("Card", "backbreak: time for a stretch"))
        self.setAccessibleName(tr("Card", "Stretch break"))
        # Appear without stealing the keyboard from whatever the person is typing into; a
        # click on the card makes it the active window and the keys work from then on.
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._guide = guide
        self._clock = clock or monotonic_seconds()
        self._total = guide.total_seconds if guide is not None else length.total_seconds()
        self._running = False
        self._finished = False
        self._closing = False
        self._shown_at = self._clock()
        self._started_at = 0.0
        self._last_segment: object = None
        self._quiet = 0  # frames in a row that changed nothing on screen
        self._shown_count: tuple[int, int | None] | None = None
        self._shown_time: tuple[int, int] | None = None
        self._reduced_motion = reduced_motion
        self._can_snooze = can_snooze
        self._can_skip = can_skip
        self._strict = strict  # no way out of a running break until its time has run
        self._ran_out = False

        self._caption = plain_label(self._caption_text(long_break))
        self._caption.setObjectName("CardCaption")
        self._title = plain_label()
        self._title.setObjectName("CardTitle")
        self._title.setWordWrap(True)
        scale_font(self._title, 1.45, bold=True)
        self._summary = plain_label()
        self._summary.setWordWrap(True)
        self._summary.setObjectName("CardSummary")

        self.figure = FigureWidget(reduced_motion=reduced_motion)
        self.figure.setFixedHeight(FIGURE_HEIGHT.get(size, FIGURE_HEIGHT["medium"]))
        if guide is not None:
            self.figure.set_routine(guide.exercises)

        self._step_heading = plain_label()
        self._step_heading.setObjectName("StepHeading")
        self._step_heading.setAccessibleName(tr("Card", "Where you are"))
        scale_font(self._step_heading, 0.95, bold=True)
        self._step_count = plain_label()
        self._step_count.setObjectName("StepCount")
        self._step_count.setAccessibleName(tr("Card", "Step countdown"))
        self._step_count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        scale_font(self._step_count, 1.7, bold=True)
        self.instruction = plain_label()
        self.instruction.setObjectName("Instruction")
        self.instruction.setWordWrap(True)
        self.instruction.setAccessibleName(tr("Card", "What to do now"))
        scale_font(self.instruction, 1.1)
        # Room for three lines, so the card does not grow and shrink from step to step.
        self.instruction.setMinimumHeight(self.instruction.fontMetrics().lineSpacing() * 3 + 4)
        self._summary.setMinimumHeight(self._summary.fontMetrics().lineSpacing() * 2 + 2)
        self.instruction.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.breath = plain_label()
        self.breath.setObjectName("BreathCue")
        self.breath.setAccessibleName(tr("Card", "Breathing"))

        self._progress = QtWidgets.QProgressBar()
        self._progress.setRange(0, 1000)
        self._progress.setTextVisible(False)
        self._progress.setMaximumHeight(8)
        self._progress.setAccessibleName(tr("Card", "Progress through the break"))
        self.time_left = plain_label()
        self.time_left.setObjectName("TimeLeft")
        self.time_left.setAccessibleName(tr("Card", "Time left"))

        # What to take care with in this exercise (and, for an interpretation, that it is
        # one): plain text, as pack files are only ever shown as text.
        self.caution = plain_label()
        self.caution.setObjectName("Caution")
        self.caution.setWordWrap(True)
        self.caution.setTextFormat(Qt.TextFormat.PlainText)
        self.caution.setAccessibleName(tr("Card", "Take care"))
        scale_font(self.caution, 0.95)
        self.caution.hide()
        # The one-line safety reminder, on every card, in the text colour: it must be read,
        # and muted grey on a dark card falls below 4.5:1 contrast.
        self.reminder = plain_label()
        self.reminder.setObjectName("Reminder")
        self.reminder.setWordWrap(True)
        self.reminder.setTextFormat(Qt.TextFormat.PlainText)
        self.reminder.setAccessibleName(tr("Card", "Safety reminder"))
        _show_words(self.reminder, reminder)
        self.reminder.setVisible(bool(reminder))
        scale_font(self.reminder, 0.9)
        # The first card ever: when to stop and see a doctor, and a link to all the advice,
        # which opens in place.
        self._safety_advice = safety
        self.safety = QtWidgets.QLabel()
        self.safety.setObjectName("Safety")
        self.safety.setWordWrap(True)
        self.safety.setTextFormat(Qt.TextFormat.RichText)
        self.safety.setAccessibleName(tr("Card", "Stretching safely"))
        self.safety.linkActivated.connect(lambda _link: self.show_all_safety_advice())
        self._safety_full = False
        if safety is not None:
            accent = self.palette().color(QtGui.QPalette.ColorRole.Highlight).name()
            self.safety.setText(_short_safety_html(safety, accent))
            self.safety.setAccessibleDescription(_plain_safety(safety, full=False))
        self.safety.setVisible(safety is not None)
        scale_font(self.safety, 0.95)  # in the text colour, not muted: it must be read

        self.start_button = QtWidgets.QPushButton(tr("Card", "Start"))
        self.start_button.setAccessibleName(tr("Card", "Start the stretch"))
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.start_requested)
        self.done_button = QtWidgets.QPushButton(tr("Card", "Done"))
        self.done_button.setAccessibleName(tr("Card", "Done: finish the break"))
        self.done_button.clicked.connect(self._finish)
        self.snooze_button = QtWidgets.QPushButton(
            tr("Card", "Snooze %n min", None, COUNT, snooze_minutes)
        )
        self.snooze_button.setAccessibleName(
            tr("Card", "Snooze the break for %n minutes", None, COUNT, snooze_minutes)
        )
        self.snooze_button.clicked.connect(self.snooze_requested)
        self.skip_button = QtWidgets.QPushButton(tr("Card", "Skip"))
        self.skip_button.setAccessibleName(tr("Card", "Skip this break"))
        self.skip_button.clicked.connect(self.skip_requested)
        for button in (self.start_button, self.done_button, self.snooze_button, self.skip_button):
            # Tab moves between the buttons; the card itself keeps Enter, Space, S and Esc,
            # whatever has focus: a button that got the focus (the window manager gives it to
            # the first one when the card is clicked) must not turn Space into "Skip".
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.installEventFilter(self)
        self.safety.installEventFilter(self)

        header = QtWidgets.QVBoxLayout()
        header.setSpacing(2)
        header.addWidget(self._caption)
        header.addWidget(self._title)
        header.addWidget(self._summary)
        step_row = QtWidgets.QHBoxLayout()
        step_row.addWidget(self._step_heading, 1)
        step_row.addWidget(self._step_count)
        progress_row = QtWidgets.QHBoxLayout()
        progress_row.addWidget(self._progress, 1)
        progress_row.addWidget(self.time_left)
        buttons = QtWidgets.QHBoxLayout()
        buttons.addWidget(self.skip_button)
        buttons.addWidget(self.snooze_button)
        buttons.addStretch(1)
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.done_button)

        frame = QtWidgets.QFrame()
        frame.setObjectName("CardFrame")
        inner = QtWidgets.QVBoxLayout(frame)
        inner.setContentsMargins(20, 16, 20, 16)
        inner.setSpacing(8)
        inner.addLayout(header)
        inner.addWidget(self.figure, 1)
        inner.addLayout(step_row)
        inner.addWidget(self.instruction)
        inner.addWidget(self.breath)
        inner.addLayout(progress_row)
        inner.addWidget(self.caution)
        inner.addWidget(self.safety)
        inner.addWidget(self.reminder)
        inner.addSpacing(4)
        inner.addLayout(buttons)
        outer = QtWidgets.QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame)
        # Rows that come and go between stages keep their room, so the card keeps its size.
        for widget in (self._progress, self.time_left, self._step_count, self.breath):
            policy = widget.sizePolicy()
            policy.setRetainSizeWhenHidden(True)
            widget.setSizePolicy(policy)
        self.setFixedWidth(CARD_WIDTH.get(size, CARD_WIDTH["medium"]))
        self._apply_palette()

        self._tick = QTimer(self)
        self._tick.setTimerType(Qt.TimerType.PreciseTimer)
        self._tick.setInterval(STILL_INTERVAL_MS if reduced_motion else FRAME_INTERVAL_MS)
        self._tick.timeout.connect(self.tick)
        self._fade = WindowFade(self, self._fade_finished)
        # "Nicely done" stays a moment before the fade; owned, so close_now() can stop it.
        self._linger = QTimer(self)
        self._linger.setSingleShot(True)
        self._linger.setInterval(FINISHED_LINGER_MS)
        self._linger.timeout.connect(self.dismiss)
        # Lay the card out before the figure poses its first frame: the figure then fits its
        # routine once, at the size it is shown at, not at a default size and again on show.
        outer.activate()
        self._show_stage()
        self.tick()

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
            and not self._closing
            and not self._fade.running
        )

    @property
    def remaining_seconds(self) -> int:
        return self._seconds_left(self._elapsed())

    def present(self) -> None:
        """Fade in, centred on the screen the pointer is on. On Wayland a client cannot
        place its windows, so the compositor's placement stands."""
        place_popup(self)
        self._fade.to(1.0, FADE_IN_MS, start_from=0.0)
        self.show()
        self.raise_()
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
        if self._closing:
            return
        self._closing = True
        self._linger.stop()
        self._fade.to(0.0, FADE_OUT_MS)

    def close_now(self) -> None:
        """Close at once, with no fade: the app is shutting down."""
        self._closing = True
        self._linger.stop()
        self._fade.stop()
        self._tick.stop()
        self.close()

    def tick(self) -> None:
        """One frame: move the figure and the words to where the break is now."""
        if self._closing:
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
        safety = self._safety_advice
        if safety is None:
            return
        self._safety_full = True
        self.safety.setText(_full_safety_html(safety))
        self.safety.setAccessibleDescription(_plain_safety(safety, full=True))
        if self.isVisible():
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

    def _caption_text(self, long_break: bool) -> str:
        # Counts bound to plain names first: lupdate drops a message whose count is a call.
        minutes, seconds = round(self._total / 60), math.ceil(self._total)
        length = (
            tr("Card", "%n min", None, COUNT, minutes)
            if self._total >= 120
            else tr("Card", "%n s", None, COUNT, seconds)
        )
        label = (
            tr("Card", "Time for a longer break")
            if long_break
            else tr("Card", "Time for a stretch")
        )
        return f"{label} · {length}"

    def _show_stage(self) -> None:
        guide = self._guide
        self.start_button.setVisible(not self._running and not self._finished)
        self.done_button.setVisible(self._running and not self._strict)
        self.snooze_button.setVisible(self._can_snooze and not self._running and not self._finished)
        self.skip_button.setVisible(self._can_skip and not self._finished)
        self.figure.setVisible(guide is not None)
        self._progress.setVisible(self._running)
        self.time_left.setVisible(self._running)
        self._step_count.setVisible(self._running)
        if guide is None:
            self._title.setText(tr("Card", "Stretch where you sit"))
            self._summary.setText("")
            self._summary.setVisible(False)
            _show_words(self._step_heading, "")
            _show_words(
                self.instruction,
                tr(
                    "Card",
                    "Sit tall and roll your shoulders slowly backwards, five times. Then "
                    "let your gaze rest on something far away while you breathe out.",
                ),
            )
            _show_words(self.breath, "")
            self._show_time(self._elapsed())
            return
        first = guide.segments[0]
        self._title.setText(guide.name)
        self._summary.setText(guide.summary)
        if self._finished:
            _show_words(self._step_heading, tr("Card", "Nicely done"))
            _show_words(
                self.instruction,
                tr("Card", "Well done. Take one easy breath before you carry on."),
            )
            _show_words(self.breath, "")
        elif not self._running:
            _show_words(self._step_heading, tr("Card", "Get ready"))
            _show_words(self.instruction, first.exercise.setup)
            _show_words(self.breath, "")
        self._show_cautions(guide.cautions() if not self._finished else ())

    def _show_cautions(self, cautions: tuple[str, ...]) -> None:
        text = _caution_text(cautions)
        _show_words(self.caution, text)
        self.caution.setVisible(bool(text))

    def _show_moment(self, moment: Moment) -> None:
        segment = moment.segment
        self.figure.set_exercise(segment.exercise)
        self.figure.set_moment(segment.step_index, moment.seconds_in)
        if segment is not self._last_segment:
            if self._last_segment is not None:
                self.cue.emit("step")
            self._last_segment = segment
            self._title.setText(
                segment.exercise.name
                if segment.items == 1
                else tr("Card", "%1 (%2 of %3)")
                .replace("%1", segment.exercise.name)
                .replace("%2", str(segment.item + 1))
                .replace("%3", str(segment.items))
            )
            _show_words(self._step_heading, _where(moment))
            step = segment.step
            _show_words(
                self.instruction, segment.exercise.setup if step is None else step.instruction
            )
            _show_words(self.breath, _breath_words(moment.breath))
            if self._running and self._guide is not None:
                # The exercise on now: its cautions from its get-ready stage to its end.
                self._show_cautions(self._guide.cautions(segment.exercise))
        # Words change once a second at most; build them only then.
        shown = (moment.step_seconds_left, moment.rep)
        if shown == self._shown_count:
            return
        self._shown_count = shown
        # A plain name for the count: lupdate drops a message whose count is an attribute.
        seconds_left = moment.step_seconds_left
        count = (
            tr("Card", "%1 of %2").replace("%1", str(moment.rep)).replace("%2", str(moment.reps))
            if moment.rep is not None
            else tr("Card", "%n s", None, COUNT, seconds_left)
        )
        if self._step_count.text() != count:
            self._step_count.setText(count)
            self._step_count.setAccessibleDescription(
                tr("Card", "repetition %1 of %2")
                .replace("%1", str(moment.rep))
                .replace("%2", str(moment.reps))
                if moment.rep is not None
                else tr("Card", "%n seconds left in this step", None, COUNT, seconds_left)
            )

    def _show_time(self, elapsed: float) -> None:
        left = self._seconds_left(elapsed)
        value = round(1000 * min(1.0, max(0.0, elapsed / self._total))) if self._total > 0 else 0
        if (left, value // 5) == self._shown_time:
            return
        self._shown_time = (left, value // 5)
        minutes, seconds = divmod(left, 60)
        text = tr("Card", "%1 left").replace("%1", f"{minutes}:{seconds:02d}")
        _show_words(self.time_left, text)
        if self._progress.value() != value:
            self._progress.setValue(value)

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
        if self._closing or not self._running:
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
        _show_words(self._step_heading, tr("Card", "Ended early"))
        _show_words(
            self.instruction,
            tr(
                "Card",
                "That's fine. A break this short doesn't count toward today's breaks; "
                "the next one comes after your usual stretch of work.",
            ),
        )
        _show_words(self.breath, "")
        self._linger.start()

    # -- look ------------------------------------------------------------------------------

    def _apply_palette(self) -> None:
        """Muted secondary text and accent-coloured cues, in whatever palette is in use (the
        outline is painted: paintEvent). Each label gets the one colour in its own palette;
        a style sheet did the same but made every card several milliseconds slower to build
        and paint, and the first one tens of milliseconds."""
        palette = self.palette()
        muted = muted_text(palette)
        accent = palette.color(QtGui.QPalette.ColorRole.Highlight)
        coloured = (
            (self._caption, muted),
            (self._summary, muted),
            (self.time_left, muted),
            (self.breath, accent),
            (self._step_count, accent),
        )
        for label, colour in coloured:
            # A fresh palette sets this role alone; the others still follow the card's.
            own = QtGui.QPalette()
            own.setColor(QtGui.QPalette.ColorRole.WindowText, colour)
            label.setPalette(own)
        # The link to the safety advice in the accent colour: some dark palettes keep a dark
        # blue for links, unreadable on a dark card, so the colour goes into the link itself.
        if self._safety_advice is not None and not self._safety_full:
            self.safety.setText(_short_safety_html(self._safety_advice, accent.name()))

    def _fade_finished(self) -> None:
        if self._closing:
            self._tick.stop()
            self.close()


def _show_words(label: QtWidgets.QLabel, text: str) -> None:
    """Put words on a label that has an accessible name of its own ("Take care", "What to
    do now"). Qt then tells screen readers only that name, and the words themselves would
    never be read out, so they go into the accessible description too."""
    if label.text() != text:
        label.setText(text)
        label.setAccessibleDescription(text)


def warm_up() -> None:
    """Pay what only the first card of a process costs, ahead of it: Qt sets up its fonts,
    style and accessibility bridge, and PySide makes its enum types, the first time a card is
    built and drawn, which made the first card some 25-40 ms slower than later ones. Builds a
    card, draws it into a pixmap (no window), and deletes it on return."""
    card = BreakCard(None)
    card.grab()
    delete_now(card)


def _where(moment: Moment) -> str:
    segment = moment.segment
    step = segment.step
    if step is None:
        return tr("Card", "Get ready")
    parts = [
        tr("Card", "Step %1 of %2")
        .replace("%1", str((segment.step_index or 0) + 1))
        .replace("%2", str(len(segment.exercise.steps)))
    ]
    if segment.rounds > 1:
        parts.append(
            tr("Card", "round %1 of %2")
            .replace("%1", str(segment.round))
            .replace("%2", str(segment.rounds))
        )
    if step.side is Side.LEFT:
        parts.append(tr("Card", "left side"))
    elif step.side is Side.RIGHT:
        parts.append(tr("Card", "right side"))
    return " · ".join(parts)


def _breath_words(breath: Breath | None) -> str:
    if breath is Breath.INHALE:
        return tr("Card", "Breathe in")
    if breath is Breath.EXHALE:
        return tr("Card", "Breathe out")
    if breath is Breath.HOLD:
        return tr("Card", "Hold the breath gently")
    if breath is Breath.NATURAL:
        return tr("Card", "Breathe easily")
    return ""


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _short_safety_html(safety: Safety, link_colour: str) -> str:
    """The first card's safety block: the title, when to stop, and a link to the rest."""
    lines = [f"<b>{_escape(safety.title)}</b>"]
    if safety.red_flags:
        lines.append(_escape(safety.red_flags))
    label = _escape(tr("Card", "Read all the safety advice"))
    lines.append(f'<a href="#safety" style="color: {link_colour}">{label}</a>')
    return "<br>".join(lines)


def _full_safety_html(safety: Safety) -> str:
    points = [*safety.points, *([safety.red_flags] if safety.red_flags else [])]
    return f"<b>{_escape(safety.title)}</b><br>" + "<br>".join(
        f"• {_escape(point)}" for point in points
    )


def _plain_safety(safety: Safety, *, full: bool) -> str:
    """The safety block as a screen reader reads it."""
    parts = [safety.title]
    if full:
        parts.extend(safety.points)
    if safety.red_flags:
        parts.append(safety.red_flags)
    return " ".join(parts)


def _caution_text(cautions: tuple[str, ...]) -> str:
    return "\n".join(f"⚠ {text}" for text in cautions)
