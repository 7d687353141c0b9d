"""Break history rules: events, days with a 04:00 boundary, streaks and the statistics window."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from backbreak.core.history import (
    DONE_KINDS,
    YEAR_DAYS,
    ComfortDay,
    DayCount,
    ExerciseCount,
    HistoryAggregates,
    HistoryEvent,
    HistoryEventKind,
    RegionCount,
    StreakRules,
    Streaks,
    aggregate,
    count_by_day,
    fully_paused_days,
    pause_spans,
    report,
    streaks,
    summarise,
    today_of,
    working_day_rule,
)
from backbreak.core.hours import WorkingHours
from backbreak.core.planner import BreakKind

BERLIN = ZoneInfo("Europe/Berlin")
K = HistoryEventKind
WEEKDAYS = working_day_rule(WorkingHours.weekdays(("09:00", "17:00")))
# 2026-03-02 is a Monday.
MONDAY = date(2026, 3, 2)


def at(day: date, clock: str, fold: int = 0) -> datetime:
    hours, minutes = (int(part) for part in clock.split(":"))
    return datetime.combine(day, time(hours, minutes), tzinfo=BERLIN).replace(fold=fold)


def event(
    kind: HistoryEventKind,
    day: date,
    clock: str,
    *,
    exercise: str | None = None,
    rating: int | None = None,
    fold: int = 0,
) -> HistoryEvent:
    return HistoryEvent.create(
        kind, at(day, clock, fold), BERLIN, exercise_id=exercise, rating=rating
    )


def breaks(day: date, count: int, kind: HistoryEventKind = K.COMPLETED) -> list[HistoryEvent]:
    """`count` breaks on `day`, one every 40 minutes from 09:00."""
    return [event(kind, day, f"{9 + (40 * n) // 60:02d}:{(40 * n) % 60:02d}") for n in range(count)]


def done_by_day(events: Iterable[HistoryEvent], boundary: time = time(4, 0)) -> dict[date, int]:
    return {
        day: sum(n for kind, n in kinds.items() if kind in DONE_KINDS)
        for day, kinds in count_by_day(events, boundary).items()
    }


# ---------------------------------------------------------------------------------------------
# Events


def test_create_keeps_the_wall_clock_time_with_its_offset_and_the_instant_in_utc() -> None:
    winter = HistoryEvent.create(K.COMPLETED, at(MONDAY, "10:15"), BERLIN)
    summer = HistoryEvent.create(K.COMPLETED, at(date(2026, 7, 1), "10:15"), BERLIN)
    assert winter.local_time == "2026-03-02T10:15:00+01:00"
    assert summer.local_time == "2026-07-01T10:15:00+02:00"
    assert winter.at == datetime(2026, 3, 2, 9, 15, tzinfo=UTC)
    assert winter.at.tzinfo is UTC


def test_create_rounds_lengths_to_whole_seconds() -> None:
    made = HistoryEvent.create(
        K.COMPLETED,
        at(MONDAY, "10:00"),
        BERLIN,
        break_kind=BreakKind.LONG,
        planned=timedelta(minutes=5),
        actual=timedelta(seconds=299.6),
    )
    assert (made.planned_seconds, made.actual_seconds) == (300, 300)


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"kind": K.COMFORT, "rating": 11}, "rating must be a whole number from 0 to 10, got 11"),
        ({"kind": K.COMFORT, "rating": -1}, "rating must be a whole number from 0 to 10, got -1"),
        ({"kind": K.COMFORT, "rating": True}, "rating must be a whole number from 0 to 10"),
        ({"kind": K.COMFORT}, "a comfort event needs a rating from 0 to 10"),
        ({"kind": K.COMPLETED, "rating": 5}, "only comfort events carry a rating"),
        ({"kind": K.COMPLETED, "planned_seconds": -1}, "planned_seconds must be a whole number"),
        ({"kind": K.COMPLETED, "actual_seconds": 2.5}, "actual_seconds must be a whole number"),
        ({"kind": K.COMPLETED, "exercise_id": " "}, "exercise_id must be a non-empty text"),
        ({"kind": "completed"}, "kind must be one of prompted, started, completed"),
        ({"kind": K.COMPLETED, "break_kind": "micro"}, "break_kind must be one of micro, long"),
    ],
)
def test_invalid_values_are_refused_naming_the_field(
    fields: dict[str, object], message: str
) -> None:
    with pytest.raises(ValueError, match=message.replace("(", r"\(")):
        HistoryEvent(
            at=datetime(2026, 3, 2, 9, tzinfo=UTC),
            local_time="2026-03-02T10:00:00+01:00",
            **fields,  # type: ignore[arg-type]
        )


def test_a_comfort_rating_at_either_end_of_the_scale_is_accepted() -> None:
    for rating in (0, 10):
        assert event(K.COMFORT, MONDAY, "10:00", rating=rating).rating == rating


def test_times_must_be_aware_and_agree() -> None:
    with pytest.raises(ValueError, match="at must be a datetime with a time zone"):
        HistoryEvent(K.COMPLETED, datetime(2026, 3, 2, 9), "2026-03-02T10:00:00+01:00")
    with pytest.raises(ValueError, match="local_time must carry its UTC offset"):
        HistoryEvent(K.COMPLETED, datetime(2026, 3, 2, 9, tzinfo=UTC), "2026-03-02T10:00:00")
    with pytest.raises(ValueError, match="is not the same instant as at"):
        HistoryEvent(K.COMPLETED, datetime(2026, 3, 2, 9, tzinfo=UTC), "2026-03-02T10:00:00+02:00")
    with pytest.raises(ValueError, match="local_time must be ISO 8601"):
        HistoryEvent(K.COMPLETED, datetime(2026, 3, 2, 9, tzinfo=UTC), "Monday morning")


def test_local_time_is_spelled_with_seconds_whatever_it_was_given_as() -> None:
    made = HistoryEvent(K.COMPLETED, datetime(2026, 3, 2, 9, tzinfo=UTC), "2026-03-02 10:00+01:00")
    assert made.local_time == "2026-03-02T10:00:00+01:00"


def test_night_work_before_four_belongs_to_the_day_before() -> None:
    assert event(K.COMPLETED, MONDAY, "03:59").day() == MONDAY - timedelta(days=1)
    assert event(K.COMPLETED, MONDAY, "04:00").day() == MONDAY
    assert event(K.COMPLETED, MONDAY, "03:59").day(time(0, 0)) == MONDAY


def test_the_day_is_the_wall_clock_day_lived_even_after_moving_zone() -> None:
    # Recorded at 23:30 in New York: that evening, although it was already the next
    # morning in UTC and in Berlin.
    new_york = HistoryEvent.create(
        K.COMPLETED, datetime(2026, 3, 3, 4, 30, tzinfo=UTC), ZoneInfo("America/New_York")
    )
    assert new_york.day() == MONDAY


def test_days_around_the_daylight_saving_changes() -> None:
    spring, autumn = date(2026, 3, 29), date(2026, 10, 25)  # Berlin: 02:00->03:00, 03:00->02:00
    assert event(K.COMPLETED, spring, "03:30").day() == spring - timedelta(days=1)
    assert event(K.COMPLETED, spring, "04:00").day() == spring
    first, second = (event(K.COMPLETED, autumn, "02:30", fold=fold) for fold in (0, 1))
    assert first.local_time == "2026-10-25T02:30:00+02:00"
    assert second.local_time == "2026-10-25T02:30:00+01:00"
    assert second.at - first.at == timedelta(hours=1)
    assert first.day() == second.day() == autumn - timedelta(days=1)
    assert event(K.COMPLETED, autumn, "04:00").day() == autumn


# ---------------------------------------------------------------------------------------------
# Streaks


def test_consecutive_working_days_meeting_the_goal_make_a_streak() -> None:
    history = done_by_day(breaks(MONDAY, 6) + breaks(MONDAY + timedelta(1), 7))
    result = streaks(history, today=MONDAY + timedelta(days=1), rules=StreakRules(6, WEEKDAYS))
    assert result == Streaks(current=2, best=2)


def test_a_working_day_short_of_the_goal_ends_the_streak() -> None:
    days = [MONDAY + timedelta(days=n) for n in range(5)]  # Mon-Fri
    history = done_by_day(
        breaks(days[0], 6)
        + breaks(days[1], 6)
        + breaks(days[2], 6)
        + breaks(days[3], 5)
        + breaks(days[4], 6)
    )
    result = streaks(history, today=days[4], rules=StreakRules(6, WEEKDAYS))
    assert result == Streaks(current=1, best=3)


def test_a_working_day_without_any_break_ends_the_streak() -> None:
    history = done_by_day(breaks(MONDAY, 6) + breaks(MONDAY + timedelta(days=2), 6))
    result = streaks(history, today=MONDAY + timedelta(days=2), rules=StreakRules(6, WEEKDAYS))
    assert result == Streaks(current=1, best=1)


def test_natural_breaks_count_towards_the_goal_and_skipped_ones_do_not() -> None:
    day = breaks(MONDAY, 3) + breaks(MONDAY, 3, K.NATURAL)
    short = breaks(MONDAY + timedelta(1), 5) + breaks(MONDAY + timedelta(1), 3, K.SKIPPED)
    history = done_by_day(day + short)
    assert streaks(history, today=MONDAY, rules=StreakRules(6, WEEKDAYS)) == Streaks(1, 1)
    tuesday = MONDAY + timedelta(days=1)
    wednesday = MONDAY + timedelta(days=2)
    assert streaks(history, today=wednesday, rules=StreakRules(6, WEEKDAYS)) == Streaks(0, 1)
    assert streaks(history, today=tuesday, rules=StreakRules(6, WEEKDAYS)) == Streaks(1, 1)


def test_days_off_neither_count_nor_break_a_streak() -> None:
    friday, saturday = MONDAY + timedelta(days=4), MONDAY + timedelta(days=5)
    next_monday = MONDAY + timedelta(days=7)
    # Breaks done on Saturday (a day off) add nothing; Sunday without any breaks breaks nothing.
    history = done_by_day(breaks(friday, 6) + breaks(saturday, 8) + breaks(next_monday, 6))
    result = streaks(history, today=next_monday, rules=StreakRules(6, WEEKDAYS))
    assert result == Streaks(current=2, best=2)


def test_fully_paused_days_neither_count_nor_break_a_streak() -> None:
    days = [MONDAY + timedelta(days=n) for n in range(4)]
    history = done_by_day(breaks(days[0], 6) + breaks(days[1], 6) + breaks(days[3], 6))
    rules = StreakRules(6, WEEKDAYS)
    assert streaks(history, today=days[3], rules=rules) == Streaks(1, 2)
    paused = frozenset({days[2]})
    assert streaks(history, today=days[3], rules=rules, paused_days=paused) == Streaks(3, 3)
    # A paused day that met the goal anyway still does not count.
    assert streaks(history, today=days[3], rules=rules, paused_days={days[1]}) == Streaks(1, 1)


def test_today_short_of_the_goal_is_still_in_progress() -> None:
    tuesday = MONDAY + timedelta(days=1)
    rules = StreakRules(6, WEEKDAYS)
    so_far = done_by_day(breaks(MONDAY, 6) + breaks(tuesday, 2))
    assert streaks(so_far, today=tuesday, rules=rules) == Streaks(current=1, best=1)
    nothing_yet = done_by_day(breaks(MONDAY, 6))
    assert streaks(nothing_yet, today=tuesday, rules=rules) == Streaks(current=1, best=1)
    met = done_by_day(breaks(MONDAY, 6) + breaks(tuesday, 6))
    assert streaks(met, today=tuesday, rules=rules) == Streaks(current=2, best=2)
    # Yesterday's shortfall is final: today does not rescue it.
    missed = done_by_day(breaks(MONDAY, 5) + breaks(tuesday, 2))
    assert streaks(missed, today=tuesday, rules=rules) == Streaks(current=0, best=0)


def test_night_work_counts_for_the_day_it_began() -> None:
    tuesday = MONDAY + timedelta(days=1)
    late_shift = [event(K.COMPLETED, MONDAY, f"{hour}:00") for hour in (20, 21, 22, 23)]
    after_midnight = [event(K.COMPLETED, tuesday, clock) for clock in ("00:30", "01:30")]
    history = done_by_day(late_shift + after_midnight)
    assert history == {MONDAY: 6}
    rules = StreakRules(6, WEEKDAYS)
    assert streaks(history, today=tuesday, rules=rules) == Streaks(current=1, best=1)
    # With days starting at midnight, the same evening falls short of the goal.
    at_midnight = done_by_day(late_shift + after_midnight, time(0, 0))
    assert at_midnight == {MONDAY: 4, tuesday: 2}
    assert streaks(at_midnight, today=tuesday, rules=rules) == Streaks(current=0, best=0)


def test_a_streak_runs_through_both_daylight_saving_days() -> None:
    # Every day from Friday 2026-03-27 to Tuesday 03-31 (spring forward on Sunday 29th), with
    # the night's breaks at 02:00-03:59 local time falling to the day before.
    every = StreakRules(6, lambda _day: True)
    spring = [date(2026, 3, 27) + timedelta(days=n) for n in range(5)]
    events = [e for day in spring for e in breaks(day, 4)]
    events += [event(K.COMPLETED, day + timedelta(days=1), "03:30") for day in spring]
    events += [event(K.COMPLETED, day + timedelta(days=1), "01:30") for day in spring]
    history = done_by_day(events, time(4, 0))
    assert all(history[day] == 6 for day in spring)
    assert streaks(history, today=spring[-1], rules=every) == Streaks(5, 5)
    # Autumn: 02:30 happens twice on 2026-10-25; both belong to the 24th.
    autumn = date(2026, 10, 24)
    night = [event(K.COMPLETED, autumn + timedelta(1), "02:30", fold=f) for f in (0, 1)]
    history = done_by_day(breaks(autumn, 4) + night + breaks(autumn + timedelta(1), 6), time(4, 0))
    assert history == {autumn: 6, autumn + timedelta(days=1): 6}
    assert streaks(history, today=autumn + timedelta(days=1), rules=every) == Streaks(2, 2)


def test_no_history_means_no_streak_and_future_days_are_ignored() -> None:
    rules = StreakRules(6, WEEKDAYS)
    assert streaks({}, today=MONDAY, rules=rules) == Streaks(0, 0)
    # The clock was set back: days after today do not count yet.
    assert streaks({MONDAY + timedelta(days=3): 9}, today=MONDAY, rules=rules) == Streaks(0, 0)


def test_best_streak_remembers_the_longest_run() -> None:
    days = [MONDAY + timedelta(days=n) for n in range(21)]
    working = [day for day in days if WEEKDAYS(day)]
    history = dict.fromkeys(working[:7], 6) | {working[8]: 6, working[9]: 6}
    result = streaks(history, today=days[-1], rules=StreakRules(6, WEEKDAYS))
    assert result == Streaks(current=0, best=7)


def test_the_daily_goal_must_be_in_range() -> None:
    with pytest.raises(ValueError, match="daily_goal must be a whole number of breaks from 1 to"):
        StreakRules(0)
    assert StreakRules(1).daily_goal == 1


def test_working_days_follow_the_working_hours() -> None:
    rule = working_day_rule(WorkingHours.weekdays(("09:00", "17:00")))
    assert [rule(MONDAY + timedelta(days=n)) for n in range(7)] == [True] * 5 + [False] * 2


# ---------------------------------------------------------------------------------------------
# Pauses


def test_pause_spans_run_from_pause_to_resume_and_an_open_pause_runs_until_now() -> None:
    events = [
        event(K.PAUSED, MONDAY, "10:00"),
        event(K.PAUSED, MONDAY, "10:30"),  # paused again while paused: nothing new
        event(K.RESUMED, MONDAY, "11:00"),
        event(K.RESUMED, MONDAY, "12:00"),  # resumed without a pause: ignored
        event(K.PAUSED, MONDAY, "15:00"),
    ]
    now = at(MONDAY, "16:00")
    assert pause_spans(reversed(events), now) == [
        (at(MONDAY, "10:00"), at(MONDAY, "11:00")),
        (at(MONDAY, "15:00"), now),
    ]


def test_a_day_is_fully_paused_only_when_all_its_working_hours_were() -> None:
    hours = WorkingHours.weekdays(("09:00", "12:00"), ("13:00", "17:00"))
    tuesday, wednesday = MONDAY + timedelta(days=1), MONDAY + timedelta(days=2)
    spans = pause_spans(
        [
            event(K.PAUSED, MONDAY, "08:00"),  # all of Monday's hours
            event(K.RESUMED, MONDAY, "18:00"),
            event(K.PAUSED, tuesday, "09:30"),  # Tuesday 09:00-09:30 was worked
            event(K.RESUMED, wednesday, "08:00"),
        ],
        at(wednesday, "12:00"),
    )
    assert fully_paused_days(spans, hours, BERLIN) == {MONDAY}


def test_a_long_pause_over_a_weekend_pauses_only_the_working_days() -> None:
    hours = WorkingHours.weekdays(("09:00", "17:00"))
    thursday = MONDAY + timedelta(days=3)
    spans = pause_spans(
        [event(K.PAUSED, thursday, "08:00"), event(K.RESUMED, thursday + timedelta(6), "08:00")],
        at(thursday + timedelta(days=10), "12:00"),
    )
    friday, monday, tuesday = (thursday + timedelta(days=n) for n in (1, 4, 5))
    assert fully_paused_days(spans, hours, BERLIN) == {thursday, friday, monday, tuesday}


def test_a_paused_night_shift_belongs_to_the_day_it_began() -> None:
    # Working 22:00-02:00; the 00:00-02:00 part belongs to the day before (04:00 boundary).
    hours = WorkingHours.every_day(("00:00", "02:00"), ("22:00", "24:00"))
    spans = pause_spans(
        [event(K.PAUSED, MONDAY, "21:00"), event(K.RESUMED, MONDAY + timedelta(1), "03:00")],
        at(MONDAY + timedelta(days=2), "12:00"),
    )
    assert fully_paused_days(spans, hours, BERLIN) == {MONDAY}
    assert fully_paused_days(spans, hours, BERLIN, time(0, 0)) == set()


# ---------------------------------------------------------------------------------------------
# The statistics window


def test_summary_of_a_hand_made_history() -> None:
    today = MONDAY + timedelta(days=14)  # a Monday
    yesterday_friday = today - timedelta(days=3)
    history: list[HistoryEvent] = []
    history += breaks(today - timedelta(days=40), 6)  # outside the month, inside the year
    for back in range(1, 12):  # the seven working days before today; weekends off
        day = today - timedelta(days=back)
        if WEEKDAYS(day):
            history += breaks(day, 6)
    history += [
        event(K.COMPLETED, today, "09:00", exercise="neck-roll"),
        event(K.COMPLETED, today, "09:40", exercise="neck-roll"),
        event(K.COMPLETED, today, "10:20", exercise="cat-cow"),
        event(K.NATURAL, today, "11:00"),
        event(K.SKIPPED, today, "11:40"),
        event(K.SNOOZED, today, "12:20"),
        event(K.SNOOZED, today, "12:25"),
        event(K.PROMPTED, today, "12:30"),
        event(K.COMFORT, today, "17:00", rating=6),
        event(K.COMFORT, today, "18:00", rating=9),
        event(K.COMFORT, yesterday_friday, "17:00", rating=4),
        event(K.COMPLETED, today - timedelta(days=2), "10:00", exercise="hip-flexor"),
        event(K.COMPLETED, today - timedelta(days=8), "10:00", exercise="cat-cow"),  # too old
    ]
    regions_of = {
        "neck-roll": ["neck", "shoulders"],
        "cat-cow": ["whole spine", "lower back"],
        "hip-flexor": ["hips"],
        "wall-angel": ["shoulders", "upper back"],
    }
    summary = summarise(
        aggregate(history, today=today),
        today=today,
        rules=StreakRules(6, WEEKDAYS),
        regions_of=regions_of,
        top_exercises=2,
    )
    assert summary.today.done == 4
    assert (summary.today.completed, summary.today.natural) == (3, 1)
    assert (summary.today.goal, summary.today.skipped, summary.today.snoozed) == (6, 1, 2)
    assert not summary.today.goal_met
    assert summary.today.working_day
    assert [entry.day for entry in summary.last_7_days] == [
        today - timedelta(days=n) for n in range(6, -1, -1)
    ]
    # Saturday's single break (a day off) shows in the chart but adds nothing to the streak.
    assert [entry.done for entry in summary.last_7_days] == [6, 6, 6, 6, 1, 0, 4]
    assert len(summary.last_30_days) == 30
    assert summary.last_30_days[-7:] == summary.last_7_days
    assert sum(entry.done for entry in summary.last_30_days) == 7 * 6 + 1 + 1 + 4
    assert len(summary.year) == YEAR_DAYS
    assert summary.year[-1] == DayCount(today, 4)
    assert summary.year[-41] == DayCount(today - timedelta(days=40), 6)
    assert summary.year[0].day == today - timedelta(days=YEAR_DAYS - 1)
    # The 7 working days before today met the goal; today is in progress. The day 40 days ago
    # is followed by working days without breaks, so it is a run of its own.
    assert summary.streaks == Streaks(current=7, best=7)
    assert summary.top_exercises == (ExerciseCount("neck-roll", 2), ExerciseCount("cat-cow", 1))
    assert summary.regions == (
        RegionCount("neck", 2),
        RegionCount("shoulders", 2),
        RegionCount("hips", 1),
        RegionCount("lower back", 1),
        RegionCount("whole spine", 1),
        RegionCount("upper back", 0),
    )
    trend = {entry.day: entry for entry in summary.comfort_trend}
    assert len(summary.comfort_trend) == 30
    assert trend[today] == ComfortDay(today, 4, (6, 9))
    assert trend[today].mean_rating == 7.5
    assert trend[yesterday_friday].mean_rating == 4.0
    assert trend[yesterday_friday].done == 6
    assert trend[today - timedelta(days=1)].mean_rating is None


def test_summary_of_an_empty_history() -> None:
    summary = summarise(HistoryAggregates(), today=MONDAY)
    assert summary.today.done == 0
    assert summary.streaks == Streaks(0, 0)
    assert summary.top_exercises == ()
    assert summary.regions == ()
    assert all(entry.done == 0 for entry in summary.year)


def test_top_exercises_break_ties_by_name() -> None:
    aggregates = HistoryAggregates(exercises={"b": 2, "a": 2, "c": 3, "d": 1})
    summary = summarise(aggregates, today=MONDAY, top_exercises=3)
    assert [entry.exercise_id for entry in summary.top_exercises] == ["c", "a", "b"]


def test_aggregates_merge_as_if_computed_together() -> None:
    today = MONDAY + timedelta(days=1)
    first = [*breaks(MONDAY, 3), event(K.COMFORT, today, "09:00", rating=3)]
    second = [
        event(K.COMPLETED, today, "10:00", exercise="cat-cow"),
        event(K.COMFORT, today, "11:00", rating=8),
        event(K.PAUSED, MONDAY, "12:00"),
    ]
    merged = aggregate(first, today=today).merged(aggregate(second, today=today))
    assert merged == aggregate(first + second, today=today)


def test_today_has_stable_keys_for_the_stats_command_and_for_status() -> None:
    today = today_of(
        count_by_day(breaks(MONDAY, 6) + breaks(MONDAY + timedelta(1), 2, K.SKIPPED)),
        today=MONDAY + timedelta(days=1),
        rules=StreakRules(6, WEEKDAYS),
    )
    assert today.status_fields() == {
        "done_today": 0,
        "daily_goal": 6,
        "streak": 1,
        "best_streak": 1,
    }
    assert today.to_json_dict() == {
        "day": "2026-03-03",
        "working_day": True,
        "done": 0,
        "completed": 0,
        "natural": 0,
        "skipped": 2,
        "snoozed": 0,
        "goal": 6,
        "goal_met": False,
        "current_streak": 1,
        "best_streak": 1,
    }


def test_the_report_works_out_today_and_the_paused_days_itself() -> None:
    """One path: `report` takes the clock, the zone and the hours, and finds today, the fully
    paused working days (they neither count nor break a streak) and the rest days itself."""
    hours = WorkingHours.weekdays(("09:00", "17:00"))
    tuesday, wednesday = MONDAY + timedelta(days=1), MONDAY + timedelta(days=2)
    events = [
        *breaks(MONDAY, 2),
        event(K.PAUSED, MONDAY, "20:00"),
        event(K.RESUMED, wednesday, "08:00"),
        *breaks(wednesday, 2),
    ]
    now = datetime.combine(wednesday, time(12, 0), tzinfo=BERLIN)
    rules = StreakRules(2, working_day_rule(hours))
    aggregates = aggregate(events, today=wednesday)
    shown = report(aggregates, now=now, tz=BERLIN, rules=rules, hours=hours)
    assert shown.today.day == wednesday
    assert shown.streaks == Streaks(current=2, best=2)
    assert tuesday in shown.rest_days and MONDAY not in shown.rest_days
    assert MONDAY - timedelta(days=1) in shown.rest_days  # a Sunday: no working hours
