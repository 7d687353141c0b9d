"""The break card: a small frameless window on top that offers a break and counts it down.

Two stages: offered (Start, Snooze, Skip) and running (a countdown, Done, Skip). The card only
reports what the person chose; the controller asks the planner whether it is allowed and
tells the card what to show. This is the plain first version; the animated, guided card
replaces its content later.
"""

from __future__ import annotations

import math
from datetime import timedelta

from backbreak.qt import Qt, QtCore, QtGui, QTimer, QtWidgets, Signal, tr


class BreakCard(QtWidgets.QWidget):
    start_requested = Signal()
    snooze_requested = Signal()
    skip_requested = Signal()
    done = Signal()  # the running break finished: time ran out, or the person said so

    def __init__(
        self,
        length: timedelta,
        *,
        long_break: bool = False,
        snooze_minutes: int = 5,
        can_snooze: bool = True,
        can_skip: bool = True,
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
        # Appear without stealing the keyboard from whatever the person is typing into.
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._total_seconds = max(1, math.ceil(length.total_seconds()))
        self._remaining = self._total_seconds
        self._running = False
        self._closing = False

        title = QtWidgets.QLabel(
            tr("Card", "Time for a longer break")
            if long_break
            else tr("Card", "Time for a stretch")
        )
        title_font = title.font()
        title_font.setPointSizeF(title_font.pointSizeF() * 1.5)
        title_font.setBold(True)
        title.setFont(title_font)

        instruction = QtWidgets.QLabel(
            tr(
                "Card",
                "Stand up, walk a few steps and look out of a window. Then roll your "
                "shoulders slowly backwards, five times, and breathe out.",
            )
            if long_break
            else tr(
                "Card",
                "Sit tall and roll your shoulders slowly backwards, five times. "
                "Then let your gaze rest on something far away while you breathe out.",
            )
        )
        instruction.setWordWrap(True)

        self._countdown = QtWidgets.QLabel()
        self._countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        countdown_font = self._countdown.font()
        countdown_font.setPointSizeF(countdown_font.pointSizeF() * 2.2)
        self._countdown.setFont(countdown_font)
        self._countdown.setAccessibleName(tr("Card", "Time left"))

        self._progress = QtWidgets.QProgressBar()
        self._progress.setRange(0, self._total_seconds)
        self._progress.setTextVisible(False)
        self._progress.setAccessibleName(tr("Card", "Break progress"))

        self.start_button = QtWidgets.QPushButton(tr("Card", "Start"))
        self.start_button.setAccessibleName(tr("Card", "Start the break"))
        self.start_button.clicked.connect(self.start_requested)
        self.done_button = QtWidgets.QPushButton(tr("Card", "Done"))
        self.done_button.setAccessibleName(tr("Card", "Done: finish the break"))
        self.done_button.clicked.connect(self._finish)
        self.snooze_button = QtWidgets.QPushButton(
            tr("Card", "Snooze %n min", None, snooze_minutes)
        )
        self.snooze_button.setAccessibleName(
            tr("Card", "Snooze the break for %n minutes", None, snooze_minutes)
        )
        self.snooze_button.clicked.connect(self.snooze_requested)
        self.skip_button = QtWidgets.QPushButton(tr("Card", "Skip"))
        self.skip_button.setAccessibleName(tr("Card", "Skip this break"))
        self.skip_button.clicked.connect(self.skip_requested)

        buttons = QtWidgets.QHBoxLayout()
        buttons.addWidget(self.skip_button)
        buttons.addWidget(self.snooze_button)
        buttons.addStretch(1)
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.done_button)

        frame = QtWidgets.QFrame()
        frame.setObjectName("CardFrame")
        frame.setFrameShape(QtWidgets.QFrame.Shape.StyledPanel)
        inner = QtWidgets.QVBoxLayout(frame)
        inner.setContentsMargins(22, 18, 22, 18)
        inner.setSpacing(12)
        inner.addWidget(title)
        inner.addWidget(instruction)
        inner.addWidget(self._countdown)
        inner.addWidget(self._progress)
        inner.addLayout(buttons)
        outer = QtWidgets.QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame)
        self.setFixedWidth(420)

        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._count_down)
        self._can_snooze = can_snooze
        self._can_skip = can_skip
        self._show_stage()

    @property
    def running(self) -> bool:
        return self._running

    @property
    def remaining_seconds(self) -> int:
        return self._remaining

    def present(self) -> None:
        """Show the card centred on the screen the pointer is on."""
        self.adjustSize()
        screen = QtGui.QGuiApplication.screenAt(QtGui.QCursor.pos())
        if screen is None:
            screen = QtGui.QGuiApplication.primaryScreen()
        if screen is not None:
            area = screen.availableGeometry()
            self.move(area.center() - QtCore.QPoint(self.width() // 2, self.height() // 2))
        self.show()
        self.raise_()

    def begin(self) -> None:
        """The break runs: count it down."""
        self._running = True
        self._show_stage()
        self._tick.start()

    def dismiss(self) -> None:
        """Close without a word (the break was withdrawn, snoozed, skipped or paused)."""
        self._closing = True
        self._tick.stop()
        self.close()

    def keyPressEvent(self, event: QtGui.QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            if self._running:
                self._finish()
            else:
                self.start_requested.emit()
        elif key == Qt.Key.Key_S and self.snooze_button.isVisible():
            self.snooze_requested.emit()
        elif key == Qt.Key.Key_Escape and self.skip_button.isVisible():
            self.skip_requested.emit()
        else:
            super().keyPressEvent(event)

    def _show_stage(self) -> None:
        self.start_button.setVisible(not self._running)
        self.done_button.setVisible(self._running)
        self.snooze_button.setVisible(self._can_snooze and not self._running)
        self.skip_button.setVisible(self._can_skip)
        self._show_remaining()

    def _count_down(self) -> None:
        self._remaining = max(0, self._remaining - 1)
        self._show_remaining()
        if self._remaining == 0:
            self._finish()

    def _show_remaining(self) -> None:
        minutes, seconds = divmod(self._remaining, 60)
        self._countdown.setText(f"{minutes}:{seconds:02d}")
        self._progress.setValue(self._total_seconds - self._remaining)

    def _finish(self) -> None:
        if self._closing or not self._running:
            return
        self._closing = True
        self._tick.stop()
        self.done.emit()
        self.close()
