"""The break history while the app runs: events recorded as they happen (and tried again
when the file is locked or the disk full), today's figures for the status, and notices about
the history file for the person."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from backbreak.qt import QObject, Signal, make_timer

if TYPE_CHECKING:
    from backbreak.app.dependencies import Calendar
    from backbreak.core.history import StreakRules, Today
    from backbreak.store.history_store import HistoryStore

log = logging.getLogger(__name__)

# Break events the history could not take (the file locked by another program, the disk
# full) are tried again this often, from a timer: the GUI thread never waits long for it.
HISTORY_RETRY_INTERVAL_MS = 10_000
# Today's first figures come this long after the event loop starts: the tray host embeds
# and draws the icon meanwhile (a few X round trips), where a figures run of ~0.15 s (ten
# years of history) would hold it up. Nobody reads a tooltip that soon; a status bar's
# request gets the figures at once (`get_ready`).
FIGURES_AFTER_START_MS = 500


class HistoryService(QObject):
    """Records break events and answers "how is today going" for the status."""

    recorded = Signal()  # an event was recorded (the statistics window redraws)
    figures_ready = Signal()  # today's figures are known, just after start-up (views refresh)
    message = Signal(str)  # a notice about the history file, in words

    def __init__(
        self,
        store: HistoryStore | None,
        calendar: Calendar,
        *,
        streak_rules: Callable[[], StreakRules],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self._calendar = calendar
        self._streak_rules = streak_rules
        # The streak reads the whole history (tens of ms after years of use) and status bars
        # ask every few seconds: kept until an event is recorded, the day or the settings
        # change.
        # Today's figures, and the day (as the clock and the rules say) they were read for.
        self._today_figures: tuple[date, Today] | None = None
        # The first figures wait until the icon is up (`get_ready`, FIGURES_AFTER_START_MS):
        # after ten years they take ~0.15 s, which would hold it up at every start.
        self._ready = False
        self._ready_soon = make_timer(self, self.get_ready, single_shot=True)
        self._retry = make_timer(self, self.retry, interval_ms=HISTORY_RETRY_INTERVAL_MS)
        self._stopped = False

    def start(self) -> None:
        self.tell_notices()
        self._ready_soon.start(FIGURES_AFTER_START_MS)

    def get_ready(self) -> None:
        """Work out today's figures now, if not done yet (what a socket request waits for);
        views hear `figures_ready`. Until then the status goes without them."""
        self._ready_soon.stop()
        if self._ready or self._stopped:
            return
        self._ready = True
        self.today_figures()
        self.release_memory()
        self.figures_ready.emit()

    def release_memory(self) -> None:
        """After a read over the whole history: its cached pages and freed objects go back to
        the system."""
        from backbreak.platform.memory import release_freed_memory

        if self.store is not None:
            self.store.release_memory()
        release_freed_memory()

    def stop(self) -> None:
        """Stop retrying; events still held are saved now, or kept in the journal."""
        self._stopped = True
        self._retry.stop()
        self._ready_soon.stop()
        if self.store is not None:
            self.store.flush()

    @property
    def retrying(self) -> bool:
        return self._retry.isActive()

    def today(self) -> date:
        from backbreak.core.hours import day_key

        return day_key(
            self._calendar.clock.now(), self._calendar.tz, self._calendar.rules().day_starts_at
        )

    def record(self, kind_name: str, **details: Any) -> None:
        """Keep a history event (by kind name, so history's module loads only with a store)."""
        if self.store is None:
            return
        from backbreak.core.history import HistoryEvent, HistoryEventKind

        kind: HistoryEventKind = HistoryEventKind[kind_name]
        if not self.store.record(
            HistoryEvent.create(kind, self._calendar.clock.now(), self._calendar.tz, **details)
        ):
            self._retry.start()
        self._today_figures = None
        self.recorded.emit()
        self.tell_notices()

    def forget_today(self) -> None:
        """The goal or the working days changed: today's figures are worked out again."""
        self._today_figures = None

    def today_figures(self) -> dict[str, int]:
        """Today's done breaks, the goal and the streak (stable keys for status bars); none
        before `get_ready`."""
        today = self.today_so_far()
        return {} if today is None else today.status_fields()

    def today_so_far(self) -> Today | None:
        """Where the person stands today (None before `get_ready`, or without a history)."""
        if self.store is None or not self._ready:
            return None
        today = self.today()
        if self._today_figures is None or self._today_figures[0] != today:
            # The same Today the statistics window and `backbreak stats` show (one path:
            # core.history.report), read from today's rows and the done counts only.
            figures = self.store.today(
                self._calendar.clock.now(),
                self._calendar.tz,
                self._streak_rules(),
                self._calendar.rules().working_hours,
            )
            self._today_figures = (today, figures)
        return self._today_figures[1]

    def answered_comfort_on(self, day: date) -> bool:
        return self.store is not None and bool(self.store.comfort_by_day(day, day))

    def retry(self) -> None:
        if self.store is None or self._stopped or self.store.flush():
            self._retry.stop()
        self.tell_notices()

    def tell_notices(self) -> None:
        if self.store is None:
            return
        for notice in self.store.take_notices():
            log.warning("history: %s", notice)
            self.message.emit(notice)
