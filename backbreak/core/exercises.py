"""The exercise library: exercises and routines read from TOML files, checked field by field.

A library folder holds `exercises/*.toml` (one exercise a file, the file named after its id),
`routines/*.toml`, and, in backbreak's own folder only, `exercises/safety.toml` with the general
safety advice. assets/exercises/README.md describes every field; this module is the reference.

Packs are data. tomllib parses them and this module checks every value: nothing in a pack is
run, imported or evaluated, and a file that breaks a rule is skipped with a message naming the
file, the field and what is wrong, in plain words. The rest of the pack still loads.

The figure. Each exercise carries keyframed poses of a stick skeleton (`Pose`: joint angles in
degrees) on one time axis; each step plays a window of that axis (by default the steps take
consecutive windows, in order). `step_pose` turns (exercise, step, seconds into the step) into
the pose to draw, mirrored for the other side and breathing when the exercise asks for it;
`pose_points` turns a pose into 2D points. Nothing here draws: the card does.

Which exercise. `choose` picks what a break shows from what the person allows where they are,
their focus regions, favourites and exclusions, and what they saw recently, with an injected
random generator so tests can fix it.
"""

from __future__ import annotations

import dataclasses
import difflib
import enum
import functools
import itertools
import json
import math
import re
import tomllib
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, fields
from pathlib import Path
from random import Random
from typing import Any, NamedTuple, TypeVar

from backbreak.core.planner import BreakKind
from backbreak.files import NotRegularFileError, read_regular_file

# ---------------------------------------------------------------------------------------------
# Vocabulary


class Region(enum.Enum):
    NECK = "neck"
    SHOULDERS = "shoulders"
    UPPER_BACK = "upper back"
    MID_BACK = "mid back"
    LOWER_BACK = "lower back"
    CHEST = "chest"
    WHOLE_SPINE = "whole spine"
    HIPS = "hips"
    ARMS = "arms"


class Position(enum.Enum):
    SEATED = "seated"
    STANDING = "standing"
    WALL = "wall"  # standing at a wall, using it
    ALL_FOURS = "all fours"
    KNEELING = "kneeling"
    LYING = "lying"


# Floor work: not offered at a desk unless the person allows it.
FLOOR_POSITIONS = frozenset({Position.ALL_FOURS, Position.KNEELING, Position.LYING})
DESK_POSITIONS = frozenset({Position.SEATED, Position.STANDING, Position.WALL})


class Equipment(enum.Enum):
    CHAIR = "chair"
    WALL = "wall"
    MAT = "mat"
    BLOCK_OR_ROLLER = "block or roller"


class Kind(enum.Enum):
    STRETCH = "stretch"
    MOBILITY = "mobility"
    STRENGTHENING = "strengthening"
    BREATHING = "breathing"
    RELAXATION = "relaxation"


class Side(enum.Enum):
    LEFT = "left"
    RIGHT = "right"
    BOTH = "both"


class Breath(enum.Enum):
    INHALE = "inhale"
    EXHALE = "exhale"
    HOLD = "hold"
    NATURAL = "natural"


class View(enum.Enum):
    """Where the camera stands. The body is posed in 3D with anatomical angles that mean the
    same from every camera; the view only chooses what the picture shows (orthographic)."""

    # The figure faces the viewer as the person's mirror image: its right is on the screen's
    # right, so "the right arm" in the words and on the screen is the person's own right.
    FRONT = "front"
    BACK = "back"  # behind the figure: the shoulder blades and the back of the head
    SIDE = "side"  # the figure faces the screen's right; we see its left side
    # The side view turned toward the figure's front (both shoulders and the chest show:
    # shoulder circles) or toward its back (the shoulder blades show: a squeeze).
    THREE_QUARTER = "three-quarter"
    THREE_QUARTER_BEHIND = "three-quarter-behind"
    # From beyond the feet and a little above, for someone lying on their back: knees that
    # drop to one side move across the picture instead of toward the viewer.
    FEET = "from-the-feet"
    # Ahead of the figure and a little above it, as its mirror image: for a kneeling twist,
    # where an arm travels across under the chest and the shoulders tip.
    FRONT_ABOVE = "front-above"
    # The three-quarter view from a little above: the floor and a wall beside the figure show
    # their slant, so a step forward and a wall to lean on read as such.
    THREE_QUARTER_ABOVE = "three-quarter-above"

    @property
    def yaw(self) -> float:
        """Degrees the camera has moved round from the side view toward the figure's front."""
        return _CAMERA_YAW[self]

    @property
    def across(self) -> bool:
        """Left and right run across the picture (the front, the back, from the feet): the
        other side's steps have the props on the other side of the picture."""
        return abs(self.yaw) == 90.0

    @property
    def elevation(self) -> float:
        """Degrees the camera looks down from level."""
        return _CAMERA_ELEVATION.get(self, 0.0)


_CAMERA_YAW: Mapping[View, float] = {
    View.SIDE: 0.0,
    View.THREE_QUARTER: 40.0,
    View.THREE_QUARTER_BEHIND: -40.0,
    View.FRONT: 90.0,
    View.BACK: -90.0,
    View.FEET: 90.0,
    View.FRONT_ABOVE: 90.0,
    View.THREE_QUARTER_ABOVE: 40.0,
}
_CAMERA_ELEVATION: Mapping[View, float] = {
    View.FEET: 35.0,
    View.FRONT_ABOVE: 15.0,
    View.THREE_QUARTER_ABOVE: 12.0,
}


class Easing(enum.Enum):
    SMOOTH = "smooth"  # ease in and out at every keyframe: holds and reaches
    LINEAR = "linear"  # constant speed: circles (shoulder rolls) drawn with many keyframes


class PropKind(enum.Enum):
    CHAIR = "chair"  # a seat under the point
    WALL = "wall"  # a vertical wall through the point
    BLOCK = "block"  # a block on the floor under the point
    ROLLER = "roller"  # a foam roller on the floor under the point
    MAT = "mat"  # a mat on the floor under the figure


class Use(enum.Enum):
    """What a routine is for."""

    MICRO = "micro"  # a micro break
    LONG = "long"  # a long break
    SESSION = "session"  # a practice of its own, started on purpose (the 15-minute Qi Gong)


# Lengths a routine must have for its use, in seconds (both ends included). A micro break is
# 30 s by default and a long one 5 minutes (core/planner.py); some slack either way.
USE_SECONDS: Mapping[Use, tuple[float, float]] = {
    Use.MICRO: (20.0, 40.0),
    Use.LONG: (180.0, 300.0),
    Use.SESSION: (300.0, 1800.0),
}
# A single exercise this long can fill a micro break by itself.
MICRO_SECONDS = USE_SECONDS[Use.MICRO]

# ---------------------------------------------------------------------------------------------
# The skeleton


SIDES = ("left", "right")


@dataclass(frozen=True)
class Pose:
    """Joint angles in degrees, named as a physiotherapist names them; 0 everywhere is a
    person standing upright, arms hanging with the palms toward the thighs. Every angle means
    the same from every camera. assets/exercises/README.md draws the conventions out."""

    # The whole body about the pelvis, placed in the world.
    body_pitch: float  # + forward (90: trunk level, face down; -90: lying on the back)
    body_lean: float  # + toward the figure's right
    body_turn: float  # the pelvis and legs turn about the trunk's long axis, + toward the right
    # The spine in three segments, each on the one below it.
    lumbar_flexion: float  # + bend forward, - arch back
    lumbar_side_bend: float  # + toward the right
    trunk_rotation: float  # the chest turns on the pelvis (at the lower thoracic spine), + right
    lower_thoracic_flexion: float
    lower_thoracic_side_bend: float
    upper_thoracic_flexion: float
    upper_thoracic_side_bend: float
    neck_flexion: float  # + chin toward the chest, - look up
    neck_side_bend: float  # + right ear toward the right shoulder
    head_flexion: float  # the head on the top of the neck: + nod down
    head_side_bend: float  # + tilt toward the right
    head_turn: float  # + look over the right shoulder
    # The shoulder blades (the shoulder girdle).
    scapula_elevation_left: float  # + shrug up, - draw down
    scapula_elevation_right: float
    scapula_protraction_left: float  # + forward, rounding; - squeezed back together
    scapula_protraction_right: float
    # The arms.
    shoulder_flexion_left: float  # + raise forward (90: pointing ahead, 180: overhead), - back
    shoulder_flexion_right: float
    shoulder_abduction_left: float  # + raise out to the side (90: level, 180: overhead)
    shoulder_abduction_right: float
    shoulder_rotation_left: float  # + external (a bent forearm swings outward), - internal
    shoulder_rotation_right: float
    elbow_flexion_left: float  # 0 straight; never past straight
    elbow_flexion_right: float
    # + tips the back of the hand toward the forearm (hands flat on the floor under the
    # shoulders: 90); the same turn as the elbow's bend, for a palm that faces down.
    wrist_extension_left: float
    wrist_extension_right: float
    # The legs.
    hip_flexion_left: float  # + thigh forward (90: sitting), - extension
    hip_flexion_right: float
    hip_abduction_left: float  # + out to the side
    hip_abduction_right: float
    hip_rotation_left: float  # + external (the knee turns out), - internal
    hip_rotation_right: float
    knee_flexion_left: float  # 0 straight; + the shin folds back
    knee_flexion_right: float
    ankle_plantarflexion_left: float  # + points the toes (90: in line with the shin)
    ankle_plantarflexion_right: float

    def replace(self, **angles: float) -> Pose:
        values = {name: getattr(self, name) for name in JOINTS}
        values.update(angles)
        return Pose(**values)


JOINTS: tuple[str, ...] = tuple(f.name for f in fields(Pose))

# What a body can do, degrees. A keyframe outside is refused when the pack is read, so every
# frame, which blends keyframes, stays inside too.
_SIDED_RANGES: Mapping[str, tuple[float, float]] = {
    "scapula_elevation": (-25, 40),
    "scapula_protraction": (-40, 40),
    "shoulder_flexion": (-60, 180),
    "shoulder_abduction": (-30, 180),
    "shoulder_rotation": (-90, 100),
    "elbow_flexion": (0, 150),
    "wrist_extension": (-80, 90),
    "hip_flexion": (-30, 150),
    "hip_abduction": (-30, 50),
    "hip_rotation": (-45, 60),
    "knee_flexion": (0, 165),
    "ankle_plantarflexion": (-30, 95),
}
JOINT_RANGES: Mapping[str, tuple[float, float]] = {
    "body_pitch": (-180, 180),
    "body_lean": (-90, 90),
    "body_turn": (-90, 90),
    "lumbar_flexion": (-30, 60),
    "lumbar_side_bend": (-30, 30),
    "trunk_rotation": (-90, 90),
    "lower_thoracic_flexion": (-30, 45),
    "lower_thoracic_side_bend": (-30, 30),
    "upper_thoracic_flexion": (-35, 45),
    "upper_thoracic_side_bend": (-30, 30),
    "neck_flexion": (-60, 60),
    "neck_side_bend": (-45, 45),
    "head_flexion": (-30, 60),
    "head_side_bend": (-30, 30),
    "head_turn": (-80, 80),
    **{f"{part}_{side}": limits for part, limits in _SIDED_RANGES.items() for side in SIDES},
}

NEUTRAL = Pose(**dict.fromkeys(JOINTS, 0.0))

# Segment lengths in units of the standing figure's height (about 1.0 from sole to crown).
HIP_HALF_WIDTH = 0.05
SPINE_LOWER = 0.10
SPINE_MID = 0.10
SPINE_UPPER = 0.11
NECK = 0.05
HEAD_RADIUS = 0.06  # the head is a circle on top of the neck
COLLAR = 0.10  # from the base of the neck out to each shoulder joint
UPPER_ARM = 0.17
FOREARM = 0.145
HAND = 0.075
THIGH = 0.245
SHIN = 0.245
FOOT = 0.08

# Lines the card draws between points (each a pair of names from pose_points).
BONES: tuple[tuple[str, str], ...] = (
    ("pelvis", "waist"),
    ("waist", "chest"),
    ("chest", "neck_base"),
    ("neck_base", "skull"),
    ("neck_base", "shoulder_left"),
    ("neck_base", "shoulder_right"),
    ("shoulder_left", "elbow_left"),
    ("elbow_left", "wrist_left"),
    ("wrist_left", "hand_left"),
    ("shoulder_right", "elbow_right"),
    ("elbow_right", "wrist_right"),
    ("wrist_right", "hand_right"),
    ("pelvis", "hip_left"),
    ("pelvis", "hip_right"),
    ("hip_left", "knee_left"),
    ("knee_left", "ankle_left"),
    ("ankle_left", "toe_left"),
    ("hip_right", "knee_right"),
    ("knee_right", "ankle_right"),
    ("ankle_right", "toe_right"),
)

POINTS: tuple[str, ...] = (
    "pelvis",
    "waist",
    "chest",
    "neck_base",
    "skull",
    "head_center",
    "nose",
    "shoulder_left",
    "shoulder_right",
    "elbow_left",
    "elbow_right",
    "wrist_left",
    "wrist_right",
    "hand_left",
    "hand_right",
    "hip_left",
    "hip_right",
    "knee_left",
    "knee_right",
    "ankle_left",
    "ankle_right",
    "toe_left",
    "toe_right",
    # Not drawn: beside each elbow, the way it gives when a reach bends a straight arm.
    "elbow_give_left",
    "elbow_give_right",
)


class Point(NamedTuple):
    """Drawing coordinates: x to the right, y up, units of the figure's height, the pelvis
    at (0, 0). depth > 0 is nearer the viewer (draw far limbs first, or fainter)."""

    x: float
    y: float
    depth: float


_Vec = tuple[float, float, float]
_Mat = tuple[_Vec, _Vec, _Vec]


_IDENTITY: _Mat = ((1.0, 0.0, 0.0), (0.0, 1.0, 0.0), (0.0, 0.0, 1.0))


def _rot(axis: str, degrees: float) -> _Mat:
    if degrees == 0.0:
        # Most of a pose's angles are 0 (no side bend, no rotation...): the product below
        # then skips them, and posing a frame costs half as much.
        return _IDENTITY
    c, s = math.cos(math.radians(degrees)), math.sin(math.radians(degrees))
    if axis == "x":
        return ((1.0, 0.0, 0.0), (0.0, c, -s), (0.0, s, c))
    if axis == "y":
        return ((c, 0.0, s), (0.0, 1.0, 0.0), (-s, 0.0, c))
    return ((c, -s, 0.0), (s, c, 0.0), (0.0, 0.0, 1.0))


def _mul(a: _Mat, b: _Mat) -> _Mat:
    # Written out: the card poses the figure up to 60 times a second, and generator sums made
    # this the most expensive line of a frame.
    if b is _IDENTITY:
        return a
    if a is _IDENTITY:
        return b
    (a0, a1, a2), (b0, b1, b2) = a, b
    return (
        (
            a0[0] * b0[0] + a0[1] * b1[0] + a0[2] * b2[0],
            a0[0] * b0[1] + a0[1] * b1[1] + a0[2] * b2[1],
            a0[0] * b0[2] + a0[1] * b1[2] + a0[2] * b2[2],
        ),
        (
            a1[0] * b0[0] + a1[1] * b1[0] + a1[2] * b2[0],
            a1[0] * b0[1] + a1[1] * b1[1] + a1[2] * b2[1],
            a1[0] * b0[2] + a1[1] * b1[2] + a1[2] * b2[2],
        ),
        (
            a2[0] * b0[0] + a2[1] * b1[0] + a2[2] * b2[0],
            a2[0] * b0[1] + a2[1] * b1[1] + a2[2] * b2[1],
            a2[0] * b0[2] + a2[1] * b1[2] + a2[2] * b2[2],
        ),
    )


def _apply(m: _Mat, v: _Vec) -> _Vec:
    return (
        m[0][0] * v[0] + m[0][1] * v[1] + m[0][2] * v[2],
        m[1][0] * v[0] + m[1][1] * v[1] + m[1][2] * v[2],
        m[2][0] * v[0] + m[2][1] * v[1] + m[2][2] * v[2],
    )


def _add(p: _Vec, m: _Mat, v: _Vec) -> _Vec:
    d = _apply(m, v)
    return (p[0] + d[0], p[1] + d[1], p[2] + d[2])


# Body axes: x forward (where the face looks), y up the spine, z toward the figure's left.
# Flexion turns about z (+ forward), side bends and abduction about x, rotations about the
# long axis of the part (y).


def _flex(degrees: float) -> _Mat:
    return _rot("z", -degrees)


def _side_bend(degrees: float) -> _Mat:
    return _rot("x", -degrees)


def _spine(flexion: float, side_bend: float) -> _Mat:
    return _mul(_flex(flexion), _side_bend(side_bend))


def world_points(pose: Pose) -> dict[str, _Vec]:
    """Forward kinematics: every point named in POINTS in body-height units, the pelvis at
    the origin, in the world's axes (x ahead of the standing figure, y up, z to its left)."""
    origin: _Vec = (0.0, 0.0, 0.0)
    out: dict[str, _Vec] = {"pelvis": origin}
    pelvis = _mul(_spine(pose.body_pitch, pose.body_lean), _rot("y", pose.body_turn))
    lower = _mul(pelvis, _spine(pose.lumbar_flexion, pose.lumbar_side_bend))
    out["waist"] = _add(origin, lower, (0.0, SPINE_LOWER, 0.0))
    mid = _mul(
        _mul(lower, _rot("y", pose.trunk_rotation)),
        _spine(pose.lower_thoracic_flexion, pose.lower_thoracic_side_bend),
    )
    out["chest"] = _add(out["waist"], mid, (0.0, SPINE_MID, 0.0))
    upper = _mul(mid, _spine(pose.upper_thoracic_flexion, pose.upper_thoracic_side_bend))
    out["neck_base"] = _add(out["chest"], upper, (0.0, SPINE_UPPER, 0.0))
    neck = _mul(upper, _spine(pose.neck_flexion, pose.neck_side_bend))
    out["skull"] = _add(out["neck_base"], neck, (0.0, NECK, 0.0))
    head = _mul(
        _mul(neck, _spine(pose.head_flexion, pose.head_side_bend)), _rot("y", pose.head_turn)
    )
    out["head_center"] = _add(out["skull"], head, (0.0, HEAD_RADIUS, 0.0))
    out["nose"] = _add(out["head_center"], head, (HEAD_RADIUS * 1.3, 0.0, 0.0))
    for side, sign in (("left", 1.0), ("right", -1.0)):
        angle = _SIDE_ANGLES[side]
        elevation, protraction = getattr(pose, angle[0]), getattr(pose, angle[1])
        collar = _mul(_rot("y", sign * protraction), _rot("x", -sign * elevation))
        shoulder = _add(out["neck_base"], upper, _apply(collar, (0.0, 0.0, sign * COLLAR)))
        # Abduction lifts away from the body on each side; + rotation is outward on each side.
        arm = _mul(
            _mul(upper, _rot("z", getattr(pose, angle[2]))),
            _mul(
                _rot("x", -sign * getattr(pose, angle[3])),
                _rot("y", -sign * getattr(pose, angle[4])),
            ),
        )
        elbow = _add(shoulder, arm, (0.0, -UPPER_ARM, 0.0))
        # The way this elbow gives when the arm is pushed shorter (behind it, as the arm
        # bends): for a reach that must bend an arm that was straight.
        out[f"elbow_give_{side}"] = _add(elbow, arm, (-0.01, 0.0, 0.0))
        forearm = _mul(arm, _rot("z", getattr(pose, angle[5])))
        wrist = _add(elbow, forearm, (0.0, -FOREARM, 0.0))
        hand = _mul(forearm, _rot("z", getattr(pose, angle[6])))
        hip = _add(origin, pelvis, (0.0, 0.0, sign * HIP_HALF_WIDTH))
        thigh = _mul(
            _mul(pelvis, _rot("z", getattr(pose, angle[7]))),
            _mul(
                _rot("x", -sign * getattr(pose, angle[8])),
                _rot("y", -sign * getattr(pose, angle[9])),
            ),
        )
        knee = _add(hip, thigh, (0.0, -THIGH, 0.0))
        shin = _mul(thigh, _rot("z", -getattr(pose, angle[10])))
        ankle = _add(knee, shin, (0.0, -SHIN, 0.0))
        foot = _mul(shin, _rot("z", -getattr(pose, angle[11])))
        out[f"shoulder_{side}"] = shoulder
        out[f"elbow_{side}"] = elbow
        out[f"wrist_{side}"] = wrist
        out[f"hand_{side}"] = _add(wrist, hand, (0.0, -HAND, 0.0))
        out[f"hip_{side}"] = hip
        out[f"knee_{side}"] = knee
        out[f"ankle_{side}"] = ankle
        out[f"toe_{side}"] = _add(ankle, foot, (FOOT, 0.0, 0.0))
    return out


# Each side's angles in the order world_points reads them: looked up once, not per frame.
_SIDE_ANGLES: Mapping[str, tuple[str, ...]] = {
    side: tuple(
        f"{part}_{side}"
        for part in (
            "scapula_elevation",
            "scapula_protraction",
            "shoulder_flexion",
            "shoulder_abduction",
            "shoulder_rotation",
            "elbow_flexion",
            "wrist_extension",
            "hip_flexion",
            "hip_abduction",
            "hip_rotation",
            "knee_flexion",
            "ankle_plantarflexion",
        )
    )
    for side in SIDES
}


def project(points: Mapping[str, _Vec], view: View, mirror: bool = False) -> dict[str, Point]:
    """What the camera of `view` sees: screen x to the right, y up, depth toward the viewer
    (orthographic). Every view but the side is the side view's camera moved round the
    figure, then tipped to look down. With `mirror` (the other side's steps, whose body is
    the mirror image) the camera moves to the mirror place, so the picture is the mirror
    image of the first side's: a wall that stood behind the figure stays behind it."""
    yaw = 180.0 - view.yaw if mirror and view is not View.SIDE else view.yaw
    turn = math.radians(yaw)
    c, s = math.cos(turn), math.sin(turn)
    if view.elevation == 0.0:
        return {
            name: Point(v[0] * c - v[2] * s, v[1], v[0] * s + v[2] * c)
            for name, v in points.items()
        }
    tip = math.radians(view.elevation)
    ce, se = math.cos(tip), math.sin(tip)
    out: dict[str, Point] = {}
    for name, v in points.items():
        depth = v[0] * s + v[2] * c
        out[name] = Point(v[0] * c - v[2] * s, v[1] * ce - depth * se, depth * ce + v[1] * se)
    return out


def pose_points(pose: Pose, view: View) -> dict[str, Point]:
    """Every point named in POINTS for `pose` seen from `view`, the pelvis at (0, 0).

    Placing the figure is the card's job (`placed_points` stands it on its contacts)."""
    return project(world_points(pose), view)


# Angles that change sign in a mirror image: everything that bends or turns toward a side.
_FLIP = (
    "body_lean",
    "body_turn",
    "lumbar_side_bend",
    "trunk_rotation",
    "lower_thoracic_side_bend",
    "upper_thoracic_side_bend",
    "neck_side_bend",
    "head_side_bend",
    "head_turn",
)


def mirrored(pose: Pose) -> Pose:
    """The same movement done with the other side of the body."""
    values = {name: getattr(pose, name) for name in JOINTS}
    for left in _SIDE_ANGLES["left"]:
        right = left[: -len("left")] + "right"
        values[left], values[right] = values[right], values[left]
    for name in _FLIP:
        values[name] = -values[name]
    return Pose(**values)


def with_breath(pose: Pose, depth: float) -> Pose:
    """A breath drawn on the figure: the chest lifts and the shoulders rise a little as
    `depth` goes from 0 (breathed out) to 1 (breathed in)."""
    return pose.replace(
        lower_thoracic_flexion=pose.lower_thoracic_flexion - 1.5 * depth,
        upper_thoracic_flexion=pose.upper_thoracic_flexion - 3.0 * depth,
        scapula_elevation_left=pose.scapula_elevation_left + 4.0 * depth,
        scapula_elevation_right=pose.scapula_elevation_right + 4.0 * depth,
    )


# ---------------------------------------------------------------------------------------------
# The library's types


@dataclass(frozen=True)
class Keyframe:
    t: float  # seconds on the animation's time axis
    pose: Pose


@dataclass(frozen=True)
class Prop:
    kind: PropKind
    at: str  # a point name from POINTS


@dataclass(frozen=True)
class Animation:
    view: View
    keyframes: tuple[Keyframe, ...]  # the first at t = 0, times strictly increasing
    easing: Easing = Easing.SMOOTH
    mirror: bool = False  # steps on the other side play the keyframes mirrored
    side: Side = Side.RIGHT  # the side the keyframes show (when mirror is set)
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
                if self.easing is Easing.SMOOTH:
                    u = u * u * (3.0 - 2.0 * u)
                return _blend(before.pose, after.pose, u)
        return frames[-1].pose


def _blend(a: Pose, b: Pose, u: float) -> Pose:
    return Pose(**{n: getattr(a, n) + (getattr(b, n) - getattr(a, n)) * u for n in JOINTS})


@dataclass(frozen=True)
class Step:
    instruction: str
    seconds: float | None  # a timed step...
    reps: int | None  # ...or a counted one (exactly one of the two is set)
    seconds_each: float  # a counted step's pace: seconds per repetition
    side: Side
    breath: Breath
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
    kind: Kind
    regions: tuple[Region, ...]  # the first is the main one (region rotation uses it)
    positions: tuple[Position, ...]  # any one of them will do
    equipment: tuple[Equipment, ...]  # all of it is needed; () for none
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
    def primary_region(self) -> Region:
        return self.regions[0]


# Getting into place takes this long, at least, when a routine moves on to a wall, down to
# the floor or up from it: the exercise's own setup time is for settling in, not for walking
# to a wall or getting down onto a mat.
PLACE_CHANGE_SECONDS = 12.0


def _places(exercise: Exercise) -> frozenset[str]:
    places = set()
    for position in exercise.positions:
        if position in FLOOR_POSITIONS:
            places.add("floor")
        elif position is Position.WALL:
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


@dataclass(frozen=True)
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
    use: Use
    items: tuple[RoutineItem, ...]
    notes: str

    def seconds(self) -> float:
        return sum(item.seconds() for item in self.items) + sum(
            moving_seconds(before.exercise, after.exercise)
            for before, after in itertools.pairwise(self.items)
        )

    @property
    def regions(self) -> tuple[Region, ...]:
        """Every region its exercises work, the most worked first (main regions count twice)."""
        counts: Counter[Region] = Counter()
        for item in self.items:
            counts.update(item.exercise.regions)
            counts[item.exercise.primary_region] += 1
        order = {region: i for i, region in enumerate(Region)}
        return tuple(sorted(counts, key=lambda region: (-counts[region], order[region])))

    @property
    def primary_region(self) -> Region:
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


# ---------------------------------------------------------------------------------------------
# Contacts: what rests on the floor


# Points that can rest on the floor. The legs, the trunk and the head place the whole body
# (the root goes down until they touch); a wrist is reached for by its arm (two bones, the
# elbow bending in the plane it already bends in), and the hand then lies flat.
ROOT_CONTACT_POINTS: tuple[str, ...] = (
    "pelvis",
    "waist",
    "chest",
    "neck_base",
    "head_center",
    *(f"{part}_{side}" for part in ("knee", "ankle", "toe", "elbow") for side in SIDES),
)
REACH_CONTACT_POINTS: tuple[str, ...] = tuple(f"wrist_{side}" for side in SIDES)
CONTACT_POINTS = ROOT_CONTACT_POINTS + REACH_CONTACT_POINTS
# How high a resting point's centre is above the floor: the spine of a trunk lying on its
# back is half the trunk's depth up (as the card draws it), the head's centre its radius; a
# joint of a limb lies on the floor line.
REST_HEIGHT: Mapping[str, float] = {
    "pelvis": 0.06,
    "waist": 0.06,
    "chest": 0.06,
    "neck_base": 0.06,
    "head_center": HEAD_RADIUS,
}


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


_MIRRORED_SURFACE = {Surface.WALL_RIGHT: Surface.WALL_LEFT, Surface.WALL_LEFT: Surface.WALL_RIGHT}
# A forearm lies on a wall: its elbow and its wrist.
WALL_CONTACT_POINTS: tuple[str, ...] = tuple(
    f"{part}_{side}" for part in ("elbow", "wrist") for side in SIDES
)


@dataclass(frozen=True)
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


def _other_side(name: str) -> str:
    if name.endswith("_left"):
        return name[: -len("left")] + "right"
    if name.endswith("_right"):
        return name[: -len("right")] + "left"
    return name


def step_time(exercise: Exercise, index: int, seconds: float) -> float:
    """Where on the animation's time axis the figure is `seconds` into step `index`."""
    step = exercise.steps[index]
    start, end = step.frames
    return start + (end - start) * _step_progress(step, seconds)


def contacts_at(exercise: Exercise, t: float, mirror: bool) -> tuple[str, ...]:
    """The points resting on the floor at time `t` of the animation (their other-side names
    for a mirrored step)."""
    return _resting(exercise.animation, t, mirror)


def walls_at(exercise: Exercise, t: float, mirror: bool) -> dict[str, Surface]:
    """The points resting on a wall at time `t` of the animation, and which wall."""
    return {
        name: surface
        for name, _since, surface in _holding(exercise.animation, t, mirror)
        if surface is not Surface.FLOOR
    }


def _resting(animation: Animation, t: float, mirror: bool) -> tuple[str, ...]:
    return tuple(
        dict.fromkeys(
            name
            for name, _since, surface in _holding(animation, t, mirror)
            if surface is Surface.FLOOR
        )
    )


def _holding(
    animation: Animation, t: float, mirror: bool, *, sliding: bool = True
) -> list[tuple[str, float, Surface]]:
    """(point, since when it rests, on what) for every contact holding at time `t` (with
    `sliding` false, only the ones held in place)."""
    return [
        (
            _other_side(name) if mirror else name,
            contact.start,
            contact.surface.mirrored if mirror else contact.surface,
        )
        for contact in animation.contacts
        if sliding or not contact.slides
        if contact.holds_at(t)
        for name in contact.points
    ]


def anchors_at(exercise: Exercise, t: float, mirror: bool) -> dict[str, _Vec]:
    """Where each point resting at time `t` was put down: it stays there. The body slides
    over the floor to keep its knees (or back, or feet) where they were, and a hand on the
    mat does not slide about while the body moves over it."""
    table = exercise.animation.put_down
    anchors: dict[str, _Vec] = {}
    for name, since, _surface in _holding(exercise.animation, t, mirror, sliding=False):
        found = table.get((name, since, mirror))
        if found is not None and name not in anchors:
            anchors[name] = found
    return anchors


def _put_down_table(animation: Animation) -> dict[tuple[str, float, bool], _Vec]:
    """`anchors_at`, worked out from the poses once, when the pack is read: each resting
    point where the body brought it when its contact began, the body itself held in place by
    the floor contacts already holding then (and, for a hand or a forearm, by the ones
    beginning with it)."""
    placed: dict[tuple[float, bool, bool], dict[str, _Vec]] = {}

    def placed_at(since: float, mirror: bool, limb: bool) -> dict[str, _Vec]:
        key = (since, mirror, limb)
        if key not in placed:
            pose = animation.pose_at(since)
            if mirror:
                pose = mirrored(pose)
            if animation.breathing:
                pose = with_breath(pose, 0.5)
            anchors = body_anchors(since, mirror, including_now=limb)
            placed[key] = standing_points(pose, _resting(animation, since, mirror), anchors)
        return placed[key]

    def body_anchors(t: float, mirror: bool, *, including_now: bool) -> dict[str, _Vec]:
        anchors: dict[str, _Vec] = {}
        for name, since, surface in _holding(animation, t, mirror, sliding=False):
            if surface is not Surface.FLOOR or name in REACH_CONTACT_POINTS:
                continue
            if since < t or (including_now and since == t):
                at = placed_at(since, mirror, False)[name]
                anchors.setdefault(name, (at[0], 0.0, at[2]))
        return anchors

    table: dict[tuple[str, float, bool], _Vec] = {}
    for contact in animation.contacts:
        if contact.slides:
            continue
        for mirror in (False, True):
            for point in contact.points:
                name = _other_side(point) if mirror else point
                limb = name in REACH_CONTACT_POINTS or contact.surface is not Surface.FLOOR
                at = placed_at(contact.start, mirror, limb)[name]
                on_floor = contact.surface is Surface.FLOOR
                table.setdefault(
                    (name, contact.start, mirror), (at[0], 0.0, at[2]) if on_floor else at
                )
    return table


def _sub(a: _Vec, b: _Vec) -> _Vec:
    return (a[0] - b[0], a[1] - b[1], a[2] - b[2])


def _length(v: _Vec) -> float:
    return math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2])


def _scaled(v: _Vec, k: float) -> _Vec:
    return (v[0] * k, v[1] * k, v[2] * k)


def _plus(a: _Vec, b: _Vec) -> _Vec:
    return (a[0] + b[0], a[1] + b[1], a[2] + b[2])


def _reach(
    points: dict[str, _Vec],
    side: str,
    target: _Vec,
    *,
    elbow_on: tuple[int, float, _Vec] | None = None,
) -> None:
    """Two-bone reach: move the elbow and wrist of one arm so the wrist lands on `target`
    (or as near as the arm's length allows). The elbow bends in the plane it already bends
    in, or, with `elbow_on` (a world axis, the wall's place along it, and where the elbow
    was put), stays on that wall as near that place as the arm allows. A hand on the floor
    is laid flat the way it pointed; on a wall it goes on in line with the forearm."""
    shoulder = points[f"shoulder_{side}"]
    elbow = points[f"elbow_{side}"]
    wrist = points[f"wrist_{side}"]
    hand = points[f"hand_{side}"]
    to_target = _sub(target, shoulder)
    distance = _length(to_target)
    if distance < 1e-9:
        return
    axis = _scaled(to_target, 1.0 / distance)
    reach = min(max(distance, abs(UPPER_ARM - FOREARM) + 1e-6), UPPER_ARM + FOREARM - 1e-9)
    along = (UPPER_ARM**2 - FOREARM**2 + reach**2) / (2.0 * reach)
    out = math.sqrt(max(UPPER_ARM**2 - along**2, 0.0))
    middle = _plus(shoulder, _scaled(axis, along))
    bend = _sub(elbow, shoulder)
    pole = _sub(bend, _scaled(axis, _dot(bend, axis)))
    size = _length(pole)
    if size < 0.1 * UPPER_ARM:
        # (Nearly) straight before: it bends the way an elbow bends, not any way at all.
        give = _sub(points[f"elbow_give_{side}"], elbow)
        pole = _sub(give, _scaled(axis, _dot(give, axis)))
        size = _length(pole)
    pole = _scaled(pole, 1.0 / size) if size > 1e-9 else (0.0, 0.0, 0.0)
    new_elbow = _plus(middle, _scaled(pole, out))
    if elbow_on is not None:
        new_elbow = _elbow_on_wall(middle, axis, out, pole, elbow_on)
    elif new_elbow[1] < 0.0:
        # The elbow would go through the floor: bend it the way that lifts it.
        up = _sub((0.0, 1.0, 0.0), _scaled(axis, axis[1]))
        size = _length(up)
        if size > 1e-9:
            new_elbow = _plus(middle, _scaled(up, out / size))
    new_wrist = _plus(shoulder, _scaled(axis, reach))
    if elbow_on is not None:
        forearm = _sub(new_wrist, new_elbow)
        direction = _scaled(forearm, 1.0 / max(_length(forearm), 1e-9))
    else:
        flat = _sub(hand, wrist)
        flat = (flat[0], 0.0, flat[2])
        if _length(flat) < 1e-6:  # the hand hung straight down: lay it along the forearm
            forearm = _sub(new_wrist, new_elbow)
            flat = (forearm[0], 0.0, forearm[2])
        size = _length(flat)
        direction = _scaled(flat, 1.0 / size) if size > 1e-9 else (1.0, 0.0, 0.0)
    points[f"elbow_give_{side}"] = _plus(new_elbow, _sub(points[f"elbow_give_{side}"], elbow))
    points[f"elbow_{side}"] = new_elbow
    points[f"wrist_{side}"] = new_wrist
    points[f"hand_{side}"] = _plus(new_wrist, _scaled(direction, HAND))


def _dot(a: _Vec, b: _Vec) -> float:
    return a[0] * b[0] + a[1] * b[1] + a[2] * b[2]


def _cross(a: _Vec, b: _Vec) -> _Vec:
    return (a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0])


def _elbow_on_wall(
    middle: _Vec, axis: _Vec, radius: float, pole: _Vec, wall: tuple[int, float, _Vec]
) -> _Vec:
    """Where on its circle (centre `middle`, square to `axis`) the elbow meets the wall
    plane, nearest to where it was put; off the wall as little as can be if it cannot."""
    along, place, put = wall
    first = pole if _length(pole) > 0.5 else _unit_across(axis)
    second = _cross(axis, first)
    # The elbow's coordinate along the wall's axis is c + r (a cos u + b sin u).
    a, b = radius * first[along], radius * second[along]
    size = math.hypot(a, b)
    centre_at = math.atan2(b, a)
    if size < 1e-9:
        angles = [0.0]
    else:
        k = (place - middle[along]) / size
        if abs(k) <= 1.0:
            turn = math.acos(k)
            angles = [centre_at + turn, centre_at - turn]
        else:
            angles = [centre_at if k > 0 else centre_at + math.pi]
    candidates = [
        _plus(
            middle,
            _plus(_scaled(first, radius * math.cos(u)), _scaled(second, radius * math.sin(u))),
        )
        for u in angles
    ]
    return min(candidates, key=lambda e: _length(_sub(e, put)))


def _unit_across(axis: _Vec) -> _Vec:
    helper = (0.0, 1.0, 0.0) if abs(axis[1]) < 0.9 else (1.0, 0.0, 0.0)
    across = _cross(axis, helper)
    return _scaled(across, 1.0 / _length(across))


def _floor_under(points: Mapping[str, _Vec], side: str) -> _Vec:
    """Where a wrist not yet put down meets the floor: straight below it, or, if the arm
    cannot reach that far, as far out that way as it can."""
    shoulder, wrist = points[f"shoulder_{side}"], points[f"wrist_{side}"]
    out = (wrist[0] - shoulder[0], 0.0, wrist[2] - shoulder[2])
    across = _length(out)
    length = UPPER_ARM + FOREARM - 1e-6
    most = math.sqrt(max(length**2 - shoulder[1] ** 2, 0.0))
    if across <= most:
        return (wrist[0], 0.0, wrist[2])
    k = most / across
    return (shoulder[0] + out[0] * k, 0.0, shoulder[2] + out[2] * k)


def _lay_shin(points: dict[str, _Vec], side: str) -> None:
    """Lay one shin and foot flat on the floor from its knee, pointing the way it pointed."""
    knee = points[f"knee_{side}"]
    shin = _sub(points[f"ankle_{side}"], knee)
    flat = (shin[0], 0.0, shin[2])
    size = _length(flat)
    direction = _scaled(flat, 1.0 / size) if size > 1e-9 else (-1.0, 0.0, 0.0)
    on_floor = (knee[0], 0.0, knee[2])
    points[f"knee_{side}"] = on_floor
    points[f"ankle_{side}"] = _plus(on_floor, _scaled(direction, SHIN))
    points[f"toe_{side}"] = _plus(on_floor, _scaled(direction, SHIN + FOOT))


def standing_points(
    pose: Pose,
    contacts: Iterable[str] = (),
    anchors: Mapping[str, _Vec] | None = None,
    walls: Mapping[str, Surface] | None = None,
) -> dict[str, _Vec]:
    """The body placed in the world, the floor at height 0: lowered until the points in
    `contacts` that place the body (knees, feet, the trunk...) touch the floor, or, with none,
    until its lowest point does, and slid along the floor to keep those points at their
    `anchors`; then each wrist in `contacts` reaches for the floor: for its anchor, or
    straight down."""
    points = world_points(pose)
    wanted = tuple(contacts)
    fixed = anchors or {}
    # A knee and the toes of the same leg both down: kneeling, the shin flat on the floor.
    # The knee places the body; the shin is then laid along the floor.
    kneeling = [side for side in SIDES if {f"knee_{side}", f"toe_{side}"} <= set(wanted)]
    laid = {f"{part}_{side}" for side in kneeling for part in ("ankle", "toe")}
    root = [n for n in wanted if n in ROOT_CONTACT_POINTS and n not in laid]
    if root:
        lowest = min(points[n][1] - REST_HEIGHT.get(n, 0.0) for n in root)
    else:
        lowest = min(v[1] for v in points.values())
    pinned = [n for n in root if n in fixed]
    dx = sum(fixed[n][0] - points[n][0] for n in pinned) / len(pinned) if pinned else 0.0
    dz = sum(fixed[n][2] - points[n][2] for n in pinned) / len(pinned) if pinned else 0.0
    points = {n: (v[0] + dx, v[1] - lowest, v[2] + dz) for n, v in points.items()}
    for side in kneeling:
        _lay_shin(points, side)
    for name in wanted:
        if name in REACH_CONTACT_POINTS:
            side = name.rsplit("_", 1)[1]
            target = fixed.get(name) or _floor_under(points, side)
            _reach(points, side, target)
    for side in SIDES:
        # A forearm on a wall: the wrist stays where it was put, the elbow on the wall.
        wrist, elbow = f"wrist_{side}", f"elbow_{side}"
        on_wall = walls or {}
        if wrist in on_wall and wrist in fixed:
            surface = on_wall[wrist]
            put = fixed.get(elbow, points[elbow])
            plane = (surface.axis, put[surface.axis], put) if elbow in on_wall else None
            _reach(points, side, fixed[wrist], elbow_on=plane)
    return points


def placed_points(
    pose: Pose,
    view: View,
    contacts: Iterable[str] = (),
    anchors: Mapping[str, _Vec] | None = None,
) -> dict[str, Point]:
    """`standing_points` seen from `view`: what the card draws."""
    return _seen(standing_points(pose, contacts, anchors), view)


def _seen(
    placed: dict[str, _Vec], view: View, patch: Sequence[_Vec] = (), mirror: bool = False
) -> dict[str, Point]:
    """Height 0 is the floor line; a camera that looks down sees no floor line but a patch of
    floor (`patch`, as the FLOOR_AREA points), and its picture rests on the lowest point."""
    if view.elevation == 0.0:
        return project(placed, view, mirror)
    placed.update(zip(FLOOR_AREA, patch, strict=False))
    points = project(placed, view, mirror)
    lowest = min(p.y for p in points.values())
    return {name: Point(p.x, p.y - lowest, p.depth) for name, p in points.items()}


# The wall a forearm rests on, corner by corner (a camera turned off the side view sees its
# face at a slant).
WALL_AREA: tuple[str, ...] = ("wall_0", "wall_1", "wall_2", "wall_3")
WALL_HEIGHT = 1.05
WALL_WIDTH = 0.9
# A forearm's centre line lies this far from the wall's face (half its thickness).
_FOREARM_HALF = 0.02


def _wall_corners(animation: Animation, mirror: bool) -> dict[str, _Vec]:
    """The wall of the animation's first wall contact, where the forearm was put on it."""
    for contact in animation.contacts:
        if contact.surface is Surface.FLOOR:
            continue
        surface = contact.surface.mirrored if mirror else contact.surface
        names = [_other_side(n) if mirror else n for n in contact.points]
        found = (animation.put_down.get((n, contact.start, mirror)) for n in names)
        put = [anchor for anchor in found if anchor is not None]
        if not put:
            continue
        axis = surface.axis
        # The face is just beyond the forearm, on the side away from the body.
        outward = (
            -1.0
            if surface is Surface.WALL_BEHIND
            else (1.0 if surface is Surface.WALL_LEFT else -1.0)
        )
        place = sum(p[axis] for p in put) / len(put) + outward * _FOREARM_HALF
        centre = sum(p[0 if axis == 2 else 2] for p in put) / len(put)
        half = WALL_WIDTH / 2
        corners: list[_Vec] = []
        for across, height in (
            (-half, 0.0),
            (half, 0.0),
            (half, WALL_HEIGHT),
            (-half, WALL_HEIGHT),
        ):
            if axis == 2:
                corners.append((centre + across, height, place))
            else:
                corners.append((place, height, centre + across))
        return dict(zip(WALL_AREA, corners, strict=True))
    return {}


# The patch of floor a camera that looks down shows under the figure, corner by corner.
FLOOR_AREA: tuple[str, ...] = ("floor_0", "floor_1", "floor_2", "floor_3")


def _floor_patch(animation: Animation) -> tuple[_Vec, ...]:
    """The floor under every keyframe (either side's), with a margin: placed once, so it
    stays put while the body moves over it."""
    xs: list[float] = []
    zs: list[float] = []
    for frame in animation.keyframes:
        for mirror in (False, True) if animation.mirror else (False,):
            pose = mirrored(frame.pose) if mirror else frame.pose
            for v in standing_points(pose, _resting(animation, frame.t, mirror)).values():
                xs.append(v[0])
                zs.append(v[2])
    margin = 0.12
    x0, x1, z0, z1 = min(xs) - margin, max(xs) + margin, min(zs) - margin, max(zs) + margin
    return ((x0, 0.0, z0), (x1, 0.0, z0), (x1, 0.0, z1), (x0, 0.0, z1))


def step_standing_points(exercise: Exercise, index: int, seconds: float) -> dict[str, _Vec]:
    """The body `seconds` into step `index`, posed and standing on its contacts, in the
    world's axes (height 0 is the floor)."""
    step = exercise.steps[index]
    t, mirror = step_time(exercise, index, seconds), step_is_mirrored(exercise, step)
    return standing_points(
        step_pose(exercise, index, seconds),
        contacts_at(exercise, t, mirror),
        anchors_at(exercise, t, mirror),
        walls_at(exercise, t, mirror),
    )


def step_points(exercise: Exercise, index: int, seconds: float) -> dict[str, Point]:
    """The figure as the card draws it `seconds` into step `index`: posed, standing on its
    contacts, seen from the exercise's view."""
    animation = exercise.animation
    mirror = step_is_mirrored(exercise, exercise.steps[index])
    placed = step_standing_points(exercise, index, seconds)
    placed.update(animation.walls.get(mirror, {}))
    return _seen(placed, animation.view, animation.floor, mirror)


def setup_points(exercise: Exercise) -> dict[str, Point]:
    """The still figure shown while the person gets into position."""
    first = exercise.steps[0]
    t, mirror = first.frames[0], step_is_mirrored(exercise, first)
    placed = standing_points(
        setup_pose(exercise),
        contacts_at(exercise, t, mirror),
        anchors_at(exercise, t, mirror),
        walls_at(exercise, t, mirror),
    )
    placed.update(exercise.animation.walls.get(mirror, {}))
    return _seen(placed, exercise.animation.view, exercise.animation.floor, mirror)


# ---------------------------------------------------------------------------------------------
# Checking and loading


class PackError(ValueError):
    """One thing wrong in one file: `str()` reads "file: field: what is wrong"."""

    def __init__(self, file: str, where: str, problem: str) -> None:
        super().__init__(f"{file}: {where}: {problem}" if where else f"{file}: {problem}")
        self.file = file
        self.where = where
        self.problem = problem


MAX_FILE_BYTES = 256 * 1024  # a hand-written exercise is a few KiB
# A pack is a few dozen files. Past these, the rest of a folder is not read (and the person
# is told): a folder of 10 000 files blocked the GUI for ten seconds at every load; 100
# valid files load in about a quarter of a second.
MAX_PACK_FILES = 100
MAX_PACK_BYTES = 4 * 1024 * 1024
SAFETY_FILE = "safety.toml"
_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_TAG = _ID
_E = TypeVar("_E", bound=enum.Enum)

_EXERCISE_FIELDS = (
    "id",
    "name",
    "summary",
    "kind",
    "regions",
    "positions",
    "equipment",
    "tags",
    "setup",
    "setup_seconds",
    "repetitions",
    "hold_seconds",
    "cautions",
    "sources",
    "notes",
    "steps",
    "animation",
)
_STEP_FIELDS = ("instruction", "seconds", "reps", "seconds_each", "side", "breath", "frames")
_ANIMATION_FIELDS = (
    "view",
    "easing",
    "mirror",
    "side",
    "breathing",
    "props",
    "contacts",
    "base",
    "keyframes",
)
_ROUTINE_FIELDS = ("id", "name", "summary", "use", "items", "notes")
_SAFETY_FIELDS = ("title", "reminder", "points", "red_flags")


def _show(value: object) -> str:
    """A value as the person typed it in TOML, for "got ..." in messages."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, int | float):
        return f"{value:g}" if isinstance(value, float) else str(value)
    if isinstance(value, list):
        scalars = all(isinstance(item, str | int | float) for item in value)
        return f"[{', '.join(_show(item) for item in value)}]" if scalars else "a list"
    if isinstance(value, dict):
        return "a table"
    return f"a {type(value).__name__}"


def _number_text(value: float) -> str:
    return f"{value:g}"


def _path(prefix: str, key: str) -> str:
    return f"{prefix}.{key}" if prefix else key


class _Check:
    """Reads values out of one parsed file, noting every problem instead of stopping at the
    first: a person fixing a file by hand wants the whole list."""

    def __init__(self, file: str) -> None:
        self.file = file
        self.errors: list[PackError] = []

    def fail(self, where: str, problem: str) -> None:
        self.errors.append(PackError(self.file, where, problem))

    def known(self, table: Mapping[str, Any], prefix: str, allowed: Sequence[str]) -> None:
        for key in table:
            if key in allowed:
                continue
            close = difflib.get_close_matches(key, allowed, n=1)
            hint = f'; did you mean "{close[0]}"?' if close else ""
            self.fail(_path(prefix, key), f"is not a field here{hint}")

    def _missing(self, table: Mapping[str, Any], key: str, where: str, required: bool) -> bool:
        if key in table:
            return False
        if required:
            self.fail(where, "is missing")
        return True

    def text(
        self,
        table: Mapping[str, Any],
        key: str,
        prefix: str = "",
        *,
        max_length: int = 300,
        required: bool = True,
    ) -> str:
        where = _path(prefix, key)
        if self._missing(table, key, where, required):
            return ""
        value = table[key]
        if not isinstance(value, str) or not value.strip():
            self.fail(where, f"must be some text, got {_show(value)}")
            return ""
        if len(value) > max_length:
            self.fail(where, f"must be at most {max_length} characters, got {len(value)}")
            return ""
        return " ".join(value.split())

    def texts(
        self, table: Mapping[str, Any], key: str, prefix: str = "", *, max_length: int = 300
    ) -> tuple[str, ...]:
        where = _path(prefix, key)
        if key not in table:
            return ()
        value = table[key]
        if not isinstance(value, list):
            self.fail(where, f"must be a list of texts, got {_show(value)}")
            return ()
        return tuple(
            self._text_item(item, f"{where}[{i + 1}]", max_length) for i, item in enumerate(value)
        )

    def _text_item(self, value: object, where: str, max_length: int) -> str:
        if not isinstance(value, str) or not value.strip():
            self.fail(where, f"must be some text, got {_show(value)}")
            return ""
        if len(value) > max_length:
            self.fail(where, f"must be at most {max_length} characters, got {len(value)}")
            return ""
        return " ".join(value.split())

    def number(
        self,
        table: Mapping[str, Any],
        key: str,
        prefix: str = "",
        *,
        low: float | None = None,
        high: float | None = None,
        positive: bool = False,
        unit: str = "",
    ) -> float | None:
        """A number (whole or not), or None when absent or wrong (wrong is noted)."""
        where = _path(prefix, key)
        if key not in table:
            return None
        return self.number_value(
            table[key], where, low=low, high=high, positive=positive, unit=unit
        )

    def number_value(
        self,
        value: object,
        where: str,
        *,
        low: float | None,
        high: float | None,
        positive: bool,
        unit: str,
    ) -> float | None:
        suffix = f" {unit}" if unit else ""
        if positive:
            wanted = f"must be a positive number{suffix}"
        elif low is not None and high is not None:
            wanted = f"must be a number from {_number_text(low)} to {_number_text(high)}{suffix}"
        else:
            wanted = f"must be a number{suffix}"
        if isinstance(value, bool) or not isinstance(value, int | float):
            self.fail(where, f"{wanted}, got {_show(value)}")
            return None
        number = float(value)
        if not math.isfinite(number):
            self.fail(where, f"{wanted}, got {_show(value)}")
            return None
        if positive and number <= 0:
            self.fail(where, f"{wanted}, got {_show(value)}")
            return None
        if (low is not None and number < low) or (high is not None and number > high):
            if high is not None and positive:
                wanted = f"must be at most {_number_text(high)}{suffix}"
            self.fail(where, f"{wanted}, got {_show(value)}")
            return None
        return number

    def whole(
        self,
        table: Mapping[str, Any],
        key: str,
        prefix: str = "",
        *,
        low: int = 1,
        high: int = 1000,
    ) -> int | None:
        where = _path(prefix, key)
        if key not in table:
            return None
        value = table[key]
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            self.fail(where, f"must be a whole number from {low} to {high}, got {_show(value)}")
            return None
        return value

    def flag(self, table: Mapping[str, Any], key: str, prefix: str, default: bool) -> bool:
        if key not in table:
            return default
        value = table[key]
        if not isinstance(value, bool):
            self.fail(_path(prefix, key), f"must be true or false, got {_show(value)}")
            return default
        return value

    def choice(
        self,
        table: Mapping[str, Any],
        key: str,
        prefix: str,
        kind: type[_E],
        default: _E | None = None,
    ) -> _E | None:
        where = _path(prefix, key)
        if self._missing(table, key, where, default is None):
            return default
        return self._choice_value(table[key], where, kind)

    def _choice_value(self, value: object, where: str, kind: type[_E]) -> _E | None:
        for member in kind:
            if member.value == value:
                return member
        options = ", ".join(f'"{member.value}"' for member in kind)
        self.fail(where, f"must be one of {options}; got {_show(value)}")
        return None

    def choices(
        self,
        table: Mapping[str, Any],
        key: str,
        prefix: str,
        kind: type[_E],
        *,
        required: bool = True,
    ) -> tuple[_E, ...]:
        where = _path(prefix, key)
        if self._missing(table, key, where, required):
            return ()
        value = table[key]
        options = ", ".join(f'"{member.value}"' for member in kind)
        if not isinstance(value, list):
            self.fail(where, f"must be a list of {options}; got {_show(value)}")
            return ()
        if required and not value:
            self.fail(where, f"must name at least one of {options}")
            return ()
        found: list[_E] = []
        for i, item in enumerate(value):
            member = self._choice_value(item, f"{where}[{i + 1}]", kind)
            if member is None:
                continue
            if member in found:
                self.fail(f"{where}[{i + 1}]", f"{_show(item)} is listed twice")
                continue
            found.append(member)
        return tuple(found)

    def tables(
        self,
        table: Mapping[str, Any],
        key: str,
        prefix: str = "",
        *,
        required: bool = True,
        most: int = 100,
    ) -> list[tuple[str, dict[str, Any]]]:
        """A list of tables ([[key]] in TOML), each with its path for messages."""
        where = _path(prefix, key)
        if self._missing(table, key, where, required):
            return []
        value = table[key]
        if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
            self.fail(where, f"must be a list of tables ([[{where}]] blocks), got {_show(value)}")
            return []
        if required and not value:
            self.fail(where, "must have at least one entry")
            return []
        if len(value) > most:
            self.fail(where, f"must have at most {most} entries, got {len(value)}")
            return []
        return [(f"{where}[{i + 1}]", item) for i, item in enumerate(value)]

    def sub_table(
        self, table: Mapping[str, Any], key: str, prefix: str = ""
    ) -> dict[str, Any] | None:
        where = _path(prefix, key)
        if self._missing(table, key, where, True):
            return None
        value = table[key]
        if not isinstance(value, dict):
            self.fail(where, f"must be a table ([{where}]), got {_show(value)}")
            return None
        return value

    def identifier(self, table: Mapping[str, Any], stem: str) -> str:
        value = self.text(table, "id", max_length=60)
        if not value:
            return ""
        if not _ID.fullmatch(value):
            self.fail("id", f"must be lower-case words joined by hyphens, got {_show(value)}")
        elif value != stem:
            self.fail("id", f'must match the file name ("{stem}"), got {_show(value)}')
        return value


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
            table[name], _path(where, name), low=low, high=high, positive=False, unit="degrees"
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
                where, "give either seconds (a timed step) or reps (a counted one), not both"
            )
        elif "seconds" not in table and "reps" not in table:
            check.fail(where, "needs seconds (a timed step) or reps (a counted step)")
        if "seconds_each" in table and "reps" not in table:
            check.fail(_path(where, "seconds_each"), "only goes with reps (the pace of a rep)")
        side = check.choice(table, "side", where, Side, Side.BOTH) or Side.BOTH
        breath = check.choice(table, "breath", where, Breath, Breath.NATURAL) or Breath.NATURAL
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
                    f"got {_show(value)}",
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
    table = check.sub_table(data, "animation")
    if table is None:
        return None, 0.0
    check.known(table, "animation", _ANIMATION_FIELDS)
    view = check.choice(table, "view", "animation", View)
    easing = check.choice(table, "easing", "animation", Easing, Easing.SMOOTH) or Easing.SMOOTH
    mirror = check.flag(table, "mirror", "animation", False)
    side = check.choice(table, "side", "animation", Side, Side.RIGHT) or Side.RIGHT
    if mirror and side is Side.BOTH:
        check.fail("animation.side", 'must be "left" or "right" when mirror is true')
    breathing = check.flag(table, "breathing", "animation", False)
    props: list[Prop] = []
    for where, prop in check.tables(table, "props", "animation", required=False, most=8):
        check.known(prop, where, ("kind", "at"))
        kind = check.choice(prop, "kind", where, PropKind)
        at = check.text(prop, "at", where, max_length=40)
        if at and at not in POINTS:
            check.fail(_path(where, "at"), f"must name a point of the figure, got {_show(at)}")
        if kind is not None:
            props.append(Prop(kind, at))
    base_table = check.sub_table(table, "base", "animation")
    base = None
    if base_table is not None:
        check.known(base_table, "animation.base", JOINTS)
        base = _parse_pose(check, base_table, "animation.base", None)
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
                check.fail(_path(where, "t"), f"the first keyframe must be at 0, got {_show(t)}")
            elif previous is not None and t <= previous:
                check.fail(
                    _path(where, "t"),
                    f"must be later than the keyframe before ({_number_text(previous)} s), "
                    f"got {_show(frame['t'])}",
                )
            previous = t
        if base is not None:
            pose = _parse_pose(check, frame, where, base)
            if pose is not None and t is not None:
                keyframes.append(Keyframe(t, pose))
    if view is None or base is None or not keyframes:
        return None, previous or 0.0
    contacts = _parse_contacts(check, table, keyframes[-1].t)
    animation = Animation(
        view=view,
        keyframes=tuple(keyframes),
        easing=easing,
        mirror=mirror,
        side=side,
        breathing=breathing,
        props=tuple(props),
        contacts=contacts,
    )
    if view.elevation:
        animation = dataclasses.replace(animation, floor=_floor_patch(animation))
    if contacts:
        animation = dataclasses.replace(animation, put_down=_put_down_table(animation))
        animation = dataclasses.replace(
            animation,
            walls={mirror: _wall_corners(animation, mirror) for mirror in (False, True)},
        )
    return animation, animation.length


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
        surface = check.choice(entry, "surface", where, Surface, Surface.FLOOR) or Surface.FLOOR
        allowed = CONTACT_POINTS if surface is Surface.FLOOR else WALL_CONTACT_POINTS
        for i, name in enumerate(points):
            if name and name not in allowed:
                check.fail(
                    f"{_path(where, 'points')}[{i + 1}]",
                    f"must be one of {', '.join(allowed)} on a {surface.value}, got {_show(name)}",
                )
        contacts.append(Contact(tuple(points), first, last, slides, surface))
    return tuple(contacts)


def _parse_exercise(check: _Check, data: Mapping[str, Any], stem: str) -> Exercise | None:
    check.known(data, "", _EXERCISE_FIELDS)
    exercise_id = check.identifier(data, stem)
    name = check.text(data, "name", max_length=60)
    summary = check.text(data, "summary", max_length=240)
    kind = check.choice(data, "kind", "", Kind)
    regions = check.choices(data, "regions", "", Region)
    positions = check.choices(data, "positions", "", Position)
    equipment = check.choices(data, "equipment", "", Equipment, required=False)
    tags = check.texts(data, "tags", max_length=30)
    for i, tag in enumerate(tags):
        if tag and not _TAG.fullmatch(tag):
            check.fail(
                f"tags[{i + 1}]", f"must be lower-case words joined by hyphens, got {_show(tag)}"
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
    use = check.choice(data, "use", "", Use)
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
            close = difflib.get_close_matches(exercise_id, list(exercises), n=1)
            hint = f' (did you mean "{close[0]}"?)' if close else ""
            check.fail(
                _path(where, "exercise"), f"no exercise has the id {_show(exercise_id)}{hint}"
            )
            continue
        items.append(RoutineItem(exercise, rounds or exercise.repetitions))
    if check.errors or use is None:
        return None
    routine = Routine(routine_id, name, summary, use, tuple(items), notes)
    low, high = USE_SECONDS[use]
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
    errors: list[PackError] = []
    budget = _ReadBudget()
    taken = {e.id for e in base.exercises} | {r.id for r in base.routines}
    exercises: list[Exercise] = []
    safety = base.safety
    for path in _toml_files(folder / "exercises", "exercises", errors):
        label = f"exercises/{path.name}"
        if path.name == SAFETY_FILE:
            if base.exercises or base.routines or base.safety:
                errors.append(
                    PackError(label, "", "only backbreak's own library carries safety advice")
                )
                continue
            loaded = _load_one(path, label, errors, _parse_safety, budget)
            if loaded is not None:
                safety = loaded
            continue
        exercise = _load_one(
            path, label, errors, functools.partial(_parse_exercise, stem=path.stem), budget
        )
        if exercise is None:
            continue
        if exercise.id in taken:
            errors.append(PackError(label, "id", f"{_show(exercise.id)} is already in use"))
            continue
        taken.add(exercise.id)
        exercises.append(exercise)
    known = {e.id: e for e in (*base.exercises, *exercises)}
    routines: list[Routine] = []
    for path in _toml_files(folder / "routines", "routines", errors):
        label = f"routines/{path.name}"
        routine = _load_one(
            path,
            label,
            errors,
            functools.partial(_parse_routine, stem=path.stem, exercises=known),
            budget,
        )
        if routine is None:
            continue
        if routine.id in taken:
            errors.append(PackError(label, "id", f"{_show(routine.id)} is already in use"))
            continue
        taken.add(routine.id)
        routines.append(routine)
    library = Library(
        exercises=(*base.exercises, *exercises),
        routines=(*base.routines, *routines),
        safety=safety,
    )
    return library, tuple(errors)


_T = TypeVar("_T")


@dataclass
class _ReadBudget:
    """What one load may still read, so a pack of thousands of files cannot stall it."""

    bytes_left: int = MAX_PACK_BYTES
    exhausted: bool = False


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


# ---------------------------------------------------------------------------------------------
# Choosing what a break shows


@dataclass(frozen=True)
class Setting:
    """What the person allows where they are, and what they like."""

    positions: frozenset[Position] = DESK_POSITIONS
    equipment: frozenset[Equipment] = frozenset({Equipment.CHAIR, Equipment.WALL})
    focus: frozenset[Region] = frozenset()
    favourites: frozenset[str] = frozenset()
    excluded: frozenset[str] = frozenset()
    no_repeat: int = 3  # none of the last this many is shown again (while others fit)


AT_DESK = Setting()

# How much likelier a favourite is than another candidate that fits equally well.
FAVOURITE_WEIGHT = 4.0
# Region rotation avoids the main regions of this many recent breaks.
ROTATE_OVER = 2


def _fits(exercise: Exercise, setting: Setting) -> bool:
    return (
        exercise.id not in setting.excluded
        and any(position in setting.positions for position in exercise.positions)
        and all(item in setting.equipment for item in exercise.equipment)
    )


def candidates(library: Library, kind: BreakKind, setting: Setting) -> tuple[Practice, ...]:
    """Everything that may fill a break of `kind` here: micro breaks take single exercises
    and micro routines of 20-40 s, long breaks take long routines (3-5 min)."""
    found: list[Practice] = []
    if kind is BreakKind.MICRO:
        low, high = MICRO_SECONDS
        found.extend(
            e for e in library.exercises if low <= e.seconds() <= high and _fits(e, setting)
        )
    wanted = Use.MICRO if kind is BreakKind.MICRO else Use.LONG
    found.extend(
        r
        for r in library.routines
        if r.use is wanted
        and r.id not in setting.excluded
        and all(_fits(item.exercise, setting) for item in r.items)
    )
    return tuple(sorted(found, key=lambda practice: practice.id))


def describe(practice: Practice) -> dict[str, object]:
    """What `backbreak exercise list --json` says of an exercise or routine, for scripts.

    use: what kind of break it can fill: "micro" for an exercise of micro-break length,
    a routine's own use, or None for an exercise that only comes within routines."""
    use: str | None
    if isinstance(practice, Routine):
        exercises = [item.exercise for item in practice.items]
        kind, use = "routine", practice.use.value
    else:
        exercises = [practice]
        low, high = MICRO_SECONDS
        kind = practice.kind.value
        use = Use.MICRO.value if low <= practice.seconds() <= high else None
    return {
        "id": practice.id,
        "type": "routine" if isinstance(practice, Routine) else "exercise",
        "name": practice.name,
        "kind": kind,
        "positions": _each_once(p.value for e in exercises for p in e.positions),
        "equipment": _each_once(q.value for e in exercises for q in e.equipment),
        "regions": [region.value for region in practice.regions],
        "seconds": round(practice.seconds(), 1),
        "use": use,
    }


def _each_once(values: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(values))


def choose(
    library: Library,
    kind: BreakKind,
    setting: Setting,
    recent: Sequence[str],
    rng: Random,
) -> Practice | None:
    """What the next break shows, or None when nothing fits (everything excluded, say).

    `recent` holds the ids shown before, oldest first. In order: drop the last
    `setting.no_repeat` (if that leaves nothing, keep what was shown longest ago); for a long
    break, keep the routines not in `recent` at all, if any; keep those
    touching a focus region, if any do; keep those whose main region differs from the main
    regions of the last ROTATE_OVER breaks, or failing that from the last one; then draw one,
    favourites FAVOURITE_WEIGHT times likelier.

    Rotation looks at main regions only: nearly every exercise here also works the upper back,
    and avoiding every region the last break touched would leave the upper back out for good."""
    pool = list(candidates(library, kind, setting))
    if not pool:
        return None
    recent_set = set(recent[-setting.no_repeat :]) if setting.no_repeat > 0 else set()
    fresh = [p for p in pool if p.id not in recent_set]
    if fresh:
        pool = fresh
    else:
        last_seen = {practice_id: i for i, practice_id in enumerate(recent)}
        oldest = min(last_seen.get(p.id, -1) for p in pool)
        pool = [p for p in pool if last_seen.get(p.id, -1) == oldest]
    if kind is BreakKind.LONG:
        # Long breaks come a few times a day: none of the recent ones again (the memory
        # covers more than a working day) while another fits.
        remembered = set(recent)
        pool = _prefer(pool, lambda p: p.id not in remembered)
    pool = _prefer(pool, lambda p: bool(setting.focus.intersection(p.regions)))
    shown = _last_known(library, recent, ROTATE_OVER)
    if shown:
        main_regions = {practice.primary_region for practice in shown}
        pool = _prefer(pool, lambda p: p.primary_region not in main_regions)
        pool = _prefer(pool, lambda p: p.primary_region is not shown[0].primary_region)
    weights = [FAVOURITE_WEIGHT if p.id in setting.favourites else 1.0 for p in pool]
    return rng.choices(pool, weights=weights)[0]


def _prefer(pool: list[Practice], test: Callable[[Practice], bool]) -> list[Practice]:
    kept = [p for p in pool if test(p)]
    return kept or pool


def _last_known(library: Library, recent: Sequence[str], count: int) -> list[Practice]:
    """The last `count` practices of `recent` that the library still has, newest first."""
    found: list[Practice] = []
    for practice_id in reversed(recent):
        practice = library.get(practice_id)
        if practice is not None:
            found.append(practice)
            if len(found) == count:
                break
    return found
