"""Draws the stretch figure: a vector stick figure posed by backbreak.core.exercises.

Pure drawing on any QPaintDevice (a widget, or a QImage for `backbreak exercise render`). The
core gives joint positions in figure-height units with y up and the pelvis at the origin;
this module scales them into a rectangle, stands the figure on a floor line, and paints
props, bones (far side fainter, so a side view reads as 3D) and the head.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from backbreak.core.exercises import (
    BONES,
    HEAD_RADIUS,
    Exercise,
    Point,
    PropKind,
    Step,
    held_still,
    pose_points,
    setup_pose,
    step_pose,
)
from backbreak.qt import Qt, QtCore, QtGui, QtWidgets, tr


@dataclass(frozen=True)
class FigureStyle:
    body: QtGui.QColor
    far_body: QtGui.QColor
    prop: QtGui.QColor
    floor: QtGui.QColor

    @classmethod
    def from_palette(cls, palette: QtGui.QPalette) -> FigureStyle:
        """Colours that follow the system's light or dark palette."""
        text = palette.color(QtGui.QPalette.ColorRole.WindowText)
        window = palette.color(QtGui.QPalette.ColorRole.Window)
        accent = palette.color(QtGui.QPalette.ColorRole.Highlight)
        far = QtGui.QColor(accent)
        far.setAlphaF(0.45)
        prop = QtGui.QColor(text)
        prop.setAlphaF(0.35)
        floor = QtGui.QColor(text)
        floor.setAlphaF(0.25 if window.lightness() > 128 else 0.35)
        return cls(body=accent, far_body=far, prop=prop, floor=floor)


@dataclass(frozen=True)
class Frame:
    """Where figure units land in the target rectangle: one scale for a whole animation, so
    the figure does not zoom as it moves."""

    scale: float  # pixels per figure unit
    origin_x: float  # pixel x of the pelvis
    floor_y: float  # pixel y of the floor line
    floor_left: float  # where the floor line starts and ends: inside the margins
    floor_right: float

    @classmethod
    def fitting(
        cls, all_points: Iterable[Mapping[str, Point]], rect: QtCore.QRectF, margin: float = 0.08
    ) -> Frame:
        """A frame in which every given pose fits inside `rect`, standing on its bottom."""
        xs: list[float] = []
        heights: list[float] = []
        for points in all_points:
            lowest = min(p.y for p in points.values())
            for p in points.values():
                xs.append(p.x)
                heights.append(p.y - lowest)
        span_x = (max(xs) - min(xs)) + 2 * HEAD_RADIUS if xs else 1.0
        span_y = (max(heights) + 2 * HEAD_RADIUS) if heights else 1.0
        usable_w = rect.width() * (1 - 2 * margin)
        usable_h = rect.height() * (1 - 2 * margin)
        scale = min(usable_w / max(span_x, 1e-6), usable_h / max(span_y, 1e-6))
        centre_x = (max(xs) + min(xs)) / 2 if xs else 0.0
        origin_x = rect.center().x() - centre_x * scale
        floor_y = rect.bottom() - rect.height() * margin
        inset = rect.width() * margin / 2
        return cls(scale, origin_x, floor_y, rect.left() + inset, rect.right() - inset)

    def map(self, point: Point, lowest: float) -> QtCore.QPointF:
        return QtCore.QPointF(
            self.origin_x + point.x * self.scale, self.floor_y - (point.y - lowest) * self.scale
        )


def paint_figure(
    painter: QtGui.QPainter,
    points: Mapping[str, Point],
    frame: Frame,
    style: FigureStyle,
    props: Iterable[tuple[PropKind, str]] = (),
) -> None:
    """Paint one pose. The lowest point of the pose touches the floor, so hands and knees
    stay grounded whatever the pose."""
    lowest = min(p.y for p in points.values())
    painter.save()
    painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
    _paint_props(painter, points, frame, style, lowest, props)
    painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)

    # Far limbs first and fainter, near ones last and full: depth says which is which. One
    # pen and one call per group: switching pens per bone tripled the cost of a frame.
    thickness = max(2.0, frame.scale * 0.035)
    far_bones: list[QtCore.QLineF] = []
    near_bones: list[QtCore.QLineF] = []
    for start, end in BONES:
        line = QtCore.QLineF(frame.map(points[start], lowest), frame.map(points[end], lowest))
        far = points[start].depth + points[end].depth < -1e-3
        (far_bones if far else near_bones).append(line)
    for colour, lines in ((style.far_body, far_bones), (style.body, near_bones)):
        if lines:
            pen = QtGui.QPen(colour, thickness)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(pen)
            painter.drawLines(lines)

    head = frame.map(points["head_center"], lowest)
    radius = HEAD_RADIUS * frame.scale
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(style.body)
    painter.drawEllipse(head, radius, radius)
    # A small nose where the face points, when the face is seen from the side: it shows the
    # chin tucking, the head nodding or turning, which a plain circle cannot.
    nose = frame.map(points["nose"], lowest)
    facing = QtCore.QLineF(head, nose)
    if facing.length() > radius * 0.6:
        facing.setLength(radius * 1.45)
        pen = QtGui.QPen(style.body, max(2.0, radius * 0.5))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        tip = facing.p2()
        facing.setLength(radius * 0.8)
        painter.drawLine(facing.p2(), tip)
    painter.restore()


def _paint_props(
    painter: QtGui.QPainter,
    points: Mapping[str, Point],
    frame: Frame,
    style: FigureStyle,
    lowest: float,
    props: Iterable[tuple[PropKind, str]],
) -> None:
    floor_pen = QtGui.QPen(style.floor, max(1.0, frame.scale * 0.012))
    painter.setPen(floor_pen)
    left, right = frame.floor_left, frame.floor_right
    painter.drawLine(QtCore.QPointF(left, frame.floor_y), QtCore.QPointF(right, frame.floor_y))
    unit = frame.scale
    painter.setBrush(style.prop)
    painter.setPen(Qt.PenStyle.NoPen)
    # Walls, seats and blocks are upright rectangles: smoothing their edges costs more than
    # the whole figure and shows nothing.
    painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing, False)

    def box(x: float, y: float, width: float, height: float) -> None:
        painter.drawRect(QtCore.QRectF(x, y, width, height))

    for kind, at in props:
        anchor = frame.map(points[at], lowest)
        if kind is PropKind.WALL:
            box(anchor.x(), frame.floor_y - 1.1 * unit, 0.03 * unit, 1.1 * unit)
        elif kind is PropKind.CHAIR:
            seat_top, leg = anchor.y(), 0.02 * unit
            box(anchor.x() - 0.12 * unit, seat_top, 0.24 * unit, 0.03 * unit)
            for x in (anchor.x() - 0.12 * unit, anchor.x() + 0.12 * unit - leg):
                box(x, seat_top, leg, frame.floor_y - seat_top)
        elif kind is PropKind.MAT:
            box(left, frame.floor_y - 0.015 * unit, right - left, 0.015 * unit)
        elif kind is PropKind.BLOCK:
            box(anchor.x() - 0.08 * unit, anchor.y(), 0.16 * unit, frame.floor_y - anchor.y())
        elif kind is PropKind.ROLLER:
            radius = max(2.0, (frame.floor_y - anchor.y()) / 2)
            painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
            painter.drawEllipse(QtCore.QPointF(anchor.x(), frame.floor_y - radius), radius, radius)


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
        self._props: list[tuple[PropKind, str]] = []
        self._frame: Frame | None = None
        self._frame_size: QtCore.QSize | None = None
        self._moment: tuple[int | None, float] = (None, 0.0)
        self._points: dict[str, Point] | None = None
        self._on_screen: tuple[tuple[int, int], ...] = ()
        self._hold: tuple[int | None, tuple[float, float]] | None = None
        self._style: FigureStyle | None = None
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        if exercise is not None:
            self.set_exercise(exercise)

    @property
    def reduced_motion(self) -> bool:
        return self._reduced_motion

    def set_exercise(self, exercise: Exercise) -> None:
        if exercise is self._exercise:
            return
        self._exercise = exercise
        self.setAccessibleName(tr("Figure", "Figure showing %1").replace("%1", exercise.name))
        view = exercise.animation.view
        # One scale for the whole exercise, so the figure does not zoom as it moves.
        self._samples = [
            pose_points(step_pose(exercise, index, step.span * k / 8), view)
            for index, step in enumerate(exercise.steps)
            for k in range(9)
        ]
        self._samples.append(pose_points(setup_pose(exercise), view))
        self._props = [(prop.kind, prop.at) for prop in exercise.animation.props]
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
        exercise = self._exercise
        if exercise is None:
            return
        if step_index is not None and self._reduced_motion:
            seconds = _key_seconds(exercise.steps[step_index])
        if (step_index, seconds) == self._moment:
            return
        self._moment = (step_index, seconds)
        # Held still (the same keyframe twice): the pose cannot have changed; skip posing it.
        hold = None if step_index is None else held_still(exercise, step_index, seconds)
        if hold is not None and (step_index, hold) == self._hold:
            return
        self._hold = (step_index, hold) if hold is not None else None
        pose = (
            setup_pose(exercise) if step_index is None else step_pose(exercise, step_index, seconds)
        )
        points = pose_points(pose, exercise.animation.view)
        # Repaint only when some joint moves by a visible amount (a quarter pixel): a slow
        # breath then costs a few frames a second, a quick roll still gets all sixty.
        frame = self._current_frame()
        if frame is None:
            return
        lowest = min(p.y for p in points.values())
        on_screen = tuple(
            (round(q.x() * 4), round(q.y() * 4))
            for q in (frame.map(p, lowest) for p in points.values())
        )
        if on_screen != self._on_screen:
            self._on_screen = on_screen
            self._points = points
            self.update()

    def _current_frame(self) -> Frame | None:
        if not self._samples:
            return None
        if self._frame is None or self._frame_size != self.size():
            self._frame = Frame.fitting(self._samples, QtCore.QRectF(self.rect()))
            self._frame_size = self.size()
        return self._frame

    def changeEvent(self, event: QtCore.QEvent) -> None:
        if event.type() == QtCore.QEvent.Type.PaletteChange:
            self._style = None
        super().changeEvent(event)

    def paintEvent(self, event: QtGui.QPaintEvent) -> None:
        points = self._points
        frame = self._current_frame()
        painter = QtGui.QPainter(self)
        # The widget paints its own background (WA_OpaquePaintEvent), so a moving figure
        # repaints only its own rectangle, not the card behind it.
        painter.fillRect(event.rect(), self.palette().color(QtGui.QPalette.ColorRole.Window))
        if points is not None and frame is not None:
            if self._style is None:
                self._style = FigureStyle.from_palette(self.palette())
            paint_figure(painter, points, frame, self._style, self._props)
        painter.end()


def _key_seconds(step: Step) -> float:
    return step.duration if step.reps is None else step.span / 2
