"""The tray icon and its menu."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from backbreak.core.status import Status
from backbreak.qt import QObject, QtCore, QtGui, QTimer, QtWidgets, Signal, is_alive
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
        shown: QtWidgets.QSystemTrayIcon | None = None,
    ) -> None:
        """shown: an icon already in the tray (`show_icon_early`), taken over in place, so
        that it keeps its spot instead of going and coming back."""
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

        if shown is None:
            self.icon = QtWidgets.QSystemTrayIcon(icon, self)
        else:
            shown.setParent(self)
            self.icon = shown
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


def show_icon_early(icon: QtGui.QIcon) -> QtWidgets.QSystemTrayIcon | None:
    """The app's plain icon in the tray before anything else of the app is built, so that
    it appears as soon as any tray program's would; `Tray` takes it over, with the menu and
    the state. None where there is no tray to show it in."""
    if not Tray.available():
        return None
    shown = QtWidgets.QSystemTrayIcon(icon)
    shown.setToolTip("backbreak")
    shown.show()
    return shown


class WhenDrawn(QObject):
    """Calls `then` (once, from the event loop) when the early icon is in an XEmbed tray,
    or at once where there is nothing to wait for.

    On an XEmbed tray the icon is a small window of Qt's own that the tray program embeds
    and then asks to draw: the event loop has to run for that, and building the rest of the
    app first would hold the drawing back by as long as the building takes. So the rest
    waits until the tray program has embedded the icon (its geometry moves from where it
    was shown, at the origin, to its place in the tray; the drawing follows in the same
    turn of the loop), and at most `longest_ms` (a tray program that never does). On a
    StatusNotifierItem tray the desktop draws the icon from what it asks over D-Bus, and the
    icon has no geometry: the rest is built at once, as before. Not after a pause for the
    desktop's questions (the icon would show ~0.1 s sooner): the desktop handles a click on
    the icon itself and asks for the menu, and a click in that pause found none.

    Why not watch Qt's embedded window for its first paint: finding it means wrapping a
    widget of a private class (QApplication.topLevelWidgets()), for which PySide6 sets up
    every QtWidgets type it had not yet: +3.3 MiB resident."""

    POLL_MS = 5

    def __init__(
        self, shown: QtWidgets.QSystemTrayIcon | None, then: Callable[[], None], longest_ms: int
    ) -> None:
        super().__init__()
        self._then = then
        self._shown = shown
        self._at_show = shown.geometry() if shown is not None else QtCore.QRect()
        self._deadline = QTimer(self)
        self._deadline.setSingleShot(True)
        self._deadline.timeout.connect(self._go)
        self._poll = QTimer(self)
        self._poll.setInterval(self.POLL_MS)
        self._poll.timeout.connect(self._check)
        if self._at_show.isEmpty():
            self._deadline.start(0)
        else:
            self._deadline.start(longest_ms)
            self._poll.start()

    def stop(self) -> None:
        self._deadline.stop()
        self._poll.stop()

    def _check(self) -> None:
        shown = self._shown
        if shown is None or not is_alive(shown) or shown.geometry() != self._at_show:
            self._poll.stop()
            self._deadline.start(0)

    def _go(self) -> None:
        self.stop()
        self._then()
