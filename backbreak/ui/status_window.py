"""A small window with the app's state and actions: used when the desktop has no system tray
(plain GNOME), and on request when it has one."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Sequence

from backbreak.core.status import PAUSED, Status
from backbreak.qt import Qt, QtGui, QtWidgets, tr
from backbreak.texts import breaks_today_sentence, status_sentence
from backbreak.ui.actions import AppActions
from backbreak.ui.style import height_for_words, plain_label

log = logging.getLogger(__name__)


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
        # How the window was before a warning brought it up ("minimized", "hidden"), to put
        # it back when the warning goes; None when the person had it open. And whether it
        # was the active window then (the person turning to it is what keeps it up).
        self._put_back: str | None = None
        self._was_active = False

        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.setSpacing(12)
        layout.addLayout(self._build_header())
        layout.addWidget(self._build_warning())
        layout.addWidget(self._build_break_choices(actions))
        layout.addLayout(self._build_buttons(actions))
        # Mirror the actions (Resume shows only while paused; Snooze names its minutes), now
        # that the buttons have a parent and showing them cannot open stray top-level windows.
        for button, action in (
            (self.break_button, actions.take_break),
            (self.resume_button, actions.resume),
            (self.quit_button, actions.quit),
            (self.snooze_button, actions.snooze),
            (self.skip_button, actions.skip),
        ):
            self._mirror(button, action)
            action.changed.connect(lambda b=button, a=action: self._mirror(b, a))

    def _mirror(self, button: QtWidgets.QPushButton, action: QtGui.QAction) -> None:
        button.setText(action.text())
        button.setAccessibleName(action.text())
        button.setVisible(action.isVisible())
        # The row of break choices shows while either of them does (a break is at hand).
        self.break_choices.setVisible(
            not self.snooze_button.isHidden() or not self.skip_button.isHidden()
        )
        self._fit_text()

    def _build_break_choices(self, actions: AppActions) -> QtWidgets.QWidget:
        """Snooze and Skip, on a row of their own while a break is at hand, as the tray
        menu has them: here for a desktop without a tray. A row of their own, so that the
        window grows a little taller for a while rather than wider for good (it keeps its
        width)."""
        self.break_choices = QtWidgets.QWidget()
        self.snooze_button = _button_for(actions.snooze)
        self.skip_button = _button_for(actions.skip)
        row = QtWidgets.QHBoxLayout(self.break_choices)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.snooze_button)
        row.addWidget(self.skip_button)
        row.addStretch(1)
        return self.break_choices

    def _build_header(self) -> QtWidgets.QHBoxLayout:
        """The icon, the next break in a sentence, and today's count."""
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

        return header

    def _build_buttons(self, actions: AppActions) -> QtWidgets.QHBoxLayout:
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

        return buttons

    def _build_warning(self) -> QtWidgets.QFrame:
        # The pre-break warning, where no notification service or tray can show it: what a
        # notification would say, with its buttons. Hidden while there is none.
        self.warning = QtWidgets.QFrame()
        self.warning.setObjectName("Warning")
        self.warning.setFrameShape(QtWidgets.QFrame.Shape.StyledPanel)
        self.warning.setAccessibleName(tr("StatusWindow", "Break warning"))
        self.warning_title = WrappingLabel(self._fit_text)
        title_font = self.warning_title.font()
        title_font.setBold(True)
        self.warning_title.setFont(title_font)
        self.warning_text = WrappingLabel(self._fit_text)
        self._warning_buttons = QtWidgets.QHBoxLayout()
        panel = QtWidgets.QVBoxLayout(self.warning)
        panel.addWidget(self.warning_title)
        panel.addWidget(self.warning_text)
        panel.addLayout(self._warning_buttons)
        self.warning.hide()
        return self.warning

    def show_status(self, status: Status) -> None:
        paused = status.state == PAUSED
        self.picture.setPixmap((self._paused_icon if paused else self._icon).pixmap(48, 48))
        self.status_label.setText(status_sentence(status))
        self.today_label.setText(breaks_today_sentence(status))

    def show_warning(
        self,
        title: str,
        text: str,
        actions: Sequence[tuple[str, str]],
        on_action: Callable[[str], None],
    ) -> None:
        """Show (or replace) the warning with a button per (action key, label). A window
        the person put away comes up for it, without taking the keyboard from what they
        are typing into, and asks for attention the desktop's way (a highlighted task-bar
        entry); it goes back when the warning goes."""
        self._clear_warning_buttons()
        self.warning_title.setText(title)
        self.warning_text.setText(text)
        for key, label in actions:
            button = QtWidgets.QPushButton(label)
            button.setAccessibleName(label)
            button.clicked.connect(lambda _checked=False, key=key: on_action(key))
            self._warning_buttons.addWidget(button)
        self._warning_buttons.addStretch(1)
        self.warning.show()
        if self._put_back is None and (self.isHidden() or self.isMinimized()):
            self._put_back = "hidden" if self.isHidden() else "minimized"
            self._was_active = self.isActiveWindow()
            # Shown, never activated: a break warning must not swallow the next keystrokes.
            self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, True)
            self.showNormal()
            self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, False)
        self._fit_text()
        QtWidgets.QApplication.alert(self)

    def clear_warning(self) -> None:
        """Take the warning away; a window that came up for it goes back, unless the person
        has turned to it meanwhile."""
        self.warning.hide()
        self._clear_warning_buttons()
        put_back, self._put_back = self._put_back, None
        turned_to = self.isActiveWindow() and not self._was_active
        if put_back is not None and not turned_to:
            if put_back == "minimized":
                self.showMinimized()
            else:
                self.hide()
        self._fit_text()

    def _clear_warning_buttons(self) -> None:
        while self._warning_buttons.count():
            item = self._warning_buttons.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()

    def _fit_text(self) -> None:
        """Keep the width (a message must not make the window jump wider) within the
        screen, and give the wrapped text the height it needs: a top-level window does not
        grow taller for a word-wrapped label by itself."""
        layout = self.layout()
        if layout is None or not self.isVisible():
            return  # still being built, or shown later (then sized by its hints)
        layout.activate()  # the hints below, from what the labels say now
        area = self.screen().availableGeometry()
        width = min(max(self.width(), self.minimumSizeHint().width()), area.width())
        self.resize(width, min(height_for_words(self, width), area.height()))

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
