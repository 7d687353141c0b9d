"""Break history: what happened, when, and the statistics drawn from it.

Plain Python, no storage and no Qt: `backbreak.store.history_store` keeps the events in SQLite
and hands this module per-day aggregates (`HistoryAggregates`), so the statistics window costs
the same whether the history is a week or ten years long. `aggregate` builds the same
aggregates from a plain sequence of events (tests, events still waiting to be written).

Days. Every event belongs to a day: its local wall-clock date, with days starting at
`day_starts_at` (04:00 by default), so a break taken at 01:30 after a late shift counts for the
day the shift began (`backbreak.core.hours.day_key`). The wall-clock time is the one the person
lived, kept with its UTC offset in `HistoryEvent.local_time`; moving to another zone later does
not move old events to other days.

Done. A break is done when it was completed, or taken naturally (the person was away at least
as long as the break). Only done breaks count towards the daily goal and the streaks.

Streaks. A working day meets the goal when at least `daily_goal` breaks were done. The current
streak is the number of working days meeting the goal in a row up to today; the best streak is
the longest such run ever. Days off (no working hours that day) and days paused for the whole
working day neither count nor break a streak. Today not (yet) meeting the goal does not break
the current streak: the day is still in progress.
"""

from __future__ import annotations

import enum
from collections import Counter
from collections.abc import Callable, Container, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from backbreak.core.hours import WorkingHours, day_key
from backbreak.core.planner import BreakKind

DEFAULT_DAILY_GOAL = 6
# The daily goal's range, for the settings schema and the rules alike.
DAILY_GOAL_RANGE = (1, 50)
RATING_RANGE = (0, 10)
DEFAULT_DAY_STARTS_AT = time(4, 0)
# The windows the statistics window shows, in days ending with today.
WEEK_DAYS = 7
MONTH_DAYS = 30
YEAR_DAYS = 365


class HistoryEventKind(enum.Enum):
    PROMPTED = "prompted"  # a break was offered
    STARTED = "started"
    COMPLETED = "completed"
    # Ended before most of its time had run: kept, but not a break done (goal, streak).
    ENDED_EARLY = "ended_early"
    SNOOZED = "snoozed"
    SKIPPED = "skipped"
    NATURAL = "natural"  # the person was away long enough: that was the break
    PAUSED = "paused"
    RESUMED = "resumed"
    COMFORT = "comfort"  # how the person's back feels, 0 (bad) to 10 (fine)


DONE_KINDS = frozenset({HistoryEventKind.COMPLETED, HistoryEventKind.NATURAL})
PAUSE_KINDS = frozenset({HistoryEventKind.PAUSED, HistoryEventKind.RESUMED})


@dataclass(frozen=True)
class HistoryEvent:
    """One thing that happened. `at` is the instant (stored as UTC); `local_time` the same
    instant as the person's wall clock showed it, ISO 8601 with its UTC offset
    ("2026-03-02T10:15:00+01:00"). Build one with `HistoryEvent.create` to get both from the
    zone; constructing it directly checks that they agree (to the second).

    `planned_seconds` / `actual_seconds` are whole seconds (a break's planned length, and how
    long it really ran); `rating` belongs to COMFORT events only, and they must have one."""

    kind: HistoryEventKind
    at: datetime
    local_time: str
    break_kind: BreakKind | None = None
    exercise_id: str | None = None
    planned_seconds: int | None = None
    actual_seconds: int | None = None
    rating: int | None = None
    detail: str = ""

    def __post_init__(self) -> None:
        if not isinstance(self.kind, HistoryEventKind):
            raise ValueError(f"kind must be one of {_names(HistoryEventKind)}, got {self.kind!r}")
        if not isinstance(self.at, datetime) or self.at.utcoffset() is None:
            raise ValueError(f"at must be a datetime with a time zone, got {self.at!r}")
        # Normalised so that equal events compare and print the same however they were made.
        object.__setattr__(self, "at", self.at.astimezone(UTC))
        local = _parse_local_time(self.local_time)
        if abs(local - self.at) >= timedelta(seconds=1):
            raise ValueError(
                f"local_time {self.local_time!r} is not the same instant as at "
                f"({self.at.isoformat()})"
            )
        # One spelling, always with seconds, so the stored text sorts and slices the same way.
        object.__setattr__(self, "local_time", local.isoformat())
        if self.break_kind is not None and not isinstance(self.break_kind, BreakKind):
            raise ValueError(
                f"break_kind must be one of {_names(BreakKind)} or None, got {self.break_kind!r}"
            )
        if self.exercise_id is not None and (
            not isinstance(self.exercise_id, str) or not self.exercise_id.strip()
        ):
            raise ValueError(
                f"exercise_id must be a non-empty text or None, got {self.exercise_id!r}"
            )
        for name in ("planned_seconds", "actual_seconds"):
            value = getattr(self, name)
            if value is not None and (not _is_int(value) or value < 0):
                raise ValueError(f"{name} must be a whole number of seconds >= 0, got {value!r}")
        low, high = RATING_RANGE
        if self.rating is not None and (not _is_int(self.rating) or not low <= self.rating <= high):
            raise ValueError(
                f"rating must be a whole number from {low} to {high}, got {self.rating!r}"
            )
        if self.kind is HistoryEventKind.COMFORT and self.rating is None:
            raise ValueError(f"a comfort event needs a rating from {low} to {high}")
        if self.kind is not HistoryEventKind.COMFORT and self.rating is not None:
            raise ValueError(f"only comfort events carry a rating, not {self.kind.value} events")
        if not isinstance(self.detail, str):
            raise ValueError(f"detail must be text, got {self.detail!r}")

    @classmethod
    def create(
        cls,
        kind: HistoryEventKind,
        at: datetime,
        tz: tzinfo,
        *,
        break_kind: BreakKind | None = None,
        exercise_id: str | None = None,
        planned: timedelta | None = None,
        actual: timedelta | None = None,
        rating: int | None = None,
        detail: str = "",
    ) -> HistoryEvent:
        """The event at instant `at`, its wall-clock time taken in zone `tz`; lengths are
        rounded to whole seconds."""
        if at.utcoffset() is None:
            raise ValueError(f"at must be a datetime with a time zone, got {at!r}")
        return cls(
            kind=kind,
            at=at,
            local_time=at.astimezone(tz).isoformat(),
            break_kind=break_kind,
            exercise_id=exercise_id,
            planned_seconds=None if planned is None else round(planned.total_seconds()),
            actual_seconds=None if actual is None else round(actual.total_seconds()),
            rating=rating,
            detail=detail,
        )

    @property
    def local(self) -> datetime:
        """The wall-clock time, with the offset that was in force (a fixed-offset zone)."""
        return datetime.fromisoformat(self.local_time)

    def day(self, day_starts_at: time = DEFAULT_DAY_STARTS_AT) -> date:
        local = self.local
        return day_key(local, _tz_of(local), day_starts_at)


def _tz_of(value: datetime) -> tzinfo:
    zone = value.tzinfo
    if zone is None:  # _parse_local_time refuses such values; this keeps mypy informed
        raise ValueError("local_time has no UTC offset")
    return zone


def _parse_local_time(text: object) -> datetime:
    if not isinstance(text, str):
        raise ValueError(f"local_time must be ISO 8601 text, got {text!r}")
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        raise ValueError(
            f"local_time must be ISO 8601 with a UTC offset "
            f"(like 2026-03-02T10:15:00+01:00), got {text!r}"
        ) from None
    if value.utcoffset() is None:
        raise ValueError(f"local_time must carry its UTC offset, got {text!r}")
    return value


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _names(kinds: type[enum.Enum]) -> str:
    return ", ".join(member.value for member in kinds)


# ---------------------------------------------------------------------------------------------
# Aggregates: what the statistics need, small whatever the length of the history

DailyCounts = Mapping[date, Mapping[HistoryEventKind, int]]


@dataclass(frozen=True)
class HistoryAggregates:
    """Everything `summarise` reads, for one `today`:

    daily      events per day and kind, over the whole history (streaks need all of it);
    exercises  completed breaks per exercise over the last WEEK_DAYS days (today included);
    comfort    comfort ratings per day over the last MONTH_DAYS days, in time order;
    pauses     every PAUSED and RESUMED event, in time order (see `pause_spans`)."""

    daily: DailyCounts = field(default_factory=dict)
    exercises: Mapping[str, int] = field(default_factory=dict)
    comfort: Mapping[date, tuple[int, ...]] = field(default_factory=dict)
    pauses: tuple[HistoryEvent, ...] = ()

    def merged(self, other: HistoryAggregates) -> HistoryAggregates:
        """Both sets of aggregates together (`other`'s events coming after this one's)."""
        daily: dict[date, Counter[HistoryEventKind]] = {
            day: Counter(counts) for day, counts in self.daily.items()
        }
        for day, counts in other.daily.items():
            daily.setdefault(day, Counter()).update(counts)
        comfort = {day: tuple(ratings) for day, ratings in self.comfort.items()}
        for day, ratings in other.comfort.items():
            comfort[day] = comfort.get(day, ()) + tuple(ratings)
        return HistoryAggregates(
            daily={day: dict(counts) for day, counts in daily.items()},
            exercises=dict(Counter(self.exercises) + Counter(other.exercises)),
            comfort=comfort,
            pauses=tuple(sorted(self.pauses + other.pauses, key=lambda event: event.at)),
        )


def window(today: date, days: int) -> tuple[date, date]:
    """The first and last day of the `days` days ending with `today`."""
    return today - timedelta(days=days - 1), today


def count_by_day(
    events: Iterable[HistoryEvent], day_starts_at: time = DEFAULT_DAY_STARTS_AT
) -> dict[date, dict[HistoryEventKind, int]]:
    counts: dict[date, Counter[HistoryEventKind]] = {}
    for event in events:
        counts.setdefault(event.day(day_starts_at), Counter())[event.kind] += 1
    return {day: dict(kinds) for day, kinds in counts.items()}


def count_exercises(
    events: Iterable[HistoryEvent],
    first: date,
    last: date,
    day_starts_at: time = DEFAULT_DAY_STARTS_AT,
) -> dict[str, int]:
    """Completed breaks per exercise on the days first..last."""
    counts: Counter[str] = Counter(
        event.exercise_id
        for event in events
        if event.kind is HistoryEventKind.COMPLETED
        and event.exercise_id is not None
        and first <= event.day(day_starts_at) <= last
    )
    return dict(counts)


def ratings_by_day(
    events: Iterable[HistoryEvent],
    first: date,
    last: date,
    day_starts_at: time = DEFAULT_DAY_STARTS_AT,
) -> dict[date, tuple[int, ...]]:
    """Comfort ratings per day on the days first..last, in time order."""
    ratings: dict[date, list[int]] = {}
    for event in sorted(events, key=lambda event: event.at):
        if event.kind is HistoryEventKind.COMFORT and event.rating is not None:
            day = event.day(day_starts_at)
            if first <= day <= last:
                ratings.setdefault(day, []).append(event.rating)
    return {day: tuple(values) for day, values in ratings.items()}


def aggregate(
    events: Iterable[HistoryEvent],
    *,
    today: date,
    day_starts_at: time = DEFAULT_DAY_STARTS_AT,
) -> HistoryAggregates:
    """The aggregates of a plain sequence of events (the store computes the same with SQL)."""
    events = list(events)
    return HistoryAggregates(
        daily=count_by_day(events, day_starts_at),
        exercises=count_exercises(events, *window(today, WEEK_DAYS), day_starts_at),
        comfort=ratings_by_day(events, *window(today, MONTH_DAYS), day_starts_at),
        pauses=tuple(
            sorted((e for e in events if e.kind in PAUSE_KINDS), key=lambda event: event.at)
        ),
    )


def done_count(counts: Mapping[HistoryEventKind, int]) -> int:
    return sum(counts.get(kind, 0) for kind in DONE_KINDS)


# ---------------------------------------------------------------------------------------------
# Working days, pauses, streaks


def every_day(_day: date) -> bool:
    return True


def working_day_rule(hours: WorkingHours) -> Callable[[date], bool]:
    """A day is a working day when its weekday has working hours (today's hours are used for
    the whole history: hours changed later re-judge the days before)."""
    weekdays = tuple(bool(ranges) for ranges in hours.days)
    return lambda day: weekdays[day.weekday()]


def pause_spans(events: Iterable[HistoryEvent], until: datetime) -> list[tuple[datetime, datetime]]:
    """The [start, end) spans the app was paused, from PAUSED and RESUMED events: a pause runs
    from its PAUSED event to the next RESUMED one (a second PAUSED meanwhile extends nothing),
    and a pause not yet resumed runs until `until`. Sorted, touching spans joined."""
    spans: list[tuple[datetime, datetime]] = []
    started: datetime | None = None
    for event in sorted(events, key=lambda event: event.at):
        if event.kind is HistoryEventKind.PAUSED and started is None:
            started = event.at
        elif event.kind is HistoryEventKind.RESUMED and started is not None:
            spans.append((started, event.at))
            started = None
    if started is not None and started < until:
        spans.append((started, until))
    joined: list[tuple[datetime, datetime]] = []
    for start, end in spans:
        if end <= start:
            continue
        if joined and start <= joined[-1][1]:
            joined[-1] = (joined[-1][0], max(joined[-1][1], end))
        else:
            joined.append((start, end))
    return joined


def fully_paused_days(
    spans: Sequence[tuple[datetime, datetime]],
    hours: WorkingHours,
    tz: tzinfo,
    day_starts_at: time = DEFAULT_DAY_STARTS_AT,
) -> frozenset[date]:
    """The days (with `day_starts_at` as their start) that had working hours, all of them
    inside pause spans (as from `pause_spans`: sorted and joined)."""
    paused: set[date] = set()
    for span_start, span_end in spans:
        day = day_key(span_start, tz, day_starts_at)
        last = day_key(span_end, tz, day_starts_at)
        while day <= last:
            begins = datetime.combine(day, day_starts_at, tzinfo=tz).astimezone(UTC)
            ends = datetime.combine(day + timedelta(days=1), day_starts_at, tzinfo=tz)
            working = list(hours.intervals(begins, ends.astimezone(UTC), tz))
            if working and all(span_start <= a and b <= span_end for a, b in working):
                paused.add(day)
            day += timedelta(days=1)
    return frozenset(paused)


def paused_days(
    pauses: Iterable[HistoryEvent],
    now: datetime,
    hours: WorkingHours,
    tz: tzinfo,
    day_starts_at: time = DEFAULT_DAY_STARTS_AT,
) -> frozenset[date]:
    """The working days paused from start to end, from the PAUSED and RESUMED events: they
    neither count toward a streak nor break it. The one way every surface (the statistics
    window, `status`, `backbreak stats`) works them out, so their streaks agree."""
    return fully_paused_days(pause_spans(pauses, now), hours, tz, day_starts_at)


@dataclass(frozen=True)
class StreakRules:
    daily_goal: int = DEFAULT_DAILY_GOAL
    # Days that have working hours (`working_day_rule`); the others neither count nor break.
    is_working_day: Callable[[date], bool] = every_day

    def __post_init__(self) -> None:
        low, high = DAILY_GOAL_RANGE
        if not _is_int(self.daily_goal) or not low <= self.daily_goal <= high:
            raise ValueError(
                f"daily_goal must be a whole number of breaks from {low} to {high}, "
                f"got {self.daily_goal!r}"
            )


@dataclass(frozen=True)
class Streaks:
    current: int
    best: int


def streaks(
    done_by_day: Mapping[date, int],
    *,
    today: date,
    rules: StreakRules,
    paused_days: Container[date] = frozenset(),
) -> Streaks:
    """Current and best streak (see the module docstring). Days after `today` (a clock set
    back) are left out; the history begins with the first day in `done_by_day`."""
    known = [day for day in done_by_day if day <= today]
    if not known:
        return Streaks(0, 0)
    run = best = 0
    day = min(known)
    while day <= today:
        if rules.is_working_day(day) and day not in paused_days:
            if done_by_day.get(day, 0) >= rules.daily_goal:
                run += 1
                best = max(best, run)
            elif day != today:  # today is still in progress
                run = 0
        day += timedelta(days=1)
    return Streaks(current=run, best=best)


# ---------------------------------------------------------------------------------------------
# The statistics window


@dataclass(frozen=True)
class DayCount:
    day: date
    done: int


@dataclass(frozen=True)
class Today:
    """Where the person stands today: the day's breaks, the goal and the streaks. The one shape
    of today for every surface: the statistics window's ring and streaks, `backbreak stats`
    (`to_json_dict`) and `status --json` (`status_fields`)."""

    day: date
    working_day: bool  # has working hours and is not paused all day
    done: int  # completed + natural
    completed: int
    natural: int
    skipped: int
    snoozed: int
    goal: int
    streaks: Streaks

    @property
    def goal_met(self) -> bool:
        return self.done >= self.goal

    def to_json_dict(self) -> dict[str, object]:
        """For `backbreak stats --json`; the keys are stable:

        day             today's date, "YYYY-MM-DD" (days start at the configured hour)
        working_day     true when today has working hours and is not paused all day
        done            breaks done today (completed + natural)
        completed       breaks completed with the card
        natural         breaks taken by being away long enough
        skipped         breaks skipped
        snoozed         times a break was snoozed
        goal            the daily goal (breaks)
        goal_met        done >= goal
        current_streak  working days in a row meeting the goal, up to today
        best_streak     the longest such run ever
        """
        return {
            "day": self.day.isoformat(),
            "working_day": self.working_day,
            "done": self.done,
            "completed": self.completed,
            "natural": self.natural,
            "skipped": self.skipped,
            "snoozed": self.snoozed,
            "goal": self.goal,
            "goal_met": self.goal_met,
            "current_streak": self.streaks.current,
            "best_streak": self.streaks.best,
        }

    def status_fields(self) -> dict[str, int]:
        """The keys `status --json` has always given status bars (stable): done_today,
        daily_goal, streak, best_streak."""
        return {
            "done_today": self.done,
            "daily_goal": self.goal,
            "streak": self.streaks.current,
            "best_streak": self.streaks.best,
        }


def today_of(
    daily: DailyCounts,
    *,
    today: date,
    rules: StreakRules,
    paused_days: Container[date] = frozenset(),
) -> Today:
    """Today's figures and the streaks from the events per day and kind. Only today needs
    every kind; the other days need only the done kinds (what `HistoryReads.today` reads)."""
    counts = daily.get(today, {})
    done_by_day = {day: done_count(kinds) for day, kinds in daily.items()}
    return Today(
        day=today,
        working_day=rules.is_working_day(today) and today not in paused_days,
        done=done_count(counts),
        completed=counts.get(HistoryEventKind.COMPLETED, 0),
        natural=counts.get(HistoryEventKind.NATURAL, 0),
        skipped=counts.get(HistoryEventKind.SKIPPED, 0),
        snoozed=counts.get(HistoryEventKind.SNOOZED, 0),
        goal=rules.daily_goal,
        streaks=streaks(done_by_day, today=today, rules=rules, paused_days=paused_days),
    )


@dataclass(frozen=True)
class ExerciseCount:
    exercise_id: str
    count: int


@dataclass(frozen=True)
class RegionCount:
    region: str
    count: int  # completed breaks working this region (an exercise counts for each region)


@dataclass(frozen=True)
class ComfortDay:
    day: date
    done: int  # breaks done that day
    ratings: tuple[int, ...]

    @property
    def mean_rating(self) -> float | None:
        return sum(self.ratings) / len(self.ratings) if self.ratings else None


@dataclass(frozen=True)
class Report:
    """Everything the statistics show, from `report`; every sequence of days is oldest first,
    ends with today and has one entry per day (days without breaks have 0)."""

    today: Today
    last_7_days: tuple[DayCount, ...]
    last_30_days: tuple[DayCount, ...]
    year: tuple[DayCount, ...]  # YEAR_DAYS days, for the heatmap
    top_exercises: tuple[ExerciseCount, ...]  # the last 7 days, most done first
    regions: tuple[RegionCount, ...]  # every known region, most worked first (0: not covered)
    comfort_trend: tuple[ComfortDay, ...]  # the last 30 days
    # Days of `year` that are days off or fully paused: they neither count nor break a streak.
    rest_days: frozenset[date] = frozenset()

    @property
    def streaks(self) -> Streaks:
        return self.today.streaks


def _days(done_by_day: Mapping[date, int], today: date, days: int) -> tuple[DayCount, ...]:
    first, _last = window(today, days)
    return tuple(
        DayCount(day, done_by_day.get(day, 0))
        for day in (first + timedelta(days=offset) for offset in range(days))
    )


def report(
    aggregates: HistoryAggregates,
    *,
    now: datetime,
    tz: tzinfo,
    rules: StreakRules,
    hours: WorkingHours,
    day_starts_at: time = DEFAULT_DAY_STARTS_AT,
    regions_of: Mapping[str, Sequence[str]] | None = None,
    top_exercises: int = 5,
) -> Report:
    """The statistics, the one way every surface works them out: today (by the clock `now` in
    zone `tz`, days starting at `day_starts_at`), the fully paused working days (from the
    aggregates' pause events and the working `hours`), and from them the streaks and charts.
    `regions_of` maps an exercise id to the body regions it works (from the library)."""
    today = day_key(now, tz, day_starts_at)
    paused = paused_days(aggregates.pauses, now, hours, tz, day_starts_at)
    return summarise(
        aggregates,
        today=today,
        rules=rules,
        paused_days=paused,
        regions_of=regions_of,
        top_exercises=top_exercises,
    )


def summarise(
    aggregates: HistoryAggregates,
    *,
    today: date,
    rules: StreakRules | None = None,
    paused_days: Container[date] = frozenset(),
    regions_of: Mapping[str, Sequence[str]] | None = None,
    top_exercises: int = 5,
) -> Report:
    """`report` for a `today` and `paused_days` already worked out (`paused_days` as from
    `fully_paused_days`)."""
    rules = rules or StreakRules()
    regions_of = regions_of or {}
    done_by_day = {day: done_count(counts) for day, counts in aggregates.daily.items()}
    ranked = sorted(aggregates.exercises.items(), key=lambda item: (-item[1], item[0]))
    month = _days(done_by_day, today, MONTH_DAYS)
    year = _days(done_by_day, today, YEAR_DAYS)
    return Report(
        today=today_of(aggregates.daily, today=today, rules=rules, paused_days=paused_days),
        last_7_days=month[-WEEK_DAYS:],
        last_30_days=month,
        year=year,
        top_exercises=tuple(ExerciseCount(name, count) for name, count in ranked[:top_exercises]),
        regions=_regions(aggregates.exercises, regions_of),
        comfort_trend=tuple(
            ComfortDay(entry.day, entry.done, tuple(aggregates.comfort.get(entry.day, ())))
            for entry in month
        ),
        rest_days=frozenset(
            entry.day
            for entry in year
            if entry.day in paused_days or not rules.is_working_day(entry.day)
        ),
    )


def _regions(
    exercises: Mapping[str, int], regions_of: Mapping[str, Sequence[str]]
) -> tuple[RegionCount, ...]:
    """Every known region, most worked first (an exercise counts for each of its regions)."""
    counts: Counter[str] = Counter(
        {region: 0 for regions in regions_of.values() for region in regions}
    )
    for exercise_id, count in exercises.items():
        for region in dict.fromkeys(regions_of.get(exercise_id, ())):
            counts[region] += count
    return tuple(
        RegionCount(region, count)
        for region, count in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    )
