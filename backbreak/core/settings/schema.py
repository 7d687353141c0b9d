"""The schema: every setting backbreak has, by section, with its label, description, default
and what it allows. The schedule's defaults are the planner's own (`Rules()`)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import timedelta
from types import MappingProxyType
from typing import Any, Final

from backbreak.core.breaks import Rules
from backbreak.core.language import LANGUAGE_CHOICES, SYSTEM
from backbreak.core.settings import specs
from backbreak.core.settings.specs import Spec, WeekRanges
from backbreak.core.translate import noop

# The version of the settings file this schema describes; migrations.py brings older ones up.
CONFIG_VERSION: Final = 3
VERSION_KEY: Final = "config_version"

_ALL_DAY: WeekRanges = (("00:00-24:00",),) * 7

# The words the settings file uses for positions, equipment and body regions, in the exercise
# vocabulary's order. They are backbreak.core.exercises' words (tests/unit/test_settings.py
# checks that they match), written out because they are also the settings file's format (a
# word renamed in the vocabulary needs a migration here), and so that reading the settings
# does not load the exercise library.
_POSITIONS: Final = ("seated", "standing", "wall", "all fours", "kneeling", "lying")
_EQUIPMENT: Final = ("chair", "wall", "mat", "block or roller")
_REGIONS: Final = (
    "neck",
    "shoulders",
    "upper back",
    "mid back",
    "lower back",
    "chest",
    "whole spine",
    "hips",
    "arms",
)
# What exercises.AT_DESK allows: what can be done at a desk, and what a desk has.
_DESK_POSITIONS: Final = ("seated", "standing", "wall")
_DESK_EQUIPMENT: Final = ("chair", "wall")

_DEFAULT_RULES = Rules()


def _minutes(span: timedelta) -> int:
    return int(span.total_seconds()) // 60


def _seconds(span: timedelta) -> int:
    return int(span.total_seconds())


WORKING_HOURS = specs.WeekHoursSpec(
    key="schedule.working_hours",
    label=noop("Settings", "Working hours"),
    description=noop("Settings", "When breaks may come: for each weekday, the times you work."),
    default=_ALL_DAY,
)
MICRO_INTERVAL = specs.IntSpec(
    key="schedule.micro_interval_minutes",
    label=noop("Settings", "Micro break interval"),
    description=noop("Settings", "Minutes of work between micro breaks."),
    default=_minutes(_DEFAULT_RULES.micro_every),
    low=5,
    high=120,
    unit=noop("Settings", "minutes"),
)
# The clock-aligned periods by their words in the settings file (minutes past the hour).
ALIGNMENTS: Final[Mapping[str, int]] = MappingProxyType(
    {"every 30 minutes": 30, "every 20 minutes": 20, "every hour": 60}
)
ALIGN_TO_CLOCK = specs.ChoiceSpec(
    key="schedule.align_to_clock",
    label=noop("Settings", "Breaks on the clock"),
    description=noop(
        "Settings",
        "Breaks at set times of the clock (on the hour and half hour, say) instead of after "
        "an interval of work; a time too soon after the last break is passed over.",
    ),
    default="off",
    choices=("off", *ALIGNMENTS),
)
LONG_EVERY_BREAKS = specs.OptionalIntSpec(
    key="schedule.long_every_breaks",
    label=noop("Settings", "Long break after micro breaks"),
    description=noop("Settings", "Every this many breaks, the break is a long one."),
    default=_DEFAULT_RULES.long_every_breaks,
    low=1,
    high=20,
    unit=noop("Settings", "breaks"),
    none_word="never",
)
LONG_EVERY_MINUTES = specs.OptionalIntSpec(
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
WARNING_LEAD = specs.IntSpec(
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
SNOOZE_LENGTH = specs.IntSpec(
    key="schedule.snooze_minutes",
    label=noop("Settings", "Snooze length"),
    description=noop("Settings", "How long a snoozed break waits before it comes back."),
    default=_minutes(_DEFAULT_RULES.snooze_length),
    low=1,
    high=60,
    unit=noop("Settings", "minutes"),
)
SNOOZE_LIMIT = specs.IntSpec(
    key="schedule.snooze_limit",
    label=noop("Settings", "Snoozes per break"),
    description=noop("Settings", "How many times one break may be snoozed."),
    default=_DEFAULT_RULES.max_snoozes,
    low=0,
    high=10,
)
DAILY_SKIPS = specs.OptionalIntSpec(
    key="schedule.daily_skips",
    label=noop("Settings", "Skips per day"),
    description=noop("Settings", "How many breaks a day may be skipped."),
    default=_DEFAULT_RULES.daily_skips,
    low=0,
    high=50,
    none_word="unlimited",
)
STRICT = specs.BoolSpec(
    key="schedule.strict",
    label=noop("Settings", "Strict mode"),
    description=noop("Settings", "Breaks can be neither snoozed nor skipped."),
    default=_DEFAULT_RULES.strict,
)
IDLE_THRESHOLD = specs.IntSpec(
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
DND_CAP = specs.OptionalIntSpec(
    key="schedule.dnd_cap_minutes",
    label=noop("Settings", "Longest wait for do-not-disturb"),
    description=noop("Settings", "A break due while do-not-disturb is on waits at most this long."),
    default=None if _DEFAULT_RULES.dnd_cap is None else _minutes(_DEFAULT_RULES.dnd_cap),
    low=5,
    high=480,
    unit=noop("Settings", "minutes"),
    none_word="never",
)
DURING_CALLS = specs.ChoiceSpec(
    key="schedule.during_calls",
    label=noop("Settings", "During a call"),
    description=noop(
        "Settings",
        "Wait: while another program uses the microphone or camera, a break due waits until "
        "the call ends, at most as long as it waits for do-not-disturb. Off: calls are not "
        "noticed.",
    ),
    default="wait",
    choices=("wait", "off"),
)
DAY_STARTS_AT = specs.ClockSpec(
    key="schedule.day_starts_at",
    label=noop("Settings", "Day starts at"),
    description=noop(
        "Settings", "When a new day begins for daily counts; night work counts for the day before."
    ),
    default=_DEFAULT_RULES.day_starts_at.strftime("%H:%M"),
)

PLACE = specs.ChoiceSpec(
    key="exercises.place",
    label=noop("Settings", "Where you are"),
    description=noop("Settings", "Where you are now: exercises fit the place."),
    default="desk",
    choices=("desk", "home"),
)
DESK_POSITIONS = specs.ChoiceSetSpec(
    key="exercises.desk_positions",
    label=noop("Settings", "Positions at the desk"),
    description=noop("Settings", "Positions you can take at your desk."),
    default=_DESK_POSITIONS,
    choices=_POSITIONS,
    min_items=1,
)
DESK_EQUIPMENT = specs.ChoiceSetSpec(
    key="exercises.desk_equipment",
    label=noop("Settings", "Equipment at the desk"),
    description=noop("Settings", "What you have at hand at your desk."),
    default=_DESK_EQUIPMENT,
    choices=_EQUIPMENT,
)
HOME_POSITIONS = specs.ChoiceSetSpec(
    key="exercises.home_positions",
    label=noop("Settings", "Positions at home"),
    description=noop("Settings", "Positions you can take at home."),
    default=_POSITIONS,
    choices=_POSITIONS,
    min_items=1,
)
HOME_EQUIPMENT = specs.ChoiceSetSpec(
    key="exercises.home_equipment",
    label=noop("Settings", "Equipment at home"),
    description=noop("Settings", "What you have at hand at home."),
    default=("chair", "wall", "mat"),
    choices=_EQUIPMENT,
)
FOCUS_REGIONS = specs.ChoiceSetSpec(
    key="exercises.focus_regions",
    label=noop("Settings", "Focus"),
    description=noop(
        "Settings", "Body regions you want more exercises for (none: a bit of everything)."
    ),
    default=(),
    choices=_REGIONS,
)
FAVOURITES = specs.IdListSpec(
    key="exercises.favourites",
    label=noop("Settings", "Favourites"),
    description=noop("Settings", "Exercises and routines you like; they come more often."),
    default=(),
)
EXCLUDED = specs.IdListSpec(
    key="exercises.excluded",
    label=noop("Settings", "Never show"),
    description=noop("Settings", "Exercises and routines you never want to see."),
    default=(),
)

WARNING_NOTIFICATION = specs.BoolSpec(
    key="notifications.warning_notification",
    label=noop("Settings", "Warning as a notification"),
    description=noop("Settings", "Show the warning before a break as a desktop notification."),
    default=True,
)
SOUND = specs.BoolSpec(
    key="notifications.sound",
    label=noop("Settings", "Sound"),
    description=noop("Settings", "Play a soft sound when a break starts and ends."),
    default=False,
)
VOLUME = specs.IntSpec(
    key="notifications.volume",
    label=noop("Settings", "Volume"),
    description=noop("Settings", "How loud the sound is."),
    default=50,
    low=0,
    high=100,
    unit=noop("Settings", "percent"),
)

THEME = specs.ChoiceSpec(
    key="appearance.theme",
    label=noop("Settings", "Theme"),
    description=noop("Settings", "Light or dark colours, or as the desktop has them."),
    default="system",
    choices=("system", "light", "dark"),
)
REDUCED_MOTION = specs.ChoiceSpec(
    key="appearance.reduced_motion",
    label=noop("Settings", "Reduced motion"),
    description=noop("Settings", "Show still key poses instead of the animated figure."),
    default="system",
    choices=("system", "on", "off"),
)
CARD_SIZE = specs.ChoiceSpec(
    key="appearance.card_size",
    label=noop("Settings", "Card size"),
    description=noop("Settings", "How big the break card is."),
    default="medium",
    choices=("small", "medium", "large"),
)

START_AT_LOGIN = specs.BoolSpec(
    key="general.start_at_login",
    label=noop("Settings", "Start at login"),
    description=noop("Settings", "Start backbreak when you log in."),
    default=False,
)

LANGUAGE = specs.ChoiceSpec(
    key="general.language",
    label=noop("Settings", "Language"),
    description=noop(
        "Settings",
        "The language backbreak speaks: the desktop's, or one you choose. It changes when "
        "backbreak starts again.",
    ),
    default=SYSTEM,
    choices=LANGUAGE_CHOICES,
)

DAILY_GOAL = specs.IntSpec(
    key="history.daily_goal",
    label=noop("Settings", "Daily goal"),
    description=noop("Settings", "How many breaks a day you aim for."),
    # core.history's DEFAULT_DAILY_GOAL and DAILY_GOAL_RANGE (tests/unit/test_settings.py
    # checks it), written out so that reading the settings does not load the history.
    default=6,
    low=1,
    high=50,
    unit=noop("Settings", "breaks"),
)
COMFORT_CHECK_IN = specs.BoolSpec(
    key="history.comfort_check_in",
    label=noop("Settings", "Comfort check-in"),
    description=noop("Settings", "After a break, ask how your back feels."),
    default=True,
)

SECTIONS: Final = ("schedule", "exercises", "notifications", "appearance", "general", "history")
SCHEMA: Final[tuple[Spec[Any], ...]] = (
    MICRO_INTERVAL,
    ALIGN_TO_CLOCK,
    LONG_EVERY_BREAKS,
    LONG_EVERY_MINUTES,
    WARNING_LEAD,
    SNOOZE_LENGTH,
    SNOOZE_LIMIT,
    DAILY_SKIPS,
    STRICT,
    IDLE_THRESHOLD,
    DND_CAP,
    DURING_CALLS,
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
    LANGUAGE,
    DAILY_GOAL,
    COMFORT_CHECK_IN,
)
BY_KEY: Final[Mapping[str, Spec[Any]]] = MappingProxyType({spec.key: spec for spec in SCHEMA})
