"""Where the app shows itself: the tray icon, or the status window where there is no tray;
messages for the person go to whichever of the two is there.

The tray host is watched (platform/tray_host.py): when it goes away (the panel crashed or
was restarted), the icon would stay "shown" with nothing on screen, so the status window
takes its place until a host is back; then a new icon is made (Qt does not move every icon
to a new host by itself) and the window the app showed for the lost tray goes.

The statistics and settings windows have their own services (app/statistics.py,
app/preferences.py); this one owns the tray and the status window."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING

from backbreak.core.status import Status
from backbreak.qt import QObject, QtGui, Signal, is_alive, make_timer
from backbreak.ui.actions import AppActions
from backbreak.ui.icons import app_icon
from backbreak.ui.tray import Tray, release_early_icon

if TYPE_CHECKING:
    from backbreak.platform.tray_host import HostKind, TrayHostWatch
    from backbreak.qt import QtWidgets
    from backbreak.ui.status_window import StatusWindow

log = logging.getLogger(__name__)

# Without a tray, look for one this often, so a tray that appears later is used.
TRAY_PROBE_INTERVAL_MS = 5000
# After a host appears, look again this soon: Qt may not see it at once (a StatusNotifierItem
# watcher is there a moment before its host registers with it).
TRAY_RECHECK_DELAY_MS = 1000
# Without a tray, a message stands in the window's status line this long (as long as the
# tray's balloon shows it), however often the status is refreshed meanwhile.
WINDOW_MESSAGE_MS = 8000


class Windows(QObject):
    """The tray (or the status window in its place) and the messages shown there."""

    told = Signal(str)  # a message was shown to the person

    def __init__(
        self,
        actions: AppActions,
        *,
        status: Callable[[], Status],
        interval: Callable[[], timedelta],
        tray_hosts: Callable[[], TrayHostWatch] | None = None,
        shown_icon: QtWidgets.QSystemTrayIcon | None = None,
        parent: QObject | None = None,
    ) -> None:
        """tray_hosts: makes the watch on the tray hosts at start(); by default the one
        for this desktop (platform.tray_host.detect_tray_hosts). shown_icon: the icon
        app.main put in the tray before the app was built (ui.tray.show_icon_early), which
        the tray takes over."""
        super().__init__(parent)
        self.actions = actions
        self._shown_icon = shown_icon
        self._status = status
        self._interval = interval
        self._make_tray_hosts = tray_hosts
        self._hosts: TrayHostWatch | None = None
        self._tray_kind: HostKind | None = None  # the kind of host the icon lives in
        # The status window was shown because there was no tray (not opened by the person):
        # it goes when a tray comes.
        self._window_for_no_tray = False
        # The early icon's picture is the app icon already: not read from its files again.
        self.icon = shown_icon.icon() if shown_icon is not None else app_icon("backbreak")
        self._paused_icon = app_icon("backbreak-paused")
        self.tray: Tray | None = None
        self._window: StatusWindow | None = None  # built when first needed
        self._tray_probe = make_timer(
            self, self.use_tray_if_available, interval_ms=TRAY_PROBE_INTERVAL_MS
        )
        self._tray_recheck = make_timer(
            self, self.use_tray_if_available, interval_ms=TRAY_RECHECK_DELAY_MS, single_shot=True
        )
        self._message = ""  # told while there is no tray, shown in the window for a while
        self._message_shown = make_timer(
            self, self._message_over, interval_ms=WINDOW_MESSAGE_MS, single_shot=True
        )
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
        # The icon first (start-up is timed to it), then the watch on its host (an X
        # connection, a bus name), asked once for what may have changed in between.
        if not self.use_tray_if_available():
            log.info("no system tray; showing the status window instead")
            self._stand_in_for_the_tray()
        self._drop_shown_icon()  # the tray went in the meantime: it was not taken over
        self._hosts = self._tray_host_watch()
        self._hosts.changed.connect(self._on_tray_hosts_changed)
        self._hosts.start()
        if self.tray is not None:
            self._tray_kind = self._hosts.icon_kind()
        self._leave_the_tray_if_its_host_went()

    def _tray_host_watch(self) -> TrayHostWatch:
        if self._make_tray_hosts is not None:
            hosts = self._make_tray_hosts()
        else:
            from backbreak.platform.tray_host import detect_tray_hosts

            hosts = detect_tray_hosts(QtGui.QGuiApplication.platformName())
        hosts.setParent(self)
        return hosts

    def stop(self) -> None:
        """The probe and the watch stop; the status window and the tray icon go."""
        self._stopped = True
        self._drop_shown_icon()
        self._tray_probe.stop()
        self._tray_recheck.stop()
        self._message_shown.stop()
        if self._hosts is not None:
            self._hosts.stop()
        window, self._window = self._window, None
        if window is not None and is_alive(window):
            window.hide()
            window.deleteLater()
        if self.tray is not None:
            self.tray.stop()
            self.tray = None

    def _drop_shown_icon(self) -> None:
        shown, self._shown_icon = self._shown_icon, None
        if shown is not None:
            release_early_icon(shown)

    def use_tray_if_available(self) -> bool:
        if self.tray is not None:
            return True
        if self._stopped or not self._tray_host_may_be_there() or not Tray.available():
            return False
        shown, self._shown_icon = self._shown_icon, None
        self.tray = Tray(
            self.actions, self.icon, self._paused_icon, interval=self._interval, shown=shown
        )
        self.tray.activated.connect(self.show_status_window)
        self.tray.show()
        self._tray_kind = self._hosts.icon_kind() if self._hosts is not None else None
        self.show_status(self._status())
        if self._tray_probe.isActive():
            log.info("a system tray appeared; moving to it")
        self._tray_probe.stop()
        self._tray_recheck.stop()
        window_for_no_tray, self._window_for_no_tray = self._window_for_no_tray, False
        if window_for_no_tray and self._window is not None:
            self._window.hide()
        return True

    def _tray_host_may_be_there(self) -> bool:
        # Only the watch's "no" counts: right after a host went, Qt may still say yes for
        # a moment (it learns from an X event of its own that may not have come yet).
        return self._hosts is None or self._hosts.anywhere() is not False

    def _on_tray_hosts_changed(self) -> None:
        if self._stopped:
            return
        self._leave_the_tray_if_its_host_went()
        if self.tray is None and not self.use_tray_if_available():
            self._tray_recheck.start()

    def _leave_the_tray_if_its_host_went(self) -> None:
        if self.tray is not None and self._tray_host_gone():
            log.info("the system tray went away; showing the status window instead")
            tray, self.tray = self.tray, None
            tray.stop()
            self._stand_in_for_the_tray()

    def _tray_host_gone(self) -> bool:
        hosts = self._hosts
        if hosts is None:
            return False
        kind = self._tray_kind
        return (hosts.present(kind) if kind is not None else hosts.anywhere()) is False

    def _stand_in_for_the_tray(self) -> None:
        """Show the status window (unless the person has it open already) and look for a
        tray from now on."""
        window = self.window
        if not window.isVisible():
            window.show_status(self._status())
            window.show()
            self._window_for_no_tray = True
        self._tray_probe.start()

    def show_status(self, status: Status) -> None:
        if self._stopped:
            return
        if self.tray is not None:
            self.tray.show_status(status)
        if self._window is not None:
            self._window.show_status(status)
            if self._message:
                self._window.status_label.setText(self._message)

    def show_status_window(self) -> None:
        """The person asks for the window: it is theirs now, and stays when a tray comes."""
        self._window_for_no_tray = False
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
            self._message = message
            self._message_shown.start()
            self.window.status_label.setText(message)
        self.told.emit(message)

    def _message_over(self) -> None:
        self._message = ""
        if not self._stopped and self._window is not None:
            self._window.show_status(self._status())
