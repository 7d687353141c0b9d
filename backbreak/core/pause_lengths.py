"""How long a pause lasts, as the tray, the card and `backbreak pause` say it: the named
lengths, a length written out ("45m", "1h20m") and a time of day ("14:00").

Kept apart from the control protocol (core.control), whose clients never read a pause:
`backbreak status --json`, polled by status bars every second, loads neither this module nor
the calendar it needs.
"""

from __future__ import annotations

import enum
import re
from datetime import datetime, time, timedelta, tzinfo

from backbreak.core.hours import local_instant


class PauseLength(enum.Enum):
    MINUTES_30 = "30m"
    HOUR_1 = "1h"
    HOURS_2 = "2h"
    NEXT_WORKING_DAY = "until-tomorrow"
    INDEFINITELY = "indefinitely"


PAUSE_DURATIONS = {length.value: length for length in PauseLength}

# A pause of a given length or until a clock time lasts at most this long: "pause 900h" is far
# more likely a slip than a plan, and "indefinitely" says a long pause plainly.
MAX_PAUSE = timedelta(days=7)

# "45m", "1h20m", "2h", "90s", "1h30m15s": hours, minutes, seconds, each at most once, in
# that order (as Stretchly's CLI and `sleep` write them).
_DURATION = re.compile(r"(?:(\d{1,6})h)?(?:(\d{1,6})m)?(?:(\d{1,6})s)?")
_CLOCK_TIME = re.compile(r"(\d{1,2}):(\d{2})")


def parse_duration(text: str) -> timedelta | None:
    """The length `text` writes ("45m", "1h20m", "90s"), or None when it writes none, or
    none from a second to MAX_PAUSE."""
    match = _DURATION.fullmatch(text.strip().lower())
    if match is None or not any(match.groups()):
        return None
    hours, minutes, seconds = (int(part or 0) for part in match.groups())
    length = timedelta(hours=hours, minutes=minutes, seconds=seconds)
    return length if timedelta(0) < length <= MAX_PAUSE else None


def parse_clock_time(text: str) -> time | None:
    """The time of day `text` writes on a 24-hour clock ("14:00", "9:30"), or None."""
    match = _CLOCK_TIME.fullmatch(text.strip())
    if match is None:
        return None
    hour, minute = int(match[1]), int(match[2])
    return time(hour, minute) if hour < 24 and minute < 60 else None


def next_clock_time(at: time, now: datetime, tz: tzinfo) -> datetime:
    """The next instant after `now` the clock shows `at`: today while it is still to come,
    else tomorrow, as an alarm clock reads it (at 15:00, "until 14:00" means tomorrow's
    14:00; "until 14:00" right at 14:00 too). A time the clocks skip that night is read as
    the end of the gap (see local_instant)."""
    today = now.astimezone(tz).date()
    instant = local_instant(today, at, tz)
    if instant <= now:
        instant = local_instant(today + timedelta(days=1), at, tz)
    return instant
