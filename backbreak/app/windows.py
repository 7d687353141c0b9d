"""Where the app shows itself: the tray icon, or the status window where there is no tray;
messages for the person go to whichever of the two is there.

The statistics and settings windows have their own services (app/statistics.py,
app/preferences.py); this one owns the tray and the status window."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING

from backbreak.core.status import Status
from backbreak.qt import QObject, QtGui, QTimer, Signal, is_alive
from backbreak.ui.actions import AppActions
from backbreak.ui.icons import app_icon
from backbreak.ui.tray import Tray

if TYPE_CHECKING:
    from backbreak.qt import QtWidgets
    from backbreak.ui.status_window import StatusWindow

log = logging.getLogger(__name__)

# Without a tray, look for one this often, so a tray that appears later is used.
TRAY_PROBE_INTERVAL_MS = 5000


class Windows(QObject):
    """The tray (or the status window in its place) and the messages shown there."""

    told = Signal(str)  # a message was shown to the person

    def __init__(
        self,
        actions: AppActions,
        *,
        status: Callable[[], Status],
        interval: Callable[[], timedelta],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.actions = actions
        self._status = status
        self._interval = interval
        self.icon = app_icon("backbreak")
        self._paused_icon = app_icon("backbreak-paused")
        self.tray: Tray | None = None
        self._window: StatusWindow | None = None  # built when first needed
        self._tray_probe = QTimer(self)
        self._tray_probe.setInterval(TRAY_PROBE_INTERVAL_MS)
        self._tray_probe.timeout.connect(self.use_tray_if_available)
        self._stopped = False

    @property
    def ui_name(self) -> str:
        """ "tray" or "window": where the app lives, for `status`."""
        return "tray" if self.tray is not None else "window"

    @property
    def window(self) -> StatusWindow:
        if self._window is None:
            from backbreak.ui.status_window import StatusWindow

            self._window = StatusWindow(self.actions, self.icon, self._paused_icon)
            self._window.show_status(self._status())
        return self._window

    @property
    def status_window_built(self) -> bool:
        return self._window is not None

    def tray_icon(self) -> QtWidgets.QSystemTrayIcon | None:
        return self.tray.icon if self.tray is not None else None

    def start(self) -> None:
        QtGui.QGuiApplication.setWindowIcon(self.icon)
        if not self.use_tray_if_available():
            log.info("no system tray; showing the status window instead")
            self.window.show()
            self._tray_probe.start()

    def stop(self) -> None:
        """The probe stops; the status window and the tray icon go."""
        self._stopped = True
        self._tray_probe.stop()
        window, self._window = self._window, None
        if window is not None and is_alive(window):
            window.hide()
            window.deleteLater()
        if self.tray is not None:
            self.tray.stop()
            self.tray = None

    def use_tray_if_available(self) -> bool:
        if self.tray is not None:
            return True
        if self._stopped or not Tray.available():
            return False
        self.tray = Tray(self.actions, self.icon, self._paused_icon, interval=self._interval)
        self.tray.activated.connect(self.show_status_window)
        self.tray.show()
        self.show_status(self._status())
        if self._tray_probe.isActive():
            log.info("a system tray appeared; moving to it")
            self._tray_probe.stop()
            if self._window is not None:
                self._window.hide()
        return True

    def show_status(self, status: Status) -> None:
        if self._stopped:
            return
        if self.tray is not None:
            self.tray.show_status(status)
        if self._window is not None:
            self._window.show_status(status)

    def show_status_window(self) -> None:
        window = self.window
        window.show_status(self._status())
        window.showNormal()
        window.raise_()
        window.activateWindow()

    def window_for_messages(self) -> StatusWindow | None:
        """The status window while it is where messages go (there is no tray); None with a
        tray, or once stopped (a late message must not build the window again)."""
        if self._stopped or self.tray is not None:
            return None
        return self.window

    def tell(self, message: str) -> None:
        """A message for the person, in words (the tray's balloon or the status window)."""
        if self._stopped:
            return
        if self.tray is not None:
            self.tray.say(message)
        else:
            self.window.status_label.setText(message)
        self.told.emit(message)
