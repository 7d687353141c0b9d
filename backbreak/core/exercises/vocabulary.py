"""The words exercises are described in: body regions, positions, equipment, kinds, sides,
breaths, cameras and what a routine is for."""

from __future__ import annotations

import enum
from collections.abc import Mapping

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
