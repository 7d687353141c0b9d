"""The status travels typed inside the app and as JSON at the socket: what the app sends is
what the CLI reads back, and a reply from an older or odd app never breaks the CLI."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from backbreak.core.status import Status

ZONE = timezone(timedelta(hours=1))


def test_the_json_a_status_bar_reads_comes_back_as_the_same_status() -> None:
    status = Status(
        state="snoozed",
        in_working_hours=True,
        next_break_at=datetime(2026, 3, 2, 10, 15, tzinfo=ZONE),
        next_break_kind="micro",
        seconds_to_next_break=300,
        snoozed_until=datetime(2026, 3, 2, 10, 15, tzinfo=ZONE),
        snoozes_left=1,
        skips_left=None,
        breaks_today=4,
        ui="tray",
        idle_detection="x11-screensaver",
        version="1.0",
        done_today=4,
        daily_goal=6,
        streak=3,
        best_streak=9,
    )
    data = status.to_json()
    assert data["next_break_at"] == "2026-03-02T10:15:00+01:00"
    assert data["skips_left"] is None and data["paused_until"] is None
    assert Status.from_json(data) == status


def test_without_a_history_todays_keys_are_left_out() -> None:
    data = Status(state="counting").to_json()
    assert not {"done_today", "daily_goal", "streak", "best_streak"} & data.keys()
    assert {"state", "waiting_for", "idle", "ui", "version"} <= data.keys()


def test_missing_or_odd_values_keep_their_defaults() -> None:
    status = Status.from_json(
        {
            "state": 7,
            "in_working_hours": "yes",
            "next_break_at": "tomorrow",
            "seconds_to_next_break": True,  # a bool is not a count
            "breaks_today": 2,
            "streak": "3",
            "something_newer": 1,
        }
    )
    assert status == Status(breaks_today=2)
