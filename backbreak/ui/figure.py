"""Draws the stretch figure: a vector stick figure posed by backbreak.core.exercises.

Pure drawing on any QPaintDevice (a widget, or a QImage for `backbreak exercise render`). The
core gives joint positions in figure-height units with y up and the pelvis at the origin;
this module scales them into a rectangle, stands the figure on a floor line, and paints
props, bones (far side fainter, so a side view reads as 3D) and the head.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from backbreak.core.exercises import (
    BONES,
    FLOOR_AREA,
    HEAD_RADIUS,
    WALL_AREA,
    Exercise,
    Point,
    PropKind,
    Region,
    Step,
    View,
    breath_depth,
    contacts_at,
    held_still,
    placed_points,
    setup_points,
    step_is_mirrored,
    step_points,
)
from backbreak.qt import Qt, QtCore, QtGui, QtWidgets, tr


@dataclass(frozen=True)
class FigureStyle:
    body: QtGui.QColor  # the near side and the trunk
    far_body: QtGui.QColor  # limbs on the far side: the body colour faded toward the background
    hair: QtGui.QColor  # the back of the head, so the face's direction reads
    outline: QtGui.QColor  # a thin gap around each part, so a near arm reads over the trunk
    prop: QtGui.QColor
    floor: QtGui.QColor
    highlight: QtGui.QColor  # a soft glow on the region the exercise works
    ghost: QtGui.QColor  # the step's end pose, faintly

    @property
    def glow(self) -> QtGui.QColor:
        """The highlight laid over the background, as one opaque colour."""
        solid = QtGui.QColor(self.highlight)
        solid.setAlphaF(1.0)
        return _mix(solid, self.outline, 1.0 - self.highlight.alphaF())

    @classmethod
    def from_palette(cls, palette: QtGui.QPalette) -> FigureStyle:
        """Colours that follow the system's light or dark palette. Solid colours, not
        transparency, for the body: overlapping parts must not darken each other."""
        text = palette.color(QtGui.QPalette.ColorRole.WindowText)
        window = palette.color(QtGui.QPalette.ColorRole.Window)
        accent = palette.color(QtGui.QPalette.ColorRole.Highlight)
        dark = window.lightness() < 128
        prop = QtGui.QColor(text)
        prop.setAlphaF(0.30)
        floor = QtGui.QColor(text)
        floor.setAlphaF(0.35 if dark else 0.25)
        highlight = QtGui.QColor("#ffb74d" if dark else "#f08c00")
        highlight.setAlphaF(0.40 if dark else 0.30)
        ghost = QtGui.QColor(text)
        ghost.setAlphaF(0.16 if dark else 0.12)
        return cls(
            body=accent,
            far_body=_mix(accent, window, 0.5),
            hair=_mix(accent, text, 0.45),
            outline=window,
            prop=prop,
            floor=floor,
            highlight=highlight,
            ghost=ghost,
        )


def _mix(a: QtGui.QColor, b: QtGui.QColor, amount: float) -> QtGui.QColor:
    """`a` moved `amount` (0..1) of the way toward `b`, opaque."""
    return QtGui.QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * amount,
        a.greenF() + (b.greenF() - a.greenF()) * amount,
        a.blueF() + (b.blueF() - a.blueF()) * amount,
    )


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

# The parts that glow for each region an exercise works (its main region).
REGION_PARTS: Mapping[Region, tuple[tuple[str, str], ...]] = {
    Region.NECK: (("neck_base", "skull"),),
    Region.SHOULDERS: (
        ("neck_base", "shoulder_left"),
        ("neck_base", "shoulder_right"),
        ("shoulder_left", "elbow_left"),
        ("shoulder_right", "elbow_right"),
    ),
    Region.UPPER_BACK: (
        ("chest", "neck_base"),
        ("neck_base", "shoulder_left"),
        ("neck_base", "shoulder_right"),
    ),
    Region.MID_BACK: (("waist", "chest"),),
    Region.LOWER_BACK: (("pelvis", "waist"),),
    Region.CHEST: (
        ("chest", "neck_base"),
        ("neck_base", "shoulder_left"),
        ("neck_base", "shoulder_right"),
    ),
    Region.WHOLE_SPINE: (
        ("pelvis", "waist"),
        ("waist", "chest"),
        ("chest", "neck_base"),
        ("neck_base", "skull"),
    ),
    Region.HIPS: (("hip_left", "hip_right"), ("pelvis", "knee_left"), ("pelvis", "knee_right")),
    Region.ARMS: (
        ("shoulder_left", "wrist_left"),
        ("shoulder_right", "wrist_right"),
    ),
}
HIGHLIGHT_WIDTH = 0.15
# A block or roller is at least this high (figure units).
SUPPORT_LEAST = 0.05
# A chair's backrest rises this far above the seat (figure units): to the shoulder blades.
CHAIR_BACKREST = 0.30


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


def paint_figure(
    painter: QtGui.QPainter,
    points: Mapping[str, Point],
    frame: Frame,
    style: FigureStyle,
    props: Iterable[WorldProp] = (),
    cues: Cues = Cues(),
    *,
    scenery: bool = True,
    pens: Pens | None = None,
) -> None:
    """Paint one pose, placed by core (`step_points`): height 0 on the floor line, so what
    rests on the floor stays on it; props stay where the world has them.

    scenery=False leaves out what stays the same through a step (the floor, the props, the
    end pose): the widget paints those once per step (`paint_scenery`) and reuses them."""
    lowest = floor_level(points)
    painter.save()
    if scenery:
        paint_scenery(painter, frame, style, props, cues.ghost)
    painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
    if WALL_AREA[0] in points:
        # A wall the body leans on: placed in the world by core, seen at the camera's slant.
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(style.prop)
        painter.drawPolygon(QtGui.QPolygonF([frame.map(points[n], lowest) for n in WALL_AREA]))
    _paint_body(painter, points, frame, lowest, style, cues.region, pens or Pens())
    # Over the body: with reduced motion nothing moves, and a small movement's arrow would
    # hide behind it.
    for start, end in cues.arrows:
        _paint_arrow(painter, frame, lowest, style, start, end)
    if cues.breath is not None:
        _paint_breath_pacer(painter, frame, style, cues.breath)
    painter.restore()


def paint_scenery(
    painter: QtGui.QPainter,
    frame: Frame,
    style: FigureStyle,
    props: Iterable[WorldProp],
    ghost: Mapping[str, Point] | None,
) -> None:
    """The floor, the props, the step's end pose (or, with reduced motion, the pose it
    starts from): what does not move during a step."""
    painter.save()
    _paint_props(painter, frame, style, props)
    painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
    if ghost is not None:
        _paint_ghost(painter, ghost, frame, style)
    painter.restore()


def _paint_arrow(
    painter: QtGui.QPainter,
    frame: Frame,
    lowest: float,
    style: FigureStyle,
    start: Point,
    end: Point,
) -> None:
    """An arrow from where a part starts to where the step takes it, stopping short of the
    part so the head shows beside it."""
    a, b = frame.map(start, lowest), frame.map(end, lowest)
    dx, dy = b.x() - a.x(), b.y() - a.y()
    length = math.hypot(dx, dy)
    if length < 1.0:
        return
    ux, uy = dx / length, dy / length
    short = min(length * 0.25, 0.05 * frame.scale)
    tip = QtCore.QPointF(b.x() - ux * short, b.y() - uy * short)
    width = max(1.5, frame.scale * 0.014)
    pen = QtGui.QPen(style.hair, width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    painter.drawLine(a, tip)
    head = max(5.0, frame.scale * 0.04)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(style.hair)
    painter.drawPolygon(
        QtGui.QPolygonF(
            [
                QtCore.QPointF(tip.x() + ux * head * 0.4, tip.y() + uy * head * 0.4),
                QtCore.QPointF(
                    tip.x() - ux * head + uy * head * 0.55, tip.y() - uy * head - ux * head * 0.55
                ),
                QtCore.QPointF(
                    tip.x() - ux * head - uy * head * 0.55, tip.y() - uy * head + ux * head * 0.55
                ),
            ]
        )
    )


def _paint_body(
    painter: QtGui.QPainter,
    points: Mapping[str, Point],
    frame: Frame,
    lowest: float,
    style: FigureStyle,
    region: Region | None,
    pens: Pens,
) -> None:
    """Far to near: each arm and leg, the trunk and the head is a group of rounded parts,
    each part narrower than the one it hangs from, ringed by a thin gap of the background
    colour, so a part in front reads over the parts behind it. Within a group the parts merge
    (no gap at the elbow).

    Parts are wide round-capped lines, not filled paths: Qt draws those several times faster,
    and a frame of the card stays near a millisecond."""
    unit = frame.scale
    gap = max(1.0, unit * 0.008)
    at = {name: frame.map(p, lowest) for name, p in points.items()}
    trunk_depth = (points["chest"].depth + points["pelvis"].depth) / 2
    # (depth, colour, [(from, to, width in pixels)], trunk corners or None)
    groups: list[
        tuple[float, QtGui.QColor, list[tuple[QtCore.QPointF, QtCore.QPointF, float]], bool]
    ] = []
    for chain in LIMB_CHAINS:
        depth = sum(points[a].depth + points[b].depth for a, b, _w0, _w1 in chain) / (
            2 * len(chain)
        )
        colour = style.far_body if depth < trunk_depth - 1e-3 else style.body
        parts = [(at[a], at[b], (w0 + w1) / 2 * unit) for a, b, w0, w1 in chain]
        groups.append((depth, colour, parts, False))
    spine = [(at[a], at[b], (w0 + w1) / 2 * unit) for a, b, w0, w1 in SPINE_WIDTHS]
    spine.append((at["neck_base"], at["skull"], NECK_WIDTH * unit))
    groups.append((trunk_depth, style.body, spine, True))
    groups.sort(key=lambda group: group[0])
    if region is not None:
        _paint_highlight(painter, at, unit, style, region, pens)
    trunk = QtGui.QPolygonF(
        [at["shoulder_left"], at["shoulder_right"], at["hip_right"], at["hip_left"]]
    )
    rounding = 2 * TRUNK_ROUNDING * unit
    for _depth, colour, parts, is_trunk in groups:
        for paint, grow in ((style.outline, 2 * gap), (colour, 0.0)):
            if is_trunk:
                painter.setPen(pens.get(paint, rounding + grow))
                painter.setBrush(paint)
                painter.drawPolygon(trunk)
            for start, end, width in parts:
                painter.setPen(pens.get(paint, width + grow))
                painter.drawLine(start, end)
    _paint_head(painter, points, at, frame, style, gap)


class Pens:
    """Round-capped pens by colour and width, made once: a frame uses some thirty, and
    making them anew cost a fifth of the frame. A widget keeps one for its life."""

    def __init__(self) -> None:
        self._made: dict[tuple[int, int], QtGui.QPen] = {}

    def get(self, colour: QtGui.QColor, width: float) -> QtGui.QPen:
        key = (colour.rgba(), round(width * 8))
        pen = self._made.get(key)
        if pen is None:
            if len(self._made) > 256:  # a resize or a new palette: start over
                self._made.clear()
            pen = QtGui.QPen(colour, width)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            self._made[key] = pen
        return pen


def _paint_head(
    painter: QtGui.QPainter,
    points: Mapping[str, Point],
    at: Mapping[str, QtCore.QPointF],
    frame: Frame,
    style: FigureStyle,
    gap: float,
) -> None:
    """A round head with hair on its back: where the face looks shows without a nose. Seen
    from the side, the hair covers the back half; from the front, a cap on top; from behind,
    nearly all of it."""
    radius = HEAD_RADIUS * frame.scale
    centre = at["head_center"]
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(style.outline)
    painter.drawEllipse(centre, radius + gap, radius + gap)
    painter.setBrush(style.body)
    painter.drawEllipse(centre, radius, radius)
    face = points["nose"]
    middle = points["head_center"]
    across = QtCore.QPointF(face.x - middle.x, -(face.y - middle.y))
    toward_viewer = face.depth - middle.depth
    reach = HEAD_RADIUS * 1.3
    sideways = math.hypot(across.x(), across.y()) / reach  # 1: face in profile, 0: full face
    if sideways > 1e-3:
        away = QtCore.QPointF(-across.x() / (sideways * reach), -across.y() / (sideways * reach))
    else:
        away = QtCore.QPointF(0.0, 0.0)
    facing_us = toward_viewer / reach  # +1 looking at us, -1 looking away
    # Where the hair's circle sits: pushed away from the face, and up when we see the face.
    shift = radius * (0.55 * sideways + 0.25 * max(0.0, -facing_us))
    lift = radius * 0.62 * max(0.0, facing_us)
    hair_centre = QtCore.QPointF(
        centre.x() + away.x() * shift, centre.y() + away.y() * shift - lift
    )
    painter.setBrush(style.hair)
    painter.drawPath(_lens(centre, radius, hair_centre, radius * 1.02))


def _lens(
    first: QtCore.QPointF, first_radius: float, second: QtCore.QPointF, second_radius: float
) -> QtGui.QPainterPath:
    """Where two circles overlap, as two arcs: the same shape as intersecting the two
    circles' paths, without the path intersection, which cost half of a frame."""
    path = QtGui.QPainterPath()
    dx, dy = second.x() - first.x(), second.y() - first.y()
    apart = math.hypot(dx, dy)
    if apart >= first_radius + second_radius:
        return path
    if apart + first_radius <= second_radius:
        path.addEllipse(first, first_radius, first_radius)
        return path
    if apart + second_radius <= first_radius:
        path.addEllipse(second, second_radius, second_radius)
        return path
    ux, uy = dx / apart, dy / apart
    along = (first_radius**2 - second_radius**2 + apart**2) / (2 * apart)
    half = math.sqrt(max(first_radius**2 - along**2, 0.0))
    mid_x, mid_y = first.x() + ux * along, first.y() + uy * along
    one = QtCore.QPointF(mid_x - uy * half, mid_y + ux * half)
    two = QtCore.QPointF(mid_x + uy * half, mid_y - ux * half)
    path.moveTo(one)
    _arc_through(path, first, first_radius, one, two, second)
    _arc_through(path, second, second_radius, two, one, first)
    path.closeSubpath()
    return path


def _angle(centre: QtCore.QPointF, point: QtCore.QPointF) -> float:
    """Qt's arc angle of `point` seen from `centre`: degrees, counter-clockwise on screen."""
    return math.degrees(math.atan2(-(point.y() - centre.y()), point.x() - centre.x()))


def _arc_through(
    path: QtGui.QPainterPath,
    centre: QtCore.QPointF,
    radius: float,
    start: QtCore.QPointF,
    end: QtCore.QPointF,
    toward: QtCore.QPointF,
) -> None:
    """Add the arc of a circle from `start` to `end` on the side facing `toward`."""
    begin = _angle(centre, start)
    sweep = (_angle(centre, end) - begin) % 360.0
    if (_angle(centre, toward) - begin) % 360.0 > sweep:
        sweep -= 360.0
    box = QtCore.QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius)
    path.arcTo(box, begin, sweep)


def _paint_highlight(
    painter: QtGui.QPainter,
    at: Mapping[str, QtCore.QPointF],
    unit: float,
    style: FigureStyle,
    region: Region,
    pens: Pens,
) -> None:
    """A warm glow around the parts the exercise works (drawn behind the body, so it shows
    as a halo and leaves the body's colour alone). Opaque, the glow colour already mixed
    with the background: overlapping strokes then need no path to keep from darkening each
    other, and a wide stroked path cost a sixth of a frame."""
    painter.setPen(pens.get(style.glow, HIGHLIGHT_WIDTH * unit))
    for start, end in REGION_PARTS.get(region, ()):
        painter.drawLine(at[start], at[end])


def _paint_ghost(
    painter: QtGui.QPainter, points: Mapping[str, Point], frame: Frame, style: FigureStyle
) -> None:
    """Where the step goes: its end pose as thin lines."""
    lowest = floor_level(points)
    pen = QtGui.QPen(style.ghost, max(1.5, frame.scale * 0.03))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawLines(
        [
            QtCore.QLineF(frame.map(points[a], lowest), frame.map(points[b], lowest))
            for a, b in BONES
        ]
    )
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(style.ghost)
    painter.drawEllipse(
        frame.map(points["head_center"], lowest),
        HEAD_RADIUS * frame.scale,
        HEAD_RADIUS * frame.scale,
    )


def pacer_rect(frame: Frame) -> QtCore.QRectF:
    """Where the breathing pacer sits: the top right corner."""
    outer = min(0.09 * frame.scale, (frame.floor_y - frame.top) * 0.12)
    return QtCore.QRectF(frame.floor_right - 2 * outer, frame.top + 1.0, 2 * outer, 2 * outer)


def _pacer_area(frame: Frame) -> QtCore.QRect:
    """The pixels the pacer may touch (its ring's pen included): what repaints when only the
    breath changes."""
    return pacer_rect(frame).toAlignedRect().adjusted(-2, -2, 2, 2)


def _paint_breath_pacer(
    painter: QtGui.QPainter, frame: Frame, style: FigureStyle, depth: float
) -> None:
    """A ring in the corner that grows as you breathe in and shrinks as you breathe out."""
    area = pacer_rect(frame)
    outer = area.width() / 2
    inner = outer * (0.35 + 0.65 * min(1.0, max(0.0, depth)))
    centre = area.center()
    ring = QtGui.QPen(style.floor, max(1.0, frame.scale * 0.008))
    painter.setPen(ring)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawEllipse(centre, outer, outer)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(style.far_body)
    painter.drawEllipse(centre, inner, inner)


def _paint_props(
    painter: QtGui.QPainter,
    frame: Frame,
    style: FigureStyle,
    props: Iterable[WorldProp],
) -> None:
    floor_pen = QtGui.QPen(style.floor, max(1.0, frame.scale * 0.012))
    painter.setPen(floor_pen)
    left, right = frame.floor_left, frame.floor_right
    if frame.floor_area:
        # Seen from above there is no floor line: the floor under the body is a patch.
        patch = QtGui.QColor(style.floor)
        patch.setAlphaF(style.floor.alphaF() * 0.4)
        painter.setBrush(patch)
        painter.drawPolygon(QtGui.QPolygonF(list(frame.floor_area)))
        painter.setBrush(Qt.BrushStyle.NoBrush)
    else:
        painter.drawLine(QtCore.QPointF(left, frame.floor_y), QtCore.QPointF(right, frame.floor_y))
    unit = frame.scale
    painter.setBrush(style.prop)
    painter.setPen(Qt.PenStyle.NoPen)
    # Walls, seats and blocks are upright rectangles: smoothing their edges costs more than
    # the whole figure and shows nothing.
    painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing, False)

    def box(x: float, y: float, width: float, height: float) -> None:
        painter.drawRect(QtCore.QRectF(x, y, width, height))

    for prop in props:
        anchor = frame.map_world(prop.x, prop.height)
        if prop.kind is PropKind.WALL:
            # The wall's face touches the anchor (an elbow, a hand); it stands beyond it.
            thick = 0.03 * unit
            x = anchor.x() if prop.x >= 0 else anchor.x() - thick
            box(x, frame.floor_y - 1.1 * unit, thick, 1.1 * unit)
        elif prop.kind is PropKind.CHAIR:
            seat_top, leg = anchor.y(), 0.02 * unit
            back = CHAIR_BACKREST * unit
            box(anchor.x() - 0.12 * unit, seat_top, 0.24 * unit, 0.03 * unit)
            for x in (anchor.x() - 0.12 * unit, anchor.x() + 0.12 * unit - leg):
                box(x, seat_top, leg, frame.floor_y - seat_top)
            if prop.seen_from_the_side:
                # The figure faces right: the backrest rises from the seat's left edge.
                box(anchor.x() - 0.12 * unit, seat_top - back, 0.025 * unit, back)
            else:  # behind the figure, seen over its shoulders
                box(anchor.x() - 0.12 * unit, seat_top - back, 0.24 * unit, back)
        elif prop.kind is PropKind.MAT and not frame.floor_area:  # else the patch is the mat
            box(left, frame.floor_y - 0.015 * unit, right - left, 0.015 * unit)
        elif prop.kind is PropKind.BLOCK:
            box(anchor.x() - 0.08 * unit, anchor.y(), 0.16 * unit, frame.floor_y - anchor.y())
        elif prop.kind is PropKind.ROLLER:
            radius = max(2.0, (frame.floor_y - anchor.y()) / 2)
            painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
            painter.drawEllipse(QtCore.QPointF(anchor.x(), frame.floor_y - radius), radius, radius)


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


# Points core adds for what stands in the world (a wall, a patch of floor): not the body.
_SCENERY = frozenset(WALL_AREA + FLOOR_AREA)


class FigureWidget(QtWidgets.QWidget):
    """An exercise's figure at one moment, which its owner sets (the card, on every frame).

    With reduced motion the figure holds each step's key pose: where a timed step ends (the
    stretch held), or halfway through a counted step's repetition (the far point of the
    movement)."""

    def __init__(
        self,
        exercise: Exercise | None = None,
        *,
        reduced_motion: bool = False,
        parent: QtWidgets.QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setMinimumSize(120, 120)
        self._reduced_motion = reduced_motion
        self._exercise: Exercise | None = None
        self._samples: list[dict[str, Point]] = []
        self._world_props: tuple[WorldProp, ...] = ()
        self._props: tuple[WorldProp, ...] = ()  # as placed for the step on now
        self._ghosts: dict[int, dict[str, Point]] = {}  # each step's end pose
        self._cues = Cues()
        self._scenery: QtGui.QPixmap | None = None
        self._pens = Pens()
        self._routine: tuple[Exercise, ...] = ()
        self._routine_scale_cache: tuple[object, float] | None = None
        self._figure_box = QtCore.QRectF()
        self._scenery_key: tuple[object, ...] = ()
        self._frame: Frame | None = None
        self._frame_size: QtCore.QSize | None = None
        self._moment: tuple[int | None, float] = (None, 0.0)
        self._points: dict[str, Point] | None = None
        self._on_screen: tuple[tuple[int, int], ...] = ()
        self._hold: tuple[int | None, tuple[float, float]] | None = None
        self._style: FigureStyle | None = None
        # Whether the last moment set moved the figure on screen (its owner paces its frames
        # by it).
        self.moved = False
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        if exercise is not None:
            self.set_exercise(exercise)

    @property
    def reduced_motion(self) -> bool:
        return self._reduced_motion

    @property
    def props(self) -> tuple[WorldProp, ...]:
        """The props as placed for the step shown now."""
        return self._props

    @property
    def cues(self) -> Cues:
        return self._cues

    def set_routine(self, exercises: Iterable[Exercise]) -> None:
        """The exercises that will follow one another (a routine's items): each is drawn at
        the scale at which all of them fit, so the figure keeps its size and line weight from
        item to item."""
        self._routine = tuple(exercises)
        self._frame = None

    def _routine_scale(self) -> float | None:
        if len(self._routine) < 2:
            return None
        rect = QtCore.QRectF(self.rect())
        key = (tuple(e.id for e in self._routine), self.size())
        if self._routine_scale_cache is None or self._routine_scale_cache[0] != key:
            scale = min(Frame.fitting(_samples(e), rect).scale for e in self._routine)
            self._routine_scale_cache = (key, scale)
        return self._routine_scale_cache[1]

    def set_exercise(self, exercise: Exercise) -> None:
        if exercise is self._exercise:
            return
        self._exercise = exercise
        self._world_props = world_props(exercise)
        self._ghosts = {}
        self.setAccessibleName(tr("Figure", "Figure showing %1").replace("%1", exercise.name))
        # One scale for the whole exercise, so the figure does not zoom as it moves.
        self._samples = _samples(exercise)
        self._frame = None
        self._points = None
        self._on_screen = ()
        self._hold = None
        self._moment = (None, -1.0)
        self.set_moment(None, 0.0)
        self.update()

    def set_moment(self, step_index: int | None, seconds: float) -> None:
        """Show step `step_index` (None: the starting position) `seconds` into it.

        Nothing is repainted while the figure holds still (a stretch held)."""
        self.moved = False
        exercise = self._exercise
        if exercise is None:
            return
        if step_index is not None and self._reduced_motion:
            seconds = _key_seconds(exercise.steps[step_index])
        if (step_index, seconds) == self._moment:
            return
        self._moment = (step_index, seconds)
        breath = None if step_index is None else breath_depth(exercise, step_index, seconds)
        # Held still (the same keyframe twice): the pose cannot have changed; skip posing it.
        # Only the breathing pacer may still move: repaint its corner alone.
        hold = None if step_index is None else held_still(exercise, step_index, seconds)
        if hold is not None and (step_index, hold) == self._hold:
            self._set_breath(breath)
            return
        self._hold = (step_index, hold) if hold is not None else None
        points = (
            setup_points(exercise)
            if step_index is None
            else step_points(exercise, step_index, seconds)
        )
        first = 0 if step_index is None else step_index
        self._props = props_for_step(exercise, self._world_props, step_index)
        self._cues = Cues(
            region=exercise.primary_region,
            ghost=self._ghost(exercise, step_index),
            breath=breath,
            arrows=self._arrows(exercise, step_index, points),
        )
        # Repaint only when some joint moves by a visible amount (a quarter pixel): a slow
        # breath then costs a few frames a second, a quick roll still gets all sixty.
        frame = self._current_frame()
        if frame is None:
            return
        lowest = floor_level(points)
        on_screen = (
            *(
                (round(q.x() * 4), round(q.y() * 4))
                for q in (
                    frame.map(p, lowest) for name, p in points.items() if name not in _SCENERY
                )
            ),
            (round((breath or 0.0) * 60), first),
        )
        if on_screen != self._on_screen:
            self._on_screen = on_screen
            self._points = points
            # Where the figure is (with room for the limbs' width and the head).
            pad = (HEAD_RADIUS + 0.05) * frame.scale
            xs = [x / 4 for x, _y in on_screen[:-1]]
            ys = [y / 4 for _x, y in on_screen[:-1]]
            self._figure_box = QtCore.QRectF(
                min(xs) - pad,
                min(ys) - pad,
                max(xs) - min(xs) + 2 * pad,
                max(ys) - min(ys) + 2 * pad,
            )
            self.moved = True
            self.update()

    def _set_breath(self, breath: float | None) -> None:
        if breath is None or self._cues.breath is None:
            return
        if round(breath * 60) == round(self._cues.breath * 60):
            return
        self._cues = dataclasses.replace(self._cues, breath=breath)
        frame = self._current_frame()
        if frame is not None:
            self.update(_pacer_area(frame))

    def _ghost(self, exercise: Exercise, step_index: int | None) -> dict[str, Point] | None:
        """The step's key pose, faintly, so the person sees where the movement goes; with
        reduced motion, where the figure holds that pose, the pose the step starts from."""
        if step_index is None:
            return None
        if step_index not in self._ghosts:
            step = exercise.steps[step_index]
            seconds = 0.0 if self._reduced_motion else _key_seconds(step)
            self._ghosts[step_index] = step_points(exercise, step_index, seconds)
        return self._ghosts[step_index]

    def _arrows(
        self, exercise: Exercise, step_index: int | None, held: Mapping[str, Point]
    ) -> tuple[tuple[Point, Point], ...]:
        """With reduced motion: arrows from where the step starts to the pose held."""
        if step_index is None or not self._reduced_motion:
            return ()
        start = self._ghost(exercise, step_index)
        return () if start is None else movement_arrows(start, held)

    def _current_frame(self) -> Frame | None:
        if not self._samples:
            return None
        if self._frame is None or self._frame_size != self.size():
            self._frame = Frame.fitting(
                self._samples, QtCore.QRectF(self.rect()), at_most=self._routine_scale()
            )
            self._frame_size = self.size()
        return self._frame

    def changeEvent(self, event: QtCore.QEvent) -> None:
        if event.type() == QtCore.QEvent.Type.PaletteChange:
            self._style = None
            self._scenery = None
        super().changeEvent(event)

    def paintEvent(self, event: QtGui.QPaintEvent) -> None:
        points = self._points
        frame = self._current_frame()
        painter = QtGui.QPainter(self)
        # The widget paints its own background (WA_OpaquePaintEvent), so a moving figure
        # repaints only its own rectangle, not the card behind it.
        if points is None or frame is None:
            painter.fillRect(event.rect(), self.palette().color(QtGui.QPalette.ColorRole.Window))
            painter.end()
            return
        if self._style is None:
            self._style = FigureStyle.from_palette(self.palette())
        painter.drawPixmap(0, 0, self._scenery_for(frame, self._style))
        pacer = _pacer_area(frame)
        if (
            self._cues.breath is not None
            and pacer.contains(event.rect())
            and not self._figure_box.intersects(QtCore.QRectF(pacer))
        ):
            # Only the breathing pacer changed (the figure holds a stretch).
            painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
            _paint_breath_pacer(painter, frame, self._style, self._cues.breath)
            painter.end()
            return
        paint_figure(
            painter,
            points,
            frame,
            self._style,
            self._props,
            self._cues,
            scenery=False,
            pens=self._pens,
        )
        painter.end()

    def _scenery_for(self, frame: Frame, style: FigureStyle) -> QtGui.QPixmap:
        """The background, floor, props and end pose, painted once per step and size: the
        end pose alone cost more than the moving figure when painted every frame."""
        ratio = self.devicePixelRatioF()
        key = (id(frame), id(style), self._props, id(self._cues.ghost), ratio)
        if self._scenery is None or self._scenery_key != key:
            size = self.size() * ratio
            pixmap = QtGui.QPixmap(size)
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(self.palette().color(QtGui.QPalette.ColorRole.Window))
            painter = QtGui.QPainter(pixmap)
            paint_scenery(painter, frame, style, self._props, self._cues.ghost)
            painter.end()
            self._scenery, self._scenery_key = pixmap, key
        return self._scenery


FRAME_SAMPLES = 5


def _samples(exercise: Exercise) -> list[dict[str, Point]]:
    """Poses through every step and the starting position: what the frame must hold. Five
    a step (a movement's far points are at its keyframes, which the steps' quarters catch
    closely enough for the frame's margin): posing them is most of what a card costs before
    it shows, and nine a step took up to 16 ms an exercise."""
    samples = [
        step_points(exercise, index, step.span * k / (FRAME_SAMPLES - 1))
        for index, step in enumerate(exercise.steps)
        for k in range(FRAME_SAMPLES)
    ]
    samples.append(setup_points(exercise))
    return samples


def _key_seconds(step: Step) -> float:
    return step.duration if step.reps is None else step.span / 2
