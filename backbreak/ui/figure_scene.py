"""Where the figure and what it uses stand, before anything is painted: the body's widths,
the frame that maps figure units (y up, the pelvis at the origin, the floor at 0) onto pixels,
the props placed once in the world, and the cues a moment adds (the region worked, the end
pose, the breath, movement arrows). backbreak.ui.figure_paint paints them; the widget in
backbreak.ui.figure chooses the moment.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from backbreak.core.exercises import (
    FLOOR_AREA,
    HEAD_RADIUS,
    Exercise,
    Point,
    PropKind,
    Region,
    View,
    contacts_at,
    placed_points,
    step_is_mirrored,
)
from backbreak.qt import QtCore

# The body's parts: (from point, to point, width at the start, width at the end), widths in
# units of the figure's height. Limbs taper from the trunk outward, as in a fitness
# illustration; the trunk is drawn apart (it has width across and depth front to back).
LIMBS: tuple[tuple[str, str, float, float], ...] = tuple(
    (f"{a}_{side}", f"{b}_{side}", w0, w1)
    for side in ("left", "right")
    for a, b, w0, w1 in (
        ("shoulder", "elbow", 0.052, 0.040),
        ("elbow", "wrist", 0.040, 0.027),
        ("wrist", "hand", 0.027, 0.020),
        ("hip", "knee", 0.080, 0.054),
        ("knee", "ankle", 0.054, 0.036),
        ("ankle", "toe", 0.034, 0.022),
    )
)
# Each arm and leg, from the trunk outward: drawn as one group.
LIMB_CHAINS: tuple[tuple[tuple[str, str, float, float], ...], ...] = (
    LIMBS[0:3],
    LIMBS[3:6],
    LIMBS[6:9],
    LIMBS[9:12],
)
# The trunk seen from the side is this deep (chest, waist, pelvis), and the neck this thick.
SPINE_WIDTHS: tuple[tuple[str, str, float, float], ...] = (
    ("pelvis", "waist", 0.120, 0.105),
    ("waist", "chest", 0.105, 0.130),
    ("chest", "neck_base", 0.130, 0.090),
)
NECK_WIDTH = 0.045
# Seen from the front, the trunk spans the shoulders and hips, rounded off this much.
TRUNK_ROUNDING = 0.04
# A block or roller is at least this high (figure units).
SUPPORT_LEAST = 0.05


def _short_of(start: Point, end: Point, by: float) -> Point:
    """`end` moved back toward `start` by `by` on the picture, no further than `start`."""
    dx, dy = end.x - start.x, end.y - start.y
    length = math.hypot(dx, dy)
    if length < 1e-9:
        return end
    t = max(0.0, 1 - by / length)
    return Point(start.x + dx * t, start.y + dy * t, start.depth + (end.depth - start.depth) * t)


def spine_parts(points: Mapping[str, Point]) -> list[tuple[Point, Point, float]]:
    """The trunk's depth and the neck as round-capped parts (from, to, width), figure units.
    The chest's part ends half its width short of the base of the neck, so its round cap
    stops at the shoulders' line: drawn to the neck base, the cap reached past the short
    neck to the head, and an upright figure read as hunched (a QA walkthrough)."""
    parts: list[tuple[Point, Point, float]] = []
    for a, b, w0, w1 in SPINE_WIDTHS:
        width = (w0 + w1) / 2
        end = points[b]
        if b == "neck_base":
            end = _short_of(points[a], end, width / 2)
        parts.append((points[a], end, width))
    parts.append((points["neck_base"], points["skull"], NECK_WIDTH))
    return parts


def limb_parts(
    points: Mapping[str, Point], chain: Sequence[tuple[str, str, float, float]]
) -> list[tuple[Point, Point, float]]:
    """An arm or leg as round-capped parts (from, to, width), figure units. An upper arm
    that points away from the head starts half its width below the shoulder, so its round
    cap ends at the shoulder rather than over the neck (seen from the side, the near arm's
    cap hid half the neck); raised or reaching out, it starts at the shoulder."""
    parts = [(points[a], points[b], (w0 + w1) / 2) for a, b, w0, w1 in chain]
    start, end, width = parts[0]
    if chain[0][0].startswith("shoulder"):
        base, skull = points["neck_base"], points["skull"]
        neck = (skull.x - base.x, skull.y - base.y)
        arm = (end.x - start.x, end.y - start.y)
        lengths = math.hypot(*neck) * math.hypot(*arm)
        if lengths > 1e-9:
            away = max(0.0, -(neck[0] * arm[0] + neck[1] * arm[1]) / lengths)
            parts[0] = (_short_of(end, start, width / 2 * away), end, width)
    return parts


def trunk_corners(points: Mapping[str, Point]) -> tuple[Point, Point, Point, Point]:
    """The trunk seen from the front (shoulders, hips), drawn with a round pen TRUNK_ROUNDING
    wide on each side: the shoulders' corners come down toward the hips by that much, so the
    trunk's top is the shoulders' line and the neck shows above it."""
    return (
        _short_of(points["hip_left"], points["shoulder_left"], TRUNK_ROUNDING),
        _short_of(points["hip_right"], points["shoulder_right"], TRUNK_ROUNDING),
        points["hip_right"],
        points["hip_left"],
    )


def floor_level(points: Mapping[str, Point]) -> float:
    """The height drawn on the floor line: 0 for core's placed points (the floor); should
    anything dip below it, that lower point, so the figure is lifted rather than cut by the
    floor line."""
    return min(0.0, *(p.y for p in points.values()))


@dataclass(frozen=True)
class Frame:
    """Where figure units land in the target rectangle: one scale for a whole animation, so
    the figure does not zoom as it moves."""

    scale: float  # pixels per figure unit
    origin_x: float  # pixel x of the pelvis
    floor_y: float  # pixel y of the floor line
    floor_left: float  # where the floor line starts and ends: inside the margins
    floor_right: float
    top: float = 0.0  # pixel y of the top margin
    # A camera that looks down: the corners of the floor patch under the figure, in pixels.
    floor_area: tuple[QtCore.QPointF, ...] = ()

    @classmethod
    def fitting(
        cls,
        all_points: Sequence[Mapping[str, Point]],
        rect: QtCore.QRectF,
        margin: float = 0.08,
        *,
        at_most: float | None = None,
    ) -> Frame:
        """A frame in which every given pose fits inside `rect`, standing on its bottom;
        `at_most` caps the scale (pixels per figure unit), so that the exercises of one
        routine are drawn at one scale."""
        xs: list[float] = []
        heights: list[float] = []
        for points in all_points:
            lowest = floor_level(points)
            for p in points.values():
                xs.append(p.x)
                heights.append(p.y - lowest)
        # Room for the head and the width of the limbs around the joints.
        pad = HEAD_RADIUS + 0.05
        span_x = (max(xs) - min(xs)) + 2 * pad if xs else 1.0
        span_y = (max(heights) + 2 * pad) if heights else 1.0
        usable_w = rect.width() * (1 - 2 * margin)
        usable_h = rect.height() * (1 - 2 * margin)
        scale = min(usable_w / max(span_x, 1e-6), usable_h / max(span_y, 1e-6))
        if at_most is not None:
            scale = min(scale, at_most)
        centre_x = (max(xs) + min(xs)) / 2 if xs else 0.0
        origin_x = rect.center().x() - centre_x * scale
        floor_y = rect.bottom() - rect.height() * margin
        inset = rect.width() * margin / 2
        top = rect.top() + rect.height() * margin / 2
        frame = cls(scale, origin_x, floor_y, rect.left() + inset, rect.right() - inset, top)
        first = all_points[0] if all_points else None
        if first is not None and FLOOR_AREA[0] in first:
            lowest = floor_level(first)
            area = tuple(frame.map(first[name], lowest) for name in FLOOR_AREA)
            frame = dataclasses.replace(frame, floor_area=area)
        return frame

    def map(self, point: Point, lowest: float) -> QtCore.QPointF:
        return QtCore.QPointF(
            self.origin_x + point.x * self.scale, self.floor_y - (point.y - lowest) * self.scale
        )

    def map_world(self, x: float, height: float) -> QtCore.QPointF:
        """A place in the world: `x` from the pelvis, `height` above the floor."""
        return QtCore.QPointF(self.origin_x + x * self.scale, self.floor_y - height * self.scale)


@dataclass(frozen=True)
class WorldProp:
    """A prop placed once in the world: `x` from the pelvis, `height` above the floor (figure
    units). It stays put while the figure moves, and stands on the other side of the figure
    for the other side's steps (`mirrored`)."""

    kind: PropKind
    x: float
    height: float
    seen_from_the_side: bool = True  # where a chair's backrest shows: behind the figure

    def mirrored(self) -> WorldProp:
        return WorldProp(self.kind, -self.x, self.height, self.seen_from_the_side)


def world_props(exercise: Exercise) -> tuple[WorldProp, ...]:
    """The exercise's props, placed once for the side the keyframes show: a seat where its
    anchor point is in the starting position; a wall where the anchor (an elbow, a hand)
    reaches furthest from the body, which is where it leans on the wall; a block or roller
    under the anchor (the upper back) where it comes lowest, which is where it rests on it."""
    animation = exercise.animation
    view = animation.view
    first = exercise.steps[0].frames[0]
    start = placed_points(animation.pose_at(first), view, contacts_at(exercise, first, False))
    keyframes = [
        placed_points(frame.pose, view, contacts_at(exercise, frame.t, False))
        for frame in animation.keyframes
    ]
    placed: list[WorldProp] = []
    for prop in animation.props:
        points = start
        x = start[prop.at].x
        if prop.kind is PropKind.WALL:
            x = max((each[prop.at].x for each in keyframes), key=abs)
        elif prop.kind in (PropKind.BLOCK, PropKind.ROLLER):
            points = min(keyframes, key=lambda each: _height(each, prop.at))
            x = points[prop.at].x
        height = _height(points, prop.at)
        if prop.kind in (PropKind.BLOCK, PropKind.ROLLER):
            # Its top meets the back, half the trunk's depth below the spine.
            height = max(SUPPORT_LEAST, height - SPINE_WIDTHS[1][3] / 2)
        placed.append(WorldProp(prop.kind, x, height, not view.across))
    return tuple(placed)


def props_for_step(
    exercise: Exercise, placed: tuple[WorldProp, ...], step_index: int | None
) -> tuple[WorldProp, ...]:
    """The props as they stand for a step (None: getting ready, as for the first step): from
    any camera but the side view's, the other side's steps have them on the other side."""
    step = exercise.steps[0 if step_index is None else step_index]
    # Every camera but the side view's moves to the mirror place for the other side's steps
    # (core's `project`), so the props change sides in the picture.
    if exercise.animation.view is not View.SIDE and step_is_mirrored(exercise, step):
        return tuple(p.mirrored() for p in placed)
    return placed


def _height(points: Mapping[str, Point], name: str) -> float:
    """How far above the floor a point is (as painted: the floor at 0, unless something dips
    below it)."""
    return points[name].y - floor_level(points)


@dataclass(frozen=True)
class Cues:
    """What the figure teaches besides the pose: the region worked (glow), where the step
    goes (a faint end pose), and the breath (a pacer that grows on the in-breath)."""

    region: Region | None = None
    ghost: Mapping[str, Point] | None = None
    breath: float | None = None  # 0 breathed out .. 1 breathed in; None: no pacer
    # With reduced motion, where the step's movement goes: the parts that move most, from
    # where the step starts to the pose the figure holds (figure units, as points).
    arrows: tuple[tuple[Point, Point], ...] = ()


# No cues: the pose alone (a frozen value, shared as a default).
NO_CUES = Cues()


# The parts whose movement an arrow may show, the ends of the body first.
ARROW_PARTS: tuple[str, ...] = (
    "hand_left",
    "hand_right",
    "head_center",
    "knee_left",
    "knee_right",
    "elbow_left",
    "elbow_right",
    "shoulder_left",
    "shoulder_right",
    "chest",
)
# A part moving less than this (figure units) gets no arrow.
ARROW_LEAST = 0.04


def movement_arrows(
    start: Mapping[str, Point], end: Mapping[str, Point]
) -> tuple[tuple[Point, Point], ...]:
    """Arrows for the one or two parts that move most on screen between two poses (the
    second only if it moves nearly as far and is not the first's neighbour)."""
    moves = sorted(
        (
            (math.hypot(end[n].x - start[n].x, end[n].y - start[n].y), n)
            for n in ARROW_PARTS
            if n in start and n in end
        ),
        reverse=True,
    )
    chosen: list[str] = []
    for distance, name in moves:
        if distance < ARROW_LEAST or len(chosen) == 2:
            break
        if chosen:
            first = chosen[0]
            first_distance = next(d for d, n in moves if n == first)
            near = math.hypot(end[name].x - end[first].x, end[name].y - end[first].y)
            if distance < 0.6 * first_distance or near < 0.12:
                continue
        chosen.append(name)
    return tuple((start[n], end[n]) for n in chosen)
