"""The planner's state and how the passing of time moves it: work counted inside working
ranges, ranges beginning and ending, the warning and the break falling due, snoozes,
do-not-disturb caps and pauses running out, the backbreak day rolling over. The inputs (what
the person does, what the computer observes) and the plan read from this state are the
Planner's, which builds on it (backbreak.core.planner, where the rules are told in full).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, tzinfo

from backbreak.core.aligned import Marks
from backbreak.core.breaks import BreakKind, Event, EventKind, Phase, Rules, in_utc
from backbreak.core.hours import FAR_FUTURE, day_key, local_instant


class BreakClock:
    """Moves the planner's state through time (`advance`); the Planner adds the inputs."""

    def __init__(self, rules: Rules, tz: tzinfo, now: datetime) -> None:
        now = in_utc(now)
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
        # Clock-aligned breaks: the marks in our zone (built when first asked for), and the
        # instant from which marks count (marks before the alignment was chosen do not).
        self._marks: Marks | None = None
        self._marks_from = now

    def advance(self, now: datetime) -> list[Event]:
        now = in_utc(now)
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
        if self._phase is Phase.COUNTING and self._rules.clock_aligned is not None:
            due = self._aligned_due()
            times.append(due)
            if due is not None and not self._warned:
                times.append(due - self._rules.warning_before)
        elif self._phase is Phase.COUNTING:
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
        counting = self._phase is Phase.COUNTING and self._range is not None
        if counting and self._rules.clock_aligned is not None:
            events += self._on_aligned_time(now)
        elif counting:
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

    # -- when the next break falls due: after an interval of work, or at a clock mark --

    def _aligned_due(self, assume_working: bool = False) -> datetime | None:
        """With clock-aligned breaks: the mark at which the counted break falls due if work
        goes on from now (with `assume_working`, also while away): the first mark once
        `least_work` has been worked. None when no mark comes within the current range. A
        mark passed while away (shorter than the break) is earlier than now: due on return."""
        alignment = self._rules.clock_aligned
        if alignment is None or self._phase is not Phase.COUNTING or self._range is None:
            return None
        if not (assume_working or self._counting()):
            return None
        least = alignment.least_work
        if self._worked >= least:
            ready = self._instant_work_reached(least)
        else:
            ready = self._last + (least - self._worked)
        marks = self._marks or self._aligned_marks()
        mark = marks.at_or_after(ready if ready > self._marks_from else self._marks_from)
        return mark if mark < self._range[1] else None

    def _aligned_marks(self) -> Marks:
        if self._marks is None:
            assert self._rules.clock_aligned is not None
            self._marks = Marks(self._rules.clock_aligned, self._tz)
        return self._marks

    def _instant_work_reached(self, target: timedelta) -> datetime:
        """When the counted stretches since the last fresh count reached `target`."""
        total = timedelta(0)
        for start, end in self._segments:
            if total + (end - start) >= target:
                return start + (target - total)
            total += end - start
        return self._last

    def _on_aligned_time(self, now: datetime) -> list[Event]:
        """The warning before a mark, and the break at it (see _aligned_due)."""
        due = self._aligned_due()
        if due is None:
            return []
        if now >= due:
            self._warned = True
            return self._make_due(now, self._kind_of_next_break())
        if not self._warned and now >= due - self._rules.warning_before:
            self._warned = True
            if not self._dnd:
                kind = self._kind_of_next_break()
                return [Event(EventKind.WARNING, now, kind, self._rules.length_of(kind))]
        return []

    def _fresh_due(self, start: datetime) -> datetime:
        """When a fresh count starting at `start` brings its break, if work goes on."""
        alignment = self._rules.clock_aligned
        if alignment is None:
            return start + self._rules.micro_every
        return self._aligned_marks().at_or_after(start + alignment.least_work)

    def _counted_due(self) -> datetime | None:
        """When the break being counted to falls due if work goes on (None: not in this
        working range, or none is being counted)."""
        if self._phase is not Phase.COUNTING or self._range is None:
            return None
        if self._rules.clock_aligned is not None:
            mark = self._aligned_due(assume_working=True)
            return None if mark is None else max(mark, self._last)
        if self._worked >= self._rules.micro_every:
            return None
        return self._last + (self._rules.micro_every - self._worked)

    def _before_warning(self, rules: Rules) -> bool:
        """The break being counted to is still further away than its warning (read with the
        new `rules` in place)."""
        if rules.clock_aligned is None:
            return self._worked < rules.micro_every - rules.warning_before
        mark = self._aligned_due(assume_working=True)
        return mark is None or self._last < mark - rules.warning_before

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

    # -- the count, the long-break rotation and the day's budget -----------------------

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
            self._work_since_long + max(self._worked, rules.interval) >= rules.long_every_work
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

    def count_earlier_today(
        self, now: datetime, day: date, *, done: int, skipped: int
    ) -> list[Event]:
        """Today as an earlier run of the app left it (its history, read once at start-up):
        the breaks done and the skips used count toward today's figures and skip limit, so
        that quitting and starting again hands out no fresh day. Ignored when `day` is not
        the planner's today (the history's day starts at the same hour)."""
        events = self.advance(in_utc(now))
        if day == self._today:
            # Never fewer than counted here: the history may not hold this run's newest yet.
            self._breaks_today = max(self._breaks_today, done)
            self._skips_today = max(self._skips_today, skipped)
        return events

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

    def _end_break(self) -> None:
        self._break_kind = None
        self._break_started = None
        self._own_break = False

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
