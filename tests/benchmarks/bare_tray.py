"""A bare PySide6 tray program: the baseline for the desktop harness and the startup benchmark.

Only a QSystemTrayIcon with a drawn icon and a three-entry context menu; nothing else, so that
whatever backbreak costs on top of it (memory, start time, idle CPU) is its own. SIGUSR1 shows
one small window (a paragraph and a button), destroyed when closed: the floor for what drawing
and closing windows leaves behind in any Qt program.
"""

from __future__ import annotations

import os
import signal
import sys

from PySide6.QtCore import QSocketNotifier, Qt
from PySide6.QtGui import QAction, QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMenu,
    QPushButton,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)


def make_icon() -> QIcon:
    """A filled circle drawn at run time, so the program needs no icon file or theme."""
    pixmap = QPixmap(64, 64)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#2e9e5b"))
    painter.drawEllipse(4, 4, 56, 56)
    painter.end()
    return QIcon(pixmap)


def show_window() -> QWidget:
    """A small window as a settings dialog would start: words and a button. The caller
    keeps it (a window Python no longer refers to is deleted at once)."""
    window = QWidget()
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.setWindowTitle("bare tray window")
    layout = QVBoxLayout(window)
    words = QLabel("A paragraph of words, wrapped over a few lines, as any window has them. " * 3)
    words.setWordWrap(True)
    layout.addWidget(words)
    button = QPushButton("Close")
    button.clicked.connect(window.close)
    layout.addWidget(button)
    window.resize(360, 200)
    window.show()
    return window


class WindowOnSignal:
    """SIGUSR1 shows `show_window`. Python runs the handler only when the interpreter gets
    control, which it does not while Qt's loop waits: the C-level handler writes to a pipe
    whose notifier wakes the loop (a pipe, so that no module is loaded for it)."""

    def __init__(self) -> None:
        self.reader, writer = os.pipe()
        os.set_blocking(self.reader, False)
        os.set_blocking(writer, False)
        signal.set_wakeup_fd(writer)
        signal.signal(signal.SIGUSR1, lambda *_: None)
        self.notifier = QSocketNotifier(self.reader, QSocketNotifier.Type.Read)
        self.notifier.activated.connect(self.woken)
        self.window: QWidget | None = None

    def woken(self) -> None:
        try:
            signals = os.read(self.reader, 64)
        except BlockingIOError:
            return
        if signal.SIGUSR1 in signals and self.window is None:
            self.window = show_window()
            self.window.destroyed.connect(self.forget_window)

    def forget_window(self) -> None:
        self.window = None


def main() -> int:
    app = QApplication(sys.argv)
    # A tray app has no window; closing a dialog must not end it.
    app.setQuitOnLastWindowClosed(False)
    # Python's own SIGINT handler never runs while Qt's event loop blocks; restore the default
    # so Ctrl-C ends the program. (SIGTERM already has the default action.)
    signal.signal(signal.SIGINT, signal.SIG_DFL)

    menu = QMenu()
    menu.addAction(QAction("Take a break", menu))
    menu.addAction(QAction("Pause for an hour", menu))
    menu.addSeparator()
    quit_action = QAction("Quit", menu)
    quit_action.triggered.connect(app.quit)
    menu.addAction(quit_action)

    tray = QSystemTrayIcon(make_icon())
    tray.setToolTip("bare tray")
    tray.setContextMenu(menu)
    tray.show()
    window_on_signal = WindowOnSignal()
    code = app.exec()
    del window_on_signal
    return code


if __name__ == "__main__":
    sys.exit(main())
