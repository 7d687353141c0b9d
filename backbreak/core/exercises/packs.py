"""Reading packs: TOML files parsed (never run), checked, and turned into the library; a
bad file is skipped with its messages, the rest still loads."""

from __future__ import annotations

import dataclasses
import functools
import re
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from backbreak.core.exercises import vocabulary
from backbreak.core.exercises.body import JOINT_RANGES, JOINTS, NEUTRAL, POINTS, Pose
from backbreak.core.exercises.checking import (
    _ANIMATION_FIELDS,
    _EXERCISE_FIELDS,
    _ROUTINE_FIELDS,
    _SAFETY_FIELDS,
    _STEP_FIELDS,
    _TAG,
    MAX_FILE_BYTES,
    MAX_PACK_BYTES,
    MAX_PACK_FILES,
    SAFETY_FILE,
    PackError,
    _Check,
    _number_text,
    _path,
)
from backbreak.core.exercises.library import (
    WALL_CONTACT_POINTS,
    Animation,
    Contact,
    Exercise,
    Keyframe,
    Library,
    Prop,
    Routine,
    RoutineItem,
    Safety,
    Step,
    Surface,
)
from backbreak.core.exercises.placing import (
    CONTACT_POINTS,
    _floor_patch,
    _put_down_table,
    _wall_corners,
)
from backbreak.core.reading import NotRegularFileError, read_regular_file, show


def _parse_pose(
    check: _Check, table: Mapping[str, Any], where: str, base: Pose | None
) -> Pose | None:
    """A full pose (base: every joint required) or a keyframe's changes on top of `base`."""
    values: dict[str, float] = {}
    for name in JOINTS:
        if name not in table:
            continue
        low, high = JOINT_RANGES[name]
        number = check.number_value(
            table[name],
            _path(where, name),
            low=low,
            high=high,
            positive=False,
            unit="degrees",
        )
        if number is not None:
            values[name] = number
    if base is None:
        missing = [name for name in JOINTS if name not in table]
        if missing:
            check.fail(where, "every joint needs an angle; missing: " + ", ".join(missing))
            return None
    if len(values) != sum(1 for name in JOINTS if name in table):
        return None
    return (base or NEUTRAL).replace(**values)


def _parse_steps(check: _Check, data: Mapping[str, Any]) -> list[tuple[str, dict[str, Any], Step]]:
    parsed: list[tuple[str, dict[str, Any], Step]] = []
    for where, table in check.tables(data, "steps", most=40):
        check.known(table, where, _STEP_FIELDS)
        instruction = check.text(table, "instruction", where)
        seconds = check.number(table, "seconds", where, positive=True, high=600, unit="of seconds")
        reps = check.whole(table, "reps", where, low=1, high=100)
        seconds_each = check.number(
            table, "seconds_each", where, positive=True, high=60, unit="of seconds"
        )
        if "seconds" in table and "reps" in table:
            check.fail(
                where,
                "give either seconds (a timed step) or reps (a counted one), not both",
            )
        elif "seconds" not in table and "reps" not in table:
            check.fail(where, "needs seconds (a timed step) or reps (a counted step)")
        if "seconds_each" in table and "reps" not in table:
            check.fail(_path(where, "seconds_each"), "only goes with reps (the pace of a rep)")
        side = check.choice_or(table, "side", where, vocabulary.Side.BOTH)
        breath = check.choice_or(table, "breath", where, vocabulary.Breath.NATURAL)
        step = Step(
            instruction=instruction,
            seconds=seconds,
            reps=reps,
            seconds_each=seconds_each or DEFAULT_SECONDS_EACH,
            side=side,
            breath=breath,
            frames=(0.0, 0.0),  # placed once the animation's length is known
        )
        parsed.append((where, table, step))
    return parsed


DEFAULT_SECONDS_EACH = 3.0


def _place_frames(
    check: _Check, steps: list[tuple[str, dict[str, Any], Step]], length: float
) -> tuple[Step, ...]:
    """Give every step its window of the animation: `frames` when given, else the next
    window after the previous default one, as long as the step (one rep of a counted one)."""
    placed: list[Step] = []
    cursor = 0.0
    for where, table, step in steps:
        span = step.span
        if "frames" in table:
            value = table["frames"]
            ok = (
                isinstance(value, list)
                and len(value) == 2
                and all(
                    not isinstance(v, bool) and isinstance(v, int | float) and 0 <= v <= length
                    for v in value
                )
            )
            if not ok:
                check.fail(
                    _path(where, "frames"),
                    f"must be two times within the animation (0 to {_number_text(length)} s), "
                    f"got {show(value)}",
                )
                frames = (0.0, 0.0)
            else:
                frames = (float(value[0]), float(value[1]))
        elif length == 0:
            frames = (0.0, 0.0)  # a single keyframe: a still pose for every step
        else:
            frames = (cursor, cursor + (span or 0.0))
            cursor = frames[1]
            if frames[1] > length + 1e-6:
                check.fail(
                    _path(where, "frames"),
                    f"the steps run to {_number_text(frames[1])} s of animation but the last "
                    f"keyframe is at {_number_text(length)} s; add keyframes or give frames",
                )
        placed.append(
            Step(
                instruction=step.instruction,
                seconds=step.seconds,
                reps=step.reps,
                seconds_each=step.seconds_each,
                side=step.side,
                breath=step.breath,
                frames=frames,
            )
        )
    return tuple(placed)


def _parse_animation(check: _Check, data: Mapping[str, Any]) -> tuple[Animation | None, float]:
    """The exercise's animation, and how long it lasts (as far as its keyframes could be
    read: the steps are checked against it even when the animation itself is refused)."""
    table = check.sub_table(data, "animation")
    if table is None:
        return None, 0.0
    check.known(table, "animation", _ANIMATION_FIELDS)
    view = check.choice(table, "view", "animation", vocabulary.View)
    easing = check.choice_or(table, "easing", "animation", vocabulary.Easing.SMOOTH)
    mirror = check.flag(table, "mirror", "animation", False)
    side = check.choice_or(table, "side", "animation", vocabulary.Side.RIGHT)
    if mirror and side is vocabulary.Side.BOTH:
        check.fail("animation.side", 'must be "left" or "right" when mirror is true')
    breathing = check.flag(table, "breathing", "animation", False)
    props = _parse_props(check, table)
    base_table = check.sub_table(table, "base", "animation")
    base = None
    if base_table is not None:
        check.known(base_table, "animation.base", JOINTS)
        base = _parse_pose(check, base_table, "animation.base", None)
    keyframes, last = _parse_keyframes(check, table, base)
    if view is None or base is None or not keyframes:
        return None, last
    animation = Animation(
        view=view,
        keyframes=tuple(keyframes),
        easing=easing,
        mirror=mirror,
        side=side,
        breathing=breathing,
        props=props,
        contacts=_parse_contacts(check, table, keyframes[-1].t),
    )
    return _worked_out(animation), animation.length


def _parse_props(check: _Check, table: Mapping[str, Any]) -> tuple[Prop, ...]:
    props: list[Prop] = []
    for where, prop in check.tables(table, "props", "animation", required=False, most=8):
        check.known(prop, where, ("kind", "at"))
        kind = check.choice(prop, "kind", where, vocabulary.PropKind)
        at = check.text(prop, "at", where, max_length=40)
        if at and at not in POINTS:
            check.fail(_path(where, "at"), f"must name a point of the figure, got {show(at)}")
        if kind is not None:
            props.append(Prop(kind, at))
    return tuple(props)


def _parse_keyframes(
    check: _Check, table: Mapping[str, Any], base: Pose | None
) -> tuple[list[Keyframe], float]:
    """The keyframes (none without a base pose to put them on), and the time of the last
    one that could be read."""
    keyframes: list[Keyframe] = []
    previous: float | None = None
    frames = check.tables(table, "keyframes", "animation", most=200)
    for index, (where, frame) in enumerate(frames):
        check.known(frame, where, ("t", *JOINTS))
        t = check.number(frame, "t", where, low=0, high=3600, unit="of seconds")
        if "t" not in frame:
            check.fail(_path(where, "t"), "is missing (the keyframe's time in seconds)")
        elif t is not None:
            if index == 0 and t != 0:
                check.fail(
                    _path(where, "t"),
                    f"the first keyframe must be at 0, got {show(frame['t'])}",
                )
            elif previous is not None and t <= previous:
                check.fail(
                    _path(where, "t"),
                    f"must be later than the keyframe before ({_number_text(previous)} s), "
                    f"got {show(frame['t'])}",
                )
            previous = t
        if base is not None:
            pose = _parse_pose(check, frame, where, base)
            if pose is not None and t is not None:
                keyframes.append(Keyframe(t, pose))
    return keyframes, previous or 0.0


def _worked_out(animation: Animation) -> Animation:
    """`animation` with what is worked out once, when the pack is read (posing a frame must
    stay cheap): the floor patch a camera looking down draws, and where each resting point is
    put down and each side's wall."""
    if animation.view.elevation:
        animation = dataclasses.replace(animation, floor=_floor_patch(animation))
    if animation.contacts:
        animation = dataclasses.replace(animation, put_down=_put_down_table(animation))
        animation = dataclasses.replace(
            animation,
            walls={mirror: _wall_corners(animation, mirror) for mirror in (False, True)},
        )
    return animation


def _parse_contacts(check: _Check, table: Mapping[str, Any], length: float) -> tuple[Contact, ...]:
    contacts: list[Contact] = []
    for where, entry in check.tables(table, "contacts", "animation", required=False, most=20):
        check.known(entry, where, ("points", "from", "to", "slides", "surface"))
        points = check.texts(entry, "points", where, max_length=40)
        if not points:
            check.fail(_path(where, "points"), "must name the points that rest on the floor")
        start = check.number(entry, "from", where, low=0, high=length, unit="of seconds")
        end = check.number(entry, "to", where, low=0, high=length, unit="of seconds")
        first = 0.0 if start is None else start
        last = length if end is None else end
        if last < first:
            check.fail(_path(where, "to"), f"must not be before from ({_number_text(first)} s)")
        slides = check.flag(entry, "slides", where, False)
        surface = check.choice_or(entry, "surface", where, Surface.FLOOR)
        allowed = CONTACT_POINTS if surface is Surface.FLOOR else WALL_CONTACT_POINTS
        for i, name in enumerate(points):
            if name and name not in allowed:
                check.fail(
                    f"{_path(where, 'points')}[{i + 1}]",
                    f"must be one of {', '.join(allowed)} on a {surface.value}, got {show(name)}",
                )
        contacts.append(Contact(tuple(points), first, last, slides, surface))
    return tuple(contacts)


def _parse_exercise(check: _Check, data: Mapping[str, Any], stem: str) -> Exercise | None:
    check.known(data, "", _EXERCISE_FIELDS)
    exercise_id = check.identifier(data, stem)
    name = check.text(data, "name", max_length=60)
    summary = check.text(data, "summary", max_length=240)
    kind = check.choice(data, "kind", "", vocabulary.Kind)
    regions = check.choices(data, "regions", "", vocabulary.Region)
    positions = check.choices(data, "positions", "", vocabulary.Position)
    equipment = check.choices(data, "equipment", "", vocabulary.Equipment, required=False)
    tags = check.texts(data, "tags", max_length=30)
    for i, tag in enumerate(tags):
        if tag and not _TAG.fullmatch(tag):
            check.fail(
                f"tags[{i + 1}]",
                f"must be lower-case words joined by hyphens, got {show(tag)}",
            )
    setup = check.text(data, "setup")
    setup_seconds = check.number(data, "setup_seconds", positive=True, high=60, unit="of seconds")
    repetitions = check.whole(data, "repetitions", low=1, high=100)
    hold_seconds = check.number(data, "hold_seconds", positive=True, high=600, unit="of seconds")
    cautions = check.texts(data, "cautions")
    sources = check.texts(data, "sources", max_length=200)
    if "sources" not in data:
        check.fail("sources", "is missing (where the exercise comes from)")
    elif data["sources"] == []:
        check.fail("sources", "must name at least one source")
    notes = check.text(data, "notes", max_length=600, required=False)
    steps = _parse_steps(check, data)
    animation, length = _parse_animation(check, data)
    placed = _place_frames(check, steps, length) if animation is not None else ()
    if check.errors or kind is None or animation is None:
        return None
    return Exercise(
        id=exercise_id,
        name=name,
        summary=summary,
        kind=kind,
        regions=regions,
        positions=positions,
        equipment=equipment,
        tags=tags,
        setup=setup,
        setup_seconds=setup_seconds or 5.0,
        steps=placed,
        repetitions=repetitions or 1,
        hold_seconds=hold_seconds,
        cautions=cautions,
        sources=sources,
        notes=notes,
        animation=animation,
    )


def _parse_routine(
    check: _Check, data: Mapping[str, Any], stem: str, exercises: Mapping[str, Exercise]
) -> Routine | None:
    check.known(data, "", _ROUTINE_FIELDS)
    routine_id = check.identifier(data, stem)
    name = check.text(data, "name", max_length=60)
    summary = check.text(data, "summary", max_length=240)
    use = check.choice(data, "use", "", vocabulary.Use)
    notes = check.text(data, "notes", max_length=600, required=False)
    items: list[RoutineItem] = []
    for where, table in check.tables(data, "items", most=40):
        check.known(table, where, ("exercise", "rounds"))
        exercise_id = check.text(table, "exercise", where, max_length=60)
        rounds = check.whole(table, "rounds", where, low=1, high=100)
        if not exercise_id:
            continue
        exercise = exercises.get(exercise_id)
        if exercise is None:
            import difflib  # only for a pack's mistake; ~0.2 MiB held all day otherwise

            close = difflib.get_close_matches(exercise_id, list(exercises), n=1)
            hint = f' (did you mean "{close[0]}"?)' if close else ""
            check.fail(
                _path(where, "exercise"),
                f"no exercise has the id {show(exercise_id)}{hint}",
            )
            continue
        items.append(RoutineItem(exercise, rounds or exercise.repetitions))
    if check.errors or use is None:
        return None
    routine = Routine(routine_id, name, summary, use, tuple(items), notes)
    low, high = vocabulary.USE_SECONDS[use]
    if not low <= routine.seconds() <= high:
        check.fail(
            "items",
            f"the routine lasts {routine.seconds():g} s, but a {use.value} routine must last "
            f"{low:g} to {high:g} s",
        )
        return None
    return routine


def _parse_safety(check: _Check, data: Mapping[str, Any]) -> Safety | None:
    check.known(data, "", _SAFETY_FIELDS)
    title = check.text(data, "title", max_length=60)
    reminder = check.text(data, "reminder", max_length=160)
    points = check.texts(data, "points", max_length=400)
    red_flags = check.text(data, "red_flags", max_length=400, required=False)
    if "points" not in data:
        check.fail("points", "is missing")
    if check.errors:
        return None
    return Safety(title, reminder, points, red_flags)


def _read(path: Path, label: str, budget: _ReadBudget | None = None) -> dict[str, Any] | PackError:
    try:
        # Only a regular file, checked on the open file: a FIFO named x.toml froze the GUI
        # for good, and a link to /dev/zero read until MemoryError. The size is capped
        # while reading, not by a stat that a growing file outruns.
        raw, _info = read_regular_file(path, MAX_FILE_BYTES)
    except NotRegularFileError:
        return PackError(label, "", "is not a regular file (a folder, device, pipe or socket)")
    except OSError as error:
        return PackError(label, "", f"could not be read ({error.strerror or error})")
    if budget is not None:
        budget.bytes_left -= len(raw)
    if len(raw) > MAX_FILE_BYTES:
        return PackError(label, "", f"is larger than {MAX_FILE_BYTES // 1024} KiB")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return PackError(label, "", "is not UTF-8 text")
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        message = str(error)
        where = re.search(r"\(at line (\d+), column (\d+)\)", message)
        problem = re.sub(r"\s*\(at line .*\)$", "", message) or "syntax error"
        spot = f"line {where[1]}, column {where[2]}" if where else "syntax"
        return PackError(label, spot, f"is not valid TOML: {problem}")
    except RecursionError:  # arrays or tables nested a thousand deep
        return PackError(label, "", "nests arrays or tables too deeply")


def _toml_files(folder: Path, label: str, errors: list[PackError]) -> list[Path]:
    """The pack files in `folder`, by name, at most MAX_PACK_FILES (the rest reported)."""
    try:
        if not folder.is_dir():
            return []
        names = sorted(
            entry.name
            for entry in folder.iterdir()
            if entry.suffix == ".toml" and not entry.name.startswith(".")
        )
    except OSError as error:
        errors.append(PackError(label, "", f"could not be read ({error.strerror or error})"))
        return []
    if len(names) > MAX_PACK_FILES:
        errors.append(
            PackError(
                label,
                "",
                f"has {len(names)} files; only the first {MAX_PACK_FILES} by name were read",
            )
        )
        names = names[:MAX_PACK_FILES]
    return [folder / name for name in names]


def load_library(
    folder: Path, base: Library | None = None
) -> tuple[Library, tuple[PackError, ...]]:
    """Load `folder`/exercises/*.toml and `folder`/routines/*.toml.

    With `base` (backbreak's own library), `folder` is a user's pack: its exercises and
    routines are added to the base ones, its routines may use the base's exercises, and its
    ids must be new. A file with any problem is skipped and its problems returned; every
    other file still loads (whatever is wrong with it: unreadable, not a regular file, too
    large, too deeply nested, or anything the checks raise). A missing folder is an empty
    pack."""
    base = base or Library()
    loading = _Loading(taken={e.id for e in base.exercises} | {r.id for r in base.routines})
    exercises, safety = _load_exercises(loading, folder / "exercises", base)
    known = {e.id: e for e in (*base.exercises, *exercises)}
    routines: list[Routine] = []
    for path in _toml_files(folder / "routines", "routines", loading.errors):
        parse = functools.partial(_parse_routine, stem=path.stem, exercises=known)
        routine = loading.new(path, f"routines/{path.name}", parse)
        if routine is not None:
            routines.append(routine)
    library = Library(
        exercises=(*base.exercises, *exercises),
        routines=(*base.routines, *routines),
        safety=safety,
    )
    return library, tuple(loading.errors)


def _load_exercises(
    loading: _Loading, folder: Path, base: Library
) -> tuple[list[Exercise], Safety | None]:
    """The exercises in `folder`, and the safety advice (the base's, unless this is
    backbreak's own library and `folder` has it)."""
    exercises: list[Exercise] = []
    safety = base.safety
    for path in _toml_files(folder, "exercises", loading.errors):
        label = f"exercises/{path.name}"
        if path.name == SAFETY_FILE:
            if base.exercises or base.routines or base.safety:
                loading.errors.append(
                    PackError(label, "", "only backbreak's own library carries safety advice")
                )
                continue
            loaded = _load_one(path, label, loading.errors, _parse_safety, loading.budget)
            if loaded is not None:
                safety = loaded
            continue
        exercise = loading.new(path, label, functools.partial(_parse_exercise, stem=path.stem))
        if exercise is not None:
            exercises.append(exercise)
    return exercises, safety


_T = TypeVar("_T")
_Practice = TypeVar("_Practice", Exercise, Routine)


@dataclass
class _ReadBudget:
    """What one load may still read, so a pack of thousands of files cannot stall it."""

    bytes_left: int = MAX_PACK_BYTES
    exhausted: bool = False


@dataclass
class _Loading:
    """One load_library: the ids taken so far, what it may still read, what was wrong."""

    taken: set[str]
    budget: _ReadBudget = field(default_factory=_ReadBudget)
    errors: list[PackError] = field(default_factory=list)

    def new(
        self,
        path: Path,
        label: str,
        parse: Callable[[_Check, dict[str, Any]], _Practice | None],
    ) -> _Practice | None:
        """The exercise or routine in `path`, unless it does not load or its id is taken."""
        practice = _load_one(path, label, self.errors, parse, self.budget)
        if practice is None:
            return None
        if practice.id in self.taken:
            self.errors.append(PackError(label, "id", f"{show(practice.id)} is already in use"))
            return None
        self.taken.add(practice.id)
        return practice


def _load_one(
    path: Path,
    label: str,
    errors: list[PackError],
    parse: Callable[[_Check, dict[str, Any]], _T | None],
    budget: _ReadBudget | None = None,
) -> _T | None:
    if budget is not None and budget.bytes_left <= 0:
        if not budget.exhausted:
            budget.exhausted = True
            errors.append(
                PackError(
                    label,
                    "",
                    f"and the files after it were not read: the pack is over "
                    f"{MAX_PACK_BYTES // (1024 * 1024)} MiB",
                )
            )
        return None
    data = _read(path, label, budget)
    if isinstance(data, PackError):
        errors.append(data)
        return None
    check = _Check(label)
    try:
        result = parse(check, data)
    except Exception as error:  # a file the checks did not foresee skips that file only
        errors.append(PackError(label, "", f"could not be read ({type(error).__name__})"))
        return None
    errors.extend(check.errors)
    return None if check.errors else result
