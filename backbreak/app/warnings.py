"""Telling the person ahead of time: the notification before a break (with Start now and
Snooze), the word that a break waited for do-not-disturb or a call, and the first-start
welcome.

It listens to the break session's events and never changes the plan itself: its buttons
come back as `start_requested` and `snooze_requested`."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from backbreak.core.planner import Event, EventKind
from backbreak.core.settings import WARNING_NOTIFICATION
from backbreak.files import note_first_time
from backbreak.qt import COUNT, QObject, Signal, tr

if TYPE_CHECKING:
    from backbreak.app.dependencies import Dependencies
    from backbreak.app.session import BreakSession
    from backbreak.platform.notify import Notifier

log = logging.getLogger(__name__)

# The first-start welcome stays this long: three sentences to read, unhurried.
WELCOME_SECONDS = 30.0

# Makes the notifier, given where its buttons' keys go.
NotifierFactory = Callable[[Callable[[str], None]], "Notifier | None"]


def warning_words(seconds: int) -> str:
    """When the break comes, as the warning says it: whole minutes in minutes ("in 2
    minutes", not "in 120 seconds"), anything else in seconds."""
    if seconds >= 60 and seconds % 60 == 0:
        minutes = seconds // 60
        return tr("App", "A stretch break comes in %n minutes.", None, COUNT, minutes)
    return tr("App", "A stretch break comes in %n seconds.", None, COUNT, seconds)


class BreakWarnings(QObject):
    """The warning notification and other words said outside the card."""

    start_requested = Signal()
    snooze_requested = Signal()
    # Said where the person sees it when no notification service answers.
    message = Signal(str)

    def __init__(
        self,
        make_notifier: NotifierFactory | None,
        deps: Dependencies,
        *,
        session: BreakSession,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._deps = deps
        self._session = session
        self.notifier = make_notifier(self.on_notification_action) if make_notifier else None
        if self.notifier is not None:
            log.info("break warnings through: %s", self.notifier.name)

    def start(self) -> None:
        """Nothing runs until a break comes near."""

    def stop(self) -> None:
        if self.notifier is not None:
            self.notifier.close()

    def on_planner_event(self, event: Event) -> None:
        if event.kind is EventKind.WARNING:
            self._warn()
        elif event.kind in (EventKind.BREAK_DUE, EventKind.BREAK_WITHDRAWN):
            self.withdraw()

    def withdraw(self) -> None:
        if self.notifier is not None:
            self.notifier.withdraw()

    def on_notification_action(self, key: str) -> None:
        """A button on the warning notification: start the break now, or snooze it."""
        from backbreak.platform.notify import ACTION_SNOOZE, ACTION_START

        if key == ACTION_START:
            self.start_requested.emit()
        elif key == ACTION_SNOOZE:
            self.snooze_requested.emit()

    def _warn(self) -> None:
        if not self._deps.settings.current.value(WARNING_NOTIFICATION):
            return
        seconds = round(self._session.planner.rules.warning_before.total_seconds())
        text = warning_words(seconds)
        if self.notifier is None:
            self.message.emit(text)
            return
        self._notify_with_buttons(
            tr("App", "Time for a stretch soon"), text, timeout_s=max(5.0, float(seconds))
        )

    def _notify_with_buttons(self, title: str, text: str, *, timeout_s: float) -> None:
        """A notification with Start now, and Snooze while snoozes are left."""
        from backbreak.platform.notify import warning_actions

        if self.notifier is None:
            return
        plan = self._session.plan()
        snooze = self._session.planner.rules.snooze_minutes if plan.snoozes_left > 0 else None
        self.notifier.warn(title, text, warning_actions(snooze), timeout_s=timeout_s)

    def say_break_is_waiting(self) -> None:
        """The break waited as long as do-not-disturb (or a call) may hold it and came while
        that is still on. A full-screen window stays above every other window, the card
        included: say so where the person can see it, with Start and Snooze, naming the real
        cause."""
        from backbreak.platform.calls import CALL
        from backbreak.platform.dnd import DO_NOT_DISTURB, FULL_SCREEN

        title = tr("App", "A stretch break is waiting")
        cause = self._deps.senses.dnd_cause
        if cause == CALL:
            text = tr(
                "App",
                "It waited while you were in a call, as long as a break waits. The call "
                "goes on: take it when you can.",
            )
        elif cause == FULL_SCREEN:
            text = tr(
                "App",
                "It waited while you were in full screen or presenting. Its card is behind "
                "the full-screen window.",
            )
        elif cause == DO_NOT_DISTURB:
            text = tr(
                "App",
                "It waited while do-not-disturb was on, as long as a break waits for it. "
                "Do-not-disturb is still on.",
            )
        else:
            text = tr(
                "App",
                "It waited while do-not-disturb was on or you were in full screen. If a "
                "full-screen window is still up, the card is behind it.",
            )
        if self.notifier is None:
            self.message.emit(f"{title}. {text}")
            return
        self._notify_with_buttons(title, text, timeout_s=60.0)

    def welcome_once(self, marker: Path, title_and_text: tuple[str, str], known_user: bool) -> bool:
        """On the very first start on this computer, say where backbreak lives, when the
        first break comes and how to change the hours (a notification, or the tray's or the
        status window's message where there is no notification service). `marker`, in the
        data folder, remembers it: when it cannot be written the welcome is not shown
        either, rather than at every start. A person who used backbreak before the welcome
        existed (`known_user`: a history or settings file was there) is only remembered.
        True when welcomed."""
        try:
            if not note_first_time(marker, "The first-start welcome was shown (or not needed).\n"):
                return False
        except OSError as error:
            log.warning("cannot note the first-start welcome, so it is not shown: %s", error)
            return False
        if known_user:
            return False
        title, text = title_and_text
        log.info("first start on this computer: welcome shown")
        if self.notifier is None or self.notifier.name == "none":
            self.message.emit(f"{title}. {text}")
        else:
            self.notifier.warn(title, text, [], timeout_s=WELCOME_SECONDS)
        return True
