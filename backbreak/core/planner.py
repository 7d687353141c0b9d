"""The break planner: when breaks come, and when they must not.

Plain Python with no clock of its own: every input carries the instant it happened (aware
datetimes in any zone; the planner works in UTC), and `advance(now)` steps time forward. The
shell calls `advance` when the instant from `next_wakeup()` arrives, and passes user actions
and observations (idle, suspend, do not disturb) as they happen. Each call returns the events
that became due, in order.

The rules
---------
Work. Time counts as work while all of these hold: it is inside working hours, the planner is
counting (no break offered or running, not paused), the person is not idle, and the computer
is not suspended. Work accumulates in `worked`; entering a working range (its start, or the
first instant after a gap) sets `worked` to zero: every range starts with a fresh count.

Breaks. When `worked` reaches `micro_every` a break is due (event BREAK_DUE) and offered; while
offered, nothing counts. The break is LONG when `long_every_breaks` is set and this would be
that many breaks since the last long one (completed and natural breaks count, skipped ones do
not), or when `long_every_work` is set and the work since the last long break plus `worked`
reaches it; otherwise MICRO. All work counts toward `long_every_work`, including the work
before a break that was skipped, withdrawn or paused over: "skips do not advance the rotation"
is about the break count, not about work.

One warning per break. A WARNING comes when `worked` reaches `micro_every - warning_before`
(not during do-not-disturb; not when the count starts past it). It is not shown again for the
same break when an absence noticed late takes work back below that point, and its Snooze
stays good.

Offered break. The person may start it (ON_BREAK, then finish), snooze it (SNOOZED for
`snooze_length` of wall time, then BREAK_DUE again; at most `max_snoozes` per break), or skip
it (uses one of `daily_skips`; None means unlimited). Strict mode allows neither snooze nor
skip, nor a pause while a break is offered or running. A completed, skipped or natural break
sets `worked` to zero.

A break you start yourself is yours: skipping a break started with "Take a break now" uses
none of the day's skips (and is allowed when none is left).

A break counts when it is taken. `finish_break` ended before `TAKEN_SHARE` (80 %) of the
break's planned length (the routine's length the shell passes, else the rules' length of its
kind) is "ended early": the count starts afresh, but it is not one of the day's breaks and the
long-break rotation does not move (`last_break_ended_early` tells the shell, which records it
so; it counts toward neither the daily goal nor the streak).

Working hours end. An offered, snoozed or deferred break is withdrawn (BREAK_WITHDRAWN) when
its working range ends, and at the start of a new range: no prompt outside working hours. A
break already running may finish.

Pause. For a duration (wall time), until the next working day, or until resumed. The next
working day is the first working instant of a later *backbreak day* (days begin at
`day_starts_at`, 04:00 by default): that day's start when it is working time (always-on hours,
or a range written across it), else the first range start after it. So with always-on hours it
is the next day start, and a pause at 02:00 ends at 09:00 the same morning. Pausing withdraws
an offered break (and ends a running one uncounted). When a timed pause ends, PAUSE_ENDED, and
counting starts afresh (`worked` = 0), as after `resume`.

Idle. `set_idle(now, since)` says the person has been away since `since` (or, with None, is
back). Away time is not work, retroactively from `since`. A natural break needs work to break
from: coming back inside working hours, with work counted since the last fresh count (or a
break offered, snoozed or deferred), after an absence at least as long as the break that would
be due next, that absence was the break: NATURAL_BREAK, and a waiting break is thereby taken.
A shorter absence only paused the count; an absence outside working hours, or with no work
before it (a second lock right after the first, waking before work), is no break at all.
Suspend and screen lock are absences (`suspend` / `wake`); after waking, no break is due just
because wall time passed, since none of it was work.

Nothing falls due while the computer sleeps: a snooze or a do-not-disturb cap that ends during
a suspend is seen to on waking, after the sleep was weighed as an absence. A sleep at least as
long as the break was that break; after a shorter one the break is offered at the wake instant,
never dated inside the sleep.

Do not disturb. A break that comes due while do-not-disturb is on is deferred: offered when
it goes off, or after `dnd_cap` at the latest (None: only when it goes off).

Clock changes. `clock_jumped(now, by)` says the wall clock was moved by `by` beyond the time
that passed: the real time before the jump counts as usual, the span the clock skipped is
neither work nor absence. If `now` is earlier than the last instant seen (the wall clock went
back), nothing is counted for the overlap; absolute deadlines (pause and snooze ends) stay as
they were, so a pause ends at the wall-clock time it promised.

Exact at any horizon. `plan(now)` gives the same answer as advancing to `now` would, however far
ahead and in whatever zone `now` is given; hours that are always on form one range without end.
A working range that starts in the spring-forward gap starts when the gap ends (see hours).
"""

from __future__ import annotations

import copy
import enum
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Any

from backbreak.core.hours import FAR_FUTURE, WorkingHours, day_key, local_instant

# A break ended before this share of its planned length was not taken: it is "ended early".
TAKEN_SHARE = 0.8


def _utc(instant: datetime) -> datetime:
    """Every instant in UTC inside the planner: Python adds to and compares datetimes of one
    zone by their wall-clock labels, which is wrong across a daylight-saving change."""
    return instant if instant.tzinfo is UTC else instant.astimezone(UTC)


class BreakKind(enum.Enum):
    MICRO = "micro"
    LONG = "long"


class Phase(enum.Enum):
    COUNTING = "counting"
    OFFERED = "offered"  # due: the card is up, waiting for the person
    SNOOZED = "snoozed"
    DEFERRED = "deferred"  # due during do-not-disturb
    ON_BREAK = "on_break"
    PAUSED = "paused"


class EventKind(enum.Enum):
    WARNING = "warning"
    BREAK_DUE = "break_due"
    BREAK_WITHDRAWN = "break_withdrawn"
    NATURAL_BREAK = "natural_break"
    PAUSE_ENDED = "pause_ended"


class PauseLength(enum.Enum):
    MINUTES_30 = "30m"
    HOUR_1 = "1h"
    HOURS_2 = "2h"
    NEXT_WORKING_DAY = "until-tomorrow"
    INDEFINITELY = "indefinitely"


class Refusal(enum.Enum):
    """Why the rules refuse an action right now. The code travels (to the card, the socket's
    reply, a script); the app words it in the person's language (backbreak.texts)."""

    ON_BREAK = "on-break"
    NO_BREAK_RUNNING = "no-break-running"
    NOTHING_TO_SNOOZE = "nothing-to-snooze"
    STRICT_NO_SNOOZE = "strict-no-snooze"
    SNOOZES_USED = "snoozes-used"
    NOTHING_TO_SKIP = "nothing-to-skip"
    STRICT_NO_SKIP = "strict-no-skip"
    NO_SKIPS_LEFT = "no-skips-left"
    STRICT_NO_PAUSE = "strict-no-pause"
    PAUSE_OVER = "pause-over"
    NOT_PAUSED = "not-paused"


# The reasons in English, for logs and tests; what a person reads is backbreak.texts'.
REFUSAL_TEXT: Mapping[Refusal, str] = {
    Refusal.ON_BREAK: "a break is running already",
    Refusal.NO_BREAK_RUNNING: "no break is running",
    Refusal.NOTHING_TO_SNOOZE: "there is no break to snooze",
    Refusal.STRICT_NO_SNOOZE: "strict mode: breaks cannot be snoozed",
    Refusal.SNOOZES_USED: "this break has been snoozed as often as allowed",
    Refusal.NOTHING_TO_SKIP: "there is no break to skip",
    Refusal.STRICT_NO_SKIP: "strict mode: breaks cannot be skipped",
    Refusal.NO_SKIPS_LEFT: "no skips left today",
    Refusal.STRICT_NO_PAUSE: "strict mode: a break cannot be paused away",
    Refusal.PAUSE_OVER: "that pause would be over already",
    Refusal.NOT_PAUSED: "breaks are not paused",
}


class NotAllowedError(ValueError):
    """A user action the rules refuse right now: `reason` says why (str() in English)."""

    def __init__(self, reason: Refusal) -> None:
        super().__init__(REFUSAL_TEXT[reason])
        self.reason = reason


@dataclass(frozen=True)
class Rules:
    # Until the person sets their hours, breaks come whenever the computer is in use (as in
    # Stretchly and Workrave); idle detection keeps nights and lunch quiet.
    working_hours: WorkingHours = field(default_factory=WorkingHours.always)
    micro_every: timedelta = timedelta(minutes=25)
    micro_length: timedelta = timedelta(seconds=30)
    long_every_breaks: int | None = 4
    long_every_work: timedelta | None = None
    long_length: timedelta = timedelta(minutes=5)
    warning_before: timedelta = timedelta(seconds=30)
    snooze_length: timedelta = timedelta(minutes=5)
    max_snoozes: int = 2
    daily_skips: int | None = 3
    strict: bool = False
    dnd_cap: timedelta | None = timedelta(minutes=30)
    # When "today" starts for the skip budget (night work belongs to the day before).
    day_starts_at: time = time(4, 0)

    def __post_init__(self) -> None:
        if self.micro_every <= timedelta(0):
            raise ValueError("micro_every must be positive")
        for name in ("micro_length", "long_length", "snooze_length"):
            if getattr(self, name) <= timedelta(0):
                raise ValueError(f"{name} must be positive")
        if not timedelta(0) <= self.warning_before < self.micro_every:
            raise ValueError("warning_before must be at least 0 and shorter than micro_every")
        if self.long_every_breaks is not None and self.long_every_breaks < 1:
            raise ValueError("long_every_breaks must be at least 1")
        if self.max_snoozes < 0 or (self.daily_skips is not None and self.daily_skips < 0):
            raise ValueError("snooze and skip limits must not be negative")

    def length_of(self, kind: BreakKind) -> timedelta:
        return self.long_length if kind is BreakKind.LONG else self.micro_length


@dataclass(frozen=True)
class Event:
    kind: EventKind
    at: datetime
    break_kind: BreakKind | None = None
    length: timedelta | None = None  # a break's length, or how long a natural break lasted


@dataclass(frozen=True)
class Plan:
    """What happens next, and when: read by the tray, the CLI and the tests alike.

    `next_break_at` assumes the person keeps working from now on."""

    now: datetime
    phase: Phase
    in_working_hours: bool
    worked: timedelta
    next_break_at: datetime | None
    next_break_kind: BreakKind | None
    warning_at: datetime | None
    offered_kind: BreakKind | None
    paused_until: datetime | None
    snoozed_until: datetime | None
    snoozes_left: int
    skips_left: int | None
    breaks_today: int
    idle: bool
    dnd: bool

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
            "state": self.phase.value,
            "in_working_hours": self.in_working_hours,
            "next_break_at": local_iso(self.next_break_at),
            "next_break_kind": None if self.next_break_kind is None else self.next_break_kind.value,
            "seconds_to_next_break": self.seconds_to_next_break,
            "paused_until": local_iso(self.paused_until),
            "snoozed_until": local_iso(self.snoozed_until),
            "snoozes_left": self.snoozes_left,
            "skips_left": self.skips_left,
            "breaks_today": self.breaks_today,
            "idle": self.idle,
        }


class Planner:
    def __init__(self, rules: Rules, tz: tzinfo, now: datetime) -> None:
        now = _utc(now)
        self._rules = rules
        self._tz = tz
        self._last = now
        self._phase = Phase.COUNTING
        self._worked = timedelta(0)
        # Counted stretches since the last reset, so an absence noticed late can be taken
        # back from `since` (idle is only recognised after a threshold).
        self._segments: list[tuple[datetime, datetime]] = []
        self._warned = False
        self._range = rules.working_hours.range_around(now, tz)
        self._offered_kind: BreakKind | None = None
        self._break_kind: BreakKind | None = None
        self._snoozes = 0
        self._snoozed_until: datetime | None = None
        self._deferred_since: datetime | None = None
        self._paused_until: datetime | None = None
        self._breaks_since_long = 0
        # Work since the last long break, up to the last fresh count (see _reset_count).
        self._work_since_long = timedelta(0)
        self._break_started: datetime | None = None
        self._own_break = False  # the running break was started by the person, not offered
        self._ended_early = False
        self._catching_up = False  # stepping over a wall-clock jump: nothing counts
        self._skips_today = 0
        self._breaks_today = 0  # completed and natural breaks
        self._today = day_key(now, tz, rules.day_starts_at)
        self._tomorrow_at = self._day_start_after(self._today)
        # The next range start as last looked up, and the instant it was looked up from: the
        # same answer holds for any instant from there to it (a planning step saved).
        self._next_start: tuple[datetime, datetime | None] | None = None
        self._idle_since: datetime | None = None
        self._suspended = False
        self._undelivered: list[Event] = []
        self._dnd = False

    # -- reading ----------------------------------------------------------------------

    @property
    def rules(self) -> Rules:
        return self._rules

    @property
    def phase(self) -> Phase:
        return self._phase

    @property
    def last_seen(self) -> datetime:
        """The latest instant the planner has been advanced to."""
        return self._last

    @property
    def suspended(self) -> bool:
        return self._suspended

    @property
    def running_kind(self) -> BreakKind | None:
        """The kind of the break running now (None when none runs)."""
        return self._break_kind if self._phase is Phase.ON_BREAK else None

    @property
    def last_break_ended_early(self) -> bool:
        """Whether the break finished last was ended before most of its time had run (it
        did not count as a break)."""
        return self._ended_early

    def plan(self, now: datetime) -> Plan:
        """The plan as of `now`, without consuming anything: events that would fire on the
        way stay for `advance` to return."""
        view = self._copy()
        view.advance(_utc(now))
        return view._describe()

    def _copy(self) -> Planner:
        twin = copy.copy(self)
        twin._segments = list(self._segments)
        twin._undelivered = list(self._undelivered)
        return twin

    def _describe(self) -> Plan:
        rules = self._rules
        next_at: datetime | None = None
        warning_at: datetime | None = None
        next_kind: BreakKind | None = None
        if self._phase is Phase.COUNTING:
            next_kind = self._kind_of_next_break()
            remaining = rules.micro_every - self._worked
            if self._range is not None and self._last + remaining < self._range[1]:
                # Counting, or paused by an absence: due this long after work goes on.
                next_at = self._last + remaining
                if not self._warned and rules.warning_before > timedelta(0):
                    warning_at = next_at - rules.warning_before
            else:
                next_at = self._fresh_break_after(self._last)
        elif self._phase is Phase.SNOOZED:
            next_at, next_kind = self._snoozed_until, self._offered_kind
        elif self._phase is Phase.PAUSED and self._paused_until is not None:
            next_at = self._fresh_break_after(self._paused_until)
            next_kind = self._kind_of_next_break()
        return Plan(
            now=self._last,
            phase=self._phase,
            in_working_hours=self._range is not None,
            worked=self._worked,
            next_break_at=next_at,
            next_break_kind=next_kind,
            warning_at=warning_at,
            offered_kind=self._offered_kind,
            paused_until=self._paused_until,
            snoozed_until=self._snoozed_until,
            snoozes_left=self._snoozes_left(),
            skips_left=self._skips_left(),
            breaks_today=self._breaks_today,
            idle=self._idle_since is not None,
            dnd=self._dnd,
        )

    def _fresh_break_after(self, instant: datetime) -> datetime | None:
        """When a break falls due on a fresh count starting at `instant` (or at the next
        working range after it)."""
        hours = self._rules.working_hours
        current = hours.range_around(instant, self._tz)
        start = instant if current is not None else hours.next_start(instant, self._tz)
        for _ in range(16):  # ranges shorter than the interval never bring a break
            if start is None:
                return None
            range_ = hours.range_around(start, self._tz)
            if range_ is not None and start + self._rules.micro_every < range_[1]:
                return start + self._rules.micro_every
            start = hours.next_start(start, self._tz)
        return None

    def next_wakeup(self) -> datetime | None:
        """The next instant at which `advance` has something to do (None: nothing until an
        input arrives)."""
        candidates = [t for t in self._pending_times() if t is not None]
        return min(candidates) if candidates else None

    # -- time -------------------------------------------------------------------------

    def _refusal(self, events: list[Event], reason: Refusal) -> NotAllowedError:
        """Refuse an action. The events its advance produced are kept and returned by the
        next call, so a refused click never swallows, say, a withdrawal."""
        self._undelivered = events + self._undelivered
        return NotAllowedError(reason)

    def advance(self, now: datetime) -> list[Event]:
        now = _utc(now)
        events, self._undelivered = list(self._undelivered), []
        if now <= self._last:
            return events + self._clock_went_back(now)
        while True:
            due = [t for t in self._pending_times() if t is not None and t <= now]
            step_to = min(due) if due else now
            self._count_until(step_to)
            if not due:
                return events
            events += self._on_time(step_to)

    def _clock_went_back(self, now: datetime) -> list[Event]:
        """The wall clock went back (or stood still): count nothing for the overlap. If that
        leaves the working range we were in, it is as if that range ended: an offered break
        is withdrawn, and a range we land in starts with a fresh count."""
        self._last = now
        previous = self._range
        if previous is not None and previous[0] <= now < previous[1]:
            return []
        self._range = self._rules.working_hours.range_around(now, self._tz)
        events = self._withdraw(now)
        if self._range is not None:
            self._reset_count()
        return events

    def _pending_times(self) -> list[datetime | None]:
        times: list[datetime | None] = []
        hours = self._rules.working_hours
        if self._range is not None:
            if self._range[1] != FAR_FUTURE:
                times.append(self._range[1])
        else:
            cached = self._next_start
            if cached is None or not (
                cached[0] <= self._last and (cached[1] is None or self._last < cached[1])
            ):
                cached = self._next_start = (self._last, hours.next_start(self._last, self._tz))
            times.append(cached[1])
        if self._phase is Phase.COUNTING:
            times.append(self._instant_worked_reaches(self._rules.micro_every))
            if not self._warned:
                times.append(
                    self._instant_worked_reaches(
                        self._rules.micro_every - self._rules.warning_before
                    )
                )
        elif self._phase is Phase.SNOOZED and not self._asleep():
            times.append(self._snoozed_until)
        elif (
            self._phase is Phase.DEFERRED and self._rules.dnd_cap is not None and not self._asleep()
        ):
            assert self._deferred_since is not None
            times.append(self._deferred_since + self._rules.dnd_cap)
        elif self._phase is Phase.PAUSED:
            times.append(self._paused_until)
        return [t for t in times if t is None or t > self._last] or [None]

    def _asleep(self) -> bool:
        """The computer is suspended: nothing falls due (a snooze or a do-not-disturb cap that
        ends meanwhile is seen to on waking, see wake)."""
        return self._suspended and not self._catching_up

    def _counting(self) -> bool:
        return (
            self._phase is Phase.COUNTING
            and self._range is not None
            and self._idle_since is None
            and not self._suspended
            and not self._catching_up
        )

    def _instant_worked_reaches(self, target: timedelta) -> datetime | None:
        """When `worked` reaches `target` if counting goes on uninterrupted from now; None
        when it cannot within the current range (or is past it already)."""
        if not self._counting() or self._worked >= target or self._range is None:
            return None
        instant = self._last + (target - self._worked)
        # The range is [start, end): at its end it is outside working hours already.
        return instant if instant < self._range[1] else None

    def _count_until(self, now: datetime) -> None:
        """Move from self._last to `now`, where no rule fires strictly in between."""
        if self._counting() and self._range is not None:
            end = min(now, self._range[1])
            if end > self._last:
                self._worked += end - self._last
                self._segments.append((self._last, end))
        self._last = now
        self._roll_day(now)

    def _on_time(self, now: datetime) -> list[Event]:
        events: list[Event] = []
        hours = self._rules.working_hours
        if self._range is not None and now >= self._range[1]:
            self._range = hours.range_around(now, self._tz)
            if self._range is None:
                events += self._withdraw(now)
        elif self._range is None:
            self._range = hours.range_around(now, self._tz)
            if self._range is not None:
                events += self._withdraw(now)
                self._reset_count()
        if (
            self._phase is Phase.PAUSED
            and self._paused_until is not None
            and now >= self._paused_until
        ):
            self._phase = Phase.COUNTING
            self._paused_until = None
            self._reset_count()
            events.append(Event(EventKind.PAUSE_ENDED, now))
        if self._phase is Phase.COUNTING and self._range is not None:
            warn_at = self._rules.micro_every - self._rules.warning_before
            if (
                not self._warned
                and self._worked >= warn_at
                and self._worked < (self._rules.micro_every)
            ):
                self._warned = True
                if not self._dnd:
                    kind = self._kind_of_next_break()
                    events.append(Event(EventKind.WARNING, now, kind, self._rules.length_of(kind)))
            if self._worked >= self._rules.micro_every:
                self._warned = True
                events += self._make_due(now, self._kind_of_next_break())
        elif self._asleep():
            pass
        elif self._phase is Phase.SNOOZED:
            assert self._snoozed_until is not None and self._offered_kind is not None
            if now >= self._snoozed_until:
                self._snoozed_until = None
                events += self._make_due(now, self._offered_kind)
        elif self._phase is Phase.DEFERRED and self._rules.dnd_cap is not None:
            assert self._deferred_since is not None and self._offered_kind is not None
            if now >= self._deferred_since + self._rules.dnd_cap:
                events += self._offer(now, self._offered_kind)
        return events

    def _make_due(self, now: datetime, kind: BreakKind) -> list[Event]:
        self._offered_kind = kind
        if self._dnd:
            self._phase = Phase.DEFERRED
            self._deferred_since = now
            return []
        return self._offer(now, kind)

    def _offer(self, now: datetime, kind: BreakKind) -> list[Event]:
        self._phase = Phase.OFFERED
        self._offered_kind = kind
        self._deferred_since = None
        return [Event(EventKind.BREAK_DUE, now, kind, self._rules.length_of(kind))]

    def _withdraw(self, now: datetime) -> list[Event]:
        if self._phase not in (Phase.OFFERED, Phase.SNOOZED, Phase.DEFERRED):
            return []
        kind = self._offered_kind
        self._phase = Phase.COUNTING
        self._offered_kind = None
        self._snoozed_until = None
        self._deferred_since = None
        self._reset_count()
        return [Event(EventKind.BREAK_WITHDRAWN, now, kind)]

    def _reset_count(self) -> None:
        # Work before a break that was not taken (skipped, withdrawn, paused over) is still
        # work since the last long break.
        self._work_since_long += self._worked
        self._worked = timedelta(0)
        self._segments.clear()
        self._warned = False
        self._snoozes = 0

    def _kind_of_next_break(self) -> BreakKind:
        rules = self._rules
        if rules.long_every_breaks is not None and (
            self._breaks_since_long + 1 >= rules.long_every_breaks
        ):
            return BreakKind.LONG
        if rules.long_every_work is not None and (
            self._work_since_long + max(self._worked, rules.micro_every) >= rules.long_every_work
        ):
            return BreakKind.LONG
        return BreakKind.MICRO

    def _break_taken(self, kind: BreakKind) -> None:
        """A completed or natural break: the count and the long-break rotation move on."""
        self._breaks_today += 1
        self._reset_count()
        if kind is BreakKind.LONG:
            self._breaks_since_long = 0
            self._work_since_long = timedelta(0)
        else:
            self._breaks_since_long += 1

    def _day_start_after(self, day: date) -> datetime:
        return local_instant(day + timedelta(days=1), self._rules.day_starts_at, self._tz)

    def _roll_day(self, now: datetime) -> None:
        # Only forward: a clock set back over the day start must not hand out a second
        # day's skip budget.
        if now < self._tomorrow_at:
            return
        today = day_key(now, self._tz, self._rules.day_starts_at)
        self._tomorrow_at = self._day_start_after(today)
        if today > self._today:
            self._today = today
            self._skips_today = 0
            self._breaks_today = 0

    def _snoozes_left(self) -> int:
        return 0 if self._rules.strict else max(0, self._rules.max_snoozes - self._snoozes)

    def _skips_left(self) -> int | None:
        if self._rules.strict:
            return 0
        if self._rules.daily_skips is None:
            return None
        return max(0, self._rules.daily_skips - self._skips_today)

    # -- what the person does -----------------------------------------------------------

    def start_break(self, now: datetime, kind: BreakKind | None = None) -> list[Event]:
        """Start the offered break, or one now (the tray's "Take a break now")."""
        now = _utc(now)
        events = self.advance(now)
        if self._phase is Phase.ON_BREAK:
            raise self._refusal(events, Refusal.ON_BREAK)
        self._own_break = self._phase not in (Phase.OFFERED, Phase.SNOOZED, Phase.DEFERRED)
        self._break_kind = kind or self._offered_kind or self._kind_of_next_break()
        self._phase = Phase.ON_BREAK
        self._break_started = now
        self._offered_kind = None
        self._snoozed_until = None
        self._deferred_since = None
        self._paused_until = None
        return events

    def finish_break(self, now: datetime, planned: timedelta | None = None) -> list[Event]:
        """The running break is done (its time ran out, or the person said so). It counts
        when most of its time has run (`TAKEN_SHARE` of `planned`, by default the rules'
        length of its kind); ended sooner it is "ended early" (`last_break_ended_early`): the
        count starts afresh, but neither the day's breaks nor the long-break rotation move."""
        now = _utc(now)
        events = self.advance(now)
        if self._phase is not Phase.ON_BREAK:
            raise self._refusal(events, Refusal.NO_BREAK_RUNNING)
        assert self._break_kind is not None and self._break_started is not None
        length = planned if planned is not None else self._rules.length_of(self._break_kind)
        self._ended_early = now - self._break_started < length * TAKEN_SHARE
        if self._ended_early:
            self._reset_count()
        else:
            self._break_taken(self._break_kind)
        self._end_break()
        self._phase = Phase.COUNTING
        return events

    def _end_break(self) -> None:
        self._break_kind = None
        self._break_started = None
        self._own_break = False

    def snooze(self, now: datetime) -> list[Event]:
        """Put the offered break off by the snooze length. Also answers the warning before a
        break ("Snooze 5 min" on the notification): the coming break then waits as well."""
        now = _utc(now)
        events = self.advance(now)
        warned = (
            self._phase is Phase.COUNTING
            and self._warned
            and self._range is not None
            and self._worked < self._rules.micro_every
        )
        if self._phase not in (Phase.OFFERED, Phase.DEFERRED) and not warned:
            raise self._refusal(events, Refusal.NOTHING_TO_SNOOZE)
        if self._rules.strict:
            raise self._refusal(events, Refusal.STRICT_NO_SNOOZE)
        if self._snoozes_left() == 0:
            raise self._refusal(events, Refusal.SNOOZES_USED)
        if warned:
            self._offered_kind = self._kind_of_next_break()
        self._snoozes += 1
        self._phase = Phase.SNOOZED
        self._deferred_since = None
        self._snoozed_until = now + self._rules.snooze_length
        if warned:
            # Snoozing the warning puts the break off; it never brings it forward (a snooze
            # shorter than the warning would otherwise make the break come early).
            due = now + (self._rules.micro_every - self._worked)
            self._snoozed_until = max(self._snoozed_until, due)
        return events

    def skip(self, now: datetime) -> list[Event]:
        """Skip the offered (snoozed, deferred) or running break. One of the day's skips, except
        for a break the person started themselves ("Take a break now"): that one was theirs."""
        now = _utc(now)
        events = self.advance(now)
        if self._phase not in (Phase.OFFERED, Phase.SNOOZED, Phase.DEFERRED, Phase.ON_BREAK):
            raise self._refusal(events, Refusal.NOTHING_TO_SKIP)
        if self._rules.strict:
            raise self._refusal(events, Refusal.STRICT_NO_SKIP)
        own = self._phase is Phase.ON_BREAK and self._own_break
        if not own and self._skips_left() == 0:
            raise self._refusal(events, Refusal.NO_SKIPS_LEFT)
        if not own:
            self._skips_today += 1
        self._phase = Phase.COUNTING
        self._offered_kind = None
        self._end_break()
        self._snoozed_until = None
        self._deferred_since = None
        self._reset_count()
        return events

    def set_rules(self, now: datetime, rules: Rules) -> list[Event]:
        """New settings take effect now: a longer or shorter interval moves the next break
        at once (work already counted still counts), new hours apply from now on."""
        now = _utc(now)
        events = self.advance(now)
        self._rules = rules
        self._range = rules.working_hours.range_around(now, self._tz)
        self._today = day_key(now, self._tz, rules.day_starts_at)
        self._tomorrow_at = self._day_start_after(self._today)
        self._next_start = None
        if self._worked < rules.micro_every - rules.warning_before:
            self._warned = False  # the warning comes again before the moved break
        if self._phase is Phase.COUNTING and self._range is None:
            self._reset_count()
        events += self._on_time(now)
        return events

    def pause(self, now: datetime, length: PauseLength | datetime) -> list[Event]:
        """Pause for one of the named lengths, or until an instant (`pause 45m`,
        `pause until 14:00` from the command line)."""
        now = _utc(now)
        events = self.advance(now)
        if self._rules.strict and self._phase in (Phase.OFFERED, Phase.ON_BREAK):
            # Strict mode means the break is taken: pausing would be a way round it.
            raise self._refusal(events, Refusal.STRICT_NO_PAUSE)
        if isinstance(length, datetime) and _utc(length) <= now:
            raise self._refusal(events, Refusal.PAUSE_OVER)
        durations = {
            PauseLength.MINUTES_30: timedelta(minutes=30),
            PauseLength.HOUR_1: timedelta(hours=1),
            PauseLength.HOURS_2: timedelta(hours=2),
        }
        if isinstance(length, datetime):
            until: datetime | None = _utc(length)
        elif length in durations:
            until = now + durations[length]
        elif length is PauseLength.NEXT_WORKING_DAY:
            until = self._next_working_day_start(now)
        else:
            until = None
        if self._phase in (Phase.OFFERED, Phase.SNOOZED, Phase.DEFERRED):
            events += self._withdraw(now)
        self._phase = Phase.PAUSED
        self._paused_until = until
        self._offered_kind = None
        self._end_break()
        return events

    def resume(self, now: datetime) -> list[Event]:
        now = _utc(now)
        events = self.advance(now)
        if self._phase is not Phase.PAUSED:
            raise self._refusal(events, Refusal.NOT_PAUSED)
        self._phase = Phase.COUNTING
        self._paused_until = None
        self._reset_count()
        return events

    def _next_working_day_start(self, now: datetime) -> datetime | None:
        """The first working instant of a later backbreak day (days begin at `day_starts_at`):
        that day's start when it falls inside working hours (always-on hours, or a range
        written across it), else the first range that starts after it. A pause at 02:00
        thus ends at 09:00 the same morning, which begins the next backbreak day."""
        rules = self._rules
        today = day_key(now, self._tz, rules.day_starts_at)
        day_start = local_instant(today + timedelta(days=1), rules.day_starts_at, self._tz)
        if rules.working_hours.range_around(day_start, self._tz) is not None:
            return day_start
        return rules.working_hours.next_start(day_start, self._tz)

    # -- what the computer observes -------------------------------------------------------

    def set_idle(self, now: datetime, since: datetime | None) -> list[Event]:
        """The person has been away since `since`; None: they are back (now)."""
        now = _utc(now)
        events = self.advance(now)
        if since is not None:
            if self._idle_since is None:
                self._idle_since = min(_utc(since), now)
                self._take_back_work_after(self._idle_since)
            return events
        return events + self._come_back(now)

    def suspend(self, now: datetime) -> list[Event]:
        now = _utc(now)
        events = self.advance(now)
        self._suspended = True
        if self._idle_since is None:
            self._idle_since = now
        return events

    def wake(self, now: datetime) -> list[Event]:
        """Resume from suspend (or unlock): the time away was an absence, not work. Nothing
        fell due while asleep: a snooze or do-not-disturb cap that ended then is seen to now,
        after the absence was weighed (a sleep as long as the break was that break)."""
        now = _utc(now)
        events = self.advance(now)  # counts nothing: suspend() marked the person away
        self._suspended = False
        events += self._come_back(now)
        return events + self._on_time(now)

    def clock_jumped(self, now: datetime, by: timedelta | None = None) -> list[Event]:
        """The wall clock was set to `now`, moving it by `by` (positive: forward) beyond the
        time that passed. The real time before the jump counts as usual (up to `now - by` on
        the old clock); the span the clock skipped is neither work nor absence. Deadlines it
        passed (a pause's end, a snooze's end) fire now. Without `by`, the jump is taken to
        have happened at the last instant the planner saw."""
        now = _utc(now)
        events: list[Event] = []
        if by is not None:
            before = now - by  # what the old clock would show now
            if before > self._last:
                events += self.advance(before)
            # Lengths measured on the wall clock move with it: an absence's, a break's.
            if self._idle_since is not None:
                self._idle_since += by
            if self._break_started is not None:
                self._break_started += by
        self._catching_up = True
        try:
            return events + self.advance(now)
        finally:
            self._catching_up = False

    def set_dnd(self, now: datetime, active: bool) -> list[Event]:
        now = _utc(now)
        events = self.advance(now)
        self._dnd = active
        if not active and self._phase is Phase.DEFERRED:
            assert self._offered_kind is not None
            events += self._offer(now, self._offered_kind)
        return events

    def _come_back(self, now: datetime) -> list[Event]:
        """Back from an absence. It was a break when it was long enough, inside working
        hours, and there was work to break from (work counted since the last fresh count,
        or a break waiting)."""
        events: list[Event] = []
        if self._idle_since is None:
            return events
        away = now - self._idle_since
        self._idle_since = None
        if self._phase is Phase.ON_BREAK or self._phase is Phase.PAUSED:
            return events
        offered = self._phase in (Phase.OFFERED, Phase.SNOOZED, Phase.DEFERRED)
        if self._range is None or not (offered or self._worked > timedelta(0)):
            return events
        kind = self._offered_kind or self._kind_of_next_break()
        if away >= self._rules.length_of(kind):
            self._phase = Phase.COUNTING
            self._offered_kind = None
            self._snoozed_until = None
            self._deferred_since = None
            self._break_taken(kind)
            events.append(Event(EventKind.NATURAL_BREAK, now, kind, away))
            if offered:
                events.append(Event(EventKind.BREAK_WITHDRAWN, now, kind))
        return events

    def _take_back_work_after(self, since: datetime) -> None:
        kept: list[tuple[datetime, datetime]] = []
        for a, b in self._segments:
            if b <= since:
                kept.append((a, b))
            elif a < since:
                kept.append((a, since))
        self._segments = kept
        # One warning per break: the warning stays given (and its Snooze stays good) even
        # when the work taken back puts the count below the warning point again.
        self._worked = sum((b - a for a, b in kept), timedelta(0))
