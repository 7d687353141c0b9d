"""The stretch figure as a widget: an exercise's figure at the moment its owner sets (the card
on every frame, the settings window's exercise picker), repainting only what moved.

The core gives joint positions in figure-height units with y up and the pelvis at the origin;
backbreak.ui.figure_scene fits them into the widget and places the props, and
backbreak.ui.figure_paint paints them (the command line's renders and sheets use those two
directly, on a QImage).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping

from backbreak.core.exercises import (
    FLOOR_AREA,
    HEAD_RADIUS,
    WALL_AREA,
    Exercise,
    Point,
    Step,
    breath_depth,
    held_still,
    setup_points,
    step_points,
)
from backbreak.qt import Qt, QtCore, QtGui, QtWidgets, tr
from backbreak.ui.figure_paint import (
    FigureStyle,
    Pens,
    pacer_area,
    paint_breath_pacer,
    paint_figure,
    paint_scenery,
)
from backbreak.ui.figure_scene import (
    Cues,
    Frame,
    WorldProp,
    floor_level,
    movement_arrows,
    props_for_step,
    world_props,
)

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
        self._show_if_moved(points, (round((breath or 0.0) * 60), first))

    def _show_if_moved(self, points: dict[str, Point], pacer: tuple[int, int]) -> None:
        """Show `points`, but only when some joint moves by a visible amount (a quarter pixel)
        or `pacer` (the pacer's size, the step) changes: a slow breath then costs a few frames
        a second, a quick roll still gets all sixty."""
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
            pacer,
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
            self.update(pacer_area(frame))

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
        pacer = pacer_area(frame)
        if (
            self._cues.breath is not None
            and pacer.contains(event.rect())
            and not self._figure_box.intersects(QtCore.QRectF(pacer))
        ):
            # Only the breathing pacer changed (the figure holds a stretch).
            painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
            paint_breath_pacer(painter, frame, self._style, self._cues.breath)
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
