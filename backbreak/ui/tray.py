"""The tray icon and its menu."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from backbreak.core.status import Status
from backbreak.qt import QObject, QtGui, QtWidgets, Signal
from backbreak.texts import breaks_today_sentence, status_sentence
from backbreak.ui.actions import AppActions
from backbreak.ui.tray_icon import DEFAULT_INTERVAL, TrayIconPainter


class Tray(QObject):
    """A QSystemTrayIcon showing the state, with the app's actions in its context menu.

    Qt talks StatusNotifierItem over D-Bus when org.kde.StatusNotifierWatcher exists (KDE,
    GNOME with the AppIndicator extension) and XEmbed otherwise."""

    activated = Signal()  # a plain click on the icon

    def __init__(
        self,
        actions: AppActions,
        icon: QtGui.QIcon,
        paused_icon: QtGui.QIcon,
        interval: Callable[[], timedelta] = lambda: DEFAULT_INTERVAL,
    ) -> None:
        super().__init__()
        self._icon = icon
        # The icon tells the state: a ring filling towards the next break, due, paused, or
        # outside working hours. Drawn once per state and cached; set only when it changes.
        self._painter = TrayIconPainter(icon, paused_icon, interval)
        self.menu = QtWidgets.QMenu()
        self.menu.setObjectName("TrayMenu")
        self.menu.addAction(actions.take_break)
        self.menu.addMenu(actions.pause_menu(self.menu))
        self.menu.addAction(actions.resume)
        self.menu.addSeparator()
        self.menu.addAction(actions.show_stats)
        self.menu.addAction(actions.show_settings)
        self.menu.addAction(actions.show_window)
        self.menu.addAction(actions.quit)

        self.icon = QtWidgets.QSystemTrayIcon(icon, self)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._on_activated)

    def show(self) -> None:
        self.icon.show()

    def stop(self) -> None:
        """Leave the tray for good: the icon goes, and so does the menu (a parentless,
        top-level widget that would otherwise outlive us)."""
        self.icon.hide()
        self.menu.close()
        self.menu.deleteLater()
        self.deleteLater()

    def show_status(self, status: Status) -> None:
        if self._painter.changed(status):
            self.icon.setIcon(self._painter.icon_for(status))
        self.icon.setToolTip(
            f"backbreak\n{status_sentence(status)}\n{breaks_today_sentence(status)}"
        )

    def say(self, message: str) -> None:
        """A short message from the tray (a desktop notification on SNI, a balloon on XEmbed)."""
        self.icon.showMessage("backbreak", message, self._icon, 8000)

    def _on_activated(self, reason: QtWidgets.QSystemTrayIcon.ActivationReason) -> None:
        if reason == QtWidgets.QSystemTrayIcon.ActivationReason.Trigger:
            self.activated.emit()

    @staticmethod
    def available() -> bool:
        return QtWidgets.QSystemTrayIcon.isSystemTrayAvailable()
