"""The words the tray tooltip, the status window and `backbreak status` share."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from backbreak.core.status import Status
from backbreak.texts import breaks_today_sentence, status_sentence

NOW = datetime(2026, 11, 22, 14, 0, tzinfo=ZoneInfo("Europe/Berlin"))


@pytest.mark.parametrize(
    ("status", "sentence"),
    [
        ({"state": "counting", "seconds_to_next_break": 1500}, "Next stretch in 25 min"),
        ({"state": "counting", "seconds_to_next_break": 61}, "Next stretch in 2 min"),
        ({"state": "counting", "seconds_to_next_break": 59}, "Next stretch in less than a minute"),
        ({"state": "on_break"}, "Stretch break in progress"),
        ({"state": "paused", "paused_until": None}, "Paused until you resume"),
        (
            {"state": "paused", "paused_until": "2026-11-22T15:30:00+01:00"},
            "Paused until 15:30",
        ),
        (
            {"state": "paused", "paused_until": "2026-11-23T04:00:00+01:00"},
            "Paused until tomorrow at 04:00",
        ),
        # To the nearest minute, not cut: the break comes at 14:36:38.
        ({"state": "snoozed", "snoozed_until": "2026-11-22T14:36:38+01:00"}, "Snoozed until 14:37"),
        ({"state": "snoozed", "snoozed_until": "2026-11-22T14:36:20+01:00"}, "Snoozed until 14:36"),
        (
            {"state": "paused", "paused_until": "2026-11-22T23:59:40+01:00"},
            "Paused until tomorrow at 00:00",
        ),
    ],
)
def test_status_sentences(status: dict[str, object], sentence: str) -> None:
    assert status_sentence(Status.from_json(status), NOW) == sentence


def test_breaks_today() -> None:
    assert breaks_today_sentence(Status(breaks_today=3)) == "Breaks done today: 3"
