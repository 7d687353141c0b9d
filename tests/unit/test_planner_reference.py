"""Thirty days, minute by minute: the planner against an independent reference simulator.

`Reference` below is written from the rules in the planner's module docstring alone and shares
no code with backbreak.core: it steps one real minute at a time, decides from the wall-clock
label of each minute (local weekday and minute of the day) whether that minute is working
time, and keeps its own counters in whole minutes. A seeded scenario (suspends, idle spells,
do-not-disturb, pauses of every kind, breaks taken early, wall-clock jumps back, and a response
to every offered break chosen by the break's ordinal) drives the planner and the reference
side by side, call for call; every call must return the same events, and both must agree on
which user actions the rules refuse.

The last tests are minimal reproductions of the planner bugs this comparison found.
"""

from __future__ import annotations

import random
from collections import Counter, deque
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from backbreak.core.hours import WorkingHours
from backbreak.core.planner import (
    Event,
    EventKind,
    NotAllowedError,
    PauseLength,
    Planner,
    Rules,
)

MINUTE = timedelta(minutes=1)
MINUTES_PER_DAY = 1440

# =============================================================================================
# The reference simulator (no import from backbreak: zoneinfo and datetime only)
# =============================================================================================

Ranges = tuple[tuple[int, int], ...]  # one weekday: (start, end) minutes after local midnight
RefEvent = tuple[str, datetime, str | None, int | None]  # kind, at, break kind, minutes


@dataclass(frozen=True)
class RefRules:
    """The rules in whole minutes; `hours` has seven weekdays, Monday first."""

    hours: tuple[Ranges, ...]
    micro_every: int
    micro_length: int
    long_every_breaks: int | None
    long_every_work: int | None
    long_length: int
    warning_before: int
    snooze_length: int
    max_snoozes: int
    daily_skips: int | None
    strict: bool
    dnd_cap: int | None
    day_starts_at: int  # minutes after local midnight

    def length_of(self, kind: str) -> int:
        return self.long_length if kind == "long" else self.micro_length


class RefusedError(Exception):
    """The reference refuses a user action."""


class Reference:
    """The rules, one minute at a time.

    `advance(t)` processes each whole minute up to `t`: the minute that just ended counts as
    work when it was counting (no break offered or running, not paused, nobody away, inside
    working hours by its wall-clock label), then the rules are checked at the new minute."""

    def __init__(self, rules: RefRules, tz: tzinfo, now: datetime) -> None:
        self.rules = rules
        self.tz = tz
        self.last = now
        self.phase = "counting"
        self.worked = 0
        self.counted: list[datetime] = []  # the minutes (by their start) that made up `worked`
        self.warned = False
        self.offered_kind: str | None = None
        self.break_kind: str | None = None
        self.snoozes = 0
        self.snoozed_until: datetime | None = None
        self.deferred_since: datetime | None = None
        self.paused_until: datetime | None = None
        self.breaks_since_long = 0
        self.work_since_long = 0  # minutes of work since the last long break, to the last reset
        self.own_break = False  # the running break was started by the person
        self.break_started: datetime | None = None
        self.asleep = False  # suspended: nothing falls due until waking
        self.skips_today = 0
        self.breaks_today = 0
        self.today = self.day_of(now)
        self.away_since: datetime | None = None
        self.dnd = False
        self.in_range = self.is_working(now)
        self.undelivered: list[RefEvent] = []  # what a refused action's advance produced

    # -- the calendar, from wall-clock labels ---------------------------------------------

    def local_minute(self, instant: datetime) -> tuple[int, int, date]:
        local = instant.astimezone(self.tz)
        return local.weekday(), local.hour * 60 + local.minute, local.date()

    def is_working(self, instant: datetime) -> bool:
        """Whether the minute starting at `instant` is working time."""
        weekday, minute, _ = self.local_minute(instant)
        return any(a <= minute < b for a, b in self.rules.hours[weekday])

    def day_of(self, instant: datetime) -> date:
        """The day the skip budget belongs to: days start at `day_starts_at`."""
        _, minute, day = self.local_minute(instant)
        return day if minute >= self.rules.day_starts_at else day - timedelta(days=1)

    def next_working_day_start(self, now: datetime) -> datetime | None:
        """The first working minute of a later backbreak day (days start at day_starts_at)
        that is that day's first minute or the first minute of a working range."""
        today = self.day_of(now)
        instant = now
        previous = self.is_working(now)
        for _ in range(9 * MINUTES_PER_DAY):
            instant += MINUTE
            working = self.is_working(instant)
            day = self.day_of(instant)
            if working and day > today and (not previous or self.day_of(instant - MINUTE) < day):
                return instant
            previous = working
        return None

    # -- time -----------------------------------------------------------------------------

    def advance(self, now: datetime) -> list[RefEvent]:
        assert (now - self.last) % MINUTE == timedelta(0), "the reference steps whole minutes"
        events, self.undelivered = self.undelivered, []
        if now <= self.last:
            return events + self._clock_back(now)
        while self.last < now:
            events += self._minute(self.last + MINUTE)
        return events

    def clock_jumped(self, now: datetime, by: timedelta) -> list[RefEvent]:
        """The wall clock was set by `by` at this instant: the real minute before the jump
        counts (up to `now - by` on the old clock), the clock then reads `now`. Absences and
        a running break are measured on the wall clock, so they move with it."""
        events = self.advance(now - by) if now - by > self.last else []
        if self.away_since is not None:
            self.away_since += by
        if self.break_started is not None:
            self.break_started += by
        if now <= self.last:
            return events + self._clock_back(now)
        return events + self.advance(now)

    def _clock_back(self, now: datetime) -> list[RefEvent]:
        """The wall clock went back (or stood still): nothing counts for the overlap. Unless
        every minute from `now` up to where we were is working time (we are still in the
        range we were in), it is as if that range ended: no prompt survives, and a range
        landed in starts with a fresh count."""
        was, self.last = self.last, now
        minutes = (was - now) // MINUTE
        if self.in_range and all(self.is_working(now + k * MINUTE) for k in range(minutes + 1)):
            return []
        self.in_range = self.is_working(now)
        events = self._withdraw(now)
        if self.in_range:
            self._fresh_count()
        return events

    def _refuse(self, events: list[RefEvent], why: str) -> RefusedError:
        self.undelivered = events + self.undelivered  # the next call returns them
        return RefusedError(why)

    def _minute(self, now: datetime) -> list[RefEvent]:
        rules = self.rules
        events: list[RefEvent] = []
        counted = self.phase == "counting" and self.away_since is None and self.in_range
        if counted:
            self.worked += 1
            self.counted.append(self.last)
        self.last = now
        day = self.day_of(now)
        if day > self.today:  # only forward: a clock set back gives no second budget
            self.today, self.skips_today, self.breaks_today = day, 0, 0

        working = self.is_working(now)
        if working != self.in_range:
            # A range ended, or a new one starts: no prompt survives either.
            self.in_range = working
            events += self._withdraw(now)
            if working:
                self._fresh_count()

        if self.phase == "paused" and self.paused_until is not None and now >= self.paused_until:
            self.phase = "counting"
            self.paused_until = None
            self._fresh_count()
            events.append(("pause_ended", now, None, None))

        if self.phase == "counting":
            if counted and working:
                warn_at = rules.micro_every - rules.warning_before
                if rules.warning_before > 0 and self.worked == warn_at and not self.warned:
                    self.warned = True
                    if not self.dnd:
                        kind = self._next_kind()
                        events.append(("warning", now, kind, rules.length_of(kind)))
                if self.worked == rules.micro_every:
                    events += self._due(now, self._next_kind())
        elif not self.asleep:
            events += self._deadlines(now)
        return events

    def _deadlines(self, now: datetime) -> list[RefEvent]:
        """A snooze or a do-not-disturb cap that ends now (never while asleep)."""
        if self.phase == "snoozed":
            assert self.snoozed_until is not None and self.offered_kind is not None
            if now >= self.snoozed_until:
                self.snoozed_until = None
                return self._due(now, self.offered_kind)
        elif self.phase == "deferred" and self.rules.dnd_cap is not None:
            assert self.deferred_since is not None and self.offered_kind is not None
            if now >= self.deferred_since + self.rules.dnd_cap * MINUTE:
                return self._offer(now, self.offered_kind)
        return []

    def _due(self, now: datetime, kind: str) -> list[RefEvent]:
        self.offered_kind = kind
        if self.dnd:
            self.phase = "deferred"
            self.deferred_since = now
            return []
        return self._offer(now, kind)

    def _offer(self, now: datetime, kind: str) -> list[RefEvent]:
        self.phase = "offered"
        self.offered_kind = kind
        self.deferred_since = None
        return [("break_due", now, kind, self.rules.length_of(kind))]

    def _withdraw(self, now: datetime) -> list[RefEvent]:
        if self.phase not in ("offered", "snoozed", "deferred"):
            return []
        kind = self.offered_kind
        self._drop_prompt()
        self.phase = "counting"
        self._fresh_count()
        return [("break_withdrawn", now, kind, None)]

    def _drop_prompt(self) -> None:
        self.offered_kind = None
        self.snoozed_until = None
        self.deferred_since = None

    def _fresh_count(self) -> None:
        self.work_since_long += self.worked  # work before a break not taken still counts
        self.worked = 0
        self.counted = []
        self.warned = False
        self.snoozes = 0

    def _next_kind(self) -> str:
        every = self.rules.long_every_breaks
        if every is not None and self.breaks_since_long + 1 >= every:
            return "long"
        work = self.rules.long_every_work
        if (
            work is not None
            and self.work_since_long + max(self.worked, self.rules.micro_every) >= work
        ):
            return "long"
        return "micro"

    def _taken(self, kind: str) -> None:
        self.breaks_today += 1
        self.breaks_since_long = 0 if kind == "long" else self.breaks_since_long + 1
        self._fresh_count()
        if kind == "long":
            self.work_since_long = 0

    def snoozes_left(self) -> int:
        return 0 if self.rules.strict else max(0, self.rules.max_snoozes - self.snoozes)

    def skips_left(self) -> int | None:
        if self.rules.strict:
            return 0
        if self.rules.daily_skips is None:
            return None
        return max(0, self.rules.daily_skips - self.skips_today)

    # -- the person -----------------------------------------------------------------------

    def start_break(self, now: datetime) -> list[RefEvent]:
        events = self.advance(now)
        if self.phase == "on_break":
            raise self._refuse(events, "already on a break")
        self.own_break = self.phase in ("counting", "paused")
        self.break_started = now
        self.break_kind = self.offered_kind or self._next_kind()
        self.phase = "on_break"
        self._drop_prompt()
        self.paused_until = None
        return events

    def finish_break(self, now: datetime) -> list[RefEvent]:
        events = self.advance(now)
        if self.phase != "on_break":
            raise self._refuse(events, "no break running")
        assert self.break_kind is not None and self.break_started is not None
        ran = (now - self.break_started) // MINUTE
        if ran * 5 < self.rules.length_of(self.break_kind) * 4:
            self._fresh_count()  # ended early: no break taken, but a fresh count
        else:
            self._taken(self.break_kind)
        self.break_kind = None
        self.phase = "counting"
        return events

    def snooze(self, now: datetime) -> list[RefEvent]:
        events = self.advance(now)
        if self.phase not in ("offered", "deferred") or self.snoozes_left() == 0:
            raise self._refuse(events, "cannot snooze")
        self.snoozes += 1
        self.phase = "snoozed"
        self.deferred_since = None
        self.snoozed_until = now + self.rules.snooze_length * MINUTE
        return events

    def skip(self, now: datetime) -> list[RefEvent]:
        events = self.advance(now)
        if self.phase not in ("offered", "snoozed", "deferred", "on_break"):
            raise self._refuse(events, "nothing to skip")
        own = self.phase == "on_break" and self.own_break
        if self.rules.strict or (not own and self.skips_left() == 0):
            raise self._refuse(events, "no skips left")
        if not own:
            self.skips_today += 1
        self.phase = "counting"
        self.break_kind = None
        self._drop_prompt()
        self._fresh_count()
        return events

    def pause(self, now: datetime, length: str) -> list[RefEvent]:
        events = self.advance(now)
        if self.rules.strict and self.phase in ("offered", "on_break"):
            raise self._refuse(events, "strict: the break is taken")
        minutes = {"30m": 30, "1h": 60, "2h": 120}
        if length in minutes:
            until: datetime | None = now + minutes[length] * MINUTE
        elif length == "until-tomorrow":
            until = self.next_working_day_start(now)
        else:
            until = None
        events += self._withdraw(now)
        self.phase = "paused"
        self.paused_until = until
        self.break_kind = None
        return events

    def resume(self, now: datetime) -> list[RefEvent]:
        events = self.advance(now)
        if self.phase != "paused":
            raise self._refuse(events, "not paused")
        self.phase = "counting"
        self.paused_until = None
        self._fresh_count()
        return events

    # -- the computer ---------------------------------------------------------------------

    def set_idle(self, now: datetime, since: datetime | None) -> list[RefEvent]:
        events = self.advance(now)
        if since is None:
            return events + self._come_back(now)
        if self.away_since is None:
            self.away_since = min(since, now)
            self.counted = [m for m in self.counted if m < self.away_since]
            self.worked = len(self.counted)  # one warning per break: `warned` stays
        return events

    def suspend(self, now: datetime) -> list[RefEvent]:
        events = self.advance(now)
        self.asleep = True
        if self.away_since is None:
            self.away_since = now
        return events

    def wake(self, now: datetime) -> list[RefEvent]:
        """Nothing fell due while asleep: a snooze or cap that ended then is seen to now, after
        the sleep was weighed as an absence."""
        events = self.advance(now)
        self.asleep = False
        events += self._come_back(now)
        return events + self._deadlines(now)

    def set_dnd(self, now: datetime, active: bool) -> list[RefEvent]:
        events = self.advance(now)
        self.dnd = active
        if not active and self.phase == "deferred":
            assert self.offered_kind is not None
            events += self._offer(now, self.offered_kind)
        return events

    def _come_back(self, now: datetime) -> list[RefEvent]:
        if self.away_since is None:
            return []
        away = (now - self.away_since) // MINUTE
        self.away_since = None
        if self.phase in ("on_break", "paused"):
            return []
        offered = self.phase in ("offered", "snoozed", "deferred")
        if not self.in_range or not (offered or self.worked > 0):
            return []  # a natural break needs work to break from, inside working hours
        kind = self.offered_kind or self._next_kind()
        if away < self.rules.length_of(kind):
            return []  # a short absence only paused the count
        was_offered = self.phase in ("offered", "snoozed", "deferred")
        self._drop_prompt()
        self.phase = "counting"
        self._taken(kind)
        events: list[RefEvent] = [("natural_break", now, kind, away)]
        if was_offered:
            events.append(("break_withdrawn", now, kind, None))
        return events


# =============================================================================================
# The scenario
# =============================================================================================


@dataclass(frozen=True)
class Jump:
    """The wall clock is set back one hour at the first minute from `label` (local) on when
    the planner is in `phase` ("any", "offered", "snoozed", "deferred", "paused") and the hour
    repeated crosses a working range's boundary (`crossing`) or not: that minute then carries
    the label of an hour before. For "paused" a one-hour pause starts 20 minutes before the
    label; for "deferred" do-not-disturb is on from 30 minutes before it; with `away_before`
    the person is away for seven minutes (a natural break) 20 minutes before it."""

    label: datetime
    phase: str = "any"
    crossing: bool = False
    away_before: bool = False


@dataclass(frozen=True)
class Scenario:
    name: str
    zone: str
    start_local: datetime  # naive local midnight
    days: int
    rules: RefRules
    jumps: tuple[Jump, ...]
    seed: int


def _week(
    weekday: Ranges, extra_evening: tuple[int, ...], saturday: Ranges, sunday: Ranges
) -> tuple[Ranges, ...]:
    evening = ((19 * 60, 21 * 60),)
    days = [weekday + evening if d in extra_evening else weekday for d in range(5)]
    return (*days, saturday, sunday)


BERLIN_RULES = RefRules(
    hours=_week(((480, 750), (810, 1080)), (1, 3), ((540, 660),), ()),
    micro_every=25,
    micro_length=1,
    long_every_breaks=4,
    long_every_work=None,
    long_length=5,
    warning_before=1,
    snooze_length=5,
    max_snoozes=2,
    daily_skips=3,
    strict=False,
    dnd_cap=30,
    day_starts_at=4 * 60,
)
NEW_YORK_RULES = RefRules(
    hours=_week(((510, 720), (780, 1050)), (2,), (), ((600, 690),)),
    micro_every=20,
    micro_length=2,
    long_every_breaks=None,
    long_every_work=70,
    long_length=4,
    warning_before=2,
    snooze_length=3,
    max_snoozes=1,
    daily_skips=2,
    strict=False,
    dnd_cap=None,
    day_starts_at=5 * 60,
)
SCENARIOS = (
    Scenario(
        name="berlin",
        zone="Europe/Berlin",  # falls back on Sunday 2026-10-25
        start_local=datetime(2026, 10, 21),
        days=30,
        rules=BERLIN_RULES,
        jumps=(
            Jump(datetime(2026, 10, 28, 15, 30)),  # inside 13:30-18:00
            Jump(datetime(2026, 10, 30, 13, 31), "offered", crossing=True),  # back into lunch
            Jump(datetime(2026, 11, 2, 23, 10)),  # at night
            Jump(datetime(2026, 11, 4, 12, 31), crossing=True),  # back into 08:00-12:30
            Jump(datetime(2026, 11, 6, 10, 30), "paused"),
            Jump(datetime(2026, 11, 10, 4, 25), away_before=True),  # back over the day start
            Jump(datetime(2026, 11, 11, 14, 40), "snoozed"),
            Jump(datetime(2026, 11, 17, 9, 0), "deferred"),
        ),
        seed=20261025,
    ),
    Scenario(
        name="new_york",
        zone="America/New_York",  # falls back on Sunday 2026-11-01
        start_local=datetime(2026, 10, 28),
        days=30,
        rules=NEW_YORK_RULES,
        jumps=(
            Jump(datetime(2026, 11, 4, 15, 30)),  # inside 13:00-17:30
            Jump(datetime(2026, 11, 6, 13, 1), "snoozed", crossing=True),  # back into lunch
            Jump(datetime(2026, 11, 9, 23, 10)),
            Jump(datetime(2026, 11, 11, 12, 1), crossing=True),  # back into 08:30-12:00
            Jump(datetime(2026, 11, 13, 10, 30), "paused"),
            Jump(datetime(2026, 11, 17, 5, 25), away_before=True),  # back over the day start
            Jump(datetime(2026, 11, 18, 14, 0), "snoozed"),
            Jump(datetime(2026, 11, 24, 9, 0), "deferred"),  # no cap: until DND ends
        ),
        seed=20261101,
    ),
)


@dataclass
class Timeline:
    """What happens at which real minute (minutes after the start), and the clock's jumps."""

    actions: dict[int, list[tuple[str, Any]]] = field(default_factory=dict)
    # (earliest real minute, phase wanted, crossing) for each jump of the clock, in order
    jumps: list[tuple[int, str, bool]] = field(default_factory=list)
    busy: list[tuple[int, int]] = field(default_factory=list)  # spans taken on the main track
    suspended: list[tuple[int, int]] = field(default_factory=list)

    def add(self, minute: int, action: str, argument: Any = None) -> None:
        self.actions.setdefault(minute, []).append((action, argument))

    def free(self, a: int, b: int, margin: int = 2) -> bool:
        return all(b + margin < x or a - margin > y for x, y in self.busy)


def build_timeline(scenario: Scenario, start: datetime, tz: tzinfo) -> Timeline:
    rng = random.Random(scenario.seed)
    total = scenario.days * MINUTES_PER_DAY
    line = Timeline()

    def real_minute(local: datetime) -> int:
        return (local.replace(tzinfo=tz).astimezone(UTC) - start) // MINUTE

    for k, jump in enumerate(scenario.jumps):
        earliest = real_minute(jump.label) + 60 * k  # each earlier jump delays labels an hour
        line.jumps.append((earliest, jump.phase, jump.crossing))
        line.busy.append((earliest - 90, earliest + 240))
        if jump.phase == "paused":
            line.add(earliest - 20, "pause", "1h")
        else:
            line.add(earliest - 85, "resume", None)  # end a long pause that would get in the way
        if jump.phase == "deferred":
            line.add(earliest - 30, "dnd_on", None)
            line.add(earliest + 200, "dnd_off", None)
        if jump.away_before:
            line.add(earliest - 20, "idle", None)
            line.add(earliest - 13, "back", None)

    # Most nights the computer sleeps; never on the night the clocks change, so the planner
    # is advanced through the repeated hour minute by minute.
    for day in range(scenario.days - 1):
        night = scenario.start_local + timedelta(days=day)
        evening, morning = night.replace(hour=20), night + timedelta(days=1, hours=8)
        clocks_change = (
            evening.replace(tzinfo=tz).utcoffset() != morning.replace(tzinfo=tz).utcoffset()
        )
        if rng.random() < 0.35 or clocks_change:
            continue
        a = real_minute(night.replace(hour=21, minute=30)) + rng.randint(0, 120)
        b = real_minute((night + timedelta(days=1)).replace(hour=6, minute=30))
        b += rng.randint(0, 150)
        if line.free(a, b):
            line.busy.append((a, b))

    kinds = (
        ("idle", 30),
        ("long_idle", 8),
        ("suspend", 8),
        ("long_suspend", 4),
        ("pause_30m", 4),
        ("pause_1h", 4),
        ("pause_2h", 2),
        ("pause_tomorrow", 2),
        ("pause_indefinitely", 3),
        ("break_now", 5),
        ("stray_resume", 1),
        ("stray_finish", 1),
    )
    names = [name for name, _ in kinds]
    weights = [weight for _, weight in kinds]
    episodes = [(a, b, "suspend") for a, b in line.busy[len(line.jumps) :]]
    for _ in range(scenario.days * 14):
        name = rng.choices(names, weights)[0]
        a = rng.randint(60, total - 600)
        length = {
            "idle": rng.randint(1, 12),
            "long_idle": rng.randint(12, 90),
            "suspend": rng.randint(3, 45),
            "long_suspend": rng.randint(60, 6 * 60),
            "pause_indefinitely": rng.randint(20, 5 * 60),
        }.get(name, 1)
        if line.free(a, a + length):
            line.busy.append((a, a + length))
            episodes.append((a, a + length, name))

    for a, b, name in episodes:
        if name in ("idle", "long_idle"):
            line.add(a, "idle", None)
            line.add(b, "back", None)
        elif name in ("suspend", "long_suspend"):
            line.add(a, "suspend", None)
            line.add(b, "wake", None)
            line.suspended.append((a, b))
        elif name.startswith("pause_"):
            line.add(a, "pause", PAUSES[name])
            if name == "pause_indefinitely":
                line.add(b, "resume", None)
        elif name == "stray_resume":
            line.add(a, "resume", None)  # usually refused: nothing is paused
        elif name == "stray_finish":
            line.add(a, "finish_break", None)  # usually refused: no break runs
        else:
            line.add(a, "break_now", None)

    # Do-not-disturb spells (meetings) on a track of their own, clear of suspends and jumps.
    a = 0
    while True:
        a += rng.randint(3 * 60, 14 * 60)
        b = a + rng.randint(10, 100)
        if b >= total - 10:
            break
        if all(b + 2 < x or a - 2 > y for x, y in line.suspended) and all(
            b + 90 < j or a > j + 240 for j, _, _ in line.jumps
        ):
            line.add(a, "dnd_on", None)
            line.add(b, "dnd_off", None)
        a = b
    return line


PAUSES = {
    "pause_30m": "30m",
    "pause_1h": "1h",
    "pause_2h": "2h",
    "pause_tomorrow": "until-tomorrow",
    "pause_indefinitely": "indefinitely",
}

# What the person does with the n-th break offered (cycled): one entry per offer of it.
# "snooze"/"skip" fall back to "start" when the rules refuse; past the end of a script: start.
SCRIPTS: tuple[tuple[str, ...], ...] = (
    ("start",),
    ("snooze", "start"),
    ("skip",),
    ("start",),
    ("snooze", "snooze", "skip"),
    ("ignore",),  # left up until withdrawn, taken by an absence, or a pause
    ("late_start",),  # taken three minutes late
    ("snooze", "snooze", "snooze", "start"),  # a snooze too many: refused by both
    ("start_then_skip",),  # started, then skipped a minute in
    ("skip",),
    ("snooze", "late_start"),
    ("long_finish",),  # started, finished three minutes after its length
    ("start_twice",),  # started, and "take a break now" clicked again: refused by both
    ("early_finish",),  # started, and "Done" pressed at once: ended early, not counted
    ("skip",),
)


@dataclass
class Tally:
    events: Counter[str] = field(default_factory=Counter)
    calls: Counter[str] = field(default_factory=Counter)
    refused: Counter[str] = field(default_factory=Counter)


def planner_rules(rules: RefRules) -> Rules:
    return Rules(
        working_hours=WorkingHours(rules.hours),
        micro_every=rules.micro_every * MINUTE,
        micro_length=rules.micro_length * MINUTE,
        long_every_breaks=rules.long_every_breaks,
        long_every_work=None if rules.long_every_work is None else rules.long_every_work * MINUTE,
        long_length=rules.long_length * MINUTE,
        warning_before=rules.warning_before * MINUTE,
        snooze_length=rules.snooze_length * MINUTE,
        max_snoozes=rules.max_snoozes,
        daily_skips=rules.daily_skips,
        strict=rules.strict,
        dnd_cap=None if rules.dnd_cap is None else rules.dnd_cap * MINUTE,
        day_starts_at=time(rules.day_starts_at // 60, rules.day_starts_at % 60),
    )


def as_tuple(event: Event) -> RefEvent:
    length = None
    if event.length is not None:
        assert event.length % MINUTE == timedelta(0), event
        length = event.length // MINUTE
    kind = None if event.break_kind is None else event.break_kind.value
    return (event.kind.value, event.at, kind, length)


class Driver:
    """Makes every call on both sides and insists they agree."""

    def __init__(self, scenario: Scenario) -> None:
        self.scenario = scenario
        self.tz = ZoneInfo(scenario.zone)
        self.start = scenario.start_local.replace(tzinfo=self.tz).astimezone(UTC)
        self.planner = Planner(planner_rules(scenario.rules), self.tz, self.start)
        self.ref = Reference(scenario.rules, self.tz, self.start)
        self.timeline = build_timeline(scenario, self.start, self.tz)
        self.tally = Tally()
        self.history: deque[str] = deque(maxlen=25)
        self.stream: list[RefEvent] = []
        self.minute_events: list[RefEvent] = []
        self.open_break: int | None = None  # the offered (or snoozed, deferred) break
        self.offers: Counter[int] = Counter()
        self.running: int | None = None
        self.breaks = 0
        self.later: dict[int, list[tuple[str, int]]] = {}
        self.real = 0
        self.jumps: list[int] = []  # real minutes whose label is an hour behind the one before
        self.pending_jumps = list(self.timeline.jumps)

    def wall(self, real: int) -> datetime:
        return self.start + (real - 60 * sum(1 for j in self.jumps if j <= real)) * MINUTE

    def plan_jump(self) -> None:
        """Set the clock back at the next minute if the next jump's moment has come."""
        if not self.pending_jumps:
            return
        earliest, phase, crossing = self.pending_jumps[0]
        if self.real + 1 > earliest + 240:
            self.fail(f"the planner was never {phase} for the clock jump")
        if self.real + 1 < earliest or phase not in ("any", self.ref.phase):
            return
        before = self.wall(self.real)
        span = {self.ref.is_working(before - k * MINUTE) for k in range(60)}
        if (len(span) == 2) == crossing:
            self.jumps.append(self.real + 1)
            self.pending_jumps.pop(0)

    def label(self, instant: datetime) -> str:
        return instant.astimezone(self.tz).strftime("%a %Y-%m-%d %H:%M %Z")

    def fail(self, message: str) -> None:
        raise AssertionError(
            f"[{self.scenario.name}] real minute {self.real}: {message}\n" + "\n".join(self.history)
        )

    def call(self, name: str, now: datetime, *args: Any) -> bool:
        planner_args = tuple(PauseLength(a) if name == "pause" else a for a in args)
        planner_error = ref_error = None
        planner_events: list[Event] = []
        ref_events: list[RefEvent] = []
        try:
            planner_events = getattr(self.planner, name)(now, *planner_args)
        except NotAllowedError as error:
            planner_error = str(error)
        try:
            ref_events = getattr(self.ref, name)(now, *args)
        except RefusedError as error:
            ref_error = str(error)
        got = [as_tuple(e) for e in planner_events]
        self.history.append(
            f"  {self.label(now)} {name}{args!r}: {got} {planner_error or ''}".rstrip()
        )
        if (planner_error is None) != (ref_error is None):
            self.fail(f"{name} refused by planner: {planner_error!r}, by reference: {ref_error!r}")
        if got != ref_events:
            self.fail(f"{name} at {self.label(now)}:\n planner   {got}\n reference {ref_events}")
        if self.planner.phase.value != self.ref.phase:
            self.fail(f"after {name}: phase {self.planner.phase} vs {self.ref.phase!r}")
        self.tally.calls[name] += 1
        if planner_error is not None:
            self.tally.refused[name] += 1
            return False
        if name == "finish_break" and self.planner.last_break_ended_early:
            self.tally.events["ended_early"] += 1
        for event in got:
            self.on_event(event)
        self.stream += got
        self.minute_events += got
        return True

    def on_event(self, event: RefEvent) -> None:
        kind = event[0]
        self.tally.events[kind] += 1
        if kind == "break_due":
            self.tally.events[f"break_due:{event[2]}"] += 1
            if self.open_break is None:
                self.breaks += 1
                self.open_break = self.breaks
            self.offers[self.open_break] += 1
        elif kind in ("break_withdrawn", "natural_break"):
            self.open_break = None

    def check_plan(self, now: datetime) -> None:
        plan = self.planner.plan(now)
        ref = self.ref
        got = (
            plan.phase.value,
            plan.in_working_hours,
            plan.worked,
            plan.snoozes_left,
            plan.skips_left,
            plan.paused_until,
            plan.snoozed_until,
            plan.breaks_today,
            plan.idle,
            plan.dnd,
        )
        want = (
            ref.phase,
            ref.in_range,
            ref.worked * MINUTE,
            ref.snoozes_left(),
            ref.skips_left(),
            ref.paused_until,
            ref.snoozed_until,
            ref.breaks_today,
            ref.away_since is not None,
            ref.dnd,
        )
        if got != want:
            self.fail(f"plan at {self.label(now)}:\n planner   {got}\n reference {want}")

    # -- the person's side ----------------------------------------------------------------

    def present(self) -> bool:
        return self.ref.away_since is None

    def take(self, now: datetime, finish_after: int = 0) -> None:
        if self.call("start_break", now):
            self.open_break = None
            self.breaks += 1
            self.running = self.breaks
            assert self.ref.break_kind is not None
            length = self.scenario.rules.length_of(self.ref.break_kind)
            if finish_after < 0:
                self.schedule(self.real + 1, "skip_running", self.running)
            else:
                self.schedule(self.real + length + finish_after, "finish", self.running)

    def schedule(self, real: int, what: str, which: int) -> None:
        self.later.setdefault(real, []).append((what, which))

    def respond(self, now: datetime) -> None:
        """React to a break offered at this minute, as its script says."""
        offered = any(e[0] == "break_due" and e[1] == now for e in self.minute_events)
        if not offered or not self.present() or self.open_break is None:
            return
        which = self.open_break
        script = SCRIPTS[which % len(SCRIPTS)]
        offer = self.offers[which]
        step = script[offer - 1] if offer <= len(script) else "start"
        if self.pending_jumps and self.pending_jumps[0][0] - 90 <= self.real:
            # Waiting to set the clock back in some phase: bring it about.
            wanted = self.pending_jumps[0][1]
            step = {"snoozed": "snooze", "offered": "ignore"}.get(wanted, "start")
        if step == "ignore":
            return
        if step == "late_start":
            self.schedule(self.real + 3, "start_if_offered", which)
            return
        if step in ("snooze", "skip"):
            if self.call(step, now):
                if step == "skip":
                    self.open_break = None
                return
            step = "start"  # refused by both sides: take it instead
        self.take(now, {"start_then_skip": -1, "long_finish": 3}.get(step, 0))
        if step == "start_twice":
            self.call("start_break", now)
        elif step == "early_finish" and self.call("finish_break", now):
            self.running = None

    def run_later(self, now: datetime, suspended: bool) -> None:
        for what, which in self.later.pop(self.real, []):
            if suspended:
                self.schedule(self.real + 1, what, which)  # the timer fires after waking
            elif what in ("finish", "skip_running"):
                if self.running != which or self.ref.phase != "on_break":
                    continue  # ended otherwise (a pause)
                if what == "finish" or not self.call("skip", now):
                    self.call("finish_break", now)
                self.running = None
            elif (
                what == "start_if_offered"
                and self.open_break == which
                and self.ref.phase == "offered"
                and self.present()
            ):
                self.take(now)

    def scripted(self, now: datetime, action: str, argument: Any) -> None:
        if action == "idle":
            self.call("set_idle", now, now)
        elif action == "back":
            self.call("set_idle", now, None)
        elif action in ("dnd_on", "dnd_off"):
            self.call("set_dnd", now, action == "dnd_on")
        elif action == "pause":
            if self.call("pause", now, argument):
                self.open_break = None
                self.running = None
        elif action == "resume":
            self.call("resume", now)
        elif action == "finish_break":
            if self.call("finish_break", now):
                self.running = None
        elif action == "break_now":
            if self.ref.phase != "paused":  # keep pauses whole; the rules say nothing here
                self.take(now)
        elif action == "suspend":
            self.call("suspend", now)
        else:
            raise AssertionError(action)

    # -- the loop -------------------------------------------------------------------------

    def run(self) -> None:
        suspended = False
        total = self.scenario.days * MINUTES_PER_DAY
        for real in range(1, total + 1):
            self.real = real
            now = self.wall(real)
            self.minute_events = []
            actions = self.timeline.actions.get(real, [])
            if suspended:
                if ("wake", None) not in actions:
                    self.run_later(now, suspended=True)
                    continue
                self.call("wake", now)
                suspended = False
            elif real in self.jumps:
                # The clock is set back an hour at this instant, and the app says so at once.
                self.call("clock_jumped", now, -60 * MINUTE)
            else:
                self.call("advance", now)
            self.run_later(now, suspended=False)
            for action, argument in actions:
                if action != "wake":
                    self.scripted(now, action, argument)
                suspended = suspended or action == "suspend"
            self.respond(now)
            if real % 15 == 0 and not suspended:
                self.check_plan(now)
            if not suspended:
                self.plan_jump()

    def summary(self) -> str:
        events = ", ".join(f"{k}={v}" for k, v in sorted(self.tally.events.items()))
        refused = ", ".join(f"{k}={v}" for k, v in sorted(self.tally.refused.items()))
        return (
            f"{self.scenario.name}: {self.scenario.days} days, {len(self.jumps)} clock jumps, "
            f"{self.breaks} breaks\n  events: {events}\n  refused by both: {refused}"
        )


@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda s: s.name)
def test_thirty_days_minute_by_minute_match_the_reference(scenario: Scenario) -> None:
    driver = Driver(scenario)
    driver.run()
    print("\n" + driver.summary())

    outside = [e for e in driver.stream if e[0] == "break_due" and not driver.ref.is_working(e[1])]
    assert outside == []
    # Each kind of event, each kind of break, each clock jump and each kind of refusal came up.
    events = driver.tally.events
    for kind in EventKind:
        assert events[kind.value] > 0, kind
    assert events["break_due:micro"] > 0 and events["break_due:long"] > 0
    assert len(driver.jumps) == len(scenario.jumps)
    assert driver.tally.calls["clock_jumped"] == len(scenario.jumps)
    assert events["ended_early"] > 0
    for name in ("snooze", "skip", "start_break", "finish_break", "resume"):
        assert driver.tally.refused[name] > 0, name
    assert driver.tally.calls["wake"] > 20 and driver.tally.calls["set_dnd"] > 20


def test_the_reference_follows_the_rules_it_was_written_from() -> None:
    """The reference on its own, on a plain Monday morning in Berlin."""
    tz = ZoneInfo("Europe/Berlin")
    start = datetime(2026, 11, 2, 7, 0, tzinfo=tz).astimezone(UTC)
    ref = Reference(BERLIN_RULES, tz, start)

    def at(hour: int, minute: int) -> datetime:
        return datetime(2026, 11, 2, hour, minute, tzinfo=tz).astimezone(UTC)

    assert ref.advance(at(8, 25)) == [
        ("warning", at(8, 24), "micro", 1),
        ("break_due", at(8, 25), "micro", 1),
    ]
    ref.snooze(at(8, 25))
    ref.snooze(at(8, 30))
    with pytest.raises(RefusedError):
        ref.snooze(at(8, 35))
    ref.start_break(at(8, 35))
    ref.finish_break(at(8, 36))
    assert ref.advance(at(12, 40)) == [
        ("warning", at(9, 0), "micro", 1),
        ("break_due", at(9, 1), "micro", 1),
        ("break_withdrawn", at(12, 30), "micro", None),  # left up until the range ended
    ]
    assert ref.advance(at(13, 55)) == [
        ("warning", at(13, 54), "micro", 1),
        ("break_due", at(13, 55), "micro", 1),
    ]
    assert ref.set_idle(at(13, 56), at(13, 56)) == []
    assert ref.set_idle(at(13, 57), None) == [
        ("natural_break", at(13, 57), "micro", 1),
        ("break_withdrawn", at(13, 57), "micro", None),
    ]
    ref.pause(at(17, 0), "until-tomorrow")
    assert ref.paused_until == datetime(2026, 11, 3, 8, 0, tzinfo=tz).astimezone(UTC)


# =============================================================================================
# Minimal reproductions of planner bugs the simulation found (fixed, kept as regression
# tests)
# =============================================================================================

UTC_ZONE = ZoneInfo("UTC")
OFFICE = WorkingHours.weekdays(("08:00", "12:30"), ("13:30", "18:00"))
MONDAY = datetime(2026, 11, 2, tzinfo=UTC)


def monday(hour: int, minute: int) -> datetime:
    return MONDAY + timedelta(hours=hour, minutes=minute)


def office(**overrides: Any) -> Rules:
    values: dict[str, Any] = {
        "working_hours": OFFICE,
        "micro_every": 25 * MINUTE,
        "micro_length": MINUTE,
        "warning_before": MINUTE,
    }
    values.update(overrides)
    return Rules(**values)


def kinds_at(events: list[Event]) -> list[tuple[str, datetime]]:
    return [(e.kind.value, e.at) for e in events]


def test_a_refused_action_does_not_swallow_the_events_it_advanced_over() -> None:
    planner = Planner(office(), UTC_ZONE, monday(12, 0))
    assert kinds_at(planner.advance(monday(12, 25)))[-1] == ("break_due", monday(12, 25))
    seen: list[Event] = []
    # The card is still up when the person clicks Snooze a minute after the range ended,
    # before the shell's 12:30 wake-up ran.
    with pytest.raises(NotAllowedError):
        seen += planner.snooze(monday(12, 31))
    seen += planner.advance(monday(12, 32))
    assert ("break_withdrawn", monday(12, 30)) in kinds_at(seen)


def test_a_clock_set_back_out_of_working_hours_brings_no_prompt_there() -> None:
    planner = Planner(office(), UTC_ZONE, monday(13, 30))
    planner.set_dnd(monday(13, 40), True)
    assert planner.advance(monday(13, 56)) == []  # due at 13:55, deferred
    planner.advance(monday(12, 57))  # the clock goes back an hour: lunch again
    events = planner.set_dnd(monday(12, 58), False)
    assert [e for e in events if e.kind is EventKind.BREAK_DUE] == []


def test_a_clock_set_back_into_a_working_range_starts_a_fresh_count() -> None:
    planner = Planner(office(), UTC_ZONE, monday(12, 10))
    assert planner.advance(monday(12, 45)) == []  # 20 minutes worked when the range ended
    planner.advance(monday(11, 46))  # back into 08:00-12:30
    assert planner.plan(monday(11, 46)).worked == timedelta(0)


def test_a_clock_set_back_across_the_day_start_gives_no_extra_skips() -> None:
    rules = Rules(
        working_hours=WorkingHours.always(),
        micro_every=10 * MINUTE,
        micro_length=MINUTE,
        warning_before=timedelta(0),
        daily_skips=1,
        day_starts_at=time(4, 0),
    )
    planner = Planner(rules, UTC_ZONE, monday(4, 5))
    planner.advance(monday(4, 15))
    planner.skip(monday(4, 15))  # the one skip of Monday
    planner.advance(monday(3, 50))  # the clock goes back 25 minutes, before the day start
    planner.advance(monday(3, 55))  # any wake-up before 04:00 (an idle poll) will do
    planner.advance(monday(4, 0))
    planner.advance(monday(4, 10))  # Monday again, and due again
    with pytest.raises(NotAllowedError):
        planner.skip(monday(4, 10))


def test_a_warning_as_long_as_the_interval_is_refused() -> None:
    # With warning_before >= micro_every every count would start past its own warning point
    # (the simulation found warnings at each range start); the rules refuse such a setting.
    with pytest.raises(ValueError, match="warning_before"):
        office(micro_every=5 * MINUTE, warning_before=10 * MINUTE)
