"""What the break card shows, from top to bottom: the caption, the exercise's name and what
it does; the figure; where the person is in the break and the step's countdown; what to do
now and how to breathe; the progress through the break and the time left; cautions, the
first card's safety advice and the safety reminder; the buttons.

The face only shows: BreakCard (backbreak.ui.card) decides the stage, keeps the time, and
takes the person's choices from the buttons and keys.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

from backbreak.core.exercises import Breath, Exercise, Safety, Side
from backbreak.core.guide import Guide, Moment, Segment
from backbreak.core.translate import fill
from backbreak.qt import COUNT, Qt, QtCore, QtGui, QtWidgets, tr
from backbreak.ui.figure import FigureWidget
from backbreak.ui.style import muted_text, plain_label, scale_font

FIGURE_HEIGHT = {"small": 170, "medium": 210, "large": 270}
INFORMATION = "\N{INFORMATION SOURCE}"  # before a note, where a caution has a warning sign


class CardFace:
    """The widgets on the break card and the words they show. BreakCard mixes it in, as a
    window mixes in the Ui class Qt Designer makes: the widgets are the card's own
    attributes, built here and put into words here, while the card decides what to show
    when and takes the person's choices."""

    def _build_face(
        self,
        caption: str,
        *,
        size: str,
        reduced_motion: bool,
        routine: Iterable[Exercise] | None,
        reminder: str,
        safety: Safety | None,
        snooze_minutes: int,
    ) -> QtWidgets.QFrame:
        """The card's contents in a frame that fills it, laid out once."""
        self._shown_count: tuple[int, int | None] | None = None
        self._shown_time: tuple[int, int] | None = None
        self._make_header(caption)
        self.figure = FigureWidget(reduced_motion=reduced_motion)
        self.figure.setFixedHeight(FIGURE_HEIGHT.get(size, FIGURE_HEIGHT["medium"]))
        if routine is not None:
            self.figure.set_routine(routine)
        self._make_step_lines()
        self._make_progress_line()
        self._make_safety_lines(reminder, safety)
        self._make_buttons(snooze_minutes)
        return self._lay_out_face()

    # -- building ---------------------------------------------------------------------------

    def _make_header(self, caption: str) -> None:
        self._caption = plain_label(caption)
        self._caption.setObjectName("CardCaption")
        self._title = plain_label()
        self._title.setObjectName("CardTitle")
        self._title.setWordWrap(True)
        scale_font(self._title, 1.45, bold=True)
        self._summary = plain_label()
        self._summary.setWordWrap(True)
        self._summary.setObjectName("CardSummary")

    def _make_step_lines(self) -> None:
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

    def _make_progress_line(self) -> None:
        self._progress = QtWidgets.QProgressBar()
        self._progress.setRange(0, 1000)
        self._progress.setTextVisible(False)
        self._progress.setMaximumHeight(8)
        self._progress.setAccessibleName(tr("Card", "Progress through the break"))
        self.time_left = plain_label()
        self.time_left.setObjectName("TimeLeft")
        self.time_left.setAccessibleName(tr("Card", "Time left"))

    def _make_safety_lines(self, reminder: str, safety: Safety | None) -> None:
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
        show_words(self.reminder, reminder)
        self.reminder.setVisible(bool(reminder))
        scale_font(self.reminder, 0.9)
        # The first card ever: when to stop and see a doctor, and a link to all the advice,
        # which opens in place (its words and the link's colour: apply_palette).
        self._safety_advice = safety
        self.safety = QtWidgets.QLabel()
        self.safety.setObjectName("Safety")
        self.safety.setWordWrap(True)
        self.safety.setTextFormat(Qt.TextFormat.RichText)
        self.safety.setAccessibleName(tr("Card", "Stretching safely"))
        self._safety_full = False
        if safety is not None:
            self.safety.setAccessibleDescription(_plain_safety(safety, full=False))
        self.safety.setVisible(safety is not None)
        scale_font(self.safety, 0.95)  # in the text colour, not muted: it must be read

    def _make_buttons(self, snooze_minutes: int) -> None:
        self.start_button = QtWidgets.QPushButton(tr("Card", "Start"))
        self.start_button.setAccessibleName(tr("Card", "Start the stretch"))
        self.start_button.setDefault(True)
        self.done_button = QtWidgets.QPushButton()
        self._done_counts: bool | None = None  # which of its names it has (None: none yet)
        # As wide as its longer name, so that the row does not shift when it changes.
        widths = []
        for counts in (False, True):
            self._name_done_button(counts=counts)
            widths.append(self.done_button.sizeHint().width())
        self.done_button.setMinimumWidth(max(widths))
        self.snooze_button = QtWidgets.QPushButton(
            tr("Card", "Snooze %n min", None, COUNT, snooze_minutes)
        )
        self.snooze_button.setAccessibleName(
            tr("Card", "Snooze the break for %n minutes", None, COUNT, snooze_minutes)
        )
        self.skip_button = QtWidgets.QPushButton(tr("Card", "Skip"))
        self.skip_button.setAccessibleName(tr("Card", "Skip this break"))

    def _lay_out_face(self) -> QtWidgets.QFrame:
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
        # Rows that come and go between stages keep their room, so the card keeps its size.
        for widget in (self._progress, self.time_left, self._step_count, self.breath):
            policy = widget.sizePolicy()
            policy.setRetainSizeWhenHidden(True)
            widget.setSizePolicy(policy)
        return frame

    # -- showing ----------------------------------------------------------------------------

    def _make_room_for_every_step(self, guide: Guide) -> None:
        """Give the instruction the height of the guide's longest words (at the width the
        card's layout gave it), so that the card keeps one size from step to step.
        Word-wrapped labels do not raise a window's minimum height: on a card sized for
        shorter words they ran into the figure."""
        words = {segment.instruction for segment in guide.segments}
        metrics = self.instruction.fontMetrics()
        room = QtCore.QRect(0, 0, max(1, self.instruction.width()), 100_000)
        tallest = max(
            metrics.boundingRect(room, Qt.TextFlag.TextWordWrap, text).height() for text in words
        )
        self.instruction.setMinimumHeight(max(self.instruction.minimumHeight(), tallest + 4))

    def _name_done_button(self, *, counts: bool) -> None:
        """ "Done" once the break would count if it ended now (most of its time has run),
        "End early" before: a break ended before then does not count, and "Done" read as
        "I did it" (QA walkthrough)."""
        if counts == self._done_counts:
            return
        self._done_counts = counts
        if counts:
            self.done_button.setText(tr("Card", "Done"))
            self.done_button.setAccessibleName(tr("Card", "Done: finish the break"))
        else:
            self.done_button.setText(tr("Card", "End early"))
            self.done_button.setAccessibleName(
                tr("Card", "End the break early: it will not count toward today's breaks")
            )

    def _show_running(self, running: bool) -> None:
        """The countdown, the progress and the time left show only while the break runs."""
        self._progress.setVisible(running)
        self.time_left.setVisible(running)
        self._step_count.setVisible(running)

    def _show_step_words(self, heading: str, instruction: str, breath: str = "") -> None:
        show_words(self._step_heading, heading)
        show_words(self.instruction, instruction)
        show_words(self.breath, breath)

    def _show_cautions(self, cautions: tuple[str, ...], notes: tuple[str, ...]) -> None:
        # A note is no warning: it gets the information sign, not the warning one.
        text = "\n".join(
            [*(f"⚠ {text}" for text in cautions), *(f"{INFORMATION} {text}" for text in notes)]
        )
        show_words(self.caution, text)
        self.caution.setVisible(bool(text))

    def _show_segment_words(self, moment: Moment) -> None:
        """The words for a new part of the break: the exercise (and which of a routine's
        items it is), where in it the person is, what to do, how to breathe."""
        segment = moment.segment
        self._title.setText(
            segment.exercise.name
            if segment.items == 1
            else fill(
                tr("Card", "%1 (%2 of %3)"),
                segment.exercise.name,
                str(segment.item + 1),
                str(segment.items),
            )
        )
        self._show_step_words(
            _where(segment),
            segment.instruction,
            _breath_words(moment.breath),
        )

    def _show_count(self, moment: Moment) -> None:
        """The step's countdown, or which repetition it is on. Words change once a second at
        most; they are built only then."""
        shown = (moment.step_seconds_left, moment.rep)
        if shown == self._shown_count:
            return
        self._shown_count = shown
        # A plain name for the count: lupdate drops a message whose count is an attribute.
        seconds_left = moment.step_seconds_left
        count = (
            fill(tr("Card", "%1 of %2"), str(moment.rep), str(moment.reps))
            if moment.rep is not None
            else tr("Card", "%n s", None, COUNT, seconds_left)
        )
        if self._step_count.text() != count:
            self._step_count.setText(count)
            self._step_count.setAccessibleDescription(
                fill(tr("Card", "repetition %1 of %2"), str(moment.rep), str(moment.reps))
                if moment.rep is not None
                else tr("Card", "%n seconds left in this step", None, COUNT, seconds_left)
            )

    def _show_time_left(self, left: int, progress: int) -> None:
        """`left` seconds left in the break, `progress` thousandths of it done."""
        if (left, progress // 5) == self._shown_time:
            return
        self._shown_time = (left, progress // 5)
        minutes, seconds = divmod(left, 60)
        text = tr("Card", "%1 left").replace("%1", f"{minutes}:{seconds:02d}")
        show_words(self.time_left, text)
        if self._progress.value() != progress:
            self._progress.setValue(progress)

    def _open_safety_advice(self) -> bool:
        """Open the safety block to every point of the advice; False if there is none."""
        safety = self._safety_advice
        if safety is None:
            return False
        self._safety_full = True
        self.safety.setText(_full_safety_html(safety))
        self.safety.setAccessibleDescription(_plain_safety(safety, full=True))
        return True

    def _colour_face(self, palette: QtGui.QPalette) -> None:
        """Muted secondary text and accent-coloured cues, in the card's palette. Each label
        gets the one colour in its own palette; a style sheet did the same but made every
        card several milliseconds slower to build and paint, and the first one tens of
        milliseconds."""
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


def caption_words(total_seconds: float, *, long_break: bool) -> str:
    """The card's caption: what kind of break, and how long."""
    # Counts bound to plain names first: lupdate drops a message whose count is a call.
    minutes, seconds = round(total_seconds / 60), math.ceil(total_seconds)
    length = (
        tr("Card", "%n min", None, COUNT, minutes)
        if total_seconds >= 120
        else tr("Card", "%n s", None, COUNT, seconds)
    )
    label = (
        tr("Card", "Time for a longer break") if long_break else tr("Card", "Time for a stretch")
    )
    return f"{label} · {length}"


def show_words(label: QtWidgets.QLabel, text: str) -> None:
    """Put words on a label that has an accessible name of its own ("Take care", "What to
    do now"). Qt then tells screen readers only that name, and the words themselves would
    never be read out, so they go into the accessible description too."""
    if label.text() != text:
        label.setText(text)
        label.setAccessibleDescription(text)


def _where(segment: Segment) -> str:
    step = segment.step
    if step is None:
        return tr("Card", "Get ready")
    parts = [
        fill(
            tr("Card", "Step %1 of %2"),
            str((segment.step_index or 0) + 1),
            str(len(segment.exercise.steps)),
        )
    ]
    if segment.rounds > 1:
        parts.append(fill(tr("Card", "round %1 of %2"), str(segment.round), str(segment.rounds)))
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
