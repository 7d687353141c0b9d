"""A break's script: what the card shows at each second of a guided stretch.

`Guide.for_practice` lays out an exercise or a routine as a row of segments on one time axis
(getting into position, then each step of each round), and `Guide.at(seconds)` says where the
person is: which exercise and step, which repetition, how long the step and the whole break
still run. The card asks it on every frame; tests step it with plain numbers.
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from random import Random

from backbreak.core.exercises import (
    Breath,
    Exercise,
    Library,
    Practice,
    Routine,
    Setting,
    Side,
    Step,
    choose,
    moving_seconds,
)
from backbreak.core.planner import BreakKind


@dataclass(frozen=True)
class Segment:
    exercise: Exercise
    step_index: int | None  # None: getting into the starting position
    start: float  # seconds from the start of the break
    duration: float
    round: int  # 1-based round of this exercise's steps
    rounds: int
    item: int  # 0-based place of the exercise in the routine
    items: int

    @property
    def step(self) -> Step | None:
        return None if self.step_index is None else self.exercise.steps[self.step_index]

    @property
    def end(self) -> float:
        return self.start + self.duration

    @property
    def instruction(self) -> str:
        """What to do in this part: how to get into the starting position, or the step."""
        step = self.step
        return self.exercise.setup if step is None else step.instruction


@dataclass(frozen=True)
class Moment:
    """Where a guided break is at one instant."""

    segment: Segment
    seconds_in: float  # seconds into the segment
    step_seconds_left: int  # whole seconds the segment still runs (rounded up)
    rep: int | None  # 1-based repetition of a counted step, None for a timed step
    reps: int | None
    seconds_left: int  # whole seconds the whole break still runs (rounded up)
    progress: float  # 0..1 through the whole break
    finished: bool

    @property
    def exercise(self) -> Exercise:
        return self.segment.exercise

    @property
    def getting_ready(self) -> bool:
        return self.segment.step_index is None

    @property
    def breath(self) -> Breath | None:
        step = self.segment.step
        return None if step is None else step.breath

    @property
    def side(self) -> Side | None:
        step = self.segment.step
        return None if step is None else step.side


@dataclass(frozen=True)
class Guide:
    practice_id: str
    name: str
    summary: str
    segments: tuple[Segment, ...]
    _starts: tuple[float, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if not self.segments:
            raise ValueError("a guide needs at least one segment")
        object.__setattr__(self, "_starts", tuple(s.start for s in self.segments))

    @classmethod
    def for_practice(cls, practice: Practice) -> Guide:
        if isinstance(practice, Routine):
            items = [(item.exercise, item.rounds) for item in practice.items]
        else:
            items = [(practice, practice.repetitions)]
        segments: list[Segment] = []
        clock = 0.0
        count = len(items)
        for place, (exercise, rounds) in enumerate(items):
            # Getting into position (with time to move to a wall or the floor), then every
            # step of every round.
            setup = exercise.setup_seconds
            if place > 0:
                setup += moving_seconds(items[place - 1][0], exercise)
            plan: list[tuple[int | None, float, int]] = [(None, setup, 1)]
            for round_ in range(1, rounds + 1):
                plan.extend((i, step.duration, round_) for i, step in enumerate(exercise.steps))
            for step_index, duration, round_ in plan:
                if duration <= 0:
                    continue
                segments.append(
                    Segment(exercise, step_index, clock, duration, round_, rounds, place, count)
                )
                clock += duration
        return cls(practice.id, practice.name, practice.summary, tuple(segments))

    @property
    def total_seconds(self) -> float:
        return self.segments[-1].end

    @property
    def exercises(self) -> tuple[Exercise, ...]:
        """Each exercise once, in the order they come."""
        seen: dict[str, Exercise] = {}
        for segment in self.segments:
            seen.setdefault(segment.exercise.id, segment.exercise)
        return tuple(seen.values())

    def cautions(self, exercise: Exercise | None = None) -> tuple[str, ...]:
        """What to take care with: one exercise's cautions, or (None) those of every
        exercise in the break, each once, in the order the exercises come."""
        return self._each_once(exercise, lambda each: each.cautions)

    def notes(self, exercise: Exercise | None = None) -> tuple[str, ...]:
        """What else to know, not a warning (that a movement is our own description, say):
        as `cautions`, from the exercises' notes."""
        return self._each_once(exercise, lambda each: (each.notes,))

    def _each_once(
        self, exercise: Exercise | None, texts_of: Callable[[Exercise], Iterable[str]]
    ) -> tuple[str, ...]:
        exercises = self.exercises if exercise is None else (exercise,)
        seen: dict[str, None] = {}
        for each in exercises:
            for text in texts_of(each):
                if text:
                    seen.setdefault(text, None)
        return tuple(seen)

    def at(self, seconds: float) -> Moment:
        total = self.total_seconds
        clamped = min(max(seconds, 0.0), total)
        index = max(0, bisect.bisect_right(self._starts, clamped) - 1)
        segment = self.segments[index]
        seconds_in = min(clamped - segment.start, segment.duration)
        step = segment.step
        rep: int | None = None
        reps: int | None = None
        if step is not None and step.reps is not None and step.seconds_each > 0:
            reps = step.reps
            rep = min(reps, int(seconds_in // step.seconds_each) + 1)
        finished = seconds >= total
        return Moment(
            segment=segment,
            seconds_in=seconds_in,
            step_seconds_left=_whole_seconds(segment.duration - seconds_in),
            rep=rep,
            reps=reps,
            seconds_left=_whole_seconds(total - clamped),
            progress=clamped / total if total > 0 else 1.0,
            finished=finished,
        )

    def preview_at(self, seconds: float) -> Moment:
        """A loop over the first exercise's first round, for the card that offers a break:
        the figure shows what is coming without the time running."""
        first = [
            s for s in self.segments if s.step_index is not None and s.item == 0 and s.round == 1
        ]
        if not first:
            return self.at(0.0)
        start, end = first[0].start, first[-1].end
        return self.at(start + math.fmod(max(seconds, 0.0), end - start))


def _whole_seconds(seconds: float) -> int:
    # 0.0001 below a whole second still shows that second; float noise must not add one.
    return max(0, math.ceil(seconds - 1e-6))


class Picker:
    """Chooses what each break shows, remembering what came lately so it does not repeat."""

    RECENT_KEPT = 20

    def __init__(
        self,
        library: Library,
        setting: Setting,
        rng: Random,
        recent: Sequence[str] = (),
    ) -> None:
        self.library = library
        self.setting = setting
        self._rng = rng
        self._recent = list(recent)[-self.RECENT_KEPT :]

    @property
    def recent(self) -> tuple[str, ...]:
        return tuple(self._recent)

    def pick(self, kind: BreakKind) -> Guide | None:
        """The next break's guide, or None when nothing in the library fits the setting."""
        practice = choose(self.library, kind, self.setting, self._recent, self._rng)
        if practice is None:
            return None
        self._recent = [*self._recent, practice.id][-self.RECENT_KEPT :]
        return Guide.for_practice(practice)
