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

Clock-aligned breaks. With `clock_aligned` (every 20 or 30 minutes, or every hour, past the
hour of the local clock), a break falls due at a mark of the wall clock (:00 and :30...)
instead of when `worked` reaches `micro_every`: at the first mark once `worked` has reached
half the period (`least_work`: 15 minutes for every 30). A mark sooner after the last fresh
count (a completed, skipped, natural or withdrawn break, the start of a working range, the end
of a pause) is passed over, so two breaks never come minutes apart: the next mark brings the
break. Everything else is as above: work counts the same way, the warning comes
`warning_before` the mark, a snooze puts the break off by its length and leaves the marks
where they are (the one after it follows the same rule), do-not-disturb defers it, the long
break keeps its rotation (`long_every_work` reckons a break as the period's work), and a mark
at or after the end of a working range brings nothing. A mark passed while away for less than
the break (no natural break) brings its break on return; a mark the clock was set past, right
after the jump. Marks count from when the alignment was chosen. The marks are the local wall
clock's, found by APScheduler's cron trigger (backbreak.core.aligned): the hour the clocks
skip in spring has none, and the hour shown twice in autumn has each of its marks twice, half
an hour apart, as the real time between them is.

Exact at any horizon. `plan(now)` gives the same answer as advancing to `now` would, however far
ahead and in whatever zone `now` is given; hours that are always on form one range without end.
A working range that starts in the spring-forward gap starts when the gap ends (see hours).
"""

from __future__ import annotations

import copy
from datetime import datetime, timedelta

from backbreak.core.break_clock import BreakClock
from backbreak.core.breaks import (
    REFUSAL_TEXT,
    TAKEN_SHARE,
    BreakKind,
    Event,
    EventKind,
    NotAllowedError,
    Phase,
    Plan,
    Refusal,
    Rules,
    in_utc,
)
from backbreak.core.hours import day_key, local_instant
from backbreak.core.pause_lengths import PauseLength

# The vocabulary lives in core.breaks (a pause's lengths in core.pause_lengths); importers
# of the planner find it here as well.
__all__ = [
    "REFUSAL_TEXT",
    "TAKEN_SHARE",
    "BreakKind",
    "Event",
    "EventKind",
    "NotAllowedError",
    "PauseLength",
    "Phase",
    "Plan",
    "Planner",
    "Refusal",
    "Rules",
]


class Planner(BreakClock):
    """The break planner: takes what the person does and what the computer observes, and
    tells the plan; how time moves its state is BreakClock's."""

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
    def running_own_break(self) -> bool:
        """Whether the break running now is one the person started themselves ("Take a
        break now"): skipping it uses none of the day's skips."""
        return self._phase is Phase.ON_BREAK and self._own_break

    @property
    def last_break_ended_early(self) -> bool:
        """Whether the break finished last was ended before most of its time had run (it
        did not count as a break)."""
        return self._ended_early

    def plan(self, now: datetime) -> Plan:
        """The plan as of `now`, without consuming anything: events that would fire on the
        way stay for `advance` to return."""
        view = self._copy()
        view.advance(in_utc(now))
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
        if self._phase is Phase.COUNTING and rules.clock_aligned is not None:
            next_kind = self._kind_of_next_break()
            mark = self._aligned_due(assume_working=True)
            if mark is None:
                next_at = self._fresh_break_after(self._last)
            else:
                next_at = max(mark, self._last)  # a mark missed while away: on return
                lead = rules.warning_before
                if not self._warned and lead > timedelta(0) and mark - lead > self._last:
                    warning_at = mark - lead
        elif self._phase is Phase.COUNTING:
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
            snooze_refusal=self._snooze_refusal(),
            skip_refusal=self._skip_refusal(),
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
            due = self._fresh_due(start)
            if range_ is not None and due < range_[1]:
                return due
            start = hours.next_start(start, self._tz)
        return None

    def next_wakeup(self) -> datetime | None:
        """The next instant at which `advance` has something to do (None: nothing until an
        input arrives)."""
        candidates = [t for t in self._pending_times() if t is not None]
        return min(candidates) if candidates else None

    # -- what the person does -----------------------------------------------------------

    def _snooze_refusal(self) -> Refusal | None:
        """Why snoozing is refused now (None: it is allowed): the offered or deferred break,
        or the warning before one, can be put off while snoozes are left."""
        warned = self._phase is Phase.COUNTING and self._warned and self._counted_due() is not None
        if self._phase not in (Phase.OFFERED, Phase.DEFERRED) and not warned:
            return Refusal.NOTHING_TO_SNOOZE
        if self._rules.strict:
            return Refusal.STRICT_NO_SNOOZE
        if self._snoozes_left() == 0:
            return Refusal.SNOOZES_USED
        return None

    def _skip_refusal(self) -> Refusal | None:
        """Why skipping is refused now (None: it is allowed)."""
        if self._phase not in (Phase.OFFERED, Phase.SNOOZED, Phase.DEFERRED, Phase.ON_BREAK):
            return Refusal.NOTHING_TO_SKIP
        if self._rules.strict:
            return Refusal.STRICT_NO_SKIP
        if not self.running_own_break and self._skips_left() == 0:
            return Refusal.NO_SKIPS_LEFT
        return None

    def _refusal(self, events: list[Event], reason: Refusal) -> NotAllowedError:
        """Refuse an action. The events its advance produced are kept and returned by the
        next call, so a refused click never swallows, say, a withdrawal."""
        self._undelivered = events + self._undelivered
        return NotAllowedError(reason)

    def start_break(self, now: datetime, kind: BreakKind | None = None) -> list[Event]:
        """Start the offered break, or one now (the tray's "Take a break now")."""
        now = in_utc(now)
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
        now = in_utc(now)
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

    def snooze(self, now: datetime) -> list[Event]:
        """Put the offered break off by the snooze length. Also answers the warning before a
        break ("Snooze 5 min" on the notification): the coming break comes that much later
        than it was due."""
        now = in_utc(now)
        events = self.advance(now)
        refusal = self._snooze_refusal()
        if refusal is not None:
            raise self._refusal(events, refusal)
        # Allowed while counting only once the warning is up (_snooze_refusal).
        warned = self._phase is Phase.COUNTING
        due = self._counted_due() if warned else now
        assert due is not None
        if warned:
            self._offered_kind = self._kind_of_next_break()
        self._snoozes += 1
        self._phase = Phase.SNOOZED
        self._deferred_since = None
        # From when the break was due, not from now: a snooze from the warning counted from
        # now would end before the break (a warning longer than the snooze) and use up a
        # snooze for nothing, or bring the break forward.
        self._snoozed_until = due + self._rules.snooze_length
        return events

    def skip(self, now: datetime) -> list[Event]:
        """Skip the offered (snoozed, deferred) or running break. One of the day's skips, except
        for a break the person started themselves ("Take a break now"): that one was theirs."""
        now = in_utc(now)
        events = self.advance(now)
        refusal = self._skip_refusal()
        if refusal is not None:
            raise self._refusal(events, refusal)
        if not self.running_own_break:
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
        now = in_utc(now)
        events = self.advance(now)
        if rules.clock_aligned != self._rules.clock_aligned:
            self._marks = None  # the new alignment's, from now: marks already past are past
            self._marks_from = now
        self._rules = rules
        self._range = rules.working_hours.range_around(now, self._tz)
        self._today = day_key(now, self._tz, rules.day_starts_at)
        self._tomorrow_at = self._day_start_after(self._today)
        self._next_start = None
        if self._before_warning(rules):
            self._warned = False  # the warning comes again before the moved break
        if self._phase is Phase.COUNTING and self._range is None:
            self._reset_count()
        events += self._on_time(now)
        return events

    def pause(self, now: datetime, length: PauseLength | datetime) -> list[Event]:
        """Pause for one of the named lengths, or until an instant (`pause 45m`,
        `pause until 14:00` from the command line)."""
        now = in_utc(now)
        events = self.advance(now)
        if self._rules.strict and self._phase in (Phase.OFFERED, Phase.ON_BREAK):
            # Strict mode means the break is taken: pausing would be a way round it.
            raise self._refusal(events, Refusal.STRICT_NO_PAUSE)
        if isinstance(length, datetime) and in_utc(length) <= now:
            raise self._refusal(events, Refusal.PAUSE_OVER)
        durations = {
            PauseLength.MINUTES_30: timedelta(minutes=30),
            PauseLength.HOUR_1: timedelta(hours=1),
            PauseLength.HOURS_2: timedelta(hours=2),
        }
        if isinstance(length, datetime):
            until: datetime | None = in_utc(length)
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
        now = in_utc(now)
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
        now = in_utc(now)
        events = self.advance(now)
        if since is not None:
            if self._idle_since is None:
                self._idle_since = min(in_utc(since), now)
                self._take_back_work_after(self._idle_since)
            return events
        events += self._come_back(now)
        if self._rules.clock_aligned is not None:
            events += self._on_time(now)  # a mark passed while away brings its break now
        return events

    def suspend(self, now: datetime) -> list[Event]:
        now = in_utc(now)
        events = self.advance(now)
        self._suspended = True
        if self._idle_since is None:
            self._idle_since = now
        return events

    def wake(self, now: datetime) -> list[Event]:
        """Resume from suspend (or unlock): the time away was an absence, not work. Nothing
        fell due while asleep: a snooze or do-not-disturb cap that ended then is seen to now,
        after the absence was weighed (a sleep as long as the break was that break)."""
        now = in_utc(now)
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
        now = in_utc(now)
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
            events += self.advance(now)
        finally:
            self._catching_up = False
        if self._rules.clock_aligned is not None:
            events += self._on_time(now)  # a mark the clock skipped over brings its break now
        return events

    def set_dnd(self, now: datetime, active: bool) -> list[Event]:
        now = in_utc(now)
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
