"""Working hours: per weekday, zero or more local time ranges, turned into real instants.

Ranges are minutes after local midnight, [start, end) with 0 <= start < end <= 1440. They are
mapped to UTC day by day through the zone, so a range on a daylight-saving day lasts the real
time it covers (03:00-04:00 on the morning the clocks spring forward at 02:00 is one real
hour; 01:00-04:00 on the night they fall back is four). A time of day the clocks skip (02:30 on
the night they jump from 02:00 to 03:00) is read as the end of the gap: 02:30-05:00 that night
starts at 03:00 and lasts two hours.

When every minute of every day is working time (`always()`), the one interval has no end:
`range_around` returns it bounded by `FAR_PAST` and `FAR_FUTURE`.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo

MINUTES_PER_DAY = 1440
Range = tuple[int, int]
# The bounds of an interval that never ends (hours that are always on); far enough from
# datetime's limits that adding a day or two to them cannot overflow.
FAR_PAST = datetime(1000, 1, 1, tzinfo=UTC)
FAR_FUTURE = datetime(9000, 1, 1, tzinfo=UTC)


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

    @property
    def endless(self) -> bool:
        """Every minute of every day is working time."""
        return all(ranges == ((0, MINUTES_PER_DAY),) for ranges in self.days)

    def range_around(self, instant: datetime, tz: tzinfo) -> tuple[datetime, datetime] | None:
        """The whole working interval containing `instant`, or None outside working hours.

        The interval is whole even when it is longer than the window looked at (six full days
        and a short seventh): a clipped end would look like working hours ending there."""
        if self.endless:
            return FAR_PAST, FAR_FUTURE
        window = timedelta(days=8)
        for a, b in self.intervals(instant - window, instant + window, tz):
            if a <= instant < b:
                if a == instant - window:
                    a = self._extend(a, tz, -window)
                if b == instant + window:
                    b = self._extend(b, tz, window)
                return a, b
        return None

    def _extend(self, edge: datetime, tz: tzinfo, step: timedelta) -> datetime:
        """Follow an interval clipped at `edge` further out (not endless: it ends within a
        week, as some weekday has a minute off)."""
        while True:
            window = (edge, edge + step) if step > timedelta(0) else (edge + step, edge)
            pieces = list(self.intervals(*window, tz))
            touching = [p for p in pieces if (p[0] if step > timedelta(0) else p[1]) == edge]
            if not touching:
                return edge
            piece = touching[0]
            reached = piece[1] if step > timedelta(0) else piece[0]
            if reached != (window[1] if step > timedelta(0) else window[0]):
                return reached
            edge = reached

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
    return local_instant(day, time(minute // 60, minute % 60), tz)


# Cached: the same few boundaries are looked up again at every step of the planner.
@functools.lru_cache(maxsize=4096)
def local_instant(day: date, at: time, tz: tzinfo) -> datetime:
    """The instant (UTC) a wall-clock time of a day shows. A time the clocks skip (spring
    forward) is read as the end of the gap, when the clock shows the first time after it; a
    time shown twice (fall back) is its first showing."""
    local = datetime.combine(day, at, tzinfo=tz)
    instant = local.astimezone(UTC)
    if local.utcoffset() == local.replace(fold=1).utcoffset():
        return instant  # the usual case: shown once
    if instant.astimezone(tz).replace(tzinfo=None) == local.replace(tzinfo=None):
        return instant  # shown twice: fold=0 is the first showing
    # Skipped: fold=1 lands before the gap and fold=0 after it; the gap ends at the change
    # of offset in between (found to the second).
    before, after = local.replace(fold=1).astimezone(UTC), instant
    offset = after.astimezone(tz).utcoffset()
    while after - before > timedelta(seconds=1):
        middle = before + (after - before) / 2
        middle = middle.replace(microsecond=0)
        if middle <= before:
            break
        if middle.astimezone(tz).utcoffset() == offset:
            after = middle
        else:
            before = middle
    return after


def describe(hours: WorkingHours) -> Sequence[str]:
    """One line per weekday, e.g. 'Mon 09:00-12:30, 13:30-18:00' (for logs and the CLI)."""
    names = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
    return [
        f"{name} " + (", ".join(f"{format_clock(a)}-{format_clock(b)}" for a, b in ranges) or "off")
        for name, ranges in zip(names, hours.days, strict=True)
    ]
