"""The break card: a small frameless window on top that counts a short stretch down.

This is the plain first version; the animated, guided card replaces its content later.
"""

from __future__ import annotations

from datetime import timedelta

from backbreak.qt import Qt, QtCore, QtGui, QTimer, QtWidgets, Signal, tr


class BreakCard(QtWidgets.QWidget):
    """Emits `finished(completed)` once, when the stretch is done or skipped."""

    finished = Signal(bool)

    def __init__(self, length: timedelta) -> None:
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
        self._total_seconds = max(1, int(length.total_seconds()))
        self._remaining = self._total_seconds
        self._done = False

        title = QtWidgets.QLabel(tr("Card", "Time for a stretch"))
        title_font = title.font()
        title_font.setPointSizeF(title_font.pointSizeF() * 1.5)
        title_font.setBold(True)
        title.setFont(title_font)

        instruction = QtWidgets.QLabel(
            tr(
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

        self.done_button = QtWidgets.QPushButton(tr("Card", "Done"))
        self.done_button.setAccessibleName(tr("Card", "Done: finish the break"))
        self.done_button.clicked.connect(lambda: self._finish(completed=True))
        self.skip_button = QtWidgets.QPushButton(tr("Card", "Skip"))
        self.skip_button.setAccessibleName(tr("Card", "Skip this break"))
        self.skip_button.clicked.connect(lambda: self._finish(completed=False))

        buttons = QtWidgets.QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.skip_button)
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
        self.setFixedWidth(380)

        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._count_down)
        self._show_remaining()

    @property
    def remaining_seconds(self) -> int:
        return self._remaining

    def present(self) -> None:
        """Show the card centred on the screen the pointer is on, and start counting."""
        self.adjustSize()
        screen = QtGui.QGuiApplication.screenAt(QtGui.QCursor.pos())
        if screen is None:
            screen = QtGui.QGuiApplication.primaryScreen()
        if screen is not None:
            area = screen.availableGeometry()
            self.move(area.center() - QtCore.QPoint(self.width() // 2, self.height() // 2))
        self.show()
        self.raise_()
        self._tick.start()

    def dismiss(self) -> None:
        """Close without counting the break (the app paused or quit meanwhile)."""
        self._done = True
        self.close()

    def keyPressEvent(self, event: QtGui.QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self._finish(completed=True)
        elif event.key() == Qt.Key.Key_Escape:
            self._finish(completed=False)
        else:
            super().keyPressEvent(event)

    def _count_down(self) -> None:
        self._remaining = max(0, self._remaining - 1)
        self._show_remaining()
        if self._remaining == 0:
            self._finish(completed=True)

    def _show_remaining(self) -> None:
        minutes, seconds = divmod(self._remaining, 60)
        self._countdown.setText(f"{minutes}:{seconds:02d}")
        self._progress.setValue(self._total_seconds - self._remaining)

    def _finish(self, *, completed: bool) -> None:
        if self._done:
            return
        self._done = True
        self._tick.stop()
        self.finished.emit(completed)
        self.close()
