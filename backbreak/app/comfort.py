"""The comfort check-in: once a day, after a completed break, how the upper back feels
(0-10), kept in the history to show the trend beside the breaks taken."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from backbreak.core.planner import Event, EventKind
from backbreak.qt import QObject, Signal, delete_now, is_alive

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
        self.prompt: ComfortPrompt | None = None
        self._asked_at: datetime | None = None
        # Prompts still on screen, including those fading away: stop() closes them all.
        self._prompts: list[ComfortPrompt] = []
        self._stopped = False

    def start(self) -> None:
        """Nothing runs until a break is completed."""

    def stop(self) -> None:
        self._stopped = True
        self.prompt = None
        prompts, self._prompts = self._prompts, []
        for prompt in prompts:
            if is_alive(prompt):
                prompt.close_now()
                delete_now(prompt)  # now, while this service is there (session.stop says why)

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
        prompt.destroyed.connect(lambda: self._forget(prompt))
        self._prompts.append(prompt)
        self.prompt = prompt
        self._asked_at = self._deps.clock.now()
        prompt.present()

    def withdraw(self) -> None:
        if self.prompt is not None:
            prompt, self.prompt = self.prompt, None
            prompt.withdraw()

    def _forget(self, prompt: ComfortPrompt) -> None:
        if self.prompt is prompt:
            self.prompt = None
        if prompt in self._prompts:
            self._prompts.remove(prompt)
        self.window_gone.emit()
