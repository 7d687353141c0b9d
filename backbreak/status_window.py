"""A small window with the app's state and actions: used when the desktop has no system tray
(plain GNOME), and on request when it has one."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from backbreak.actions import AppActions
from backbreak.qt import Qt, QtGui, QtWidgets, tr
from backbreak.style import plain_label
from backbreak.texts import breaks_today_sentence, status_sentence

# Where a label may break a run of text with no space in it (a file's path): after a path
# separator, and inside any stretch longer than this many characters.
LONGEST_UNBROKEN = 32
_UNBROKEN_RUN = re.compile(rf"[^\s/\\]{{{LONGEST_UNBROKEN}}}(?=[^\s/\\])")
ZERO_WIDTH_SPACE = "\u200b"


def breakable(text: str) -> str:
    """`text` with invisible break opportunities (zero-width spaces) after path separators
    and inside very long words: a word-wrapped label breaks only at spaces, so a message
    naming a long path would still widen the window past the screen."""
    text = re.sub(r"([/\\])(?=\S)", "\\1" + ZERO_WIDTH_SPACE, text)
    return _UNBROKEN_RUN.sub(lambda match: match.group(0) + ZERO_WIDTH_SPACE, text)


class WrappingLabel(QtWidgets.QLabel):
    """A plain-text label whose text wraps, long paths included, so no message can grow the
    status window wider than a screen (one grew it to 2 200 px, Quit off screen)."""

    def __init__(self, changed: Callable[[], None]) -> None:
        super().__init__()
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self._changed = changed

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        super().setText(breakable(text))
        self._changed()


class StatusWindow(QtWidgets.QWidget):
    def __init__(self, actions: AppActions, icon: QtGui.QIcon, paused_icon: QtGui.QIcon) -> None:
        super().__init__()
        self.setObjectName("StatusWindow")
        self.setWindowTitle("backbreak")
        self.setWindowIcon(icon)
        self.setAccessibleName(tr("StatusWindow", "backbreak status"))

        self._icon = icon
        self._paused_icon = paused_icon
        self.picture = plain_label()
        self.picture.setAccessibleName(tr("StatusWindow", "backbreak icon"))
        self.status_label = WrappingLabel(self._fit_text)
        font = self.status_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.status_label.setFont(font)
        self.status_label.setAccessibleName(tr("StatusWindow", "Next break"))
        self.today_label = WrappingLabel(self._fit_text)
        self.today_label.setAccessibleName(tr("StatusWindow", "Breaks today"))
        texts = QtWidgets.QVBoxLayout()
        texts.addWidget(self.status_label)
        texts.addWidget(self.today_label)
        header = QtWidgets.QHBoxLayout()
        header.addWidget(self.picture)
        header.addLayout(texts, 1)

        self.break_button = _button_for(actions.take_break)
        self.break_button.setDefault(True)
        self.pause_button = QtWidgets.QPushButton(tr("StatusWindow", "Pause"))
        self.pause_button.setAccessibleName(tr("StatusWindow", "Pause breaks"))
        self.pause_button.setMenu(actions.pause_menu(self))
        self.resume_button = _button_for(actions.resume)
        self.stats_button = _button_for(actions.show_stats)
        self.settings_button = _button_for(actions.show_settings)
        self.quit_button = _button_for(actions.quit)
        buttons = QtWidgets.QHBoxLayout()
        for button in (
            self.break_button,
            self.pause_button,
            self.resume_button,
            self.stats_button,
            self.settings_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.quit_button)

        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.setSpacing(12)
        layout.addLayout(header)
        layout.addLayout(buttons)
        # Mirror the actions' visibility (Resume shows only while paused), now that the
        # buttons have a parent and showing them cannot open stray top-level windows.
        for button, action in (
            (self.break_button, actions.take_break),
            (self.resume_button, actions.resume),
            (self.quit_button, actions.quit),
        ):
            button.setVisible(action.isVisible())
            action.changed.connect(lambda b=button, a=action: b.setVisible(a.isVisible()))

    def show_status(self, status: dict[str, Any]) -> None:
        paused = status.get("state") == "paused"
        self.picture.setPixmap((self._paused_icon if paused else self._icon).pixmap(48, 48))
        self.status_label.setText(status_sentence(status))
        self.today_label.setText(breaks_today_sentence(status))

    def _fit_text(self) -> None:
        """Keep the width (a message must not make the window jump wider) within the
        screen, and give the wrapped text the height it needs: a top-level window does not
        grow taller for a word-wrapped label by itself."""
        layout = self.layout()
        if layout is None or not self.isVisible():
            return  # still being built, or shown later (then sized by its hints)
        layout.activate()
        area = self.screen().availableGeometry()
        width = min(max(self.width(), self.minimumSizeHint().width()), area.width())
        height = min(
            max(self.sizeHint().height(), layout.totalHeightForWidth(width)), area.height()
        )
        self.resize(width, height)

    def closeEvent(self, event: QtGui.QCloseEvent) -> None:
        # Closing the window does not quit: breaks keep coming. With no tray to bring the
        # window back, minimise instead of hiding, so it stays reachable from the task bar.
        if not QtWidgets.QSystemTrayIcon.isSystemTrayAvailable():
            event.ignore()
            self.showMinimized()
            return
        super().closeEvent(event)


def _button_for(action: QtGui.QAction) -> QtWidgets.QPushButton:
    """A push button that triggers an action and carries its text."""
    button = QtWidgets.QPushButton(action.text())
    button.setAccessibleName(action.text())
    button.clicked.connect(action.trigger)
    return button
