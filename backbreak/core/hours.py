"""Working hours: per weekday, zero or more local time ranges, turned into real instants.

Ranges are minutes after local midnight, [start, end) with 0 <= start < end <= 1440. They are
mapped to UTC day by day through the zone, so a range on a daylight-saving day lasts the real
time it covers (03:00-04:00 on the morning the clocks spring forward at 02:00 is one real
hour; 01:00-04:00 on the night they fall back is four).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo

MINUTES_PER_DAY = 1440
Range = tuple[int, int]


def parse_clock(text: str) -> int:
    """'09:30' -> 570; '24:00' is the end of the day."""
    match = re.fullmatch(r"(\d{1,2}):(\d{2})", text.strip())
    if match is None:
        raise ValueError(f"not a time of day (HH:MM): {text!r}")
    hours, minutes = int(match[1]), int(match[2])
    if minutes > 59 or hours > 24 or (hours == 24 and minutes):
        raise ValueError(f"not a time of day (HH:MM): {text!r}")
    return hours * 60 + minutes


def format_clock(minute: int) -> str:
    return f"{minute // 60:02d}:{minute % 60:02d}"


@dataclass(frozen=True)
class WorkingHours:
    """Seven entries, Monday first; each a sorted tuple of non-overlapping ranges."""

    days: tuple[tuple[Range, ...], ...]

    def __post_init__(self) -> None:
        if len(self.days) != 7:
            raise ValueError("working hours need an entry for each of the 7 weekdays")
        for ranges in self.days:
            previous_end = -1
            for start, end in ranges:
                if not 0 <= start < end <= MINUTES_PER_DAY:
                    raise ValueError(
                        f"working range {format_clock(start)}-{format_clock(end)} is empty "
                        "or outside the day"
                    )
                if start < previous_end:
                    raise ValueError("working ranges of a day must be sorted and not overlap")
                previous_end = end

    @classmethod
    def weekdays(cls, *ranges: tuple[str, str]) -> WorkingHours:
        """The same ranges Monday to Friday, weekends off."""
        parsed = tuple((parse_clock(a), parse_clock(b)) for a, b in ranges)
        return cls((parsed,) * 5 + ((), ()))

    @classmethod
    def every_day(cls, *ranges: tuple[str, str]) -> WorkingHours:
        parsed = tuple((parse_clock(a), parse_clock(b)) for a, b in ranges)
        return cls((parsed,) * 7)

    @classmethod
    def always(cls) -> WorkingHours:
        return cls((((0, MINUTES_PER_DAY),),) * 7)

    def intervals(
        self, start: datetime, end: datetime, tz: tzinfo
    ) -> Iterator[tuple[datetime, datetime]]:
        """Working intervals (UTC, [a, b)) that overlap [start, end), in order, clipped to it.

        Ranges that touch (one ends at midnight, the next day's starts there) are one
        interval: working through midnight is one stretch of work."""
        pending: tuple[datetime, datetime] | None = None
        for a, b in self._day_intervals(start, end, tz):
            a, b = max(a, start), min(b, end)
            if a >= b:
                continue
            if pending is not None and a <= pending[1]:
                pending = (pending[0], max(pending[1], b))
                continue
            if pending is not None:
                yield pending
            pending = (a, b)
        if pending is not None:
            yield pending

    def range_around(self, instant: datetime, tz: tzinfo) -> tuple[datetime, datetime] | None:
        """The whole working interval containing `instant`, or None outside working hours."""
        window = timedelta(days=8)
        for a, b in self.intervals(instant - window, instant + window, tz):
            if a <= instant < b:
                return a, b
        return None

    def next_start(self, after: datetime, tz: tzinfo) -> datetime | None:
        """The first instant > `after` at which a working interval begins (None: never)."""
        window = timedelta(days=8)
        for a, _b in self.intervals(after - timedelta(days=1), after + window, tz):
            if a > after:
                return a
        return None

    def _day_intervals(
        self, start: datetime, end: datetime, tz: tzinfo
    ) -> Iterator[tuple[datetime, datetime]]:
        day = start.astimezone(tz).date() - timedelta(days=1)
        last_day = end.astimezone(tz).date() + timedelta(days=1)
        while day <= last_day:
            for first, last in self.days[day.weekday()]:
                a = _local_minute(day, first, tz)
                b = _local_minute(day, last, tz)
                if a < b:
                    yield a, b
            day += timedelta(days=1)


def day_key(instant: datetime, tz: tzinfo, day_starts_at: time) -> date:
    """The local calendar day an instant belongs to, with days starting at day_starts_at, so
    that night work counts for the day it belongs to."""
    local = instant.astimezone(tz)
    shifted = local - timedelta(hours=day_starts_at.hour, minutes=day_starts_at.minute)
    return shifted.date()


def _local_minute(day: date, minute: int, tz: tzinfo) -> datetime:
    if minute == MINUTES_PER_DAY:
        day, minute = day + timedelta(days=1), 0
    local = datetime.combine(day, time(minute // 60, minute % 60), tzinfo=tz)
    return local.astimezone(UTC)


def describe(hours: WorkingHours) -> Sequence[str]:
    """One line per weekday, e.g. 'Mon 09:00-12:30, 13:30-18:00' (for logs and the CLI)."""
    names = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
    return [
        f"{name} " + (", ".join(f"{format_clock(a)}-{format_clock(b)}" for a, b in ranges) or "off")
        for name, ranges in zip(names, hours.days, strict=True)
    ]
