"""The tray icon and its menu."""

from __future__ import annotations

from typing import Any

from backbreak.actions import AppActions
from backbreak.qt import QObject, QtGui, QtWidgets, Signal
from backbreak.texts import breaks_today_sentence, status_sentence


class Tray(QObject):
    """A QSystemTrayIcon showing the state, with the app's actions in its context menu.

    Qt talks StatusNotifierItem over D-Bus when org.kde.StatusNotifierWatcher exists (KDE,
    GNOME with the AppIndicator extension) and XEmbed otherwise."""

    activated = Signal()  # a plain click on the icon

    def __init__(self, actions: AppActions, icon: QtGui.QIcon, paused_icon: QtGui.QIcon) -> None:
        super().__init__()
        self._icon = icon
        self._paused_icon = paused_icon
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

    def hide(self) -> None:
        self.icon.hide()

    def show_status(self, status: dict[str, Any]) -> None:
        paused = status.get("state") == "paused"
        self.icon.setIcon(self._paused_icon if paused else self._icon)
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
