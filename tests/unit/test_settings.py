"""The settings schema: defaults, bounds, messages, migrations and what the planner gets."""

from __future__ import annotations

import copy
import subprocess
import sys
from datetime import UTC, datetime, time, timedelta
from random import Random
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from backbreak import paths
from backbreak.core import exercises as ex
from backbreak.core import history
from backbreak.core import settings as s
from backbreak.core.hours import WorkingHours, format_clock
from backbreak.core.planner import BreakKind, EventKind, Planner, Rules

BERLIN = ZoneInfo("Europe/Berlin")


# -- the schema itself ------------------------------------------------------------------------


def test_keys_are_unique_dotted_and_grouped_by_section() -> None:
    keys = [spec.key for spec in s.SCHEMA]
    assert len(keys) == len(set(keys))
    for spec in s.SCHEMA:
        assert spec.section in s.SECTIONS, spec.key
        assert spec.name and "." not in spec.name, spec.key
    # Every section the brief promises has settings in it.
    assert {spec.section for spec in s.SCHEMA} == set(s.SECTIONS)


@pytest.mark.parametrize("spec", s.SCHEMA, ids=lambda spec: spec.key)
def test_every_setting_has_a_default_it_accepts_a_label_and_a_one_line_description(
    spec: s.Spec[Any],
) -> None:
    assert spec.parse(spec.default) == spec.default
    assert spec.label and spec.label[0].isupper()
    assert spec.description.endswith(".") and "\n" not in spec.description
    assert spec.allowed().endswith(".")
    if isinstance(spec, s.IntSpec | s.OptionalIntSpec) and spec.default is not None:
        assert spec.low <= spec.default <= spec.high


def test_the_defaults_are_the_planners_and_the_exercise_pickers() -> None:
    settings = s.defaults()
    assert settings.to_rules() == Rules()
    assert settings.working_hours() == WorkingHours.always()
    assert settings.exercise_setting() == ex.AT_DESK
    # The idle threshold the app used before settings existed (application.py).
    assert settings.idle_threshold == timedelta(seconds=60)


def test_the_files_words_for_what_fits_are_the_exercise_vocabularys() -> None:
    """The schema writes the vocabulary's words out (so reading the settings does not load the
    exercise library): they are the same words, in the same order."""
    positions = tuple(position.value for position in ex.Position)
    equipment = tuple(item.value for item in ex.Equipment)
    assert s.DESK_POSITIONS.choices == s.HOME_POSITIONS.choices == positions
    assert s.DESK_EQUIPMENT.choices == s.HOME_EQUIPMENT.choices == equipment
    assert s.FOCUS_REGIONS.choices == tuple(region.value for region in ex.Region)


def test_the_daily_goal_is_the_historys() -> None:
    """Written out in the schema too (so reading the settings does not load the history)."""
    assert s.DAILY_GOAL.default == history.DEFAULT_DAILY_GOAL
    assert (s.DAILY_GOAL.low, s.DAILY_GOAL.high) == history.DAILY_GOAL_RANGE


def test_reading_the_settings_loads_neither_the_exercise_library_nor_the_history() -> None:
    """The settings are read at every start and by the command line: the library and the
    history's statistics are loaded by what needs them, not by the settings (issue 14)."""
    code = (
        "import sys\n"
        "from backbreak.core import settings as s\n"
        "s.load_document({'schedule': {'snooze_minutes': 5}}).settings.to_rules()\n"
        "heavy = ('backbreak.core.exercises', 'backbreak.core.history')\n"
        "print(sorted(m for m in sys.modules if m.startswith(heavy)))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "[]", result.stderr


def test_a_value_is_shown_as_typed_and_cut_when_long() -> None:
    """What the settings and the packs say they got: the file's notation, never megabytes."""
    assert s.show("chin tuck") == '"chin tuck"'
    assert s.show([4, 20.5, "x"]) == '[4, 20.5, "x"]'
    assert s.show(25.0) == "25.0" and s.show(False) == "false" and s.show(None) == "nothing"
    assert s.show("a" * 1000) == '"' + "a" * 39 + '…"'
    assert s.show(list(range(1000))) == "a list" and s.show({"a": 1}) == "a table"


def test_settings_are_immutable_values() -> None:
    settings = s.defaults()
    changed = settings.with_changes({"appearance.theme": "dark"})
    assert settings.get("appearance.theme") == "system"
    assert changed.value(s.THEME) == "dark"
    assert changed != settings and changed == s.defaults().with_changes(
        {"appearance.theme": "dark"}
    )
    assert hash(changed) == hash(s.defaults().with_changes({"appearance.theme": "dark"}))
    assert changed.changed_keys(settings) == {"appearance.theme"}
    with pytest.raises(AttributeError):
        settings._values = {}
    with pytest.raises(KeyError, match=r"no setting called 'appearance\.colour'"):
        settings.get("appearance.colour")


# -- refusing bad values ----------------------------------------------------------------------


def refused(changes: dict[str, object]) -> s.SettingsError:
    with pytest.raises(s.SettingsError) as caught:
        s.defaults().with_changes(changes)
    return caught.value


def test_the_message_names_the_setting_and_the_range() -> None:
    error = refused({"schedule.micro_interval_minutes": 300})
    assert [(p.key, p.message) for p in error.problems] == [
        (
            "schedule.micro_interval_minutes",
            "Micro break interval must be between 5 and 120 minutes (got 300)",
        )
    ]
    assert str(error) == (
        "schedule.micro_interval_minutes: "
        "Micro break interval must be between 5 and 120 minutes (got 300)"
    )


NUMBER_SPECS = [spec for spec in s.SCHEMA if isinstance(spec, s.IntSpec | s.OptionalIntSpec)]


@pytest.mark.parametrize("spec", NUMBER_SPECS, ids=lambda spec: spec.key)
def test_every_number_is_refused_just_outside_its_bounds_and_accepted_on_them(
    spec: s.IntSpec | s.OptionalIntSpec,
) -> None:
    for bound in (spec.low, spec.high):
        assert s.defaults().with_changes({spec.key: bound}).get(spec.key) == bound
    for value in (spec.low - 1, spec.high + 1, "twelve", 12.5, True):
        (problem,) = refused({spec.key: value}).problems
        assert problem.key == spec.key
        assert problem.message.startswith(spec.label)
        assert f"between {spec.low} and {spec.high}" in problem.message
        assert problem.message.endswith(f"(got {s.show(value)})")
        if spec.unit:
            assert spec.unit in problem.message


def test_unlimited_and_never_are_words_in_the_file_and_none_in_python() -> None:
    settings = s.defaults().with_changes(
        {"schedule.daily_skips": "unlimited", "schedule.dnd_cap_minutes": None}
    )
    assert settings.value(s.DAILY_SKIPS) is None
    assert settings.to_document()["schedule"]["dnd_cap_minutes"] == "never"
    assert settings.to_rules().daily_skips is None and settings.to_rules().dnd_cap is None
    (problem,) = refused({"schedule.daily_skips": "never"}).problems
    assert problem.message == 'Skips per day must be between 0 and 50, or "unlimited" (got "never")'


@pytest.mark.parametrize(
    ("key", "value", "message"),
    [
        ("schedule.strict", "yes", 'Strict mode must be true or false (got "yes")'),
        ("appearance.theme", "blue", 'Theme must be "system", "light" or "dark" (got "blue")'),
        (
            "schedule.day_starts_at",
            "24:00",
            'Day starts at must be a time of day like 04:00, from 00:00 to 23:59 (got "24:00")',
        ),
        (
            "exercises.desk_positions",
            [],
            'Positions at the desk must list at least one of "seated", "standing", "wall", '
            '"all fours", "kneeling" or "lying"',
        ),
        (
            "exercises.desk_equipment",
            ["chair", "sofa"],
            'Equipment at the desk may only list "chair", "wall", "mat" or "block or roller" '
            '(got "sofa")',
        ),
        (
            "exercises.focus_regions",
            "neck",
            'Focus must be a list of names in square brackets (got "neck")',
        ),
        (
            "exercises.excluded",
            ["Chin Tuck"],
            'Never show: "Chin Tuck" is not an exercise id (lower-case letters, digits and '
            "dashes, like chin-tuck)",
        ),
    ],
)
def test_each_kind_of_setting_refuses_with_its_allowed_values(
    key: str, value: object, message: str
) -> None:
    (problem,) = refused({key: value}).problems
    assert (problem.key, problem.message) == (key, message)


def test_working_hours_say_which_day_and_which_range_is_wrong() -> None:
    error = refused(
        {
            "schedule.working_hours": {
                "monday": ["09:00-12:00", "11:00-13:00"],
                "tuesday": ["17:00-09:00"],
                "wednesday": ["9 to 5"],
                "funday": [],
            }
        }
    )
    assert [p.message for p in error.problems] == [
        'Working hours: "funday" is not a weekday (use monday, tuesday, wednesday, thursday, '
        "friday, saturday, sunday)",
        "Working hours on Monday: 09:00-12:00 and 11:00-13:00 overlap",
        'Working hours on Tuesday: "17:00-09:00" ends before it starts; to work past midnight, '
        "end at 24:00 and start the next day at 00:00",
        'Working hours on Wednesday: "9 to 5" is not a time range like 09:00-17:30',
    ]
    assert {p.key for p in error.problems} == {"schedule.working_hours"}


def test_working_hours_are_tidied_and_days_left_out_are_off() -> None:
    settings = s.defaults().with_changes(
        {
            "schedule.working_hours": {
                "monday": ["13:30-18:00", "9:00-12:30"],
                "friday": "8:00-12:00",
            }
        }
    )
    assert settings.value(s.WORKING_HOURS) == (
        ("09:00-12:30", "13:30-18:00"),
        (),
        (),
        (),
        ("08:00-12:00",),
        (),
        (),
    )
    assert settings.working_hours() == WorkingHours(
        (((540, 750), (810, 1080)), (), (), (), ((480, 720),), (), ())
    )


def test_with_changes_lists_every_problem_at_once_and_changes_nothing() -> None:
    error = refused(
        {
            "schedule.micro_interval_minutes": 0,
            "notifications.volume": 101,
            "history.daily_goal": "six",
            "appearance.colour": "red",
        }
    )
    assert sorted(p.key for p in error.problems) == [
        "appearance.colour",
        "history.daily_goal",
        "notifications.volume",
        "schedule.micro_interval_minutes",
    ]
    assert "There is no setting called appearance.colour." in str(error)


# -- round trips ------------------------------------------------------------------------------


def _hours() -> st.SearchStrategy[list[str]]:
    """Sorted, non-overlapping ranges for one day."""

    def ranges(cuts: list[int]) -> list[str]:
        cuts = sorted(set(cuts))
        return [
            f"{format_clock(a)}-{format_clock(b)}"
            for a, b in zip(cuts[::2], cuts[1::2], strict=False)
        ]

    return st.lists(st.integers(0, 1440), max_size=6).map(ranges)


def value_strategy(spec: s.Spec[Any]) -> st.SearchStrategy[Any]:
    if isinstance(spec, s.IntSpec):
        return st.integers(spec.low, spec.high)
    if isinstance(spec, s.OptionalIntSpec):
        return st.none() | st.integers(spec.low, spec.high)
    if isinstance(spec, s.BoolSpec):
        return st.booleans()
    if isinstance(spec, s.ChoiceSpec):
        return st.sampled_from(spec.choices)
    if isinstance(spec, s.ClockSpec):
        return st.integers(0, 1439).map(format_clock)
    if isinstance(spec, s.ChoiceSetSpec):
        return st.lists(st.sampled_from(spec.choices), min_size=spec.min_items)
    if isinstance(spec, s.IdListSpec):
        return st.lists(st.from_regex(r"[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}", fullmatch=True))
    if isinstance(spec, s.WeekHoursSpec):
        return st.fixed_dictionaries({day: _hours() for day in s.WEEKDAYS})
    raise AssertionError(f"no strategy for {spec.key}")


any_settings = st.fixed_dictionaries({spec.key: value_strategy(spec) for spec in s.SCHEMA}).map(
    s.Settings
)


@given(any_settings)
def test_settings_to_document_and_back_are_the_same(settings: s.Settings) -> None:
    document = settings.to_document()
    loaded = s.load_document(copy.deepcopy(document))
    assert loaded.settings == settings
    assert loaded.problems == () and dict(loaded.kept) == {}
    assert loaded.settings.to_document() == document
    # The values themselves are canonical: putting them back in changes nothing.
    assert settings.with_changes({key: settings.get(key) for key in s.BY_KEY}) == settings


@given(any_settings)
def test_any_valid_settings_make_rules_the_planner_accepts(settings: s.Settings) -> None:
    rules = settings.to_rules()
    assert rules.micro_every == timedelta(minutes=settings.value(s.MICRO_INTERVAL))
    assert rules.warning_before < rules.micro_every


# -- reading a whole document -----------------------------------------------------------------


def test_one_bad_value_falls_back_to_its_default_and_the_rest_are_kept() -> None:
    loaded = s.load_document(
        {
            "config_version": 2,
            "schedule": {"micro_interval_minutes": 300, "snooze_minutes": 10},
            "appearance": {"theme": "dark"},
        }
    )
    assert loaded.settings.value(s.MICRO_INTERVAL) == 25
    assert loaded.settings.value(s.SNOOZE_LENGTH) == 10
    assert loaded.settings.value(s.THEME) == "dark"
    (problem,) = loaded.problems
    assert str(problem) == (
        "schedule.micro_interval_minutes: Micro break interval must be between 5 and 120 "
        "minutes (got 300); using the default, 25, meanwhile."
    )
    assert loaded.kept == {"schedule.micro_interval_minutes": 300}


def test_unknown_keys_are_reported_with_the_likely_meaning_and_kept() -> None:
    loaded = s.load_document(
        {
            "schedule": {"micro_intervall_minutes": 40},
            "plugins": {"x": 1},
            "appearance": "dark",
        }
    )
    assert loaded.settings == s.defaults()
    assert [str(p) for p in loaded.problems] == [
        "schedule.micro_intervall_minutes: backbreak has no setting called "
        "schedule.micro_intervall_minutes (did you mean schedule.micro_interval_minutes?); "
        "it is ignored.",
        "plugins: backbreak has no setting called plugins; it is ignored.",
        'appearance: appearance must be a section, [appearance] (got "dark"); it is ignored.',
    ]
    assert loaded.kept == {"schedule.micro_intervall_minutes": 40, "plugins": {"x": 1}}


def test_an_empty_document_is_the_defaults() -> None:
    assert s.load_document({}) == s.Loaded(s.defaults())


@pytest.mark.parametrize(
    ("document", "reason"),
    [
        ({"name": "some other app", "colour": "red"}, "none of backbreak's sections"),
        ({"config_version": "2", "schedule": {}}, 'config_version is "2"'),
        ({"config_version": 0}, "config_version is 0"),
        ({"config_version": True}, "config_version is true"),
    ],
)
def test_a_document_that_is_not_ours_is_refused(document: dict[str, Any], reason: str) -> None:
    with pytest.raises(s.ForeignDocumentError, match=reason):
        s.load_document(document)


def test_a_document_from_a_newer_version_is_refused_with_a_clear_message() -> None:
    with pytest.raises(s.NewerVersionError) as caught:
        s.load_document({"config_version": 4, "schedule": {"micro_interval_minutes": 25}})
    assert caught.value.version == 4
    assert str(caught.value) == (
        "The settings file is from a newer version of backbreak (config_version 4; this "
        "version understands up to 3)."
    )


# -- migrations -------------------------------------------------------------------------------


def test_migrations_run_in_order_up_to_the_current_version() -> None:
    assert [m.from_version for m in s.MIGRATIONS] == list(range(1, s.CONFIG_VERSION))


def test_a_version_1_document_is_migrated() -> None:
    v1 = {
        "config_version": 1,
        "schedule": {"idle_minutes": 2, "skip_budget": -1, "micro_interval_minutes": 30},
        "exercises": {"location": "home"},
    }
    original = copy.deepcopy(v1)
    loaded = s.load_document(v1)
    assert v1 == original  # the caller's document is not changed
    assert loaded.version == 1 and len(loaded.migrations) == 2  # to 2, then to 3
    assert loaded.problems == ()
    settings = loaded.settings
    assert settings.idle_threshold == timedelta(minutes=2)
    assert settings.value(s.DAILY_SKIPS) is None
    assert settings.value(s.PLACE) == "home"
    assert settings.value(s.MICRO_INTERVAL) == 30


def test_a_version_2_document_loses_the_break_lengths_and_keeps_the_rest() -> None:
    """A break lasts as long as its stretch: version 2's lengths are dropped, not reported as
    unknown settings, and everything else in the file is used."""
    loaded = s.load_document(
        {
            "config_version": 2,
            "schedule": {
                "micro_length_seconds": 10,
                "long_length_minutes": 12,
                "micro_interval_minutes": 35,
            },
        }
    )
    assert loaded.version == 2 and len(loaded.migrations) == 1
    assert loaded.problems == () and loaded.kept == {}
    assert loaded.settings.value(s.MICRO_INTERVAL) == 35
    assert "micro_length_seconds" not in str(loaded.settings.to_document())


def test_migrating_keeps_a_limited_skip_budget_and_lets_the_checks_report_bad_values() -> None:
    loaded = s.load_document(
        {"config_version": 1, "schedule": {"skip_budget": 5, "idle_minutes": "a while"}}
    )
    assert loaded.settings.value(s.DAILY_SKIPS) == 5
    (problem,) = loaded.problems
    assert problem.key == "schedule.idle_threshold_seconds"
    assert loaded.kept == {"schedule.idle_threshold_seconds": "a while"}


def test_when_old_and_new_keys_are_both_there_the_new_wins_and_the_old_is_reported() -> None:
    loaded = s.load_document(
        {"config_version": 1, "schedule": {"idle_minutes": 5, "idle_threshold_seconds": 90}}
    )
    assert loaded.settings.idle_threshold == timedelta(seconds=90)
    assert [p.key for p in loaded.problems] == ["schedule.idle_minutes"]


# -- what the rest of the app gets ------------------------------------------------------------


def local(day: int, hour: int, minute: int = 0) -> datetime:
    """Monday 23 November 2026 + `day` days, Berlin wall time."""
    return datetime(2026, 11, 23 + day, hour, minute, tzinfo=BERLIN).astimezone(UTC)


def test_rules_carry_every_schedule_setting() -> None:
    settings = s.defaults().with_changes(
        {
            "schedule.micro_interval_minutes": 40,
            "schedule.long_every_breaks": "never",
            "schedule.long_every_minutes": 120,
            "schedule.warning_seconds": 0,
            "schedule.snooze_minutes": 3,
            "schedule.snooze_limit": 0,
            "schedule.daily_skips": 1,
            "schedule.strict": True,
            "schedule.dnd_cap_minutes": 60,
            "schedule.day_starts_at": "05:30",
            "schedule.working_hours": {"saturday": ["10:00-14:00"]},
        }
    )
    assert settings.to_rules() == Rules(
        working_hours=WorkingHours(((), (), (), (), (), ((600, 840),), ())),
        micro_every=timedelta(minutes=40),
        long_every_breaks=None,
        long_every_work=timedelta(minutes=120),
        warning_before=timedelta(0),
        snooze_length=timedelta(minutes=3),
        max_snoozes=0,
        daily_skips=1,
        strict=True,
        dnd_cap=timedelta(minutes=60),
        day_starts_at=time(5, 30),
    )


def test_the_planner_runs_on_the_settings_hours_and_interval() -> None:
    settings = s.defaults().with_changes(
        {
            "schedule.micro_interval_minutes": 10,
            "schedule.warning_seconds": 60,
            "schedule.working_hours": {"monday": ["09:00-17:00"]},
        }
    )
    planner = Planner(settings.to_rules(), BERLIN, local(0, 8, 0))
    events = []
    while (wake := planner.next_wakeup()) is not None and wake <= local(0, 9, 10):
        events += planner.advance(wake)
    assert [(e.kind, e.at) for e in events] == [
        (EventKind.WARNING, local(0, 9, 9)),
        (EventKind.BREAK_DUE, local(0, 9, 10)),
    ]
    # Tuesday has no working hours: the next break waits for next Monday.
    planner = Planner(settings.to_rules(), BERLIN, local(1, 10, 0))
    assert planner.plan(local(1, 10, 0)).in_working_hours is False
    assert planner.next_wakeup() == local(7, 9, 0)


def test_the_exercise_setting_follows_the_place() -> None:
    settings = s.defaults().with_changes(
        {
            "exercises.place": "home",
            "exercises.home_positions": ["lying", "all fours"],
            "exercises.home_equipment": ["mat"],
            "exercises.focus_regions": ["lower back"],
            "exercises.favourites": ["cat-cow"],
            "exercises.excluded": ["childs-pose"],
        }
    )
    assert settings.exercise_setting() == ex.Setting(
        positions=frozenset({ex.Position.LYING, ex.Position.ALL_FOURS}),
        equipment=frozenset({ex.Equipment.MAT}),
        focus=frozenset({ex.Region.LOWER_BACK}),
        favourites=frozenset({"cat-cow"}),
        excluded=frozenset({"childs-pose"}),
    )
    at_desk = settings.with_changes({"exercises.place": "desk"}).exercise_setting()
    assert at_desk.positions == ex.DESK_POSITIONS
    assert at_desk.favourites == {"cat-cow"}


def test_choose_picks_only_what_the_place_allows() -> None:
    library, errors = ex.load_library(paths.assets_dir())
    assert not errors
    at_home_on_the_floor = s.defaults().with_changes(
        {
            "exercises.place": "home",
            "exercises.home_positions": ["all fours", "kneeling", "lying"],
            "exercises.home_equipment": ["mat"],
        }
    )
    setting = at_home_on_the_floor.exercise_setting()
    rng = Random(7)
    seen = set()
    for _ in range(40):
        practice = ex.choose(library, BreakKind.MICRO, setting, [], rng)
        if practice is None:
            continue
        seen.add(practice.id)
        steps = practice.items if isinstance(practice, ex.Routine) else ()
        for exercise in (
            [practice] if isinstance(practice, ex.Exercise) else [i.exercise for i in steps]
        ):
            assert set(exercise.positions) & setting.positions
            assert set(exercise.equipment) <= setting.equipment
    assert seen, "the library has floor exercises for a mat"
    # At the desk (the default), nothing on the floor is offered.
    desk = s.defaults().exercise_setting()
    for practice in ex.candidates(library, BreakKind.MICRO, desk):
        if isinstance(practice, ex.Exercise):
            assert set(practice.positions) & ex.DESK_POSITIONS
