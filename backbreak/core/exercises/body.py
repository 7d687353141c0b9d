"""The body: a 3D skeleton posed with anatomical angles (`Pose`), its segment lengths,
forward kinematics (`world_points`), what a camera sees of it (`project`), mirroring and the
breath drawn on the chest."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, fields
from typing import NamedTuple

from backbreak.core.exercises.vocabulary import View

# ---------------------------------------------------------------------------------------------
# The skeleton


SIDES = ("left", "right")


@dataclass(frozen=True, slots=True)
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
    upper = _add_trunk(out, pose, pelvis)
    for side, sign in (("left", 1.0), ("right", -1.0)):
        angles = tuple(getattr(pose, name) for name in _SIDE_ANGLES[side])
        _add_arm(out, side, sign, upper, angles)
        _add_leg(out, side, sign, pelvis, angles)
    return out


def _add_trunk(out: dict[str, _Vec], pose: Pose, pelvis: _Mat) -> _Mat:
    """The spine from the pelvis up, the neck and the head into `out`; returns the upper
    back's turn, which the shoulders hang from."""
    lower = _mul(pelvis, _spine(pose.lumbar_flexion, pose.lumbar_side_bend))
    out["waist"] = _add(out["pelvis"], lower, (0.0, SPINE_LOWER, 0.0))
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
        _mul(neck, _spine(pose.head_flexion, pose.head_side_bend)),
        _rot("y", pose.head_turn),
    )
    out["head_center"] = _add(out["skull"], head, (0.0, HEAD_RADIUS, 0.0))
    out["nose"] = _add(out["head_center"], head, (HEAD_RADIUS * 1.3, 0.0, 0.0))
    return upper


def _add_arm(
    out: dict[str, _Vec], side: str, sign: float, upper: _Mat, angles: tuple[float, ...]
) -> None:
    """One arm into `out`, from the collarbone (hung from the upper back's turn `upper`) to
    the hand; `angles` are the side's, in _SIDE_ANGLES' order."""
    elevation, protraction = angles[0], angles[1]
    collar = _mul(_rot("y", sign * protraction), _rot("x", -sign * elevation))
    shoulder = _add(out["neck_base"], upper, _apply(collar, (0.0, 0.0, sign * COLLAR)))
    # Abduction lifts away from the body on each side; + rotation is outward on each side.
    arm = _mul(
        _mul(upper, _rot("z", angles[2])),
        _mul(_rot("x", -sign * angles[3]), _rot("y", -sign * angles[4])),
    )
    elbow = _add(shoulder, arm, (0.0, -UPPER_ARM, 0.0))
    # The way this elbow gives when the arm is pushed shorter (behind it, as the arm
    # bends): for a reach that must bend an arm that was straight.
    out[f"elbow_give_{side}"] = _add(elbow, arm, (-0.01, 0.0, 0.0))
    forearm = _mul(arm, _rot("z", angles[5]))
    wrist = _add(elbow, forearm, (0.0, -FOREARM, 0.0))
    hand = _mul(forearm, _rot("z", angles[6]))
    out[f"shoulder_{side}"] = shoulder
    out[f"elbow_{side}"] = elbow
    out[f"wrist_{side}"] = wrist
    out[f"hand_{side}"] = _add(wrist, hand, (0.0, -HAND, 0.0))


def _add_leg(
    out: dict[str, _Vec], side: str, sign: float, pelvis: _Mat, angles: tuple[float, ...]
) -> None:
    """One leg into `out`, from the hip (turned with the pelvis, `pelvis`) to the toe;
    `angles` are the side's, in _SIDE_ANGLES' order."""
    hip = _add(out["pelvis"], pelvis, (0.0, 0.0, sign * HIP_HALF_WIDTH))
    thigh = _mul(
        _mul(pelvis, _rot("z", angles[7])),
        _mul(_rot("x", -sign * angles[8]), _rot("y", -sign * angles[9])),
    )
    knee = _add(hip, thigh, (0.0, -THIGH, 0.0))
    shin = _mul(thigh, _rot("z", -angles[10]))
    ankle = _add(knee, shin, (0.0, -SHIN, 0.0))
    foot = _mul(shin, _rot("z", -angles[11]))
    out[f"hip_{side}"] = hip
    out[f"knee_{side}"] = knee
    out[f"ankle_{side}"] = ankle
    out[f"toe_{side}"] = _add(ankle, foot, (FOOT, 0.0, 0.0))


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
