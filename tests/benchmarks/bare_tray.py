"""A bare PySide6 tray program: the baseline for the desktop harness and the startup benchmark.

Only a QSystemTrayIcon with a drawn icon and a three-entry context menu; nothing else, so that
whatever backbreak costs on top of it (memory, start time, idle CPU) is its own.
"""

from __future__ import annotations

import signal
import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon


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
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
