"""Settings: one complete, checked set of values, and what the rest of the app takes from it
(the planner's rules, the streak's rules, what exercises fit)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import time, timedelta
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, cast

from backbreak.core.aligned import ClockAlignment
from backbreak.core.breaks import Rules
from backbreak.core.hours import WorkingHours, parse_clock
from backbreak.core.settings import schema
from backbreak.core.settings.specs import (
    InvalidValueError,
    Problem,
    SettingsError,
    Spec,
    T,
    Value,
)
from backbreak.core.translate import tr

if TYPE_CHECKING:
    from backbreak.core.exercises import Setting
    from backbreak.core.history import StreakRules


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
            if key not in schema.BY_KEY
        ]
        checked: dict[str, Value] = {}
        for spec in schema.SCHEMA:
            if spec.key not in given:
                checked[spec.key] = spec.default
                continue
            try:
                checked[spec.key] = spec.parse(given[spec.key])
            except InvalidValueError as invalid:
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
        return bool(self._values[key] == schema.BY_KEY[key].default)

    def to_document(self) -> dict[str, Any]:
        """The settings as the file's tables: {"config_version": 2, "schedule": {...}, ...}."""
        document: dict[str, Any] = {schema.VERSION_KEY: schema.CONFIG_VERSION}
        for section in schema.SECTIONS:
            document[section] = {}
        for spec in schema.SCHEMA:
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
            if value != schema.BY_KEY[key].default
        )
        return f"Settings({changed})"

    # -- what the rest of the app takes ----------------------------------------------------

    def working_hours(self) -> WorkingHours:
        days: list[tuple[tuple[int, int], ...]] = []
        for ranges in self.value(schema.WORKING_HOURS):
            parsed: list[tuple[int, int]] = []
            for text in ranges:
                start, _, end = text.partition("-")
                parsed.append((parse_clock(start), parse_clock(end)))
            days.append(tuple(parsed))
        return WorkingHours(tuple(days))

    def to_rules(self) -> Rules:
        long_every_minutes = self.value(schema.LONG_EVERY_MINUTES)
        dnd_cap = self.value(schema.DND_CAP)
        day_start = parse_clock(self.value(schema.DAY_STARTS_AT))
        aligned = schema.ALIGNMENTS.get(self.value(schema.ALIGN_TO_CLOCK))
        return Rules(
            working_hours=self.working_hours(),
            micro_every=timedelta(minutes=self.value(schema.MICRO_INTERVAL)),
            long_every_breaks=self.value(schema.LONG_EVERY_BREAKS),
            long_every_work=(
                None if long_every_minutes is None else timedelta(minutes=long_every_minutes)
            ),
            warning_before=timedelta(seconds=self.value(schema.WARNING_LEAD)),
            snooze_length=timedelta(minutes=self.value(schema.SNOOZE_LENGTH)),
            max_snoozes=self.value(schema.SNOOZE_LIMIT),
            daily_skips=self.value(schema.DAILY_SKIPS),
            strict=self.value(schema.STRICT),
            dnd_cap=None if dnd_cap is None else timedelta(minutes=dnd_cap),
            day_starts_at=time(day_start // 60, day_start % 60),
            clock_aligned=None if aligned is None else ClockAlignment(aligned),
        )

    def streak_rules(self) -> StreakRules:
        """The daily goal, and which days count (those with working hours)."""
        # Imported here: reading the settings needs neither the history's statistics nor
        # the exercise library (issue 14: the app's idle memory, the command line's start).
        from backbreak.core.history import StreakRules, working_day_rule

        return StreakRules(self.value(schema.DAILY_GOAL), working_day_rule(self.working_hours()))

    @property
    def idle_threshold(self) -> timedelta:
        """How long without input counts as away (the app's idle poll compares with it)."""
        return timedelta(seconds=self.value(schema.IDLE_THRESHOLD))

    def exercise_setting(self) -> Setting:
        """What `exercises.choose` takes, for the place the person is at now."""
        from backbreak.core.exercises import Equipment, Position, Region, Setting

        at_home = self.value(schema.PLACE) == "home"
        positions = self.value(schema.HOME_POSITIONS if at_home else schema.DESK_POSITIONS)
        equipment = self.value(schema.HOME_EQUIPMENT if at_home else schema.DESK_EQUIPMENT)
        favourites, excluded = self.value(schema.FAVOURITES), self.value(schema.EXCLUDED)
        return Setting(
            positions=frozenset(Position(p) for p in positions),
            equipment=frozenset(Equipment(e) for e in equipment),
            focus=frozenset(Region(r) for r in self.value(schema.FOCUS_REGIONS)),
            favourites=frozenset(favourites),
            excluded=frozenset(excluded),
        )


def defaults() -> Settings:
    return Settings()
