"""The comfort check-in: once a day, after a completed break, how the upper back feels
(0-10), kept in the history to show the trend beside the breaks taken."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from backbreak.app.one_window import OnScreen
from backbreak.core.planner import Event, EventKind
from backbreak.qt import QObject, Signal

if TYPE_CHECKING:
    from backbreak.app.dependencies import Dependencies
    from backbreak.ui.card import BreakCard
    from backbreak.ui.comfort_prompt import ComfortPrompt

log = logging.getLogger(__name__)


class ComfortCheckIn(QObject):
    """Asks after a completed break, at most once a day; withdraws when a break comes."""

    window_gone = Signal()  # the question's window was destroyed (the memory tidy listens)

    def __init__(
        self,
        deps: Dependencies,
        *,
        card_showing: Callable[[], bool],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._deps = deps
        self._card_showing = card_showing
        self._asked_at: datetime | None = None
        self._prompts: OnScreen[ComfortPrompt] = OnScreen(self.window_gone.emit)
        self._stopped = False

    @property
    def prompt(self) -> ComfortPrompt | None:
        """The question on screen now, unanswered."""
        return self._prompts.current

    def start(self) -> None:
        """Nothing runs until a break is completed."""

    def stop(self) -> None:
        self._stopped = True
        self._prompts.close_all()

    def on_planner_event(self, event: Event) -> None:
        if event.kind is EventKind.BREAK_DUE:
            self.withdraw()

    def on_person_acted(self, action: str) -> None:
        if action == "pause":
            self.withdraw()

    def on_break_completed(self, card: BreakCard | None) -> None:
        if not self._should_ask():
            return
        # After the card has faded (it thanks the person first), not over it.
        if card is not None:
            card.destroyed.connect(self.ask)
        else:
            self.ask()

    def _should_ask(self) -> bool:
        if self._deps.history.store is None:
            return False
        from backbreak.core.comfort import should_ask
        from backbreak.core.settings import COMFORT_CHECK_IN

        now, history = self._deps.clock.now(), self._deps.history
        if self._asked_at is None and history.answered_comfort_on(history.today()):
            # Answered earlier today, before a restart? Then not again today.
            self._asked_at = now
        return should_ask(
            now,
            self._deps.tz,
            self._deps.rules().day_starts_at,
            enabled=self._deps.settings.current.value(COMFORT_CHECK_IN),
            last_asked=self._asked_at,
            completed_breaks_today=1,  # asked on the way out of a completed break
        )

    def ask(self) -> None:
        """How does the upper back feel, 0-10: once a day, after a completed break."""
        if self._stopped or self._card_showing() or self.prompt is not None:
            return  # a new break is up, or the question is already asked
        from backbreak.ui.comfort_prompt import ComfortPrompt

        prompt = ComfortPrompt()
        prompt.rated.connect(lambda rating: self._deps.history.record("COMFORT", rating=rating))
        prompt.dismissed.connect(lambda: log.info("comfort check-in dismissed"))
        self._prompts.adopt(prompt)
        self._asked_at = self._deps.clock.now()
        prompt.present()

    def withdraw(self) -> None:
        prompt = self._prompts.let_go()
        if prompt is not None:
            prompt.withdraw()
