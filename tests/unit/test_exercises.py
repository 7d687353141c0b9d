"""The exercise library: shipped files, checking of hand-made packs, the figure, and choosing.

The copying guard needs the seed articles the library was written from; it looks for them in
../shared/seeds beside the repository (or $BACKBREAK_SEEDS) and is skipped when they are not
there.
"""

from __future__ import annotations

import itertools
import math
import os
import re
import tomllib
from collections import Counter
from pathlib import Path
from random import Random

import pytest

from backbreak import paths
from backbreak.core import exercises as ex
from backbreak.core.planner import BreakKind

ROOT = Path(__file__).resolve().parents[2]
ASSETS = paths.assets_dir()
SOURCE_ASSETS = ROOT / "assets"  # with the READMEs, which are not installed
SEEDS = Path(os.environ.get("BACKBREAK_SEEDS", ROOT.parent / "shared" / "seeds"))

# Every exercise the seed articles teach, by the id it has here.
SEED_EXERCISES = {
    "spinal-cord-breathing",
    "cat-cow",
    "qigong-shoulder-rolls",
    "wuji-standing",
    "rolling-hands-backwards",
    "childs-pose",
    "childs-pose-arms-back",
    "thread-the-needle",
    "forearm-wall-stretch",
    "lying-trunk-rotation",
    "shoulder-roll",
    "neck-flexion-roll",
    "overhead-side-reach",
    "knee-to-chest",
    "thoracic-extension",
    "chin-tuck",
    "shoulder-blade-squeeze",
    "wall-angels",
    "upper-back-tension-release",
    "seated-breathing-relaxation",
    "single-shoulder-rolls",
}


@pytest.fixture(scope="module")
def library() -> ex.Library:
    loaded, errors = ex.load_library(ASSETS)
    assert [str(error) for error in errors] == []
    return loaded


# ---------------------------------------------------------------------------------------------
# What ships


def test_every_shipped_file_loads(library: ex.Library) -> None:
    exercise_files = {p.stem for p in (ASSETS / "exercises").glob("*.toml")} - {"safety"}
    routine_files = {p.stem for p in (ASSETS / "routines").glob("*.toml")}
    assert {e.id for e in library.exercises} == exercise_files
    assert {r.id for r in library.routines} == routine_files
    assert library.safety is not None


def test_every_seed_exercise_is_there(library: ex.Library) -> None:
    assert {e.id for e in library.exercises} >= SEED_EXERCISES


def test_the_seeds_numbers_are_kept(library: ex.Library) -> None:
    def exercise(exercise_id: str) -> ex.Exercise:
        found = library.exercise(exercise_id)
        assert found is not None
        return found

    for exercise_id in ("chin-tuck", "shoulder-blade-squeeze"):  # 5 s x 10
        held = exercise(exercise_id)
        assert (held.hold_seconds, held.repetitions) == (5, 10)
        assert held.steps[0].seconds == 5
    assert exercise("wall-angels").repetitions == 10
    single = exercise("single-shoulder-rolls")
    assert [(s.reps, s.side) for s in single.steps[:2]] == [
        (10, ex.Side.RIGHT),
        (10, ex.Side.LEFT),
    ]
    assert "neck roll" in single.steps[2].instruction
    assert [s.duration for s in exercise("shoulder-roll").steps] == [30, 30]
    assert exercise("thoracic-extension").equipment[0] is ex.Equipment.BLOCK_OR_ROLLER
    assert exercise("wuji-standing").kind is ex.Kind.RELAXATION


def test_routines_for_every_use(library: ex.Library) -> None:
    by_use = Counter(r.use for r in library.routines)
    assert by_use[ex.Use.MICRO] >= 4 and by_use[ex.Use.LONG] >= 4
    qigong = library.routine("qigong-15")
    assert qigong is not None and qigong.use is ex.Use.SESSION
    assert 14 * 60 <= qigong.seconds() <= 16 * 60
    assert all("qigong" in item.exercise.tags for item in qigong.items)
    for routine in library.routines:
        low, high = ex.USE_SECONDS[routine.use]
        assert low <= routine.seconds() <= high, routine.id


def test_desk_friendly_micro_routines_exist(library: ex.Library) -> None:
    at_desk = ex.candidates(library, BreakKind.MICRO, ex.AT_DESK)
    assert sum(isinstance(p, ex.Routine) for p in at_desk) >= 4


def test_safety_is_said_once(library: ex.Library) -> None:
    safety = library.safety
    assert safety is not None
    text = " ".join(safety.points).lower()
    assert "stop" in text and "doctor" in text and "begin with short" in text
    for exercise in library.exercises:
        for caution in exercise.cautions:
            assert "doctor" not in caution.lower(), exercise.id


def test_sources_name_the_seed_articles(library: ex.Library) -> None:
    seed_names = {p.name for p in SEEDS.glob("*.txt")} if SEEDS.is_dir() else set()
    for exercise in library.exercises:
        for source in exercise.sources:
            assert re.fullmatch(r"\d{3}_[0-9a-f]{16}\.txt", source), exercise.id
            assert not seed_names or source in seed_names, exercise.id


def _words(text: str) -> list[str]:
    text = text.lower().replace("\u2019", "'").replace("\u2018", "'")
    return re.findall(r"[a-z0-9]+(?:'[a-z]+)?", text)


def _windows(words: list[str], size: int) -> set[str]:
    return {" ".join(words[i : i + size]) for i in range(len(words) - size + 1)}


def test_no_text_is_copied_from_the_seeds() -> None:
    """An honest guard: no run of 8 words in any shipped text (values and comments alike)
    appears in a seed article, with case, punctuation and spacing ignored."""
    if not SEEDS.is_dir():
        pytest.skip(f"the seed articles are not at {SEEDS} (set BACKBREAK_SEEDS)")
    seed_windows: set[str] = set()
    for seed in SEEDS.glob("*.txt"):
        seed_windows |= _windows(_words(seed.read_text(encoding="utf-8")), 8)
    assert seed_windows
    copied = {
        f"{path.relative_to(SOURCE_ASSETS)}: {window}"
        for path in sorted(SOURCE_ASSETS.rglob("*"))
        if path.suffix in (".toml", ".md")
        for window in _windows(_words(path.read_text(encoding="utf-8")), 8) & seed_windows
    }
    assert not copied


# ---------------------------------------------------------------------------------------------
# Checking hand-made files

GOOD_EXERCISE = """\
id = "neck-roll"
name = "Neck roll"
summary = "A test exercise."
kind = "mobility"
regions = ["neck"]
positions = ["seated", "standing"]
equipment = []
setup = "Sit tall."
repetitions = 2
sources = ["my physio"]

[[steps]]
instruction = "Tip the head to the right."
seconds = 4
side = "right"
breath = "exhale"

[[steps]]
instruction = "And back."
seconds = 4
breath = "inhale"

[animation]
view = "front"

[animation.base]
{base}

[[animation.keyframes]]
t = 0

[[animation.keyframes]]
t = 4
neck_flexion = 30

[[animation.keyframes]]
t = 8
"""
BASE = "\n".join(f"{joint} = 0" for joint in ex.JOINTS)

GOOD_ROUTINE = """\
id = "quick"
name = "Quick"
summary = "A test routine."
use = "micro"

[[items]]
exercise = "neck-roll"
rounds = 2
"""


def exercise_text(*changes: tuple[str, str]) -> str:
    """GOOD_EXERCISE with each (old, new) replaced once."""
    text = GOOD_EXERCISE.replace("{base}", BASE)
    for old, new in changes:
        assert old in text, old
        text = text.replace(old, new, 1)
    return text


def write_pack(folder: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return folder


def test_a_good_pack_loads(tmp_path: Path) -> None:
    pack = write_pack(
        tmp_path,
        {"exercises/neck-roll.toml": exercise_text(), "routines/quick.toml": GOOD_ROUTINE},
    )
    loaded, errors = ex.load_library(pack)
    assert errors == ()
    exercise = loaded.exercise("neck-roll")
    assert exercise is not None and loaded.routine("quick") is not None
    assert exercise.seconds() == 5 + 2 * 8  # default setup time, two rounds of 4 + 4
    assert [step.frames for step in exercise.steps] == [(0, 4), (4, 8)]
    assert exercise.steps[1].side is ex.Side.BOTH
    assert exercise.animation.keyframes[1].pose == ex.NEUTRAL.replace(neck_flexion=30)


STEP_2 = 'seconds = 4\nbreath = "inhale"'
NECK = "exercises/neck-roll.toml"
BROKEN: list[tuple[str, dict[str, str], str]] = [
    (
        "text for a number",
        {NECK: exercise_text((STEP_2, 'seconds = "ten"\nbreath = "inhale"'))},
        f'{NECK}: steps[2].seconds: must be a positive number of seconds, got "ten"',
    ),
    (
        "true for a number",
        {NECK: exercise_text(("repetitions = 2", "repetitions = true"))},
        f"{NECK}: repetitions: must be a whole number from 1 to 100, got true",
    ),
    (
        "missing field",
        {NECK: exercise_text(('name = "Neck roll"\n', ""))},
        f"{NECK}: name: is missing",
    ),
    (
        "unknown position",
        {NECK: exercise_text(('"standing"]', '"sitting"]'))},
        f'{NECK}: positions[2]: must be one of "seated", "standing", "wall"',
    ),
    (
        "unknown breathing cue",
        {NECK: exercise_text(('breath = "inhale"', 'breath = "in"'))},
        f'{NECK}: steps[2].breath: must be one of "inhale", "exhale", "hold", "natural"; got "in"',
    ),
    (
        "misspelt field",
        {NECK: exercise_text(("[[steps]]", "[[stpes]]"))},
        f'{NECK}: stpes: is not a field here; did you mean "steps"?',
    ),
    (
        "misspelt joint",
        {NECK: exercise_text(("neck_flexion = 30", "nekc_flexion = 30"))},
        f"{NECK}: animation.keyframes[2].nekc_flexion: is not a field here; "
        'did you mean "neck_flexion"?',
    ),
    (
        "seconds and reps both",
        {
            NECK: exercise_text(
                ('seconds = 4\nside = "right"', 'seconds = 4\nreps = 3\nside = "right"')
            )
        },
        f"{NECK}: steps[1]: give either seconds (a timed step) or reps (a counted one), not both",
    ),
    (
        "neither seconds nor reps",
        {NECK: exercise_text((STEP_2, 'breath = "inhale"'))},
        f"{NECK}: steps[2]: needs seconds (a timed step) or reps (a counted step)",
    ),
    (
        "a pace without reps",
        {NECK: exercise_text((STEP_2, f"{STEP_2}\nseconds_each = 2"))},
        f"{NECK}: steps[2].seconds_each: only goes with reps",
    ),
    (
        "keyframes out of order",
        {NECK: exercise_text(("t = 8", "t = 3"))},
        f"{NECK}: animation.keyframes[3].t: must be later than the keyframe before (4 s), got 3",
    ),
    (
        "first keyframe late",
        {NECK: exercise_text(("keyframes]]\nt = 0", "keyframes]]\nt = 1"))},
        f"{NECK}: animation.keyframes[1].t: the first keyframe must be at 0, got 1",
    ),
    (
        "a joint missing from the base",
        {NECK: exercise_text(("knee_flexion_left = 0\n", ""))},
        f"{NECK}: animation.base: every joint needs an angle; missing: knee_flexion_left",
    ),
    (
        "an angle out of range",
        {NECK: exercise_text(("neck_flexion = 30", "neck_flexion = 300"))},
        f"{NECK}: animation.keyframes[2].neck_flexion: "
        "must be a number from -60 to 60 degrees, got 300",
    ),
    (
        "a window outside the animation",
        {NECK: exercise_text((STEP_2, f"{STEP_2}\nframes = [4, 20]"))},
        f"{NECK}: steps[2].frames: must be two times within the animation (0 to 8 s), got [4, 20]",
    ),
    (
        "steps longer than the animation",
        {NECK: exercise_text((STEP_2, 'seconds = 6\nbreath = "inhale"'))},
        f"{NECK}: steps[2].frames: the steps run to 10 s of animation but the last keyframe "
        "is at 8 s",
    ),
    (
        "a mirror without a side",
        {NECK: exercise_text(('view = "front"', 'view = "front"\nmirror = true\nside = "both"'))},
        f'{NECK}: animation.side: must be "left" or "right" when mirror is true',
    ),
    (
        "a prop at no point",
        {
            NECK: exercise_text(
                (
                    "[animation.base]",
                    '[[animation.props]]\nkind = "wall"\nat = "ear"\n\n[animation.base]',
                )
            )
        },
        f'{NECK}: animation.props[1].at: must name a point of the figure, got "ear"',
    ),
    (
        "an id that is not the file name",
        {"exercises/neck.toml": exercise_text()},
        'exercises/neck.toml: id: must match the file name ("neck"), got "neck-roll"',
    ),
    (
        "not TOML",
        {NECK: exercise_text(('name = "Neck roll"', 'name = "Neck roll'))},
        f"{NECK}: line 2, column ",
    ),
    (
        "a routine naming a missing exercise",
        {
            NECK: exercise_text(),
            "routines/quick.toml": GOOD_ROUTINE.replace('"neck-roll"', '"neck-rol"'),
        },
        'routines/quick.toml: items[1].exercise: no exercise has the id "neck-rol" '
        '(did you mean "neck-roll"?)',
    ),
    (
        "a micro routine too long",
        {
            NECK: exercise_text(),
            "routines/quick.toml": GOOD_ROUTINE.replace("rounds = 2", "rounds = 9"),
        },
        "routines/quick.toml: items: the routine lasts 77 s, but a micro routine must last "
        "20 to 40 s",
    ),
    (
        "a routine with an unknown use",
        {NECK: exercise_text(), "routines/quick.toml": GOOD_ROUTINE.replace('"micro"', '"short"')},
        'routines/quick.toml: use: must be one of "micro", "long", "session"; got "short"',
    ),
]


@pytest.mark.parametrize(
    ("files", "message"), [pytest.param(f, m, id=name) for name, f, m in BROKEN]
)
def test_a_broken_file_is_skipped_with_a_plain_message(
    tmp_path: Path, files: dict[str, str], message: str
) -> None:
    loaded, errors = ex.load_library(write_pack(tmp_path, files))
    messages = [str(error) for error in errors]
    assert any(m.startswith(message) for m in messages), messages
    broken = next(e for e in errors if str(e).startswith(message))
    assert Path(broken.file).stem not in {e.id for e in loaded.exercises}
    assert Path(broken.file).stem not in {r.id for r in loaded.routines}


def test_the_readme_example_message_is_real(tmp_path: Path) -> None:
    files = {NECK: exercise_text((STEP_2, 'seconds = "ten"\nbreath = "inhale"'))}
    _loaded, errors = ex.load_library(write_pack(tmp_path, files))
    readme = (SOURCE_ASSETS / "exercises" / "README.md").read_text(encoding="utf-8")
    assert str(errors[0]) in readme


def test_every_problem_in_a_file_is_reported(tmp_path: Path) -> None:
    text = exercise_text(
        ("repetitions = 2", "repetitions = 0"), ("neck_flexion = 30", "neck_flexion = 300")
    )
    _loaded, errors = ex.load_library(write_pack(tmp_path, {NECK: text}))
    assert [e.where for e in errors] == ["repetitions", "animation.keyframes[2].neck_flexion"]


def test_a_users_pack_keeps_the_good_files_and_reports_the_bad(tmp_path: Path) -> None:
    shipped, _ = ex.load_library(ASSETS)
    evil = tmp_path / "executed"
    pack = write_pack(
        tmp_path / "pack",
        {
            NECK: exercise_text(),
            "exercises/broken.toml": exercise_text(
                ('id = "neck-roll"', 'id = "broken"'), ("neck_flexion = 30", "neck_flexion = 300")
            ),
            "exercises/cat-cow.toml": exercise_text(('id = "neck-roll"', 'id = "cat-cow"')),
            "exercises/safety.toml": 'title = "Mine"\nreminder = "x"\npoints = []\n',
            # A pack is data: this file is never run, and a string that looks like code
            # stays a string.
            "exercises/evil.py": f"open({str(evil)!r}, 'w').write('ran')\n",
            "routines/quick.toml": GOOD_ROUTINE.replace(
                "[[items]]", '[[items]]\nexercise = "chin-tuck"\nrounds = 1\n\n[[items]]', 1
            ).replace('use = "micro"', 'use = "micro"\nnotes = "__import__(\'os\')"'),
        },
    )
    loaded, errors = ex.load_library(pack, base=shipped)
    assert sorted(e.file for e in errors) == [
        "exercises/broken.toml",
        "exercises/cat-cow.toml",
        "exercises/safety.toml",
    ]
    assert "already in use" in next(str(e) for e in errors if e.file.endswith("cat-cow.toml"))
    assert loaded.exercise("neck-roll") is not None
    assert loaded.exercise("broken") is None
    quick = loaded.routine("quick")
    assert quick is not None and [i.exercise.id for i in quick.items] == ["chin-tuck", "neck-roll"]
    assert quick.notes == "__import__('os')"
    assert len(loaded.exercises) == len(shipped.exercises) + 1
    assert loaded.safety == shipped.safety
    assert not evil.exists()


def test_a_missing_pack_folder_is_an_empty_pack(tmp_path: Path) -> None:
    shipped, _ = ex.load_library(ASSETS)
    loaded, errors = ex.load_library(tmp_path / "nothing-here", base=shipped)
    assert errors == () and loaded.exercises == shipped.exercises


def test_a_huge_file_is_refused(tmp_path: Path) -> None:
    text = exercise_text() + "\n# " + "x" * ex.MAX_FILE_BYTES
    _loaded, errors = ex.load_library(write_pack(tmp_path, {NECK: text}))
    assert [str(e) for e in errors] == [f"{NECK}: is larger than 256 KiB"]


# ---------------------------------------------------------------------------------------------
# The figure


def sampled_poses(exercise: ex.Exercise, per_step: int = 6) -> list[ex.Pose]:
    poses = [ex.setup_pose(exercise)]
    for index, step in enumerate(exercise.steps):
        span = step.duration if step.reps is None else step.seconds_each
        poses += [ex.step_pose(exercise, index, span * k / per_step) for k in range(per_step)]
    return poses


def test_standing_figure_is_about_one_unit_tall() -> None:
    points = ex.pose_points(ex.NEUTRAL, ex.View.SIDE)
    height = points["head_center"].y + ex.HEAD_RADIUS - points["ankle_left"].y
    assert 0.95 <= height <= 1.0
    assert set(points) == set(ex.POINTS)
    assert {name for bone in ex.BONES for name in bone} <= set(points)


def test_every_exercise_moves_and_stays_in_its_frame(library: ex.Library) -> None:
    for exercise in library.exercises:
        poses = sampled_poses(exercise)
        assert len(set(poses)) > 2, exercise.id
        for pose in poses:
            for name, low_high in ex.JOINT_RANGES.items():
                low, high = low_high
                assert low - 8 <= getattr(pose, name) <= high + 8, (exercise.id, name)
            points = ex.pose_points(pose, exercise.animation.view).values()
            assert all(abs(p.x) <= 1.1 and abs(p.y) <= 1.1 for p in points), exercise.id


def test_rounds_join_up_where_they_repeat(library: ex.Library) -> None:
    """A round that repeats ends in the pose it starts from, so the figure never jumps."""
    repeated = {e.id for e in library.exercises if e.repetitions > 1} | {
        item.exercise.id for r in library.routines for item in r.items if item.rounds > 1
    }
    for exercise_id in repeated:
        exercise = library.exercise(exercise_id)
        assert exercise is not None
        last = len(exercise.steps) - 1
        end = ex.step_pose(exercise, last, exercise.steps[last].duration)
        start = ex.step_pose(exercise, 0, 0.0)
        for joint in (
            "body_pitch",
            "lower_thoracic_flexion",
            "neck_flexion",
            "shoulder_flexion_left",
            "hip_flexion_left",
            "knee_flexion_left",
        ):
            assert math.isclose(getattr(end, joint), getattr(start, joint), abs_tol=6), (
                exercise_id,
                joint,
            )


def test_recognisable_movements(library: ex.Library) -> None:
    def pose(exercise_id: str, step: int, seconds: float) -> ex.Pose:
        exercise = library.exercise(exercise_id)
        assert exercise is not None
        return ex.step_pose(exercise, step, seconds)

    def points(exercise_id: str, step: int, seconds: float) -> dict[str, ex.Point]:
        exercise = library.exercise(exercise_id)
        assert exercise is not None
        return ex.pose_points(pose(exercise_id, step, seconds), exercise.animation.view)

    # Cat-cow: the back sags (cow) then domes (cat): the chest point drops below, then rises
    # above, the line from pelvis to the base of the neck.
    def sag(p: dict[str, ex.Point]) -> float:
        a, b, c = p["pelvis"], p["neck_base"], p["chest"]
        return (c.y - a.y) - (b.y - a.y) * (c.x - a.x) / (b.x - a.x)

    assert sag(points("cat-cow", 0, 4.5)) < -0.01 < 0.01 < sag(points("cat-cow", 1, 4.0))
    # Chin tuck: the head glides back while the face stays level.
    upright, tucked = points("chin-tuck", 1, 2.0), points("chin-tuck", 0, 4.0)
    assert tucked["head_center"].x < upright["head_center"].x - 0.02
    tucked_pose = pose("chin-tuck", 0, 4.0)
    assert abs(tucked_pose.neck_flexion + tucked_pose.head_flexion) < 1
    # Wall angels: the hands slide up from about head height to well above it.
    low, high = points("wall-angels", 0, 0.0), points("wall-angels", 1, 0.0)
    assert high["hand_left"].y > low["hand_left"].y + 0.1
    # Child's pose: the head ends lower than the hips.
    folded = points("childs-pose", 1, 30.0)
    assert folded["head_center"].y < folded["pelvis"].y


def test_mirroring_swaps_the_sides(library: ex.Library) -> None:
    exercise = library.exercise("overhead-side-reach")
    assert exercise is not None
    right = ex.step_pose(exercise, 1, 5.0)
    left = ex.step_pose(exercise, 3, 5.0)
    assert left == ex.mirrored(right)
    assert ex.mirrored(left) == right
    a, b = ex.pose_points(right, ex.View.FRONT), ex.pose_points(left, ex.View.FRONT)
    assert math.isclose(a["hand_left"].x, -b["hand_right"].x, abs_tol=1e-9)
    assert math.isclose(a["hand_left"].y, b["hand_right"].y, abs_tol=1e-9)


def test_counted_steps_repeat_and_reverse_windows_play_backwards(library: ex.Library) -> None:
    exercise = library.exercise("qigong-shoulder-rolls")
    assert exercise is not None
    forward, backward = exercise.steps
    assert ex.step_pose(exercise, 0, 1.0) == ex.step_pose(exercise, 0, 1.0 + forward.seconds_each)
    assert ex.step_pose(exercise, 1, 1.0) == ex.step_pose(exercise, 0, 3.0)
    assert backward.frames == (4.0, 0.0)


def test_breathing_lifts_the_chest(library: ex.Library) -> None:
    exercise = library.exercise("wuji-standing")
    assert exercise is not None and exercise.animation.breathing
    emptied = ex.step_pose(exercise, 0, 0.0)
    filled = ex.step_pose(exercise, 0, exercise.steps[0].duration)
    assert filled.upper_thoracic_flexion < emptied.upper_thoracic_flexion
    assert filled.scapula_elevation_left > emptied.scapula_elevation_left


# ---------------------------------------------------------------------------------------------
# Choosing

HOME = ex.Setting(
    positions=frozenset(ex.Position),
    equipment=frozenset(ex.Equipment),
)


def practice_positions(practice: ex.Practice) -> list[tuple[ex.Position, ...]]:
    if isinstance(practice, ex.Exercise):
        return [practice.positions]
    return [item.exercise.positions for item in practice.items]


def draw(
    library: ex.Library, kind: BreakKind, setting: ex.Setting, count: int, seed: int = 7
) -> list[ex.Practice]:
    rng = Random(seed)
    recent: list[str] = []
    chosen: list[ex.Practice] = []
    for _ in range(count):
        practice = ex.choose(library, kind, setting, recent, rng)
        assert practice is not None
        chosen.append(practice)
        recent.append(practice.id)
    return chosen


@pytest.mark.parametrize("kind", [BreakKind.MICRO, BreakKind.LONG])
def test_at_a_desk_there_is_no_floor_work(library: ex.Library, kind: BreakKind) -> None:
    for practice in draw(library, kind, ex.AT_DESK, 300):
        for positions in practice_positions(practice):
            assert set(positions) & ex.DESK_POSITIONS, practice.id


def test_floor_work_comes_when_allowed(library: ex.Library) -> None:
    chosen = draw(library, BreakKind.LONG, HOME, 300)
    assert any(
        not set(positions) & ex.DESK_POSITIONS
        for practice in chosen
        for positions in practice_positions(practice)
    )


def test_equipment_one_does_not_have_is_never_needed(library: ex.Library) -> None:
    no_props = ex.Setting(positions=frozenset(ex.Position), equipment=frozenset())
    for kind in BreakKind:
        for practice in draw(library, kind, no_props, 200):
            items = (
                [practice]
                if isinstance(practice, ex.Exercise)
                else [i.exercise for i in practice.items]
            )
            assert all(not e.equipment for e in items), practice.id


@pytest.mark.parametrize("kind", [BreakKind.MICRO, BreakKind.LONG])
def test_breaks_fit_their_length(library: ex.Library, kind: BreakKind) -> None:
    for practice in draw(library, kind, HOME, 200):
        if kind is BreakKind.MICRO:
            assert 20 <= practice.seconds() <= 40, practice.id
        else:
            assert isinstance(practice, ex.Routine) and practice.use is ex.Use.LONG
            assert 180 <= practice.seconds() <= 300, practice.id


@pytest.mark.parametrize("no_repeat", [1, 3, 5])
def test_none_of_the_last_few_comes_again(library: ex.Library, no_repeat: int) -> None:
    setting = ex.Setting(no_repeat=no_repeat)
    chosen = [p.id for p in draw(library, BreakKind.MICRO, setting, 300)]
    for i, practice_id in enumerate(chosen):
        assert practice_id not in chosen[max(0, i - no_repeat) : i]


def test_with_too_few_to_choose_from_the_oldest_comes_back(library: ex.Library) -> None:
    only_two = ex.Setting(
        excluded=frozenset(p.id for p in ex.candidates(library, BreakKind.LONG, ex.AT_DESK)[2:])
    )
    chosen = [p.id for p in draw(library, BreakKind.LONG, only_two, 10)]
    assert len(set(chosen)) == 2
    assert all(a != b for a, b in itertools.pairwise(chosen))


def make_exercise(exercise_id: str, *regions: ex.Region) -> ex.Exercise:
    keyframes = (
        ex.Keyframe(0.0, ex.NEUTRAL),
        ex.Keyframe(25.0, ex.NEUTRAL.replace(neck_flexion=10)),
    )
    step = ex.Step("Move.", 25.0, None, 3.0, ex.Side.BOTH, ex.Breath.NATURAL, (0.0, 25.0))
    return ex.Exercise(
        id=exercise_id,
        name=exercise_id,
        summary="",
        kind=ex.Kind.MOBILITY,
        regions=regions,
        positions=(ex.Position.SEATED,),
        equipment=(),
        tags=(),
        setup="",
        setup_seconds=5.0,
        steps=(step,),
        repetitions=1,
        hold_seconds=None,
        cautions=(),
        sources=("test",),
        notes="",
        animation=ex.Animation(ex.View.SIDE, keyframes),
    )


REGIONS = (ex.Region.NECK, ex.Region.SHOULDERS, ex.Region.LOWER_BACK, ex.Region.UPPER_BACK)
SMALL = ex.Library(
    exercises=tuple(
        make_exercise(f"{region.value.replace(' ', '-')}-{n}", region, ex.Region.UPPER_BACK)
        for region in REGIONS
        for n in range(3)
    )
)


def test_body_regions_rotate() -> None:
    chosen = draw(SMALL, BreakKind.MICRO, ex.AT_DESK, 200)
    mains = [p.primary_region for p in chosen]
    for i in range(2, len(mains)):
        assert mains[i] not in mains[i - 2 : i]
    assert set(mains) == set(REGIONS)  # the upper back, listed by everything, still comes


def test_focus_regions_come_first() -> None:
    focus = ex.Setting(focus=frozenset({ex.Region.NECK, ex.Region.SHOULDERS}))
    mains = {p.primary_region for p in draw(SMALL, BreakKind.MICRO, focus, 100)}
    assert mains == {ex.Region.NECK, ex.Region.SHOULDERS}


def test_exclusions_are_honoured(library: ex.Library) -> None:
    excluded = frozenset({"chin-tuck", "cat-cow", "desk-let-go"})
    setting = ex.Setting(HOME.positions, HOME.equipment, excluded=excluded)
    for kind in BreakKind:
        for practice in draw(library, kind, setting, 200):
            assert practice.id not in excluded
            if isinstance(practice, ex.Routine):
                assert not {i.exercise.id for i in practice.items} & excluded, practice.id


def test_favourites_are_preferred() -> None:
    favourites = frozenset({"neck-0", "shoulders-0"})
    plain = ex.Setting(no_repeat=0)
    liked = ex.Setting(no_repeat=0, favourites=favourites)
    count_plain = sum(p.id in favourites for p in draw(SMALL, BreakKind.MICRO, plain, 600))
    count_liked = sum(p.id in favourites for p in draw(SMALL, BreakKind.MICRO, liked, 600))
    assert count_liked > 2 * count_plain


def test_nothing_fits_gives_none(library: ex.Library) -> None:
    nowhere = ex.Setting(positions=frozenset())
    assert ex.choose(library, BreakKind.MICRO, nowhere, [], Random(1)) is None
    # A routine is only offered whole: excluding one of its exercises excludes it.
    every_desk_routine_hit = ex.Setting(
        excluded=frozenset({"chin-tuck", "neck-flexion-roll", "spinal-cord-breathing"})
    )
    assert ex.choose(library, BreakKind.LONG, every_desk_routine_hit, [], Random(1)) is None


def test_the_same_seed_gives_the_same_breaks(library: ex.Library) -> None:
    first = [p.id for p in draw(library, BreakKind.MICRO, HOME, 50, seed=3)]
    again = [p.id for p in draw(library, BreakKind.MICRO, HOME, 50, seed=3)]
    assert first == again


def test_unknown_ids_in_the_history_are_ignored(library: ex.Library) -> None:
    practice = ex.choose(library, BreakKind.MICRO, ex.AT_DESK, ["gone", "also-gone"], Random(2))
    assert practice is not None


def test_every_shipped_toml_parses_with_plain_tomllib() -> None:
    for path in ASSETS.rglob("*.toml"):
        with path.open("rb") as handle:
            assert isinstance(tomllib.load(handle), dict)


def test_exercise_list_json_describes_every_exercise_and_routine_for_scripts() -> None:
    import json
    import subprocess
    import sys

    result = subprocess.run(
        [sys.executable, "-m", "backbreak", "exercise", "list", "--json"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    listed = {entry["id"]: entry for entry in json.loads(result.stdout)}
    library, _ = ex.load_library(paths.assets_dir())
    assert set(listed) == {p.id for p in library.exercises} | {p.id for p in library.routines}
    chin = listed["chin-tuck"]
    assert chin["type"] == "exercise" and chin["kind"] == "strengthening"
    assert set(chin) == {
        "id",
        "type",
        "name",
        "kind",
        "positions",
        "equipment",
        "regions",
        "seconds",
        "use",
        "source",
    }
    assert chin["source"] == "backbreak"  # not from the person's own pack
    assert "seated" in chin["positions"] and chin["equipment"] == []
    assert chin["regions"][0] == "neck"
    for routine in library.routines:
        entry = listed[routine.id]
        assert entry["type"] == "routine" and entry["use"] == routine.use.value
        assert entry["seconds"] == pytest.approx(routine.seconds(), abs=0.1)
    # An exercise fills a micro break by itself only when it is micro-break length.
    low, high = ex.MICRO_SECONDS
    for exercise in library.exercises:
        fits = low <= exercise.seconds() <= high
        assert listed[exercise.id]["use"] == ("micro" if fits else None)


def test_a_day_at_a_desk_has_variety() -> None:
    """Sixteen breaks a day at a desk, every fourth long, over many days: no long routine
    twice in a day (six fit at a desk), and the chin tuck in about a quarter of the breaks,
    not in six of sixteen as before there were enough desk routines."""
    from backbreak.core.guide import Picker

    library, _ = ex.load_library(paths.assets_dir())
    desk_micro = [
        r
        for r in library.routines
        if r.use is ex.Use.MICRO and all(ex.fits(i.exercise, ex.AT_DESK) for i in r.items)
    ]
    assert len(desk_micro) >= 12
    chin_tucks = []
    for day in range(200):
        picker = Picker(library, ex.AT_DESK, Random(day))
        longs: list[str] = []
        with_chin_tuck = 0
        for n in range(16):
            kind = BreakKind.LONG if n % 4 == 3 else BreakKind.MICRO
            guide = picker.pick(kind)
            assert guide is not None
            if kind is BreakKind.LONG:
                longs.append(guide.practice_id)
            with_chin_tuck += any(e.id == "chin-tuck" for e in guide.exercises)
        assert len(set(longs)) == len(longs), longs
        chin_tucks.append(with_chin_tuck)
    assert sum(chin_tucks) / len(chin_tucks) <= 4.5


LIBRARY_FOR_LIMITS, _ = ex.load_library(paths.assets_dir())

# What a body can do, written out here apart from the code's ranges (which a pack is checked
# against) so that widening those cannot pass unnoticed: no elbow or knee past straight, no
# joint bent further than a person bends it.
HUMAN_LIMITS = {
    "elbow_flexion": (0.0, 150.0),
    "knee_flexion": (0.0, 165.0),
    "wrist_extension": (-80.0, 90.0),
    "scapula_elevation": (-25.0, 40.0),
    "scapula_protraction": (-40.0, 40.0),
    "shoulder_flexion": (-60.0, 180.0),
    "shoulder_abduction": (-30.0, 180.0),
    "hip_flexion": (-30.0, 150.0),
    "neck_flexion": (-60.0, 60.0),
    "head_turn": (-80.0, 80.0),
    "trunk_rotation": (-90.0, 90.0),
}


@pytest.mark.parametrize("exercise_id", sorted(e.id for e in LIBRARY_FOR_LIMITS.exercises))
def test_every_frame_of_every_exercise_stays_within_human_joint_limits(exercise_id: str) -> None:
    exercise = LIBRARY_FOR_LIMITS.exercise(exercise_id)
    assert exercise is not None
    for index, step in enumerate(exercise.steps):
        for k in range(41):
            pose = ex.step_pose(exercise, index, step.span * k / 40)
            for joint in ex.JOINTS:
                part = joint.removesuffix("_left").removesuffix("_right")
                if part in HUMAN_LIMITS:
                    low, high = HUMAN_LIMITS[part]
                    angle = getattr(pose, joint)
                    assert low <= angle <= high, (index + 1, joint, round(angle, 1))


def test_the_three_quarter_views_show_both_shoulders_and_which_way_the_face_looks() -> None:
    side = ex.pose_points(ex.NEUTRAL, ex.View.SIDE)
    front_ish = ex.pose_points(ex.NEUTRAL, ex.View.THREE_QUARTER)
    behind = ex.pose_points(ex.NEUTRAL, ex.View.THREE_QUARTER_BEHIND)
    apart = abs(front_ish["shoulder_left"].x - front_ish["shoulder_right"].x)
    assert abs(side["shoulder_left"].x - side["shoulder_right"].x) < 1e-9  # one on the other
    assert apart > 0.1
    # The face turns toward us in the one, away in the other; the figure still faces right.
    assert front_ish["nose"].depth > front_ish["head_center"].depth
    assert behind["nose"].depth < behind["head_center"].depth
    assert front_ish["nose"].x > front_ish["head_center"].x
    assert behind["nose"].x > behind["head_center"].x


def test_a_shoulder_circle_draws_a_loop_in_the_three_quarter_view() -> None:
    """Up, back, down and forward: the shoulder's path on screen has height and width."""
    exercise = LIBRARY_FOR_LIMITS.exercise("shoulder-roll")
    assert exercise is not None and exercise.animation.view is ex.View.THREE_QUARTER
    step = exercise.steps[0]
    path = [
        ex.pose_points(ex.step_pose(exercise, 0, step.seconds_each * k / 24), ex.View.THREE_QUARTER)
        for k in range(25)
    ]
    xs = [p["shoulder_left"].x - p["pelvis"].x for p in path]
    ys = [p["shoulder_left"].y - p["pelvis"].y for p in path]
    assert max(xs) - min(xs) > 0.03 and max(ys) - min(ys) > 0.03


def test_in_the_front_view_a_step_named_right_moves_on_the_persons_right() -> None:
    """The person faces the screen and copies the figure as in a mirror: "lean to the right"
    leans toward the screen's right, and the wall for the right arm stands on that side."""
    reach = LIBRARY_FOR_LIMITS.exercise("overhead-side-reach")
    assert reach is not None and reach.animation.view is ex.View.FRONT
    sides: dict[ex.Side, int] = {}
    for index, step in enumerate(reach.steps):
        sides.setdefault(step.side, index)  # the first step of a side: the lean itself
    for side, sign in ((ex.Side.RIGHT, 1), (ex.Side.LEFT, -1)):
        index = sides[side]
        step = reach.steps[index]
        points = ex.pose_points(ex.step_pose(reach, index, step.span), ex.View.FRONT)
        assert sign * (points["head_center"].x - points["pelvis"].x) > 0.03, side
    upright = ex.pose_points(ex.NEUTRAL, ex.View.FRONT)
    assert upright["shoulder_right"].x > upright["shoulder_left"].x


# The card draws a figure unit at up to about 190 px (its tallest figure, a person standing);
# 300 px per unit leaves room, so 2 px on screen is at most this much of a figure unit.
TWO_PIXELS = 2.0 / 300.0
WITH_CONTACTS = sorted(e.id for e in LIBRARY_FOR_LIMITS.exercises if e.animation.contacts)


def test_floor_work_declares_what_rests_on_the_floor() -> None:
    floor = {e.id for e in LIBRARY_FOR_LIMITS.exercises if set(e.positions) <= ex.FLOOR_POSITIONS}
    assert floor and floor <= set(WITH_CONTACTS)


@pytest.mark.parametrize("exercise_id", WITH_CONTACTS)
def test_what_rests_on_the_floor_stays_on_it_and_nothing_goes_through(exercise_id: str) -> None:
    """Within 2 px of the floor for as long as the contact holds, a resting hand stays where
    it was put down, a forearm on a wall stays on it, no joint of the body is ever below the
    floor, and no bone changes its length to make any of that true."""
    exercise = LIBRARY_FOR_LIMITS.exercise(exercise_id)
    assert exercise is not None
    for index, step in enumerate(exercise.steps):
        put_down: dict[str, tuple[float, float]] = {}
        for k in range(61):
            seconds = step.span * k / 60
            points = ex.step_standing_points(exercise, index, seconds)
            where = (index + 1, round(seconds, 2))
            # (The nose only says which way the face looks; it is not drawn.)
            lowest = min(v[1] for name, v in points.items() if name != "nose")
            assert lowest >= -TWO_PIXELS, where
            t = ex.step_time(exercise, index, seconds)
            mirror = ex.step_is_mirrored(exercise, step)
            resting = ex.contacts_at(exercise, t, mirror)
            for name in resting:
                height = points[name][1] - ex.REST_HEIGHT.get(name, 0.0)
                assert abs(height) <= TWO_PIXELS, (*where, name, height)
            held = ex.anchors_at(exercise, t, mirror)
            for name in put_down.keys() - set(held):
                del put_down[name]
            for name in held:
                if name in ex.REACH_CONTACT_POINTS:
                    x, z = put_down.setdefault(name, (points[name][0], points[name][2]))
                    slid = math.hypot(points[name][0] - x, points[name][2] - z)
                    assert slid <= TWO_PIXELS, (*where, name, "slid", slid)
            # A forearm on a wall: the elbow stays on the wall, the wrist where it was put.
            for name, surface in ex.walls_at(exercise, t, mirror).items():
                put = held[name]
                off = abs(points[name][surface.axis] - put[surface.axis])
                assert off <= TWO_PIXELS, (*where, name, "off the wall", off)
                if name.startswith("wrist"):
                    assert math.dist(points[name], put) <= TWO_PIXELS, (*where, name, "slid")
            # Reaching never stretches or shrinks a bone.
            for side in ("left", "right"):
                for a, b, length in (
                    ("shoulder", "elbow", ex.UPPER_ARM),
                    ("elbow", "wrist", ex.FOREARM),
                    ("knee", "ankle", ex.SHIN),
                ):
                    bone = math.dist(points[f"{a}_{side}"], points[f"{b}_{side}"])
                    assert math.isclose(bone, length, abs_tol=1e-6), (*where, a, b, side)


SIDED = sorted(e.id for e in LIBRARY_FOR_LIMITS.exercises if e.animation.mirror)


@pytest.mark.parametrize("exercise_id", SIDED)
def test_the_other_side_is_the_mirror_picture_of_the_first(exercise_id: str) -> None:
    """A step done on the other side, over the same stretch of the animation, is drawn as
    the mirror image of the first side's picture (in the side view, the same picture with
    the near and far limbs swapped)."""
    exercise = LIBRARY_FOR_LIMITS.exercise(exercise_id)
    assert exercise is not None
    pairs = [
        (a, b)
        for a, first in enumerate(exercise.steps)
        for b, other in enumerate(exercise.steps)
        if first.frames == other.frames
        and not ex.step_is_mirrored(exercise, first)
        and ex.step_is_mirrored(exercise, other)
    ]
    assert pairs, "a sided exercise plays the same movement on both sides"
    side_view = exercise.animation.view is ex.View.SIDE
    for a, b in pairs:
        for k in range(11):
            seconds = exercise.steps[a].span * k / 10
            one = ex.step_points(exercise, a, seconds)
            other = ex.step_points(exercise, b, seconds)
            for name in ex.POINTS:
                twin = name
                if name.endswith("_left"):
                    twin = name.removesuffix("_left") + "_right"
                elif name.endswith("_right"):
                    twin = name.removesuffix("_right") + "_left"
                sign = 1.0 if side_view else -1.0
                assert math.isclose(other[twin].x, sign * one[name].x, abs_tol=1e-6), name
                assert math.isclose(other[twin].y, one[name].y, abs_tol=1e-6), name
