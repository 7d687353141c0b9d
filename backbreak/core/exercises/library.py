"""The library's types: exercises with their steps and animation (keyframes, props,
contacts), routines, the safety advice, and the library that holds them."""

from __future__ import annotations

import enum
import itertools
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field

from backbreak.core.exercises import vocabulary
from backbreak.core.exercises.body import JOINTS, SIDES, Pose

# ---------------------------------------------------------------------------------------------
# The library's types


class Surface(enum.Enum):
    FLOOR = "floor"
    # A wall beside the figure, on its right or its left, or behind its back: a plane in the
    # world where the contact's points were put on it.
    WALL_RIGHT = "wall-right"
    WALL_LEFT = "wall-left"
    WALL_BEHIND = "wall-behind"

    @property
    def mirrored(self) -> Surface:
        return _MIRRORED_SURFACE.get(self, self)

    @property
    def axis(self) -> int:
        """The world axis the wall faces along (x 0, z 2); the floor's is y (1)."""
        return {Surface.FLOOR: 1, Surface.WALL_BEHIND: 0}.get(self, 2)


_MIRRORED_SURFACE = {
    Surface.WALL_RIGHT: Surface.WALL_LEFT,
    Surface.WALL_LEFT: Surface.WALL_RIGHT,
}
# A forearm lies on a wall: its elbow and its wrist.
WALL_CONTACT_POINTS: tuple[str, ...] = tuple(
    f"{part}_{side}" for part in ("elbow", "wrist") for side in SIDES
)


@dataclass(frozen=True, slots=True)
class Contact:
    """Points of the keyframes' side that rest on a surface from `start` to `end` (seconds of
    the animation, both included)."""

    points: tuple[str, ...]
    start: float
    end: float
    # A hand that slides along the floor (threading under the body) stays on it but is not
    # held in the place it was put down.
    slides: bool = False
    surface: Surface = Surface.FLOOR

    def holds_at(self, t: float) -> bool:
        return self.start - 1e-9 <= t <= self.end + 1e-9


@dataclass(frozen=True, slots=True)
class Keyframe:
    t: float  # seconds on the animation's time axis
    pose: Pose


@dataclass(frozen=True)
class Prop:
    kind: vocabulary.PropKind
    at: str  # a point name from POINTS


@dataclass(frozen=True, slots=True)
class Animation:
    view: vocabulary.View
    keyframes: tuple[Keyframe, ...]  # the first at t = 0, times strictly increasing
    easing: vocabulary.Easing = vocabulary.Easing.SMOOTH
    mirror: bool = False  # steps on the other side play the keyframes mirrored
    # The side the keyframes show (when mirror is set).
    side: vocabulary.Side = vocabulary.Side.RIGHT
    breathing: bool = False  # the chest moves with the steps' breathing cues
    props: tuple[Prop, ...] = ()
    contacts: tuple[Contact, ...] = ()
    # For a camera that looks down: the corners of the floor patch drawn under the figure.
    floor: tuple[tuple[float, float, float], ...] = ()
    # Worked out once when the pack is read (posing a frame must stay cheap): where each
    # resting point was put down, by (point, since when, mirrored), and each side's wall.
    put_down: Mapping[tuple[str, float, bool], tuple[float, float, float]] = field(
        default_factory=dict, compare=False, repr=False
    )
    walls: Mapping[bool, Mapping[str, tuple[float, float, float]]] = field(
        default_factory=dict, compare=False, repr=False
    )

    @property
    def length(self) -> float:
        return self.keyframes[-1].t

    def pose_at(self, t: float) -> Pose:
        """The pose at time t of the axis (clamped to it), eased between keyframes."""
        frames = self.keyframes
        if t <= frames[0].t:
            return frames[0].pose
        for before, after in itertools.pairwise(frames):
            if t < after.t:
                u = (t - before.t) / (after.t - before.t)
                if self.easing is vocabulary.Easing.SMOOTH:
                    u = u * u * (3.0 - 2.0 * u)
                return _blend(before.pose, after.pose, u)
        return frames[-1].pose


def _blend(a: Pose, b: Pose, u: float) -> Pose:
    return Pose(**{n: getattr(a, n) + (getattr(b, n) - getattr(a, n)) * u for n in JOINTS})


@dataclass(frozen=True, slots=True)
class Step:
    instruction: str
    seconds: float | None  # a timed step...
    reps: int | None  # ...or a counted one (exactly one of the two is set)
    seconds_each: float  # a counted step's pace: seconds per repetition
    side: vocabulary.Side
    breath: vocabulary.Breath
    frames: tuple[float, float]  # the window of the animation this step plays (per rep)

    @property
    def duration(self) -> float:
        if self.seconds is not None:
            return self.seconds
        return (self.reps or 0) * self.seconds_each

    @property
    def span(self) -> float:
        """One pass through the step's movement: the whole of a timed step, one repetition
        of a counted one."""
        return self.duration if self.reps is None else self.seconds_each


@dataclass(frozen=True)
class Exercise:
    id: str
    name: str
    summary: str
    kind: vocabulary.Kind
    regions: tuple[vocabulary.Region, ...]  # the first is the main one (region rotation uses it)
    positions: tuple[vocabulary.Position, ...]  # any one of them will do
    equipment: tuple[vocabulary.Equipment, ...]  # all of it is needed; () for none
    tags: tuple[str, ...]
    setup: str  # how to get into the starting position
    setup_seconds: float
    steps: tuple[Step, ...]  # one round
    repetitions: int  # rounds of the steps
    hold_seconds: float | None  # the hold, as the source gives it (for "5 s x 10" labels)
    cautions: tuple[str, ...]
    sources: tuple[str, ...]
    notes: str
    animation: Animation

    @property
    def round_seconds(self) -> float:
        return sum(step.duration for step in self.steps)

    def seconds(self, rounds: int | None = None) -> float:
        """How long the exercise takes with `rounds` rounds (default: its own repetitions)."""
        return self.setup_seconds + (rounds or self.repetitions) * self.round_seconds

    @property
    def primary_region(self) -> vocabulary.Region:
        return self.regions[0]


# Getting into place takes this long, at least, when a routine moves on to a wall, down to
# the floor or up from it: the exercise's own setup time is for settling in, not for walking
# to a wall or getting down onto a mat.
PLACE_CHANGE_SECONDS = 12.0


def _places(exercise: Exercise) -> frozenset[str]:
    places = set()
    for position in exercise.positions:
        if position in vocabulary.FLOOR_POSITIONS:
            places.add("floor")
        elif position is vocabulary.Position.WALL:
            places.add("wall")
        else:
            places.add("desk")
    return frozenset(places)


def moving_seconds(before: Exercise, after: Exercise) -> float:
    """Extra time to get into place between two exercises of a routine (added to the second
    one's setup): when it cannot be done where the first one was, and it needs a wall or the
    floor, or the first one was on the floor."""
    was, goes = _places(before), _places(after)
    if was & goes:
        return 0.0
    if not (goes & {"wall", "floor"} or "floor" in was):
        return 0.0
    return max(0.0, PLACE_CHANGE_SECONDS - after.setup_seconds)


@dataclass(frozen=True, slots=True)
class RoutineItem:
    exercise: Exercise
    rounds: int

    def seconds(self) -> float:
        return self.exercise.seconds(self.rounds)


@dataclass(frozen=True)
class Routine:
    id: str
    name: str
    summary: str
    use: vocabulary.Use
    items: tuple[RoutineItem, ...]
    notes: str

    def seconds(self) -> float:
        return sum(item.seconds() for item in self.items) + sum(
            moving_seconds(before.exercise, after.exercise)
            for before, after in itertools.pairwise(self.items)
        )

    @property
    def regions(self) -> tuple[vocabulary.Region, ...]:
        """Every region its exercises work, the most worked first (main regions count twice)."""
        counts: Counter[vocabulary.Region] = Counter()
        for item in self.items:
            counts.update(item.exercise.regions)
            counts[item.exercise.primary_region] += 1
        order = {region: i for i, region in enumerate(vocabulary.Region)}
        return tuple(sorted(counts, key=lambda region: (-counts[region], order[region])))

    @property
    def primary_region(self) -> vocabulary.Region:
        return self.regions[0]


Practice = Exercise | Routine


@dataclass(frozen=True)
class Safety:
    title: str
    reminder: str  # one line, on every card
    points: tuple[str, ...]
    # When to stop and see a doctor rather than stretch on: shown with the first card, in the
    # full advice, and never shortened away.
    red_flags: str = ""


@dataclass(frozen=True)
class Library:
    exercises: tuple[Exercise, ...] = ()
    routines: tuple[Routine, ...] = ()
    safety: Safety | None = None
    _index: dict[str, Practice] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        index: dict[str, Practice] = {e.id: e for e in self.exercises}
        index.update((r.id, r) for r in self.routines)
        object.__setattr__(self, "_index", index)

    def get(self, practice_id: str) -> Practice | None:
        return self._index.get(practice_id)

    def exercise(self, exercise_id: str) -> Exercise | None:
        found = self._index.get(exercise_id)
        return found if isinstance(found, Exercise) else None

    def routine(self, routine_id: str) -> Routine | None:
        found = self._index.get(routine_id)
        return found if isinstance(found, Routine) else None
