"""The comfort check-in: a small window on top that asks how the person's upper back feels.

One question, eleven buttons 0-10 in a row; one click answers. It appears after a completed
break (at most once a day, see backbreak.core.comfort), without taking the keyboard, and
goes away on its own: after an answer with a brief thanks, after "Not now" or Esc at once,
and if ignored after a minute (which counts as "not now"). While the pointer rests on it the
minute does not run out, so it never vanishes from under a hand about to click.

Keys, once the window has been clicked (it does not steal the keyboard): 0-9 answer with
that number. "1" waits a moment for a "0", so typing 10 gives 10, not 1; on its own it
answers 1 once the moment has passed. Tab walks the buttons and Space presses one; Esc is
"Not now".

The prompt only reports: `rated(n)` or `dismissed()`, each at most once. The controller keeps
the rating in the history.
"""

from __future__ import annotations

from backbreak.qt import Qt, QtCore, QtGui, QtWidgets, Signal, make_timer, tr
from backbreak.ui.popup import POPUP_FLAGS, WindowFade, pop_up_quietly
from backbreak.ui.style import muted_text, plain_label, scale_font

RATINGS = range(11)
# Ignored this long, the prompt goes away by itself (counts as dismissed).
DEFAULT_TIMEOUT_MS = 60_000
# The thanks stay this long; with the fade the window is gone within 1.5 s of the answer.
THANKS_MS = 1_200
# How long a typed "1" waits for a "0" that makes it 10.
KEY_PAUSE_MS = 700
DIGIT_KEYS = {getattr(Qt.Key, f"Key_{digit}"): digit for digit in range(10)}
# Pressed on their own while a "1" waits (Shift for the digits on AZERTY keyboards).
MODIFIER_KEYS = frozenset(
    {Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_AltGr, Qt.Key.Key_Meta}
)


class ComfortPrompt(QtWidgets.QWidget):
    rated = Signal(int)
    dismissed = Signal()

    def __init__(
        self,
        *,
        timeout_ms: int = DEFAULT_TIMEOUT_MS,
        thanks_ms: int = THANKS_MS,
        key_pause_ms: int = KEY_PAUSE_MS,
    ) -> None:
        super().__init__(None, POPUP_FLAGS)
        self.setObjectName("ComfortPrompt")
        self.setWindowTitle(tr("Comfort", "backbreak: how does your back feel?"))
        self.setAccessibleName(tr("Comfort", "Comfort check-in"))
        self.setAccessibleDescription(
            tr(
                "Comfort",
                "How does your upper back feel? Rate it from 0, very sore, to 10, no discomfort.",
            )
        )
        pop_up_quietly(self)
        self._answered_or_gone = False
        self._pending_one = False

        self._caption = plain_label(tr("Comfort", "Comfort check-in"))
        self._caption.setObjectName("ComfortCaption")
        self.question = plain_label(tr("Comfort", "How does your upper back feel?"))
        self.question.setObjectName("ComfortQuestion")
        self.question.setWordWrap(True)
        scale_font(self.question, 1.3, bold=True)

        row, row_width = self._rating_row()
        anchors = self._anchors()
        footer = self._footer()
        asking = QtWidgets.QWidget()
        asking_layout = QtWidgets.QVBoxLayout(asking)
        asking_layout.setContentsMargins(0, 0, 0, 0)
        asking_layout.setSpacing(8)
        asking_layout.addWidget(self.question)
        asking_layout.addSpacing(2)
        asking_layout.addLayout(row)
        asking_layout.addLayout(anchors)
        asking_layout.addSpacing(4)
        asking_layout.addLayout(footer)
        self.thanks = self._thanks_label()
        frame = self._lay_out(asking)
        # The row, the frame's margins (20 on either side) and its drawn edge on either side.
        self.setFixedWidth(row_width + 40 + 2 * frame.frameWidth())
        self._apply_palette()
        self._make_timers(timeout_ms, thanks_ms, key_pause_ms)

    # -- building ---------------------------------------------------------------------------

    def _rating_row(self) -> tuple[QtWidgets.QHBoxLayout, int]:
        """The buttons 0-10, square, in a row; and the row's width."""
        self.rating_buttons: list[QtWidgets.QPushButton] = []
        row = QtWidgets.QHBoxLayout()
        row.setSpacing(6)
        for rating in RATINGS:
            button = QtWidgets.QPushButton(str(rating))
            button.setObjectName("Rating")
            button.setAccessibleName(tr("Comfort", "Rating %1 of 10").replace("%1", str(rating)))
            # Tab walks the buttons; the digits and Esc stay with the prompt itself.
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.clicked.connect(lambda _checked=False, value=rating: self._answer(value))
            self.rating_buttons.append(button)
            row.addWidget(button)
        # Styles give a push button with text a wide minimum (Fusion: 80 px); eleven of those
        # would not fit a small window. Square buttons that fit "10" with room to spare.
        metrics = self.rating_buttons[0].fontMetrics()
        side = max(metrics.height() * 2 + 4, metrics.horizontalAdvance("10") + 20)
        for button in self.rating_buttons:
            button.setFixedSize(side, side)
        return row, len(RATINGS) * side + (len(RATINGS) - 1) * row.spacing()

    def _anchors(self) -> QtWidgets.QHBoxLayout:
        """What the ends of the scale mean, under its first and last buttons."""
        self._low = plain_label(tr("Comfort", "0 = very sore"))
        self._low.setObjectName("ComfortAnchor")
        self._high = plain_label(tr("Comfort", "10 = no discomfort"))
        self._high.setObjectName("ComfortAnchor")
        self._high.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        anchors = QtWidgets.QHBoxLayout()
        anchors.addWidget(self._low)
        anchors.addStretch(1)
        anchors.addWidget(self._high)
        for label in (self._low, self._high):
            scale_font(label, 0.9)
        return anchors

    def _footer(self) -> QtWidgets.QHBoxLayout:
        """How often it asks, and "Not now"."""
        self._note = plain_label(
            tr("Comfort", "Asked at most once a day; you can switch it off in Settings.")
        )
        self._note.setObjectName("ComfortNote")
        self._note.setWordWrap(True)
        scale_font(self._note, 0.9)
        self.not_now_button = QtWidgets.QPushButton(tr("Comfort", "Not now"))
        self.not_now_button.setAccessibleName(tr("Comfort", "Not now: skip the question today"))
        self.not_now_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.not_now_button.clicked.connect(self.dismiss)
        footer = QtWidgets.QHBoxLayout()
        footer.addWidget(self._note, 1)
        footer.addWidget(self.not_now_button, 0, Qt.AlignmentFlag.AlignBottom)
        return footer

    def _thanks_label(self) -> QtWidgets.QLabel:
        thanks = plain_label()
        thanks.setObjectName("ComfortThanks")
        thanks.setAlignment(Qt.AlignmentFlag.AlignCenter)
        thanks.setWordWrap(True)
        thanks.setAccessibleName(tr("Comfort", "Answer noted"))
        scale_font(thanks, 1.3, bold=True)
        return thanks

    def _lay_out(self, asking: QtWidgets.QWidget) -> QtWidgets.QFrame:
        """The caption over the question, in an outlined frame that fills the window."""
        # The thanks take the place of the question, so the window keeps its size.
        self._pages = QtWidgets.QStackedWidget()
        self._pages.addWidget(asking)
        self._pages.addWidget(self.thanks)

        frame = QtWidgets.QFrame()
        frame.setObjectName("ComfortFrame")
        frame.setFrameShape(QtWidgets.QFrame.Shape.StyledPanel)
        inner = QtWidgets.QVBoxLayout(frame)
        inner.setContentsMargins(20, 14, 20, 16)
        inner.setSpacing(6)
        inner.addWidget(self._caption)
        inner.addWidget(self._pages)
        outer = QtWidgets.QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame)
        return frame

    def _make_timers(self, timeout_ms: int, thanks_ms: int, key_pause_ms: int) -> None:
        self._fade = WindowFade(self, self._fade_finished)
        self._expiry = make_timer(self, self.dismiss, interval_ms=timeout_ms, single_shot=True)
        self._key_pause = make_timer(
            self, self._settle_pending_one, interval_ms=key_pause_ms, single_shot=True
        )
        # The thanks stay a moment before the fade; owned, so close_now() can stop it.
        self._thanks_linger = make_timer(
            self, self._fade.fade_out, interval_ms=thanks_ms, single_shot=True
        )

    # -- what the controller and the tests see ------------------------------------------------

    @property
    def answered_or_gone(self) -> bool:
        """True once rated or dismissed was emitted, or the prompt was withdrawn."""
        return self._answered_or_gone

    def present(self) -> None:
        """Fade in, centred on the screen the pointer is on, and start the minute after which
        an ignored prompt goes away. On Wayland a client cannot place its windows, so the
        compositor's placement stands."""
        self._fade.pop_up()
        self._expiry.start()

    def dismiss(self) -> None:
        """Not now: report it (once) and fade away."""
        if self._answered_or_gone:
            return
        self._answered_or_gone = True
        self._key_pause.stop()
        self.dismissed.emit()
        self._fade.fade_out()

    def withdraw(self) -> None:
        """Fade away without reporting anything (the controller's own reasons: a break fell
        due, the app pauses or quits)."""
        self._answered_or_gone = True
        self._key_pause.stop()
        self._fade.fade_out()

    def close_now(self) -> None:
        """Close at once, with no fade and no report: the app is shutting down."""
        self._answered_or_gone = True
        self._thanks_linger.stop()
        self._fade.stop()
        self.close()

    # -- Qt events ------------------------------------------------------------------------

    def keyPressEvent(self, event: QtGui.QKeyEvent) -> None:
        key = event.key()
        digit = DIGIT_KEYS.get(key)
        if self._pending_one and key not in MODIFIER_KEYS:
            self._pending_one = False
            self._key_pause.stop()
            self.rating_buttons[1].setDown(False)
            if digit == 0:
                self._answer(10)
                return
            if key == Qt.Key.Key_Escape:
                self.dismiss()
                return
            # Anything else settles the "1" first.
            self._answer(1)
            return
        if digit == 1 and not self._answered_or_gone:
            self._pending_one = True
            self.rating_buttons[1].setDown(True)
            self._key_pause.start()
        elif digit is not None:
            self._answer(digit)
        elif key == Qt.Key.Key_Escape:
            self.dismiss()
        else:
            super().keyPressEvent(event)

    def enterEvent(self, event: QtGui.QEnterEvent) -> None:
        self._expiry.stop()
        super().enterEvent(event)

    def leaveEvent(self, event: QtCore.QEvent) -> None:
        if not self._answered_or_gone:
            self._expiry.start()
        super().leaveEvent(event)

    def changeEvent(self, event: QtCore.QEvent) -> None:
        if event.type() == QtCore.QEvent.Type.PaletteChange:
            self._apply_palette()
        super().changeEvent(event)

    def closeEvent(self, event: QtGui.QCloseEvent) -> None:
        # Closed from outside (the window manager, the app quitting): that is "not now".
        if not self._answered_or_gone:
            self._answered_or_gone = True
            self.dismissed.emit()
        self._expiry.stop()
        self._key_pause.stop()
        self._thanks_linger.stop()
        super().closeEvent(event)

    # -- answering --------------------------------------------------------------------------

    def _answer(self, rating: int) -> None:
        if self._answered_or_gone:
            return
        self._answered_or_gone = True
        self._expiry.stop()
        self._key_pause.stop()
        self.rated.emit(rating)
        self.thanks.setText(
            tr("Comfort", "Thank you. %1 out of 10, noted.").replace("%1", str(rating))
        )
        self._pages.setCurrentWidget(self.thanks)
        self._thanks_linger.start()

    def _settle_pending_one(self) -> None:
        if self._pending_one:
            self._pending_one = False
            self.rating_buttons[1].setDown(False)
            self._answer(1)

    # -- look ------------------------------------------------------------------------------

    def _apply_palette(self) -> None:
        """Muted secondary text and an outlined window, in whatever palette is in use."""
        palette = self.palette()
        muted = muted_text(palette).name()
        border = palette.color(QtGui.QPalette.ColorRole.Mid).name()
        self.setStyleSheet(
            f"#ComfortFrame {{ border: 1px solid {border}; }}"
            f"#ComfortCaption, #ComfortAnchor, #ComfortNote {{ color: {muted}; }}"
        )

    def _fade_finished(self) -> None:
        if self._fade.leaving:
            self.close()
