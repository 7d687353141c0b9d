"""A wall clock the tests move by hand (backbreak.core.clock.Clock), starting from the real
date, so that no test depends on which day it runs (or on a date that has passed)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

# The zone the widget tests read local times in.
BERLIN = ZoneInfo("Europe/Berlin")


def coming_monday_morning(today: datetime | None = None) -> datetime:
    """09:00 UTC on the first Monday after today whose next seven days have no
    daylight-saving change in Berlin (a test spanning days then sees one offset)."""
    now = today or datetime.now(UTC)
    days_ahead = 7 - now.weekday()  # 1 to 7: never today, so always in the future
    monday = (now + timedelta(days=days_ahead)).replace(hour=9, minute=0, second=0, microsecond=0)
    while (
        monday.astimezone(BERLIN).utcoffset()
        != (monday + timedelta(days=7)).astimezone(BERLIN).utcoffset()
    ):
        monday += timedelta(days=7)
    return monday


class HandClock:
    def __init__(self, start: datetime | None = None) -> None:
        self.start = start or coming_monday_morning()
        self.current = self.start

    def now(self) -> datetime:
        return self.current
