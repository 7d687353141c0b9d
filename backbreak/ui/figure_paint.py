"""Paints the stretch figure on any QPaintDevice (a widget, or a QImage for the command
line's renders and sheets): props, floor, the step's end pose, bones (far side fainter, so a
side view reads as 3D), the head, the glow on the region worked, movement arrows and the
breathing pacer. Where things stand comes from backbreak.ui.figure_scene.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from backbreak.core.exercises import (
    BONES,
    HEAD_RADIUS,
    WALL_AREA,
    Point,
    PropKind,
    Region,
)
from backbreak.qt import Qt, QtCore, QtGui
from backbreak.ui.figure_scene import (
    LIMB_CHAINS,
    NO_CUES,
    TRUNK_ROUNDING,
    Cues,
    Frame,
    WorldProp,
    floor_level,
    limb_parts,
    spine_parts,
    trunk_corners,
)


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
        # On a dark card a faded shape sinks into the background sooner than on a light one
        # (a QA walkthrough found the far arm, the end pose and the chair nearly gone), so the
        # dark values stand further from the background.
        prop = QtGui.QColor(text)
        prop.setAlphaF(0.40 if dark else 0.30)
        floor = QtGui.QColor(text)
        floor.setAlphaF(0.35 if dark else 0.25)
        highlight = QtGui.QColor("#ffb74d" if dark else "#f08c00")
        highlight.setAlphaF(0.40 if dark else 0.30)
        ghost = QtGui.QColor(text)
        ghost.setAlphaF(0.25 if dark else 0.12)
        return cls(
            body=accent,
            far_body=_mix(accent, window, 0.35 if dark else 0.5),
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
# A chair's backrest rises this far above the seat (figure units): to the shoulder blades.
CHAIR_BACKREST = 0.30


def paint_figure(
    painter: QtGui.QPainter,
    points: Mapping[str, Point],
    frame: Frame,
    style: FigureStyle,
    props: Iterable[WorldProp] = (),
    cues: Cues = NO_CUES,
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
        paint_breath_pacer(painter, frame, style, cues.breath)
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
        parts = [
            (frame.map(a, lowest), frame.map(b, lowest), width * unit)
            for a, b, width in limb_parts(points, chain)
        ]
        groups.append((depth, colour, parts, False))
    spine = [
        (frame.map(a, lowest), frame.map(b, lowest), width * unit)
        for a, b, width in spine_parts(points)
    ]
    groups.append((trunk_depth, style.body, spine, True))
    groups.sort(key=lambda group: group[0])
    if region is not None:
        _paint_highlight(painter, at, unit, style, region, pens)
    trunk = QtGui.QPolygonF([frame.map(p, lowest) for p in trunk_corners(points)])
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
    # Where the hair's circle sits: pushed away from the face, and toward the crown when we
    # see the face, so a cap on top. The crown is the head's own up (the neck's line), so the
    # cap tilts with the head and grows a little as the chin drops; pushed far enough that the
    # hairline stays above the middle of an upright face: lower, a three-quarter view read
    # as a bowed head (a QA walkthrough).
    crown = points["head_center"]
    skull = points["skull"]
    up = QtCore.QPointF((crown.x - skull.x) / HEAD_RADIUS, -(crown.y - skull.y) / HEAD_RADIUS)
    shift = radius * (0.55 * sideways + 0.25 * max(0.0, -facing_us))
    lift = radius * 1.1 * max(0.0, facing_us)
    hair_centre = QtCore.QPointF(
        centre.x() + away.x() * shift + up.x() * lift,
        centre.y() + away.y() * shift + up.y() * lift,
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


def pacer_area(frame: Frame) -> QtCore.QRect:
    """The pixels the pacer may touch (its ring's pen included): what repaints when only the
    breath changes."""
    return pacer_rect(frame).toAlignedRect().adjusted(-2, -2, 2, 2)


def paint_breath_pacer(
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
