"""Playing an exercise: the pose `seconds` into a step, whether the figure holds still, and
the breath."""

from __future__ import annotations

import itertools
import math

from backbreak.core.exercises.body import Pose, mirrored, with_breath
from backbreak.core.exercises.library import Exercise, Step
from backbreak.core.exercises.vocabulary import Breath, Side

# ---------------------------------------------------------------------------------------------
# Playing an exercise


def step_is_mirrored(exercise: Exercise, step: Step) -> bool:
    animation = exercise.animation
    return animation.mirror and step.side not in (Side.BOTH, animation.side)


def step_pose(exercise: Exercise, index: int, seconds: float) -> Pose:
    """The pose `seconds` into step `index` (0-based): the step's window of the animation,
    stretched over the step (over each repetition of a counted step), mirrored for the other
    side, with the breath drawn on the chest when the exercise asks for it."""
    step = exercise.steps[index]
    u = _step_progress(step, seconds)
    start, end = step.frames
    pose = exercise.animation.pose_at(start + (end - start) * u)
    if step_is_mirrored(exercise, step):
        pose = mirrored(pose)
    if exercise.animation.breathing:
        pose = with_breath(pose, _breath_depth(step.breath, u, seconds))
    return pose


def _step_progress(step: Step, seconds: float) -> float:
    """0..1 through the step (through the current repetition of a counted step)."""
    span = step.span
    within = seconds if step.reps is None else seconds % step.seconds_each
    return min(max(within / span, 0.0), 1.0) if span > 0 else 0.0


def held_still(exercise: Exercise, index: int, seconds: float) -> tuple[float, float] | None:
    """The stretch of the animation's time axis where the figure holds still at this moment
    of step `index` (two keyframes with the same pose, no breathing drawn), or None while it
    moves. The card skips posing the figure again while this stays the same."""
    animation = exercise.animation
    if animation.breathing:
        return None
    step = exercise.steps[index]
    start, end = step.frames
    t = start + (end - start) * _step_progress(step, seconds)
    for before, after in itertools.pairwise(animation.keyframes):
        if before.t <= t <= after.t:
            return (before.t, after.t) if before.pose == after.pose else None
    last = animation.keyframes[-1]
    return (last.t, math.inf) if t >= last.t else None


def still_for(exercise: Exercise, index: int, seconds: float) -> float:
    """How many more seconds the figure keeps the pose it has `seconds` into step `index`
    (0 while it moves), counted to the end of the step or of the current repetition at most.
    The card lets its frame timer rest that long."""
    hold = held_still(exercise, index, seconds)
    if hold is None:
        return 0.0
    step = exercise.steps[index]
    span = step.span
    if span <= 0:
        return 0.0
    now = _step_progress(step, seconds)
    start, end = step.frames
    until = 1.0 if end == start else min(1.0, (hold[1] - start) / (end - start))
    return max(0.0, (until - now) * span)


def setup_pose(exercise: Exercise) -> Pose:
    """The still pose shown while the person gets into position: where the first step starts."""
    first = exercise.steps[0]
    pose = exercise.animation.pose_at(first.frames[0])
    if step_is_mirrored(exercise, first):
        pose = mirrored(pose)
    return pose


NATURAL_BREATH_SECONDS = 5.0


def breath_depth(exercise: Exercise, index: int, seconds: float) -> float | None:
    """How full the lungs are `seconds` into step `index` (0 breathed out, 1 breathed in),
    for the breathing pacer; None when the step leaves the breath alone and the animation
    draws no breathing."""
    step = exercise.steps[index]
    if step.breath is Breath.NATURAL and not exercise.animation.breathing:
        return None
    return _breath_depth(step.breath, _step_progress(step, seconds), seconds)


def _breath_depth(breath: Breath, progress: float, seconds: float) -> float:
    if breath is Breath.INHALE:
        return progress
    if breath is Breath.EXHALE:
        return 1.0 - progress
    if breath is Breath.HOLD:
        return 1.0
    return 0.5 - 0.5 * math.cos(2.0 * math.pi * seconds / NATURAL_BREATH_SECONDS)
