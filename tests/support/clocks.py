"""A wall clock the tests move by hand (backbreak.core.clock.Clock)."""

from __future__ import annotations

from datetime import UTC, datetime

MONDAY_MORNING = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


class HandClock:
    def __init__(self, start: datetime = MONDAY_MORNING) -> None:
        self.current = start

    def now(self) -> datetime:
        return self.current
