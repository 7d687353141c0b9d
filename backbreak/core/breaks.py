"""The planner's vocabulary: the kinds of break, the rules that time them, and what the
planner answers with (events, refusals, the plan). Plain data, read by the app, the command
line and the history alike; the rules themselves are told in backbreak.core.planner.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, time, timedelta, tzinfo
from typing import Any

from backbreak.core.aligned import ClockAlignment
from backbreak.core.hours import WorkingHours

# A break ended before this share of its planned length was not taken: it is "ended early".
TAKEN_SHARE = 0.8


def in_utc(instant: datetime) -> datetime:
    """Every instant in UTC inside the planner: Python adds to and compares datetimes of one
    zone by their wall-clock labels, which is wrong across a daylight-saving change."""
    return instant if instant.tzinfo is UTC else instant.astimezone(UTC)


class BreakKind(enum.Enum):
    MICRO = "micro"
    LONG = "long"


class Phase(enum.Enum):
    COUNTING = "counting"
    OFFERED = "offered"  # due: the card is up, waiting for the person
    SNOOZED = "snoozed"
    DEFERRED = "deferred"  # due during do-not-disturb
    ON_BREAK = "on_break"
    PAUSED = "paused"


class EventKind(enum.Enum):
    WARNING = "warning"
    BREAK_DUE = "break_due"
    BREAK_WITHDRAWN = "break_withdrawn"
    NATURAL_BREAK = "natural_break"
    PAUSE_ENDED = "pause_ended"


class Refusal(enum.Enum):
    """Why the rules refuse an action right now. The code travels (to the card, the socket's
    reply, a script); the app words it in the person's language (backbreak.texts)."""

    ON_BREAK = "on-break"
    NO_BREAK_RUNNING = "no-break-running"
    NOTHING_TO_SNOOZE = "nothing-to-snooze"
    STRICT_NO_SNOOZE = "strict-no-snooze"
    SNOOZES_USED = "snoozes-used"
    NOTHING_TO_SKIP = "nothing-to-skip"
    STRICT_NO_SKIP = "strict-no-skip"
    NO_SKIPS_LEFT = "no-skips-left"
    STRICT_NO_PAUSE = "strict-no-pause"
    PAUSE_OVER = "pause-over"
    NOT_PAUSED = "not-paused"


# The reasons in English, for logs and tests; what a person reads is backbreak.texts'.
REFUSAL_TEXT: Mapping[Refusal, str] = {
    Refusal.ON_BREAK: "a break is running already",
    Refusal.NO_BREAK_RUNNING: "no break is running",
    Refusal.NOTHING_TO_SNOOZE: "there is no break to snooze",
    Refusal.STRICT_NO_SNOOZE: "strict mode: breaks cannot be snoozed",
    Refusal.SNOOZES_USED: "this break has been snoozed as often as allowed",
    Refusal.NOTHING_TO_SKIP: "there is no break to skip",
    Refusal.STRICT_NO_SKIP: "strict mode: breaks cannot be skipped",
    Refusal.NO_SKIPS_LEFT: "no skips left today",
    Refusal.STRICT_NO_PAUSE: "strict mode: a break cannot be paused away",
    Refusal.PAUSE_OVER: "that pause would be over already",
    Refusal.NOT_PAUSED: "breaks are not paused",
}


class NotAllowedError(ValueError):
    """A user action the rules refuse right now: `reason` says why (str() in English)."""

    def __init__(self, reason: Refusal) -> None:
        super().__init__(REFUSAL_TEXT[reason])
        self.reason = reason


@dataclass(frozen=True)
class Rules:
    # Until the person sets their hours, breaks come whenever the computer is in use (as in
    # Stretchly and Workrave); idle detection keeps nights and lunch quiet.
    working_hours: WorkingHours = field(default_factory=WorkingHours.always)
    micro_every: timedelta = timedelta(minutes=25)
    micro_length: timedelta = timedelta(seconds=30)
    long_every_breaks: int | None = 4
    long_every_work: timedelta | None = None
    long_length: timedelta = timedelta(minutes=5)
    warning_before: timedelta = timedelta(seconds=30)
    snooze_length: timedelta = timedelta(minutes=5)
    max_snoozes: int = 2
    daily_skips: int | None = 3
    strict: bool = False
    dnd_cap: timedelta | None = timedelta(minutes=30)
    # When "today" starts for the skip budget (night work belongs to the day before).
    day_starts_at: time = time(4, 0)
    # Micro breaks on the wall clock's marks instead of every `micro_every` of work (which
    # the planner then leaves aside: `interval` is the period).
    clock_aligned: ClockAlignment | None = None

    def __post_init__(self) -> None:
        if self.micro_every <= timedelta(0):
            raise ValueError("micro_every must be positive")
        for name in ("micro_length", "long_length", "snooze_length"):
            if getattr(self, name) <= timedelta(0):
                raise ValueError(f"{name} must be positive")
        if not timedelta(0) <= self.warning_before < self.micro_every:
            raise ValueError("warning_before must be at least 0 and shorter than micro_every")
        if self.long_every_breaks is not None and self.long_every_breaks < 1:
            raise ValueError("long_every_breaks must be at least 1")
        if self.max_snoozes < 0 or (self.daily_skips is not None and self.daily_skips < 0):
            raise ValueError("snooze and skip limits must not be negative")
        if self.clock_aligned is not None and self.warning_before >= self.clock_aligned.least_work:
            raise ValueError("warning_before must be shorter than half the clock-aligned period")

    @property
    def interval(self) -> timedelta:
        """The work between two breaks: `micro_every`, or the clock-aligned period."""
        return self.micro_every if self.clock_aligned is None else self.clock_aligned.every

    @property
    def snooze_minutes(self) -> int:
        """The snooze length in whole minutes, as the card's button and the menu name it."""
        return round(self.snooze_length.total_seconds() / 60)

    def length_of(self, kind: BreakKind) -> timedelta:
        return self.long_length if kind is BreakKind.LONG else self.micro_length


@dataclass(frozen=True)
class Event:
    kind: EventKind
    at: datetime
    break_kind: BreakKind | None = None
    length: timedelta | None = None  # a break's length, or how long a natural break lasted


@dataclass(frozen=True)
class Plan:
    """What happens next, and when: read by the tray, the CLI and the tests alike.

    `next_break_at` assumes the person keeps working from now on."""

    now: datetime
    phase: Phase
    in_working_hours: bool
    worked: timedelta
    next_break_at: datetime | None
    next_break_kind: BreakKind | None
    warning_at: datetime | None
    offered_kind: BreakKind | None
    paused_until: datetime | None
    snoozed_until: datetime | None
    snoozes_left: int
    skips_left: int | None
    # Why "Snooze" and "Skip" would be refused now (None: allowed), so that every surface
    # offers them exactly when the planner takes them.
    snooze_refusal: Refusal | None
    skip_refusal: Refusal | None
    breaks_today: int
    idle: bool
    dnd: bool

    @property
    def seconds_to_next_break(self) -> int | None:
        if self.next_break_at is None:
            return None
        return max(0, round((self.next_break_at - self.now).total_seconds()))

    def to_json_dict(self, tz: tzinfo) -> dict[str, Any]:
        """Stable keys, documented in README.md for status bars (waybar, polybar)."""

        def local_iso(instant: datetime | None) -> str | None:
            return None if instant is None else instant.astimezone(tz).isoformat(timespec="seconds")

        return {
            "state": self.phase.value,
            "in_working_hours": self.in_working_hours,
            "next_break_at": local_iso(self.next_break_at),
            "next_break_kind": None if self.next_break_kind is None else self.next_break_kind.value,
            "seconds_to_next_break": self.seconds_to_next_break,
            "paused_until": local_iso(self.paused_until),
            "snoozed_until": local_iso(self.snoozed_until),
            "snoozes_left": self.snoozes_left,
            "skips_left": self.skips_left,
            "breaks_today": self.breaks_today,
            "idle": self.idle,
        }
