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

The package, by concern: `specs` (the kinds of setting and their messages), `schema` (every
setting, and the file's version), `values` (`Settings`, and what the rest of the app takes
from them), `migrations` (older files brought up to date) and `loading` (a whole document
read). Everything a caller needs is imported here. Reading the settings loads neither the
exercise library nor the history's statistics: `Settings.exercise_setting` and
`Settings.streak_rules` import them when first called.
"""

from backbreak.core.reading import show
from backbreak.core.settings.loading import (
    MAX_NESTING,
    ForeignDocumentError,
    Loaded,
    NewerVersionError,
    load_document,
    nesting_depth,
)
from backbreak.core.settings.migrations import MIGRATIONS, Migration, migrate
from backbreak.core.settings.schema import (
    ALIGN_TO_CLOCK,
    ALIGNMENTS,
    BY_KEY,
    CARD_SIZE,
    COMFORT_CHECK_IN,
    CONFIG_VERSION,
    DAILY_GOAL,
    DAILY_SKIPS,
    DAY_STARTS_AT,
    DESK_EQUIPMENT,
    DESK_POSITIONS,
    DND_CAP,
    DURING_CALLS,
    EXCLUDED,
    FAVOURITES,
    FOCUS_REGIONS,
    HOME_EQUIPMENT,
    HOME_POSITIONS,
    IDLE_THRESHOLD,
    LANGUAGE,
    LONG_EVERY_BREAKS,
    LONG_EVERY_MINUTES,
    MICRO_INTERVAL,
    PLACE,
    REDUCED_MOTION,
    SCHEMA,
    SECTIONS,
    SNOOZE_LENGTH,
    SNOOZE_LIMIT,
    SOUND,
    START_AT_LOGIN,
    STRICT,
    THEME,
    VERSION_KEY,
    VOLUME,
    WARNING_LEAD,
    WARNING_NOTIFICATION,
    WORKING_HOURS,
)
from backbreak.core.settings.specs import (
    WEEKDAYS,
    BoolSpec,
    ChoiceSetSpec,
    ChoiceSpec,
    ClockSpec,
    IdListSpec,
    IntSpec,
    OptionalIntSpec,
    Problem,
    SettingsError,
    Spec,
    Value,
    WeekHoursSpec,
    WeekRanges,
)
from backbreak.core.settings.values import Settings, defaults

__all__ = [
    "ALIGNMENTS",
    "ALIGN_TO_CLOCK",
    "BY_KEY",
    "CARD_SIZE",
    "COMFORT_CHECK_IN",
    "CONFIG_VERSION",
    "DAILY_GOAL",
    "DAILY_SKIPS",
    "DAY_STARTS_AT",
    "DESK_EQUIPMENT",
    "DESK_POSITIONS",
    "DND_CAP",
    "DURING_CALLS",
    "EXCLUDED",
    "FAVOURITES",
    "FOCUS_REGIONS",
    "HOME_EQUIPMENT",
    "HOME_POSITIONS",
    "IDLE_THRESHOLD",
    "LANGUAGE",
    "LONG_EVERY_BREAKS",
    "LONG_EVERY_MINUTES",
    "MAX_NESTING",
    "MICRO_INTERVAL",
    "MIGRATIONS",
    "PLACE",
    "REDUCED_MOTION",
    "SCHEMA",
    "SECTIONS",
    "SNOOZE_LENGTH",
    "SNOOZE_LIMIT",
    "SOUND",
    "START_AT_LOGIN",
    "STRICT",
    "THEME",
    "VERSION_KEY",
    "VOLUME",
    "WARNING_LEAD",
    "WARNING_NOTIFICATION",
    "WEEKDAYS",
    "WORKING_HOURS",
    "BoolSpec",
    "ChoiceSetSpec",
    "ChoiceSpec",
    "ClockSpec",
    "ForeignDocumentError",
    "IdListSpec",
    "IntSpec",
    "Loaded",
    "Migration",
    "NewerVersionError",
    "OptionalIntSpec",
    "Problem",
    "Settings",
    "SettingsError",
    "Spec",
    "Value",
    "WeekHoursSpec",
    "WeekRanges",
    "defaults",
    "load_document",
    "migrate",
    "nesting_depth",
    "show",
]
