"""The app's commands as Qt actions, shared by the tray menu and the status window."""

from __future__ import annotations

from typing import Protocol

from backbreak.core.planner import BreakKind, PauseLength
from backbreak.qt import QObject, QtGui, QtWidgets, tr


class Commands(Protocol):
    """What the menus can ask of the app (application.Controller implements it)."""

    def take_break_now(self, kind: BreakKind | None = None) -> None: ...
    def pause(self, length: PauseLength) -> None: ...
    def resume(self) -> None: ...
    def show_status_window(self) -> None: ...
    def show_stats_window(self) -> None: ...
    def show_settings_window(self) -> None: ...
    def quit(self) -> None: ...


class AppActions(QObject):
    """One set of QActions; menus built from it stay in sync with the app's state."""

    def __init__(self, commands: Commands, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.take_break = QtGui.QAction(tr("Menu", "Take a break now"), self)
        self.take_break.triggered.connect(lambda _checked=False: commands.take_break_now())

        self.pause_choices: list[QtGui.QAction] = []
        for choice, label in (
            (PauseLength.MINUTES_30, tr("Menu", "For 30 minutes")),
            (PauseLength.HOUR_1, tr("Menu", "For 1 hour")),
            (PauseLength.HOURS_2, tr("Menu", "For 2 hours")),
            (PauseLength.NEXT_WORKING_DAY, tr("Menu", "Until the next working day")),
            (PauseLength.INDEFINITELY, tr("Menu", "Until I resume")),
        ):
            action = QtGui.QAction(label, self)
            action.triggered.connect(lambda _checked=False, c=choice: commands.pause(c))
            self.pause_choices.append(action)

        self.resume = QtGui.QAction(tr("Menu", "Resume breaks"), self)
        self.resume.triggered.connect(commands.resume)
        self.show_window = QtGui.QAction(tr("Menu", "Show status window"), self)
        self.show_window.triggered.connect(commands.show_status_window)
        self.show_stats = QtGui.QAction(tr("Menu", "Statistics"), self)
        self.show_stats.triggered.connect(commands.show_stats_window)
        self.show_settings = QtGui.QAction(tr("Menu", "Settings…"), self)
        self.show_settings.triggered.connect(commands.show_settings_window)
        self.quit = QtGui.QAction(tr("Menu", "Quit backbreak"), self)
        self.quit.triggered.connect(commands.quit)
        self.set_paused(False)

    def pause_menu(self, parent: QtWidgets.QWidget | None = None) -> QtWidgets.QMenu:
        menu = QtWidgets.QMenu(tr("Menu", "Pause breaks"), parent)
        menu.addActions(self.pause_choices)
        return menu

    def allow_pause(self, allowed: bool) -> None:
        """Grey the pause choices out while pausing is refused (a strict break is up)."""
        for action in self.pause_choices:
            action.setEnabled(allowed)

    def set_paused(self, paused: bool) -> None:
        """Offer Resume only while paused, so no item is ever there without working. The
        pause choices stay: while paused they change how long the pause lasts."""
        self.resume.setVisible(paused)
