"""Preferences: one typed schema, checked value by value, with migrations between versions.

Every setting is a `Spec`: a dotted key grouped by section (`schedule.micro_interval_minutes`),
a human label, a one-line description, a default, and what it allows (a range for numbers,
choices for the rest). The preferences window builds its fields from `SCHEMA`, the settings
file is written from it (settings_store.py), and every value from either is checked by it.

Labels, descriptions and units are English source text, marked with `noop("Settings", text)` so
Qt's lupdate files them (it cannot read the variable in `tr("Settings", spec.label)`); the window
shows them through `tr("Settings", text)`. Messages about bad values are built here and
translated through backbreak.core.translate, which needs no Qt (it returns the English text when
Qt is not loaded).

A parsed document (the settings file's tables) goes through `load_document`: it refuses a file
that is not ours or that a newer backbreak wrote, migrates older versions step by step, and
checks every value. One bad value falls back to its default and is reported; the rest are kept.
The app itself changes settings with `Settings.with_changes`, which refuses the whole change
and lists every problem.

"Unlimited" and "never" are words in the file (TOML has no null) and None in Python.
"""

from __future__ import annotations

import difflib
import itertools
import json
import math
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import time, timedelta
from types import MappingProxyType
from typing import Any, Final, Generic, TypeVar, cast

from backbreak.core import exercises, history
from backbreak.core.hours import MINUTES_PER_DAY, WorkingHours, format_clock, parse_clock
from backbreak.core.planner import Rules
from backbreak.core.translate import noop, tr

CONFIG_VERSION: Final = 3
VERSION_KEY: Final = "config_version"

WEEKDAYS: Final = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# Marked here, translated where shown (tr("Settings", day_label)).
_WEEKDAY_LABELS: Final = (
    noop("Settings", "Monday"),
    noop("Settings", "Tuesday"),
    noop("Settings", "Wednesday"),
    noop("Settings", "Thursday"),
    noop("Settings", "Friday"),
    noop("Settings", "Saturday"),
    noop("Settings", "Sunday"),
)

# A week of working hours: seven entries, Monday first, each a sorted tuple of "HH:MM-HH:MM".
WeekRanges = tuple[tuple[str, ...], ...]
Value = int | bool | str | tuple[str, ...] | WeekRanges | None

T = TypeVar("T")


class SettingsError(ValueError):
    """Values the settings refuse; `problems` lists every one, `str()` one per line."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        super().__init__("\n".join(str(problem) for problem in problems))
        self.problems = tuple(problems)


class ForeignDocumentError(ValueError):
    """Valid TOML, but not a backbreak settings file."""


class NewerVersionError(ValueError):
    """Written by a newer backbreak: this one must not guess what it means, nor overwrite it."""

    def __init__(self, version: int) -> None:
        super().__init__(
            tr(
                "Settings",
                "The settings file is from a newer version of backbreak (config_version %1; "
                "this version understands up to %2).",
            )
            .replace("%1", str(version))
            .replace("%2", str(CONFIG_VERSION))
        )
        self.version = version


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one setting, in plain words (the label, not the key)."""

    key: str
    message: str

    def __str__(self) -> str:
        return f"{self.key}: {self.message}"


class _InvalidValueError(Exception):
    def __init__(self, *messages: str) -> None:
        super().__init__(*messages)
        self.messages = messages


def show(value: object) -> str:
    """A value as it would be typed in the file, for "(got ...)" in messages."""
    if value is None:
        return tr("Settings", "nothing")
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        text = json.dumps(value, ensure_ascii=False)
        return text if len(text) <= 42 else text[:40] + '…"'
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, list | tuple):
        if len(value) <= 8 and all(isinstance(item, str | int | float) for item in value):
            return "[" + ", ".join(show(item) for item in value) + "]"
        return tr("Settings", "a list")
    if isinstance(value, dict | Mapping):
        return tr("Settings", "a table")
    return tr("Settings", "a value of type %1").replace("%1", type(value).__name__)


def _choice_list(choices: Sequence[str]) -> str:
    quoted = [json.dumps(choice, ensure_ascii=False) for choice in choices]
    if len(quoted) == 1:
        return quoted[0]
    return (
        tr("Settings", "%1 or %2").replace("%1", ", ".join(quoted[:-1])).replace("%2", quoted[-1])
    )


# ---------------------------------------------------------------------------------------------
# The kinds of setting


@dataclass(frozen=True, kw_only=True)
class Spec(Generic[T]):
    """One setting. `parse` turns what the file or the window gives into the canonical value
    or raises _InvalidValueError; `to_toml` gives what the file holds."""

    key: str
    label: str
    description: str
    default: T

    @property
    def section(self) -> str:
        return self.key.partition(".")[0]

    @property
    def name(self) -> str:
        return self.key.partition(".")[2]

    def parse(self, raw: object) -> T:
        raise NotImplementedError

    def to_toml(self, value: T) -> object:
        return value

    def allowed(self) -> str:
        """What the setting accepts, in English, for the settings file's comments."""
        raise NotImplementedError

    def _label(self) -> str:
        return tr("Settings", self.label)


@dataclass(frozen=True, kw_only=True)
class IntSpec(Spec[int]):
    low: int
    high: int
    unit: str = ""  # plural English unit, e.g. "minutes"

    def parse(self, raw: object) -> int:
        if isinstance(raw, bool) or not isinstance(raw, int):
            raise _InvalidValueError(self._range_message(raw))
        if not self.low <= raw <= self.high:
            raise _InvalidValueError(self._range_message(raw))
        return raw

    def _range_message(self, raw: object) -> str:
        if self.unit:
            text = tr("Settings", "%1 must be between %2 and %3 %4 (got %5)")
            text = text.replace("%4", tr("Settings", self.unit))
        else:
            text = tr("Settings", "%1 must be between %2 and %3 (got %5)")
        return (
            text.replace("%1", self._label())
            .replace("%2", str(self.low))
            .replace("%3", str(self.high))
            .replace("%5", show(raw))
        )

    def allowed(self) -> str:
        unit = f" {self.unit}" if self.unit else ""
        return f"A whole number from {self.low} to {self.high}{unit}."


@dataclass(frozen=True, kw_only=True)
class OptionalIntSpec(Spec[int | None]):
    """A number, or a word ("unlimited", "never") for None."""

    low: int
    high: int
    unit: str = ""
    none_word: str

    def parse(self, raw: object) -> int | None:
        if raw is None:
            return None
        if isinstance(raw, str) and raw.strip().lower() == self.none_word:
            return None
        if isinstance(raw, int) and not isinstance(raw, bool) and self.low <= raw <= self.high:
            return raw
        if self.unit:
            text = tr("Settings", '%1 must be between %2 and %3 %4, or "%6" (got %5)')
            text = text.replace("%4", tr("Settings", self.unit))
        else:
            text = tr("Settings", '%1 must be between %2 and %3, or "%6" (got %5)')
        raise _InvalidValueError(
            text.replace("%1", self._label())
            .replace("%2", str(self.low))
            .replace("%3", str(self.high))
            .replace("%5", show(raw))
            .replace("%6", self.none_word)
        )

    def to_toml(self, value: int | None) -> object:
        return self.none_word if value is None else value

    def allowed(self) -> str:
        unit = f" {self.unit}" if self.unit else ""
        return f'A whole number from {self.low} to {self.high}{unit}, or "{self.none_word}".'


@dataclass(frozen=True, kw_only=True)
class BoolSpec(Spec[bool]):
    def parse(self, raw: object) -> bool:
        if not isinstance(raw, bool):
            raise _InvalidValueError(
                tr("Settings", "%1 must be true or false (got %2)")
                .replace("%1", self._label())
                .replace("%2", show(raw))
            )
        return raw

    def allowed(self) -> str:
        return "Either true or false."


@dataclass(frozen=True, kw_only=True)
class ChoiceSpec(Spec[str]):
    choices: tuple[str, ...]

    def parse(self, raw: object) -> str:
        if not isinstance(raw, str) or raw not in self.choices:
            raise _InvalidValueError(
                tr("Settings", "%1 must be %2 (got %3)")
                .replace("%1", self._label())
                .replace("%2", _choice_list(self.choices))
                .replace("%3", show(raw))
            )
        return raw

    def allowed(self) -> str:
        return f"One of: {', '.join(json.dumps(c) for c in self.choices)}."


@dataclass(frozen=True, kw_only=True)
class ClockSpec(Spec[str]):
    """A time of day, "HH:MM" from 00:00 to 23:59."""

    def parse(self, raw: object) -> str:
        if isinstance(raw, str):
            try:
                minute = parse_clock(raw)
            except ValueError:
                pass
            else:
                if minute < MINUTES_PER_DAY:
                    return format_clock(minute)
        raise _InvalidValueError(
            tr("Settings", "%1 must be a time of day like 04:00, from 00:00 to 23:59 (got %2)")
            .replace("%1", self._label())
            .replace("%2", show(raw))
        )

    def allowed(self) -> str:
        return 'A time of day, "HH:MM", from "00:00" to "23:59".'


def _strings(spec: Spec[Any], raw: object) -> list[str]:
    if isinstance(raw, list | tuple | set | frozenset) and all(isinstance(i, str) for i in raw):
        return list(raw)
    raise _InvalidValueError(
        tr("Settings", "%1 must be a list of names in square brackets (got %2)")
        .replace("%1", tr("Settings", spec.label))
        .replace("%2", show(raw))
    )


@dataclass(frozen=True, kw_only=True)
class ChoiceSetSpec(Spec[tuple[str, ...]]):
    """Some of a fixed list of names; kept in the list's order, each once."""

    choices: tuple[str, ...]
    min_items: int = 0

    def parse(self, raw: object) -> tuple[str, ...]:
        given = _strings(self, raw)
        unknown = [item for item in given if item not in self.choices]
        if unknown:
            raise _InvalidValueError(
                tr("Settings", "%1 may only list %2 (got %3)")
                .replace("%1", self._label())
                .replace("%2", _choice_list(self.choices))
                .replace("%3", ", ".join(show(item) for item in unknown))
            )
        chosen = tuple(choice for choice in self.choices if choice in given)
        if len(chosen) < self.min_items:
            raise _InvalidValueError(
                tr("Settings", "%1 must list at least one of %2")
                .replace("%1", self._label())
                .replace("%2", _choice_list(self.choices))
            )
        return chosen

    def to_toml(self, value: tuple[str, ...]) -> object:
        return list(value)

    def allowed(self) -> str:
        least = " (at least one)" if self.min_items else ""
        return f"A list{least} of: {', '.join(json.dumps(c) for c in self.choices)}."


_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


@dataclass(frozen=True, kw_only=True)
class IdListSpec(Spec[tuple[str, ...]]):
    """Exercise or routine ids, sorted, each once. Ids the library does not have are kept:
    a pack may be back tomorrow, and choose() ignores them meanwhile."""

    def parse(self, raw: object) -> tuple[str, ...]:
        given = _strings(self, raw)
        bad = [item for item in given if _ID.fullmatch(item) is None]
        if bad:
            raise _InvalidValueError(
                tr(
                    "Settings",
                    "%1: %2 is not an exercise id (lower-case letters, digits and dashes, "
                    "like chin-tuck)",
                )
                .replace("%1", self._label())
                .replace("%2", ", ".join(show(item) for item in bad))
            )
        return tuple(sorted(set(given)))

    def to_toml(self, value: tuple[str, ...]) -> object:
        return list(value)

    def allowed(self) -> str:
        return 'A list of exercise or routine ids, like ["chin-tuck", "cat-cow"].'


_RANGE = re.compile(r"\s*(\d{1,2}:\d{2})\s*-\s*(\d{1,2}:\d{2})\s*")


@dataclass(frozen=True, kw_only=True)
class WeekHoursSpec(Spec[WeekRanges]):
    """Working hours: a table of weekday -> ["HH:MM-HH:MM", ...]. A day left out has none,
    so a table listing Monday to Friday means weekends off."""

    def parse(self, raw: object) -> WeekRanges:
        days: list[object]
        messages: list[str] = []
        if isinstance(raw, Mapping):
            unknown = [str(name) for name in raw if name not in WEEKDAYS]
            if unknown:
                messages.append(
                    tr("Settings", "%1: %2 is not a weekday (use %3)")
                    .replace("%1", self._label())
                    .replace("%2", ", ".join(show(name) for name in unknown))
                    .replace("%3", ", ".join(WEEKDAYS))
                )
            days = [raw.get(name, []) for name in WEEKDAYS]
        elif isinstance(raw, list | tuple) and len(raw) == len(WEEKDAYS):
            days = list(raw)
        else:
            raise _InvalidValueError(
                tr("Settings", "%1 must be a table with a list of ranges for each weekday (got %2)")
                .replace("%1", self._label())
                .replace("%2", show(raw))
            )
        week: list[tuple[str, ...]] = []
        for day_label, day in zip(_WEEKDAY_LABELS, days, strict=True):
            ranges, day_messages = self._parse_day(day_label, day)
            messages.extend(day_messages)
            week.append(tuple(f"{format_clock(a)}-{format_clock(b)}" for a, b in ranges))
        if messages:
            raise _InvalidValueError(*messages)
        return tuple(week)

    def _parse_day(self, day_label: str, day: object) -> tuple[list[tuple[int, int]], list[str]]:
        where = (
            tr("Settings", "%1 on %2")
            .replace("%1", self._label())
            .replace("%2", tr("Settings", day_label))
        )
        if isinstance(day, str):
            day = [day]  # one range written without brackets: meant as a list of one
        if not isinstance(day, list | tuple):
            message = tr("Settings", '%1 must be a list like ["09:00-12:30"] (got %2)')
            return [], [message.replace("%1", where).replace("%2", show(day))]
        ranges: list[tuple[int, int]] = []
        messages: list[str] = []
        for item in day:
            match = _RANGE.fullmatch(item) if isinstance(item, str) else None
            try:
                if match is None:
                    raise ValueError
                start, end = parse_clock(match[1]), parse_clock(match[2])
            except ValueError:
                message = tr("Settings", "%1: %2 is not a time range like 09:00-17:30")
                messages.append(message.replace("%1", where).replace("%2", show(item)))
                continue
            if start >= end:
                message = tr(
                    "Settings",
                    "%1: %2 ends before it starts; to work past midnight, end at 24:00 and "
                    "start the next day at 00:00",
                )
                messages.append(message.replace("%1", where).replace("%2", show(item)))
                continue
            ranges.append((start, end))
        ranges.sort()
        for (a, b), (c, d) in itertools.pairwise(ranges):
            if c < b:
                messages.append(
                    tr("Settings", "%1: %2 and %3 overlap")
                    .replace("%1", where)
                    .replace("%2", f"{format_clock(a)}-{format_clock(b)}")
                    .replace("%3", f"{format_clock(c)}-{format_clock(d)}")
                )
        return ranges, messages

    def to_toml(self, value: WeekRanges) -> object:
        return {name: list(ranges) for name, ranges in zip(WEEKDAYS, value, strict=True)}

    def allowed(self) -> str:
        return (
            'For each weekday, a list of "HH:MM-HH:MM" ranges (24:00 ends the day). '
            "A day left out, or given [], has no breaks."
        )


# ---------------------------------------------------------------------------------------------
# The schema

_ALL_DAY: WeekRanges = (("00:00-24:00",),) * 7
_POSITIONS = tuple(position.value for position in exercises.Position)
_EQUIPMENT = tuple(item.value for item in exercises.Equipment)
_REGIONS = tuple(region.value for region in exercises.Region)


def _in_order(choices: tuple[str, ...], chosen: frozenset[Any]) -> tuple[str, ...]:
    values = {item.value for item in chosen}
    return tuple(choice for choice in choices if choice in values)


_DEFAULT_RULES = Rules()
_AT_DESK = exercises.AT_DESK


def _minutes(span: timedelta) -> int:
    return int(span.total_seconds()) // 60


def _seconds(span: timedelta) -> int:
    return int(span.total_seconds())


WORKING_HOURS = WeekHoursSpec(
    key="schedule.working_hours",
    label=noop("Settings", "Working hours"),
    description=noop("Settings", "When breaks may come: for each weekday, the times you work."),
    default=_ALL_DAY,
)
MICRO_INTERVAL = IntSpec(
    key="schedule.micro_interval_minutes",
    label=noop("Settings", "Micro break interval"),
    description=noop("Settings", "Minutes of work between micro breaks."),
    default=_minutes(_DEFAULT_RULES.micro_every),
    low=5,
    high=120,
    unit=noop("Settings", "minutes"),
)
LONG_EVERY_BREAKS = OptionalIntSpec(
    key="schedule.long_every_breaks",
    label=noop("Settings", "Long break after micro breaks"),
    description=noop("Settings", "Every this many breaks, the break is a long one."),
    default=_DEFAULT_RULES.long_every_breaks,
    low=1,
    high=20,
    unit=noop("Settings", "breaks"),
    none_word="never",
)
LONG_EVERY_MINUTES = OptionalIntSpec(
    key="schedule.long_every_minutes",
    label=noop("Settings", "Long break after minutes of work"),
    description=noop(
        "Settings", "After this much work since the last long break, the break is a long one."
    ),
    default=(
        None if _DEFAULT_RULES.long_every_work is None else _minutes(_DEFAULT_RULES.long_every_work)
    ),
    low=30,
    high=480,
    unit=noop("Settings", "minutes"),
    none_word="never",
)
WARNING_LEAD = IntSpec(
    key="schedule.warning_seconds",
    label=noop("Settings", "Warning before a break"),
    description=noop(
        "Settings", "How long before a break you are told it is coming (0: no warning)."
    ),
    default=_seconds(_DEFAULT_RULES.warning_before),
    low=0,
    high=120,  # below the shortest interval (5 minutes), as the planner requires
    unit=noop("Settings", "seconds"),
)
SNOOZE_LENGTH = IntSpec(
    key="schedule.snooze_minutes",
    label=noop("Settings", "Snooze length"),
    description=noop("Settings", "How long a snoozed break waits before it comes back."),
    default=_minutes(_DEFAULT_RULES.snooze_length),
    low=1,
    high=60,
    unit=noop("Settings", "minutes"),
)
SNOOZE_LIMIT = IntSpec(
    key="schedule.snooze_limit",
    label=noop("Settings", "Snoozes per break"),
    description=noop("Settings", "How many times one break may be snoozed."),
    default=_DEFAULT_RULES.max_snoozes,
    low=0,
    high=10,
)
DAILY_SKIPS = OptionalIntSpec(
    key="schedule.daily_skips",
    label=noop("Settings", "Skips per day"),
    description=noop("Settings", "How many breaks a day may be skipped."),
    default=_DEFAULT_RULES.daily_skips,
    low=0,
    high=50,
    none_word="unlimited",
)
STRICT = BoolSpec(
    key="schedule.strict",
    label=noop("Settings", "Strict mode"),
    description=noop("Settings", "Breaks can be neither snoozed nor skipped."),
    default=_DEFAULT_RULES.strict,
)
IDLE_THRESHOLD = IntSpec(
    key="schedule.idle_threshold_seconds",
    label=noop("Settings", "Away after"),
    description=noop(
        "Settings",
        "Without keyboard or mouse for this long, you count as away; time away as long as "
        "the next break counts as that break.",
    ),
    default=60,  # what the app used before settings existed (application.py)
    low=30,
    high=1800,
    unit=noop("Settings", "seconds"),
)
DND_CAP = OptionalIntSpec(
    key="schedule.dnd_cap_minutes",
    label=noop("Settings", "Longest wait for do-not-disturb"),
    description=noop("Settings", "A break due while do-not-disturb is on waits at most this long."),
    default=None if _DEFAULT_RULES.dnd_cap is None else _minutes(_DEFAULT_RULES.dnd_cap),
    low=5,
    high=480,
    unit=noop("Settings", "minutes"),
    none_word="never",
)
DAY_STARTS_AT = ClockSpec(
    key="schedule.day_starts_at",
    label=noop("Settings", "Day starts at"),
    description=noop(
        "Settings", "When a new day begins for daily counts; night work counts for the day before."
    ),
    default=_DEFAULT_RULES.day_starts_at.strftime("%H:%M"),
)

PLACE = ChoiceSpec(
    key="exercises.place",
    label=noop("Settings", "Where you are"),
    description=noop("Settings", "Where you are now: exercises fit the place."),
    default="desk",
    choices=("desk", "home"),
)
DESK_POSITIONS = ChoiceSetSpec(
    key="exercises.desk_positions",
    label=noop("Settings", "Positions at the desk"),
    description=noop("Settings", "Positions you can take at your desk."),
    default=_in_order(_POSITIONS, _AT_DESK.positions),
    choices=_POSITIONS,
    min_items=1,
)
DESK_EQUIPMENT = ChoiceSetSpec(
    key="exercises.desk_equipment",
    label=noop("Settings", "Equipment at the desk"),
    description=noop("Settings", "What you have at hand at your desk."),
    default=_in_order(_EQUIPMENT, _AT_DESK.equipment),
    choices=_EQUIPMENT,
)
HOME_POSITIONS = ChoiceSetSpec(
    key="exercises.home_positions",
    label=noop("Settings", "Positions at home"),
    description=noop("Settings", "Positions you can take at home."),
    default=_POSITIONS,
    choices=_POSITIONS,
    min_items=1,
)
HOME_EQUIPMENT = ChoiceSetSpec(
    key="exercises.home_equipment",
    label=noop("Settings", "Equipment at home"),
    description=noop("Settings", "What you have at hand at home."),
    default=("chair", "wall", "mat"),
    choices=_EQUIPMENT,
)
FOCUS_REGIONS = ChoiceSetSpec(
    key="exercises.focus_regions",
    label=noop("Settings", "Focus"),
    description=noop(
        "Settings", "Body regions you want more exercises for (none: a bit of everything)."
    ),
    default=(),
    choices=_REGIONS,
)
FAVOURITES = IdListSpec(
    key="exercises.favourites",
    label=noop("Settings", "Favourites"),
    description=noop("Settings", "Exercises and routines you like; they come more often."),
    default=(),
)
EXCLUDED = IdListSpec(
    key="exercises.excluded",
    label=noop("Settings", "Never show"),
    description=noop("Settings", "Exercises and routines you never want to see."),
    default=(),
)

WARNING_NOTIFICATION = BoolSpec(
    key="notifications.warning_notification",
    label=noop("Settings", "Warning as a notification"),
    description=noop("Settings", "Show the warning before a break as a desktop notification."),
    default=True,
)
SOUND = BoolSpec(
    key="notifications.sound",
    label=noop("Settings", "Sound"),
    description=noop("Settings", "Play a soft sound when a break starts and ends."),
    default=False,
)
VOLUME = IntSpec(
    key="notifications.volume",
    label=noop("Settings", "Volume"),
    description=noop("Settings", "How loud the sound is."),
    default=50,
    low=0,
    high=100,
    unit=noop("Settings", "percent"),
)

THEME = ChoiceSpec(
    key="appearance.theme",
    label=noop("Settings", "Theme"),
    description=noop("Settings", "Light or dark colours, or as the desktop has them."),
    default="system",
    choices=("system", "light", "dark"),
)
REDUCED_MOTION = ChoiceSpec(
    key="appearance.reduced_motion",
    label=noop("Settings", "Reduced motion"),
    description=noop("Settings", "Show still key poses instead of the animated figure."),
    default="system",
    choices=("system", "on", "off"),
)
CARD_SIZE = ChoiceSpec(
    key="appearance.card_size",
    label=noop("Settings", "Card size"),
    description=noop("Settings", "How big the break card is."),
    default="medium",
    choices=("small", "medium", "large"),
)

START_AT_LOGIN = BoolSpec(
    key="general.start_at_login",
    label=noop("Settings", "Start at login"),
    description=noop("Settings", "Start backbreak when you log in."),
    default=False,
)

DAILY_GOAL = IntSpec(
    key="history.daily_goal",
    label=noop("Settings", "Daily goal"),
    description=noop("Settings", "How many breaks a day you aim for."),
    default=6,
    low=1,
    high=50,
    unit=noop("Settings", "breaks"),
)
COMFORT_CHECK_IN = BoolSpec(
    key="history.comfort_check_in",
    label=noop("Settings", "Comfort check-in"),
    description=noop("Settings", "After a break, ask how your back feels."),
    default=True,
)

SECTIONS: Final = ("schedule", "exercises", "notifications", "appearance", "general", "history")
SCHEMA: Final[tuple[Spec[Any], ...]] = (
    MICRO_INTERVAL,
    LONG_EVERY_BREAKS,
    LONG_EVERY_MINUTES,
    WARNING_LEAD,
    SNOOZE_LENGTH,
    SNOOZE_LIMIT,
    DAILY_SKIPS,
    STRICT,
    IDLE_THRESHOLD,
    DND_CAP,
    DAY_STARTS_AT,
    WORKING_HOURS,
    PLACE,
    DESK_POSITIONS,
    DESK_EQUIPMENT,
    HOME_POSITIONS,
    HOME_EQUIPMENT,
    FOCUS_REGIONS,
    FAVOURITES,
    EXCLUDED,
    WARNING_NOTIFICATION,
    SOUND,
    VOLUME,
    THEME,
    REDUCED_MOTION,
    CARD_SIZE,
    START_AT_LOGIN,
    DAILY_GOAL,
    COMFORT_CHECK_IN,
)
BY_KEY: Final[Mapping[str, Spec[Any]]] = MappingProxyType({spec.key: spec for spec in SCHEMA})


# ---------------------------------------------------------------------------------------------
# Settings


class Settings:
    """A complete, checked set of values; immutable. `Settings()` holds the defaults."""

    __slots__ = ("_values",)
    _values: Mapping[str, Value]

    def __init__(self, values: Mapping[str, object] | None = None) -> None:
        """Check `values` (by key, canonical or as the window gives them; missing keys take
        their defaults). Raises SettingsError listing every problem."""
        given = dict(values or {})
        problems = [
            Problem(key, tr("Settings", "There is no setting called %1.").replace("%1", key))
            for key in given
            if key not in BY_KEY
        ]
        checked: dict[str, Value] = {}
        for spec in SCHEMA:
            if spec.key not in given:
                checked[spec.key] = spec.default
                continue
            try:
                checked[spec.key] = spec.parse(given[spec.key])
            except _InvalidValueError as invalid:
                problems.extend(Problem(spec.key, message) for message in invalid.messages)
        if problems:
            raise SettingsError(problems)
        object.__setattr__(self, "_values", MappingProxyType(checked))

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError("Settings are immutable; use with_changes()")

    def get(self, key: str) -> Value:
        try:
            return self._values[key]
        except KeyError:
            raise KeyError(f"no setting called {key!r}") from None

    def value(self, spec: Spec[T]) -> T:
        """The value of `spec`, typed: settings.value(MICRO_INTERVAL) is an int."""
        return cast(T, self._values[spec.key])

    def with_changes(self, changes: Mapping[str, object]) -> Settings:
        """These settings with `changes` applied; SettingsError lists every refused value."""
        return Settings({**self._values, **changes})

    def changed_keys(self, other: Settings) -> frozenset[str]:
        return frozenset(key for key, value in self._values.items() if other.get(key) != value)

    def is_default(self, key: str) -> bool:
        return bool(self._values[key] == BY_KEY[key].default)

    def to_document(self) -> dict[str, Any]:
        """The settings as the file's tables: {"config_version": 2, "schedule": {...}, ...}."""
        document: dict[str, Any] = {VERSION_KEY: CONFIG_VERSION}
        for section in SECTIONS:
            document[section] = {}
        for spec in SCHEMA:
            document[spec.section][spec.name] = spec.to_toml(self._values[spec.key])
        return document

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Settings) and self._values == other._values

    def __hash__(self) -> int:
        return hash(tuple(self._values.items()))

    def __repr__(self) -> str:
        changed = ", ".join(
            f"{key}={value!r}"
            for key, value in self._values.items()
            if value != BY_KEY[key].default
        )
        return f"Settings({changed})"

    # -- what the rest of the app takes ----------------------------------------------------

    def working_hours(self) -> WorkingHours:
        days: list[tuple[tuple[int, int], ...]] = []
        for ranges in self.value(WORKING_HOURS):
            parsed: list[tuple[int, int]] = []
            for text in ranges:
                start, _, end = text.partition("-")
                parsed.append((parse_clock(start), parse_clock(end)))
            days.append(tuple(parsed))
        return WorkingHours(tuple(days))

    def to_rules(self) -> Rules:
        long_every_minutes = self.value(LONG_EVERY_MINUTES)
        dnd_cap = self.value(DND_CAP)
        day_start = parse_clock(self.value(DAY_STARTS_AT))
        return Rules(
            working_hours=self.working_hours(),
            micro_every=timedelta(minutes=self.value(MICRO_INTERVAL)),
            long_every_breaks=self.value(LONG_EVERY_BREAKS),
            long_every_work=(
                None if long_every_minutes is None else timedelta(minutes=long_every_minutes)
            ),
            warning_before=timedelta(seconds=self.value(WARNING_LEAD)),
            snooze_length=timedelta(minutes=self.value(SNOOZE_LENGTH)),
            max_snoozes=self.value(SNOOZE_LIMIT),
            daily_skips=self.value(DAILY_SKIPS),
            strict=self.value(STRICT),
            dnd_cap=None if dnd_cap is None else timedelta(minutes=dnd_cap),
            day_starts_at=time(day_start // 60, day_start % 60),
        )

    def streak_rules(self) -> history.StreakRules:
        """The daily goal, and which days count (those with working hours)."""
        return history.StreakRules(
            self.value(DAILY_GOAL), history.working_day_rule(self.working_hours())
        )

    @property
    def idle_threshold(self) -> timedelta:
        """How long without input counts as away (the app's idle poll compares with it)."""
        return timedelta(seconds=self.value(IDLE_THRESHOLD))

    def exercise_setting(self) -> exercises.Setting:
        """What `exercises.choose` takes, for the place the person is at now."""
        at_home = self.value(PLACE) == "home"
        positions = self.value(HOME_POSITIONS if at_home else DESK_POSITIONS)
        equipment = self.value(HOME_EQUIPMENT if at_home else DESK_EQUIPMENT)
        favourites, excluded = self.value(FAVOURITES), self.value(EXCLUDED)
        return exercises.Setting(
            positions=frozenset(exercises.Position(p) for p in positions),
            equipment=frozenset(exercises.Equipment(e) for e in equipment),
            focus=frozenset(exercises.Region(r) for r in self.value(FOCUS_REGIONS)),
            favourites=frozenset(favourites),
            excluded=frozenset(excluded),
        )


def defaults() -> Settings:
    return Settings()


# ---------------------------------------------------------------------------------------------
# Migrations


@dataclass(frozen=True)
class Migration:
    """Turns a document of `from_version` into one of from_version + 1. `apply` gets a copy it
    may change, and must not fail on bad values: it moves them along for the checks to
    report."""

    from_version: int
    summary: str
    apply: Callable[[dict[str, Any]], dict[str, Any]]


def _rename(table: dict[str, Any], old: str, new: str, convert: Callable[[Any], Any]) -> None:
    # When both are there (someone added the new key by hand), the new one wins and the old
    # stays, to be reported as unknown rather than silently dropped.
    if old in table and new not in table:
        table[new] = convert(table.pop(old))


def _idle_minutes_to_seconds(raw: Any) -> Any:
    if isinstance(raw, int | float) and not isinstance(raw, bool):
        seconds = raw * 60
        # inf, nan and 1e308 (whose product is inf) have no whole number of seconds: move
        # them along as they are, for the value check to report.
        if isinstance(seconds, int) or math.isfinite(seconds):
            return round(seconds)
    return raw


def _skip_budget_to_daily_skips(raw: Any) -> Any:
    if isinstance(raw, int) and not isinstance(raw, bool) and raw < 0:
        return DAILY_SKIPS.none_word
    return raw


def _v1_to_v2(document: dict[str, Any]) -> dict[str, Any]:
    schedule = document.get("schedule")
    if isinstance(schedule, dict):
        _rename(schedule, "idle_minutes", "idle_threshold_seconds", _idle_minutes_to_seconds)
        _rename(schedule, "skip_budget", "daily_skips", _skip_budget_to_daily_skips)
    exercise_table = document.get("exercises")
    if isinstance(exercise_table, dict):
        _rename(exercise_table, "location", "place", lambda raw: raw)
    return document


def _v2_to_v3(document: dict[str, Any]) -> dict[str, Any]:
    schedule = document.get("schedule")
    if isinstance(schedule, dict):
        schedule.pop("micro_length_seconds", None)
        schedule.pop("long_length_minutes", None)
    return document


MIGRATIONS: Final[tuple[Migration, ...]] = (
    Migration(
        1,
        "Version 1 counted idle time in minutes (idle_minutes, now idle_threshold_seconds), "
        "wrote -1 for unlimited skips (skip_budget, now daily_skips), and called the place "
        "'location'.",
        _v1_to_v2,
    ),
    # A break is a guided stretch, and it lasts as long as the stretch does: a length set
    # apart from it either cut the stretch short or was not kept (a 10-second micro break
    # ran 34 s), and the card, the status and the history disagreed (issue 11).
    Migration(
        2,
        "Version 2 had break lengths (micro_length_seconds, long_length_minutes). A break now "
        "lasts as long as its stretch (20 to 40 seconds, 3 to 5 minutes for a long one), so "
        "they are gone.",
        _v2_to_v3,
    ),
)


def migrate(document: Mapping[str, Any], version: int) -> tuple[dict[str, Any], list[str]]:
    """`document` (of `version`) brought to CONFIG_VERSION, and what each step changed.

    Migrations only add, remove and rename keys in the sections, so the sections are copied
    and the values shared: a deep copy recursed into whatever a file nested (a 5 000-level
    dotted table raised RecursionError)."""
    migrated = {
        key: dict(value) if isinstance(value, dict) else value for key, value in document.items()
    }
    summaries: list[str] = []
    for migration in MIGRATIONS:
        if migration.from_version >= version:
            migrated = migration.apply(migrated)
            summaries.append(migration.summary)
    migrated[VERSION_KEY] = CONFIG_VERSION
    return migrated, summaries


# ---------------------------------------------------------------------------------------------
# Reading a whole document


@dataclass(frozen=True)
class Loaded:
    """A document read: the settings to use, what was wrong (each bad value replaced by its
    default), and, by dotted key, what the file held that is not used: bad values and keys
    we do not know. The store writes those back unchanged, so an edit is never lost."""

    settings: Settings
    problems: tuple[Problem, ...] = ()
    kept: Mapping[str, object] = field(default_factory=dict)
    version: int = CONFIG_VERSION  # the version the document was written in
    migrations: tuple[str, ...] = ()


def _file_version(document: Mapping[str, Any]) -> int:
    if VERSION_KEY in document:
        version = document[VERSION_KEY]
        if isinstance(version, bool) or not isinstance(version, int) or version < 1:
            raise ForeignDocumentError(
                tr("Settings", "its config_version is %1, not a version number").replace(
                    "%1", show(version)
                )
            )
        return version
    if document and not any(section in document for section in SECTIONS):
        raise ForeignDocumentError(
            tr("Settings", "it has none of backbreak's sections (%1)").replace(
                "%1", ", ".join(f"[{section}]" for section in SECTIONS)
            )
        )
    # Written by hand without a version: read as the current one.
    return CONFIG_VERSION


def _unknown(key: str, known: Sequence[str]) -> Problem:
    close = difflib.get_close_matches(key, known, n=1)
    if close:
        message = tr(
            "Settings", "backbreak has no setting called %1 (did you mean %2?); it is ignored."
        ).replace("%2", close[0])
    else:
        message = tr("Settings", "backbreak has no setting called %1; it is ignored.")
    return Problem(key, message.replace("%1", key))


def nesting_depth(value: object, limit: int) -> int:
    """How deeply `value` nests tables and arrays (a scalar: 0), counted without recursion
    and no further than `limit + 1`: a hostile file may nest thousands of levels."""
    deepest = 0
    stack: list[tuple[object, int]] = [(value, 0)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, Mapping):
            children: Sequence[object] = list(item.values())
        elif isinstance(item, list | tuple):
            children = item
        else:
            continue
        deepest = max(deepest, depth + 1)
        if deepest > limit:
            return deepest
        stack.extend((child, depth + 1) for child in children)
    return deepest


# backbreak's own settings nest three levels; anything far deeper is not a settings file,
# and writing it back (render) or copying it would recurse that deep.
MAX_NESTING = 32


def load_document(document: Mapping[str, Any]) -> Loaded:
    """Check a parsed settings file. Raises ForeignDocumentError for a file that is not ours
    (or nests deeper than MAX_NESTING) and NewerVersionError for one from a newer backbreak;
    otherwise every bad value falls back to its default, with a Problem naming it."""
    if nesting_depth(document, MAX_NESTING) > MAX_NESTING:
        raise ForeignDocumentError(
            tr("Settings", "it nests tables or arrays more than %1 levels deep").replace(
                "%1", str(MAX_NESTING)
            )
        )
    version = _file_version(document)
    if version > CONFIG_VERSION:
        raise NewerVersionError(version)
    migrations: list[str] = []
    if version < CONFIG_VERSION:
        document, migrations = migrate(document, version)
    problems: list[Problem] = []
    kept: dict[str, object] = {}
    values: dict[str, Value] = {}
    known_keys = [VERSION_KEY, *SECTIONS, *BY_KEY]
    for top_key, table in document.items():
        if top_key == VERSION_KEY:
            continue
        if top_key not in SECTIONS:
            problems.append(_unknown(top_key, known_keys))
            kept[top_key] = table
            continue
        if not isinstance(table, dict):
            problems.append(
                Problem(
                    top_key,
                    tr("Settings", "%1 must be a section, [%1] (got %2); it is ignored.")
                    .replace("%1", top_key)
                    .replace("%2", show(table)),
                )
            )
            continue
        for name, raw in table.items():
            key = f"{top_key}.{name}"
            spec = BY_KEY.get(key)
            if spec is None:
                problems.append(_unknown(key, known_keys))
                kept[key] = raw
                continue
            try:
                values[key] = spec.parse(raw)
            except _InvalidValueError as invalid:
                default = tr("Settings", "using the default, %1, meanwhile").replace(
                    "%1", show(spec.to_toml(spec.default))
                )
                problems.extend(Problem(key, f"{m}; {default}.") for m in invalid.messages)
                kept[key] = raw
    return Loaded(
        settings=Settings(values),
        problems=tuple(problems),
        kept=kept,
        version=version,
        migrations=tuple(migrations),
    )
