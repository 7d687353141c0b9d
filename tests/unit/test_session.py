"""The break session's rules, stepped with a fake clock (no Qt, no waiting)."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from backbreak.core.session import (
    BreakRules,
    BreakSession,
    Happening,
    PauseChoice,
    State,
    next_day_start,
)

BERLIN = ZoneInfo("Europe/Berlin")


class FakeClock:
    def __init__(self, start: datetime) -> None:
        self.current = start

    def now(self) -> datetime:
        return self.current

    def advance(self, **kwargs: float) -> None:
        self.current += timedelta(**kwargs)


def make(start: datetime | None = None) -> tuple[BreakSession, FakeClock]:
    clock = FakeClock(start or datetime(2026, 3, 10, 9, 0, tzinfo=UTC))
    return BreakSession(BreakRules(interval=timedelta(minutes=25)), clock, BERLIN), clock


def test_first_break_is_due_one_interval_after_start() -> None:
    session, clock = make()
    assert session.next_wakeup() == clock.now() + timedelta(minutes=25)
    clock.advance(minutes=24, seconds=59)
    assert session.wake_up() is None
    assert session.status().seconds_to_next_break == 1
    clock.advance(seconds=1)
    assert session.wake_up() is Happening.BREAK_DUE
    assert session.status().state is State.ON_BREAK
    # A second wake-up for the same break announces nothing new.
    assert session.wake_up() is None


def test_finishing_a_break_counts_it_and_restarts_the_interval() -> None:
    session, clock = make()
    clock.advance(minutes=25)
    session.wake_up()
    clock.advance(seconds=30)
    session.finish_break(completed=True)
    status = session.status()
    assert status.breaks_today == 1
    assert status.next_break_at == clock.now() + timedelta(minutes=25)


def test_a_skipped_break_is_not_counted() -> None:
    session, _clock = make()
    assert session.take_break_now()
    session.finish_break(completed=False)
    assert session.status().breaks_today == 0
    assert session.status().state is State.COUNTING


def test_take_break_now_twice_does_not_start_a_second_break() -> None:
    session, _clock = make()
    assert session.take_break_now()
    assert not session.take_break_now()


def test_pause_for_an_hour_silences_breaks_then_ends_by_itself() -> None:
    session, clock = make()
    session.pause(PauseChoice.HOUR_1)
    assert session.status().next_break_at is None
    assert session.next_wakeup() == clock.now() + timedelta(hours=1)
    clock.advance(minutes=59)
    assert session.wake_up() is None
    clock.advance(minutes=1)
    assert session.wake_up() is Happening.PAUSE_ENDED
    # Counting starts afresh when the pause ends: no break fires straight away.
    assert session.next_wakeup() == clock.now() + timedelta(minutes=25)


def test_indefinite_pause_waits_for_resume() -> None:
    session, clock = make()
    session.pause(PauseChoice.INDEFINITELY)
    assert session.next_wakeup() is None
    clock.advance(days=3)
    assert session.wake_up() is None
    assert session.resume()
    assert session.next_wakeup() == clock.now() + timedelta(minutes=25)
    assert not session.resume()


def test_pause_for_an_hour_is_sixty_real_minutes_across_a_dst_change() -> None:
    # Europe/Berlin springs forward at 02:00 local (01:00 UTC) on 2026-03-29.
    session, _clock = make(datetime(2026, 3, 29, 0, 30, tzinfo=UTC))
    session.pause(PauseChoice.HOUR_1)
    assert session.next_wakeup() == datetime(2026, 3, 29, 1, 30, tzinfo=UTC)


@pytest.mark.parametrize(
    ("local_now", "expected_local"),
    [
        (datetime(2026, 3, 10, 15, 0), datetime(2026, 3, 11, 4, 0)),
        # After midnight but before the day starts: "tomorrow" is this morning.
        (datetime(2026, 3, 11, 1, 30), datetime(2026, 3, 11, 4, 0)),
        # The night the clocks go back: still 04:00 on the wall clock.
        (datetime(2026, 10, 24, 22, 0), datetime(2026, 10, 25, 4, 0)),
    ],
)
def test_pause_until_tomorrow_ends_at_the_next_day_start(
    local_now: datetime, expected_local: datetime
) -> None:
    now = local_now.replace(tzinfo=BERLIN).astimezone(UTC)
    until = next_day_start(now, BERLIN, time(4, 0))
    assert until.astimezone(BERLIN).replace(tzinfo=None) == expected_local


def test_breaks_today_resets_when_the_day_starts() -> None:
    session, clock = make(datetime(2026, 3, 10, 20, 0, tzinfo=UTC))  # 21:00 in Berlin
    session.take_break_now()
    session.finish_break(completed=True)
    clock.advance(hours=5)  # 02:00 Berlin: still the same working day
    assert session.status().breaks_today == 1
    clock.advance(hours=2)  # 04:00 Berlin: a new day
    assert session.status().breaks_today == 0


def test_pausing_during_a_break_ends_it_uncounted() -> None:
    session, _clock = make()
    session.take_break_now()
    session.pause(PauseChoice.MINUTES_30)
    assert session.status().state is State.PAUSED
    assert session.status().breaks_today == 0


def test_status_json_has_stable_keys_in_local_time() -> None:
    session, _clock = make()
    data = session.status().to_json_dict(BERLIN)
    assert data == {
        "state": "counting",
        "next_break_at": "2026-03-10T10:25:00+01:00",
        "seconds_to_next_break": 1500,
        "paused_until": None,
        "breaks_today": 0,
    }


def test_rules_refuse_a_zero_interval() -> None:
    with pytest.raises(ValueError, match="interval"):
        BreakRules(interval=timedelta(0))
