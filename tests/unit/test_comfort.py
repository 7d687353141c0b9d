"""The comfort check-in's once-a-day rule: only when switched on, only after a completed
break, at most once per backbreak day (days start at the configured hour, 04:00 here)."""

from __future__ import annotations

from datetime import datetime, time
from zoneinfo import ZoneInfo

import pytest

from backbreak.core.comfort import should_ask

BERLIN = ZoneInfo("Europe/Berlin")
DAY_STARTS = time(4, 0)


def local(year: int, month: int, day: int, hour: int, minute: int, fold: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=BERLIN, fold=fold)


def ask(
    now: datetime,
    last_asked: datetime | None,
    *,
    enabled: bool = True,
    completed: int = 1,
    day_starts_at: time = DAY_STARTS,
) -> bool:
    return should_ask(
        now,
        BERLIN,
        day_starts_at,
        enabled=enabled,
        last_asked=last_asked,
        completed_breaks_today=completed,
    )


def test_first_completed_break_ever_is_asked_about() -> None:
    assert ask(local(2026, 5, 4, 10, 0), None)


def test_not_asked_again_on_the_same_day() -> None:
    assert not ask(local(2026, 5, 4, 17, 45), local(2026, 5, 4, 10, 0))


def test_asked_again_the_next_day() -> None:
    assert ask(local(2026, 5, 5, 9, 0), local(2026, 5, 4, 10, 0))


def test_switched_off_never_asks() -> None:
    assert not ask(local(2026, 5, 4, 10, 0), None, enabled=False)
    assert not ask(local(2026, 5, 5, 10, 0), local(2026, 5, 4, 10, 0), enabled=False)


def test_without_a_completed_break_today_nothing_is_asked() -> None:
    assert not ask(local(2026, 5, 4, 10, 0), None, completed=0)


def test_the_day_turns_at_four_not_at_midnight() -> None:
    asked = local(2026, 5, 4, 3, 30)  # still the night of 3 May
    assert ask(local(2026, 5, 4, 4, 0), asked)
    assert not ask(local(2026, 5, 4, 3, 59), asked)


def test_night_work_past_midnight_belongs_to_the_evening_it_began() -> None:
    evening = local(2026, 5, 4, 22, 0)
    assert not ask(local(2026, 5, 5, 1, 30), evening)
    assert not ask(local(2026, 5, 5, 3, 59), evening)
    assert ask(local(2026, 5, 5, 4, 0), evening)


def test_with_days_starting_at_midnight_one_thirty_is_a_new_day() -> None:
    evening = local(2026, 5, 4, 22, 0)
    assert ask(local(2026, 5, 5, 1, 30), evening, day_starts_at=time(0, 0))


def test_spring_forward_day_turns_at_four_on_the_wall_clock() -> None:
    # 29 March 2026: Berlin's clocks jump from 02:00 to 03:00. 03:30 is still the night of
    # the 28th; 04:00 is a new day, though only half an hour of real time later.
    asked = local(2026, 3, 29, 3, 30)
    assert not ask(local(2026, 3, 29, 3, 59), asked)
    assert ask(local(2026, 3, 29, 4, 0), asked)


def test_fall_back_night_is_one_day_even_when_the_hour_repeats() -> None:
    # 25 October 2026: 02:00-03:00 happens twice. Both belong to the night of the 24th.
    first = local(2026, 10, 25, 2, 30, fold=0)
    second = local(2026, 10, 25, 2, 30, fold=1)
    assert second.astimezone(ZoneInfo("UTC")) > first.astimezone(ZoneInfo("UTC"))
    assert not ask(second, first)
    assert ask(local(2026, 10, 25, 4, 0), second)


def test_instants_in_other_zones_are_judged_by_the_persons_zone() -> None:
    # 01:30 UTC on 5 May is 03:30 in Berlin: still the day of 4 May there.
    asked = local(2026, 5, 4, 10, 0)
    assert not ask(datetime(2026, 5, 5, 1, 30, tzinfo=ZoneInfo("UTC")), asked)


def test_a_clock_set_back_does_not_silence_the_question() -> None:
    # Last asked "tomorrow" by a wrong clock: today it has not been asked.
    assert ask(local(2026, 5, 4, 10, 0), local(2026, 5, 5, 10, 0))


def test_times_without_a_zone_are_refused() -> None:
    with pytest.raises(ValueError, match="now must be a datetime with a time zone"):
        ask(datetime(2026, 5, 4, 10, 0), None)
    with pytest.raises(ValueError, match="last_asked must be a datetime with a time zone"):
        ask(local(2026, 5, 4, 10, 0), datetime(2026, 5, 3, 10, 0))
