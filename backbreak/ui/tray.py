"""The tray icon and its menu."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from backbreak.core.status import Status
from backbreak.qt import (
    QObject,
    QtCore,
    QtGui,
    QtWidgets,
    Signal,
    delete_now,
    is_alive,
    make_timer,
)
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
        early_menu = shown.contextMenu() if shown is not None else None
        self.menu = early_menu if early_menu is not None else tray_menu(actions)

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


def tray_menu(actions: AppActions) -> QtWidgets.QMenu:
    """The icon's context menu: a parentless top-level widget, so its owner deletes it."""
    menu = QtWidgets.QMenu()
    menu.setObjectName("TrayMenu")
    menu.addAction(actions.take_break)
    menu.addAction(actions.snooze)
    menu.addAction(actions.skip)
    menu.addMenu(actions.pause_menu(menu))
    menu.addAction(actions.resume)
    menu.addSeparator()
    menu.addAction(actions.show_stats)
    menu.addAction(actions.show_settings)
    menu.addAction(actions.show_window)
    menu.addAction(actions.quit)
    return menu


def show_icon_early(icon: QtGui.QIcon, actions: AppActions) -> QtWidgets.QSystemTrayIcon | None:
    """The app's plain icon in the tray before the rest of the app is built, so that it
    appears as soon as any tray program's would; `Tray` takes it over, with its menu, and
    shows the state. None where there is no tray to show it in.

    The menu is there from the first moment: a StatusNotifierItem desktop reads it when it
    first asks about the icon and shows what it read when the icon is clicked, so a menu
    added later would be missing (or empty) for a click in between."""
    if not Tray.available():
        return None
    shown = QtWidgets.QSystemTrayIcon(icon)
    shown.setToolTip("backbreak")
    shown.setContextMenu(tray_menu(actions))
    shown.show()
    return shown


def release_early_icon(shown: QtWidgets.QSystemTrayIcon) -> None:
    """An early icon no tray took over (building the app failed, or the tray went in the
    meantime) leaves the tray; it and its menu, a parentless top-level widget nothing else
    frees, are deleted at once: this runs at stop too, after which a deferred delete would
    not run."""
    if not is_alive(shown):
        return
    shown.hide()
    menu = shown.contextMenu()
    if menu is not None and is_alive(menu):
        delete_now(menu)
    delete_now(shown)


class WhenDrawn(QObject):
    """Calls `then` (once, from the event loop) when the early icon has had its chance to
    be drawn, or at once where there is nothing to wait for.

    Building the rest of the app holds the event loop for ~0.1-0.2 s, and the icon is drawn
    only through the loop:
    - on an XEmbed tray the icon is a small window of Qt's own that the tray program embeds
      and then asks to draw. The rest waits until the icon is embedded (its geometry moves
      from where it was shown, at the origin, to its place in the tray; the drawing follows
      in the same turn of the loop), and at most `longest_ms` (a tray program that never
      does);
    - on a StatusNotifierItem tray the desktop draws the icon from what it asks over D-Bus,
      a few questions one after another, and the icon has no geometry to watch. The rest
      waits `SNI_PAUSE_MS`, long enough for those questions (~30-80 ms measured with
      gtk-sni-tray): start -> icon x1.9 -> x1.2 of a bare tray program.
    The menu is complete before the wait (`show_icon_early`), and a menu about to open ends
    the wait at once, so that its entries are connected before one can be chosen.

    Why not watch Qt's embedded window for its first paint: finding it means wrapping a
    widget of a private class (QApplication.topLevelWidgets()), for which PySide6 sets up
    every QtWidgets type it had not yet: +3.3 MiB resident."""

    POLL_MS = 5
    SNI_PAUSE_MS = 100

    def __init__(
        self, shown: QtWidgets.QSystemTrayIcon | None, then: Callable[[], None], longest_ms: int
    ) -> None:
        super().__init__()
        self._then = then
        self._shown = shown
        self._at_show = shown.geometry() if shown is not None else QtCore.QRect()
        self._deadline = make_timer(self, self._go, single_shot=True)
        self._poll = make_timer(self, self._check, interval_ms=self.POLL_MS)
        self._done = False
        self._menu = shown.contextMenu() if shown is not None else None
        if self._menu is not None:
            self._menu.aboutToShow.connect(self._go)
        if shown is None:
            self._deadline.start(0)
        elif self._at_show.isEmpty():
            self._deadline.start(self.SNI_PAUSE_MS)
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
        if self._done:
            return
        self._done = True
        if self._menu is not None and is_alive(self._menu):
            self._menu.aboutToShow.disconnect(self._go)
        self._then()
