"""Clock-aligned breaks: the marks on the wall clock breaks may come at (:00 and :30, or :00,
:20 and :40, or the hour), as real instants, found by APScheduler's cron trigger in the
person's zone.

This only answers "which is the first mark at or after this instant"; when a break is due is
the planner's rule (backbreak.core.planner, "Clock-aligned breaks"). The marks are read off
the local wall clock, so across a daylight-saving change they stay on its :00 and :30: on the
night the clocks spring forward, 01:30 is followed by 03:00 (half an hour later: 02:00 and
02:30 are never shown); on the night they fall back, 02:00 and 02:30 are shown twice, and each
showing is a mark of its own, half an hour after the one before.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, tzinfo
from typing import Any, Final

# Lengths that cut every hour into equal parts, so that every hour has the same marks and one
# cron expression names them (a longer period would need the hours, which DST shifts).
PERIODS: Final = (10, 12, 15, 20, 30, 60)


@dataclass(frozen=True)
class ClockAlignment:
    """Breaks on the wall clock's marks, every `minutes` past the hour (from :00)."""

    minutes: int
    every: timedelta = field(init=False, repr=False, compare=False)
    # The work a mark needs since the last break to bring one: half the period, so that two
    # breaks never come minutes apart (a later mark brings it instead). Kept, not computed:
    # the planner asks at every step.
    least_work: timedelta = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.minutes not in PERIODS:
            raise ValueError(f"clock-aligned breaks come every {PERIODS} minutes")
        object.__setattr__(self, "every", timedelta(minutes=self.minutes))
        object.__setattr__(self, "least_work", self.every / 2)

    def cron_minutes(self) -> str:
        return "0" if self.minutes == 60 else f"*/{self.minutes}"


class Marks:
    """The marks of one alignment in one zone. Keeps its last answer: the planner asks from
    one instant after another, and the answer holds until that mark is passed."""

    def __init__(self, alignment: ClockAlignment, tz: tzinfo) -> None:
        # Imported here, not with the module: only people who align their breaks pay for it
        # (APScheduler's package imports asyncio), and the command line never does.
        from apscheduler.triggers.cron import CronTrigger

        # The zone is always given: without it the trigger would ask the system for one.
        self._cron: Any = CronTrigger(minute=alignment.cron_minutes(), second=0, timezone=tz)
        self._known: tuple[datetime, datetime] | None = None
        self._key = (alignment, tz)

    def __eq__(self, other: object) -> bool:
        # The marks of the same alignment in the same zone are the same, whatever was
        # last asked (a planner's copy, looking ahead, may ask and leave its answer here).
        return isinstance(other, Marks) and self._key == other._key

    def __hash__(self) -> int:
        return hash(self._key)

    def at_or_after(self, instant: datetime) -> datetime:
        """The first mark at or after `instant` (UTC)."""
        known = self._known
        if known is not None and known[0] <= instant <= known[1]:
            return known[1]
        found = self._cron.get_next_fire_time(None, instant)
        if not isinstance(found, datetime) or found < instant:
            raise ValueError(f"no clock mark after {instant.isoformat()}")
        mark = found.astimezone(UTC)
        self._known = (instant, mark)
        return mark
