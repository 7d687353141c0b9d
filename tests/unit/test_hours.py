"""Working hours: parsing, validation, and real instants across midnight and DST."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from backbreak.core.hours import WorkingHours, day_key, describe, parse_clock

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")


def at(tz: ZoneInfo, *fields: int) -> datetime:
    return datetime(*fields, tzinfo=tz).astimezone(UTC)  # type: ignore[misc]


@pytest.mark.parametrize(("text", "minute"), [("09:30", 570), ("0:00", 0), ("24:00", 1440)])
def test_parse_clock(text: str, minute: int) -> None:
    assert parse_clock(text) == minute


@pytest.mark.parametrize("text", ["9.30", "25:00", "24:01", "12:60", "", "noon"])
def test_parse_clock_refuses_nonsense(text: str) -> None:
    with pytest.raises(ValueError, match="HH:MM"):
        parse_clock(text)


def test_ranges_must_be_sorted_non_empty_and_inside_the_day() -> None:
    with pytest.raises(ValueError, match="empty"):
        WorkingHours((((600, 600),),) + ((),) * 6)
    with pytest.raises(ValueError, match="sorted"):
        WorkingHours((((600, 700), (650, 800)),) + ((),) * 6)
    with pytest.raises(ValueError, match="7 weekdays"):
        WorkingHours(((),) * 6)


def test_office_week_intervals_in_local_time() -> None:
    hours = WorkingHours.weekdays(("09:00", "12:30"), ("13:30", "18:00"))
    monday = at(BERLIN, 2026, 11, 23)
    intervals = list(hours.intervals(monday, monday + timedelta(days=7), BERLIN))
    assert len(intervals) == 10  # two a day, Monday to Friday
    assert intervals[0] == (at(BERLIN, 2026, 11, 23, 9), at(BERLIN, 2026, 11, 23, 12, 30))
    assert sum((b - a for a, b in intervals), timedelta(0)) == timedelta(hours=40)


def test_ranges_touching_at_midnight_are_one_stretch() -> None:
    hours = WorkingHours.every_day(("00:00", "02:00"), ("22:00", "24:00"))
    start = at(BERLIN, 2026, 11, 23, 12)
    first = next(iter(hours.intervals(start, start + timedelta(days=1), BERLIN)))
    assert first == (at(BERLIN, 2026, 11, 23, 22), at(BERLIN, 2026, 11, 24, 2))


def test_spring_forward_shortens_a_range_that_spans_it() -> None:
    hours = WorkingHours.every_day(("01:00", "04:00"))
    day = at(NEW_YORK, 2026, 3, 8)  # clocks go 02:00 -> 03:00
    (interval,) = hours.intervals(day, day + timedelta(hours=12), NEW_YORK)
    assert interval[1] - interval[0] == timedelta(hours=2)


def test_range_around_and_next_start() -> None:
    hours = WorkingHours.weekdays(("09:00", "17:00"))
    friday_evening = at(BERLIN, 2026, 11, 27, 20)
    assert hours.range_around(friday_evening, BERLIN) is None
    assert hours.next_start(friday_evening, BERLIN) == at(BERLIN, 2026, 11, 30, 9)
    inside = at(BERLIN, 2026, 11, 27, 10)
    assert hours.range_around(inside, BERLIN) == (
        at(BERLIN, 2026, 11, 27, 9),
        at(BERLIN, 2026, 11, 27, 17),
    )


def test_no_working_hours_at_all() -> None:
    hours = WorkingHours(((),) * 7)
    assert hours.next_start(at(BERLIN, 2026, 11, 23), BERLIN) is None


def test_day_key_counts_night_work_for_the_day_before() -> None:
    assert day_key(at(BERLIN, 2026, 11, 24, 3, 59), BERLIN, time(4)) == date(2026, 11, 23)
    assert day_key(at(BERLIN, 2026, 11, 24, 4, 0), BERLIN, time(4)) == date(2026, 11, 24)


def test_describe() -> None:
    lines = describe(WorkingHours.weekdays(("09:00", "12:30"), ("13:30", "18:00")))
    assert lines[0] == "Mon 09:00-12:30, 13:30-18:00"
    assert lines[6] == "Sun off"
