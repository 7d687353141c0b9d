"""When to ask how the person's upper back feels.

The comfort check-in is asked at most once a day, and only right after a completed break:
the question is about how the breaks are going, so it comes when one has just been done,
never as an interruption of its own. A dismissed question counts as asked; the person said
"not now" and hears it again tomorrow.

Days are backbreak's days (`backbreak.core.hours.day_key`): they start at `day_starts_at`,
so a question answered at 01:30 after a late shift counts for the day the shift began.
"""

from __future__ import annotations

from datetime import datetime, time, tzinfo

from backbreak.core.hours import day_key


def should_ask(
    now: datetime,
    tz: tzinfo,
    day_starts_at: time,
    *,
    enabled: bool,
    last_asked: datetime | None,
    completed_breaks_today: int,
) -> bool:
    """Whether to show the check-in now, just after a break was completed.

    `last_asked` is the last time the question was shown (answered or not), None if never;
    `completed_breaks_today` counts the completed breaks of today, the one just finished
    included."""
    if not enabled or completed_breaks_today < 1:
        return False
    # A naive datetime would be read as the machine's zone, not `tz`: a silent day shift.
    for name, instant in (("now", now), ("last_asked", last_asked)):
        if instant is not None and instant.utcoffset() is None:
            raise ValueError(f"{name} must be a datetime with a time zone, got {instant!r}")
    if last_asked is None:
        return True
    # "Not asked today" rather than "asked before today": a clock set back a day (or a
    # last_asked from a wrong clock) must not silence the question for days.
    return day_key(last_asked, tz, day_starts_at) != day_key(now, tz, day_starts_at)
