"""The planner's rules, scenario by scenario, with explicit instants (no clock, no Qt)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

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

BERLIN = ZoneInfo("Europe/Berlin")
MIN = timedelta(minutes=1)


def local(day: int, hour: int, minute: int = 0, second: int = 0) -> datetime:
    """An instant on Monday 23 November 2026 + `day` days, Berlin wall time."""
    return datetime(2026, 11, 23 + day, hour, minute, second, tzinfo=BERLIN).astimezone(UTC)


def kinds(events: list[Event]) -> list[str]:
    return [e.kind.value for e in events]


def run_until(planner: Planner, end: datetime) -> list[Event]:
    """Step the planner from wake-up to wake-up, as the scheduler would."""
    events: list[Event] = []
    while (wake := planner.next_wakeup()) is not None and wake <= end:
        events += planner.advance(wake)
    events += planner.advance(end)
    return events


OFFICE = WorkingHours.weekdays(("09:00", "12:30"), ("13:30", "18:00"))


def make(**overrides: object) -> Planner:
    overrides.setdefault("working_hours", OFFICE)
    rules = Rules(**overrides)  # type: ignore[arg-type]
    return Planner(rules, BERLIN, local(0, 8, 0))


def test_the_first_break_comes_after_25_minutes_of_work_with_a_warning() -> None:
    planner = make()
    events = run_until(planner, local(0, 9, 25))
    assert [(e.kind, e.at) for e in events] == [
        (EventKind.WARNING, local(0, 9, 24, 30)),
        (EventKind.BREAK_DUE, local(0, 9, 25)),
    ]
    assert events[1].break_kind is BreakKind.MICRO
    assert events[1].length == timedelta(seconds=30)


def test_nothing_happens_outside_working_hours() -> None:
    planner = make()
    # Saturday and Sunday are off in the office schedule.
    planner.advance(local(5, 8))
    assert run_until(planner, local(6, 23)) == []
    assert not planner.plan(local(6, 23)).in_working_hours
    # The plan says when the next one will come: Monday 09:25.
    assert planner.plan(local(6, 23)).next_break_at == local(7, 9, 25)


def test_every_fourth_break_is_long() -> None:
    planner = make()
    due: list[BreakKind | None] = []
    for _ in range(5):
        events: list[Event] = []
        while not any(e.kind is EventKind.BREAK_DUE for e in events):
            wake = planner.next_wakeup()
            assert wake is not None
            events = planner.advance(wake)
        event = next(e for e in events if e.kind is EventKind.BREAK_DUE)
        due.append(event.break_kind)
        planner.start_break(event.at)
        planner.finish_break(event.at + (event.length or MIN))
    assert due == [BreakKind.MICRO] * 3 + [BreakKind.LONG, BreakKind.MICRO]


def test_a_new_working_range_starts_with_a_fresh_count() -> None:
    planner = make()
    run_until(planner, local(0, 12, 20))  # 20 minutes worked since the 11:55-ish reset
    worked_before_lunch = planner.plan(local(0, 12, 20)).worked
    assert worked_before_lunch > timedelta(0)
    events = run_until(planner, local(0, 13, 40))
    assert EventKind.BREAK_DUE not in [e.kind for e in events if e.at < local(0, 13, 30)]
    assert planner.plan(local(0, 13, 40)).worked == timedelta(minutes=10)


def test_an_offered_break_is_withdrawn_when_working_hours_end() -> None:
    planner = make(working_hours=WorkingHours.weekdays(("09:00", "09:30")))
    events = run_until(planner, local(0, 9, 25))
    assert kinds(events)[-1] == "break_due"
    events = run_until(planner, local(0, 10))
    assert kinds(events) == ["break_withdrawn"]
    assert planner.phase is Phase.COUNTING


def test_snooze_brings_the_break_back_and_is_limited() -> None:
    planner = make()
    run_until(planner, local(0, 9, 25))
    planner.snooze(local(0, 9, 25))
    assert run_until(planner, local(0, 9, 29)) == []
    assert kinds(run_until(planner, local(0, 9, 30))) == ["break_due"]
    planner.snooze(local(0, 9, 30))
    run_until(planner, local(0, 9, 35))
    with pytest.raises(NotAllowedError, match="snoozed as often"):
        planner.snooze(local(0, 9, 35))
    assert planner.plan(local(0, 9, 35)).snoozes_left == 0
    planner.start_break(local(0, 9, 35))
    planner.finish_break(local(0, 9, 36))
    assert planner.plan(local(0, 9, 36)).snoozes_left == 2


def test_skips_are_budgeted_per_day() -> None:
    planner = make(daily_skips=1)
    run_until(planner, local(0, 9, 25))
    planner.skip(local(0, 9, 25))
    run_until(planner, local(0, 9, 50))
    with pytest.raises(NotAllowedError, match="no skips left"):
        planner.skip(local(0, 9, 50))
    # The next day (after 04:00) the budget is back.
    planner.start_break(local(0, 9, 50))
    planner.finish_break(local(0, 9, 51))
    run_until(planner, local(1, 9, 25))
    planner.skip(local(1, 9, 25))


def test_an_earlier_run_of_the_app_today_counts_toward_the_days_figures() -> None:
    """Started again at 11:00 (the history says 2 breaks and 1 skip today): no fresh day."""
    planner = make(daily_skips=2)
    planner.count_earlier_today(
        local(0, 11), local(0, 11).astimezone(BERLIN).date(), done=2, skipped=1
    )
    plan = planner.plan(local(0, 11))
    assert (plan.breaks_today, plan.skips_left) == (2, 1)
    # Counted here already: the history's figures never lower the planner's.
    planner.count_earlier_today(
        local(0, 11), local(0, 11).astimezone(BERLIN).date(), done=0, skipped=0
    )
    assert planner.plan(local(0, 11)).breaks_today == 2
    # Yesterday's figures are not today's; and the next day starts afresh.
    other = make(daily_skips=2)
    other.count_earlier_today(
        local(0, 11), local(-1, 11).astimezone(BERLIN).date(), done=5, skipped=2
    )
    assert (other.plan(local(0, 11)).breaks_today, other.plan(local(0, 11)).skips_left) == (0, 2)
    assert (planner.plan(local(1, 11)).breaks_today, planner.plan(local(1, 11)).skips_left) == (
        0,
        2,
    )


def test_unlimited_skips() -> None:
    planner = make(daily_skips=None)
    for _ in range(6):
        events = []
        while not events or events[-1].kind is not EventKind.BREAK_DUE:
            wake = planner.next_wakeup()
            assert wake is not None
            events = planner.advance(wake)
        planner.skip(events[-1].at)
    assert planner.plan(planner.plan(local(0, 8)).now).skips_left is None


def test_strict_mode_refuses_snooze_and_skip() -> None:
    planner = make(strict=True)
    run_until(planner, local(0, 9, 25))
    with pytest.raises(NotAllowedError, match="strict"):
        planner.snooze(local(0, 9, 25))
    with pytest.raises(NotAllowedError, match="strict"):
        planner.skip(local(0, 9, 25))
    plan = planner.plan(local(0, 9, 25))
    assert (plan.snoozes_left, plan.skips_left) == (0, 0)


def test_a_timed_pause_ends_by_itself_and_says_so() -> None:
    planner = make()
    run_until(planner, local(0, 9, 10))
    planner.pause(local(0, 9, 10), PauseLength.HOUR_1)
    events = run_until(planner, local(0, 10, 30))
    assert [(e.kind, e.at) for e in events] == [(EventKind.PAUSE_ENDED, local(0, 10, 10))]
    # Counting starts afresh at the end of the pause: 20 minutes by 10:30.
    assert planner.plan(local(0, 10, 30)).worked == timedelta(minutes=20)


def test_pause_until_the_next_working_day() -> None:
    planner = make()
    planner.advance(local(4, 10))  # Friday
    planner.pause(local(4, 10), PauseLength.NEXT_WORKING_DAY)
    assert planner.plan(local(4, 10)).paused_until == local(7, 9)  # Monday 09:00
    events = run_until(planner, local(7, 9, 30))
    assert kinds(events) == ["pause_ended", "warning", "break_due"]
    assert events[-1].at == local(7, 9, 25)


def test_an_indefinite_pause_waits_for_resume() -> None:
    planner = make()
    planner.pause(local(0, 9), PauseLength.INDEFINITELY)
    assert planner.next_wakeup() is not None  # range boundaries still tick
    assert EventKind.BREAK_DUE not in [e.kind for e in run_until(planner, local(2, 12))]
    planner.resume(local(2, 12))
    assert kinds(run_until(planner, local(2, 12, 25))) == ["warning", "break_due"]
    with pytest.raises(NotAllowedError):
        planner.resume(local(2, 12, 25))


def test_a_long_absence_is_a_natural_break() -> None:
    planner = make()
    run_until(planner, local(0, 9, 20))
    planner.set_idle(local(0, 9, 21), since=local(0, 9, 20))
    events = planner.set_idle(local(0, 9, 22), None)
    assert [(e.kind, e.break_kind, e.length) for e in events] == [
        (EventKind.NATURAL_BREAK, BreakKind.MICRO, timedelta(minutes=2))
    ]
    assert planner.plan(local(0, 9, 22)).worked == timedelta(0)


def test_a_short_absence_only_pauses_the_count() -> None:
    planner = make(micro_length=timedelta(minutes=3))
    run_until(planner, local(0, 9, 20))
    planner.set_idle(local(0, 9, 21), since=local(0, 9, 20))
    assert planner.set_idle(local(0, 9, 22), None) == []
    # 20 minutes worked, the two away were not work: the break moves by two minutes.
    assert planner.plan(local(0, 9, 22)).next_break_at == local(0, 9, 27)


def test_idle_noticed_late_takes_back_the_work_since_it_began() -> None:
    planner = make()
    run_until(planner, local(0, 9, 10))
    planner.set_idle(local(0, 9, 12), since=local(0, 9, 10))
    assert planner.plan(local(0, 9, 12)).worked == timedelta(minutes=10)


def test_an_offered_break_taken_away_from_the_desk_counts_as_natural() -> None:
    planner = make()
    run_until(planner, local(0, 9, 25))
    planner.set_idle(local(0, 9, 26), since=local(0, 9, 24))
    events = planner.set_idle(local(0, 9, 30), None)
    assert kinds(events) == ["natural_break", "break_withdrawn"]
    assert planner.phase is Phase.COUNTING


def test_after_a_suspend_no_break_fires_just_because_wall_time_passed() -> None:
    planner = make(micro_length=timedelta(hours=10))  # too long to count as natural
    run_until(planner, local(0, 9, 20))
    planner.suspend(local(0, 9, 20))
    events = planner.wake(local(0, 11, 0))
    assert EventKind.BREAK_DUE not in [e.kind for e in events]
    assert planner.plan(local(0, 11)).next_break_at == local(0, 11, 5)


def test_a_suspend_longer_than_the_break_is_a_natural_break() -> None:
    planner = make()
    run_until(planner, local(0, 9, 20))
    planner.suspend(local(0, 9, 20))
    events = planner.wake(local(0, 9, 50))
    assert kinds(events) == ["natural_break"]
    assert planner.plan(local(0, 9, 50)).next_break_at == local(0, 10, 15)


def test_do_not_disturb_defers_the_break_until_it_ends() -> None:
    planner = make()
    planner.set_dnd(local(0, 9, 0), True)
    events = run_until(planner, local(0, 9, 40))
    assert EventKind.WARNING not in [e.kind for e in events]
    assert events == []
    assert planner.phase is Phase.DEFERRED
    events = planner.set_dnd(local(0, 9, 40), False)
    assert kinds(events) == ["break_due"]


def test_do_not_disturb_gives_way_after_the_cap() -> None:
    planner = make(dnd_cap=timedelta(minutes=30))
    planner.set_dnd(local(0, 9, 0), True)
    events = run_until(planner, local(0, 10, 0))
    assert [(e.kind, e.at) for e in events] == [(EventKind.BREAK_DUE, local(0, 9, 55))]


def test_do_not_disturb_never_gives_way_when_told_never() -> None:
    planner = make(dnd_cap=None)
    planner.set_dnd(local(0, 9, 0), True)
    assert run_until(planner, local(0, 12, 0)) == []


def test_the_clock_going_back_counts_nothing_twice() -> None:
    planner = make()
    run_until(planner, local(0, 9, 20))
    assert planner.advance(local(0, 9, 5)) == []
    assert planner.plan(local(0, 9, 5)).worked == timedelta(minutes=20)
    # The remaining five minutes of work come after the jump, by the new wall clock.
    events = run_until(planner, local(0, 9, 10))
    assert [(e.kind, e.at) for e in events][-1] == (EventKind.BREAK_DUE, local(0, 9, 10))


def test_plan_does_not_consume_events() -> None:
    planner = make()
    assert planner.plan(local(0, 9, 30)).phase is Phase.OFFERED
    assert kinds(planner.advance(local(0, 9, 30))) == ["warning", "break_due"]


def test_dst_day_work_counts_real_time() -> None:
    # 2026-10-25: Berlin falls back at 03:00; a range 01:00-04:00 lasts four real hours.
    hours = WorkingHours.every_day(("01:00", "04:00"))
    start = datetime(2026, 10, 25, 0, 30, tzinfo=BERLIN).astimezone(UTC)
    rules = Rules(working_hours=hours, micro_every=timedelta(hours=3, minutes=50))
    planner = Planner(rules, BERLIN, start)
    events = run_until(planner, start + timedelta(hours=4, minutes=25))
    assert kinds(events) == ["warning", "break_due"]
    # Three wall-clock hours, but 3 h 50 min of work fit in: 03:50 CET.
    assert events[-1].at == datetime(2026, 10, 25, 3, 50, tzinfo=BERLIN).astimezone(UTC)


def test_by_default_breaks_come_at_any_hour() -> None:
    planner = Planner(Rules(), BERLIN, local(5, 23, 0))  # Saturday night
    events = run_until(planner, local(5, 23, 25))
    assert kinds(events) == ["warning", "break_due"]


def test_a_clock_set_forward_counts_nothing_and_is_no_absence() -> None:
    planner = make()
    run_until(planner, local(0, 9, 20))
    events = planner.clock_jumped(local(0, 11, 20))
    assert events == []
    assert planner.plan(local(0, 11, 20)).worked == timedelta(minutes=20)
    assert planner.plan(local(0, 11, 20)).next_break_at == local(0, 11, 25)


def test_a_clock_set_forward_past_a_pause_end_ends_the_pause() -> None:
    planner = make()
    planner.pause(local(0, 9, 10), PauseLength.MINUTES_30)
    assert kinds(planner.clock_jumped(local(0, 11))) == ["pause_ended"]


def test_a_new_interval_moves_the_next_break_at_once() -> None:
    start = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
    planner = Planner(Rules(), UTC, start)
    planner.advance(start + timedelta(minutes=10))
    planner.set_rules(start + timedelta(minutes=10), Rules(micro_every=timedelta(minutes=40)))
    plan = planner.plan(start + timedelta(minutes=10))
    # Ten minutes already worked count towards the new forty.
    assert plan.next_break_at == start + timedelta(minutes=40)
    # Shorter than what is already worked: the break is due now.
    events = planner.set_rules(
        start + timedelta(minutes=20), Rules(micro_every=timedelta(minutes=15))
    )
    assert [e.kind for e in events] == [EventKind.BREAK_DUE]


def test_snooze_answers_the_warning_and_puts_the_coming_break_off() -> None:
    start = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
    planner = Planner(Rules(), UTC, start)
    warned_at = start + timedelta(minutes=24, seconds=40)
    assert [e.kind for e in planner.advance(warned_at)] == [EventKind.WARNING]
    planner.snooze(warned_at)
    assert planner.phase is Phase.SNOOZED
    assert planner.advance(start + timedelta(minutes=29, seconds=59)) == []
    # Five minutes later than it was due (09:25), not five minutes from the warning.
    due = planner.advance(start + timedelta(minutes=30))
    assert [e.kind for e in due] == [EventKind.BREAK_DUE]
    # Before any warning there is nothing to snooze.
    fresh = Planner(Rules(), UTC, start)
    with pytest.raises(NotAllowedError):
        fresh.snooze(start + timedelta(minutes=5))


def test_snoozing_a_long_warning_puts_the_break_off_too() -> None:
    """A warning longer than the snooze (10 min before the break, snooze 5 min): "Snooze" on
    it at the start of the warning once made the break come five minutes early (found by the
    property tests), then used up a snooze and changed nothing (found by a person). The
    break comes five minutes after it was due."""
    planner = make(warning_before=10 * MIN, snooze_length=5 * MIN)
    events = run_until(planner, local(0, 9, 15))
    assert kinds(events) == ["warning"]
    planner.snooze(local(0, 9, 15))
    events = run_until(planner, local(0, 9, 40))
    due = [e for e in events if e.kind is EventKind.BREAK_DUE]
    assert [e.at for e in due] == [local(0, 9, 30)]


def test_every_refusal_has_a_code_and_words_for_the_person() -> None:
    from backbreak.core.planner import REFUSAL_TEXT, Refusal
    from backbreak.texts import refusal_words

    for reason in Refusal:
        assert NotAllowedError(reason).reason is reason
        assert str(NotAllowedError(reason)) == REFUSAL_TEXT[reason]
        words = refusal_words(reason)
        assert words[0].isupper() and words.endswith(".")
    assert len({refusal_words(reason) for reason in Refusal}) == len(Refusal)
