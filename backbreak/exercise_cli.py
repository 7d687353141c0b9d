"""`backbreak exercise list` and `backbreak exercise render ID --out DIR`: look at the library.

`render` writes PNG frames of an exercise's animation, step by step, so every movement can
be checked by eye (and by the tests) without a display.
"""

from __future__ import annotations

import sys
from pathlib import Path

from backbreak.core.exercises import Exercise, Pose, load_library, pose_points, step_pose
from backbreak.paths import assets_dir
from backbreak.translate import tr

# One repetition of a counted step is enough to see the movement.
MAX_SECONDS_PER_STEP = 12.0


def list_exercises() -> int:
    library, errors = load_library(assets_dir())
    for error in errors:
        print(error, file=sys.stderr)
    for exercise in sorted(library.exercises, key=lambda e: e.id):
        print(f"{exercise.id:32} {exercise.name}")
    return 0 if not errors else 1


def render(exercise_id: str, out: Path, *, fps: float = 4.0, size: int = 320) -> int:
    library, _errors = load_library(assets_dir())
    exercise = library.exercise(exercise_id)
    if exercise is None:
        return _unknown(exercise_id)
    from backbreak.qt import QtCore, QtGui

    # Painting into images needs a GUI application object, not a screen.
    app = QtGui.QGuiApplication.instance() or QtGui.QGuiApplication(
        ["backbreak", "-platform", "offscreen"]
    )
    del app  # kept alive by Qt as the application instance
    from backbreak.figure import FigureStyle, Frame, paint_figure

    out.mkdir(parents=True, exist_ok=True)
    poses = _sampled_poses(exercise, fps)
    all_points = [pose_points(pose, exercise.animation.view) for pose in poses]
    rect = QtCore.QRectF(0, 0, size, size)
    frame = Frame.fitting(all_points, rect)
    palette = QtGui.QPalette(QtGui.QColor("#f6f6f4"))
    palette.setColor(QtGui.QPalette.ColorRole.Highlight, QtGui.QColor("#14937f"))
    style = FigureStyle.from_palette(palette)
    props = [(prop.kind, prop.at) for prop in exercise.animation.props]
    for index, points in enumerate(all_points):
        image = QtGui.QImage(size, size, QtGui.QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(palette.color(QtGui.QPalette.ColorRole.Window))
        painter = QtGui.QPainter(image)
        paint_figure(painter, points, frame, style, props)
        painter.end()
        image.save(str(out / f"{exercise.id}-{index:04d}.png"))
    print(
        tr("Cli", "%1 frames of %2 in %3")
        .replace("%1", str(len(all_points)))
        .replace("%2", exercise.id)
        .replace("%3", str(out))
    )
    return 0


def _unknown(exercise_id: str) -> int:
    print(
        tr("Cli", "backbreak: no exercise %1 (see `backbreak exercise list`)").replace(
            "%1", repr(exercise_id)
        ),
        file=sys.stderr,
    )
    return 2


def _sampled_poses(exercise: Exercise, fps: float) -> list[Pose]:
    poses: list[Pose] = []
    for index, step in enumerate(exercise.steps):
        seconds = min(step.duration, MAX_SECONDS_PER_STEP)
        count = max(2, round(seconds * fps))
        for n in range(count):
            poses.append(step_pose(exercise, index, seconds * n / (count - 1)))
    return poses


def preview(exercise_id: str, *, reduced_motion: bool = False) -> int:
    """A window showing one exercise: its name, the moving figure and the current step."""
    library, _errors = load_library(assets_dir())
    exercise = library.exercise(exercise_id)
    if exercise is None:
        return _unknown(exercise_id)
    import os

    from backbreak.display import display_problem

    problem = display_problem(os.environ)
    if problem is not None:
        print(f"backbreak: {problem}", file=sys.stderr)
        return 2
    from backbreak.figure import FigureWidget
    from backbreak.qt import QtWidgets

    app = QtWidgets.QApplication(["backbreak"])
    window = QtWidgets.QWidget()
    window.setWindowTitle(tr("Preview", "backbreak: %1").replace("%1", exercise.name))
    title = QtWidgets.QLabel(exercise.name)
    font = title.font()
    font.setPointSizeF(font.pointSizeF() * 1.4)
    font.setBold(True)
    title.setFont(font)
    figure = FigureWidget(exercise, reduced_motion=reduced_motion)
    figure.setMinimumSize(320, 320)
    step_label = QtWidgets.QLabel()
    step_label.setWordWrap(True)
    step_label.setAccessibleName(tr("Preview", "Current step"))

    def show_step(index: int) -> None:
        step = exercise.steps[index]
        amount = (
            tr("Preview", "%1 s").replace("%1", f"{step.seconds:g}")
            if step.seconds is not None
            else tr("Preview", "%1 times").replace("%1", str(step.reps))
        )
        step_label.setText(f"{index + 1}/{len(exercise.steps)}  {step.instruction}  ({amount})")

    figure.step_changed.connect(show_step)
    layout = QtWidgets.QVBoxLayout(window)
    layout.addWidget(title)
    layout.addWidget(figure, 1)
    layout.addWidget(step_label)
    window.resize(420, 520)
    window.show()
    return app.exec()
