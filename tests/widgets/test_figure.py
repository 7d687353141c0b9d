"""Every exercise's animation renders: frames exist, show a figure inside the frame, and move."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from backbreak import exercise_cli
from backbreak.core.exercises import load_library
from backbreak.figure import FigureWidget
from backbreak.paths import assets_dir
from backbreak.qt import QtGui

LIBRARY, _ERRORS = load_library(assets_dir())
IDS = sorted(exercise.id for exercise in LIBRARY.exercises)


def border_is_background(image: QtGui.QImage) -> bool:
    background = image.pixel(0, 0)
    w, h = image.width(), image.height()
    edge = [(x, 0) for x in range(w)] + [(0, y) for y in range(h)] + [(w - 1, y) for y in range(h)]
    return all(image.pixel(x, y) == background for x, y in edge)


@pytest.mark.parametrize("exercise_id", IDS)
def test_animation_renders_inside_its_frame_and_moves(
    exercise_id: str, tmp_path: Path, qapp: object
) -> None:
    assert exercise_cli.render(exercise_id, tmp_path, fps=1.0, size=160) == 0
    frames = sorted(tmp_path.glob("*.png"))
    assert len(frames) >= 2
    images = [QtGui.QImage(str(frame)) for frame in frames]
    for image in images:
        assert not image.isNull()
        # Something is drawn (the figure's colour is there)...
        colours = {image.pixel(x, y) for x in range(0, 160, 4) for y in range(0, 160, 4)}
        assert len(colours) > 2
        # ...and nothing touches the top or side edges (the floor line is at the bottom).
        assert border_is_background(image)
    # The figure moves: not every frame is the same picture.
    assert len({bytes(image.constBits()) for image in images}) > 1


def test_unknown_exercise_is_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert exercise_cli.render("no-such-stretch", tmp_path) == 2
    assert "no exercise 'no-such-stretch'" in capsys.readouterr().err


def test_the_figure_widget_draws_the_moment_it_is_given(qtbot: QtBot) -> None:
    exercise = LIBRARY.exercise("cat-cow")
    assert exercise is not None
    widget = FigureWidget(exercise)
    qtbot.addWidget(widget)
    widget.resize(200, 200)
    widget.show()
    ready = widget.grab().toImage()
    widget.set_moment(0, exercise.steps[0].duration * 0.6)
    arched = widget.grab().toImage()
    widget.set_moment(1, exercise.steps[1].duration * 0.6)
    rounded = widget.grab().toImage()
    assert len({bytes(image.constBits()) for image in (ready, arched, rounded)}) == 3
    assert "cat" in widget.accessibleName().lower()


def test_reduced_motion_holds_the_key_pose_of_each_step(qtbot: QtBot) -> None:
    exercise = LIBRARY.exercise("cat-cow")
    assert exercise is not None
    widget = FigureWidget(exercise, reduced_motion=True)
    qtbot.addWidget(widget)
    widget.resize(200, 200)
    widget.show()
    widget.set_moment(0, 0.1)
    first = widget.grab().toImage()
    widget.set_moment(0, exercise.steps[0].duration * 0.6)
    assert widget.grab().toImage() == first
    widget.set_moment(1, 0.1)
    assert widget.grab().toImage() != first
