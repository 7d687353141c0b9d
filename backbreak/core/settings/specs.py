"""The kinds of setting: a `Spec` for each kind of value (a number in a range, a number or a
word, a switch, one choice or several, a time of day, exercise ids, working hours), each
turning what the file or the window gives into the canonical value or saying, in the person's
words, what is wrong with it."""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Final, Generic, TypeGuard, TypeVar

from backbreak.core.hours import MINUTES_PER_DAY, format_clock, parse_clock
from backbreak.core.reading import IDENTIFIER, show
from backbreak.core.translate import fill, noop, tr

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


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one setting, in plain words (the label, not the key)."""

    key: str
    message: str

    def __str__(self) -> str:
        return f"{self.key}: {self.message}"


class InvalidValueError(Exception):
    """What `Spec.parse` raises: every message about the one value it was given."""

    def __init__(self, *messages: str) -> None:
        super().__init__(*messages)
        self.messages = messages


def _choice_list(choices: Sequence[str]) -> str:
    quoted = [json.dumps(choice, ensure_ascii=False) for choice in choices]
    if len(quoted) == 1:
        return quoted[0]
    return fill(tr("Settings", "%1 or %2"), ", ".join(quoted[:-1]), quoted[-1])


# ---------------------------------------------------------------------------------------------
# The kinds of setting


@dataclass(frozen=True, kw_only=True)
class Spec(Generic[T]):
    """One setting. `parse` turns what the file or the window gives into the canonical value
    or raises InvalidValueError; `to_toml` gives what the file holds."""

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
class _RangeSpec(Spec[T]):
    """A whole number from `low` to `high`: what IntSpec and OptionalIntSpec share."""

    low: int
    high: int
    unit: str = ""  # plural English unit, e.g. "minutes"

    def _in_range(self, raw: object) -> TypeGuard[int]:
        return isinstance(raw, int) and not isinstance(raw, bool) and self.low <= raw <= self.high

    def _refused(
        self, with_unit: str, without_unit: str, raw: object, *more: object
    ) -> InvalidValueError:
        """The refusal in the words for a setting with a unit or without one (both marked
        with noop by the caller, where lupdate reads them; only the one said is translated):
        %1 the label, %2 and %3 the range, %4 the unit, %5 what was given, %6 on `more`."""
        unit = tr("Settings", self.unit) if self.unit else ""
        text = tr("Settings", with_unit if self.unit else without_unit)
        return InvalidValueError(
            fill(text, self._label(), self.low, self.high, unit, show(raw), *more)
        )

    def _allowed_range(self) -> str:
        unit = f" {self.unit}" if self.unit else ""
        return f"A whole number from {self.low} to {self.high}{unit}"


@dataclass(frozen=True, kw_only=True)
class IntSpec(_RangeSpec[int]):
    def parse(self, raw: object) -> int:
        if not self._in_range(raw):
            raise self._refused(
                noop("Settings", "%1 must be between %2 and %3 %4 (got %5)"),
                noop("Settings", "%1 must be between %2 and %3 (got %5)"),
                raw,
            )
        return raw

    def allowed(self) -> str:
        return f"{self._allowed_range()}."


@dataclass(frozen=True, kw_only=True)
class OptionalIntSpec(_RangeSpec[int | None]):
    """A number, or a word ("unlimited", "never") for None."""

    none_word: str

    def parse(self, raw: object) -> int | None:
        if raw is None:
            return None
        if isinstance(raw, str) and raw.strip().lower() == self.none_word:
            return None
        if self._in_range(raw):
            return raw
        raise self._refused(
            noop("Settings", '%1 must be between %2 and %3 %4, or "%6" (got %5)'),
            noop("Settings", '%1 must be between %2 and %3, or "%6" (got %5)'),
            raw,
            self.none_word,
        )

    def to_toml(self, value: int | None) -> object:
        return self.none_word if value is None else value

    def allowed(self) -> str:
        return f'{self._allowed_range()}, or "{self.none_word}".'


@dataclass(frozen=True, kw_only=True)
class BoolSpec(Spec[bool]):
    def parse(self, raw: object) -> bool:
        if not isinstance(raw, bool):
            raise InvalidValueError(
                fill(tr("Settings", "%1 must be true or false (got %2)"), self._label(), show(raw))
            )
        return raw

    def allowed(self) -> str:
        return "Either true or false."


@dataclass(frozen=True, kw_only=True)
class ChoiceSpec(Spec[str]):
    choices: tuple[str, ...]

    def parse(self, raw: object) -> str:
        if not isinstance(raw, str) or raw not in self.choices:
            raise InvalidValueError(
                fill(
                    tr("Settings", "%1 must be %2 (got %3)"),
                    self._label(),
                    _choice_list(self.choices),
                    show(raw),
                )
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
        raise InvalidValueError(
            fill(
                tr("Settings", "%1 must be a time of day like 04:00, from 00:00 to 23:59 (got %2)"),
                self._label(),
                show(raw),
            )
        )

    def allowed(self) -> str:
        return 'A time of day, "HH:MM", from "00:00" to "23:59".'


def _strings(spec: Spec[Any], raw: object) -> list[str]:
    if isinstance(raw, list | tuple | set | frozenset) and all(isinstance(i, str) for i in raw):
        return list(raw)
    raise InvalidValueError(
        fill(
            tr("Settings", "%1 must be a list of names in square brackets (got %2)"),
            tr("Settings", spec.label),
            show(raw),
        )
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
            raise InvalidValueError(
                fill(
                    tr("Settings", "%1 may only list %2 (got %3)"),
                    self._label(),
                    _choice_list(self.choices),
                    ", ".join(show(item) for item in unknown),
                )
            )
        chosen = tuple(choice for choice in self.choices if choice in given)
        if len(chosen) < self.min_items:
            raise InvalidValueError(
                fill(
                    tr("Settings", "%1 must list at least one of %2"),
                    self._label(),
                    _choice_list(self.choices),
                )
            )
        return chosen

    def to_toml(self, value: tuple[str, ...]) -> object:
        return list(value)

    def allowed(self) -> str:
        least = " (at least one)" if self.min_items else ""
        return f"A list{least} of: {', '.join(json.dumps(c) for c in self.choices)}."


@dataclass(frozen=True, kw_only=True)
class IdListSpec(Spec[tuple[str, ...]]):
    """Exercise or routine ids, sorted, each once. Ids the library does not have are kept:
    a pack may be back tomorrow, and choose() ignores them meanwhile."""

    def parse(self, raw: object) -> tuple[str, ...]:
        given = _strings(self, raw)
        bad = [item for item in given if IDENTIFIER.fullmatch(item) is None]
        if bad:
            raise InvalidValueError(
                fill(
                    tr(
                        "Settings",
                        "%1: %2 is not an exercise id (lower-case letters, digits and dashes, "
                        "like chin-tuck)",
                    ),
                    self._label(),
                    ", ".join(show(item) for item in bad),
                )
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
                    fill(
                        tr("Settings", "%1: %2 is not a weekday (use %3)"),
                        self._label(),
                        ", ".join(show(name) for name in unknown),
                        ", ".join(WEEKDAYS),
                    )
                )
            days = [raw.get(name, []) for name in WEEKDAYS]
        elif isinstance(raw, list | tuple) and len(raw) == len(WEEKDAYS):
            days = list(raw)
        else:
            raise InvalidValueError(
                fill(
                    tr(
                        "Settings",
                        "%1 must be a table with a list of ranges for each weekday (got %2)",
                    ),
                    self._label(),
                    show(raw),
                )
            )
        week: list[tuple[str, ...]] = []
        for day_label, day in zip(_WEEKDAY_LABELS, days, strict=True):
            ranges, day_messages = self._parse_day(day_label, day)
            messages.extend(day_messages)
            week.append(tuple(f"{format_clock(a)}-{format_clock(b)}" for a, b in ranges))
        if messages:
            raise InvalidValueError(*messages)
        return tuple(week)

    def _parse_day(self, day_label: str, day: object) -> tuple[list[tuple[int, int]], list[str]]:
        where = fill(tr("Settings", "%1 on %2"), self._label(), tr("Settings", day_label))
        if isinstance(day, str):
            day = [day]  # one range written without brackets: meant as a list of one
        if not isinstance(day, list | tuple):
            message = tr("Settings", '%1 must be a list like ["09:00-12:30"] (got %2)')
            return [], [fill(message, where, show(day))]
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
                messages.append(fill(message, where, show(item)))
                continue
            if start >= end:
                message = tr(
                    "Settings",
                    "%1: %2 ends before it starts; to work past midnight, end at 24:00 and "
                    "start the next day at 00:00",
                )
                messages.append(fill(message, where, show(item)))
                continue
            ranges.append((start, end))
        ranges.sort()
        for (a, b), (c, d) in itertools.pairwise(ranges):
            if c < b:
                messages.append(
                    fill(
                        tr("Settings", "%1: %2 and %3 overlap"),
                        where,
                        f"{format_clock(a)}-{format_clock(b)}",
                        f"{format_clock(c)}-{format_clock(d)}",
                    )
                )
        return ranges, messages

    def to_toml(self, value: WeekRanges) -> object:
        return {name: list(ranges) for name, ranges in zip(WEEKDAYS, value, strict=True)}

    def allowed(self) -> str:
        return (
            'For each weekday, a list of "HH:MM-HH:MM" ranges (24:00 ends the day). '
            "A day left out, or given [], has no breaks."
        )
