"""`backbreak pause` takes any length and a time of day (issue 15), checked by the CLI and
again by the protocol: a bad one is a clear refusal that changes nothing."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from backbreak.cli.main import EXIT_NOT_RUNNING, EXIT_USAGE, main
from backbreak.core.control import ProtocolError, Request, decode_request, pause_end
from backbreak.core.pause_lengths import (
    MAX_PAUSE,
    PauseLength,
    next_clock_time,
    parse_clock_time,
    parse_duration,
)

BERLIN = ZoneInfo("Europe/Berlin")


@pytest.mark.parametrize(
    ("text", "length"),
    [
        ("45m", timedelta(minutes=45)),
        ("1h20m", timedelta(hours=1, minutes=20)),
        ("90s", timedelta(seconds=90)),
        ("2h", timedelta(hours=2)),
        ("1h30m15s", timedelta(hours=1, minutes=30, seconds=15)),
        ("90M", timedelta(minutes=90)),
        ("168h", MAX_PAUSE),
    ],
)
def test_lengths_in_hours_minutes_and_seconds(text: str, length: timedelta) -> None:
    assert parse_duration(text) == length


@pytest.mark.parametrize(
    "text", ["", "45", "m", "0m", "0h0m", "20m1h", "1.5h", "-5m", "169h", "9999999h", "1d", "h m"]
)
def test_what_is_no_length_or_too_long_is_refused(text: str) -> None:
    assert parse_duration(text) is None


@pytest.mark.parametrize(
    ("text", "at"),
    [("14:00", time(14)), ("9:05", time(9, 5)), ("00:00", time(0)), ("23:59", time(23, 59))],
)
def test_times_of_day(text: str, at: time) -> None:
    assert parse_clock_time(text) == at


@pytest.mark.parametrize("text", ["24:00", "14:60", "14", "2pm", "14:0", "14:00:00", ""])
def test_what_is_no_time_of_day_is_refused(text: str) -> None:
    assert parse_clock_time(text) is None


def test_a_time_still_to_come_is_today_and_a_past_one_tomorrow() -> None:
    now = datetime(2026, 3, 10, 11, 30, tzinfo=BERLIN)  # a Tuesday with no clock change near
    assert next_clock_time(time(14), now, BERLIN) == datetime(2026, 3, 10, 14, tzinfo=BERLIN)
    assert next_clock_time(time(8), now, BERLIN) == datetime(2026, 3, 11, 8, tzinfo=BERLIN)
    # Right at the time: the pause would last nothing, so it is tomorrow's.
    assert next_clock_time(time(11, 30), now, BERLIN) == datetime(
        2026, 3, 11, 11, 30, tzinfo=BERLIN
    )


def test_a_time_after_midnight_in_the_evening_is_the_coming_night() -> None:
    now = datetime(2026, 3, 10, 23, 0, tzinfo=BERLIN)
    assert next_clock_time(time(0, 30), now, BERLIN) == datetime(2026, 3, 11, 0, 30, tzinfo=BERLIN)


def test_a_time_the_clocks_skip_is_the_end_of_the_gap() -> None:
    # Berlin springs forward on 29 March 2026 at 02:00 to 03:00: 02:30 is never shown.
    now = datetime(2026, 3, 28, 22, 0, tzinfo=BERLIN)
    end = next_clock_time(time(2, 30), now, BERLIN)
    assert end == datetime(2026, 3, 29, 1, 0, tzinfo=UTC)  # 03:00 summer time
    assert end.astimezone(BERLIN).hour == 3


def test_the_protocol_carries_lengths_and_times() -> None:
    now = datetime(2026, 3, 10, 10, 0, tzinfo=UTC)
    for args, expected in (
        ({"duration": "30m"}, PauseLength.MINUTES_30),
        ({"duration": "until-tomorrow"}, PauseLength.NEXT_WORKING_DAY),
        ({"duration": "1h20m"}, now + timedelta(hours=1, minutes=20)),
        ({"until": "14:00"}, datetime(2026, 3, 10, 14, tzinfo=BERLIN)),
    ):
        request = decode_request(Request("pause", args).encode())
        assert pause_end(request.args, now, BERLIN) == expected


@pytest.mark.parametrize(
    ("args", "reason"),
    [
        ({}, "pause needs a duration"),
        ({"duration": "45x"}, "pause needs a duration"),
        ({"duration": "45m", "until": "14:00"}, "pause needs a duration"),
        ({"until": "25:00"}, "time of day"),
        ({"until": "soon"}, "time of day"),
    ],
)
def test_the_protocol_refuses_bad_pauses(args: dict[str, str], reason: str) -> None:
    with pytest.raises(ProtocolError, match=reason):
        decode_request(Request("pause", args).encode())


@pytest.mark.parametrize(
    "argv",
    [
        ["pause", "45m"],
        ["pause", "1h20m"],
        ["pause", "until", "14:00"],
        ["pause", "until", "tomorrow"],
    ],
)
def test_the_cli_sends_good_pauses_on(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    # Nothing runs here: a pause that passes the CLI's checks gets as far as "not running".
    assert main(argv) == EXIT_NOT_RUNNING
    assert "not running" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("argv", "says"),
    [
        (["pause", "45"], "'45' is not a pause length"),
        (["pause", "8d"], "up to 7 days"),
        (["pause", "until"], "such as 14:00"),
        (["pause", "until", "2pm"], "such as 14:00"),
        (["pause", "45m", "14:00"], "after until"),
    ],
)
def test_the_cli_refuses_bad_pauses_in_one_line_with_exit_2(
    argv: list[str], says: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(argv) == EXIT_USAGE
    error = capsys.readouterr().err
    assert says in error and error.count("\n") == 1


def test_the_planner_pauses_until_an_instant_and_refuses_one_already_past() -> None:
    from backbreak.core.planner import NotAllowedError, Phase, Planner, Rules

    now = datetime(2026, 3, 10, 10, 0, tzinfo=UTC)
    planner = Planner(Rules(), BERLIN, now)
    with pytest.raises(NotAllowedError, match="over already"):
        planner.pause(now, now)
    assert planner.phase is Phase.COUNTING  # the refusal changed nothing
    planner.pause(now, now + timedelta(minutes=45))
    plan = planner.plan(now)
    assert plan.phase is Phase.PAUSED
    assert plan.paused_until == now + timedelta(minutes=45)
    planner.advance(now + timedelta(minutes=45))
    assert planner.phase is Phase.COUNTING  # it ends by itself, as a named length does
