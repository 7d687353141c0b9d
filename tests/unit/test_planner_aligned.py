"""Clock-aligned breaks, scenario by scenario: breaks on the wall clock's :00 and :30 (or
:00, :20, :40, or the hour) inside working hours, with the planner's usual rules (the
warning, snooze, skip, pause, do-not-disturb, time away), across both daylight-saving
changes in Berlin, and the setting that chooses it. Every instant is explicit."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from itertools import pairwise
from zoneinfo import ZoneInfo

import pytest

from backbreak.core.aligned import ClockAlignment
from backbreak.core.hours import WorkingHours
from backbreak.core.planner import (
    BreakKind,
    Event,
    EventKind,
    NotAllowedError,
    PauseLength,
    Phase,
    Planner,
    Rules,
)
from backbreak.core.settings import ALIGN_TO_CLOCK, MICRO_INTERVAL, Settings, SettingsError

BERLIN = ZoneInfo("Europe/Berlin")
SECOND = timedelta(seconds=1)
MINUTE = timedelta(minutes=1)
OFFICE = WorkingHours.weekdays(("09:00", "12:30"), ("13:30", "18:00"))
HALF_HOURS = ClockAlignment(30)


def local(day: int, hour: int, minute: int = 0, second: int = 0) -> datetime:
    """An instant on Monday 23 November 2026 + `day` days, Berlin wall time."""
    return datetime(2026, 11, 23 + day, hour, minute, second, tzinfo=BERLIN).astimezone(UTC)


def clock(instant: datetime) -> str:
    """The Berlin wall clock at `instant`, as a person reads it."""
    return instant.astimezone(BERLIN).strftime("%H:%M:%S")


def make(start: datetime | None = None, **overrides: object) -> Planner:
    overrides.setdefault("working_hours", OFFICE)
    overrides.setdefault("clock_aligned", HALF_HOURS)
    rules = Rules(**overrides)  # type: ignore[arg-type]
    return Planner(rules, BERLIN, start or local(0, 8))


def run_until(planner: Planner, end: datetime) -> list[Event]:
    """Step the planner from wake-up to wake-up, as the scheduler would."""
    events: list[Event] = []
    while (wake := planner.next_wakeup()) is not None and wake <= end:
        events += planner.advance(wake)
    events += planner.advance(end)
    return events


def next_due(planner: Planner, limit: datetime) -> Event | None:
    """Wake-up to wake-up until a break is due (None when none is by `limit`)."""
    while (wake := planner.next_wakeup()) is not None and wake <= limit:
        for event in planner.advance(wake):
            if event.kind is EventKind.BREAK_DUE:
                return event
    return None


def take_every_break(planner: Planner, end: datetime) -> list[Event]:
    """Every break due until `end`, each started at once and finished after its length."""
    taken: list[Event] = []
    while (event := next_due(planner, end)) is not None:
        taken.append(event)
        planner.start_break(event.at)
        planner.finish_break(event.at + (event.length or SECOND))
    return taken


# -- on the clock, inside working hours -----------------------------------------------------


def test_breaks_come_on_the_hour_and_half_hour_inside_working_hours() -> None:
    planner = make()
    taken = take_every_break(planner, local(0, 23))
    # 09:00 and 13:30 start the ranges with no work yet; 12:30 and 18:00 end them.
    assert [clock(e.at) for e in taken] == [
        "09:30:00", "10:00:00", "10:30:00", "11:00:00", "11:30:00", "12:00:00",
        "14:00:00", "14:30:00", "15:00:00", "15:30:00", "16:00:00", "16:30:00",
        "17:00:00", "17:30:00",
    ]  # fmt: skip
    # Long breaks keep their rotation: every fourth.
    assert [e.break_kind for e in taken[:5]] == [BreakKind.MICRO] * 3 + [
        BreakKind.LONG,
        BreakKind.MICRO,
    ]


def test_each_break_is_warned_of_before_its_mark() -> None:
    planner = make()
    events = run_until(planner, local(0, 9, 30))
    assert [(e.kind, clock(e.at)) for e in events] == [
        (EventKind.WARNING, "09:29:30"),
        (EventKind.BREAK_DUE, "09:30:00"),
    ]


@pytest.mark.parametrize(
    ("minutes", "expected"),
    [
        (20, ["09:20:00", "09:40:00", "10:00:00", "10:20:00"]),
        (60, ["10:00:00", "11:00:00", "12:00:00", "14:00:00"]),
    ],
)
def test_every_twenty_minutes_or_every_hour_on_the_clock(minutes: int, expected: list[str]) -> None:
    planner = make(clock_aligned=ClockAlignment(minutes))
    taken = take_every_break(planner, local(0, 23))
    assert [clock(e.at) for e in taken[:4]] == expected
    assert all(e.at.astimezone(BERLIN).minute % minutes == 0 for e in taken)


def test_the_plan_and_the_wakeup_name_the_next_mark_and_its_warning() -> None:
    planner = make()
    planner.advance(local(0, 9, 5))
    plan = planner.plan(local(0, 9, 5))
    assert (clock(plan.next_break_at or local(0, 0)), clock(plan.warning_at or local(0, 0))) == (
        "09:30:00",
        "09:29:30",
    )
    assert planner.next_wakeup() == local(0, 9, 29, 30)
    planner.advance(local(0, 9, 29, 30))
    assert planner.next_wakeup() == local(0, 9, 30)
    # Before work starts, the plan looks ahead to the first mark of the day.
    assert make().plan(local(0, 8)).next_break_at == local(0, 9, 30)


def test_ranges_that_do_not_start_on_a_mark() -> None:
    """Hours 09:10-12:20: the first break needs a quarter of an hour of work (09:30), the
    last mark inside them is 12:00, and no warning comes for the 12:30 that never does."""
    planner = make(working_hours=WorkingHours.weekdays(("09:10", "12:20")))
    taken = take_every_break(planner, local(0, 23))
    assert [clock(e.at) for e in taken] == [
        "09:30:00", "10:00:00", "10:30:00", "11:00:00", "11:30:00", "12:00:00",
    ]  # fmt: skip
    planner = make(working_hours=WorkingHours.weekdays(("09:10", "12:20")))
    take_every_break(planner, local(0, 12, 1))
    assert run_until(planner, local(0, 13)) == []
    assert planner.plan(local(0, 13)).next_break_at == local(1, 9, 30)


def test_a_range_ending_on_a_mark_brings_no_break_there() -> None:
    planner = make()
    take_every_break(planner, local(0, 12, 1))
    assert run_until(planner, local(0, 13, 30)) == []
    plan = planner.plan(local(0, 12, 15))
    assert plan.next_break_at == local(0, 14)  # 13:30 starts a range with no work


# -- the person's answers -----------------------------------------------------------------


def test_a_snooze_moves_the_break_but_the_next_mark_stays() -> None:
    planner = make()
    due = next_due(planner, local(0, 10))
    assert due is not None and clock(due.at) == "09:30:00"
    planner.snooze(due.at)
    assert [(e.kind, clock(e.at)) for e in run_until(planner, local(0, 9, 40))] == [
        (EventKind.BREAK_DUE, "09:35:00")
    ]
    planner.start_break(local(0, 9, 35))
    planner.finish_break(local(0, 9, 35, 30))
    taken = take_every_break(planner, local(0, 10, 31))
    assert [clock(e.at) for e in taken] == ["10:00:00", "10:30:00"]


def test_snoozing_the_warning_puts_the_break_off_past_its_mark() -> None:
    planner = make()
    run_until(planner, local(0, 9, 29, 30))
    planner.snooze(local(0, 9, 29, 30))
    events = run_until(planner, local(0, 9, 40))
    # Five minutes after its mark, 09:30.
    assert [(e.kind, clock(e.at)) for e in events] == [(EventKind.BREAK_DUE, "09:35:00")]


def test_a_mark_too_soon_after_the_last_break_is_passed_over() -> None:
    """A 20-minute snooze: the break ends at 09:50:30, 09:5x work is under a quarter of an
    hour by 10:00, so that mark is passed over and 10:30 brings the next break."""
    planner = make(snooze_length=20 * MINUTE)
    due = next_due(planner, local(0, 10))
    assert due is not None
    planner.snooze(due.at)
    again = next_due(planner, local(0, 10))
    assert again is not None and clock(again.at) == "09:50:00"
    planner.start_break(again.at)
    planner.finish_break(again.at + 30 * SECOND)
    assert planner.plan(local(0, 9, 51)).next_break_at == local(0, 10, 30)
    assert [e.kind for e in run_until(planner, local(0, 10, 29))] == []
    assert [clock(e.at) for e in take_every_break(planner, local(0, 10, 31))] == ["10:30:00"]


def test_a_skipped_break_leaves_the_next_mark_where_it_is() -> None:
    planner = make()
    due = next_due(planner, local(0, 10))
    assert due is not None
    planner.skip(due.at)
    assert [clock(e.at) for e in take_every_break(planner, local(0, 10, 1))] == ["10:00:00"]


def test_strict_mode_refuses_snooze_and_skip_of_a_clock_aligned_break() -> None:
    planner = make(strict=True)
    due = next_due(planner, local(0, 10))
    assert due is not None
    for refused in (planner.snooze, planner.skip):
        with pytest.raises(NotAllowedError, match="strict"):
            refused(due.at)
    assert planner.phase is Phase.OFFERED


def test_pause_and_resume() -> None:
    """Resumed at 10:50, the 11:00 mark is too soon (ten minutes of work): 11:30. A timed
    pause that ends at 12:10 brings nothing at 12:30, where the range ends."""
    planner = make()
    take_every_break(planner, local(0, 10, 1))
    planner.pause(local(0, 10, 10), PauseLength.INDEFINITELY)
    assert planner.plan(local(0, 10, 10)).next_break_at is None
    assert run_until(planner, local(0, 10, 50)) == []
    planner.resume(local(0, 10, 50))
    assert planner.plan(local(0, 10, 50)).next_break_at == local(0, 11, 30)
    assert [clock(e.at) for e in take_every_break(planner, local(0, 11, 31))] == ["11:30:00"]
    planner.pause(local(0, 11, 40), PauseLength.MINUTES_30)
    assert planner.plan(local(0, 11, 40)).next_break_at == local(0, 14)
    events = run_until(planner, local(0, 14, 1))
    assert [(e.kind, clock(e.at)) for e in events] == [
        (EventKind.PAUSE_ENDED, "12:10:00"),
        (EventKind.WARNING, "13:59:30"),
        (EventKind.BREAK_DUE, "14:00:00"),
    ]


def test_do_not_disturb_defers_the_break_due_at_a_mark() -> None:
    planner = make()
    take_every_break(planner, local(0, 9, 31))
    planner.set_dnd(local(0, 9, 45), True)
    assert run_until(planner, local(0, 10, 5)) == []  # no warning either
    assert planner.phase is Phase.DEFERRED
    events = planner.set_dnd(local(0, 10, 7), False)
    assert [(e.kind, clock(e.at)) for e in events] == [(EventKind.BREAK_DUE, "10:07:00")]
    planner.start_break(local(0, 10, 7))
    planner.finish_break(local(0, 10, 7, 30))
    assert planner.plan(local(0, 10, 8)).next_break_at == local(0, 10, 30)


# -- time away ----------------------------------------------------------------------------


def test_a_natural_break_counts_and_the_next_mark_after_enough_work_follows() -> None:
    planner = make()
    take_every_break(planner, local(0, 9, 31))
    planner.set_idle(local(0, 9, 41), since=local(0, 9, 40))
    events = planner.set_idle(local(0, 9, 50), None)
    assert [e.kind for e in events] == [EventKind.NATURAL_BREAK]
    # Ten minutes of work by 10:00 is too little: 10:30.
    assert planner.plan(local(0, 9, 50)).next_break_at == local(0, 10, 30)
    assert run_until(planner, local(0, 10, 29)) == []
    planner = make()
    take_every_break(planner, local(0, 9, 31))
    planner.set_idle(local(0, 9, 33), since=local(0, 9, 32))
    planner.set_idle(local(0, 9, 36), None)  # a natural break of four minutes
    assert [clock(e.at) for e in take_every_break(planner, local(0, 10, 1))] == ["10:00:00"]


def test_a_mark_passed_while_away_too_briefly_for_the_break_brings_it_on_return() -> None:
    """The fourth break (long, five minutes) is due at 11:00; away 10:58-11:01 is no long
    break, so it comes when the person is back."""
    planner = make()
    take_every_break(planner, local(0, 10, 31))
    planner.set_idle(local(0, 10, 59), since=local(0, 10, 58))
    assert run_until(planner, local(0, 11, 0, 30)) == []
    events = planner.set_idle(local(0, 11, 1), None)
    assert [(e.kind, e.break_kind, clock(e.at)) for e in events] == [
        (EventKind.BREAK_DUE, BreakKind.LONG, "11:01:00")
    ]


def test_a_lock_across_a_mark_as_long_as_the_break_is_that_break() -> None:
    planner = make()
    take_every_break(planner, local(0, 9, 31))
    planner.suspend(local(0, 9, 58))
    events = planner.wake(local(0, 10, 3))
    assert [e.kind for e in events] == [EventKind.NATURAL_BREAK]
    assert planner.plan(local(0, 10, 3)).next_break_at == local(0, 10, 30)


def test_a_short_sleep_across_the_mark_of_a_long_break_brings_it_on_waking() -> None:
    planner = make()
    take_every_break(planner, local(0, 10, 31))
    planner.suspend(local(0, 10, 58))
    events = planner.wake(local(0, 11, 2))  # four minutes: no five-minute long break
    assert [(e.kind, e.break_kind, clock(e.at)) for e in events] == [
        (EventKind.BREAK_DUE, BreakKind.LONG, "11:02:00")
    ]


def test_a_mark_the_clock_is_set_past_brings_its_break_right_after() -> None:
    planner = make()
    take_every_break(planner, local(0, 9, 31))
    run_until(planner, local(0, 9, 50))
    events = planner.clock_jumped(local(0, 10, 10), by=20 * MINUTE)
    assert [(e.kind, clock(e.at)) for e in events] == [(EventKind.BREAK_DUE, "10:10:00")]


def test_long_breaks_after_minutes_of_work_reckon_each_break_as_the_period() -> None:
    """A long break after an hour of work: at 10:00 (an hour since 09:00), then at 11:30 (the
    five minutes of the long break were no work: 55 minutes by 11:00)."""
    planner = make(long_every_breaks=None, long_every_work=60 * MINUTE)
    taken = take_every_break(planner, local(0, 11, 31))
    assert [(clock(e.at), e.break_kind) for e in taken] == [
        ("09:30:00", BreakKind.MICRO),
        ("10:00:00", BreakKind.LONG),
        ("10:30:00", BreakKind.MICRO),
        ("11:00:00", BreakKind.MICRO),
        ("11:30:00", BreakKind.LONG),
    ]


# -- across daylight-saving changes ---------------------------------------------------------


def night_shift(day: date, minutes: int) -> tuple[Planner, list[Event]]:
    """Working 00:00-06:00 every day, breaks on the clock, every break taken; the night of
    `day` (a Sunday on which Berlin changes its clocks at 02:00 or 03:00)."""
    start = datetime(day.year, day.month, day.day, tzinfo=BERLIN) - timedelta(hours=2)
    planner = Planner(
        Rules(
            working_hours=WorkingHours.every_day(("00:00", "06:00")),
            clock_aligned=ClockAlignment(minutes),
        ),
        BERLIN,
        start,
    )
    end = datetime(day.year, day.month, day.day, 7, tzinfo=BERLIN)
    return planner, take_every_break(planner, end.astimezone(UTC))


def shown(events: list[Event]) -> list[str]:
    """Each break as the wall clock showed it, with its offset from UTC."""
    return [e.at.astimezone(BERLIN).strftime("%H:%M%z") for e in events]


def test_spring_forward_keeps_the_marks_of_the_wall_clock() -> None:
    """29 March 2026: at 02:00 the clocks jump to 03:00. There is no 02:00 or 02:30 that
    night: 01:30 is followed by 03:00, half an hour later, and nothing is skipped."""
    _planner, taken = night_shift(date(2026, 3, 29), 30)
    assert shown(taken) == [
        "00:30+0100", "01:00+0100", "01:30+0100",
        "03:00+0200", "03:30+0200", "04:00+0200", "04:30+0200", "05:00+0200", "05:30+0200",
    ]  # fmt: skip
    gaps = {b.at - a.at for a, b in pairwise(taken)}
    assert gaps == {30 * MINUTE}


def test_fall_back_keeps_the_marks_of_the_wall_clock_once_each() -> None:
    """25 October 2026: at 03:00 the clocks go back to 02:00. 02:00 and 02:30 are shown
    twice, an hour apart: each showing brings one break, and no instant brings two."""
    _planner, taken = night_shift(date(2026, 10, 25), 30)
    assert shown(taken) == [
        "00:30+0200", "01:00+0200", "01:30+0200", "02:00+0200", "02:30+0200",
        "02:00+0100", "02:30+0100", "03:00+0100", "03:30+0100", "04:00+0100",
        "04:30+0100", "05:00+0100", "05:30+0100",
    ]  # fmt: skip
    assert len({e.at for e in taken}) == len(taken)
    gaps = {b.at - a.at for a, b in pairwise(taken)}
    assert gaps == {30 * MINUTE}


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2026, 3, 29), ["01:00+0100", "03:00+0200", "04:00+0200", "05:00+0200"]),
        (
            date(2026, 10, 25),
            ["01:00+0200", "02:00+0200", "02:00+0100", "03:00+0100", "04:00+0100", "05:00+0100"],
        ),
    ],
)
def test_on_the_hour_across_both_changes(day: date, expected: list[str]) -> None:
    _planner, taken = night_shift(day, 60)
    assert shown(taken) == expected


def test_the_plan_across_the_spring_change_names_the_mark_after_the_gap() -> None:
    planner, _taken = night_shift(date(2026, 3, 29), 30)
    planner = Planner(planner.rules, BERLIN, datetime(2026, 3, 29, 1, 40, tzinfo=BERLIN))
    # A fresh count at 01:40 needs a quarter of an hour: 01:55, then the next mark is 03:00.
    plan = planner.plan(datetime(2026, 3, 29, 1, 40, tzinfo=BERLIN))
    assert plan.next_break_at == datetime(2026, 3, 29, 3, 0, tzinfo=BERLIN).astimezone(UTC)


# Ranges off the marks, and a weekend worked from Saturday 00:00 to Sunday 06:00 straight
# through both nights the clocks change.
ODD_WEEK = WorkingHours(((((70, 240), (485, 750), (797, 1080)),) * 5) + (((0, 1440),), ((0, 360),)))


def reference_breaks(start: datetime, end: datetime, minutes: int) -> list[datetime]:
    """Minute by minute over the wall clock, without the planner: every break taken at once
    (none longer than five minutes, so the next mark always has enough work), a break comes
    at each mark inside working hours at least half the period after its range began."""
    breaks: list[datetime] = []
    range_start: datetime | None = None
    instant = start
    while instant < end:
        shown = instant.astimezone(BERLIN)
        of_day = shown.hour * 60 + shown.minute
        working = any(a <= of_day < b for a, b in ODD_WEEK.days[shown.weekday()])
        if not working:
            range_start = None
        elif range_start is None:
            range_start = instant
        elif shown.minute % minutes == 0 and instant - range_start >= minutes * MINUTE / 2:
            breaks.append(instant)
        instant += MINUTE
    return breaks


@pytest.mark.parametrize("minutes", [20, 30, 60])
@pytest.mark.parametrize("first_day", [date(2026, 3, 21), date(2026, 10, 17)])
def test_two_weeks_across_a_clock_change_match_a_minute_by_minute_walk(
    minutes: int, first_day: date
) -> None:
    start = datetime.combine(first_day, datetime.min.time(), BERLIN).astimezone(UTC)
    end = start + timedelta(days=14)
    planner = Planner(
        Rules(working_hours=ODD_WEEK, clock_aligned=ClockAlignment(minutes)), BERLIN, start
    )
    taken = take_every_break(planner, end - SECOND)
    assert [e.at for e in taken] == reference_breaks(start, end, minutes)


# -- changing the rules, and the setting -------------------------------------------------------


def test_choosing_the_alignment_counts_marks_from_then_on() -> None:
    """Worked since 09:00 without breaks every 25 minutes (a long interval), aligned at
    09:44: no break at once for the 09:30 already past, the next mark brings it."""
    planner = make(clock_aligned=None, micro_every=60 * MINUTE)
    run_until(planner, local(0, 9, 44))
    events = planner.set_rules(
        local(0, 9, 44), Rules(working_hours=OFFICE, clock_aligned=HALF_HOURS)
    )
    assert events == []
    assert [(e.kind, clock(e.at)) for e in run_until(planner, local(0, 10))] == [
        (EventKind.WARNING, "09:59:30"),
        (EventKind.BREAK_DUE, "10:00:00"),
    ]


def test_the_setting_is_off_by_default_and_plain_words_in_the_file() -> None:
    assert Settings().value(ALIGN_TO_CLOCK) == "off"
    assert Settings().to_rules().clock_aligned is None
    document = Settings({ALIGN_TO_CLOCK.key: "every 30 minutes"}).to_document()
    assert document["schedule"]["align_to_clock"] == "every 30 minutes"
    with pytest.raises(SettingsError):
        Settings({ALIGN_TO_CLOCK.key: "every 25 minutes"})


@pytest.mark.parametrize(
    ("word", "minutes"), [("every 30 minutes", 30), ("every 20 minutes", 20), ("every hour", 60)]
)
def test_the_setting_makes_the_rules(word: str, minutes: int) -> None:
    rules = Settings({ALIGN_TO_CLOCK.key: word, MICRO_INTERVAL.key: 45}).to_rules()
    assert rules.clock_aligned == ClockAlignment(minutes)
    # The interval setting stays as it was, for when the alignment is off again; the time
    # between breaks (the tray's ring goes round once in it) is the period.
    assert rules.micro_every == 45 * MINUTE
    assert rules.interval == timedelta(minutes=minutes)


def test_alignments_that_do_not_cut_the_hour_evenly_are_refused() -> None:
    with pytest.raises(ValueError, match="minutes"):
        ClockAlignment(25)
    with pytest.raises(ValueError, match="half the clock-aligned period"):
        Rules(clock_aligned=ClockAlignment(10), warning_before=5 * MINUTE)
