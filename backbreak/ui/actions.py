"""The app's commands as Qt actions, shared by the tray menu and the status window."""

from __future__ import annotations

from backbreak.core.planner import PauseLength
from backbreak.qt import COUNT, QObject, QtGui, QtWidgets, Signal, tr


class AppActions(QObject):
    """One set of QActions; menus built from it stay in sync with the app's state. What
    each does is wired where the app is put together (backbreak.app.root)."""

    pause_chosen = Signal(object)  # a PauseLength from the pause menu

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.take_break = QtGui.QAction(tr("Menu", "Take a break now"), self)
        # While a break is at hand (its warning is up, or it is offered, snoozed or running),
        # what the card and the notification offer, for a person who reaches for the tray.
        self.snooze = QtGui.QAction(self)
        self.skip = QtGui.QAction(tr("Menu", "Skip this break"), self)
        self.offer_break_choices(snooze_minutes=None, skip=False)

        self.pause_choices: list[QtGui.QAction] = []
        for choice, label in (
            (PauseLength.MINUTES_30, tr("Menu", "For 30 minutes")),
            (PauseLength.HOUR_1, tr("Menu", "For 1 hour")),
            (PauseLength.HOURS_2, tr("Menu", "For 2 hours")),
            (PauseLength.NEXT_WORKING_DAY, tr("Menu", "Until the next working day")),
            (PauseLength.INDEFINITELY, tr("Menu", "Until I resume")),
        ):
            action = QtGui.QAction(label, self)
            action.triggered.connect(lambda _checked=False, c=choice: self.pause_chosen.emit(c))
            self.pause_choices.append(action)

        self.resume = QtGui.QAction(tr("Menu", "Resume breaks"), self)
        self.show_window = QtGui.QAction(tr("Menu", "Show status window"), self)
        self.show_stats = QtGui.QAction(tr("Menu", "Statistics"), self)
        self.show_settings = QtGui.QAction(tr("Menu", "Settings…"), self)
        self.quit = QtGui.QAction(tr("Menu", "Quit backbreak"), self)
        self.set_paused(False)

    def pause_menu(self, parent: QtWidgets.QWidget | None = None) -> QtWidgets.QMenu:
        menu = QtWidgets.QMenu(tr("Menu", "Pause breaks"), parent)
        menu.addActions(self.pause_choices)
        return menu

    def allow_pause(self, allowed: bool) -> None:
        """Grey the pause choices out while pausing is refused (a strict break is up)."""
        for action in self.pause_choices:
            action.setEnabled(allowed)

    def offer_break_choices(self, *, snooze_minutes: int | None, skip: bool) -> None:
        """Show "Snooze" (by `snooze_minutes`; None: the rules refuse it now) and "Skip
        this break" only while the rules take them, as the card does with its buttons."""
        if snooze_minutes is not None:
            self.snooze.setText(tr("Menu", "Snooze for %n min", None, COUNT, snooze_minutes))
        self.snooze.setVisible(snooze_minutes is not None)
        self.skip.setVisible(skip)

    def set_paused(self, paused: bool) -> None:
        """Offer Resume only while paused, so no item is ever there without working. The
        pause choices stay: while paused they change how long the pause lasts."""
        self.resume.setVisible(paused)
