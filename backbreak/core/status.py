"""What the app is doing, as every surface shows it: the tray, the status window, the first
start's welcome, `backbreak status` and `backbreak status --json`.

Inside the app it travels as a typed `Status`; it becomes JSON only at the control socket
(`to_json`, whose keys are documented in README.md for status bars), and the CLI reads it
back with `from_json`. Only the standard library here: the CLI loads this on every poll.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields
from datetime import datetime, tzinfo
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from backbreak.core.breaks import Plan

# The planner's phases by value (core.breaks.Phase), which the CLI must not import.
COUNTING = "counting"
OFFERED = "offered"
ON_BREAK = "on_break"
SNOOZED = "snoozed"
PAUSED = "paused"
DEFERRED = "deferred"

_INSTANTS = ("next_break_at", "paused_until", "snoozed_until")
# Today's figures exist only where there is a history; without one the keys are left out.
_TODAY = ("done_today", "daily_goal", "streak", "best_streak")


@dataclass(frozen=True)
class Status:
    """The app's state at one instant. Instants are in the computer's zone."""

    state: str = COUNTING
    in_working_hours: bool = True
    next_break_at: datetime | None = None
    next_break_kind: str | None = None  # "micro" or "long"
    seconds_to_next_break: int | None = None
    paused_until: datetime | None = None  # None while paused: until resumed
    snoozed_until: datetime | None = None
    snoozes_left: int = 0
    skips_left: int | None = None  # None: no limit
    breaks_today: int = 0
    idle: bool = False
    ui: str = "window"  # "tray", or "window" where there is no tray
    idle_detection: str = "none"  # where idle time comes from ("none": natural breaks off)
    version: str = ""
    # Why a break waits: "full-screen", "do-not-disturb", "call" (another program uses the
    # microphone or camera), or None (not known, or none).
    waiting_for: str | None = None
    done_today: int | None = None
    daily_goal: int | None = None
    streak: int | None = None
    best_streak: int | None = None

    def to_json(self) -> dict[str, Any]:
        """Stable keys for status bars (README.md): instants in ISO 8601 with their offset."""
        data: dict[str, Any] = {}
        for field in fields(self):
            value = getattr(self, field.name)
            if field.name in _TODAY and value is None:
                continue
            if isinstance(value, datetime):
                value = value.isoformat(timespec="seconds")
            data[field.name] = value
        return data

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Status:
        """Read what the socket sent; a key that is missing or of the wrong type keeps its
        default (an older or newer app may send a little more or less)."""
        defaults = cls()
        values: dict[str, Any] = {}
        for field in fields(cls):
            raw = data.get(field.name)
            if field.name in _INSTANTS:
                values[field.name] = _instant(raw)
                continue
            default = getattr(defaults, field.name)
            expected = type(default) if default is not None else _optional_type(field.name)
            if isinstance(raw, expected) and not (expected is int and isinstance(raw, bool)):
                values[field.name] = raw
        return cls(**values)


def _optional_type(name: str) -> type:
    return str if name in ("next_break_kind", "waiting_for") else int


def _instant(raw: object) -> datetime | None:
    if not isinstance(raw, str):
        return None
    try:
        return datetime.fromisoformat(raw)
    except ValueError:
        return None


def plan_status(plan: Plan, tz: tzinfo, **rest: Any) -> Status:
    """The planner's part of the status, with the rest (`ui`, `idle_detection`, today's
    figures...) given by name."""

    def local(instant: datetime | None) -> datetime | None:
        return None if instant is None else instant.astimezone(tz)

    return Status(
        state=plan.phase.value,
        in_working_hours=plan.in_working_hours,
        next_break_at=local(plan.next_break_at),
        next_break_kind=None if plan.next_break_kind is None else plan.next_break_kind.value,
        seconds_to_next_break=plan.seconds_to_next_break,
        paused_until=local(plan.paused_until),
        snoozed_until=local(plan.snoozed_until),
        snoozes_left=plan.snoozes_left,
        skips_left=plan.skips_left,
        breaks_today=plan.breaks_today,
        idle=plan.idle,
        **rest,
    )
