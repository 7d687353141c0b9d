"""The break session: when the next break is due, pauses, and breaks taken today.

This is the simple fixed-interval rule set the tray app starts with. Instants are kept as
UTC-aware datetimes so that "in 1 hour" means 60 elapsed minutes even across a daylight-saving
change; the local zone is used only where the person's calendar matters ("until tomorrow",
"today").
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta, tzinfo
from typing import Any

from backbreak.core.clock import Clock


class State(enum.Enum):
    COUNTING = "counting"  # waiting for the next break
    PAUSED = "paused"  # no breaks until the pause ends (or forever, until resumed)
    ON_BREAK = "on_break"  # a break card is showing


class PauseChoice(enum.Enum):
    MINUTES_30 = "30m"
    HOUR_1 = "1h"
    HOURS_2 = "2h"
    UNTIL_TOMORROW = "until-tomorrow"
    INDEFINITELY = "indefinitely"


class Happening(enum.Enum):
    """What a wake-up found due; the shell reacts to it (show a card, say so)."""

    BREAK_DUE = "break_due"
    PAUSE_ENDED = "pause_ended"


@dataclass(frozen=True)
class BreakRules:
    interval: timedelta = timedelta(minutes=25)
    break_length: timedelta = timedelta(seconds=30)
    # When "today" begins, so that night work counts for the day it belongs to and
    # "pause until tomorrow" means until the next morning, not until midnight.
    day_starts_at: time = time(4, 0)

    def __post_init__(self) -> None:
        if self.interval <= timedelta(0):
            raise ValueError("interval must be positive")
        if self.break_length <= timedelta(0):
            raise ValueError("break_length must be positive")


@dataclass(frozen=True)
class Status:
    """A snapshot of the session, as the tray, the CLI and the tests read it."""

    state: State
    now: datetime
    next_break_at: datetime | None
    paused_until: datetime | None
    breaks_today: int

    @property
    def seconds_to_next_break(self) -> int | None:
        if self.next_break_at is None:
            return None
        return max(0, round((self.next_break_at - self.now).total_seconds()))

    def to_json_dict(self, tz: tzinfo) -> dict[str, Any]:
        """Stable keys, documented in README.md for status bars (waybar, polybar)."""

        def local_iso(instant: datetime | None) -> str | None:
            return None if instant is None else instant.astimezone(tz).isoformat(timespec="seconds")

        return {
            "state": self.state.value,
            "next_break_at": local_iso(self.next_break_at),
            "seconds_to_next_break": self.seconds_to_next_break,
            "paused_until": local_iso(self.paused_until),
            "breaks_today": self.breaks_today,
        }


def day_key(instant: datetime, tz: tzinfo, day_starts_at: time) -> datetime:
    """The local calendar day an instant belongs to, with days starting at day_starts_at."""
    local = instant.astimezone(tz)
    shifted = local - timedelta(hours=day_starts_at.hour, minutes=day_starts_at.minute)
    return datetime.combine(shifted.date(), time(0))


def next_day_start(instant: datetime, tz: tzinfo, day_starts_at: time) -> datetime:
    """The first start of a day strictly after `instant`, as a UTC datetime."""
    local = instant.astimezone(tz)
    candidate_date = local.date()
    while True:
        # Combining with the zone gives the wall-clock time on that date, which is what a
        # person means by "tomorrow at 04:00", daylight saving or not.
        candidate = datetime.combine(candidate_date, day_starts_at, tzinfo=tz).astimezone(UTC)
        if candidate > instant:
            return candidate
        candidate_date += timedelta(days=1)


class BreakSession:
    """Fixed-interval breaks with pause and resume, stepped by an injected clock."""

    def __init__(self, rules: BreakRules, clock: Clock, tz: tzinfo) -> None:
        self._rules = rules
        self._clock = clock
        self._tz = tz
        now = clock.now()
        self._state = State.COUNTING
        self._next_break_at: datetime | None = now + rules.interval
        self._paused_until: datetime | None = None
        self._breaks_today = 0
        self._today = day_key(now, tz, rules.day_starts_at)

    @property
    def rules(self) -> BreakRules:
        return self._rules

    def status(self) -> Status:
        now = self._clock.now()
        self._roll_day(now)
        return Status(
            state=self._state,
            now=now,
            next_break_at=self._next_break_at if self._state is State.COUNTING else None,
            paused_until=self._paused_until if self._state is State.PAUSED else None,
            breaks_today=self._breaks_today,
        )

    def next_wakeup(self) -> datetime | None:
        """When the shell should call `wake_up` next; None means nothing is scheduled."""
        if self._state is State.COUNTING:
            return self._next_break_at
        if self._state is State.PAUSED:
            return self._paused_until
        return None

    def wake_up(self) -> Happening | None:
        """Advance to now; say what became due. Early or repeated calls are harmless."""
        now = self._clock.now()
        self._roll_day(now)
        if self._state is State.PAUSED and self._paused_until is not None:
            if now >= self._paused_until:
                self._state = State.COUNTING
                self._paused_until = None
                self._next_break_at = now + self._rules.interval
                return Happening.PAUSE_ENDED
            return None
        if (
            self._state is State.COUNTING
            and self._next_break_at is not None
            and now >= self._next_break_at
        ):
            self._state = State.ON_BREAK
            return Happening.BREAK_DUE
        return None

    def take_break_now(self) -> bool:
        """Start a break at once; False when one is already showing."""
        if self._state is State.ON_BREAK:
            return False
        self._state = State.ON_BREAK
        self._paused_until = None
        return True

    def finish_break(self, *, completed: bool) -> None:
        """The card closed: count it if it was done, and start counting afresh."""
        if self._state is not State.ON_BREAK:
            return
        now = self._clock.now()
        self._roll_day(now)
        if completed:
            self._breaks_today += 1
        self._state = State.COUNTING
        self._next_break_at = now + self._rules.interval

    def pause(self, choice: PauseChoice) -> None:
        now = self._clock.now()
        durations = {
            PauseChoice.MINUTES_30: timedelta(minutes=30),
            PauseChoice.HOUR_1: timedelta(hours=1),
            PauseChoice.HOURS_2: timedelta(hours=2),
        }
        if choice in durations:
            until: datetime | None = now + durations[choice]
        elif choice is PauseChoice.UNTIL_TOMORROW:
            until = next_day_start(now, self._tz, self._rules.day_starts_at)
        else:
            until = None
        # Pausing while a card shows ends that break unfinished: the person chose to stop.
        self._state = State.PAUSED
        self._paused_until = until
        self._next_break_at = None

    def resume(self) -> bool:
        """End a pause now; False when nothing was paused."""
        if self._state is not State.PAUSED:
            return False
        self._state = State.COUNTING
        self._paused_until = None
        self._next_break_at = self._clock.now() + self._rules.interval
        return True

    def _roll_day(self, now: datetime) -> None:
        today = day_key(now, self._tz, self._rules.day_starts_at)
        if today != self._today:
            self._today = today
            self._breaks_today = 0
